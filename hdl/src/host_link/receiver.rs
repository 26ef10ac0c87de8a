//! `FrameReceiver`: parses request frames byte by byte (`qins_core::link`: sync, opcode, tag,
//! address, count, payload, CRC), checks them, and hands a good frame to the bus master
//! (`execute`) or asks for a response (`respond`). A frame with an error (garbage before the
//! sync, a bad opcode or count, a bad CRC) is drained: its error is answered once the line
//! has been idle for the timeout. Owns the frame's fields, the byte index and the hunt.
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | |
//! | `rx_data`, `rx_valid` | in | 8, 1 | a received byte (one-cycle `rx_valid`, from `UartRx`) |
//! | `byte_data`, `byte_valid` | out | 8, 1 | that byte and its valid pulse one cycle late (registers): the byte the engine sees |
//! | `new_word` | out | 32 | the payload word with `byte_data` shifted in (little-endian) |
//! | `timeout` | in | 1 | the line is idle past the timeout (`LineMonitor`; never with `byte_valid`) |
//! | `crc_ok` | in | 1 | the frame's CRC checked (`Crc16::zero`) |
//! | `resend` | in | 1 | the frame's tag is the last write's (`BusMaster::resent`) |
//! | `last_word` | in | 1 | the payload word being received is the last (`BusMaster::last_word`) |
//! | `executing`, `answering` | in | 1, 1 | the bus master / the response sender is in one of its states |
//! | `restart_index`, `step_index` | in | 1, 1 | the response sender resets / advances `byte_index` |
//! | `byte_index` | out | 4 | byte index in a field, or of the response (register) |
//! | `receiving` | out | 1 | one of this engine's states is set (not hunting, executing or answering) |
//! | `respond`, `respond_with` | out | 1, 3 | the response sender starts with response `respond_with` (`RSP_*`, meaningful with `respond`) |
//! | `execute` | out | 1 | the frame checked: the bus master starts (its first state is set in the next cycle) |
//! | `forget` | out | 1 | a Status frame: the bus master forgets its last write |
//! | `store_word` | out | 1 | `new_word` is complete: the bus master buffers it and advances its word index |
//! | `rewind` | out | 1 | the bus master's word index restarts at 0 |
//! | `crc_take`, `crc_restart` | out | 1, 1 | `byte_data` goes into the CRC (a frame's byte) / the CRC restarts (any byte while hunting) |
//! | `frame_op`, `frame_read`, `frame_tag`, `frame_address`, `frame_words` | out | 8, 1, 8, 24, 8 | the frame's opcode, its opcode is Read, tag, address, payload words (registers, stable from the frame's last byte until the next frame's sync) |
//! | `drain_status` | out | 8 | the error a drain answers (register) |
//!
//! States, one flip-flop each: the hunt for a sync byte is none of the whole link's set
//! (neither here nor `executing` nor `answering`). Each `expect_*` state takes its field's
//! bytes; after the last CRC byte `crc_calc` and `crc_check` wait for `crc_ok` (3 cycles
//! after the engine saw that byte), and `decide` acts on the registered checks. Every
//! decision is made from registers (`rx_*` decodes of the byte, `crc_ok`, `resend`,
//! `last_word`, the opcode flags).

