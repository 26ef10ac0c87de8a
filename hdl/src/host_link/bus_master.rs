//! `BusMaster`: the burst buffer and the bus master. The frame receiver stores a write's
//! payload words in the buffer; once the frame checked (`execute`) this engine runs its
//! request on the accelerator's host bus word by word and asks for the response. It also
//! remembers the last write's answer, so that a write resent after a lost response is
//! answered again instead of executed twice.
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | |
//! | `store_word`, `word` | in | 1, 32 | write `word` into the buffer at `word_index` and advance the index |
//! | `rewind` | in | 1 | `word_index` restarts at 0 |
//! | `forget` | in | 1 | forget the last write (a Status frame) |
//! | `execute` | in | 1 | run the frame's request (the first state is set in the next cycle) |
//! | `frame_read`, `frame_tag`, `frame_address`, `frame_words` | in | 1, 8, 24, 8 | the frame (stable while executing) |
//! | `bus_address` | out | 24 | word address of the request (registered: `frame_address + word_index`) |
//! | `bus_write_data` | out | 32 | the buffer's registered read port at `word_index` |
//! | `bus_write`, `bus_read` | out | 1, 1 | one-cycle request strobes (registered) |
//! | `bus_read_data`, `bus_ready`, `bus_error` | in | 32, 1, 1 | the answer, sampled exactly `qins_core::accel::BUS_LATENCY` = 2 cycles after the strobe |
//! | `executing` | out | 1 | one of this engine's states is set |
//! | `word_index` | out | 8 | the payload word being received or executed (register) |
//! | `last_word` | out | 1 | `word_index + 1 == frame_words`, one cycle late (register) |
//! | `resent` | out | 1 | the last write is remembered and `frame_tag` is its tag, one cycle late (register) |
//! | `last_write_status`, `last_write_data` | out | 8, 32 | the response sent for the last write (registers) |
//! | `answer_data` | out | 32 | the bus answer's data (register, held until the next answer) |
//! | `respond`, `respond_with` | out | 1, 3 | the response sender starts with response `respond_with` (`RSP_*`, meaningful with `respond`) |
//!
//! A word takes 6 cycles (one state each): `exec_load` (the buffer reads the word, `bus_address`
//! takes its address), `exec_strobe` (sets the registered strobe), `exec_wait`, `exec_wait_2`,
//! `exec_answer` (the bus answers: registered), `exec_check` (the next word, or the response).
//! The buffer is 64 x 32 bits (`qins_core::link::BURST_BUFFER_LOG2`: one or two block RAMs).

use super::response::{response_code, RSP_BUS_ERROR, RSP_NO_ANSWER, RSP_READ, RSP_WRITTEN};
use super::status_code;
use qins_core::link::{self, LinkStatus};
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct BusMaster {
    pub clock: Signal<In, Clock>,
    // ---- the frame receiver's commands, and the frame ----
    pub store_word: Signal<In, Bit>,
    pub word: Signal<In, Bits<32>>,
    pub rewind: Signal<In, Bit>,
    pub forget: Signal<In, Bit>,
    pub execute: Signal<In, Bit>,
    pub frame_read: Signal<In, Bit>,
    pub frame_tag: Signal<In, Bits<8>>,
    pub frame_address: Signal<In, Bits<24>>,
    pub frame_words: Signal<In, Bits<8>>,
    // ---- the host bus ----
    pub bus_address: Signal<Out, Bits<24>>,
    pub bus_write_data: Signal<Out, Bits<32>>,
    pub bus_write: Signal<Out, Bit>,
    pub bus_read: Signal<Out, Bit>,
    pub bus_read_data: Signal<In, Bits<32>>,
    pub bus_ready: Signal<In, Bit>,
    pub bus_error: Signal<In, Bit>,
    // ---- to the receiver and the response sender ----
    pub executing: Signal<Out, Bit>,
    pub word_index: Signal<Out, Bits<8>>,
    pub last_word: Signal<Out, Bit>,
    pub resent: Signal<Out, Bit>,
    pub last_write_status: Signal<Out, Bits<8>>,
    pub last_write_data: Signal<Out, Bits<32>>,
    pub answer_data: Signal<Out, Bits<32>>,
    // ---- the response to send ----
    pub respond: Signal<Out, Bit>,
    pub respond_with: Signal<Out, Bits<3>>,
    // ---- the states (one-hot over the link) ----
    /// word `widx` is being read from the buffer
    exec_load: DFF<Bit>,
    /// sets the registered strobe (on the bus in the next cycle)
    exec_strobe: DFF<Bit>,
    /// the strobe is on the bus
    exec_wait: DFF<Bit>,
    exec_wait_2: DFF<Bit>,
    /// the bus answers in this cycle (2 cycles after the strobe); it is registered
    exec_answer: DFF<Bit>,
    exec_check: DFF<Bit>,
    // ---- registers ----
    /// The burst buffer: word i of the payload at address i.
    buffer: RAM<Bits<32>, { link::BURST_BUFFER_LOG2 }>,
    /// Word index in the payload and during execution.
    widx: DFF<Bits<8>>,
    /// `widx + 1 == words`, one cycle late (widx and words are stable for longer).
    widx_last: DFF<Bit>,
    /// The bus outputs.
    strobe_write: DFF<Bit>,
    strobe_read: DFF<Bit>,
    bus_addr: DFF<Bits<24>>,
    /// The bus answer, one cycle late.
    ans_ready: DFF<Bit>,
    ans_error: DFF<Bit>,
    ans_data: DFF<Bits<32>>,
    /// the responses this engine asks for (`RSP_*`)
    k_rsp_no_answer: Constant<Bits<3>>,
    k_rsp_bus_error: Constant<Bits<3>>,
    k_rsp_read: Constant<Bits<3>>,
    k_rsp_written: Constant<Bits<3>>,
    /// The last write: its tag and the response sent for it (one of these statuses).
    last_valid: DFF<Bit>,
    last_tag: DFF<Bits<8>>,
    last_status: DFF<Bits<8>>,
    last_data: DFF<Bits<32>>,
    k_st_ok: Constant<Bits<8>>,
    k_st_bus_error: Constant<Bits<8>>,
    /// `last_valid & last_tag == tag`, one cycle late.
    resend: DFF<Bit>,
}

