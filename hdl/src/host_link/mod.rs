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
//! response is started by a one-cycle `Respond` state, and the bus outputs and the byte to
//! send are registers. No path goes from a compare through a state change into a wide
//! register enable in one cycle.

mod crc;
mod line_monitor;

pub use crc::Crc16;
pub use line_monitor::LineMonitor;

use qins_core::link::{self, LinkStatus, Opcode};
use rust_hdl::prelude::*;

// The responses `Respond` builds (status, data), selected by `rsp_sel`.
/// Timeout, bytes received since the last response.
const RSP_TIMEOUT: u64 = 0;
/// The pending error of a drain, bytes received since the last response.
const RSP_PENDING: u64 = 1;
/// Ok, the status word.
const RSP_STATUS: u64 = 2;
/// A resent write: the status and data sent for it.
const RSP_RESEND: u64 = 3;
/// NoAnswer, the word index.
const RSP_NO_ANSWER: u64 = 4;
/// BusError, the word index.
const RSP_BUS_ERROR: u64 = 5;
/// Ok, the word read.
const RSP_READ: u64 = 6;
/// Ok, the number of words written.
const RSP_WRITTEN: u64 = 7;

/// The engine's states, one-hot with `Hunt` (the power-up state) as no bit set: state `k`
/// below sets bit `k` of `state`, so each state's logic reads one flip-flop.
const LINK_STATES: usize = 20;
const ST_OP: u64 = 1 << 0;
const ST_TAG: u64 = 1 << 1;
const ST_ADDRESS: u64 = 1 << 2;
const ST_COUNT: u64 = 1 << 3;
const ST_PAYLOAD: u64 = 1 << 4;
const ST_CRC: u64 = 1 << 5;
/// The last CRC byte's CRC step is being computed.
const ST_CRC_CALC: u64 = 1 << 6;
/// `crc_ok` is being registered.
const ST_CRC_CHECK: u64 = 1 << 7;
/// Execute, answer at once, or drain, from registered flags.
const ST_DECIDE: u64 = 1 << 8;
const ST_DRAIN: u64 = 1 << 9;
/// Word `widx` is being read from the buffer.
const ST_EXEC_LOAD: u64 = 1 << 10;
/// Sets the registered strobe (on the bus in the next cycle).
const ST_EXEC_STROBE: u64 = 1 << 11;
const ST_EXEC_WAIT: u64 = 1 << 12;
const ST_EXEC_WAIT_2: u64 = 1 << 13;
/// The bus answers in this cycle (2 cycles after the strobe); it is registered.
const ST_EXEC_ANSWER: u64 = 1 << 14;
const ST_EXEC_CHECK: u64 = 1 << 15;
/// Sends the byte at `index` (`tx_start` is high).
const ST_SEND: u64 = 1 << 16;
/// Waits for the transmitter; then the next byte or, after the 10th, `Hunt`.
const ST_SEND_WAIT: u64 = 1 << 17;
/// Builds the response chosen in the previous cycle (`rsp_sel`) into `rsp_status`,
/// `rsp_data`.
const ST_RESPOND: u64 = 1 << 18;
/// Counts an error response, resets the byte counter and the CRC, then sends.
const ST_STATUS: u64 = 1 << 19;

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

    /// The burst buffer: word i of the payload at address i.
    buffer: RAM<Bits<32>, { link::BURST_BUFFER_LOG2 }>,
    /// The received byte and its valid pulse, one cycle late, with decodes of the byte.
    rx_q: DFF<Bits<8>>,
    rx_v: DFF<Bit>,
    rx_sync: DFF<Bit>,
    rx_write: DFF<Bit>,
    rx_read: DFF<Bit>,
    rx_burst: DFF<Bit>,
    rx_status: DFF<Bit>,
    /// The byte is an allowed count for the frame's opcode.
    rx_len_ok: DFF<Bit>,
    /// One-hot (`ST_*`), zero in `Hunt`.
    state: DFF<Bits<LINK_STATES>>,
    k_hunt: Constant<Bits<LINK_STATES>>,
    k_op: Constant<Bits<LINK_STATES>>,
    k_tag: Constant<Bits<LINK_STATES>>,
    k_address: Constant<Bits<LINK_STATES>>,
    k_count: Constant<Bits<LINK_STATES>>,
    k_payload: Constant<Bits<LINK_STATES>>,
    k_crc: Constant<Bits<LINK_STATES>>,
    k_crc_calc: Constant<Bits<LINK_STATES>>,
    k_crc_check: Constant<Bits<LINK_STATES>>,
    k_decide: Constant<Bits<LINK_STATES>>,
    k_drain: Constant<Bits<LINK_STATES>>,
    k_exec_load: Constant<Bits<LINK_STATES>>,
    k_exec_strobe: Constant<Bits<LINK_STATES>>,
    k_exec_wait: Constant<Bits<LINK_STATES>>,
    k_exec_wait_2: Constant<Bits<LINK_STATES>>,
    k_exec_answer: Constant<Bits<LINK_STATES>>,
    k_exec_check: Constant<Bits<LINK_STATES>>,
    k_send: Constant<Bits<LINK_STATES>>,
    k_send_wait: Constant<Bits<LINK_STATES>>,
    k_respond: Constant<Bits<LINK_STATES>>,
    k_status: Constant<Bits<LINK_STATES>>,
    /// `state` is Hunt (no bit set) / the state named.
    in_hunt: Signal<Local, Bit>,
    in_op: Signal<Local, Bit>,
    in_tag: Signal<Local, Bit>,
    in_address: Signal<Local, Bit>,
    in_count: Signal<Local, Bit>,
    in_payload: Signal<Local, Bit>,
    in_crc: Signal<Local, Bit>,
    in_crc_calc: Signal<Local, Bit>,
    in_crc_check: Signal<Local, Bit>,
    in_decide: Signal<Local, Bit>,
    in_drain: Signal<Local, Bit>,
    in_exec_load: Signal<Local, Bit>,
    in_exec_strobe: Signal<Local, Bit>,
    in_exec_wait: Signal<Local, Bit>,
    in_exec_wait_2: Signal<Local, Bit>,
    in_exec_answer: Signal<Local, Bit>,
    in_exec_check: Signal<Local, Bit>,
    in_send: Signal<Local, Bit>,
    in_send_wait: Signal<Local, Bit>,
    in_respond: Signal<Local, Bit>,
    in_status: Signal<Local, Bit>,
    /// The CRC of the frame received and of the response sent.
    crc: Crc16,
    /// The line's idle timeout and the bytes received since the last response.
    line: LineMonitor,
    op: DFF<Bits<8>>,
    /// The opcode, decoded when it is received.
    op_write: DFF<Bit>,
    op_read: DFF<Bit>,
    op_burst: DFF<Bit>,
    op_status: DFF<Bit>,
    tag: DFF<Bits<8>>,
    address: DFF<Bits<24>>,
    /// Payload words of the frame (1..=64 for writes, 0 otherwise).
    words: DFF<Bits<8>>,
    /// Byte index inside a field (address, payload mod 16, CRC) or of the response.
    index: DFF<Bits<4>>,
    /// Word index in the payload and during execution.
    widx: DFF<Bits<8>>,
    /// `widx + 1 == words`, one cycle late (widx and words are stable for longer).
    widx_last: DFF<Bit>,
    word: DFF<Bits<32>>,
    /// The error to send when the drain ends.
    pending: DFF<Bits<8>>,
    /// Error responses sent (saturating).
    errors: DFF<Bits<8>>,
    /// Which response `Respond` builds (`RSP_*`), set with `state <- Respond`.
    rsp_sel: DFF<Bits<3>>,
    rsp_status: DFF<Bits<8>>,
    rsp_data: DFF<Bits<32>>,
    /// The response byte at `index`, one cycle late.
    tx_byte: DFF<Bits<8>>,
    /// `tx_start`: high in `Send` (set by `SendWait` when the transmitter is idle).
    tx_go: DFF<Bit>,
    last_valid: DFF<Bit>,
    last_tag: DFF<Bits<8>>,
    last_status: DFF<Bits<8>>,
    last_data: DFF<Bits<32>>,
    /// `last_valid & last_tag == tag`, one cycle late.
    resend: DFF<Bit>,
    /// The bus outputs.
    strobe_write: DFF<Bit>,
    strobe_read: DFF<Bit>,
    bus_addr: DFF<Bits<24>>,
    /// The bus answer, one cycle late.
    ans_ready: DFF<Bit>,
    ans_error: DFF<Bit>,
    ans_data: DFF<Bits<32>>,

    // ---- combinational ----
    nwords: Signal<Local, Bits<8>>,
    new_word: Signal<Local, Bits<32>>,

    // ---- protocol constants (qins_core::link) ----
    k_req_sync: Constant<Bits<8>>,
    k_rsp_sync: Constant<Bits<8>>,
    k_op_write: Constant<Bits<8>>,
    k_op_read: Constant<Bits<8>>,
    k_op_burst: Constant<Bits<8>>,
    k_op_status: Constant<Bits<8>>,
    k_max_burst: Constant<Bits<8>>,
    k_st_ok: Constant<Bits<8>>,
    k_st_bad_crc: Constant<Bits<8>>,
    k_st_bad_opcode: Constant<Bits<8>>,
    k_st_bad_length: Constant<Bits<8>>,
    k_st_bus_error: Constant<Bits<8>>,
    k_st_timeout: Constant<Bits<8>>,
    k_st_garbage: Constant<Bits<8>>,
    k_st_no_answer: Constant<Bits<8>>,
    k_status_base: Constant<Bits<32>>,
    // ---- rsp_sel codes (RSP_*) ----
    k_rsp_timeout: Constant<Bits<3>>,
    k_rsp_pending: Constant<Bits<3>>,
    k_rsp_status: Constant<Bits<3>>,
    k_rsp_resend: Constant<Bits<3>>,
    k_rsp_no_answer: Constant<Bits<3>>,
    k_rsp_bus_error: Constant<Bits<3>>,
    k_rsp_read: Constant<Bits<3>>,
    k_rsp_written: Constant<Bits<3>>,
}