use super::response::{response_code, RSP_PENDING, RSP_RESEND, RSP_STATUS, RSP_TIMEOUT};
use super::status_code;
use qins_core::link::{self, LinkStatus, Opcode};
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct FrameReceiver {
    pub clock: Signal<In, Clock>,
    // ---- the byte from the UART, as the engine sees it, and the payload word ----
    pub rx_data: Signal<In, Bits<8>>,
    pub rx_valid: Signal<In, Bit>,
    pub byte_data: Signal<Out, Bits<8>>,
    pub byte_valid: Signal<Out, Bit>,
    pub new_word: Signal<Out, Bits<32>>,
    // ---- registered flags of the other engines ----
    pub timeout: Signal<In, Bit>,
    pub crc_ok: Signal<In, Bit>,
    pub resend: Signal<In, Bit>,
    pub last_word: Signal<In, Bit>,
    pub executing: Signal<In, Bit>,
    pub answering: Signal<In, Bit>,
    // ---- the byte index, stepped by the response sender while it sends ----
    pub restart_index: Signal<In, Bit>,
    pub step_index: Signal<In, Bit>,
    pub byte_index: Signal<Out, Bits<4>>,
    pub receiving: Signal<Out, Bit>,
    // ---- commands to the response sender, the bus master and the CRC unit ----
    pub respond: Signal<Out, Bit>,
    pub respond_with: Signal<Out, Bits<3>>,
    pub execute: Signal<Out, Bit>,
    pub forget: Signal<Out, Bit>,
    pub store_word: Signal<Out, Bit>,
    pub rewind: Signal<Out, Bit>,
    pub crc_take: Signal<Out, Bit>,
    pub crc_restart: Signal<Out, Bit>,
    // ---- the frame (registers) ----
    pub frame_op: Signal<Out, Bits<8>>,
    pub frame_read: Signal<Out, Bit>,
    pub frame_tag: Signal<Out, Bits<8>>,
    pub frame_address: Signal<Out, Bits<24>>,
    pub frame_words: Signal<Out, Bits<8>>,
    pub drain_status: Signal<Out, Bits<8>>,
    // ---- the states (one-hot over the link; none set in the whole link: Hunt) ----
    /// the opcode byte is next (the sync came)
    expect_op: DFF<Bit>,
    expect_tag: DFF<Bit>,
    /// the address's 3 bytes, low first (`index` counts them)
    expect_address: DFF<Bit>,
    expect_count: DFF<Bit>,
    /// the payload's 4 bytes per word (`index` mod 4), `words` words
    expect_payload: DFF<Bit>,
    /// the CRC's 2 bytes (`index` counts them)
    expect_crc: DFF<Bit>,
    /// the last CRC byte's CRC step is being computed
    crc_calc: DFF<Bit>,
    /// `crc_ok` is being registered
    crc_check: DFF<Bit>,
    /// execute, answer at once, or drain, from registered flags
    decide: DFF<Bit>,
    /// waits for the line to go idle, then answers `pending`
    drain: DFF<Bit>,
    // ---- the received byte, one cycle late, with decodes of the byte ----
    rx_q: DFF<Bits<8>>,
    rx_v: DFF<Bit>,
    rx_sync: DFF<Bit>,
    rx_write: DFF<Bit>,
    rx_read: DFF<Bit>,
    rx_burst: DFF<Bit>,
    rx_status: DFF<Bit>,
    /// The byte is an allowed count for the frame's opcode.
    rx_len_ok: DFF<Bit>,
    /// the bytes and the longest burst the decodes compare with (qins_core::link)
    k_req_sync: Constant<Bits<8>>,
    k_op_write: Constant<Bits<8>>,
    k_op_read: Constant<Bits<8>>,
    k_op_burst: Constant<Bits<8>>,
    k_op_status: Constant<Bits<8>>,
    k_max_burst: Constant<Bits<8>>,
    // ---- the frame ----
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
    word: DFF<Bits<32>>,
    // ---- combinational ----
    /// Hunt: no state of the link is set.
    hunting: Signal<Local, Bit>,
    /// One of the `expect_*` states: a frame's byte is expected.
    in_frame: Signal<Local, Bit>,
    /// The count byte's payload words.
    nwords: Signal<Local, Bits<8>>,
    // ---- the error a drain answers, and the errors found while receiving ----
    pending: DFF<Bits<8>>,
    k_st_bad_crc: Constant<Bits<8>>,
    k_st_bad_opcode: Constant<Bits<8>>,
    k_st_bad_length: Constant<Bits<8>>,
    k_st_garbage: Constant<Bits<8>>,
    // ---- the responses this engine asks for (`RSP_*`) ----
    k_rsp_timeout: Constant<Bits<3>>,
    k_rsp_pending: Constant<Bits<3>>,
    k_rsp_status: Constant<Bits<3>>,
    k_rsp_resend: Constant<Bits<3>>,
}

