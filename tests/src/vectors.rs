//! `$readmemh` vector files for the Icarus Verilog check (`scripts/iverilog-check.sh`,
//! testbenches in `tests/iverilog/`). Every expected value comes from the bit-exact model
//! (`qins_core::hw::QinsAlu`, `qins_core::hw::AccelModel`), never from RTL.
//!
//! Files (one entry per line, fixed-width upper-case hex, no header):
//!
//! * `alu_narrow.hex`, 7 hex digits = 28 bits: `op[27:24] a[23:16] b[15:8] result[7:0]`.
//!   Code ops on 8-bit operands (upper 24 bits of `a`, `b` and `result` are zero): every
//!   pair of ADD SUB MUL MAX MIN (interleaved, op changing every vector) and every code of
//!   NEG ABS (with a random `b`, which they ignore).
//! * `alu_wide.hex`, 26 hex digits = 104 bits:
//!   `illegal[103:100] op[99:96] a[95:64] b[63:32] result[31:0]`. Every code of DECODE (and
//!   some with random upper bits), ENCODE on every threshold +-1 of `ThresholdEncoder::qins()`,
//!   extremes and random i32, code ops with random upper bits, and the illegal opcodes
//!   10..=15 (`illegal` = 1, result 0). Shuffled with a fixed seed.
//! * `accel_<config>.hex`, 32 hex digits = 128 bits, then a `//` comment:
//!   `kind[127:124] error[123:120] address[119:96] data[95:64] mask[63:32] budget[31:0]`,
//!   see [`Entry`]. The bus transactions of one host program run by a
//!   [`Driver`] on the [`AccelModel`] through a [`Recorder`].

use qins_core::accel::{
    control, reg, status, AccelConfig, Command, ErrorCode, Matmul, Region, TableTarget,
};
use qins_core::hw::{AccelModel, AluOp, ChannelParams, DecodeTable, QinsAlu, ThresholdEncoder};
use qins_core::rng::SplitMix64;
use qins_host::driver::{Bus, Driver, DriverError, Refused};
use std::collections::BTreeSet;

/// One ALU operation with the model's answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AluVector {
    pub op: u8,
    pub a: u32,
    pub b: u32,
    pub result: u32,
    /// The opcode is not an [`AluOp`]: the RTL answers `out_illegal` = 1 and result 0.
    pub illegal: bool,
}

impl AluVector {
    /// `op(a, b)` as the model computes it.
    pub fn from_model(alu: &QinsAlu, op: u8, a: u32, b: u32) -> Self {
        let (result, illegal) = match AluOp::from_opcode(op) {
            Some(o) => (alu.execute(o, a, b), false),
            None => (0, true),
        };
        Self {
            op,
            a,
            b,
            result,
            illegal,
        }
    }

    /// True when the vector fits the 28-bit narrow layout.
    pub fn fits_narrow(&self) -> bool {
        !self.illegal && self.op < 16 && self.a < 256 && self.b < 256 && self.result < 256
    }

    pub fn narrow_line(&self) -> String {
        debug_assert!(self.fits_narrow());
        format!(
            "{:X}{:02X}{:02X}{:02X}",
            self.op, self.a, self.b, self.result
        )
    }

    pub fn wide_line(&self) -> String {
        format!(
            "{:X}{:X}{:08X}{:08X}{:08X}",
            self.illegal as u8, self.op, self.a, self.b, self.result
        )
    }

    /// Parses either layout (7 or 26 hex digits).
    pub fn parse(line: &str) -> Option<Self> {
        let h = |s: &str| u32::from_str_radix(s, 16).ok();
        match line.len() {
            7 => Some(Self {
                op: h(&line[0..1])? as u8,
                a: h(&line[1..3])?,
                b: h(&line[3..5])?,
                result: h(&line[5..7])?,
                illegal: false,
            }),
            26 => Some(Self {
                illegal: h(&line[0..1])? != 0,
                op: h(&line[1..2])? as u8,
                a: h(&line[2..10])?,
                b: h(&line[10..18])?,
                result: h(&line[18..26])?,
            }),
            _ => None,
        }
    }
}

