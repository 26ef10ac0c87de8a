//! `qins`: the command-line front end of the QINS software stack (the `qins_cli` library:
//! one module per command, the studies and their renderers).

use clap::{Parser, Subcommand};
use std::process::ExitCode;

use qins_cli::commands::*;

#[derive(Parser)]
#[command(name = "qins", version, about = "QINS: inverse-magnitude 8-bit codes for neural-network weights and activations", long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// A seeded synthetic BERT-style layer (d=384, 12 heads, d_ff=1536, heavy tails, outlier
    /// channel; or decoder style with --style decoder) in every mode on the simulated 8x8
    /// accelerator (checked bit for bit against the model), or on a board over its UART
    /// (--port DEV, --sim-board), then the codec comparison, Pattern B verdict and Pattern C
    /// study
    Demo(demo::Args),
    /// Compile a BERT folder for one hardware mode into a weight image (v2): the model
    /// description, tokenizer, every site's codes, scales and biases, the host tensors, the
    /// calibrated activation scales and the accelerator's tables; `run`, `embed` take it
    /// with --image
    Encode(image::EncodeArgs),
    /// Validate a weight image (every byte, and that its sections make a model) and show
    /// the model, mode, calibration and every section
    Inspect(image::InspectArgs),
    /// Weight SQNR of INT8 and QINS (per tensor and per channel) for every 2-D tensor
    Compare(compare::Args),
    /// The seed's compression claims (sparsity, Huffman, dictionary, 6- and 4-bit packing,
    /// block scaling, combined) measured on every 2-D weight of a checkpoint, with verdicts
    CompressReport(compress_report::Args),
    /// Pattern B (Jacobian weight transport) against Pattern A on one BERT layer's V
    /// projection and FFN up projection, with a verdict
    Transport(transport::Args),
    /// One layer (or every layer: --layer all) of a BERT checkpoint in every mode on the
    /// simulated accelerator (or its model), on the sentences of a text file, with the
    /// per-mode table against FP32 (and each mode's per-site breakdown with --sites)
    Run(run::Args),
    /// Print the hardware decode and encoder tables, or export them as $readmemh files
    Tables(tables::Args),
    /// Export a weight image's tensors and tables as $readmemh files
    Readmemh(image::ReadmemhArgs),
    /// Pattern C: native QINS accumulation (ALU MUL then ADD) against int32 accumulation
    AluReport(alu_report::Args),
    /// Print the accelerator's register map, memory map and commands (docs/registers.md)
    Registers,
    /// Check the UART host link to a board (docs/host-link.md): the link status, the
    /// accelerator's ID and CONFIG, and a write/read test of its activation memory
    LinkCheck(link_check::Args),
    /// Differential fuzzer: random programs of bus transactions (reads, writes, commands of
    /// every opcode, bursts past the queue, while busy and idle) on the verilated 8x8 top
    /// against the model; counts mismatches and hangs, shrinks each failing program and writes
    /// it out for --replay, and exits 1 on any
    FuzzSim(fuzz_sim::Args),
    /// Simulation speed of the verilated tops: cycles/s of one 8x8 instance, of N instances on
    /// threads together (the rtl engine's --jobs), and ops/s of the ALU top
    BenchSim(bench_sim::Args),
    /// Program a board with its bitstream, plugged in over USB: the iCEBreaker (up5k) or the
    /// iCE40-HX8K breakout (hx8k) through iceprog (icestorm), the ULX3S (ulx3s: LFE5U-85F,
    /// ulx3s25f: LFE5U-25F) through openFPGALoader; the SPI flash, or the SRAM with --sram
    Flash(flash::Args),
    /// Write the synthetic layer as a safetensors file (to try encode/compare on)
    Synth(synth::Args),
    /// Sentence embeddings (mean-pooled, L2-normalised) of a text file, one sentence a line,
    /// with a BERT sentence model such as all-MiniLM-L6-v2, in one mode (every layer's matmuls
    /// on the simulated accelerator), with each embedding's cosine to the FP32 one
    Embed(embed::Args),
}

fn main() -> ExitCode {
    // Rust ignores SIGPIPE, so a closed pipe (`qins registers | head -1`) made the next
    // print panic; with the default action the process ends quietly, as other tools do.
    #[cfg(unix)]
    // SAFETY: called first, before any thread exists; SIG_DFL is a valid disposition.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let result = match Cli::parse().command {
        Command::Demo(a) => demo::run(a),
        Command::Encode(a) => image::encode(a),
        Command::Inspect(a) => image::inspect(a),
        Command::Compare(a) => compare::run(a),
        Command::CompressReport(a) => compress_report::run(a),
        Command::Transport(a) => transport::run(a),
        Command::Run(a) => run::run(a),
        Command::Tables(a) => tables::run(a),
        Command::Readmemh(a) => image::readmemh(a),
        Command::AluReport(a) => alu_report::run(a),
        Command::Registers => registers::run(),
        Command::LinkCheck(a) => link_check::run(a),
        Command::FuzzSim(a) => fuzz_sim::run(a),
        Command::BenchSim(a) => bench_sim::run(a),
        Command::Flash(a) => flash::run(a),
        Command::Synth(a) => synth::run(a),
        Command::Embed(a) => embed::run(a),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
