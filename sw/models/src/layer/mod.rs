//! A transformer layer (BERT-style encoder, or decoder style) with every matmul on the
//! accelerator: the Q, K, V and output projections, `Q K^T`, the attention-weighted sum of V,
//! and the FFN matmuls (two, or three with a gate). The host does softmax, the norms, GELU or
//! SiLU, residual adds and the final scaling of the int32 accumulators. The forward pass is
//! `crate::bert`'s; [`AccelMath`] is the [`LayerMath`] that sends its matmuls to the hardware,
//! so a layer, a padded or packed batch, and a whole model all run the same way.
//!
//! Modes (all on the same hardware, through its programmable decode tables):
//!
//! | mode | weights (8-bit codes) | activations into the array |
//! |---|---|---|
//! | `fp32` | host reference, no hardware | |
//! | `int8-tensor` | INT8, one scale per tensor | INT8 codes, static per-tensor scale |
//! | `int8-w` | INT8, per channel | 16-bit, static per-tensor scale |
//! | `int8-wa` | INT8, per channel | INT8 codes, static per-tensor scale |
//! | `int8-token` | INT8, per channel | INT8 codes, scale per token at run time |
//! | `qins-a` | QINS, alpha per channel | 16-bit, static per-tensor scale |
//! | `qins-wa` | QINS, alpha per channel | QINS codes, static per-tensor alpha |
//! | `qins-b` | Pattern B: transported W' as INT8, per channel | QINS codes fed as their z values (`qins-z-q1-7` table) |
//! | `qins-c` | Pattern C: the whole layer on the accelerator in QINS codes ([`crate::pattern_c`]); not in weight images yet | |
//!
//! Every mode but `fp32` runs a [`CompiledModel`] (read from a weight image, or compiled in
//! memory by [`compile_layers`]): [`AccelMath`] takes each site's codes and scales from it.
//! Pattern B runs its linear layers on the array: the activations are encoded to QINS codes
//! at the calibrated input alpha, the act decode table turns each code into its z value
//! `+-(m + 1)` (so the array multiplies the codes without decoding them), the array
//! accumulates `W'_q z`, and the host adds b' and decodes the output `D(round_z(s))`. Its
//! attention matmuls stay in FP32 on the host (transport has nothing to say about them).
//!
//! Static scales come from calibration inputs, never from the evaluated ones. 16-bit
//! activations use 15 bits of magnitude (absmax -> 16383), leaving the 32-bit accumulator
//! headroom. Attention, per sequence and head: K and V^T enter on the weight side as 8-bit
//! codes of the mode's codec, with the mode's weight granularity (one scale per key and per
//! value channel; one per tensor in `int8-tensor`); Q and the probabilities enter in the
//! mode's activation format, with one scale per sequence and head set at run time.

use crate::bert::{BertModel, LayerMath, Linear, LinearSite, Sequences, TransformerLayer};
use crate::compiled::{ActScales, CompiledModel, Provenance};
use crate::transport::{self, JacobianTransport};
use qins_core::codec::{alpha, int8, qins, AlphaRule, Codec, Granularity, QuantizedTensor};
use qins_core::error::{Error, Result};
use qins_core::hw::{AccelModel, AluOp, ChannelParams, DecodeTable, LookupTable, DECODE_FRAC_BITS};
use qins_core::tensor::Matrix;
use qins_host::driver::{Bus, Driver};
use qins_host::lowering::{run_alu, run_linear, RunStats};
use serde::{Deserialize, Serialize};

/// How the layer's matmuls are quantized.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    Fp32,
    Int8Tensor,
    Int8W,
    Int8Wa,
    Int8Token,
    QinsA,
    QinsWa,
    QinsToken,
    QinsB,
    QinsC,
}

/// Activation format at the array's input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Acts {
    Raw16,
    Int8Static,
    Int8PerToken,
    QinsStatic,
    QinsPerToken,
    /// Pattern B: QINS codes at a static alpha, fed to the array as their z values.
    PatternB,
}

impl Acts {
    /// The activation decode table the accelerator is loaded with (`None`: 16-bit values
    /// go to the array as they are).
    pub fn table(self) -> Option<qins_core::hw::decode_table::DecodeTableId> {
        use qins_core::hw::decode_table::DecodeTableId as Id;
        match self {
            Acts::Raw16 => None,
            Acts::Int8Static | Acts::Int8PerToken => Some(Id::Int8Identity),
            Acts::QinsStatic | Acts::QinsPerToken => Some(Id::QinsLambdaQ7_8),
            Acts::PatternB => Some(Id::QinsZQ1_7),
        }
    }

