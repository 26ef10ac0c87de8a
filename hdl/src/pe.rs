//! `ProcessingElement<SP>`: one weight-stationary MAC cell with two weight banks; `SP = 1`
//! multiplies bit-serially (no multiplier: FPGA area).
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | |
//! | `act_in`, `act_valid_in`, `act_bank_in` | in | 16 s, 1, 1 | activation from the left, its valid bit and the weight bank it uses |
//! | `act_out`, `act_valid_out`, `act_bank_out` | out | 16 s, 1, 1 | the same, registered (1 cycle) to the right |
//! | `psum_in` | in | 32 s | partial sum from above, [`ProcessingElement::PRODUCT_CYCLES`] after its activation's `act_in` |
//! | `psum_out` | out | 32 s | registered: `psum_in + product` when the product is valid, else `psum_in` |
//! | `weight_in` | in | 16 s | weight from above (the load chain) |
//! | `weight_load`, `weight_load_bank` | in | 1, 1 | shift `weight_in` into that bank this cycle |
//! | `weight_out` | out | 16 s | the loading bank's current weight, to the cell below |
//!
//! The MAC is the model's `qins_core::hw::mac::mac`: exact 16 x 16 product, 32-bit wrapping
//! add. The bank bit travels with each activation, so one bank can be loaded while the other
//! computes and a new tile takes over without draining the array. One multiplier (the bank is
//! selected before the product).
//!
//! Two stages: the product `act_in * weight[act_bank_in]` is registered (with the activation's
//! valid bit), and the add takes it a cycle later, so no path runs from the bank select
//! through the multiplier into the 32-bit adder (on the LFE5U-25F that path, with the
//! MULT18X18D placed far from its adder, held the clock at 61.4 MHz). Every PE adds the same
//! cycle, so a partial sum still meets the next row's product in step: `psum_out` is 2 cycles
//! after `act_in`, 1 after `psum_in`.
//!
//! `SP = 1` (`AccelConfig::bit_serial`): the product comes from a [`SerialMultiplier`] in
//! [`SERIAL_PE_INTERVAL`] = 17 cycles instead of 1, and a valid activation may enter only
//! every 17 cycles (the array's user paces them); the add stage is the same, so `psum_in`
//! comes 17 cycles after `act_in` and `psum_out` one later. One 32-bit adder instead of a
//! 16 x 16 multiplier: making the four PEs bit-serial took the HX8K board design from 10,243
//! to 7,575 logic cells (about 670 a PE).

use crate::serial_multiplier::SerialMultiplier;
use qins_core::accel::SERIAL_PE_INTERVAL;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct ProcessingElement<const SP: usize> {
    pub clock: Signal<In, Clock>,
    pub act_in: Signal<In, Signed<16>>,
    pub act_valid_in: Signal<In, Bit>,
    pub act_bank_in: Signal<In, Bit>,
    pub act_out: Signal<Out, Signed<16>>,
    pub act_valid_out: Signal<Out, Bit>,
    pub act_bank_out: Signal<Out, Bit>,
    pub psum_in: Signal<In, Signed<32>>,
    pub psum_out: Signal<Out, Signed<32>>,
    pub weight_in: Signal<In, Signed<16>>,
    pub weight_load: Signal<In, Bit>,
    pub weight_load_bank: Signal<In, Bit>,
    pub weight_out: Signal<Out, Signed<16>>,
    act: DFF<Signed<16>>,
    valid: DFF<Bit>,
    bank: DFF<Bit>,
    psum: DFF<Signed<32>>,
    /// the registered product and its valid bit (stage 1)
    product: DFF<Signed<32>>,
    product_valid: DFF<Bit>,
    bank0: DFF<Signed<16>>,
    bank1: DFF<Signed<16>>,
    weight: Signal<Local, Signed<16>>,
    /// `SP` (0 or 1) bit-serial multipliers (`SP = 1`: the product, instead of `product`)
    serial: Vec<SerialMultiplier<16, 32>>,
}

