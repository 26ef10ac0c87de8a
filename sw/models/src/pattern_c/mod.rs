//! Pattern C (`qins-c`): a whole transformer layer on the accelerator in 8-bit QINS codes.
//! The layer input is encoded to codes once and the output decoded once; in between, every
//! value is a code produced by a device command, and the host only sequences commands,
//! builds tables and channel params from calibrated constants, and moves codes (slices,
//! transposes, broadcasts, padding).
//!
//! The layer is one op sequence, [`forward`], generic over a [`Domain`]; its tensors are
//! [`Tensor<E>`] whose element type has no arithmetic (`E: Copy` only), so the sequence
//! itself cannot compute on activations. Two domains interpret it:
//!
//! - [`calibrate::F64Domain`]: each op in f64 on calibration inputs, recording every site's
//!   values; each site's alpha is the MSE QINS alpha of its values ([`Alphas`]);
//! - [`device::DeviceDomain`]: `E = u8`, each op a device command on a [`MatmulEngine`]
//!   (the model, or the RTL checked bit for bit against it).
//!
//! The ops, with the code alphas they use (`a_x` the alpha of tensor `x`):
//!
//! | op | device | output alpha |
//! |---|---|---|
//! | linear `x W^T + b` | MATMUL (weights: QINS per channel) + POSTPROCESS encode, `scale_o = a_y / (a_x a_w_o)`, `bias_o = b_o a_y 2^16` | site's |
//! | `Q K^T / sqrt(d_h)`, `P V` | the same, K (or V^T) codes as the weight codes (one alpha) | site's |
//! | row sum (times `s`, plus `c`) | the same, weights one row of code 63 (exactly 1 at alpha 1) | given |
//! | `f(x)` (exp, reciprocal, rsqrt, square, GELU, SiLU, rescale) | LOAD_TABLE target 7 + ALU LOOKUP | given |
//! | ADD, SUB, MAX | ALU, both operands at one alpha | the operands' |
//! | MUL | ALU | `a_a a_b` |
//!
//! Softmax per row: the row max by MAX over halves (rows padded to a power of two with the
//! most negative code `0x80`; masked keys hold it too), SUB of the broadcast max, LOOKUP
//! exp, the row sum on the array, LOOKUP reciprocal to the alpha that puts `e * r` on the
//! probabilities' calibrated alpha, MUL. LayerNorm: mean on the array (`1/d` in the params,
//! straight to the alpha of `x`), SUB, LOOKUP square, variance on the array (eps as the
//! bias), LOOKUP rsqrt (to the alpha that puts `(x - mean) * rsqrt` on the normalized
//! values' calibrated alpha), MUL, MUL by the gamma codes, rescale, ADD the beta codes.
//! Residual adds: both operands rescaled to the sum's alpha, ADD.

pub mod calibrate;
pub mod device;
#[cfg(test)]
mod tests;

pub use calibrate::{calibrate, Alphas, F64Domain};
pub use device::{
    model_embeddings, run_layer, stage_breakdown, DeviceDomain, StageReport, StepReport,
};

use crate::bert::{LayerStyle, Linear, Norm, NormKind, Sequences, TransformerLayer};
use qins_core::error::{Error, Result};
use qins_core::hw::{AluOp, UnaryFunction};
use serde::Serialize;

/// A row-major `rows x cols` tensor of elements `E` (f64 values or u8 codes) and the alpha
/// of its codes (meaningful in the device domain only). `E` has no arithmetic: what the
/// op sequence does to elements is only moving them.
#[derive(Clone, Debug, PartialEq)]
pub struct Tensor<E> {
    pub rows: usize,
    pub cols: usize,
    data: Vec<E>,
    /// The code alpha (value = `signed_lambda(code) / alpha`); 1 in the f64 domain.
    pub alpha: f64,
}

