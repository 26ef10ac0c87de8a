//! The output encoders: fixed point -> 8-bit code by a binary search of 255 programmable
//! thresholds, then a programmable rank -> code map. Model: `qins_core::hw::ThresholdEncoder`.
//!
//! The search: the rank `k` starts at 0, and step `s = 7..=0` does
//! `if v >= t[k + 2^s - 1] { k += 2^s }`; the code is `code_of_rank[k]`. Bit-exact with the
//! model's `encode` for any contents, sorted or not; each `v >= t` is two 16-bit compares
//! (shorter carry chains, [`RankStep`]). Two encoders run it:
//!
//! - [`SplitEncoder`]: pipelined, one value per cycle, two cycles per step (compare, then the
//!   next step's memory read), latency [`SPLIT_LATENCY`] = 17. Step `s` owns the
//!   `2^(7-s)` thresholds it can read ([`SearchTables`]): `t[i]` lives in step
//!   `s = trailing_zeros(i + 1)` at address `(i + 1) >> (s + 1)`.
//! - [`SerialEncoder`]: one value at a time through one 256 x 32 threshold memory, latency
//!   [`SERIAL_LATENCY`] = 17, one value per [`SERIAL_INTERVAL`] cycles (FPGA area).
//!
//! Both power up holding the given tables and take writes through two [`TableWrite`] ports
//! (`threshold_write`: `t[index]`, `0..=254`, 255 writes nothing; `code_write`:
//! `code_of_rank[index]`). A one-cycle-per-step pipelined form (compare result -> next
//! memory address in one cycle) ran at 34.8 MHz on the iCE40 UP5K and was removed.

use crate::table_write::TableWrite;
use rust_hdl::prelude::*;

/// `RankStep`: one step of the threshold search (combinational): `rank_out = rank_in | rank_bit`
/// when `value >= threshold`, else `rank_in`; the compare is two 16-bit compares (two short
/// carry chains in parallel).
#[derive(LogicBlock, Default)]
pub struct RankStep {
    pub value: Signal<In, Signed<32>>,
    pub threshold: Signal<In, Signed<32>>,
    pub rank_in: Signal<In, Bits<8>>,
    pub rank_bit: Signal<In, Bits<8>>,
    pub rank_out: Signal<Out, Bits<8>>,
    value_high: Signal<Local, Signed<16>>,
    value_low: Signal<Local, Bits<16>>,
    threshold_high: Signal<Local, Signed<16>>,
    threshold_low: Signal<Local, Bits<16>>,
}

impl Logic for RankStep {
    #[hdl_gen]
    fn update(&mut self) {
        self.value_high.next = self.value.val().get_bits::<16>(16);
        self.value_low.next = unsigned_cast(self.value.val().get_bits::<16>(0));
        self.threshold_high.next = self.threshold.val().get_bits::<16>(16);
        self.threshold_low.next = unsigned_cast(self.threshold.val().get_bits::<16>(0));
        self.rank_out.next = self.rank_in.val();
        if (self.value_high.val() > self.threshold_high.val())
            | ((self.value_high.val() == self.threshold_high.val())
                & (self.value_low.val() >= self.threshold_low.val()))
        {
            self.rank_out.next = self.rank_in.val() | self.rank_bit.val();
        }
    }
}

