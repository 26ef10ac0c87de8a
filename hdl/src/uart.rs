//! `UartRx` and `UartTx`: 8N1 serial receiver and transmitter (start bit, 8 data bits LSB
//! first, stop bit; idle high), `clocks_per_bit` clocks per bit, fixed at construction
//! (a `Constant` in the Verilog). The line format is `qins_core::link`'s.
//!
//! `UartRx`:
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | |
//! | `serial_in` | in | 1 | the serial line (asynchronous: a 2-flop synchronizer first) |
//! | `data` | out | 8 | the last byte received, held until the next one |
//! | `valid` | out | 1 | one-cycle pulse: `data` is a new byte |
//! | `frame_error` | out | 1 | one-cycle pulse: a byte's stop bit was low; the byte is dropped and the receiver waits for the line to go high |
//!
//! Timing: the start bit's falling edge is seen 2-3 clocks late (synchronizer); the receiver
//! checks the start bit `clocks_per_bit / 2` clocks after the edge (a glitch shorter than
//! that is ignored), then samples each data bit and the stop bit `clocks_per_bit` clocks
//! apart, in the middle of each bit. `valid` pulses about `9.5 * clocks_per_bit + 3` clocks
//! after the start edge, in the middle of the stop bit, so back-to-back bytes are received
//! (the next start edge is watched from then on). Tolerates a baud mismatch of a few percent.
//! At power-up and after a framing error (a break) the receiver waits for a high line.
//!
//! `UartTx`:
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | |
//! | `data` | in | 8 | the byte to send, sampled with `start` |
//! | `start` | in | 1 | send `data` (ignored while `busy`) |
//! | `busy` | out | 1 | a byte is being sent: high from the cycle after `start` for `10 * clocks_per_bit` cycles |
//! | `serial_out` | out | 1 | the serial line, registered (glitch-free), idle high |
//!
//! Back to back: `start` in the first cycle `busy` is low again gives a gapless stream.
//! `clocks_per_bit` must be 4..=65535.

use rust_hdl::prelude::*;

/// The receiver's states (the first is the power-up state).
#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum RxState {
    WaitHigh,
    Idle,
    Start,
    Data,
    Stop,
}

/// The 8N1 receiver (see the module doc).
#[derive(LogicBlock)]
pub struct UartRx {
    pub clock: Signal<In, Clock>,
    pub serial_in: Signal<In, Bit>,
    pub data: Signal<Out, Bits<8>>,
    pub valid: Signal<Out, Bit>,
    pub frame_error: Signal<Out, Bit>,
    sync1: DFF<Bit>,
    sync2: DFF<Bit>,
    state: DFF<RxState>,
    timer: DFF<Bits<16>>,
    /// Data bits received so far.
    nbits: DFF<Bits<4>>,
    shift: DFF<Bits<8>>,
    out_data: DFF<Bits<8>>,
    out_valid: DFF<Bit>,
    out_error: DFF<Bit>,
    /// `clocks_per_bit / 2 - 1`: clocks from the seen edge to the start bit's middle, less 1.
    k_half: Constant<Bits<16>>,
    /// `clocks_per_bit - 1`.
    k_full: Constant<Bits<16>>,
}

fn check_cpb(clocks_per_bit: u32) {
    assert!(
        (4..=65535).contains(&clocks_per_bit),
        "clocks_per_bit must be 4..=65535, not {clocks_per_bit}"
    );
}

impl UartRx {
    pub fn new(clocks_per_bit: u32) -> Self {
        check_cpb(clocks_per_bit);
        Self {
            clock: Default::default(),
            serial_in: Default::default(),
            data: Default::default(),
            valid: Default::default(),
            frame_error: Default::default(),
            sync1: Default::default(),
            sync2: Default::default(),
            state: Default::default(),
            timer: Default::default(),
            nbits: Default::default(),
            shift: Default::default(),
            out_data: Default::default(),
            out_valid: Default::default(),
            out_error: Default::default(),
            k_half: Constant::new(bits((clocks_per_bit / 2 - 1) as u64)),
            k_full: Constant::new(bits((clocks_per_bit - 1) as u64)),
        }
    }
}