impl Default for BusMaster {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            store_word: Default::default(),
            word: Default::default(),
            rewind: Default::default(),
            forget: Default::default(),
            execute: Default::default(),
            frame_read: Default::default(),
            frame_tag: Default::default(),
            frame_address: Default::default(),
            frame_words: Default::default(),
            bus_address: Default::default(),
            bus_write_data: Default::default(),
            bus_write: Default::default(),
            bus_read: Default::default(),
            bus_read_data: Default::default(),
            bus_ready: Default::default(),
            bus_error: Default::default(),
            executing: Default::default(),
            word_index: Default::default(),
            last_word: Default::default(),
            resent: Default::default(),
            last_write_status: Default::default(),
            last_write_data: Default::default(),
            answer_data: Default::default(),
            respond: Default::default(),
            respond_with: Default::default(),
            exec_load: Default::default(),
            exec_strobe: Default::default(),
            exec_wait: Default::default(),
            exec_wait_2: Default::default(),
            exec_answer: Default::default(),
            exec_check: Default::default(),
            buffer: RAM::default(),
            widx: Default::default(),
            widx_last: Default::default(),
            strobe_write: Default::default(),
            strobe_read: Default::default(),
            bus_addr: Default::default(),
            ans_ready: Default::default(),
            ans_error: Default::default(),
            ans_data: Default::default(),
            k_rsp_no_answer: response_code(RSP_NO_ANSWER),
            k_rsp_bus_error: response_code(RSP_BUS_ERROR),
            k_rsp_read: response_code(RSP_READ),
            k_rsp_written: response_code(RSP_WRITTEN),
            last_valid: Default::default(),
            last_tag: Default::default(),
            last_status: Default::default(),
            last_data: Default::default(),
            k_st_ok: status_code(LinkStatus::Ok),
            k_st_bus_error: status_code(LinkStatus::BusError),
            resend: Default::default(),
        }
    }
}