impl<E: Copy> Tensor<E> {
    /// Errors unless `data` holds `rows * cols` elements.
    pub fn new(rows: usize, cols: usize, data: Vec<E>, alpha: f64) -> Result<Self> {
        if data.len() != rows * cols {
            return Err(Error::Shape(format!(
                "{} elements for a {rows} x {cols} tensor",
                data.len()
            )));
        }
        Ok(Self {
            rows,
            cols,
            data,
            alpha,
        })
    }

    pub fn data(&self) -> &[E] {
        &self.data
    }

    pub fn into_data(self) -> Vec<E> {
        self.data
    }

    fn at(&self, r: usize, c: usize) -> E {
        self.data[r * self.cols + c]
    }

    /// Rows `rows`, columns `c0..c1`.
    fn block(&self, rows: std::ops::Range<usize>, c0: usize, c1: usize) -> Self {
        let data = rows
            .clone()
            .flat_map(|r| {
                self.data[r * self.cols + c0..r * self.cols + c1]
                    .iter()
                    .copied()
            })
            .collect();
        Self {
            rows: rows.len(),
            cols: c1 - c0,
            data,
            alpha: self.alpha,
        }
    }

    /// Writes `src` at row `r0`, column `c0`.
    fn put(&mut self, r0: usize, c0: usize, src: &Self) {
        for r in 0..src.rows {
            let at = (r0 + r) * self.cols + c0;
            self.data[at..at + src.cols]
                .copy_from_slice(&src.data[r * src.cols..(r + 1) * src.cols]);
        }
    }

    fn transpose(&self) -> Self {
        let data = (0..self.cols)
            .flat_map(|c| (0..self.rows).map(move |r| (r, c)))
            .map(|(r, c)| self.at(r, c))
            .collect();
        Self {
            rows: self.cols,
            cols: self.rows,
            data,
            alpha: self.alpha,
        }
    }

    /// A `rows x 1` column repeated `width` times along each row.
    fn broadcast_col(&self, width: usize) -> Self {
        let data = (0..self.rows)
            .flat_map(|r| std::iter::repeat_n(self.data[r * self.cols], width))
            .collect();
        Self {
            rows: self.rows,
            cols: width,
            data,
            alpha: self.alpha,
        }
    }

    /// A `1 x cols` row repeated for `rows` rows.
    fn broadcast_row(&self, rows: usize) -> Self {
        Self {
            rows,
            cols: self.cols,
            data: self.data[..self.cols].repeat(rows),
            alpha: self.alpha,
        }
    }

    /// A `rows x cols` tensor of `fill`.
    fn filled(rows: usize, cols: usize, fill: E, alpha: f64) -> Self {
        Self {
            rows,
            cols,
            data: vec![fill; rows * cols],
            alpha,
        }
    }
}

/// An interpreter of the layer's ops. Sites name where a value lives (its alpha is the
/// site's; [`F64Domain`] records each op's output under its site).
pub trait Domain {
    type E: Copy;

    /// The calibrated alpha of `site` (1 in the f64 domain).
    fn alpha(&self, site: &str) -> Result<f64>;

    /// The most negative element (the code `0x80`, or minus infinity): the padding of max
    /// reductions and masked attention scores.
    fn lowest(&self) -> Self::E;

    /// `x W^T + b` with `l`'s weights, to alpha `out`.
    fn linear(
        &mut self,
        site: &'static str,
        l: &Linear,
        x: &Tensor<Self::E>,
        out: f64,
    ) -> Result<Tensor<Self::E>>;

    /// `scale * x w^T` with the activation tensor `w` on the weight side, to alpha `out`.
    fn product(
        &mut self,
        site: &'static str,
        x: &Tensor<Self::E>,
        w: &Tensor<Self::E>,
        scale: f64,
        out: f64,
    ) -> Result<Tensor<Self::E>>;

