//! `DecodeTable`: 256 entries, code -> signed 16-bit fixed point. Programmable; in hardware
//! a 256 x 16 memory with a write port and a one-cycle registered read.

use super::DECODE_FRAC_BITS;
use crate::format;
use serde::{Deserialize, Serialize};

/// Identifier of the built-in tables (what a weight image names).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DecodeTableId {
    /// `+-lambda_m` in Q7.8, rounded to nearest (ties up); zero codes decode to 0.
    QinsLambdaQ7_8,
    /// The code read as an `i8`, widened.
    Int8Identity,
    /// Pattern B's activation table: the seed's z coordinate of a QINS code times 128,
    /// `sign * (m + 1)` (so z = entry / 128, Q1.7); both zero codes hold `+128` (z = +1).
    /// Fed to the array as activations, it multiplies codes without decoding them.
    QinsZQ1_7,
}

/// A programmable code -> i16 table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeTable {
    entries: [i16; 256],
}

/// `round(lambda_m * 2^8)` with ties up, exactly, from the integer ratio.
pub const fn qins_lambda_fixed(m: u8) -> i16 {
    let (n, d) = format::lambda_ratio(m);
    let scaled = n << DECODE_FRAC_BITS; // n * 256
    ((2 * scaled + d) / (2 * d)) as i16
}

impl DecodeTable {
    /// The default QINS table: `entry[code] = sign * round(lambda_m * 256)`.
    pub fn qins() -> Self {
        let mut entries = [0i16; 256];
        for (c, e) in entries.iter_mut().enumerate() {
            let code = c as u8;
            let v = qins_lambda_fixed(format::magnitude_index(code));
            *e = if format::is_negative(code) { -v } else { v };
        }
        Self { entries }
    }

    /// The INT8 identity table: `entry[code] = code as i8`.
    pub fn int8_identity() -> Self {
        let mut entries = [0i16; 256];
        for (c, e) in entries.iter_mut().enumerate() {
            *e = c as u8 as i8 as i16;
        }
        Self { entries }
    }

    /// Pattern B's z table ([`DecodeTableId::QinsZQ1_7`]): `entry[code] = sign * (m + 1)`,
    /// `+128` for both zero codes; every entry in -127..=128.
    pub fn qins_z() -> Self {
        let mut entries = [0i16; 256];
        for (c, e) in entries.iter_mut().enumerate() {
            let code = c as u8;
            let z = format::magnitude_index(code) as i16 + 1;
            *e = if format::is_negative(code) && !format::is_zero(code) {
                -z
            } else {
                z
            };
        }
        Self { entries }
    }

    pub fn builtin(id: DecodeTableId) -> Self {
        match id {
            DecodeTableId::QinsLambdaQ7_8 => Self::qins(),
            DecodeTableId::Int8Identity => Self::int8_identity(),
            DecodeTableId::QinsZQ1_7 => Self::qins_z(),
        }
    }

    pub fn from_entries(entries: [i16; 256]) -> Self {
        Self { entries }
    }

    pub fn entries(&self) -> &[i16; 256] {
        &self.entries
    }

    /// The write port.
    pub fn write(&mut self, code: u8, value: i16) {
        self.entries[code as usize] = value;
    }

    /// The read port (combinational here; the hardware registers it: one cycle).
    #[inline]
    pub fn decode(&self, code: u8) -> i16 {
        self.entries[code as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qins_table_values() {
        let t = DecodeTable::qins();
        assert_eq!(t.decode(0x00), 32512);
        assert_eq!(t.decode(0x80), -32512);
        assert_eq!(t.decode(0x7F), 0);
        assert_eq!(t.decode(0xFF), 0);
        assert_eq!(t.decode(0x7E), 2); // 256/127 = 2.016 -> 2
        assert_eq!(t.decode(63), 256); // lambda_63 = 1
        for m in 0..127u8 {
            let exact = format::lambda(m) * 256.0;
            assert!((t.decode(m) as f64 - exact).abs() <= 0.5);
        }
    }

    #[test]
    fn qins_z_values() {
        let t = DecodeTable::qins_z();
        assert_eq!(t.decode(0x00), 1); // m = 0: the largest magnitude, z = 1/128
        assert_eq!(t.decode(0x80), -1);
        assert_eq!(t.decode(0x7E), 127);
        assert_eq!(t.decode(0xFE), -127);
        assert_eq!(t.decode(0x7F), 128); // zero: z = +1
        assert_eq!(t.decode(0xFF), 128);
    }

    #[test]
    fn int8_identity_values() {
        let t = DecodeTable::int8_identity();
        assert_eq!(t.decode(0x80), -128);
        assert_eq!(t.decode(0x7F), 127);
        assert_eq!(t.decode(0xFF), -1);
    }
}