impl HostLink {
    /// An engine whose inter-byte timeout is `timeout_clocks` (1..2^24) clocks: on a board,
    /// `qins_core::link::IDLE_TIMEOUT_BITS` times the UART's clocks per bit.
    pub fn new(timeout_clocks: u32) -> Self {
        let k8 = |v: u8| Constant::new(bits(v as u64));
        let st = |s: LinkStatus| Constant::new(bits(s as u64));
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
            buffer: RAM::default(),
            rx_q: Default::default(),
            rx_v: Default::default(),
            rx_sync: Default::default(),
            rx_write: Default::default(),
            rx_read: Default::default(),
            rx_burst: Default::default(),
            rx_status: Default::default(),
            rx_len_ok: Default::default(),
            state: Default::default(),
            k_hunt: Constant::new(bits(0)),
            k_op: Constant::new(bits(ST_OP)),
            k_tag: Constant::new(bits(ST_TAG)),
            k_address: Constant::new(bits(ST_ADDRESS)),
            k_count: Constant::new(bits(ST_COUNT)),
            k_payload: Constant::new(bits(ST_PAYLOAD)),
            k_crc: Constant::new(bits(ST_CRC)),
            k_crc_calc: Constant::new(bits(ST_CRC_CALC)),
            k_crc_check: Constant::new(bits(ST_CRC_CHECK)),
            k_decide: Constant::new(bits(ST_DECIDE)),
            k_drain: Constant::new(bits(ST_DRAIN)),
            k_exec_load: Constant::new(bits(ST_EXEC_LOAD)),
            k_exec_strobe: Constant::new(bits(ST_EXEC_STROBE)),
            k_exec_wait: Constant::new(bits(ST_EXEC_WAIT)),
            k_exec_wait_2: Constant::new(bits(ST_EXEC_WAIT_2)),
            k_exec_answer: Constant::new(bits(ST_EXEC_ANSWER)),
            k_exec_check: Constant::new(bits(ST_EXEC_CHECK)),
            k_send: Constant::new(bits(ST_SEND)),
            k_send_wait: Constant::new(bits(ST_SEND_WAIT)),
            k_respond: Constant::new(bits(ST_RESPOND)),
            k_status: Constant::new(bits(ST_STATUS)),
            in_hunt: Default::default(),
            in_op: Default::default(),
            in_tag: Default::default(),
            in_address: Default::default(),
            in_count: Default::default(),
            in_payload: Default::default(),
            in_crc: Default::default(),
            in_crc_calc: Default::default(),
            in_crc_check: Default::default(),
            in_decide: Default::default(),
            in_drain: Default::default(),
            in_exec_load: Default::default(),
            in_exec_strobe: Default::default(),
            in_exec_wait: Default::default(),
            in_exec_wait_2: Default::default(),
            in_exec_answer: Default::default(),
            in_exec_check: Default::default(),
            in_send: Default::default(),
            in_send_wait: Default::default(),
            in_respond: Default::default(),
            in_status: Default::default(),
            crc: Crc16::default(),
            line: LineMonitor::new(timeout_clocks),
            op: Default::default(),
            op_write: Default::default(),
            op_read: Default::default(),
            op_burst: Default::default(),
            op_status: Default::default(),
            tag: Default::default(),
            address: Default::default(),
            words: Default::default(),
            index: Default::default(),
            widx: Default::default(),
            widx_last: Default::default(),
            word: Default::default(),
            pending: Default::default(),
            errors: Default::default(),
            rsp_sel: Default::default(),
            rsp_status: Default::default(),
            rsp_data: Default::default(),
            tx_byte: Default::default(),
            tx_go: Default::default(),
            last_valid: Default::default(),
            last_tag: Default::default(),
            last_status: Default::default(),
            last_data: Default::default(),
            resend: Default::default(),
            strobe_write: Default::default(),
            strobe_read: Default::default(),
            bus_addr: Default::default(),
            ans_ready: Default::default(),
            ans_error: Default::default(),
            ans_data: Default::default(),
            nwords: Default::default(),
            new_word: Default::default(),
            k_req_sync: k8(link::REQUEST_SYNC),
            k_rsp_sync: k8(link::RESPONSE_SYNC),
            k_op_write: k8(Opcode::Write as u8),
            k_op_read: k8(Opcode::Read as u8),
            k_op_burst: k8(Opcode::BurstWrite as u8),
            k_op_status: k8(Opcode::Status as u8),
            k_max_burst: k8(link::MAX_BURST_WORDS as u8),
            k_st_ok: st(LinkStatus::Ok),
            k_st_bad_crc: st(LinkStatus::BadCrc),
            k_st_bad_opcode: st(LinkStatus::BadOpcode),
            k_st_bad_length: st(LinkStatus::BadLength),
            k_st_bus_error: st(LinkStatus::BusError),
            k_st_timeout: st(LinkStatus::Timeout),
            k_st_garbage: st(LinkStatus::Garbage),
            k_st_no_answer: st(LinkStatus::NoAnswer),
            k_status_base: Constant::new(bits(link::status_word(0) as u64)),
            k_rsp_timeout: Constant::new(bits(RSP_TIMEOUT)),
            k_rsp_pending: Constant::new(bits(RSP_PENDING)),
            k_rsp_status: Constant::new(bits(RSP_STATUS)),
            k_rsp_resend: Constant::new(bits(RSP_RESEND)),
            k_rsp_no_answer: Constant::new(bits(RSP_NO_ANSWER)),
            k_rsp_bus_error: Constant::new(bits(RSP_BUS_ERROR)),
            k_rsp_read: Constant::new(bits(RSP_READ)),
            k_rsp_written: Constant::new(bits(RSP_WRITTEN)),
        }
    }
}

