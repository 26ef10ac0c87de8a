//! The UART host link as hardware, in two tops:
//!
//! - `QinsUartLink`: a UART (`UartRx`, `UartTx`) and the host link's frame engine
//!   (`HostLink`) with the accelerator's host bus as ports. The FPGA board wrapper
//!   `constraints/qins_board_top.v` is a PLL, this link and the accelerator top, nothing
//!   else: `rtl/qins_uart_link_up5k.v` (iCEBreaker, `qins_core::link::UP5K_BOARD`) and
//!   `rtl/qins_uart_link_hx8k.v` (HX8K breakout, `qins_core::link::HX8K_BOARD`), each at
//!   115200 baud from its board's PLL clock.
//! - `QinsBoard`: that link in front of an accelerator, one module, generic over the
//!   accelerator's configuration as `QinsAccel` is (`configs::of_config!`). One simulation
//!   top per board of `qins_core::link::SIM_BOARDS`, at [`SIM_CLOCKS_PER_BIT`], which
//!   Verilator runs (`qins_sim::BoardSim`): `rtl/qins_board_up5k_sim.v` ([`Up5kBoard`]),
//!   `rtl/qins_board_ulx3s_sim.v` ([`Ulx3sBoard`]), `rtl/qins_board_ulx3s25f_sim.v`
//!   ([`Ulx3s25fBoard`]).
//!
//! `QinsUartLink` ports:
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | the design clock (the PLL output, `qins_core::link::FpgaBoard::clock_hz`) |
//! | `uart_rx` | in | 1 | serial line from the host (asynchronous, idle high) |
//! | `uart_tx` | out | 1 | serial line to the host (registered, idle high) |
//! | `bus_address`, `bus_write_data`, `bus_write`, `bus_read` | out | 24, 32, 1, 1 | requests to the accelerator's host bus (one-cycle strobes) |
//! | `bus_read_data`, `bus_ready`, `bus_error` | in | 32, 1, 1 | its answer, 2 cycles after the strobe |
//! | `accel_busy` | in | 1 | the accelerator's `busy` (only for `led_busy`) |
//! | `led_busy` | out | 1 | active high: the accelerator is busy or the link is inside a frame |
//! | `led_error` | out | 1 | active high: the last link response was an error |
//!
//! `QinsBoard` has `clock`, `uart_rx`, `uart_tx`, `led_busy`, `led_error` with the same
//! meanings. LEDs are active high here; a board whose LEDs are active low inverts them in
//! its pin wrapper. The clocks per bit are fixed at generation, computed by
//! `qins_core::link::clocks_per_bit` from the board's clock in `qins_core::link::FpgaBoard` (the
//! single place a board's clock is written; `scripts/fpga.sh` reads the clocks per bit back
//! from `rtl/MANIFEST.json` and refuses a PLL clock that would miss the baud rate). The link's inter-byte timeout is
//! `qins_core::link::IDLE_TIMEOUT_BITS` bit times in every top.

use crate::configs::{self, of_config, Generated};
use crate::host_link::HostLink;
use crate::top::QinsAccel;
use crate::uart::{UartRx, UartTx};
use qins_core::accel::AccelConfig;
use qins_core::link::{FpgaBoard, FPGA_BOARDS, IDLE_TIMEOUT_BITS, SIM_BOARDS};
use rust_hdl::prelude::*;

/// Clocks per bit of the simulation board tops `rtl/qins_board_<board>_sim.v` (Verilator;
/// keeps the tests short).
pub const SIM_CLOCKS_PER_BIT: u32 = 8;

// the link's idle timeout in clocks must fit its 24-bit counter
const _: () = {
    let mut i = 0;
    while i < FPGA_BOARDS.len() {
        assert!(IDLE_TIMEOUT_BITS * FPGA_BOARDS[i].clocks_per_bit() < 1 << 24);
        i += 1;
    }
};

/// The UART link with the accelerator's bus as ports (see the module doc).
#[derive(LogicBlock)]
pub struct QinsUartLink {
    pub clock: Signal<In, Clock>,
    pub uart_rx: Signal<In, Bit>,
    pub uart_tx: Signal<Out, Bit>,
    pub bus_address: Signal<Out, Bits<24>>,
    pub bus_write_data: Signal<Out, Bits<32>>,
    pub bus_write: Signal<Out, Bit>,
    pub bus_read: Signal<Out, Bit>,
    pub bus_read_data: Signal<In, Bits<32>>,
    pub bus_ready: Signal<In, Bit>,
    pub bus_error: Signal<In, Bit>,
    pub accel_busy: Signal<In, Bit>,
    pub led_busy: Signal<Out, Bit>,
    pub led_error: Signal<Out, Bit>,
    receiver: UartRx,
    transmitter: UartTx,
    link: HostLink,
}