    /// The format's name in an image's description.
    pub fn name(self) -> &'static str {
        match self {
            Acts::Raw16 => "16-bit, static per-tensor scale (absmax / 16383)",
            Acts::Int8Static => "int8 codes, static per-tensor scale (absmax / 127)",
            Acts::Int8PerToken => "int8 codes, scale per token at run time (absmax / 127)",
            Acts::QinsStatic => "qins codes, static per-tensor alpha (MSE on calibration)",
            Acts::QinsPerToken => "qins codes, alpha per token at run time (token_alpha rule)",
            Acts::PatternB => "qins codes at the static input alpha, fed to the array as z",
        }
    }
}

/// How `qins-token` picks each token's activation alpha at run time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TokenAlpha {
    /// `alpha = lambda_20 / absmax(token)`: the token's largest magnitude lands exactly on
    /// level 20 ([`TOKEN_ABSMAX_LEVEL`]). One max per token, the cost of INT8's per-token
    /// absmax.
    #[default]
    Absmax,
    /// The alpha of least squared error over the token's values (`codec::alpha::mse_alpha`):
    /// a search per token, dearer at run time.
    Mse,
}

impl TokenAlpha {
    pub const ALL: [TokenAlpha; 2] = [TokenAlpha::Absmax, TokenAlpha::Mse];
}

/// The QINS magnitude index a token's absmax is mapped to by [`TokenAlpha::Absmax`]
/// (`lambda_20 = 107 / 21 = 5.10`): the absmax's own step is `lambda_19 - lambda_20 = 0.31`
/// units of `1 / alpha`, 6 % of the absmax, and levels 0..19 (up to 25x the absmax) stay
/// unused. Lower indices put the token's large values on coarser levels and spend fewer
/// levels near zero, where most activations are. Chosen by measurement (`--engine model`,
/// layer-output SQNR dB of `qins-token` for the index: 8 / 11 / 15 / 20 / 24 / 27): MiniLM
/// layer 5 32.0 / 33.2 / 34.1 / 34.5 / - / 34.4, layer 1 34.7 / 35.8 / 36.6 / 36.9 / - / 36.7,
/// the decoder-style demo layer 34.2 / 35.1 / 35.7 / 35.7 / 35.3 / 35.0 (docs/numerics.md).
pub const TOKEN_ABSMAX_LEVEL: usize = 20;

/// The per-token alpha of `row` by `rule`.
fn token_alpha(row: &[f32], rule: TokenAlpha) -> f32 {
    match rule {
        TokenAlpha::Absmax => qins::grid().lambda[TOKEN_ABSMAX_LEVEL] / absmax(row),
        TokenAlpha::Mse => alpha::mse_alpha(row),
    }
}

impl Mode {
    pub const ALL: [Mode; 10] = [
        Mode::Fp32,
        Mode::Int8Tensor,
        Mode::Int8W,
        Mode::Int8Wa,
        Mode::Int8Token,
        Mode::QinsA,
        Mode::QinsWa,
        Mode::QinsToken,
        Mode::QinsB,
        Mode::QinsC,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Mode::Fp32 => "fp32",
            Mode::Int8Tensor => "int8-tensor",
            Mode::Int8W => "int8-w",
            Mode::Int8Wa => "int8-wa",
            Mode::Int8Token => "int8-token",
            Mode::QinsA => "qins-a",
            Mode::QinsWa => "qins-wa",
            Mode::QinsToken => "qins-token",
            Mode::QinsB => "qins-b",
            Mode::QinsC => "qins-c",
        }
    }

    /// True when the mode's matmuls run on the accelerator (its linear layers at least:
    /// Pattern B's attention stays on the host).
    pub fn on_hardware(self) -> bool {
        self != Mode::Fp32
    }

    /// True when the mode compiles into a weight image: every hardware mode but `qins-c`,
    /// which runs from the FP32 model and its calibration (its tables and channel
    /// parameters are not an image section yet).
    pub fn compiles(self) -> bool {
        self.on_hardware() && self != Mode::QinsC
    }

    /// True when the attention matmuls (`Q K^T`, `P V`) run on the accelerator too.
    pub fn attention_on_hardware(self) -> bool {
        !matches!(self, Mode::Fp32 | Mode::QinsB)
    }

    /// The weight codec and granularity of the mode's linear sites (Pattern B's W': INT8 per
    /// channel).
    pub fn weights(self) -> (Codec, Granularity) {
        match self {
            Mode::Int8Tensor => (Codec::Int8, Granularity::Tensor),
            Mode::Int8W | Mode::Int8Wa | Mode::Int8Token | Mode::QinsB => {
                (Codec::Int8, Granularity::Channel)
            }
            _ => (Codec::Qins, Granularity::Channel),
        }
    }

    /// The activation format at the array's input.
    pub fn acts(self) -> Acts {
        match self {
            Mode::Int8W | Mode::QinsA => Acts::Raw16,
            Mode::Int8Tensor | Mode::Int8Wa => Acts::Int8Static,
            Mode::Int8Token => Acts::Int8PerToken,
            Mode::QinsToken => Acts::QinsPerToken,
            Mode::QinsB => Acts::PatternB,
            _ => Acts::QinsStatic,
        }
    }
}

