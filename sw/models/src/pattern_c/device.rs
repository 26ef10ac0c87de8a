//! The device interpreter of the layer's ops: codes in, codes out, every op a command on a
//! [`MatmulEngine`]. The host's part is the commands' constants: channel params and lookup
//! tables from calibrated alphas, the codes of the model's gamma and beta.

use super::calibrate::{f64_tensor, F64Domain};
use super::{forward, run_stage, Alphas, Domain, Stage, Tensor};
use crate::bert::{l2_normalize_rows, mean_pool, BertModel, Linear, Sequences, TransformerLayer};
use crate::layer::{LayerCost, MatmulEngine};
use qins_core::codec::{qins, AlphaRule, Codec, Granularity, QuantizedTensor};
use qins_core::error::{Error, Result};
use qins_core::format;
use qins_core::hw::{AluOp, ChannelParams, UnaryFunction};
use qins_core::tensor::Matrix;
use qins_host::lowering::RunStats;
use serde::Serialize;
use std::collections::HashMap;

/// One Q15.16 unit of the output encoder's input.
const Q16: f64 = 65536.0;

/// The code of exactly 1 at alpha 1 (`lambda_63 = 64 / 64`).
const ONE_CODE: u8 = 63;

/// Each op a device command; tensors are codes (`E = u8`).
pub struct DeviceDomain<'a> {
    engine: &'a mut dyn MatmulEngine,
    alphas: Alphas,
    /// Each linear layer's weights (by the address of its [`Linear`]), quantized once.
    weights: HashMap<usize, QuantizedTensor>,
    /// The stage computed on the host (f64) instead, for measuring what it costs.
    host_stages: Vec<Stage>,
    /// What the hardware did so far.
    pub cost: LayerCost,
    /// `(site, codes)` of every op in order, when kept (the per-site breakdown).
    pub tape: Option<Vec<(&'static str, Tensor<u8>)>>,
}

impl<'a> DeviceDomain<'a> {
    pub fn new(engine: &'a mut dyn MatmulEngine, alphas: Alphas) -> Self {
        Self {
            engine,
            alphas,
            weights: HashMap::new(),
            host_stages: Vec::new(),
            cost: LayerCost::default(),
            tape: None,
        }
    }

    /// Computes `stages` on the host in f64 (decoding its inputs, encoding its output at the
    /// stage's output alpha): a diagnostic that breaks the qins-c claim on purpose, to
    /// measure what the stage costs in codes.
    pub fn with_host_stages(mut self, stages: &[Stage]) -> Self {
        self.host_stages = stages.to_vec();
        self
    }

    /// The alphas of the next layer run.
    pub fn set_alphas(&mut self, alphas: Alphas) {
        self.alphas = alphas;
    }

    fn count(&mut self, s: &RunStats) {
        self.cost.matmuls += 1;
        self.cost.busy_cycles += s.busy_cycles;
        self.cost.array_cycles += s.array_cycles;
        self.cost.useful_macs += s.useful_macs;
        self.cost.weight_bytes += s.weight_decodes;
        self.cost.decodes += s.weight_decodes + s.act_decodes;
    }

    fn keep(&mut self, site: &'static str, t: Tensor<u8>) -> Tensor<u8> {
        if let Some(tape) = &mut self.tape {
            tape.push((site, t.clone()));
        }
        t
    }

    /// `x w^T` on the array, output channel `o` requantized by `params[o]` and encoded.
    fn array(
        &mut self,
        site: &'static str,
        x: &Tensor<u8>,
        w: &QuantizedTensor,
        params: &[ChannelParams],
        out: f64,
    ) -> Result<Tensor<u8>> {
        if x.cols != w.cols {
            return Err(Error::Shape(format!(
                "{site}: input width {} for a {} x {} weight",
                x.cols, w.rows, w.cols
            )));
        }
        let (codes, stats) = self.engine.linear_codes(w, x.data(), x.rows, params)?;
        self.count(&stats);
        self.cost.activation_bytes += x.data().len() as u64;
        let t = Tensor::new(x.rows, w.rows, codes, out)?;
        Ok(self.keep(site, t))
    }
}

/// A code tensor as array weights with one alpha.
fn as_weights(w: &Tensor<u8>) -> QuantizedTensor {
    QuantizedTensor {
        codec: Codec::Qins,
        rows: w.rows,
        cols: w.cols,
        codes: w.data().to_vec(),
        scales: vec![w.alpha as f32],
    }
}

