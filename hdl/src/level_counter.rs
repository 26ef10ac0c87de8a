//! `LevelCounter<W>`: how many items are inside something (the command queue, the array,
//! the output stage, the ALU), with a registered non-zero flag kept beside the count.
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | |
//! | `up` | in | 1 | an item enters this cycle |
//! | `down` | in | 1 | an item leaves this cycle (with `up`: the level stays) |
//! | `level` | out | W | the count, registered: changes the cycle after `up` / `down` |
//! | `nonzero` | out | 1 | `level != 0`, its own flip-flop (a reader sees one register, not a `W`-bit compare) |
//!
//! Invariants the user keeps: `down` only while an item is inside (`level > 0` or `up`
//! with it), and the level below `2^W` (the count wraps). Powers up empty.

use rust_hdl::prelude::*;

#[derive(LogicBlock, Default)]
pub struct LevelCounter<const W: usize> {
    pub clock: Signal<In, Clock>,
    pub up: Signal<In, Bit>,
    pub down: Signal<In, Bit>,
    pub level: Signal<Out, Bits<W>>,
    pub nonzero: Signal<Out, Bit>,
    count: DFF<Bits<W>>,
    any: DFF<Bit>,
}

impl<const W: usize> Logic for LevelCounter<W> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, count, any);
        if self.up.val() & !self.down.val() {
            self.count.d.next = self.count.q.val() + 1;
            self.any.d.next = true;
        }
        if self.down.val() & !self.up.val() {
            self.count.d.next = self.count.q.val() - 1;
            self.any.d.next = self.count.q.val() != 1;
        }
        self.level.next = self.count.q.val();
        self.nonzero.next = self.any.q.val();
    }
}

crate::impl_clocked!(LevelCounter<const W: usize>);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::ClockedBench;
    use qins_core::rng::SplitMix64;

    #[test]
    fn follows_a_reference_count_through_random_traffic() {
        let mut b = ClockedBench::new(LevelCounter::<4>::default());
        let mut rng = SplitMix64::new(7);
        let mut level = 0u64;
        let (mut max_seen, mut empties) = (0, 0);
        for t in 0..3000 {
            // drift up for a while, then down, so the count sweeps 0..=15 both ways
            let filling = (t / 200) % 2 == 0;
            let up = level < 15 && rng.below(4) < if filling { 3 } else { 1 };
            let down = (level > 0 || up) && rng.below(4) < if filling { 1 } else { 3 };
            b.uut.up.next = up;
            b.uut.down.next = down;
            b.cycle();
            level = level + u64::from(up) - u64::from(down);
            assert_eq!(b.uut.level.val().index() as u64, level, "t={t}");
            assert_eq!(b.uut.nonzero.val(), level != 0, "t={t}");
            max_seen = max_seen.max(level);
            empties += u64::from(level == 0);
        }
        assert_eq!(max_seen, 15, "the traffic reached the top of the range");
        assert!(empties > 10, "and emptied repeatedly");
    }
}
