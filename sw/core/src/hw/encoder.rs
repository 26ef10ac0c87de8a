//! `ThresholdEncoder`: fixed-point value -> 8-bit code by a binary search of a programmable
//! threshold table, then a rank -> code map. QINS or INT8 is only a matter of table contents.
//!
//! Tables: 255 signed 32-bit thresholds `t[0..=254]` (non-decreasing for a meaningful table)
//! and 256 codes `code_of_rank[0..=255]`. The search is exactly what the hardware pipeline
//! does, one stage per step (8 stages, then the code map):
//!
//! ```text
//! k = 0
//! for s in 7, 6, ..., 0:  if v >= t[k + 2^s - 1] { k += 2^s }
//! code = code_of_rank[k]
//! ```
//!
//! For sorted thresholds `k = #{i : v >= t[i]}`. A value equal to a threshold goes to the
//! upper rank: ties round toward +infinity. Out-of-range inputs saturate to rank 0 or 255.
//!
//! Default tables take the input in Q15.16 units of the level (`lambda` for QINS, the
//! integer for INT8): `t[r] = ceil(((L_r + L_{r+1}) / 2) * 2^16)` with the exact level values
//! `L_r`, so the search returns the exactly nearest level of the fixed-point input.

use super::ENCODE_FRAC_BITS;
use crate::format;
use serde::{Deserialize, Serialize};

/// Identifier of the built-in encoder tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EncodeTableId {
    /// QINS levels, input Q15.16 of lambda.
    QinsQ15_16,
    /// INT8 symmetric levels -127..=127, input Q15.16 of the integer.
    Int8SymmetricQ15_16,
}

/// Number of thresholds.
pub const THRESHOLDS: usize = 255;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ThresholdEncoder {
    thresholds: [i32; THRESHOLDS],
    code_of_rank: [u8; 256],
}

/// Exact signed value of QINS rank `r` in `1..=255` as `(numerator, denominator)`.
fn qins_rank_value(r: usize) -> (i64, i64) {
    match r {
        1..=127 => {
            let (n, d) = format::lambda_ratio((r - 1) as u8);
            (-(n as i64), d as i64)
        }
        128 => (0, 1),
        _ => {
            let (n, d) = format::lambda_ratio((255 - r) as u8);
            (n as i64, d as i64)
        }
    }
}

fn qins_rank_code(r: usize) -> u8 {
    match r {
        0..=127 => format::make_code(true, r.saturating_sub(1) as u8),
        128 => format::ZERO_CODE,
        _ => format::make_code(false, (255 - r) as u8),
    }
}

/// `ceil(n / d)` for `d > 0`.
fn ceil_div(n: i64, d: i64) -> i64 {
    -((-n).div_euclid(d))
}

impl ThresholdEncoder {
    /// Default QINS table (input Q15.16 of lambda, nearest level, ties toward +inf).
    pub fn qins() -> Self {
        let mut thresholds = [i32::MIN; THRESHOLDS];
        let mut code_of_rank = [0u8; 256];
        for (r, c) in code_of_rank.iter_mut().enumerate() {
            *c = qins_rank_code(r);
        }
        for (r, t) in thresholds.iter_mut().enumerate().skip(1) {
            let (a, b) = qins_rank_value(r);
            let (c, d) = qins_rank_value(r + 1);
            let num = (a * d + c * b) << ENCODE_FRAC_BITS;
            *t = ceil_div(num, 2 * b * d) as i32;
        }
        Self {
            thresholds,
            code_of_rank,
        }
    }

    /// Default INT8 table: levels `-127..=127`, round half up, input Q15.16.
    pub fn int8_symmetric() -> Self {
        let mut thresholds = [i32::MIN; THRESHOLDS];
        let mut code_of_rank = [0u8; 256];
        for (r, c) in code_of_rank.iter_mut().enumerate() {
            *c = (r.max(1) as i32 - 128) as i8 as u8;
        }
        let half = 1i32 << (ENCODE_FRAC_BITS - 1);
        for (r, t) in thresholds.iter_mut().enumerate().skip(1) {
            *t = ((r as i32 - 128) << ENCODE_FRAC_BITS) + half;
        }
        Self {
            thresholds,
            code_of_rank,
        }
    }

    pub fn builtin(id: EncodeTableId) -> Self {
        match id {
            EncodeTableId::QinsQ15_16 => Self::qins(),
            EncodeTableId::Int8SymmetricQ15_16 => Self::int8_symmetric(),
        }
    }

    pub fn from_parts(thresholds: [i32; THRESHOLDS], code_of_rank: [u8; 256]) -> Self {
        Self {
            thresholds,
            code_of_rank,
        }
    }

