//! `HostRegisters`: the register file of the register map (`qins_core::accel::REGISTERS`,
//! `docs/registers.md`): the command staging registers, the counters, BARRIER_ID and the
//! sticky error, and the read select.
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | |
//! | `write`, `write_hot`, `write_data` | in | 1, 32, 32 | a register write (one-hot register select, bit `k`: register `k`) |
//! | `push` | in | 1 | the CMD3 write is queued (CMD_LAST takes it) |
//! | `busy`, `queue_full`, `queue_level` | in | 1, 1, 16 | STATUS's live fields |
//! | `matmul_issue`, `macs` | in | 1, 32 | a MATMUL vector was issued (a cycle ago: `MatmulStream::issued`), and its useful MACs |
//! | `command_done` | in | 1 | a command completed (COMMANDS_DONE) |
//! | `barrier`, `command` | in | 1, 4 x 32 | BARRIER completes: `command[1]` is BARRIER_ID |
//! | `bus_failed`, `bus_failed_code`, `bus_failed_address` | in | 1, 8, 24 | a bus request failed a cycle ago |
//! | `command_failed`, `command_failed_code` | in | 1, 8 | a command failed a cycle ago (`command[0]` is it) |
//! | `read_hot` | in | 32 | the register being read, one-hot |
//! | `read_value` | out | 32 | its value (0 with no bit set) |
//! | `staged[k]` | out | 3 x 32 | CMD0..CMD2 (the queue entry's first words) |
//!
//! CONTROL acts one cycle after its write (registered: the clears fan out to every counter);
//! a counter that counts in the cycle of a clear keeps counting (the clear loses). The first
//! error wins (bus errors before command errors in the same cycle), captured a cycle after
//! the request or command failed, from registers: the error checks and the capture's
//! enables are not one path. Every output but `read_value` is a register.

use super::REGISTER_COUNT;
use qins_core::accel::AccelConfig;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct HostRegisters {
    pub clock: Signal<In, Clock>,
    pub write: Signal<In, Bit>,
    pub write_hot: Signal<In, Bits<32>>,
    pub write_data: Signal<In, Bits<32>>,
    pub push: Signal<In, Bit>,
    pub busy: Signal<In, Bit>,
    pub queue_full: Signal<In, Bit>,
    pub queue_level: Signal<In, Bits<16>>,
    pub matmul_issue: Signal<In, Bit>,
    pub macs: Signal<In, Bits<32>>,
    pub command_done: Signal<In, Bit>,
    pub barrier: Signal<In, Bit>,
    pub command: [Signal<In, Bits<32>>; 4],
    pub bus_failed: Signal<In, Bit>,
    pub bus_failed_code: Signal<In, Bits<8>>,
    pub bus_failed_address: Signal<In, Bits<24>>,
    pub command_failed: Signal<In, Bit>,
    pub command_failed_code: Signal<In, Bits<8>>,
    pub read_hot: Signal<In, Bits<32>>,
    pub read_value: Signal<Out, Bits<32>>,
    pub staged: [Signal<Out, Bits<32>>; 3],
    /// ID register contents ("QINS") and CONFIG
    k_magic: Constant<Bits<32>>,
    k_config: Constant<Bits<32>>,
    /// CONTROL bits written last cycle (acted on this cycle)
    control_pending: DFF<Bits<2>>,
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
    /// one 33-bit add: its top bit is the carry into `macs_hi`
    macs_sum: Signal<Local, Bits<33>>,
    commands_done: DFF<Bits<32>>,
    barrier_id: DFF<Bits<32>>,
    /// register `k`'s read value (`REGISTER_COUNT` of them)
    view: Vec<Signal<Local, Bits<32>>>,
    selected: Signal<Local, Bits<32>>,
}

impl HostRegisters {
    /// The register file of configuration `cfg`.
    pub fn new(cfg: &AccelConfig) -> Self {
        block_fields! {
            Self {
                k_magic: Constant::new((qins_core::accel::ID_VALUE as u64).to_bits()),
                k_config: Constant::new((cfg.config_word() as u64).to_bits()),
                view: (0..REGISTER_COUNT).map(|_| Default::default()).collect(),
            }
            default { clock, write, write_hot, write_data, push, busy, queue_full, queue_level,
                matmul_issue, macs, command_done, barrier, command, bus_failed, bus_failed_code,
                bus_failed_address, command_failed, command_failed_code, read_hot, read_value,
                staged, control_pending, cmd_stage, cmd_last, error, error_code, error_info,
                cycles_lo, cycles_hi, busy_cycles, array_cycles, macs_lo, macs_hi, macs_sum,
                commands_done, barrier_id, selected }
            lanes { }
        }
    }
}

