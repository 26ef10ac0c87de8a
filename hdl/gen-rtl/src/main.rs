//! `cargo run --bin gen-rtl [-- --out DIR]`: writes the Verilog of every configuration, the
//! UART host link tops (`qins_hdl::board`: the FPGA links and the simulation board) and `MANIFEST.json` (file, top module, configuration, sha256; clocks per bit of the UART tops) into `rtl/` (or DIR).
//! Deterministic: the same sources always give byte-identical files.

use clap::Parser;
use qins_core::accel::AccelConfig;
use qins_hdl::configs::{self, Generated};
use sha2::{Digest, Sha256};
use std::path::PathBuf;
use std::process::ExitCode;

/// Writes the Verilog of every configuration, the UART tops and MANIFEST.json.
#[derive(Parser)]
#[command(name = "gen-rtl", about, long_about = None)]
struct Args {
    /// The folder to write into [default: the repository's rtl/]
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let out = args
        .out
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../rtl")));
    match run(&out) {
        Ok(files) => {
            for f in files {
                println!("{}", out.join(f).display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

#[derive(serde::Serialize)]
struct Entry {
    file: String,
    top: String,
    kind: &'static str,
    config: Option<AccelConfig>,
    lines: usize,
    sha256: String,
    /// UART tops only: the design clock the baud rate is computed for (`None`: simulation)
    #[serde(skip_serializing_if = "Option::is_none")]
    clock_hz: Option<u32>,
    /// UART tops only: clocks per bit of the generated UART
    #[serde(skip_serializing_if = "Option::is_none")]
    clocks_per_bit: Option<u32>,
}

fn run(out: &std::path::Path) -> Result<Vec<String>, String> {
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut entries = Vec::new();
    for Generated {
        top,
        kind,
        config,
        verilog,
    } in configs::generate_all()?
        .into_iter()
        .chain(qins_hdl::board::generate()?)
    {
        let file = format!("{top}.v");
        let uart = qins_hdl::board::uart_clock(&top);
        std::fs::write(out.join(&file), &verilog).map_err(|e| format!("{file}: {e}"))?;
        entries.push(Entry {
            lines: verilog.lines().count(),
            sha256: Sha256::digest(verilog.as_bytes())
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect(),
            clock_hz: uart.and_then(|u| u.0),
            clocks_per_bit: uart.map(|u| u.1),
            file,
            top,
            kind,
            config,
        });
    }
    let manifest = serde_json::json!({
        "generator": "cargo run --bin gen-rtl",
        "rust_hdl": "0.46.0",
        "files": entries,
    });
    let text = serde_json::to_string_pretty(&manifest).map_err(|e| e.to_string())? + "\n";
    std::fs::write(out.join("MANIFEST.json"), text).map_err(|e| format!("MANIFEST.json: {e}"))?;
    let mut files: Vec<String> = entries.into_iter().map(|e| e.file).collect();
    files.push("MANIFEST.json".into());
    Ok(files)
}
