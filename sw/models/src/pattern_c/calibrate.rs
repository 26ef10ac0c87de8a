//! The f64 interpreter of the layer's ops: calibration (each site's alpha from its values)
//! and the reference of the per-site breakdown.

use super::{forward, Domain, Tensor};
use crate::bert::{Linear, Sequences, TransformerLayer};
use qins_core::codec::{alpha, qins};
use qins_core::error::{Error, Result};
use qins_core::hw::{AluOp, UnaryFunction};
use qins_core::tensor::Matrix;
use std::collections::BTreeMap;

/// Values a site's alpha search looks at, at most (a seeded random sample of the rest).
const MAX_SAMPLES: usize = 1 << 18;

/// How far past the calibration absmax a site's codes reach before saturating (values of
/// the evaluated text beyond it would saturate: MiniLM layer 0's FFN output dim 99).
pub const HEADROOM: f64 = 1.0;

/// Each site's code alpha, calibrated.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Alphas {
    sites: BTreeMap<String, f64>,
}

impl Alphas {
    /// The alpha of `site` (an error if calibration never saw it).
    pub fn get(&self, site: &str) -> Result<f64> {
        self.sites
            .get(site)
            .copied()
            .ok_or_else(|| Error::Invalid(format!("qins-c: site {site} was not calibrated")))
    }

    /// Every site and its alpha, by name.
    pub fn iter(&self) -> impl Iterator<Item = (&str, f64)> {
        self.sites.iter().map(|(k, &v)| (k.as_str(), v))
    }
}

/// Each op in f64; records every op's finite output values by site and, optionally, the
/// whole op sequence (the reference of the per-site breakdown).
#[derive(Default)]
pub struct F64Domain {
    values: BTreeMap<&'static str, Vec<f32>>,
    /// `(site, values)` of every op in order, when kept.
    pub tape: Option<Vec<(&'static str, Vec<f64>)>>,
}

impl F64Domain {
    /// A domain that keeps the op sequence's values (for [`super::device::site_breakdown`]).
    pub fn with_tape() -> Self {
        Self {
            values: BTreeMap::new(),
            tape: Some(Vec::new()),
        }
    }

    fn record(&mut self, site: &'static str, x: &Tensor<f64>) {
        self.values
            .entry(site)
            .or_default()
            .extend(x.data().iter().filter(|v| v.is_finite()).map(|&v| v as f32));
        if let Some(t) = &mut self.tape {
            t.push((site, x.data().to_vec()));
        }
    }

    fn out(
        &mut self,
        site: &'static str,
        rows: usize,
        cols: usize,
        data: Vec<f64>,
    ) -> Result<Tensor<f64>> {
        let t = Tensor::new(rows, cols, data, 1.0)?;
        self.record(site, &t);
        Ok(t)
    }

    /// Every site's alpha over its recorded values: the MSE alpha, except for the values a
    /// reciprocal or rsqrt table inverts next ([`inverted_by`]), whose alpha minimises the
    /// squared error of the function's output (an MSE alpha rounds small variances to zero,
    /// and their rsqrt to the largest code).
    pub fn alphas(&self) -> Alphas {
        let sites = self
            .values
            .iter()
            .map(|(&site, v)| {
                // the absmax of every value (a stride would alias with the row width and
                // could skip an outlier column), the alpha search on a seeded sample
                let absmax = v.iter().fold(0f32, |m, x| m.max(x.abs())) as f64;
                let v: Vec<f32> = if v.len() > MAX_SAMPLES {
                    let mut rng = qins_core::rng::SplitMix64::new(7);
                    (0..MAX_SAMPLES)
                        .map(|_| v[(rng.next_u64() % v.len() as u64) as usize])
                        .collect()
                } else {
                    v.clone()
                };
                let a = match inverted_by(site) {
                    Some(f) => function_alpha(&v, f),
                    None => alpha::mse_alpha(&v) as f64,
                };
                // headroom: the calibration absmax at most at lambda_0 / HEADROOM
                let a = if absmax > 0.0 {
                    a.min(127.0 / (HEADROOM * absmax))
                } else {
                    a
                };
                (site.to_string(), a)
            })
            .collect();
        Alphas { sites }
    }
}

/// The function a site's values go through next when it inverts them: the softmax row sums
/// and the norms' row absmaxes (reciprocal), the norms' variances (rsqrt).
pub fn inverted_by(site: &str) -> Option<UnaryFunction> {
    if site == "sum" || site.ends_with(".absmax") {
        Some(UnaryFunction::Reciprocal)
    } else if site.ends_with(".var") {
        Some(UnaryFunction::Rsqrt)
    } else {
        None
    }
}

/// Values an output-error alpha search looks at, at most (a stride through the rest).
const FUNCTION_SAMPLES: usize = 1 << 16;

/// The alpha (over 241 geometric steps of 1.06x around `1 / rms`, 1e-3x to 1e3x) that
/// minimises `sum (f(decode(encode(v))) - f(v))^2` over the positive `values`.
pub fn function_alpha(values: &[f32], f: UnaryFunction) -> f64 {
    let step = values.len().div_ceil(FUNCTION_SAMPLES).max(1);
    let v: Vec<f64> = values
        .iter()
        .step_by(step)
        .map(|&x| x as f64)
        .filter(|&x| x > 0.0)
        .collect();
    if v.is_empty() {
        return 1.0;
    }
    let rms = (v.iter().map(|x| x * x).sum::<f64>() / v.len() as f64).sqrt();
    let error = |a: f64| -> f64 {
        let e: f64 = v
            .iter()
            .map(|&x| {
                let q = qins_core::format::signed_lambda(qins::encode(x as f32, a as f32)) / a;
                (f.apply(q) - f.apply(x)).powi(2)
            })
            .sum();
        if e.is_finite() {
            e
        } else {
            f64::INFINITY
        }
    };
    (0..=240)
        .map(|i| 10f64.powf(-3.0 + i as f64 / 40.0) / rms)
        .map(|a| (a, error(a)))
        .fold(
            (1.0 / rms, f64::INFINITY),
            |b, c| if c.1 < b.1 { c } else { b },
        )
        .0
}

/// `x` as an f64 tensor.
pub fn f64_tensor(x: &Matrix) -> Result<Tensor<f64>> {
    Tensor::new(
        x.rows,
        x.cols,
        x.data.iter().map(|&v| v as f64).collect(),
        1.0,
    )
}

/// `x w^T` of two row-major matrices (`m x k`, `n x k`) in f64.
fn matmul_t(x: &[f64], w: impl Fn(usize, usize) -> f64, m: usize, k: usize, n: usize) -> Vec<f64> {
    let mut y = vec![0.0; m * n];
    for r in 0..m {
        for o in 0..n {
            y[r * n + o] = (0..k).map(|i| x[r * k + i] * w(o, i)).sum();
        }
    }
    y
}

fn same_shape<E>(a: &Tensor<E>, b: &Tensor<E>) -> Result<()> {
    if (a.rows, a.cols) != (b.rows, b.cols) {
        return Err(Error::Shape(format!(
            "element-wise operands {} x {} and {} x {}",
            a.rows, a.cols, b.rows, b.cols
        )));
    }
    Ok(())
}

impl Domain for F64Domain {
    type E = f64;

