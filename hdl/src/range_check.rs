//! `RangeCheck` and `FixedRangeCheck`: does a command operand overrun its memory?
//! Combinational.
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `start` | in | 32 | first element (vector, row, entry) the command touches |
//! | `count` | in | 32 | how many it touches, at least 1 (zero-extended count, or a constant such as `N`) |
//! | `over` | out | 1 | `start + count > cap`, exact: `qins::hw::accel_model::range_exceeds` |
//!
//! A zero count is outside the contract (`over` is then `start >= cap`, not `start > cap`):
//! every command with a count refuses zero on its own.
//!
//! `cap` is a power of two `K = 2^B` fixed at construction (every memory of every
//! configuration is). The sum is never formed at full width: with `start < K`,
//! `start + count > K` is decided by `count >= K` (then only `count == K, start == 0` fits)
//! or, below that, by a `B + 1`-bit sum of the low parts. The carry chain is `B` bits, not the
//! count's 16, which keeps the sequencer's Fetch checks short.

use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct RangeCheck {
    pub start: Signal<In, Bits<32>>,
    pub count: Signal<In, Bits<32>>,
    pub over: Signal<Out, Bit>,
    /// `K`
    k_cap: Constant<Bits<32>>,
    /// `K - 1`: the low part
    k_low: Constant<Bits<32>>,
    /// `!(K - 1)`: any bit at or above `B`
    k_high: Constant<Bits<32>>,
    /// `(start mod K) + (count mod K)`, below `2K`
    low_sum: Signal<Local, Bits<32>>,
    count_big: Signal<Local, Bit>,
}

impl RangeCheck {
    /// A check against a memory of `cap` entries; `cap` must be a power of two, at most
    /// 2^31 (a configuration bug otherwise, caught when the top is built).
    pub fn new(cap: u64) -> Self {
        assert!(
            cap.is_power_of_two() && cap <= 1 << 31,
            "RangeCheck: capacity {cap} is not a power of two up to 2^31"
        );
        Self {
            start: Default::default(),
            count: Default::default(),
            over: Default::default(),
            k_cap: Constant::new(bits(cap)),
            k_low: Constant::new(bits(cap - 1)),
            k_high: Constant::new(bits(!(cap - 1) & 0xFFFF_FFFF)),
            low_sum: Default::default(),
            count_big: Default::default(),
        }
    }
}

impl Logic for RangeCheck {
    #[hdl_gen]
    fn update(&mut self) {
        self.low_sum.next =
            (self.start.val() & self.k_low.val()) + (self.count.val() & self.k_low.val());
        self.count_big.next = (self.count.val() & self.k_high.val()).any();
        self.over.next = (self.start.val() & self.k_high.val()).any()
            | (self.count_big.val()
                & !((self.count.val() == self.k_cap.val())
                    & !(self.start.val() & self.k_low.val()).any()))
            | (!self.count_big.val()
                & (self.low_sum.val() & self.k_high.val()).any()
                & (self.low_sum.val() != self.k_cap.val()));
    }
}

/// `FixedRangeCheck`: `RangeCheck` for a constant count `C`, a power of two (a tile's `N`
/// rows or channels, a 256-entry table). No carry chain: below `K`, `start + C > K` is
/// `start > K - C`, that is the bits from `log2 C` up all ones and a low bit set. A count
/// above the capacity never fits.
///
/// | port | dir | width | meaning |
/// |---|---|---|---|
/// | `start` | in | 32 | first element |
/// | `over` | out | 1 | `start + C > K` (`range_exceeds`) |
#[derive(LogicBlock)]
pub struct FixedRangeCheck {
    pub start: Signal<In, Bits<32>>,
    pub over: Signal<Out, Bit>,
    /// `!(K - 1)`
    k_high: Constant<Bits<32>>,
    /// `(K - 1) & !(C - 1)`: the bits that must all be set
    k_top: Constant<Bits<32>>,
    /// `C - 1`: one of them must be set
    k_low: Constant<Bits<32>>,
    /// `C > K`
    k_never_fits: Constant<Bit>,
}

