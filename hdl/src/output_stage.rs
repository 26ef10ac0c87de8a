//! `OutputStage<SE, SM>`: per-column requantization of a 32-bit accumulator, then an 8-bit code
//! or the 32-bit value. The code comes from a `SplitEncoder` (`SE = 0`: two cycles per search
//! step, one column per cycle) or a `SerialEncoder` (`SE = 1`: one column every
//! [`SERIAL_INTERVAL`] cycles, for FPGA area). Model: `qins_core::hw::ChannelParams::requantize`
//! and `qins_core::hw::OutputStage::process`.
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | |
//! | `in_valid` | in | 1 | the other `in_*` ports and the parameters hold a column |
//! | `in_acc` | in | 32 signed | accumulator |
//! | `multiplier` | in | 16 signed | sampled with `in_valid` |
//! | `shift` | in | 6 | `0..=63`, sampled with `in_valid` |
//! | `bias` | in | 32 signed | sampled with `in_valid` |
//! | `encode` | in | 1 | 1: `out_word` = zero-extended code; 0: `out_word` = `v`. Sampled too |
//! | `out_valid` | out | 1 | `in_valid`, [`LATENCY`] cycles later |
//! | `out_word` | out | 32 | result, [`LATENCY`] cycles later, in both modes |
//! | `accept_next` | out | 1 | `in_valid` may be raised in the next cycle (`SE = 0`: always) |
//! | `threshold_write`, `code_write` | in | [`TableWrite`] of 32 signed, of 8 | the encoder's table write ports |
//!
//! `p = acc * multiplier` (exact 48-bit), `r = shift == 0 ? p : (p + 2^(shift-1)) >> shift`,
//! `v = saturate_i32(r + bias)`, `out_word = encode ? code(v) : v`. Latency 23 (both
//! encoders); one column per cycle with `SE = 0`, one per [`SERIAL_INTERVAL`] with `SE = 1`
//! (a column entering earlier would corrupt the one in the encoder: `accept_next` paces the
//! user). The stages: input registers; two 16 x 16 products (`acc[31:16] * m` signed, `acc[15:0] * m`
//! unsigned, corrected by `acc[15:0] << 16` when `m < 0`); their sum as `2p` (49 bits); the
//! arithmetic right shift by `shift` in two stages (coarse `shift & 56`, fine `shift & 7`);
//! `2r + 2 bias = (2p >> shift) + [shift != 0] + 2 bias` in 36 bits (`2p >> shift` outside
//! `[-2^34, 2^34)` saturates whatever the bias); saturation feeds the encoder (17 cycles), whose
//! value pipeline delivers `v` for the int32 mode at the same time. Table writes go straight to the encoder: write them while
//! no column is in flight.
//!
//! `SM = 1` (`AccelConfig::bit_serial`, needs `SE = 1`): no multipliers. `p` comes from a
//! [`SerialMultiplier`] (32 x 16 bits into 48, 17 cycles from `in_valid`), and `2p` enters
//! stage 3 from it; shift, bias and encode are held a second time as it does
//! (the next column may enter then). Latency [`OutputStage::LATENCY`] = 38; the interval is
//! still [`SERIAL_INTERVAL`] (the multiply is done when the next column loads). On the HX8K
//! the two 16 x 16 LUT multipliers become one 48-bit adder: 7,575 -> 6,206 logic cells.

use crate::encoder::{
    SerialEncoder, SplitEncoder, SERIAL_INTERVAL, SERIAL_LATENCY, SPLIT_LATENCY as ENCODER_LATENCY,
};
use crate::serial_multiplier::SerialMultiplier;
use crate::table_write::TableWrite;
use rust_hdl::prelude::*;

/// Cycles from `in_*` to `out_*` with `SM = 0` ([`OutputStage::LATENCY`] for both).
pub const LATENCY: usize = 6 + ENCODER_LATENCY;
/// Cycles the bit-serial multiply (`SM = 1`) adds: its 17 cycles against the two stages
/// (products, their sum) it replaces.
const SERIAL_MULTIPLY_EXTRA: usize = SerialMultiplier::<32, 48>::CYCLES - 2;
// both encoders share the output stage's `is_code` pipeline
const _: () = assert!(SERIAL_LATENCY == ENCODER_LATENCY);
// with `SE = 1` one register per parameter holds a column's value until the next column
// reaches the stage that uses it
const _: () = assert!(SERIAL_INTERVAL >= SERIAL_LATENCY);

