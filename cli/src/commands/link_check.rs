//! `qins link-check`: the UART host link to a board (real or simulated), its status, the
//! accelerator's ID and CONFIG, and a write/read round trip.

use crate::args::print_json;
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
    /// Talk to the simulated board instead (Verilator, rtl/qins_board_up5k_sim.v)
    #[arg(long)]
    sim: bool,
    /// Baud rate of the port
    #[arg(long, default_value_t = 115_200)]
    baud: u32,
    /// The board's design clock in Hz (for waits measured in its cycles) [default: the
    /// iCEBreaker build's PLL clock, 36 MHz]
    #[arg(long, default_value_t = qins_core::link::UP5K_BOARD.clock_hz as u64, hide_default_value = true)]
    clock_hz: u64,
    /// Print the result as JSON on stdout
    #[arg(long)]
    json: bool,
}

pub fn run(a: Args) -> Result<()> {
    match (a.sim, a.port) {
        (true, _) => link_check(qins_sim::BoardSim::new(), "simulated board", a.json),
        (false, Some(dev)) => {
            let link = qins_host::link::PortLink::open(&dev, a.baud, a.clock_hz)
                .map_err(|e| Error::Invalid(e.to_string()))?;
            link_check(link, &dev, a.json)
        }
        (false, None) => Err(Error::Invalid("give --port DEV or --sim".into())),
    }
}

/// `qins link-check`: Status over the link, ID and CONFIG, and a write/read round trip.
fn link_check<T: SerialLink>(link: T, what: &str, json: bool) -> Result<()> {
    use qins_core::accel::{reg, AccelConfig, Region, ID_VALUE};
    let err = |e: qins_host::link::LinkError| Error::Invalid(format!("{what}: {e}"));
    let mut bus = qins_host::link::LinkBus::new(link).map_err(err)?;
    let status = bus.link_status().map_err(err)?;
    let mut d = qins_host::driver::Driver::new(bus, AccelConfig::UP5K);
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