    /// Per row `scale * sum(x) + bias` (`rows x 1`), to alpha `out`.
    fn row_sum(
        &mut self,
        site: &'static str,
        x: &Tensor<Self::E>,
        scale: f64,
        bias: f64,
        out: f64,
    ) -> Result<Tensor<Self::E>>;

    /// `f(x)` element-wise, to alpha `out`.
    fn unary(
        &mut self,
        site: &'static str,
        f: UnaryFunction,
        x: &Tensor<Self::E>,
        out: f64,
    ) -> Result<Tensor<Self::E>>;

    /// Element-wise ADD, SUB, MUL, MAX of equal shapes (ADD/SUB/MAX: one alpha), or ABS of `a`.
    fn binary(
        &mut self,
        site: &'static str,
        op: AluOp,
        a: &Tensor<Self::E>,
        b: &Tensor<Self::E>,
    ) -> Result<Tensor<Self::E>>;

    /// A model constant (a norm's gamma or beta) as a `1 x len` tensor at alpha `alpha`.
    fn constant(
        &mut self,
        site: &'static str,
        values: &[f32],
        alpha: f64,
    ) -> Result<Tensor<Self::E>>;

    /// Whether this domain computes stage `st` in f64 on the host instead ([`DeviceDomain`]
    /// with [`DeviceDomain::with_host_stages`]: the measurement of what a stage costs).
    fn on_host(&self, _st: Stage) -> bool {
        false
    }

    /// Runs `st` on the host (decode, f64, encode at the stage's output alpha).
    fn host(
        &mut self,
        st: Stage,
        _layer: &TransformerLayer,
        _inputs: Vec<Tensor<Self::E>>,
    ) -> Result<Tensor<Self::E>> {
        Err(Error::Invalid(format!(
            "this domain runs no stage ({st:?}) on the host"
        )))
    }

