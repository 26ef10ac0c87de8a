//! `SystolicArray<N, SP>`: an N x N weight-stationary array of [`ProcessingElement`]s with the
//! input skew and output de-skew built in, so callers see whole vectors. `SP = 1`: the PEs
//! multiply bit-serially (one vector per `SERIAL_PE_INTERVAL` cycles).
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | |
//! | `act_in[i]` | in | N x 16 s | one activation vector (element `i` feeds array row `i`) |
//! | `act_valid`, `act_bank` | in | 1, 1 | the vector is valid; the weight bank it multiplies |
//! | `in_tag` | in | 32 | opaque side data (for example a destination address), delayed with the vector |
//! | `weight_in[j]` | in | N x 16 s | one weight-tile row (element `j` feeds column `j`) |
//! | `weight_load`, `weight_load_bank` | in | 1, 1 | shift `weight_in` into that bank of every column |
//! | `result[j]` | out | N x 32 s | `sum_i act[i] * W[i][j]`, all columns aligned |
//! | `out_valid`, `out_tag` | out | 1, 32 | the vector's valid bit and tag |
//! | `early_valid`, `early_tag` | out | 1, 32 | the valid bit and tag of the vector leaving next cycle (registers: to read a memory a cycle ahead) |
//!
//! Latency [`SystolicArray::LATENCY`] = `2N - 1 + P` cycles from `act_in` to `result`, `P`
//! the PE's product cycles (`ProcessingElement::PRODUCT_CYCLES`: 1, or 17 with `SP = 1`);
//! one vector per `P` cycles (a vector entering earlier corrupts the one before: the user
//! paces them). Every PE's partial sum comes `P` cycles after its activation, so the rows
//! stay one cycle apart whatever `P` is. Loading: N cycles per tile, rows fed **last row first** (after N shifts row
//! `i` sits in array row `i`); a bank may be loaded while vectors use the other bank, and must
//! not be loaded while vectors that use it are still inside the array (`LATENCY` cycles after
//! the last one entered). Every MAC is the model's `qins_core::hw::mac::mac`.

use crate::pe::ProcessingElement;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct SystolicArray<const N: usize, const SP: usize> {
    pub clock: Signal<In, Clock>,
    pub act_in: [Signal<In, Signed<16>>; N],
    pub act_valid: Signal<In, Bit>,
    pub act_bank: Signal<In, Bit>,
    pub in_tag: Signal<In, Bits<32>>,
    pub weight_in: [Signal<In, Signed<16>>; N],
    pub weight_load: Signal<In, Bit>,
    pub weight_load_bank: Signal<In, Bit>,
    pub result: [Signal<Out, Signed<32>>; N],
    pub out_valid: Signal<Out, Bit>,
    pub out_tag: Signal<Out, Bits<32>>,
    pub early_valid: Signal<Out, Bit>,
    pub early_tag: Signal<Out, Bits<32>>,
    /// `pe[i * N + j]` is row `i`, column `j`.
    pe: Vec<ProcessingElement<SP>>,
    /// Input skew: row `i` uses the first `i` of its N stages, stage `d` at `i * N + d`
    /// (a rectangular layout: rust-hdl loops need constant bounds; unused stages are pruned
    /// by synthesis).
    skew_act: Vec<DFF<Signed<16>>>,
    skew_valid: Vec<DFF<Bit>>,
    skew_bank: Vec<DFF<Bit>>,
    /// Output de-skew: column `j` uses the first `N - 1 - j` of its N stages, at `j * N + d`.
    deskew: Vec<DFF<Signed<32>>>,
    /// The tag, delayed `LATENCY` cycles.
    tag_line: Vec<DFF<Bits<32>>>,
    /// The last PE's valid bit, `P - 1` cycles (`P > 1`) ...
    valid_delay: Vec<DFF<Bit>>,
    /// ... and one more (its partial sum is `P` cycles behind its activation).
    out_valid_late: DFF<Bit>,
}