/// One linear layer's calibration: the absmax and MSE QINS alpha of its calibration inputs,
/// and the Pattern B transport fitted on them (only when `qins-b` is among the modes: the
/// fit computes the layer in f64 on every calibration token).
#[derive(Clone, Debug)]
struct SiteCalibration {
    absmax: f32,
    qins_alpha: f32,
    transport: Option<JacobianTransport>,
}

/// What every mode needs of one layer, measured on calibration inputs (never on the
/// evaluated ones).
#[derive(Clone, Debug)]
pub struct Calibration {
    /// Indexed by [`LinearSite::index`]; `None` for sites the layer lacks.
    sites: [Option<SiteCalibration>; 7],
    /// `qins-c`'s alphas, when it is among the modes.
    pattern_c: Option<crate::pattern_c::Alphas>,
}

impl Calibration {
    fn from_inputs(
        layer: &TransformerLayer,
        inputs: &[Option<Matrix>; 7],
        modes: &[Mode],
    ) -> Result<Self> {
        let mut sites: [Option<SiteCalibration>; 7] = Default::default();
        for &site in layer.sites() {
            let x = inputs[site.index()].as_ref().ok_or_else(|| {
                Error::Invalid(format!("calibration never ran {}", site.hf_name()))
            })?;
            let lin = layer.linear(site)?;
            sites[site.index()] = Some(SiteCalibration {
                absmax: absmax(&x.data),
                qins_alpha: alpha::mse_alpha(&x.data),
                transport: if modes.contains(&Mode::QinsB) {
                    Some(JacobianTransport::fit(&lin.weight, &lin.bias, x)?)
                } else {
                    None
                },
            });
        }
        Ok(Self {
            sites,
            pattern_c: None,
        })
    }

    /// `qins-c`'s alphas (an error unless calibrated with `qins-c` among the modes).
    pub fn pattern_c(&self) -> Result<&crate::pattern_c::Alphas> {
        self.pattern_c.as_ref().ok_or_else(|| {
            Error::Invalid("qins-c needs a calibration made with qins-c among its modes".into())
        })
    }

    fn site(&self, site: LinearSite) -> Result<&SiteCalibration> {
        self.sites[site.index()]
            .as_ref()
            .ok_or_else(|| Error::Invalid(format!("{} was not calibrated", site.hf_name())))
    }
}

fn absmax(v: &[f32]) -> f32 {
    v.iter()
        .fold(0f32, |a, &x| a.max(x.abs()))
        .max(f32::MIN_POSITIVE)
}

/// FP32 arithmetic that keeps the input of every linear layer, per layer index.
#[derive(Default)]
struct InputRecorder {
    inputs: Vec<[Option<Matrix>; 7]>,
}

impl LayerMath for InputRecorder {
    fn linear(&mut self, layer: usize, site: LinearSite, l: &Linear, x: &Matrix) -> Result<Matrix> {
        if self.inputs.len() <= layer {
            self.inputs.resize_with(layer + 1, Default::default);
        }
        self.inputs[layer][site.index()] = Some(x.clone());
        l.forward(x)
    }
}

/// Runs the FP32 layer on calibration inputs `x` (sequences `seqs`) and records what
/// `modes` need.
pub fn calibrate(
    layer: &TransformerLayer,
    x: &Matrix,
    seqs: &Sequences,
    modes: &[Mode],
) -> Result<Calibration> {
    let mut rec = InputRecorder::default();
    layer.forward_with(x, seqs, 0, &mut rec)?;
    let mut cal = Calibration::from_inputs(layer, &rec.inputs[0], modes)?;
    if modes.contains(&Mode::QinsC) {
        cal.pattern_c = Some(crate::pattern_c::calibrate(layer, x, seqs)?);
    }
    Ok(cal)
}