impl Logic for UartRx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, sync1, sync2, state, timer, nbits, shift, out_data, out_valid, out_error
        );
        self.sync1.d.next = self.serial_in.val();
        self.sync2.d.next = self.sync1.q.val();
        self.out_valid.d.next = false;
        self.out_error.d.next = false;
        self.data.next = self.out_data.q.val();
        self.valid.next = self.out_valid.q.val();
        self.frame_error.next = self.out_error.q.val();
        match self.state.q.val() {
            RxState::WaitHigh => {
                if self.sync2.q.val() {
                    self.state.d.next = RxState::Idle;
                }
            }
            RxState::Idle => {
                if !self.sync2.q.val() {
                    self.timer.d.next = 0.into();
                    self.state.d.next = RxState::Start;
                }
            }
            RxState::Start => {
                if self.timer.q.val() == self.k_half.val() {
                    self.timer.d.next = 0.into();
                    self.nbits.d.next = 0.into();
                    if self.sync2.q.val() {
                        self.state.d.next = RxState::Idle;
                    } else {
                        self.state.d.next = RxState::Data;
                    }
                } else {
                    self.timer.d.next = self.timer.q.val() + 1;
                }
            }
            RxState::Data => {
                if self.timer.q.val() == self.k_full.val() {
                    self.timer.d.next = 0.into();
                    if self.sync2.q.val() {
                        self.shift.d.next = (self.shift.q.val() >> 1) | 0x80;
                    } else {
                        self.shift.d.next = self.shift.q.val() >> 1;
                    }
                    if self.nbits.q.val() == 7 {
                        self.state.d.next = RxState::Stop;
                    } else {
                        self.nbits.d.next = self.nbits.q.val() + 1;
                    }
                } else {
                    self.timer.d.next = self.timer.q.val() + 1;
                }
            }
            RxState::Stop => {
                if self.timer.q.val() == self.k_full.val() {
                    self.timer.d.next = 0.into();
                    if self.sync2.q.val() {
                        self.out_data.d.next = self.shift.q.val();
                        self.out_valid.d.next = true;
                        self.state.d.next = RxState::Idle;
                    } else {
                        self.out_error.d.next = true;
                        self.state.d.next = RxState::WaitHigh;
                    }
                } else {
                    self.timer.d.next = self.timer.q.val() + 1;
                }
            }
            _ => {
                self.state.d.next = RxState::WaitHigh;
            }
        }
    }
}

crate::impl_clocked!(UartRx);

/// The 8N1 transmitter (see the module doc).
#[derive(LogicBlock)]
pub struct UartTx {
    pub clock: Signal<In, Clock>,
    pub data: Signal<In, Bits<8>>,
    pub start: Signal<In, Bit>,
    pub busy: Signal<Out, Bit>,
    pub serial_out: Signal<Out, Bit>,
    active: DFF<Bit>,
    /// Bits still to send after the current one's period ends.
    left: DFF<Bits<4>>,
    timer: DFF<Bits<16>>,
    /// The frame still to send, LSB next: data then the stop bit (1).
    shift: DFF<Bits<9>>,
    /// The line, inverted so the power-up value 0 is the idle level.
    line_n: DFF<Bit>,
    k_full: Constant<Bits<16>>,
}

impl UartTx {
    pub fn new(clocks_per_bit: u32) -> Self {
        check_cpb(clocks_per_bit);
        Self {
            clock: Default::default(),
            data: Default::default(),
            start: Default::default(),
            busy: Default::default(),
            serial_out: Default::default(),
            active: Default::default(),
            left: Default::default(),
            timer: Default::default(),
            shift: Default::default(),
            line_n: Default::default(),
            k_full: Constant::new(bits((clocks_per_bit - 1) as u64)),
        }
    }
}

impl Logic for UartTx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, active, left, timer, shift, line_n);
        self.busy.next = self.active.q.val();
        self.serial_out.next = !self.line_n.q.val();
        if !self.active.q.val() {
            if self.start.val() {
                // start bit now; then 8 data bits and the stop bit
                self.active.d.next = true;
                self.line_n.d.next = true;
                self.shift.d.next = bit_cast::<9, 8>(self.data.val()) | 0x100;
                self.left.d.next = 9.into();
                self.timer.d.next = 0.into();
            }
        } else if self.timer.q.val() == self.k_full.val() {
            self.timer.d.next = 0.into();
            if self.left.q.val() == 0 {
                self.active.d.next = false;
                self.line_n.d.next = false;
            } else {
                self.line_n.d.next = !self.shift.q.val().get_bit(0);
                self.shift.d.next = self.shift.q.val() >> 1;
                self.left.d.next = self.left.q.val() - 1;
            }
        } else {
            self.timer.d.next = self.timer.q.val() + 1;
        }
    }
}

crate::impl_clocked!(UartTx);

/// Test helpers shared with `host_link/`: an 8N1 line driven and sampled from Rust.
#[cfg(test)]
pub(crate) mod line {
    /// The levels of `bytes` on an 8N1 line, one per clock, `cpb` clocks per bit, with
    /// `gap` idle clocks after each byte.
    pub fn serialize(bytes: &[u8], cpb: usize, gap: usize) -> Vec<bool> {
        let mut v = Vec::new();
        for &b in bytes {
            let mut bits = vec![false];
            bits.extend((0..8).map(|i| b >> i & 1 == 1));
            bits.push(true);
            for bit in bits {
                v.extend(std::iter::repeat_n(bit, cpb));
            }
            v.extend(std::iter::repeat_n(true, gap));
        }
        v
    }

