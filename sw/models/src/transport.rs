//! Pattern B, "Jacobian weight transport", implemented faithfully and measured.
//!
//! Activations stay in the seed's z coordinate, `E(x) = sign(x) / (1 + alpha |x|)`, held as
//! QINS codes (`z = +-(m + 1) / 128`); a linear layer `y = W x + b` runs on them with
//! transported weights and only its output is decoded, `D(z) = sign(z)(1 - |z|)/(alpha |z|)`:
//!
//! ```text
//! W' = J_E(y0) W J_D(z0),   b' = E(y0) - W' z0,   y_hat = D(code(W' z + b'))
//! J_E(y) = -alpha_y / (1 + alpha_y |y|)^2,   J_D(z) = -1 / (alpha_x z^2)   (diagonal)
//! ```
//! with per-channel linearization points from calibration data (`x0` = mean of each input
//! channel, `z0 = E(x0)`; `y0` = mean of each output channel), and a ridge least-squares
//! refit of `W', b'` from calibration codes to `E(y)`. `W'` stays f64 (Pattern B's best
//! case: no weight quantization). Everything is scored on held-out tokens against FP32,
//! next to Pattern A and the zero output (0 dB).

use qins_core::codec::{alpha, qins, AlphaRule, Granularity, QuantizedTensor};
use qins_core::error::{Error, Result};
use qins_core::format;
use qins_core::metrics::sqnr_db;
use qins_core::tensor::Matrix;
use serde::Serialize;

/// One method's output SQNR on held-out data.
#[derive(Clone, Debug, Serialize)]
pub struct TransportRow {
    pub method: String,
    pub sqnr_db: f64,
}

/// The evaluation of one linear layer.
#[derive(Clone, Debug, Serialize)]
pub struct TransportReport {
    pub layer: String,
    pub shape: [usize; 2],
    pub calibration_tokens: usize,
    pub held_out_tokens: usize,
    pub rows: Vec<TransportRow>,
    /// Fraction of held-out input values on the other side of zero from their channel's
    /// linearization point.
    pub inputs_across_zero: f64,
    /// The same for outputs.
    pub outputs_across_zero: f64,
    /// Best Jacobian-transport SQNR over input/output alphas from 0.03/std to 30/std.
    pub best_sqnr_over_alpha_sweep_db: f64,
    pub verdict: String,
}

/// `E(x) = sign(x) / (1 + alpha |x|)`, with `sign(0) = +1`.
#[inline]
pub fn encode_z(x: f64, alpha: f64) -> f64 {
    let z = 1.0 / (1.0 + alpha * x.abs());
    if x < 0.0 {
        -z
    } else {
        z
    }
}

/// `D(z) = sign(z) (1 - |z|) / (alpha |z|)`.
#[inline]
pub fn decode_z(z: f64, alpha: f64) -> f64 {
    let a = z.abs();
    let v = (1.0 - a) / (alpha * a);
    if z < 0.0 {
        -v
    } else {
        v
    }
}

/// The z coordinate a QINS code holds: `+-(m + 1) / 128`; zero codes hold `+1`.
#[inline]
pub fn code_z(code: u8) -> f64 {
    let z = (format::magnitude_index(code) as f64 + 1.0) / 128.0;
    if format::is_negative(code) && !format::is_zero(code) {
        -z
    } else {
        z
    }
}

/// Rounds a z value to the nearest code's z (|z| clamped to [1/128, 1]).
#[inline]
pub fn round_z(z: f64) -> f64 {
    let m = (z.abs() * 128.0 - 1.0).round().clamp(0.0, 127.0);
    let q = (m + 1.0) / 128.0;
    if z < 0.0 {
        -q
    } else {
        q
    }
}

fn reference(w: &Matrix, b: &[f32], x: &Matrix) -> Result<Vec<f64>> {
    let y = x.matmul_transposed(w)?;
    Ok(y.data
        .iter()
        .enumerate()
        .map(|(i, &v)| v as f64 + b[i % w.rows] as f64)
        .collect())
}

