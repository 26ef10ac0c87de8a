//! `CommandQueue<QA>`: the `2^QA`-entry command FIFO between the host's CMD3 writes and the
//! sequencer. An entry is the four command words, `c0` in bits 31..0, and their
//! `CommandCheck` verdict (13 bits) beside them.
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | |
//! | `push`, `words[k]`, `verdict` | in | 1, 4 x 32, 13 | append the command and its verdict (never while `full`) |
//! | `pop` | in | 1 | drop the head entry (never while empty) |
//! | `depth` | in | 16 | `2^QA` (a constant of the top) |
//! | `head`, `head_verdict` | out | 128, 13 | the head entry and its verdict: the memory's registered read of the head address, valid the cycle after it settles |
//! | `nonempty`, `full`, `level` | out | 1, 1, 16 | |
//!
//! Every output is a register (or the memory's registered read).

use super::command_check::VERDICT_BITS;
use crate::level_counter::LevelCounter;
use rust_hdl::prelude::*;

/// Bits of a queue entry: the four command words and the verdict.
const ENTRY_BITS: usize = 128 + VERDICT_BITS;

#[derive(LogicBlock, Default)]
pub struct CommandQueue<const QA: usize> {
    pub clock: Signal<In, Clock>,
    pub push: Signal<In, Bit>,
    pub words: [Signal<In, Bits<32>>; 4],
    pub verdict: Signal<In, Bits<VERDICT_BITS>>,
    pub pop: Signal<In, Bit>,
    pub depth: Signal<In, Bits<16>>,
    pub head: Signal<Out, Bits<128>>,
    pub head_verdict: Signal<Out, Bits<VERDICT_BITS>>,
    pub nonempty: Signal<Out, Bit>,
    pub full: Signal<Out, Bit>,
    pub level: Signal<Out, Bits<16>>,
    memory: RAM<Bits<ENTRY_BITS>, QA>,
    head_address: DFF<Bits<QA>>,
    tail_address: DFF<Bits<QA>>,
    count: LevelCounter<16>,
}

impl<const QA: usize> Logic for CommandQueue<QA> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, head_address, tail_address);
        self.memory.read_clock.next = self.clock.val();
        self.memory.write_clock.next = self.clock.val();
        self.count.clock.next = self.clock.val();
        self.memory.write_address.next = self.tail_address.q.val();
        self.memory.write_data.next = (bit_cast::<ENTRY_BITS, VERDICT_BITS>(self.verdict.val())
            << 128)
            | (bit_cast::<ENTRY_BITS, 32>(self.words[3].val()) << 96)
            | (bit_cast::<ENTRY_BITS, 32>(self.words[2].val()) << 64)
            | (bit_cast::<ENTRY_BITS, 32>(self.words[1].val()) << 32)
            | bit_cast::<ENTRY_BITS, 32>(self.words[0].val());
        self.memory.write_enable.next = self.push.val();
        self.memory.read_address.next = self.head_address.q.val();
        if self.push.val() {
            self.tail_address.d.next = self.tail_address.q.val() + 1;
        }
        if self.pop.val() {
            self.head_address.d.next = self.head_address.q.val() + 1;
        }
        self.count.up.next = self.push.val();
        self.count.down.next = self.pop.val();
        self.head.next = self.memory.read_data.val().get_bits::<128>(0);
        self.head_verdict.next = self.memory.read_data.val().get_bits::<VERDICT_BITS>(128);
        self.nonempty.next = self.count.nonzero.val();
        // the level never exceeds the depth (a power of two): full is its top bit
        self.full.next = (self.count.level.val() & self.depth.val()).any();
        self.level.next = self.count.level.val();
    }
}