impl Default for FrameReceiver {
    fn default() -> Self {
        let k8 = |v: u8| Constant::new(bits(v as u64));
        Self {
            clock: Default::default(),
            rx_data: Default::default(),
            rx_valid: Default::default(),
            byte_data: Default::default(),
            byte_valid: Default::default(),
            new_word: Default::default(),
            timeout: Default::default(),
            crc_ok: Default::default(),
            resend: Default::default(),
            last_word: Default::default(),
            executing: Default::default(),
            answering: Default::default(),
            restart_index: Default::default(),
            step_index: Default::default(),
            byte_index: Default::default(),
            receiving: Default::default(),
            respond: Default::default(),
            respond_with: Default::default(),
            execute: Default::default(),
            forget: Default::default(),
            store_word: Default::default(),
            rewind: Default::default(),
            crc_take: Default::default(),
            crc_restart: Default::default(),
            frame_op: Default::default(),
            frame_read: Default::default(),
            frame_tag: Default::default(),
            frame_address: Default::default(),
            frame_words: Default::default(),
            drain_status: Default::default(),
            expect_op: Default::default(),
            expect_tag: Default::default(),
            expect_address: Default::default(),
            expect_count: Default::default(),
            expect_payload: Default::default(),
            expect_crc: Default::default(),
            crc_calc: Default::default(),
            crc_check: Default::default(),
            decide: Default::default(),
            drain: Default::default(),
            rx_q: Default::default(),
            rx_v: Default::default(),
            rx_sync: Default::default(),
            rx_write: Default::default(),
            rx_read: Default::default(),
            rx_burst: Default::default(),
            rx_status: Default::default(),
            rx_len_ok: Default::default(),
            op: Default::default(),
            op_write: Default::default(),
            op_read: Default::default(),
            op_burst: Default::default(),
            op_status: Default::default(),
            tag: Default::default(),
            address: Default::default(),
            words: Default::default(),
            index: Default::default(),
            word: Default::default(),
            hunting: Default::default(),
            in_frame: Default::default(),
            nwords: Default::default(),
            pending: Default::default(),
            k_req_sync: k8(link::REQUEST_SYNC),
            k_op_write: k8(Opcode::Write as u8),
            k_op_read: k8(Opcode::Read as u8),
            k_op_burst: k8(Opcode::BurstWrite as u8),
            k_op_status: k8(Opcode::Status as u8),
            k_max_burst: k8(link::MAX_BURST_WORDS as u8),
            k_st_bad_crc: status_code(LinkStatus::BadCrc),
            k_st_bad_opcode: status_code(LinkStatus::BadOpcode),
            k_st_bad_length: status_code(LinkStatus::BadLength),
            k_st_garbage: status_code(LinkStatus::Garbage),
            k_rsp_timeout: response_code(RSP_TIMEOUT),
            k_rsp_pending: response_code(RSP_PENDING),
            k_rsp_status: response_code(RSP_STATUS),
            k_rsp_resend: response_code(RSP_RESEND),
        }
    }
}