/// The ALU vector set: `narrow` and `wide` files, streamed narrow first.
#[derive(Clone, Debug)]
pub struct AluSet {
    pub narrow: Vec<AluVector>,
    pub wide: Vec<AluVector>,
}

impl AluSet {
    pub fn len(&self) -> usize {
        self.narrow.len() + self.wide.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Vectors per opcode (index = opcode).
    pub fn per_op(&self) -> [usize; 16] {
        let mut c = [0; 16];
        for v in self.narrow.iter().chain(&self.wide) {
            c[v.op as usize] += 1;
        }
        c
    }
}

/// Random code-op vectors with random upper operand bits, per code op (wide file).
pub const WIDE_CODE_OPS_EACH: usize = 128;
/// Random ENCODE inputs besides the thresholds +-1 and the extremes.
pub const ENCODE_RANDOM: usize = 1024;
/// DECODE vectors with random upper bits in `a`.
pub const DECODE_RANDOM: usize = 64;
/// Vectors per illegal opcode (10..=15).
pub const ILLEGAL_EACH: usize = 4;

/// The whole ALU set, from the default (QINS-table) model ALU, which is also what the RTL
/// ALU holds at power-up.
pub fn alu_vectors(seed: u64) -> AluSet {
    let alu = QinsAlu::default();
    let mut rng = SplitMix64::new(seed);
    let mut narrow = Vec::with_capacity(5 * 65536 + 512);
    for a in 0..256u32 {
        for b in 0..256u32 {
            for op in AluOp::BINARY {
                narrow.push(AluVector::from_model(&alu, op.opcode(), a, b));
            }
        }
    }
    for op in AluOp::UNARY {
        for a in 0..256u32 {
            let b = rng.next_u64() as u8 as u32;
            narrow.push(AluVector::from_model(&alu, op.opcode(), a, b));
        }
    }
    assert!(narrow.iter().all(AluVector::fits_narrow));

    let mut wide = Vec::new();
    let dec = AluOp::Decode.opcode();
    for a in 0..256u32 {
        let b = rng.next_u64() as u32;
        wide.push(AluVector::from_model(&alu, dec, a, b));
    }
    for _ in 0..DECODE_RANDOM {
        let (a, b) = (rng.next_u64() as u32, rng.next_u64() as u32);
        wide.push(AluVector::from_model(&alu, dec, a, b));
    }
    // ENCODE: every threshold -1, +0, +1, the extremes, then random words
    let mut inputs = BTreeSet::new();
    for &t in ThresholdEncoder::qins().thresholds() {
        for d in [-1i32, 0, 1] {
            if let Some(x) = t.checked_add(d) {
                inputs.insert(x);
            }
        }
    }
    inputs.extend([i32::MIN, i32::MIN + 1, -1, 0, 1, i32::MAX - 1, i32::MAX]);
    let enc = AluOp::Encode.opcode();
    for x in inputs {
        let b = rng.next_u64() as u32;
        wide.push(AluVector::from_model(&alu, enc, x as u32, b));
    }
    for _ in 0..ENCODE_RANDOM {
        let (a, b) = (rng.next_u64() as u32, rng.next_u64() as u32);
        wide.push(AluVector::from_model(&alu, enc, a, b));
    }
    // code ops ignore the upper 24 bits of both operands
    for op in AluOp::BINARY.into_iter().chain(AluOp::UNARY) {
        for _ in 0..WIDE_CODE_OPS_EACH {
            let (a, b) = (rng.next_u64() as u32, rng.next_u64() as u32);
            wide.push(AluVector::from_model(&alu, op.opcode(), a, b));
        }
    }
    for op in 10..16u8 {
        for _ in 0..ILLEGAL_EACH {
            let (a, b) = (rng.next_u64() as u32, rng.next_u64() as u32);
            wide.push(AluVector::from_model(&alu, op, a, b));
        }
    }
    // mix the ops so that neighbours in the pipeline differ (Fisher-Yates, seeded)
    for i in (1..wide.len()).rev() {
        let j = rng.below(i as u64 + 1) as usize;
        wide.swap(i, j);
    }
    AluSet { narrow, wide }
}

/// One step of the accelerator replay (`tests/iverilog/accel_tb.v`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    /// kind 0: write `data`; the answer's `error` must equal `error`.
    Write {
        address: u32,
        data: u32,
        error: bool,
    },
    /// kind 1: read; `read_data & mask` must equal `expected & mask`, and `error` must match.
    Read {
        address: u32,
        expected: u32,
        mask: u32,
        error: bool,
    },
    /// kind 2: wait until the `busy` port is low, at most `budget` cycles (else FAIL).
    WaitIdle { budget: u32 },
    /// kind 3: read `address` until `read_data & mask == value & mask`, at most `budget`
    /// cycles (else FAIL). Not compared otherwise.
    Poll {
        address: u32,
        mask: u32,
        value: u32,
        budget: u32,
    },
    /// kind 15: the end of the program.
    End,
}