/// `x` encoded to codes at `alpha_x`, as z values (tokens x in, row-major).
fn input_codes_z(x: &Matrix, alpha_x: f32) -> Vec<f64> {
    x.data
        .iter()
        .map(|&v| code_z(qins::encode(v, alpha_x)))
        .collect()
}

/// Runs transported weights `wt` (out x in, f64) and `bt` on the held-out codes and decodes.
fn run_transported(
    wt: &[f64],
    bt: &[f64],
    z: &[f64],
    n_in: usize,
    n_out: usize,
    alpha_y: f64,
) -> Vec<f64> {
    let tokens = z.len() / n_in;
    let mut out = Vec::with_capacity(tokens * n_out);
    for t in 0..tokens {
        let zt = &z[t * n_in..(t + 1) * n_in];
        for o in 0..n_out {
            let row = &wt[o * n_in..(o + 1) * n_in];
            let s: f64 = row.iter().zip(zt).map(|(a, b)| a * b).sum::<f64>() + bt[o];
            out.push(decode_z(round_z(s), alpha_y));
        }
    }
    out
}

struct Calibration {
    x0: Vec<f64>,
    y0: Vec<f64>,
}

fn means(m: &[f64], cols: usize) -> Vec<f64> {
    let rows = m.len() / cols;
    let mut s = vec![0f64; cols];
    for r in 0..rows {
        for c in 0..cols {
            s[c] += m[r * cols + c];
        }
    }
    s.iter().map(|v| v / rows.max(1) as f64).collect()
}

/// Jacobian transport of `W` around the calibration means.
fn jacobian_transport(w: &Matrix, cal: &Calibration, ax: f64, ay: f64) -> (Vec<f64>, Vec<f64>) {
    let (n_out, n_in) = (w.rows, w.cols);
    let z0: Vec<f64> = cal.x0.iter().map(|&x| encode_z(x, ax)).collect();
    let jd: Vec<f64> = z0.iter().map(|&z| -1.0 / (ax * z * z)).collect();
    let mut wt = vec![0f64; n_out * n_in];
    let mut bt = vec![0f64; n_out];
    for o in 0..n_out {
        let je = -ay / (1.0 + ay * cal.y0[o].abs()).powi(2);
        let mut acc = 0f64;
        for i in 0..n_in {
            let v = je * w.at(o, i) as f64 * jd[i];
            wt[o * n_in + i] = v;
            acc += v * z0[i];
        }
        bt[o] = encode_z(cal.y0[o], ay) - acc;
    }
    (wt, bt)
}

/// Ridge least squares from calibration codes `z` to targets `E(y)`.
fn ridge_fit(
    z: &[f64],
    targets: &[f64],
    n_in: usize,
    n_out: usize,
) -> Result<(Vec<f64>, Vec<f64>)> {
    let tokens = z.len() / n_in;
    let n = n_in + 1;
    let mut g = vec![0f64; n * n];
    let mut rhs = vec![0f64; n * n_out];
    let mut aug = vec![0f64; n];
    for t in 0..tokens {
        aug[..n_in].copy_from_slice(&z[t * n_in..(t + 1) * n_in]);
        aug[n_in] = 1.0;
        for i in 0..n {
            let ai = aug[i];
            for j in i..n {
                g[i * n + j] += ai * aug[j];
            }
            let tr = &targets[t * n_out..(t + 1) * n_out];
            for (o, &e) in tr.iter().enumerate() {
                rhs[i * n_out + o] += ai * e;
            }
        }
    }
    for i in 0..n {
        for j in 0..i {
            g[i * n + j] = g[j * n + i];
        }
    }
    let trace: f64 = (0..n_in).map(|i| g[i * n + i]).sum::<f64>() / n_in as f64;
    for i in 0..n_in {
        g[i * n + i] += 1e-3 * trace;
    }
    let l = cholesky(&g, n)?;
    let mut wt = vec![0f64; n_out * n_in];
    let mut bt = vec![0f64; n_out];
    let mut col = vec![0f64; n];
    for o in 0..n_out {
        for i in 0..n {
            col[i] = rhs[i * n_out + o];
        }
        cholesky_solve(&l, n, &mut col);
        wt[o * n_in..(o + 1) * n_in].copy_from_slice(&col[..n_in]);
        bt[o] = col[n_in];
    }
    Ok((wt, bt))
}