// each state's logic is `if <state> { if <condition> { .. } }`, as the arms of a match
#[allow(clippy::collapsible_if)]
impl Logic for FrameReceiver {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            expect_op,
            expect_tag,
            expect_address,
            expect_count,
            expect_payload,
            expect_crc,
            crc_calc,
            crc_check,
            decide,
            drain,
            rx_q,
            rx_v,
            rx_sync,
            rx_write,
            rx_read,
            rx_burst,
            rx_status,
            rx_len_ok,
            op,
            op_write,
            op_read,
            op_burst,
            op_status,
            tag,
            address,
            words,
            index,
            word,
            pending
        );
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

        // ---- outputs: registers, and the payload word being assembled ----
        self.byte_data.next = self.rx_q.q.val();
        self.byte_valid.next = self.rx_v.q.val();
        self.new_word.next =
            (bit_cast::<32, 8>(self.rx_q.q.val()) << 24) | (self.word.q.val() >> 8);
        self.frame_op.next = self.op.q.val();
        self.frame_read.next = self.op_read.q.val();
        self.frame_tag.next = self.tag.q.val();
        self.frame_address.next = self.address.q.val();
        self.frame_words.next = self.words.q.val();
        self.drain_status.next = self.pending.q.val();
        self.byte_index.next = self.index.q.val();
        self.in_frame.next = self.expect_op.q.val()
            | self.expect_tag.q.val()
            | self.expect_address.q.val()
            | self.expect_count.q.val()
            | self.expect_payload.q.val()
            | self.expect_crc.q.val();
        self.receiving.next = self.in_frame.val()
            | self.crc_calc.q.val()
            | self.crc_check.q.val()
            | self.decide.q.val()
            | self.drain.q.val();
        self.hunting.next = !self.receiving.val() & !self.executing.val() & !self.answering.val();
        // every byte of a frame goes into the CRC; a byte seen while hunting restarts it
        self.crc_take.next = self.in_frame.val() & self.rx_v.q.val();
        self.crc_restart.next = self.hunting.val() & self.rx_v.q.val();

        // ---- the commands of the states below (one-cycle pulses; respond_with only
        // means something with respond) ----
        self.store_word.next = false;
        self.rewind.next = false;
        self.execute.next = false;
        self.forget.next = false;
        self.respond.next = false;
        self.respond_with.next = self.k_rsp_timeout.val();

        // ---- the response sender steps the index (it is not receiving then) ----
        if self.restart_index.val() {
            self.index.d.next = 0.into();
        }
        if self.step_index.val() {
            self.index.d.next = self.index.q.val() + 1;
        }

        // ---- the states' logic (at most one is set) ----
        if self.hunting.val() {
            if self.rx_v.q.val() {
                self.op.d.next = 0.into();
                self.tag.d.next = 0.into();
                if self.rx_sync.q.val() {
                    self.expect_op.d.next = true;
                } else {
                    self.pending.d.next = self.k_st_garbage.val();
                    self.drain.d.next = true;
                }
            }
        }
        if self.expect_op.q.val() {
            if self.rx_v.q.val() {
                self.op.d.next = self.rx_q.q.val();
                self.op_write.d.next = self.rx_write.q.val();
                self.op_read.d.next = self.rx_read.q.val();
                self.op_burst.d.next = self.rx_burst.q.val();
                self.op_status.d.next = self.rx_status.q.val();
                self.expect_op.d.next = false;
                if self.rx_write.q.val()
                    | self.rx_read.q.val()
                    | self.rx_burst.q.val()
                    | self.rx_status.q.val()
                {
                    self.expect_tag.d.next = true;
                } else {
                    self.pending.d.next = self.k_st_bad_opcode.val();
                    self.drain.d.next = true;
                }
            }
        }
        if self.expect_tag.q.val() {
            if self.rx_v.q.val() {
                self.tag.d.next = self.rx_q.q.val();
                self.index.d.next = 0.into();
                self.expect_tag.d.next = false;
                self.expect_address.d.next = true;
            }
        }
        if self.expect_address.q.val() {
            if self.rx_v.q.val() {
                self.address.d.next =
                    (bit_cast::<24, 8>(self.rx_q.q.val()) << 16) | (self.address.q.val() >> 8);
                self.index.d.next = self.index.q.val() + 1;
                if self.index.q.val() == 2 {
                    self.expect_address.d.next = false;
                    self.expect_count.d.next = true;
                }
            }
        }
        if self.expect_count.q.val() {
            if self.rx_v.q.val() {
                self.words.d.next = self.nwords.val();
                self.index.d.next = 0.into();
                self.rewind.next = true;
                self.expect_count.d.next = false;
                if !self.rx_len_ok.q.val() {
                    self.pending.d.next = self.k_st_bad_length.val();
                    self.drain.d.next = true;
                } else if self.op_write.q.val() | self.op_burst.q.val() {
                    self.expect_payload.d.next = true;
                } else {
                    self.expect_crc.d.next = true;
                }
            }
        }
        if self.expect_payload.q.val() {
            if self.rx_v.q.val() {
                self.word.d.next = self.new_word.val();
                self.index.d.next = self.index.q.val() + 1;
                if self.index.q.val().get_bits::<2>(0) == 3 {
                    self.store_word.next = true;
                    if self.last_word.val() {
                        self.index.d.next = 0.into();
                        self.expect_payload.d.next = false;
                        self.expect_crc.d.next = true;
                    }
                }
            }
        }
        if self.expect_crc.q.val() {
            if self.rx_v.q.val() {
                self.index.d.next = self.index.q.val() + 1;
                if self.index.q.val() == 1 {
                    self.rewind.next = true;
                    self.expect_crc.d.next = false;
                    self.crc_calc.d.next = true;
                }
            }
        }
        // a frame cut short by an idle line: Timeout
        if self.in_frame.val() & !self.rx_v.q.val() & self.timeout.val() {
            self.expect_op.d.next = false;
            self.expect_tag.d.next = false;
            self.expect_address.d.next = false;
            self.expect_count.d.next = false;
            self.expect_payload.d.next = false;
            self.expect_crc.d.next = false;
            self.respond.next = true;
            self.respond_with.next = self.k_rsp_timeout.val();
        }
        if self.crc_calc.q.val() {
            self.crc_calc.d.next = false;
            self.crc_check.d.next = true;
        }
        if self.crc_check.q.val() {
            self.crc_check.d.next = false;
            self.decide.d.next = true;
        }
        if self.decide.q.val() {
            // crc_ok, resend and the opcode flags are registers
            self.decide.d.next = false;
            if !self.crc_ok.val() {
                self.pending.d.next = self.k_st_bad_crc.val();
                self.drain.d.next = true;
            } else if self.op_status.q.val() {
                self.forget.next = true;
                self.respond.next = true;
                self.respond_with.next = self.k_rsp_status.val();
            } else if self.op_read.q.val() {
                self.execute.next = true;
            } else if self.resend.val() {
                // a write resent after a lost response: answer it again
                self.respond.next = true;
                self.respond_with.next = self.k_rsp_resend.val();
            } else {
                self.execute.next = true;
            }
        }
        if self.drain.q.val() {
            if self.timeout.val() {
                self.drain.d.next = false;
                self.respond.next = true;
                self.respond_with.next = self.k_rsp_pending.val();
            }
        }
    }
}
