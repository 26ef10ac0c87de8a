//! `QinsAlu`: the exact QINS ALU, pipelined, one op per cycle, bit-exact with
//! `qins_core::hw::QinsAlu::execute`.
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | |
//! | `in_valid` | in | 1 | an op enters this cycle |
//! | `op` | in | 4 | opcode, `qins_core::hw::AluOp`: ADD 0, SUB 1, MUL 2, NEG 3, ABS 4, MAX 5, MIN 6, ENCODE 7, DECODE 8, LOOKUP 9 |
//! | `a` | in | 32 | operand word: code ops, DECODE and LOOKUP read the low byte (a code) |
//! | `b` | in | 32 | operand word: the binary code ops read the low byte |
//! | `in_tag` | in | 16 | carried to `out_tag` unchanged |
//! | `out_valid` | out | 1 | `in_valid` delayed by [`LATENCY`] cycles |
//! | `result` | out | 32 | `QinsAlu::execute(op, a, b)`: codes zero-extended, DECODE sign-extended; 0 when illegal |
//! | `out_tag` | out | 16 | the op's `in_tag` |
//! | `out_illegal` | out | 1 | the op's opcode is not an `AluOp` (> 9) |
//! | `decode_write` | in | [`TableWrite`] of 16 signed | the DECODE table (entry: the code) |
//! | `threshold_write` | in | [`TableWrite`] of 32 signed | ENCODE thresholds, as `SplitEncoder` (`t[index]`, index 255 writes nothing) |
//! | `code_write` | in | [`TableWrite`] of 8 | ENCODE rank -> code map, as `SplitEncoder` |
//! | `lookup_write` | in | [`TableWrite`] of 8 | the LOOKUP table (entry: the operand code) |
//!
//! Latency: [`LATENCY`] = 18 cycles for every op; one op per cycle, no stalls, results in
//! issue order. Inputs are sampled on a rising edge; `out_*` are registers, valid
//! [`LATENCY`] edges later. `result`, `out_tag` and `out_illegal` are meaningful only
//! when `out_valid` is 1 (`out_illegal` is 0 when `out_valid` is 0). Opcodes 10..=15 give
//! `result` 0 and `out_illegal` 1.
//!
//! Invariants: every code result is canonical (zero is `0x7F`, never `0xFF`); both zero
//! codes are accepted as inputs; the upper 24 bits of `a` and `b` are ignored by code ops;
//! ENCODE reads all of `a` as an i32 and ignores `b`. Tables: DECODE, LOOKUP and ENCODE see
//! every table write made in their issue cycle or earlier. DECODE and LOOKUP see no later
//! write; ENCODE
//! may see later ones (the `SplitEncoder` reads its thresholds stage by stage while the value
//! is in flight). Both tables power up holding the contents given to
//! [`QinsAlu::with_contents`] (default: the QINS tables of `qins_core::hw::QinsAlu`, and the
//! identity LOOKUP table).
//!
//! Datapath (stage `i` = the registers loaded by the `i`-th rising edge after issue):
//!
//! ```text
//! cycle 0   n = 127 - m, d = m + 1 for both codes; 3 multipliers:
//!           X = na * (MUL ? nb : db), Y = nb * da, D = da * db
//! cycle 1   ADD/SUB: |N|, sign of sa*X +- sb*Y; MUL: |N| = X, sign sa^sb;
//!           MAX/MIN: compare sa*X with sb*Y; NEG/ABS: sign bit; decode- and
//!           lookup-table reads
//! cycle 2   DECODE, LOOKUP: the table value into the result lane (stage 3)
//! cycle 2-15 search step s = 6..0, two cycles each (`SearchStep`): m += 2^s if
//!           P_k * D > |N| * Q_k, k = m + 2^s - 1; the first cycle reads P_k, Q_k from a
//!           2^(6-s)-entry ROM and registers the 2 products, the second compares them
//! cycle 15  code = make_code(sign, m) into the result lane (stage 16 = SEARCH_DONE_STAGE)
//! cycle 0-17 ENCODE: a `SplitEncoder` (latency 17) fed from `a` in cycle 0; its code
//!           enters the result lane at stage 18 = ENCODE_STAGE
//! stage 18  outputs (every op's result lane delayed to here)
//! ```
//!
//! Every value in the search is non-negative and below 2^15 (`|N| <= 32512`,
//! `D <= 16384`, `P_k <= 380`, `Q_k <= 32512`), so rust-hdl's `Bits<16> x Bits<16> ->
//! Bits<32>` multiplier is exact and every product (< 2^30) fits. Multipliers: 3 + 14.