fn cholesky(a: &[f64], n: usize) -> Result<Vec<f64>> {
    let mut l = vec![0f64; n * n];
    for i in 0..n {
        for j in 0..=i {
            let s: f64 = (0..j).map(|k| l[i * n + k] * l[j * n + k]).sum();
            if i == j {
                let d = a[i * n + i] - s;
                if d <= 0.0 || !d.is_finite() {
                    return Err(Error::Invalid(
                        "ridge fit: normal equations are not positive definite".into(),
                    ));
                }
                l[i * n + j] = d.sqrt();
            } else {
                l[i * n + j] = (a[i * n + j] - s) / l[j * n + j];
            }
        }
    }
    Ok(l)
}

fn cholesky_solve(l: &[f64], n: usize, b: &mut [f64]) {
    for i in 0..n {
        let s: f64 = (0..i).map(|k| l[i * n + k] * b[k]).sum();
        b[i] = (b[i] - s) / l[i * n + i];
    }
    for i in (0..n).rev() {
        let s: f64 = (i + 1..n).map(|k| l[k * n + i] * b[k]).sum();
        b[i] = (b[i] - s) / l[i * n + i];
    }
}

fn across_zero(values: &[f64], points: &[f64]) -> f64 {
    let cols = points.len();
    let n = values
        .iter()
        .enumerate()
        .filter(|(i, &v)| (v < 0.0) != (points[i % cols] < 0.0))
        .count();
    n as f64 / values.len().max(1) as f64
}

/// A linear layer transported for Pattern B (Jacobian transport at the calibration means,
/// alphas by MSE on the calibration inputs and outputs): fit once, then apply to new inputs
/// (encode to codes, `W' z + b'`, round to a code, decode).
#[derive(Clone, Debug)]
pub struct JacobianTransport {
    wt: Vec<f64>,
    bt: Vec<f64>,
    alpha_x: f32,
    alpha_y: f64,
    n_in: usize,
    n_out: usize,
}

impl JacobianTransport {
    pub fn fit(w: &Matrix, b: &[f32], calibration: &Matrix) -> Result<Self> {
        let (n_out, n_in) = (w.rows, w.cols);
        if b.len() != n_out || calibration.cols != n_in {
            return Err(Error::Shape(format!(
                "transport: weight {n_out} x {n_in}, bias {}, inputs {}",
                b.len(),
                calibration.cols
            )));
        }
        let y_cal = reference(w, b, calibration)?;
        let y_cal_f32: Vec<f32> = y_cal.iter().map(|&v| v as f32).collect();
        let alpha_x = alpha::mse_alpha(&calibration.data);
        let alpha_y = alpha::mse_alpha(&y_cal_f32) as f64;
        let cal_x: Vec<f64> = calibration.data.iter().map(|&v| v as f64).collect();
        let cal = Calibration {
            x0: means(&cal_x, n_in),
            y0: means(&y_cal, n_out),
        };
        let (wt, bt) = jacobian_transport(w, &cal, alpha_x as f64, alpha_y);
        Ok(Self {
            wt,
            bt,
            alpha_x,
            alpha_y,
            n_in,
            n_out,
        })
    }

    /// The transported weights W' (`out x in`, rounded to f32) and b' (f32): what the
    /// array version quantizes; an error if a value does not fit f32.
    pub fn transported(&self) -> Result<(Matrix, Vec<f32>)> {
        let f = |v: &[f64]| -> Result<Vec<f32>> {
            v.iter()
                .map(|&x| {
                    let y = x as f32;
                    if y.is_finite() {
                        Ok(y)
                    } else {
                        Err(Error::Range(format!(
                            "transported value {x} does not fit f32"
                        )))
                    }
                })
                .collect()
        };
        Ok((
            Matrix::new(self.n_out, self.n_in, f(&self.wt)?)?,
            f(&self.bt)?,
        ))
    }

