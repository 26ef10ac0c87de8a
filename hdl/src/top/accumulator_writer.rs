//! `AccumulatorWriter<N, CA>`: the array's result vectors into the accumulator memory. A
//! vector leaving the array reads its accumulator word (the top presents `array_out_tag` as
//! the read address), adds it (or overwrites it) a cycle later, and writes the sum the cycle
//! after that. A sum not yet visible to a read is forwarded: the one being written this cycle
//! (`pend`), else the one written last cycle (`last`).
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | |
//! | `array_out_valid`, `array_out_tag`, `array_result[j]` | in | 1, 32, N x 32 s | a vector leaves the array (tag: bits `CA-1..0` its accumulator vector, 31 accumulate) |
//! | `acc_read[j]` | in | N x 32 s | the accumulator memory's read data (the word at the tag read a cycle ago) |
//! | `write_enable`, `write_address`, `write_data[j]` | out | 1, CA, N x 32 s | the sums to write this cycle |
//! | `idle` | out | 1 | no vector between the array's output and the memory |
//!
//! Every output is a register.

use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct AccumulatorWriter<const N: usize, const CA: usize> {
    pub clock: Signal<In, Clock>,
    pub array_out_valid: Signal<In, Bit>,
    pub array_out_tag: Signal<In, Bits<32>>,
    pub array_result: [Signal<In, Signed<32>>; N],
    pub acc_read: [Signal<In, Signed<32>>; N],
    pub write_enable: Signal<Out, Bit>,
    pub write_address: Signal<Out, Bits<CA>>,
    pub write_data: [Signal<Out, Signed<32>>; N],
    pub idle: Signal<Out, Bit>,
    /// the vector in the add (its word is being read)
    adding: DFF<Bit>,
    adding_tag: DFF<Bits<32>>,
    adding_result: [DFF<Signed<32>>; N],
    /// the sums being written this cycle (registered after the add)
    pend_valid: DFF<Bit>,
    pend_address: DFF<Bits<CA>>,
    pend_data: [DFF<Signed<32>>; N],
    /// the sums written in the previous cycle (a read in that cycle saw the old words)
    last_data: [DFF<Signed<32>>; N],
    /// the vector entering the add takes `pend`'s / `last`'s sums instead of the memory's:
    /// the address compares are made a cycle ahead, on the array's output tag
    forward_pend: DFF<Bit>,
    forward_last: DFF<Bit>,
    /// `pend` or `last`, whichever is forwarded
    forwarded: [Signal<Local, Signed<32>>; N],
    previous: [Signal<Local, Signed<32>>; N],
    sum: [Signal<Local, Signed<32>>; N],
}

impl<const N: usize, const CA: usize> Default for AccumulatorWriter<N, CA> {
    fn default() -> Self {
        block_fields! {
            Self {
            }
            default { clock, array_out_valid, array_out_tag, write_enable, write_address, idle,
                adding, adding_tag, pend_valid, pend_address, forward_pend, forward_last }
            lanes { array_result, acc_read, write_data, adding_result, pend_data, last_data,
                forwarded, previous, sum }
        }
    }
}

impl<const N: usize, const CA: usize> Logic for AccumulatorWriter<N, CA> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            adding,
            adding_tag,
            pend_valid,
            pend_address,
            forward_pend,
            forward_last
        );
        self.adding.d.next = self.array_out_valid.val();
        self.adding_tag.d.next = self.array_out_tag.val();
        // (next cycle `pend` holds what is in the add now, `last` what is in `pend` now)
        self.forward_pend.d.next = self.adding.q.val()
            & (bit_cast::<CA, 32>(self.adding_tag.q.val())
                == bit_cast::<CA, 32>(self.array_out_tag.val()));
        self.forward_last.d.next = self.pend_valid.q.val()
            & (self.pend_address.q.val() == bit_cast::<CA, 32>(self.array_out_tag.val()));
        self.pend_valid.d.next = self.adding.q.val();
        self.pend_address.d.next = bit_cast::<CA, 32>(self.adding_tag.q.val());
        for j in 0..N {
            self.adding_result[j].clock.next = self.clock.val();
            self.pend_data[j].clock.next = self.clock.val();
            self.last_data[j].clock.next = self.clock.val();
            self.adding_result[j].d.next = self.array_result[j].val();
            self.forwarded[j].next = self.last_data[j].q.val();
            if self.forward_pend.q.val() {
                self.forwarded[j].next = self.pend_data[j].q.val();
            }
            self.previous[j].next = self.acc_read[j].val();
            if self.forward_pend.q.val() | self.forward_last.q.val() {
                self.previous[j].next = self.forwarded[j].val();
            }
            self.sum[j].next = self.adding_result[j].q.val();
            if self.adding_tag.q.val().get_bit(31) {
                self.sum[j].next = self.previous[j].val() + self.adding_result[j].q.val();
            }
            self.pend_data[j].d.next = self.sum[j].val();
            self.last_data[j].d.next = self.pend_data[j].q.val();
            self.write_data[j].next = self.pend_data[j].q.val();
        }
        self.write_enable.next = self.pend_valid.q.val();
        self.write_address.next = self.pend_address.q.val();
        self.idle.next = !self.adding.q.val() & !self.pend_valid.q.val();
    }
}
