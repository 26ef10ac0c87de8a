//! `OutputStage`: per-column requantization of the 32-bit accumulator, then either an
//! encode to an 8-bit code (QINS or INT8, by the encoder's tables) or the 32-bit value.
//!
//! ```text
//! p = acc * multiplier                      (i32 x i16 -> exact 48-bit)
//! r = shift == 0 ? p : (p + 2^(shift-1)) >> shift   (round half up, arithmetic shift)
//! v = saturate_i32(r + bias)
//! out = encode(v)  or  v
//! ```
//! `multiplier` is signed 16-bit, `shift` is 0..=63 (6 bits), `bias` signed 32-bit.

use super::encoder::ThresholdEncoder;
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};

/// Per-column requantization parameters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct ChannelParams {
    pub multiplier: i16,
    pub shift: u8,
    pub bias: i32,
}

/// Largest legal shift.
pub const MAX_SHIFT: u8 = 63;

impl ChannelParams {
    /// The identity: `v = acc`.
    pub const IDENTITY: ChannelParams = ChannelParams {
        multiplier: 1,
        shift: 0,
        bias: 0,
    };

    /// Parameters approximating `v = acc * scale + bias` with a normalised multiplier in
    /// `[2^14, 2^15)` (15 significant bits). Errors when the scale is too large for a 16-bit
    /// multiplier, not finite, or the bias does not fit i32.
    pub fn from_real(scale: f64, bias: f64) -> Result<Self> {
        if !scale.is_finite() || !bias.is_finite() {
            return Err(Error::Range(format!(
                "output scale {scale} or bias {bias} is not finite"
            )));
        }
        let b = bias.round();
        if b < i32::MIN as f64 || b > i32::MAX as f64 {
            return Err(Error::Range(format!(
                "output bias {bias} does not fit in 32 bits"
            )));
        }
        let mag = scale.abs();
        if mag == 0.0 {
            return Ok(Self {
                multiplier: 0,
                shift: 0,
                bias: b as i32,
            });
        }
        let mut shift: i32 = 14 - mag.log2().floor() as i32;
        // fix the edge cases of floor(log2) rounding, then clamp to the legal range
        while shift > 0 && (mag * 2f64.powi(shift)).round() >= 32768.0 {
            shift -= 1;
        }
        let shift = shift.clamp(0, MAX_SHIFT as i32);
        let m = (mag * 2f64.powi(shift)).round();
        if m >= 32768.0 {
            return Err(Error::Range(format!(
                "output scale {scale} is too large for a 16-bit multiplier"
            )));
        }
        let m = if scale < 0.0 { -m } else { m };
        Ok(Self {
            multiplier: m as i16,
            shift: shift as u8,
            bias: b as i32,
        })
    }

    /// The real scale these parameters apply.
    pub fn scale(&self) -> f64 {
        self.multiplier as f64 / 2f64.powi(self.shift as i32)
    }

    /// The requantization (before any encode).
    #[inline]
    pub fn requantize(&self, acc: i32) -> i32 {
        let p = acc as i64 * self.multiplier as i64;
        let s = (self.shift & MAX_SHIFT) as u32;
        let r = if s == 0 {
            p
        } else {
            (p + (1i64 << (s - 1))) >> s
        };
        (r + self.bias as i64).clamp(i32::MIN as i64, i32::MAX as i64) as i32
    }
}

/// What the output stage emits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OutputStage {
    /// The saturated 32-bit requantized value.
    Int32,
    /// An 8-bit code from the encoder tables.
    Encode(Box<ThresholdEncoder>),
}

impl OutputStage {
    /// One column's output word: a code in the low byte, or the 32-bit value.
    #[inline]
    pub fn process(&self, acc: i32, params: &ChannelParams) -> u32 {
        let v = params.requantize(acc);
        match self {
            OutputStage::Int32 => v as u32,
            OutputStage::Encode(enc) => enc.encode(v) as u32,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_saturation_and_bias() {
        let p = ChannelParams {
            multiplier: 1,
            shift: 1,
            bias: 0,
        };
        assert_eq!(p.requantize(3), 2); // 1.5 -> 2
        assert_eq!(p.requantize(-3), -1); // -1.5 -> -1 (half up)
        assert_eq!(p.requantize(-4), -2);
        let big = ChannelParams {
            multiplier: i16::MAX,
            shift: 0,
            bias: 0,
        };
        assert_eq!(big.requantize(i32::MAX), i32::MAX);
        assert_eq!(big.requantize(i32::MIN), i32::MIN);
        let b = ChannelParams {
            multiplier: 0,
            shift: 0,
            bias: -7,
        };
        assert_eq!(b.requantize(12345), -7);
        assert_eq!(ChannelParams::IDENTITY.requantize(-99), -99);
        let far = ChannelParams {
            multiplier: -32768,
            shift: 63,
            bias: 0,
        };
        assert_eq!(far.requantize(i32::MIN), 0);
    }

    #[test]
    fn from_real_is_accurate_and_checked() {
        for s in [1e-9, 3.7e-5, 0.001234, 0.5, 1.0, 123.456, 30000.0, -0.25] {
            let p = ChannelParams::from_real(s, 0.0).unwrap();
            assert!(
                ((p.scale() - s) / s).abs() < 1.0 / 16384.0,
                "scale {s}: {p:?}"
            );
        }
        assert!(ChannelParams::from_real(40000.0, 0.0).is_err());
        assert!(ChannelParams::from_real(f64::NAN, 0.0).is_err());
        assert!(ChannelParams::from_real(1.0, 1e12).is_err());
    }
}