/// `SearchTables`: the thresholds and the rank -> code map of the pipelined search
/// ([`SplitEncoder`]), stored by search step: `t[i]` lives in step
/// `s = trailing_zeros(i + 1)` at address `(i + 1) >> (s + 1)`, a register for step 7 and a
/// registered-read RAM for each of steps 6..=0, and the codes in a 256 x 8 RAM.
///
/// | port | dir | width | meaning |
/// |---|---|---|---|
/// | `clock` | in | 1 | |
/// | `rank[j]` | in | 8 x 8 | `j = 0..=6`: the rank after step `7 - j`, which addresses step `6 - j`'s memory (`rank >> (s + 1)`); `rank[7]`: the final rank, which addresses the code memory |
/// | `threshold[j]` | out | 8 x 32 s | the threshold step `7 - j` compares against: step 7's register; for `j > 0` the memory's read of `rank[j - 1]` a cycle ago |
/// | `code` | out | 8 | the code of `rank[7]` a cycle ago |
/// | `threshold_write` | in | [`TableWrite`] of 32 s | `t[index]` (`0..=254`; 255 writes nothing) |
/// | `code_write` | in | [`TableWrite`] of 8 | `code_of_rank[index]` |
///
/// A write is seen by reads in the next cycle.
#[derive(LogicBlock)]
pub struct SearchTables {
    pub clock: Signal<In, Clock>,
    pub rank: [Signal<In, Bits<8>>; 8],
    pub threshold: [Signal<Out, Signed<32>>; 8],
    pub code: Signal<Out, Bits<8>>,
    pub threshold_write: TableWrite<Signed<32>>,
    pub code_write: TableWrite<Bits<8>>,
    step7: DFFWithInit<Bits<32>>,
    step6: RAM<Signed<32>, 1>,
    step5: RAM<Signed<32>, 2>,
    step4: RAM<Signed<32>, 3>,
    step3: RAM<Signed<32>, 4>,
    step2: RAM<Signed<32>, 5>,
    step1: RAM<Signed<32>, 6>,
    step0: RAM<Signed<32>, 7>,
    code_of_rank: RAM<Bits<8>, 8>,
}

/// Thresholds of step `s`, in address order.
fn step_contents(t: &[i32; 255], s: usize) -> impl Iterator<Item = Signed<32>> + '_ {
    (0..1usize << (7 - s)).map(move |a| Signed::<32>::from(t[(a << (s + 1)) + (1 << s) - 1] as i64))
}

impl SearchTables {
    /// The tables holding `contents` at power-up.
    pub fn with_contents(contents: &qins_core::hw::ThresholdEncoder) -> Self {
        let t = contents.thresholds();
        let codes = contents
            .code_of_rank()
            .iter()
            .map(|&c| Bits::<8>::from(c as u64));
        Self {
            clock: Default::default(),
            rank: Default::default(),
            threshold: Default::default(),
            code: Default::default(),
            threshold_write: Default::default(),
            code_write: Default::default(),
            step7: DFFWithInit::new(Bits::<32>::from(t[127] as u32 as u64)),
            step6: RAM::from(step_contents(t, 6)),
            step5: RAM::from(step_contents(t, 5)),
            step4: RAM::from(step_contents(t, 4)),
            step3: RAM::from(step_contents(t, 3)),
            step2: RAM::from(step_contents(t, 2)),
            step1: RAM::from(step_contents(t, 1)),
            step0: RAM::from(step_contents(t, 0)),
            code_of_rank: RAM::from(codes),
        }
    }
}

