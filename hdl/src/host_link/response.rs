//! `ResponseSender`: builds the response the frame receiver or the bus master asked for and
//! sends its 10 bytes (`qins_core::link::Response`: sync, status, opcode, tag, data
//! little-endian, CRC big-endian) to the UART transmitter; counts the error responses.
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | |
//! | `respond`, `respond_with` | in | 1, 3 | build response `respond_with` (`RSP_*`) from the sources below; its first state is set in the next cycle |
//! | `drain_status` | in | 8 | the error a drain answers (`RSP_PENDING`) |
//! | `bytes_received` | in | 16 | bytes since the last response (`RSP_TIMEOUT`, `RSP_PENDING`) |
//! | `frame_op`, `frame_tag`, `frame_words` | in | 8, 8, 8 | the frame answered (`frame_words`: `RSP_WRITTEN`, and the data of the others) |
//! | `word_index` | in | 8 | the word that failed (`RSP_NO_ANSWER`, `RSP_BUS_ERROR`) |
//! | `answer_data` | in | 32 | the word read (`RSP_READ`) |
//! | `last_write_status`, `last_write_data` | in | 8, 32 | the response of the write resent (`RSP_RESEND`) |
//! | `crc` | in | 16 | the CRC of the bytes sent so far (`Crc16::value`) |
//! | `byte_index` | in | 4 | the response byte to send (the frame receiver's `index`) |
//! | `preparing` | out | 1 | the cycle before sending: `byte_index`, the CRC and the byte count restart |
//! | `sending` | out | 1 | the byte at `byte_index` is being sent (`tx_start` is high): `byte_index` advances, the CRC takes `tx_data` |
//! | `crc_take` | out | 1 | `sending` a byte the CRC covers (bytes 1..=7) |
//! | `tx_data`, `tx_start` | out | 8, 1 | a byte to send (one-cycle `tx_start`, to `UartTx`; both registered) |
//! | `tx_busy` | in | 1 | the transmitter is sending (`UartTx::busy`: high the cycle after `tx_start`) |
//! | `error` | out | 1 | the last response built was an error (until the next Ok) |
//! | `answering` | out | 1 | one of this engine's states is set |
//!
//! States, one flip-flop each: `build` (the response chosen in the previous cycle goes into
//! `rsp_status`, `rsp_data`), `prepare` (counts an error response), then `send_wait` (until
//! the transmitter is idle; after the 10th byte the link hunts again) and `send` (one cycle
//! per byte). Each byte starts one clock after the transmitter is idle again; `tx_data` is
//! the byte at `byte_index`, registered (valid one cycle after the index).

use super::status_code;
use qins_core::link::{self, LinkStatus};
use rust_hdl::prelude::*;

// The responses `build` makes (status, data), selected by `rsp_sel`.
/// Timeout, bytes received since the last response.
pub(super) const RSP_TIMEOUT: u64 = 0;
/// The pending error of a drain, bytes received since the last response.
pub(super) const RSP_PENDING: u64 = 1;
/// Ok, the status word.
pub(super) const RSP_STATUS: u64 = 2;
/// A resent write: the status and data sent for it.
pub(super) const RSP_RESEND: u64 = 3;
/// NoAnswer, the word index.
pub(super) const RSP_NO_ANSWER: u64 = 4;
/// BusError, the word index.
pub(super) const RSP_BUS_ERROR: u64 = 5;
/// Ok, the word read.
pub(super) const RSP_READ: u64 = 6;
/// Ok, the number of words written.
pub(super) const RSP_WRITTEN: u64 = 7;

/// A response code (`RSP_*`) as the constant `rsp_sel` and `respond_with` are compared with.
pub(super) fn response_code(code: u64) -> Constant<Bits<3>> {
    Constant::new(bits(code))
}

