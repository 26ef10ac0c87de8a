//! `CommandCheck`: the operand range checks of a command. Computed per command kind on the
//! entry being pushed into the queue (its [`VERDICT_BITS`]-bit verdict is stored beside the
//! entry), then, while the sequencer fetches the entry, the head's stored verdict is
//! registered and the sequencer's Decode picks its opcode's. So the checks' carry chains sit
//! between the bus registers and the queue memory's write port, neither on the queue
//! memory's read (a block RAM's clock-to-out: 5.8 ns on ECP5) nor on the Decode -> done
//! path. The checks are the model's (`qins_core::hw::AccelModel`): BadOpcode and BadOperand
//! are decided here. They depend on the command and the configuration only, so checking at
//! push time decides what checking at Fetch did.
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | |
//! | `pushed` | in | 128 | the entry being pushed (four command words, `c0` in bits 31..0) |
//! | `verdict` | out | 13 | its checks (combinational): opcode one-hot (bits 7..0), then the range checks of LOAD_TILE, MATMUL, POSTPROCESS, ALU (0 without the ALU), LOAD_TABLE (bits 8..12) |
//! | `head_verdict` | in | 13 | the queue head's stored verdict |
//! | `opcode` | out | 8 | the head's verdict as of last cycle, its opcode one-hot: bit k for opcode k (0..=6), bit 7 for an opcode this configuration does not have |
//! | `finish_at_decode` | out | 1 | it ends in Decode: a NOP, or refused |
//! | `refusal` | out | 8 | the error code: 0, BadOpcode (3) or BadOperand (4) |
//!
//! `opcode`, `finish_at_decode` and `refusal` are functions of registers only (the head's
//! verdict a cycle earlier).

use super::bits;
use qins_core::accel::AccelConfig;
use rust_hdl::prelude::*;

/// Width of a command's stored verdict (`CommandCheck::verdict`).
pub const VERDICT_BITS: usize = 13;