impl Logic for SearchTables {
    #[hdl_gen]
    fn update(&mut self) {
        self.step7.clock.next = self.clock.val();
        self.step6.read_clock.next = self.clock.val();
        self.step6.write_clock.next = self.clock.val();
        self.step5.read_clock.next = self.clock.val();
        self.step5.write_clock.next = self.clock.val();
        self.step4.read_clock.next = self.clock.val();
        self.step4.write_clock.next = self.clock.val();
        self.step3.read_clock.next = self.clock.val();
        self.step3.write_clock.next = self.clock.val();
        self.step2.read_clock.next = self.clock.val();
        self.step2.write_clock.next = self.clock.val();
        self.step1.read_clock.next = self.clock.val();
        self.step1.write_clock.next = self.clock.val();
        self.step0.read_clock.next = self.clock.val();
        self.step0.write_clock.next = self.clock.val();
        self.code_of_rank.read_clock.next = self.clock.val();
        self.code_of_rank.write_clock.next = self.clock.val();
        self.threshold[0].next = signed_cast(self.step7.q.val());
        self.threshold[1].next = self.step6.read_data.val();
        self.threshold[2].next = self.step5.read_data.val();
        self.threshold[3].next = self.step4.read_data.val();
        self.threshold[4].next = self.step3.read_data.val();
        self.threshold[5].next = self.step2.read_data.val();
        self.threshold[6].next = self.step1.read_data.val();
        self.threshold[7].next = self.step0.read_data.val();
        // the next step reads address k >> (s + 1), s being that step
        self.step6.read_address.next = self.rank[0].val().get_bits::<1>(7);
        self.step5.read_address.next = self.rank[1].val().get_bits::<2>(6);
        self.step4.read_address.next = self.rank[2].val().get_bits::<3>(5);
        self.step3.read_address.next = self.rank[3].val().get_bits::<4>(4);
        self.step2.read_address.next = self.rank[4].val().get_bits::<5>(3);
        self.step1.read_address.next = self.rank[5].val().get_bits::<6>(2);
        self.step0.read_address.next = self.rank[6].val().get_bits::<7>(1);
        self.code_of_rank.read_address.next = self.rank[7].val();
        self.code.next = self.code_of_rank.read_data.val();
        // threshold writes: index i goes to step s = trailing ones of i, address i >> (s + 1)
        self.step7.d.next = self.step7.q.val();
        if self.threshold_write.enable.val()
            & self.threshold_write.index.val().get_bits::<7>(0).all()
            & !self.threshold_write.index.val().get_bit(7)
        {
            self.step7.d.next = unsigned_cast(self.threshold_write.value.val());
        }
        self.step6.write_enable.next = self.threshold_write.enable.val()
            & self.threshold_write.index.val().get_bits::<6>(0).all()
            & !self.threshold_write.index.val().get_bit(6);
        self.step5.write_enable.next = self.threshold_write.enable.val()
            & self.threshold_write.index.val().get_bits::<5>(0).all()
            & !self.threshold_write.index.val().get_bit(5);
        self.step4.write_enable.next = self.threshold_write.enable.val()
            & self.threshold_write.index.val().get_bits::<4>(0).all()
            & !self.threshold_write.index.val().get_bit(4);
        self.step3.write_enable.next = self.threshold_write.enable.val()
            & self.threshold_write.index.val().get_bits::<3>(0).all()
            & !self.threshold_write.index.val().get_bit(3);
        self.step2.write_enable.next = self.threshold_write.enable.val()
            & self.threshold_write.index.val().get_bits::<2>(0).all()
            & !self.threshold_write.index.val().get_bit(2);
        self.step1.write_enable.next = self.threshold_write.enable.val()
            & self.threshold_write.index.val().get_bit(0)
            & !self.threshold_write.index.val().get_bit(1);
        self.step0.write_enable.next =
            self.threshold_write.enable.val() & !self.threshold_write.index.val().get_bit(0);
        self.step6.write_address.next = self.threshold_write.index.val().get_bits::<1>(7);
        self.step5.write_address.next = self.threshold_write.index.val().get_bits::<2>(6);
        self.step4.write_address.next = self.threshold_write.index.val().get_bits::<3>(5);
        self.step3.write_address.next = self.threshold_write.index.val().get_bits::<4>(4);
        self.step2.write_address.next = self.threshold_write.index.val().get_bits::<5>(3);
        self.step1.write_address.next = self.threshold_write.index.val().get_bits::<6>(2);
        self.step0.write_address.next = self.threshold_write.index.val().get_bits::<7>(1);
        self.step6.write_data.next = self.threshold_write.value.val();
        self.step5.write_data.next = self.threshold_write.value.val();
        self.step4.write_data.next = self.threshold_write.value.val();
        self.step3.write_data.next = self.threshold_write.value.val();
        self.step2.write_data.next = self.threshold_write.value.val();
        self.step1.write_data.next = self.threshold_write.value.val();
        self.step0.write_data.next = self.threshold_write.value.val();
        self.code_of_rank.write_enable.next = self.code_write.enable.val();
        self.code_of_rank.write_address.next = self.code_write.index.val();
        self.code_of_rank.write_data.next = self.code_write.value.val();
    }
}

crate::impl_clocked!(SearchTables);

/// Cycles from `in_*` to `out_*` of [`SplitEncoder`].
pub const SPLIT_LATENCY: usize = 17;

