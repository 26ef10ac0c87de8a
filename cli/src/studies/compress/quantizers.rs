//! The weight quantizers the compression report compares, each returning the reconstructed
//! values (and, where the report codes them further, the integer codes). Groups are runs of
//! `group` consecutive weights of a row (a row is a group when `group` is `None`).

use qins_core::codec::{alpha, AlphaRule, Granularity, QuantizedTensor};
use qins_core::tensor::Matrix;

/// The MSE scale search (`qins_core::codec::alpha::search_scale`): `c / rms` with `c` over
/// 24 grid points in `[0.05, 40]`, then 16 golden-section steps.
const SCALE_LO: f64 = 0.05;
const SCALE_HI: f64 = 40.0;
const SCALE_POINTS: usize = 24;
const SCALE_STEPS: usize = 16;

/// Sum of squared errors of `values` against `recon`.
fn sse(values: &[f32], recon: impl Iterator<Item = f32>) -> f64 {
    values
        .iter()
        .zip(recon)
        .map(|(&v, r)| (v as f64 - r as f64).powi(2))
        .sum()
}

fn absmax(values: &[f32]) -> f32 {
    values.iter().fold(0f32, |a, &v| a.max(v.abs()))
}

/// A sign-magnitude level set: `levels[i]` ascending magnitudes, `levels[0] = 0`.
pub struct Levels {
    pub magnitudes: Vec<f32>,
}

impl Levels {
    /// QINS with `bits` bits: `M = 2^(bits-1)` magnitudes `lambda_m = (M - 1 - m) / (m + 1)`
    /// (m = M - 1 is zero), the 8-bit format's rule at any width.
    pub fn qins(bits: u32) -> Self {
        let m = 1usize << (bits - 1);
        let mut magnitudes: Vec<f32> = (0..m)
            .map(|i| (m - 1 - i) as f32 / (i + 1) as f32)
            .collect();
        magnitudes.reverse();
        Self { magnitudes }
    }

    /// Symmetric integers with `bits` bits: magnitudes `0..=2^(bits-1) - 1`.
    pub fn int(bits: u32) -> Self {
        Self {
            magnitudes: (0..(1u32 << (bits - 1))).map(|i| i as f32).collect(),
        }
    }

    /// Index of the nearest magnitude to `x >= 0` (ties to the smaller).
    pub fn nearest(&self, x: f32) -> usize {
        let l = &self.magnitudes;
        let i = l.partition_point(|&v| v < x);
        if i == 0 {
            0
        } else if i == l.len() {
            l.len() - 1
        } else if x - l[i - 1] <= l[i] - x {
            i - 1
        } else {
            i
        }
    }

    /// The signed code (magnitude index, negative for negative values) of `v` at `scale`
    /// (`v * scale` is in level units), and its reconstruction.
    pub fn quantize(&self, v: f32, scale: f32) -> (i32, f32) {
        let i = self.nearest(v.abs() * scale);
        let r = self.magnitudes[i] / scale;
        if v < 0.0 && i > 0 {
            (-(i as i32), -r)
        } else {
            (i as i32, r)
        }
    }

    fn error(&self, values: &[f32], scale: f32) -> f64 {
        sse(values, values.iter().map(|&v| self.quantize(v, scale).1))
    }

    fn top(&self) -> f32 {
        *self.magnitudes.last().expect("levels")
    }
}

/// How a group's scale is chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScaleRule {
    /// The group's absmax lands on the top level.
    Absmax,
    /// Least squared error (for integers: the clipping point; for QINS: alpha).
    Mse,
}

/// One quantized tensor: its reconstruction and signed codes.
pub struct Quantized {
    pub recon: Vec<f32>,
    pub codes: Vec<i32>,
}

