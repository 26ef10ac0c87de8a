//! The UART host link, defined once: the frame format, the CRC, the opcodes and status
//! codes, a byte-level reference model of the hardware frame engine ([`LinkEngine`]), the
//! host side ([`LinkBus`], which implements [`Bus`] so [`qins_host::driver::Driver`] runs over a
//! serial line unchanged) and the generated protocol document ([`link_markdown`],
//! `docs/host-link.md`). The hardware (`qins-hdl`'s `host_link/`) takes every constant
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

mod doc;
mod engine;

pub use doc::link_markdown;
pub use engine::{EngineState, LinkEngine};

use crate::accel::AccelConfig;
use crate::code_enum;
use std::fmt;
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
    /// `scripts/fpga.sh` configuration name (`up5k`, `hx8k`, `ulx3s`, `ulx3s25f`).
    pub name: &'static str,
    /// The board.
    pub board: &'static str,
    /// The accelerator behind the link.
    pub config: AccelConfig,
    /// The design clock: the board's PLL output for `scripts/fpga.sh`'s default FREQ
    /// (`icepll -i 12 -o FREQ` on the iCE40 boards' 12 MHz oscillator, `ecppll -i 25 -o FREQ`
    /// on the ULX3S's 25 MHz one).
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
    /// The board named `name` (`up5k`, `hx8k`, `ulx3s`, `ulx3s25f`).
    pub fn by_name(name: &str) -> Option<FpgaBoard> {
        FPGA_BOARDS.into_iter().find(|b| b.name == name)
    }
    /// The generated simulation board top of this board's accelerator (and `rtl/` file name
    /// without `.v`), `qins_board_<name>_sim`; only the [`SIM_BOARDS`] have one.
    pub fn sim_top(&self) -> String {
        format!("qins_board_{}_sim", self.name)
    }
    /// The board has a simulation top ([`SIM_BOARDS`]).
    pub fn simulated(&self) -> bool {
        SIM_BOARDS.contains(self)
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
/// ULX3S with the LFE5U-85F: 25 MHz -> EHXPLLL 75 MHz (`ecppll -i 25 -o 75`: CLKI_DIV 1,
/// CLKFB_DIV 3, CLKOP_DIV 8, VCO 600 MHz, exact), 651 clocks per bit, 115207 baud (0.01 %
/// fast): issue 20's goal. The 8 x 8 board design, its array multipliers floorplanned
/// (`scripts/ecp5-floorplan.py`), placed and routed for 75 MHz, reaches it with margin on
/// the seeds measured (docs/fpga-results.md; `scripts/fpga.sh` retries other seeds if one
/// does not).
pub const ULX3S_BOARD: FpgaBoard = FpgaBoard {
    name: "ulx3s",
    board: "ULX3S (LFE5U-85F)",
    config: AccelConfig::ULX3S,
    clock_hz: 75_000_000,
};
/// ULX3S with the LFE5U-25F: the same board and pins, the 4 x 4 array, 25 MHz -> EHXPLLL
/// 60 MHz (`ecppll -i 25 -o 60`: CLKOP_DIV 10, VCO 600 MHz, exact), 521 clocks per bit,
/// 115163 baud (0.03 % slow); below its measured Fmax (placed and routed for 75 MHz).
pub const ULX3S25F_BOARD: FpgaBoard = FpgaBoard {
    name: "ulx3s25f",
    board: "ULX3S (LFE5U-25F)",
    config: AccelConfig::ULX3S25F,
    clock_hz: 60_000_000,
};
/// Every FPGA board.
pub const FPGA_BOARDS: [FpgaBoard; 4] = [UP5K_BOARD, HX8K_BOARD, ULX3S_BOARD, ULX3S25F_BOARD];
/// The boards with a simulation top, [`FpgaBoard::sim_top`]: the link at 8 clocks per bit in
/// front of the board's accelerator in one generated module, which Verilator runs
/// (`qins_sim::BoardSim`). The HX8K has none.
pub const SIM_BOARDS: [FpgaBoard; 3] = [UP5K_BOARD, ULX3S_BOARD, ULX3S25F_BOARD];

code_enum! {
    /// Request opcodes (byte 1 of a request).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Opcode: u8 {
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
}

impl Opcode {
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

code_enum! {
    /// Response status codes (byte 1 of a response).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum LinkStatus: u8 {
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
}

impl LinkStatus {
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
        let status = LinkStatus::from_repr(f[1])
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