#[derive(LogicBlock)]
pub struct CommandCheck {
    pub clock: Signal<In, Clock>,
    pub pushed: Signal<In, Bits<128>>,
    pub verdict: Signal<Out, Bits<VERDICT_BITS>>,
    pub head_verdict: Signal<In, Bits<VERDICT_BITS>>,
    pub opcode: Signal<Out, Bits<8>>,
    pub finish_at_decode: Signal<Out, Bit>,
    pub refusal: Signal<Out, Bits<8>>,
    k_n: Constant<Bits<32>>,
    k_has_alu: Constant<Bit>,
    fetched_done: Signal<Local, Bit>,
    fetched_code: Signal<Local, Bits<8>>,
    bad_operands: Signal<Local, Bit>,
    bad_opcode: Signal<Local, Bit>,
    /// The pushed entry's range checks of each command kind, and its opcode one-hot.
    v_tile: Signal<Local, Bit>,
    v_matmul: Signal<Local, Bit>,
    v_post: Signal<Local, Bit>,
    v_alu: Signal<Local, Bit>,
    v_table: Signal<Local, Bit>,
    v_op_hot: Signal<Local, Bits<8>>,
    /// The head's range checks of each command kind, registered for Decode.
    bad_tile: DFF<Bit>,
    bad_matmul: DFF<Bit>,
    bad_post: DFF<Bit>,
    bad_alu: DFF<Bit>,
    bad_table: DFF<Bit>,
    /// The checked opcode, one-hot (see `opcode`).
    op_hot: DFF<Bits<8>>,
    /// The entry, word by word, and its count and LOAD_TABLE source.
    f0: Signal<Local, Bits<32>>,
    f1: Signal<Local, Bits<32>>,
    f2: Signal<Local, Bits<32>>,
    f3: Signal<Local, Bits<32>>,
    f_count: Signal<Local, Bits<32>>,
    f_op: Signal<Local, Bits<8>>,
    f_lt_from_acc: Signal<Local, Bit>,
    /// POSTPROCESS's source and destination vectors, their low `log2 K` bits
    pp_src_low: Signal<Local, Bits<32>>,
    pp_dst_low: Signal<Local, Bits<32>>,
    /// The operand range checks, `start + count > cap` (exact, `cap = K` a power of two;
    /// the model's `range_exceeds`), on the pushed entry. Variable counts (`rc_*`,
    /// index: 0 MATMUL activations, 1 MATMUL accumulators, 2 POSTPROCESS source,
    /// 3 POSTPROCESS destination (codes), 4 its destination (int32), 5 LOAD_TABLE thresholds
    /// (255 entries), 6-9 ALU a (ENCODE), a, b, destination): with `start < K` the answer is
    /// `count >= K` (then only `count == K, start == 0` fits) or a `log2 K + 1`-bit sum of
    /// the low parts, so the carry chain is as long as the memory's address, not the count.
    /// A zero count is outside this (it would answer `start >= K`): every command with a
    /// count refuses zero on its own. Written once, in a loop: a combinational sub-block
    /// would put a false loop through the update block (Verilator UNOPTFLAT).
    rc_start: Vec<Signal<Local, Bits<32>>>,
    rc_count: Vec<Signal<Local, Bits<32>>>,
    rc_low_sum: Vec<Signal<Local, Bits<32>>>,
    rc_count_big: Vec<Signal<Local, Bit>>,
    rc_over: Vec<Signal<Local, Bit>>,
    /// per check: `K`, `K - 1`, `!(K - 1)`
    k_rc_cap: Vec<Constant<Bits<32>>>,
    k_rc_low: Vec<Constant<Bits<32>>>,
    k_rc_high: Vec<Constant<Bits<32>>>,
    /// Constant power-of-two counts `C` (`fx_*`, index: 0 LOAD_TILE, 1 MATMUL prefetch (`N`
    /// rows), 2 POSTPROCESS channels (`N`), 3 LOAD_TABLE from activations (256)): no carry
    /// chain, below `K` `start + C > K` is `start > K - C`: the bits from `log2 C` up all
    /// ones and a low bit set; `C > K` never fits.
    fx_start: Vec<Signal<Local, Bits<32>>>,
    fx_over: Vec<Signal<Local, Bit>>,
    /// per check: `!(K - 1)`, `(K - 1) & !(C - 1)`, `C - 1`, `C > K`
    k_fx_high: Vec<Constant<Bits<32>>>,
    k_fx_top: Vec<Constant<Bits<32>>>,
    k_fx_low: Vec<Constant<Bits<32>>>,
    k_fx_never: Vec<Constant<Bit>>,
}

