//! `qins demo`: the synthetic layer in every mode on the simulated accelerator, a board or
//! the model, then the codec comparison, Pattern B's verdict and the Pattern C study.

use crate::args::{default_jobs, named, print_json, Board, Engine};
use crate::progress;
use crate::studies::demo;
use qins_core::accel::AccelConfig;
use qins_core::error::{Error, Result};
use qins_core::hw::AccelModel;
use qins_host::driver::Driver;
use qins_host::link::{LinkBus, SerialLink};
use qins_models::bert::LayerStyle;
use qins_models::layer::{CheckedEngine, MatmulEngine, RunOptions, TokenAlpha};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// Print the whole report as JSON on stdout
    #[arg(long)]
    pub json: bool,
    /// Write the JSON report to this file
    #[arg(long, value_name = "FILE", default_value = "report.json")]
    pub out: PathBuf,
    /// Write the figure (weight histogram with the QINS and INT8 level grids, and each
    /// mode's error) to this SVG file
    #[arg(long, value_name = "FILE", default_value = "report.svg")]
    pub figure: PathBuf,
    /// Also write a VCD waveform of a short run (16 tokens through 8 outputs of the Q
    /// projection, before the demo) to this file (the simulated 8x8 top only)
    #[arg(long, value_name = "FILE.vcd", conflicts_with_all = ["port", "sim_board", "engine"])]
    pub trace: Option<PathBuf>,
    /// The layer's structure: BERT-style encoder, or decoder style (causal attention,
    /// RMSNorm, gated SiLU FFN)
    #[arg(long, value_parser = named(&LayerStyle::ALL), default_value = "encoder")]
    pub style: LayerStyle,
    /// The layer's size: full (d=384, 8 x 16 tokens) or small (d=32, 1 head, d_ff=64,
    /// 2 x 8 tokens: about a minute on the simulated board instead of hours)
    #[arg(long, value_enum, default_value_t = DemoSizeArg::Full)]
    pub size: DemoSizeArg,
    /// Run the matmuls on a board over its UART (serial port, e.g. /dev/ttyUSB1; the
    /// board flashed with `qins flash`), each checked against the model
    #[arg(long, value_name = "DEV", conflicts_with_all = ["sim_board", "engine"])]
    pub port: Option<String>,
    /// Run the matmuls on a simulated board over its simulated UART (Verilator,
    /// rtl/qins_board_<board>_sim.v: up5k, or ulx3s or ulx3s25f with --board), each checked
    /// against the model
    #[arg(long, conflicts_with = "engine")]
    pub sim_board: bool,
    /// The board (its accelerator's configuration) with --port or --sim-board, or the
    /// configuration the model runs with --engine model [default: up5k with --port and
    /// --sim-board, the 8x8 simulation top with --engine model]
    #[arg(long, value_enum)]
    pub board: Option<Board>,
    /// Baud rate of --port
    #[arg(long, default_value_t = qins_core::link::BOARD_BAUD, requires = "port")]
    pub baud: u32,
    /// rtl: the verilated 8x8 top checked against the model; model: the bit-exact model
    /// only (same results)
    #[arg(long, value_enum)]
    pub engine: Option<Engine>,
    /// How qins-token picks each token's alpha: absmax (lambda_20 / the token's absmax) or
    /// mse (least-squares search per token)
    #[arg(long, value_parser = named(&TokenAlpha::ALL), default_value = "absmax")]
    pub token_alpha: TokenAlpha,
    /// Add each mode's per-site breakdown: every matmul site quantized alone (its own output
    /// SQNR and the layer's), one more layer run per site and mode; for qins-c each
    /// non-linear stage computed on the host in turn, then all six
    #[arg(long)]
    pub sites: bool,
    /// Verilated instances of the simulated 8x8 top, each on its own thread, sharing every
    /// matmul's output tiles (results identical to one instance) [default: the cores
    /// available]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=64), conflicts_with_all = ["port", "sim_board", "engine"])]
    pub jobs: Option<u16>,
}

/// `qins demo --size`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum DemoSizeArg {
    /// d=384, 12 heads, d_ff=1536, 8 sequences of 16 tokens
    Full,
    /// d=32, 1 head, d_ff=64, 2 sequences of 8 tokens
    Small,
}

