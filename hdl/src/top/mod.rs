//! `QinsAccel`: the accelerator top. A 32-bit memory-mapped host bus, the memories, the edge
//! decode tables, the systolic array, the output stage and the QINS ALU, driven by named
//! engines (one file each in this folder: the bus front end, the host registers, the command
//! queue and its checks, the in-order sequencer, the tile loader, the matmul stream, the
//! accumulator writer, post-processing, the ALU issue and the table writer; see
//! docs/architecture.md). The register map, memory map and command encoding are
//! `qins_core::accel` (also `docs/registers.md`); `qins_core::hw::AccelModel` is the golden
//! model.
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
//! raw bypass (1) -> the array's input register (1) -> array (`2N`) -> accumulator read (1)
//! -> add (1) -> write (with forwarding).
//! LOAD_TILE: weight memory read (1) -> weight decode tables (1) -> N shifts into a bank.
//! POSTPROCESS: accumulator and parameter reads (1) -> `OutputStage` (its `LATENCY`) -> write.
//! ALU: read a, read b (two cycles per element) -> `QinsAlu` (its `LATENCY`) -> write.
//! LOAD_TABLE: one memory read per entry -> the table's write port, one entry per cycle.
//! Requires `N` a power of two, at least 2 (a weight row is `ceil(N / 4)` bus words).

mod accumulator_writer;
mod alu_issue;
mod bus_front_end;
mod command_check;
mod command_queue;
mod matmul_stream;
mod post_process;
mod registers;
mod sequencer;
mod table_writer;
#[cfg(test)]
mod tests;
mod tile_loader;

pub use accumulator_writer::AccumulatorWriter;
pub use alu_issue::AluIssue;
pub use bus_front_end::BusFrontEnd;
pub use command_check::CommandCheck;
pub use command_queue::CommandQueue;
pub use matmul_stream::MatmulStream;
pub use post_process::PostProcess;
pub use registers::HostRegisters;
pub use sequencer::Sequencer;
pub use table_writer::TableWriter;
pub use tile_loader::TileLoader;

use crate::alu::QinsAlu;
use crate::code_table::DecodeTable;
use crate::output_stage::OutputStage;
use crate::spram::SinglePortRam;
use crate::systolic::SystolicArray;
use rust_hdl::prelude::*;

/// The registers' addresses as the RTL uses them, checked against the register map
/// (`qins_core::accel::REGISTERS`) at compile time: `at_reg` (addresses below
/// `REGISTER_COUNT`), the writes (`req_reg_hot` bits 3-7) and the read views (`reg_view[k]`)
/// write these numbers as literals, because `#[hdl_gen]` cannot index with a named constant.
pub(crate) const REGISTER_COUNT: usize = 17;
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

/// `v` as a `B`-bit constant (the engines' configuration constants).
fn bits<const B: usize>(v: u64) -> Bits<B> {
    v.to_bits()
}