impl Logic for HostRegisters {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, control_pending, cmd_last, barrier_id);
        dff_setup!(self, clock, error, error_code, error_info, commands_done);
        dff_setup!(self, clock, cycles_lo, cycles_hi, busy_cycles, array_cycles);
        dff_setup!(self, clock, macs_lo, macs_hi);
        for k in 0..3 {
            self.cmd_stage[k].clock.next = self.clock.val();
            self.cmd_stage[k].d.next = self.cmd_stage[k].q.val();
            self.staged[k].next = self.cmd_stage[k].q.val();
        }
        // ---- writes (the clears come first: a count in the same cycle wins) ----
        self.control_pending.d.next = 0.into();
        if self.write.val() & self.write_hot.val().get_bit(3) {
            self.control_pending.d.next = self.write_data.val().get_bits::<2>(0);
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
        if self.write.val() {
            for k in 0..3 {
                if self.write_hot.val().get_bit(4 + k) {
                    self.cmd_stage[k].d.next = self.write_data.val();
                }
            }
        }
        if self.push.val() {
            self.cmd_last.d.next = self.write_data.val();
        }
        // ---- counters ----
        self.cycles_lo.d.next = self.cycles_lo.q.val() + 1;
        if self.cycles_lo.q.val().all() {
            self.cycles_hi.d.next = self.cycles_hi.q.val() + 1;
        }
        if self.busy.val() {
            self.busy_cycles.d.next = self.busy_cycles.q.val() + 1;
        }
        self.macs_sum.next =
            bit_cast::<33, 32>(self.macs_lo.q.val()) + bit_cast::<33, 32>(self.macs.val());
        if self.matmul_issue.val() {
            self.array_cycles.d.next = self.array_cycles.q.val() + 1;
            self.macs_lo.d.next = self.macs_sum.val().get_bits::<32>(0);
            if self.macs_sum.val().get_bit(32) {
                self.macs_hi.d.next = self.macs_hi.q.val() + 1;
            }
        }
        if self.command_done.val() {
            self.commands_done.d.next = self.commands_done.q.val() + 1;
        }
        if self.barrier.val() {
            self.barrier_id.d.next = self.command[1].val();
        }
        // ---- the sticky error: the first wins ----
        if !self.error.q.val() {
            if self.bus_failed.val() {
                self.error.d.next = true;
                self.error_code.d.next = self.bus_failed_code.val();
                self.error_info.d.next = bit_cast::<32, 24>(self.bus_failed_address.val());
            } else if self.command_failed.val() {
                self.error.d.next = true;
                self.error_code.d.next = self.command_failed_code.val();
                // c0 still holds the failed command (Fetch reloads it a cycle later at the earliest)
                self.error_info.d.next = self.command[0].val();
            }
        }
        // ---- reads: the registers' values by address (CONTROL, write-only, reads 0) ----
        self.view[0].next = self.k_magic.val();
        self.view[1].next = self.k_config.val();
        self.view[2].next = bit_cast::<32, 1>(self.busy.val().into())
            | (bit_cast::<32, 1>(self.error.q.val().into()) << 1)
            | (bit_cast::<32, 1>(self.queue_full.val().into()) << 2)
            | (bit_cast::<32, 8>(self.error_code.q.val()) << 8)
            | (bit_cast::<32, 16>(self.queue_level.val()) << 16);
        self.view[3].next = 0.into();
        self.view[4].next = self.cmd_stage[0].q.val();
        self.view[5].next = self.cmd_stage[1].q.val();
        self.view[6].next = self.cmd_stage[2].q.val();
        self.view[7].next = self.cmd_last.q.val();
        self.view[8].next = self.cycles_lo.q.val();
        self.view[9].next = self.cycles_hi.q.val();
        self.view[10].next = self.busy_cycles.q.val();
        self.view[11].next = self.array_cycles.q.val();
        self.view[12].next = self.macs_lo.q.val();
        self.view[13].next = self.macs_hi.q.val();
        self.view[14].next = self.commands_done.q.val();
        self.view[15].next = self.barrier_id.q.val();
        self.view[16].next = self.error_info.q.val();
        // an AND-OR over the one-hot select (shallower than a 17-way binary multiplexer)
        self.selected.next = 0.into();
        for k in 0..REGISTER_COUNT {
            if self.read_hot.val().get_bit(k) {
                self.selected.next = self.selected.val() | self.view[k].val();
            }
        }
        self.read_value.next = self.selected.val();
    }
}
