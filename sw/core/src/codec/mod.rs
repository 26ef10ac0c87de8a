//! Float codecs for whole tensors: QINS (alpha per tensor or per output channel) and the
//! INT8 symmetric absmax baselines. A 2-D tensor's channels are its rows (weights are
//! stored `[out, in]`).

pub mod alpha;
pub mod int8;
pub mod qins;

use crate::error::{Error, Result};
use crate::tensor::Matrix;
use serde::{Deserialize, Serialize};

/// One scale for the whole tensor, or one per output channel (row).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    Tensor,
    Channel,
}

impl Granularity {
    pub const ALL: [Granularity; 2] = [Granularity::Tensor, Granularity::Channel];
}

/// How QINS alpha is chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AlphaRule {
    /// Minimum reconstruction MSE ([`alpha::mse_alpha`]).
    MseSearch,
    /// `1 / rms`.
    InverseRms,
}

/// Number of cores to split work over (asked once: the query reads cgroup files).
pub(crate) fn cores() -> usize {
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// `f` of every row of `m`, rows split over the available cores.
fn per_row_parallel(m: &Matrix, f: impl Fn(&[f32]) -> f32 + Sync) -> Vec<f32> {
    // small matrices (attention operands) are not worth a thread
    if m.data.len() < 1 << 14 {
        return (0..m.rows).map(|r| f(m.row(r))).collect();
    }
    let threads = cores().min(m.rows.max(1));
    let rows_per = m.rows.div_ceil(threads.max(1)).max(1);
    let f = &f;
    std::thread::scope(|s| {
        let parts: Vec<_> = (0..m.rows)
            .step_by(rows_per)
            .map(|start| {
                s.spawn(move || {
                    (start..(start + rows_per).min(m.rows))
                        .map(|r| f(m.row(r)))
                        .collect::<Vec<f32>>()
                })
            })
            .collect();
        parts
            .into_iter()
            .flat_map(|h| h.join().expect("no panic in alpha search"))
            .collect()
    })
}

/// Which codec.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Codec {
    Qins,
    Int8,
}

impl Codec {
    pub const ALL: [Codec; 2] = [Codec::Qins, Codec::Int8];
}

/// A tensor quantized to 8-bit codes with per-tensor or per-row scales.
///
/// For QINS `scales` are alphas and `codes` are QINS bytes; for INT8 `scales` are
/// `absmax / 127` and `codes` are two's-complement bytes. Invariants:
/// `codes.len() == rows * cols`, `scales.len()` is 1 or `rows`, every scale finite and > 0.
#[derive(Clone, Debug, PartialEq)]
pub struct QuantizedTensor {
    pub codec: Codec,
    pub rows: usize,
    pub cols: usize,
    pub codes: Vec<u8>,
    pub scales: Vec<f32>,
}

impl QuantizedTensor {
    /// Quantizes with QINS; alpha by `rule` at `granularity`.
    pub fn qins(m: &Matrix, granularity: Granularity, rule: AlphaRule) -> Self {
        let pick = |v: &[f32]| match rule {
            AlphaRule::MseSearch => alpha::mse_alpha(v),
            AlphaRule::InverseRms => alpha::inverse_rms_alpha(v),
        };
        let scales = match granularity {
            Granularity::Tensor => vec![pick(&m.data)],
            Granularity::Channel => per_row_parallel(m, pick),
        };
        Self::qins_with_alphas(m, scales).expect("alphas from the search are valid")
    }

    /// Quantizes with QINS at given alphas (1 or one per row).
    pub fn qins_with_alphas(m: &Matrix, alphas: Vec<f32>) -> Result<Self> {
        let mut t = Self::empty(Codec::Qins, m, alphas)?;
        for r in 0..m.rows {
            let a = t.scale_of_row(r);
            qins::encode_slice(m.row(r), a, &mut t.codes[r * m.cols..(r + 1) * m.cols]);
        }
        Ok(t)
    }

