//! The UART host link, defined once: the frame format, the CRC, the opcodes and status
//! codes, a byte-level reference model of the hardware frame engine ([`LinkEngine`]), the
//! host side ([`LinkBus`], which implements [`Bus`] so [`crate::driver::Driver`] runs over a
//! serial line unchanged) and the generated protocol document ([`link_markdown`],
//! `docs/host-link.md`). The hardware (`qins-hdl`'s `host_link.rs`) takes every constant
//! from here and is tested byte for byte against [`LinkEngine`].
//!
//! # Frames
//!
//! Request (host -> board), `7 + 4 * words + 2` bytes:
//!
//! | byte | field | meaning |
//! |---|---|---|
//! | 0 | sync | [`REQUEST_SYNC`] = 0xA5 |
//! | 1 | op | [`Opcode`] |
//! | 2 | tag | the host's sequence number, echoed in the response; a write whose tag equals the last executed write's is answered again without executing it (retry after a lost response) |
//! | 3..=5 | address | 24-bit word address, little-endian |
//! | 6 | count | Write 1, Read 1, Status 0, BurstWrite 1..=[`MAX_BURST_WORDS`] |
//! | 7.. | payload | `words` 32-bit little-endian words (Write 1, BurstWrite `count`, else none) |
//! | last 2 | crc | CRC-16/CCITT-FALSE of bytes 1.. (everything but the sync), high byte first |
//!
//! Response (board -> host), always [`RESPONSE_BYTES`] = 10 bytes:
//! sync [`RESPONSE_SYNC`] = 0x5A, status ([`LinkStatus`]), op, tag, data (32-bit LE),
//! CRC-16/CCITT-FALSE of bytes 1..=7, high byte first.
//!
//! # Resynchronisation
//!
//! The engine hunts for the sync byte. A byte that is not a sync outside a frame, a bad
//! opcode, a bad count or a bad CRC switches it to *draining*: it drops every byte until the
//! line has been idle for [`IDLE_TIMEOUT_BITS`] bit times, then sends one error response
//! and hunts again. A frame cut short (the line idle for that long inside a frame) is
//! answered with [`LinkStatus::Timeout`]. So any byte stream gets at most one error
//! response per idle gap and the engine is always back in the hunt state after one
//! timeout: it cannot lock up. Bytes that arrive while the engine executes a frame or sends
//! a response are dropped (a stop-and-wait host never sends then).

use crate::accel::AccelConfig;
use crate::driver::{Bus, Refused, RefusedAt};
use std::fmt;
use std::fmt::Write as _;
use std::io;
use std::time::Duration;

/// First byte of every request frame.
pub const REQUEST_SYNC: u8 = 0xA5;
/// First byte of every response frame.
pub const RESPONSE_SYNC: u8 = 0x5A;
/// Bytes of a request before the payload: sync, op, tag, 3 address bytes, count.
pub const HEADER_BYTES: usize = 7;
/// Bytes of the CRC at the end of every frame.
pub const CRC_BYTES: usize = 2;
/// Bytes of every response frame.
pub const RESPONSE_BYTES: usize = 10;
/// Most words in one BurstWrite (the engine buffers a whole burst before it checks the CRC,
/// so a corrupted burst writes nothing).
pub const MAX_BURST_WORDS: usize = 64;
/// log2 of [`MAX_BURST_WORDS`]: the address width of the engine's burst buffer.
pub const BURST_BUFFER_LOG2: usize = 6;
/// Resends of a frame by [`LinkBus`] before it reports a link error.
pub const DEFAULT_RETRIES: u32 = 3;
/// Protocol version, in the Status response.
pub const VERSION: u8 = 1;
/// The engine's inter-byte timeout, in bit times: a frame cut short is answered, and a
/// drain ends, once the line has been idle this long (8.9 ms at 115200 baud).
pub const IDLE_TIMEOUT_BITS: u32 = 1024;
/// Bits on the wire per byte (start, 8 data bits LSB first, stop; no parity).
pub const BITS_PER_BYTE: u32 = 10;
/// CRC-16/CCITT-FALSE: polynomial, initial value (not reflected, no final xor). Appending a
/// frame's CRC high byte first makes the CRC over the frame and its CRC 0.
pub const CRC_POLY: u16 = 0x1021;
/// See [`CRC_POLY`].
pub const CRC_INIT: u16 = 0xFFFF;

/// The link's baud rate on an FPGA board.
pub const BOARD_BAUD: u32 = 115_200;

/// Clocks per bit for [`BOARD_BAUD`] at `clock_hz`, rounded to the nearest.
pub const fn clocks_per_bit(clock_hz: u32) -> u32 {
    (clock_hz + BOARD_BAUD / 2) / BOARD_BAUD
}

/// An FPGA board the link runs on, with the design clock its UART is generated for. This
/// is the one place a board's clock is written: `qins-hdl` generates
/// `rtl/qins_uart_link_<name>.v` with [`FpgaBoard::clocks_per_bit`], `scripts/fpga.sh`
/// reads that back from `rtl/MANIFEST.json`, the CLI uses the clock to time waits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FpgaBoard {
    /// `scripts/fpga.sh` configuration name (`up5k`, `hx8k`).
    pub name: &'static str,
    /// The board.
    pub board: &'static str,
    /// The accelerator behind the link.
    pub config: AccelConfig,
    /// The design clock: what `icepll -i 12 -o FREQ` gives for `scripts/fpga.sh`'s default
    /// FREQ (the iCE40 PLL from the board's 12 MHz oscillator).
    pub clock_hz: u32,
}

impl FpgaBoard {
    /// Clocks per bit of this board's UART.
    pub const fn clocks_per_bit(&self) -> u32 {
        clocks_per_bit(self.clock_hz)
    }
    /// The baud rate the link really runs at.
    pub fn baud(&self) -> f64 {
        self.clock_hz as f64 / self.clocks_per_bit() as f64
    }
    /// The generated link module (and `rtl/` file name without `.v`).
    pub fn link_top(&self) -> String {
        format!("qins_uart_link_{}", self.name)
    }
    /// The board named `name` (`up5k`, `hx8k`).
    pub fn by_name(name: &str) -> Option<FpgaBoard> {
        FPGA_BOARDS.into_iter().find(|b| b.name == name)
    }
}

