//! A fuzz program as data: the [`Action`]s the fuzzer runs, their random generation, and a
//! line-per-action text form that `qins fuzz-sim --replay FILE` reads back.
//!
//! The text form, one action per line (`#` starts a comment, blank lines are skipped):
//!
//! ```text
//! push 0x00020004 0x00000003 0x00000005 0x00000000   # CMD0..CMD2, then CMD3
//! write 0x100010 0xdeadbeef                          # a memory or table word
//! read 0x100010
//! write-register 4 0x1                               # any register but CONTROL
//! read-register 5
//! burst 7                                            # 7 NOP/BARRIER pushes
//! run 120                                            # idle cycles
//! sync                                               # wait idle, compare, clear errors
//! sync clear-counters                                # ... and the counters
//! ```

use qins_core::accel::{AccelConfig, Command, Matmul, Region, TableTarget};
use qins_core::hw::AluOp;
use qins_core::rng::SplitMix64;
use std::fmt;

/// Vectors / rows / channels the valid commands work in (the first ones of each memory).
pub(crate) const WINDOW: u32 = 48;

/// One step of a program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Writes CMD0-CMD2, then CMD3 (which pushes the command).
    Push([u32; 4]),
    /// A memory or table write (anywhere: in range, past a region's end, or nowhere).
    Write { address: u32, data: u32 },
    /// A memory or table read.
    Read { address: u32 },
    /// A register write (CMD3 pushes whatever is staged).
    WriteRegister { register: u32, data: u32 },
    /// A register read.
    ReadRegister { register: u32 },
    /// `n` pushes alternating NOP and BARRIER, to overflow the queue.
    Burst(u32),
    /// Idle cycles.
    Run(u64),
    /// Waits for the unit to go idle, compares registers and working windows, clears the
    /// errors (and the counters when asked).
    Sync { clear_counters: bool },
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Action::Push(w) => write!(
                f,
                "push {:#010x} {:#010x} {:#010x} {:#010x}",
                w[0], w[1], w[2], w[3]
            ),
            Action::Write { address, data } => write!(f, "write {address:#08x} {data:#x}"),
            Action::Read { address } => write!(f, "read {address:#08x}"),
            Action::WriteRegister { register, data } => {
                write!(f, "write-register {register} {data:#x}")
            }
            Action::ReadRegister { register } => write!(f, "read-register {register}"),
            Action::Burst(n) => write!(f, "burst {n}"),
            Action::Run(c) => write!(f, "run {c}"),
            Action::Sync {
                clear_counters: false,
            } => write!(f, "sync"),
            Action::Sync {
                clear_counters: true,
            } => write!(f, "sync clear-counters"),
        }
    }
}

/// A line of a program file that is not an action.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based.
    pub line: usize,
    pub what: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.what)
    }
}

impl std::error::Error for ParseError {}

/// A number: decimal, or hexadecimal with `0x`.
fn number(s: &str) -> Result<u64, String> {
    let parsed = match s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        Some(hex) => u64::from_str_radix(hex, 16),
        None => s.parse(),
    };
    parsed.map_err(|_| format!("`{s}` is not a number"))
}

fn word(s: &str) -> Result<u32, String> {
    let v = number(s)?;
    u32::try_from(v).map_err(|_| format!("`{s}` does not fit in 32 bits"))
}

impl std::str::FromStr for Action {
    type Err = String;

