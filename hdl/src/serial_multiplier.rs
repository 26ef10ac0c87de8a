//! `SerialMultiplier<A, W>`: an exact signed `A`-bit x 16-bit product in a `W`-bit register,
//! one multiplier bit per cycle: the multiply of the bit-serial configurations
//! (`AccelConfig::bit_serial`), for FPGAs without DSPs. One `W`-bit adder instead of a
//! 16 x 16 multiplier in LUTs (~840 logic cells each on the iCE40 HX8K; the HX8K board design
//! went from 10,243 to 6,254 cells with its four PEs and its output stage on these).
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | |
//! | `start` | in | 1 | take `multiplicand` and `multiplier` this cycle (a product in progress is dropped) |
//! | `multiplicand` | in | A s | |
//! | `multiplier` | in | 16 s | |
//! | `product` | out | W | `multiplicand x multiplier` (two's complement) while `done`, and until the next `start` |
//! | `done` | out | 1 | the product is final: [`SerialMultiplier::CYCLES`] = 17 cycles after `start` |
//!
//! The cycle after `start` loads the operands (the multiplicand sign-extended to `W` bits)
//! and clears the product; then 16 steps, most significant multiplier bit first, each
//! `p = 2p + (bit ? a : 0)`, the first (the sign bit, worth `-2^15`) subtracting: `2p + !a
//! + 1` as one adder, the `+ 1` in the free low bit of `2p`. `W >= A + 16` keeps it exact.
//! A new `start` may come in the cycle `done` is high (so one product per 17 cycles).

use qins_core::accel::SERIAL_PE_INTERVAL;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct SerialMultiplier<const A: usize, const W: usize> {
    pub clock: Signal<In, Clock>,
    pub start: Signal<In, Bit>,
    pub multiplicand: Signal<In, Signed<A>>,
    pub multiplier: Signal<In, Signed<16>>,
    pub product: Signal<Out, Bits<W>>,
    pub done: Signal<Out, Bit>,
    /// the multiplicand, sign-extended to `W` bits
    operand: DFF<Bits<W>>,
    /// the multiplier bits not yet used, the next at bit 15
    bits_left: DFF<Bits<16>>,
    /// steps left (16 after the load)
    steps: DFF<Bits<5>>,
    accumulated: DFF<Bits<W>>,
    finished: DFF<Bit>,
    /// this step's addend: the operand, its complement (the sign bit's step) or 0
    term: Signal<Local, Bits<W>>,
    /// the sign bit's step: `+ 1` after the complement, in the low bit of `2p` (1 or 0)
    carry: Signal<Local, Bits<W>>,
    /// ones above bit `A - 1`: the sign extension of a negative multiplicand
    sign_fill: Constant<Bits<W>>,
    /// bit `A - 1`: the multiplicand's sign (a constant: `get_bit(A - 1)` would be written
    /// into the Verilog as the text `A - 1`)
    sign_bit: Constant<Bits<A>>,
}

impl<const A: usize, const W: usize> SerialMultiplier<A, W> {
    /// Cycles from `start` to `done`: the load and one step per multiplier bit.
    pub const CYCLES: usize = 1 + 16;
}

// the bit-serial PE's product takes exactly this long
const _: () = assert!(SERIAL_PE_INTERVAL == 1 + 16);

impl<const A: usize, const W: usize> Default for SerialMultiplier<A, W> {
    fn default() -> Self {
        assert!(
            A >= 2 && W >= A + 16 && W <= 64,
            "SerialMultiplier: W must hold an A + 16-bit product"
        );
        Self {
            clock: Default::default(),
            start: Default::default(),
            multiplicand: Default::default(),
            multiplier: Default::default(),
            product: Default::default(),
            done: Default::default(),
            operand: Default::default(),
            bits_left: Default::default(),
            steps: Default::default(),
            accumulated: Default::default(),
            finished: Default::default(),
            term: Default::default(),
            carry: Default::default(),
            sign_fill: Constant::new(((!0u64 << A) & (!0u64 >> (64 - W))).to_bits()),
            sign_bit: Constant::new((1u64 << (A - 1)).to_bits()),
        }
    }
}

