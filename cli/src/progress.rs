//! Progress on stderr through `indicatif`: a bar on a terminal; without one, a line per step
//! (so CI logs show where a long run is) or nothing.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

fn bar(label: &'static str) -> ProgressBar {
    let b = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
    b.set_style(
        ProgressStyle::with_template("{prefix} [{bar:30}] {pos}/{len} {msg}")
            .expect("a valid template")
            .progress_chars("#>."),
    );
    b.set_prefix(label);
    b
}

/// A bar for named steps: `tick(done, total, step)`. Without a terminal, each step that
/// starts is a line of its own.
pub fn steps(label: &'static str) -> impl Fn(usize, usize, &str) {
    let tty = std::io::stderr().is_terminal();
    let b = bar(label);
    move |done, total, step| {
        if tty {
            b.set_length(total as u64);
            b.set_position(done as u64);
            b.set_message(step.to_string());
            if done == total {
                b.finish();
            }
        } else if done < total {
            eprintln!("{label} {done}/{total} {step}");
        }
    }
}

/// A bar for counted work: `tick(done, total)`, shown only on a terminal.
pub fn counted(label: &'static str) -> impl Fn(usize, usize) + Sync {
    let tty = std::io::stderr().is_terminal();
    let b = bar(label);
    move |done, total| {
        if tty {
            b.set_length(total as u64);
            b.set_position(done as u64);
            if done == total {
                b.finish();
            }
        }
    }
}