    /// Quantizes with INT8 symmetric absmax at `granularity`.
    pub fn int8(m: &Matrix, granularity: Granularity) -> Self {
        let scales = match granularity {
            Granularity::Tensor => vec![int8::absmax_scale(&m.data)],
            Granularity::Channel => (0..m.rows).map(|r| int8::absmax_scale(m.row(r))).collect(),
        };
        let mut t = Self::empty(Codec::Int8, m, scales).expect("absmax scales are valid");
        let mut row = vec![0i8; m.cols];
        for r in 0..m.rows {
            int8::encode_slice(m.row(r), t.scale_of_row(r), &mut row);
            for (d, &q) in t.codes[r * m.cols..(r + 1) * m.cols].iter_mut().zip(&row) {
                *d = q as u8;
            }
        }
        t
    }

    fn empty(codec: Codec, m: &Matrix, scales: Vec<f32>) -> Result<Self> {
        let t = Self {
            codec,
            rows: m.rows,
            cols: m.cols,
            codes: vec![0; m.data.len()],
            scales,
        };
        t.validate()?;
        Ok(t)
    }

    /// Checks the invariants (used by readers of untrusted data).
    pub fn validate(&self) -> Result<()> {
        if self.rows.checked_mul(self.cols) != Some(self.codes.len()) {
            return Err(Error::Shape(format!(
                "{} x {} tensor with {} codes",
                self.rows,
                self.cols,
                self.codes.len()
            )));
        }
        if self.scales.len() != 1 && self.scales.len() != self.rows {
            return Err(Error::Shape(format!(
                "{} scales for {} rows (need 1 or one per row)",
                self.scales.len(),
                self.rows
            )));
        }
        if let Some(s) = self.scales.iter().find(|s| !(s.is_finite() && **s > 0.0)) {
            return Err(Error::Range(format!(
                "scale {s} is not finite and positive"
            )));
        }
        Ok(())
    }

    pub fn granularity(&self) -> Granularity {
        if self.scales.len() == 1 {
            Granularity::Tensor
        } else {
            Granularity::Channel
        }
    }

    #[inline]
    pub fn scale_of_row(&self, r: usize) -> f32 {
        if self.scales.len() == 1 {
            self.scales[0]
        } else {
            self.scales[r]
        }
    }

    /// Decodes back to floats.
    pub fn dequantize(&self) -> Matrix {
        let mut out = Matrix::zeros(self.rows, self.cols);
        for r in 0..self.rows {
            let s = self.scale_of_row(r);
            let src = &self.codes[r * self.cols..(r + 1) * self.cols];
            for (d, &c) in out.row_mut(r).iter_mut().zip(src) {
                *d = match self.codec {
                    Codec::Qins => qins::decode(c, s),
                    Codec::Int8 => int8::decode(c as i8, s),
                };
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metrics::sqnr_db;

    fn gaussian(rows: usize, cols: usize, seed: u64) -> Matrix {
        Matrix::gaussian(rows, cols, 0.04, seed)
    }

    #[test]
    fn gaussian_sqnr_in_expected_range() {
        // Gaussian weights: QINS ~40-41 dB, INT8 per-row absmax ~40-42 dB at this size.
        let m = gaussian(64, 384, 3);
        let q = QuantizedTensor::qins(&m, Granularity::Channel, AlphaRule::MseSearch);
        let i = QuantizedTensor::int8(&m, Granularity::Channel);
        let sq = sqnr_db(&m.data, &q.dequantize().data);
        let si = sqnr_db(&m.data, &i.dequantize().data);
        assert!((39.5..42.5).contains(&sq), "qins {sq}");
        assert!((38.0..44.0).contains(&si), "int8 {si}");
    }

    #[test]
    fn bad_alphas_are_rejected() {
        let m = gaussian(2, 3, 1);
        assert!(QuantizedTensor::qins_with_alphas(&m, vec![1.0, 2.0, 3.0]).is_err());
        assert!(QuantizedTensor::qins_with_alphas(&m, vec![0.0]).is_err());
        assert!(QuantizedTensor::qins_with_alphas(&m, vec![f32::NAN, 1.0]).is_err());
    }
}