/// `out = {high, low}` (`W = H + L`). `#[hdl_gen]` has no concatenation, and widening with
/// `bit_cast` or `$signed` draws Verilator WIDTH warnings, so this one is written in Verilog.
#[derive(LogicBlock)]
struct Concat<const H: usize, const L: usize, const W: usize> {
    high: Signal<In, Bits<H>>,
    low: Signal<In, Bits<L>>,
    out: Signal<Out, Bits<W>>,
}

impl<const H: usize, const L: usize, const W: usize> Default for Concat<H, L, W> {
    fn default() -> Self {
        assert_eq!(W, H + L, "Concat width");
        Self {
            high: Default::default(),
            low: Default::default(),
            out: Default::default(),
        }
    }
}

impl<const H: usize, const L: usize, const W: usize> Logic for Concat<H, L, W> {
    fn update(&mut self) {
        self.out.next =
            (bit_cast::<W, H>(self.high.val()) << L as u64) | bit_cast::<W, L>(self.low.val());
    }

    fn connect(&mut self) {
        self.out.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Custom("always @(*) out = {high, low};".into())
    }
}

#[derive(LogicBlock)]
pub struct OutputStage<const SE: usize, const SM: usize> {
    pub clock: Signal<In, Clock>,
    pub in_valid: Signal<In, Bit>,
    pub in_acc: Signal<In, Signed<32>>,
    pub multiplier: Signal<In, Signed<16>>,
    pub shift: Signal<In, Bits<6>>,
    pub bias: Signal<In, Signed<32>>,
    pub encode: Signal<In, Bit>,
    pub out_valid: Signal<Out, Bit>,
    pub out_word: Signal<Out, Bits<32>>,
    pub accept_next: Signal<Out, Bit>,
    pub threshold_write: TableWrite<Signed<32>>,
    pub code_write: TableWrite<Bits<8>>,
    /// `1 - SE` pipelined encoders.
    encoder: Vec<SplitEncoder>,
    /// `SE` serial encoders.
    serial: Vec<SerialEncoder>,
    /// Cycles until the serial encoder takes the next column (counts down from
    /// `SERIAL_INTERVAL - 1` after `in_valid`).
    gap: DFF<Bits<5>>,
    gap_reload: Constant<Bits<5>>,
    /// `gap != 0` and `gap == 1`, kept beside the counter (`accept_next` is one LUT from
    /// registers: it gates the sequencer's POSTPROCESS issue)
    gap_busy: DFF<Bit>,
    gap_one: DFF<Bit>,
    // stage registers; `*_pipe[j]` is the copy registered at stage j + 1
    valid_pipe: [DFF<Bit>; 6],
    encode_pipe: [DFF<Bit>; 6],
    shift_pipe: [DFF<Bits<6>>; 4],
    bias_pipe: [DFF<Signed<32>>; 5],
    acc: DFF<Signed<32>>,
    mult: DFF<Signed<16>>,
    high_product: DFF<Signed<32>>,
    low_product: DFF<Bits<32>>,
    /// `acc[15:0]` when `m < 0`, else 0 (stage 2)
    correction: DFF<Bits<17>>,
    /// `2p = {doubled_high, doubled_low}`, registered apart so that the high part's
    /// register takes the 32-bit sum alone (on the UP5K the MAC16's output register)
    doubled_high: DFF<Bits<32>>,
    doubled_low: DFF<Bits<17>>,
    coarse: DFF<Bits<49>>,
    shifted: DFF<Bits<49>>,
    rounds: DFF<Bit>,
    sum: DFF<Bits<36>>,
    beyond: DFF<Bit>,
    beyond_negative: DFF<Bit>,
    // the int32 result waiting for the encoder
    is_code_pipe: [DFF<Bit>; ENCODER_LATENCY],
    // the parameters each stage uses: stage registers of the pipes with `SE = 0`; with
    // `SE = 1` (a column every SERIAL_INTERVAL >= LATENCY - 6 cycles) the first register of
    // each pipe holds its column's value instead, and synthesis drops the rest of the pipe
    shift_coarse: Signal<Local, Bits<6>>,
    shift_fine: Signal<Local, Bits<6>>,
    bias_now: Signal<Local, Signed<32>>,
    is_code_now: Signal<Local, Bit>,
    acc_high: Signal<Local, Signed<16>>,
    acc_low: Signal<Local, Bits<16>>,
    /// `(low_product >> 16) - correction`: a 17-bit signed term (stage 3)
    low_term: Signal<Local, Bits<17>>,
    low_term_wide: Concat<15, 17, 32>,
    product_high: Signal<Local, Bits<32>>,
    doubled_parts: Concat<32, 17, 49>,
    doubled_fill: Signal<Local, Bits<49>>,
    coarse_fill: Signal<Local, Bits<49>>,
    bias_wide: Concat<4, 32, 36>,
    round: Signal<Local, Bits<36>>,
    saturated: Signal<Local, Bits<32>>,
    code_word: Concat<24, 8, 32>,
    zero_4: Constant<Bits<4>>,
    ones_4: Constant<Bits<4>>,
    zero_36: Constant<Bits<36>>,
    one_36: Constant<Bits<36>>,
    zero_24: Constant<Bits<24>>,
    zero_15: Constant<Bits<15>>,
    ones_15: Constant<Bits<15>>,
    zero_17: Constant<Bits<17>>,
    zero_49: Constant<Bits<49>>,
    ones_49: Constant<Bits<49>>,
    coarse_mask: Constant<Bits<6>>,
    fine_mask: Constant<Bits<6>>,
    int_min: Constant<Bits<32>>,
    int_max: Constant<Bits<32>>,
    /// `SM` (0 or 1) bit-serial multipliers: `p`, made from `in_acc` and `multiplier`
    serial_product: Vec<SerialMultiplier<32, 48>>,
}

