//! `AluIssue<N>`: an ALU vector op. Two cycles per element: read `a` (activation and
//! accumulator memories at once: ENCODE takes an int32), then read `b`; every memory read is
//! registered here (all `N` lanes, before the lane select: the memories' read data go
//! straight into a register) and used a cycle later, so `a` is taken two cycles after its
//! read and the pair is issued to the QINS ALU two cycles after `b`'s read, while the next
//! element's reads go on. The results come back in order and are written from `c3` on.
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | |
//! | `start` | in | 1 | start the command in `command` (the unit has drained) |
//! | `command` | in | 4 x 32 | the command's words (`c0`..`c3`) |
//! | `active` | in | 1 | the sequencer is in the ALU state (with an ALU) |
//! | `lane_shift`, `lane_mask` | in | 8, 24 | `log2 N` and `N - 1` (constants of the top) |
//! | `act_read[j]`, `acc_read[j]` | in | N x 16 s, N x 32 s | the memories' read data |
//! | `result_valid` | in | 1 | the ALU delivers a result |
//! | `read_act`, `read_acc` | out | 1, 1 | read the activation / accumulator memory now |
//! | `read_vector` | out | 24 | at this vector |
//! | `issue`, `a`, `b` | out | 1, 32, 32 | the ALU's `in_valid` and operands |
//! | `out_vector`, `out_lane` | out | 24, 24 | where the next result goes |
//! | `idle` | out | 1 | no element between the memories and the ALU's output |
//! | `finished` | out | 1 | every element issued and written |
//!
//! `read_*` and `read_vector` follow `active` in the same cycle; `b` is the lane select of the
//! held reads; every other output is a register.

use crate::level_counter::LevelCounter;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct AluIssue<const N: usize> {
    pub clock: Signal<In, Clock>,
    pub start: Signal<In, Bit>,
    pub command: [Signal<In, Bits<32>>; 4],
    pub active: Signal<In, Bit>,
    pub lane_shift: Signal<In, Bits<8>>,
    pub lane_mask: Signal<In, Bits<24>>,
    pub act_read: [Signal<In, Signed<16>>; N],
    pub acc_read: [Signal<In, Signed<32>>; N],
    pub result_valid: Signal<In, Bit>,
    pub read_act: Signal<Out, Bit>,
    pub read_acc: Signal<Out, Bit>,
    pub read_vector: Signal<Out, Bits<24>>,
    pub issue: Signal<Out, Bit>,
    pub a: Signal<Out, Bits<32>>,
    pub b: Signal<Out, Bits<32>>,
    pub out_vector: Signal<Out, Bits<24>>,
    pub out_lane: Signal<Out, Bits<24>>,
    pub idle: Signal<Out, Bit>,
    pub finished: Signal<Out, Bit>,
    a_address: DFF<Bits<24>>,
    b_address: DFF<Bits<24>>,
    left: DFF<Bits<16>>,
    /// `left != 0`, kept beside `left` so that `read_act` (which selects the activation
    /// memories' read address, a wide fan-out) has no 16-bit compare before it
    left_nonzero: DFF<Bit>,
    /// 0: read `a` (and issue the previous pair); 1: read `b`
    phase: DFF<Bit>,
    /// the lane of the word read last cycle, and of the one read two cycles ago (the word
    /// in `act_held` / `acc_held` now)
    lane: DFF<Bits<24>>,
    lane_held: DFF<Bits<24>>,
    /// the memories' read data, registered (every lane)
    act_held: [DFF<Signed<16>>; N],
    acc_held: [DFF<Signed<32>>; N],
    a_value: DFF<Bits<32>>,
    /// an element's `a` was read last cycle / two cycles ago (it is in the held registers)
    a_read: DFF<Bit>,
    a_due: DFF<Bit>,
    /// an element's `b` was read last cycle / two cycles ago (issue the pair now)
    b_read: DFF<Bit>,
    b_due: DFF<Bit>,
    /// an element is between its first read and its issue
    pending: Signal<Local, Bit>,
    /// ENCODE: `a` is an int32 from the accumulators
    encode: DFF<Bit>,
    /// elements inside the ALU
    outstanding: LevelCounter<16>,
    destination: DFF<Bits<24>>,
    read16: Signal<Local, Signed<16>>,
    read32: Signal<Local, Signed<32>>,
    value: Signal<Local, Bits<32>>,
}