/// `SplitEncoder`: the pipelined search with each step split in two cycles, for clock
/// rate on an FPGA. Ports: `in_valid`, `in_value` (32 signed), `out_valid`, `out_code` (8),
/// `out_value` (the input value, delayed like the code, so a user needs no delay line of its
/// own), the two table write ports; latency [`SPLIT_LATENCY`] = 17, one value per cycle:
/// input register, then per step `s = 7..=0` a compare cycle (a threshold register against
/// the value, `v >= t`: the rank, which addresses the next step's memory) and a read cycle
/// (the memory's registered read, copied into the next step's threshold register), and the
/// code memory, its read registered the same way. In a one-cycle step the compare reads the
/// memory's output and drives the next memory's address in the same cycle (34.8 MHz on the
/// iCE40 UP5K); here no path has more than one memory: a memory's read goes straight to a
/// register (on the ECP5 a DP16KD's 5.8 ns clock-to-out without its output register), and
/// the compare starts from a flip-flop (before, memory -> compare -> register was the ECP5
/// 85F's worst path, 14.9 ns).
#[derive(LogicBlock)]
pub struct SplitEncoder {
    pub clock: Signal<In, Clock>,
    pub in_valid: Signal<In, Bit>,
    pub in_value: Signal<In, Signed<32>>,
    pub out_valid: Signal<Out, Bit>,
    pub out_code: Signal<Out, Bits<8>>,
    /// `in_value`, [`SPLIT_LATENCY`] cycles later (the value pipeline's last stage).
    pub out_value: Signal<Out, Signed<32>>,
    pub threshold_write: TableWrite<Signed<32>>,
    pub code_write: TableWrite<Bits<8>>,
    tables: SearchTables,
    // compare j (0..8) runs search step 7 - j on value[2 j] against threshold[j]; value[16]
    // is `out_value`
    value: [DFF<Signed<32>>; SPLIT_LATENCY],
    // rank after compare j, and one cycle later (rank_in of compare j + 1)
    rank_a: [DFF<Bits<8>>; 7],
    rank_b: [DFF<Bits<8>>; 7],
    /// `threshold_held[j]`: the threshold of compare `j + 1`, step `6 - j`'s memory read
    threshold_held: [DFF<Signed<32>>; 7],
    /// the code memory's read
    code_held: DFF<Bits<8>>,
    valid: [DFF<Bit>; SPLIT_LATENCY],
    /// the search's compares, one per step (`steps[j]`: step `7 - j`)
    steps: [RankStep; 8],
    step_bit: [Constant<Bits<8>>; 8],
    zero_rank: Constant<Bits<8>>,
}

impl SplitEncoder {
    /// An encoder holding `contents` at power-up.
    pub fn with_contents(contents: &qins_core::hw::ThresholdEncoder) -> Self {
        block_fields! {
            Self {
                tables: SearchTables::with_contents(contents),
                step_bit: std::array::from_fn(|j| Constant::new(Bits::<8>::from(0x80u64 >> j))),
                zero_rank: Constant::new(Bits::<8>::default()),
            }
            default { clock, in_valid, in_value, out_valid, out_code, out_value,
                threshold_write, code_write, value, rank_a, rank_b, threshold_held, code_held,
                valid, steps }
            lanes { }
        }
    }
}

impl Default for SplitEncoder {
    fn default() -> Self {
        Self::with_contents(&qins_core::hw::ThresholdEncoder::qins())
    }
}