impl<const SE: usize, const SM: usize> OutputStage<SE, SM> {
    /// Cycles from `in_*` to `out_*`: 23, or 38 with the bit-serial multiply.
    pub const LATENCY: usize = LATENCY + SM * SERIAL_MULTIPLY_EXTRA;
}

impl<const SE: usize, const SM: usize> OutputStage<SE, SM> {
    /// An output stage whose encoder holds `contents` at power-up.
    pub fn with_contents(contents: &qins_core::hw::ThresholdEncoder) -> Self {
        assert!(SE <= 1, "OutputStage: SE is 0 or 1");
        assert!(
            SM == 0 || SE == 1,
            "OutputStage: the bit-serial multiply (SM = 1) needs the serial encoder's interval"
        );
        const _: () = assert!(SERIAL_INTERVAL >= SerialMultiplier::<32, 48>::CYCLES);
        Self {
            clock: Default::default(),
            in_valid: Default::default(),
            in_acc: Default::default(),
            multiplier: Default::default(),
            shift: Default::default(),
            bias: Default::default(),
            encode: Default::default(),
            out_valid: Default::default(),
            out_word: Default::default(),
            accept_next: Default::default(),
            threshold_write: Default::default(),
            code_write: Default::default(),
            encoder: (SE..1)
                .map(|_| SplitEncoder::with_contents(contents))
                .collect(),
            serial: (0..SE)
                .map(|_| SerialEncoder::with_contents(contents))
                .collect(),
            gap: Default::default(),
            gap_reload: Constant::new(((SERIAL_INTERVAL - 1) as u64).into()),
            gap_busy: Default::default(),
            gap_one: Default::default(),
            valid_pipe: Default::default(),
            encode_pipe: Default::default(),
            shift_pipe: Default::default(),
            bias_pipe: Default::default(),
            acc: Default::default(),
            mult: Default::default(),
            high_product: Default::default(),
            low_product: Default::default(),
            correction: Default::default(),
            doubled_high: Default::default(),
            doubled_low: Default::default(),
            coarse: Default::default(),
            shifted: Default::default(),
            rounds: Default::default(),
            sum: Default::default(),
            beyond: Default::default(),
            beyond_negative: Default::default(),
            is_code_pipe: Default::default(),
            shift_coarse: Default::default(),
            shift_fine: Default::default(),
            bias_now: Default::default(),
            is_code_now: Default::default(),
            acc_high: Default::default(),
            acc_low: Default::default(),
            low_term: Default::default(),
            low_term_wide: Default::default(),
            product_high: Default::default(),
            doubled_parts: Default::default(),
            doubled_fill: Default::default(),
            coarse_fill: Default::default(),
            bias_wide: Default::default(),
            round: Default::default(),
            saturated: Default::default(),
            code_word: Default::default(),
            zero_4: Constant::new(0u64.into()),
            ones_4: Constant::new(Bits::<4>::mask()),
            zero_36: Constant::new(0u64.into()),
            one_36: Constant::new(1u64.into()),
            zero_24: Constant::new(0u64.into()),
            zero_15: Constant::new(0u64.into()),
            ones_15: Constant::new(Bits::<15>::mask()),
            zero_17: Constant::new(0u64.into()),
            zero_49: Constant::new(0u64.into()),
            ones_49: Constant::new(Bits::<49>::mask()),
            coarse_mask: Constant::new(0b111_000u64.into()),
            fine_mask: Constant::new(0b000_111u64.into()),
            int_min: Constant::new(0x8000_0000u64.into()),
            int_max: Constant::new(0x7FFF_FFFFu64.into()),
            serial_product: (0..SM).map(|_| SerialMultiplier::default()).collect(),
        }
    }
}