/// iCEBreaker (UP5K): 12 MHz -> PLL 36.0 MHz (`icepll -o 36`: DIVR 0, DIVF 47, DIVQ 4,
/// exact), 313 clocks per bit, 115015 baud (0.16 % slow), below the Fmax of every nextpnr
/// seed measured, so the default build meets it (placed for 42 MHz, which only some seeds
/// reach; figures in docs/fpga-results.md and docs/architecture.md).
pub const UP5K_BOARD: FpgaBoard = FpgaBoard {
    name: "up5k",
    board: "iCEBreaker",
    config: AccelConfig::UP5K,
    clock_hz: 36_000_000,
};
/// iCE40-HX8K breakout: 12 MHz -> PLL 50.25 MHz (`icepll -o 50`: DIVR 0, DIVF 66, DIVQ 4),
/// 436 clocks per bit, 115252 baud (0.05 % fast).
pub const HX8K_BOARD: FpgaBoard = FpgaBoard {
    name: "hx8k",
    board: "HX8K breakout",
    config: AccelConfig::HX8K,
    clock_hz: 50_250_000,
};
/// Every FPGA board.
pub const FPGA_BOARDS: [FpgaBoard; 2] = [UP5K_BOARD, HX8K_BOARD];

/// Request opcodes (byte 1 of a request).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Opcode {
    /// One word to `address`; count 1; response data = 1 (words written).
    Write = 1,
    /// One word from `address`; count 1; response data = the word.
    Read = 2,
    /// `count` words to `address`, `address + 1`, ... (24-bit wrap); response data = words
    /// written (all of them, or the index of the word the bus refused, with BusError).
    BurstWrite = 3,
    /// Link status; count 0; response data = [`status_word`]. Also forgets the last write's
    /// tag (so a new host session never has its first write taken for a retry).
    Status = 4,
}

impl Opcode {
    pub const ALL: [Opcode; 4] = [
        Opcode::Write,
        Opcode::Read,
        Opcode::BurstWrite,
        Opcode::Status,
    ];

    pub fn from_u8(b: u8) -> Option<Opcode> {
        Opcode::ALL.into_iter().find(|o| *o as u8 == b)
    }

    /// Payload words of a request with this opcode and `count`, or `None` when `count` is
    /// not allowed for the opcode (the engine answers BadLength).
    pub fn payload_words(self, count: u8) -> Option<usize> {
        match (self, count) {
            (Opcode::Write, 1) => Some(1),
            (Opcode::Read, 1) | (Opcode::Status, 0) => Some(0),
            (Opcode::BurstWrite, c) if c >= 1 && c as usize <= MAX_BURST_WORDS => Some(c as usize),
            _ => None,
        }
    }

    fn doc(self) -> &'static str {
        match self {
            Opcode::Write => "write one word: count 1, payload 1 word; data = 1 (words written)",
            Opcode::Read => "read one word: count 1, no payload; data = the word",
            Opcode::BurstWrite => {
                "write count (1..=64) words to consecutive addresses (24-bit wrap); the whole \
                 burst is buffered and written only after the CRC checked; data = words written \
                 (with BusError: the index of the refused word, the words before it are written)"
            }
            Opcode::Status => {
                "link status: count 0, no payload; data = version (7..0) | max burst (15..8) | \
                 error responses sent, saturating (23..16); forgets the last write's tag"
            }
        }
    }
}

/// Response status codes (byte 1 of a response).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum LinkStatus {
    /// Executed.
    Ok = 0,
    /// The CRC did not check (sent after the line went idle).
    BadCrc = 1,
    /// The opcode does not exist (sent after the line went idle).
    BadOpcode = 2,
    /// The count is not allowed for the opcode (sent after the line went idle).
    BadLength = 3,
    /// The accelerator answered the bus request with `bus_error` (the reason is in its
    /// STATUS register); data = index of the refused word.
    BusError = 4,
    /// The line went idle inside a frame (a truncated frame); nothing was executed.
    Timeout = 5,
    /// Bytes outside a frame (not a sync byte); sent after the line went idle.
    Garbage = 6,
    /// The accelerator did not raise `bus_ready` `BUS_LATENCY` cycles after the strobe (an
    /// RTL fault; the model's bus always answers).
    NoAnswer = 7,
}

impl LinkStatus {
    pub const ALL: [LinkStatus; 8] = [
        LinkStatus::Ok,
        LinkStatus::BadCrc,
        LinkStatus::BadOpcode,
        LinkStatus::BadLength,
        LinkStatus::BusError,
        LinkStatus::Timeout,
        LinkStatus::Garbage,
        LinkStatus::NoAnswer,
    ];

    pub fn from_u8(b: u8) -> Option<LinkStatus> {
        LinkStatus::ALL.into_iter().find(|s| *s as u8 == b)
    }

    /// The frame was never executed: the host may resend it as it is.
    pub fn is_transport_error(self) -> bool {
        matches!(
            self,
            LinkStatus::BadCrc
                | LinkStatus::BadOpcode
                | LinkStatus::BadLength
                | LinkStatus::Timeout
                | LinkStatus::Garbage
        )
    }

    fn doc(self) -> &'static str {
        match self {
            LinkStatus::Ok => "executed",
            LinkStatus::BadCrc => "the CRC did not check; sent once the line is idle; data = bytes received since the last response",
            LinkStatus::BadOpcode => "no such opcode; sent once the line is idle; data = bytes received since the last response",
            LinkStatus::BadLength => "count not allowed for the opcode; sent once the line is idle; data = bytes received since the last response",
            LinkStatus::BusError => "the accelerator refused the access (bus_error; reason in its STATUS); data = index of the refused word",
            LinkStatus::Timeout => "the line went idle inside a frame (truncated); nothing executed; data = bytes received since the last response",
            LinkStatus::Garbage => "bytes outside a frame; sent once the line is idle; data = bytes received since the last response",
            LinkStatus::NoAnswer => "the accelerator did not raise bus_ready 2 cycles after the strobe (hardware fault)",
        }
    }
}

/// One step of CRC-16/CCITT-FALSE (MSB first): the hardware's byte-wide update.
pub fn crc16_update(crc: u16, byte: u8) -> u16 {
    let mut c = crc ^ (byte as u16) << 8;
    for _ in 0..8 {
        c = if c & 0x8000 != 0 {
            c << 1 ^ CRC_POLY
        } else {
            c << 1
        };
    }
    c
}