impl<const SP: usize> ProcessingElement<SP> {
    /// Cycles from `act_in` to the product, which meets `psum_in`: 1, or
    /// [`SERIAL_PE_INTERVAL`] with `SP = 1` (also the fewest cycles between two valid
    /// activations).
    pub const PRODUCT_CYCLES: usize = if SP == 1 {
        SerialMultiplier::<16, 32>::CYCLES
    } else {
        1
    };
}

impl<const SP: usize> Default for ProcessingElement<SP> {
    fn default() -> Self {
        assert!(SP <= 1, "ProcessingElement: SP is 0 or 1");
        const _: () = assert!(SerialMultiplier::<16, 32>::CYCLES == SERIAL_PE_INTERVAL);
        Self {
            clock: Default::default(),
            act_in: Default::default(),
            act_valid_in: Default::default(),
            act_bank_in: Default::default(),
            act_out: Default::default(),
            act_valid_out: Default::default(),
            act_bank_out: Default::default(),
            psum_in: Default::default(),
            psum_out: Default::default(),
            weight_in: Default::default(),
            weight_load: Default::default(),
            weight_load_bank: Default::default(),
            weight_out: Default::default(),
            act: Default::default(),
            valid: Default::default(),
            bank: Default::default(),
            psum: Default::default(),
            product: Default::default(),
            product_valid: Default::default(),
            bank0: Default::default(),
            bank1: Default::default(),
            weight: Default::default(),
            serial: (0..SP).map(|_| SerialMultiplier::default()).collect(),
        }
    }
}

impl<const SP: usize> Logic for ProcessingElement<SP> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            act,
            valid,
            bank,
            psum,
            product,
            product_valid,
            bank0,
            bank1
        );
        self.act.d.next = self.act_in.val();
        self.valid.d.next = self.act_valid_in.val();
        self.bank.d.next = self.act_bank_in.val();
        self.act_out.next = self.act.q.val();
        self.act_valid_out.next = self.valid.q.val();
        self.act_bank_out.next = self.bank.q.val();
        // stage 1: one multiplier, bank chosen first, product registered
        self.weight.next = self.bank0.q.val();
        if self.act_bank_in.val() {
            self.weight.next = self.bank1.q.val();
        }
        for _u in 0..(1 - SP) {
            self.product.d.next = self.act_in.val() * self.weight.val();
            self.product_valid.d.next = self.act_valid_in.val();
        }
        // stage 2: accumulate
        self.psum.d.next = self.psum_in.val();
        if self.product_valid.q.val() {
            self.psum.d.next = self.psum_in.val() + self.product.q.val();
        }
        // SP = 1: the serial multiplier starts with the valid activation and its bank's weight;
        // its product meets the partial sum as it is done
        for u in 0..SP {
            self.serial[u].clock.next = self.clock.val();
            self.serial[u].start.next = self.act_valid_in.val();
            self.serial[u].multiplicand.next = self.act_in.val();
            self.serial[u].multiplier.next = self.weight.val();
            self.psum.d.next = self.psum_in.val();
            if self.serial[u].done.val() {
                self.psum.d.next = self.psum_in.val() + signed_cast(self.serial[u].product.val());
            }
        }
        self.psum_out.next = self.psum.q.val();
        // load chain
        self.weight_out.next = self.bank0.q.val();
        if self.weight_load_bank.val() {
            self.weight_out.next = self.bank1.q.val();
        }
        if self.weight_load.val() {
            if self.weight_load_bank.val() {
                self.bank1.d.next = self.weight_in.val();
            } else {
                self.bank0.d.next = self.weight_in.val();
            }
        }
    }
}