/// Calibrates every layer of `model` for `modes` on the calibration token sequences `ids`
/// (FP32).
pub fn calibrate_model(
    model: &BertModel,
    ids: &[Vec<u32>],
    modes: &[Mode],
) -> Result<Vec<Calibration>> {
    let mut rec = InputRecorder::default();
    model.forward_packed(ids, &mut rec)?;
    let mut cals = model
        .layers
        .iter()
        .zip(&rec.inputs)
        .map(|(l, inputs)| Calibration::from_inputs(l, inputs, modes))
        .collect::<Result<Vec<_>>>()?;
    if modes.contains(&Mode::QinsC) {
        let alphas = crate::pattern_c::device::calibrate_model(model, ids)?;
        for (c, a) in cals.iter_mut().zip(alphas) {
            c.pattern_c = Some(a);
        }
    }
    Ok(cals)
}

mod compile;
mod engine;
mod parallel;
pub use compile::{compile_layer, compile_layers, compile_model};
mod sites;
use engine::check_alu;
pub use engine::{CheckedEngine, MatmulEngine};
pub use parallel::ParallelEngine;
pub use sites::{add_site_breakdowns, MatmulSite, SiteReport};

qins_core::counters! {
    /// What one layer run cost.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
    pub struct LayerCost {
        pub matmuls: u64,
        pub busy_cycles: u64,
        pub array_cycles: u64,
        pub useful_macs: u64,
        /// Weight codes loaded into the unit (bytes).
        pub weight_bytes: u64,
        /// Activation elements written into the unit (2 bytes each).
        pub activation_bytes: u64,
        /// Decodes at the array edges (weights and activations).
        pub decodes: u64,
        /// Elements through the QINS ALU (residual adds with `alu_residual`).
        pub alu_elements: u64,
    }
}

impl LayerCost {
    fn add(&mut self, s: &RunStats, m: usize, w: &QuantizedTensor, n: usize) {
        self.matmuls += 1;
        self.busy_cycles += s.busy_cycles;
        self.array_cycles += s.array_cycles;
        self.useful_macs += s.useful_macs;
        self.weight_bytes += s.weight_decodes;
        self.activation_bytes += 2 * (m * w.cols.div_ceil(n) * n) as u64;
        self.decodes += s.weight_decodes + s.act_decodes;
    }

    /// Useful MACs / (N^2 x array cycles).
    pub fn utilization(&self, n: usize) -> f64 {
        if self.array_cycles == 0 {
            0.0
        } else {
            self.useful_macs as f64 / ((n * n) as u64 * self.array_cycles) as f64
        }
    }
}

/// Quantizes activations for the array: returns the 16-bit elements, the real value of one
/// unit per row, and the activation decode table (for codes).
fn quantize_acts(
    x: &Matrix,
    acts: Acts,
    absmax: f32,
    qalpha: f32,
    token_rule: TokenAlpha,
) -> (Vec<i16>, Vec<f64>, Option<DecodeTable>) {
    let q78 = (1u32 << DECODE_FRAC_BITS) as f64;
    match acts {
        Acts::Raw16 => {
            let s = absmax / 16383.0;
            let q = x
                .data
                .iter()
                .map(|&v| (v / s).round().clamp(-16383.0, 16383.0) as i16)
                .collect();
            (q, vec![s as f64; x.rows], None)
        }
        Acts::Int8Static => {
            let s = absmax / 127.0;
            let q = x
                .data
                .iter()
                .map(|&v| int8::encode(v, s) as u8 as i16)
                .collect();
            (
                q,
                vec![s as f64; x.rows],
                Some(DecodeTable::int8_identity()),
            )
        }
        Acts::Int8PerToken => {
            let mut q = Vec::with_capacity(x.data.len());
            let mut unit = Vec::with_capacity(x.rows);
            for r in 0..x.rows {
                let s = int8::absmax_scale(x.row(r));
                q.extend(x.row(r).iter().map(|&v| int8::encode(v, s) as u8 as i16));
                unit.push(s as f64);
            }
            (q, unit, Some(DecodeTable::int8_identity()))
        }
        Acts::QinsPerToken => {
            let mut q = Vec::with_capacity(x.data.len());
            let mut unit = Vec::with_capacity(x.rows);
            for r in 0..x.rows {
                let a = token_alpha(x.row(r), token_rule);
                q.extend(x.row(r).iter().map(|&v| qins::encode(v, a) as i16));
                unit.push(1.0 / (q78 * a as f64));
            }
            (q, unit, Some(DecodeTable::qins()))
        }
        Acts::QinsStatic => {
            let q = x
                .data
                .iter()
                .map(|&v| qins::encode(v, qalpha) as i16)
                .collect();
            (
                q,
                vec![1.0 / (q78 * qalpha as f64); x.rows],
                Some(DecodeTable::qins()),
            )
        }
        Acts::PatternB => {
            // the table turns each code into 128 z: one unit is 1/128 of z
            let q = x
                .data
                .iter()
                .map(|&v| qins::encode(v, qalpha) as i16)
                .collect();
            (q, vec![1.0 / 128.0; x.rows], Some(DecodeTable::qins_z()))
        }
    }
}