impl Logic for BusMaster {
    #[hdl_gen]
    fn update(&mut self) {
        self.buffer.read_clock.next = self.clock.val();
        self.buffer.write_clock.next = self.clock.val();
        dff_setup!(
            self,
            clock,
            exec_load,
            exec_strobe,
            exec_wait,
            exec_wait_2,
            exec_answer,
            exec_check,
            widx,
            widx_last,
            strobe_write,
            strobe_read,
            bus_addr,
            ans_ready,
            ans_error,
            ans_data,
            last_valid,
            last_tag,
            last_status,
            last_data,
            resend
        );

        // ---- registered flags, the bus outputs and the buffer's ports ----
        self.widx_last.d.next = (self.widx.q.val() + 1) == self.frame_words.val();
        self.resend.d.next =
            self.last_valid.q.val() & (self.last_tag.q.val() == self.frame_tag.val());
        self.bus_addr.d.next = self.frame_address.val() + bit_cast::<24, 8>(self.widx.q.val());
        self.strobe_write.d.next = false;
        self.strobe_read.d.next = false;
        self.buffer.read_address.next = self.widx.q.val().get_bits::<6>(0);
        self.buffer.write_address.next = self.widx.q.val().get_bits::<6>(0);
        self.buffer.write_data.next = self.word.val();
        self.buffer.write_enable.next = self.store_word.val();
        self.bus_address.next = self.bus_addr.q.val();
        self.bus_write_data.next = self.buffer.read_data.val();
        self.bus_write.next = self.strobe_write.q.val();
        self.bus_read.next = self.strobe_read.q.val();
        self.word_index.next = self.widx.q.val();
        self.last_word.next = self.widx_last.q.val();
        self.resent.next = self.resend.q.val();
        self.last_write_status.next = self.last_status.q.val();
        self.last_write_data.next = self.last_data.q.val();
        self.answer_data.next = self.ans_data.q.val();
        // (respond_with only means something with respond)
        self.respond.next = false;
        self.respond_with.next = self.k_rsp_written.val();

        // ---- the frame receiver's commands (it is receiving, not executing, then) ----
        if self.store_word.val() {
            self.widx.d.next = self.widx.q.val() + 1;
        }
        if self.rewind.val() {
            self.widx.d.next = 0.into();
        }
        if self.forget.val() {
            self.last_valid.d.next = false;
        }
        if self.execute.val() {
            self.exec_load.d.next = true;
        }

        // ---- the states' logic (at most one is set) ----
        self.executing.next = self.exec_load.q.val()
            | self.exec_strobe.q.val()
            | self.exec_wait.q.val()
            | self.exec_wait_2.q.val()
            | self.exec_answer.q.val()
            | self.exec_check.q.val();
        if self.exec_load.q.val() {
            // widx is stable: the buffer reads word widx, bus_addr takes address + widx
            self.exec_load.d.next = false;
            self.exec_strobe.d.next = true;
        }
        if self.exec_strobe.q.val() {
            self.strobe_read.d.next = self.frame_read.val();
            self.strobe_write.d.next = !self.frame_read.val();
            self.exec_strobe.d.next = false;
            self.exec_wait.d.next = true;
        }
        if self.exec_wait.q.val() {
            // the strobe is on the bus
            self.exec_wait.d.next = false;
            self.exec_wait_2.d.next = true;
        }
        if self.exec_wait_2.q.val() {
            self.exec_wait_2.d.next = false;
            self.exec_answer.d.next = true;
        }
        if self.exec_answer.q.val() {
            // BUS_LATENCY = 2 cycles after the strobe: ans_* take the answer (and hold
            // it until the response is built)
            self.ans_ready.d.next = self.bus_ready.val();
            self.ans_error.d.next = self.bus_error.val();
            self.ans_data.d.next = self.bus_read_data.val();
            self.exec_answer.d.next = false;
            self.exec_check.d.next = true;
        }
        if self.exec_check.q.val() {
            self.exec_check.d.next = false;
            if !self.ans_ready.q.val() {
                self.respond.next = true;
                self.respond_with.next = self.k_rsp_no_answer.val();
            } else if self.ans_error.q.val() {
                self.respond.next = true;
                self.respond_with.next = self.k_rsp_bus_error.val();
                if !self.frame_read.val() {
                    self.last_valid.d.next = true;
                    self.last_tag.d.next = self.frame_tag.val();
                    self.last_status.d.next = self.k_st_bus_error.val();
                    self.last_data.d.next = bit_cast::<32, 8>(self.widx.q.val());
                }
            } else if self.frame_read.val() {
                self.respond.next = true;
                self.respond_with.next = self.k_rsp_read.val();
            } else if self.widx_last.q.val() {
                self.respond.next = true;
                self.respond_with.next = self.k_rsp_written.val();
                self.last_valid.d.next = true;
                self.last_tag.d.next = self.frame_tag.val();
                self.last_status.d.next = self.k_st_ok.val();
                self.last_data.d.next = bit_cast::<32, 8>(self.frame_words.val());
            } else {
                self.widx.d.next = self.widx.q.val() + 1;
                self.exec_load.d.next = true;
            }
        }
    }
}