/// `m` quantized to `levels` with one scale per group of `group` weights of a row (per row
/// when `None`).
pub fn grouped(m: &Matrix, levels: &Levels, group: Option<usize>, rule: ScaleRule) -> Quantized {
    let mut recon = Vec::with_capacity(m.data.len());
    let mut codes = Vec::with_capacity(m.data.len());
    for r in 0..m.rows {
        let row = m.row(r);
        for g in row.chunks(group.unwrap_or(m.cols).max(1)) {
            let amax = absmax(g);
            let scale = if amax == 0.0 {
                1.0
            } else {
                match rule {
                    ScaleRule::Absmax => levels.top() / amax,
                    ScaleRule::Mse => {
                        alpha::search_scale(g, SCALE_LO, SCALE_HI, SCALE_POINTS, SCALE_STEPS, |s| {
                            levels.error(g, s)
                        })
                        .map_or(1.0, |(s, _)| s)
                    }
                }
            };
            for &v in g {
                let (c, x) = levels.quantize(v, scale);
                codes.push(c);
                recon.push(x);
            }
        }
    }
    Quantized { recon, codes }
}

/// bitsandbytes' NF4 levels (normal-float quantiles, `[-1, 1]`).
pub const NF4: [f32; 16] = [
    -1.0,
    -0.696_192_8,
    -0.525_073_05,
    -0.394_917_5,
    -0.284_441_38,
    -0.184_773_43,
    -0.091_050_036,
    0.0,
    0.079_580_3,
    0.160_930_2,
    0.246_112_39,
    0.337_915_24,
    0.440_709_83,
    0.562_617,
    0.722_956_84,
    1.0,
];

/// NF4 with an absmax scale per group of `group` weights.
pub fn nf4(m: &Matrix, group: usize) -> Quantized {
    let mut recon = Vec::with_capacity(m.data.len());
    let mut codes = Vec::with_capacity(m.data.len());
    for g in m.data.chunks(group) {
        let amax = absmax(g).max(f32::MIN_POSITIVE);
        for &v in g {
            let x = v / amax;
            let (i, level) = NF4
                .iter()
                .enumerate()
                .min_by(|a, b| (a.1 - x).abs().total_cmp(&(b.1 - x).abs()))
                .expect("levels");
            codes.push(i as i32);
            recon.push(level * amax);
        }
    }
    Quantized { recon, codes }
}

/// Rounds a positive f32 to the nearest f16 value (normal range), as a stored scale is.
pub fn to_f16(x: f32) -> f32 {
    f32::from_bits((x.to_bits() + 0x1000) & !0x1FFF)
}

/// llama.cpp Q8_0: blocks of 32, `d = absmax / 127` stored in f16, `q = round(w / d)`.
pub fn q8_0(m: &Matrix) -> Quantized {
    let mut recon = Vec::with_capacity(m.data.len());
    let mut codes = Vec::with_capacity(m.data.len());
    for b in m.data.chunks(32) {
        let d = to_f16(absmax(b) / 127.0);
        for &v in b {
            let q = if d > 0.0 {
                (v / d).round().clamp(-127.0, 127.0)
            } else {
                0.0
            };
            codes.push(q as i32);
            recon.push(q * d);
        }
    }
    Quantized { recon, codes }
}

/// OCP MXINT8: blocks of 32 sharing a power-of-two scale (E8M0), elements int8 in 1.6 fixed
/// point: `scale = 2^floor(log2(absmax)) / 64`, `q = round(w / scale)` in `[-127, 127]`.
pub fn mxint8(m: &Matrix) -> Quantized {
    let mut recon = Vec::with_capacity(m.data.len());
    let mut codes = Vec::with_capacity(m.data.len());
    for b in m.data.chunks(32) {
        let amax = absmax(b);
        let scale = if amax > 0.0 {
            2f32.powi(amax.log2().floor() as i32) / 64.0
        } else {
            1.0
        };
        for &v in b {
            let q = (v / scale).round().clamp(-127.0, 127.0);
            codes.push(q as i32);
            recon.push(q * scale);
        }
    }
    Quantized { recon, codes }
}