impl<const N: usize, const SP: usize> SystolicArray<N, SP> {
    /// Cycles a PE's partial sum is behind its activation (and between two vectors).
    pub const INTERVAL: usize = ProcessingElement::<SP>::PRODUCT_CYCLES;
    /// Cycles from a vector at `act_in` to its result at `result`.
    pub const LATENCY: usize = 2 * N - 1 + Self::INTERVAL;
}

fn dffs<T: Synth>(n: usize) -> Vec<DFF<T>> {
    (0..n).map(|_| DFF::default()).collect()
}

impl<const N: usize, const SP: usize> Default for SystolicArray<N, SP> {
    fn default() -> Self {
        assert!(N >= 2, "the array needs N >= 2");
        Self {
            clock: Default::default(),
            act_in: array_init::array_init(|_| Default::default()),
            act_valid: Default::default(),
            act_bank: Default::default(),
            in_tag: Default::default(),
            weight_in: array_init::array_init(|_| Default::default()),
            weight_load: Default::default(),
            weight_load_bank: Default::default(),
            result: array_init::array_init(|_| Default::default()),
            out_valid: Default::default(),
            out_tag: Default::default(),
            early_valid: Default::default(),
            early_tag: Default::default(),
            pe: (0..N * N).map(|_| ProcessingElement::default()).collect(),
            skew_act: dffs(N * N),
            skew_valid: dffs(N * N),
            skew_bank: dffs(N * N),
            deskew: dffs(N * N),
            tag_line: dffs(Self::LATENCY),
            valid_delay: dffs(Self::INTERVAL - 1),
            out_valid_late: DFF::default(),
        }
    }
}