/// The real value of one decoded unit of each weight row.
fn weight_units(w: &QuantizedTensor) -> Vec<f64> {
    let q78 = (1u32 << DECODE_FRAC_BITS) as f64;
    (0..w.rows)
        .map(|r| {
            let s = w.scale_of_row(r) as f64;
            match w.codec {
                Codec::Int8 => s,
                Codec::Qins => 1.0 / (q78 * s),
            }
        })
        .collect()
}

fn quantize_weights(w: &Matrix, codec: Codec, g: Granularity) -> QuantizedTensor {
    match codec {
        Codec::Int8 => QuantizedTensor::int8(w, g),
        Codec::Qins => QuantizedTensor::qins(w, g, AlphaRule::MseSearch),
    }
}

/// `x W^T + b` on the engine, scaled back to real values on the host: the accumulators
/// times the weight and activation units, plus the bias; with `output_alpha` (Pattern B)
/// that sum is a z value, rounded to a code's z and decoded at that alpha.
#[allow(clippy::too_many_arguments)]
fn linear_on(
    engine: &mut dyn MatmulEngine,
    cost: &mut LayerCost,
    n: usize,
    wq: &QuantizedTensor,
    bias: Option<&[f32]>,
    x: &Matrix,
    acts: Acts,
    scales: ActScales,
    token_rule: TokenAlpha,
) -> Result<Matrix> {
    let (xq, xunit, table) = quantize_acts(x, acts, scales.absmax, scales.alpha, token_rule);
    let (acc, stats) = engine.matmul(wq, &xq, x.rows, table.as_ref())?;
    cost.add(&stats, x.rows, wq, n);
    let wunit = weight_units(wq);
    let mut y = Matrix::zeros(x.rows, wq.rows);
    for r in 0..x.rows {
        for o in 0..wq.rows {
            let b = bias.map_or(0.0, |b| b[o] as f64);
            let v = acc[r * wq.rows + o] as f64 * wunit[o] * xunit[r] + b;
            y.data[r * wq.rows + o] = match scales.output_alpha {
                None => v as f32,
                Some(a) => transport::decode_z(transport::round_z(v), a as f64) as f32,
            };
        }
    }
    Ok(y)
}

/// The accelerator as a [`LayerMath`]: every matmul of a [`CompiledModel`]'s mode on
/// `engine`, scaled back to real values on the host. The linear sites take their codes,
/// bias and scales from the compiled model (the `Linear` the forward pass hands over is
/// only checked for its shape); the attention matmuls quantize their operands at run time.
pub struct AccelMath<'a> {
    engine: &'a mut dyn MatmulEngine,
    n: usize,
    compiled: &'a CompiledModel,
    /// Residual adds through the QINS ALU (8-bit codes) instead of on the host.
    alu_residual: bool,
    /// What the hardware did so far.
    pub cost: LayerCost,
}

impl<'a> AccelMath<'a> {
    pub fn new(engine: &'a mut dyn MatmulEngine, compiled: &'a CompiledModel) -> Self {
        Self {
            n: engine.array_size(),
            engine,
            compiled,
            alu_residual: false,
            cost: LayerCost::default(),
        }
    }

    /// Sends the residual adds of hardware modes through the QINS ALU: both operands become
    /// 8-bit QINS codes with one alpha (MSE over both, chosen at run time), the ALU adds the
    /// codes exactly to the nearest code, and the host decodes the sum.
    pub fn with_alu_residual(mut self, on: bool) -> Self {
        self.alu_residual = on;
        self
    }