/// CRC-16/CCITT-FALSE of `bytes` (check value: `crc16(b"123456789") == 0x29B1`).
pub fn crc16(bytes: &[u8]) -> u16 {
    bytes.iter().fold(CRC_INIT, |c, &b| crc16_update(c, b))
}

/// The Status response's data word.
pub fn status_word(error_responses: u8) -> u32 {
    VERSION as u32 | (MAX_BURST_WORDS as u32) << 8 | (error_responses as u32) << 16
}

/// A request frame.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    pub op: Opcode,
    pub tag: u8,
    /// 24-bit word address (higher bits are not sent).
    pub address: u32,
    pub words: Vec<u32>,
}

impl Request {
    pub fn write(tag: u8, address: u32, data: u32) -> Self {
        Self {
            op: Opcode::Write,
            tag,
            address,
            words: vec![data],
        }
    }
    pub fn read(tag: u8, address: u32) -> Self {
        Self {
            op: Opcode::Read,
            tag,
            address,
            words: vec![],
        }
    }
    /// `words.len()` must be 1..=[`MAX_BURST_WORDS`] ([`Request::encode`] checks).
    pub fn burst(tag: u8, address: u32, words: &[u32]) -> Self {
        Self {
            op: Opcode::BurstWrite,
            tag,
            address,
            words: words.to_vec(),
        }
    }
    pub fn status(tag: u8) -> Self {
        Self {
            op: Opcode::Status,
            tag,
            address: 0,
            words: vec![],
        }
    }

    /// The count byte of this request.
    pub fn count(&self) -> usize {
        match self.op {
            Opcode::Write | Opcode::Read => 1,
            Opcode::Status => 0,
            Opcode::BurstWrite => self.words.len(),
        }
    }

    /// The frame's bytes, or an error when the payload does not fit the opcode.
    pub fn encode(&self) -> Result<Vec<u8>, LinkError> {
        let count = self.count();
        let ok = count <= u8::MAX as usize
            && self.op.payload_words(count as u8)
                == Some(match self.op {
                    Opcode::Read | Opcode::Status => 0,
                    _ => self.words.len(),
                })
            && (matches!(self.op, Opcode::Write | Opcode::BurstWrite) || self.words.is_empty());
        if !ok {
            return Err(LinkError::Request(format!(
                "{:?} with {} payload words",
                self.op,
                self.words.len()
            )));
        }
        let mut f = Vec::with_capacity(HEADER_BYTES + 4 * self.words.len() + CRC_BYTES);
        f.push(REQUEST_SYNC);
        f.push(self.op as u8);
        f.push(self.tag);
        f.extend_from_slice(&self.address.to_le_bytes()[..3]);
        f.push(count as u8);
        for w in &self.words {
            f.extend_from_slice(&w.to_le_bytes());
        }
        let crc = crc16(&f[1..]);
        f.extend_from_slice(&crc.to_be_bytes());
        Ok(f)
    }
}

/// A response frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Response {
    pub status: LinkStatus,
    /// The request's op byte (0 when none was received).
    pub op: u8,
    /// The request's tag (0 when none was received).
    pub tag: u8,
    pub data: u32,
}

impl Response {
    pub fn to_bytes(&self) -> [u8; RESPONSE_BYTES] {
        let mut f = [0u8; RESPONSE_BYTES];
        f[0] = RESPONSE_SYNC;
        f[1] = self.status as u8;
        f[2] = self.op;
        f[3] = self.tag;
        f[4..8].copy_from_slice(&self.data.to_le_bytes());
        let crc = crc16(&f[1..8]);
        f[8..].copy_from_slice(&crc.to_be_bytes());
        f
    }

    /// Parses exactly one response frame.
    pub fn parse(f: &[u8]) -> Result<Response, LinkError> {
        if f.len() != RESPONSE_BYTES || f[0] != RESPONSE_SYNC {
            return Err(LinkError::BadResponse(format!(
                "not a response frame: {f:02X?}"
            )));
        }
        if crc16(&f[1..]) != 0 {
            return Err(LinkError::BadResponse(format!("response CRC: {f:02X?}")));
        }
        let status = LinkStatus::from_u8(f[1])
            .ok_or_else(|| LinkError::BadResponse(format!("unknown status {}", f[1])))?;
        Ok(Response {
            status,
            op: f[2],
            tag: f[3],
            data: u32::from_le_bytes([f[4], f[5], f[6], f[7]]),
        })
    }
}

/// What went wrong on the link (never a panic).
#[derive(Debug)]
pub enum LinkError {
    /// The transport failed (a serial port error).
    Io(io::Error),
    /// No valid response within the timeout, after every retry.
    NoResponse { attempts: u32 },
    /// The board kept answering with a transport error, after every retry.
    Rejected { status: LinkStatus, attempts: u32 },
    /// A response that is not a valid frame.
    BadResponse(String),
    /// The accelerator did not answer a bus request (an RTL fault).
    NoAnswer { address: u32 },
    /// The request cannot be encoded.
    Request(String),
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::Io(e) => write!(f, "serial link: {e}"),
            LinkError::NoResponse { attempts } => {
                write!(
                    f,
                    "serial link: no response from the board after {attempts} attempts"
                )
            }
            LinkError::Rejected { status, attempts } => write!(
                f,
                "serial link: the board rejected the frame {attempts} times (last: {status:?})"
            ),
            LinkError::BadResponse(m) => write!(f, "serial link: bad response: {m}"),
            LinkError::NoAnswer { address } => write!(
                f,
                "serial link: the accelerator did not answer the bus request at 0x{address:06X}"
            ),
            LinkError::Request(m) => write!(f, "serial link: cannot encode the request: {m}"),
        }
    }
}

impl std::error::Error for LinkError {}

impl From<io::Error> for LinkError {
    fn from(e: io::Error) -> Self {
        LinkError::Io(e)
    }
}

// ---------------------------------------------------------------------------------------
// The reference model of the hardware frame engine
// ---------------------------------------------------------------------------------------

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