use crate::code_table::{DecodeTable, LookupTable};
use crate::encoder::{self, SplitEncoder};
use crate::table_write::TableWrite;
use rust_hdl::prelude::*;

/// Cycles from an op's issue edge to its result on the outputs, the same for every op.
pub const LATENCY: usize = max(SEARCH_DONE_STAGE, ENCODE_STAGE);

/// The stage whose registers receive the code of the binary search (ADD, SUB, MUL): the
/// search starts in cycle 2 and runs seven steps of [`SEARCH_STEP_CYCLES`].
pub const SEARCH_DONE_STAGE: usize = 2 + SEARCH_STEPS * SEARCH_STEP_CYCLES;

/// Steps of the binary search over the 128 magnitudes (steps 6..=0).
const SEARCH_STEPS: usize = 7;
/// The cycle whose registers hold a step's operands: step `i` (`2^(6-i)`) starts in cycle
/// `2 + SEARCH_STEP_CYCLES i`, so `|N|` and `D` run down stages 2..=`LAST_STEP_START`.
const LAST_STEP_START: usize = 2 + (SEARCH_STEPS - 1) * SEARCH_STEP_CYCLES;

/// The stage whose registers receive the ENCODE code: the `SplitEncoder`, fed in cycle 0,
/// has it on its (registered) output after `encoder::SPLIT_LATENCY` edges.
pub const ENCODE_STAGE: usize = encoder::SPLIT_LATENCY + 1;

// The result lane starts at stage 2.
const _: () = assert!(ENCODE_STAGE >= 2);

const fn max(x: usize, y: usize) -> usize {
    if x > y {
        x
    } else {
        y
    }
}

/// Widens `N` bits to `M > N` bits, filling the new upper bits with `fill` (zero
/// extension with `fill = 0`, sign extension with `fill = msb`). Pure wiring.
///
/// A leaf with hand-written Verilog, like rust-hdl's own `DFF`: inside `#[hdl_gen]`,
/// `bit_cast` emits `x & mask`, which Verilator flags as a WIDTH mismatch, and the
/// macro's `set_bit` translation does not compile in 0.46.0.
#[derive(LogicBlock, Default)]
pub struct Widen<const N: usize, const M: usize> {
    pub narrow: Signal<In, Bits<N>>,
    pub fill: Signal<In, Bit>,
    pub wide: Signal<Out, Bits<M>>,
}

impl<const N: usize, const M: usize> Logic for Widen<N, M> {
    fn update(&mut self) {
        let mut wide = bit_cast::<M, N>(self.narrow.val());
        if self.fill.val() {
            for i in N..M {
                wide = wide.replace_bit(i, true);
            }
        }
        self.wide.next = wide;
    }

    fn connect(&mut self) {
        self.wide.connect();
    }

    fn hdl(&self) -> Verilog {
        assert!(M > N, "Widen<{N}, {M}> does not widen");
        Verilog::Custom(format!(
            "always @(*) wide = {{{{{}{{fill}}}}, narrow}};",
            M - N
        ))
    }
}