#[derive(LogicBlock)]
pub struct ResponseSender {
    pub clock: Signal<In, Clock>,
    pub respond: Signal<In, Bit>,
    pub respond_with: Signal<In, Bits<3>>,
    // ---- the sources of the responses (registers) ----
    pub drain_status: Signal<In, Bits<8>>,
    pub bytes_received: Signal<In, Bits<16>>,
    pub frame_op: Signal<In, Bits<8>>,
    pub frame_tag: Signal<In, Bits<8>>,
    pub frame_words: Signal<In, Bits<8>>,
    pub word_index: Signal<In, Bits<8>>,
    pub answer_data: Signal<In, Bits<32>>,
    pub last_write_status: Signal<In, Bits<8>>,
    pub last_write_data: Signal<In, Bits<32>>,
    pub crc: Signal<In, Bits<16>>,
    pub byte_index: Signal<In, Bits<4>>,
    // ---- the index, CRC and byte count steps, the transmitter, the state ----
    pub preparing: Signal<Out, Bit>,
    pub sending: Signal<Out, Bit>,
    pub crc_take: Signal<Out, Bit>,
    pub tx_data: Signal<Out, Bits<8>>,
    pub tx_start: Signal<Out, Bit>,
    pub tx_busy: Signal<In, Bit>,
    pub error: Signal<Out, Bit>,
    pub answering: Signal<Out, Bit>,
    // ---- the states (one-hot over the link) ----
    /// builds the response chosen in the previous cycle (`rsp_sel`) into `rsp_status`,
    /// `rsp_data`
    build: DFF<Bit>,
    /// counts an error response (the byte index, the CRC and the byte count restart)
    prepare: DFF<Bit>,
    /// sends the byte at `byte_index` (`tx_start` is high)
    send: DFF<Bit>,
    /// waits for the transmitter; then the next byte or, after the 10th, the hunt
    send_wait: DFF<Bit>,
    // ---- the response to build ----
    /// Which response `build` makes (`RSP_*`), set with `build`.
    rsp_sel: DFF<Bits<3>>,
    /// the codes `rsp_sel` is compared with (`RSP_WRITTEN` is the default response)
    k_rsp_timeout: Constant<Bits<3>>,
    k_rsp_pending: Constant<Bits<3>>,
    k_rsp_status: Constant<Bits<3>>,
    k_rsp_resend: Constant<Bits<3>>,
    k_rsp_no_answer: Constant<Bits<3>>,
    k_rsp_bus_error: Constant<Bits<3>>,
    k_rsp_read: Constant<Bits<3>>,
    // ---- the byte to send ----
    /// `tx_start`: high in `send` (set by `send_wait` when the transmitter is idle).
    tx_go: DFF<Bit>,
    /// The response byte at `byte_index`, one cycle late.
    tx_byte: DFF<Bits<8>>,
    k_rsp_sync: Constant<Bits<8>>,
    // ---- the response built (qins_core::link) ----
    rsp_status: DFF<Bits<8>>,
    rsp_data: DFF<Bits<32>>,
    /// Error responses sent (saturating).
    errors: DFF<Bits<8>>,
    k_st_ok: Constant<Bits<8>>,
    k_st_bus_error: Constant<Bits<8>>,
    k_st_timeout: Constant<Bits<8>>,
    k_st_no_answer: Constant<Bits<8>>,
    /// the Status response's data with no error responses counted
    k_status_base: Constant<Bits<32>>,
}

impl Default for ResponseSender {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            respond: Default::default(),
            respond_with: Default::default(),
            drain_status: Default::default(),
            bytes_received: Default::default(),
            frame_op: Default::default(),
            frame_tag: Default::default(),
            frame_words: Default::default(),
            word_index: Default::default(),
            answer_data: Default::default(),
            last_write_status: Default::default(),
            last_write_data: Default::default(),
            crc: Default::default(),
            byte_index: Default::default(),
            preparing: Default::default(),
            sending: Default::default(),
            crc_take: Default::default(),
            tx_data: Default::default(),
            tx_start: Default::default(),
            tx_busy: Default::default(),
            error: Default::default(),
            answering: Default::default(),
            build: Default::default(),
            prepare: Default::default(),
            send: Default::default(),
            send_wait: Default::default(),
            rsp_sel: Default::default(),
            k_rsp_timeout: response_code(RSP_TIMEOUT),
            k_rsp_pending: response_code(RSP_PENDING),
            k_rsp_status: response_code(RSP_STATUS),
            k_rsp_resend: response_code(RSP_RESEND),
            k_rsp_no_answer: response_code(RSP_NO_ANSWER),
            k_rsp_bus_error: response_code(RSP_BUS_ERROR),
            k_rsp_read: response_code(RSP_READ),
            tx_go: Default::default(),
            tx_byte: Default::default(),
            k_rsp_sync: Constant::new(bits(link::RESPONSE_SYNC as u64)),
            rsp_status: Default::default(),
            rsp_data: Default::default(),
            errors: Default::default(),
            k_st_ok: status_code(LinkStatus::Ok),
            k_st_bus_error: status_code(LinkStatus::BusError),
            k_st_timeout: status_code(LinkStatus::Timeout),
            k_st_no_answer: status_code(LinkStatus::NoAnswer),
            k_status_base: Constant::new(bits(link::status_word(0) as u64)),
        }
    }
}

