//! `PostProcess<N, CA, PA>`: POSTPROCESS, the accumulator columns through the output stage.
//! Issues one accumulator element per `accept_next` (lane by lane, vector by vector), reads
//! its channel's scale and bias beside it, and steers each result to its lane and vector.
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | |
//! | `load` | in | 1 | the sequencer decodes a command: take the operands from `command` |
//! | `command` | in | 4 x 32 | the command's words (`c0`..`c3`) |
//! | `start` | in | 1 | start issuing (the unit has drained) |
//! | `array_size` | in | 8 | `N` (a constant of the top) |
//! | `accept_next` | in | 1 | the output stage takes an element this cycle |
//! | `result_valid` | in | 1 | the output stage delivers a result |
//! | `acc_read[j]` | in | N x 32 s | the accumulator memory's read data |
//! | `issue` | out | 1 | an element is read now, at accumulator vector `acc_address` |
//! | `acc_address` | out | CA | |
//! | `param_address` | out | PA | the channel whose scale and bias are read now |
//! | `stage_valid`, `stage_acc`, `encode` | out | 1, 32 s, 1 | the output stage's input |
//! | `out_vector`, `out_lane` | out | 24, N | where the next result goes (`out_lane` one-hot) |
//! | `idle` | out | 1 | no element between the memory and the output stage's output |
//! | `finished` | out | 1 | every column issued and written |
//!
//! The serial encoder (`SE = 1`) takes one column per `SERIAL_INTERVAL` cycles: `issue` waits
//! for `accept_next`. `issue` and `stage_acc` follow their inputs in the same cycle; every
//! other output is a register.

use crate::level_counter::LevelCounter;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct PostProcess<const N: usize, const CA: usize, const PA: usize> {
    pub clock: Signal<In, Clock>,
    pub load: Signal<In, Bit>,
    pub command: [Signal<In, Bits<32>>; 4],
    pub start: Signal<In, Bit>,
    pub array_size: Signal<In, Bits<8>>,
    pub accept_next: Signal<In, Bit>,
    pub result_valid: Signal<In, Bit>,
    pub acc_read: [Signal<In, Signed<32>>; N],
    pub issue: Signal<Out, Bit>,
    pub acc_address: Signal<Out, Bits<CA>>,
    pub param_address: Signal<Out, Bits<PA>>,
    pub stage_valid: Signal<Out, Bit>,
    pub stage_acc: Signal<Out, Signed<32>>,
    pub encode: Signal<Out, Bit>,
    pub out_vector: Signal<Out, Bits<24>>,
    pub out_lane: Signal<Out, Bits<N>>,
    pub idle: Signal<Out, Bit>,
    pub finished: Signal<Out, Bit>,
    source: DFF<Bits<CA>>,
    left: DFF<Bits<16>>,
    /// the command's column count was 0 (POSTPROCESS then issues nothing)
    zero: DFF<Bit>,
    /// columns left to issue (`issue` is this and `accept_next`); cleared with the last issue
    run: DFF<Bit>,
    lane: DFF<Bits<8>>,
    /// `lane == N - 1`, kept beside the lane counter
    lane_last: DFF<Bit>,
    base: DFF<Bits<PA>>,
    encoding: DFF<Bit>,
    /// the element issued last cycle (its memory word arrives now) and its lane
    read_valid: DFF<Bit>,
    read_lane: DFF<Bits<8>>,
    vector: DFF<Bits<24>>,
    /// the result lane, one-hot (bit `j`: lane `j`; the write enables decode no counter)
    lane_hot: DFF<Bits<N>>,
    /// elements inside the output stage
    outstanding: LevelCounter<16>,
}

impl<const N: usize, const CA: usize, const PA: usize> Default for PostProcess<N, CA, PA> {
    fn default() -> Self {
        block_fields! {
            Self {
            }
            default { clock, load, start, array_size, accept_next, result_valid, issue,
                acc_address, param_address, stage_valid, stage_acc, encode, out_vector,
                out_lane, idle, finished, source, left, zero, run, lane, lane_last, base,
                encoding, read_valid, read_lane, vector, lane_hot, outstanding }
            lanes { command, acc_read }
        }
    }
}

impl<const N: usize, const CA: usize, const PA: usize> Logic for PostProcess<N, CA, PA> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, source, left, zero, run, lane, lane_last, base, encoding, read_valid,
            read_lane, vector, lane_hot
        );
        self.outstanding.clock.next = self.clock.val();
        // the operands load whatever the command is (the previous command has finished with
        // them: its outstanding results were written before it completed)
        if self.load.val() {
            self.source.d.next = bit_cast::<CA, 32>(self.command[1].val());
            self.left.d.next = self.command[0].val().get_bits::<16>(16);
            self.zero.d.next = self.command[0].val().get_bits::<16>(16) == 0;
            self.lane.d.next = 0.into();
            self.lane_last.d.next = false;
            self.base.d.next = bit_cast::<PA, 32>(self.command[3].val());
            self.encoding.d.next = self.command[0].val().get_bit(8);
            self.vector.d.next = self.command[2].val().get_bits::<24>(0);
            self.lane_hot.d.next = 1.into();
        }
        if self.start.val() {
            self.run.d.next = !self.zero.q.val();
        }
        self.issue.next = self.run.q.val() & self.accept_next.val();
        if self.issue.val() {
            if self.lane_last.q.val() {
                self.lane.d.next = 0.into();
                self.lane_last.d.next = false;
                self.source.d.next = self.source.q.val() + 1;
                self.left.d.next = self.left.q.val() - 1;
                self.run.d.next = self.left.q.val() != 1;
            } else {
                self.lane.d.next = self.lane.q.val() + 1;
                self.lane_last.d.next = self.lane.q.val() == self.array_size.val() - 2;
            }
        }
        self.acc_address.next = self.source.q.val();
        self.param_address.next = self.base.q.val() + bit_cast::<PA, 8>(self.lane.q.val());
        self.read_valid.d.next = self.issue.val();
        self.read_lane.d.next = self.lane.q.val();
        self.stage_acc.next = 0.into();
        for j in 0..N {
            if self.read_lane.q.val().index() == j {
                self.stage_acc.next = self.acc_read[j].val();
            }
        }
        self.stage_valid.next = self.read_valid.q.val();
        self.encode.next = self.encoding.q.val();
        self.outstanding.up.next = self.issue.val();
        self.outstanding.down.next = self.result_valid.val();
        if self.result_valid.val() {
            // rotate the one-hot lane; a result in the last lane ends the vector
            self.lane_hot.d.next = self.lane_hot.q.val() << 1;
            for last in (N - 1)..N {
                if self.lane_hot.q.val().get_bit(last) {
                    self.lane_hot.d.next = 1.into();
                    self.vector.d.next = self.vector.q.val() + 1;
                }
            }
        }
        self.out_vector.next = self.vector.q.val();
        self.out_lane.next = self.lane_hot.q.val();
        self.idle.next = !self.read_valid.q.val() & !self.outstanding.nonzero.val();
        self.finished.next =
            !self.run.q.val() & !self.read_valid.q.val() & !self.outstanding.nonzero.val();
    }
}