impl<const SE: usize, const SM: usize> Default for OutputStage<SE, SM> {
    fn default() -> Self {
        Self::with_contents(&qins_core::hw::ThresholdEncoder::qins())
    }
}

impl<const SE: usize, const SM: usize> Logic for OutputStage<SE, SM> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            acc,
            mult,
            high_product,
            low_product,
            correction,
            doubled_high,
            doubled_low,
            coarse,
            shifted,
            rounds,
            sum,
            beyond,
            beyond_negative,
            gap,
            gap_busy,
            gap_one
        );
        for j in 0..6 {
            self.valid_pipe[j].clock.next = self.clock.val();
            self.encode_pipe[j].clock.next = self.clock.val();
        }
        for j in 0..4 {
            self.shift_pipe[j].clock.next = self.clock.val();
        }
        for j in 0..5 {
            self.bias_pipe[j].clock.next = self.clock.val();
        }
        for j in 0..ENCODER_LATENCY {
            self.is_code_pipe[j].clock.next = self.clock.val();
        }
        for u in 0..(1 - SE) {
            self.encoder[u].clock.next = self.clock.val();
        }
        for u in 0..SE {
            self.serial[u].clock.next = self.clock.val();
        }
        // pacing: the serial encoder takes a column every SERIAL_INTERVAL cycles
        if self.gap.q.val().any() {
            self.gap.d.next = self.gap.q.val() - 1;
        }
        if self.in_valid.val() {
            self.gap.d.next = self.gap_reload.val();
        }
        // the flags follow the counter's next value (the reload is > 1)
        self.gap_busy.d.next =
            self.in_valid.val() | (self.gap_busy.q.val() & !self.gap_one.q.val());
        self.gap_one.d.next = !self.in_valid.val() & (self.gap.q.val() == 2);
        self.accept_next.next = true;
        for _u in 0..SE {
            self.accept_next.next =
                self.gap_one.q.val() | (!self.gap_busy.q.val() & !self.in_valid.val());
        }
        // control pipelines
        self.valid_pipe[0].d.next = self.in_valid.val();
        self.encode_pipe[0].d.next = self.encode.val();
        self.shift_pipe[0].d.next = self.shift.val();
        self.bias_pipe[0].d.next = self.bias.val();
        for j in 1..6 {
            self.valid_pipe[j].d.next = self.valid_pipe[j - 1].q.val();
            self.encode_pipe[j].d.next = self.encode_pipe[j - 1].q.val();
        }
        for j in 1..4 {
            self.shift_pipe[j].d.next = self.shift_pipe[j - 1].q.val();
        }
        for j in 1..5 {
            self.bias_pipe[j].d.next = self.bias_pipe[j - 1].q.val();
        }
        self.shift_coarse.next = self.shift_pipe[2].q.val();
        self.shift_fine.next = self.shift_pipe[3].q.val();
        self.bias_now.next = self.bias_pipe[4].q.val();
        self.is_code_pipe[0].d.next = self.encode_pipe[5].q.val();
        for last in (ENCODER_LATENCY - 1)..ENCODER_LATENCY {
            self.is_code_now.next = self.is_code_pipe[last].q.val();
        }
        for _u in 0..SE {
            // held from in_valid (shift, bias, encode: used up to stage 6) and from the
            // encoder's input (is_code: used at the output, before the next column's stage 6)
            if !self.in_valid.val() {
                self.encode_pipe[0].d.next = self.encode_pipe[0].q.val();
                self.shift_pipe[0].d.next = self.shift_pipe[0].q.val();
                self.bias_pipe[0].d.next = self.bias_pipe[0].q.val();
            }
            self.shift_coarse.next = self.shift_pipe[0].q.val();
            self.shift_fine.next = self.shift_pipe[0].q.val();
            self.bias_now.next = self.bias_pipe[0].q.val();
            self.is_code_pipe[0].d.next = self.is_code_pipe[0].q.val();
            if self.valid_pipe[5].q.val() {
                self.is_code_pipe[0].d.next = self.encode_pipe[0].q.val();
            }
            self.is_code_now.next = self.is_code_pipe[0].q.val();
        }
        for u in 0..SM {
            // held a second time as the product is done (the next column may enter then)
            self.encode_pipe[1].d.next = self.encode_pipe[1].q.val();
            self.shift_pipe[1].d.next = self.shift_pipe[1].q.val();
            self.bias_pipe[1].d.next = self.bias_pipe[1].q.val();
            if self.serial_product[u].done.val() {
                self.encode_pipe[1].d.next = self.encode_pipe[0].q.val();
                self.shift_pipe[1].d.next = self.shift_pipe[0].q.val();
                self.bias_pipe[1].d.next = self.bias_pipe[0].q.val();
            }
            self.shift_coarse.next = self.shift_pipe[1].q.val();
            self.shift_fine.next = self.shift_pipe[1].q.val();
            self.bias_now.next = self.bias_pipe[1].q.val();
            self.is_code_pipe[0].d.next = self.is_code_pipe[0].q.val();
            if self.valid_pipe[5].q.val() {
                self.is_code_pipe[0].d.next = self.encode_pipe[1].q.val();
            }
        }
        // SM = 1: the product, one multiplier bit per cycle from the input
        for u in 0..SM {
            self.serial_product[u].clock.next = self.clock.val();
            self.serial_product[u].start.next = self.in_valid.val();
            self.serial_product[u].multiplicand.next = self.in_acc.val();
            self.serial_product[u].multiplier.next = self.multiplier.val();
        }
        // stage 1: input registers
        self.acc.d.next = self.in_acc.val();
        self.mult.d.next = self.multiplier.val();
        // stage 2: partial products; acc[15:0] * unsigned(m) is acc[15:0] * m + (acc[15:0] << 16)
        // when m < 0, so that much is subtracted in stage 3
        self.acc_high.next = self.acc.q.val().get_bits::<16>(16);
        self.acc_low.next = unsigned_cast(self.acc.q.val().get_bits::<16>(0));
        self.high_product.d.next = self.acc_high.val() * self.mult.q.val();
        self.low_product.d.next = self.acc_low.val() * unsigned_cast(self.mult.q.val());
        self.correction.d.next = self.zero_17.val();
        if self.mult.q.val().get_bit(15) {
            self.correction.d.next = bit_cast::<17, 16>(self.acc_low.val());
        }
        // stage 3: 2p = {p >> 16, p[15:0], 0}; p >> 16 fits 32 bits, so wrapping sums are exact
        // p >> 16 = high + (low >> 16) - correction; the last two make one 17-bit signed term
        // (both below 2^16), sign-extended, so that the 32-bit sum has a single operand from
        // the fabric and is the whole of `doubled_high`'s input: on the UP5K the high
        // product's MAC16 adds it and registers the sum in its own output register
        self.low_term.next = bit_cast::<17, 16>(self.low_product.q.val().get_bits::<16>(16))
            - self.correction.q.val();
        self.low_term_wide.low.next = self.low_term.val();
        self.low_term_wide.high.next = self.zero_15.val();
        if self.low_term.val().get_bit(16) {
            self.low_term_wide.high.next = self.ones_15.val();
        }
        self.product_high.next =
            unsigned_cast(self.high_product.q.val()) + self.low_term_wide.out.val();
        self.doubled_high.d.next = self.product_high.val();
        self.doubled_low.d.next = self.low_product.q.val().get_bits::<17>(0) << 1;
        for u in 0..SM {
            // 2p = {p[47:16], p[15:0], 0}, from the serial product as it is done
            self.doubled_high.d.next = self.serial_product[u].product.val().get_bits::<32>(16);
            self.doubled_low.d.next = self.serial_product[u].product.val().get_bits::<17>(0) << 1;
            self.valid_pipe[2].d.next = self.serial_product[u].done.val();
        }
        self.doubled_parts.high.next = self.doubled_high.q.val();
        self.doubled_parts.low.next = self.doubled_low.q.val();
        // stages 4 and 5: arithmetic right shift, x >> s = ((x ^ fill) >> s) ^ fill
        self.doubled_fill.next = self.zero_49.val();
        if self.doubled_parts.out.val().get_bit(48) {
            self.doubled_fill.next = self.ones_49.val();
        }
        self.coarse.d.next = ((self.doubled_parts.out.val() ^ self.doubled_fill.val())
            >> (self.shift_coarse.val() & self.coarse_mask.val()))
            ^ self.doubled_fill.val();
        self.coarse_fill.next = self.zero_49.val();
        if self.coarse.q.val().get_bit(48) {
            self.coarse_fill.next = self.ones_49.val();
        }
        self.shifted.d.next = ((self.coarse.q.val() ^ self.coarse_fill.val())
            >> (self.shift_fine.val() & self.fine_mask.val()))
            ^ self.coarse_fill.val();
        self.rounds.d.next = self.shift_fine.val().any();
        // stage 6: 2 (r + bias) = t + 2 bias + [s != 0] with t = 2p >> s, in 36 bits: when t is
        // beyond [-2^34, 2^34), |r| >= 2^33 and the result saturates whatever the bias
        self.bias_wide.low.next = unsigned_cast(self.bias_now.val());
        self.bias_wide.high.next = self.zero_4.val();
        if self.bias_now.val().get_bit(31) {
            self.bias_wide.high.next = self.ones_4.val();
        }
        self.round.next = self.zero_36.val();
        if self.rounds.q.val() {
            self.round.next = self.one_36.val();
        }
        self.sum.d.next = self.shifted.q.val().get_bits::<36>(0)
            + ((self.bias_wide.out.val() << 1) | self.round.val());
        self.beyond.d.next = !(self.shifted.q.val().get_bits::<15>(34).all()
            | !self.shifted.q.val().get_bits::<15>(34).any());
        self.beyond_negative.d.next = self.shifted.q.val().get_bit(48);
        // saturate: r + bias = sum >> 1 fits 32 bits when sum[35:32] is all zeros or all ones
        self.saturated.next = self.sum.q.val().get_bits::<32>(1);
        if self.beyond.q.val() {
            self.saturated.next = self.int_max.val();
            if self.beyond_negative.q.val() {
                self.saturated.next = self.int_min.val();
            }
        } else if !(self.sum.q.val().get_bits::<4>(32).all()
            | !self.sum.q.val().get_bits::<4>(32).any())
        {
            self.saturated.next = self.int_max.val();
            if self.sum.q.val().get_bit(35) {
                self.saturated.next = self.int_min.val();
            }
        }
        // encoder; the int32 result is the encoder's delayed input (`out_value`)
        for j in 1..ENCODER_LATENCY {
            self.is_code_pipe[j].d.next = self.is_code_pipe[j - 1].q.val();
        }
        self.code_word.high.next = self.zero_24.val();
        for u in 0..(1 - SE) {
            self.encoder[u].in_valid.next = self.valid_pipe[5].q.val();
            self.encoder[u].in_value.next = signed_cast(self.saturated.val());
            self.out_valid.next = self.encoder[u].out_valid.val();
            self.code_word.low.next = self.encoder[u].out_code.val();
            self.out_word.next = unsigned_cast(self.encoder[u].out_value.val());
            // table writes go straight to the encoder
            self.encoder[u].threshold_write.enable.next = self.threshold_write.enable.val();
            self.encoder[u].threshold_write.index.next = self.threshold_write.index.val();
            self.encoder[u].threshold_write.value.next = self.threshold_write.value.val();
            self.encoder[u].code_write.enable.next = self.code_write.enable.val();
            self.encoder[u].code_write.index.next = self.code_write.index.val();
            self.encoder[u].code_write.value.next = self.code_write.value.val();
        }
        for u in 0..SE {
            self.serial[u].in_valid.next = self.valid_pipe[5].q.val();
            self.serial[u].in_value.next = signed_cast(self.saturated.val());
            self.out_valid.next = self.serial[u].out_valid.val();
            self.code_word.low.next = self.serial[u].out_code.val();
            self.out_word.next = unsigned_cast(self.serial[u].out_value.val());
            self.serial[u].threshold_write.enable.next = self.threshold_write.enable.val();
            self.serial[u].threshold_write.index.next = self.threshold_write.index.val();
            self.serial[u].threshold_write.value.next = self.threshold_write.value.val();
            self.serial[u].code_write.enable.next = self.code_write.enable.val();
            self.serial[u].code_write.index.next = self.code_write.index.val();
            self.serial[u].code_write.value.next = self.code_write.value.val();
        }
        if self.is_code_now.val() {
            self.out_word.next = self.code_word.out.val();
        }
    }
}

