//! `QinsAccel`: the accelerator top. A 32-bit memory-mapped host bus, the memories, the
//! edge decode tables, the systolic array, the accumulator writer, the output stage, the QINS
//! ALU and an in-order command sequencer (see docs/architecture.md). The register map, memory map and command encoding are
//! `qins_core::accel` (also `docs/registers.md`); `qins_core::hw::AccelModel` is the golden model.
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | |
//! | `bus_address` | in | 24 | word address |
//! | `bus_write_data` | in | 32 | |
//! | `bus_write`, `bus_read` | in | 1, 1 | request strobes (one cycle each) |
//! | `bus_read_data` | out | 32 | read data, with `bus_ready` |
//! | `bus_ready` | out | 1 | the answer to the request made [`qins_core::accel::BUS_LATENCY`] = 2 cycles earlier |
//! | `bus_error` | out | 1 | that request failed (the reason is in STATUS.error_code) |
//! | `busy` | out | 1 | STATUS.busy |
//!
//! Data path of a MATMUL vector: act memory read (1 cycle) -> activation decode tables or the
//! raw bypass (1) -> array (`2N - 1`) -> accumulator read (1) -> add (1) -> write (with forwarding).
//! LOAD_TILE: weight memory read (1) -> weight decode tables (1) -> N shifts into a bank.
//! POSTPROCESS: accumulator and parameter reads (1) -> `OutputStage` (its `LATENCY`) -> write.
//! ALU: read a, read b (two cycles per element) -> `QinsAlu` (its `LATENCY`) -> write.
//! LOAD_TABLE: one memory read per entry -> the table's write port, one entry per cycle.
//! Requires `N` a power of two, at least 2 (a weight row is `ceil(N / 4)` bus words).

use crate::alu::QinsAlu;
use crate::decode_table::DecodeTable;
use crate::level_counter::LevelCounter;
use crate::output_stage::OutputStage;
use crate::spram::SinglePortRam;
use crate::systolic::SystolicArray;
use rust_hdl::prelude::*;

/// The registers' addresses as the RTL uses them, checked against the register map
/// (`qins_core::accel::REGISTERS`) at compile time: `at_reg` (addresses below
/// `REGISTER_COUNT`), the writes (`req_reg_hot` bits 3-7) and the read views (`reg_view[k]`)
/// write these numbers as literals, because `#[hdl_gen]` cannot index with a named constant.
const REGISTER_COUNT: usize = 17;
const _: () = {
    use qins_core::accel::{reg, REGISTERS};
    assert!(REGISTERS.len() == REGISTER_COUNT);
    let order = [
        reg::ID,
        reg::CONFIG,
        reg::STATUS,
        reg::CONTROL,
        reg::CMD0,
        reg::CMD1,
        reg::CMD2,
        reg::CMD3,
        reg::CYCLES_LO,
        reg::CYCLES_HI,
        reg::BUSY_CYCLES,
        reg::ARRAY_CYCLES,
        reg::USEFUL_MACS_LO,
        reg::USEFUL_MACS_HI,
        reg::COMMANDS_DONE,
        reg::BARRIER_ID,
        reg::ERROR_INFO,
    ];
    let mut k = 0;
    while k < REGISTER_COUNT {
        assert!(order[k] as usize == k && REGISTERS[k].address == order[k]);
        k += 1;
    }
};

/// The sequencer's states, one-hot with Idle as no bit set (the power-up value): state `k`
/// below sets bit `k` of `state`, so each state's logic reads one flip-flop (a binary code
/// had every arm decode four shared, high-fanout bits).
const SEQ_STATES: usize = 12;
const SEQ_FETCH: u64 = 1 << 0;
const SEQ_DECODE: u64 = 1 << 1;
const SEQ_LOAD_TILE: u64 = 1 << 2;
const SEQ_LOAD_WAIT: u64 = 1 << 3;
const SEQ_MATMUL: u64 = 1 << 4;
const SEQ_POST_WAIT: u64 = 1 << 5;
const SEQ_POST_PROCESS: u64 = 1 << 6;
const SEQ_BARRIER: u64 = 1 << 7;
const SEQ_ALU_WAIT: u64 = 1 << 8;
const SEQ_ALU: u64 = 1 << 9;
const SEQ_TABLE_WAIT: u64 = 1 << 10;
const SEQ_LOAD_TABLE: u64 = 1 << 11;

/// The top. `N`: array size; `WA`, `AA`, `CA`, `PA`, `QA`: log2 of the weight rows,
/// activation vectors, accumulator vectors, channels and queue depth; `ALU`: 1 with the QINS
/// ALU, 0 without; `SE`: 1 with the output stage's `SerialEncoder` (one column per
/// `SERIAL_INTERVAL` cycles, for FPGA area), 0 with the pipelined `SplitEncoder`
/// (`qins_core::accel::AccelConfig`).
#[derive(LogicBlock)]
pub struct QinsAccel<
    const N: usize,
    const WA: usize,
    const AA: usize,
    const CA: usize,
    const PA: usize,
    const QA: usize,
    const ALU: usize,
    const SE: usize,
