//! `LookupTable`: the ALU's programmable unary table, 256 x 8 bits, code -> code (ALU op
//! LOOKUP; the model is `qins_core::hw::LookupTable`).
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | |
//! | `read_code` | in | 8 | the operand code |
//! | `read_result` | out | 8 | `table[read_code]`, registered: valid one cycle after `read_code` |
//! | `write` | in | [`TableWrite`] of 8 | write `value` at code `index` on the rising edge |
//!
//! Latency 1 cycle. Powers up holding the contents given to [`LookupTable::with_contents`]
//! (default: the identity). A write and a read of the same code in one cycle return the old
//! entry. Maps to one block RAM (registered read).

use crate::table_write::TableWrite;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct LookupTable {
    pub clock: Signal<In, Clock>,
    pub read_code: Signal<In, Bits<8>>,
    pub read_result: Signal<Out, Bits<8>>,
    pub write: TableWrite<Bits<8>>,
    memory: RAM<Bits<8>, 8>,
}

impl LookupTable {
    /// A table holding `contents` at power-up.
    pub fn with_contents(contents: &qins_core::hw::LookupTable) -> Self {
        let init = contents
            .entries()
            .iter()
            .map(|&c| Bits::<8>::from(c as u64));
        Self {
            clock: Default::default(),
            read_code: Default::default(),
            read_result: Default::default(),
            write: Default::default(),
            memory: RAM::from(init),
        }
    }
}

impl Default for LookupTable {
    fn default() -> Self {
        Self::with_contents(&qins_core::hw::LookupTable::identity())
    }
}

impl Logic for LookupTable {
    #[hdl_gen]
    fn update(&mut self) {
        self.memory.read_clock.next = self.clock.val();
        self.memory.write_clock.next = self.clock.val();
        self.memory.read_address.next = self.read_code.val();
        self.read_result.next = self.memory.read_data.val();
        self.memory.write_address.next = self.write.index.val();
        self.memory.write_data.next = self.write.value.val();
        self.memory.write_enable.next = self.write.enable.val();
    }
}

crate::impl_clocked!(LookupTable);
