//! `qins link-check`: the UART host link to a board (real or simulated), its status, the
//! accelerator's ID and CONFIG, and a write/read round trip.

use crate::args::{print_json, Board};
use qins_core::accel::AccelConfig;
use qins_core::error::{Error, Result};
use qins_host::link::SerialLink;

#[derive(clap::Args)]
pub struct Args {
    /// Serial port of the board, e.g. /dev/ttyUSB1
    #[arg(
        long,
        value_name = "DEV",
        required_unless_present = "sim",
        conflicts_with = "sim"
    )]
    port: Option<String>,
    /// Talk to a simulated board instead (Verilator, rtl/qins_board_<board>_sim.v: up5k, or
    /// ulx3s or ulx3s25f with --board)
    #[arg(long)]
    sim: bool,
    /// The board: its design clock (the default of --clock-hz) and the accelerator it must
    /// report (CONFIG), or the simulated board with --sim [default: up5k with --sim; with
    /// --port the configuration is only shown]
    #[arg(long, value_enum)]
    board: Option<Board>,
    /// Baud rate of the port
    #[arg(long, default_value_t = 115_200)]
    baud: u32,
    /// The board's design clock in Hz (for waits measured in its cycles) [default: the PLL
    /// clock of --board's build, else the iCEBreaker's, 36 MHz]
    #[arg(long)]
    clock_hz: Option<u64>,
    /// Print the result as JSON on stdout
    #[arg(long)]
    json: bool,
}

pub fn run(a: Args) -> Result<()> {
    let board = a.board.map(Board::fpga);
    let expect = board.map(|b| b.config);
    match (a.sim, a.port) {
        (true, _) => {
            let b = board.unwrap_or(qins_core::link::UP5K_BOARD);
            let sim = crate::commands::demo::simulated_board(&b)?;
            let what = format!("simulated board (rtl/{}.v)", b.sim_top());
            link_check(sim, &what, Some(b.config), a.json)
        }
        (false, Some(dev)) => {
            let clock_hz = a.clock_hz.unwrap_or(
                board.map_or(qins_core::link::UP5K_BOARD.clock_hz, |b| b.clock_hz) as u64,
            );
            let link = qins_host::link::PortLink::open(&dev, a.baud, clock_hz)
                .map_err(|e| Error::Invalid(e.to_string()))?;
            link_check(link, &dev, expect, a.json)
        }
        (false, None) => Err(Error::Invalid("give --port DEV or --sim".into())),
    }
}

/// `qins link-check`: Status over the link, ID and CONFIG (which must be `expect`'s when
/// given), and a write/read round trip.
fn link_check<T: SerialLink>(
    link: T,
    what: &str,
    expect: Option<AccelConfig>,
    json: bool,
) -> Result<()> {
    use qins_core::accel::{reg, Region, ID_VALUE};
    let err = |e: qins_host::link::LinkError| Error::Invalid(format!("{what}: {e}"));
    let mut bus = qins_host::link::LinkBus::new(link).map_err(err)?;
    let status = bus.link_status().map_err(err)?;
    let mut d = qins_host::driver::Driver::new(bus, expect.unwrap_or(AccelConfig::UP5K));
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
    if let Some(c) = expect.filter(|c| c.config_word() != config) {
        return Err(Error::Invalid(format!(
            "{what}: the board runs {config_name} (CONFIG 0x{config:08X}), not {}: flash the \
             matching bitstream or pass the right --board",
            c.name
        )));
    }
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
