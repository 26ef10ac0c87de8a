//! `AccumulatorWriter<N, CA, RR>`: the array's result vectors into the accumulator memory. A
//! vector leaving the array adds its accumulator word (or overwrites it) in the cycle after it
//! leaves, and the sum is written the cycle after that (`pend`). Where the word is read
//! depends on `RR`:
//!
//! - `RR = 0`: the top presents `array_out_tag` as the read address as the vector leaves, and
//!   the add takes the memory's read data directly (block RAM output -> forward select ->
//!   32-bit add in one cycle). Sums not yet visible to that read are forwarded: the one being
//!   written in the add's cycle (`pend`), else the one written the cycle before (`last`).
//! - `RR = 1`: the top presents `array_early_tag` (the tag a cycle before it leaves) as the
//!   read address, and the read data is registered (`previous_held`) as the vector leaves, so
//!   the add starts from a register. That read misses three writes: the two older ones are
//!   taken into `previous_held` in its place (`pend`, else `last`, as the vector leaves), the
//!   newest (`pend` in the add's cycle) is forwarded at the add. N x 32 more flip-flops.
//!
//! Either way the result and the cycle counts are the same: a sum is written two cycles after
//! its vector leaves the array, and the memory is read-old (a read sees the writes of earlier
//! cycles, not of its own).
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | |
//! | `array_out_valid`, `array_out_tag`, `array_result[j]` | in | 1, 32, N x 32 s | a vector leaves the array (tag: bits `CA-1..0` its accumulator vector, 31 accumulate) |
//! | `array_early_tag` | in | 32 | the tag of the vector leaving the array next cycle (read with `RR = 1`) |
//! | `acc_read[j]` | in | N x 32 s | the accumulator memory's read data (the word at the address read a cycle ago) |
//! | `write_enable`, `write_address`, `write_data[j]` | out | 1, CA, N x 32 s | the sums to write this cycle |
//! | `idle` | out | 1 | no vector between the array's output and the memory |
//!
//! Every output is a register.

use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct AccumulatorWriter<const N: usize, const CA: usize, const RR: usize> {
    pub clock: Signal<In, Clock>,
    pub array_out_valid: Signal<In, Bit>,
    pub array_out_tag: Signal<In, Bits<32>>,
    pub array_early_tag: Signal<In, Bits<32>>,
    pub array_result: [Signal<In, Signed<32>>; N],
    pub acc_read: [Signal<In, Signed<32>>; N],
    pub write_enable: Signal<Out, Bit>,
    pub write_address: Signal<Out, Bits<CA>>,
    pub write_data: [Signal<Out, Signed<32>>; N],
    pub idle: Signal<Out, Bit>,
    /// the vector in the add
    adding: DFF<Bit>,
    adding_tag: DFF<Bits<32>>,
    adding_result: [DFF<Signed<32>>; N],
    /// the sums being written this cycle (registered after the add)
    pend_valid: DFF<Bit>,
    pend_address: DFF<Bits<CA>>,
    pend_data: [DFF<Signed<32>>; N],
    /// the sums written in the previous cycle (a read in that cycle saw the old words)
    last_data: [DFF<Signed<32>>; N],
    /// the vector entering the add takes `pend`'s sums instead of its read word: the compare
    /// is made a cycle ahead, on the array's output tag
    forward_pend: DFF<Bit>,
    /// `RR = 0`: the vector entering the add takes `last`'s sums (compared a cycle ahead)
    forward_last: DFF<Bit>,
    /// `RR = 0`: `pend` or `last`, whichever is forwarded
    forwarded: [Signal<Local, Signed<32>>; N],
    /// `RR = 1` (`RR` registers each): the vector leaving the array now takes `pend`'s /
    /// `last`'s sums into `previous_held` instead of the memory's read data (compared a
    /// cycle ahead, on the early tag)
    hold_pend: Vec<DFF<Bit>>,
    hold_last: Vec<DFF<Bit>>,
    /// `RR = 1` (`RR * N` registers, lane `j` at `j`): the word the add starts from
    previous_held: Vec<DFF<Signed<32>>>,
    /// the word the add starts from
    previous: [Signal<Local, Signed<32>>; N],
    sum: [Signal<Local, Signed<32>>; N],
}

impl<const N: usize, const CA: usize, const RR: usize> Default for AccumulatorWriter<N, CA, RR> {
    fn default() -> Self {
        assert!(RR <= 1, "AccumulatorWriter: RR is 0 or 1");
        block_fields! {
            Self {
                hold_pend: (0..RR).map(|_| DFF::default()).collect(),
                hold_last: (0..RR).map(|_| DFF::default()).collect(),
                previous_held: (0..RR * N).map(|_| DFF::default()).collect(),
            }
            default { clock, array_out_valid, array_out_tag, array_early_tag, write_enable,
                write_address, idle, adding, adding_tag, pend_valid, pend_address, forward_pend,
                forward_last }
            lanes { array_result, acc_read, write_data, adding_result, pend_data, last_data,
                forwarded, previous, sum }
        }
    }
}