// each state's logic is `if in_<state> { if <condition> { .. } }`, as the arms of a match
#[allow(clippy::collapsible_if)]
impl Logic for HostLink {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            rx_q,
            rx_v,
            rx_sync,
            rx_write,
            rx_read,
            rx_burst,
            rx_status,
            rx_len_ok,
            state,
            op,
            op_write,
            op_read,
            op_burst,
            op_status,
            tag,
            address,
            words,
            index,
            widx,
            widx_last,
            word,
            pending,
            errors,
            rsp_sel,
            rsp_status,
            rsp_data,
            tx_byte,
            tx_go,
            last_valid,
            last_tag,
            last_status,
            last_data,
            resend,
            strobe_write,
            strobe_read,
            bus_addr,
            ans_ready,
            ans_error,
            ans_data
        );
        self.buffer.read_clock.next = self.clock.val();
        self.buffer.write_clock.next = self.clock.val();
        self.crc.clock.next = self.clock.val();
        self.line.clock.next = self.clock.val();

        // ---- line idle timer and byte counter (restarted by Status) ----
        self.line.byte_valid.next = self.rx_v.q.val();
        self.line.restart.next = false;

        // ---- the received byte, registered with its decodes: the engine sees a byte one
        // cycle after UartRx (rx_q, rx_v) with these flags about it ----
        self.rx_q.d.next = self.rx_data.val();
        self.rx_v.d.next = self.rx_valid.val();
        self.rx_sync.d.next = self.rx_data.val() == self.k_req_sync.val();
        self.rx_write.d.next = self.rx_data.val() == self.k_op_write.val();
        self.rx_read.d.next = self.rx_data.val() == self.k_op_read.val();
        self.rx_burst.d.next = self.rx_data.val() == self.k_op_burst.val();
        self.rx_status.d.next = self.rx_data.val() == self.k_op_status.val();
        // the count is allowed for the frame's opcode (qins_core::link::Opcode::payload_words;
        // the opcode flags are set bytes earlier)
        self.rx_len_ok.d.next = ((self.op_write.q.val() | self.op_read.q.val())
            & (self.rx_data.val() == 1))
            | (self.op_status.q.val() & (self.rx_data.val() == 0))
            | (self.op_burst.q.val()
                & (self.rx_data.val() != 0)
                & (self.rx_data.val() <= self.k_max_burst.val()));
        self.nwords.next = 0.into();
        if self.op_write.q.val() {
            self.nwords.next = 1.into();
        }
        if self.op_burst.q.val() {
            self.nwords.next = self.rx_q.q.val();
        }
        self.new_word.next =
            (bit_cast::<32, 8>(self.rx_q.q.val()) << 24) | (self.word.q.val() >> 8);

        // ---- the response byte at `index`, registered: valid one cycle after index ----
        self.tx_byte.d.next = self.k_rsp_sync.val();
        if self.index.q.val() == 1 {
            self.tx_byte.d.next = self.rsp_status.q.val();
        }
        if self.index.q.val() == 2 {
            self.tx_byte.d.next = self.op.q.val();
        }
        if self.index.q.val() == 3 {
            self.tx_byte.d.next = self.tag.q.val();
        }
        if self.index.q.val() == 4 {
            self.tx_byte.d.next = self.rsp_data.q.val().get_bits::<8>(0);
        }
        if self.index.q.val() == 5 {
            self.tx_byte.d.next = self.rsp_data.q.val().get_bits::<8>(8);
        }
        if self.index.q.val() == 6 {
            self.tx_byte.d.next = self.rsp_data.q.val().get_bits::<8>(16);
        }
        if self.index.q.val() == 7 {
            self.tx_byte.d.next = self.rsp_data.q.val().get_bits::<8>(24);
        }
        if self.index.q.val() == 8 {
            self.tx_byte.d.next = self.crc.value.val().get_bits::<8>(8);
        }
        if self.index.q.val() == 9 {
            self.tx_byte.d.next = self.crc.value.val().get_bits::<8>(0);
        }

        // ---- CRC-16/CCITT-FALSE: the received bytes (Send: the sent ones) ----
        self.crc.take.next = false;
        self.crc.restart.next = false;
        self.crc.data.next = self.rx_q.q.val();

        // ---- other registered flags ----
        self.widx_last.d.next = (self.widx.q.val() + 1) == self.words.q.val();
        self.resend.d.next = self.last_valid.q.val() & (self.last_tag.q.val() == self.tag.q.val());
        self.bus_addr.d.next = self.address.q.val() + bit_cast::<24, 8>(self.widx.q.val());
        self.strobe_write.d.next = false;
        self.strobe_read.d.next = false;

        // ---- outputs ----
        self.buffer.read_address.next = self.widx.q.val().get_bits::<6>(0);
        self.buffer.write_address.next = self.widx.q.val().get_bits::<6>(0);
        self.buffer.write_data.next = self.new_word.val();
        self.buffer.write_enable.next = false;
        self.bus_address.next = self.bus_addr.q.val();
        self.bus_write_data.next = self.buffer.read_data.val();
        self.bus_write.next = self.strobe_write.q.val();
        self.bus_read.next = self.strobe_read.q.val();
        self.tx_data.next = self.tx_byte.q.val();
        self.tx_start.next = self.tx_go.q.val();
        self.tx_go.d.next = false;
        self.active.next = self.state.q.val().any();
        self.error.next = self.rsp_status.q.val() != self.k_st_ok.val();

        // A response: rsp_status, rsp_data and state <- Respond, in one cycle; Respond
        // does the rest.
        self.in_hunt.next = !self.state.q.val().any();
        self.in_op.next = (self.state.q.val() & self.k_op.val()).any();
        self.in_tag.next = (self.state.q.val() & self.k_tag.val()).any();
        self.in_address.next = (self.state.q.val() & self.k_address.val()).any();
        self.in_count.next = (self.state.q.val() & self.k_count.val()).any();
        self.in_payload.next = (self.state.q.val() & self.k_payload.val()).any();
        self.in_crc.next = (self.state.q.val() & self.k_crc.val()).any();
        self.in_crc_calc.next = (self.state.q.val() & self.k_crc_calc.val()).any();
        self.in_crc_check.next = (self.state.q.val() & self.k_crc_check.val()).any();
        self.in_decide.next = (self.state.q.val() & self.k_decide.val()).any();
        self.in_drain.next = (self.state.q.val() & self.k_drain.val()).any();
        self.in_exec_load.next = (self.state.q.val() & self.k_exec_load.val()).any();
        self.in_exec_strobe.next = (self.state.q.val() & self.k_exec_strobe.val()).any();
        self.in_exec_wait.next = (self.state.q.val() & self.k_exec_wait.val()).any();
        self.in_exec_wait_2.next = (self.state.q.val() & self.k_exec_wait_2.val()).any();
        self.in_exec_answer.next = (self.state.q.val() & self.k_exec_answer.val()).any();
        self.in_exec_check.next = (self.state.q.val() & self.k_exec_check.val()).any();
        self.in_send.next = (self.state.q.val() & self.k_send.val()).any();
        self.in_send_wait.next = (self.state.q.val() & self.k_send_wait.val()).any();
        self.in_respond.next = (self.state.q.val() & self.k_respond.val()).any();
        self.in_status.next = (self.state.q.val() & self.k_status.val()).any();
        // the states' logic (exactly one `in_*` is set)
        if self.in_hunt.val() {
            if self.rx_v.q.val() {
                self.op.d.next = 0.into();
                self.tag.d.next = 0.into();
                self.crc.restart.next = true;
                if self.rx_sync.q.val() {
                    self.state.d.next = self.k_op.val();
                } else {
                    self.pending.d.next = self.k_st_garbage.val();
                    self.state.d.next = self.k_drain.val();
                }
            }
        }
        if self.in_op.val() {
            if self.rx_v.q.val() {
                self.crc.take.next = true;
                self.op.d.next = self.rx_q.q.val();
                self.op_write.d.next = self.rx_write.q.val();
                self.op_read.d.next = self.rx_read.q.val();
                self.op_burst.d.next = self.rx_burst.q.val();
                self.op_status.d.next = self.rx_status.q.val();
                if self.rx_write.q.val()
                    | self.rx_read.q.val()
                    | self.rx_burst.q.val()
                    | self.rx_status.q.val()
                {
                    self.state.d.next = self.k_tag.val();
                } else {
                    self.pending.d.next = self.k_st_bad_opcode.val();
                    self.state.d.next = self.k_drain.val();
                }
            } else if self.line.timeout.val() {
                self.rsp_sel.d.next = self.k_rsp_timeout.val();
                self.state.d.next = self.k_respond.val();
            }
        }
        if self.in_tag.val() {
            if self.rx_v.q.val() {
                self.crc.take.next = true;
                self.tag.d.next = self.rx_q.q.val();
                self.index.d.next = 0.into();
                self.state.d.next = self.k_address.val();
            } else if self.line.timeout.val() {
                self.rsp_sel.d.next = self.k_rsp_timeout.val();
                self.state.d.next = self.k_respond.val();
            }
        }
        if self.in_address.val() {
            if self.rx_v.q.val() {
                self.crc.take.next = true;
                self.address.d.next =
                    (bit_cast::<24, 8>(self.rx_q.q.val()) << 16) | (self.address.q.val() >> 8);
                self.index.d.next = self.index.q.val() + 1;
                if self.index.q.val() == 2 {
                    self.state.d.next = self.k_count.val();
                }
            } else if self.line.timeout.val() {
                self.rsp_sel.d.next = self.k_rsp_timeout.val();
                self.state.d.next = self.k_respond.val();
            }
        }
        if self.in_count.val() {
            if self.rx_v.q.val() {
                self.crc.take.next = true;
                self.words.d.next = self.nwords.val();
                self.index.d.next = 0.into();
                self.widx.d.next = 0.into();
                if !self.rx_len_ok.q.val() {
                    self.pending.d.next = self.k_st_bad_length.val();
                    self.state.d.next = self.k_drain.val();
                } else if self.op_write.q.val() | self.op_burst.q.val() {
                    self.state.d.next = self.k_payload.val();
                } else {
                    self.state.d.next = self.k_crc.val();
                }
            } else if self.line.timeout.val() {
                self.rsp_sel.d.next = self.k_rsp_timeout.val();
                self.state.d.next = self.k_respond.val();
            }
        }
        if self.in_payload.val() {
            if self.rx_v.q.val() {
                self.crc.take.next = true;
                self.word.d.next = self.new_word.val();
                self.index.d.next = self.index.q.val() + 1;
                if self.index.q.val().get_bits::<2>(0) == 3 {
                    self.buffer.write_enable.next = true;
                    self.widx.d.next = self.widx.q.val() + 1;
                    if self.widx_last.q.val() {
                        self.index.d.next = 0.into();
                        self.state.d.next = self.k_crc.val();
                    }
                }
            } else if self.line.timeout.val() {
                self.rsp_sel.d.next = self.k_rsp_timeout.val();
                self.state.d.next = self.k_respond.val();
            }
        }
        if self.in_crc.val() {
            if self.rx_v.q.val() {
                self.crc.take.next = true;
                self.index.d.next = self.index.q.val() + 1;
                if self.index.q.val() == 1 {
                    self.widx.d.next = 0.into();
                    self.state.d.next = self.k_crc_calc.val();
                }
            } else if self.line.timeout.val() {
                self.rsp_sel.d.next = self.k_rsp_timeout.val();
                self.state.d.next = self.k_respond.val();
            }
        }
        if self.in_crc_calc.val() {
            self.state.d.next = self.k_crc_check.val();
        }
        if self.in_crc_check.val() {
            self.state.d.next = self.k_decide.val();
        }
        if self.in_decide.val() {
            // crc_ok, resend and the opcode flags are registers
            if !self.crc.zero.val() {
                self.pending.d.next = self.k_st_bad_crc.val();
                self.state.d.next = self.k_drain.val();
            } else if self.op_status.q.val() {
                self.last_valid.d.next = false;
                self.rsp_sel.d.next = self.k_rsp_status.val();
                self.state.d.next = self.k_respond.val();
            } else if self.op_read.q.val() {
                self.state.d.next = self.k_exec_load.val();
            } else if self.resend.q.val() {
                // a write resent after a lost response: answer it again
                self.rsp_sel.d.next = self.k_rsp_resend.val();
                self.state.d.next = self.k_respond.val();
            } else {
                self.state.d.next = self.k_exec_load.val();
            }
        }
        if self.in_drain.val() {
            if self.line.timeout.val() {
                self.rsp_sel.d.next = self.k_rsp_pending.val();
                self.state.d.next = self.k_respond.val();
            }
        }
        if self.in_exec_load.val() {
            // widx is stable: the buffer reads word widx, bus_addr takes address + widx
            self.state.d.next = self.k_exec_strobe.val();
        }
        if self.in_exec_strobe.val() {
            self.strobe_read.d.next = self.op_read.q.val();
            self.strobe_write.d.next = !self.op_read.q.val();
            self.state.d.next = self.k_exec_wait.val();
        }
        if self.in_exec_wait.val() {
            // the strobe is on the bus
            self.state.d.next = self.k_exec_wait_2.val();
        }
        if self.in_exec_wait_2.val() {
            self.state.d.next = self.k_exec_answer.val();
        }
        if self.in_exec_answer.val() {
            // BUS_LATENCY = 2 cycles after the strobe: ans_* take the answer (and hold
            // it until the response is built)
            self.ans_ready.d.next = self.bus_ready.val();
            self.ans_error.d.next = self.bus_error.val();
            self.ans_data.d.next = self.bus_read_data.val();
            self.state.d.next = self.k_exec_check.val();
        }
        if self.in_exec_check.val() {
            if !self.ans_ready.q.val() {
                self.rsp_sel.d.next = self.k_rsp_no_answer.val();
                self.state.d.next = self.k_respond.val();
            } else if self.ans_error.q.val() {
                self.rsp_sel.d.next = self.k_rsp_bus_error.val();
                self.state.d.next = self.k_respond.val();
                if !self.op_read.q.val() {
                    self.last_valid.d.next = true;
                    self.last_tag.d.next = self.tag.q.val();
                    self.last_status.d.next = self.k_st_bus_error.val();
                    self.last_data.d.next = bit_cast::<32, 8>(self.widx.q.val());
                }
            } else if self.op_read.q.val() {
                self.rsp_sel.d.next = self.k_rsp_read.val();
                self.state.d.next = self.k_respond.val();
            } else if self.widx_last.q.val() {
                self.rsp_sel.d.next = self.k_rsp_written.val();
                self.state.d.next = self.k_respond.val();
                self.last_valid.d.next = true;
                self.last_tag.d.next = self.tag.q.val();
                self.last_status.d.next = self.k_st_ok.val();
                self.last_data.d.next = bit_cast::<32, 8>(self.words.q.val());
            } else {
                self.widx.d.next = self.widx.q.val() + 1;
                self.state.d.next = self.k_exec_load.val();
            }
        }
        if self.in_respond.val() {
            // the response rsp_sel chose (its sources have not changed since); tx_byte
            // is byte 0 from the next cycle on (index = 0)
            self.rsp_status.d.next = self.k_st_ok.val();
            self.rsp_data.d.next = bit_cast::<32, 8>(self.words.q.val());
            if self.rsp_sel.q.val() == self.k_rsp_timeout.val() {
                self.rsp_status.d.next = self.k_st_timeout.val();
                self.rsp_data.d.next = bit_cast::<32, 16>(self.line.bytes_received.val());
            }
            if self.rsp_sel.q.val() == self.k_rsp_pending.val() {
                self.rsp_status.d.next = self.pending.q.val();
                self.rsp_data.d.next = bit_cast::<32, 16>(self.line.bytes_received.val());
            }
            if self.rsp_sel.q.val() == self.k_rsp_status.val() {
                self.rsp_data.d.next =
                    self.k_status_base.val() | (bit_cast::<32, 8>(self.errors.q.val()) << 16);
            }
            if self.rsp_sel.q.val() == self.k_rsp_resend.val() {
                self.rsp_status.d.next = self.last_status.q.val();
                self.rsp_data.d.next = self.last_data.q.val();
            }
            if self.rsp_sel.q.val() == self.k_rsp_no_answer.val() {
                self.rsp_status.d.next = self.k_st_no_answer.val();
                self.rsp_data.d.next = bit_cast::<32, 8>(self.widx.q.val());
            }
            if self.rsp_sel.q.val() == self.k_rsp_bus_error.val() {
                self.rsp_status.d.next = self.k_st_bus_error.val();
                self.rsp_data.d.next = bit_cast::<32, 8>(self.widx.q.val());
            }
            if self.rsp_sel.q.val() == self.k_rsp_read.val() {
                self.rsp_data.d.next = self.ans_data.q.val();
            }
            self.state.d.next = self.k_status.val();
        }
        if self.in_status.val() {
            // rsp_status and rsp_data hold the response; tx_byte is byte 0 from the
            // next cycle on (index = 0)
            self.line.restart.next = true;
            self.index.d.next = 0.into();
            self.crc.restart.next = true;
            if (self.rsp_status.q.val() != self.k_st_ok.val()) & (self.errors.q.val() != 0xFF) {
                self.errors.d.next = self.errors.q.val() + 1;
            }
            self.state.d.next = self.k_send_wait.val();
        }
        if self.in_send.val() {
            // tx_start (registered) is high now: the transmitter takes tx_byte, the byte
            // at index (index has been stable for >= 2 cycles)
            if (self.index.q.val() >= 1) & (self.index.q.val() <= 7) {
                self.crc.take.next = true;
            }
            self.crc.data.next = self.tx_byte.q.val();
            self.index.d.next = self.index.q.val() + 1;
            self.state.d.next = self.k_send_wait.val();
        }
        if self.in_send_wait.val() {
            // tx_busy is high the cycle after tx_start, so this state lasts >= 2 cycles
            // after Send: the CRC of byte 7 is in crc before byte 8 is loaded into tx_byte
            if !self.tx_busy.val() {
                if self.index.q.val() == 10 {
                    self.state.d.next = self.k_hunt.val();
                } else {
                    self.tx_go.d.next = true;
                    self.state.d.next = self.k_send.val();
                }
            }
        }
    }
}

crate::impl_clocked!(HostLink);

#[cfg(test)]
mod tests;