pub fn run(a: Args) -> Result<()> {
    let Args {
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
        token_alpha,
        sites,
        jobs,
    } = a;
    let size = match size {
        DemoSizeArg::Full => demo::DemoSize::FULL,
        DemoSizeArg::Small => demo::DemoSize::SMALL,
    };
    let out = DemoOutput {
        json,
        out: &out,
        figure: &figure,
        plan: demo::DemoPlan {
            style,
            size,
            options: RunOptions {
                alu_residual: false,
                token_alpha,
            },
            sites,
        },
    };
    if sim_board {
        let b = board.unwrap_or(Board::UP5K).fpga();
        let sim = simulated_board(&b)?;
        let name = format!(
            "{} on the simulated board over its UART (rtl/{}.v)",
            b.config.name,
            b.sim_top()
        );
        return demo_on_link(sim, b.config, &name, out);
    }
    if let Some(dev) = port {
        let b = board.unwrap_or(Board::UP5K).fpga();
        let link = qins_host::link::PortLink::open(&dev, baud, b.clock_hz as u64)
            .map_err(|e| Error::Invalid(e.to_string()))?;
        let name = format!("{} on the {} at {dev} over UART", b.config.name, b.board);
        return demo_on_link(link, b.config, &name, out);
    }
    if engine == Some(Engine::Model) {
        let cfg = board.map_or(AccelConfig::SIM8, |b| b.fpga().config);
        let mut d = Driver::new(AccelModel::new(cfg), cfg);
        let name = format!("{} (the bit-exact model)", cfg.name);
        return write_demo(&run_demo(&mut d, &name, out)?, out);
    }
    if board.is_some() {
        return Err(Error::Invalid(
            "--board goes with --port, --sim-board or --engine model (the default engine is the \
             simulated 8x8 top)"
                .into(),
        ));
    }
    let mut engine = crate::real_model::rtl_engine(jobs.map_or_else(default_jobs, usize::from))?;
    if let Some(path) = &trace {
        // a short traced run first, on the first instance: 16 tokens through 8 outputs (one
        // tile) of the Q projection
        let bus = &mut engine.engines[0].hardware.bus;
        bus.trace(path).map_err(|e| Error::io(path, e))?;
        demo::traced_sample(&mut engine)?;
        engine.engines[0].hardware.bus.trace_close();
        eprintln!(
            "waveform of a 16 x 384 x 8 matmul written to {}",
            path.display()
        );
    }
    let mut report = run_demo(&mut engine, AccelConfig::SIM8.name, out)?;
    report.checked_matmuls = engine.calls;
    write_demo(&report, out)
}

/// The verilated board top of `b` (`qins_sim::BoardSim`), or an error naming the boards that
/// have one.
pub fn simulated_board(b: &qins_core::link::FpgaBoard) -> Result<qins_sim::BoardSim> {
    qins_sim::BoardSim::new_for(b.config).ok_or_else(|| {
        let names: Vec<&str> = qins_sim::BoardSim::BOARDS.iter().map(|b| b.name).collect();
        Error::Invalid(format!(
            "the {} board ({}) has no simulation top: the simulated boards are {}",
            b.name,
            b.board,
            names.join(", ")
        ))
    })
}

/// Where `qins demo` writes and what it runs.
#[derive(Clone, Copy)]
struct DemoOutput<'a> {
    json: bool,
    out: &'a std::path::Path,
    figure: &'a std::path::Path,
    plan: demo::DemoPlan,
}

/// The demo on `engine` (its report's `checked_matmuls` is 0: the caller sets it).
fn run_demo(engine: &mut dyn MatmulEngine, name: &str, o: DemoOutput) -> Result<demo::DemoReport> {
    let bar = progress::steps("demo");
    demo::run(engine, name, o.plan, &mut |done, total, step| {
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
fn demo_on_link<T: SerialLink>(link: T, cfg: AccelConfig, name: &str, o: DemoOutput) -> Result<()> {
    use qins_core::accel::{reg, ID_VALUE};
    let bus = LinkBus::new(link).map_err(|e| Error::Invalid(format!("{name}: {e}")))?;
    let mut d = Driver::new(bus, cfg);
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
    let mut engine = CheckedEngine::new(d);
    let mut report = run_demo(&mut engine, name, o)?;
    report.checked_matmuls = engine.checked;
    let st = engine.hardware.bus.stats;
    eprintln!(
        "link: {} frames, {} bytes sent, {} received, {} retries",
        st.frames, st.bytes_sent, st.bytes_received, st.retries
    );
    write_demo(&report, o)
}