fn describe(address: u32) -> String {
    if address < 0x100 {
        let name = qins_core::accel::REGISTERS
            .iter()
            .find(|r| r.address == address)
            .map(|r| r.name)
            .unwrap_or("?");
        return name.to_string();
    }
    match Region::decode(address) {
        Some((r, off)) => format!("{r:?}+0x{off:X}"),
        None => format!("unmapped 0x{address:06X}"),
    }
}

impl Entry {
    /// `(kind, error, address, data, mask, budget)`.
    fn fields(&self) -> (u8, bool, u32, u32, u32, u32) {
        match *self {
            Entry::Write {
                address,
                data,
                error,
            } => (0, error, address, data, 0, 0),
            Entry::Read {
                address,
                expected,
                mask,
                error,
            } => (1, error, address, expected, mask, 0),
            Entry::WaitIdle { budget } => (2, false, 0, 0, 0, budget),
            Entry::Poll {
                address,
                mask,
                value,
                budget,
            } => (3, false, address, value, mask, budget),
            Entry::End => (15, false, 0, 0, 0, 0),
        }
    }

    /// The `$readmemh` line: 32 hex digits and a comment.
    pub fn line(&self) -> String {
        let (kind, error, address, data, mask, budget) = self.fields();
        let comment = match *self {
            Entry::Write { address, .. } => format!("W {}", describe(address)),
            Entry::Read { address, .. } => format!("R {}", describe(address)),
            Entry::WaitIdle { .. } => "wait until idle".to_string(),
            Entry::Poll { address, .. } => format!("poll {}", describe(address)),
            Entry::End => "end".to_string(),
        };
        format!(
            "{kind:X}{:X}{address:06X}{data:08X}{mask:08X}{budget:08X} // {comment}",
            error as u8
        )
    }

    /// Parses a line written by [`Entry::line`].
    pub fn parse(line: &str) -> Option<Self> {
        let hex = line.split("//").next()?.trim();
        if hex.len() != 32 {
            return None;
        }
        let h = |r: std::ops::Range<usize>| u32::from_str_radix(&hex[r], 16).ok();
        let (kind, error) = (h(0..1)?, h(1..2)? != 0);
        let (address, data, mask, budget) = (h(2..8)?, h(8..16)?, h(16..24)?, h(24..32)?);
        Some(match kind {
            0 => Entry::Write {
                address,
                data,
                error,
            },
            1 => Entry::Read {
                address,
                expected: data,
                mask,
                error,
            },
            2 => Entry::WaitIdle { budget },
            3 => Entry::Poll {
                address,
                mask,
                value: data,
                budget,
            },
            15 => Entry::End,
            _ => return None,
        })
    }
}

/// Cycles a wait may take before the replay fails (the whole program needs a few hundred).
pub const WAIT_BUDGET: u32 = 20_000;

/// STATUS bits that do not depend on timing: the sticky error and its code.
pub const STATUS_ERROR_MASK: u32 = status::ERROR | 0xFF << status::ERROR_CODE_LSB;