    /// Decodes an 8N1 line sampled once per clock; panics on a framing error or a bit that
    /// is not exactly `cpb` clocks long (the transmitter's timing is exact).
    pub fn deserialize(levels: &[bool], cpb: usize) -> Vec<u8> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < levels.len() {
            if levels[i] {
                i += 1;
                continue;
            }
            if i + 10 * cpb > levels.len() {
                panic!("a byte cut off at the end of the trace (clock {i})");
            }
            let mut b = 0u8;
            for bit in 0..10 {
                let seg = &levels[i + bit * cpb..i + (bit + 1) * cpb];
                assert!(
                    seg.iter().all(|&l| l == seg[0]),
                    "bit {bit} of the byte starting at clock {i} is not {cpb} clocks long"
                );
                match bit {
                    0 => assert!(!seg[0]),
                    9 => assert!(seg[0], "stop bit low at clock {i}"),
                    _ => b |= (seg[0] as u8) << (bit - 1),
                }
            }
            out.push(b);
            i += 10 * cpb;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::ClockedBench;
    use qins_core::rng::SplitMix64;

    fn receive(cpb: u32, levels: &[bool]) -> (Vec<u8>, usize) {
        let mut b = ClockedBench::new(UartRx::new(cpb));
        let (mut got, mut errors) = (Vec::new(), 0);
        for &l in levels {
            b.uut.serial_in.next = l;
            b.cycle();
            if b.uut.valid.val() {
                got.push(b.uut.data.val().index() as u8);
            }
            errors += b.uut.frame_error.val() as usize;
        }
        (got, errors)
    }

    #[test]
    fn receiver_decodes_back_to_back_and_spaced_bytes() {
        let mut rng = SplitMix64::new(1);
        let bytes: Vec<u8> = (0..24).map(|_| rng.next_u64() as u8).collect();
        for (cpb, gap) in [(4usize, 0usize), (7, 3), (16, 0)] {
            let mut levels = vec![true; 8];
            levels.extend(super::line::serialize(&bytes, cpb, gap));
            levels.extend(vec![true; 2 * cpb]);
            let (got, errors) = receive(cpb as u32, &levels);
            assert_eq!(got, bytes, "cpb {cpb} gap {gap}");
            assert_eq!(errors, 0);
        }
    }

    #[test]
    fn receiver_tolerates_a_slow_sender_and_recovers_from_a_break_and_glitches() {
        // a sender 4 % slow (25 clocks per bit against 24)
        let bytes = [0x55u8, 0x00, 0xFF, 0xA5];
        let mut levels = vec![true; 4];
        levels.extend(super::line::serialize(&bytes, 25, 0));
        // a break (line low for 30 bit times): one framing error, no byte
        levels.extend(vec![false; 24 * 30]);
        levels.extend(vec![true; 24 * 2]);
        // a glitch shorter than half a bit: ignored
        levels.extend(vec![false; 5]);
        levels.extend(vec![true; 24 * 2]);
        levels.extend(super::line::serialize(&[0x3C], 24, 24));
        let (got, errors) = receive(24, &levels);
        assert_eq!(got, [0x55, 0x00, 0xFF, 0xA5, 0x3C]);
        assert_eq!(errors, 1);
    }

    #[test]
    fn transmitter_sends_exact_bit_times_back_to_back() {
        let cpb = 5usize;
        let mut b = ClockedBench::new(UartTx::new(cpb as u32));
        let bytes = [0xA5u8, 0x00, 0xFF, 0x5A, 0x81];
        let mut levels = Vec::new();
        let mut next = 0;
        let mut busy_cycles = 0;
        for _ in 0..(bytes.len() * 10 * cpb + 20) {
            let start = next < bytes.len() && !b.uut.busy.val();
            b.uut.start.next = start;
            if start {
                b.uut.data.next = (bytes[next] as u64).into();
                next += 1;
            }
            b.cycle();
            busy_cycles += b.uut.busy.val() as usize;
            levels.push(b.uut.serial_out.val());
        }
        assert!(
            levels[0..1].iter().all(|&l| !l),
            "start bit right after start"
        );
        assert_eq!(super::line::deserialize(&levels, cpb), bytes);
        assert_eq!(busy_cycles, bytes.len() * 10 * cpb);
        // gapless: exactly 10 * cpb clocks per byte
        let first_high_run = levels.iter().rposition(|&l| !l).unwrap();
        assert!(first_high_run < bytes.len() * 10 * cpb);
    }

    #[test]
    fn loopback_through_both_at_the_minimum_clocks_per_bit() {
        let cpb = 4;
        let mut tx = ClockedBench::new(UartTx::new(cpb));
        let mut rx = ClockedBench::new(UartRx::new(cpb));
        let bytes: Vec<u8> = (0..=255u8).step_by(7).collect();
        let (mut next, mut got) = (0, Vec::new());
        // the receiver powers up waiting for a high line: start after it has seen one
        for c in 0..(bytes.len() * 10 * cpb as usize + 60) {
            let start = c >= 4 && next < bytes.len() && !tx.uut.busy.val();
            tx.uut.start.next = start;
            if start {
                tx.uut.data.next = (bytes[next] as u64).into();
                next += 1;
            }
            tx.cycle();
            rx.uut.serial_in.next = tx.uut.serial_out.val();
            rx.cycle();
            if rx.uut.valid.val() {
                got.push(rx.uut.data.val().index() as u8);
            }
        }
        assert_eq!(got, bytes);
    }
}