/// Byte-level model of the hardware frame engine (`hdl/src/host_link.rs`), bit-exact in
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
                if Opcode::from_u8(b).is_some() {
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
                let op = Opcode::from_u8(self.op).expect("checked in Op");
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
        let op = Opcode::from_u8(self.op).expect("checked in Op");
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

// ---------------------------------------------------------------------------------------
// The host side
// ---------------------------------------------------------------------------------------

/// A byte transport to a board: a serial port, or the simulated board (`qins-sim`).
pub trait SerialLink {
    /// Sends `bytes` in order (returns once they are on their way).
    fn send(&mut self, bytes: &[u8]) -> io::Result<()>;
    /// Receives bytes until `max` have arrived or `timeout` has passed (line time on a
    /// simulated link); returns what arrived, possibly nothing.
    fn recv(&mut self, max: usize, timeout: Duration) -> io::Result<Vec<u8>>;
    /// Time on the wire of one byte ([`BITS_PER_BYTE`] bits at the baud rate).
    fn byte_time(&self) -> Duration;
    /// Lets the board run for at least `cycles` of its clock (a real port sleeps).
    fn wait_cycles(&mut self, cycles: u64);
    /// Extra time a response may take beyond its line time (USB latency of a real port).
    fn latency(&self) -> Duration {
        Duration::ZERO
    }
}

/// Counters of a [`LinkBus`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LinkStats {
    pub frames: u64,
    pub retries: u64,
    pub bytes_sent: u64,
    pub bytes_received: u64,
}

/// The accelerator's [`Bus`] over a [`SerialLink`]: one request frame per access, stop and
/// wait. A transport error (a rejected frame, a bad or missing response) is retried
/// [`LinkBus::retries`] times, draining the line between attempts; a write is resent with
/// the same tag, so the board answers it again without writing twice. When the retries
/// run out the access returns `Err(Refused)` and [`Bus::take_link_error`] says why (the
/// driver reports it as `DriverError::Link`).
pub struct LinkBus<T: SerialLink> {
    pub link: T,
    /// Resends after the first attempt (default [`DEFAULT_RETRIES`]).
    pub retries: u32,
    pub stats: LinkStats,
    tag: u8,
    /// Tags of the last two writes sent: the board's last executed write is one of them (or
    /// older, if neither reached it), so a new write's tag avoids both.
    write_tags: [Option<u8>; 2],
    last_error: Option<LinkError>,
}

impl<T: SerialLink> LinkBus<T> {
    /// Wraps a transport and checks the board answers (a Status request, which also makes
    /// the board forget the previous session's last write tag).
    pub fn new(link: T) -> Result<Self, LinkError> {
        let mut b = Self {
            link,
            retries: DEFAULT_RETRIES,
            stats: LinkStats::default(),
            tag: 0,
            write_tags: [None; 2],
            last_error: None,
        };
        let s = b.link_status()?;
        if s & 0xFF != VERSION as u32 {
            return Err(LinkError::BadResponse(format!(
                "the board speaks link protocol version {}, this host {VERSION}",
                s & 0xFF
            )));
        }
        Ok(b)
    }

    /// The board's link status word ([`status_word`]).
    pub fn link_status(&mut self) -> Result<u32, LinkError> {
        let tag = self.next_tag(false);
        let r = self.transact(&Request::status(tag))?;
        self.write_tags = [None; 2];
        Ok(r.data)
    }

    /// The last link error behind an `Err(Refused)`, if any (and forgets it).
    pub fn take_error(&mut self) -> Option<LinkError> {
        self.last_error.take()
    }

    fn next_tag(&mut self, write: bool) -> u8 {
        self.tag = self.tag.wrapping_add(1);
        if write {
            while self.write_tags.contains(&Some(self.tag)) {
                self.tag = self.tag.wrapping_add(1);
            }
            self.write_tags = [Some(self.tag), self.write_tags[0]];
        }
        self.tag
    }

    /// How long to wait for the response to a frame of `len` bytes: its line time and the
    /// response's, the engine's idle timeout (an error response waits for it), and slack.
    fn response_timeout(&self, len: usize) -> Duration {
        let bytes = len + RESPONSE_BYTES + (IDLE_TIMEOUT_BITS / BITS_PER_BYTE) as usize + 16;
        self.link.byte_time() * (2 * bytes as u32) + self.link.latency()
    }

    /// Reads and drops bytes until the line has been quiet for the engine's idle timeout and
    /// a response's time (so a late error response is not taken for the next answer).
    fn drain(&mut self) -> Result<(), LinkError> {
        let quiet = self.response_timeout(0);
        for _ in 0..64 {
            let got = self.link.recv(usize::MAX, quiet)?;
            self.stats.bytes_received += got.len() as u64;
            if got.is_empty() {
                return Ok(());
            }
        }
        Err(LinkError::BadResponse(
            "the line does not go quiet".to_string(),
        ))
    }

    /// Waits for one valid response frame to `req` (skipping stray bytes and stale
    /// responses with another tag); `None` on timeout or a corrupt response.
    fn receive(&mut self, req: &Request, timeout: Duration) -> Result<Option<Response>, LinkError> {
        let mut frame: Vec<u8> = Vec::with_capacity(RESPONSE_BYTES);
        loop {
            let want = if frame.is_empty() {
                1
            } else {
                RESPONSE_BYTES - frame.len()
            };
            let got = self.link.recv(want, timeout)?;
            self.stats.bytes_received += got.len() as u64;
            if got.is_empty() {
                return Ok(None);
            }
            for b in got {
                if frame.is_empty() && b != RESPONSE_SYNC {
                    continue;
                }
                frame.push(b);
            }
            if frame.len() < RESPONSE_BYTES {
                continue;
            }
            let Ok(r) = Response::parse(&frame) else {
                return Ok(None);
            };
            frame.clear();
            let ours = r.tag == req.tag && r.op == req.op as u8;
            if ours || r.status.is_transport_error() {
                return Ok(Some(r));
            }
        }
    }

    /// Sends `req` and returns the board's response (Ok or BusError), retrying transport
    /// errors.
    pub fn transact(&mut self, req: &Request) -> Result<Response, LinkError> {
        let frame = req.encode()?;
        let timeout = self.response_timeout(frame.len());
        let mut last = None;
        for attempt in 0..=self.retries {
            if attempt > 0 {
                self.stats.retries += 1;
                self.drain()?;
            }
            self.link.send(&frame)?;
            self.stats.frames += 1;
            self.stats.bytes_sent += frame.len() as u64;
            match self.receive(req, timeout)? {
                Some(r) if r.status == LinkStatus::Ok || r.status == LinkStatus::BusError => {
                    return Ok(r)
                }
                Some(r) if r.status == LinkStatus::NoAnswer => {
                    return Err(LinkError::NoAnswer {
                        address: req.address,
                    })
                }
                Some(r) => last = Some(r.status),
                None => last = None,
            }
        }
        let attempts = self.retries + 1;
        Err(match last {
            Some(status) => LinkError::Rejected { status, attempts },
            None => LinkError::NoResponse { attempts },
        })
    }

