//! Codec comparison: for every 2-D weight tensor, the weight SQNR of INT8 per tensor,
//! INT8 per channel, QINS alpha per tensor and QINS alpha per channel (alphas by MSE search).

use qins_core::codec::{AlphaRule, Granularity, QuantizedTensor};
use qins_core::hw::{DecodeTable, DECODE_FRAC_BITS};
use qins_core::metrics::sqnr_db;
use qins_core::tensor::Matrix;
use qins_models::checkpoint::NamedTensor;
use serde::Serialize;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// SQNR (dB) of each codec on one tensor.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct CodecSqnr {
    pub int8_tensor: f64,
    pub int8_channel: f64,
    pub qins_tensor: f64,
    pub qins_channel: f64,
    /// QINS alpha per channel decoded through the hardware's Q7.8 decode table instead of
    /// in float: what the array actually multiplies.
    pub qins_channel_q7_8: f64,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct TensorComparison {
    pub name: String,
    pub shape: Vec<usize>,
    /// `max |w| / std(w)`: the crest factor that decides how INT8 per tensor fares.
    pub crest_factor: f64,
    pub sqnr_db: CodecSqnr,
}

/// Decodes QINS codes the way the array does: the Q7.8 decode-table entry, times the
/// channel's `1 / alpha` (folded into the output stage in hardware).
pub fn dequantize_q7_8(q: &QuantizedTensor) -> Vec<f32> {
    let table = DecodeTable::qins();
    let unit = 1.0 / (1u32 << DECODE_FRAC_BITS) as f64;
    let mut out = Vec::with_capacity(q.codes.len());
    for r in 0..q.rows {
        let inv = unit / q.scale_of_row(r) as f64;
        out.extend(
            q.codes[r * q.cols..(r + 1) * q.cols]
                .iter()
                .map(|&c| (table.decode(c) as f64 * inv) as f32),
        );
    }
    out
}

/// Compares the four codecs on one matrix.
pub fn compare_matrix(name: &str, m: &Matrix) -> TensorComparison {
    let s = |q: QuantizedTensor| sqnr_db(&m.data, &q.dequantize().data);
    let n = m.data.len().max(1) as f64;
    let mean = m.data.iter().map(|&v| v as f64).sum::<f64>() / n;
    let std = (m
        .data
        .iter()
        .map(|&v| (v as f64 - mean).powi(2))
        .sum::<f64>()
        / n)
        .sqrt();
    let max = m.data.iter().fold(0f64, |a, &v| a.max((v as f64).abs()));
    let qc = QuantizedTensor::qins(m, Granularity::Channel, AlphaRule::MseSearch);
    TensorComparison {
        name: name.to_string(),
        shape: vec![m.rows, m.cols],
        crest_factor: if std > 0.0 { max / std } else { 0.0 },
        sqnr_db: CodecSqnr {
            int8_tensor: s(QuantizedTensor::int8(m, Granularity::Tensor)),
            int8_channel: s(QuantizedTensor::int8(m, Granularity::Channel)),
            qins_tensor: s(QuantizedTensor::qins(
                m,
                Granularity::Tensor,
                AlphaRule::MseSearch,
            )),
            qins_channel: sqnr_db(&m.data, &qc.dequantize().data),
            qins_channel_q7_8: sqnr_db(&m.data, &dequantize_q7_8(&qc)),
        },
    }
}

/// Compares every 2-D tensor (in the given order) on `threads` worker threads.
/// `progress` is called after each tensor with (done, total).
pub fn compare_all(
    tensors: &[NamedTensor],
    threads: usize,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Vec<TensorComparison> {
    let two_d: Vec<&NamedTensor> = tensors.iter().filter(|t| t.shape.len() == 2).collect();
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<TensorComparison>>> = Mutex::new(vec![None; two_d.len()]);
    std::thread::scope(|s| {
        for _ in 0..threads.max(1) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(t) = two_d.get(i) else { break };
                let m = t.as_matrix().expect("2-D tensor");
                let c = compare_matrix(&t.name, &m);
                results.lock().expect("no worker panics")[i] = Some(c);
                progress(done.fetch_add(1, Ordering::Relaxed) + 1, two_d.len());
            });
        }
    });
    results
        .into_inner()
        .expect("no worker panics")
        .into_iter()
        .flatten()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use qins_core::rng::SplitMix64;

    #[test]
    fn outlier_hurts_int8_per_tensor_not_qins() {
        let mut rng = SplitMix64::new(9);
        let mut data: Vec<f32> = (0..64 * 256).map(|_| rng.normal() as f32 * 0.04).collect();
        data[77] = 8.0; // one huge weight, as in MiniLM's FFN2
        let m = Matrix::new(64, 256, data).unwrap();
        let c = compare_matrix("w", &m);
        assert!(c.sqnr_db.int8_tensor < 20.0, "{c:?}");
        assert!(c.sqnr_db.qins_tensor > 35.0, "{c:?}");
        assert!(
            c.sqnr_db.qins_channel >= c.sqnr_db.qins_tensor - 0.1,
            "{c:?}"
        );
        assert!(c.crest_factor > 100.0);
    }
}
