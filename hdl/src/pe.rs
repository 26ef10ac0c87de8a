//! `ProcessingElement`: one weight-stationary MAC cell with two weight banks.
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | |
//! | `act_in`, `act_valid_in`, `act_bank_in` | in | 16 s, 1, 1 | activation from the left, its valid bit and the weight bank it uses |
//! | `act_out`, `act_valid_out`, `act_bank_out` | out | 16 s, 1, 1 | the same, registered (1 cycle) to the right |
//! | `psum_in` | in | 32 s | partial sum from above, one cycle after its activation's `act_in` |
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

use rust_hdl::prelude::*;

#[derive(LogicBlock, Default)]
pub struct ProcessingElement {
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
}

impl Logic for ProcessingElement {
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
        self.product.d.next = self.act_in.val() * self.weight.val();
        self.product_valid.d.next = self.act_valid_in.val();
        // stage 2: accumulate
        self.psum.d.next = self.psum_in.val();
        if self.product_valid.q.val() {
            self.psum.d.next = self.psum_in.val() + self.product.q.val();
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

crate::impl_clocked!(ProcessingElement);

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

    #[test]
    fn mac_matches_the_model_on_random_and_edge_operands() {
        let mut b = ClockedBench::new(ProcessingElement::default());
        let mut rng = SplitMix64::new(3);
        let edges = [i16::MIN, -1, 0, 1, i16::MAX];
        let mut weights = [0i16; 2];
        // the activation driven in the previous cycle: (value, valid, its bank's weight then)
        let mut previous: Option<(i16, bool, i16)> = None;
        let mut checked = 0;
        for t in 0..1200 {
            // every 50 cycles a load cycle (no valid activation) reloads one bank
            let load = t % 50 == 0;
            if load {
                let bank = (t / 50) % 2;
                weights[bank] = if t < 600 {
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
            // the partial sum meets the previous cycle's activation
            let psum = if t % 11 == 0 {
                i32::MAX
            } else {
                rng.next_u64() as i32
            };
            let bank = rng.below(2) as usize;
            let valid = !load && rng.below(4) != 0;
            b.uut.act_in.next = s16(a);
            b.uut.act_valid_in.next = valid;
            b.uut.act_bank_in.next = bank == 1;
            b.uut.psum_in.next = Signed::from(psum as i64);
            b.cycle();
            if let Some((pa, pvalid, pw)) = previous {
                let want = if pvalid {
                    qins_core::hw::mac::mac(psum, pa, pw)
                } else {
                    psum
                };
                assert_eq!(
                    get32(&b.uut.psum_out),
                    want,
                    "t={t} a={pa} w={pw} psum={psum}"
                );
                checked += usize::from(pvalid);
            }
            assert_eq!(b.uut.act_valid_out.val(), valid);
            assert_eq!(b.uut.act_bank_out.val(), bank == 1);
            assert_eq!(i16::try_from(b.uut.act_out.val().bigint()).unwrap(), a);
            previous = Some((a, valid, weights[bank]));
        }
        assert!(checked > 800, "only {checked} MACs checked");
    }
}
