//! `TableLoader<N>`: LOAD_TABLE, one table entry per cycle from the activation memory (16-bit
//! decode values, codes) or the accumulator memory (32-bit thresholds) into the table the
//! command names.
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
//! | `write_valid`, `write_index`, `target` | out | 1, 8, 32 | write entry `write_index` of target `t` (`target` one-hot: bit `t`) |
//! | `value16`, `value32`, `code` | out | 16 s, 32 s, 8 | the entry, as each kind of table takes it |
//! | `finished` | out | 1 | every entry written |
//!
//! An entry is written two cycles after its read. `reading` follows `enabled`; the values
//! follow the read data; every other output is a register.

use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct TableLoader<const N: usize> {
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
    pub write_valid: Signal<Out, Bit>,
    pub write_index: Signal<Out, Bits<8>>,
    pub target: Signal<Out, Bits<32>>,
    pub value16: Signal<Out, Signed<16>>,
    pub value32: Signal<Out, Signed<32>>,
    pub code: Signal<Out, Bits<8>>,
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
    read16: Signal<Local, Signed<16>>,
    read32: Signal<Local, Signed<32>>,
    bits: Signal<Local, Bits<16>>,
    /// 1 (the one-hot target's base)
    unit: Signal<Local, Bits<32>>,
}

impl<const N: usize> Default for TableLoader<N> {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            load: Default::default(),
            command: array_init::array_init(|_| Default::default()),
            enabled: Default::default(),
            lane_shift: Default::default(),
            lane_mask: Default::default(),
            act_read: array_init::array_init(|_| Default::default()),
            acc_read: array_init::array_init(|_| Default::default()),
            reading: Default::default(),
            read_vector: Default::default(),
            write_valid: Default::default(),
            write_index: Default::default(),
            target: Default::default(),
            value16: Default::default(),
            value32: Default::default(),
            code: Default::default(),
            finished: Default::default(),
            index: Default::default(),
            source: Default::default(),
            read_valid: Default::default(),
            read_index: Default::default(),
            read_lane: Default::default(),
            run: Default::default(),
            from_acc: Default::default(),
            last: Default::default(),
            target_hot: Default::default(),
            read16: Default::default(),
            read32: Default::default(),
            bits: Default::default(),
            unit: Default::default(),
        }
    }
}

impl<const N: usize> Logic for TableLoader<N> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, index, source, read_valid, read_index, read_lane, run, from_acc, last,
            target_hot
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
        self.value16.next = self.read16.val();
        self.value32.next = self.read32.val();
        // (assignments are ordered like blocking ones: `bits` after `read16`)
        self.bits.next = unsigned_cast(self.read16.val());
        self.code.next = self.bits.val().get_bits::<8>(0);
        self.write_valid.next = self.read_valid.q.val();
        self.write_index.next = self.read_index.q.val();
        self.target.next = self.target_hot.q.val();
        self.finished.next = !self.run.q.val() & !self.read_valid.q.val();
    }
}