impl QinsUartLink {
    /// A link whose UART runs at `clocks_per_bit` (4..=16383) clocks per bit.
    pub fn new(clocks_per_bit: u32) -> Self {
        Self {
            clock: Default::default(),
            uart_rx: Default::default(),
            uart_tx: Default::default(),
            bus_address: Default::default(),
            bus_write_data: Default::default(),
            bus_write: Default::default(),
            bus_read: Default::default(),
            bus_read_data: Default::default(),
            bus_ready: Default::default(),
            bus_error: Default::default(),
            accel_busy: Default::default(),
            led_busy: Default::default(),
            led_error: Default::default(),
            receiver: UartRx::new(clocks_per_bit),
            transmitter: UartTx::new(clocks_per_bit),
            link: HostLink::new(IDLE_TIMEOUT_BITS * clocks_per_bit),
        }
    }
}

impl Logic for QinsUartLink {
    #[hdl_gen]
    fn update(&mut self) {
        self.receiver.clock.next = self.clock.val();
        self.transmitter.clock.next = self.clock.val();
        self.link.clock.next = self.clock.val();
        self.receiver.serial_in.next = self.uart_rx.val();
        self.link.rx_data.next = self.receiver.data.val();
        self.link.rx_valid.next = self.receiver.valid.val();
        self.transmitter.data.next = self.link.tx_data.val();
        self.transmitter.start.next = self.link.tx_start.val();
        self.link.tx_busy.next = self.transmitter.busy.val();
        self.uart_tx.next = self.transmitter.serial_out.val();
        self.bus_address.next = self.link.bus_address.val();
        self.bus_write_data.next = self.link.bus_write_data.val();
        self.bus_write.next = self.link.bus_write.val();
        self.bus_read.next = self.link.bus_read.val();
        self.link.bus_read_data.next = self.bus_read_data.val();
        self.link.bus_ready.next = self.bus_ready.val();
        self.link.bus_error.next = self.bus_error.val();
        self.led_busy.next = self.accel_busy.val() | self.link.active.val();
        self.led_error.next = self.link.error.val();
    }
}

crate::impl_clocked!(QinsUartLink);

/// The simulation board top (see the module doc): the link in front of the accelerator
/// `QinsAccel<N, WA, AA, CA, PA, QA, ALU, SE, SP, RR>` (the const generics are the accelerator's).
#[derive(LogicBlock)]
pub struct QinsBoard<
    const N: usize,
    const WA: usize,
    const AA: usize,
    const CA: usize,
    const PA: usize,
    const QA: usize,
    const ALU: usize,
    const SE: usize,
    const SP: usize,
    const RR: usize,
> {
    pub clock: Signal<In, Clock>,
    pub uart_rx: Signal<In, Bit>,
    pub uart_tx: Signal<Out, Bit>,
    pub led_busy: Signal<Out, Bit>,
    pub led_error: Signal<Out, Bit>,
    uart: QinsUartLink,
    accel: QinsAccel<N, WA, AA, CA, PA, QA, ALU, SE, SP, RR>,
}

/// The UP5K accelerator behind the link (`rtl/qins_board_up5k_sim.v`).
pub type Up5kBoard = of_config!(QinsBoard, AccelConfig::UP5K);
/// The ULX3S (LFE5U-85F) accelerator behind the link (`rtl/qins_board_ulx3s_sim.v`).
pub type Ulx3sBoard = of_config!(QinsBoard, AccelConfig::ULX3S);
/// The ULX3S (LFE5U-25F) accelerator behind the link (`rtl/qins_board_ulx3s25f_sim.v`).
pub type Ulx3s25fBoard = of_config!(QinsBoard, AccelConfig::ULX3S25F);

impl<
        const N: usize,
        const WA: usize,
        const AA: usize,
        const CA: usize,
        const PA: usize,
        const QA: usize,
        const ALU: usize,
        const SE: usize,
        const SP: usize,
        const RR: usize,
    > QinsBoard<N, WA, AA, CA, PA, QA, ALU, SE, SP, RR>
{
    /// A board whose UART runs at `clocks_per_bit` (4..=16383) clocks per bit.
    pub fn new(clocks_per_bit: u32) -> Self {
        Self {
            clock: Default::default(),
            uart_rx: Default::default(),
            uart_tx: Default::default(),
            led_busy: Default::default(),
            led_error: Default::default(),
            uart: QinsUartLink::new(clocks_per_bit),
            accel: QinsAccel::default(),
        }
    }

    /// The configuration of the accelerator behind the link.
    pub fn config(name: &'static str) -> AccelConfig {
        QinsAccel::<N, WA, AA, CA, PA, QA, ALU, SE, SP, RR>::config(name)
    }
}

