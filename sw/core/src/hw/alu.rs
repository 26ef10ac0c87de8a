//! `QinsAlu`: operations on 8-bit QINS codes of one format, computed **exactly**.
//!
//! Each operand is the exact ratio `sign * n / d` with `n = 127 - m`, `d = m + 1`. The
//! arithmetic ops form an exact ratio `N / D`, then round it to the nearest code by a 7-step
//! binary search of the 127 exact midpoints `P_k / Q_k` (compared by cross-multiplication,
//! no division, no rounding anywhere):
//!
//! | op | result |
//! |---|---|
//! | ADD | nearest code to `a + b` |
//! | SUB | nearest code to `a - b` |
//! | MUL | nearest code to `lambda_a * lambda_b`: the output scale is `alpha_a * alpha_b` |
//! | NEG, ABS | exact (sign bit) |
//! | MAX, MIN | by value (larger `m` is a *smaller* magnitude) |
//! | ENCODE | i32 Q15.16 -> code, through the [`ThresholdEncoder`] (ties toward +inf) |
//! | DECODE | code -> i16 Q7.8, through the [`DecodeTable`] (sign-extended to 32 bits) |
//! | LOOKUP | code -> code, through the programmable [`LookupTable`] (any function of one code) |
//!
//! Rounding: nearest, ties away from zero (so every op commutes with NEG). Results beyond
//! `lambda_0 = 127` saturate to `m = 0`. Every result is canonical: a zero result (exact,
//! or nearer to 0 than to `lambda_126`) is `0x7F`, never `0xFF`. Both zero codes are
//! accepted as inputs. Widths: `|N| <= 32512` (15 bits), `D <= 16384`, products `< 2^30`.

use super::{DecodeTable, LookupTable, ThresholdEncoder};
use crate::code_enum;
use crate::format;
use serde::{Deserialize, Serialize};

code_enum! {
    /// ALU opcodes (4 bits in the command word).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "lowercase")]
    pub enum AluOp: u8 {
        Add = 0,
        Sub = 1,
        Mul = 2,
        Neg = 3,
        Abs = 4,
        Max = 5,
        Min = 6,
        Encode = 7,
        Decode = 8,
        Lookup = 9,
    }
}

impl AluOp {
    /// Ops on two codes giving a code.
    pub const BINARY: [AluOp; 5] = [AluOp::Add, AluOp::Sub, AluOp::Mul, AluOp::Max, AluOp::Min];
    /// Ops on one code giving a code.
    pub const UNARY: [AluOp; 3] = [AluOp::Neg, AluOp::Abs, AluOp::Lookup];

    pub fn opcode(self) -> u8 {
        self as u8
    }

    pub fn from_opcode(op: u8) -> Option<AluOp> {
        AluOp::from_repr(op)
    }

    pub fn name(self) -> &'static str {
        match self {
            AluOp::Add => "add",
            AluOp::Sub => "sub",
            AluOp::Mul => "mul",
            AluOp::Neg => "neg",
            AluOp::Abs => "abs",
            AluOp::Max => "max",
            AluOp::Min => "min",
            AluOp::Encode => "encode",
            AluOp::Decode => "decode",
            AluOp::Lookup => "lookup",
        }
    }
}

/// Operand as an exact signed ratio: `(signed numerator, denominator)`.
#[inline]
fn ratio(code: u8) -> (i32, i32) {
    let (n, d) = format::lambda_ratio(format::magnitude_index(code));
    let n = n as i32;
    (if format::is_negative(code) { -n } else { n }, d as i32)
}

/// The exact nearest code to `num / den` (`den > 0`), ties away from zero, saturating.
#[inline]
pub fn nearest_code(num: i32, den: i32) -> u8 {
    debug_assert!(den > 0);
    let a = num.unsigned_abs();
    let d = den as u32;
    // m = #{k : midpoint_k > a/d}; midpoints decrease with k, so a binary search counts them.
    let mut m = 0u32;
    for s in (0..7).rev() {
        let k = m + (1 << s) - 1;
        let (p, q) = format::midpoint_ratio(k as u8);
        if p * d > a * q {
            m += 1 << s;
        }
    }
    format::make_code(num < 0, m as u8)
}

/// Compares the values of two codes.
#[inline]
fn compare(a: u8, b: u8) -> std::cmp::Ordering {
    let (na, da) = ratio(a);
    let (nb, db) = ratio(b);
    (na * db).cmp(&(nb * da))
}

/// The canonical form of a code (`0xFF` -> `0x7F`).
#[inline]
fn canonical(code: u8) -> u8 {
    if format::is_zero(code) {
        format::ZERO_CODE
    } else {
        code
    }
}