impl Logic for SplitEncoder {
    #[hdl_gen]
    fn update(&mut self) {
        self.tables.clock.next = self.clock.val();
        TableWrite::<Signed<32>>::link(&mut self.threshold_write, &mut self.tables.threshold_write);
        TableWrite::<Bits<8>>::link(&mut self.code_write, &mut self.tables.code_write);
        for j in 0..SPLIT_LATENCY {
            self.value[j].clock.next = self.clock.val();
        }
        for j in 0..7 {
            self.rank_a[j].clock.next = self.clock.val();
            self.rank_b[j].clock.next = self.clock.val();
            self.threshold_held[j].clock.next = self.clock.val();
        }
        self.code_held.clock.next = self.clock.val();
        for j in 0..SPLIT_LATENCY {
            self.valid[j].clock.next = self.clock.val();
        }
        // value and valid pipelines
        self.value[0].d.next = self.in_value.val();
        for j in 1..SPLIT_LATENCY {
            self.value[j].d.next = self.value[j - 1].q.val();
        }
        self.out_value.next = self.value[16].q.val();
        self.valid[0].d.next = self.in_valid.val();
        for j in 1..SPLIT_LATENCY {
            self.valid[j].d.next = self.valid[j - 1].q.val();
        }
        self.out_valid.next = self.valid[16].q.val();
        // the search: compare j (cycle 2 j) uses value[2 j] and a threshold register: step
        // 7's own register, then the memory reads held in threshold_held
        self.steps[0].rank_in.next = self.zero_rank.val();
        self.steps[0].threshold.next = self.tables.threshold[0].val();
        for j in 1..8 {
            self.steps[j].rank_in.next = self.rank_b[j - 1].q.val();
            self.steps[j].threshold.next = self.threshold_held[j - 1].q.val();
        }
        for j in 0..8 {
            self.steps[j].value.next = self.value[j * 2].q.val();
            self.steps[j].rank_bit.next = self.step_bit[j].val();
            // the compare's rank addresses the next step's memory, k >> (s + 1) (compare 7's
            // the code memory), read at the cycle's end
            self.tables.rank[j].next = self.steps[j].rank_out.val();
        }
        for j in 0..7 {
            self.rank_a[j].d.next = self.steps[j].rank_out.val();
            self.rank_b[j].d.next = self.rank_a[j].q.val();
            // the read cycle: the memory's registered read into the next threshold register
            self.threshold_held[j].d.next = self.tables.threshold[j + 1].val();
        }
        self.code_held.d.next = self.tables.code.val();
        self.out_code.next = self.code_held.q.val();
    }
}

crate::impl_clocked!(SplitEncoder);

/// Cycles from `in_valid` to `out_valid` of [`SerialEncoder`].
pub const SERIAL_LATENCY: usize = 17;
/// Cycles between two values entering a [`SerialEncoder`]: it holds one value at a time
/// (`qins_core::accel::SERIAL_ENCODER_INTERVAL`, which the software's cycle bounds use).
pub const SERIAL_INTERVAL: usize = qins_core::accel::SERIAL_ENCODER_INTERVAL;

