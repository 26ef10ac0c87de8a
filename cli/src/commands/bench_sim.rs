//! `qins bench-sim`: the simulation speed of the verilated tops (`qins_sim::speed`), one
//! instance of the 8 x 8 top, `--jobs N` instances on threads together (the ratio against
//! the one instance measured in the same process), and the ALU top.

use crate::args::print_json;
use qins_core::error::{Error, Result};
use qins_sim::speed::{accel_speed, accel_speed_parallel, alu_speed};

#[derive(clap::Args)]
pub struct Args {
    /// Accelerator cycles per instance (the ALU streams 4 x as many ops)
    #[arg(long, default_value_t = 4_000_000)]
    cycles: u64,
    /// Instances run together for the aggregate rate (default: the cores available)
    #[arg(long)]
    jobs: Option<usize>,
    #[arg(long)]
    json: bool,
}

pub fn run(a: Args) -> Result<()> {
    if a.cycles == 0 || a.jobs == Some(0) {
        return Err(Error::Invalid(
            "--cycles and --jobs must be at least 1".into(),
        ));
    }
    let instances = a
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let one = accel_speed(a.cycles);
    let all = accel_speed_parallel(a.cycles, instances);
    let alu = alu_speed(a.cycles as usize * 4);
    let ratio = all.cycles_per_s() / one.cycles_per_s();
    if a.json {
        print_json(&serde_json::json!({
            "config": one.top,
            "cycles_per_s": one.cycles_per_s().round(),
            "cycles_per_cpu_s": one.cycles_per_cpu_s().map(f64::round),
            "macs_per_s": one.work_per_s().round(),
            "cycles": one.cycles,
            "seconds": one.seconds,
            "instances": instances,
            "aggregate_cycles_per_s": all.cycles_per_s().round(),
            "aggregate_ratio": (ratio * 100.0).round() / 100.0,
            "compiler": qins_sim::COMPILER,
            "tracing": qins_sim::TRACING,
            "alu": {
                "config": alu.top,
                "ops_per_s": alu.work_per_s().round(),
                "cycles_per_s": alu.cycles_per_s().round(),
                "ops": alu.work,
                "seconds": alu.seconds,
            },
        }))
    } else {
        println!(
            "{}: {} cycles in {:.3} s = {:.2} M cycles/s ({}), {:.1} M MACs/s (C++ by {}, \
             tracing {})",
            one.top,
            one.cycles,
            one.seconds,
            one.cycles_per_s() / 1e6,
            one.cycles_per_cpu_s()
                .map_or("CPU time unknown".into(), |r| format!(
                    "{:.2} M per CPU second",
                    r / 1e6
                )),
            one.work_per_s() / 1e6,
            qins_sim::COMPILER,
            if qins_sim::TRACING {
                "compiled in"
            } else {
                "left out"
            }
        );
        println!(
            "{instances} instances on threads: {:.2} M cycles/s together ({ratio:.2}x one)",
            all.cycles_per_s() / 1e6
        );
        println!(
            "{}: {} ops in {:.3} s = {:.2} M ops/s",
            alu.top,
            alu.work,
            alu.seconds,
            alu.work_per_s() / 1e6
        );
        Ok(())
    }
}