impl CommandCheck {
    /// The checks of configuration `cfg`.
    pub fn new(cfg: &AccelConfig) -> Self {
        let n = cfg.n;
        // the operand range checks' capacities (see `rc_start`, `fx_start` for the order)
        let (wrows, avec, cvec) = (cfg.weight_rows(), cfg.act_vectors(), cfg.acc_vectors());
        let (aelem, celem) = ((avec * n) as u64, (cvec * n) as u64);
        let (avec, cvec) = (avec as u64, cvec as u64);
        let rc_caps = [
            avec, cvec, cvec, avec, cvec, celem, celem, aelem, aelem, aelem,
        ];
        let fx_checks = [
            (wrows as u64, n as u64),
            (wrows as u64, n as u64),
            (cfg.channels() as u64, n as u64),
            (aelem, 256),
        ];
        for k in rc_caps.iter().chain(fx_checks.iter().map(|(k, _)| k)) {
            assert!(
                k.is_power_of_two() && *k <= 1 << 31,
                "a memory of {k} entries"
            );
        }
        let high = |k: u64| !(k - 1) & 0xFFFF_FFFF;
        block_fields! {
            Self {
                k_n: Constant::new(bits(n as u64)),
                k_has_alu: Constant::new(cfg.alu),
                rc_start: (0..rc_caps.len()).map(|_| Default::default()).collect(),
                rc_count: (0..rc_caps.len()).map(|_| Default::default()).collect(),
                rc_low_sum: (0..rc_caps.len()).map(|_| Default::default()).collect(),
                rc_count_big: (0..rc_caps.len()).map(|_| Default::default()).collect(),
                rc_over: (0..rc_caps.len()).map(|_| Default::default()).collect(),
                k_rc_cap: rc_caps.iter().map(|&k| Constant::new(bits(k))).collect(),
                k_rc_low: rc_caps
                    .iter()
                    .map(|&k| Constant::new(bits(k - 1)))
                    .collect(),
                k_rc_high: rc_caps
                    .iter()
                    .map(|&k| Constant::new(bits(high(k))))
                    .collect(),
                fx_start: (0..fx_checks.len()).map(|_| Default::default()).collect(),
                fx_over: (0..fx_checks.len()).map(|_| Default::default()).collect(),
                k_fx_high: fx_checks
                    .iter()
                    .map(|&(k, _)| Constant::new(bits(high(k))))
                    .collect(),
                k_fx_top: fx_checks
                    .iter()
                    .map(|&(k, c)| Constant::new(bits((k - 1) & !(c.min(k) - 1))))
                    .collect(),
                k_fx_low: fx_checks
                    .iter()
                    .map(|&(k, c)| Constant::new(bits(c.min(k) - 1)))
                    .collect(),
                k_fx_never: fx_checks
                    .iter()
                    .map(|&(k, c)| Constant::new(c > k))
                    .collect(),
            }
            default { clock, pushed, verdict, head_verdict, opcode, finish_at_decode, refusal,
                fetched_done, fetched_code, bad_opcode, v_tile, v_matmul, v_post,
                v_alu, v_table, v_op_hot, bad_operands, op_hot, bad_tile, bad_matmul, bad_post,
                bad_alu, bad_table,
                f0, f1, f2, f3, f_count, f_op, f_lt_from_acc,
                pp_src_low, pp_dst_low }
            lanes { }
        }
    }
}

