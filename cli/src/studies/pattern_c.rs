//! Pattern C measured: a dot product accumulated natively in QINS codes (MUL, then ADD into a
//! code accumulator, on the exact [`QinsAlu`]) against the array's path (decode each operand
//! once to Q7.8 and accumulate the products in int32).
//!
//! Operands are seeded Gaussian vectors quantized with QINS at their MSE-optimal alpha
//! (one alpha for all weights, one for all activations). Both paths are scored against the
//! exact (f64) dot product of the *decoded codes*, so the numbers isolate the accumulation
//! and not the operand quantization.

use qins_core::codec::{alpha, qins};
use qins_core::format;
use qins_core::hw::{mac, AluOp, DecodeTable, QinsAlu, DECODE_FRAC_BITS};
use qins_core::metrics::sqnr_db;
use qins_core::rng::SplitMix64;
use serde::Serialize;

/// One dot-product length.
#[derive(Clone, Debug, Serialize)]
pub struct NativeDotRow {
    /// Dot-product length.
    pub k: usize,
    pub trials: usize,
    /// SQNR of the native QINS accumulation vs the exact dot product of the decoded codes.
    pub native_qins_sqnr_db: f64,
    /// SQNR of the int32 array path vs the same reference.
    pub int32_sqnr_db: f64,
    /// Fraction of products that MUL rounded to zero.
    pub products_flushed_to_zero: f64,
    /// Fraction of trials whose native accumulator hit the largest code (saturated).
    pub saturated_trials: f64,
}

/// Runs the study for each `k` with `trials` dot products, seeded.
pub fn native_dot_product_study(ks: &[usize], trials: usize, seed: u64) -> Vec<NativeDotRow> {
    let alu = QinsAlu::default();
    let table = DecodeTable::qins();
    let mut rng = SplitMix64::new(seed);
    // calibrate the two alphas on a large sample
    let sample_w: Vec<f32> = (0..65536).map(|_| rng.normal() as f32 * 0.05).collect();
    let sample_x: Vec<f32> = (0..65536).map(|_| rng.normal() as f32).collect();
    let (aw, ax) = (alpha::mse_alpha(&sample_w), alpha::mse_alpha(&sample_x));
    let scale = 1.0 / (aw as f64 * ax as f64);
    let mut rows = Vec::new();
    for &k in ks {
        let (mut exact, mut native, mut int32) = (Vec::new(), Vec::new(), Vec::new());
        let (mut flushed, mut products, mut saturated) = (0usize, 0usize, 0usize);
        for _ in 0..trials {
            let w: Vec<u8> = (0..k)
                .map(|_| qins::encode(rng.normal() as f32 * 0.05, aw))
                .collect();
            let x: Vec<u8> = (0..k)
                .map(|_| qins::encode(rng.normal() as f32, ax))
                .collect();
            let mut acc = format::ZERO_CODE;
            let mut sum_exact = 0f64;
            let mut sum_i32 = 0i32;
            for (&cw, &cx) in w.iter().zip(&x) {
                let p = alu.binary(AluOp::Mul, cw, cx);
                products += 1;
                if format::is_zero(p) && !format::is_zero(cw) && !format::is_zero(cx) {
                    flushed += 1;
                }
                acc = alu.binary(AluOp::Add, acc, p);
                sum_exact += format::signed_lambda(cw) * format::signed_lambda(cx);
                sum_i32 = mac::mac(sum_i32, table.decode(cw), table.decode(cx));
            }
            if format::magnitude_index(acc) == 0 {
                saturated += 1;
            }
            exact.push(sum_exact * scale);
            native.push(format::signed_lambda(acc) * scale);
            int32.push(sum_i32 as f64 / (1u64 << (2 * DECODE_FRAC_BITS)) as f64 * scale);
        }
        rows.push(NativeDotRow {
            k,
            trials,
            native_qins_sqnr_db: sqnr_db(&exact, &native),
            int32_sqnr_db: sqnr_db(&exact, &int32),
            products_flushed_to_zero: flushed as f64 / products.max(1) as f64,
            saturated_trials: saturated as f64 / trials.max(1) as f64,
        });
    }
    rows
}

/// `qins-c`'s per-step breakdown as text: each site's SQNR (device codes against the same op
/// sequence in f64 on the same input; cumulative: each includes every step before it), and
/// with `--sites` each non-linear stage's cost. Empty without qins-c.
pub fn render_steps(modes: &[qins_models::layer::ModeReport]) -> String {
    use crate::table::{db, TextTable};
    let Some(steps) = modes.iter().find_map(|m| m.steps.as_ref()) else {
        return String::new();
    };
    let mut t = TextTable::new(["site", "SQNR dB"]);
    for s in steps {
        t.row([s.site.clone(), db(s.sqnr_db)]);
    }
    let mut out = format!(
        "qins-c step by step: each site's codes (decoded for this report) against the same op \
         sequence in f64 on the same input; errors accumulate, so each figure includes every \
         step before it:\n{}",
        t.render()
    );
    if let Some(stages) = modes.iter().find_map(|m| m.stages.as_ref()) {
        let mut t = TextTable::new(["stage on the host", "layer SQNR dB", "gain dB"]);
        for s in stages {
            t.row([s.stage.clone(), db(s.sqnr_db), format!("{:+.1}", s.cost_db)]);
        }
        out.push_str(&format!(
            "What each non-linear stage costs in codes: the layer with that stage alone on the \
             host in f64 (inputs decoded, output encoded at its alpha), every other step on the \
             device:\n{}",
            t.render()
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int32_path_is_far_better_than_native_accumulation() {
        let rows = native_dot_product_study(&[16, 256], 200, 3);
        for r in &rows {
            assert!(r.int32_sqnr_db > 35.0, "{r:?}");
            assert!(r.native_qins_sqnr_db < r.int32_sqnr_db, "{r:?}");
        }
    }
}