    /// One action in the text form (no comment).
    fn from_str(line: &str) -> Result<Self, String> {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let args = |n: usize| {
            if fields.len() == n + 1 {
                Ok(&fields[1..])
            } else {
                Err(format!(
                    "`{}` takes {n} operand{}, found {}",
                    fields[0],
                    if n == 1 { "" } else { "s" },
                    fields.len() - 1
                ))
            }
        };
        Ok(match fields.first().copied() {
            Some("push") => {
                let a = args(4)?;
                Action::Push([word(a[0])?, word(a[1])?, word(a[2])?, word(a[3])?])
            }
            Some("write") => {
                let a = args(2)?;
                Action::Write {
                    address: word(a[0])?,
                    data: word(a[1])?,
                }
            }
            Some("read") => Action::Read {
                address: word(args(1)?[0])?,
            },
            Some("write-register") => {
                let a = args(2)?;
                Action::WriteRegister {
                    register: word(a[0])?,
                    data: word(a[1])?,
                }
            }
            Some("read-register") => Action::ReadRegister {
                register: word(args(1)?[0])?,
            },
            Some("burst") => Action::Burst(word(args(1)?[0])?),
            Some("run") => Action::Run(number(args(1)?[0])?),
            Some("sync") if fields.len() == 1 => Action::Sync {
                clear_counters: false,
            },
            Some("sync") if fields[1..] == ["clear-counters"] => Action::Sync {
                clear_counters: true,
            },
            Some("sync") => return Err("`sync` takes nothing or `clear-counters`".into()),
            Some(other) => {
                return Err(format!(
                    "unknown action `{other}` (push, write, read, write-register, \
                     read-register, burst, run, sync)"
                ))
            }
            None => return Err("empty action".into()),
        })
    }
}

/// A program: its actions, run in order, then a final sync.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Program {
    pub actions: Vec<Action>,
}

impl Program {
    /// `steps` random actions from `seed`, for a unit of configuration `cfg`.
    pub fn generate(cfg: &AccelConfig, seed: u64, steps: usize) -> Self {
        let mut g = Generator {
            cfg: *cfg,
            rng: SplitMix64::new(seed),
        };
        Program {
            actions: (0..steps).map(|_| g.action()).collect(),
        }
    }

    /// The text form, `header` lines first as comments.
    pub fn to_text(&self, header: &[String]) -> String {
        let mut s = String::new();
        for h in header {
            for line in h.lines() {
                s.push_str(&format!("# {line}\n"));
            }
        }
        for a in &self.actions {
            s.push_str(&format!("{a}\n"));
        }
        s
    }

    /// Reads the text form.
    pub fn parse(text: &str) -> Result<Self, ParseError> {
        let mut actions = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let a = line
                .parse()
                .map_err(|what| ParseError { line: i + 1, what })?;
            actions.push(a);
        }
        Ok(Program { actions })
    }
}

/// Draws actions: commands inside a small working window (so that commands read what earlier
/// ones wrote) and now and then anywhere, garbage command words, addresses in and out of
/// every region.
struct Generator {
    cfg: AccelConfig,
    rng: SplitMix64,
}

impl Generator {
    fn pick(&mut self, n: u32) -> u32 {
        self.rng.below(n as u64) as u32
    }

    /// A start inside the window, now and then anywhere or past the end.
    fn operand(&mut self, cap: u32) -> u32 {
        match self.rng.below(16) {
            0 => self.rng.next_u64() as u32,
            1 => cap.saturating_sub(self.pick(4)),
            _ => self.pick(WINDOW.min(cap)),
        }
    }

    fn count(&mut self) -> u32 {
        match self.rng.below(16) {
            0 => 0,
            1 => self.rng.next_u64() as u32 & 0xFFFF,
            _ => 1 + self.pick(12),
        }
    }

