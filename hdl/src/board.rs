//! `QinsBoard`: the board-level top. A UART (`UartRx`, `UartTx`), the host link's frame
//! engine (`HostLink`) and the UP5K accelerator (`configs::Up5k`) behind it: the host
//! drives the accelerator's bus over a serial line with the `qins::link` protocol.
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | the board clock (`BOARD_CLOCK_HZ` for the generated board top) |
//! | `uart_rx` | in | 1 | serial line from the host (asynchronous, idle high) |
//! | `uart_tx` | out | 1 | serial line to the host (registered, idle high) |
//! | `led_busy` | out | 1 | active high: the accelerator is busy or the link is inside a frame |
//! | `led_error` | out | 1 | active high: the last link response was an error |
//!
//! LEDs are active high here; a board whose LEDs are active low inverts them in its pin
//! wrapper. The clocks per bit are fixed at generation: `rtl/qins_board_up5k.v` has
//! [`BOARD_CLOCKS_PER_BIT`] (115200 baud from 12 MHz), `rtl/qins_board_up5k_sim.v`
//! [`SIM_CLOCKS_PER_BIT`] for Verilator (otherwise identical). The link's inter-byte
//! timeout is `qins::link::IDLE_TIMEOUT_BITS` bit times in both.

use crate::configs::{self, Generated, Up5k};
use crate::host_link::HostLink;
use crate::uart::{UartRx, UartTx};
use qins::accel::AccelConfig;
use qins::link::IDLE_TIMEOUT_BITS;
use rust_hdl::prelude::*;

/// The iCEBreaker's oscillator, the clock the board top's baud rate is computed for.
pub const BOARD_CLOCK_HZ: u32 = 12_000_000;
/// The host link's baud rate on a board.
pub const BOARD_BAUD: u32 = 115_200;
/// Clocks per bit of `rtl/qins_board_up5k.v`: 12 MHz / 115200, rounded (0.16 % fast).
pub const BOARD_CLOCKS_PER_BIT: u32 = (BOARD_CLOCK_HZ + BOARD_BAUD / 2) / BOARD_BAUD;
/// Clocks per bit of `rtl/qins_board_up5k_sim.v` (Verilator; keeps the tests short).
pub const SIM_CLOCKS_PER_BIT: u32 = 8;
// the link's idle timeout in clocks must fit its 24-bit counter
const _: () = assert!(IDLE_TIMEOUT_BITS * BOARD_CLOCKS_PER_BIT < 1 << 24);

/// The board top (see the module doc).
#[derive(LogicBlock)]
pub struct QinsBoard {
    pub clock: Signal<In, Clock>,
    pub uart_rx: Signal<In, Bit>,
    pub uart_tx: Signal<Out, Bit>,
    pub led_busy: Signal<Out, Bit>,
    pub led_error: Signal<Out, Bit>,
    receiver: UartRx,
    transmitter: UartTx,
    link: HostLink,
    accel: Up5k,
}

impl QinsBoard {
    /// A board whose UART runs at `clocks_per_bit` (4..=16383) clocks per bit.
    pub fn new(clocks_per_bit: u32) -> Self {
        Self {
            clock: Default::default(),
            uart_rx: Default::default(),
            uart_tx: Default::default(),
            led_busy: Default::default(),
            led_error: Default::default(),
            receiver: UartRx::new(clocks_per_bit),
            transmitter: UartTx::new(clocks_per_bit),
            link: HostLink::new(IDLE_TIMEOUT_BITS * clocks_per_bit),
            accel: Up5k::default(),
        }
    }
}