impl<const N: usize> Default for AluIssue<N> {
    fn default() -> Self {
        block_fields! {
            Self {
            }
            default { clock, start, active, lane_shift, lane_mask, result_valid, read_act,
                read_acc, read_vector, issue, a, b, out_vector, out_lane, idle, finished,
                a_address, b_address, left, left_nonzero, phase, lane, lane_held, a_value,
                a_read, a_due, b_read, b_due, pending, encode, outstanding, destination, read16,
                read32, value }
            lanes { command, act_read, acc_read, act_held, acc_held }
        }
    }
}

impl<const N: usize> Logic for AluIssue<N> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            a_address,
            b_address,
            left,
            left_nonzero,
            phase,
            lane,
            lane_held,
            a_value,
            a_read,
            a_due,
            b_read,
            b_due,
            encode,
            destination
        );
        self.outstanding.clock.next = self.clock.val();
        if self.start.val() {
            self.a_address.d.next = self.command[1].val().get_bits::<24>(0);
            self.b_address.d.next = self.command[2].val().get_bits::<24>(0);
            self.destination.d.next = self.command[3].val().get_bits::<24>(0);
            self.left.d.next = self.command[0].val().get_bits::<16>(16);
            self.left_nonzero.d.next = self.command[0].val().get_bits::<16>(16) != 0;
            self.phase.d.next = false;
            self.encode.d.next = self.command[0].val().get_bits::<4>(8) == 7;
        }
        for j in 0..N {
            self.act_held[j].clock.next = self.clock.val();
            self.acc_held[j].clock.next = self.clock.val();
            self.act_held[j].d.next = self.act_read[j].val();
            self.acc_held[j].d.next = self.acc_read[j].val();
        }
        self.lane_held.d.next = self.lane.q.val();
        self.read16.next = 0.into();
        self.read32.next = 0.into();
        for j in 0..N {
            if self.lane_held.q.val().index() == j {
                self.read16.next = self.act_held[j].q.val();
                self.read32.next = self.acc_held[j].q.val();
            }
        }
        self.value.next = bit_cast::<32, 16>(unsigned_cast(self.read16.val()));
        if self.encode.q.val() & self.a_due.q.val() {
            self.value.next = unsigned_cast(self.read32.val());
        }
        // the reads of the last two cycles, as they move towards the held registers
        self.a_read.d.next = false;
        self.b_read.d.next = false;
        self.a_due.d.next = self.a_read.q.val();
        self.b_due.d.next = self.b_read.q.val();
        // an element's a arrives: keep it; its b arrives (a cycle later): issue the pair
        if self.a_due.q.val() {
            self.a_value.d.next = self.value.val();
        }
        self.issue.next = self.b_due.q.val();
        self.read_act.next = false;
        self.read_acc.next = false;
        self.read_vector.next = self.a_address.q.val() >> self.lane_shift.val();
        if self.active.val() {
            if !self.phase.q.val() {
                // phase 0: read the next a
                if self.left_nonzero.q.val() {
                    self.read_act.next = true;
                    self.read_acc.next = true;
                    self.lane.d.next = self.a_address.q.val() & self.lane_mask.val();
                    self.a_read.d.next = true;
                    self.phase.d.next = true;
                }
            } else {
                // phase 1: read b
                self.read_act.next = true;
                self.read_vector.next = self.b_address.q.val() >> self.lane_shift.val();
                self.lane.d.next = self.b_address.q.val() & self.lane_mask.val();
                self.b_read.d.next = true;
                self.a_address.d.next = self.a_address.q.val() + 1;
                self.b_address.d.next = self.b_address.q.val() + 1;
                self.left.d.next = self.left.q.val() - 1;
                self.left_nonzero.d.next = self.left.q.val() != 1;
                self.phase.d.next = false;
            }
        }
        self.pending.next =
            self.a_read.q.val() | self.a_due.q.val() | self.b_read.q.val() | self.b_due.q.val();
        self.a.next = self.a_value.q.val();
        self.b.next = self.value.val();
        self.outstanding.up.next = self.issue.val();
        self.outstanding.down.next = self.result_valid.val();
        if self.result_valid.val() {
            self.destination.d.next = self.destination.q.val() + 1;
        }
        self.out_vector.next = self.destination.q.val() >> self.lane_shift.val();
        self.out_lane.next = self.destination.q.val() & self.lane_mask.val();
        self.idle.next = !self.pending.val() & !self.outstanding.nonzero.val();
        self.finished.next =
            !self.left_nonzero.q.val() & !self.pending.val() & !self.outstanding.nonzero.val();
    }
}