    /// A command: of a random opcode with random operands, or garbage.
    fn command(&mut self) -> Command {
        let n = self.cfg.n as u32;
        let (rows, vecs, accs) = (
            self.cfg.weight_rows() as u32,
            self.cfg.act_vectors() as u32,
            self.cfg.acc_vectors() as u32,
        );
        match self.rng.below(10) {
            0 => Command::nop(),
            1 => Command::load_tile(self.operand(rows), self.pick(2)),
            2 | 3 => {
                let prefetch = (self.rng.below(3) == 0).then(|| self.operand(rows));
                Command::matmul(Matmul {
                    count: self.count(),
                    act: self.operand(vecs),
                    acc: self.operand(accs),
                    bank: self.pick(2),
                    accumulate: self.rng.below(2) == 0,
                    act_codes: self.rng.below(2) == 0,
                    k_valid: self.pick(n + 2),
                    n_valid: self.pick(n + 2),
                    prefetch,
                })
            }
            4 => Command::postprocess(
                self.count(),
                self.operand(accs),
                self.operand(vecs),
                self.operand(self.cfg.channels() as u32),
                self.rng.below(2) == 0,
            ),
            5 => Command::barrier(self.rng.next_u64() as u32),
            6 => {
                let ops = AluOp::ALL;
                let op = ops[self.pick(ops.len() as u32) as usize];
                let elems = vecs * n;
                Command::alu(
                    op,
                    self.count(),
                    self.operand(elems),
                    self.operand(elems),
                    self.operand(elems),
                )
            }
            7 => {
                let t = TableTarget::ALL[self.pick(TableTarget::ALL.len() as u32) as usize];
                Command::load_table(t, self.operand(vecs * n))
            }
            _ => Command {
                words: [
                    self.rng.next_u64() as u32,
                    self.rng.next_u64() as u32 & 0xFF,
                    self.rng.next_u64() as u32 & 0xFF,
                    self.rng.next_u64() as u32 & 0xFF,
                ],
            },
        }
    }

    /// A memory or table address: inside a region's working window, past its end, or
    /// nowhere.
    fn address(&mut self) -> u32 {
        let regions: Vec<Region> = Region::ALL
            .iter()
            .copied()
            .filter(|r| *r != Region::Registers)
            .collect();
        let r = regions[self.pick(regions.len() as u32) as usize];
        let words = self.cfg.region_words(r) as u32;
        match self.rng.below(12) {
            0 => r.base() + words + self.pick(r.window_words().saturating_sub(words).max(1)),
            1 => self.rng.next_u64() as u32 & 0xFF_FFFF,
            _ => r.base() + self.pick(words.min(WINDOW * 8)),
        }
    }

    fn action(&mut self) -> Action {
        match self.rng.below(20) {
            0..=3 => Action::Push(self.command().words),
            4..=7 => Action::Write {
                address: self.address(),
                data: self.rng.next_u64() as u32,
            },
            8..=10 => Action::Read {
                address: self.address(),
            },
            // any register but CONTROL (written only at sync points)
            11 => Action::WriteRegister {
                register: [0, 1, 2, 4, 5, 6, 7, 8, 15, 16, 17, 31][self.pick(12) as usize],
                data: self.rng.next_u64() as u32,
            },
            12 | 13 => Action::ReadRegister {
                register: self.pick(18),
            },
            14 => Action::Burst(4 + self.pick(20)),
            15 | 16 => Action::Run(1 + self.rng.below(300)),
            _ => Action::Sync {
                clear_counters: self.rng.below(4) == 0,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_form_reads_back_every_action() {
        let p = Program::generate(&AccelConfig::SIM8, 7, 2000);
        let text = p.to_text(&["a header".into(), "of two\nlines".into()]);
        assert!(text.starts_with("# a header\n# of two\n# lines\n"));
        assert_eq!(Program::parse(&text).unwrap(), p);
        for kind in [
            "push",
            "write ",
            "read ",
            "write-register",
            "read-register",
            "burst",
            "run",
            "sync",
        ] {
            assert!(text.contains(kind), "no {kind} in 2000 actions");
        }
    }

    #[test]
    fn a_bad_line_is_named() {
        let e = Program::parse("sync\n\n# c\nread 0x10 # x\npush 1 2 3\n").unwrap_err();
        assert_eq!(e.line, 5);
        assert!(e.what.contains("takes 4 operands, found 3"), "{e}");
        let e = Program::parse("write 0x1 0x100000000").unwrap_err();
        assert!(e.what.contains("32 bits"), "{e}");
        let e = Program::parse("jump 3").unwrap_err();
        assert!(e.what.contains("unknown action `jump`"), "{e}");
        let e = Program::parse("run ten").unwrap_err();
        assert!(e.what.contains("`ten` is not a number"), "{e}");
        let e = Program::parse("sync now").unwrap_err();
        assert!(e.what.contains("clear-counters"), "{e}");
    }
}
