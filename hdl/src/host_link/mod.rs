//! `HostLink`: the UART host link's frame engine. Bytes from a `UartRx` in, a bus master on
//! the accelerator's host bus, response bytes out to a `UartTx`. The protocol (frames,
//! CRC-16/CCITT-FALSE, opcodes, status codes, resynchronisation) is `qins_core::link`, whose
//! `LinkEngine` is this block's byte-level model; every constant comes from there.
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | |
//! | `rx_data`, `rx_valid` | in | 8, 1 | a received byte (one-cycle `rx_valid`, from `UartRx`) |
//! | `tx_data`, `tx_start` | out | 8, 1 | a byte to send (one-cycle `tx_start`, to `UartTx`; `tx_data` registered) |
//! | `tx_busy` | in | 1 | the transmitter is sending (`UartTx::busy`: high the cycle after `tx_start`) |
//! | `bus_address` | out | 24 | word address of the request (registered) |
//! | `bus_write_data` | out | 32 | (the burst buffer's registered read port) |
//! | `bus_write`, `bus_read` | out | 1, 1 | one-cycle request strobes (registered) |
//! | `bus_read_data`, `bus_ready`, `bus_error` | in | 32, 1, 1 | the answer, sampled exactly `qins_core::accel::BUS_LATENCY` = 2 cycles after the strobe (missing `bus_ready` then: status NoAnswer) |
//! | `active` | out | 1 | a frame is being received, executed or answered (not hunting) |
//! | `error` | out | 1 | the last response sent was an error (until the next Ok) |
//!
//! Timing: the engine sees a byte one cycle after `rx_valid`. A frame's CRC is checked 3
//! cycles after the engine saw its last byte, and the first bus strobe comes 7 cycles after
//! that byte's `rx_valid`: a read or write takes 6 cycles per word (load, strobe, 3 cycles
//! until the registered answer, check; a burst of K words 6K cycles), then the 10-byte
//! response goes out, each byte started one clock after the transmitter is idle again
//! (Status and a resent write answer at once). Errors found while receiving
//! (garbage, bad opcode, bad count, bad CRC) are answered once the line has been idle for
//! `timeout` clocks (`qins_core::link::IDLE_TIMEOUT_BITS` bit times on the board). Bytes that
//! arrive while executing or sending are dropped (and counted). A burst is buffered in a
//! 64 x 32-bit RAM (one or two block RAMs) and written only after its CRC checked. Received
//! bytes must be at least 2 clocks apart (a UART gives thousands).
//!
//! Clock speed: nothing here needs to be fast (a byte takes thousands of clocks), so every
//! decision is made from registered values: the CRC is computed one cycle after its byte
//! from registers (`crc_byte`, `crc_en`), its zero check, the line timeout, the last-word
//! flag, the resent-write match and the bus answer are registered before they are used, a
//! response is started by a one-cycle `build` state, and the bus outputs and the byte to
//! send are registers. No path goes from a compare through a state change into a wide
//! register enable in one cycle.
//!
//! The engines (each file documents its ports), wired here:
//!
//! - [`FrameReceiver`] (`receiver.rs`): the received byte's registers and decodes, the
//!   frame's fields, the hunt for a sync byte, the receive, check and drain states;
//! - [`LineMonitor`] (`line_monitor.rs`): the line's idle timeout and the byte count;
//! - [`Crc16`] (`crc.rs`): the CRC of the frame received and of the response sent;
//! - [`BusMaster`] (`bus_master.rs`): the burst buffer, the bus requests word by word, the
//!   last write's answer (for resent writes);
//! - [`ResponseSender`] (`response.rs`): builds the response and sends its bytes.
//!
//! The link's states are one-hot over the engines, one flip-flop each, and the hunt is none
//! set: at most one engine is in a state at a time. An engine leaves its state and sets the
//! next engine's first state through a one-cycle command (`execute`, `respond`), so the
//! commands of different engines to a shared register (the byte index, the word index, the
//! CRC) never coincide. The commands are set in the states' `if`s; what flows back to the
//! engine that gave one (`crc_ok`, `resend`, `last_word`, `executing`, `answering`, the
//! sender's index steps, `timeout`) is a register or a gate of registers assigned on its
//! own, so no false combinational loop goes through an engine's `update` (Verilator
//! UNOPTFLAT).

mod bus_master;
mod crc;
mod line_monitor;
mod receiver;
mod response;

pub use bus_master::BusMaster;
pub use crc::Crc16;
pub use line_monitor::LineMonitor;
pub use receiver::FrameReceiver;
pub use response::ResponseSender;

use qins_core::link::LinkStatus;
use rust_hdl::prelude::*;

/// A status code as the 8-bit constant the engines compare and send.
fn status_code(s: LinkStatus) -> Constant<Bits<8>> {
    Constant::new(bits(s as u64))
}

/// The frame engine (see the module doc).
#[derive(LogicBlock)]
pub struct HostLink {
    pub clock: Signal<In, Clock>,
    pub rx_data: Signal<In, Bits<8>>,
    pub rx_valid: Signal<In, Bit>,
    pub tx_data: Signal<Out, Bits<8>>,
    pub tx_start: Signal<Out, Bit>,
    pub tx_busy: Signal<In, Bit>,
    pub bus_address: Signal<Out, Bits<24>>,
    pub bus_write_data: Signal<Out, Bits<32>>,
    pub bus_write: Signal<Out, Bit>,
    pub bus_read: Signal<Out, Bit>,
    pub bus_read_data: Signal<In, Bits<32>>,
    pub bus_ready: Signal<In, Bit>,
    pub bus_error: Signal<In, Bit>,
    pub active: Signal<Out, Bit>,
    pub error: Signal<Out, Bit>,
    receiver: FrameReceiver,
    line: LineMonitor,
    crc: Crc16,
    master: BusMaster,
    sender: ResponseSender,
}

