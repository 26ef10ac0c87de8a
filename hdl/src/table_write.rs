//! `TableWrite<T>`: the one write port of every programmable table: the decode tables, the
//! encoders' thresholds and code maps, and the ALU's copies of them.
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `enable` | in | 1 | write on the rising edge |
//! | `index` | in | 8 | the entry: a code, a threshold index (`0..=254`) or a rank |
//! | `value` | in | T | the entry's new contents |
//!
//! [`TableWriteDriver`] is the same port seen from the block that drives it. A block passes
//! its port on to a child's with `TableWrite::<T>::link(&mut self.port, &mut
//! self.child.port)` inside its `update`.

use rust_hdl::prelude::*;

#[derive(LogicInterface, Default)]
pub struct TableWrite<T: Synth> {
    pub enable: Signal<In, Bit>,
    pub index: Signal<In, Bits<8>>,
    pub value: Signal<In, T>,
}

/// The driving side of a [`TableWrite`]: a block that decides a table's writes outputs one.
#[derive(LogicInterface, Default)]
pub struct TableWriteDriver<T: Synth> {
    pub enable: Signal<Out, Bit>,
    pub index: Signal<Out, Bits<8>>,
    pub value: Signal<Out, T>,
}

impl<T: Synth> TableWrite<T> {
    /// Drives the port from a test bench: `Some((index, value))` writes, `None` does not.
    pub fn drive(&mut self, write: Option<(u8, T)>) {
        self.enable.next = write.is_some();
        if let Some((index, value)) = write {
            self.index.next = Bits::<8>::from(index as u64);
            self.value.next = value;
        }
    }
}

/// Drives entry `n` of an encoder's two tables from `table` (threshold `n`, none for 255;
/// the code of rank `n`): a test bench's write of a whole table is this for `n = 0..=255`,
/// a cycle each.
#[cfg(test)]
pub(crate) fn drive_encoder_entry(
    threshold_write: &mut TableWrite<Signed<32>>,
    code_write: &mut TableWrite<Bits<8>>,
    table: &qins_core::hw::ThresholdEncoder,
    n: u8,
) {
    let t = table.thresholds().get(n as usize).copied();
    threshold_write.drive(t.map(|t| (n, Signed::<32>::from(t as i64))));
    let code = Bits::<8>::from(table.code_of_rank()[n as usize] as u64);
    code_write.drive(Some((n, code)));
}