    /// The threshold write port (index `0..=254`; the hardware ignores 255).
    pub fn write_threshold(&mut self, index: u8, value: i32) {
        if let Some(t) = self.thresholds.get_mut(index as usize) {
            *t = value;
        }
    }

    /// The rank -> code write port.
    pub fn write_code(&mut self, rank: u8, code: u8) {
        self.code_of_rank[rank as usize] = code;
    }

    pub fn thresholds(&self) -> &[i32; THRESHOLDS] {
        &self.thresholds
    }

    pub fn code_of_rank(&self) -> &[u8; 256] {
        &self.code_of_rank
    }

    /// True when the thresholds are non-decreasing (only then is the search a count).
    pub fn is_sorted(&self) -> bool {
        self.thresholds.windows(2).all(|w| w[0] <= w[1])
    }

    /// The rank after the 8-stage search (the hardware's internal index).
    #[inline]
    pub fn rank(&self, v: i32) -> u8 {
        let mut k = 0usize;
        for s in (0..8).rev() {
            let step = 1usize << s;
            if v >= self.thresholds[k + step - 1] {
                k += step;
            }
        }
        k as u8
    }

    /// Encodes a fixed-point value.
    #[inline]
    pub fn encode(&self, v: i32) -> u8 {
        self.code_of_rank[self.rank(v) as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hw::DecodeTable;
    use crate::rng::SplitMix64;

    fn nearest_qins_exact(v: i32) -> u8 {
        // brute force over all codes with exact rationals: |v/2^16 - L| compared as integers
        let mut best: Option<(u8, i128, i128)> = None; // code, |num|, den  (distance num/den)
        for code in 0..=255u8 {
            if code == format::NEGATIVE_ZERO_CODE {
                continue;
            }
            let (n, d) = format::lambda_ratio(format::magnitude_index(code));
            let l = if format::is_negative(code) {
                -(n as i128)
            } else {
                n as i128
            };
            // v/2^16 - l/d = (v d - l 2^16) / (d 2^16)
            let num = (v as i128 * d as i128 - (l << 16)).abs();
            let den = d as i128;
            let better = match best {
                None => true,
                Some((bc, bn, bd)) => {
                    let lhs = num * bd;
                    let rhs = bn * den;
                    lhs < rhs
                        || (lhs == rhs && format::signed_lambda(code) > format::signed_lambda(bc))
                }
            };
            if better {
                best = Some((code, num, den));
            }
        }
        best.unwrap().0
    }

    #[test]
    fn qins_table_is_sorted_and_exactly_nearest() {
        let e = ThresholdEncoder::qins();
        assert!(e.is_sorted());
        let mut rng = SplitMix64::new(11);
        let mut probes: Vec<i32> = Vec::new();
        for &t in e.thresholds().iter().skip(1) {
            probes.extend([t - 1, t, t + 1]);
        }
        for _ in 0..20_000 {
            probes.push((rng.next_u64() as i32) >> (rng.below(24) as u32));
        }
        for v in probes {
            assert_eq!(e.encode(v), nearest_qins_exact(v), "v = {v}");
        }
    }

    #[test]
    fn qins_decode_then_encode_is_identity() {
        let d = DecodeTable::qins();
        let e = ThresholdEncoder::qins();
        for code in 0..=255u8 {
            let want = if format::is_zero(code) {
                format::ZERO_CODE
            } else {
                code
            };
            let v = (d.decode(code) as i32) << (ENCODE_FRAC_BITS - crate::hw::DECODE_FRAC_BITS);
            assert_eq!(e.encode(v), want, "code {code:#04x}");
        }
    }

    #[test]
    fn int8_table_rounds_half_up_and_saturates() {
        let e = ThresholdEncoder::int8_symmetric();
        assert!(e.is_sorted());
        let one = 1 << 16;
        assert_eq!(e.encode(0), 0);
        assert_eq!(e.encode(one / 2), 1);
        assert_eq!(e.encode(one / 2 - 1), 0);
        assert_eq!(e.encode(-one / 2), 0);
        assert_eq!(e.encode(-one / 2 - 1), (-1i8) as u8);
        assert_eq!(e.encode(i32::MAX), 127);
        assert_eq!(e.encode(i32::MIN), (-127i8) as u8);
        for q in -127..=127i32 {
            assert_eq!(e.encode(q * one) as i8 as i32, q);
        }
    }

    #[test]
    fn search_equals_count_for_sorted_tables() {
        let e = ThresholdEncoder::qins();
        let mut rng = SplitMix64::new(5);
        for _ in 0..10_000 {
            let v = (rng.next_u64() as i32) >> 8;
            let count = e.thresholds().iter().filter(|&&t| v >= t).count();
            assert_eq!(e.rank(v) as usize, count);
        }
    }
}
