//! A differential fuzzer of the accelerator: random programs of bus transactions run on the
//! verilated `qins_accel_sim8` top and on [`AccelModel`], which must agree.
//!
//! A program ([`Program`], a list of [`Action`]s: data, with a text form that can be saved
//! and replayed) mixes register and memory reads and writes (in range, out of range, while
//! the unit is busy and while it is idle), commands of every opcode with random operands
//! (valid ones inside a small working window, so that commands read what earlier ones
//! wrote, and garbage words), table writes, bursts that overflow the queue, idle cycles and
//! sync points.
//!
//! The model has no timing: it runs a command to completion when CMD3 is written, the RTL
//! later. So the fuzzer checks what timing cannot change:
//! - every request is answered exactly [`BUS_LATENCY`] cycles after its strobe;
//! - a memory or table access is refused as Busy exactly when the `busy` pin was high in its
//!   strobe cycle; otherwise its success, and a read's data, equal the model's (the RTL has
//!   drained every command the model already ran, because busy was low);
//! - a CMD3 write is refused as QueueFull only when STATUS showed the queue full just before;
//! - register reads: ID, CONFIG and CMD0-CMD2 always equal the model; at a sync point (the
//!   unit idle, polled through STATUS within a cycle budget) every register but the timing
//!   counters does, and the sticky error is one the model raised since the last sync point
//!   (the first one when no command ran in between: then the order is the program's);
//! - at every sync point (and at the end), every word of the working window of each memory
//!   equals the model's.
//!
//! A failing program is cut down by [`shrink`] to a few actions that still fail the same
//! way; `qins fuzz-sim` writes it out, and `qins fuzz-sim --replay FILE` runs it again
//! ([`TRACE_ENV`] prints every action as it runs). The programs in `sim/tests/fuzz-programs/`
//! are the failures found so far, kept as regression tests:
//! - the model took a LOAD_TABLE target from the flags' low three bits, so flags 56 rewrote
//!   the weight decode table where the RTL refuses the command (the model was wrong);
//! - a POSTPROCESS with int32 results whose destination starts inside its own source, after
//!   its start, read results the RTL's pipeline had not written yet: now refused, like the
//!   ALU's overlap (both changed).

mod program;
mod shrink;

pub use program::{Action, ParseError, Program};
pub use shrink::shrink;

use crate::AccelSim;
use program::WINDOW;
use qins_core::accel::{
    control, reg, status, AccelConfig, Command, ErrorCode, Region, BUS_LATENCY,
};
use qins_core::hw::AccelModel;
use qins_core::rng::SplitMix64;
use std::fmt;

/// Cycles a sync point waits for the unit to go idle before it calls the unit stuck, beyond
/// the commands' own bound ([`command_cycle_bound`]).
const IDLE_BUDGET: u64 = 400_000;

/// An upper bound of the cycles one pushed command keeps the unit busy: every command's cost
/// is at most its count (CMD0 bits 31..16) times the cycles per count unit (POSTPROCESS: N
/// columns per vector at the encoder's interval; ALU: 2 per element; MATMUL: the array's
/// interval per vector) plus a constant (docs/architecture.md, command costs). Two legal
/// POSTPROCESS commands of 32 K vectors on SIM8 take 524 K cycles, more than a fixed budget.
fn command_cycle_bound(cfg: &AccelConfig, cmd0: u32) -> u64 {
    let per_unit = (cfg.n * cfg.postprocess_interval())
        .max(cfg.matmul_interval())
        .max(2) as u64;
    u64::from(cmd0 >> 16) * per_unit + 1024
}

/// Set (to anything) to print every step of every program to stderr as it runs.
pub const TRACE_ENV: &str = "QINS_FUZZ_TRACE";
/// Actions shown before the failing one.
const SHOWN_STEPS: usize = 12;

/// The seed of program `index` of a run seeded with `seed`.
pub fn program_seed(seed: u64, index: u64) -> u64 {
    SplitMix64::new(seed ^ index.wrapping_mul(0x9E37_79B9_7F4A_7C15)).next_u64()
}