    /// The run options that act at run time (the ALU residual; the per-token alpha rule is
    /// the compiled model's).
    pub fn with_options(self, o: RunOptions) -> Self {
        self.with_alu_residual(o.alu_residual)
    }

    fn mode(&self) -> Mode {
        self.compiled.mode
    }

    /// `x W^T` for the attention matmuls of one sequence and head: `w` (K, or V^T) on the
    /// weight side as 8-bit codes with the mode's weight granularity (one scale per key, or
    /// per value channel; per tensor for `int8-tensor`), `x` (Q, or P) in the mode's
    /// activation format with one scale per tensor, set at run time.
    fn dynamic(&mut self, w: &Matrix, x: &Matrix) -> Result<Matrix> {
        let (codec, gran) = self.mode().weights();
        let wq = quantize_weights(w, codec, gran);
        let acts = self.mode().acts();
        let token_alpha = self.compiled.token_alpha;
        let scales = ActScales {
            absmax: match acts {
                Acts::Raw16 | Acts::Int8Static => absmax(&x.data),
                _ => 0.0,
            },
            alpha: match acts {
                Acts::QinsStatic => alpha::mse_alpha(&x.data),
                _ => 0.0,
            },
            output_alpha: None,
        };
        linear_on(
            self.engine,
            &mut self.cost,
            self.n,
            &wq,
            None,
            x,
            acts,
            scales,
            token_alpha,
        )
    }
}

impl LayerMath for AccelMath<'_> {
    fn linear(&mut self, layer: usize, site: LinearSite, l: &Linear, x: &Matrix) -> Result<Matrix> {
        let c = self
            .compiled
            .layers
            .get(layer)
            .ok_or_else(|| Error::Invalid(format!("the compiled model has no layer {layer}")))?
            .site(site)?;
        if (c.weight.rows, c.weight.cols) != (l.weight.rows, l.weight.cols) {
            return Err(Error::Shape(format!(
                "layer {layer} {}: compiled weights are {} x {}, the layer's {} x {}",
                site.hf_name(),
                c.weight.rows,
                c.weight.cols,
                l.weight.rows,
                l.weight.cols
            )));
        }
        let (acts, token_alpha) = (self.mode().acts(), self.compiled.token_alpha);
        linear_on(
            self.engine,
            &mut self.cost,
            self.n,
            &c.weight,
            Some(&c.bias),
            x,
            acts,
            c.acts,
            token_alpha,
        )
    }

    fn scores(&mut self, _layer: usize, q: &Matrix, k: &Matrix) -> Result<Matrix> {
        if !self.mode().attention_on_hardware() {
            return q.matmul_transposed(k);
        }
        self.dynamic(k, q)
    }

    fn context(&mut self, _layer: usize, p: &Matrix, v: &Matrix) -> Result<Matrix> {
        if !self.mode().attention_on_hardware() {
            return p.matmul_transposed(&v.transpose());
        }
        self.dynamic(&v.transpose(), p)
    }

    fn residual(&mut self, layer: usize, x: &mut Matrix, skip: &Matrix) -> Result<()> {
        if !self.alu_residual {
            return crate::bert::HostMath.residual(layer, x, skip);
        }
        let both: Vec<f32> = x.data.iter().chain(&skip.data).copied().collect();
        let a = alpha::mse_alpha(&both);
        let codes =
            |m: &Matrix| -> Vec<u8> { m.data.iter().map(|&v| qins::encode(v, a)).collect() };
        let (sum, cycles) = self.engine.alu(AluOp::Add, &codes(x), &codes(skip))?;
        for (o, c) in x.data.iter_mut().zip(sum) {
            *o = qins::decode(c, a);
        }
        self.cost.busy_cycles += cycles;
        self.cost.alu_elements += skip.data.len() as u64;
        Ok(())
    }
}

/// How a run uses the hardware beyond its mode.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RunOptions {
    /// Residual adds through the QINS ALU (see [`AccelMath::with_alu_residual`]).
    pub alu_residual: bool,
    /// `qins-token`'s per-token alpha rule (see [`AccelMath::with_token_alpha`]).
    pub token_alpha: TokenAlpha,
}

/// One layer's output in a mode, with what the hardware did.
pub struct LayerRun {
    pub output: Matrix,
    pub cost: LayerCost,
    /// `qins-c`'s per-step breakdown (empty for the other modes).
    pub steps: Vec<crate::pattern_c::StepReport>,
}