impl FixedRangeCheck {
    /// `count` elements against a memory of `cap` (powers of two, `cap <= 2^31`).
    pub fn new(cap: u64, count: u64) -> Self {
        assert!(
            cap.is_power_of_two() && count.is_power_of_two() && cap <= 1 << 31,
            "FixedRangeCheck: count {count} and capacity {cap} must be powers of two, capacity <= 2^31"
        );
        let low = count.min(cap) - 1;
        Self {
            start: Default::default(),
            over: Default::default(),
            k_high: Constant::new(bits(!(cap - 1) & 0xFFFF_FFFF)),
            k_top: Constant::new(bits((cap - 1) & !low)),
            k_low: Constant::new(bits(low)),
            k_never_fits: Constant::new(count > cap),
        }
    }
}

impl Logic for FixedRangeCheck {
    #[hdl_gen]
    fn update(&mut self) {
        self.over.next = self.k_never_fits.val()
            | (self.start.val() & self.k_high.val()).any()
            | (((self.start.val() & self.k_top.val()) == self.k_top.val())
                & (self.start.val() & self.k_low.val()).any());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use qins::hw::accel_model::range_exceeds;
    use qins::rng::SplitMix64;

    #[test]
    fn the_fixed_count_check_matches_the_model() {
        for (b, c) in [
            (1u32, 0u32),
            (1, 1),
            (1, 2),
            (3, 1),
            (8, 1),
            (8, 8),
            (7, 8),
            (14, 1),
            (14, 3),
            (9, 8),
        ] {
            let (cap, count) = (1u64 << b, 1u64 << c);
            let mut uut = FixedRangeCheck::new(cap, count);
            uut.connect_all();
            let k = cap as u32;
            let mut starts = vec![0, 1, u32::MAX, 0xFFFF, k, k + 1, 2 * k];
            // every start around the turning point, and random ones
            starts.extend((0..=2 * count as u32 + 2).map(|d| k.saturating_sub(d)));
            let mut rng = SplitMix64::new(b as u64 * 64 + c as u64);
            starts.extend((0..500).map(|_| rng.below(2 * cap) as u32));
            for s in starts {
                uut.start.next = bits(s as u64);
                assert!(simulate(&mut uut, 100), "did not settle");
                assert_eq!(
                    uut.over.val(),
                    range_exceeds(s as u64, count, cap),
                    "cap 2^{b}, count 2^{c}, start {s}"
                );
            }
        }
    }

    fn over(uut: &mut RangeCheck, start: u32, count: u32) -> bool {
        uut.start.next = bits(start as u64);
        uut.count.next = bits(count as u64);
        assert!(simulate(uut, 100), "did not settle");
        uut.over.val()
    }

    #[test]
    fn matches_the_model_at_every_boundary_and_on_random_operands() {
        for b in [1u32, 3, 8, 14, 18, 31] {
            let cap = 1u64 << b;
            let mut uut = RangeCheck::new(cap);
            uut.connect_all();
            let c = cap as u32;
            let edges = [
                0,
                1,
                2,
                c / 2,
                c - 2,
                c.wrapping_sub(1),
                c,
                c.wrapping_add(1),
                c.wrapping_mul(2),
                0xFFFF,
                0x1_0000,
                u32::MAX - 1,
                u32::MAX,
            ];
            for &s in &edges {
                for &n in edges.iter().filter(|&&n| n != 0) {
                    assert_eq!(
                        over(&mut uut, s, n),
                        range_exceeds(s as u64, n as u64, cap),
                        "cap 2^{b}, start {s}, count {n}"
                    );
                }
            }
            let mut rng = SplitMix64::new(b as u64);
            for _ in 0..2000 {
                // mostly near the capacity, where the answer turns
                let s = (rng.below(3 * cap.min(1 << 20)) as u32) >> rng.below(2);
                let n = match rng.below(3) {
                    0 => rng.below(1 << 16) as u32,
                    1 => rng.below(2 * cap.min(1 << 20)) as u32,
                    _ => rng.next_u64() as u32,
                }
                .max(1);
                assert_eq!(
                    over(&mut uut, s, n),
                    range_exceeds(s as u64, n as u64, cap),
                    "cap 2^{b}, start {s}, count {n}"
                );
            }
        }
    }
}