impl Domain for DeviceDomain<'_> {
    type E = u8;

    fn alpha(&self, site: &str) -> Result<f64> {
        self.alphas.get(site)
    }

    fn lowest(&self) -> u8 {
        format::make_code(true, 0)
    }

    fn linear(
        &mut self,
        site: &'static str,
        l: &Linear,
        x: &Tensor<u8>,
        out: f64,
    ) -> Result<Tensor<u8>> {
        let key = l as *const Linear as usize;
        let w = self
            .weights
            .entry(key)
            .or_insert_with(|| {
                QuantizedTensor::qins(&l.weight, Granularity::Channel, AlphaRule::MseSearch)
            })
            .clone();
        let params = (0..w.rows)
            .map(|o| {
                let aw = w.scale_of_row(o) as f64;
                ChannelParams::from_real(out / (x.alpha * aw), l.bias[o] as f64 * out * Q16)
            })
            .collect::<Result<Vec<_>>>()?;
        self.array(site, x, &w, &params, out)
    }

    fn product(
        &mut self,
        site: &'static str,
        x: &Tensor<u8>,
        w: &Tensor<u8>,
        scale: f64,
        out: f64,
    ) -> Result<Tensor<u8>> {
        let p = ChannelParams::from_real(scale * out / (x.alpha * w.alpha), 0.0)?;
        self.array(site, x, &as_weights(w), &vec![p; w.rows], out)
    }

    fn row_sum(
        &mut self,
        site: &'static str,
        x: &Tensor<u8>,
        scale: f64,
        bias: f64,
        out: f64,
    ) -> Result<Tensor<u8>> {
        let ones = Tensor::new(1, x.cols, vec![ONE_CODE; x.cols], 1.0)?;
        let p = ChannelParams::from_real(scale * out / x.alpha, bias * out * Q16)?;
        self.array(site, x, &as_weights(&ones), &[p], out)
    }

    fn unary(
        &mut self,
        site: &'static str,
        f: UnaryFunction,
        x: &Tensor<u8>,
        out: f64,
    ) -> Result<Tensor<u8>> {
        if !(out.is_finite() && out > 0.0) {
            return Err(Error::Invalid(format!("{site}: output alpha {out}")));
        }
        let (codes, cycles) = self.engine.lookup(&f.table(x.alpha, out), x.data())?;
        self.cost.busy_cycles += cycles;
        self.cost.alu_elements += codes.len() as u64;
        let t = Tensor::new(x.rows, x.cols, codes, out)?;
        // rescales have no f64 counterpart (the f64 domain has no alphas)
        if site == "rescale" {
            return Ok(t);
        }
        Ok(self.keep(site, t))
    }

    fn binary(
        &mut self,
        site: &'static str,
        op: AluOp,
        a: &Tensor<u8>,
        b: &Tensor<u8>,
    ) -> Result<Tensor<u8>> {
        if (a.rows, a.cols) != (b.rows, b.cols) {
            return Err(Error::Shape(format!(
                "{site}: element-wise operands {} x {} and {} x {}",
                a.rows, a.cols, b.rows, b.cols
            )));
        }
        let alpha = match op {
            AluOp::Mul => a.alpha * b.alpha,
            AluOp::Abs => a.alpha,
            AluOp::Add | AluOp::Sub | AluOp::Max if a.alpha == b.alpha => a.alpha,
            AluOp::Add | AluOp::Sub | AluOp::Max => {
                return Err(Error::Invalid(format!(
                    "{site}: {} of codes at alphas {} and {}",
                    op.name(),
                    a.alpha,
                    b.alpha
                )))
            }
            _ => {
                return Err(Error::Invalid(format!(
                    "qins-c has no element-wise {}",
                    op.name()
                )))
            }
        };
        let (codes, cycles) = self.engine.alu(op, a.data(), b.data())?;
        self.cost.busy_cycles += cycles;
        self.cost.alu_elements += codes.len() as u64;
        let t = Tensor::new(a.rows, a.cols, codes, alpha)?;
        Ok(self.keep(site, t))
    }

    fn constant(&mut self, site: &'static str, values: &[f32], alpha: f64) -> Result<Tensor<u8>> {
        // a model constant, not an activation: encoded on the host like the weights
        let codes = values
            .iter()
            .map(|&v| qins::encode(v, alpha as f32))
            .collect();
        let t = Tensor::new(1, values.len(), codes, alpha)?;
        Ok(self.keep(site, t))
    }

    fn mark(&mut self, site: &'static str, x: &Tensor<u8>) {
        self.keep(site, x.clone());
    }

    fn on_host(&self, st: Stage) -> bool {
        self.host_stages.contains(&st)
    }

    fn host(
        &mut self,
        st: Stage,
        layer: &TransformerLayer,
        inputs: Vec<Tensor<u8>>,
    ) -> Result<Tensor<u8>> {
        // the lowest code pads and masks scores: minus infinity in f64
        let lowest = self.lowest();
        let decoded = inputs
            .iter()
            .map(|t| {
                let v = t
                    .data()
                    .iter()
                    .map(|&c| {
                        if c == lowest && st == Stage::Softmax {
                            f64::NEG_INFINITY
                        } else {
                            format::signed_lambda(c) / t.alpha
                        }
                    })
                    .collect();
                Tensor::new(t.rows, t.cols, v, 1.0)
            })
            .collect::<Result<Vec<_>>>()?;
        let y = run_stage(&mut F64Domain::default(), st, layer, decoded)?;
        let alpha = self.alpha(st.out_site(layer.style))?;
        let codes = y
            .data()
            .iter()
            .map(|&v| qins::encode(v as f32, alpha as f32))
            .collect();
        Tensor::new(y.rows, y.cols, codes, alpha)
    }
}

