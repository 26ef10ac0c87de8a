//! Writes the `$readmemh` vector files of the Icarus Verilog check from the model:
//! `gen-vectors OUTDIR [--corrupt]`. See `qins_regression::vectors` for the layouts.
//!
//! OUTDIR gets `alu_narrow.hex`, `alu_wide.hex`, `accel_<config>.hex` for the sim8, UP5K and HX8K
//! tops, and `manifest.sh` (`name=entries` lines, sourced by `scripts/iverilog-check.sh`).
//! `--corrupt` flips one expected bit in the middle of each file (a negative test: the
//! testbenches must then FAIL).

use qins_core::accel::{AccelConfig, Region};
use qins_regression::vectors::{accel_program, alu_vectors, Entry};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const ALU_SEED: u64 = 0x0A1F_5EED;

fn write(dir: &Path, name: &str, lines: impl Iterator<Item = String>) -> std::io::Result<usize> {
    let mut text = String::new();
    let mut count = 0;
    for l in lines {
        text.push_str(&l);
        text.push('\n');
        count += 1;
    }
    std::fs::write(dir.join(name), text)?;
    Ok(count)
}

fn run(dir: PathBuf, corrupt: bool) -> Result<(), Box<dyn std::error::Error>> {
    std::fs::create_dir_all(&dir)?;
    let mut manifest = String::new();
    let mut alu = alu_vectors(ALU_SEED);
    if corrupt {
        let i = alu.narrow.len() / 2;
        alu.narrow[i].result ^= 1;
        eprintln!("gen-vectors: CORRUPTED alu_narrow.hex line {}", i + 1);
    }
    let n = write(
        &dir,
        "alu_narrow.hex",
        alu.narrow.iter().map(|v| v.narrow_line()),
    )?;
    writeln!(manifest, "alu_narrow={n}")?;
    let n = write(&dir, "alu_wide.hex", alu.wide.iter().map(|v| v.wide_line()))?;
    writeln!(manifest, "alu_wide={n}")?;
    let per_op = alu.per_op();
    let ops: Vec<String> = (0..16)
        .filter(|&o| per_op[o] > 0)
        .map(|o| format!("{o}:{}", per_op[o]))
        .collect();
    println!(
        "ALU: {} vectors ({} narrow + {} wide); per opcode {}",
        alu.len(),
        alu.narrow.len(),
        alu.wide.len(),
        ops.join(" ")
    );
    for cfg in AccelConfig::ALL {
        let mut entries = accel_program(cfg)?;
        if corrupt {
            let acc = entries
                .iter()
                .enumerate()
                .filter(|(_, e)| {
                    matches!(e, Entry::Read { address, .. } if *address >= Region::AccMemory.base())
                })
                .map(|(i, _)| i)
                .collect::<Vec<_>>();
            let i = acc[acc.len() / 2];
            if let Entry::Read { expected, .. } = &mut entries[i] {
                *expected ^= 1;
            }
            eprintln!(
                "gen-vectors: CORRUPTED accel_{}.hex line {}",
                cfg.name,
                i + 1
            );
        }
        let count = |f: fn(&Entry) -> bool| entries.iter().filter(|e| f(e)).count();
        println!(
            "{}: {} entries ({} writes, {} reads compared, {} waits, {} polls)",
            cfg.name,
            entries.len(),
            count(|e| matches!(e, Entry::Write { .. })),
            count(|e| matches!(e, Entry::Read { .. })),
            count(|e| matches!(e, Entry::WaitIdle { .. })),
            count(|e| matches!(e, Entry::Poll { .. })),
        );
        let name = format!("accel_{}", cfg.name);
        let n = write(
            &dir,
            &format!("{name}.hex"),
            entries.iter().map(Entry::line),
        )?;
        writeln!(manifest, "{name}={n}")?;
    }
    std::fs::write(dir.join("manifest.sh"), manifest)?;
    Ok(())
}

fn main() -> ExitCode {
    let mut dir = None;
    let mut corrupt = false;
    for a in std::env::args().skip(1) {
        match a.as_str() {
            "--corrupt" => corrupt = true,
            s if !s.starts_with('-') && dir.is_none() => dir = Some(PathBuf::from(s)),
            _ => {
                eprintln!("usage: gen-vectors OUTDIR [--corrupt]");
                return ExitCode::from(2);
            }
        }
    }
    let Some(dir) = dir else {
        eprintln!("usage: gen-vectors OUTDIR [--corrupt]");
        return ExitCode::from(2);
    };
    match run(dir, corrupt) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen-vectors: {e}");
            ExitCode::FAILURE
        }
    }
}