/// Runs layer `index` of `compiled` on the sequences `seqs` of `x`, every matmul of its
/// mode on `engine`: the runner every image and in-memory compilation goes through.
pub fn run_compiled_layer(
    engine: &mut dyn MatmulEngine,
    compiled: &CompiledModel,
    index: usize,
    x: &Matrix,
    seqs: &Sequences,
    options: RunOptions,
) -> Result<LayerRun> {
    check_alu(engine, options)?;
    let layer = compiled.runtime_layer(index)?;
    let mut math = AccelMath::new(engine, compiled).with_options(options);
    let output = layer.forward_with(x, seqs, index, &mut math)?.output;
    Ok(LayerRun {
        output,
        cost: math.cost,
        steps: Vec::new(),
    })
}

/// Compiles `layer` for `mode` (calibrated by `cal`; `options.token_alpha` for qins-token),
/// round-trips it through the bytes of a weight image, and runs it on the sequences `seqs`
/// of `x` (`fp32`: the host reference, no hardware).
pub fn run_layer(
    engine: &mut dyn MatmulEngine,
    layer: &TransformerLayer,
    x: &Matrix,
    seqs: &Sequences,
    mode: Mode,
    cal: &Calibration,
    options: RunOptions,
) -> Result<LayerRun> {
    check_alu(engine, options)?;
    if mode == Mode::Fp32 {
        return Ok(LayerRun {
            output: layer.forward(x, seqs)?.output,
            cost: LayerCost::default(),
            steps: Vec::new(),
        });
    }
    if mode == Mode::QinsC {
        let r = crate::pattern_c::run_layer(engine, layer, x, seqs, cal.pattern_c()?)?;
        return Ok(LayerRun {
            output: r.output,
            cost: r.cost,
            steps: r.steps,
        });
    }
    let compiled = compile_layer(layer, cal, mode, options.token_alpha, Provenance::default())?;
    let compiled = CompiledModel::from_image(&compiled.to_image()?)?;
    run_compiled_layer(engine, &compiled, 0, x, seqs, options)
}

/// Sentence embeddings of the whole compiled model, every layer's matmuls on `engine`, for
/// token sequences of any lengths (packed, no padding).
pub fn model_embeddings(
    engine: &mut dyn MatmulEngine,
    compiled: &CompiledModel,
    ids: &[Vec<u32>],
    options: RunOptions,
) -> Result<(Matrix, LayerCost)> {
    check_alu(engine, options)?;
    let model = compiled.runtime_model()?;
    let mut math = AccelMath::new(engine, compiled).with_options(options);
    let e = model.sentence_embeddings_packed(ids, &mut math)?;
    Ok((e, math.cost))
}

/// Sentence embeddings of the whole `model` in `qins-c` (Pattern C: every layer on the
/// accelerator in codes; `cals` from [`calibrate_model`] with `Mode::QinsC`), for token
/// sequences of any lengths. `qins-c` runs from the FP32 model and its calibration, not from a
/// weight image.
pub fn pattern_c_embeddings(
    engine: &mut dyn MatmulEngine,
    model: &BertModel,
    ids: &[Vec<u32>],
    cals: &[Calibration],
) -> Result<(Matrix, LayerCost)> {
    if cals.len() != model.layers.len() {
        return Err(Error::Invalid(format!(
            "{} calibrations for {} layers",
            cals.len(),
            model.layers.len()
        )));
    }
    let alphas = cals
        .iter()
        .map(|c| c.pattern_c().cloned())
        .collect::<Result<Vec<_>>>()?;
    crate::pattern_c::model_embeddings(engine, model, ids, &alphas)
}

/// One mode's result against the FP32 layer output.
#[derive(Clone, Debug, Serialize)]
pub struct ModeReport {
    pub mode: Mode,
    pub sqnr_db: f64,
    pub cosine: f64,
    pub cycles: u64,
    pub array_cycles: u64,
    pub useful_macs: u64,
    /// Useful MACs / (N^2 x array cycles).
    pub utilization: f64,
    /// Array cycles / busy cycles: how much of the unit's time the array was streaming.
    pub array_busy: f64,
    pub weight_bytes: u64,
    pub activation_bytes: u64,
    pub decodes: u64,
    pub matmuls: u64,
    /// Of the run's matmuls (and ALU ops), how many the engine compared bit for bit with
    /// the model (0 on the model itself).
    pub checked_matmuls: u64,
    pub note: String,
    /// The per-site breakdown ([`add_site_breakdowns`]), when asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sites: Option<Vec<SiteReport>>,
    /// `qins-c`: each step's SQNR against the same op sequence in f64 (cumulative).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub steps: Option<Vec<crate::pattern_c::StepReport>>,
    /// `qins-c` with `--sites`: the layer with each non-linear stage on the host in turn.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stages: Option<Vec<crate::pattern_c::StageReport>>,
}