/// `SerialEncoder`: the binary search (module doc) run one step at a time on one value, for
/// FPGA area: one 32-bit value register, one compare and one 256 x 32 threshold memory (2
/// EBR on iCE40) instead of a 17-stage value pipeline and eight step memories. Same ports as
/// [`SplitEncoder`] (with `out_value`), same contents, same results; latency
/// [`SERIAL_LATENCY`] = 17, and `in_valid` may be raised at most once every
/// [`SERIAL_INTERVAL`] = 17 cycles (a value entering earlier restarts the search and the one
/// in flight is lost; the user paces its inputs, as `OutputStage::accept_next` does).
///
/// Per value: the cycle of `in_valid` addresses `t[127]`; then per step `s = 7..=0` a compare
/// cycle (`v >= t[k + 2^s - 1]` into a one-bit register) and an update cycle (that bit sets
/// bit `s` of the rank `k`; the updated rank addresses the memory for the next probe,
/// `k | (2^s - 1)`, or after step 0 the code memory); then the code comes out with
/// `out_valid`. The compare ends in one flip-flop beside it (memory -> 16-bit compares ->
/// register), and the rank, the probe address and the code address come from registers
/// through one level of logic. Table writes land in the memories at
/// once: write them while no value is in flight.
#[derive(LogicBlock)]
pub struct SerialEncoder {
    pub clock: Signal<In, Clock>,
    pub in_valid: Signal<In, Bit>,
    pub in_value: Signal<In, Signed<32>>,
    pub out_valid: Signal<Out, Bit>,
    pub out_code: Signal<Out, Bits<8>>,
    /// `in_value`, [`SERIAL_LATENCY`] cycles later (held until the next value enters).
    pub out_value: Signal<Out, Signed<32>>,
    pub threshold_write: TableWrite<Signed<32>>,
    pub code_write: TableWrite<Bits<8>>,
    /// `t[i]` at address `i` (address 255 is never read).
    thresholds: RAM<Signed<32>, 8>,
    code_of_rank: RAM<Bits<8>, 8>,
    value: DFF<Signed<32>>,
    /// The rank `k` found so far.
    rank: DFF<Bits<8>>,
    /// `2^s` of the step in progress, 0 when the search is over.
    probe_bit: DFF<Bits<8>>,
    /// `2^s - 1`: the probe index is `k | probe_mask`.
    probe_mask: DFF<Bits<8>>,
    /// This cycle compares (the memory's read data is `t[k | probe_mask]`).
    comparing: DFF<Bit>,
    /// `v >= t[k | probe_mask]`, from last cycle's compare.
    ge: DFF<Bit>,
    /// This cycle updates the rank with `ge` (and addresses the next probe, or the code).
    updating: DFF<Bit>,
    /// The rank with this cycle's update applied.
    rank_next: Signal<Local, Bits<8>>,
    /// The code memory's read data is this value's code.
    emitting: DFF<Bit>,
    value_high: Signal<Local, Signed<16>>,
    value_low: Signal<Local, Bits<16>>,
    threshold_high: Signal<Local, Signed<16>>,
    threshold_low: Signal<Local, Bits<16>>,
    at_least: Signal<Local, Bit>,
    first_bit: Constant<Bits<8>>,
    first_mask: Constant<Bits<8>>,
    zero_rank: Constant<Bits<8>>,
}

impl SerialEncoder {
    /// An encoder holding `contents` at power-up.
    pub fn with_contents(contents: &qins_core::hw::ThresholdEncoder) -> Self {
        let thresholds = contents
            .thresholds()
            .iter()
            .chain(std::iter::once(&0))
            .map(|&t| Signed::<32>::from(t as i64));
        let codes = contents
            .code_of_rank()
            .iter()
            .map(|&c| Bits::<8>::from(c as u64));
        block_fields! {
            Self {
                thresholds: RAM::from(thresholds),
                code_of_rank: RAM::from(codes),
                first_bit: Constant::new(Bits::<8>::from(0x80u64)),
                first_mask: Constant::new(Bits::<8>::from(0x7Fu64)),
                zero_rank: Constant::new(Bits::<8>::default()),
            }
            default { clock, in_valid, in_value, out_valid, out_code, out_value,
                threshold_write, code_write, value, rank, probe_bit, probe_mask, comparing, ge,
                updating, rank_next, emitting, value_high, value_low, threshold_high,
                threshold_low, at_least }
            lanes { }
        }
    }
}

impl Default for SerialEncoder {
    fn default() -> Self {
        Self::with_contents(&qins_core::hw::ThresholdEncoder::qins())
    }
}