    /// Writes `words` from `address` in bursts of at most [`MAX_BURST_WORDS`]; `Ok(Err(i))`
    /// when the accelerator refused word `i`.
    pub fn write_burst(
        &mut self,
        address: u32,
        words: &[u32],
    ) -> Result<Result<(), usize>, LinkError> {
        self.bursts(address, words).map_err(|(_, e)| e)
    }

    /// [`LinkBus::write_burst`], with the index of the first word of the burst that failed
    /// on a link error.
    fn bursts(
        &mut self,
        address: u32,
        words: &[u32],
    ) -> Result<Result<(), usize>, (usize, LinkError)> {
        for (c, chunk) in words.chunks(MAX_BURST_WORDS).enumerate() {
            let base = c * MAX_BURST_WORDS;
            let tag = self.next_tag(true);
            let at = address.wrapping_add(base as u32);
            let r = self
                .transact(&Request::burst(tag, at, chunk))
                .map_err(|e| (base, e))?;
            if r.status == LinkStatus::BusError {
                return Ok(Err(base + r.data as usize));
            }
        }
        Ok(Ok(()))
    }

    fn finish<V>(
        &mut self,
        r: Result<Response, LinkError>,
        f: impl Fn(u32) -> V,
    ) -> Result<V, Refused> {
        match r {
            Ok(r) if r.status == LinkStatus::Ok => Ok(f(r.data)),
            Ok(_) => Err(Refused),
            Err(e) => {
                self.last_error = Some(e);
                Err(Refused)
            }
        }
    }
}

impl<T: SerialLink> Bus for LinkBus<T> {
    fn write_word(&mut self, address: u32, data: u32) -> Result<(), Refused> {
        let tag = self.next_tag(true);
        let r = self.transact(&Request::write(tag, address, data));
        self.finish(r, |_| ())
    }
    fn read_word(&mut self, address: u32) -> Result<u32, Refused> {
        let tag = self.next_tag(false);
        let r = self.transact(&Request::read(tag, address));
        self.finish(r, |d| d)
    }
    /// One BurstWrite frame per [`MAX_BURST_WORDS`] words (a single word goes as a Write,
    /// 13 bytes instead of 15).
    fn write_words(&mut self, address: u32, words: &[u32]) -> Result<(), RefusedAt> {
        if let [w] = words {
            return self
                .write_word(address, *w)
                .map_err(|_| RefusedAt { index: 0 });
        }
        match self.bursts(address, words) {
            Ok(Ok(())) => Ok(()),
            Ok(Err(index)) => Err(RefusedAt { index }),
            Err((index, e)) => {
                self.last_error = Some(e);
                Err(RefusedAt { index })
            }
        }
    }
    fn run(&mut self, cycles: u64) {
        self.link.wait_cycles(cycles);
    }
    fn take_link_error(&mut self) -> Option<String> {
        self.last_error.take().map(|e| e.to_string())
    }
}

/// A [`SerialLink`] wired straight to a [`LinkEngine`] over any [`Bus`] (the model): no
/// timing, for tests of the host side. `corrupt` flips bits of chosen outgoing bytes.
pub struct ModelLink<B: Bus> {
    pub engine: LinkEngine,
    pub bus: B,
    rx: std::collections::VecDeque<u8>,
    /// Byte positions (counting every byte sent) whose bit 0 is flipped on the way.
    pub corrupt: Vec<u64>,
    sent: u64,
}

impl<B: Bus> ModelLink<B> {
    pub fn new(bus: B) -> Self {
        Self {
            engine: LinkEngine::new(),
            bus,
            rx: Default::default(),
            corrupt: vec![],
            sent: 0,
        }
    }
}

impl<B: Bus> ModelLink<B> {
    /// Bytes sent so far (the positions [`ModelLink::corrupt`] counts).
    pub fn sent_bytes(&self) -> u64 {
        self.sent
    }
}

impl<B: Bus> SerialLink for ModelLink<B> {
    fn send(&mut self, bytes: &[u8]) -> io::Result<()> {
        for &b in bytes {
            let b = if self.corrupt.contains(&self.sent) {
                b ^ 1
            } else {
                b
            };
            self.sent += 1;
            if let Some(r) = self.engine.byte(b, &mut self.bus) {
                self.rx.extend(r.to_bytes());
            }
        }
        Ok(())
    }
    fn recv(&mut self, max: usize, _timeout: Duration) -> io::Result<Vec<u8>> {
        if self.rx.is_empty() {
            // the line goes idle: the engine's timeout fires
            if let Some(r) = self.engine.idle() {
                self.rx.extend(r.to_bytes());
            }
        }
        let n = max.min(self.rx.len());
        Ok(self.rx.drain(..n).collect())
    }
    fn byte_time(&self) -> Duration {
        Duration::from_micros(1)
    }
    fn wait_cycles(&mut self, cycles: u64) {
        self.bus.run(cycles);
    }
}

// ---------------------------------------------------------------------------------------
// The generated document
// ---------------------------------------------------------------------------------------