impl<const N: usize, const SP: usize> Logic for SystolicArray<N, SP> {
    #[hdl_gen]
    fn update(&mut self) {
        // Loop bounds are Rust expressions (N is known); index expressions may only use
        // loop variables, so `nn` carries N into them (see docs/toolchain notes).
        for nn in N..(N + 1) {
            for k in 0..(N * N) {
                self.pe[k].clock.next = self.clock.val();
                self.skew_act[k].clock.next = self.clock.val();
                self.skew_valid[k].clock.next = self.clock.val();
                self.skew_bank[k].clock.next = self.clock.val();
                self.deskew[k].clock.next = self.clock.val();
            }
            for k in 0..Self::LATENCY {
                self.tag_line[k].clock.next = self.clock.val();
            }
            for k in 0..(Self::INTERVAL - 1) {
                self.valid_delay[k].clock.next = self.clock.val();
            }
            self.out_valid_late.clock.next = self.clock.val();
            // tag delay line
            self.tag_line[0].d.next = self.in_tag.val();
            for k in 1..Self::LATENCY {
                self.tag_line[k].d.next = self.tag_line[k - 1].q.val();
            }
            for ll in Self::LATENCY..(Self::LATENCY + 1) {
                self.out_tag.next = self.tag_line[ll - 1].q.val();
                self.early_tag.next = self.tag_line[ll - 2].q.val();
            }
            // input skew: row i's chain starts at i * N; row i takes stage i - 1
            for i in 0..N {
                self.skew_act[i * nn].d.next = self.act_in[i].val();
                self.skew_valid[i * nn].d.next = self.act_valid.val();
                self.skew_bank[i * nn].d.next = self.act_bank.val();
                for d in 1..N {
                    self.skew_act[i * nn + d].d.next = self.skew_act[i * nn + d - 1].q.val();
                    self.skew_valid[i * nn + d].d.next = self.skew_valid[i * nn + d - 1].q.val();
                    self.skew_bank[i * nn + d].d.next = self.skew_bank[i * nn + d - 1].q.val();
                }
            }
            self.pe[0].act_in.next = self.act_in[0].val();
            self.pe[0].act_valid_in.next = self.act_valid.val();
            self.pe[0].act_bank_in.next = self.act_bank.val();
            for i in 1..N {
                self.pe[i * nn].act_in.next = self.skew_act[i * nn + i - 1].q.val();
                self.pe[i * nn].act_valid_in.next = self.skew_valid[i * nn + i - 1].q.val();
                self.pe[i * nn].act_bank_in.next = self.skew_bank[i * nn + i - 1].q.val();
            }
            // activations flow right
            for i in 0..N {
                for j in 1..N {
                    self.pe[i * nn + j].act_in.next = self.pe[i * nn + j - 1].act_out.val();
                    self.pe[i * nn + j].act_valid_in.next =
                        self.pe[i * nn + j - 1].act_valid_out.val();
                    self.pe[i * nn + j].act_bank_in.next =
                        self.pe[i * nn + j - 1].act_bank_out.val();
                }
            }
            // partial sums and weights flow down
            for j in 0..N {
                self.pe[j].psum_in.next = 0.into();
                self.pe[j].weight_in.next = self.weight_in[j].val();
            }
            for i in 1..N {
                for j in 0..N {
                    self.pe[i * nn + j].psum_in.next = self.pe[(i - 1) * nn + j].psum_out.val();
                    self.pe[i * nn + j].weight_in.next = self.pe[(i - 1) * nn + j].weight_out.val();
                }
            }
            for k in 0..(N * N) {
                self.pe[k].weight_load.next = self.weight_load.val();
                self.pe[k].weight_load_bank.next = self.weight_load_bank.val();
            }
            // output de-skew: column j's chain starts at j * N; column j takes stage N - 2 - j
            for j in 0..N {
                self.deskew[j * nn].d.next = self.pe[(nn - 1) * nn + j].psum_out.val();
                for d in 1..N {
                    self.deskew[j * nn + d].d.next = self.deskew[j * nn + d - 1].q.val();
                }
            }
            for j in 0..(N - 1) {
                self.result[j].next = self.deskew[j * nn + nn - 2 - j].q.val();
            }
            self.result[nn - 1].next = self.pe[nn * nn - 1].psum_out.val();
            self.out_valid_late.d.next = self.pe[nn * nn - 1].act_valid_out.val();
            self.out_valid.next = self.out_valid_late.q.val();
            self.early_valid.next = self.pe[nn * nn - 1].act_valid_out.val();
            // P > 1: the valid bit waits P - 1 more cycles first
            for u in 0..SP {
                self.valid_delay[u].d.next = self.pe[nn * nn - 1].act_valid_out.val();
            }
            for k in 1..(Self::INTERVAL - 1) {
                self.valid_delay[k].d.next = self.valid_delay[k - 1].q.val();
            }
            for pp in Self::INTERVAL..(Self::INTERVAL + SP) {
                self.out_valid_late.d.next = self.valid_delay[pp - 2].q.val();
                self.early_valid.next = self.valid_delay[pp - 2].q.val();
            }
        }
    }
}

crate::impl_clocked!(SystolicArray<const N: usize, const SP: usize>);

#[cfg(test)]
#[allow(clippy::needless_range_loop)] // index loops mirror the array's rows and columns
mod tests {
    use super::*;
    use crate::bench::ClockedBench;
    use qins_core::hw::{mac, DecodeTable as Model};
    use qins_core::rng::SplitMix64;

