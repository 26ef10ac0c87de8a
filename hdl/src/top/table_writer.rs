//! `TableWriter<N>`: every write of the programmable tables, by LOAD_TABLE target number `t`
//! (`qins_core::accel::TableTarget`: 0 weight decode, 1 activation decode, 2 ALU decode, 3
//! output thresholds, 4 output codes, 5 ALU thresholds, 6 ALU codes). The host's writes (bus
//! stage 1) by default; LOAD_TABLE's while it runs (the host's memory and table writes are
//! refused while the unit is busy). LOAD_TABLE writes one entry per cycle from the
//! activation memory (16-bit decode values, codes) or the accumulator memory (32-bit
//! thresholds) into the table the command names.
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | |
//! | `load` | in | 1 | the sequencer decodes a command: take the operands from `command` |
//! | `command` | in | 4 x 32 | the command's words (`c0`..`c3`) |
//! | `enabled` | in | 1 | the sequencer is in the LOAD_TABLE state |
//! | `lane_shift`, `lane_mask` | in | 8, 24 | `log2 N` and `N - 1` (constants of the top) |
//! | `act_read[j]`, `acc_read[j]` | in | N x 16 s, N x 32 s | the memories' read data |
//! | `reading`, `read_vector` | out | 1, 24 | read both memories at this vector now |
//! | `host_write`, `host_index`, `host_data` | in | 8, 8, 32 | the host's write: target `t` one-hot (bit `t`), entry, data |
//! | `weight_write`, `act_write`, `alu_decode_write` | out | [`TableWriteDriver`] of 16 s | targets 0, 1, 2 |
//! | `out_threshold_write`, `alu_threshold_write` | out | [`TableWriteDriver`] of 32 s | targets 3, 5 |
//! | `out_code_write`, `alu_code_write`, `alu_lookup_write` | out | [`TableWriteDriver`] of 8 | targets 4, 6, 7 |
//! | `loading` | out | 1 | a LOAD_TABLE entry is read or about to be written (the unit is not idle) |
//! | `finished` | out | 1 | every LOAD_TABLE entry written |
//!
//! An entry is written three cycles after its read: the read (1), the lane select into the
//! write register (1), the table's write (1). The write register takes the host's writes
//! too, so a host write reaches its table one cycle after the bus delivers it. On the
//! LFE5U-85F the unregistered path (an activation memory's DP16KD read, the lane select,
//! the host/LOAD_TABLE choice, a decode table's write port) was the worst one, 17.5 ns.
//! `reading` follows `enabled`; every other output is a register.

use crate::table_write::TableWriteDriver;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct TableWriter<const N: usize> {
    pub clock: Signal<In, Clock>,
    pub load: Signal<In, Bit>,
    pub command: [Signal<In, Bits<32>>; 4],
    pub enabled: Signal<In, Bit>,
    pub lane_shift: Signal<In, Bits<8>>,
    pub lane_mask: Signal<In, Bits<24>>,
    pub act_read: [Signal<In, Signed<16>>; N],
    pub acc_read: [Signal<In, Signed<32>>; N],
    pub reading: Signal<Out, Bit>,
    pub read_vector: Signal<Out, Bits<24>>,
    pub host_write: Signal<In, Bits<8>>,
    pub host_index: Signal<In, Bits<8>>,
    pub host_data: Signal<In, Bits<32>>,
    pub weight_write: TableWriteDriver<Signed<16>>,
    pub act_write: TableWriteDriver<Signed<16>>,
    pub alu_decode_write: TableWriteDriver<Signed<16>>,
    pub out_threshold_write: TableWriteDriver<Signed<32>>,
    pub out_code_write: TableWriteDriver<Bits<8>>,
    pub alu_threshold_write: TableWriteDriver<Signed<32>>,
    pub alu_code_write: TableWriteDriver<Bits<8>>,
    pub alu_lookup_write: TableWriteDriver<Bits<8>>,
    pub loading: Signal<Out, Bit>,
    pub finished: Signal<Out, Bit>,
    index: DFF<Bits<16>>,
    source: DFF<Bits<24>>,
    /// the entry read last cycle: its index and lane
    read_valid: DFF<Bit>,
    read_index: DFF<Bits<8>>,
    read_lane: DFF<Bits<24>>,
    /// entries left to read (set at decode, cleared after the last one: entry 255, or 254
    /// from the accumulators, which hold 255 thresholds)
    run: DFF<Bit>,
    from_acc: DFF<Bit>,
    /// `index` is the last entry's index
    last: DFF<Bit>,
    /// the target, one-hot (bit t: target t), registered from `c0`
    target_hot: DFF<Bits<32>>,
    /// the write register: the targets written next cycle (one-hot), the entry, the value
    /// as each kind of table takes it, and whether it is LOAD_TABLE's
    write_hot: DFF<Bits<8>>,
    write_entry: DFF<Bits<8>>,
    write16: DFF<Signed<16>>,
    write32: DFF<Signed<32>>,
    write_code: DFF<Bits<8>>,
    write_loaded: DFF<Bit>,
    read16: Signal<Local, Signed<16>>,
    read32: Signal<Local, Signed<32>>,
    bits: Signal<Local, Bits<16>>,
    /// the entry as each kind of table takes it: LOAD_TABLE's, else the host's
    entry: Signal<Local, Bits<8>>,
    value16: Signal<Local, Signed<16>>,
    value32: Signal<Local, Signed<32>>,
    code: Signal<Local, Bits<8>>,
    /// the targets written this cycle, one-hot
    writes: Signal<Local, Bits<8>>,
    /// 1 (the one-hot target's base)
    unit: Signal<Local, Bits<32>>,
}