qins_core::counters! {
    /// What a passing program did.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
    pub struct ProgramStats {
        pub steps: u64,
        pub requests: u64,
        pub commands: u64,
        pub refused: u64,
        pub busy_refusals: u64,
        pub queue_full_refusals: u64,
        pub syncs: u64,
        pub words_compared: u64,
        pub cycles: u64,
    }
}

/// The RTL and the model disagreed, or the RTL hung: a request without its answer on time,
/// or a unit still busy after the sync point's cycle budget.
#[derive(Clone, Debug)]
pub struct Mismatch {
    /// The failing action's index (the program's length: the final sync).
    pub step: usize,
    /// A hang, not a disagreement.
    pub hang: bool,
    pub what: String,
    /// The program's last actions, the failing one last.
    pub recent: Vec<String>,
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "action {}: {}", self.step, self.what)?;
        writeln!(f, "the actions up to it:")?;
        for s in &self.recent {
            writeln!(f, "  {s}")?;
        }
        Ok(())
    }
}

/// One error the model raised since the last sync point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Raised {
    code: ErrorCode,
    info: u32,
}

struct Run {
    sim: AccelSim,
    model: AccelModel,
    cfg: AccelConfig,
    step: usize,
    log: Vec<String>,
    raised: Vec<Raised>,
    /// [`command_cycle_bound`] of the commands pushed since the last sync point (each at
    /// least 1024, so 0 means none was pushed).
    pushed_cycles: u64,
    /// Print every step ([`TRACE_ENV`] set).
    trace: bool,
    /// The failure is a hang.
    hung: bool,
    stats: ProgramStats,
}

type Step = Result<(), String>;

impl Run {
    fn note(&mut self, s: String) {
        if self.trace {
            eprintln!("fuzz step {}: {s}", self.step);
        }
        self.log.push(s);
        if self.log.len() > SHOWN_STEPS {
            self.log.remove(0);
        }
    }

    /// The model's error of a call (a refused request, or a command that failed: CMD3's
    /// write itself succeeds), recorded; the model's sticky capture is emptied after every
    /// call, so that the fuzzer keeps every error of the segment.
    fn model_result<T>(&mut self, r: Result<T, ErrorCode>) -> Result<T, ErrorCode> {
        if self.model.error != ErrorCode::None {
            self.raised.push(Raised {
                code: self.model.error,
                info: self.model.error_info,
            });
        }
        self.model.error = ErrorCode::None;
        self.model.error_info = 0;
        r
    }

    /// One request on the RTL: its answer, or a protocol failure.
    fn request(&mut self, address: u32, data: u32, write: bool) -> Result<Result<u32, ()>, String> {
        self.stats.requests += 1;
        let a = self.sim.request(address, data, write);
        if !a.ready || a.early {
            self.hung = true;
            return Err(format!(
                "no answer {BUS_LATENCY} cycles after the strobe (ready {}, early {})",
                a.ready, a.early
            ));
        }
        if a.error {
            self.stats.refused += 1;
            Ok(Err(()))
        } else {
            Ok(Ok(a.data))
        }
    }

    fn busy_pin(&self) -> bool {
        self.sim.get(crate::AccelPort::Busy) != 0
    }

    /// A memory or table access (`write`: with `data`).
    fn access(&mut self, address: u32, data: u32, write: bool) -> Step {
        let busy = self.busy_pin();
        let in_memory = Region::decode(address).is_some_and(|(r, off)| {
            r != Region::Registers && (off as usize) < self.cfg.region_words(r)
        });
        let rtl = self.request(address, data, write)?;
        if busy && in_memory {
            // refused as Busy: the model does nothing but raise it
            if rtl.is_ok() {
                return Err(format!(
                    "access to {address:#08x} while busy was not refused"
                ));
            }
            self.stats.busy_refusals += 1;
            self.raised.push(Raised {
                code: ErrorCode::Busy,
                info: address,
            });
            return Ok(());
        }
        let model = if write {
            let r = self.model.bus_write(address, data);
            self.model_result(r).map(|_| 0)
        } else {
            let r = self.model.bus_read(address);
            self.model_result(r)
        };
        match (rtl, model) {
            (Err(()), Err(_)) => Ok(()),
            (Ok(a), Ok(b)) if write || a == b => Ok(()),
            (rtl, model) => Err(format!(
                "{} {address:#08x}: RTL {rtl:x?}, model {model:x?}",
                if write { "write" } else { "read" }
            )),
        }
    }