impl<
        const N: usize,
        const WA: usize,
        const AA: usize,
        const CA: usize,
        const PA: usize,
        const QA: usize,
        const ALU: usize,
        const SE: usize,
        const SP: usize,
        const RR: usize,
    > Logic for QinsBoard<N, WA, AA, CA, PA, QA, ALU, SE, SP, RR>
{
    #[hdl_gen]
    fn update(&mut self) {
        self.uart.clock.next = self.clock.val();
        self.accel.clock.next = self.clock.val();
        self.uart.uart_rx.next = self.uart_rx.val();
        self.uart_tx.next = self.uart.uart_tx.val();
        self.accel.bus_address.next = self.uart.bus_address.val();
        self.accel.bus_write_data.next = self.uart.bus_write_data.val();
        self.accel.bus_write.next = self.uart.bus_write.val();
        self.accel.bus_read.next = self.uart.bus_read.val();
        self.uart.bus_read_data.next = self.accel.bus_read_data.val();
        self.uart.bus_ready.next = self.accel.bus_ready.val();
        self.uart.bus_error.next = self.accel.bus_error.val();
        self.uart.accel_busy.next = self.accel.busy.val();
        self.led_busy.next = self.uart.led_busy.val();
        self.led_error.next = self.uart.led_error.val();
    }
}

crate::impl_clocked!(QinsBoard<const N: usize, const WA: usize, const AA: usize, const CA: usize, const PA: usize, const QA: usize, const ALU: usize, const SE: usize, const SP: usize, const RR: usize>);

/// The clocks per bit of a generated top of this module (`None` for other tops), for
/// `rtl/MANIFEST.json`: `(design clock in Hz if fixed, clocks per bit)`.
pub fn uart_clock(top: &str) -> Option<(Option<u32>, u32)> {
    if SIM_BOARDS.iter().any(|b| b.sim_top() == top) {
        return Some((None, SIM_CLOCKS_PER_BIT));
    }
    FPGA_BOARDS
        .iter()
        .find(|b| b.link_top() == top)
        .map(|b| (Some(b.clock_hz), b.clocks_per_bit()))
}

/// The generated `QinsUartLink` of one FPGA board.
pub fn link_top(b: &FpgaBoard) -> Result<Generated, String> {
    let top = b.link_top();
    Ok(Generated {
        verilog: configs::verilog(QinsUartLink::new(b.clocks_per_bit()), &top)?,
        top,
        kind: "link",
        config: Some(b.config),
    })
}

/// The generated simulation board top of one of the `qins_core::link::SIM_BOARDS`
/// ([`SIM_CLOCKS_PER_BIT`]).
pub fn sim_board_top(b: &FpgaBoard) -> Result<Generated, String> {
    let top = b.sim_top();
    let cpb = SIM_CLOCKS_PER_BIT;
    let verilog = if b.config == AccelConfig::UP5K {
        configs::verilog(Up5kBoard::new(cpb), &top)?
    } else if b.config == AccelConfig::ULX3S {
        configs::verilog(Ulx3sBoard::new(cpb), &top)?
    } else if b.config == AccelConfig::ULX3S25F {
        configs::verilog(Ulx3s25fBoard::new(cpb), &top)?
    } else {
        return Err(format!(
            "{top}: no QinsBoard type for {} (add one to hdl/src/board.rs)",
            b.config.name
        ));
    };
    Ok(Generated {
        verilog,
        top,
        kind: "board",
        config: Some(b.config),
    })
}

