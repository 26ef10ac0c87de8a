//! Simulation speed of the verilated tops, measured in-process (`qins bench-sim`,
//! `make bench-sim`).
//!
//! - [`accel_speed`]: a long MATMUL stream on `qins_accel_sim8` (tiles prefetched into the
//!   other bank, accumulating, the queue kept full), timed from the first push to idle.
//! - [`accel_speed_parallel`]: that stream on `instances` verilated instances at once, one
//!   per thread: the aggregate rate the rtl engine's parallel instances (`--jobs`) reach.
//! - [`alu_speed`]: random ops of every opcode streamed through `qins_alu`, one per cycle.

use crate::{AccelSim, AluIssue, AluSim};
use qins_core::accel::{reg, status, AccelConfig, Command, Matmul, Region};
use qins_core::bus::Bus;
use qins_core::rng::SplitMix64;
use std::time::Instant;

/// One timed run.
#[derive(Clone, Copy, Debug)]
pub struct Speed {
    /// The top's name.
    pub top: &'static str,
    pub cycles: u64,
    /// Wall time.
    pub seconds: f64,
    /// CPU time of the simulating thread (Linux; `None` elsewhere, and for the aggregate of
    /// several threads): unlike the wall time, it does not count the time other processes
    /// took the core, so a rate per CPU second compares runs on a busy machine.
    pub cpu_seconds: Option<f64>,
    /// The useful work done: MACs (accelerator) or ops (ALU).
    pub work: u64,
}

/// The calling thread's CPU time (user + system) in seconds, from `/proc/thread-self/stat`
/// (clock ticks of 1/100 s: Linux's USER_HZ), or `None` where that does not exist.
pub fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // the fields after the command name (in parentheses, which may hold spaces): state is
    // field 3, utime 14, stime 15
    let rest = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(ticks as f64 / 100.0)
}

/// Times `f` in wall and thread CPU seconds.
fn timed<T>(f: impl FnOnce() -> T) -> (T, f64, Option<f64>) {
    let (t0, c0) = (Instant::now(), thread_cpu_seconds());
    let out = f();
    let cpu = c0.zip(thread_cpu_seconds()).map(|(a, b)| b - a);
    (out, t0.elapsed().as_secs_f64(), cpu)
}

impl Speed {
    pub fn cycles_per_s(&self) -> f64 {
        self.cycles as f64 / self.seconds
    }

    /// Cycles per CPU second of the simulating thread, when known.
    pub fn cycles_per_cpu_s(&self) -> Option<f64> {
        self.cpu_seconds
            .filter(|&c| c > 0.0)
            .map(|c| self.cycles as f64 / c)
    }

    pub fn work_per_s(&self) -> f64 {
        self.work as f64 / self.seconds
    }
}

fn read(sim: &mut AccelSim, r: u32) -> u32 {
    sim.read_word(r)
        .unwrap_or_else(|_| panic!("register {r} refused"))
}

fn useful_macs(sim: &mut AccelSim) -> u64 {
    (read(sim, reg::USEFUL_MACS_HI) as u64) << 32 | read(sim, reg::USEFUL_MACS_LO) as u64
}

/// Pushes a command, waiting while the queue is full.
fn push(sim: &mut AccelSim, c: &Command) {
    while read(sim, reg::STATUS) & status::QUEUE_FULL != 0 {
        sim.run(256);
    }
    for (k, w) in c.words.iter().enumerate() {
        sim.write_word(reg::CMD0 + k as u32, *w)
            .expect("a command word is accepted with room in the queue");
    }
}

/// MATMULs of the whole activation memory through alternating prefetched tiles on one
/// `qins_accel_sim8`, until at least `target` cycles have run.
pub fn accel_speed(target: u64) -> Speed {
    let cfg = AccelConfig::SIM8;
    let n = cfg.n as u32;
    let mut sim = AccelSim::new();
    let mut rng = SplitMix64::new(0xBE7C);
    // any word is valid: four weight codes, or two raw activations
    for (region, words) in [
        (Region::WeightMemory, 16 * n * n / 4),
        (Region::ActMemory, cfg.act_vectors() as u32 * n / 2),
    ] {
        for w in 0..words {
            sim.write_word(region.base() + w, rng.next_u64() as u32)
                .expect("in range while idle");
        }
    }
    let vectors = cfg.act_vectors().min(cfg.acc_vectors()) as u32;
    let macs0 = useful_macs(&mut sim);
    let c0 = sim.cycles();
    let ((), seconds, cpu_seconds) = timed(|| {
        push(&mut sim, &Command::load_tile(0, 0));
        let mut bank = 0u32;
        while sim.cycles() - c0 < target {
            let next = (1 - bank) * n;
            push(
                &mut sim,
                &Command::matmul(Matmul {
                    count: vectors,
                    act: 0,
                    acc: 0,
                    bank,
                    accumulate: true,
                    act_codes: false,
                    k_valid: 0,
                    n_valid: 0,
                    prefetch: Some(next),
                }),
            );
            bank ^= 1;
        }
        while read(&mut sim, reg::STATUS) & status::BUSY != 0 {
            sim.run(256);
        }
    });
    assert_eq!(
        read(&mut sim, reg::STATUS) & status::ERROR,
        0,
        "the stream raised an error"
    );
    let cycles = sim.cycles() - c0;
    let work = useful_macs(&mut sim) - macs0;
    Speed {
        top: cfg.name,
        cycles,
        seconds,
        cpu_seconds,
        work,
    }
}

/// [`accel_speed`] on `instances` instances at once, one per thread: the aggregate, as one
/// [`Speed`] (the cycles and MACs of all, over the wall time).
pub fn accel_speed_parallel(target: u64, instances: usize) -> Speed {
    let t0 = Instant::now();
    let runs: Vec<Speed> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..instances)
            .map(|_| s.spawn(move || accel_speed(target)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("no panic"))
            .collect()
    });
    Speed {
        top: AccelConfig::SIM8.name,
        cycles: runs.iter().map(|r| r.cycles).sum(),
        seconds: t0.elapsed().as_secs_f64(),
        cpu_seconds: None,
        work: runs.iter().map(|r| r.work).sum(),
    }
}

/// `ops` random ops of every opcode streamed through `qins_alu`, one per cycle.
pub fn alu_speed(ops: usize) -> Speed {
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
    let (out, seconds, cpu_seconds) = timed(|| sim.run(&batch));
    assert_eq!(out.len(), ops);
    Speed {
        top: "qins_alu",
        cycles: sim.cycles() - c0,
        seconds,
        cpu_seconds,
        work: ops as u64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stream_does_the_work_it_claims() {
        let s = accel_speed(20_000);
        let n = AccelConfig::SIM8.n as u64;
        assert!(s.cycles >= 20_000);
        // every MATMUL cycle of the stream is (nearly) a full N x N of MACs
        assert!(s.work > s.cycles * n * n / 2, "{s:?}");
        assert!(s.work <= s.cycles * n * n, "{s:?}");
        if cfg!(target_os = "linux") {
            let cpu = s.cpu_seconds.expect("the thread's CPU time on Linux");
            assert!(cpu <= s.seconds + 0.02, "{s:?}");
        }
        let p = accel_speed_parallel(20_000, 2);
        assert_eq!(p.work, 2 * s.work);
        let a = alu_speed(1000);
        assert_eq!(a.work, 1000);
        assert!(a.cycles >= 1000);
    }
}