    /// The alpha of the input encoding `E(x)` (MSE on the calibration inputs).
    pub fn input_alpha(&self) -> f32 {
        self.alpha_x
    }

    /// The alpha the outputs are decoded with (MSE on the calibration outputs; an f32 value).
    pub fn output_alpha(&self) -> f32 {
        self.alpha_y as f32
    }

    /// `y_hat` for inputs `x` (`tokens x in`).
    pub fn apply(&self, x: &Matrix) -> Result<Matrix> {
        if x.cols != self.n_in {
            return Err(Error::Shape(format!(
                "transport: inputs have {} columns, expected {}",
                x.cols, self.n_in
            )));
        }
        let z = input_codes_z(x, self.alpha_x);
        let y = run_transported(&self.wt, &self.bt, &z, self.n_in, self.n_out, self.alpha_y);
        Matrix::new(
            x.rows,
            self.n_out,
            y.into_iter().map(|v| v as f32).collect(),
        )
    }
}

/// Evaluates Pattern A and Pattern B on one linear layer. `calibration` and `held_out` are
/// `tokens x in` inputs from disjoint tokens.
pub fn evaluate(
    layer: &str,
    w: &Matrix,
    b: &[f32],
    calibration: &Matrix,
    held_out: &Matrix,
) -> Result<TransportReport> {
    let (n_out, n_in) = (w.rows, w.cols);
    if b.len() != n_out || calibration.cols != n_in || held_out.cols != n_in {
        return Err(Error::Shape(format!(
            "{layer}: weight {n_out} x {n_in}, bias {}, inputs with {} and {} columns",
            b.len(),
            calibration.cols,
            held_out.cols
        )));
    }
    if calibration.rows <= n_in {
        return Err(Error::Shape(format!(
            "{layer}: the ridge fit needs more calibration tokens ({}) than inputs ({n_in})",
            calibration.rows
        )));
    }
    let y_ref = reference(w, b, held_out)?;
    let y_cal = reference(w, b, calibration)?;
    let mut rows = Vec::new();
    let mut push = |m: &str, y: &[f64]| {
        rows.push(TransportRow {
            method: m.to_string(),
            sqnr_db: sqnr_db(&y_ref, y),
        })
    };

    // Pattern A
    let wq = QuantizedTensor::qins(w, Granularity::Channel, AlphaRule::MseSearch).dequantize();
    push(
        "Pattern A: QINS weights (alpha per channel), FP32 activations",
        &reference(&wq, b, held_out)?,
    );
    let ax = alpha::mse_alpha(&calibration.data);
    let xq = Matrix::new(
        held_out.rows,
        n_in,
        held_out
            .data
            .iter()
            .map(|&v| qins::decode(qins::encode(v, ax), ax))
            .collect(),
    )?;
    push(
        "Pattern A: QINS weights and QINS-coded activations (static alpha)",
        &reference(&wq, b, &xq)?,
    );

    // Pattern B
    let y_cal_f32: Vec<f32> = y_cal.iter().map(|&v| v as f32).collect();
    let ay = alpha::mse_alpha(&y_cal_f32) as f64;
    let cal_x: Vec<f64> = calibration.data.iter().map(|&v| v as f64).collect();
    let cal = Calibration {
        x0: means(&cal_x, n_in),
        y0: means(&y_cal, n_out),
    };
    let z_test = input_codes_z(held_out, ax);
    let (wt, bt) = jacobian_transport(w, &cal, ax as f64, ay);
    push(
        "Pattern B: Jacobian transport at the mean input",
        &run_transported(&wt, &bt, &z_test, n_in, n_out, ay),
    );
    let z_cal = input_codes_z(calibration, ax);
    let targets: Vec<f64> = y_cal.iter().map(|&y| encode_z(y, ay)).collect();
    let (rw, rb) = ridge_fit(&z_cal, &targets, n_in, n_out)?;
    push(
        "Pattern B: ridge least-squares fit of W', b'",
        &run_transported(&rw, &rb, &z_test, n_in, n_out, ay),
    );
    push("outputting zeros", &vec![0.0; y_ref.len()]);

    // does any alpha rescue the transport?
    let (sx, sy) = (alpha::rms(&calibration.data), alpha::rms(&y_cal_f32));
    let mut best = f64::NEG_INFINITY;
    for c in [0.03, 0.3, 1.0, 3.0, 30.0] {
        let (ax2, ay2) = (c / sx, c / sy);
        let z = input_codes_z(held_out, ax2 as f32);
        let (wt, bt) = jacobian_transport(w, &cal, ax2, ay2);
        best = best.max(sqnr_db(
            &y_ref,
            &run_transported(&wt, &bt, &z, n_in, n_out, ay2),
        ));
    }

    let a_best = rows[0].sqnr_db;
    let b_best = rows[2].sqnr_db.max(rows[3].sqnr_db);
    let sweep = if best < 0.0 {
        format!("no alpha from 0.03/std to 30/std rescues it (best {best:.1} dB)")
    } else {
        format!("the best alpha from 0.03/std to 30/std reaches only {best:.1} dB")
    };
    let verdict = if b_best < 0.0 {
        format!(
            "Pattern B FAILS: its best output ({b_best:.1} dB) is worse than outputting zeros (0 dB), \
             while Pattern A reaches {a_best:.1} dB; {sweep}."
        )
    } else if b_best < a_best - 10.0 {
        format!(
            "Pattern B is far worse than Pattern A ({b_best:.1} dB vs {a_best:.1} dB); {sweep}."
        )
    } else {
        format!("Pattern B is within 10 dB of Pattern A here ({b_best:.1} dB vs {a_best:.1} dB).")
    };
    let held_x: Vec<f64> = held_out.data.iter().map(|&v| v as f64).collect();
    Ok(TransportReport {
        layer: layer.to_string(),
        shape: [n_out, n_in],
        calibration_tokens: calibration.rows,
        held_out_tokens: held_out.rows,
        inputs_across_zero: across_zero(&held_x, &cal.x0),
        outputs_across_zero: across_zero(&y_ref, &cal.y0),
        rows,
        best_sqnr_over_alpha_sweep_db: best,
        verdict,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use qins_core::rng::SplitMix64;

    #[test]
    fn z_maps_are_inverse_and_jump_at_zero() {
        for x in [-3.0, -0.1, 0.2, 5.0] {
            assert!((decode_z(encode_z(x, 0.7), 0.7) - x).abs() < 1e-12);
        }
        assert!((encode_z(1e-9, 1.0) - encode_z(-1e-9, 1.0) - 2.0).abs() < 1e-6);
        assert_eq!(code_z(format::ZERO_CODE), 1.0);
        assert_eq!(code_z(0x80), -1.0 / 128.0);
    }

    #[test]
    fn cholesky_solves() {
        let a = [4.0, 2.0, 2.0, 3.0];
        let l = cholesky(&a, 2).unwrap();
        let mut b = [2.0, 1.0];
        cholesky_solve(&l, 2, &mut b);
        assert!(
            (4.0 * b[0] + 2.0 * b[1] - 2.0).abs() < 1e-12
                && (2.0 * b[0] + 3.0 * b[1] - 1.0).abs() < 1e-12
        );
    }

    #[test]
    fn pattern_b_fails_on_a_random_layer() {
        let mut rng = SplitMix64::new(4);
        let (o, i) = (24, 16);
        let w = Matrix::new(
            o,
            i,
            (0..o * i).map(|_| rng.normal() as f32 * 0.3).collect(),
        )
        .unwrap();
        let b: Vec<f32> = (0..o).map(|_| rng.normal() as f32 * 0.1).collect();
        let mut x = |n: usize| {
            Matrix::new(n, i, (0..n * i).map(|_| rng.normal() as f32).collect()).unwrap()
        };
        let (cal, test) = (x(200), x(200));
        let r = evaluate("toy", &w, &b, &cal, &test).unwrap();
        assert!(r.rows[0].sqnr_db > 30.0, "{r:?}");
        assert!(r.rows[2].sqnr_db < 10.0, "{r:?}");
        assert!(r.inputs_across_zero > 0.3);
    }
}