impl<const N: usize> Default for TableWriter<N> {
    fn default() -> Self {
        block_fields! {
            Self {
            }
            default { clock, load, enabled, lane_shift, lane_mask, reading, read_vector,
                host_write, host_index, host_data, weight_write, act_write, alu_decode_write,
                out_threshold_write, out_code_write, alu_threshold_write, alu_code_write,
                alu_lookup_write, loading, finished, index, source, read_valid, read_index, read_lane, run,
                from_acc, last, target_hot, write_hot, write_entry, write16, write32, write_code,
                write_loaded, read16, read32, bits, entry, value16, value32, code,
                writes, unit }
            lanes { command, act_read, acc_read }
        }
    }
}

impl<const N: usize> Logic for TableWriter<N> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            index,
            source,
            read_valid,
            read_index,
            read_lane,
            run,
            from_acc,
            last,
            target_hot,
            write_hot,
            write_entry,
            write16,
            write32,
            write_code,
            write_loaded
        );
        if self.load.val() {
            self.index.d.next = 0.into();
            self.source.d.next = self.command[1].val().get_bits::<24>(0);
            self.run.d.next = true;
            self.last.d.next = false;
            // the output stage's and the ALU's threshold tables (targets 3, 5) read int32s
            self.from_acc.d.next = (self.command[0].val().get_bits::<8>(8) == 3)
                | (self.command[0].val().get_bits::<8>(8) == 5);
        }
        // (`c0` holds from Decode on; the writes start two cycles later)
        self.unit.next = 1.into();
        self.target_hot.d.next = self.unit.val() << self.command[0].val().get_bits::<8>(8);
        self.reading.next = self.enabled.val() & self.run.q.val();
        self.read_valid.d.next = self.reading.val();
        self.read_index.d.next = self.index.q.val().get_bits::<8>(0);
        self.read_lane.d.next = self.source.q.val() & self.lane_mask.val();
        self.read_vector.next = self.source.q.val() >> self.lane_shift.val();
        if self.reading.val() {
            self.source.d.next = self.source.q.val() + 1;
            self.index.d.next = self.index.q.val() + 1;
            // the entry read now is the last one: `last`, compared a cycle ahead
            self.last.d.next =
                (self.index.q.val() == 254) | (self.from_acc.q.val() & (self.index.q.val() == 253));
            if self.last.q.val() {
                self.run.d.next = false;
            }
        }
        self.read16.next = 0.into();
        self.read32.next = 0.into();
        for j in 0..N {
            if self.read_lane.q.val().index() == j {
                self.read16.next = self.act_read[j].val();
                self.read32.next = self.acc_read[j].val();
            }
        }
        // (assignments are ordered like blocking ones: `bits` after `read16`)
        self.bits.next = unsigned_cast(self.read16.val());
        // the host's write by default, LOAD_TABLE's while it writes
        self.writes.next = self.host_write.val();
        self.entry.next = self.host_index.val();
        self.value16.next = signed_cast(self.host_data.val().get_bits::<16>(0));
        self.value32.next = signed_cast(self.host_data.val());
        self.code.next = self.host_data.val().get_bits::<8>(0);
        if self.read_valid.q.val() {
            self.writes.next = self.target_hot.q.val().get_bits::<8>(0);
            self.entry.next = self.read_index.q.val();
            self.value16.next = self.read16.val();
            self.value32.next = self.read32.val();
            self.code.next = self.bits.val().get_bits::<8>(0);
        }
        self.write_hot.d.next = self.writes.val();
        self.write_entry.d.next = self.entry.val();
        self.write16.d.next = self.value16.val();
        self.write32.d.next = self.value32.val();
        self.write_code.d.next = self.code.val();
        self.write_loaded.d.next = self.read_valid.q.val();
        self.weight_write.enable.next = self.write_hot.q.val().get_bit(0);
        self.act_write.enable.next = self.write_hot.q.val().get_bit(1);
        self.alu_decode_write.enable.next = self.write_hot.q.val().get_bit(2);
        self.out_threshold_write.enable.next = self.write_hot.q.val().get_bit(3);
        self.out_code_write.enable.next = self.write_hot.q.val().get_bit(4);
        self.alu_threshold_write.enable.next = self.write_hot.q.val().get_bit(5);
        self.alu_code_write.enable.next = self.write_hot.q.val().get_bit(6);
        self.alu_lookup_write.enable.next = self.write_hot.q.val().get_bit(7);
        self.weight_write.index.next = self.write_entry.q.val();
        self.act_write.index.next = self.write_entry.q.val();
        self.alu_decode_write.index.next = self.write_entry.q.val();
        self.out_threshold_write.index.next = self.write_entry.q.val();
        self.out_code_write.index.next = self.write_entry.q.val();
        self.alu_threshold_write.index.next = self.write_entry.q.val();
        self.alu_code_write.index.next = self.write_entry.q.val();
        self.alu_lookup_write.index.next = self.write_entry.q.val();
        self.weight_write.value.next = self.write16.q.val();
        self.act_write.value.next = self.write16.q.val();
        self.alu_decode_write.value.next = self.write16.q.val();
        self.out_threshold_write.value.next = self.write32.q.val();
        self.out_code_write.value.next = self.write_code.q.val();
        self.alu_threshold_write.value.next = self.write32.q.val();
        self.alu_code_write.value.next = self.write_code.q.val();
        self.alu_lookup_write.value.next = self.write_code.q.val();
        self.loading.next = self.read_valid.q.val() | self.write_loaded.q.val();
        self.finished.next =
            !self.run.q.val() & !self.read_valid.q.val() & !self.write_loaded.q.val();
    }
}