/// One step of the nearest-code search, two cycles: with `k = m_in + 2^s - 1`,
/// `m_out = m_in + 2^s` when `P_k * den > abs_num * Q_k`, else `m_in`.
///
/// Cycle 1 (multiply): `m_in` addresses the ROMs, their words meet `den` and `abs_num` in
/// two multipliers, and the products and `m_in` are registered. Cycle 2 (compare): the
/// registered products are compared and `m_out` is combinational from the registers, for
/// the user's register. So the step reads its inputs one edge before `m_out` is valid,
/// and one step per cycle pair starts: `m_out` is the result for the inputs of the
/// previous cycle. Splitting the step in two halves its longest path (on the ECP5 85F
/// the one-cycle step, ROM -> multiplier -> 32-bit compare, was the worst path: 16.2 ns).
///
/// `m_in` only has bits above `s` set (a multiple of `2^(s+1)`), so the ROM address is
/// `m_in >> (s + 1)`: `2^(6-s)` entries are used (step 6 has one, `k = 63`: `m_in` is 0
/// there). Every step has 64-entry ROMs (the unused entries 0), so that the seven steps are
/// one array; synthesis drops what the address never reaches. Contents come from
/// `qins_core::format::midpoint_ratio`.
#[derive(LogicBlock)]
pub struct SearchStep {
    pub clock: Signal<In, Clock>,
    pub abs_num: Signal<In, Bits<16>>,
    pub den: Signal<In, Bits<16>>,
    pub m_in: Signal<In, Bits<8>>,
    /// The result for the inputs of the previous cycle.
    pub m_out: Signal<Out, Bits<8>>,
    /// `P_k` by `m_in >> (s + 1)`.
    mid_num: ROM<Bits<16>, 6>,
    /// `Q_k` by `m_in >> (s + 1)`.
    mid_den: ROM<Bits<16>, 6>,
    /// `P_k * den`, registered (< 2^30).
    lhs: DFF<Bits<32>>,
    /// `abs_num * Q_k`, registered (< 2^30).
    rhs: DFF<Bits<32>>,
    /// `m_in`, registered beside the products.
    m_held: DFF<Bits<8>>,
    /// `s + 1`: where the ROM address starts in `m_in`.
    address_offset: Constant<Bits<3>>,
    address: Signal<Local, Bits<8>>,
    /// `2^s`.
    step_bit: Constant<Bits<8>>,
}

/// Cycles of one [`SearchStep`]: from its inputs to the register that takes `m_out`.
pub const SEARCH_STEP_CYCLES: usize = 2;
// The ALU's HDL indexes step operands as `2 i`.
const _: () = assert!(SEARCH_STEP_CYCLES == 2);

impl SearchStep {
    /// The step with `2^s = 2^step` (step 6 first, step 0 last).
    pub fn new(step: usize) -> Self {
        assert!(step <= 6, "step {step}: the search has steps 6..=0");
        // entry j is k = j 2^(s+1) + 2^s - 1 (the first 2^(6-s) entries; 0 beyond)
        let ratio = |j: usize, part: fn((u32, u32)) -> u32| {
            let k = (j << (step + 1)) + (1 << step) - 1;
            let v = if j < 1 << (6 - step) {
                part(qins_core::format::midpoint_ratio(k as u8))
            } else {
                0
            };
            Bits::<16>::from(v as u64)
        };
        let p = (0..64).map(|j| ratio(j, |r| r.0));
        let q = (0..64).map(|j| ratio(j, |r| r.1));
        Self {
            clock: Default::default(),
            abs_num: Default::default(),
            den: Default::default(),
            m_in: Default::default(),
            m_out: Default::default(),
            mid_num: p.into(),
            mid_den: q.into(),
            lhs: Default::default(),
            rhs: Default::default(),
            m_held: Default::default(),
            address_offset: Constant::new(((step + 1) as u64).into()),
            address: Default::default(),
            step_bit: Constant::new((1u64 << step).into()),
        }
    }
}

impl Logic for SearchStep {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, lhs, rhs, m_held);
        // Multiply cycle.
        self.address.next = self.m_in.val() >> self.address_offset.val();
        self.mid_num.address.next = self.address.val().get_bits::<6>(0);
        self.mid_den.address.next = self.address.val().get_bits::<6>(0);
        self.lhs.d.next = self.mid_num.data.val() * self.den.val();
        self.rhs.d.next = self.abs_num.val() * self.mid_den.data.val();
        self.m_held.d.next = self.m_in.val();
        // Compare cycle.
        self.m_out.next = self.m_held.q.val();
        if self.lhs.q.val() > self.rhs.q.val() {
            self.m_out.next = self.m_held.q.val() | self.step_bit.val();
        }
    }
}

/// The ALU (ports and pipeline in the module documentation).
#[derive(LogicBlock)]
pub struct QinsAlu {
    pub clock: Signal<In, Clock>,
    pub in_valid: Signal<In, Bit>,
    pub op: Signal<In, Bits<4>>,
    pub a: Signal<In, Bits<32>>,
    pub b: Signal<In, Bits<32>>,
    pub in_tag: Signal<In, Bits<16>>,
    pub out_valid: Signal<Out, Bit>,
    pub result: Signal<Out, Bits<32>>,
    pub out_tag: Signal<Out, Bits<16>>,
    pub out_illegal: Signal<Out, Bit>,
    pub decode_write: TableWrite<Signed<16>>,
    pub threshold_write: TableWrite<Signed<32>>,
    pub code_write: TableWrite<Bits<8>>,
    pub lookup_write: TableWrite<Bits<8>>,

