//! `SinglePortRam`: one address for reads and writes, registered read, "no change" on a
//! write cycle. This is the port shape of the iCE40 UP5K's SB_SPRAM256KA (16 K x 16), so
//! `yosys synth_ice40 -spram` maps it there; elsewhere it maps to block RAM like `RAM`.
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | |
//! | `address` | in | `N` | the word read or written |
//! | `write_enable` | in | 1 | write `write_data` at `address` on the rising edge |
//! | `write_data` | in | `D` | |
//! | `read_data` | out | `D` | `mem[address]` of a cycle without write, one cycle later; unchanged after a write cycle |
//!
//! Latency 1. No power-up contents (the SPRAM has none): unwritten words read 0 in the
//! rust-hdl simulator and X in a Verilog simulator. Use it only where a read and a write never
//! need different addresses in the same cycle (the weight memory: the host writes it while
//! the unit is idle, the tile loader reads it while busy).

use rust_hdl::core::timing::TimingInfo;
use rust_hdl::prelude::*;
use std::collections::BTreeMap;

#[derive(LogicBlock, Default)]
pub struct SinglePortRam<D: Synth, const N: usize> {
    pub clock: Signal<In, Clock>,
    pub address: Signal<In, Bits<N>>,
    pub write_enable: Signal<In, Bit>,
    pub write_data: Signal<In, D>,
    pub read_data: Signal<Out, D>,
    _sim: BTreeMap<Bits<N>, D>,
}

impl<D: Synth, const N: usize> Logic for SinglePortRam<D, N> {
    fn update(&mut self) {
        if self.clock.pos_edge() {
            if self.write_enable.val() {
                self._sim.insert(self.address.val(), self.write_data.val());
            } else {
                self.read_data.next = *self._sim.get(&self.address.val()).unwrap_or(&D::default());
            }
        }
    }

    fn connect(&mut self) {
        self.read_data.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Custom(format!(
            "\
reg[{D}:0] mem[{A}:0];

always @(posedge clock) begin
   if (write_enable) begin
      mem[address] <= write_data;
   end else begin
      read_data <= mem[address];
   end
end
",
            D = D::BITS - 1,
            A = (1usize << N) - 1,
        ))
    }

    fn timing(&self) -> Vec<TimingInfo> {
        vec![TimingInfo {
            name: "spram".into(),
            clock: "clock".into(),
            inputs: vec!["address".into(), "write_data".into(), "write_enable".into()],
            outputs: vec!["read_data".into()],
        }]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::ClockedBench;

    crate::impl_clocked!(SinglePortRam<Bits<8>, 4>);

    #[test]
    fn reads_are_registered_and_a_write_cycle_keeps_the_output() {
        let mut b = ClockedBench::new(SinglePortRam::<Bits<8>, 4>::default());
        for a in 0..16u64 {
            b.uut.address.next = a.into();
            b.uut.write_enable.next = true;
            b.uut.write_data.next = (a * 7 + 1).into();
            b.cycle();
        }
        b.uut.write_enable.next = false;
        b.uut.address.next = 5u64.into();
        b.cycle();
        assert_eq!(b.uut.read_data.val(), Bits::<8>::from(36u64));
        // a write cycle: the output keeps the last read, the word changes
        b.uut.address.next = 9u64.into();
        b.uut.write_enable.next = true;
        b.uut.write_data.next = 0xAAu64.into();
        b.cycle();
        assert_eq!(b.uut.read_data.val(), Bits::<8>::from(36u64));
        b.uut.write_enable.next = false;
        b.cycle();
        assert_eq!(b.uut.read_data.val(), Bits::<8>::from(0xAAu64));
    }
}
