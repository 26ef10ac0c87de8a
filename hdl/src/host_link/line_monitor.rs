//! `LineMonitor`: the receive line's idle timer and byte counter. Clocks since the last
//! received byte (saturating at `timeout_clocks`), and bytes received since the last
//! response (saturating at 65535: the data of a Timeout or drain error response).
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | |
//! | `byte_valid` | in | 1 | a byte is received this cycle (the frame receiver's registered `rx_valid`) |
//! | `restart` | in | 1 | a response starts: the count restarts, at 1 with a `byte_valid` in this cycle, else at 0 |
//! | `timeout` | out | 1 | the line has been idle for `timeout_clocks + 1` clocks: the registered compare, low in a cycle with a `byte_valid` |
//! | `bytes_received` | out | 16 | bytes since the last `restart` (register; a byte counts from the next cycle on) |
//!
//! `timeout` is the only output that is not a register: `idle_done & !byte_valid`, one gate.

use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct LineMonitor {
    pub clock: Signal<In, Clock>,
    pub byte_valid: Signal<In, Bit>,
    pub restart: Signal<In, Bit>,
    pub timeout: Signal<Out, Bit>,
    pub bytes_received: Signal<Out, Bits<16>>,
    /// Clocks since the last received byte (saturating at `k_timeout`).
    idle: DFF<Bits<24>>,
    /// `idle` reached `k_timeout` (one cycle late; cleared by a byte).
    idle_done: DFF<Bit>,
    /// Bytes received since the last response (saturating).
    received: DFF<Bits<16>>,
    k_timeout: Constant<Bits<24>>,
}

impl LineMonitor {
    /// A monitor whose timeout is `timeout_clocks` (1..2^24) clocks.
    pub fn new(timeout_clocks: u32) -> Self {
        assert!(
            (1..1 << 24).contains(&timeout_clocks),
            "timeout_clocks must fit 24 bits"
        );
        Self {
            clock: Default::default(),
            byte_valid: Default::default(),
            restart: Default::default(),
            timeout: Default::default(),
            bytes_received: Default::default(),
            idle: Default::default(),
            idle_done: Default::default(),
            received: Default::default(),
            k_timeout: Constant::new(bits(timeout_clocks as u64)),
        }
    }
}

impl Logic for LineMonitor {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, idle, idle_done, received);
        self.idle_done.d.next = false;
        if self.byte_valid.val() {
            self.idle.d.next = 0.into();
            if self.received.q.val() != 0xFFFF {
                self.received.d.next = self.received.q.val() + 1;
            }
        } else if self.idle.q.val() != self.k_timeout.val() {
            self.idle.d.next = self.idle.q.val() + 1;
        } else {
            self.idle_done.d.next = true;
        }
        if self.restart.val() {
            if self.byte_valid.val() {
                self.received.d.next = 1.into();
            } else {
                self.received.d.next = 0.into();
            }
        }
        self.timeout.next = self.idle_done.q.val() & !self.byte_valid.val();
        self.bytes_received.next = self.received.q.val();
    }
}
