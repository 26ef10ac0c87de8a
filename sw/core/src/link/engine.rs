//! The byte-level reference model of the hardware frame engine (`qins-hdl`'s
//! `host_link/` is tested byte for byte against it).

use super::*;
use crate::bus::{Bus, Refused};

/// Where [`LinkEngine`] is in a frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EngineState {
    Hunt,
    Op,
    Tag,
    Address,
    Count,
    Payload,
    Crc,
    /// Dropping bytes until the line is idle, then sending the pending error.
    Drain,
}

/// Byte-level model of the hardware frame engine (`hdl/src/host_link/`), bit-exact in
/// the response bytes it sends: feed it the bytes the UART receives ([`LinkEngine::byte`])
/// and tell it when the line has been idle for [`IDLE_TIMEOUT_BITS`]
/// ([`LinkEngine::idle`]). It executes frames on any [`Bus`] (the [`crate::hw::AccelModel`]).
#[derive(Clone, Debug)]
pub struct LinkEngine {
    state: EngineState,
    crc: u16,
    op: u8,
    tag: u8,
    address: u32,
    count: u8,
    words: usize,
    index: usize,
    word: u32,
    buffer: Vec<u32>,
    pending: LinkStatus,
    /// Bytes received since the last response, saturating at 0xFFFF.
    received: u16,
    /// Error responses sent, saturating at 255.
    errors: u8,
    /// The last executed write: (tag, status, data); cleared by Status.
    last_write: Option<(u8, LinkStatus, u32)>,
}

impl Default for LinkEngine {
    fn default() -> Self {
        Self::new()
    }
}

impl LinkEngine {
    /// The engine at power-up: hunting, no errors, no last write.
    pub fn new() -> Self {
        Self {
            state: EngineState::Hunt,
            crc: CRC_INIT,
            op: 0,
            tag: 0,
            address: 0,
            count: 0,
            words: 0,
            index: 0,
            word: 0,
            buffer: vec![0; MAX_BURST_WORDS],
            pending: LinkStatus::Ok,
            received: 0,
            errors: 0,
            last_write: None,
        }
    }

    pub fn state(&self) -> EngineState {
        self.state
    }

    /// Error responses sent since power-up (saturating).
    pub fn errors(&self) -> u8 {
        self.errors
    }

    fn respond(&mut self, status: LinkStatus, data: u32) -> Response {
        let r = Response {
            status,
            op: self.op,
            tag: self.tag,
            data,
        };
        if status != LinkStatus::Ok {
            self.errors = self.errors.saturating_add(1);
        }
        self.received = 0;
        self.state = EngineState::Hunt;
        r
    }

    fn drain(&mut self, status: LinkStatus) {
        self.pending = status;
        self.state = EngineState::Drain;
    }

    /// One received byte; returns the response the engine sends at once, if any.
    pub fn byte<B: Bus>(&mut self, b: u8, bus: &mut B) -> Option<Response> {
        self.received = self.received.saturating_add(1);
        if !matches!(self.state, EngineState::Hunt | EngineState::Drain) {
            self.crc = crc16_update(self.crc, b);
        }
        match self.state {
            EngineState::Hunt => {
                self.op = 0;
                self.tag = 0;
                self.crc = CRC_INIT;
                if b == REQUEST_SYNC {
                    self.state = EngineState::Op;
                } else {
                    self.drain(LinkStatus::Garbage);
                }
            }
            EngineState::Op => {
                self.op = b;
                if Opcode::from_repr(b).is_some() {
                    self.state = EngineState::Tag;
                } else {
                    self.drain(LinkStatus::BadOpcode);
                }
            }
            EngineState::Tag => {
                self.tag = b;
                self.index = 0;
                self.state = EngineState::Address;
            }
            EngineState::Address => {
                self.address = self.address >> 8 | (b as u32) << 16;
                self.index += 1;
                if self.index == 3 {
                    self.state = EngineState::Count;
                }
            }
            EngineState::Count => {
                self.count = b;
                let op = Opcode::from_repr(self.op).expect("checked in Op");
                match op.payload_words(b) {
                    None => self.drain(LinkStatus::BadLength),
                    Some(w) => {
                        self.words = w;
                        self.index = 0;
                        self.state = if w > 0 {
                            EngineState::Payload
                        } else {
                            EngineState::Crc
                        };
                    }
                }
                self.word = 0;
            }
            EngineState::Payload => {
                self.word = self.word >> 8 | (b as u32) << 24;
                self.index += 1;
                if self.index.is_multiple_of(4) {
                    self.buffer[self.index / 4 - 1] = self.word;
                    if self.index / 4 == self.words {
                        self.index = 0;
                        self.state = EngineState::Crc;
                    }
                }
            }
            EngineState::Crc => {
                self.index += 1;
                if self.index == CRC_BYTES {
                    if self.crc != 0 {
                        self.drain(LinkStatus::BadCrc);
                    } else {
                        return Some(self.execute(bus));
                    }
                }
            }
            EngineState::Drain => {}
        }
        None
    }