impl<const N: usize, const CA: usize, const RR: usize> Logic for AccumulatorWriter<N, CA, RR> {
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
        self.forward_last.d.next = false;
        for _u in 0..(1 - RR) {
            self.forward_last.d.next = self.pend_valid.q.val()
                & (self.pend_address.q.val() == bit_cast::<CA, 32>(self.array_out_tag.val()));
        }
        // RR = 1: next cycle `pend` holds what is in the add now, `last` what is in `pend`
        for u in 0..RR {
            self.hold_pend[u].clock.next = self.clock.val();
            self.hold_last[u].clock.next = self.clock.val();
            self.hold_pend[u].d.next = self.adding.q.val()
                & (bit_cast::<CA, 32>(self.adding_tag.q.val())
                    == bit_cast::<CA, 32>(self.array_early_tag.val()));
            self.hold_last[u].d.next = self.pend_valid.q.val()
                & (self.pend_address.q.val() == bit_cast::<CA, 32>(self.array_early_tag.val()));
        }
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
            for u in 0..RR {
                self.previous_held[j].clock.next = self.clock.val();
                self.previous_held[j].d.next = self.acc_read[j].val();
                if self.hold_last[u].q.val() {
                    self.previous_held[j].d.next = self.last_data[j].q.val();
                }
                if self.hold_pend[u].q.val() {
                    self.previous_held[j].d.next = self.pend_data[j].q.val();
                }
                self.previous[j].next = self.previous_held[j].q.val();
                if self.forward_pend.q.val() {
                    self.previous[j].next = self.pend_data[j].q.val();
                }
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

crate::impl_clocked!(AccumulatorWriter<const N: usize, const CA: usize, const RR: usize>);

#[cfg(test)]
#[allow(clippy::needless_range_loop)] // index loops mirror the lanes
mod tests {
    use super::*;
    use crate::bench::ClockedBench;
    use qins_core::rng::SplitMix64;

    /// One vector leaving the array: (accumulator vector, accumulate, lane values).
    type Vector = (usize, bool, [i32; 2]);

    /// Streams `vectors` (`None`: a cycle without one) into the writer, with the top's
    /// accumulator memory around it (read-old: a read sees the writes of earlier cycles
    /// only; the read address is the output tag, or with `RR = 1` the early tag), and
    /// returns the memory after the stream has drained, and how many vectors were
    /// `d` = 1..=4 cycles behind the last one with their accumulator vector.
    fn stream<const RR: usize>(vectors: &[Option<Vector>], memory: &mut [[i32; 2]; 8]) -> [u32; 5] {
        let mut b = ClockedBench::new(AccumulatorWriter::<2, 3, RR>::default());
        let mut read_data = [0i32; 2];
        let mut close = [0u32; 5];
        let mut left_at = [None::<usize>; 8];
        let at = |c: usize| vectors.get(c).copied().flatten();
        for c in 0..vectors.len() + 6 {
            let tag = |v: Option<Vector>| v.map_or(0, |(a, acc, _)| a as u64 | (acc as u64) << 31);
            b.uut.array_out_valid.next = at(c).is_some();
            b.uut.array_out_tag.next = tag(at(c)).into();
            b.uut.array_early_tag.next = tag(at(c + 1)).into();
            for j in 0..2 {
                b.uut.array_result[j].next = Signed::from(at(c).map_or(0, |v| v.2[j]) as i64);
                b.uut.acc_read[j].next = Signed::from(read_data[j] as i64);
            }
            if let Some((a, _, _)) = at(c) {
                if let Some(then) = left_at[a].replace(c) {
                    if let Some(n) = close.get_mut(c - then) {
                        *n += 1;
                    }
                }
            }
            // the memory's edge: the read (old contents), then the writer's write
            let read_from = if RR == 1 { at(c + 1) } else { at(c) };
            if let Some((a, _, _)) = read_from {
                read_data = memory[a];
            }
            b.settle();
            if b.uut.write_enable.val() {
                let a = b.uut.write_address.val().index();
                for j in 0..2 {
                    memory[a][j] = b.uut.write_data[j].val().bigint().try_into().unwrap();
                }
            }
            b.cycle();
        }
        assert!(b.uut.idle.val(), "drained");
        close
    }

    /// Random streams over 8 accumulator vectors, gaps of 0 to 3 cycles: every vector adds
    /// to (or overwrites) the latest sum of its accumulator vector, however close behind it
    /// comes, with either read (`RR`); and the streams do hit every distance the forwarding
    /// covers.
    fn random_streams_equal_the_sums<const RR: usize>() {
        let mut rng = SplitMix64::new(9 + RR as u64);
        let mut close = [0u32; 5];
        for _ in 0..40 {
            let mut vectors = Vec::new();
            for _ in 0..60 {
                for _ in 0..rng.below(4).saturating_sub(1) {
                    vectors.push(None);
                }
                let lanes = [rng.next_u64() as i32, rng.next_u64() as i32 >> 8];
                vectors.push(Some((rng.below(3) as usize, rng.below(5) != 0, lanes)));
            }
            let start: [[i32; 2]; 8] = std::array::from_fn(|_| [rng.next_u64() as i32; 2]);
            let mut want = start;
            for &(a, acc, lanes) in vectors.iter().flatten() {
                for j in 0..2 {
                    want[a][j] = if acc {
                        want[a][j].wrapping_add(lanes[j])
                    } else {
                        lanes[j]
                    };
                }
            }
            let mut memory = start;
            let seen = stream::<RR>(&vectors, &mut memory);
            assert_eq!(memory, want, "RR = {RR}");
            for d in 0..5 {
                close[d] += seen[d];
            }
        }
        assert!(close[1..].iter().all(|&n| n > 50), "{close:?}");
    }

    #[test]
    fn random_streams_equal_the_sums_with_the_direct_read() {
        random_streams_equal_the_sums::<0>();
    }

    #[test]
    fn random_streams_equal_the_sums_with_the_registered_read() {
        random_streams_equal_the_sums::<1>();
    }
}