    fn run<const N: usize, const SP: usize>(seed: u64, tiles: usize, rows_per_tile: usize) {
        let mut b = ClockedBench::new(SystolicArray::<N, SP>::default());
        let mut rng = SplitMix64::new(seed);
        let table = Model::qins();
        // weights and activations are decoded QINS codes, plus some extremes
        let sample = |rng: &mut SplitMix64| -> i16 {
            match rng.below(10) {
                0 => i16::MIN,
                1 => i16::MAX,
                _ => table.decode(rng.next_u64() as u8),
            }
        };
        // (tag, the cycle the vector entered, its result)
        let mut expected: std::collections::VecDeque<(u32, usize, Vec<i32>)> = Default::default();
        let mut now = 0usize;
        let mut checked = 0;
        let mut weights: [Vec<Vec<i16>>; 2] = [vec![vec![0; N]; N], vec![vec![0; N]; N]];
        let mut tag = 0u32;
        // the early outputs of the previous cycle: this cycle's output valid bit and tag
        let mut early = (false, 0u32);
        let mut check = |b: &mut ClockedBench<SystolicArray<N, SP>>,
                         expected: &mut std::collections::VecDeque<(u32, usize, Vec<i32>)>,
                         now: usize| {
            assert_eq!(b.uut.out_valid.val(), early.0, "early_valid a cycle ahead");
            if early.0 {
                assert_eq!(b.uut.out_tag.val().index() as u32, early.1, "early_tag");
            }
            early = (
                b.uut.early_valid.val(),
                b.uut.early_tag.val().index() as u32,
            );
            if b.uut.out_valid.val() {
                let (t, entered, want) = expected.pop_front().expect("an output was expected");
                assert_eq!(b.uut.out_tag.val().index() as u32, t);
                assert_eq!(
                    now - entered,
                    SystolicArray::<N, SP>::LATENCY,
                    "tag {t}'s latency"
                );
                for j in 0..N {
                    let got: i32 = b.uut.result[j].val().bigint().try_into().unwrap();
                    assert_eq!(got, want[j], "tag {t} column {j}");
                }
                checked += 1;
            }
        };
        for tile in 0..tiles {
            let bank = tile % 2;
            // load the next tile into `bank` (last row first) while nothing uses it
            let w: Vec<Vec<i16>> = (0..N)
                .map(|_| (0..N).map(|_| sample(&mut rng)).collect())
                .collect();
            b.uut.act_valid.next = false;
            for r in (0..N).rev() {
                b.uut.weight_load.next = true;
                b.uut.weight_load_bank.next = bank == 1;
                for j in 0..N {
                    b.uut.weight_in[j].next = Signed::from(w[r][j] as i64);
                }
                b.cycle();
                now += 1;
                check(&mut b, &mut expected, now);
            }
            b.uut.weight_load.next = false;
            weights[bank] = w;
            // stream vectors back to back, with a gap now and then
            for _ in 0..rows_per_tile {
                let a: Vec<i16> = (0..N).map(|_| sample(&mut rng)).collect();
                let valid = rng.below(8) != 0;
                for i in 0..N {
                    b.uut.act_in[i].next = Signed::from(a[i] as i64);
                }
                b.uut.act_valid.next = valid;
                b.uut.act_bank.next = bank == 1;
                b.uut.in_tag.next = (tag as u64).into();
                if valid {
                    let want = (0..N)
                        .map(|j| {
                            let col: Vec<i16> = (0..N).map(|i| weights[bank][i][j]).collect();
                            mac::dot(&a, &col)
                        })
                        .collect();
                    expected.push_back((tag, now, want));
                }
                tag += 1;
                b.cycle();
                now += 1;
                check(&mut b, &mut expected, now);
                // the next vector no earlier than the array's interval
                b.uut.act_valid.next = false;
                for _ in 1..SystolicArray::<N, SP>::INTERVAL {
                    b.cycle();
                    now += 1;
                    check(&mut b, &mut expected, now);
                }
            }
            // drain before the next load into this bank two tiles later is not needed here:
            // the next tile loads the other bank while these vectors finish.
        }
        b.uut.act_valid.next = false;
        for _ in 0..(SystolicArray::<N, SP>::LATENCY + 2) {
            b.cycle();
            now += 1;
            check(&mut b, &mut expected, now);
        }
        assert!(
            expected.is_empty(),
            "{} results never came out",
            expected.len()
        );
        assert!(checked > tiles * rows_per_tile / 2);
    }

    #[test]
    fn array_4x4_matches_the_model_across_tiles_and_banks() {
        run::<4, 0>(1, 6, 40);
    }

    #[test]
    fn bit_serial_array_4x4_matches_the_model_across_tiles_and_banks() {
        run::<4, 1>(3, 6, 40);
    }

    #[test]
    fn bit_serial_array_2x2_matches_the_model() {
        run::<2, 1>(4, 4, 25);
    }

    #[test]
    fn array_3x3_matches_the_model() {
        run::<3, 0>(2, 4, 25);
    }
}