/// The top. `N`: array size; `WA`, `AA`, `CA`, `PA`, `QA`: log2 of the weight rows,
/// activation vectors, accumulator vectors, channels and queue depth; `ALU`: 1 with the QINS
/// ALU, 0 without; `SE`: 1 with the output stage's `SerialEncoder` (one column per
/// `SERIAL_INTERVAL` cycles, for FPGA area), 0 with the pipelined `SplitEncoder`; `SP`: 1 when
/// the array's PEs multiply bit-serially (the sequencer issues a MATMUL's vectors one per
/// `SERIAL_PE_INTERVAL` cycles), 0 with one multiplier per PE; `RR`: 1 when
/// the accumulator writer and the bus start their memory reads a cycle early and register
/// the read data (ECP5 timing), 0 when they use the memories' read data directly
/// (`AccumulatorWriter`, `BusFrontEnd`)
/// (`qins_core::accel::AccelConfig`; `crate::configs::accel_of!` names them by a constant).
///
/// The top owns the memories, the tables and the units, and wires the engines to them: each
/// memory port takes the host's request by default and an engine's when that engine uses it
/// (later engines in `update` win; the sequencer never runs two that share a port).
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
    const SP: usize,
    const RR: usize,
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
    weight_tables: Vec<DecodeTable>,
    act_tables: Vec<DecodeTable>,
    array: SystolicArray<N, SP>,
    out_stage: OutputStage<SE, SP>,
    /// `ALU` (0 or 1) ALUs
    alu: Vec<QinsAlu>,
    /// The ALU's operand register, one per ALU: the issuer's `issue`, `a` and `b` a cycle
    /// late, so that no memory read and lane select reaches the ALU's first stage (the 85F's
    /// worst path without it). An element counts as outstanding in the issuer from its
    /// issue, so `idle` and `finished` cover the extra cycle.
    alu_in_valid: Vec<DFF<Bit>>,
    alu_in_a: Vec<DFF<Bits<32>>>,
    alu_in_b: Vec<DFF<Bits<32>>>,
    /// The command's ALU op (held by the sequencer for the whole command), registered
    /// beside the operands: read straight from the sequencer's command register, the op's
    /// select of a multiplier operand was an 85F worst path (routed across the die).
    alu_in_op: Vec<DFF<Bits<4>>>,

    // ---- the engines ----
    bus: BusFrontEnd<N, RR>,
    registers: HostRegisters,
    queue: CommandQueue<QA>,
    check: CommandCheck,
    sequencer: Sequencer<WA, SP>,
    loader: TileLoader<WA>,
    stream: MatmulStream<N, AA, CA>,
    writer: AccumulatorWriter<N, CA, RR>,
    post: PostProcess<N, CA, PA>,
    alu_issue: AluIssue<N>,
    tables: TableWriter<N>,

    // ---- configuration constants ----
    k_n: Constant<Bits<32>>,
    k_has_alu: Constant<Bit>,
    k_queue_depth: Constant<Bits<16>>,
    /// `log2 N` and `N - 1`: an element address's vector and lane
    k_lane_shift: Constant<Bits<8>>,
    k_lane_mask: Constant<Bits<24>>,

    // ---- glue ----
    /// the ALU's outputs (0 without the ALU)
    alu_out_valid: Signal<Local, Bit>,
    alu_result: Signal<Local, Bits<32>>,
    /// activation memory read data as bits (a code's byte is sliced from it)
    act_bits: Vec<Signal<Local, Bits<16>>>,
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
        const SP: usize,
        const RR: usize,
    > QinsAccel<N, WA, AA, CA, PA, QA, ALU, SE, SP, RR>
{
    /// The sequencer's state flip-flops set now (at most 1: the states are one-hot).
    pub fn sequencer_states_set(&self) -> usize {
        self.sequencer.states_set()
    }

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
            bit_serial: SP == 1,
            registered_reads: RR == 1,
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
        const SP: usize,
        const RR: usize,
    > Default for QinsAccel<N, WA, AA, CA, PA, QA, ALU, SE, SP, RR>
{
    fn default() -> Self {
        assert!(
            N >= 2 && N.is_power_of_two() && N <= 64,
            "N must be a power of two in 2..=64"
        );
        assert!(ALU <= 1, "ALU is 0 (no ALU) or 1");
        assert!(
            SP <= 1,
            "SP is 0 (a multiplier per PE) or 1 (bit-serial PEs)"
        );
        assert!(CA <= 24 && AA <= 24 && WA <= 24 && PA <= 15 && QA <= 15);
        let cfg = Self::config("");
        let lanes = |n: usize| -> Vec<Signal<Local, Bits<16>>> {
            (0..n).map(|_| Default::default()).collect()
        };
        block_fields! {
            Self {
                weight_mem: (0..N).map(|_| SinglePortRam::default()).collect(),
                act_mem: (0..N).map(|_| RAM::default()).collect(),
                acc_mem: (0..N).map(|_| RAM::default()).collect(),
                param_scale: RAM::default(),
                param_bias: RAM::default(),
                weight_tables: (0..N).map(|_| DecodeTable::default()).collect(),
                act_tables: (0..N).map(|_| DecodeTable::default()).collect(),
                array: SystolicArray::default(),
                out_stage: OutputStage::default(),
                alu: (0..ALU).map(|_| QinsAlu::default()).collect(),
                alu_in_valid: (0..ALU).map(|_| DFF::default()).collect(),
                alu_in_a: (0..ALU).map(|_| DFF::default()).collect(),
                alu_in_b: (0..ALU).map(|_| DFF::default()).collect(),
                alu_in_op: (0..ALU).map(|_| DFF::default()).collect(),
                bus: BusFrontEnd::new(&cfg),
                registers: HostRegisters::new(&cfg),
                queue: CommandQueue::default(),
                check: CommandCheck::new(&cfg),
                sequencer: Sequencer::default(),
                loader: TileLoader::default(),
                stream: MatmulStream::default(),
                writer: AccumulatorWriter::default(),
                post: PostProcess::default(),
                alu_issue: AluIssue::default(),
                tables: TableWriter::default(),
                k_n: Constant::new((N as u64).to_bits()),
                k_has_alu: Constant::new(ALU == 1),
                k_queue_depth: Constant::new((1u64 << QA).to_bits()),
                k_lane_shift: Constant::new((N.trailing_zeros() as u64).to_bits()),
                k_lane_mask: Constant::new((N as u64 - 1).to_bits()),
                act_bits: lanes(N),
            }
            default { clock, bus_address, bus_write_data, bus_write, bus_read, bus_read_data,
                bus_ready, bus_error, busy, alu_out_valid, alu_result }
            lanes { }
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
        const SP: usize,
        const RR: usize,
    > Logic for QinsAccel<N, WA, AA, CA, PA, QA, ALU, SE, SP, RR>
{
    #[hdl_gen]
    fn update(&mut self) {
        // ================= clocks =================
        for j in 0..N {
            self.weight_mem[j].clock.next = self.clock.val();
            self.act_mem[j].read_clock.next = self.clock.val();
            self.act_mem[j].write_clock.next = self.clock.val();
            self.acc_mem[j].read_clock.next = self.clock.val();
            self.acc_mem[j].write_clock.next = self.clock.val();
            self.weight_tables[j].clock.next = self.clock.val();
            self.act_tables[j].clock.next = self.clock.val();
        }
        self.param_scale.read_clock.next = self.clock.val();
        self.param_scale.write_clock.next = self.clock.val();
        self.param_bias.read_clock.next = self.clock.val();
        self.param_bias.write_clock.next = self.clock.val();
        clock!(self, clock, array, out_stage, bus, registers, queue, check, sequencer);
        clock!(self, clock, loader, stream, writer, post, alu_issue, tables);
        self.alu_out_valid.next = false;
        self.alu_result.next = 0.into();
        for u in 0..ALU {
            self.alu[u].clock.next = self.clock.val();
            self.alu_in_valid[u].clock.next = self.clock.val();
            self.alu_in_a[u].clock.next = self.clock.val();
            self.alu_in_b[u].clock.next = self.clock.val();
            self.alu_in_op[u].clock.next = self.clock.val();
            self.alu_out_valid.next = self.alu[u].out_valid.val();
            self.alu_result.next = self.alu[u].result.val();
        }

        // ================= host bus, registers, queue =================
        self.bus.bus_address.next = self.bus_address.val();
        self.bus.bus_write_data.next = self.bus_write_data.val();
        self.bus.bus_write.next = self.bus_write.val();
        self.bus.bus_read.next = self.bus_read.val();
        self.bus_read_data.next = self.bus.bus_read_data.val();
        self.bus_ready.next = self.bus.bus_ready.val();
        self.bus_error.next = self.bus.bus_error.val();
        self.bus.busy.next = self.sequencer.busy.val();
        self.bus.queue_full.next = self.queue.full.val();
        self.bus.register_read.next = self.registers.read_value.val();
        for j in 0..N {
            self.bus.weight_read[j].next = self.weight_mem[j].read_data.val();
            self.bus.act_read[j].next = self.act_mem[j].read_data.val();
            self.bus.acc_read[j].next = self.acc_mem[j].read_data.val();
        }
        self.registers.write.next = self.bus.register_write.val();
        self.registers.write_hot.next = self.bus.register_hot.val();
        self.registers.write_data.next = self.bus.write_data.val();
        self.registers.push.next = self.bus.push.val();
        self.registers.busy.next = self.sequencer.busy.val();
        self.registers.queue_full.next = self.queue.full.val();
        self.registers.queue_level.next = self.queue.level.val();
        self.registers.matmul_issue.next = self.stream.issued.val();
        self.registers.macs.next = self.stream.macs.val();
        self.registers.command_done.next = self.sequencer.done.val();
        self.registers.barrier.next = self.sequencer.barrier.val();
        self.registers.bus_failed.next = self.bus.failed.val();
        self.registers.bus_failed_code.next = self.bus.failed_code.val();
        self.registers.bus_failed_address.next = self.bus.failed_address.val();
        self.registers.command_failed.next = self.sequencer.failed.val();
        self.registers.command_failed_code.next = self.sequencer.failed_code.val();
        self.registers.read_hot.next = self.bus.read_register_hot.val();
        self.queue.push.next = self.bus.push.val();
        for k in 0..3 {
            self.queue.words[k].next = self.registers.staged[k].val();
        }
        self.queue.words[3].next = self.bus.write_data.val();
        self.check.pushed.next = (bit_cast::<128, 32>(self.bus.write_data.val()) << 96)
            | (bit_cast::<128, 32>(self.registers.staged[2].val()) << 64)
            | (bit_cast::<128, 32>(self.registers.staged[1].val()) << 32)
            | bit_cast::<128, 32>(self.registers.staged[0].val());
        self.queue.verdict.next = self.check.verdict.val();
        self.queue.pop.next = self.sequencer.pop.val();
        self.queue.depth.next = self.k_queue_depth.val();
        self.check.head_verdict.next = self.queue.head_verdict.val();

        // ================= sequencer and engines =================
        self.sequencer.queue_nonempty.next = self.queue.nonempty.val();
        self.sequencer.entry.next = self.queue.head.val();
        self.sequencer.opcode.next = self.check.opcode.val();
        self.sequencer.finish_at_decode.next = self.check.finish_at_decode.val();
        self.sequencer.refusal.next = self.check.refusal.val();
        self.sequencer.array_size.next = self.k_n.val();
        self.sequencer.has_alu.next = self.k_has_alu.val();
        self.sequencer.loader_busy.next = self.loader.busy.val();
        for b in 0..2 {
            self.sequencer.bank_in_use[b].next = self.stream.bank_in_use[b].val();
        }
        self.sequencer.matmul_last.next = self.stream.last.val();
        self.sequencer.matmul_second_last.next = self.stream.second_last.val();
        self.sequencer.idle.next = self.stream.idle.val()
            & self.writer.idle.val()
            & !self.loader.busy.val()
            & self.post.idle.val()
            & self.alu_issue.idle.val()
            & !self.tables.loading.val();
        self.busy.next = self.sequencer.busy.val();
        self.sequencer.post_finished.next = self.post.finished.val();
        self.sequencer.alu_finished.next = self.alu_issue.finished.val();
        self.sequencer.alu_result_valid.next = self.alu_out_valid.val();
        self.sequencer.table_finished.next = self.tables.finished.val();
        for k in 0..4 {
            self.registers.command[k].next = self.sequencer.command[k].val();
            self.stream.command[k].next = self.sequencer.command[k].val();
            self.post.command[k].next = self.sequencer.command[k].val();
            self.alu_issue.command[k].next = self.sequencer.command[k].val();
            self.tables.command[k].next = self.sequencer.command[k].val();
        }
        self.loader.start.next = self.sequencer.tile_start.val();
        self.loader.start_row.next = self.sequencer.tile_start_row.val();
        self.loader.start_bank.next = self.sequencer.tile_start_bank.val();
        self.loader.tile_rows.next = self.k_n.val().get_bits::<8>(0);
        self.stream.load.next = self.sequencer.decoding.val();
        self.stream.array_size.next = self.k_n.val().get_bits::<16>(0);
        self.stream.issue.next = self.sequencer.matmul_issue.val();
        self.stream.array_out_valid.next = self.array.out_valid.val();
        self.stream.array_out_tag.next = self.array.out_tag.val();
        self.writer.array_out_valid.next = self.array.out_valid.val();
        self.writer.array_out_tag.next = self.array.out_tag.val();
        self.writer.array_early_tag.next = self.array.early_tag.val();
        self.post.load.next = self.sequencer.decoding.val();
        self.post.start.next = self.sequencer.post_start.val();
        self.post.array_size.next = self.k_n.val().get_bits::<8>(0);
        self.post.accept_next.next = self.out_stage.accept_next.val();
        self.post.result_valid.next = self.out_stage.out_valid.val();
        self.alu_issue.start.next = self.sequencer.alu_start.val();
        self.alu_issue.active.next = self.sequencer.alu_active.val();
        self.alu_issue.lane_shift.next = self.k_lane_shift.val();
        self.alu_issue.lane_mask.next = self.k_lane_mask.val();
        self.alu_issue.result_valid.next = self.alu_out_valid.val();
        self.tables.load.next = self.sequencer.decoding.val();
        self.tables.enabled.next = self.sequencer.table_enabled.val();
        self.tables.lane_shift.next = self.k_lane_shift.val();
        self.tables.lane_mask.next = self.k_lane_mask.val();
        self.tables.host_write.next = self.bus.write_table.val();
        self.tables.host_index.next = self.bus.address.val().get_bits::<8>(0);
        self.tables.host_data.next = self.bus.write_data.val();
        for j in 0..N {
            self.stream.act_read[j].next = self.act_mem[j].read_data.val();
            self.writer.array_result[j].next = self.array.result[j].val();
            self.writer.acc_read[j].next = self.acc_mem[j].read_data.val();
            self.post.acc_read[j].next = self.acc_mem[j].read_data.val();
            self.alu_issue.act_read[j].next = self.act_mem[j].read_data.val();
            self.alu_issue.acc_read[j].next = self.acc_mem[j].read_data.val();
            self.tables.act_read[j].next = self.act_mem[j].read_data.val();
            self.tables.acc_read[j].next = self.acc_mem[j].read_data.val();
        }

        // ================= memory and table ports: the host's by default =================
        for j in 0..N {
            self.weight_mem[j].address.next = bit_cast::<WA, 24>(self.bus.weight_word.val());
            self.act_mem[j].read_address.next = bit_cast::<AA, 24>(self.bus.act_read_word.val());
            self.act_mem[j].write_address.next = bit_cast::<AA, 24>(self.bus.act_word.val());
            self.acc_mem[j].read_address.next = bit_cast::<CA, 24>(self.bus.acc_read_word.val());
            self.acc_mem[j].write_address.next = bit_cast::<CA, 24>(self.bus.acc_word.val());
            self.acc_mem[j].write_data.next = signed_cast(self.bus.write_data.val());
            self.acc_mem[j].write_enable.next = self.bus.acc_lane_write[j].val();
            self.weight_mem[j].write_data.next = self.bus.weight_lane_data[j].val();
            self.weight_mem[j].write_enable.next = self.bus.weight_lane_write[j].val();
            self.act_mem[j].write_data.next = self.bus.act_lane_data[j].val();
            self.act_mem[j].write_enable.next = self.bus.act_lane_write[j].val();
            self.weight_tables[j].write.enable.next = self.tables.weight_write.enable.val();
            self.weight_tables[j].write.index.next = self.tables.weight_write.index.val();
            self.weight_tables[j].write.value.next = self.tables.weight_write.value.val();
            self.act_tables[j].write.enable.next = self.tables.act_write.enable.val();
            self.act_tables[j].write.index.next = self.tables.act_write.index.val();
            self.act_tables[j].write.value.next = self.tables.act_write.value.val();
            self.weight_tables[j].read_code.next = self.weight_mem[j].read_data.val();
            self.act_bits[j].next = unsigned_cast(self.act_mem[j].read_data.val());
            self.act_tables[j].read_code.next = self.act_bits[j].val().get_bits::<8>(0);
        }
        self.out_stage.threshold_write.enable.next = self.tables.out_threshold_write.enable.val();
        self.out_stage.threshold_write.index.next = self.tables.out_threshold_write.index.val();
        self.out_stage.threshold_write.value.next = self.tables.out_threshold_write.value.val();
        self.out_stage.code_write.enable.next = self.tables.out_code_write.enable.val();
        self.out_stage.code_write.index.next = self.tables.out_code_write.index.val();
        self.out_stage.code_write.value.next = self.tables.out_code_write.value.val();
        self.param_scale.write_address.next = bit_cast::<PA, 24>(self.bus.param_channel.val());
        self.param_scale.write_data.next = self.bus.write_data.val().get_bits::<22>(0);
        self.param_scale.write_enable.next = self.bus.write_scale.val();
        self.param_bias.write_address.next = bit_cast::<PA, 24>(self.bus.param_channel.val());
        self.param_bias.write_data.next = signed_cast(self.bus.write_data.val());
        self.param_bias.write_enable.next = self.bus.write_bias.val();

        // ================= tile loader -> weight memory -> tables -> array =================
        if self.loader.reading.val() {
            for j in 0..N {
                self.weight_mem[j].address.next = self.loader.row.val();
            }
        }
        for j in 0..N {
            self.array.weight_in[j].next = self.weight_tables[j].read_value.val();
        }
        self.array.weight_load.next = self.loader.load.val();
        self.array.weight_load_bank.next = self.loader.load_bank.val();

        // ================= matmul stream -> array -> accumulator writer =================
        if self.sequencer.matmul_issue.val() {
            for j in 0..N {
                self.act_mem[j].read_address.next = self.stream.act_address.val();
            }
        }
        for j in 0..N {
            self.stream.decoded[j].next = self.act_tables[j].read_value.val();
            self.array.act_in[j].next = self.stream.act[j].val();
        }
        self.array.act_valid.next = self.stream.valid.val();
        self.array.act_bank.next = self.stream.tag.val().get_bit(30);
        self.array.in_tag.next = self.stream.tag.val();
        // the writer's read: as the vector leaves the array (RR = 0) or a cycle before (RR = 1)
        for _u in 0..(1 - RR) {
            if self.array.out_valid.val() {
                for j in 0..N {
                    self.acc_mem[j].read_address.next =
                        bit_cast::<CA, 32>(self.array.out_tag.val());
                }
            }
        }
        for _u in 0..RR {
            if self.array.early_valid.val() {
                for j in 0..N {
                    self.acc_mem[j].read_address.next =
                        bit_cast::<CA, 32>(self.array.early_tag.val());
                }
            }
        }
        if self.writer.write_enable.val() {
            for j in 0..N {
                self.acc_mem[j].write_address.next = self.writer.write_address.val();
                self.acc_mem[j].write_data.next = self.writer.write_data[j].val();
                self.acc_mem[j].write_enable.next = true;
            }
        }

        // ================= post-processing -> output stage -> memories =================
        if self.post.issue.val() {
            for j in 0..N {
                self.acc_mem[j].read_address.next = self.post.acc_address.val();
            }
        }
        self.param_scale.read_address.next = self.post.param_address.val();
        self.param_bias.read_address.next = self.post.param_address.val();
        self.out_stage.in_valid.next = self.post.stage_valid.val();
        self.out_stage.in_acc.next = self.post.stage_acc.val();
        self.out_stage.multiplier.next =
            signed_cast(self.param_scale.read_data.val().get_bits::<16>(0));
        self.out_stage.shift.next = self.param_scale.read_data.val().get_bits::<6>(16);
        self.out_stage.bias.next = self.param_bias.read_data.val();
        self.out_stage.encode.next = self.post.encode.val();
        if self.out_stage.out_valid.val() {
            for j in 0..N {
                if self.post.out_lane.val().get_bit(j) {
                    if self.post.encode.val() {
                        self.act_mem[j].write_address.next =
                            bit_cast::<AA, 24>(self.post.out_vector.val());
                        self.act_mem[j].write_data.next = signed_cast(bit_cast::<16, 8>(
                            self.out_stage.out_word.val().get_bits::<8>(0),
                        ));
                        self.act_mem[j].write_enable.next = true;
                    } else {
                        self.acc_mem[j].write_address.next =
                            bit_cast::<CA, 24>(self.post.out_vector.val());
                        self.acc_mem[j].write_data.next =
                            signed_cast(self.out_stage.out_word.val());
                        self.acc_mem[j].write_enable.next = true;
                    }
                }
            }
        }

        // ================= ALU vector op: memories -> ALU -> activation memory =================
        for j in 0..N {
            if self.alu_issue.read_act.val() {
                self.act_mem[j].read_address.next =
                    bit_cast::<AA, 24>(self.alu_issue.read_vector.val());
            }
            if self.alu_issue.read_acc.val() {
                self.acc_mem[j].read_address.next =
                    bit_cast::<CA, 24>(self.alu_issue.read_vector.val());
            }
            if self.alu_out_valid.val() & (self.alu_issue.out_lane.val().index() == j) {
                self.act_mem[j].write_address.next =
                    bit_cast::<AA, 24>(self.alu_issue.out_vector.val());
                self.act_mem[j].write_data.next =
                    signed_cast(self.alu_result.val().get_bits::<16>(0));
                self.act_mem[j].write_enable.next = true;
            }
        }

        // ================= LOAD_TABLE: memories -> the table writer =================
        if self.tables.reading.val() {
            for j in 0..N {
                self.act_mem[j].read_address.next =
                    bit_cast::<AA, 24>(self.tables.read_vector.val());
                self.acc_mem[j].read_address.next =
                    bit_cast::<CA, 24>(self.tables.read_vector.val());
            }
        }
        // ================= the ALU (nothing without it) =================
        for u in 0..ALU {
            self.alu_in_valid[u].d.next = self.alu_issue.issue.val();
            self.alu_in_a[u].d.next = self.alu_issue.a.val();
            self.alu_in_b[u].d.next = self.alu_issue.b.val();
            self.alu[u].in_valid.next = self.alu_in_valid[u].q.val();
            self.alu_in_op[u].d.next = self.sequencer.command[0].val().get_bits::<4>(8);
            self.alu[u].op.next = self.alu_in_op[u].q.val();
            self.alu[u].a.next = self.alu_in_a[u].q.val();
            self.alu[u].b.next = self.alu_in_b[u].q.val();
            self.alu[u].in_tag.next = 0.into();
            self.alu[u].decode_write.enable.next = self.tables.alu_decode_write.enable.val();
            self.alu[u].decode_write.index.next = self.tables.alu_decode_write.index.val();
            self.alu[u].decode_write.value.next = self.tables.alu_decode_write.value.val();
            self.alu[u].threshold_write.enable.next = self.tables.alu_threshold_write.enable.val();
            self.alu[u].threshold_write.index.next = self.tables.alu_threshold_write.index.val();
            self.alu[u].threshold_write.value.next = self.tables.alu_threshold_write.value.val();
            self.alu[u].code_write.enable.next = self.tables.alu_code_write.enable.val();
            self.alu[u].code_write.index.next = self.tables.alu_code_write.index.val();
            self.alu[u].code_write.value.next = self.tables.alu_code_write.value.val();
            self.alu[u].lookup_write.enable.next = self.tables.alu_lookup_write.enable.val();
            self.alu[u].lookup_write.index.next = self.tables.alu_lookup_write.index.val();
            self.alu[u].lookup_write.value.next = self.tables.alu_lookup_write.value.val();
        }
    }
}

crate::impl_clocked!(QinsAccel<const N: usize, const WA: usize, const AA: usize, const CA: usize, const PA: usize, const QA: usize, const ALU: usize, const SE: usize, const SP: usize, const RR: usize>);