// each state's logic is `if <state> { if <condition> { .. } }`, as the arms of a match
#[allow(clippy::collapsible_if)]
impl Logic for ResponseSender {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, build, prepare, send, send_wait, rsp_sel, rsp_status, rsp_data, errors,
            tx_byte, tx_go
        );
        // ---- the response byte at `byte_index`, registered: valid one cycle after it ----
        self.tx_byte.d.next = self.k_rsp_sync.val();
        if self.byte_index.val() == 1 {
            self.tx_byte.d.next = self.rsp_status.q.val();
        }
        if self.byte_index.val() == 2 {
            self.tx_byte.d.next = self.frame_op.val();
        }
        if self.byte_index.val() == 3 {
            self.tx_byte.d.next = self.frame_tag.val();
        }
        if self.byte_index.val() == 4 {
            self.tx_byte.d.next = self.rsp_data.q.val().get_bits::<8>(0);
        }
        if self.byte_index.val() == 5 {
            self.tx_byte.d.next = self.rsp_data.q.val().get_bits::<8>(8);
        }
        if self.byte_index.val() == 6 {
            self.tx_byte.d.next = self.rsp_data.q.val().get_bits::<8>(16);
        }
        if self.byte_index.val() == 7 {
            self.tx_byte.d.next = self.rsp_data.q.val().get_bits::<8>(24);
        }
        if self.byte_index.val() == 8 {
            self.tx_byte.d.next = self.crc.val().get_bits::<8>(8);
        }
        if self.byte_index.val() == 9 {
            self.tx_byte.d.next = self.crc.val().get_bits::<8>(0);
        }

        // ---- outputs ----
        self.tx_data.next = self.tx_byte.q.val();
        self.tx_start.next = self.tx_go.q.val();
        self.tx_go.d.next = false;
        self.error.next = self.rsp_status.q.val() != self.k_st_ok.val();
        self.answering.next =
            self.build.q.val() | self.prepare.q.val() | self.send.q.val() | self.send_wait.q.val();
        self.preparing.next = self.prepare.q.val();
        self.sending.next = self.send.q.val();
        // tx_start (registered) is high in send: the transmitter takes tx_byte, the byte at
        // byte_index (stable for >= 2 cycles); the CRC covers bytes 1..=7
        self.crc_take.next =
            self.send.q.val() & (self.byte_index.val() >= 1) & (self.byte_index.val() <= 7);

        // ---- a response: rsp_sel and build in one cycle; build does the rest ----
        if self.respond.val() {
            self.rsp_sel.d.next = self.respond_with.val();
            self.build.d.next = true;
        }

        // ---- the states' logic (at most one is set) ----
        if self.build.q.val() {
            // the response rsp_sel chose (its sources have not changed since)
            self.rsp_status.d.next = self.k_st_ok.val();
            self.rsp_data.d.next = bit_cast::<32, 8>(self.frame_words.val());
            if self.rsp_sel.q.val() == self.k_rsp_timeout.val() {
                self.rsp_status.d.next = self.k_st_timeout.val();
                self.rsp_data.d.next = bit_cast::<32, 16>(self.bytes_received.val());
            }
            if self.rsp_sel.q.val() == self.k_rsp_pending.val() {
                self.rsp_status.d.next = self.drain_status.val();
                self.rsp_data.d.next = bit_cast::<32, 16>(self.bytes_received.val());
            }
            if self.rsp_sel.q.val() == self.k_rsp_status.val() {
                self.rsp_data.d.next =
                    self.k_status_base.val() | (bit_cast::<32, 8>(self.errors.q.val()) << 16);
            }
            if self.rsp_sel.q.val() == self.k_rsp_resend.val() {
                self.rsp_status.d.next = self.last_write_status.val();
                self.rsp_data.d.next = self.last_write_data.val();
            }
            if self.rsp_sel.q.val() == self.k_rsp_no_answer.val() {
                self.rsp_status.d.next = self.k_st_no_answer.val();
                self.rsp_data.d.next = bit_cast::<32, 8>(self.word_index.val());
            }
            if self.rsp_sel.q.val() == self.k_rsp_bus_error.val() {
                self.rsp_status.d.next = self.k_st_bus_error.val();
                self.rsp_data.d.next = bit_cast::<32, 8>(self.word_index.val());
            }
            if self.rsp_sel.q.val() == self.k_rsp_read.val() {
                self.rsp_data.d.next = self.answer_data.val();
            }
            self.build.d.next = false;
            self.prepare.d.next = true;
        }
        if self.prepare.q.val() {
            // rsp_status and rsp_data hold the response; tx_byte is byte 0 from the next
            // cycle on (byte_index = 0)
            if (self.rsp_status.q.val() != self.k_st_ok.val()) & (self.errors.q.val() != 0xFF) {
                self.errors.d.next = self.errors.q.val() + 1;
            }
            self.prepare.d.next = false;
            self.send_wait.d.next = true;
        }
        if self.send.q.val() {
            self.send.d.next = false;
            self.send_wait.d.next = true;
        }
        if self.send_wait.q.val() {
            // tx_busy is high the cycle after tx_start, so this state lasts >= 2 cycles
            // after send: the CRC of byte 7 is in crc before byte 8 is loaded into tx_byte
            if !self.tx_busy.val() {
                self.send_wait.d.next = false;
                if self.byte_index.val() == 10 {
                    // the hunt (no state set)
                } else {
                    self.tx_go.d.next = true;
                    self.send.d.next = true;
                }
            }
        }
    }
}
