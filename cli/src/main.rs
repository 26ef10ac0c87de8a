//! `qins`: the command-line front end of the QINS software stack.

use clap::{Parser, Subcommand};
use qins::codec::{AlphaRule, Codec, Granularity, QuantizedTensor};
use qins::error::{Error, Result};
use qins::image::{ImageTensor, WeightImage};
use qins::layer::Mode;
use qins::metrics::sqnr_db;
use qins::table::{db, TextTable};
use qins::{bert, checkpoint, compare, demo, pattern_c, transport};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

mod flash;
mod real_model;

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
    Demo {
        /// Print the whole report as JSON on stdout
        #[arg(long)]
        json: bool,
        /// Write the JSON report to this file
        #[arg(long, value_name = "FILE", default_value = "report.json")]
        out: PathBuf,
        /// Write the figure (weight histogram with the QINS and INT8 level grids, and each
        /// mode's error) to this SVG file
        #[arg(long, value_name = "FILE", default_value = "report.svg")]
        figure: PathBuf,
        /// Also write a VCD waveform of a short run (16 tokens through 8 outputs of the Q
        /// projection, before the demo) to this file (the simulated 8x8 top only)
        #[arg(long, value_name = "FILE.vcd", conflicts_with_all = ["port", "sim_board", "engine"])]
        trace: Option<PathBuf>,
        /// The layer's structure: BERT-style encoder, or decoder style (causal attention,
        /// RMSNorm, gated SiLU FFN)
        #[arg(long, value_enum, default_value_t = bert::LayerStyle::Encoder)]
        style: bert::LayerStyle,
        /// The layer's size: full (d=384, 8 x 16 tokens) or small (d=32, 1 head, d_ff=64,
        /// 2 x 8 tokens: about a minute on the simulated board instead of hours)
        #[arg(long, value_enum, default_value_t = DemoSizeArg::Full)]
        size: DemoSizeArg,
        /// Run the matmuls on a board over its UART (serial port, e.g. /dev/ttyUSB1; the
        /// board flashed with `qins flash`), each checked against the model
        #[arg(long, value_name = "DEV", conflicts_with_all = ["sim_board", "engine"])]
        port: Option<String>,
        /// Run the matmuls on the simulated UP5K board over its simulated UART (Verilator,
        /// rtl/qins_board_up5k_sim.v), each checked against the model
        #[arg(long, conflicts_with = "engine")]
        sim_board: bool,
        /// The board's configuration with --port, or the configuration the model runs with
        /// --engine model [default: up5k with --port, the 8x8 simulation top otherwise]
        #[arg(long, value_enum)]
        board: Option<Board>,
        /// Baud rate of --port
        #[arg(long, default_value_t = qins::link::BOARD_BAUD, requires = "port")]
        baud: u32,
        /// rtl: the verilated 8x8 top checked against the model; model: the bit-exact model
        /// only (same results)
        #[arg(long, value_enum)]
        engine: Option<Engine>,
    },
    /// Quantize every 2-D weight of a safetensors checkpoint into a weight image
    Encode {
        /// A .safetensors file or a model folder holding model.safetensors
        #[arg(long = "in", value_name = "MODEL")]
        input: PathBuf,
        /// The weight image to write (.qimg)
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        #[arg(long, value_enum, default_value_t = Codec::Qins)]
        codec: Codec,
        /// One scale per output channel (row) or per tensor
        #[arg(long, value_enum, default_value_t = Granularity::Channel)]
        per: Granularity,
    },
    /// Validate a weight image and summarise it
    Inspect {
        file: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Weight SQNR of INT8 and QINS (per tensor and per channel) for every 2-D tensor
    Compare {
        /// A .safetensors file or a model folder
        #[arg(long, value_name = "DIR_OR_FILE")]
        model: PathBuf,
        #[arg(long)]
        json: bool,
        /// Worker threads
        #[arg(long, default_value_t = 2)]
        threads: usize,
    },
    /// Pattern B (Jacobian weight transport) against Pattern A on one BERT layer's V
    /// projection and FFN up projection, with a verdict
    Transport {
        /// A Hugging Face BERT folder (config.json, model.safetensors)
        #[arg(long, value_name = "DIR")]
        model: PathBuf,
        #[arg(long, default_value_t = 0)]
        layer: usize,
        /// Sequences of 32 tokens for calibration; as many again are held out
        #[arg(long, default_value_t = 48)]
        sequences: usize,
        #[arg(long)]
        json: bool,
    },
    /// One layer of a BERT checkpoint in every mode on the simulated accelerator (or its
    /// model), on the sentences of a text file, with the per-mode table against FP32
    Run {
        /// A Hugging Face BERT folder (config.json, model.safetensors, tokenizer.json)
        #[arg(long, value_name = "DIR")]
        model: PathBuf,
        #[arg(long, default_value_t = 0)]
        layer: usize,
        /// UTF-8 text, one sentence a line (blank lines skipped): the evaluated sentences
        #[arg(long, value_name = "SENTENCES.txt")]
        file: PathBuf,
        /// Sentences that calibrate static activation scales and Pattern B [default: the
        /// built-in data/sentences/calibration.txt]
        #[arg(long, value_name = "FILE")]
        calibration: Option<PathBuf>,
        /// Truncation length in tokens, [CLS] and [SEP] included [default: 128]
        #[arg(long)]
        max_len: Option<usize>,
        /// Where the matmuls run: the Verilator RTL checked against the model, or the model
        #[arg(long, value_enum, default_value_t = Engine::Rtl)]
        engine: Engine,
        /// Residual adds through the accelerator's QINS ALU as 8-bit codes (default: FP32 on
        /// the host)
        #[arg(long)]
        alu_residual: bool,
        /// Print {"modes": [...]} as JSON on stdout
        #[arg(long)]
        json: bool,
    },
    /// Print the hardware decode and encoder tables, or export them as $readmemh files
    Tables {
        #[arg(long)]
        json: bool,
        /// Write $readmemh files for the built-in tables into this folder
        #[arg(long, value_name = "DIR")]
        export: Option<PathBuf>,
    },
    /// Export a weight image's tensors and tables as $readmemh files
    Readmemh {
        image: PathBuf,
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// Pattern C: native QINS accumulation (ALU MUL then ADD) against int32 accumulation
    AluReport {
        #[arg(long)]
        json: bool,
        /// Dot products per length
        #[arg(long, default_value_t = 400)]
        trials: usize,
    },
    /// Print the accelerator's register map, memory map and commands (docs/registers.md)
    Registers,
    /// Check the UART host link to a board (docs/host-link.md): the link status, the
    /// accelerator's ID and CONFIG, and a write/read test of its activation memory
    LinkCheck {
        /// Serial port of the board, e.g. /dev/ttyUSB1
        #[arg(
            long,
            value_name = "DEV",
            required_unless_present = "sim",
            conflicts_with = "sim"
        )]
        port: Option<String>,
        /// Talk to the simulated board instead (Verilator, rtl/qins_board_up5k_sim.v)
        #[arg(long)]
        sim: bool,
        /// Baud rate of the port
        #[arg(long, default_value_t = 115_200)]
        baud: u32,
        /// The board's design clock in Hz (for waits measured in its cycles) [default: the
        /// iCEBreaker build's PLL clock, 36 MHz]
        #[arg(long, default_value_t = qins::link::UP5K_BOARD.clock_hz as u64, hide_default_value = true)]
        clock_hz: u64,
        /// Print the result as JSON on stdout
        #[arg(long)]
        json: bool,
    },
    /// Program an iCE40 board with its bitstream through iceprog (icestorm): the iCEBreaker
    /// (up5k) or the iCE40-HX8K breakout (hx8k), plugged in over USB
    Flash {
        /// The board (and the default bitstream: build/fpga/<board>/<board>.bin, written by
        /// make fpga-<board>)
        #[arg(long, value_enum, default_value_t = Board::Up5k)]
        board: Board,
        /// The bitstream to program [default: build/fpga/<board>/<board>.bin]
        #[arg(long, value_name = "FILE")]
        bitstream: Option<PathBuf>,
        /// Load the FPGA's SRAM only (iceprog -S: lost at power-off) instead of the SPI flash
        #[arg(long)]
        sram: bool,
    },
    /// Write the synthetic layer as a safetensors file (to try encode/compare on)
    Synth {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Sentence embeddings (mean-pooled, L2-normalised) of a text file, one sentence a line,
    /// with a BERT sentence model such as all-MiniLM-L6-v2, in one mode (every layer's matmuls
    /// on the simulated accelerator), with each embedding's cosine to the FP32 one
    Embed {
        /// A Hugging Face folder (config.json, model.safetensors, tokenizer.json)
        #[arg(long, value_name = "DIR")]
        model: PathBuf,
        /// UTF-8 text, one sentence a line; blank lines are skipped
        #[arg(long, value_name = "SENTENCES.txt")]
        file: PathBuf,
        /// Print {"mode", "tokens", "embeddings", "cosine_vs_fp32", ...} as JSON on stdout
        #[arg(long)]
        json: bool,
        /// Numerics of every layer's matmuls (all but fp32 and qins-b run on the accelerator)
        #[arg(long, value_enum, default_value_t = Mode::Fp32)]
        mode: Mode,
        /// Where the matmuls run: the Verilator RTL checked against the model, or the model
        #[arg(long, value_enum, default_value_t = Engine::Rtl)]
        engine: Engine,
        /// Residual adds through the accelerator's QINS ALU as 8-bit codes (default: FP32 on
        /// the host)
        #[arg(long)]
        alu_residual: bool,
        /// Sentences that calibrate static activation scales and Pattern B [default: the
        /// built-in data/sentences/calibration.txt]
        #[arg(long, value_name = "FILE")]
        calibration: Option<PathBuf>,
        /// Truncation length in tokens, [CLS] and [SEP] included [default: 128, or the
        /// model's positions if fewer]
        #[arg(long)]
        max_len: Option<usize>,
        /// Sentences per batch (sequences are packed back to back, no padding)
        #[arg(long, default_value_t = 16)]
        batch: usize,
    },
}