> {
    pub clock: Signal<In, Clock>,
    pub bus_address: Signal<In, Bits<24>>,
    pub bus_write_data: Signal<In, Bits<32>>,
    pub bus_write: Signal<In, Bit>,
    pub bus_read: Signal<In, Bit>,
    pub bus_read_data: Signal<Out, Bits<32>>,
    pub bus_ready: Signal<Out, Bit>,
    pub bus_error: Signal<Out, Bit>,
    pub busy: Signal<Out, Bit>,

    // ---- memories and units ----
    weight_mem: Vec<SinglePortRam<Bits<8>, WA>>,
    act_mem: Vec<RAM<Signed<16>, AA>>,
    acc_mem: Vec<RAM<Signed<32>, CA>>,
    param_scale: RAM<Bits<22>, PA>,
    param_bias: RAM<Signed<32>, PA>,
    queue: RAM<Bits<128>, QA>,
    weight_tables: Vec<DecodeTable>,
    act_tables: Vec<DecodeTable>,
    array: SystolicArray<N>,
    out_stage: OutputStage<SE>,
    /// `ALU` (0 or 1) ALUs; the top talks to it through the `alu_*` locals.
    alu: Vec<QinsAlu>,
    alu_in_valid: Signal<Local, Bit>,
    alu_op: Signal<Local, Bits<4>>,
    alu_a: Signal<Local, Bits<32>>,
    alu_b: Signal<Local, Bits<32>>,
    alu_in_tag: Signal<Local, Bits<16>>,
    alu_out_valid: Signal<Local, Bit>,
    alu_result: Signal<Local, Bits<32>>,
    alu_decode_write_enable: Signal<Local, Bit>,
    alu_decode_write_code: Signal<Local, Bits<8>>,
    alu_decode_write_value: Signal<Local, Signed<16>>,
    alu_threshold_write_enable: Signal<Local, Bit>,
    alu_threshold_write_index: Signal<Local, Bits<8>>,
    alu_threshold_write_value: Signal<Local, Signed<32>>,
    alu_code_write_enable: Signal<Local, Bit>,
    alu_code_write_rank: Signal<Local, Bits<8>>,
    alu_code_write_code: Signal<Local, Bits<8>>,
    k_has_alu: Constant<Bit>,

    // ---- configuration constants ----
    k_n: Constant<Bits<32>>,
    k_one: Constant<Bits<32>>,
    /// ID register contents ("QINS")
    k_magic: Constant<Bits<32>>,
    k_queue_depth: Constant<Bits<16>>,
    k_wshift: Constant<Bits<8>>,
    k_ashift: Constant<Bits<8>>,
    k_cshift: Constant<Bits<8>>,
    k_wmask: Constant<Bits<24>>,
    k_amask: Constant<Bits<24>>,
    k_cmask: Constant<Bits<24>>,
    k_config: Constant<Bits<32>>,
    // region decode without carry chains: `address & k_*_region == base` (power-of-two sizes)
    k_param_region: Constant<Bits<24>>,
    k_wmem_region: Constant<Bits<24>>,
    k_amem_region: Constant<Bits<24>>,
    k_cmem_region: Constant<Bits<24>>,
    k_off_w: Constant<Bits<24>>,
    k_off_a: Constant<Bits<24>>,
    k_off_c: Constant<Bits<24>>,
    k_off_p: Constant<Bits<24>>,

    // ---- bus stage 1 (combinational decode of the registered request) ----
    /// The region decode of the bus pins (stage 0), registered in `in_*`.
    at_reg: Signal<Local, Bit>,
    at_wtab: Signal<Local, Bit>,
    at_atab: Signal<Local, Bit>,
    at_oth: Signal<Local, Bit>,
    at_ocode: Signal<Local, Bit>,
    at_adtab: Signal<Local, Bit>,
    at_ath: Signal<Local, Bit>,
    at_acode: Signal<Local, Bit>,
    at_param: Signal<Local, Bit>,
    at_wmem: Signal<Local, Bit>,
    at_amem: Signal<Local, Bit>,
    at_cmem: Signal<Local, Bit>,
    /// The registered request is a read of a write-only place (CONTROL, a table), or a
    /// write of a read-only register: BadAccess. Decided in stage 0, from the bus.
    req_read_refused: DFF<Bit>,
    req_write_refused: DFF<Bit>,
    in_reg: DFF<Bit>,
    in_wtab: DFF<Bit>,
    in_atab: DFF<Bit>,
    in_oth: DFF<Bit>,
    in_ocode: DFF<Bit>,
    in_adtab: DFF<Bit>,
    in_ath: DFF<Bit>,
    in_acode: DFF<Bit>,
    in_param: DFF<Bit>,
    in_wmem: DFF<Bit>,
    in_amem: DFF<Bit>,
    in_cmem: DFF<Bit>,
    /// In any memory or table region (the `in_*` above but `in_reg`), registered with them.
    in_mem: DFF<Bit>,
    /// The request's register, one-hot (bit `k`: register `k`; none outside the register
    /// region), registered with it: the writes read bits 3-7 (CONTROL, CMD0-CMD3), the read
    /// select a copy one stage later (`s1_reg_hot`).
    req_reg_hot: DFF<Bits<32>>,
    request: Signal<Local, Bit>,
    req_error: Signal<Local, Bit>,
    req_code: Signal<Local, Bits<8>>,
    /// A write that `req_error` lets through, to a memory or table region.
    mem_write: Signal<Local, Bit>,
    /// A write that `req_error` lets through, to a register.
    reg_write: Signal<Local, Bit>,
    /// CONTROL bits written last cycle (acted on this cycle).
    control_pending: DFF<Bits<2>>,
    off_w: Signal<Local, Bits<24>>,
    off_a: Signal<Local, Bits<24>>,
    off_c: Signal<Local, Bits<24>>,
    off_p: Signal<Local, Bits<24>>,
    host_wrow: Signal<Local, Bits<24>>,
    host_avec: Signal<Local, Bits<24>>,
    host_cvec: Signal<Local, Bits<24>>,
    host_sel_w: Signal<Local, Bits<24>>,
    host_sel_a: Signal<Local, Bits<24>>,
    host_sel_c: Signal<Local, Bits<24>>,
    queue_full: Signal<Local, Bit>,
    push: Signal<Local, Bit>,
    pop: Signal<Local, Bit>,
    busy_now: Signal<Local, Bit>,
    busy_last: DFF<Bit>,
    /// `drained` last cycle: the wait states (entered from Decode, which starts nothing) use
    /// it, which keeps the drain logic off the sequencer's done path
    drained_last: DFF<Bit>,
    pushed_last: DFF<Bit>,
    busy_for_host: Signal<Local, Bit>,

    // ---- bus stages 1 and 2 (the read answer) ----
    s1_valid: DFF<Bit>,
    s1_error: DFF<Bit>,
    /// the failed request's error code and address, a stage later (the sticky error capture)
    s1_code: DFF<Bits<8>>,
    s1_address: DFF<Bits<24>>,
    /// a command failed last cycle, and its code (the sticky error capture)
    cmd_failed: DFF<Bit>,
    cmd_failed_code: DFF<Bits<8>>,
    /// Stage-1 read kind: 0 register, 1 weight memory, 2 activation memory, 3 accumulators.
    s1_kind: DFF<Bits<3>>,
    s1_sel: DFF<Bits<24>>,
    /// the register being read, one-hot (bit i: register i): `req_reg_hot` one stage later
    s1_reg_hot: DFF<Bits<32>>,
    rd_byte: [Signal<Local, Bits<8>>; 4],
    rd_half: [Signal<Local, Signed<16>>; 2],
    rd_acc: Signal<Local, Signed<32>>,
    /// Activation memory read data as bits (a code's byte is sliced from it).
    act_bits: Vec<Signal<Local, Bits<16>>>,
    rd_reg: Signal<Local, Bits<32>>,
    /// register `k`'s read value (`REGISTER_COUNT` of them)
    reg_view: Vec<Signal<Local, Bits<32>>>,
    /// The bus request, registered at the input (stage 0): the decode and the memory writes
    /// run in stage 1 from these registers, and the answer leaves stage 2 unregistered (the
    /// read data straight from the memories' registered reads), so the latency stays 2.
    req_address: DFF<Bits<24>>,
    req_data: DFF<Bits<32>>,
    req_write: DFF<Bit>,
    req_read: DFF<Bit>,

    // ---- registers ----
    cmd_stage: [DFF<Bits<32>>; 3],
    cmd_last: DFF<Bits<32>>,
    error: DFF<Bit>,
    error_code: DFF<Bits<8>>,
    error_info: DFF<Bits<32>>,
    cycles_lo: DFF<Bits<32>>,
    cycles_hi: DFF<Bits<32>>,
    busy_cycles: DFF<Bits<32>>,
    array_cycles: DFF<Bits<32>>,
    macs_lo: DFF<Bits<32>>,
    macs_hi: DFF<Bits<32>>,
    macs_sum: Signal<Local, Bits<33>>,
    commands_done: DFF<Bits<32>>,
    /// a command completed in the previous cycle (counted one cycle late, off the done path)
    done_last: DFF<Bit>,
    barrier_id: DFF<Bits<32>>,
    q_head: DFF<Bits<QA>>,
    q_tail: DFF<Bits<QA>>,
    /// commands in the queue (`push` up, `pop` down)
    queue_level: LevelCounter<16>,

    // ---- sequencer ----
    /// One-hot (`SEQ_*`), zero in Idle.
    state: DFF<Bits<SEQ_STATES>>,
    k_fetch: Constant<Bits<SEQ_STATES>>,
    k_decode: Constant<Bits<SEQ_STATES>>,
    k_load_tile: Constant<Bits<SEQ_STATES>>,
    k_load_wait: Constant<Bits<SEQ_STATES>>,
    k_matmul: Constant<Bits<SEQ_STATES>>,
    k_post_wait: Constant<Bits<SEQ_STATES>>,
    k_post_process: Constant<Bits<SEQ_STATES>>,
    k_barrier: Constant<Bits<SEQ_STATES>>,
    k_alu_wait: Constant<Bits<SEQ_STATES>>,
    k_alu: Constant<Bits<SEQ_STATES>>,
    k_table_wait: Constant<Bits<SEQ_STATES>>,
    k_load_table: Constant<Bits<SEQ_STATES>>,
    k_idle: Constant<Bits<SEQ_STATES>>,
    /// `state` is Idle (no bit set) / the state named.
    in_idle: Signal<Local, Bit>,
    in_fetch: Signal<Local, Bit>,
    in_decode: Signal<Local, Bit>,
    in_load_tile: Signal<Local, Bit>,
    in_load_wait: Signal<Local, Bit>,
    in_matmul: Signal<Local, Bit>,
    in_post_wait: Signal<Local, Bit>,
    in_post_process: Signal<Local, Bit>,
    in_barrier: Signal<Local, Bit>,
    in_alu_wait: Signal<Local, Bit>,
    in_alu: Signal<Local, Bit>,
    in_table_wait: Signal<Local, Bit>,
    in_load_table: Signal<Local, Bit>,
    c0: DFF<Bits<32>>,
    c1: DFF<Bits<32>>,
    c2: DFF<Bits<32>>,
    c3: DFF<Bits<32>>,
    /// `c1 + N - 1` and `c3 + N - 1` (low WA bits), registered with them in Fetch: the
    /// last rows of a LOAD_TILE and of a MATMUL's prefetch (keeps the add off the start path)
    c1_last: DFF<Bits<WA>>,
    c3_last: DFF<Bits<WA>>,
    cmd_done: Signal<Local, Bit>,
    cmd_error: Signal<Local, Bit>,
    cmd_code: Signal<Local, Bits<8>>,
    drained: Signal<Local, Bit>,

    // ---- tile loader ----
    ld_active: DFF<Bit>,
    ld_row: DFF<Bits<WA>>,
    ld_left: DFF<Bits<8>>,
    ld_bank: DFF<Bit>,
    ld_v1: DFF<Bit>,
    ld_b1: DFF<Bit>,
    ld_v2: DFF<Bit>,
    ld_b2: DFF<Bit>,
    ld_start: Signal<Local, Bit>,
    /// the tile's last weight row (rows are fed last first), from `c1_last` or `c3_last`
    ld_start_row: Signal<Local, Bits<WA>>,
    ld_start_bank: Signal<Local, Bit>,
    loader_busy: Signal<Local, Bit>,
    pf_started: DFF<Bit>,
    /// The decoded command ends in Decode: a NOP or refused.
    fetched_done: Signal<Local, Bit>,
    /// Its error code: 0, BadOpcode (3) or BadOperand (4).
    fetched_code: Signal<Local, Bits<8>>,
    bad_operands: Signal<Local, Bit>,
    bad_opcode: Signal<Local, Bit>,
    /// The range checks of each command kind, computed on the queue's read data in Fetch
    /// and registered for Decode, which picks the one of its opcode.
    bad_tile: DFF<Bit>,
    /// The fetched opcode, one-hot (registered in Fetch): bit k for opcode k (0..=6), bit 7
    /// for an opcode this configuration does not have.
    op_hot: DFF<Bits<8>>,
    bad_matmul: DFF<Bit>,
    bad_post: DFF<Bit>,
    bad_alu: DFF<Bit>,
    bad_table: DFF<Bit>,
    /// The queue entry being fetched, word by word, and its count and LOAD_TABLE source.
    f0: Signal<Local, Bits<32>>,
    f1: Signal<Local, Bits<32>>,
    f2: Signal<Local, Bits<32>>,
    f3: Signal<Local, Bits<32>>,
    f_count: Signal<Local, Bits<32>>,
    f_op: Signal<Local, Bits<8>>,
    f_lt_from_acc: Signal<Local, Bit>,
    /// The operand range checks, `start + count > cap` (exact, `cap = K` a power of two;
    /// the model's `range_exceeds`), on the queue's read data. Variable counts (`rc_*`,
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

    // ---- matmul stream ----
    mm_act: DFF<Bits<AA>>,
    mm_acc: DFF<Bits<CA>>,
    mm_left: DFF<Bits<16>>,
    /// `mm_left == 0` and `mm_left == 1`, kept beside the counter (off the done path)
    mm_zero: DFF<Bit>,
    mm_one: DFF<Bit>,
    mm_macs: DFF<Bits<32>>,
    kv: Signal<Local, Bits<16>>,
    nv: Signal<Local, Bits<16>>,
    mm_issue: Signal<Local, Bit>,
    mm_v1: DFF<Bit>,
    mm_tag1: DFF<Bits<32>>,
    mm_codes1: DFF<Bit>,
    mm_v2: DFF<Bit>,
    mm_tag2: DFF<Bits<32>>,
    mm_codes2: DFF<Bit>,
    raw: Vec<DFF<Signed<16>>>,
    /// vectors inside the array that use bank 0 / 1 (at most `2N + 1`); their `nonzero`
    /// flags keep compares off the sequencer's paths
    inflight: Vec<LevelCounter<8>>,
    bank_busy: Signal<Local, Bit>,
    other_bank_busy: Signal<Local, Bit>,

    // ---- accumulator writer ----
    wr_valid: DFF<Bit>,
    wr_tag: DFF<Bits<32>>,
    wr_res: Vec<DFF<Signed<32>>>,
    /// the sums being written this cycle (registered after the add)
    pend_valid: DFF<Bit>,
    pend_addr: DFF<Bits<CA>>,
    pend_data: Vec<DFF<Signed<32>>>,
    /// the sums written in the previous cycle (a read in that cycle saw the old words)
    last_valid: DFF<Bit>,
    last_addr: DFF<Bits<CA>>,
    last_data: Vec<DFF<Signed<32>>>,
    /// the vector entering the add takes `pend`'s / `last`'s sums instead of the memory's:
    /// the address compares are made a cycle ahead, on the array's output tag
    forward_pend: DFF<Bit>,
    forward_last: DFF<Bit>,
    /// `pend` or `last`, whichever is forwarded
    wr_forwarded: Vec<Signal<Local, Signed<32>>>,
    wr_old: Vec<Signal<Local, Signed<32>>>,
    wr_new: Vec<Signal<Local, Signed<32>>>,

    // ---- post-processing ----
    pp_issue: Signal<Local, Bit>,
    pp_src: DFF<Bits<CA>>,
    pp_left: DFF<Bits<16>>,
    /// the command's column count was 0 (set at decode: POSTPROCESS then issues nothing)
    pp_zero: DFF<Bit>,
    /// in POSTPROCESS with columns left to issue (`pp_issue` is this and the output stage's
    /// `accept_next`, two LUT levels from registers); cleared with the last issue
    pp_run: DFF<Bit>,
    pp_lane: DFF<Bits<8>>,
    /// `pp_lane == N - 1`, kept beside the lane counter
    pp_lane_last: DFF<Bit>,
    pp_base: DFF<Bits<PA>>,
    pp_encode: DFF<Bit>,
    pp_v1: DFF<Bit>,
    pp_lane1: DFF<Bits<8>>,
    pp_acc: Signal<Local, Signed<32>>,
    pp_out_vec: DFF<Bits<24>>,
    /// the result lane, one-hot (bit `j`: lane `j`; the write enables decode no counter)
    pp_out_hot: DFF<Bits<N>>,
    /// columns inside the output stage
    pp_outstanding: LevelCounter<16>,

    // ---- ALU vector op (two cycles per element) ----
    al_a: DFF<Bits<24>>,
    al_b: DFF<Bits<24>>,
    al_left: DFF<Bits<16>>,
    al_phase: DFF<Bit>,
    al_lane: DFF<Bits<24>>,
    al_areg: DFF<Bits<32>>,
    al_pending: DFF<Bit>,
    al_encode: DFF<Bit>,
    /// elements inside the ALU
    al_outstanding: LevelCounter<16>,
    al_out_dst: DFF<Bits<24>>,
    al_active: Signal<Local, Bit>,
    al_val: Signal<Local, Bits<32>>,
    al_v16: Signal<Local, Signed<16>>,
    al_v32: Signal<Local, Signed<32>>,

    // ---- LOAD_TABLE ----
    lt_idx: DFF<Bits<16>>,
    lt_src: DFF<Bits<24>>,
    lt_v1: DFF<Bit>,
    lt_idx1: DFF<Bits<8>>,
    lt_lane1: DFF<Bits<24>>,
    /// LOAD_TABLE has entries left to read (set in Decode, cleared after the last one:
    /// entry 255, or 254 from the accumulators, which hold 255 thresholds)
    lt_run: DFF<Bit>,
    lt_acc_src: DFF<Bit>,
    /// `lt_idx` is the last entry's index
    lt_last: DFF<Bit>,
    /// the LOAD_TABLE target, one-hot (bit t: target t), registered from `c0`
    lt_target: DFF<Bits<32>>,
    lt_active: Signal<Local, Bit>,
    lt_from_acc: Signal<Local, Bit>,
    lt_val16: Signal<Local, Signed<16>>,
    lt_val32: Signal<Local, Signed<32>>,
    lt_bits: Signal<Local, Bits<16>>,
}

