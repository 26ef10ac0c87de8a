use super::*;
use crate::bench::ClockedBench;
use qins_core::accel::{reg, AccelConfig, Region, ID_VALUE};
use qins_core::hw::AccelModel;
use qins_core::link::{LinkEngine, LinkStatus, Request, Response, RESPONSE_BYTES};
use qins_core::rng::SplitMix64;
use qins_host::driver::Bus;

const TIMEOUT: u32 = 60;
/// Clocks the emulated transmitter is busy per byte.
const TX_CLOCKS: usize = 3;
/// Clocks between received bytes.
const GAP: usize = 4;

/// The engine with an emulated UART on each side and an `AccelModel` answering its bus
/// exactly 2 cycles after each strobe (or never, with `mute`).
struct Harness {
    b: ClockedBench<HostLink>,
    bus: AccelModel,
    mute: bool,
    sent: Vec<u8>,
    tx_left: usize,
    /// Answers due: (cycle, error, data).
    answers: Vec<(u64, bool, u32)>,
    strobes: u64,
}

impl Harness {
    fn new() -> Self {
        Self {
            b: ClockedBench::new(HostLink::new(TIMEOUT)),
            bus: AccelModel::new(AccelConfig::UP5K),
            mute: false,
            sent: vec![],
            tx_left: 0,
            answers: vec![],
            strobes: 0,
        }
    }

    /// One clock with `rx` (a byte with its valid pulse) as input.
    fn clock(&mut self, rx: Option<u8>) {
        let t = self.b.cycles;
        let u = &mut self.b.uut;
        u.rx_valid.next = rx.is_some();
        u.rx_data.next = (rx.unwrap_or(0) as u64).into();
        u.tx_busy.next = self.tx_left > 0;
        let due = self.answers.iter().position(|a| a.0 == t);
        let ans = due.map(|i| self.answers.remove(i));
        u.bus_ready.next = ans.is_some();
        u.bus_error.next = ans.is_some_and(|a| a.1);
        u.bus_read_data.next = (ans.map_or(0, |a| a.2) as u64).into();
        self.b.settle();
        let u = &self.b.uut;
        self.tx_left = self.tx_left.saturating_sub(1);
        if u.tx_start.val() {
            assert_eq!(self.tx_left, 0, "tx_start while the transmitter is busy");
            self.sent.push(u.tx_data.val().to_u32() as u8);
            self.tx_left = TX_CLOCKS;
        }
        let (w, r) = (u.bus_write.val(), u.bus_read.val());
        assert!(!(w && r));
        if w || r {
            self.strobes += 1;
            let a = u.bus_address.val().to_u32();
            let res = if w {
                self.bus
                    .write_word(a, u.bus_write_data.val().to_u32())
                    .map(|_| 0)
            } else {
                self.bus.read_word(a)
            };
            if !self.mute {
                self.answers.push((t + 2, res.is_err(), res.unwrap_or(0)));
            }
        }
        self.b.cycle();
    }

    fn send(&mut self, bytes: &[u8]) {
        for &x in bytes {
            self.clock(Some(x));
            for _ in 1..GAP {
                self.clock(None);
            }
        }
    }

    /// Runs until the engine is back to hunting with the transmitter idle (at most
    /// `limit` clocks).
    fn settle(&mut self, limit: usize) {
        for _ in 0..limit {
            self.clock(None);
            if !self.b.uut.active.val() && self.tx_left == 0 {
                return;
            }
        }
        panic!("the engine did not return to hunting in {limit} clocks");
    }
}

/// Feeds the same chunks to the hardware and the model; `true` after a chunk means the
/// line then goes idle past the timeout. Returns (hardware bytes, model bytes).
fn run(h: &mut Harness, chunks: &[(Vec<u8>, bool)]) -> (Vec<u8>, Vec<u8>) {
    let mut model = LinkEngine::new();
    let mut bus = AccelModel::new(AccelConfig::UP5K);
    let mut want = Vec::new();
    for (bytes, idle) in chunks {
        h.send(bytes);
        for &x in bytes {
            if let Some(r) = model.byte(x, &mut bus) {
                want.extend(r.to_bytes());
            }
        }
        if *idle {
            if let Some(r) = model.idle() {
                want.extend(r.to_bytes());
            }
            for _ in 0..TIMEOUT + 2 {
                h.clock(None);
            }
        }
        h.settle(2000);
    }
    (std::mem::take(&mut h.sent), want)
}

fn frame(r: Request) -> Vec<u8> {
    r.encode().unwrap()
}