/// An iCE40 board of the FPGA flow (`qins::link::FPGA_BOARDS`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Board {
    /// iCEBreaker (iCE40UP5K), the qins_accel_up5k build
    Up5k,
    /// iCE40-HX8K breakout board, the qins_accel_hx8k build
    Hx8k,
}

impl Board {
    pub fn fpga(self) -> qins::link::FpgaBoard {
        match self {
            Board::Up5k => qins::link::UP5K_BOARD,
            Board::Hx8k => qins::link::HX8K_BOARD,
        }
    }
}

/// `qins demo --size`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum DemoSizeArg {
    /// d=384, 12 heads, d_ff=1536, 8 sequences of 16 tokens
    Full,
    /// d=32, 1 head, d_ff=64, 2 sequences of 8 tokens
    Small,
}

/// Where `qins run` and `qins embed` compute their matmuls.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Engine {
    /// The verilated RTL, every matmul checked bit for bit against the model
    Rtl,
    /// The bit-exact model only (faster; identical results)
    Model,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

pub(crate) fn print_json<T: serde::Serialize>(v: &T) -> Result<()> {
    let s = serde_json::to_string_pretty(v).map_err(|e| Error::Invalid(format!("json: {e}")))?;
    println!("{s}");
    Ok(())
}

/// A progress bar with the step's name on stderr (a line per step when stderr is not a
/// terminal, so logs show where a run is).
pub(crate) fn step_progress(label: &'static str) -> impl Fn(usize, usize, &str) {
    let tty = std::io::stderr().is_terminal();
    move |done, total, step| {
        let width = 30;
        let filled = done * width / total.max(1);
        let bar = format!(
            "{label} [{}{}] {done}/{total} {step}",
            "#".repeat(filled),
            ".".repeat(width - filled)
        );
        if tty {
            eprint!("\r{bar:<100}");
            if done == total {
                eprintln!();
            }
        } else if done < total {
            eprintln!("{bar}");
        }
    }
}