    /// Notes `x` as the value of `site` (the f64 domain records it; no device work).
    fn mark(&mut self, _site: &'static str, _x: &Tensor<Self::E>) {}

    /// `x` at alpha `out` (nothing to do when it already is).
    fn rescale(&mut self, x: Tensor<Self::E>, out: f64) -> Result<Tensor<Self::E>> {
        if x.alpha == out {
            return Ok(x);
        }
        self.unary("rescale", UnaryFunction::Identity, &x, out)
    }
}

/// `qins-c`'s remark: its SQNR, and with `qins_wa` (the same weights and 8-bit activation
/// codes at the matmul inputs, non-linearities in host FP32) the verdict: what doing the
/// non-linearities, norms and residual adds in codes on the accelerator costs.
pub fn note(sqnr_db: f64, qins_wa: Option<f64>) -> String {
    let base = "Pattern C: the whole layer on the accelerator in 8-bit QINS codes (softmax, norms, GELU/SiLU, residuals by ALU ops and lookup tables)";
    match qins_wa {
        Some(wa) if sqnr_db >= wa => format!(
            "{base}; {sqnr_db:.1} dB, {:.1} dB ABOVE qins-wa ({wa:.1} dB, host FP32 non-linearities)",
            sqnr_db - wa
        ),
        Some(wa) => format!(
            "{base}; Pattern C COSTS {:.1} dB against qins-wa ({sqnr_db:.1} vs {wa:.1} dB, host FP32 non-linearities)",
            wa - sqnr_db
        ),
        None => format!("{base}; {sqnr_db:.1} dB"),
    }
}

/// Runs `layer` on `x` (the sequences `seqs`) in domain `d`; the output is at the alpha of
/// site `ln2` (encoder) or `res2` (decoder).
pub fn forward<D: Domain>(
    d: &mut D,
    layer: &TransformerLayer,
    x: &Tensor<D::E>,
    seqs: &Sequences,
) -> Result<Tensor<D::E>> {
    let width = layer.query.weight.cols;
    if x.rows != seqs.tokens() || x.cols != width {
        return Err(Error::Shape(format!(
            "layer input is {} x {}, need {} rows of {width}",
            x.rows,
            x.cols,
            seqs.tokens()
        )));
    }
    if layer.heads == 0 || !width.is_multiple_of(layer.heads) {
        return Err(Error::Shape(format!(
            "width {width} does not split into {} heads",
            layer.heads
        )));
    }
    match layer.style {
        LayerStyle::Encoder => {
            let q = d.linear("q", &layer.query, x, d.alpha("q")?)?;
            let k = d.linear("k", &layer.key, x, d.alpha("k")?)?;
            let v = d.linear("v", &layer.value, x, d.alpha("v")?)?;
            let ctx = attention(d, layer, [&q, &k, &v], seqs, false)?;
            let o = d.linear("o", &layer.attention_output, &ctx, d.alpha("o")?)?;
            let h1 = stage(d, Stage::Residual1, layer, vec![o, x.clone()])?;
            let n1 = stage(d, Stage::Norm1, layer, vec![h1])?;
            let up = d.linear("up", &layer.intermediate, &n1, d.alpha("up")?)?;
            let g = stage(d, Stage::Activation, layer, vec![up])?;
            let down = d.linear("down", &layer.output, &g, d.alpha("down")?)?;
            let h2 = stage(d, Stage::Residual2, layer, vec![down, n1])?;
            stage(d, Stage::Norm2, layer, vec![h2])
        }
        LayerStyle::Decoder => {
            let n1 = stage(d, Stage::Norm1, layer, vec![x.clone()])?;
            let q = d.linear("q", &layer.query, &n1, d.alpha("q")?)?;
            let k = d.linear("k", &layer.key, &n1, d.alpha("k")?)?;
            let v = d.linear("v", &layer.value, &n1, d.alpha("v")?)?;
            let ctx = attention(d, layer, [&q, &k, &v], seqs, true)?;
            let o = d.linear("o", &layer.attention_output, &ctx, d.alpha("o")?)?;
            let h1 = stage(d, Stage::Residual1, layer, vec![o, x.clone()])?;
            let n2 = stage(d, Stage::Norm2, layer, vec![h1.clone()])?;
            let gate_l = layer.linear(crate::bert::LinearSite::FfnGate)?;
            let gate = d.linear("gate", gate_l, &n2, d.alpha("gate")?)?;
            let up = d.linear("up", &layer.intermediate, &n2, d.alpha("up")?)?;
            let hidden = stage(d, Stage::Activation, layer, vec![gate, up])?;
            let down = d.linear("down", &layer.output, &hidden, d.alpha("down")?)?;
            stage(d, Stage::Residual2, layer, vec![down, h1])
        }
    }
}

/// The sites of a norm, by step.
struct NormSites {
    mean: &'static str,
    centred: &'static str,
    abs: &'static str,
    absmax: &'static str,
    inv_absmax: &'static str,
    unit: &'static str,
    square: &'static str,
    var: &'static str,
    rsqrt: &'static str,
    inv_std: &'static str,
    norm: &'static str,
    gamma: &'static str,
    scaled: &'static str,
    beta: &'static str,
    out: &'static str,
}

macro_rules! norm_sites {
    ($p:literal) => {
        NormSites {
            mean: concat!($p, ".mean"),
            centred: concat!($p, ".centred"),
            abs: concat!($p, ".abs"),
            absmax: concat!($p, ".absmax"),
            inv_absmax: concat!($p, ".inv_absmax"),
            unit: concat!($p, ".unit"),
            square: concat!($p, ".square"),
            var: concat!($p, ".var"),
            rsqrt: concat!($p, ".rsqrt"),
            inv_std: concat!($p, ".inv_std"),
            norm: concat!($p, ".norm"),
            gamma: concat!($p, ".gamma"),
            scaled: concat!($p, ".scaled"),
            beta: concat!($p, ".beta"),
            out: $p,
        }
    };
}

const LN1: NormSites = norm_sites!("ln1");
const LN2: NormSites = norm_sites!("ln2");

/// The layer's non-linear stages (each one op group of [`forward`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    /// Attention probabilities from the scores (max, subtract, exp, sum, reciprocal, MUL).
    Softmax,
    /// The attention residual add.
    Residual1,
    /// The first norm (encoder: after attention; decoder: before it).
    Norm1,
    /// GELU (encoder), or SiLU(gate) * up (decoder).
    Activation,
    /// The FFN residual add.
    Residual2,
    /// The second norm.
    Norm2,
}

