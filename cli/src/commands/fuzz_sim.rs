//! `qins fuzz-sim`: the differential fuzzer (`qins_sim::fuzz`): random bus programs on the
//! verilated 8 x 8 top against the model. Every program runs; the mismatches and hangs are
//! counted, each failing program is printed with its step, the steps before it and the
//! command that replays it, and any failure exits 1.

use crate::args::print_json;
use qins_core::error::{Error, Result};
use qins_sim::fuzz::{program_seed, run_program, ProgramStats};
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    /// Programs to run (program p uses the seed derived from --seed and p)
    #[arg(long, default_value_t = 100)]
    programs: u64,
    /// The run's seed
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// The first program's index (`--first P --programs 1` replays program P of a failed run;
    /// QINS_FUZZ_TRACE=1 prints its steps as they run)
    #[arg(long, default_value_t = 0)]
    first: u64,
    /// Steps per program (each a bus transaction, a command, a burst, idle cycles or a sync)
    #[arg(long, default_value_t = 400)]
    steps: usize,
    #[arg(long)]
    json: bool,
}

pub fn run(a: Args) -> Result<()> {
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
        match run_program(program_seed(a.seed, p), a.steps) {
            Ok(s) => total += s,
            Err(m) => {
                if m.hang {
                    hangs += 1;
                } else {
                    mismatches += 1;
                }
                failures.push(format!(
                    "program {p} (replay: qins fuzz-sim --seed {} --first {p} --programs 1): {m}",
                    a.seed
                ));
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
            "fuzz-sim: {} programs of {} steps (seed {}): {mismatches} mismatches, {hangs} hangs; \
             {} transactions ({} refused: {} Busy, {} QueueFull), {} commands, {} sync points, \
             {} memory words compared at them, {} cycles (passing programs), {seconds:.1} s",
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
            println!("{f}");
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