/// What each non-linear stage costs: the layer-output SQNR against FP32 with that stage
/// alone computed on the host in f64 (its inputs decoded, its output encoded at its alpha),
/// every other step in codes on the device.
#[derive(Clone, Debug, Serialize)]
pub struct StageReport {
    /// The stage's name, or "all six" for every non-linear stage on the host at once.
    pub stage: String,
    /// Layer-output SQNR with this stage on the host (dB).
    pub sqnr_db: f64,
    /// Gain over the all-codes layer (dB): what the stage costs in codes.
    pub cost_db: f64,
}

/// Runs the layer once per stage with that stage on the host, then once with all six (only
/// the matmul outputs and the ALU-free moves left in codes); `all_codes_db` is the all-codes
/// layer's SQNR against `reference` (the FP32 layer output).
#[allow(clippy::too_many_arguments)]
pub fn stage_breakdown(
    engine: &mut dyn MatmulEngine,
    layer: &TransformerLayer,
    x: &Matrix,
    seqs: &Sequences,
    alphas: &Alphas,
    reference: &Matrix,
    all_codes_db: f64,
) -> Result<Vec<StageReport>> {
    let mut out = Vec::new();
    let singles = Stage::ALL.map(|st| (st.name(), vec![st]));
    let all = ("all six", Stage::ALL.to_vec());
    for (name, stages) in singles.into_iter().chain([all]) {
        let mut d = DeviceDomain::new(engine, alphas.clone()).with_host_stages(&stages);
        let codes = encode_input(x, alphas.get("input")?)?;
        let y = decode_output(&forward(&mut d, layer, &codes, seqs)?)?;
        let sqnr_db = qins_core::metrics::sqnr_db(&reference.data, &y.data);
        out.push(StageReport {
            stage: name.to_string(),
            sqnr_db,
            cost_db: sqnr_db - all_codes_db,
        });
    }
    Ok(out)
}

/// Encodes the layer input to codes at `alpha`: the one host encode of activations.
pub fn encode_input(x: &Matrix, alpha: f64) -> Result<Tensor<u8>> {
    let a = alpha as f32;
    Tensor::new(
        x.rows,
        x.cols,
        x.data.iter().map(|&v| qins::encode(v, a)).collect(),
        alpha,
    )
}

/// Decodes the output codes: the one host decode of activations.
pub fn decode_output(t: &Tensor<u8>) -> Result<Matrix> {
    let a = t.alpha as f32;
    Matrix::new(
        t.rows,
        t.cols,
        t.data().iter().map(|&c| qins::decode(c, a)).collect(),
    )
}

/// One site's values in `qins-c` against the same op sequence in f64 on the same input
/// (errors accumulate along the sequence: each site's figure includes all before it).
#[derive(Clone, Debug, Serialize)]
pub struct StepReport {
    pub site: String,
    pub sqnr_db: f64,
}