/// `docs/host-link.md`, generated from the definitions above.
pub fn link_markdown() -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# QINS accelerator: UART host link protocol\n");
    let _ = writeln!(
        s,
        "Generated from `sw/src/link.rs` (the definitions the hardware frame engine \
         `hdl/src/host_link.rs`, its model `qins::link::LinkEngine` and the host side \
         `qins::link::LinkBus` all use). Do not edit by hand: \
         `QINS_UPDATE_DOCS=1 cargo test -p qins --lib link` rewrites it.\n"
    );
    let _ = writeln!(s, "## Line\n");
    let _ = writeln!(
        s,
        "8N1 ({BITS_PER_BYTE} bits per byte: start, 8 data bits LSB first, stop), idle high. \
         The baud rate is the design clock divided by the clocks-per-bit constant of the \
         generated link (`qins::link::FpgaBoard`, rounded to the nearest): {}; \
         `rtl/qins_board_up5k_sim.v`: 8 clocks per bit, for Verilator. The receiver \
         samples each bit in its middle after a 2-flop synchronizer; a byte whose stop bit \
         is low is dropped. Inter-byte timeout: {IDLE_TIMEOUT_BITS} bit times of idle line.\n",
        FPGA_BOARDS
            .iter()
            .map(|b| {
                let mhz = b.clock_hz as f64 / 1e6;
                format!(
                    "`rtl/{}.v` ({}, PLL {mhz} MHz) {mhz} MHz / {} = {:.0} baud, {:.2} % from {BOARD_BAUD}",
                    b.link_top(),
                    b.board,
                    b.clocks_per_bit(),
                    b.baud().floor(),
                    (b.baud() / BOARD_BAUD as f64 - 1.0).abs() * 100.0
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    );
    let _ = writeln!(s, "## Request frame (host to board)\n");
    let _ = writeln!(s, "| byte | field | meaning |\n|---|---|---|");
    let _ = writeln!(s, "| 0 | sync | 0x{REQUEST_SYNC:02X} |");
    let _ = writeln!(s, "| 1 | op | opcode (below) |");
    let _ = writeln!(
        s,
        "| 2 | tag | host sequence number, echoed; a Write or BurstWrite whose tag equals the \
         last executed write's is answered again with that write's response and not executed \
         (a retry after a lost response); Status forgets the last write |"
    );
    let _ = writeln!(
        s,
        "| 3..=5 | address | 24-bit word address, little-endian |"
    );
    let _ = writeln!(
        s,
        "| 6 | count | Write 1, Read 1, Status 0, BurstWrite 1..={MAX_BURST_WORDS} |"
    );
    let _ = writeln!(
        s,
        "| 7.. | payload | 32-bit little-endian words: Write 1, BurstWrite count, others none |"
    );
    let _ = writeln!(
        s,
        "| last {CRC_BYTES} | crc | CRC-16/CCITT-FALSE (poly 0x{CRC_POLY:04X}, init 0x{CRC_INIT:04X}, \
         not reflected, no final xor) of bytes 1 to the end of the payload, high byte first |\n"
    );
    let _ = writeln!(
        s,
        "Frame sizes: Write {} bytes, Read and Status {} bytes, BurstWrite {} + 4 x count bytes.\n",
        HEADER_BYTES + 4 + CRC_BYTES,
        HEADER_BYTES + CRC_BYTES,
        HEADER_BYTES + CRC_BYTES
    );
    let _ = writeln!(s, "## Opcodes\n\n| op | name | meaning |\n|---|---|---|");
    for o in Opcode::ALL {
        let _ = writeln!(s, "| {} | {:?} | {} |", o as u8, o, o.doc());
    }
    let _ = writeln!(s, "\n## Response frame (board to host)\n");
    let _ = writeln!(
        s,
        "Always {RESPONSE_BYTES} bytes, one per request (or per error, see below).\n"
    );
    let _ = writeln!(s, "| byte | field | meaning |\n|---|---|---|");
    let _ = writeln!(s, "| 0 | sync | 0x{RESPONSE_SYNC:02X} |");
    let _ = writeln!(s, "| 1 | status | status code (below) |");
    let _ = writeln!(
        s,
        "| 2 | op | the request's op byte as received (0 if none) |"
    );
    let _ = writeln!(
        s,
        "| 3 | tag | the request's tag (0 if none was received) |"
    );
    let _ = writeln!(s, "| 4..=7 | data | 32-bit little-endian |");
    let _ = writeln!(
        s,
        "| 8..=9 | crc | CRC-16/CCITT-FALSE of bytes 1..=7, high byte first |\n"
    );
    let _ = writeln!(
        s,
        "## Status codes\n\n| code | name | meaning |\n|---|---|---|"
    );
    for st in LinkStatus::ALL {
        let _ = writeln!(s, "| {} | {:?} | {} |", st as u8, st, st.doc());
    }
    let _ = writeln!(s, "\n## Errors and resynchronisation\n");
    let _ = writeln!(
        s,
        "The engine hunts for the sync byte 0x{REQUEST_SYNC:02X}. A non-sync byte outside a \
         frame (Garbage), a bad opcode (BadOpcode, checked at byte 1), a bad count \
         (BadLength, at byte 6) or a bad CRC (BadCrc, after the last byte) makes it drain: it \
         drops bytes until the line has been idle for {IDLE_TIMEOUT_BITS} bit times, then \
         sends one error response and hunts again. A frame whose line goes idle that long \
         before its last byte is answered Timeout. So every burst of noise gets one error \
         response and the engine is back to hunting within one timeout after the line goes \
         quiet: it cannot lock up. Nothing is executed unless the whole frame's CRC checks \
         (a BurstWrite is buffered first). Bytes that arrive while the engine executes a \
         frame or sends a response are dropped (counted in the next error's data).\n"
    );
    let _ = writeln!(
        s,
        "The host (`LinkBus`) is stop-and-wait: one frame, then its response. On a transport \
         error (status {}, a corrupt response or none within the timeout) it drains the line \
         and resends the frame with the same tag, {} times at most, then reports a link error \
         (`DriverError::Link`). BusError is the accelerator refusing the access (reason in \
         its STATUS register): the driver handles it as on any bus. A new write's tag differs \
         from the last two writes' tags (the board's last executed write is one of them), so \
         a new write is never mistaken for a resend.",
        LinkStatus::ALL
            .iter()
            .filter(|s| s.is_transport_error())
            .map(|s| format!("{s:?}"))
            .collect::<Vec<_>>()
            .join(", "),
        DEFAULT_RETRIES
    );
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accel::{reg, AccelConfig, Region, ID_VALUE};
    use crate::driver::Driver;
    use crate::hw::AccelModel;
    use crate::rng::SplitMix64;

    #[test]
    fn crc_matches_the_catalogue_check_value_and_leaves_zero_residue() {
        assert_eq!(crc16(b"123456789"), 0x29B1);
        let mut f = b"abc".to_vec();
        f.extend_from_slice(&crc16(b"abc").to_be_bytes());
        assert_eq!(crc16(&f), 0);
    }

    #[test]
    fn frames_have_the_documented_layout() {
        let f = Request::write(7, 0x12_3456, 0xDEAD_BEEF).encode().unwrap();
        assert_eq!(
            &f[..11],
            &[0xA5, 1, 7, 0x56, 0x34, 0x12, 1, 0xEF, 0xBE, 0xAD, 0xDE]
        );
        assert_eq!(f.len(), 13);
        assert_eq!(crc16(&f[1..]), 0);
        assert_eq!(Request::read(1, 5).encode().unwrap().len(), 9);
        assert!(Request::burst(1, 0, &[0; MAX_BURST_WORDS + 1])
            .encode()
            .is_err());
        assert!(Request::burst(1, 0, &[]).encode().is_err());
        let r = Response {
            status: LinkStatus::BusError,
            op: 3,
            tag: 9,
            data: 0x0102_0304,
        };
        let b = r.to_bytes();
        assert_eq!(&b[..8], &[0x5A, 4, 3, 9, 4, 3, 2, 1]);
        assert_eq!(Response::parse(&b).unwrap(), r);
        let mut bad = b;
        bad[5] ^= 0x10;
        assert!(Response::parse(&bad).is_err());
        assert_eq!(1u32 << BURST_BUFFER_LOG2, MAX_BURST_WORDS as u32);
    }

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

    #[test]
    fn driver_runs_over_the_model_link_with_corrupted_bytes() {
        let cfg = AccelConfig::UP5K;
        let mut link = ModelLink::new(AccelModel::new(cfg));
        // corrupt a byte of the 2nd and the 5th frame after the Status
        link.corrupt = vec![9 + 3, 9 + 13 * 3 + 12];
        let bus = LinkBus::new(link).unwrap();
        let mut d = Driver::new(bus, cfg);
        let a = Region::AccMemory.base();
        for i in 0..6 {
            d.write(a + i, 100 + i).unwrap();
        }
        for i in 0..6 {
            assert_eq!(d.read(a + i).unwrap(), 100 + i);
        }
        assert_eq!(d.bus.stats.retries, 2);
        assert_eq!(d.read(reg::ID).unwrap(), ID_VALUE);
        // a refused access is a bus error, not a link error
        assert!(matches!(
            d.write(reg::ID, 0),
            Err(crate::driver::DriverError::Bus { .. })
        ));
    }

    /// `Bus::write_words` over the link: bursts of at most 64 words, the same memory as the
    /// model's word-by-word writes, a refused word reported at its own address, a link
    /// failure inside a burst reported as a link error.
    #[test]
    fn write_words_go_as_bursts_and_report_the_refused_word() {
        let cfg = AccelConfig::UP5K;
        let mut d = Driver::new(
            LinkBus::new(ModelLink::new(AccelModel::new(cfg))).unwrap(),
            cfg,
        );
        let mut m = Driver::new(AccelModel::new(cfg), cfg);
        let a = Region::AccMemory.base();
        let words: Vec<u32> = (0..150u32).map(|i| i.wrapping_mul(0x9E37_79B9)).collect();
        let frames = d.bus.stats.frames;
        d.write_words(a + 3, &words).unwrap();
        m.write_words(a + 3, &words).unwrap();
        // 150 words: bursts of 64, 64, 22
        assert_eq!(d.bus.stats.frames - frames, 3);
        assert_eq!(d.bus.link.bus.acc_mem, m.bus.acc_mem);
        // one word goes as a Write frame
        let sent = d.bus.stats.bytes_sent;
        d.write_words(a, &[7]).unwrap();
        assert_eq!(d.bus.stats.bytes_sent - sent, 13);
        assert_eq!(d.read(a).unwrap(), 7);
        // a burst running off the end of the accumulator memory: the words before the end
        // are written, the error names the first address past it
        let n = cfg.region_words(Region::AccMemory) as u32;
        let end = a + n;
        for drv in [&mut d as &mut dyn WriteWords, &mut m] {
            match drv.words(end - 2, &[1, 2, 3, 4]) {
                Err(crate::driver::DriverError::Bus { address, .. }) => assert_eq!(address, end),
                other => panic!("{other:?}"),
            }
        }
        assert_eq!(d.read(end - 1).unwrap(), 2);
        // every byte of a burst corrupted: a link error, not a bus error
        let at = d.bus.link.sent_bytes();
        d.bus.link.corrupt = (at..at + 4 * (9 + 4 * 64)).collect();
        assert!(matches!(
            d.write_words(a, &words[..64]),
            Err(crate::driver::DriverError::Link(_))
        ));
    }

    /// `Driver::write_words` on two bus types behind one reference.
    trait WriteWords {
        fn words(&mut self, a: u32, w: &[u32]) -> Result<(), crate::driver::DriverError>;
    }
    impl<B: Bus> WriteWords for Driver<B> {
        fn words(&mut self, a: u32, w: &[u32]) -> Result<(), crate::driver::DriverError> {
            self.write_words(a, w)
        }
    }

    #[test]
    fn a_dead_link_gives_a_link_error_not_a_panic() {
        struct Dead;
        impl SerialLink for Dead {
            fn send(&mut self, _: &[u8]) -> io::Result<()> {
                Ok(())
            }
            fn recv(&mut self, _: usize, _: Duration) -> io::Result<Vec<u8>> {
                Ok(vec![])
            }
            fn byte_time(&self) -> Duration {
                Duration::from_micros(1)
            }
            fn wait_cycles(&mut self, _: u64) {}
        }
        assert!(matches!(
            LinkBus::new(Dead),
            Err(LinkError::NoResponse { attempts: 4 })
        ));
        let mut b = LinkBus::new(ModelLink::new(AccelModel::new(AccelConfig::UP5K))).unwrap();
        b.link.corrupt = (0..1000).collect();
        let mut d = Driver::new(b, AccelConfig::UP5K);
        match d.read(reg::ID) {
            Err(crate::driver::DriverError::Link(m)) => assert!(m.contains("rejected"), "{m}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_new_write_after_a_lost_one_and_a_tag_wrap_is_not_taken_for_a_resend() {
        let cfg = AccelConfig::UP5K;
        let a = Region::AccMemory.base();
        let mut d = Driver::new(
            LinkBus::new(ModelLink::new(AccelModel::new(cfg))).unwrap(),
            cfg,
        );
        d.write(a, 1).unwrap(); // tag 2: the board's last write
        for _ in 0..254 {
            d.read(a).unwrap(); // tags 3..=255, 0
        }
        // the next write (tag 1) never reaches the board: every byte of its 4 attempts
        // corrupted
        let at = 9 + 13 + 254 * 9;
        d.bus.link.corrupt = (at..at + 4 * 13).collect();
        assert!(matches!(
            d.write(a, 2),
            Err(crate::driver::DriverError::Link(_))
        ));
        // tag 2 again would be taken for a resend of the first write and not executed
        d.write(a, 3).unwrap();
        assert_eq!(d.read(a).unwrap(), 3);
    }

    #[test]
    fn host_link_doc_is_generated_from_the_definitions() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/host-link.md");
        let doc = link_markdown();
        if std::env::var_os("QINS_UPDATE_DOCS").is_some() {
            std::fs::write(path, &doc).unwrap();
        }
        let on_disk = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            on_disk == doc,
            "docs/host-link.md is stale: QINS_UPDATE_DOCS=1 cargo test -p qins --lib link"
        );
    }
}

// ---------------------------------------------------------------------------------------
// A real serial port
// ---------------------------------------------------------------------------------------

/// A board on a real serial port (8N1, no flow control), through the `serialport` crate
/// (built without libudev: port enumeration is not used, so no system -dev package is
/// needed).
pub struct PortLink {
    port: Box<dyn serialport::SerialPort>,
    baud: u32,
    clock_hz: u64,
}

impl PortLink {
    /// Opens `path` (e.g. `/dev/ttyUSB1`) at `baud`; `clock_hz` is the board clock (for
    /// [`SerialLink::wait_cycles`]).
    pub fn open(path: &str, baud: u32, clock_hz: u64) -> Result<Self, LinkError> {
        let port = serialport::new(path, baud)
            .data_bits(serialport::DataBits::Eight)
            .parity(serialport::Parity::None)
            .stop_bits(serialport::StopBits::One)
            .flow_control(serialport::FlowControl::None)
            .timeout(Duration::from_millis(10))
            .open()
            .map_err(|e| LinkError::Io(io::Error::other(format!("{path}: {e}"))))?;
        Ok(Self::from_port(port, baud, clock_hz))
    }

    /// Wraps a port that is already open (a pseudo-terminal in the tests).
    pub fn from_port(port: Box<dyn serialport::SerialPort>, baud: u32, clock_hz: u64) -> Self {
        Self {
            port,
            baud: baud.max(1),
            clock_hz: clock_hz.max(1),
        }
    }
}

impl SerialLink for PortLink {
    fn send(&mut self, bytes: &[u8]) -> io::Result<()> {
        use std::io::Write;
        self.port.write_all(bytes)?;
        self.port.flush()
    }

    fn recv(&mut self, max: usize, timeout: Duration) -> io::Result<Vec<u8>> {
        use std::io::Read;
        let deadline = std::time::Instant::now() + timeout;
        let mut out = Vec::new();
        let mut buf = [0u8; 512];
        while out.len() < max {
            let now = std::time::Instant::now();
            if now >= deadline {
                break;
            }
            let wait = (deadline - now).max(Duration::from_millis(1));
            self.port
                .set_timeout(wait)
                .map_err(|e| io::Error::other(e.to_string()))?;
            let cap = buf.len().min(max - out.len());
            match self.port.read(&mut buf[..cap]) {
                Ok(0) => break,
                Ok(n) => out.extend_from_slice(&buf[..n]),
                Err(e) if e.kind() == io::ErrorKind::TimedOut => break,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        Ok(out)
    }

    fn byte_time(&self) -> Duration {
        Duration::from_nanos(BITS_PER_BYTE as u64 * 1_000_000_000 / self.baud as u64)
    }

    fn wait_cycles(&mut self, cycles: u64) {
        std::thread::sleep(Duration::from_nanos(
            (cycles as u128 * 1_000_000_000 / self.clock_hz as u128).min(u64::MAX as u128) as u64,
        ));
    }

    /// USB serial adapters deliver received bytes in packets, after up to their latency
    /// timer (16 ms on FTDI chips by default).
    fn latency(&self) -> Duration {
        Duration::from_millis(40)
    }
}

#[cfg(all(test, unix))]
mod port_tests {
    use super::*;
    use crate::accel::{reg, AccelConfig, Region, ID_VALUE};
    use crate::driver::Driver;
    use crate::hw::AccelModel;
    use serialport::SerialPort;
    use std::io::{Read, Write};

    /// The board side of a pseudo-terminal: a `LinkEngine` on an `AccelModel`, the idle
    /// timeout standing in for the line going quiet.
    fn board(mut port: serialport::TTYPort, stop: std::sync::mpsc::Receiver<()>) {
        let mut engine = LinkEngine::new();
        let mut bus = AccelModel::new(AccelConfig::UP5K);
        port.set_timeout(Duration::from_millis(5)).unwrap();
        let mut buf = [0u8; 256];
        while stop.try_recv().is_err() {
            match port.read(&mut buf) {
                Ok(n) => {
                    for &b in &buf[..n] {
                        if let Some(r) = engine.byte(b, &mut bus) {
                            port.write_all(&r.to_bytes()).unwrap();
                        }
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::TimedOut => {
                    if let Some(r) = engine.idle() {
                        port.write_all(&r.to_bytes()).unwrap();
                    }
                }
                Err(_) => return,
            }
        }
    }

    #[test]
    fn driver_over_a_pseudo_terminal() {
        let (host, dev) = serialport::TTYPort::pair().expect("a pseudo-terminal pair (/dev/ptmx)");
        let (tx, rx) = std::sync::mpsc::channel();
        let t = std::thread::spawn(move || board(dev, rx));
        let link = PortLink::from_port(Box::new(host), 115_200, 12_000_000);
        let mut d = Driver::new(LinkBus::new(link).unwrap(), AccelConfig::UP5K);
        let a = Region::AccMemory.base();
        assert_eq!(d.read(reg::ID).unwrap(), ID_VALUE);
        d.write(a, 42).unwrap();
        assert_eq!(d.read(a).unwrap(), 42);
        assert_eq!(d.bus.write_burst(a + 1, &[1, 2, 3]).unwrap(), Ok(()));
        assert_eq!(d.read(a + 3).unwrap(), 3);
        tx.send(()).unwrap();
        t.join().unwrap();
    }

    #[test]
    fn a_missing_port_is_an_error() {
        assert!(matches!(
            PortLink::open("/dev/qins-no-such-port", 115_200, 12_000_000),
            Err(LinkError::Io(_))
        ));
    }
}