crate::impl_clocked!(OutputStage<const SE: usize, const SM: usize>);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::ClockedBench;
    use crate::table_write::drive_encoder_entry;
    use qins_core::hw::{ChannelParams, OutputStage as Model, ThresholdEncoder};
    use qins_core::rng::SplitMix64;

    #[derive(Clone, Copy, Debug)]
    struct Column {
        acc: i32,
        params: ChannelParams,
        encode: bool,
    }

    /// Streams `columns` as fast as the stage takes them (`SE = 0`: one per cycle, `SE = 1`:
    /// one per `SERIAL_INTERVAL`; an extra bubble after every 61st) and checks valid and word
    /// of each against the model, `LATENCY` cycles later, and that `accept_next` announced
    /// every column and refused one a cycle too early.
    fn check_against_model<const SE: usize, const SM: usize>(
        b: &mut ClockedBench<OutputStage<SE, SM>>,
        table: &ThresholdEncoder,
        columns: &[Column],
    ) {
        let latency = OutputStage::<SE, SM>::LATENCY;
        let encode_model = Model::Encode(Box::new(table.clone()));
        let inputs: Vec<Option<Column>> = columns
            .iter()
            .enumerate()
            .flat_map(|(n, &c)| {
                let spacing = if SE == 1 { SERIAL_INTERVAL } else { 1 };
                let bubbles = spacing - 1 + usize::from(n % 61 == 60);
                std::iter::once(Some(c)).chain(std::iter::repeat_n(None, bubbles))
            })
            .collect();
        // `accept_next` during cycle c - 1 (state and inputs of c - 1) allows a column in c
        b.uut.in_valid.next = false;
        b.settle();
        let mut accepted = b.uut.accept_next.val();
        for c in 0..inputs.len() + latency - 1 {
            let col = inputs.get(c).copied().flatten();
            let x = col.unwrap_or(Column {
                acc: 0,
                params: ChannelParams::IDENTITY,
                encode: false,
            });
            b.uut.in_valid.next = col.is_some();
            assert!(
                col.is_none() || accepted,
                "cycle {c}: a column not announced"
            );
            if SE == 1 && c >= SERIAL_INTERVAL - 1 {
                let early = col.is_none()
                    && SERIAL_INTERVAL > 1
                    && inputs
                        .get(c + 1 - SERIAL_INTERVAL)
                        .is_some_and(|x| x.is_some());
                assert!(!(early && accepted), "cycle {c}: accept_next a cycle early");
            }
            b.uut.in_acc.next = Signed::<32>::from(x.acc as i64);
            b.uut.multiplier.next = Signed::<16>::from(x.params.multiplier as i64);
            b.uut.shift.next = Bits::<6>::from(x.params.shift as u64);
            b.uut.bias.next = Signed::<32>::from(x.params.bias as i64);
            b.uut.encode.next = x.encode;
            b.settle();
            accepted = b.uut.accept_next.val();
            b.cycle();
            if c + 1 < latency {
                continue;
            }
            let n = c + 1 - latency;
            assert_eq!(
                b.uut.out_valid.val(),
                inputs[n].is_some(),
                "valid of input {n}"
            );
            if let Some(col) = inputs[n] {
                let model = if col.encode {
                    &encode_model
                } else {
                    &Model::Int32
                };
                let want = model.process(col.acc, &col.params);
                assert_eq!(b.uut.out_word.val().to_u32(), want, "input {n}: {col:?}");
            }
        }
    }

    /// Every combination of extreme operands, every shift of the largest products, then
    /// `random` seeded columns: half uniformly random, half with `v` inside the encoder's range.
    fn columns(seed: u64, random: usize) -> Vec<Column> {
        let accs = [i32::MIN, i32::MAX, 0, -1, 1, -12345];
        let mults = [i16::MIN, i16::MAX, 0, -1, 1, 16384];
        let shifts = [0u8, 1, 2, 16, 31, 46, 47, 48, 62, 63];
        let biases = [i32::MIN, i32::MAX, 0, -1, 1 << 20];
        let mut out = Vec::new();
        for &acc in &accs {
            for &multiplier in &mults {
                for &shift in &shifts {
                    for &bias in &biases {
                        let params = ChannelParams {
                            multiplier,
                            shift,
                            bias,
                        };
                        let encode = out.len() % 2 == 1;
                        out.push(Column {
                            acc,
                            params,
                            encode,
                        });
                    }
                }
            }
        }
        // every shift of the largest products: 2p >> s crosses every power of two
        for acc in [i32::MIN, i32::MAX, 0x5A5A_5A5A] {
            for multiplier in [i16::MIN, i16::MAX] {
                for shift in 0..=63 {
                    for bias in [i32::MIN, i32::MAX, 0] {
                        let params = ChannelParams {
                            multiplier,
                            shift,
                            bias,
                        };
                        let encode = out.len() % 2 == 1;
                        out.push(Column {
                            acc,
                            params,
                            encode,
                        });
                    }
                }
            }
        }
        let mut rng = SplitMix64::new(seed);
        for n in 0..random {
            let r = rng.next_u64();
            let column = if n % 2 == 0 {
                Column {
                    acc: r as i32,
                    params: ChannelParams {
                        multiplier: (r >> 32) as i16,
                        shift: (r >> 48) as u8 & 63,
                        bias: rng.next_u64() as i32,
                    },
                    encode: r >> 63 == 1,
                }
            } else {
                // |acc| < 2^22, m ~ 2^14, shift 14..=22, bias within a few levels
                Column {
                    acc: (r as i32) >> 10,
                    params: ChannelParams {
                        multiplier: ((r >> 32) as i16 >> 1) | 0x4000,
                        shift: 14 + rng.below(9) as u8,
                        bias: (rng.next_u64() as i32) >> 12,
                    },
                    encode: r >> 63 == 1,
                }
            };
            out.push(column);
        }
        out
    }

    #[test]
    fn requantize_and_encode_equal_the_model() {
        requantize_and_encode::<0, 0>();
    }

    #[test]
    fn serial_encoder_requantize_and_encode_equal_the_model() {
        requantize_and_encode::<1, 0>();
    }

    #[test]
    fn bit_serial_multiply_requantize_and_encode_equal_the_model() {
        assert_eq!(OutputStage::<1, 1>::LATENCY, 38);
        requantize_and_encode::<1, 1>();
    }

    fn requantize_and_encode<const SE: usize, const SM: usize>() {
        let table = ThresholdEncoder::qins();
        let cols = columns(21, 600);
        // the set covers saturation both ways and codes other than the extremes
        let v: Vec<i32> = cols.iter().map(|c| c.params.requantize(c.acc)).collect();
        assert!(v.contains(&i32::MIN) && v.contains(&i32::MAX));
        let mid_codes = v
            .iter()
            .filter(|&&x| !matches!(table.encode(x), 0x00 | 0x80))
            .count();
        assert!(mid_codes > 200, "{mid_codes}");
        let mut b = ClockedBench::new(OutputStage::<SE, SM>::default());
        check_against_model(&mut b, &table, &cols);
    }

    #[test]
    fn int8_tables_written_through_the_ports() {
        int8_tables::<0, 0>();
        int8_tables::<1, 0>();
        int8_tables::<1, 1>();
    }

    fn int8_tables<const SE: usize, const SM: usize>() {
        let table = ThresholdEncoder::int8_symmetric();
        let mut b = ClockedBench::new(OutputStage::<SE, SM>::default());
        for n in 0..=255u8 {
            let uut = &mut b.uut;
            drive_encoder_entry(&mut uut.threshold_write, &mut uut.code_write, &table, n);
            b.cycle();
        }
        b.uut.threshold_write.drive(None);
        b.uut.code_write.drive(None);
        let cols: Vec<Column> = columns(22, 400)
            .into_iter()
            .map(|c| Column { encode: true, ..c })
            .collect();
        check_against_model(&mut b, &table, &cols);
    }

    #[test]
    fn verilog_is_generated() {
        let mut uut = OutputStage::<1, 0>::default();
        uut.connect_all();
        let vlog = generate_verilog(&uut);
        assert!(vlog.contains("module top"));
        if let Ok(dir) = std::env::var("QINS_HDL_VERILOG_DIR") {
            std::fs::write(std::path::Path::new(&dir).join("output_stage.v"), vlog).unwrap();
        }
    }
}