impl Stage {
    pub const ALL: [Stage; 6] = [
        Stage::Softmax,
        Stage::Residual1,
        Stage::Norm1,
        Stage::Activation,
        Stage::Residual2,
        Stage::Norm2,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Stage::Softmax => "softmax",
            Stage::Residual1 => "residual 1",
            Stage::Norm1 => "norm 1",
            Stage::Activation => "gelu / silu",
            Stage::Residual2 => "residual 2",
            Stage::Norm2 => "norm 2",
        }
    }

    /// The site whose alpha the stage's output has.
    pub fn out_site(self, style: LayerStyle) -> &'static str {
        match (self, style) {
            (Stage::Softmax, _) => "probs",
            (Stage::Residual1, _) => "res1",
            (Stage::Norm1, _) => "ln1",
            (Stage::Activation, LayerStyle::Encoder) => "gelu",
            (Stage::Activation, LayerStyle::Decoder) => "hidden",
            (Stage::Residual2, _) => "res2",
            (Stage::Norm2, _) => "ln2",
        }
    }
}

/// Runs stage `st` of `layer` on `inputs` in `d` (on the host when `d` says so).
fn stage<D: Domain>(
    d: &mut D,
    st: Stage,
    layer: &TransformerLayer,
    inputs: Vec<Tensor<D::E>>,
) -> Result<Tensor<D::E>> {
    if d.on_host(st) {
        d.host(st, layer, inputs)
    } else {
        run_stage(d, st, layer, inputs)
    }
}

/// The ops of stage `st` on `inputs` (one tensor; two for the residuals and the decoder's
/// activation).
pub(crate) fn run_stage<D: Domain>(
    d: &mut D,
    st: Stage,
    layer: &TransformerLayer,
    inputs: Vec<Tensor<D::E>>,
) -> Result<Tensor<D::E>> {
    let want = match (st, layer.style) {
        (Stage::Residual1 | Stage::Residual2, _) | (Stage::Activation, LayerStyle::Decoder) => 2,
        _ => 1,
    };
    if inputs.len() != want {
        return Err(Error::Invalid(format!(
            "{st:?} takes {want} inputs, got {}",
            inputs.len()
        )));
    }
    let mut it = inputs.into_iter();
    let a = it.next().expect("checked");
    match (st, layer.style) {
        (Stage::Softmax, _) => softmax(d, a),
        (Stage::Residual1, _) => residual(d, "res1", a, it.next().expect("checked")),
        (Stage::Residual2, _) => residual(d, "res2", a, it.next().expect("checked")),
        (Stage::Norm1, _) => norm(d, LN1, &layer.attention_norm, a),
        (Stage::Norm2, _) => norm(d, LN2, &layer.output_norm, a),
        (Stage::Activation, LayerStyle::Encoder) => {
            d.unary("gelu", UnaryFunction::Gelu, &a, d.alpha("gelu")?)
        }
        (Stage::Activation, LayerStyle::Decoder) => {
            let up = it.next().expect("checked");
            // SiLU(gate) to the alpha that puts its product with `up` on the hidden alpha
            let s = d.unary(
                "silu",
                UnaryFunction::Silu,
                &a,
                d.alpha("hidden")? / up.alpha,
            )?;
            d.binary("hidden", AluOp::Mul, &s, &up)
        }
    }
}

