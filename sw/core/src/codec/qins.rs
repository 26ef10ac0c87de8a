//! Float QINS codec: nearest-level encoding of f32 values at a given alpha, and decoding.
//!
//! Definition (what every fast path here must reproduce bit for bit): with
//! `t = alpha * |w|` computed in f32 and `MID[k]` the f32 rounding of the exact midpoint
//! between `lambda_k` and `lambda_{k+1}`, the magnitude index is
//! `m = #{k : MID[k] > t}` for `w >= 0` and `m = #{k : MID[k] >= t}` for `w < 0`.
//! That is nearest level with ties toward +infinity, the same tie rule as the hardware
//! threshold encoder ([`crate::hw::encoder`]). Values beyond `lambda_0` saturate to `m = 0`;
//! zero (and anything nearer to zero than to `lambda_126`) encodes to the canonical zero
//! code `0x7F`. NaN must be rejected before encoding (it encodes as the largest magnitude).

use crate::format::{self, ZERO_CODE};
use std::sync::OnceLock;

/// f32 tables of the level grid used by the encoder and decoder.
pub struct LevelGrid {
    /// `lambda_m` rounded to f32.
    pub lambda: [f32; 128],
    /// `MID[k]`, the f32 midpoints, decreasing, `k` in `0..127`.
    pub midpoint: [f32; 127],
    /// Boundary above level `m`: `MID[m-1]`, `+inf` for `m = 0`.
    upper: [f32; 128],
    /// Boundary below level `m`: `MID[m]`, `-1` for `m = 127` (never reached by `t >= 0`).
    lower: [f32; 128],
}

/// The shared grid (built once).
pub fn grid() -> &'static LevelGrid {
    static GRID: OnceLock<LevelGrid> = OnceLock::new();
    GRID.get_or_init(|| {
        let mids = format::midpoints_f64();
        let mut g = LevelGrid {
            lambda: [0.0; 128],
            midpoint: [0.0; 127],
            upper: [f32::INFINITY; 128],
            lower: [-1.0; 128],
        };
        for m in 0..128 {
            g.lambda[m] = format::lambda(m as u8) as f32;
        }
        for (k, &mid) in mids.iter().enumerate() {
            g.midpoint[k] = mid as f32;
            g.lower[k] = mid as f32;
            g.upper[k + 1] = mid as f32;
        }
        g
    })
}

/// Reference encoder: the definition, by counting midpoints. Slow; for tests.
pub fn encode_by_count(w: f32, alpha: f32) -> u8 {
    let t = alpha * w.abs();
    let negative = w.is_sign_negative();
    let m = grid()
        .midpoint
        .iter()
        .filter(|&&mid| if negative { mid >= t } else { mid > t })
        .count() as u8;
    format::make_code(negative && w != 0.0, m)
}

/// Encodes one value (fast path: an estimate from the z coordinate, then one exact
/// correction step against the midpoint table).
#[inline]
pub fn encode(w: f32, alpha: f32) -> u8 {
    encode_with(grid(), w, alpha)
}

#[inline(always)]
fn encode_with(g: &LevelGrid, w: f32, alpha: f32) -> u8 {
    let t = alpha * w.abs();
    let negative = w.is_sign_negative();
    // z = 1 / (1 + t); the z-rounded index is within one step of the nearest level.
    let est = 128.0 / (1.0 + t) - 0.5;
    let m = (est as i32).clamp(0, 127) as usize;
    let (up, lo) = (g.upper[m], g.lower[m]);
    let (go_up, go_down) = if negative {
        (t > up, t <= lo)
    } else {
        (t >= up, t < lo)
    };
    let m = (m as i32 - go_up as i32 + go_down as i32).clamp(0, 127) as u8;
    if m == format::ZERO_INDEX {
        ZERO_CODE
    } else {
        m | ((negative as u8) << 7)
    }
}

/// Encodes a slice at one alpha into `dst` (same length).
pub fn encode_slice(src: &[f32], alpha: f32, dst: &mut [u8]) {
    assert_eq!(src.len(), dst.len(), "encode_slice: lengths differ");
    let g = grid();
    for (d, &w) in dst.iter_mut().zip(src) {
        *d = encode_with(g, w, alpha);
    }
}

/// Decodes one code at alpha: `sign * lambda_m / alpha`.
#[inline]
pub fn decode(code: u8, alpha: f32) -> f32 {
    let l = grid().lambda[format::magnitude_index(code) as usize] / alpha;
    if format::is_negative(code) {
        -l
    } else {
        l
    }
}

/// Sum of squared reconstruction errors of `values` encoded at `alpha` (f64 accumulator).
pub fn squared_error(values: &[f32], alpha: f32) -> f64 {
    let g = grid();
    let inv = 1.0 / alpha;
    let mut err = 0f64;
    for &w in values {
        let code = encode_with(g, w, alpha);
        let l = g.lambda[format::magnitude_index(code) as usize] * inv;
        let d = w.abs() - l;
        err += (d * d) as f64;
    }
    err
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rng::SplitMix64;

    #[test]
    fn fast_path_equals_definition_on_random_values() {
        let mut rng = SplitMix64::new(7);
        for _ in 0..400_000 {
            let w = (rng.next_f64() * 2.0 - 1.0) as f32
                * 10f32.powf((rng.next_f64() * 6.0 - 3.0) as f32);
            let alpha = 10f32.powf((rng.next_f64() * 2.0 - 1.0) as f32);
            assert_eq!(
                encode(w, alpha),
                encode_by_count(w, alpha),
                "w={w} alpha={alpha}"
            );
        }
    }

    #[test]
    fn fast_path_equals_definition_around_every_midpoint() {
        for &mid in grid().midpoint.iter() {
            let mut x = mid;
            for _ in 0..64 {
                x = f32::from_bits(x.to_bits() - 1);
            }
            for _ in 0..129 {
                for w in [x, -x] {
                    assert_eq!(encode(w, 1.0), encode_by_count(w, 1.0), "w={w}");
                }
                x = f32::from_bits(x.to_bits() + 1);
            }
        }
    }

    #[test]
    fn every_code_round_trips() {
        for code in 0..=255u8 {
            if code == format::NEGATIVE_ZERO_CODE {
                continue;
            }
            for alpha in [0.01f32, 1.0, 37.5] {
                assert_eq!(
                    encode(decode(code, alpha), alpha),
                    code,
                    "code {code:#04x} alpha {alpha}"
                );
            }
        }
    }

    #[test]
    fn zero_saturation_and_ties() {
        assert_eq!(encode(0.0, 1.0), ZERO_CODE);
        assert_eq!(encode(-0.0, 1.0), ZERO_CODE);
        assert_eq!(encode(1e9, 1.0), 0x00);
        assert_eq!(encode(-1e9, 1.0), 0x80);
        assert_eq!(encode(f32::INFINITY, 1.0), 0x00);
        // an exact f32 midpoint: ties toward +infinity
        let mid = grid().midpoint[10];
        assert_eq!(encode(mid, 1.0), 10);
        assert_eq!(encode(-mid, 1.0), 0x80 | 11);
    }
}
