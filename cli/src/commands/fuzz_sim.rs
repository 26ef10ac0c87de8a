//! `qins fuzz-sim`: the differential fuzzer (`qins_sim::fuzz`): random bus programs on the
//! verilated 8 x 8 top against the model. Every program runs; the mismatches and hangs are
//! counted, each failing program is shrunk to a few actions that still fail the same way
//! and written to `--save-dir` as a program file, which `--replay FILE` runs again; any
//! failure exits 1.

use crate::args::print_json;
use qins_core::error::{Error, Result};
use qins_core::hw::AccelModel;
use qins_sim::fuzz::{self, program_seed, Mismatch, Program, ProgramStats};
use qins_sim::AccelSim;
use std::path::{Path, PathBuf};
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    /// Programs to run (program p uses the seed derived from --seed and p)
    #[arg(long, default_value_t = 100)]
    programs: u64,
    /// The run's seed
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// The first program's index
    #[arg(long, default_value_t = 0)]
    first: u64,
    /// Actions per program (each a bus transaction, a command, a burst, idle cycles or a sync)
    #[arg(long, default_value_t = 400)]
    steps: usize,
    /// Where failing programs are written, shrunk (one `.fuzz` file each)
    #[arg(long, default_value = "build/fuzz-sim")]
    save_dir: PathBuf,
    /// Write failing programs as generated, without shrinking them
    #[arg(long)]
    no_shrink: bool,
    /// Run the program in FILE (a saved failure, or one written by hand) instead of random
    /// ones; QINS_FUZZ_TRACE=1 prints its actions as they run
    #[arg(long, value_name = "FILE", conflicts_with_all = ["programs", "first", "steps", "no_shrink"])]
    replay: Option<PathBuf>,
    #[arg(long)]
    json: bool,
}

fn fresh_model() -> AccelModel {
    AccelModel::new(AccelSim::CONFIG)
}

pub fn run(a: Args) -> Result<()> {
    if let Some(file) = &a.replay {
        return replay(file, a.json);
    }
    if a.programs == 0 || a.steps == 0 {
        return Err(Error::Invalid(
            "--programs and --steps must be at least 1".into(),
        ));
    }
    let start = Instant::now();
    let mut total = ProgramStats::default();
    let (mut mismatches, mut hangs) = (0u64, 0u64);
    let mut failures = Vec::new();
    for p in a.first..a.first.saturating_add(a.programs) {
        let program = Program::generate(&AccelSim::CONFIG, program_seed(a.seed, p), a.steps);
        match fuzz::run(&program, fresh_model()) {
            Ok(s) => total += s,
            Err(m) => {
                if m.hang {
                    hangs += 1;
                } else {
                    mismatches += 1;
                }
                failures.push(save_failure(&a, p, &program, m)?);
            }
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    if a.json {
        print_json(&serde_json::json!({
            "programs": a.programs,
            "seed": a.seed,
            "steps_per_program": a.steps,
            "transactions": total.requests,
            "commands": total.commands,
            "mismatches": mismatches,
            "hangs": hangs,
            "refused": total.refused,
            "busy_refusals": total.busy_refusals,
            "queue_full_refusals": total.queue_full_refusals,
            "syncs": total.syncs,
            "words_compared": total.words_compared,
            "cycles": total.cycles,
            "seconds": seconds,
            "failures": failures,
        }))?;
    } else {
        println!(
            "fuzz-sim: {} programs of {} actions (seed {}): {mismatches} mismatches, {hangs} \
             hangs; {} transactions ({} refused: {} Busy, {} QueueFull), {} commands, {} sync \
             points, {} memory words compared at them, {} cycles (passing programs), \
             {seconds:.1} s",
            a.programs,
            a.steps,
            a.seed,
            total.requests,
            total.refused,
            total.busy_refusals,
            total.queue_full_refusals,
            total.commands,
            total.syncs,
            total.words_compared,
            total.cycles
        );
        for f in &failures {
            println!(
                "program {} ({} actions, shrunk to {}; replay: qins fuzz-sim --replay {}): {}",
                f["program"],
                a.steps,
                f["actions"],
                f["file"].as_str().unwrap_or_default(),
                f["failure"].as_str().unwrap_or_default()
            );
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(Error::Invalid(format!(
            "fuzz-sim: {mismatches} programs disagree with the model and {hangs} hung"
        )))
    }
}

/// Shrinks program `p` (unless asked not to), writes it to the save directory with a header
/// that says where it came from and how it fails, and describes it for the report.
fn save_failure(
    a: &Args,
    p: u64,
    program: &Program,
    failure: Mismatch,
) -> Result<serde_json::Value> {
    let (program, failure) = if a.no_shrink {
        (program.clone(), failure)
    } else {
        fuzz::shrink(program, failure, |c| fuzz::run(c, fresh_model()).err())
    };
    std::fs::create_dir_all(&a.save_dir).map_err(|e| Error::io(&a.save_dir, e))?;
    let file = a.save_dir.join(format!("seed-{}-program-{p}.fuzz", a.seed));
    let header =
        [
            format!(
            "qins fuzz-sim --seed {} --first {p} --programs 1 --steps {}: program {p} of seed {}{}",
            a.seed,
            a.steps,
            a.seed,
            if a.no_shrink {
                String::new()
            } else {
                format!(", shrunk from {} to {} actions", a.steps, program.actions.len())
            }
        ),
            format!("it fails ({}) at {failure}", kind(&failure)),
        ];
    std::fs::write(&file, program.to_text(&header)).map_err(|e| Error::io(&file, e))?;
    Ok(serde_json::json!({
        "program": p,
        "hang": failure.hang,
        "actions": program.actions.len(),
        "step": failure.step,
        "failure": failure.what,
        "file": file.display().to_string(),
    }))
}

fn kind(m: &Mismatch) -> &'static str {
    if m.hang {
        "a hang"
    } else {
        "a mismatch"
    }
}

/// Runs a program file; a failure exits 1 with what failed and the actions up to it.
fn replay(file: &Path, json: bool) -> Result<()> {
    let text = std::fs::read_to_string(file).map_err(|e| Error::io(file, e))?;
    let program =
        Program::parse(&text).map_err(|e| Error::Invalid(format!("{}: {e}", file.display())))?;
    let result = fuzz::run(&program, fresh_model());
    if json {
        let (stats, failure) = match &result {
            Ok(s) => (*s, serde_json::Value::Null),
            Err(m) => (
                ProgramStats::default(),
                serde_json::json!({"step": m.step, "hang": m.hang, "failure": m.what}),
            ),
        };
        print_json(&serde_json::json!({
            "file": file.display().to_string(),
            "actions": program.actions.len(),
            "transactions": stats.requests,
            "commands": stats.commands,
            "passed": result.is_ok(),
            "failure": failure,
        }))?;
    }
    match result {
        Ok(s) => {
            if !json {
                println!(
                    "fuzz-sim: {} ({} actions) agrees with the model: {} transactions, {} \
                     commands, {} cycles",
                    file.display(),
                    program.actions.len(),
                    s.requests,
                    s.commands,
                    s.cycles
                );
            }
            Ok(())
        }
        Err(m) => {
            if !json {
                print!("{m}");
            }
            Err(Error::Invalid(format!(
                "fuzz-sim: {} fails: {} at action {}",
                file.display(),
                kind(&m),
                m.step
            )))
        }
    }
}