/// Per site (in order of first appearance), the SQNR of the device's codes, decoded, against
/// the f64 op sequence's values; positions where the reference is not finite (padding) are
/// left out. The decoding here is the report's, after the run, not part of the layer.
pub fn site_breakdown(
    reference: &[(&'static str, Vec<f64>)],
    device: &[(&'static str, Tensor<u8>)],
) -> Result<Vec<StepReport>> {
    if reference.len() != device.len() {
        return Err(Error::Invalid(format!(
            "qins-c breakdown: {} reference ops, {} device ops",
            reference.len(),
            device.len()
        )));
    }
    let mut order: Vec<&'static str> = Vec::new();
    let mut pairs: HashMap<&str, (Vec<f64>, Vec<f64>)> = HashMap::new();
    for ((rs, rv), (ds, dt)) in reference.iter().zip(device) {
        if rs != ds || rv.len() != dt.data().len() {
            return Err(Error::Invalid(format!(
                "qins-c breakdown: op {rs} against {ds}"
            )));
        }
        if !pairs.contains_key(rs) {
            order.push(rs);
        }
        let e = pairs.entry(rs).or_default();
        for (&r, &c) in rv.iter().zip(dt.data()) {
            if r.is_finite() {
                e.0.push(r);
                e.1.push(format::signed_lambda(c) / dt.alpha);
            }
        }
    }
    Ok(order
        .into_iter()
        .map(|site| {
            let (r, d) = &pairs[site];
            StepReport {
                site: site.to_string(),
                sqnr_db: qins_core::metrics::sqnr_db(r, d),
            }
        })
        .collect())
}

/// One layer in `qins-c`: the output, what the hardware did, and the per-site breakdown
/// against the f64 op sequence on the same input.
pub struct PatternCRun {
    pub output: Matrix,
    pub cost: LayerCost,
    pub steps: Vec<StepReport>,
}

/// Runs `layer` on `x` in `qins-c` on `engine` with the calibrated `alphas`.
pub fn run_layer(
    engine: &mut dyn MatmulEngine,
    layer: &TransformerLayer,
    x: &Matrix,
    seqs: &Sequences,
    alphas: &Alphas,
) -> Result<PatternCRun> {
    if !engine.has_alu() {
        return Err(Error::Invalid(
            "qins-c needs the QINS ALU, and this accelerator configuration has none".into(),
        ));
    }
    let mut reference = F64Domain::with_tape();
    let xr = f64_tensor(x)?;
    reference.mark("input", &xr);
    forward(&mut reference, layer, &xr, seqs)?;
    let mut d = DeviceDomain::new(engine, alphas.clone());
    d.tape = Some(Vec::new());
    let codes = encode_input(x, alphas.get("input")?)?;
    d.mark("input", &codes);
    let out = forward(&mut d, layer, &codes, seqs)?;
    let steps = site_breakdown(
        reference.tape.as_deref().unwrap_or_default(),
        d.tape.as_deref().unwrap_or_default(),
    )?;
    Ok(PatternCRun {
        output: decode_output(&out)?,
        cost: d.cost,
        steps,
    })
}

/// Sentence embeddings of the whole `model` in `qins-c` (`alphas[l]` calibrates layer
/// `l`): the embeddings' output encoded once, codes from layer to layer (rescaled on the
/// device where one layer's output alpha differs from the next one's input alpha), the last
/// layer's codes decoded once, then pooled and normalised.
pub fn model_embeddings(
    engine: &mut dyn MatmulEngine,
    model: &BertModel,
    ids: &[Vec<u32>],
    alphas: &[Alphas],
) -> Result<(Matrix, LayerCost)> {
    if alphas.len() != model.layers.len() || alphas.is_empty() {
        return Err(Error::Invalid(format!(
            "{} qins-c calibrations for {} layers",
            alphas.len(),
            model.layers.len()
        )));
    }
    let seqs = Sequences::of(ids)?;
    let x = model.embeddings.forward(ids)?;
    let mut codes = encode_input(&x, alphas[0].get("input")?)?;
    let mut d = DeviceDomain::new(engine, alphas[0].clone());
    for (layer, a) in model.layers.iter().zip(alphas) {
        d.set_alphas(a.clone());
        codes = d.rescale(codes, a.get("input")?)?;
        codes = forward(&mut d, layer, &codes, &seqs)?;
    }
    let mut e = mean_pool(&decode_output(&codes)?, &seqs)?;
    l2_normalize_rows(&mut e);
    Ok((e, d.cost))
}

/// Calibrates every layer of `model` for `qins-c` on the token sequences `ids`: each layer's
/// op sequence in f64 on its FP32 input.
pub fn calibrate_model(model: &BertModel, ids: &[Vec<u32>]) -> Result<Vec<Alphas>> {
    let seqs = Sequences::of(ids)?;
    let mut x = model.embeddings.forward(ids)?;
    let mut out = Vec::with_capacity(model.layers.len());
    for layer in &model.layers {
        out.push(super::calibrate(layer, &x, &seqs)?);
        x = layer.forward(&x, &seqs)?.output;
    }
    Ok(out)
}