/// QINS-8 with the row's alpha (MSE search) times a power-of-two shift per block of 32,
/// the shift in `-4..=3` chosen per block by least squared error (8 bits a block stored, as
/// MX's shared exponent).
pub fn qins8_block_shift(m: &Matrix) -> Quantized {
    let row_q = QuantizedTensor::qins(m, Granularity::Channel, AlphaRule::MseSearch);
    let levels = Levels::qins(8);
    let mut recon = Vec::with_capacity(m.data.len());
    let mut codes = Vec::with_capacity(m.data.len());
    for r in 0..m.rows {
        let alpha = row_q.scale_of_row(r);
        for b in m.row(r).chunks(32) {
            let best = (-4..=3)
                .map(|s| alpha * 2f32.powi(s))
                .min_by(|&a, &c| levels.error(b, a).total_cmp(&levels.error(b, c)))
                .expect("shifts");
            for &v in b {
                let (c, x) = levels.quantize(v, best);
                codes.push(c);
                recon.push(x);
            }
        }
    }
    Quantized { recon, codes }
}

/// The project's QINS-8 (alpha per row by MSE) and INT8 per row (absmax), as 8-bit codes.
pub fn qins8_row(m: &Matrix) -> (Vec<f32>, Vec<u8>) {
    let q = QuantizedTensor::qins(m, Granularity::Channel, AlphaRule::MseSearch);
    (q.dequantize().data, q.codes)
}

pub fn int8_row(m: &Matrix) -> (Vec<f32>, Vec<u8>) {
    let q = QuantizedTensor::int8(m, Granularity::Channel);
    (q.dequantize().data, q.codes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qins_levels_at_8_bits_are_the_format_s_levels() {
        let l = Levels::qins(8);
        let g = qins_core::codec::qins::grid();
        for m in 0..128 {
            assert_eq!(l.magnitudes[127 - m], g.lambda[m]);
        }
        assert_eq!(Levels::qins(4).magnitudes, {
            let mut v: Vec<f32> = (0..8).map(|i| (7 - i) as f32 / (i + 1) as f32).collect();
            v.reverse();
            v
        });
    }

    #[test]
    fn nearest_picks_the_closest_level_and_zero_stays_zero() {
        let l = Levels::int(4);
        assert_eq!(l.nearest(0.0), 0);
        assert_eq!(l.nearest(2.4), 2);
        assert_eq!(l.nearest(2.6), 3);
        assert_eq!(l.nearest(100.0), 7);
        assert_eq!(l.quantize(-2.6, 1.0), (-3, -3.0));
        assert_eq!(l.quantize(-0.2, 1.0), (0, 0.0));
    }

    #[test]
    fn mse_scales_beat_absmax_and_block_formats_round_trip_small_integers() {
        let m = Matrix::gaussian(8, 256, 0.05, 3);
        let err = |q: &Quantized| sse(&m.data, q.recon.iter().copied());
        for bits in [4, 6] {
            let a = grouped(&m, &Levels::int(bits), None, ScaleRule::Absmax);
            let b = grouped(&m, &Levels::int(bits), None, ScaleRule::Mse);
            assert!(err(&b) <= err(&a) * 1.0001, "INT{bits}");
        }
        // Q8_0 and MXINT8 err by at most half a step of their block's scale
        let ramp = Matrix::new(1, 32, (0..32).map(|i| i as f32 - 16.0).collect()).unwrap();
        let d = to_f16(16.0 / 127.0);
        for (v, r) in ramp.data.iter().zip(&q8_0(&ramp).recon) {
            assert!((v - r).abs() <= 0.5 * d * 1.001, "Q8_0 {v} -> {r}");
        }
        let step = 16.0 / 64.0;
        for (v, r) in ramp.data.iter().zip(&mxint8(&ramp).recon) {
            assert!((v - r).abs() <= 0.5 * step, "MXINT8 {v} -> {r}");
        }
    }
}