fn bits<const B: usize>(v: u64) -> Bits<B> {
    v.to_bits()
}

fn dffs<T: Synth>(n: usize) -> Vec<DFF<T>> {
    (0..n).map(|_| DFF::default()).collect()
}

fn signals<T: Synth>(n: usize) -> Vec<Signal<Local, T>> {
    (0..n).map(|_| Signal::default()).collect()
}

impl<
        const N: usize,
        const WA: usize,
        const AA: usize,
        const CA: usize,
        const PA: usize,
        const QA: usize,
        const ALU: usize,
        const SE: usize,
    > QinsAccel<N, WA, AA, CA, PA, QA, ALU, SE>
{
    /// The configuration this instance implements.
    pub fn config(name: &'static str) -> qins_core::accel::AccelConfig {
        qins_core::accel::AccelConfig {
            name,
            n: N,
            weight_rows_log2: WA,
            act_vectors_log2: AA,
            acc_vectors_log2: CA,
            channels_log2: PA,
            queue_log2: QA,
            alu: ALU == 1,
            serial_encoder: SE == 1,
        }
    }
}

impl<
        const N: usize,
        const WA: usize,
        const AA: usize,
        const CA: usize,
        const PA: usize,
        const QA: usize,
        const ALU: usize,
        const SE: usize,
    > Default for QinsAccel<N, WA, AA, CA, PA, QA, ALU, SE>
{
    fn default() -> Self {
        assert!(
            N >= 2 && N.is_power_of_two() && N <= 64,
            "N must be a power of two in 2..=64"
        );
        assert!(ALU <= 1, "ALU is 0 (no ALU) or 1");
        assert!(CA <= 24 && AA <= 24 && WA <= 24 && PA <= 15 && QA <= 15);
        let cfg = Self::config("");
        use qins_core::accel::Region;
        let log2 = |x: usize| x.trailing_zeros() as u64;
        // the address bits that must equal the region's base (its size is a power of two
        // and its base a multiple of its window)
        let region_mask = |r: Region| {
            let words = cfg.region_words(r);
            assert!(words.is_power_of_two() && words as u32 <= r.window_words());
            0xFF_FFFFu64 & !(words as u64 - 1)
        };
        // the operand range checks' capacities (see `rc_start`, `fx_start` for the order)
        let (wrows, avec, cvec) = (cfg.weight_rows(), cfg.act_vectors(), cfg.acc_vectors());
        let (aelem, celem) = ((avec * N) as u64, (cvec * N) as u64);
        let (avec, cvec) = (avec as u64, cvec as u64);
        let rc_caps = [
            avec, cvec, cvec, avec, cvec, celem, celem, aelem, aelem, aelem,
        ];
        let fx_checks = [
            (wrows as u64, N as u64),
            (wrows as u64, N as u64),
            (cfg.channels() as u64, N as u64),
            (aelem, 256),
        ];
        for k in rc_caps.iter().chain(fx_checks.iter().map(|(k, _)| k)) {
            assert!(
                k.is_power_of_two() && *k <= 1 << 31,
                "a memory of {k} entries"
            );
        }
        let high = |k: u64| !(k - 1) & 0xFFFF_FFFF;
        Self {
            clock: Default::default(),
            bus_address: Default::default(),
            bus_write_data: Default::default(),
            bus_write: Default::default(),
            bus_read: Default::default(),
            bus_read_data: Default::default(),
            bus_ready: Default::default(),
            bus_error: Default::default(),
            busy: Default::default(),
            weight_mem: (0..N).map(|_| SinglePortRam::default()).collect(),
            act_mem: (0..N).map(|_| RAM::default()).collect(),
            acc_mem: (0..N).map(|_| RAM::default()).collect(),
            param_scale: RAM::default(),
            param_bias: RAM::default(),
            queue: RAM::default(),
            weight_tables: (0..N).map(|_| DecodeTable::default()).collect(),
            act_tables: (0..N).map(|_| DecodeTable::default()).collect(),
            array: SystolicArray::default(),
            out_stage: OutputStage::default(),
            alu: (0..ALU).map(|_| QinsAlu::default()).collect(),
            alu_in_valid: Default::default(),
            alu_op: Default::default(),
            alu_a: Default::default(),
            alu_b: Default::default(),
            alu_in_tag: Default::default(),
            alu_out_valid: Default::default(),
            alu_result: Default::default(),
            alu_decode_write_enable: Default::default(),
            alu_decode_write_code: Default::default(),
            alu_decode_write_value: Default::default(),
            alu_threshold_write_enable: Default::default(),
            alu_threshold_write_index: Default::default(),
            alu_threshold_write_value: Default::default(),
            alu_code_write_enable: Default::default(),
            alu_code_write_rank: Default::default(),
            alu_code_write_code: Default::default(),
            k_has_alu: Constant::new(ALU == 1),
            k_n: Constant::new(bits(N as u64)),
            k_queue_depth: Constant::new(bits(1 << QA)),
            k_wshift: Constant::new(bits(log2(cfg.weight_words_per_row()))),
            k_ashift: Constant::new(bits(log2(N / 2))),
            k_cshift: Constant::new(bits(log2(N))),
            k_wmask: Constant::new(bits((cfg.weight_words_per_row() - 1) as u64)),
            k_amask: Constant::new(bits((N / 2 - 1) as u64)),
            k_cmask: Constant::new(bits((N - 1) as u64)),
            k_config: Constant::new(bits(cfg.config_word() as u64)),
            k_param_region: Constant::new(bits(region_mask(Region::ChannelParams))),
            k_wmem_region: Constant::new(bits(region_mask(Region::WeightMemory))),
            k_amem_region: Constant::new(bits(region_mask(Region::ActMemory))),
            k_cmem_region: Constant::new(bits(region_mask(Region::AccMemory))),
            k_off_w: Constant::new(bits(Region::WeightMemory.window_words() as u64 - 1)),
            k_off_a: Constant::new(bits(Region::ActMemory.window_words() as u64 - 1)),
            k_off_c: Constant::new(bits(Region::AccMemory.window_words() as u64 - 1)),
            k_off_p: Constant::new(bits(Region::ChannelParams.window_words() as u64 - 1)),
            in_reg: Default::default(),
            in_wtab: Default::default(),
            in_atab: Default::default(),
            in_oth: Default::default(),
            in_ocode: Default::default(),
            in_adtab: Default::default(),
            in_ath: Default::default(),
            in_acode: Default::default(),
            in_param: Default::default(),
            in_wmem: Default::default(),
            in_amem: Default::default(),
            in_cmem: Default::default(),
            in_mem: Default::default(),
            req_reg_hot: Default::default(),
            request: Default::default(),
            req_error: Default::default(),
            req_code: Default::default(),
            mem_write: Default::default(),
            reg_write: Default::default(),
            control_pending: Default::default(),
            off_w: Default::default(),
            off_a: Default::default(),
            off_c: Default::default(),
            off_p: Default::default(),
            host_wrow: Default::default(),
            host_avec: Default::default(),
            host_cvec: Default::default(),
            host_sel_w: Default::default(),
            host_sel_a: Default::default(),
            host_sel_c: Default::default(),
            queue_full: Default::default(),
            push: Default::default(),
            pop: Default::default(),
            busy_now: Default::default(),
            busy_last: Default::default(),
            drained_last: Default::default(),
            pushed_last: Default::default(),
            busy_for_host: Default::default(),
            s1_valid: Default::default(),
            s1_error: Default::default(),
            s1_code: Default::default(),
            s1_address: Default::default(),
            cmd_failed: Default::default(),
            cmd_failed_code: Default::default(),
            s1_kind: Default::default(),
            s1_sel: Default::default(),
            s1_reg_hot: Default::default(),
            k_one: Constant::new(bits(1)),
            k_magic: Constant::new(bits(qins_core::accel::ID_VALUE as u64)),
            rd_byte: array_init::array_init(|_| Default::default()),
            rd_half: array_init::array_init(|_| Default::default()),
            rd_acc: Default::default(),
            act_bits: signals(N),
            rd_reg: Default::default(),
            reg_view: (0..REGISTER_COUNT).map(|_| Default::default()).collect(),
            req_address: Default::default(),
            at_reg: Default::default(),
            at_wtab: Default::default(),
            at_atab: Default::default(),
            at_oth: Default::default(),
            at_ocode: Default::default(),
            at_adtab: Default::default(),
            at_ath: Default::default(),
            at_acode: Default::default(),
            at_param: Default::default(),
            at_wmem: Default::default(),
            at_amem: Default::default(),
            at_cmem: Default::default(),
            req_read_refused: Default::default(),
            req_write_refused: Default::default(),
            req_data: Default::default(),
            req_write: Default::default(),
            req_read: Default::default(),
            cmd_stage: array_init::array_init(|_| Default::default()),
            cmd_last: Default::default(),
            error: Default::default(),
            error_code: Default::default(),
            error_info: Default::default(),
            cycles_lo: Default::default(),
            cycles_hi: Default::default(),
            busy_cycles: Default::default(),
            array_cycles: Default::default(),
            macs_lo: Default::default(),
            macs_hi: Default::default(),
            macs_sum: Default::default(),
            commands_done: Default::default(),
            done_last: Default::default(),
            barrier_id: Default::default(),
            q_head: Default::default(),
            q_tail: Default::default(),
            queue_level: Default::default(),
            state: Default::default(),
            k_fetch: Constant::new(SEQ_FETCH.into()),
            k_decode: Constant::new(SEQ_DECODE.into()),
            k_load_tile: Constant::new(SEQ_LOAD_TILE.into()),
            k_load_wait: Constant::new(SEQ_LOAD_WAIT.into()),
            k_matmul: Constant::new(SEQ_MATMUL.into()),
            k_post_wait: Constant::new(SEQ_POST_WAIT.into()),
            k_post_process: Constant::new(SEQ_POST_PROCESS.into()),
            k_barrier: Constant::new(SEQ_BARRIER.into()),
            k_alu_wait: Constant::new(SEQ_ALU_WAIT.into()),
            k_alu: Constant::new(SEQ_ALU.into()),
            k_table_wait: Constant::new(SEQ_TABLE_WAIT.into()),
            k_load_table: Constant::new(SEQ_LOAD_TABLE.into()),
            k_idle: Constant::new(0.into()),
            in_idle: Default::default(),
            in_fetch: Default::default(),
            in_decode: Default::default(),
            in_load_tile: Default::default(),
            in_load_wait: Default::default(),
            in_matmul: Default::default(),
            in_post_wait: Default::default(),
            in_post_process: Default::default(),
            in_barrier: Default::default(),
            in_alu_wait: Default::default(),
            in_alu: Default::default(),
            in_table_wait: Default::default(),
            in_load_table: Default::default(),
            c0: Default::default(),
            c1: Default::default(),
            c2: Default::default(),
            c3: Default::default(),
            c1_last: Default::default(),
            c3_last: Default::default(),
            cmd_done: Default::default(),
            cmd_error: Default::default(),
            cmd_code: Default::default(),
            drained: Default::default(),
            ld_active: Default::default(),
            ld_row: Default::default(),
            ld_left: Default::default(),
            ld_bank: Default::default(),
            ld_v1: Default::default(),
            ld_b1: Default::default(),
            ld_v2: Default::default(),
            ld_b2: Default::default(),
            ld_start: Default::default(),
            ld_start_row: Default::default(),
            ld_start_bank: Default::default(),
            loader_busy: Default::default(),
            pf_started: Default::default(),
            fetched_done: Default::default(),
            fetched_code: Default::default(),
            bad_operands: Default::default(),
            bad_opcode: Default::default(),
            bad_tile: Default::default(),
            op_hot: Default::default(),
            bad_matmul: Default::default(),
            bad_post: Default::default(),
            bad_alu: Default::default(),
            bad_table: Default::default(),
            f0: Default::default(),
            f1: Default::default(),
            f2: Default::default(),
            f3: Default::default(),
            f_count: Default::default(),
            f_op: Default::default(),
            f_lt_from_acc: Default::default(),
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
            mm_act: Default::default(),
            mm_acc: Default::default(),
            mm_left: Default::default(),
            mm_zero: Default::default(),
            mm_one: Default::default(),
            mm_macs: Default::default(),
            kv: Default::default(),
            nv: Default::default(),
            mm_issue: Default::default(),
            mm_v1: Default::default(),
            mm_tag1: Default::default(),
            mm_codes1: Default::default(),
            mm_v2: Default::default(),
            mm_tag2: Default::default(),
            mm_codes2: Default::default(),
            raw: dffs(N),
            inflight: (0..2).map(|_| Default::default()).collect(),
            bank_busy: Default::default(),
            other_bank_busy: Default::default(),
            wr_valid: Default::default(),
            wr_tag: Default::default(),
            wr_res: dffs(N),
            pend_valid: Default::default(),
            pend_addr: Default::default(),
            pend_data: dffs(N),
            last_valid: Default::default(),
            last_addr: Default::default(),
            last_data: dffs(N),
            forward_pend: Default::default(),
            forward_last: Default::default(),
            wr_forwarded: signals(N),
            wr_old: signals(N),
            wr_new: signals(N),
            pp_issue: Default::default(),
            pp_src: Default::default(),
            pp_left: Default::default(),
            pp_zero: Default::default(),
            pp_run: Default::default(),
            pp_lane: Default::default(),
            pp_lane_last: Default::default(),
            pp_base: Default::default(),
            pp_encode: Default::default(),
            pp_v1: Default::default(),
            pp_lane1: Default::default(),
            pp_acc: Default::default(),
            pp_out_vec: Default::default(),
            pp_out_hot: Default::default(),
            pp_outstanding: Default::default(),
            al_a: Default::default(),
            al_b: Default::default(),
            al_left: Default::default(),
            al_phase: Default::default(),
            al_lane: Default::default(),
            al_areg: Default::default(),
            al_pending: Default::default(),
            al_encode: Default::default(),
            al_outstanding: Default::default(),
            al_out_dst: Default::default(),
            al_active: Default::default(),
            al_val: Default::default(),
            al_v16: Default::default(),
            al_v32: Default::default(),
            lt_idx: Default::default(),
            lt_src: Default::default(),
            lt_v1: Default::default(),
            lt_idx1: Default::default(),
            lt_lane1: Default::default(),
            lt_run: Default::default(),
            lt_acc_src: Default::default(),
            lt_last: Default::default(),
            lt_target: Default::default(),
            lt_active: Default::default(),
            lt_from_acc: Default::default(),
            lt_val16: Default::default(),
            lt_val32: Default::default(),
            lt_bits: Default::default(),
        }
    }
}