impl Logic for CommandCheck {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, op_hot, bad_tile, bad_matmul, bad_post, bad_alu, bad_table);
        self.f0.next = self.pushed.val().get_bits::<32>(0);
        self.f1.next = self.pushed.val().get_bits::<32>(32);
        self.f2.next = self.pushed.val().get_bits::<32>(64);
        self.f3.next = self.pushed.val().get_bits::<32>(96);
        self.f_op.next = self.f0.val().get_bits::<8>(0);
        self.f_count.next = bit_cast::<32, 16>(self.f0.val().get_bits::<16>(16));
        self.f_lt_from_acc.next =
            (self.f0.val().get_bits::<8>(8) == 3) | (self.f0.val().get_bits::<8>(8) == 5);
        // the operand ranges: each check is `start + count > cap`, exact, with a carry chain
        // only as long as the memory's address (none for a constant count)
        self.fx_start[0].next = self.f1.val();
        self.fx_start[1].next = self.f3.val();
        self.rc_start[0].next = self.f1.val() & 0xFF_FFFF;
        self.rc_count[0].next = self.f_count.val();
        self.rc_start[1].next = self.f2.val() & 0xFF_FFFF;
        self.rc_count[1].next = self.f_count.val();
        self.rc_start[2].next = self.f1.val();
        self.rc_count[2].next = self.f_count.val();
        self.rc_start[3].next = self.f2.val();
        self.rc_count[3].next = self.f_count.val();
        self.rc_start[4].next = self.f2.val();
        self.rc_count[4].next = self.f_count.val();
        self.fx_start[2].next = self.f3.val() & 0xFFFF;
        self.rc_start[5].next = self.f1.val();
        self.rc_count[5].next = 255.into();
        self.fx_start[3].next = self.f1.val();
        self.rc_start[6].next = self.f1.val();
        self.rc_count[6].next = self.f_count.val();
        self.rc_start[7].next = self.f1.val();
        self.rc_count[7].next = self.f_count.val();
        self.rc_start[8].next = self.f2.val();
        self.rc_count[8].next = self.f_count.val();
        self.rc_start[9].next = self.f3.val();
        self.rc_count[9].next = self.f_count.val();
        for i in 0..10 {
            self.rc_low_sum[i].next = (self.rc_start[i].val() & self.k_rc_low[i].val())
                + (self.rc_count[i].val() & self.k_rc_low[i].val());
            self.rc_count_big[i].next = (self.rc_count[i].val() & self.k_rc_high[i].val()).any();
            self.rc_over[i].next = (self.rc_start[i].val() & self.k_rc_high[i].val()).any()
                | (self.rc_count_big[i].val()
                    & !((self.rc_count[i].val() == self.k_rc_cap[i].val())
                        & !(self.rc_start[i].val() & self.k_rc_low[i].val()).any()))
                | (!self.rc_count_big[i].val()
                    & (self.rc_low_sum[i].val() & self.k_rc_high[i].val()).any()
                    & (self.rc_low_sum[i].val() != self.k_rc_cap[i].val()));
        }
        for i in 0..4 {
            self.fx_over[i].next = self.k_fx_never[i].val()
                | (self.fx_start[i].val() & self.k_fx_high[i].val()).any()
                | (((self.fx_start[i].val() & self.k_fx_top[i].val()) == self.k_fx_top[i].val())
                    & (self.fx_start[i].val() & self.k_fx_low[i].val()).any());
        }
        // LOAD_TILE
        self.v_tile.next = self.fx_over[0].val();
        // MATMUL
        self.v_matmul.next = (self.f_count.val() == 0)
            | self.rc_over[0].val()
            | self.rc_over[1].val()
            | (bit_cast::<32, 8>(self.f1.val().get_bits::<8>(24)) > self.k_n.val())
            | (bit_cast::<32, 8>(self.f2.val().get_bits::<8>(24)) > self.k_n.val())
            | (self.f0.val().get_bit(11) & self.fx_over[1].val());
        // POSTPROCESS; int32 results whose destination starts inside the source after its
        // start are refused. Compared on the low `log2 K + 1` bits only: whenever the ranges
        // fit (else the command is refused anyway) `s, d < K` and `s + count <= K`, where
        // `count == K` (its low part 0) fits only with `s == 0`
        self.pp_src_low.next = self.f1.val() & self.k_rc_low[2].val();
        self.pp_dst_low.next = self.f2.val() & self.k_rc_low[2].val();
        self.v_post.next = (self.f_count.val() == 0)
            | self.rc_over[2].val()
            | (self.f0.val().get_bit(8) & self.rc_over[3].val())
            | (!self.f0.val().get_bit(8) & self.rc_over[4].val())
            | self.fx_over[2].val()
            | (!self.f0.val().get_bit(8)
                & (self.pp_dst_low.val() > self.pp_src_low.val())
                & (self.rc_count_big[2].val()
                    | (self.pp_dst_low.val() < self.rc_low_sum[2].val())));
        // ALU; the last two terms: a destination starting inside a source, after its
        // start, is refused
        self.v_alu.next = (self.f_count.val() == 0)
            | (self.f0.val().get_bits::<4>(8) > 9)
            | self.rc_over[8].val()
            | self.rc_over[9].val()
            | ((self.f0.val().get_bits::<4>(8) == 7) & self.rc_over[6].val())
            | ((self.f0.val().get_bits::<4>(8) != 7) & self.rc_over[7].val())
            | ((self.f0.val().get_bits::<4>(8) != 7)
                & (self.f3.val() > self.f1.val())
                & (self.f3.val() < self.f1.val() + self.f_count.val()))
            | (((self.f0.val().get_bits::<4>(8) < 3)
                | (self.f0.val().get_bits::<4>(8) == 5)
                | (self.f0.val().get_bits::<4>(8) == 6))
                & (self.f3.val() > self.f2.val())
                & (self.f3.val() < self.f2.val() + self.f_count.val()));
        // LOAD_TABLE
        self.v_table.next = (self.f0.val().get_bits::<8>(8) > 7)
            | (!self.k_has_alu.val()
                & ((self.f0.val().get_bits::<8>(8) == 2)
                    | (self.f0.val().get_bits::<8>(8) == 5)
                    | (self.f0.val().get_bits::<8>(8) == 6)
                    | (self.f0.val().get_bits::<8>(8) == 7)))
            | (self.f_lt_from_acc.val() & self.rc_over[5].val())
            | (!self.f_lt_from_acc.val() & self.fx_over[3].val());
        self.v_op_hot.next = bit_cast::<8, 1>((self.f_op.val() == 0).into())
            | (bit_cast::<8, 1>((self.f_op.val() == 1).into()) << 1)
            | (bit_cast::<8, 1>((self.f_op.val() == 2).into()) << 2)
            | (bit_cast::<8, 1>((self.f_op.val() == 3).into()) << 3)
            | (bit_cast::<8, 1>((self.f_op.val() == 4).into()) << 4)
            | (bit_cast::<8, 1>((self.f_op.val() == 5).into()) << 5)
            | (bit_cast::<8, 1>((self.f_op.val() == 6).into()) << 6)
            | (bit_cast::<8, 1>(
                ((self.f_op.val() > 6) | ((self.f_op.val() == 5) & !self.k_has_alu.val())).into(),
            ) << 7);
        // (the ALU's checks only with the ALU: a constant 0 otherwise, so they fold away)
        self.verdict.next = bit_cast::<VERDICT_BITS, 8>(self.v_op_hot.val())
            | (bit_cast::<VERDICT_BITS, 1>(self.v_tile.val().into()) << 8)
            | (bit_cast::<VERDICT_BITS, 1>(self.v_matmul.val().into()) << 9)
            | (bit_cast::<VERDICT_BITS, 1>(self.v_post.val().into()) << 10)
            | (bit_cast::<VERDICT_BITS, 1>((self.v_alu.val() & self.k_has_alu.val()).into()) << 11)
            | (bit_cast::<VERDICT_BITS, 1>(self.v_table.val().into()) << 12);
        // Fetch: the head's stored verdict, registered for Decode
        self.op_hot.d.next = self.head_verdict.val().get_bits::<8>(0);
        self.bad_tile.d.next = self.head_verdict.val().get_bit(8);
        self.bad_matmul.d.next = self.head_verdict.val().get_bit(9);
        self.bad_post.d.next = self.head_verdict.val().get_bit(10);
        self.bad_alu.d.next = self.head_verdict.val().get_bit(11);
        self.bad_table.d.next = self.head_verdict.val().get_bit(12);
        // Decode: the registered check of its opcode, one term per opcode, in parallel
        self.bad_operands.next = (self.op_hot.q.val().get_bit(1) & self.bad_tile.q.val())
            | (self.op_hot.q.val().get_bit(2) & self.bad_matmul.q.val())
            | (self.op_hot.q.val().get_bit(3) & self.bad_post.q.val())
            | (self.op_hot.q.val().get_bit(5) & self.bad_alu.q.val())
            | (self.op_hot.q.val().get_bit(6) & self.bad_table.q.val());
        // what Decode does with it: finish at once (NOP, bad opcode, bad operands) or start
        self.bad_opcode.next = self.op_hot.q.val().get_bit(7);
        self.fetched_done.next =
            self.op_hot.q.val().get_bit(0) | self.bad_opcode.val() | self.bad_operands.val();
        self.fetched_code.next = 0.into();
        if self.bad_operands.val() {
            self.fetched_code.next = 4.into();
        }
        if self.bad_opcode.val() {
            self.fetched_code.next = 3.into();
        }
        self.opcode.next = self.op_hot.q.val();
        self.finish_at_decode.next = self.fetched_done.val();
        self.refusal.next = self.fetched_code.val();
    }
}