crate::impl_clocked!(ProcessingElement<const SP: usize>);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::ClockedBench;
    use qins_core::rng::SplitMix64;

    fn s16(v: i16) -> Signed<16> {
        Signed::from(v as i64)
    }

    fn get32(s: &Signal<Out, Signed<32>>) -> i32 {
        s.val().bigint().try_into().expect("32-bit")
    }

    /// Drives random activations (with `SP = 1` at least `PRODUCT_CYCLES` apart), partial
    /// sums and bank reloads, and checks every cycle's `psum_out` against the model's MAC of
    /// the activation `PRODUCT_CYCLES` cycles earlier.
    fn macs_match_the_model<const SP: usize>(cycles: usize) -> usize {
        let delay = ProcessingElement::<SP>::PRODUCT_CYCLES;
        let mut b = ClockedBench::new(ProcessingElement::<SP>::default());
        let mut rng = SplitMix64::new(3 + SP as u64);
        let edges = [i16::MIN, -1, 0, 1, i16::MAX];
        let mut weights = [0i16; 2];
        // per cycle: the activation driven then, if valid, with its bank's weight then
        let mut driven: Vec<Option<(i16, i16)>> = Vec::new();
        let mut last_valid: Option<usize> = None;
        let mut checked = 0;
        for t in 0..cycles {
            // every 50 cycles a load cycle (no valid activation) reloads one bank
            let load = t % 50 == 0;
            if load {
                let bank = (t / 50) % 2;
                weights[bank] = if t < cycles / 2 {
                    edges[(t / 50) % 5]
                } else {
                    rng.next_u64() as i16
                };
                b.uut.weight_in.next = s16(weights[bank]);
                b.uut.weight_load_bank.next = bank == 1;
            }
            b.uut.weight_load.next = load;
            let a = if t % 7 == 0 {
                edges[t % 5]
            } else {
                rng.next_u64() as i16
            };
            let psum = if t % 11 == 0 {
                i32::MAX
            } else {
                rng.next_u64() as i32
            };
            let bank = rng.below(2) as usize;
            let spaced = last_valid.is_none_or(|v| t - v >= delay);
            let valid = !load && spaced && rng.below(4) != 0;
            if valid {
                last_valid = Some(t);
            }
            b.uut.act_in.next = s16(a);
            b.uut.act_valid_in.next = valid;
            b.uut.act_bank_in.next = bank == 1;
            b.uut.psum_in.next = Signed::from(psum as i64);
            driven.push(valid.then_some((a, weights[bank])));
            b.cycle();
            // the partial sum meets the product of the activation `delay` cycles earlier
            if t >= delay {
                let want = match driven[t - delay] {
                    Some((pa, pw)) => {
                        checked += 1;
                        qins_core::hw::mac::mac(psum, pa, pw)
                    }
                    None => psum,
                };
                assert_eq!(get32(&b.uut.psum_out), want, "SP={SP} t={t} psum={psum}");
            }
            assert_eq!(b.uut.act_valid_out.val(), valid);
            assert_eq!(b.uut.act_bank_out.val(), bank == 1);
            assert_eq!(i16::try_from(b.uut.act_out.val().bigint()).unwrap(), a);
        }
        checked
    }

    #[test]
    fn mac_matches_the_model_on_random_and_edge_operands() {
        let checked = macs_match_the_model::<0>(1200);
        assert!(checked > 800, "only {checked} MACs checked");
    }

    #[test]
    fn bit_serial_mac_matches_the_model_on_random_and_edge_operands() {
        let checked = macs_match_the_model::<1>(20_000);
        assert!(checked > 800, "only {checked} MACs checked");
    }

    #[test]
    fn bit_serial_mac_is_exact_at_the_extremes() {
        // every pair of extreme operands, one product at a time
        let edges = crate::serial_multiplier::tests::EDGES_16;
        let mut b = ClockedBench::new(ProcessingElement::<1>::default());
        let delay = ProcessingElement::<1>::PRODUCT_CYCLES;
        for &w in &edges {
            b.uut.weight_in.next = s16(w);
            b.uut.weight_load.next = true;
            b.uut.weight_load_bank.next = false;
            b.uut.act_valid_in.next = false;
            b.cycle();
            b.uut.weight_load.next = false;
            for &a in &edges {
                for (t, psum) in [i32::MIN, 0, i32::MAX]
                    .into_iter()
                    .cycle()
                    .take(delay + 1)
                    .enumerate()
                {
                    b.uut.act_in.next = s16(a);
                    b.uut.act_valid_in.next = t == 0;
                    b.uut.act_bank_in.next = false;
                    b.uut.psum_in.next = Signed::from(psum as i64);
                    b.cycle();
                    if t == delay {
                        assert_eq!(
                            get32(&b.uut.psum_out),
                            qins_core::hw::mac::mac(psum, a, w),
                            "a={a} w={w} psum={psum}"
                        );
                    }
                }
            }
        }
    }
}