    // Opcodes and constants (sized, so that the Verilog has no width mismatches).
    op_add: Constant<Bits<4>>,
    op_sub: Constant<Bits<4>>,
    op_mul: Constant<Bits<4>>,
    op_neg: Constant<Bits<4>>,
    op_abs: Constant<Bits<4>>,
    op_max: Constant<Bits<4>>,
    op_min: Constant<Bits<4>>,
    op_encode: Constant<Bits<4>>,
    op_decode: Constant<Bits<4>>,
    op_lookup: Constant<Bits<4>>,
    /// 127 (16 bits): `n = 127 - m`, and the magnitude mask.
    k127: Constant<Bits<16>>,
    k1: Constant<Bits<16>>,
    /// `0x7F`: magnitude mask of a code, and the canonical zero code.
    zero_code: Constant<Bits<8>>,
    sign_bit: Constant<Bits<8>>,
    zero8: Constant<Bits<8>>,

    // Cycle 0 (combinational from the inputs).
    code_a: Signal<Local, Bits<8>>,
    code_b: Signal<Local, Bits<8>>,
    mag_a0: Signal<Local, Bits<16>>,
    mag_b0: Signal<Local, Bits<16>>,
    num_a: Signal<Local, Bits<16>>,
    num_b: Signal<Local, Bits<16>>,
    den_a: Signal<Local, Bits<16>>,
    den_b: Signal<Local, Bits<16>>,
    factor: Signal<Local, Bits<16>>,
    prod_x: Signal<Local, Bits<32>>,
    prod_y: Signal<Local, Bits<32>>,
    prod_d: Signal<Local, Bits<32>>,
    decode: DecodeTable,
    lookup: LookupTable,
    encoder: SplitEncoder,
    widen_encode: Widen<8, 16>,

    // Stage 1 registers.
    s1_op: DFF<Bits<4>>,
    s1_code_a: DFF<Bits<8>>,
    s1_code_b: DFF<Bits<8>>,
    /// `na * db` (ADD, SUB, MAX, MIN) or `na * nb` (MUL).
    s1_x: DFF<Bits<16>>,
    /// `nb * da`.
    s1_y: DFF<Bits<16>>,
    /// `D = da * db`.
    s1_d: DFF<Bits<16>>,
    /// The op is LOOKUP: the table's entry enters the lane at stage 3. Stage 2.
    s2_lookup: DFF<Bit>,
    widen_lookup: Widen<8, 16>,

    // Cycle 1 (combinational from stage 1).
    sign_a: Signal<Local, Bit>,
    sign_b: Signal<Local, Bit>,
    sign_y: Signal<Local, Bit>,
    zero_a: Signal<Local, Bit>,
    zero_b: Signal<Local, Bit>,
    neg_a: Signal<Local, Bit>,
    neg_b: Signal<Local, Bit>,
    canon_a: Signal<Local, Bits<8>>,
    canon_b: Signal<Local, Bits<8>>,
    a_lt_b: Signal<Local, Bit>,
    a_gt_b: Signal<Local, Bit>,
    simple_code: Signal<Local, Bits<8>>,
    widen_simple: Widen<8, 16>,

    // Pipelines: index `j` of a field is the register of stage `j + first stage`.
    /// Stages 1..=LATENCY.
    valid: [DFF<Bit>; LATENCY],
    /// Stages 1..=LATENCY.
    tag: [DFF<Bits<16>>; LATENCY],
    /// Stages 1..=LATENCY.
    illegal: [DFF<Bit>; LATENCY],
    /// The op is DECODE: the table value enters the lane at stage 3, and the output
    /// sign-extends it. Stages 1..=LATENCY.
    sext: [DFF<Bit>; LATENCY],
    /// ADD, SUB or MUL (the result comes from the search). Stages 1..SEARCH_DONE_STAGE.
    search: [DFF<Bit>; SEARCH_DONE_STAGE - 1],
    /// The 16-bit result lane. Stages 2..=LATENCY.
    res: [DFF<Bits<16>>; LATENCY - 1],
    /// `|N|`. Stages 2..=LAST_STEP_START.
    absn: [DFF<Bits<16>>; LAST_STEP_START - 1],
    /// `D`. Stages 2..=LAST_STEP_START.
    den: [DFF<Bits<16>>; LAST_STEP_START - 1],
    /// `N < 0`. Stages 2..SEARCH_DONE_STAGE.
    neg: [DFF<Bit>; SEARCH_DONE_STAGE - 2],
    /// `m` after search step `6 - j`: the start of step `j + 1`.
    m: [DFF<Bits<8>>; SEARCH_STEPS - 1],