/// A [`Bus`] that runs every access on the [`AccelModel`] and records it as [`Entry`]s.
///
/// The model runs each command at once; the RTL takes cycles. So, after a push (a CMD3
/// write) and until the next wait:
/// * a STATUS read becomes a poll until the queue is not full (what the driver's `push`
///   waits for) and a compare of the error bits only (busy and queue level are timing);
/// * any other access first waits until the unit is idle (memories refuse access while
///   busy). CMD0..CMD2 writes do not wait (they stage the next command).
///
/// [`Recorder::wait_idle`] records an explicit wait. Reads of the timing counters
/// (CYCLES, BUSY_CYCLES, ARRAY_CYCLES), which the model does not keep, compare only the
/// error flag. A program whose commands fail must wait before reading STATUS.
pub struct Recorder {
    pub model: AccelModel,
    pub entries: Vec<Entry>,
    /// A command was pushed since the last wait.
    pending: bool,
}

impl Recorder {
    pub fn new(cfg: AccelConfig) -> Self {
        Self {
            model: AccelModel::new(cfg),
            entries: Vec::new(),
            pending: false,
        }
    }

    /// Records a wait until the unit is idle.
    pub fn wait_idle(&mut self) {
        self.entries.push(Entry::WaitIdle {
            budget: WAIT_BUDGET,
        });
        self.pending = false;
    }

    fn settle(&mut self) {
        if self.pending {
            self.wait_idle();
        }
    }
}

impl Bus for Recorder {
    fn write_word(&mut self, address: u32, data: u32) -> Result<(), Refused> {
        if !(reg::CMD0..=reg::CMD3).contains(&address) {
            self.settle();
        }
        let r = self.model.bus_write(address, data);
        self.entries.push(Entry::Write {
            address,
            data,
            error: r.is_err(),
        });
        if address == reg::CMD3 && r.is_ok() {
            self.pending = true;
        }
        r.map_err(|_| Refused)
    }

    fn read_word(&mut self, address: u32) -> Result<u32, Refused> {
        let mut mask = u32::MAX;
        if address == reg::STATUS && self.pending {
            self.entries.push(Entry::Poll {
                address,
                mask: status::QUEUE_FULL,
                value: 0,
                budget: WAIT_BUDGET,
            });
            mask = STATUS_ERROR_MASK;
        } else {
            self.settle();
        }
        if matches!(
            address,
            reg::CYCLES_LO | reg::CYCLES_HI | reg::BUSY_CYCLES | reg::ARRAY_CYCLES
        ) {
            mask = 0;
        }
        let r = self.model.bus_read(address);
        self.entries.push(Entry::Read {
            address,
            expected: *r.as_ref().unwrap_or(&0),
            mask,
            error: r.is_err(),
        });
        r.map_err(|_| Refused)
    }

    fn run(&mut self, _cycles: u64) {}
}

/// Vector sizes of the program.
pub const K_TILES: usize = 3;
pub const ROWS: usize = 6;

/// `Driver::wait_idle` after an explicit recorded wait.
fn wait(d: &mut Driver<Recorder>) -> Result<u64, DriverError> {
    d.bus.wait_idle();
    d.wait_idle(WAIT_BUDGET as u64)
}