impl Logic for QinsBoard {
    #[hdl_gen]
    fn update(&mut self) {
        self.receiver.clock.next = self.clock.val();
        self.transmitter.clock.next = self.clock.val();
        self.link.clock.next = self.clock.val();
        self.accel.clock.next = self.clock.val();
        self.receiver.serial_in.next = self.uart_rx.val();
        self.link.rx_data.next = self.receiver.data.val();
        self.link.rx_valid.next = self.receiver.valid.val();
        self.transmitter.data.next = self.link.tx_data.val();
        self.transmitter.start.next = self.link.tx_start.val();
        self.link.tx_busy.next = self.transmitter.busy.val();
        self.uart_tx.next = self.transmitter.serial_out.val();
        self.accel.bus_address.next = self.link.bus_address.val();
        self.accel.bus_write_data.next = self.link.bus_write_data.val();
        self.accel.bus_write.next = self.link.bus_write.val();
        self.accel.bus_read.next = self.link.bus_read.val();
        self.link.bus_read_data.next = self.accel.bus_read_data.val();
        self.link.bus_ready.next = self.accel.bus_ready.val();
        self.link.bus_error.next = self.accel.bus_error.val();
        self.led_busy.next = self.accel.busy.val() | self.link.active.val();
        self.led_error.next = self.link.error.val();
    }
}

crate::impl_clocked!(QinsBoard);

/// The board tops of `rtl/`: `qins_board_up5k` ([`BOARD_CLOCKS_PER_BIT`]) and
/// `qins_board_up5k_sim` ([`SIM_CLOCKS_PER_BIT`]).
pub fn generate() -> Result<Vec<Generated>, String> {
    [
        ("qins_board_up5k", BOARD_CLOCKS_PER_BIT),
        ("qins_board_up5k_sim", SIM_CLOCKS_PER_BIT),
    ]
    .into_iter()
    .map(|(top, cpb)| {
        Ok(Generated {
            top: top.to_string(),
            kind: "board",
            config: Some(AccelConfig::UP5K),
            verilog: configs::verilog(QinsBoard::new(cpb), top)?,
        })
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::ClockedBench;
    use qins::accel::{reg, ID_VALUE};
    use qins::link::{LinkStatus, Request, Response};

    #[test]
    fn board_constants() {
        assert_eq!(BOARD_CLOCKS_PER_BIT, 104);
        let baud = BOARD_CLOCK_HZ as f64 / BOARD_CLOCKS_PER_BIT as f64;
        assert!((baud / BOARD_BAUD as f64 - 1.0).abs() < 0.01);
    }

    #[test]
    fn the_protocol_doc_names_these_clocks_per_bit() {
        let doc = qins::link::link_markdown();
        assert!(doc.contains(&format!(
            "12 MHz / {BOARD_CLOCKS_PER_BIT} = {} baud",
            BOARD_CLOCK_HZ / BOARD_CLOCKS_PER_BIT
        )));
        assert!(doc.contains(&format!("{SIM_CLOCKS_PER_BIT} clocks per bit")));
        assert_eq!(BOARD_CLOCK_HZ, 12_000_000);
    }

    /// The whole board in the rust-hdl simulator: a Read of ID over the serial line.
    #[test]
    fn a_read_over_the_serial_line_answers_the_id() {
        let cpb = 4usize;
        let mut b = ClockedBench::new(QinsBoard::new(cpb as u32));
        let mut levels = vec![true; 8];
        levels.extend(crate::uart::line::serialize(
            &Request::read(3, reg::ID).encode().unwrap(),
            cpb,
            0,
        ));
        levels.extend(vec![true; 12 * 10 * cpb]);
        let mut out = Vec::new();
        let mut busy = false;
        for l in levels {
            b.uut.uart_rx.next = l;
            b.cycle();
            out.push(b.uut.uart_tx.val());
            busy |= b.uut.led_busy.val();
        }
        let bytes = crate::uart::line::deserialize(&out, cpb);
        let r = Response::parse(&bytes).unwrap();
        assert_eq!((r.status, r.tag, r.data), (LinkStatus::Ok, 3, ID_VALUE));
        assert!(busy && !b.uut.led_error.val());
    }
}