/// The tops of `rtl/` this module generates: one `QinsUartLink` per FPGA board
/// (`qins_core::link::FPGA_BOARDS`, kind "link") and one simulation board top per
/// `qins_core::link::SIM_BOARDS` ([`SIM_CLOCKS_PER_BIT`], kind "board").
pub fn generate() -> Result<Vec<Generated>, String> {
    let mut out = Vec::new();
    for b in FPGA_BOARDS {
        out.push(link_top(&b)?);
    }
    for b in SIM_BOARDS {
        out.push(sim_board_top(&b)?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::ClockedBench;
    use qins_core::accel::{reg, ID_VALUE};
    use qins_core::link::{LinkStatus, Request, Response, HX8K_BOARD, UP5K_BOARD};

    #[test]
    fn board_constants() {
        use qins_core::link::{clocks_per_bit, BOARD_BAUD};
        assert_eq!(UP5K_BOARD.clocks_per_bit(), 313);
        assert_eq!(HX8K_BOARD.clocks_per_bit(), 436);
        assert_eq!(qins_core::link::ULX3S_BOARD.clocks_per_bit(), 651);
        assert_eq!(qins_core::link::ULX3S25F_BOARD.clocks_per_bit(), 521);
        for b in FPGA_BOARDS {
            // within 0.2 % of 115200 baud (a UART tolerates some 2 %)
            assert!((b.baud() / BOARD_BAUD as f64 - 1.0).abs() < 0.002, "{b:?}");
            assert!(AccelConfig::ALL.contains(&b.config), "{b:?}");
            assert_eq!(FpgaBoard::by_name(b.name), Some(b));
        }
        // rounding to the nearest: never more than half a clock per bit off
        for hz in [12_000_000, 36_000_000, 42_000_000, 50_250_000, 48_000_000] {
            let exact = hz as f64 / BOARD_BAUD as f64;
            assert!((clocks_per_bit(hz) as f64 - exact).abs() <= 0.5);
        }
        assert_eq!(clocks_per_bit(12_000_000), 104);
        assert_eq!(
            uart_clock("qins_uart_link_up5k"),
            Some((Some(36_000_000), 313))
        );
        assert_eq!(
            uart_clock("qins_uart_link_hx8k"),
            Some((Some(50_250_000), 436))
        );
        assert_eq!(
            uart_clock("qins_board_up5k_sim"),
            Some((None, SIM_CLOCKS_PER_BIT))
        );
        for b in SIM_BOARDS {
            assert_eq!(uart_clock(&b.sim_top()), Some((None, SIM_CLOCKS_PER_BIT)));
        }
        assert_eq!(uart_clock("qins_board_hx8k_sim"), None);
        assert_eq!(uart_clock("qins_accel_up5k"), None);
    }

    #[test]
    fn the_board_types_carry_their_configurations() {
        let name = |c: AccelConfig| c.name;
        assert_eq!(
            Up5kBoard::config(name(AccelConfig::UP5K)),
            AccelConfig::UP5K
        );
        assert_eq!(
            Ulx3sBoard::config(name(AccelConfig::ULX3S)),
            AccelConfig::ULX3S
        );
        assert_eq!(
            Ulx3s25fBoard::config(name(AccelConfig::ULX3S25F)),
            AccelConfig::ULX3S25F
        );
        assert!(sim_board_top(&qins_core::link::HX8K_BOARD).is_err());
    }

    #[test]
    fn the_protocol_doc_names_these_clocks_per_bit() {
        let doc = qins_core::link::link_markdown();
        for (b, text) in [
            (UP5K_BOARD, "`rtl/qins_uart_link_up5k.v` (iCEBreaker, PLL 36 MHz) 36 MHz / 313 = 115015 baud, 0.16 % from 115200"),
            (HX8K_BOARD, "`rtl/qins_uart_link_hx8k.v` (HX8K breakout, PLL 50.25 MHz) 50.25 MHz / 436 = 115252 baud, 0.05 % from 115200"),
        ] {
            assert!(doc.contains(text), "the doc does not say: {text}");
            assert!(text.contains(&format!(" / {} = ", b.clocks_per_bit())));
        }
        assert!(doc.contains(&format!("{SIM_CLOCKS_PER_BIT} clocks per bit")));
    }

    /// The generated link has the plain port names the board wrapper connects.
    #[test]
    fn the_link_top_has_the_wrappers_ports() {
        let g = link_top(&HX8K_BOARD).unwrap();
        assert_eq!(g.top, "qins_uart_link_hx8k");
        assert!(g.verilog.contains(
            "module qins_uart_link_hx8k(clock,uart_rx,uart_tx,bus_address,bus_write_data,\
             bus_write,bus_read,bus_read_data,bus_ready,bus_error,accel_busy,led_busy,led_error);"
        ));
        let wrapper = include_str!("../../constraints/qins_board_top.v");
        for port in [
            "clock",
            "uart_rx",
            "uart_tx",
            "bus_address",
            "bus_write_data",
            "bus_write",
            "bus_read",
            "bus_read_data",
            "bus_ready",
            "bus_error",
            "accel_busy",
            "led_busy",
            "led_error",
        ] {
            assert!(
                wrapper.contains(&format!(".{port}(")),
                "the wrapper does not connect {port}"
            );
        }
    }

    /// The whole board in the rust-hdl simulator: a Read of ID over the serial line.
    #[test]
    fn a_read_over_the_serial_line_answers_the_id() {
        let cpb = 4usize;
        let mut b = ClockedBench::new(Up5kBoard::new(cpb as u32));
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
