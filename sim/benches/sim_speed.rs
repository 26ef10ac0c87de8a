//! Simulation speed of the Verilated RTL, measured in-process.
//!
//! `make bench-sim`, or `cargo bench -p qins-sim --bench sim-speed -- [--json] [--cycles N]`:
//! a long MATMUL stream on `qins_accel_sim8` (tiles
//! prefetched, accumulating, the queue kept full through the driver), then a stream of
//! random ops through `qins_alu`. `--json` prints one JSON object per top, one per line.

use qins_core::accel::{reg, status, AccelConfig, Command, Matmul};
use qins_core::bus::Bus;
use qins_core::rng::SplitMix64;
use qins_host::driver::Driver;
use qins_sim::{AccelSim, AluIssue, AluSim};
use std::time::Instant;

struct Figures {
    config: &'static str,
    cycles: u64,
    seconds: f64,
    /// (name, count) of the work done: MACs or ops.
    work: (&'static str, u64),
}

impl Figures {
    fn json(&self) -> String {
        format!(
            "{{\"config\": \"{}\", \"cycles_per_s\": {:.0}, \"{}_per_s\": {:.0}, \"cycles\": {}, \"seconds\": {:.3}, \"compiler\": \"{}\", \"tracing\": {}}}",
            self.config,
            self.cycles as f64 / self.seconds,
            self.work.0,
            self.work.1 as f64 / self.seconds,
            self.cycles,
            self.seconds,
            qins_sim::COMPILER,
            qins_sim::TRACING
        )
    }

    fn text(&self) -> String {
        format!(
            "{}: {} cycles in {:.3} s = {:.2} M cycles/s, {:.1} M {}/s",
            self.config,
            self.cycles,
            self.seconds,
            self.cycles as f64 / self.seconds / 1e6,
            self.work.1 as f64 / self.seconds / 1e6,
            self.work.0
        )
    }
}

fn read_macs<B: Bus>(d: &mut Driver<B>) -> u64 {
    let hi = d.read(reg::USEFUL_MACS_HI).expect("USEFUL_MACS_HI") as u64;
    let lo = d.read(reg::USEFUL_MACS_LO).expect("USEFUL_MACS_LO") as u64;
    hi << 32 | lo
}

/// MATMULs of the whole activation memory through alternating prefetched tiles, until at
/// least `target` cycles have run; everything from the first push to idle is timed.
fn accel(target: u64) -> Figures {
    let cfg = AccelConfig::SIM8;
    let n = cfg.n;
    let mut d = Driver::new(AccelSim::new(), cfg);
    let mut rng = SplitMix64::new(0xBE7C);
    let weights: Vec<u8> = (0..16 * n).map(|_| rng.next_u64() as u8).collect();
    let acts: Vec<i16> = (0..cfg.act_vectors() * n)
        .map(|_| rng.next_u64() as i16)
        .collect();
    d.write_weight_rows(0, &weights).expect("weights");
    d.write_act_vectors(0, &acts).expect("activations");
    let vectors = cfg.act_vectors().min(cfg.acc_vectors()) as u32;

    let macs0 = read_macs(&mut d);
    let c0 = d.bus.cycles();
    let t0 = Instant::now();
    d.push(&Command::load_tile(0, 0)).expect("LOAD_TILE");
    let mut bank = 0u32;
    while d.bus.cycles() - c0 < target {
        while d.status().expect("STATUS") & status::QUEUE_FULL != 0 {
            d.bus.run(256);
        }
        let next = (1 - bank) * n as u32;
        d.push(&Command::matmul(Matmul {
            count: vectors,
            act: 0,
            acc: 0,
            bank,
            accumulate: true,
            act_codes: false,
            k_valid: 0,
            n_valid: 0,
            prefetch: Some(next),
        }))
        .expect("MATMUL");
        bank ^= 1;
    }
    d.wait_idle(u64::MAX).expect("the stream finishes");
    let seconds = t0.elapsed().as_secs_f64();
    let cycles = d.bus.cycles() - c0;
    let macs = read_macs(&mut d) - macs0;
    Figures {
        config: cfg.name,
        cycles,
        seconds,
        work: ("macs", macs),
    }
}

/// `instances` copies of [`accel`] at once, one per thread: the aggregate rate the rtl
/// engine's parallel instances (`--jobs`) can reach. Returns (instances, aggregate cycles/s).
fn accel_parallel(target: u64, instances: usize) -> (usize, f64) {
    let t0 = Instant::now();
    let cycles: u64 = std::thread::scope(|s| {
        let handles: Vec<_> = (0..instances)
            .map(|_| s.spawn(move || accel(target).cycles))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("no panic"))
            .sum()
    });
    (instances, cycles as f64 / t0.elapsed().as_secs_f64())
}

/// Random ops of every opcode streamed one per cycle.
fn alu(ops: usize) -> Figures {
    let mut sim = AluSim::new();
    let mut rng = SplitMix64::new(0xA1B);
    let batch: Vec<AluIssue> = (0..ops)
        .map(|_| AluIssue {
            op: rng.below(9) as u8,
            a: rng.next_u64() as u32,
            b: rng.next_u64() as u32,
        })
        .collect();
    let c0 = sim.cycles();
    let t0 = Instant::now();
    let out = sim.run(&batch);
    let seconds = t0.elapsed().as_secs_f64();
    assert_eq!(out.len(), ops);
    Figures {
        config: "qins_alu",
        cycles: sim.cycles() - c0,
        seconds,
        work: ("ops", ops as u64),
    }
}

fn main() {
    let mut json = false;
    let mut cycles = 4_000_000u64;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--json" => json = true,
            // cargo bench passes --bench to a harness-less bench
            "--bench" => {}
            "--cycles" => {
                cycles = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or_else(|| usage("--cycles needs a number"))
            }
            "-h" | "--help" => usage(""),
            other => usage(&format!("unknown argument {other}")),
        }
    }
    let one = accel(cycles);
    let instances = std::thread::available_parallelism().map_or(1, |n| n.get());
    let (instances, aggregate) = accel_parallel(cycles, instances);
    if json {
        let j = one.json();
        println!(
            "{}, \"instances\": {instances}, \"aggregate_cycles_per_s\": {aggregate:.0}, \"aggregate_ratio\": {:.2}}}",
            &j[..j.len() - 1],
            aggregate / (one.cycles as f64 / one.seconds)
        );
    } else {
        println!(
            "{}; {instances} instances on threads: {:.2} M cycles/s together ({:.2}x one)",
            one.text(),
            aggregate / 1e6,
            aggregate / (one.cycles as f64 / one.seconds)
        );
    }
    let f = alu(cycles as usize * 4);
    println!("{}", if json { f.json() } else { f.text() });
}

fn usage(err: &str) -> ! {
    if !err.is_empty() {
        eprintln!("sim-speed: {err}");
    }
    eprintln!("usage: cargo bench -p qins-sim --bench sim-speed -- [--json] [--cycles N]   (N: accelerator cycles, default 4000000; the ALU runs 4 N ops)");
    std::process::exit(if err.is_empty() { 0 } else { 2 });
}