#[test]
fn good_frames_match_the_model_byte_for_byte() {
    let a = Region::ActMemory.base();
    let c = Region::AccMemory.base();
    let burst: Vec<u32> = (0..64)
        .map(|i| 0x0101_0101u32.wrapping_mul(i) ^ 0xA5A5)
        .collect();
    let chunks = vec![
        (frame(Request::status(1)), false),
        (frame(Request::read(2, reg::ID)), false),
        (frame(Request::write(3, a + 5, 0xDEAD_BEEF)), false),
        (frame(Request::read(4, a + 5)), false),
        (frame(Request::burst(5, c, &burst)), false),
        (frame(Request::read(6, c + 63)), false),
        (frame(Request::read(7, c + 17)), false),
        // refused: read of write-only CONTROL, write to read-only ID, a burst running off
        // the end of the activation memory
        (frame(Request::read(8, reg::CONTROL)), false),
        (frame(Request::write(9, reg::ID, 1)), false),
        (frame(Request::burst(10, a + 255, &[1, 2, 3])), false),
        // the same write tag again: answered, not executed
        (frame(Request::write(11, a, 0x11)), false),
        (frame(Request::write(11, a, 0x22)), false),
        (frame(Request::read(12, a)), false),
        (frame(Request::status(13)), false),
    ];
    let mut h = Harness::new();
    let (got, want) = run(&mut h, &chunks);
    assert_eq!(got.len(), chunks.len() * RESPONSE_BYTES);
    assert_eq!(got, want);
    let r = |i: usize| Response::parse(&got[i * 10..i * 10 + 10]).unwrap();
    assert_eq!(r(1).data, ID_VALUE);
    assert_eq!(r(3).data, 0xDEAD_BEEF);
    assert_eq!(r(5).data, burst[63]);
    assert_eq!(r(7).status, LinkStatus::BusError);
    assert_eq!(r(8).status, LinkStatus::BusError);
    assert_eq!((r(9).status, r(9).data), (LinkStatus::BusError, 1));
    assert_eq!(r(12).data, 0x11, "the resent write was not executed");
    assert_eq!(h.bus.bus_read(a + 5).unwrap(), 0xDEAD_BEEF);
}

#[test]
fn corrupted_frames_get_the_models_error_responses_and_the_link_recovers() {
    let a = Region::ActMemory.base();
    let mut rng = SplitMix64::new(66);
    let good = frame(Request::write(1, a, 0x1234_5678));
    let mut flipped_crc = good.clone();
    *flipped_crc.last_mut().unwrap() ^= 0x20;
    let mut flipped_payload = frame(Request::burst(2, a, &[1, 2, 3, 4]));
    flipped_payload[9] ^= 0x01;
    let garbage: Vec<u8> = (0..23).map(|_| rng.next_u64() as u8).collect();
    let chunks = vec![
        (flipped_crc, true),
        (frame(Request::read(3, a)), false),
        (good[..8].to_vec(), true), // truncated
        (frame(Request::read(4, a)), false),
        (flipped_payload, true),
        (vec![0xA5, 0x09, 1, 2, 3, 4, 5, 6, 7], true), // wrong opcode
        (vec![0xA5, 0x03, 1, 0, 0, 0x20, 0, 0xAA], true), // burst count 0
        (garbage, true),
        (vec![0x00], true),
        (frame(Request::write(5, a + 1, 77)), false),
        (frame(Request::read(6, a + 1)), false),
        (frame(Request::status(7)), false),
    ];
    let mut h = Harness::new();
    let (got, want) = run(&mut h, &chunks);
    assert_eq!(got, want);
    let statuses: Vec<LinkStatus> = got
        .chunks(RESPONSE_BYTES)
        .map(|f| Response::parse(f).unwrap().status)
        .collect();
    use LinkStatus::*;
    assert_eq!(&statuses[..5], &[BadCrc, Ok, Timeout, Ok, BadCrc]);
    assert!(statuses[5..].contains(&BadOpcode) && statuses[5..].contains(&BadLength));
    assert_eq!(&statuses[statuses.len() - 3..], &[Ok, Ok, Ok]);
    let last = Response::parse(&got[got.len() - 20..got.len() - 10]).unwrap();
    assert_eq!(last.data, 77);
}

#[test]
fn random_garbage_then_a_frame_always_recovers() {
    let mut rng = SplitMix64::new(7);
    let mut chunks = Vec::new();
    for i in 0..12u8 {
        let n = 1 + rng.below(12) as usize;
        chunks.push(((0..n).map(|_| rng.next_u64() as u8).collect(), true));
        chunks.push((frame(Request::read(i, reg::ID)), false));
    }
    let mut h = Harness::new();
    let (got, want) = run(&mut h, &chunks);
    assert_eq!(got, want);
    let last = Response::parse(&got[got.len() - 10..]).unwrap();
    assert_eq!((last.status, last.data), (LinkStatus::Ok, ID_VALUE));
}

#[test]
fn a_bus_that_never_answers_gives_no_answer() {
    let mut h = Harness::new();
    h.mute = true;
    h.send(&frame(Request::read(9, reg::ID)));
    h.settle(2000);
    let r = Response::parse(&h.sent).unwrap();
    assert_eq!((r.status, r.tag), (LinkStatus::NoAnswer, 9));
    assert!(h.b.uut.error.val());
    h.mute = false;
    h.sent.clear();
    h.send(&frame(Request::read(10, reg::ID)));
    h.settle(2000);
    let r = Response::parse(&h.sent).unwrap();
    assert_eq!((r.status, r.data), (LinkStatus::Ok, ID_VALUE));
    assert!(!h.b.uut.error.val());
    assert_eq!(h.strobes, 2);
}