/// `a + b`, both rescaled to the alpha of `site`.
fn residual<D: Domain>(
    d: &mut D,
    site: &'static str,
    a: Tensor<D::E>,
    b: Tensor<D::E>,
) -> Result<Tensor<D::E>> {
    let alpha = d.alpha(site)?;
    let a = d.rescale(a, alpha)?;
    let b = d.rescale(b, alpha)?;
    d.binary(site, AluOp::Add, &a, &b)
}

/// LayerNorm or RMSNorm of every row of `h`; sites `[square, variance, normalized, out]`.
fn norm<D: Domain>(d: &mut D, sites: NormSites, n: &Norm, h: Tensor<D::E>) -> Result<Tensor<D::E>> {
    let width = h.cols;
    let NormSites {
        mean,
        centred,
        abs,
        absmax,
        inv_absmax,
        unit,
        square,
        var,
        rsqrt,
        inv_std,
        norm,
        gamma,
        scaled,
        beta,
        out,
    } = sites;
    if n.gamma.len() != width || n.beta.len() != width {
        return Err(Error::Shape(format!(
            "{out}: {} gammas and {} betas for width {width}",
            n.gamma.len(),
            n.beta.len()
        )));
    }
    let (inv_d, rows) = (1.0 / width as f64, h.rows);
    let c = match n.kind {
        NormKind::LayerNorm => {
            // the mean straight to the alpha of h, so that SUB takes both
            let m = d.row_sum(mean, &h, inv_d, 0.0, h.alpha)?;
            d.binary(centred, AluOp::Sub, &h, &m.broadcast_col(width))?
        }
        NormKind::RmsNorm => h,
    };
    // each row divided by its absmax first (squares span twice the decades of the values,
    // more than one alpha holds: MiniLM's first token has a variance 250x the others')
    let a = d.binary(abs, AluOp::Abs, &c, &c)?;
    let m = row_max(d, absmax, a)?;
    let r = d.unary(
        inv_absmax,
        UnaryFunction::Reciprocal,
        &m,
        d.alpha(unit)? / c.alpha,
    )?;
    let t = d.binary(unit, AluOp::Mul, &c, &r.broadcast_col(width))?;
    let sq = d.unary(square, UnaryFunction::Square, &t, d.alpha(square)?)?;
    // eps enters the variance of the scaled row (relative to the row's absmax squared)
    let v = d.row_sum(var, &sq, inv_d, n.eps, d.alpha(var)?)?;
    // 1 / std(x) = rsqrt(var(t)) / absmax, to the alpha that puts its product with the
    // centred row (not t: an outlier row's small values vanish in t) on the normalized alpha
    let s_alpha = d.alpha(norm)? / c.alpha;
    let rs = d.unary(rsqrt, UnaryFunction::Rsqrt, &v, s_alpha / r.alpha)?;
    let inv = d.binary(inv_std, AluOp::Mul, &rs, &r)?;
    let normed = d.binary(norm, AluOp::Mul, &c, &inv.broadcast_col(width))?;
    // gamma's codes at the alpha that puts its product with the normalized values on the
    // scaled values' calibrated alpha
    let g = d.constant(gamma, &n.gamma, d.alpha(scaled)? / normed.alpha)?;
    let sc = d.binary(scaled, AluOp::Mul, &normed, &g.broadcast_row(rows))?;
    let out_alpha = d.alpha(out)?;
    let sc = d.rescale(sc, out_alpha)?;
    match n.kind {
        NormKind::LayerNorm => {
            let b = d.constant(beta, &n.beta, out_alpha)?;
            d.binary(out, AluOp::Add, &sc, &b.broadcast_row(rows))
        }
        NormKind::RmsNorm => {
            d.mark(out, &sc);
            Ok(sc)
        }
    }
}