impl HostLink {
    /// An engine whose inter-byte timeout is `timeout_clocks` (1..2^24) clocks: on a board,
    /// `qins_core::link::IDLE_TIMEOUT_BITS` times the UART's clocks per bit.
    pub fn new(timeout_clocks: u32) -> Self {
        Self {
            clock: Default::default(),
            rx_data: Default::default(),
            rx_valid: Default::default(),
            tx_data: Default::default(),
            tx_start: Default::default(),
            tx_busy: Default::default(),
            bus_address: Default::default(),
            bus_write_data: Default::default(),
            bus_write: Default::default(),
            bus_read: Default::default(),
            bus_read_data: Default::default(),
            bus_ready: Default::default(),
            bus_error: Default::default(),
            active: Default::default(),
            error: Default::default(),
            receiver: FrameReceiver::default(),
            line: LineMonitor::new(timeout_clocks),
            crc: Crc16::default(),
            master: BusMaster::default(),
            sender: ResponseSender::default(),
        }
    }
}

impl Logic for HostLink {
    #[hdl_gen]
    fn update(&mut self) {
        self.receiver.clock.next = self.clock.val();
        self.line.clock.next = self.clock.val();
        self.crc.clock.next = self.clock.val();
        self.master.clock.next = self.clock.val();
        self.sender.clock.next = self.clock.val();

        // ---- received bytes: the receiver, the line, the CRC ----
        self.receiver.rx_data.next = self.rx_data.val();
        self.receiver.rx_valid.next = self.rx_valid.val();
        self.line.byte_valid.next = self.receiver.byte_valid.val();
        self.crc.data.next = self.receiver.byte_data.val();
        if self.sender.sending.val() {
            self.crc.data.next = self.sender.tx_data.val();
        }
        self.crc.take.next = self.receiver.crc_take.val() | self.sender.crc_take.val();
        self.crc.restart.next = self.receiver.crc_restart.val() | self.sender.preparing.val();

        // ---- the registered flags the receiver acts on ----
        self.receiver.timeout.next = self.line.timeout.val();
        self.receiver.crc_ok.next = self.crc.zero.val();
        self.receiver.resend.next = self.master.resent.val();
        self.receiver.last_word.next = self.master.last_word.val();
        // the hunt: no engine in a state
        self.receiver.executing.next = self.master.executing.val();
        self.receiver.answering.next = self.sender.answering.val();
        self.active.next = self.receiver.receiving.val()
            | self.master.executing.val()
            | self.sender.answering.val();

        // ---- the receiver's commands and frame to the bus master ----
        self.master.store_word.next = self.receiver.store_word.val();
        self.master.word.next = self.receiver.new_word.val();
        self.master.rewind.next = self.receiver.rewind.val();
        self.master.forget.next = self.receiver.forget.val();
        self.master.execute.next = self.receiver.execute.val();
        self.master.frame_read.next = self.receiver.frame_read.val();
        self.master.frame_tag.next = self.receiver.frame_tag.val();
        self.master.frame_address.next = self.receiver.frame_address.val();
        self.master.frame_words.next = self.receiver.frame_words.val();

        // ---- the host bus ----
        self.bus_address.next = self.master.bus_address.val();
        self.bus_write_data.next = self.master.bus_write_data.val();
        self.bus_write.next = self.master.bus_write.val();
        self.bus_read.next = self.master.bus_read.val();
        self.master.bus_read_data.next = self.bus_read_data.val();
        self.master.bus_ready.next = self.bus_ready.val();
        self.master.bus_error.next = self.bus_error.val();

        // ---- the response, asked for by one engine at a time ----
        self.sender.respond.next = self.receiver.respond.val() | self.master.respond.val();
        self.sender.respond_with.next = self.master.respond_with.val();
        if self.receiver.respond.val() {
            self.sender.respond_with.next = self.receiver.respond_with.val();
        }
        // its sources
        self.sender.drain_status.next = self.receiver.drain_status.val();
        self.sender.bytes_received.next = self.line.bytes_received.val();
        self.sender.frame_op.next = self.receiver.frame_op.val();
        self.sender.frame_tag.next = self.receiver.frame_tag.val();
        self.sender.frame_words.next = self.receiver.frame_words.val();
        self.sender.word_index.next = self.master.word_index.val();
        self.sender.answer_data.next = self.master.answer_data.val();
        self.sender.last_write_status.next = self.master.last_write_status.val();
        self.sender.last_write_data.next = self.master.last_write_data.val();
        // sending it to the transmitter
        self.sender.tx_busy.next = self.tx_busy.val();
        self.tx_data.next = self.sender.tx_data.val();
        self.tx_start.next = self.sender.tx_start.val();
        // the byte index (the receiver's), the CRC (above) and the byte count of its bytes
        self.sender.byte_index.next = self.receiver.byte_index.val();
        self.receiver.restart_index.next = self.sender.preparing.val();
        self.receiver.step_index.next = self.sender.sending.val();
        self.sender.crc.next = self.crc.value.val();
        self.line.restart.next = self.sender.preparing.val();
        self.error.next = self.sender.error.val();
    }
}

crate::impl_clocked!(HostLink);

#[cfg(test)]
mod tests;