/// A progress line on stderr, only when stderr is a terminal.
fn progress(label: &'static str) -> impl Fn(usize, usize) + Sync {
    let tty = std::io::stderr().is_terminal();
    move |done, total| {
        if tty {
            let width = 30;
            let filled = done * width / total.max(1);
            eprint!(
                "\r{label} [{}{}] {done}/{total}",
                "#".repeat(filled),
                ".".repeat(width - filled)
            );
            if done == total {
                eprintln!();
            }
        }
    }
}

fn run(cmd: Command) -> Result<()> {
    match cmd {
        Command::Demo {
            json,
            out,
            figure,
            trace,
            style,
            size,
            port,
            sim_board,
            board,
            baud,
            engine,
        } => {
            let size = match size {
                DemoSizeArg::Full => demo::DemoSize::FULL,
                DemoSizeArg::Small => demo::DemoSize::SMALL,
            };
            let out = DemoOutput {
                json,
                out: &out,
                figure: &figure,
                style,
                size,
            };
            if sim_board {
                if board.is_some_and(|b| b.fpga().config != qins_sim::BoardSim::CONFIG) {
                    return Err(Error::Invalid(
                        "--sim-board simulates the UP5K board: drop --board or use --board up5k"
                            .into(),
                    ));
                }
                let name = format!(
                    "{} on the simulated board over its UART",
                    qins_sim::BoardSim::CONFIG.name
                );
                return demo_on_link(
                    qins_sim::BoardSim::new(),
                    qins_sim::BoardSim::CONFIG,
                    &name,
                    out,
                );
            }
            if let Some(dev) = port {
                let b = board.unwrap_or(Board::Up5k).fpga();
                let link = qins::link::PortLink::open(&dev, baud, b.clock_hz as u64)
                    .map_err(|e| Error::Invalid(e.to_string()))?;
                let name = format!("{} on the {} at {dev} over UART", b.config.name, b.board);
                return demo_on_link(link, b.config, &name, out);
            }
            if engine == Some(Engine::Model) {
                let cfg = board.map_or(qins::accel::AccelConfig::SIM8, |b| b.fpga().config);
                let mut d = qins::driver::Driver::new(qins::hw::AccelModel::new(cfg), cfg);
                let name = format!("{} (the bit-exact model)", cfg.name);
                return write_demo(&run_demo(&mut d, &name, out)?, out);
            }
            if board.is_some() {
                return Err(Error::Invalid(
                    "--board goes with --port or --engine model (the default engine is the \
                     simulated 8x8 top)"
                        .into(),
                ));
            }
            let cfg = qins::accel::AccelConfig::SIM8;
            let mut engine = qins::layer::CheckedEngine::new(qins::driver::Driver::new(
                qins_sim::AccelSim::new(),
                cfg,
            ));
            if let Some(path) = &trace {
                // a short traced run first: 16 tokens through 8 outputs of the Q projection
                engine
                    .hardware
                    .bus
                    .trace(path)
                    .map_err(|e| Error::io(path, e))?;
                demo::traced_sample(&mut engine)?;
                engine.hardware.bus.trace_close();
                eprintln!(
                    "waveform of a 16 x 384 x 8 matmul written to {}",
                    path.display()
                );
            }
            let mut report = run_demo(&mut engine, cfg.name, out)?;
            report.checked_matmuls = engine.checked;
            write_demo(&report, out)
        }
        Command::Encode {
            input,
            out,
            codec,
            per,
        } => {
            let ck = checkpoint::Checkpoint::load(&input)?;
            let mut tensors = Vec::new();
            let mut table = TextTable::new(["tensor", "shape", "SQNR dB"]);
            for t in ck.tensors.iter().filter(|t| t.shape.len() == 2) {
                let m = t.as_matrix().expect("2-D");
                let q = match codec {
                    Codec::Qins => QuantizedTensor::qins(&m, per, AlphaRule::MseSearch),
                    Codec::Int8 => QuantizedTensor::int8(&m, per),
                };
                table.row([
                    t.name.clone(),
                    format!("{}x{}", m.rows, m.cols),
                    db(sqnr_db(&m.data, &q.dequantize().data)),
                ]);
                tensors.push(ImageTensor::new(t.name.clone(), t.shape.clone(), q)?);
            }
            if tensors.is_empty() {
                return Err(Error::Checkpoint(format!(
                    "{}: no 2-D floating-point tensor to encode",
                    input.display()
                )));
            }
            let image = WeightImage::new(tensors);
            image.write(&out)?;
            print!("{}", table.render());
            let size = std::fs::metadata(&out)
                .map_err(|e| Error::io(&out, e))?
                .len();
            println!(
                "wrote {} ({} tensors, {size} bytes)",
                out.display(),
                image.tensors.len()
            );
            Ok(())
        }
        Command::Inspect { file, json } => {
            let (_, summary) = WeightImage::read_with_summary(&file)?;
            if json {
                return print_json(&summary);
            }
            println!(
                "{}: {} v{}, {} bytes ({} manifest, {} payload, {} padding), {} parameters",
                file.display(),
                summary.format,
                summary.version,
                summary.file_bytes,
                summary.manifest_bytes,
                summary.payload_bytes,
                summary.padding_bytes,
                summary.parameters
            );
            let mut t = TextTable::new([
                "tensor",
                "shape",
                "codec",
                "scales",
                "min scale",
                "max scale",
                "offset",
                "crc32",
            ]);
            for s in &summary.tensors {
                t.row([
                    s.name.clone(),
                    s.shape
                        .iter()
                        .map(|d| d.to_string())
                        .collect::<Vec<_>>()
                        .join("x"),
                    format!("{:?}", s.codec).to_lowercase(),
                    format!("{} ({:?})", s.scale_count, s.granularity).to_lowercase(),
                    format!("{:.4e}", s.min_scale),
                    format!("{:.4e}", s.max_scale),
                    s.section.offset.to_string(),
                    format!("{:08x}", s.section.crc32),
                ]);
            }
            print!("{}", t.render());
            println!(
                "tables: {}",
                summary
                    .tables
                    .iter()
                    .map(|t| t.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            Ok(())
        }
        Command::Compare {
            model,
            json,
            threads,
        } => {
            let ck = checkpoint::Checkpoint::load(&model)?;
            let rows = compare::compare_all(&ck.tensors, threads, &progress("compare"));
            if rows.is_empty() {
                return Err(Error::Checkpoint(format!(
                    "{}: no 2-D floating-point tensor",
                    model.display()
                )));
            }
            if json {
                return print_json(&serde_json::json!({ "tensors": rows }));
            }
            print!("{}", demo::render_comparison(&rows));
            Ok(())
        }
        Command::Transport {
            model,
            layer,
            sequences,
            json,
        } => {
            let reports = transport_on_bert(&model, layer, sequences)?;
            if json {
                return print_json(&serde_json::json!({ "layers": reports }));
            }
            for r in &reports {
                print!("{}", demo::render_transport(r));
            }
            Ok(())
        }
        Command::Run {
            model,
            layer,
            file,
            calibration,
            max_len,
            engine,
            alu_residual,
            json,
        } => real_model::run_layer(
            &real_model::RealModelArgs {
                model: &model,
                file: &file,
                calibration: calibration.as_deref(),
                max_len,
                engine,
                options: qins::layer::RunOptions { alu_residual },
                json,
            },
            layer,
        ),
        Command::Tables { json, export } => {
            if let Some(dir) = export {
                let files = demo::export_tables(&dir)?;
                for f in files {
                    println!("{}", f.display());
                }
                return Ok(());
            }
            let t = demo::tables_report();
            if json {
                print_json(&t)
            } else {
                print!("{}", demo::render_tables(&t));
                Ok(())
            }
        }
        Command::Readmemh { image, out } => {
            let img = WeightImage::read(&image)?;
            for f in img.export_readmemh(&out)? {
                println!("{}", f.display());
            }
            Ok(())
        }
        Command::AluReport { json, trials } => {
            if trials == 0 {
                return Err(Error::Invalid("--trials must be at least 1".into()));
            }
            let rows = pattern_c::native_dot_product_study(&[4, 16, 64, 256, 1024], trials, 42);
            if json {
                return print_json(&serde_json::json!({ "native_dot_product": rows }));
            }
            print!("{}", demo::render_pattern_c(&rows));
            Ok(())
        }
        Command::LinkCheck {
            port,
            sim,
            baud,
            clock_hz,
            json,
        } => match (sim, port) {
            (true, _) => link_check(qins_sim::BoardSim::new(), "simulated board", json),
            (false, Some(dev)) => {
                let link = qins::link::PortLink::open(&dev, baud, clock_hz)
                    .map_err(|e| Error::Invalid(e.to_string()))?;
                link_check(link, &dev, json)
            }
            (false, None) => Err(Error::Invalid("give --port DEV or --sim".into())),
        },
        Command::Registers => {
            print!(
                "{}",
                qins::accel::registers_markdown(&qins::accel::AccelConfig::ALL)
            );
            Ok(())
        }
        Command::Flash {
            board,
            bitstream,
            sram,
        } => flash::flash(&board.fpga(), bitstream.as_deref(), sram),
        Command::Synth { out } => {
            let tensors = qins::synthetic::layer(&Default::default());
            checkpoint::save(&out, &tensors, checkpoint::SaveDtype::F32)?;
            println!("wrote {} ({} tensors)", out.display(), tensors.len());
            Ok(())
        }
        Command::Embed {
            model,
            file,
            json,
            mode,
            engine,
            alu_residual,
            calibration,
            max_len,
            batch,
        } => real_model::embed(
            &real_model::RealModelArgs {
                model: &model,
                file: &file,
                calibration: calibration.as_deref(),
                max_len,
                engine,
                options: qins::layer::RunOptions { alu_residual },
                json,
            },
            mode,
            batch,
        ),
    }
}

/// Layer `layer` of a BERT folder, on seeded random-word sequences: calibration on the first
/// half, evaluation on the held-out second half.
fn transport_on_bert(
    model: &std::path::Path,
    layer: usize,
    sequences: usize,
) -> Result<Vec<transport::TransportReport>> {
    if sequences < 13 {
        return Err(Error::Invalid(
            "--sequences must be at least 13 (the ridge fit needs > 384 tokens)".into(),
        ));
    }
    let cfg = bert::BertConfig::load(model)?;
    let ck = checkpoint::Checkpoint::load(model)?;
    let emb = bert::Embeddings::load(&ck, &cfg)?;
    let seq_len = 32;
    let seqs = bert::random_sequences(cfg.vocab_size, 2 * sequences, seq_len, 7);
    let mut x = emb.forward(&seqs)?;
    let batch = bert::Sequences::uniform(seqs.len(), seq_len)?;
    let tick = progress("layers");
    for l in 0..layer {
        x = bert::TransformerLayer::load(&ck, &cfg, l)?
            .forward(&x, &batch)?
            .output;
        tick(l + 1, layer + 1);
    }
    let this = bert::TransformerLayer::load(&ck, &cfg, layer)?;
    let trace = this.forward(&x, &batch)?;
    tick(layer + 1, layer + 1);
    let split = |m: &qins::tensor::Matrix| -> Result<(qins::tensor::Matrix, qins::tensor::Matrix)> {
        let half = sequences * seq_len * m.cols;
        Ok((
            qins::tensor::Matrix::new(sequences * seq_len, m.cols, m.data[..half].to_vec())?,
            qins::tensor::Matrix::new(sequences * seq_len, m.cols, m.data[half..].to_vec())?,
        ))
    };
    let (vc, vt) = split(&trace.input)?;
    let (fc, ft) = split(&trace.ffn_input)?;
    Ok(vec![
        transport::evaluate(
            &format!("layer {layer} V projection"),
            &this.value.weight,
            &this.value.bias,
            &vc,
            &vt,
        )?,
        transport::evaluate(
            &format!("layer {layer} FFN up projection"),
            &this.intermediate.weight,
            &this.intermediate.bias,
            &fc,
            &ft,
        )?,
    ])
}
/// Where `qins demo` writes and what it runs.
#[derive(Clone, Copy)]
struct DemoOutput<'a> {
    json: bool,
    out: &'a std::path::Path,
    figure: &'a std::path::Path,
    style: bert::LayerStyle,
    size: demo::DemoSize,
}

/// The demo on `engine` (its report's `checked_matmuls` is 0: the caller sets it).
fn run_demo(
    engine: &mut dyn qins::layer::MatmulEngine,
    name: &str,
    o: DemoOutput,
) -> Result<demo::DemoReport> {
    let bar = step_progress("demo");
    demo::run(engine, name, o.style, o.size, &mut |done, total, step| {
        bar(done, total, step)
    })
}

fn write_demo(report: &demo::DemoReport, o: DemoOutput) -> Result<()> {
    let s = serde_json::to_string_pretty(report).map_err(|e| Error::Invalid(e.to_string()))?;
    std::fs::write(o.out, s + "\n").map_err(|e| Error::io(o.out, e))?;
    demo::write_figure(o.figure, report)?;
    if o.json {
        print_json(report)
    } else {
        print!("{}", demo::render(report));
        Ok(())
    }
}

/// The demo over a serial link to a board (real or simulated): the driver on
/// `LinkBus`, every matmul checked against the model. The board must report `cfg`.
fn demo_on_link<T: qins::link::SerialLink>(
    link: T,
    cfg: qins::accel::AccelConfig,
    name: &str,
    o: DemoOutput,
) -> Result<()> {
    use qins::accel::{reg, AccelConfig, ID_VALUE};
    let bus = qins::link::LinkBus::new(link).map_err(|e| Error::Invalid(format!("{name}: {e}")))?;
    let mut d = qins::driver::Driver::new(bus, cfg);
    let id = d.read(reg::ID)?;
    if id != ID_VALUE {
        return Err(Error::Invalid(format!(
            "{name}: the ID register reads 0x{id:08X}, not 0x{ID_VALUE:08X} (\"QINS\")"
        )));
    }
    let config = d.read(reg::CONFIG)?;
    if config != cfg.config_word() {
        let found = AccelConfig::ALL
            .iter()
            .find(|c| c.config_word() == config)
            .map_or("an unknown configuration", |c| c.name);
        return Err(Error::Invalid(format!(
            "{name}: the board runs {found} (CONFIG 0x{config:08X}), not {}: flash the \
             matching bitstream or pass the right --board",
            cfg.name
        )));
    }
    let mut engine = qins::layer::CheckedEngine::new(d);
    let mut report = run_demo(&mut engine, name, o)?;
    report.checked_matmuls = engine.checked;
    let st = engine.hardware.bus.stats;
    eprintln!(
        "link: {} frames, {} bytes sent, {} received, {} retries",
        st.frames, st.bytes_sent, st.bytes_received, st.retries
    );
    write_demo(&report, o)
}

/// `qins link-check`: Status over the link, ID and CONFIG, and a write/read round trip.
fn link_check<T: qins::link::SerialLink>(link: T, what: &str, json: bool) -> Result<()> {
    use qins::accel::{reg, AccelConfig, Region, ID_VALUE};
    let err = |e: qins::link::LinkError| Error::Invalid(format!("{what}: {e}"));
    let mut bus = qins::link::LinkBus::new(link).map_err(err)?;
    let status = bus.link_status().map_err(err)?;
    let mut d = qins::driver::Driver::new(bus, AccelConfig::UP5K);
    let id = d.read(reg::ID)?;
    if id != ID_VALUE {
        return Err(Error::Invalid(format!(
            "{what}: the ID register reads 0x{id:08X}, not 0x{ID_VALUE:08X} (\"QINS\")"
        )));
    }
    let config = d.read(reg::CONFIG)?;
    let config_name = AccelConfig::ALL
        .iter()
        .find(|c| c.config_word() == config)
        .map_or("unknown", |c| c.name);
    let a = Region::ActMemory.base();
    let pattern = [0x5155_4152u32, 0xA5A5_5A5A];
    for (i, &w) in pattern.iter().enumerate() {
        d.write(a + i as u32, w)?;
    }
    for (i, &w) in pattern.iter().enumerate() {
        let got = d.read(a + i as u32)?;
        if got != w {
            return Err(Error::Invalid(format!(
                "{what}: activation word {i} reads 0x{got:08X} after writing 0x{w:08X}"
            )));
        }
    }
    let stats = d.bus.stats;
    if json {
        return print_json(&serde_json::json!({
            "link": what,
            "protocol_version": status & 0xFF,
            "max_burst": (status >> 8) & 0xFF,
            "error_responses": (status >> 16) & 0xFF,
            "id": id,
            "config": config,
            "config_name": config_name,
            "frames": stats.frames,
            "retries": stats.retries,
        }));
    }
    println!("link:            {what}");
    println!(
        "protocol:        version {}, bursts up to {} words, {} error responses so far",
        status & 0xFF,
        (status >> 8) & 0xFF,
        (status >> 16) & 0xFF
    );
    println!("accelerator:     ID 0x{id:08X} (QINS), CONFIG 0x{config:08X} ({config_name})");
    println!(
        "write/read test: ok ({} frames, {} retries)",
        stats.frames, stats.retries
    );
    Ok(())
}
