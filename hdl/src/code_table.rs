//! `CodeTable<T>`: a programmable 256-entry table indexed by a code, one block RAM with a
//! registered read. Two kinds:
//!
//! - [`DecodeTable`] (`T` = 16 signed): code -> signed fixed point, at the array's edges and
//!   in the ALU (DECODE). Powers up holding the default QINS table of the model
//!   (`qins_core::hw::DecodeTable::qins()`, `lambda_m` in Q7.8); an INT8 identity table is
//!   just other contents.
//! - [`LookupTable`] (`T` = 8): code -> code, the ALU's LOOKUP table (the model is
//!   `qins_core::hw::LookupTable`). Powers up holding its identity.
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | |
//! | `read_code` | in | 8 | the code to look up |
//! | `read_value` | out | T | `table[read_code]`, registered: valid one cycle after `read_code` |
//! | `write` | in | [`TableWrite`] of T | write `value` at code `index` on the rising edge |
//!
//! Latency 1 cycle. A write and a read of the same code in one cycle return the old value.

use crate::table_write::TableWrite;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct CodeTable<T: Synth> {
    pub clock: Signal<In, Clock>,
    pub read_code: Signal<In, Bits<8>>,
    pub read_value: Signal<Out, T>,
    pub write: TableWrite<T>,
    memory: RAM<T, 8>,
}

/// Code -> signed fixed point.
pub type DecodeTable = CodeTable<Signed<16>>;
/// Code -> code (ALU LOOKUP).
pub type LookupTable = CodeTable<Bits<8>>;

impl<T: Synth> CodeTable<T> {
    fn holding(entries: impl Iterator<Item = T>) -> Self {
        Self {
            clock: Default::default(),
            read_code: Default::default(),
            read_value: Default::default(),
            write: Default::default(),
            memory: RAM::from(entries),
        }
    }
}

impl DecodeTable {
    /// A table holding `contents` at power-up.
    pub fn with_contents(contents: &qins_core::hw::DecodeTable) -> Self {
        Self::holding(
            contents
                .entries()
                .iter()
                .map(|&v| Signed::<16>::from(v as i64)),
        )
    }
}

impl Default for DecodeTable {
    fn default() -> Self {
        Self::with_contents(&qins_core::hw::DecodeTable::qins())
    }
}

impl LookupTable {
    /// A table holding `contents` at power-up.
    pub fn with_contents(contents: &qins_core::hw::LookupTable) -> Self {
        Self::holding(
            contents
                .entries()
                .iter()
                .map(|&c| Bits::<8>::from(c as u64)),
        )
    }
}

impl Default for LookupTable {
    fn default() -> Self {
        Self::with_contents(&qins_core::hw::LookupTable::identity())
    }
}

impl<T: Synth> Logic for CodeTable<T> {
    #[hdl_gen]
    fn update(&mut self) {
        self.memory.read_clock.next = self.clock.val();
        self.memory.write_clock.next = self.clock.val();
        self.memory.read_address.next = self.read_code.val();
        self.read_value.next = self.memory.read_data.val();
        self.memory.write_address.next = self.write.index.val();
        self.memory.write_data.next = self.write.value.val();
        self.memory.write_enable.next = self.write.enable.val();
    }
}

impl<T: Synth> crate::bench::Clocked for CodeTable<T> {
    fn clock_signal(&mut self) -> &mut Signal<In, Clock> {
        &mut self.clock
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::ClockedBench;
    use qins_core::hw::DecodeTable as Model;

    fn read(b: &mut ClockedBench<DecodeTable>, code: u8) -> i16 {
        b.uut.read_code.next = (code as u64).into();
        b.cycle();
        b.uut
            .read_value
            .val()
            .bigint()
            .try_into()
            .expect("16-bit value")
    }

    #[test]
    fn power_up_contents_equal_the_model_for_all_codes() {
        let mut b = ClockedBench::new(DecodeTable::default());
        let model = Model::qins();
        for code in 0..=255u8 {
            assert_eq!(read(&mut b, code), model.decode(code), "code {code:#04x}");
        }
    }

    #[test]
    fn programmed_int8_table_equals_the_model() {
        let mut b = ClockedBench::new(DecodeTable::default());
        let model = Model::int8_identity();
        for code in 0..=255u8 {
            let value = Signed::<16>::from(model.decode(code) as i64);
            b.uut.write.drive(Some((code, value)));
            b.cycle();
        }
        b.uut.write.drive(None);
        for code in 0..=255u8 {
            assert_eq!(read(&mut b, code), model.decode(code), "code {code:#04x}");
        }
    }
}