    // Cycles 2..SEARCH_DONE_STAGE: the search.
    /// `steps[i]`: search step `6 - i`
    steps: [SearchStep; SEARCH_STEPS],
    search_code: Signal<Local, Bits<8>>,
    widen_search: Widen<8, 16>,

    // Outputs.
    widen_out: Widen<16, 32>,
}

fn op_constant(op: qins_core::hw::AluOp) -> Constant<Bits<4>> {
    Constant::new((op.opcode() as u64).into())
}

impl QinsAlu {
    /// An ALU whose DECODE and ENCODE tables power up holding the model's tables.
    pub fn with_contents(tables: &qins_core::hw::QinsAlu) -> Self {
        use qins_core::hw::AluOp;
        Self {
            clock: Default::default(),
            in_valid: Default::default(),
            op: Default::default(),
            a: Default::default(),
            b: Default::default(),
            in_tag: Default::default(),
            out_valid: Default::default(),
            result: Default::default(),
            out_tag: Default::default(),
            out_illegal: Default::default(),
            decode_write: Default::default(),
            threshold_write: Default::default(),
            code_write: Default::default(),
            lookup_write: Default::default(),
            op_add: op_constant(AluOp::Add),
            op_sub: op_constant(AluOp::Sub),
            op_mul: op_constant(AluOp::Mul),
            op_neg: op_constant(AluOp::Neg),
            op_abs: op_constant(AluOp::Abs),
            op_max: op_constant(AluOp::Max),
            op_min: op_constant(AluOp::Min),
            op_encode: op_constant(AluOp::Encode),
            op_decode: op_constant(AluOp::Decode),
            op_lookup: op_constant(AluOp::Lookup),
            k127: Constant::new(127u64.into()),
            k1: Constant::new(1u64.into()),
            zero_code: Constant::new((qins_core::format::ZERO_CODE as u64).into()),
            sign_bit: Constant::new((qins_core::format::SIGN_BIT as u64).into()),
            zero8: Constant::new(0u64.into()),
            code_a: Default::default(),
            code_b: Default::default(),
            mag_a0: Default::default(),
            mag_b0: Default::default(),
            num_a: Default::default(),
            num_b: Default::default(),
            den_a: Default::default(),
            den_b: Default::default(),
            factor: Default::default(),
            prod_x: Default::default(),
            prod_y: Default::default(),
            prod_d: Default::default(),
            decode: DecodeTable::with_contents(&tables.decode_table),
            lookup: LookupTable::with_contents(&tables.lookup_table),
            encoder: SplitEncoder::with_contents(&tables.encoder),
            widen_encode: Default::default(),
            s1_op: Default::default(),
            s1_code_a: Default::default(),
            s1_code_b: Default::default(),
            s1_x: Default::default(),
            s1_y: Default::default(),
            s1_d: Default::default(),
            s2_lookup: Default::default(),
            widen_lookup: Default::default(),
            sign_a: Default::default(),
            sign_b: Default::default(),
            sign_y: Default::default(),
            zero_a: Default::default(),
            zero_b: Default::default(),
            neg_a: Default::default(),
            neg_b: Default::default(),
            canon_a: Default::default(),
            canon_b: Default::default(),
            a_lt_b: Default::default(),
            a_gt_b: Default::default(),
            simple_code: Default::default(),
            widen_simple: Default::default(),
            valid: Default::default(),
            tag: Default::default(),
            illegal: Default::default(),
            sext: Default::default(),
            search: Default::default(),
            res: Default::default(),
            absn: Default::default(),
            den: Default::default(),
            neg: Default::default(),
            m: Default::default(),
            steps: std::array::from_fn(|i| SearchStep::new(6 - i)),
            search_code: Default::default(),
            widen_search: Default::default(),
            widen_out: Default::default(),
        }
    }
}