/// Multi-head attention: the two matmuls per sequence and head on the array, the softmax of
/// every score row of every sequence and head at once.
fn attention<D: Domain>(
    d: &mut D,
    layer: &TransformerLayer,
    [q, k, v]: [&Tensor<D::E>; 3],
    seqs: &Sequences,
    causal: bool,
) -> Result<Tensor<D::E>> {
    let width = q.cols;
    let hd = width / layer.heads;
    let scale = 1.0 / (hd as f64).sqrt();
    let longest = seqs.ranges().map(|r| r.len()).max().unwrap_or(0);
    let padded = longest.next_power_of_two();
    // every (sequence, head)'s score rows, padded to `padded` columns
    let rows_total = seqs.tokens() * layer.heads;
    let s_alpha = d.alpha("scores")?;
    let mut scores = Tensor::filled(rows_total, padded, d.lowest(), s_alpha);
    let mut row0 = 0;
    for (s, rows) in seqs.ranges().enumerate() {
        let len = rows.len();
        for h in 0..layer.heads {
            let qh = q.block(rows.clone(), h * hd, (h + 1) * hd);
            let kh = k.block(rows.clone(), h * hd, (h + 1) * hd);
            let mut sc = d.product("scores", &qh, &kh, scale, s_alpha)?;
            for i in 0..len {
                for j in 0..len {
                    if !seqs.is_token(s, j) || (causal && j > i) {
                        sc.data[i * len + j] = d.lowest();
                    }
                }
            }
            scores.put(row0, 0, &sc);
            row0 += len;
        }
    }
    let probs = stage(d, Stage::Softmax, layer, vec![scores])?;
    let mut ctx = Tensor::filled(q.rows, width, d.lowest(), d.alpha("context")?);
    let mut row0 = 0;
    for rows in seqs.ranges() {
        let len = rows.len();
        for h in 0..layer.heads {
            let p = probs.block(row0..row0 + len, 0, len);
            let vt = v.block(rows.clone(), h * hd, (h + 1) * hd).transpose();
            let c = d.product("context", &p, &vt, 1.0, ctx.alpha)?;
            ctx.put(rows.start, h * hd, &c);
            row0 += len;
        }
    }
    Ok(ctx)
}

/// The max of each row (`rows x 1`) by ALU MAX over halves, the row padded to a power of two
/// with the lowest element.
fn row_max<D: Domain>(d: &mut D, site: &'static str, x: Tensor<D::E>) -> Result<Tensor<D::E>> {
    let mut max = if x.cols.is_power_of_two() {
        x
    } else {
        let mut p = Tensor::filled(x.rows, x.cols.next_power_of_two(), d.lowest(), x.alpha);
        p.put(0, 0, &x);
        p
    };
    while max.cols > 1 {
        let half = max.cols / 2;
        let (a, b) = (
            max.block(0..max.rows, 0, half),
            max.block(0..max.rows, half, max.cols),
        );
        max = d.binary(site, AluOp::Max, &a, &b)?;
    }
    Ok(max)
}

/// Softmax of every row of `s` (`cols` a power of two, padding and masked keys holding
/// the lowest element).
fn softmax<D: Domain>(d: &mut D, s: Tensor<D::E>) -> Result<Tensor<D::E>> {
    let max = row_max(d, "max", s.clone())?;
    let shifted = d.binary("shifted", AluOp::Sub, &s, &max.broadcast_col(s.cols))?;
    let e = d.unary("exp", UnaryFunction::Exp, &shifted, d.alpha("exp")?)?;
    let sum = d.row_sum("sum", &e, 1.0, 0.0, d.alpha("sum")?)?;
    // 1 / sum to the alpha that puts e / sum on the probabilities' alpha
    let r = d.unary(
        "reciprocal",
        UnaryFunction::Reciprocal,
        &sum,
        d.alpha("probs")? / e.alpha,
    )?;
    d.binary("probs", AluOp::Mul, &e, &r.broadcast_col(s.cols))
}