/// The ALU with its conversion tables (default: the QINS tables).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QinsAlu {
    pub decode_table: DecodeTable,
    pub encoder: ThresholdEncoder,
    pub lookup_table: LookupTable,
}

impl Default for QinsAlu {
    fn default() -> Self {
        Self {
            decode_table: DecodeTable::qins(),
            encoder: ThresholdEncoder::qins(),
            lookup_table: LookupTable::identity(),
        }
    }
}

impl QinsAlu {
    /// A binary op on two codes. NEG/ABS ignore `b`; ENCODE/DECODE are not code ops and
    /// go through [`QinsAlu::execute`].
    pub fn binary(&self, op: AluOp, a: u8, b: u8) -> u8 {
        match op {
            AluOp::Add | AluOp::Sub => {
                let (na, da) = ratio(a);
                let (mut nb, db) = ratio(b);
                if op == AluOp::Sub {
                    nb = -nb;
                }
                nearest_code(na * db + nb * da, da * db)
            }
            AluOp::Mul => {
                let (na, da) = ratio(a);
                let (nb, db) = ratio(b);
                nearest_code(na * nb, da * db)
            }
            AluOp::Max => canonical(if compare(a, b).is_lt() { b } else { a }),
            AluOp::Min => canonical(if compare(a, b).is_gt() { b } else { a }),
            AluOp::Neg | AluOp::Abs | AluOp::Lookup => self.unary(op, a),
            AluOp::Encode | AluOp::Decode => self.execute(op, a as u32, b as u32) as u8,
        }
    }

    /// A unary op on one code.
    pub fn unary(&self, op: AluOp, a: u8) -> u8 {
        match op {
            AluOp::Neg => canonical(a ^ format::SIGN_BIT),
            AluOp::Abs => a & format::MAGNITUDE_MASK,
            AluOp::Lookup => self.lookup_table.lookup(a),
            _ => self.binary(op, a, a),
        }
    }

    /// Code -> Q7.8 fixed point.
    pub fn to_fixed(&self, a: u8) -> i16 {
        self.decode_table.decode(a)
    }

    /// Q15.16 fixed point -> code.
    pub fn from_fixed(&self, x: i32) -> u8 {
        self.encoder.encode(x)
    }

    /// The uniform word interface of the hardware unit: operands and result are 32-bit
    /// words. Code ops use the low bytes and return a code; ENCODE reads `a` as i32;
    /// DECODE returns the i16 sign-extended.
    pub fn execute(&self, op: AluOp, a: u32, b: u32) -> u32 {
        match op {
            AluOp::Encode => self.from_fixed(a as i32) as u32,
            AluOp::Decode => self.to_fixed(a as u8) as i32 as u32,
            AluOp::Neg | AluOp::Abs | AluOp::Lookup => self.unary(op, a as u8) as u32,
            _ => self.binary(op, a as u8, b as u8) as u32,
        }
    }

    /// The full 256 x 256 table of a code op, indexed `a * 256 + b` (unary ops repeat
    /// along `b`).
    pub fn table(&self, op: AluOp) -> Vec<u8> {
        let mut out = Vec::with_capacity(65536);
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                out.push(self.binary(op, a, b));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identities() {
        let alu = QinsAlu::default();
        for a in 0..=255u8 {
            let ca = canonical(a);
            assert_eq!(alu.binary(AluOp::Add, a, format::ZERO_CODE), ca);
            assert_eq!(alu.binary(AluOp::Sub, a, a), format::ZERO_CODE);
            assert_eq!(alu.binary(AluOp::Mul, a, 63), ca); // lambda_63 = 1
            assert_eq!(alu.unary(AluOp::Neg, alu.unary(AluOp::Neg, a)), ca);
            assert_eq!(alu.binary(AluOp::Max, a, a), ca);
        }
        assert_eq!(alu.binary(AluOp::Add, 0x00, 0x00), 0x00); // saturates
        assert_eq!(alu.binary(AluOp::Add, 0x00, 0x80), format::ZERO_CODE);
        assert_eq!(alu.binary(AluOp::Max, 0x05, 0x06), 0x05); // m=5 is the larger magnitude
        assert_eq!(alu.binary(AluOp::Min, 0x85, 0x86), 0x85);
        assert_eq!(alu.unary(AluOp::Neg, format::ZERO_CODE), format::ZERO_CODE);
        assert_eq!(alu.execute(AluOp::Decode, 0x80, 0), (-32512i32) as u32);
        assert_eq!(alu.execute(AluOp::Encode, 1 << 16, 0), 63);
        assert_eq!(alu.execute(AluOp::Lookup, 0x1FF, 0), 0x7F); // identity at power-up
        assert_eq!(alu.execute(AluOp::Lookup, 0x105, 0), 0x05);
        assert_eq!(AluOp::from_opcode(10), None);
    }
}