    fn read_register(&mut self, r: u32, exact: bool) -> Step {
        let rtl = self.request(r, 0, false)?;
        let m = self.model.bus_read(r);
        let model = self.model_result(m);
        match (rtl, model) {
            (Err(()), Err(_)) => Ok(()),
            (Ok(a), Ok(b)) => {
                let timing = matches!(
                    r,
                    reg::CYCLES_LO | reg::CYCLES_HI | reg::BUSY_CYCLES | reg::ARRAY_CYCLES
                );
                let always = matches!(r, reg::ID | reg::CONFIG | reg::CMD0 | reg::CMD1 | reg::CMD2);
                if (always || exact) && !timing && a != b {
                    Err(format!("register {r}: RTL {a:#x}, model {b:#x}"))
                } else {
                    Ok(())
                }
            }
            (rtl, model) => Err(format!("register {r}: RTL {rtl:x?}, model {model:x?}")),
        }
    }

    fn write_register(&mut self, r: u32, data: u32) -> Step {
        if r == reg::CMD3 {
            return self.push_staged(data);
        }
        let rtl = self.request(r, data, true)?;
        let m = self.model.bus_write(r, data);
        let model = self.model_result(m);
        if rtl.is_ok() != model.is_ok() {
            return Err(format!(
                "register write {r} = {data:#x}: RTL {}, model {model:?}",
                if rtl.is_ok() { "ok" } else { "refused" }
            ));
        }
        Ok(())
    }

    /// Pushes a command: CMD0-CMD2, then CMD3.
    fn push(&mut self, c: &Command) -> Step {
        for k in 0..3 {
            self.write_register(reg::CMD0 + k, c.words[k as usize])?;
        }
        self.write_register(reg::CMD3, c.words[3])
    }

    /// Writes CMD3, which pushes the staged command: refused only with the queue full.
    fn push_staged(&mut self, word: u32) -> Step {
        self.stats.commands += 1;
        let s = self.request(reg::STATUS, 0, false)?;
        let full = s.is_ok_and(|s| s & status::QUEUE_FULL != 0);
        let rtl = self.request(reg::CMD3, word, true)?;
        match rtl {
            Err(()) if full => {
                self.stats.queue_full_refusals += 1;
                self.raised.push(Raised {
                    code: ErrorCode::QueueFull,
                    info: reg::CMD3,
                });
            }
            Err(()) => return Err("CMD3 refused with the queue not full".into()),
            Ok(_) => {
                let cmd0 = self.model.bus_read(reg::CMD0).unwrap_or(0);
                self.pushed_cycles += command_cycle_bound(&self.cfg, cmd0);
                let r = self.model.bus_write(reg::CMD3, word);
                let _ = self.model_result(r);
            }
        }
        Ok(())
    }

