//! The command words: opcodes, flags, table targets, and [`Command`] with its builders and
//! field accessors.

use crate::code_enum;

code_enum! {
    /// Command opcodes (CMD0 bits 7..0).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
    pub enum Opcode: u8 {
        Nop = 0,
        LoadTile = 1,
        Matmul = 2,
        PostProcess = 3,
        Barrier = 4,
        Alu = 5,
        LoadTable = 6,
    }
}

impl Opcode {}

/// MATMUL and LOAD_TILE flag bits (CMD0 bits 15..8).
pub mod flag {
    /// The weight bank used (MATMUL) or loaded (LOAD_TILE).
    pub const BANK: u32 = 1 << 0;
    /// MATMUL: add to the accumulators instead of overwriting them.
    pub const ACCUMULATE: u32 = 1 << 1;
    /// MATMUL: activations are codes (low byte of each element) decoded through the
    /// activation decode tables; otherwise raw 16-bit values.
    pub const ACT_CODES: u32 = 1 << 2;
    /// MATMUL: while streaming, load the tile at CMD3 into the other bank.
    pub const PREFETCH: u32 = 1 << 3;
    /// POSTPROCESS: encode to codes into activation memory; otherwise int32 into accumulator
    /// memory.
    pub const ENCODE: u32 = 1 << 0;
}

code_enum! {
    /// LOAD_TABLE targets (the CMD0 flags byte; any other value is BadOperand).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
    pub enum TableTarget: u8 {
        /// The weight-edge decode tables, from 256 activation elements.
        WeightDecode = 0,
        /// The activation-edge decode tables, from 256 activation elements.
        ActDecode = 1,
        /// The ALU's decode table, from 256 activation elements.
        AluDecode = 2,
        /// The output encoder's 255 thresholds, from accumulator elements.
        OutputThresholds = 3,
        /// The output encoder's 256 codes, from the low bytes of activation elements.
        OutputCodes = 4,
        /// The ALU encoder's thresholds, from accumulator elements.
        AluThresholds = 5,
        /// The ALU encoder's codes, from activation elements.
        AluCodes = 6,
        /// The ALU's lookup table (op LOOKUP), codes from the low bytes of activation
        /// elements.
        AluLookup = 7,
    }
}

impl TableTarget {
    /// Entries copied: 255 thresholds or 256 table entries.
    pub fn entries(self) -> usize {
        match self {
            TableTarget::OutputThresholds | TableTarget::AluThresholds => 255,
            _ => 256,
        }
    }

    /// A table of the ALU (refused with BadOperand when the variant has no ALU).
    pub fn alu(self) -> bool {
        matches!(
            self,
            TableTarget::AluDecode
                | TableTarget::AluThresholds
                | TableTarget::AluCodes
                | TableTarget::AluLookup
        )
    }

    /// True when the source is accumulator memory (i32), else activation memory (i16).
    pub fn from_accumulators(self) -> bool {
        matches!(
            self,
            TableTarget::OutputThresholds | TableTarget::AluThresholds
        )
    }
}

/// A decoded command: four words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Command {
    pub words: [u32; 4],
}

/// Documentation of each command's words (the table in docs/registers.md).
pub const COMMAND_DOCS: &[(&str, &str, &str, &str, &str)] = &[
    ("NOP (0)", "-", "-", "-", "does nothing"),
    ("LOAD_TILE (1)", "weight row r", "-", "-", "shift tile rows r..r+N-1 (decoded by the weight tables) into bank `flags.bank`; N + 2 cycles"),
    (
        "MATMUL (2)",
        "act vector a (23..0), k_valid (31..24, 0 = N)",
        "acc vector c (23..0), n_valid (31..24, 0 = N)",
        "prefetch weight row p",
        "for v in 0..count: acc[c+v] (+)= act[a+v] x W(bank); flags: bank, accumulate, act_codes, prefetch (load row p into the other bank meanwhile); count + small cycles, results land 2N + 5 cycles after their vector",
    ),
    (
        "POSTPROCESS (3)",
        "acc vector s",
        "destination vector d",
        "channel base (15..0)",
        "for v in 0..count, element j: out = OutputStage(acc[s+v][j], params[base+j]); flags.encode: code -> act[d+v][j], else i32 -> acc[d+v][j], where a destination starting inside the source after its start is refused (BadOperand), in place is fine; one element per cycle",
    ),
    ("BARRIER (4)", "id", "-", "-", "wait until every earlier command has finished and its results are written; then BARRIER_ID = id"),
    (
        "ALU (5)",
        "element a",
        "element b",
        "destination element d",
        "for e in 0..count: act[d+e] = QinsAlu(op = flags 3..0, act[a+e], act[b+e]) (op: ADD 0, SUB 1, MUL 2, NEG 3, ABS 4, MAX 5, MIN 6, ENCODE 7, DECODE 8, LOOKUP 9; over 9 is BadOperand); element = vector*N + lane; codes in the low byte, results zero-extended (DECODE: the i16); ENCODE reads a from accumulator elements; a destination starting inside a source range after its start is refused (BadOperand), in place is fine; two cycles per element; refused with BadOpcode on a variant without the ALU (CONFIG.no_alu)",
    ),
    (
        "LOAD_TABLE (6)",
        "source element s",
        "-",
        "-",
        "copy a table from memory (flags = TableTarget; a flags byte over 7 is BadOperand): decode tables, code maps and the lookup table from activation elements s.., thresholds from accumulator elements s..; one entry per cycle; an ALU table (targets 2, 5, 6, 7) without the ALU is BadOperand",
    ),
];