/// The small host program, recorded: identity registers; weights, activations, channel
/// parameters and tables (activation decode, output encoder, some weight-decode entries, the
/// ALU's tables); LOAD_TILE, a MATMUL accumulating over [`K_TILES`] K-tiles with PREFETCH, a
/// MATMUL on activation codes, POSTPROCESS in encode and int32 mode, ALU MUL, DECODE and
/// ENCODE, a BARRIER; counters and every result read back; then a refused write, a bad
/// opcode, and the error and counter clears. Ends with [`Entry::End`].
pub fn accel_program(cfg: AccelConfig) -> Result<Vec<Entry>, DriverError> {
    let mut d = Driver::new(Recorder::new(cfg), cfg);
    let n = cfg.n;
    let mut rng = SplitMix64::new(0x5EED_0ACC);
    let (k_tiles, rows) = (K_TILES, ROWS);
    // activation vectors: raw activations 0..k_tiles*rows, encoded outputs at `out`, then
    // the ALU results (elements, unaligned); accumulator vectors: pass 1 at 0, pass 2 at
    // rows, int32 outputs at 2*rows, ENCODE inputs at 3*rows (two vectors)
    let out = k_tiles * rows + 1;
    let mul_dst = (out + rows) * n;
    let dec_dst = mul_dst + n + 5;
    let enc_dst = dec_dst + 8 + 2;
    let act_end = (enc_dst + 2 * n).div_ceil(n) + 1;
    let enc_src = 3 * rows;
    assert!(act_end <= cfg.act_vectors() && enc_src + 2 <= cfg.acc_vectors());
    assert!(2 * n <= cfg.channels() && (k_tiles + 1) * n <= cfg.weight_rows());

    for r in [reg::ID, reg::CONFIG, reg::STATUS, reg::COMMANDS_DONE] {
        d.read(r)?;
    }
    // K-tiles of pass 1 and one more tile for pass 2 (the RTL memories power up X)
    let weights: Vec<u8> = (0..(k_tiles + 1) * n * n)
        .map(|_| rng.next_u64() as u8)
        .collect();
    d.write_weight_rows(0, &weights)?;
    // signed 8-bit activations for the raw pass (their low bytes are the codes of pass 2)
    let acts: Vec<i16> = (0..k_tiles * rows * n)
        .map(|_| rng.next_u64() as i8 as i16)
        .collect();
    d.write_act_vectors(0, &acts)?;
    // a known pattern where results land (and around them): stray writes show up
    let fill: Vec<i16> = (0..(act_end - k_tiles * rows) * n)
        .map(|_| rng.next_u64() as i16)
        .collect();
    d.write_act_vectors(k_tiles * rows, &fill)?;
    let params: Vec<ChannelParams> = (0..2 * n)
        .map(|_| ChannelParams {
            multiplier: (rng.next_u64() as i16) >> 2,
            shift: 8 + rng.below(12) as u8,
            bias: (rng.next_u64() as i32) >> 12,
        })
        .collect();
    d.write_channel_params(0, &params)?;
    // tables: INT8 activation codes, the INT8 output encoder, and a few weight-table entries
    d.write_decode_table(Region::ActDecodeTable, &DecodeTable::int8_identity())?;
    d.write_output_encoder(&ThresholdEncoder::int8_symmetric())?;
    for code in 0x40..0x48u32 {
        let v = (rng.next_u64() as i16) >> 3;
        d.write(Region::WeightDecodeTable.base() + code, v as u16 as u32)?;
    }
    // the ALU's tables: new DECODE values for the codes of activation elements 0..8, and
    // the INT8 encoder; ENCODE inputs around its range (Q15.16). Without the ALU (the FPGA
    // variants) its regions must answer BadAddress.
    if !cfg.alu {
        for region in [
            Region::AluDecodeTable,
            Region::AluEncoderThresholds,
            Region::AluEncoderCodes,
        ] {
            match d.write(region.base() + 1, 1) {
                Err(DriverError::Bus {
                    code: ErrorCode::BadAddress,
                    ..
                }) => {}
                other => {
                    return Err(DriverError::Shape(format!(
                        "{region:?} without the ALU: expected BadAddress: {other:?}"
                    )))
                }
            }
            d.clear_error()?;
        }
    }
    for &e in acts[..8].iter().filter(|_| cfg.alu) {
        let v = rng.next_u64() as i16;
        d.write(
            Region::AluDecodeTable.base() + e as u8 as u32,
            v as u16 as u32,
        )?;
    }
    let int8 = ThresholdEncoder::int8_symmetric();
    for (i, &t) in int8.thresholds().iter().enumerate().filter(|_| cfg.alu) {
        d.write(Region::AluEncoderThresholds.base() + i as u32, t as u32)?;
    }
    for (r, &c) in int8.code_of_rank().iter().enumerate().filter(|_| cfg.alu) {
        d.write(Region::AluEncoderCodes.base() + r as u32, c as u32)?;
    }
    let enc_in: Vec<i32> = (0..2 * n)
        .map(|_| rng.below(260 << 16) as i32 - (130 << 16))
        .collect();
    d.write_acc_vectors(enc_src, &enc_in)?;

    // pass 1: raw activations through QINS weights, K-tiles accumulated, the next tile
    // prefetched into the other bank; all queued back to back
    d.push(&Command::load_tile(0, 0))?;
    for kt in 0..k_tiles {
        let next = (kt + 1 < k_tiles).then_some(((kt + 1) * n) as u32);
        d.push(&Command::matmul(Matmul {
            count: rows as u32,
            act: (kt * rows) as u32,
            acc: 0,
            bank: (kt % 2) as u32,
            accumulate: kt > 0,
            act_codes: false,
            k_valid: (n - 1) as u32,
            n_valid: 0,
            prefetch: next,
        }))?;
    }
    // pass 2: the same activations as codes (INT8 table), a new tile, n_valid = N - 1
    d.push(&Command::load_tile((k_tiles * n) as u32, 1))?;
    d.push(&Command::matmul(Matmul {
        count: rows as u32,
        act: 0,
        acc: rows as u32,
        bank: 1,
        accumulate: false,
        act_codes: true,
        k_valid: 0,
        n_valid: (n - 1) as u32,
        prefetch: None,
    }))?;
    // post-process pass 1 to INT8 codes, pass 2 to int32 (channel base n)
    d.push(&Command::postprocess(rows as u32, 0, out as u32, 0, true))?;
    d.push(&Command::postprocess(
        rows as u32,
        rows as u32,
        (2 * rows) as u32,
        n as u32,
        false,
    ))?;
    // ALU: MUL of activation low bytes (QINS codes), DECODE and ENCODE through the
    // tables written above; without the ALU, one ALU command (BadOpcode) and one LOAD_TABLE
    // of an ALU table (BadOperand), each checked and cleared
    if !cfg.alu {
        wait(&mut d)?;
        let alu = Command::alu(AluOp::Mul, 4, 1, 2, mul_dst as u32);
        d.push(&alu)?;
        match wait(&mut d) {
            Err(DriverError::Device {
                code: ErrorCode::BadOpcode,
                info,
            }) if info == alu.words[0] => {}
            other => {
                return Err(DriverError::Shape(format!(
                    "ALU without the ALU: expected BadOpcode: {other:?}"
                )))
            }
        }
        d.clear_error()?;
        d.push(&Command::load_table(TableTarget::AluCodes, 0))?;
        match wait(&mut d) {
            Err(DriverError::Device {
                code: ErrorCode::BadOperand,
                ..
            }) => {}
            other => {
                return Err(DriverError::Shape(format!(
                    "LOAD_TABLE AluCodes without the ALU: expected BadOperand: {other:?}"
                )))
            }
        }
        d.clear_error()?;
    }
    for alu in [
        Command::alu(
            AluOp::Mul,
            n as u32 + 3,
            1,
            (rows * n + 2) as u32,
            mul_dst as u32,
        ),
        Command::alu(AluOp::Decode, 8, 0, 0, dec_dst as u32),
        Command::alu(
            AluOp::Encode,
            2 * n as u32,
            (enc_src * n) as u32,
            0,
            enc_dst as u32,
        ),
    ]
    .iter()
    .filter(|_| cfg.alu)
    {
        d.push(alu)?;
    }
    d.push(&Command::barrier(77))?;
    wait(&mut d)?;

    for r in [
        reg::COMMANDS_DONE,
        reg::BARRIER_ID,
        reg::USEFUL_MACS_LO,
        reg::USEFUL_MACS_HI,
        reg::ERROR_INFO,
        reg::CMD0,
        reg::CMD1,
        reg::CMD2,
        reg::CMD3,
    ] {
        d.read(r)?;
    }
    d.read_acc_vectors(0, 3 * rows)?;
    d.read_act_vectors(0, act_end)?;
    for w in 0..((k_tiles + 1) * n * cfg.weight_words_per_row()) as u32 {
        d.read(Region::WeightMemory.base() + w)?;
    }

    // a refused write: the error is sticky until cleared
    match d.write(reg::ID, 5) {
        Err(DriverError::Bus {
            code: ErrorCode::BadAccess,
            ..
        }) => {}
        other => return Err(DriverError::Shape(format!("expected BadAccess: {other:?}"))),
    }
    d.error()?;
    d.clear_error()?;
    // a bad opcode: the command is skipped and sets the error
    d.push(&Command {
        words: [0x3F, 0, 0, 0],
    })?;
    match wait(&mut d) {
        Err(DriverError::Device {
            code: ErrorCode::BadOpcode,
            info: 0x3F,
        }) => {}
        other => return Err(DriverError::Shape(format!("expected BadOpcode: {other:?}"))),
    }
    d.clear_error()?;
    d.status()?;
    d.write(reg::CONTROL, control::CLEAR_COUNTERS)?;
    for r in [reg::COMMANDS_DONE, reg::USEFUL_MACS_LO, reg::CYCLES_LO] {
        d.read(r)?;
    }
    let mut entries = d.bus.entries;
    entries.push(Entry::End);
    Ok(entries)
}