    /// Waits for the unit to go idle (polling STATUS), then compares every register but the
    /// timing counters, the sticky error and the working windows, and clears both errors
    /// (and the counters).
    fn sync(&mut self, clear_counters: bool) -> Step {
        self.stats.syncs += 1;
        let start = self.sim.cycles();
        loop {
            let s = self.request(reg::STATUS, 0, false)?;
            if s.is_ok_and(|s| s & status::BUSY == 0) {
                break;
            }
            let budget = IDLE_BUDGET + self.pushed_cycles;
            if self.sim.cycles() - start > budget {
                self.hung = true;
                return Err(format!(
                    "still busy after {budget} cycles ({IDLE_BUDGET} beyond the pushed commands' bound)"
                ));
            }
            self.sim.cycle(64);
        }
        let status_word = self.request(reg::STATUS, 0, false)?.unwrap_or(0);
        let info = self.request(reg::ERROR_INFO, 0, false)?.unwrap_or(0);
        let rtl_error = (status_word & status::ERROR != 0).then(|| Raised {
            code: ErrorCode::from_repr((status_word >> status::ERROR_CODE_LSB) as u8)
                .unwrap_or(ErrorCode::None),
            info,
        });
        let ok = match (rtl_error, self.raised.first()) {
            (None, None) => true,
            (Some(e), Some(first)) if self.pushed_cycles == 0 => e == *first,
            (Some(e), Some(_)) => self.raised.contains(&e),
            _ => false,
        };
        if !ok {
            return Err(format!(
                "sticky error: RTL {rtl_error:?} (STATUS {status_word:#x}), the model raised {:?}",
                self.raised
            ));
        }
        for r in [
            reg::ID,
            reg::CONFIG,
            reg::CMD0,
            reg::CMD1,
            reg::CMD2,
            reg::CMD3,
            reg::USEFUL_MACS_LO,
            reg::USEFUL_MACS_HI,
            reg::COMMANDS_DONE,
            reg::BARRIER_ID,
        ] {
            self.read_register(r, true)?;
        }
        // the working windows, every word
        for (region, words) in self.window() {
            for off in 0..words {
                self.stats.words_compared += 1;
                self.access(region.base() + off, 0, false)?;
            }
        }
        // clear the errors (and now and then the counters) on both
        let clear = control::CLEAR_ERROR
            | if clear_counters {
                control::CLEAR_COUNTERS
            } else {
                0
            };
        self.request(reg::CONTROL, clear, true)?
            .map_err(|_| "CONTROL write refused".to_string())?;
        self.model.bus_write(reg::CONTROL, clear).ok();
        self.model.error = ErrorCode::None;
        self.raised.clear();
        self.pushed_cycles = 0;
        Ok(())
    }

    /// The memories' working windows: (region, words from its base).
    fn window(&self) -> [(Region, u32); 4] {
        let n = self.cfg.n as u32;
        [
            (
                Region::WeightMemory,
                WINDOW * self.cfg.weight_words_per_row() as u32,
            ),
            (Region::ActMemory, WINDOW * n / 2),
            (Region::AccMemory, WINDOW * n),
            (Region::ChannelParams, WINDOW * 2),
        ]
    }

    fn action(&mut self, a: &Action) -> Step {
        self.stats.steps += 1;
        self.note(a.to_string());
        match *a {
            Action::Push(words) => self.push(&Command { words }),
            Action::Write { address, data } => self.access(address, data, true),
            Action::Read { address } => self.access(address, 0, false),
            Action::WriteRegister { register, data } => self.write_register(register, data),
            Action::ReadRegister { register } => self.read_register(register, false),
            Action::Burst(k) => {
                for i in 0..k {
                    let c = if i % 2 == 0 {
                        Command::nop()
                    } else {
                        Command::barrier(i)
                    };
                    self.push(&c)?;
                }
                Ok(())
            }
            Action::Run(c) => {
                self.sim.cycle(c);
                Ok(())
            }
            Action::Sync { clear_counters } => self.sync(clear_counters),
        }
    }
}

/// Runs the random program `steps` actions long drawn from `seed` on a fresh RTL unit and
/// model.
pub fn run_program(seed: u64, steps: usize) -> Result<ProgramStats, Mismatch> {
    run(
        &Program::generate(&AccelSim::CONFIG, seed, steps),
        AccelModel::new(AccelSim::CONFIG),
    )
}

/// Runs `program` and a final sync on a fresh RTL unit and `model` (the fuzzer's own test
/// gives it a wrong one).
pub fn run(program: &Program, model: AccelModel) -> Result<ProgramStats, Mismatch> {
    let mut run = Run {
        sim: AccelSim::new(),
        model,
        cfg: AccelSim::CONFIG,
        step: 0,
        log: Vec::new(),
        raised: Vec::new(),
        pushed_cycles: 0,
        trace: std::env::var_os(TRACE_ENV).is_some(),
        hung: false,
        stats: ProgramStats::default(),
    };
    let fail = |run: &Run, what: String| Mismatch {
        step: run.step,
        hang: run.hung,
        what,
        recent: run.log.clone(),
    };
    for (i, a) in program.actions.iter().enumerate() {
        run.step = i;
        if let Err(what) = run.action(a) {
            return Err(fail(&run, what));
        }
    }
    run.step = program.actions.len();
    run.note("final sync".into());
    if let Err(what) = run.sync(false) {
        return Err(fail(&run, what));
    }
    run.stats.cycles = run.sim.cycles();
    Ok(run.stats)
}