impl Default for QinsAlu {
    fn default() -> Self {
        Self::with_contents(&qins_core::hw::QinsAlu::default())
    }
}

impl Logic for QinsAlu {
    #[hdl_gen]
    fn update(&mut self) {
        // Clocks; every register holds its value unless assigned below.
        dff_setup!(self, clock, s1_op, s1_code_a, s1_code_b, s1_x, s1_y, s1_d, s2_lookup);
        for i in 0..LATENCY {
            self.valid[i].clock.next = self.clock.val();
            self.tag[i].clock.next = self.clock.val();
            self.illegal[i].clock.next = self.clock.val();
            self.sext[i].clock.next = self.clock.val();
        }
        for i in 0..(LATENCY - 1) {
            self.res[i].clock.next = self.clock.val();
        }
        for i in 0..(SEARCH_DONE_STAGE - 1) {
            self.search[i].clock.next = self.clock.val();
        }
        for i in 0..(LAST_STEP_START - 1) {
            self.absn[i].clock.next = self.clock.val();
            self.den[i].clock.next = self.clock.val();
        }
        for i in 0..(SEARCH_DONE_STAGE - 2) {
            self.neg[i].clock.next = self.clock.val();
        }
        for i in 0..(SEARCH_STEPS - 1) {
            self.m[i].clock.next = self.clock.val();
        }
        for i in 0..SEARCH_STEPS {
            self.steps[i].clock.next = self.clock.val();
        }
        self.decode.clock.next = self.clock.val();
        self.lookup.clock.next = self.clock.val();
        self.encoder.clock.next = self.clock.val();

        // Delay lines.
        for i in 1..LATENCY {
            self.valid[i].d.next = self.valid[i - 1].q.val();
            self.tag[i].d.next = self.tag[i - 1].q.val();
            self.illegal[i].d.next = self.illegal[i - 1].q.val();
            self.sext[i].d.next = self.sext[i - 1].q.val();
        }
        for i in 1..(LATENCY - 1) {
            self.res[i].d.next = self.res[i - 1].q.val();
        }
        for i in 1..(SEARCH_DONE_STAGE - 1) {
            self.search[i].d.next = self.search[i - 1].q.val();
        }
        for i in 1..(LAST_STEP_START - 1) {
            self.absn[i].d.next = self.absn[i - 1].q.val();
            self.den[i].d.next = self.den[i - 1].q.val();
        }
        for i in 1..(SEARCH_DONE_STAGE - 2) {
            self.neg[i].d.next = self.neg[i - 1].q.val();
        }

        // ---- Cycle 0: operand ratios n/d, three products, the encoder input.
        self.code_a.next = self.a.val().get_bits::<8>(0);
        self.code_b.next = self.b.val().get_bits::<8>(0);
        self.mag_a0.next = self.a.val().get_bits::<16>(0) & self.k127.val();
        self.mag_b0.next = self.b.val().get_bits::<16>(0) & self.k127.val();
        self.num_a.next = self.k127.val() - self.mag_a0.val();
        self.num_b.next = self.k127.val() - self.mag_b0.val();
        self.den_a.next = self.mag_a0.val() + self.k1.val();
        self.den_b.next = self.mag_b0.val() + self.k1.val();
        self.factor.next = self.den_b.val();
        if self.op.val() == self.op_mul.val() {
            self.factor.next = self.num_b.val();
        }
        self.prod_x.next = self.num_a.val() * self.factor.val();
        self.prod_y.next = self.num_b.val() * self.den_a.val();
        self.prod_d.next = self.den_a.val() * self.den_b.val();
        self.s1_x.d.next = self.prod_x.val().get_bits::<16>(0);
        self.s1_y.d.next = self.prod_y.val().get_bits::<16>(0);
        self.s1_d.d.next = self.prod_d.val().get_bits::<16>(0);
        self.s1_op.d.next = self.op.val();
        self.s1_code_a.d.next = self.code_a.val();
        self.s1_code_b.d.next = self.code_b.val();
        self.valid[0].d.next = self.in_valid.val();
        self.tag[0].d.next = self.in_tag.val();
        self.illegal[0].d.next = self.in_valid.val() && (self.op.val() > self.op_lookup.val());
        self.sext[0].d.next = self.op.val() == self.op_decode.val();
        self.search[0].d.next = (self.op.val() == self.op_add.val())
            || (self.op.val() == self.op_sub.val())
            || (self.op.val() == self.op_mul.val());
        TableWrite::<Signed<16>>::link(&mut self.decode_write, &mut self.decode.write);
        TableWrite::<Bits<8>>::link(&mut self.lookup_write, &mut self.lookup.write);
        self.encoder.in_valid.next = self.in_valid.val() && (self.op.val() == self.op_encode.val());
        self.encoder.in_value.next = signed_cast(self.a.val());
        TableWrite::<Signed<32>>::link(
            &mut self.threshold_write,
            &mut self.encoder.threshold_write,
        );
        TableWrite::<Bits<8>>::link(&mut self.code_write, &mut self.encoder.code_write);

        // ---- Cycle 1: signed numerator, comparison, the exact (non-search) ops.
        self.sign_a.next = self.s1_code_a.q.val().get_bit(7);
        self.sign_b.next = self.s1_code_b.q.val().get_bit(7);
        self.zero_a.next = (self.s1_code_a.q.val() & self.zero_code.val()) == self.zero_code.val();
        self.zero_b.next = (self.s1_code_b.q.val() & self.zero_code.val()) == self.zero_code.val();
        self.canon_a.next = self.s1_code_a.q.val();
        if self.zero_a.val() {
            self.canon_a.next = self.zero_code.val();
        }
        self.canon_b.next = self.s1_code_b.q.val();
        if self.zero_b.val() {
            self.canon_b.next = self.zero_code.val();
        }
        // value_a = (neg_a ? -X : X) / (da db), value_b = (neg_b ? -Y : Y) / (da db).
        self.neg_a.next = self.sign_a.val() && !self.zero_a.val();
        self.neg_b.next = self.sign_b.val() && !self.zero_b.val();
        self.a_lt_b.next = (self.neg_a.val() && !self.neg_b.val())
            || (!self.neg_a.val() && !self.neg_b.val() && (self.s1_x.q.val() < self.s1_y.q.val()))
            || (self.neg_a.val() && self.neg_b.val() && (self.s1_x.q.val() > self.s1_y.q.val()));
        self.a_gt_b.next = (!self.neg_a.val() && self.neg_b.val())
            || (!self.neg_a.val() && !self.neg_b.val() && (self.s1_x.q.val() > self.s1_y.q.val()))
            || (self.neg_a.val() && self.neg_b.val() && (self.s1_x.q.val() < self.s1_y.q.val()));
        // N = sa X + sy Y (sy = sb, flipped for SUB) as magnitude and sign; MUL: N = sa sb X.
        self.sign_y.next = self.sign_b.val() ^ (self.s1_op.q.val() == self.op_sub.val());
        self.absn[0].d.next = self.s1_x.q.val() + self.s1_y.q.val();
        self.neg[0].d.next = self.sign_a.val();
        if self.sign_a.val() != self.sign_y.val() {
            if self.s1_x.q.val() >= self.s1_y.q.val() {
                self.absn[0].d.next = self.s1_x.q.val() - self.s1_y.q.val();
            } else {
                self.absn[0].d.next = self.s1_y.q.val() - self.s1_x.q.val();
                self.neg[0].d.next = self.sign_y.val();
            }
        }
        if self.s1_op.q.val() == self.op_mul.val() {
            self.absn[0].d.next = self.s1_x.q.val();
            self.neg[0].d.next = self.sign_a.val() ^ self.sign_b.val();
        }
        self.den[0].d.next = self.s1_d.q.val();
        // NEG, ABS, MAX, MIN; 0 for everything else (illegal opcodes included), until
        // DECODE, ADD, SUB, MUL and ENCODE write their results at later stages.
        self.simple_code.next = self.zero8.val();
        if self.s1_op.q.val() == self.op_neg.val() {
            self.simple_code.next = self.s1_code_a.q.val() ^ self.sign_bit.val();
            if self.zero_a.val() {
                self.simple_code.next = self.zero_code.val();
            }
        }
        if self.s1_op.q.val() == self.op_abs.val() {
            self.simple_code.next = self.s1_code_a.q.val() & self.zero_code.val();
        }
        if self.s1_op.q.val() == self.op_max.val() {
            self.simple_code.next = self.canon_a.val();
            if self.a_lt_b.val() {
                self.simple_code.next = self.canon_b.val();
            }
        }
        if self.s1_op.q.val() == self.op_min.val() {
            self.simple_code.next = self.canon_a.val();
            if self.a_gt_b.val() {
                self.simple_code.next = self.canon_b.val();
            }
        }
        self.widen_simple.narrow.next = self.simple_code.val();
        self.widen_simple.fill.next = false;
        self.res[0].d.next = self.widen_simple.wide.val();
        // DECODE reads its table in cycle 1, so that it sees a write of its issue cycle.
        self.decode.read_code.next = self.s1_code_a.q.val();
        // LOOKUP likewise
        self.lookup.read_code.next = self.s1_code_a.q.val();
        self.s2_lookup.d.next = self.s1_op.q.val() == self.op_lookup.val();

        // ---- Cycle 2: the DECODE value into the result lane at stage 3 (res[1]).
        if self.sext[1].q.val() {
            self.res[1].d.next = unsigned_cast(self.decode.read_value.val());
        }
        // ---- Cycle 2: the LOOKUP entry into the result lane at stage 3 (zero-extended).
        self.widen_lookup.narrow.next = self.lookup.read_value.val();
        self.widen_lookup.fill.next = false;
        if self.s2_lookup.q.val() {
            self.res[1].d.next = self.widen_lookup.wide.val();
        }

        // ---- Cycles 2..SEARCH_DONE_STAGE: the seven search steps, two cycles each (step
        // i reads stage 2 + 2 i and its m_out is registered at stage 4 + 2 i), then the code.
        self.steps[0].m_in.next = self.zero8.val();
        for i in 0..SEARCH_STEPS {
            // i * SEARCH_STEP_CYCLES (the HDL translation knows only the loop variable)
            self.steps[i].abs_num.next = self.absn[i * 2].q.val();
            self.steps[i].den.next = self.den[i * 2].q.val();
        }
        for i in 0..(SEARCH_STEPS - 1) {
            self.m[i].d.next = self.steps[i].m_out.val();
            self.steps[i + 1].m_in.next = self.m[i].q.val();
        }
        // make_code(N < 0, m): zero (m = 127) is always 0x7F. In the last step's compare
        // cycle (SEARCH_DONE_STAGE - 1): neg and search of that stage.
        for l in (SEARCH_STEPS - 1)..SEARCH_STEPS {
            for last in (SEARCH_DONE_STAGE - 1)..SEARCH_DONE_STAGE {
                self.search_code.next = self.steps[l].m_out.val();
                if self.neg[last - 2].q.val() && (self.steps[l].m_out.val() != self.zero_code.val())
                {
                    self.search_code.next = self.steps[l].m_out.val() | self.sign_bit.val();
                }
                self.widen_search.narrow.next = self.search_code.val();
                self.widen_search.fill.next = false;
                // res[SEARCH_DONE_STAGE - 2] (stage SEARCH_DONE_STAGE) from search of
                // stage `last`.
                if self.search[last - 1].q.val() {
                    self.res[last - 1].d.next = self.widen_search.wide.val();
                }
            }
        }

        // ---- ENCODE: the encoder's code into the result lane at ENCODE_STAGE (res[e - 2]).
        self.widen_encode.narrow.next = self.encoder.out_code.val();
        self.widen_encode.fill.next = false;
        for e in ENCODE_STAGE..(ENCODE_STAGE + 1) {
            if self.encoder.out_valid.val() {
                self.res[e - 2].d.next = self.widen_encode.wide.val();
            }
        }

        // ---- Outputs: the last stage, the result lane zero- or sign-extended.
        for last in (LATENCY - 1)..LATENCY {
            self.out_valid.next = self.valid[last].q.val();
            self.out_tag.next = self.tag[last].q.val();
            self.out_illegal.next = self.illegal[last].q.val();
            self.widen_out.narrow.next = self.res[last - 1].q.val();
            self.widen_out.fill.next =
                self.sext[last].q.val() && self.res[last - 1].q.val().get_bit(15);
        }
        self.result.next = self.widen_out.wide.val();
    }
}

crate::impl_clocked!(QinsAlu);

#[cfg(test)]
mod tests;