/// Replays entries on a fresh model, as the testbench does on the RTL: `Err` names the
/// first entry the model disagrees with.
pub fn replay_on_model(cfg: AccelConfig, entries: &[Entry]) -> Result<(), String> {
    let mut m = AccelModel::new(cfg);
    for (i, e) in entries.iter().enumerate() {
        match *e {
            Entry::Write {
                address,
                data,
                error,
            } => {
                if m.bus_write(address, data).is_err() != error {
                    return Err(format!("entry {i}: write error flag differs"));
                }
            }
            Entry::Read {
                address,
                expected,
                mask,
                error,
            } => {
                let r = m.bus_read(address);
                if r.is_err() != error || (*r.as_ref().unwrap_or(&0) ^ expected) & mask != 0 {
                    return Err(format!("entry {i}: read {r:?}, expected {expected:#x}"));
                }
            }
            Entry::WaitIdle { .. } => {}
            Entry::Poll {
                address,
                mask,
                value,
                ..
            } => match m.bus_read(address) {
                Ok(v) if (v ^ value) & mask == 0 => {}
                other => return Err(format!("entry {i}: poll never ends: {other:?}")),
            },
            Entry::End => return Ok(()),
        }
    }
    Err("no End entry".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alu_lines_round_trip_and_equal_the_model() {
        let set = alu_vectors(1);
        let alu = QinsAlu::default();
        let narrow = set.narrow.iter().step_by(97).map(AluVector::narrow_line);
        for line in narrow.chain(set.wide.iter().map(AluVector::wide_line)) {
            let p = AluVector::parse(&line).unwrap();
            assert_eq!(p, AluVector::from_model(&alu, p.op, p.a, p.b), "{line}");
        }
        let per_op = set.per_op();
        for op in AluOp::BINARY {
            assert!(per_op[op.opcode() as usize] >= 65536);
        }
        for op in [AluOp::Neg, AluOp::Abs, AluOp::Decode, AluOp::Lookup] {
            assert!(per_op[op.opcode() as usize] >= 256);
        }
        assert!(per_op[AluOp::Encode.opcode() as usize] >= 3 * 254);
        assert!(per_op[10..].iter().all(|&c| c == ILLEGAL_EACH));
    }

    #[test]
    fn recorded_programs_replay_on_a_fresh_model() {
        for cfg in AccelConfig::ALL {
            let entries = accel_program(cfg).unwrap();
            let parsed: Vec<Entry> = entries
                .iter()
                .map(|e| Entry::parse(&e.line()).unwrap())
                .collect();
            assert_eq!(parsed, entries);
            replay_on_model(cfg, &parsed).unwrap();
            let waits = entries
                .iter()
                .filter(|e| matches!(e, Entry::WaitIdle { .. }))
                .count();
            assert!(waits >= 2, "{waits}");
            // the results are not degenerate: many distinct accumulators were read
            let distinct: BTreeSet<u32> = entries
                .iter()
                .filter_map(|e| match e {
                    Entry::Read {
                        address, expected, ..
                    } if *address >= Region::AccMemory.base() => Some(*expected),
                    _ => None,
                })
                .collect();
            assert!(distinct.len() > 2 * ROWS * cfg.n, "{}", distinct.len());
        }
    }

    #[test]
    fn a_corrupted_expectation_is_caught_by_the_replay() {
        let cfg = AccelConfig::HX8K;
        let mut entries = accel_program(cfg).unwrap();
        let i = entries
            .iter()
            .rposition(|e| matches!(e, Entry::Read { address, .. } if *address >= Region::AccMemory.base()))
            .unwrap();
        if let Entry::Read { expected, .. } = &mut entries[i] {
            *expected ^= 1;
        }
        assert!(replay_on_model(cfg, &entries).is_err());
    }
}