impl Logic for SerialEncoder {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, value, rank, probe_bit, probe_mask, comparing, ge, updating, emitting
        );
        self.thresholds.read_clock.next = self.clock.val();
        self.thresholds.write_clock.next = self.clock.val();
        self.code_of_rank.read_clock.next = self.clock.val();
        self.code_of_rank.write_clock.next = self.clock.val();
        // v >= t as two 16-bit compares (shorter carry chains)
        self.value_high.next = self.value.q.val().get_bits::<16>(16);
        self.value_low.next = unsigned_cast(self.value.q.val().get_bits::<16>(0));
        self.threshold_high.next = self.thresholds.read_data.val().get_bits::<16>(16);
        self.threshold_low.next = unsigned_cast(self.thresholds.read_data.val().get_bits::<16>(0));
        self.at_least.next = (self.value_high.val() > self.threshold_high.val())
            | ((self.value_high.val() == self.threshold_high.val())
                & (self.value_low.val() >= self.threshold_low.val()));
        // one search step every two cycles: compare (into `ge`), then update the rank and
        // address the next probe (or the code)
        self.ge.d.next = self.at_least.val();
        self.rank_next.next = self.rank.q.val();
        if self.updating.q.val() & self.ge.q.val() {
            self.rank_next.next = self.rank.q.val() | self.probe_bit.q.val();
        }
        self.thresholds.read_address.next = self.rank_next.val() | (self.probe_mask.q.val() >> 1);
        self.comparing.d.next = false;
        self.updating.d.next = self.comparing.q.val();
        self.emitting.d.next = false;
        if self.updating.q.val() {
            self.rank.d.next = self.rank_next.val();
            self.probe_bit.d.next = self.probe_bit.q.val() >> 1;
            self.probe_mask.d.next = self.probe_mask.q.val() >> 1;
            self.comparing.d.next = !self.probe_bit.q.val().get_bit(0);
            self.emitting.d.next = self.probe_bit.q.val().get_bit(0);
        }
        if self.in_valid.val() {
            self.value.d.next = self.in_value.val();
            self.rank.d.next = self.zero_rank.val();
            self.probe_bit.d.next = self.first_bit.val();
            self.probe_mask.d.next = self.first_mask.val();
            self.thresholds.read_address.next = self.first_mask.val();
            self.comparing.d.next = true;
            self.updating.d.next = false;
            self.emitting.d.next = false;
        }
        // the final rank addresses the code memory (in step 0's update cycle)
        self.code_of_rank.read_address.next = self.rank_next.val();
        self.out_valid.next = self.emitting.q.val();
        self.out_code.next = self.code_of_rank.read_data.val();
        self.out_value.next = self.value.q.val();
        // table writes (index 255 is not a threshold)
        self.thresholds.write_enable.next =
            self.threshold_write.enable.val() & !self.threshold_write.index.val().all();
        self.thresholds.write_address.next = self.threshold_write.index.val();
        self.thresholds.write_data.next = self.threshold_write.value.val();
        self.code_of_rank.write_enable.next = self.code_write.enable.val();
        self.code_of_rank.write_address.next = self.code_write.index.val();
        self.code_of_rank.write_data.next = self.code_write.value.val();
    }
}

crate::impl_clocked!(SerialEncoder);