impl<const A: usize, const W: usize> Logic for SerialMultiplier<A, W> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            operand,
            bits_left,
            steps,
            accumulated,
            finished
        );
        self.term.next = 0.into();
        self.carry.next = 0.into();
        if self.bits_left.q.val().get_bit(15) {
            self.term.next = self.operand.q.val();
            if self.steps.q.val() == 16 {
                self.term.next = !self.operand.q.val();
                self.carry.next = 1.into();
            }
        }
        if self.steps.q.val().any() {
            self.bits_left.d.next = self.bits_left.q.val() << 1;
            self.steps.d.next = self.steps.q.val() - 1;
            self.accumulated.d.next =
                ((self.accumulated.q.val() << 1) | self.carry.val()) + self.term.val();
        }
        if self.start.val() {
            // sign extension by hand: the widening cast of a plain signal zero-extends, in
            // the Rust simulation and in the Verilog alike
            self.operand.d.next = bit_cast::<W, A>(unsigned_cast(self.multiplicand.val()));
            if (unsigned_cast(self.multiplicand.val()) & self.sign_bit.val()).any() {
                self.operand.d.next =
                    bit_cast::<W, A>(unsigned_cast(self.multiplicand.val())) | self.sign_fill.val();
            }
            self.bits_left.d.next = unsigned_cast(self.multiplier.val());
            self.steps.d.next = 16.into();
            self.accumulated.d.next = 0.into();
        }
        self.finished.d.next = self.steps.q.val() == 1;
        self.product.next = self.accumulated.q.val();
        self.done.next = self.finished.q.val();
    }
}

crate::impl_clocked!(SerialMultiplier<const A: usize, const W: usize>);

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::bench::ClockedBench;
    use qins_core::rng::SplitMix64;

    /// The extreme 16-bit operands (the PE's tests use them too).
    pub(crate) const EDGES_16: [i16; 9] = [
        i16::MIN,
        i16::MIN + 1,
        -2,
        -1,
        0,
        1,
        2,
        i16::MAX - 1,
        i16::MAX,
    ];

    /// Every pair of extreme operands and `random` random pairs, back to back (a start in
    /// each `done` cycle), each product checked as `done` rises and held until the next start.
    fn products_are_exact<const A: usize, const W: usize>(random: usize) {
        let amax = (1i64 << (A - 1)) - 1;
        let amin = -(1i64 << (A - 1));
        let edges_a = [amin, amin + 1, -2, -1, 0, 1, 2, amax - 1, amax];
        let edges_m = EDGES_16;
        let mut pairs: Vec<(i64, i16)> = edges_a
            .iter()
            .flat_map(|&a| edges_m.iter().map(move |&m| (a, m)))
            .collect();
        let mut rng = SplitMix64::new(A as u64 * 100 + W as u64);
        for _ in 0..random {
            let a = ((rng.next_u64() as i64) << (64 - A)) >> (64 - A);
            pairs.push((a, rng.next_u64() as i16));
        }
        let mut b = ClockedBench::new(SerialMultiplier::<A, W>::default());
        let mask = if W == 64 { u64::MAX } else { (1u64 << W) - 1 };
        let mut previous: Option<u64> = None;
        for &(a, m) in &pairs {
            b.uut.start.next = true;
            b.uut.multiplicand.next = Signed::from(a);
            b.uut.multiplier.next = Signed::from(m as i64);
            b.cycle();
            b.uut.start.next = false;
            // garbage on the operands while it works
            b.uut.multiplicand.next = Signed::from(-1i64);
            b.uut.multiplier.next = Signed::from(-1i64);
            for c in 1..SerialMultiplier::<A, W>::CYCLES {
                assert!(!b.uut.done.val(), "a={a} m={m}: done after {c} cycles");
                b.cycle();
            }
            assert!(b.uut.done.val(), "a={a} m={m}: not done after 17 cycles");
            let want = (a * m as i64) as u64 & mask;
            assert_eq!(b.uut.product.val().to_u64(), want, "a={a} m={m}");
            previous = Some(want);
        }
        // held until the next start
        for _ in 0..5 {
            b.cycle();
            assert!(!b.uut.done.val());
            assert_eq!(b.uut.product.val().to_u64(), previous.unwrap());
        }
    }

    #[test]
    fn pe_products_16_by_16_are_exact() {
        products_are_exact::<16, 32>(3000);
    }

    #[test]
    fn output_stage_products_32_by_16_are_exact() {
        products_are_exact::<32, 48>(3000);
    }
}