// each state's logic is `if in_<state> { if <condition> { .. } }`, as the arms of a match
#[allow(clippy::collapsible_if)]
impl<
        const N: usize,
        const WA: usize,
        const AA: usize,
        const CA: usize,
        const PA: usize,
        const QA: usize,
        const ALU: usize,
        const SE: usize,
    > Logic for QinsAccel<N, WA, AA, CA, PA, QA, ALU, SE>
{
    #[hdl_gen]
    fn update(&mut self) {
        // ================= clocks and flip-flop defaults =================
        for j in 0..N {
            self.weight_mem[j].clock.next = self.clock.val();
            self.act_mem[j].read_clock.next = self.clock.val();
            self.act_mem[j].write_clock.next = self.clock.val();
            self.acc_mem[j].read_clock.next = self.clock.val();
            self.acc_mem[j].write_clock.next = self.clock.val();
            self.weight_tables[j].clock.next = self.clock.val();
            self.act_tables[j].clock.next = self.clock.val();
            self.raw[j].clock.next = self.clock.val();
            self.raw[j].d.next = self.raw[j].q.val();
            self.wr_res[j].clock.next = self.clock.val();
            self.wr_res[j].d.next = self.wr_res[j].q.val();
            self.last_data[j].clock.next = self.clock.val();
            self.last_data[j].d.next = self.last_data[j].q.val();
            self.pend_data[j].clock.next = self.clock.val();
            self.pend_data[j].d.next = self.pend_data[j].q.val();
        }
        for k in 0..3 {
            self.cmd_stage[k].clock.next = self.clock.val();
            self.cmd_stage[k].d.next = self.cmd_stage[k].q.val();
        }
        self.param_scale.read_clock.next = self.clock.val();
        self.param_scale.write_clock.next = self.clock.val();
        self.param_bias.read_clock.next = self.clock.val();
        self.param_bias.write_clock.next = self.clock.val();
        self.queue.read_clock.next = self.clock.val();
        self.queue.write_clock.next = self.clock.val();
        self.array.clock.next = self.clock.val();
        self.out_stage.clock.next = self.clock.val();
        // the ALU's outputs (0 without the ALU)
        self.alu_out_valid.next = false;
        self.alu_result.next = 0.into();
        for u in 0..ALU {
            self.alu[u].clock.next = self.clock.val();
            self.alu_out_valid.next = self.alu[u].out_valid.val();
            self.alu_result.next = self.alu[u].result.val();
        }
        dff_setup!(
            self, clock, al_a, al_b, al_left, al_phase, al_lane, al_areg, al_pending, al_encode,
            al_out_dst, lt_idx, lt_run, lt_acc_src, lt_last, lt_target, lt_src, lt_v1, lt_idx1,
            lt_lane1
        );
        dff_setup!(
            self,
            clock,
            s1_valid,
            s1_error,
            s1_kind,
            s1_sel,
            s1_reg_hot,
            req_address,
            req_data,
            req_write,
            req_read,
            cmd_last,
            error,
            error_code,
            error_info,
            cycles_lo,
            cycles_hi,
            busy_cycles,
            array_cycles,
            macs_lo,
            macs_hi,
            commands_done,
            done_last,
            barrier_id,
            q_head,
            q_tail,
            state,
            c0,
            c1,
            c2,
            c3,
            ld_active,
            ld_row,
            ld_left,
            ld_bank,
            ld_v1,
            ld_b1,
            ld_v2,
            ld_b2,
            pf_started,
            bad_tile,
            op_hot,
            bad_matmul,
            bad_post,
            bad_alu,
            bad_table,
            busy_last,
            drained_last,
            pushed_last,
            control_pending,
            req_read_refused,
            req_write_refused,
            in_reg,
            in_wtab,
            in_atab,
            in_oth,
            in_ocode,
            in_adtab,
            in_ath,
            in_acode,
            in_param,
            in_wmem,
            in_amem,
            in_cmem,
            in_mem,
            req_reg_hot,
            s1_code,
            s1_address,
            cmd_failed,
            cmd_failed_code,
            mm_act,
            mm_acc,
            mm_left,
            mm_zero,
            mm_one,
            mm_macs,
            mm_v1,
            mm_tag1,
            mm_codes1,
            mm_v2,
            mm_tag2,
            mm_codes2,
            c1_last,
            c3_last,
            wr_valid,
            wr_tag,
            pend_valid,
            pend_addr,
            forward_pend,
            forward_last,
            last_valid,
            last_addr,
            pp_src,
            pp_left,
            pp_zero,
            pp_run,
            pp_lane,
            pp_lane_last,
            pp_base,
            pp_encode,
            pp_v1,
            pp_lane1,
            pp_out_vec,
            pp_out_hot
        );
        self.queue_level.clock.next = self.clock.val();
        self.pp_outstanding.clock.next = self.clock.val();
        self.al_outstanding.clock.next = self.clock.val();
        for b in 0..2 {
            self.inflight[b].clock.next = self.clock.val();
        }

        // ================= engine status =================
        self.loader_busy.next = self.ld_active.q.val() | self.ld_v1.q.val() | self.ld_v2.q.val();
        self.drained.next = !self.inflight[0].nonzero.val()
            & !self.inflight[1].nonzero.val()
            & !self.mm_v1.q.val()
            & !self.mm_v2.q.val()
            & !self.wr_valid.q.val()
            & !self.pend_valid.q.val()
            & !self.loader_busy.val()
            & !self.pp_v1.q.val()
            & !self.pp_outstanding.nonzero.val()
            & !self.al_pending.q.val()
            & !self.al_outstanding.nonzero.val()
            & !self.lt_v1.q.val();
        // a failed command's error reaches STATUS a cycle after the command ends (the sticky
        // error capture reads registered causes): busy covers that cycle, so a host that sees
        // busy clear also sees the error
        self.busy_now.next = self.queue_level.nonzero.val()
            | self.state.q.val().any()
            | !self.drained.val()
            | self.cmd_failed.q.val();
        self.busy.next = self.busy_now.val();
        // memory accesses are refused while `busy_for_host`: busy in the previous cycle or a
        // command pushed in the previous cycle (the unit is busy from the cycle after a push
        // until it drains). Registered, so that the sequencer's drain logic stays off the
        // memories' write-enable path; it lags `busy_now` by one cycle only when the unit
        // goes idle, and a host that saw STATUS idle asks no earlier than the next cycle.
        self.busy_last.d.next = self.busy_now.val();
        self.drained_last.d.next = self.drained.val();
        self.busy_for_host.next = self.busy_last.q.val() | self.pushed_last.q.val();

        // ================= bus stage 0: register the request =================
        self.req_address.d.next = self.bus_address.val();
        self.req_data.d.next = self.bus_write_data.val();
        self.req_write.d.next = self.bus_write.val();
        self.req_read.d.next = self.bus_read.val();
        // the request's region, decoded from the bus and registered with it (bit-pattern
        // matches, no carry chains: every region is a power of two in size)
        self.at_reg.next = (self.bus_address.val().get_bits::<19>(5) == 0)
            & (self.bus_address.val().get_bits::<5>(0) < 17);
        self.at_wtab.next = self.bus_address.val().get_bits::<16>(8) == 0x10;
        self.at_atab.next = self.bus_address.val().get_bits::<16>(8) == 0x11;
        self.at_oth.next = (self.bus_address.val().get_bits::<16>(8) == 0x14)
            & !self.bus_address.val().get_bits::<8>(0).all();
        self.at_ocode.next = self.bus_address.val().get_bits::<16>(8) == 0x15;
        self.at_adtab.next =
            (self.bus_address.val().get_bits::<16>(8) == 0x12) & self.k_has_alu.val();
        self.at_ath.next = (self.bus_address.val().get_bits::<16>(8) == 0x16)
            & !self.bus_address.val().get_bits::<8>(0).all()
            & self.k_has_alu.val();
        self.at_acode.next =
            (self.bus_address.val().get_bits::<16>(8) == 0x17) & self.k_has_alu.val();
        self.at_param.next = (self.bus_address.val() & self.k_param_region.val()) == 0x1_0000;
        self.at_wmem.next = (self.bus_address.val() & self.k_wmem_region.val()) == 0x10_0000;
        self.at_amem.next = (self.bus_address.val() & self.k_amem_region.val()) == 0x20_0000;
        self.at_cmem.next = (self.bus_address.val() & self.k_cmem_region.val()) == 0x40_0000;
        self.in_reg.d.next = self.at_reg.val();
        self.in_wtab.d.next = self.at_wtab.val();
        self.in_atab.d.next = self.at_atab.val();
        self.in_oth.d.next = self.at_oth.val();
        self.in_ocode.d.next = self.at_ocode.val();
        self.in_adtab.d.next = self.at_adtab.val();
        self.in_ath.d.next = self.at_ath.val();
        self.in_acode.d.next = self.at_acode.val();
        self.in_param.d.next = self.at_param.val();
        self.in_wmem.d.next = self.at_wmem.val();
        self.in_amem.d.next = self.at_amem.val();
        self.in_cmem.d.next = self.at_cmem.val();
        self.in_mem.d.next = self.at_wtab.val()
            | self.at_atab.val()
            | self.at_oth.val()
            | self.at_ocode.val()
            | self.at_adtab.val()
            | self.at_ath.val()
            | self.at_acode.val()
            | self.at_param.val()
            | self.at_wmem.val()
            | self.at_amem.val()
            | self.at_cmem.val();
        self.req_reg_hot.d.next = 0.into();
        if self.at_reg.val() {
            self.req_reg_hot.d.next = self.k_one.val() << self.bus_address.val().get_bits::<5>(0);
        }
        // CONTROL (3) is write-only; ID, CONFIG, STATUS and the counters (0-2, 8-16) read-only
        self.req_read_refused.d.next = self.bus_read.val()
            & !((self.at_reg.val() & (self.bus_address.val() != 3))
                | self.at_wmem.val()
                | self.at_amem.val()
                | self.at_cmem.val());
        self.req_write_refused.d.next = self.bus_write.val()
            & self.at_reg.val()
            & ((self.bus_address.val().get_bits::<5>(0) < 3)
                | (self.bus_address.val().get_bits::<5>(0) >= 8));
        // ================= bus stage 1: the registered request =================
        self.request.next = self.req_write.q.val() | self.req_read.q.val();
        // the level never exceeds the depth (a power of two): full is its top bit
        self.queue_full.next = (self.queue_level.level.val() & self.k_queue_depth.val()).any();
        self.req_error.next = false;
        self.req_code.next = 0.into();
        if self.request.val() {
            if !(self.in_reg.q.val() | self.in_mem.q.val()) {
                self.req_error.next = true;
                self.req_code.next = 1.into();
            } else if self.in_mem.q.val() & self.busy_for_host.val() {
                self.req_error.next = true;
                self.req_code.next = 2.into();
            } else if self.req_read_refused.q.val() | self.req_write_refused.q.val() {
                self.req_error.next = true;
                self.req_code.next = 6.into();
            } else if self.req_write.q.val()
                & self.req_reg_hot.q.val().get_bit(7)
                & self.queue_full.val()
            {
                self.req_error.next = true;
                self.req_code.next = 5.into();
            }
        }
        // a write that passes `req_error`, written out per region kind: inside a memory or
        // table region the register and queue checks of `req_error` cannot apply (a shorter
        // path to the memories' write enables)
        self.mem_write.next =
            self.req_write.q.val() & !self.busy_for_host.val() & !self.req_read_refused.q.val();
        // and for a register, the memory busy check cannot (nor, but for CMD3, the queue's)
        self.reg_write.next = self.req_write.q.val()
            & self.in_reg.q.val()
            & !self.req_write_refused.q.val()
            & !self.req_read_refused.q.val();
        // offsets inside the region windows (meaningful only inside the region)
        self.off_w.next = self.req_address.q.val() & self.k_off_w.val();
        self.off_a.next = self.req_address.q.val() & self.k_off_a.val();
        self.off_c.next = self.req_address.q.val() & self.k_off_c.val();
        self.off_p.next = self.req_address.q.val() & self.k_off_p.val();
        self.host_wrow.next = self.off_w.val() >> self.k_wshift.val();
        self.host_avec.next = self.off_a.val() >> self.k_ashift.val();
        self.host_cvec.next = self.off_c.val() >> self.k_cshift.val();
        self.host_sel_w.next = self.off_w.val() & self.k_wmask.val();
        self.host_sel_a.next = self.off_a.val() & self.k_amask.val();
        self.host_sel_c.next = self.off_c.val() & self.k_cmask.val();

        // ================= memory ports: defaults are the host's =================
        for j in 0..N {
            self.weight_mem[j].address.next = bit_cast::<WA, 24>(self.host_wrow.val());
            self.act_mem[j].read_address.next = bit_cast::<AA, 24>(self.host_avec.val());
            self.act_mem[j].write_address.next = bit_cast::<AA, 24>(self.host_avec.val());
            self.acc_mem[j].read_address.next = bit_cast::<CA, 24>(self.host_cvec.val());
            self.acc_mem[j].write_address.next = bit_cast::<CA, 24>(self.host_cvec.val());
            self.acc_mem[j].write_data.next = signed_cast(self.req_data.q.val());
            self.acc_mem[j].write_enable.next =
                self.mem_write.val() & self.in_cmem.q.val() & (self.host_sel_c.val().index() == j);
            self.weight_tables[j].write_enable.next = self.mem_write.val() & self.in_wtab.q.val();
            self.weight_tables[j].write_code.next = self.req_address.q.val().get_bits::<8>(0);
            self.weight_tables[j].write_value.next =
                signed_cast(self.req_data.q.val().get_bits::<16>(0));
            self.act_tables[j].write_enable.next = self.mem_write.val() & self.in_atab.q.val();
            self.act_tables[j].write_code.next = self.req_address.q.val().get_bits::<8>(0);
            self.act_tables[j].write_value.next =
                signed_cast(self.req_data.q.val().get_bits::<16>(0));
            self.weight_tables[j].read_code.next = self.weight_mem[j].read_data.val();
            self.act_bits[j].next = unsigned_cast(self.act_mem[j].read_data.val());
            self.act_tables[j].read_code.next = self.act_bits[j].val().get_bits::<8>(0);
        }
        self.out_stage.threshold_write_enable.next = self.mem_write.val() & self.in_oth.q.val();
        self.out_stage.threshold_write_index.next = self.req_address.q.val().get_bits::<8>(0);
        self.out_stage.threshold_write_value.next = signed_cast(self.req_data.q.val());
        self.out_stage.code_write_enable.next = self.mem_write.val() & self.in_ocode.q.val();
        self.out_stage.code_write_rank.next = self.req_address.q.val().get_bits::<8>(0);
        self.out_stage.code_write_code.next = self.req_data.q.val().get_bits::<8>(0);
        self.alu_decode_write_enable.next = self.mem_write.val() & self.in_adtab.q.val();
        self.alu_decode_write_code.next = self.req_address.q.val().get_bits::<8>(0);
        self.alu_decode_write_value.next = signed_cast(self.req_data.q.val().get_bits::<16>(0));
        self.alu_threshold_write_enable.next = self.mem_write.val() & self.in_ath.q.val();
        self.alu_threshold_write_index.next = self.req_address.q.val().get_bits::<8>(0);
        self.alu_threshold_write_value.next = signed_cast(self.req_data.q.val());
        self.alu_code_write_enable.next = self.mem_write.val() & self.in_acode.q.val();
        self.alu_code_write_rank.next = self.req_address.q.val().get_bits::<8>(0);
        self.alu_code_write_code.next = self.req_data.q.val().get_bits::<8>(0);
        self.param_scale.write_address.next = bit_cast::<PA, 24>(self.off_p.val() >> 1);
        self.param_scale.write_data.next = self.req_data.q.val().get_bits::<22>(0);
        self.param_scale.write_enable.next =
            self.mem_write.val() & self.in_param.q.val() & !self.req_address.q.val().get_bit(0);
        self.param_bias.write_address.next = bit_cast::<PA, 24>(self.off_p.val() >> 1);
        self.param_bias.write_data.next = signed_cast(self.req_data.q.val());
        self.param_bias.write_enable.next =
            self.mem_write.val() & self.in_param.q.val() & self.req_address.q.val().get_bit(0);

        // ================= registers written by the host =================
        // CONTROL acts one cycle after its write (registered: the clears fan out to every
        // counter; a register read, answered a cycle after its decode, already sees them)
        self.control_pending.d.next = 0.into();
        if self.reg_write.val() & self.req_reg_hot.q.val().get_bit(3) {
            self.control_pending.d.next = self.req_data.q.val().get_bits::<2>(0);
        }
        if self.control_pending.q.val().get_bit(0) {
            self.error.d.next = false;
            self.error_code.d.next = 0.into();
            self.error_info.d.next = 0.into();
        }
        if self.control_pending.q.val().get_bit(1) {
            self.cycles_lo.d.next = 0.into();
            self.cycles_hi.d.next = 0.into();
            self.busy_cycles.d.next = 0.into();
            self.array_cycles.d.next = 0.into();
            self.macs_lo.d.next = 0.into();
            self.macs_hi.d.next = 0.into();
            self.commands_done.d.next = 0.into();
        }
        if self.reg_write.val() {
            for k in 0..3 {
                if self.req_reg_hot.q.val().get_bit(4 + k) {
                    self.cmd_stage[k].d.next = self.req_data.q.val();
                }
            }
        }
        // the queue: push on a good CMD3 write (pop: see the sequencer)
        self.push.next =
            self.reg_write.val() & self.req_reg_hot.q.val().get_bit(7) & !self.queue_full.val();
        if self.push.val() {
            self.cmd_last.d.next = self.req_data.q.val();
        }
        self.pushed_last.d.next = self.push.val();
        self.queue.write_address.next = self.q_tail.q.val();
        self.queue.write_data.next = (bit_cast::<128, 32>(self.req_data.q.val()) << 96)
            | (bit_cast::<128, 32>(self.cmd_stage[2].q.val()) << 64)
            | (bit_cast::<128, 32>(self.cmd_stage[1].q.val()) << 32)
            | bit_cast::<128, 32>(self.cmd_stage[0].q.val());
        self.queue.write_enable.next = self.push.val();
        self.queue.read_address.next = self.q_head.q.val();
        if self.push.val() {
            self.q_tail.d.next = self.q_tail.q.val() + 1;
        }

        // ================= bus stage 1 -> 2: read data mux =================
        self.s1_valid.d.next = self.request.val();
        self.s1_error.d.next = self.req_error.val();
        self.s1_code.d.next = self.req_code.val();
        self.s1_address.d.next = self.req_address.q.val();
        self.s1_reg_hot.d.next = self.req_reg_hot.q.val();
        self.s1_kind.d.next = 0.into();
        self.s1_sel.d.next = 0.into();
        if self.in_wmem.q.val() {
            self.s1_kind.d.next = 1.into();
            self.s1_sel.d.next = self.host_sel_w.val();
        }
        if self.in_amem.q.val() {
            self.s1_kind.d.next = 2.into();
            self.s1_sel.d.next = self.host_sel_a.val();
        }
        if self.in_cmem.q.val() {
            self.s1_kind.d.next = 3.into();
            self.s1_sel.d.next = self.host_sel_c.val();
        }
        // lane g*4+b holds byte b of weight word g; lane p*2+h holds half h of act word p
        // (rust-hdl's index evaluator knows + and *, not / or %: hence the nested loops)
        for g in 0..N.div_ceil(4) {
            for b in 0..N.min(4) {
                self.weight_mem[g * 4 + b].write_data.next =
                    self.req_data.q.val().get_bits::<8>(b * 8);
                self.weight_mem[g * 4 + b].write_enable.next = self.mem_write.val()
                    & self.in_wmem.q.val()
                    & (self.host_sel_w.val().index() == g);
            }
        }
        for p in 0..(N / 2) {
            for h in 0..2 {
                self.act_mem[p * 2 + h].write_data.next =
                    signed_cast(self.req_data.q.val().get_bits::<16>(h * 16));
                self.act_mem[p * 2 + h].write_enable.next = self.mem_write.val()
                    & self.in_amem.q.val()
                    & (self.host_sel_a.val().index() == p);
            }
        }
        for k in 0..4 {
            self.rd_byte[k].next = 0.into();
        }
        for k in 0..2 {
            self.rd_half[k].next = 0.into();
        }
        self.rd_acc.next = 0.into();
        for g in 0..N.div_ceil(4) {
            for b in 0..N.min(4) {
                if self.s1_sel.q.val().index() == g {
                    self.rd_byte[b].next = self.weight_mem[g * 4 + b].read_data.val();
                }
            }
        }
        for p in 0..(N / 2) {
            for h in 0..2 {
                if self.s1_sel.q.val().index() == p {
                    self.rd_half[h].next = self.act_mem[p * 2 + h].read_data.val();
                }
            }
        }
        for j in 0..N {
            if self.s1_sel.q.val().index() == j {
                self.rd_acc.next = self.acc_mem[j].read_data.val();
            }
        }
        // the registers' read values by address (CONTROL, write-only, reads 0)
        self.reg_view[0].next = self.k_magic.val();
        self.reg_view[1].next = self.k_config.val();
        self.reg_view[2].next = bit_cast::<32, 1>(self.busy_now.val().into())
            | (bit_cast::<32, 1>(self.error.q.val().into()) << 1)
            | (bit_cast::<32, 1>(self.queue_full.val().into()) << 2)
            | (bit_cast::<32, 8>(self.error_code.q.val()) << 8)
            | (bit_cast::<32, 16>(self.queue_level.level.val()) << 16);
        self.reg_view[3].next = 0.into();
        self.reg_view[4].next = self.cmd_stage[0].q.val();
        self.reg_view[5].next = self.cmd_stage[1].q.val();
        self.reg_view[6].next = self.cmd_stage[2].q.val();
        self.reg_view[7].next = self.cmd_last.q.val();
        self.reg_view[8].next = self.cycles_lo.q.val();
        self.reg_view[9].next = self.cycles_hi.q.val();
        self.reg_view[10].next = self.busy_cycles.q.val();
        self.reg_view[11].next = self.array_cycles.q.val();
        self.reg_view[12].next = self.macs_lo.q.val();
        self.reg_view[13].next = self.macs_hi.q.val();
        self.reg_view[14].next = self.commands_done.q.val();
        self.reg_view[15].next = self.barrier_id.q.val();
        self.reg_view[16].next = self.error_info.q.val();
        // an AND-OR over the one-hot select (shallower than a 17-way binary multiplexer)
        self.rd_reg.next = 0.into();
        for k in 0..REGISTER_COUNT {
            if self.s1_reg_hot.q.val().get_bit(k) {
                self.rd_reg.next = self.rd_reg.val() | self.reg_view[k].val();
            }
        }
        // ================= bus stage 2: the answer =================
        self.bus_ready.next = self.s1_valid.q.val();
        self.bus_error.next = self.s1_error.q.val();
        self.bus_read_data.next = 0.into();
        if self.s1_valid.q.val() & !self.s1_error.q.val() {
            if self.s1_kind.q.val() == 0 {
                self.bus_read_data.next = self.rd_reg.val();
            }
            if self.s1_kind.q.val() == 1 {
                self.bus_read_data.next = bit_cast::<32, 8>(self.rd_byte[0].val())
                    | (bit_cast::<32, 8>(self.rd_byte[1].val()) << 8)
                    | (bit_cast::<32, 8>(self.rd_byte[2].val()) << 16)
                    | (bit_cast::<32, 8>(self.rd_byte[3].val()) << 24);
            }
            if self.s1_kind.q.val() == 2 {
                self.bus_read_data.next = bit_cast::<32, 16>(unsigned_cast(self.rd_half[0].val()))
                    | (bit_cast::<32, 16>(unsigned_cast(self.rd_half[1].val())) << 16);
            }
            if self.s1_kind.q.val() == 3 {
                self.bus_read_data.next = unsigned_cast(self.rd_acc.val());
            }
        }

        // ================= counters =================
        self.cycles_lo.d.next = self.cycles_lo.q.val() + 1;
        if self.cycles_lo.q.val().all() {
            self.cycles_hi.d.next = self.cycles_hi.q.val() + 1;
        }
        if self.busy_now.val() {
            self.busy_cycles.d.next = self.busy_cycles.q.val() + 1;
        }

        // ================= sequencer =================
        self.cmd_done.next = false;
        self.cmd_error.next = false;
        self.cmd_code.next = 0.into();
        self.ld_start.next = false;
        self.ld_start_row.next = self.c1_last.q.val();
        self.ld_start_bank.next = self.c0.q.val().get_bit(8);
        self.mm_issue.next = false;
        self.pp_issue.next = self.pp_run.q.val() & self.out_stage.accept_next.val();
        self.al_active.next = false;
        self.lt_active.next = false;
        self.lt_from_acc.next =
            (self.c0.q.val().get_bits::<8>(8) == 3) | (self.c0.q.val().get_bits::<8>(8) == 5);
        self.kv.next = bit_cast::<16, 8>(self.c1.q.val().get_bits::<8>(24));
        if self.kv.val() == 0 {
            self.kv.next = self.k_n.val().get_bits::<16>(0);
        }
        self.nv.next = bit_cast::<16, 8>(self.c2.q.val().get_bits::<8>(24));
        if self.nv.val() == 0 {
            self.nv.next = self.k_n.val().get_bits::<16>(0);
        }
        // operand checks of the command being fetched: computed per command kind on the
        // queue's read data in Fetch and registered (`bad_*`); Decode picks its opcode's
        // (keeps the checks' carry chains off the Decode -> done path)
        self.f0.next = self.queue.read_data.val().get_bits::<32>(0);
        self.f1.next = self.queue.read_data.val().get_bits::<32>(32);
        self.f2.next = self.queue.read_data.val().get_bits::<32>(64);
        self.f3.next = self.queue.read_data.val().get_bits::<32>(96);
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
        self.bad_tile.d.next = self.fx_over[0].val();
        // MATMUL
        self.bad_matmul.d.next = (self.f_count.val() == 0)
            | self.rc_over[0].val()
            | self.rc_over[1].val()
            | (bit_cast::<32, 8>(self.f1.val().get_bits::<8>(24)) > self.k_n.val())
            | (bit_cast::<32, 8>(self.f2.val().get_bits::<8>(24)) > self.k_n.val())
            | (self.f0.val().get_bit(11) & self.fx_over[1].val());
        // POSTPROCESS
        self.bad_post.d.next = (self.f_count.val() == 0)
            | self.rc_over[2].val()
            | (self.f0.val().get_bit(8) & self.rc_over[3].val())
            | (!self.f0.val().get_bit(8) & self.rc_over[4].val())
            | self.fx_over[2].val();
        // ALU; the last two terms: a destination starting inside a source, after its
        // start, is refused
        self.bad_alu.d.next = (self.f_count.val() == 0)
            | (self.f0.val().get_bits::<4>(8) > 8)
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
        self.bad_table.d.next = (self.f0.val().get_bits::<8>(8) > 6)
            | (!self.k_has_alu.val()
                & ((self.f0.val().get_bits::<8>(8) == 2)
                    | (self.f0.val().get_bits::<8>(8) == 5)
                    | (self.f0.val().get_bits::<8>(8) == 6)))
            | (self.f_lt_from_acc.val() & self.rc_over[5].val())
            | (!self.f_lt_from_acc.val() & self.fx_over[3].val());
        self.op_hot.d.next = bit_cast::<8, 1>((self.f_op.val() == 0).into())
            | (bit_cast::<8, 1>((self.f_op.val() == 1).into()) << 1)
            | (bit_cast::<8, 1>((self.f_op.val() == 2).into()) << 2)
            | (bit_cast::<8, 1>((self.f_op.val() == 3).into()) << 3)
            | (bit_cast::<8, 1>((self.f_op.val() == 4).into()) << 4)
            | (bit_cast::<8, 1>((self.f_op.val() == 5).into()) << 5)
            | (bit_cast::<8, 1>((self.f_op.val() == 6).into()) << 6)
            | (bit_cast::<8, 1>(
                ((self.f_op.val() > 6) | ((self.f_op.val() == 5) & !self.k_has_alu.val())).into(),
            ) << 7);
        // Decode: the registered check of its opcode, one term per opcode, in parallel
        self.bad_operands.next = (self.op_hot.q.val().get_bit(1) & self.bad_tile.q.val())
            | (self.op_hot.q.val().get_bit(2) & self.bad_matmul.q.val())
            | (self.op_hot.q.val().get_bit(3) & self.bad_post.q.val())
            | (self.op_hot.q.val().get_bit(5) & self.k_has_alu.val() & self.bad_alu.q.val())
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
        self.bank_busy.next = self.inflight[0].nonzero.val();
        self.other_bank_busy.next = self.inflight[1].nonzero.val();
        if self.c0.q.val().get_bit(8) {
            self.bank_busy.next = self.inflight[1].nonzero.val();
            self.other_bank_busy.next = self.inflight[0].nonzero.val();
        }
        self.in_idle.next = !self.state.q.val().any();
        self.in_fetch.next = (self.state.q.val() & self.k_fetch.val()).any();
        self.in_decode.next = (self.state.q.val() & self.k_decode.val()).any();
        self.in_load_tile.next = (self.state.q.val() & self.k_load_tile.val()).any();
        self.in_load_wait.next = (self.state.q.val() & self.k_load_wait.val()).any();
        self.in_matmul.next = (self.state.q.val() & self.k_matmul.val()).any();
        self.in_post_wait.next = (self.state.q.val() & self.k_post_wait.val()).any();
        self.in_post_process.next = (self.state.q.val() & self.k_post_process.val()).any();
        self.in_barrier.next = (self.state.q.val() & self.k_barrier.val()).any();
        self.in_alu_wait.next = (self.state.q.val() & self.k_alu_wait.val()).any();
        self.in_alu.next = (self.state.q.val() & self.k_alu.val()).any();
        self.in_table_wait.next = (self.state.q.val() & self.k_table_wait.val()).any();
        self.in_load_table.next = (self.state.q.val() & self.k_load_table.val()).any();
        // the states' logic (exactly one `in_*` is set)
        if self.in_idle.val() {
            if self.queue_level.nonzero.val() {
                self.state.d.next = self.k_fetch.val();
            }
        }
        if self.in_fetch.val() {
            self.c0.d.next = self.queue.read_data.val().get_bits::<32>(0);
            self.c1.d.next = self.queue.read_data.val().get_bits::<32>(32);
            self.c2.d.next = self.queue.read_data.val().get_bits::<32>(64);
            self.c3.d.next = self.queue.read_data.val().get_bits::<32>(96);
            self.c1_last.d.next = bit_cast::<WA, 32>(self.f1.val() + self.k_n.val() - 1);
            self.c3_last.d.next = bit_cast::<WA, 32>(self.f3.val() + self.k_n.val() - 1);
            self.state.d.next = self.k_decode.val();
        }
        if self.in_decode.val() {
            // a MATMUL's counters load whatever the command is (they are only used in
            // Matmul): keeps the operand checks off their enables
            self.mm_act.d.next = bit_cast::<AA, 32>(self.c1.q.val());
            self.mm_acc.d.next = bit_cast::<CA, 32>(self.c2.q.val());
            self.mm_left.d.next = self.c0.q.val().get_bits::<16>(16);
            self.mm_zero.d.next = self.c0.q.val().get_bits::<16>(16) == 0;
            self.mm_one.d.next = self.c0.q.val().get_bits::<16>(16) == 1;
            // useful MACs per vector: k_valid x n_valid (0 means N)
            self.mm_macs.d.next = self.kv.val() * self.nv.val();
            self.pf_started.d.next = false;
            // so do POSTPROCESS's and LOAD_TABLE's (the previous command has finished
            // with them: its outstanding results were written before it completed)
            self.pp_src.d.next = bit_cast::<CA, 32>(self.c1.q.val());
            self.pp_left.d.next = self.c0.q.val().get_bits::<16>(16);
            self.pp_zero.d.next = self.c0.q.val().get_bits::<16>(16) == 0;
            self.pp_lane.d.next = 0.into();
            self.pp_lane_last.d.next = false;
            self.pp_base.d.next = bit_cast::<PA, 32>(self.c3.q.val());
            self.pp_encode.d.next = self.c0.q.val().get_bit(8);
            self.pp_out_vec.d.next = self.c2.q.val().get_bits::<24>(0);
            self.pp_out_hot.d.next = 1.into();
            self.lt_idx.d.next = 0.into();
            self.lt_src.d.next = self.c1.q.val().get_bits::<24>(0);
            self.lt_run.d.next = true;
            self.lt_last.d.next = false;
            self.lt_acc_src.d.next = self.lt_from_acc.val();
            if self.fetched_done.val() {
                // a NOP, or refused: BadOpcode (3) or BadOperand (4), decided in Fetch
                self.cmd_done.next = true;
                if self.fetched_code.val().any() {
                    self.cmd_error.next = true;
                    self.cmd_code.next = self.fetched_code.val();
                }
            } else if self.op_hot.q.val().get_bit(1) {
                self.state.d.next = self.k_load_tile.val();
            } else if self.op_hot.q.val().get_bit(2) {
                self.state.d.next = self.k_matmul.val();
            } else if self.op_hot.q.val().get_bit(3) {
                self.state.d.next = self.k_post_wait.val();
            } else if self.op_hot.q.val().get_bit(4) {
                self.state.d.next = self.k_barrier.val();
            } else if self.op_hot.q.val().get_bit(5) {
                self.state.d.next = self.k_alu_wait.val();
            } else {
                self.state.d.next = self.k_table_wait.val();
            }
        }
        if self.in_load_tile.val() {
            if !self.loader_busy.val() & !self.bank_busy.val() {
                self.ld_start.next = true;
                self.state.d.next = self.k_load_wait.val();
            }
        }
        if self.in_load_wait.val() {
            if !self.loader_busy.val() {
                self.cmd_done.next = true;
            }
        }
        if self.in_matmul.val() {
            self.mm_issue.next = !self.mm_zero.q.val();
            if self.mm_issue.val() {
                self.mm_act.d.next = self.mm_act.q.val() + 1;
                self.mm_acc.d.next = self.mm_acc.q.val() + 1;
                self.mm_left.d.next = self.mm_left.q.val() - 1;
                self.mm_zero.d.next = self.mm_one.q.val();
                self.mm_one.d.next = self.mm_left.q.val() == 2;
            }
            // prefetch into the other bank once its last vectors have left the array
            if self.c0.q.val().get_bit(11)
                & !self.pf_started.q.val()
                & !self.loader_busy.val()
                & !self.other_bank_busy.val()
            {
                self.ld_start.next = true;
                self.ld_start_row.next = self.c3_last.q.val();
                self.ld_start_bank.next = !self.c0.q.val().get_bit(8);
                self.pf_started.d.next = true;
            }
            // done with the last issue (no idle cycle between consecutive MATMULs)
            if (self.mm_zero.q.val() | (self.mm_one.q.val() & self.mm_issue.val()))
                & (!self.c0.q.val().get_bit(11)
                    | (self.pf_started.q.val() & !self.loader_busy.val()))
            {
                self.cmd_done.next = true;
            }
        }
        if self.in_post_wait.val() {
            if self.drained_last.q.val() {
                self.state.d.next = self.k_post_process.val();
                self.pp_run.d.next = !self.pp_zero.q.val();
            }
        }
        if self.in_post_process.val() {
            // columns are issued by `pp_issue` (below the state machine)
            if !self.pp_run.q.val() & !self.pp_v1.q.val() & !self.pp_outstanding.nonzero.val() {
                self.cmd_done.next = true;
            }
        }
        if self.in_barrier.val() {
            if self.drained_last.q.val() {
                self.barrier_id.d.next = self.c1.q.val();
                self.cmd_done.next = true;
            }
        }
        if self.in_alu_wait.val() {
            // (unreachable without the ALU; the constant lets synthesis drop the engine)
            if self.drained_last.q.val() & self.k_has_alu.val() {
                self.al_a.d.next = self.c1.q.val().get_bits::<24>(0);
                self.al_b.d.next = self.c2.q.val().get_bits::<24>(0);
                self.al_out_dst.d.next = self.c3.q.val().get_bits::<24>(0);
                self.al_left.d.next = self.c0.q.val().get_bits::<16>(16);
                self.al_phase.d.next = false;
                self.al_encode.d.next = self.c0.q.val().get_bits::<4>(8) == 7;
                self.state.d.next = self.k_alu.val();
            }
        }
        if self.in_alu.val() {
            self.al_active.next = self.k_has_alu.val();
            // (gated by the constant: without the ALU these compares leave the done path)
            if self.k_has_alu.val()
                & (self.al_left.q.val() == 0)
                & !self.al_pending.q.val()
                & !self.al_outstanding.nonzero.val()
                & !self.alu_out_valid.val()
            {
                self.cmd_done.next = true;
            }
        }
        if self.in_table_wait.val() {
            if self.drained_last.q.val() {
                self.state.d.next = self.k_load_table.val();
            }
        }
        if self.in_load_table.val() {
            self.lt_active.next = self.lt_run.q.val();
            if !self.lt_active.val() & !self.lt_v1.q.val() {
                self.cmd_done.next = true;
            }
        }
        self.done_last.d.next = self.cmd_done.val();
        if self.done_last.q.val() {
            self.commands_done.d.next = self.commands_done.q.val() + 1;
        }
        if self.cmd_done.val() {
            self.state.d.next = self.k_idle.val();
            if self.queue_level.nonzero.val() {
                self.state.d.next = self.k_fetch.val();
            }
        }
        // pop in Fetch: the head entry is read there (its address was presented in the
        // cycle before), and the pop comes from the registered state, not from the done
        // conditions (which would otherwise reach the queue pointers' enables)
        self.pop.next = self.in_fetch.val();
        if self.pop.val() {
            self.q_head.d.next = self.q_head.q.val() + 1;
        }
        self.queue_level.up.next = self.push.val();
        self.queue_level.down.next = self.pop.val();
        // the first error wins (bus errors before command errors in the same cycle), captured
        // a cycle after the request or command failed, from registers (`s1_*`, `cmd_failed*`):
        // the error checks and the capture's 41 enables are not one path
        self.cmd_failed.d.next = self.cmd_error.val();
        self.cmd_failed_code.d.next = self.cmd_code.val();
        if !self.error.q.val() {
            if self.s1_error.q.val() {
                self.error.d.next = true;
                self.error_code.d.next = self.s1_code.q.val();
                self.error_info.d.next = bit_cast::<32, 24>(self.s1_address.q.val());
            } else if self.cmd_failed.q.val() {
                self.error.d.next = true;
                self.error_code.d.next = self.cmd_failed_code.q.val();
                // c0 still holds the failed command (Fetch reloads it a cycle later at the earliest)
                self.error_info.d.next = self.c0.q.val();
            }
        }

        // ================= tile loader =================
        if self.ld_start.val() {
            self.ld_active.d.next = true;
            self.ld_row.d.next = self.ld_start_row.val();
            self.ld_left.d.next = self.k_n.val().get_bits::<8>(0);
            self.ld_bank.d.next = self.ld_start_bank.val();
        }
        self.ld_v1.d.next = self.ld_active.q.val();
        self.ld_b1.d.next = self.ld_bank.q.val();
        self.ld_v2.d.next = self.ld_v1.q.val();
        self.ld_b2.d.next = self.ld_b1.q.val();
        if self.ld_active.q.val() {
            for j in 0..N {
                self.weight_mem[j].address.next = self.ld_row.q.val();
            }
            self.ld_row.d.next = self.ld_row.q.val() - 1;
            self.ld_left.d.next = self.ld_left.q.val() - 1;
            if self.ld_left.q.val() == 1 {
                self.ld_active.d.next = false;
            }
        }
        for j in 0..N {
            self.array.weight_in[j].next = self.weight_tables[j].read_value.val();
        }
        self.array.weight_load.next = self.ld_v2.q.val();
        self.array.weight_load_bank.next = self.ld_b2.q.val();

        // ================= matmul stream =================
        // tag: bits CA-1..0 accumulator vector, 30 bank, 31 accumulate
        self.mm_v1.d.next = self.mm_issue.val();
        self.mm_tag1.d.next = bit_cast::<32, CA>(self.mm_acc.q.val())
            | (bit_cast::<32, 1>(self.c0.q.val().get_bit(8).into()) << 30)
            | (bit_cast::<32, 1>(self.c0.q.val().get_bit(9).into()) << 31);
        self.mm_codes1.d.next = self.c0.q.val().get_bit(10);
        // one 33-bit add: its top bit is the carry into `macs_hi`
        self.macs_sum.next =
            bit_cast::<33, 32>(self.macs_lo.q.val()) + bit_cast::<33, 32>(self.mm_macs.q.val());
        if self.mm_issue.val() {
            for j in 0..N {
                self.act_mem[j].read_address.next = self.mm_act.q.val();
            }
            self.array_cycles.d.next = self.array_cycles.q.val() + 1;
            self.macs_lo.d.next = self.macs_sum.val().get_bits::<32>(0);
            if self.macs_sum.val().get_bit(32) {
                self.macs_hi.d.next = self.macs_hi.q.val() + 1;
            }
        }
        self.mm_v2.d.next = self.mm_v1.q.val();
        self.mm_tag2.d.next = self.mm_tag1.q.val();
        self.mm_codes2.d.next = self.mm_codes1.q.val();
        for j in 0..N {
            self.raw[j].d.next = self.act_mem[j].read_data.val();
            self.array.act_in[j].next = self.raw[j].q.val();
            if self.mm_codes2.q.val() {
                self.array.act_in[j].next = self.act_tables[j].read_value.val();
            }
        }
        self.array.act_valid.next = self.mm_v2.q.val();
        self.array.act_bank.next = self.mm_tag2.q.val().get_bit(30);
        self.array.in_tag.next = self.mm_tag2.q.val();
        // vectors inside the array, per bank
        self.inflight[0].up.next = self.mm_v2.q.val() & !self.mm_tag2.q.val().get_bit(30);
        self.inflight[1].up.next = self.mm_v2.q.val() & self.mm_tag2.q.val().get_bit(30);
        self.inflight[0].down.next =
            self.array.out_valid.val() & !self.array.out_tag.val().get_bit(30);
        self.inflight[1].down.next =
            self.array.out_valid.val() & self.array.out_tag.val().get_bit(30);

        // ================= accumulator writer (read, then add and write) =================
        self.wr_valid.d.next = self.array.out_valid.val();
        self.wr_tag.d.next = self.array.out_tag.val();
        for j in 0..N {
            self.wr_res[j].d.next = self.array.result[j].val();
        }
        if self.array.out_valid.val() {
            for j in 0..N {
                self.acc_mem[j].read_address.next = bit_cast::<CA, 32>(self.array.out_tag.val());
            }
        }
        // the add reads the word from memory, or the newer sum not yet visible to that read:
        // the one being written this cycle (`pend`), else the one written last cycle (`last`)
        // (next cycle `pend` holds what is in the add now, `last` what is in `pend` now)
        self.forward_pend.d.next = self.wr_valid.q.val()
            & (bit_cast::<CA, 32>(self.wr_tag.q.val())
                == bit_cast::<CA, 32>(self.array.out_tag.val()));
        self.forward_last.d.next = self.pend_valid.q.val()
            & (self.pend_addr.q.val() == bit_cast::<CA, 32>(self.array.out_tag.val()));
        self.pend_valid.d.next = self.wr_valid.q.val();
        self.pend_addr.d.next = bit_cast::<CA, 32>(self.wr_tag.q.val());
        self.last_valid.d.next = self.pend_valid.q.val();
        self.last_addr.d.next = self.pend_addr.q.val();
        for j in 0..N {
            self.wr_forwarded[j].next = self.last_data[j].q.val();
            if self.forward_pend.q.val() {
                self.wr_forwarded[j].next = self.pend_data[j].q.val();
            }
            self.wr_old[j].next = self.acc_mem[j].read_data.val();
            if self.forward_pend.q.val() | self.forward_last.q.val() {
                self.wr_old[j].next = self.wr_forwarded[j].val();
            }
            self.wr_new[j].next = self.wr_res[j].q.val();
            if self.wr_tag.q.val().get_bit(31) {
                self.wr_new[j].next = self.wr_old[j].val() + self.wr_res[j].q.val();
            }
            self.pend_data[j].d.next = self.wr_new[j].val();
            self.last_data[j].d.next = self.pend_data[j].q.val();
            if self.pend_valid.q.val() {
                self.acc_mem[j].write_address.next = self.pend_addr.q.val();
                self.acc_mem[j].write_data.next = self.pend_data[j].q.val();
                self.acc_mem[j].write_enable.next = true;
            }
        }

        // ================= post-processing =================
        // the serial encoder (SE = 1) takes one column per SERIAL_INTERVAL cycles
        if self.pp_issue.val() {
            if self.pp_lane_last.q.val() {
                self.pp_lane.d.next = 0.into();
                self.pp_lane_last.d.next = false;
                self.pp_src.d.next = self.pp_src.q.val() + 1;
                self.pp_left.d.next = self.pp_left.q.val() - 1;
                self.pp_run.d.next = self.pp_left.q.val() != 1;
            } else {
                self.pp_lane.d.next = self.pp_lane.q.val() + 1;
                self.pp_lane_last.d.next =
                    self.pp_lane.q.val() == self.k_n.val().get_bits::<8>(0) - 2;
            }
            for j in 0..N {
                self.acc_mem[j].read_address.next = self.pp_src.q.val();
            }
        }
        self.param_scale.read_address.next =
            self.pp_base.q.val() + bit_cast::<PA, 8>(self.pp_lane.q.val());
        self.param_bias.read_address.next =
            self.pp_base.q.val() + bit_cast::<PA, 8>(self.pp_lane.q.val());
        self.pp_v1.d.next = self.pp_issue.val();
        self.pp_lane1.d.next = self.pp_lane.q.val();
        self.pp_acc.next = 0.into();
        for j in 0..N {
            if self.pp_lane1.q.val().index() == j {
                self.pp_acc.next = self.acc_mem[j].read_data.val();
            }
        }
        self.out_stage.in_valid.next = self.pp_v1.q.val();
        self.out_stage.in_acc.next = self.pp_acc.val();
        self.out_stage.multiplier.next =
            signed_cast(self.param_scale.read_data.val().get_bits::<16>(0));
        self.out_stage.shift.next = self.param_scale.read_data.val().get_bits::<6>(16);
        self.out_stage.bias.next = self.param_bias.read_data.val();
        self.out_stage.encode.next = self.pp_encode.q.val();
        self.pp_outstanding.up.next = self.pp_issue.val();
        self.pp_outstanding.down.next = self.out_stage.out_valid.val();
        if self.out_stage.out_valid.val() {
            // rotate the one-hot lane; a result in the last lane ends the vector
            self.pp_out_hot.d.next = self.pp_out_hot.q.val() << 1;
            for last in (N - 1)..N {
                if self.pp_out_hot.q.val().get_bit(last) {
                    self.pp_out_hot.d.next = 1.into();
                    self.pp_out_vec.d.next = self.pp_out_vec.q.val() + 1;
                }
            }
            for j in 0..N {
                if self.pp_out_hot.q.val().get_bit(j) {
                    if self.pp_encode.q.val() {
                        self.act_mem[j].write_address.next =
                            bit_cast::<AA, 24>(self.pp_out_vec.q.val());
                        self.act_mem[j].write_data.next = signed_cast(bit_cast::<16, 8>(
                            self.out_stage.out_word.val().get_bits::<8>(0),
                        ));
                        self.act_mem[j].write_enable.next = true;
                    } else {
                        self.acc_mem[j].write_address.next =
                            bit_cast::<CA, 24>(self.pp_out_vec.q.val());
                        self.acc_mem[j].write_data.next =
                            signed_cast(self.out_stage.out_word.val());
                        self.acc_mem[j].write_enable.next = true;
                    }
                }
            }
        }

        // ================= ALU vector op: read a, read b, issue; results in order =================
        self.al_v16.next = 0.into();
        self.al_v32.next = 0.into();
        for j in 0..N {
            if self.al_lane.q.val().index() == j {
                self.al_v16.next = self.act_mem[j].read_data.val();
                self.al_v32.next = self.acc_mem[j].read_data.val();
            }
        }
        self.al_val.next = bit_cast::<32, 16>(unsigned_cast(self.al_v16.val()));
        if self.al_encode.q.val() & self.al_phase.q.val() {
            self.al_val.next = unsigned_cast(self.al_v32.val());
        }
        self.alu_in_valid.next = false;
        self.alu_op.next = self.c0.q.val().get_bits::<4>(8);
        self.alu_a.next = self.al_areg.q.val();
        self.alu_b.next = self.al_val.val();
        self.alu_in_tag.next = 0.into();
        if self.al_active.val() {
            if !self.al_phase.q.val() {
                // phase 0: b of the previous element arrives (issue it); read the next a
                if self.al_pending.q.val() {
                    self.alu_in_valid.next = true;
                    self.al_pending.d.next = false;
                }
                if self.al_left.q.val() != 0 {
                    for j in 0..N {
                        self.act_mem[j].read_address.next =
                            bit_cast::<AA, 24>(self.al_a.q.val() >> self.k_cshift.val());
                        self.acc_mem[j].read_address.next =
                            bit_cast::<CA, 24>(self.al_a.q.val() >> self.k_cshift.val());
                    }
                    self.al_lane.d.next = self.al_a.q.val() & self.k_cmask.val();
                    self.al_phase.d.next = true;
                }
            } else {
                // phase 1: a arrives; read b
                self.al_areg.d.next = self.al_val.val();
                for j in 0..N {
                    self.act_mem[j].read_address.next =
                        bit_cast::<AA, 24>(self.al_b.q.val() >> self.k_cshift.val());
                }
                self.al_lane.d.next = self.al_b.q.val() & self.k_cmask.val();
                self.al_pending.d.next = true;
                self.al_a.d.next = self.al_a.q.val() + 1;
                self.al_b.d.next = self.al_b.q.val() + 1;
                self.al_left.d.next = self.al_left.q.val() - 1;
                self.al_phase.d.next = false;
            }
        }
        self.al_outstanding.up.next = self.alu_in_valid.val();
        self.al_outstanding.down.next = self.alu_out_valid.val();
        if self.alu_out_valid.val() {
            self.al_out_dst.d.next = self.al_out_dst.q.val() + 1;
            for j in 0..N {
                if (self.al_out_dst.q.val() & self.k_cmask.val()).index() == j {
                    self.act_mem[j].write_address.next =
                        bit_cast::<AA, 24>(self.al_out_dst.q.val() >> self.k_cshift.val());
                    self.act_mem[j].write_data.next =
                        signed_cast(self.alu_result.val().get_bits::<16>(0));
                    self.act_mem[j].write_enable.next = true;
                }
            }
        }

        // ================= LOAD_TABLE: one entry per cycle =================
        // (`c0` holds from Decode on; its writes start two cycles later)
        self.lt_target.d.next = self.k_one.val() << self.c0.q.val().get_bits::<8>(8);
        self.lt_v1.d.next = self.lt_active.val();
        self.lt_idx1.d.next = self.lt_idx.q.val().get_bits::<8>(0);
        self.lt_lane1.d.next = self.lt_src.q.val() & self.k_cmask.val();
        if self.lt_active.val() {
            for j in 0..N {
                self.act_mem[j].read_address.next =
                    bit_cast::<AA, 24>(self.lt_src.q.val() >> self.k_cshift.val());
                self.acc_mem[j].read_address.next =
                    bit_cast::<CA, 24>(self.lt_src.q.val() >> self.k_cshift.val());
            }
            self.lt_src.d.next = self.lt_src.q.val() + 1;
            self.lt_idx.d.next = self.lt_idx.q.val() + 1;
            // the entry read now is the last one: `lt_last`, compared a cycle ahead
            self.lt_last.d.next = (self.lt_idx.q.val() == 254)
                | (self.lt_acc_src.q.val() & (self.lt_idx.q.val() == 253));
            if self.lt_last.q.val() {
                self.lt_run.d.next = false;
            }
        }
        self.lt_val16.next = 0.into();
        self.lt_val32.next = 0.into();
        for j in 0..N {
            if self.lt_lane1.q.val().index() == j {
                self.lt_val16.next = self.act_mem[j].read_data.val();
                self.lt_val32.next = self.acc_mem[j].read_data.val();
            }
        }
        // (assignments are ordered like blocking ones: derive lt_bits after lt_val16)
        self.lt_bits.next = unsigned_cast(self.lt_val16.val());
        if self.lt_v1.q.val() {
            if self.lt_target.q.val().get_bit(0) {
                for j in 0..N {
                    self.weight_tables[j].write_enable.next = true;
                    self.weight_tables[j].write_code.next = self.lt_idx1.q.val();
                    self.weight_tables[j].write_value.next = self.lt_val16.val();
                }
            }
            if self.lt_target.q.val().get_bit(1) {
                for j in 0..N {
                    self.act_tables[j].write_enable.next = true;
                    self.act_tables[j].write_code.next = self.lt_idx1.q.val();
                    self.act_tables[j].write_value.next = self.lt_val16.val();
                }
            }
            if self.lt_target.q.val().get_bit(2) {
                self.alu_decode_write_enable.next = true;
                self.alu_decode_write_code.next = self.lt_idx1.q.val();
                self.alu_decode_write_value.next = self.lt_val16.val();
            }
            if self.lt_target.q.val().get_bit(3) {
                self.out_stage.threshold_write_enable.next = true;
                self.out_stage.threshold_write_index.next = self.lt_idx1.q.val();
                self.out_stage.threshold_write_value.next = self.lt_val32.val();
            }
            if self.lt_target.q.val().get_bit(4) {
                self.out_stage.code_write_enable.next = true;
                self.out_stage.code_write_rank.next = self.lt_idx1.q.val();
                self.out_stage.code_write_code.next = self.lt_bits.val().get_bits::<8>(0);
            }
            if self.lt_target.q.val().get_bit(5) {
                self.alu_threshold_write_enable.next = true;
                self.alu_threshold_write_index.next = self.lt_idx1.q.val();
                self.alu_threshold_write_value.next = self.lt_val32.val();
            }
            if self.lt_target.q.val().get_bit(6) {
                self.alu_code_write_enable.next = true;
                self.alu_code_write_rank.next = self.lt_idx1.q.val();
                self.alu_code_write_code.next = self.lt_bits.val().get_bits::<8>(0);
            }
        }

        // ================= the ALU's inputs (nothing without the ALU) =================
        for u in 0..ALU {
            self.alu[u].in_valid.next = self.alu_in_valid.val();
            self.alu[u].op.next = self.alu_op.val();
            self.alu[u].a.next = self.alu_a.val();
            self.alu[u].b.next = self.alu_b.val();
            self.alu[u].in_tag.next = self.alu_in_tag.val();
            self.alu[u].decode_write_enable.next = self.alu_decode_write_enable.val();
            self.alu[u].decode_write_code.next = self.alu_decode_write_code.val();
            self.alu[u].decode_write_value.next = self.alu_decode_write_value.val();
            self.alu[u].threshold_write_enable.next = self.alu_threshold_write_enable.val();
            self.alu[u].threshold_write_index.next = self.alu_threshold_write_index.val();
            self.alu[u].threshold_write_value.next = self.alu_threshold_write_value.val();
            self.alu[u].code_write_enable.next = self.alu_code_write_enable.val();
            self.alu[u].code_write_rank.next = self.alu_code_write_rank.val();
            self.alu[u].code_write_code.next = self.alu_code_write_code.val();
        }
    }
}

impl<
        const N: usize,
        const WA: usize,
        const AA: usize,
        const CA: usize,
        const PA: usize,
        const QA: usize,
        const ALU: usize,
        const SE: usize,
    > crate::bench::Clocked for QinsAccel<N, WA, AA, CA, PA, QA, ALU, SE>
{
    fn clock_signal(&mut self) -> &mut Signal<In, Clock> {
        &mut self.clock
    }
}