    /// The line has been idle for [`IDLE_TIMEOUT_BITS`]: the pending error, a truncated
    /// frame's Timeout, or nothing (hunting).
    pub fn idle(&mut self) -> Option<Response> {
        match self.state {
            EngineState::Hunt => None,
            EngineState::Drain => Some(self.respond(self.pending, self.received as u32)),
            _ => Some(self.respond(LinkStatus::Timeout, self.received as u32)),
        }
    }

    fn execute<B: Bus>(&mut self, bus: &mut B) -> Response {
        let op = Opcode::from_repr(self.op).expect("checked in Op");
        match op {
            Opcode::Write | Opcode::BurstWrite => {
                if let Some((tag, status, data)) = self.last_write {
                    if tag == self.tag {
                        return self.respond(status, data);
                    }
                }
                let n = op.payload_words(self.count).expect("checked in Count");
                let (mut status, mut data) = (LinkStatus::Ok, n as u32);
                for i in 0..n {
                    let a = (self.address + i as u32) & 0xFF_FFFF;
                    if bus.write_word(a, self.buffer[i]).is_err() {
                        (status, data) = (LinkStatus::BusError, i as u32);
                        break;
                    }
                }
                self.last_write = Some((self.tag, status, data));
                self.respond(status, data)
            }
            Opcode::Read => match bus.read_word(self.address) {
                Ok(v) => self.respond(LinkStatus::Ok, v),
                Err(Refused) => self.respond(LinkStatus::BusError, 0),
            },
            Opcode::Status => {
                self.last_write = None;
                let w = status_word(self.errors);
                self.respond(LinkStatus::Ok, w)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accel::{reg, AccelConfig, Region, ID_VALUE};
    use crate::hw::AccelModel;
    use crate::rng::SplitMix64;

    fn feed(e: &mut LinkEngine, bus: &mut AccelModel, bytes: &[u8]) -> Vec<Response> {
        bytes.iter().filter_map(|&b| e.byte(b, bus)).collect()
    }

    #[test]
    fn engine_executes_good_frames_and_rejects_bad_ones() {
        let cfg = AccelConfig::UP5K;
        let mut bus = AccelModel::new(cfg);
        let mut e = LinkEngine::new();
        let a = Region::ActMemory.base();
        let r = feed(
            &mut e,
            &mut bus,
            &Request::write(1, a, 0x1234_5678).encode().unwrap(),
        );
        assert_eq!(r[0].status, LinkStatus::Ok);
        let r = feed(&mut e, &mut bus, &Request::read(2, a).encode().unwrap());
        assert_eq!(
            (r[0].status, r[0].data, r[0].tag),
            (LinkStatus::Ok, 0x1234_5678, 2)
        );
        // a flipped CRC bit: nothing until idle, then BadCrc with the bytes counted
        let mut f = Request::write(3, a, 1).encode().unwrap();
        *f.last_mut().unwrap() ^= 4;
        assert!(feed(&mut e, &mut bus, &f).is_empty());
        let r = e.idle().unwrap();
        assert_eq!(
            (r.status, r.data, r.op, r.tag),
            (LinkStatus::BadCrc, 13, 1, 3)
        );
        assert_eq!(bus.bus_read(a).unwrap(), 0x1234_5678, "not executed");
        // garbage, bad opcode, bad length, truncation
        assert!(feed(&mut e, &mut bus, &[1, 2, 0xA5, 3]).is_empty());
        assert_eq!(e.idle().unwrap().status, LinkStatus::Garbage);
        assert!(feed(&mut e, &mut bus, &[0xA5, 9, 0, 0]).is_empty());
        let r = e.idle().unwrap();
        assert_eq!((r.status, r.op, r.data), (LinkStatus::BadOpcode, 9, 4));
        assert!(feed(&mut e, &mut bus, &[0xA5, 3, 5, 0, 0, 0, 65]).is_empty());
        assert_eq!(e.idle().unwrap().status, LinkStatus::BadLength);
        let f = Request::burst(4, a, &[1, 2, 3]).encode().unwrap();
        assert!(feed(&mut e, &mut bus, &f[..10]).is_empty());
        let r = e.idle().unwrap();
        assert_eq!((r.status, r.data), (LinkStatus::Timeout, 10));
        assert!(e.idle().is_none(), "hunting");
        // burst, a refused burst (read-only ID register in the middle of it)
        let r = feed(
            &mut e,
            &mut bus,
            &Request::burst(5, a + 1, &[7, 8, 9]).encode().unwrap(),
        );
        assert_eq!((r[0].status, r[0].data), (LinkStatus::Ok, 3));
        assert_eq!(bus.bus_read(a + 3).unwrap(), 9);
        let r = feed(
            &mut e,
            &mut bus,
            &Request::burst(6, reg::CMD0, &[0; 3]).encode().unwrap(),
        );
        assert_eq!((r[0].status, r[0].data), (LinkStatus::Ok, 3));
        let end = a + cfg.region_words(Region::ActMemory) as u32;
        let r = feed(
            &mut e,
            &mut bus,
            &Request::burst(7, end - 1, &[0; 3]).encode().unwrap(),
        );
        assert_eq!((r[0].status, r[0].data), (LinkStatus::BusError, 1));
        // the same write tag again: answered, not executed
        let r = feed(
            &mut e,
            &mut bus,
            &Request::write(8, a, 0x55).encode().unwrap(),
        );
        assert_eq!(r[0].status, LinkStatus::Ok);
        bus.bus_write(a, 0x66).unwrap();
        let r = feed(
            &mut e,
            &mut bus,
            &Request::write(8, a, 0x55).encode().unwrap(),
        );
        assert_eq!(r[0].status, LinkStatus::Ok);
        assert_eq!(bus.bus_read(a).unwrap(), 0x66);
        let r = feed(&mut e, &mut bus, &Request::status(9).encode().unwrap());
        assert_eq!(r[0].data, status_word(6));
        let r = feed(
            &mut e,
            &mut bus,
            &Request::write(8, a, 0x55).encode().unwrap(),
        );
        assert_eq!(r[0].status, LinkStatus::Ok);
        assert_eq!(bus.bus_read(a).unwrap(), 0x55, "executed after Status");
    }

    #[test]
    fn random_byte_streams_never_lock_the_engine() {
        let mut rng = SplitMix64::new(6);
        let mut bus = AccelModel::new(AccelConfig::UP5K);
        let mut e = LinkEngine::new();
        for round in 0..200 {
            let n = (rng.next_u64() % 40) as usize;
            for _ in 0..n {
                let _ = e.byte(rng.next_u64() as u8, &mut bus);
            }
            let _ = e.idle();
            assert_eq!(e.state(), EngineState::Hunt, "round {round}");
            let r = feed(
                &mut e,
                &mut bus,
                &Request::read(1, reg::ID).encode().unwrap(),
            );
            assert_eq!(
                (r[0].status, r[0].data),
                (LinkStatus::Ok, ID_VALUE),
                "round {round}"
            );
        }
    }
}