    fn alpha(&self, _site: &str) -> Result<f64> {
        Ok(1.0)
    }

    fn lowest(&self) -> f64 {
        f64::NEG_INFINITY
    }

    fn linear(
        &mut self,
        site: &'static str,
        l: &Linear,
        x: &Tensor<f64>,
        _out: f64,
    ) -> Result<Tensor<f64>> {
        let (n, k) = (l.weight.rows, l.weight.cols);
        if x.cols != k {
            return Err(Error::Shape(format!(
                "{site}: input width {} for a {n} x {k} weight",
                x.cols
            )));
        }
        let w = &l.weight.data;
        let mut y = matmul_t(x.data(), |o, i| w[o * k + i] as f64, x.rows, k, n);
        for (j, v) in y.iter_mut().enumerate() {
            *v += l.bias[j % n] as f64;
        }
        self.out(site, x.rows, n, y)
    }

    fn product(
        &mut self,
        site: &'static str,
        x: &Tensor<f64>,
        w: &Tensor<f64>,
        scale: f64,
        _out: f64,
    ) -> Result<Tensor<f64>> {
        if x.cols != w.cols {
            return Err(Error::Shape(format!(
                "{site}: widths {} and {}",
                x.cols, w.cols
            )));
        }
        let k = x.cols;
        let wd = w.data();
        let mut y = matmul_t(x.data(), |o, i| wd[o * k + i], x.rows, k, w.rows);
        y.iter_mut().for_each(|v| *v *= scale);
        self.out(site, x.rows, w.rows, y)
    }

    fn row_sum(
        &mut self,
        site: &'static str,
        x: &Tensor<f64>,
        scale: f64,
        bias: f64,
        _out: f64,
    ) -> Result<Tensor<f64>> {
        let y = x
            .data()
            .chunks(x.cols)
            .map(|r| scale * r.iter().filter(|v| v.is_finite()).sum::<f64>() + bias)
            .collect();
        self.out(site, x.rows, 1, y)
    }

    fn unary(
        &mut self,
        site: &'static str,
        f: UnaryFunction,
        x: &Tensor<f64>,
        _out: f64,
    ) -> Result<Tensor<f64>> {
        let y = x.data().iter().map(|&v| f.apply(v)).collect();
        self.out(site, x.rows, x.cols, y)
    }

    fn binary(
        &mut self,
        site: &'static str,
        op: AluOp,
        a: &Tensor<f64>,
        b: &Tensor<f64>,
    ) -> Result<Tensor<f64>> {
        same_shape(a, b)?;
        let f: fn(f64, f64) -> f64 = match op {
            AluOp::Add => |x, y| x + y,
            AluOp::Sub => |x, y| if x == f64::NEG_INFINITY { x } else { x - y },
            AluOp::Mul => |x, y| x * y,
            AluOp::Max => f64::max,
            AluOp::Abs => |x, _| x.abs(),
            _ => {
                return Err(Error::Invalid(format!(
                    "qins-c has no element-wise {}",
                    op.name()
                )))
            }
        };
        let y = a
            .data()
            .iter()
            .zip(b.data())
            .map(|(&x, &y)| f(x, y))
            .collect();
        self.out(site, a.rows, a.cols, y)
    }

    fn constant(&mut self, site: &'static str, values: &[f32], _alpha: f64) -> Result<Tensor<f64>> {
        self.out(
            site,
            1,
            values.len(),
            values.iter().map(|&v| v as f64).collect(),
        )
    }

    fn rescale(&mut self, x: Tensor<f64>, _out: f64) -> Result<Tensor<f64>> {
        Ok(x)
    }

    fn mark(&mut self, site: &'static str, x: &Tensor<f64>) {
        self.record(site, x);
    }
}

/// Runs the layer's ops in f64 on calibration inputs `x` (the sequences `seqs`) and returns
/// every site's alpha.
pub fn calibrate(layer: &TransformerLayer, x: &Matrix, seqs: &Sequences) -> Result<Alphas> {
    let mut d = F64Domain::default();
    let t = f64_tensor(x)?;
    d.mark("input", &t);
    forward(&mut d, layer, &t, seqs)?;
    Ok(d.alphas())
}