/// The remark printed with each mode (Pattern B's verdict among them).
pub fn mode_note(mode: Mode, sqnr_db: f64) -> String {
    match mode {
        Mode::Fp32 => "host reference".into(),
        Mode::QinsB if sqnr_db < 0.0 => format!(
            "Pattern B FAILS: {sqnr_db:.1} dB, worse than outputting zeros; W' (INT8 per channel) on the array times the codes' z values"
        ),
        Mode::QinsB => format!("Pattern B: {sqnr_db:.1} dB; W' (INT8 per channel) on the array times the codes' z values"),
        Mode::QinsToken => {
            "8-bit QINS activation codes, one alpha per token chosen at run time; attention operands 8-bit too".into()
        }
        Mode::QinsWa | Mode::Int8Wa | Mode::Int8Tensor | Mode::Int8Token => {
            "8-bit activation codes, decoded once at the array edge; attention operands 8-bit too".into()
        }
        Mode::QinsA | Mode::Int8W => "16-bit activations; K and V^T as 8-bit codes".into(),
        Mode::QinsC => crate::pattern_c::note(sqnr_db, None),
    }
}

/// One run's report: its cost, and its SQNR and cosine against the FP32 `reference` (NaN,
/// `null` in JSON, without one); `n` is the array's size.
pub fn mode_report(mode: Mode, reference: Option<&Matrix>, run: &LayerRun, n: usize) -> ModeReport {
    let score =
        |f: fn(&[f32], &[f32]) -> f64| reference.map_or(f64::NAN, |r| f(&r.data, &run.output.data));
    let sqnr = score(qins_core::metrics::sqnr_db);
    let c = run.cost;
    ModeReport {
        mode,
        sqnr_db: sqnr,
        cosine: score(qins_core::metrics::cosine),
        cycles: c.busy_cycles,
        array_cycles: c.array_cycles,
        useful_macs: c.useful_macs,
        utilization: c.utilization(n),
        array_busy: if c.busy_cycles == 0 {
            0.0
        } else {
            c.array_cycles as f64 / c.busy_cycles as f64
        },
        weight_bytes: c.weight_bytes,
        activation_bytes: c.activation_bytes,
        decodes: c.decodes,
        matmuls: c.matmuls,
        checked_matmuls: 0,
        note: mode_note(mode, sqnr),
        sites: None,
        steps: None,
        stages: None,
    }
}

/// Runs every mode of `modes` and scores it against the FP32 output.
#[allow(clippy::too_many_arguments)]
pub fn run_modes(
    engine: &mut dyn MatmulEngine,
    layer: &TransformerLayer,
    x: &Matrix,
    seqs: &Sequences,
    cal: &Calibration,
    modes: &[Mode],
    options: RunOptions,
    progress: &mut dyn FnMut(usize, usize, Mode),
) -> Result<Vec<ModeReport>> {
    check_alu(engine, options)?;
    let n = engine.array_size();
    let reference = layer.forward(x, seqs)?.output;
    let mut out = Vec::new();
    for (i, &mode) in modes.iter().enumerate() {
        progress(i, modes.len(), mode);
        let checked = engine.checked_matmuls();
        let run = run_layer(engine, layer, x, seqs, mode, cal, options)?;
        let mut report = mode_report(mode, Some(&reference), &run, n);
        report.checked_matmuls = engine.checked_matmuls() - checked;
        report.steps = (mode == Mode::QinsC).then(|| run.steps.clone());
        out.push(report);
    }
    // Pattern C's verdict against Pattern A with 8-bit codes (qins-wa), when both ran
    let wa = out
        .iter()
        .find(|r| r.mode == Mode::QinsWa)
        .map(|r| r.sqnr_db);
    for r in out.iter_mut().filter(|r| r.mode == Mode::QinsC) {
        r.note = crate::pattern_c::note(r.sqnr_db, wa);
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