/// The block tests, run on both encoders.
macro_rules! encoder_tests {
    ($m:ident, $t:ty, $lat:expr, $interval:expr) => {
        #[cfg(test)]
        mod $m {
            use super::*;
            type Encoder = $t;
            const LATENCY: usize = $lat;
            /// Cycles between two values (1: back to back).
            const INTERVAL: usize = $interval;
            use crate::bench::ClockedBench;
            use crate::table_write::drive_encoder_entry;
            use qins_core::hw::ThresholdEncoder;
            use qins_core::rng::SplitMix64;

            /// Streams `(valid, value)` one per cycle and returns, per input, what came out
            /// `LATENCY` cycles later: `(valid, code)`.
            fn stream(b: &mut ClockedBench<Encoder>, inputs: &[(bool, i32)]) -> Vec<(bool, u8)> {
                let mut out = Vec::with_capacity(inputs.len());
                for c in 0..inputs.len() + LATENCY - 1 {
                    let (valid, value) = inputs.get(c).copied().unwrap_or((false, 0));
                    b.uut.in_valid.next = valid;
                    b.uut.in_value.next = Signed::<32>::from(value as i64);
                    b.cycle();
                    if c + 1 >= LATENCY {
                        out.push((b.uut.out_valid.val(), b.uut.out_code.val().to_u8()));
                    }
                }
                out
            }

            /// Streams `values` one every `INTERVAL` cycles (with an extra bubble every 97 values)
            /// and checks every output against the model; the valid pattern checks the latency.
            fn check_against_model(
                b: &mut ClockedBench<Encoder>,
                model: &ThresholdEncoder,
                values: &[i32],
            ) {
                let inputs: Vec<(bool, i32)> = values
                    .iter()
                    .enumerate()
                    .flat_map(|(n, &v)| {
                        let bubbles = INTERVAL - 1 + usize::from(n % 97 == 96);
                        std::iter::once((true, v)).chain(std::iter::repeat_n((false, 0), bubbles))
                    })
                    .collect();
                let outputs = stream(b, &inputs);
                for (n, (&(valid, v), &(out_valid, code))) in
                    inputs.iter().zip(&outputs).enumerate()
                {
                    assert_eq!(out_valid, valid, "valid of input {n}");
                    if valid {
                        assert_eq!(code, model.encode(v), "code of input {n}: v = {v}");
                    }
                }
            }

            /// Every threshold and its neighbours, the extremes, and `random` seeded values.
            fn probes(model: &ThresholdEncoder, seed: u64, random: usize) -> Vec<i32> {
                let mut v = vec![i32::MIN, i32::MAX, 0, -1, 1];
                for &t in model.thresholds() {
                    v.extend([t.wrapping_sub(1), t, t.wrapping_add(1)]);
                }
                let mut rng = SplitMix64::new(seed);
                for _ in 0..random {
                    v.push((rng.next_u64() as i32) >> rng.below(24));
                }
                v
            }

            fn write_tables(b: &mut ClockedBench<Encoder>, model: &ThresholdEncoder) {
                for n in 0..=255u8 {
                    let uut = &mut b.uut;
                    drive_encoder_entry(&mut uut.threshold_write, &mut uut.code_write, model, n);
                    b.cycle();
                }
                // index 255 is not a threshold: writing it must change nothing
                b.uut
                    .threshold_write
                    .drive(Some((255, Signed::<32>::from(0x1234_5678i64))));
                b.uut.code_write.drive(None);
                b.cycle();
                b.uut.threshold_write.drive(None);
            }

            #[test]
            fn power_up_qins_table_equals_the_model() {
                let model = ThresholdEncoder::qins();
                let mut b = ClockedBench::new(Encoder::default());
                check_against_model(&mut b, &model, &probes(&model, 1, 300));
            }

            #[test]
            fn int8_table_written_through_the_ports_equals_the_model() {
                let model = ThresholdEncoder::int8_symmetric();
                let mut b = ClockedBench::new(Encoder::default());
                write_tables(&mut b, &model);
                check_against_model(&mut b, &model, &probes(&model, 2, 300));
            }

            #[test]
            fn unsorted_tables_follow_the_search_not_a_count() {
                let mut rng = SplitMix64::new(3);
                let thresholds: [i32; 255] = std::array::from_fn(|_| (rng.next_u64() as i32) >> 4);
                let codes: [u8; 256] = std::array::from_fn(|_| rng.next_u64() as u8);
                let model = ThresholdEncoder::from_parts(thresholds, codes);
                assert!(!model.is_sorted());
                let values = probes(&model, 4, 200);
                // the search result differs from the count somewhere, so the test can tell them apart
                assert!(values.iter().any(|&v| {
                    model.rank(v) as usize != thresholds.iter().filter(|&&t| v >= t).count()
                }));
                let mut b = ClockedBench::new(Encoder::default());
                write_tables(&mut b, &model);
                check_against_model(&mut b, &model, &values);
                // the same tables as power-up contents
                let mut b = ClockedBench::new(Encoder::with_contents(&model));
                check_against_model(&mut b, &model, &values[..200]);
            }

            #[test]
            fn verilog_is_generated() {
                let mut uut = Encoder::default();
                uut.connect_all();
                let vlog = generate_verilog(&uut);
                assert!(vlog.contains("module top"));
                if let Ok(dir) = std::env::var("QINS_HDL_VERILOG_DIR") {
                    std::fs::write(
                        std::path::Path::new(&dir).join(concat!(stringify!($m), ".v")),
                        vlog,
                    )
                    .unwrap();
                }
            }
        }
    };
}

encoder_tests!(split_tests, super::SplitEncoder, super::SPLIT_LATENCY, 1);
encoder_tests!(
    serial_tests,
    super::SerialEncoder,
    super::SERIAL_LATENCY,
    super::SERIAL_INTERVAL
);