/// The operands of a MATMUL command ([`Command::matmul`]): stream `count` activation
/// vectors from activation row `act` through weight bank `bank` into accumulator rows from
/// `acc`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Matmul {
    /// Activation vectors streamed (one per cycle once the array is full).
    pub count: u32,
    /// First activation row (24 bits).
    pub act: u32,
    /// First accumulator row (24 bits).
    pub acc: u32,
    /// Weight bank the array multiplies by (bit 0).
    pub bank: u32,
    /// Add to the accumulators instead of overwriting them.
    pub accumulate: bool,
    /// The activations are 8-bit codes decoded by the activation-edge table (else raw 16-bit).
    pub act_codes: bool,
    /// Valid input lanes (1..=N): K of the last tile.
    pub k_valid: u32,
    /// Valid output lanes (1..=N): outputs of the last tile.
    pub n_valid: u32,
    /// Weight row of the tile to load into the other bank while this one streams.
    pub prefetch: Option<u32>,
}

impl Command {
    fn new(op: Opcode, flags: u32, count: u32, w1: u32, w2: u32, w3: u32) -> Self {
        Command {
            words: [
                op as u32 | (flags & 0xFF) << 8 | (count & 0xFFFF) << 16,
                w1,
                w2,
                w3,
            ],
        }
    }

    pub fn nop() -> Self {
        Self::new(Opcode::Nop, 0, 0, 0, 0, 0)
    }

    /// Load the N weight rows starting at `row` into `bank`.
    pub fn load_tile(row: u32, bank: u32) -> Self {
        Self::new(Opcode::LoadTile, bank & flag::BANK, 0, row, 0, 0)
    }

    /// A MATMUL: its operands by name in [`Matmul`].
    pub fn matmul(m: Matmul) -> Self {
        let flags = (m.bank & flag::BANK)
            | if m.accumulate { flag::ACCUMULATE } else { 0 }
            | if m.act_codes { flag::ACT_CODES } else { 0 }
            | if m.prefetch.is_some() {
                flag::PREFETCH
            } else {
                0
            };
        Self::new(
            Opcode::Matmul,
            flags,
            m.count,
            m.act & 0xFF_FFFF | (m.k_valid & 0xFF) << 24,
            m.acc & 0xFF_FFFF | (m.n_valid & 0xFF) << 24,
            m.prefetch.unwrap_or(0),
        )
    }

    /// Requantize `count` accumulator vectors from `src` into `dst`.
    pub fn postprocess(count: u32, src: u32, dst: u32, channel_base: u32, encode: bool) -> Self {
        Self::new(
            Opcode::PostProcess,
            if encode { flag::ENCODE } else { 0 },
            count,
            src,
            dst,
            channel_base & 0xFFFF,
        )
    }

    pub fn barrier(id: u32) -> Self {
        Self::new(Opcode::Barrier, 0, 0, id, 0, 0)
    }

    /// `count` element-wise ALU ops: `act[dst + e] = op(act[a + e], act[b + e])`.
    pub fn alu(op: crate::hw::AluOp, count: u32, a: u32, b: u32, dst: u32) -> Self {
        Self::new(Opcode::Alu, op.opcode() as u32, count, a, b, dst)
    }

    /// Copies a table from memory, starting at element `src`.
    pub fn load_table(target: TableTarget, src: u32) -> Self {
        Self::new(Opcode::LoadTable, target as u32, 0, src, 0, 0)
    }

    pub fn opcode(&self) -> u8 {
        self.words[0] as u8
    }
    pub fn flags(&self) -> u32 {
        (self.words[0] >> 8) & 0xFF
    }
    pub fn count(&self) -> u32 {
        self.words[0] >> 16
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_fields_round_trip() {
        let c = Command::matmul(Matmul {
            count: 300,
            act: 0x12345,
            acc: 0x777,
            bank: 1,
            accumulate: true,
            act_codes: true,
            k_valid: 5,
            n_valid: 0,
            prefetch: Some(42),
        });
        assert_eq!(c.opcode(), Opcode::Matmul as u8);
        assert_eq!(c.count(), 300);
        assert_eq!(
            c.flags(),
            flag::BANK | flag::ACCUMULATE | flag::ACT_CODES | flag::PREFETCH
        );
        assert_eq!(c.words[1], 0x0501_2345);
        assert_eq!(c.words[3], 42);
    }
}
