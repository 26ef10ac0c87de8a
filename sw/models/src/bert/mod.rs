//! A float (FP32) reference of BERT, the architecture of all-MiniLM-L6-v2: post-LayerNorm,
//! exact erf GELU, learned absolute positions. [`TransformerLayer`] records the input of
//! every linear layer so codecs and transport can be measured on real activations; with
//! [`LayerStyle::Decoder`] it is a decoder-style layer instead (causal attention, RMSNorm
//! before attention and FFN, gated SiLU FFN). [`BertModel`] runs the whole encoder on padded
//! batches (Hugging Face's computation) or on packed sequences of any lengths, and gives
//! sentence embeddings (mean pooling over real tokens, then L2 normalisation, the
//! sentence-transformers recipe of MiniLM).
//!
//! Every matmul (the linear layers, and `Q K^T` and `P V` of each sequence and head) goes
//! through a [`LayerMath`] in the `*_with`/`*_packed` variants, so another implementation
//! (the accelerator, `crate::layer`) can do them; [`HostMath`] is the FP32 reference.

use crate::checkpoint::Checkpoint;
use qins_core::error::{Error, Result};
use qins_core::rng::SplitMix64;
use qins_core::tensor::Matrix;
use std::path::Path;

/// The fields of a Hugging Face BERT `config.json` that the forward pass needs.
#[derive(Clone, Debug, serde::Deserialize)]
pub struct BertConfig {
    pub hidden_size: usize,
    pub num_attention_heads: usize,
    pub intermediate_size: usize,
    pub num_hidden_layers: usize,
    pub vocab_size: usize,
    pub max_position_embeddings: usize,
    #[serde(default = "default_eps")]
    pub layer_norm_eps: f64,
}

fn default_eps() -> f64 {
    1e-12
}

impl BertConfig {
    /// Reads `config.json` from a model folder.
    pub fn load(dir: &Path) -> Result<Self> {
        let p = dir.join("config.json");
        let text = std::fs::read_to_string(&p).map_err(|e| Error::io(&p, e))?;
        let c: BertConfig = serde_json::from_str(&text)
            .map_err(|e| Error::Checkpoint(format!("{}: {e}", p.display())))?;
        if c.hidden_size == 0
            || c.num_attention_heads == 0
            || !c.hidden_size.is_multiple_of(c.num_attention_heads)
        {
            return Err(Error::Checkpoint(format!(
                "{}: hidden_size {} is not a multiple of num_attention_heads {}",
                p.display(),
                c.hidden_size,
                c.num_attention_heads
            )));
        }
        Ok(c)
    }
}

/// A linear layer `y = x W^T + b`, `W` stored `[out, in]`.
#[derive(Clone, Debug)]
pub struct Linear {
    pub weight: Matrix,
    pub bias: Vec<f32>,
}

impl Linear {
    fn load(ck: &Checkpoint, name: &str) -> Result<Self> {
        let weight = ck.matrix(&format!("{name}.weight"))?;
        let bias = ck.vector(&format!("{name}.bias"))?;
        if bias.len() != weight.rows {
            return Err(Error::Shape(format!(
                "{name}: {} biases for {} outputs",
                bias.len(),
                weight.rows
            )));
        }
        Ok(Self { weight, bias })
    }

    pub fn forward(&self, x: &Matrix) -> Result<Matrix> {
        let mut y = x.matmul_transposed(&self.weight)?;
        for r in 0..y.rows {
            for (v, b) in y.row_mut(r).iter_mut().zip(&self.bias) {
                *v += b;
            }
        }
        Ok(y)
    }
}

/// Which normalisation a [`Norm`] applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NormKind {
    /// `(x - mean) / sqrt(var + eps) * gamma + beta` (BERT).
    LayerNorm,
    /// `x / sqrt(mean(x^2) + eps) * gamma` (decoder style; `beta` is ignored and kept zero).
    RmsNorm,
}

/// A per-token normalisation over the hidden dimension, computed in f64.
#[derive(Clone, Debug, PartialEq)]
pub struct Norm {
    pub kind: NormKind,
    pub gamma: Vec<f32>,
    pub beta: Vec<f32>,
    pub eps: f64,
}

impl Norm {
    fn load(ck: &Checkpoint, name: &str, eps: f64) -> Result<Self> {
        Ok(Self {
            kind: NormKind::LayerNorm,
            gamma: ck.vector(&format!("{name}.weight"))?,
            beta: ck.vector(&format!("{name}.bias"))?,
            eps,
        })
    }

    /// Identity parameters (gamma 1, beta 0) of width `d`.
    pub fn identity(kind: NormKind, d: usize, eps: f64) -> Self {
        Self {
            kind,
            gamma: vec![1.0; d],
            beta: vec![0.0; d],
            eps,
        }
    }

    /// Errors unless gamma and beta both have `width` entries.
    fn check(&self, width: usize, name: &str) -> Result<()> {
        if self.gamma.len() != width || self.beta.len() != width {
            return Err(Error::Shape(format!(
                "{name}: {} weights and {} biases, the hidden size is {width}",
                self.gamma.len(),
                self.beta.len()
            )));
        }
        Ok(())
    }

    pub fn forward_in_place(&self, x: &mut Matrix) {
        for r in 0..x.rows {
            let row = x.row_mut(r);
            let n = row.len() as f64;
            let (mean, beta) = match self.kind {
                NormKind::LayerNorm => (row.iter().map(|&v| v as f64).sum::<f64>() / n, true),
                NormKind::RmsNorm => (0.0, false),
            };
            let var = row.iter().map(|&v| (v as f64 - mean).powi(2)).sum::<f64>() / n;
            let inv = 1.0 / (var + self.eps).sqrt();
            for (i, v) in row.iter_mut().enumerate() {
                let b = if beta { self.beta[i] } else { 0.0 };
                *v = ((*v as f64 - mean) * inv) as f32 * self.gamma[i] + b;
            }
        }
    }
}

/// Exact (erf) GELU.
#[inline]
pub fn gelu(x: f32) -> f32 {
    (0.5 * x as f64 * (1.0 + libm::erf(x as f64 / std::f64::consts::SQRT_2))) as f32
}

/// SiLU (swish): `x * sigmoid(x)`.
#[inline]
pub fn silu(x: f32) -> f32 {
    (x as f64 / (1.0 + (-(x as f64)).exp())) as f32
}

/// One linear layer of a transformer layer, in the order a forward pass runs them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
pub enum LinearSite {
    Query,
    Key,
    Value,
    AttentionOutput,
    /// Gate projection of a gated FFN (decoder style only, d -> d_ff).
    FfnGate,
    /// FFN up projection (`intermediate.dense`, d -> d_ff).
    FfnUp,
    /// FFN down projection (`output.dense`, d_ff -> d).
    FfnDown,
}

impl LinearSite {
    /// Every site, in forward order; [`LinearSite::index`] is the position here.
    pub const ALL: [LinearSite; 7] = [
        LinearSite::Query,
        LinearSite::Key,
        LinearSite::Value,
        LinearSite::AttentionOutput,
        LinearSite::FfnGate,
        LinearSite::FfnUp,
        LinearSite::FfnDown,
    ];
    /// The sites of a BERT encoder layer.
    pub const ENCODER: [LinearSite; 6] = [
        LinearSite::Query,
        LinearSite::Key,
        LinearSite::Value,
        LinearSite::AttentionOutput,
        LinearSite::FfnUp,
        LinearSite::FfnDown,
    ];

    /// Position in [`LinearSite::ALL`] (0..7), for per-site tables.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The Hugging Face module name inside `encoder.layer.N.`, e.g. `attention.self.query`
    /// (the gate, which BERT lacks, is named after LLaMA's `mlp.gate_proj`).
    pub fn hf_name(self) -> &'static str {
        match self {
            LinearSite::Query => "attention.self.query",
            LinearSite::Key => "attention.self.key",
            LinearSite::Value => "attention.self.value",
            LinearSite::AttentionOutput => "attention.output.dense",
            LinearSite::FfnGate => "mlp.gate_proj",
            LinearSite::FfnUp => "intermediate.dense",
            LinearSite::FfnDown => "output.dense",
        }
    }

    /// The short name reports use: q, k, v, o, gate, ffn1, ffn2.
    pub fn short_name(self) -> &'static str {
        match self {
            LinearSite::Query => "q",
            LinearSite::Key => "k",
            LinearSite::Value => "v",
            LinearSite::AttentionOutput => "o",
            LinearSite::FfnGate => "gate",
            LinearSite::FfnUp => "ffn1",
            LinearSite::FfnDown => "ffn2",
        }
    }
}

/// The two layer structures the forward pass knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LayerStyle {
    /// BERT: bidirectional attention, post-LayerNorm, GELU FFN.
    Encoder,
    /// Decoder (LLaMA style): causal attention, pre-RMSNorm, gated SiLU FFN
    /// (`down(silu(gate(x)) * up(x))`).
    Decoder,
}

impl LayerStyle {
    pub const ALL: [LayerStyle; 2] = [LayerStyle::Encoder, LayerStyle::Decoder];
}

/// The arithmetic a layer's forward pass hands out: its linear layers and the two attention
/// matmuls of each sequence and head. [`HostMath`] is the FP32 reference; `crate::layer`
/// runs them on the accelerator. `layer` is the layer's index in its model (0 for a lone
/// layer).
pub trait LayerMath {
    /// `x W^T + b` for the linear layer at `site`; must return `x.rows x weight.rows`.
    fn linear(
        &mut self,
        layer: usize,
        site: LinearSite,
        linear: &Linear,
        x: &Matrix,
    ) -> Result<Matrix>;

    /// The unscaled scores `Q K^T` of one sequence and head (`queries x keys`).
    fn scores(&mut self, _layer: usize, q: &Matrix, k: &Matrix) -> Result<Matrix> {
        q.matmul_transposed(k)
    }

    /// The context `P V` of one sequence and head (`queries x head_dim`).
    fn context(&mut self, _layer: usize, p: &Matrix, v: &Matrix) -> Result<Matrix> {
        p.matmul_transposed(&v.transpose())
    }

    /// A residual connection, `x += skip` (equal shapes).
    fn residual(&mut self, _layer: usize, x: &mut Matrix, skip: &Matrix) -> Result<()> {
        for (a, b) in x.data.iter_mut().zip(&skip.data) {
            *a += b;
        }
        Ok(())
    }
}

/// The FP32 reference arithmetic.
pub struct HostMath;

impl LayerMath for HostMath {
    fn linear(&mut self, _: usize, _: LinearSite, l: &Linear, x: &Matrix) -> Result<Matrix> {
        l.forward(x)
    }
}

/// FP32 attention with the linear layers computed by a function of `(layer, site, linear,
/// input)`: a quick way to substitute or observe the linear layers.
pub struct LinearOverride<F>(pub F);

impl<F> LayerMath for LinearOverride<F>
where
    F: FnMut(usize, LinearSite, &Linear, &Matrix) -> Result<Matrix>,
{
    fn linear(&mut self, i: usize, s: LinearSite, l: &Linear, x: &Matrix) -> Result<Matrix> {
        (self.0)(i, s, l, x)
    }
}

/// Where the sequences of a token matrix (one row per token) are: back to back, each a span
/// of rows, with an optional key mask for padded batches.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sequences {
    spans: Vec<Span>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Span {
    start: usize,
    len: usize,
    /// 1 for keys that take part in attention, 0 for padding; `None`: all do.
    keys: Option<Vec<u8>>,
}

impl Sequences {
    /// Sequences of the given lengths, back to back, without padding.
    pub fn packed(lens: &[usize]) -> Result<Self> {
        if lens.is_empty() || lens.contains(&0) {
            return Err(Error::Shape(
                "no sequences, or sequences of no tokens".into(),
            ));
        }
        let mut start = 0;
        let spans = lens
            .iter()
            .map(|&len| {
                let s = Span {
                    start,
                    len,
                    keys: None,
                };
                start += len;
                s
            })
            .collect();
        Ok(Self { spans })
    }

    /// The token sequences `ids`, packed (each its own length).
    pub fn of(ids: &[Vec<u32>]) -> Result<Self> {
        Self::packed(&ids.iter().map(Vec::len).collect::<Vec<_>>())
    }

    /// `count` sequences of `len` tokens each.
    pub fn uniform(count: usize, len: usize) -> Result<Self> {
        Self::packed(&vec![len; count])
    }

    /// A padded batch: `mask.len()` sequences of `mask[0].len()` tokens; keys whose mask is
    /// 0 are left out of attention (their score becomes `f32::MIN`, as Hugging Face's
    /// additive mask does). Padded query rows are computed too; their values are meaningless.
    pub fn padded(mask: &[Vec<u8>]) -> Result<Self> {
        let len = check_mask(mask)?;
        Ok(Self {
            spans: mask
                .iter()
                .enumerate()
                .map(|(s, m)| Span {
                    start: s * len,
                    len,
                    keys: Some(m.clone()),
                })
                .collect(),
        })
    }

    /// Token rows in all.
    pub fn tokens(&self) -> usize {
        self.spans.last().map_or(0, |s| s.start + s.len)
    }

    /// Number of sequences.
    pub fn count(&self) -> usize {
        self.spans.len()
    }

    /// Each sequence's rows, in order.
    pub fn ranges(&self) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
        self.spans.iter().map(|s| s.start..s.start + s.len)
    }

    /// True when row `t` of sequence `s` is a real token (not padding).
    pub(crate) fn is_token(&self, s: usize, t: usize) -> bool {
        self.spans[s].keys.as_ref().is_none_or(|k| k[t] != 0)
    }
}

/// One transformer layer's weights (the encoder or decoder structure, [`LayerStyle`]).
#[derive(Clone, Debug)]
pub struct TransformerLayer {
    pub style: LayerStyle,
    pub query: Linear,
    pub key: Linear,
    pub value: Linear,
    pub attention_output: Linear,
    /// Encoder: the LayerNorm after the attention residual. Decoder: the RMSNorm before
    /// attention.
    pub attention_norm: Norm,
    /// The gate projection (decoder style only).
    pub gate: Option<Linear>,
    /// FFN up projection.
    pub intermediate: Linear,
    /// FFN down projection.
    pub output: Linear,
    /// Encoder: the LayerNorm after the FFN residual. Decoder: the RMSNorm before the FFN.
    pub output_norm: Norm,
    pub heads: usize,
}

/// What a layer's forward pass saw: the input of every linear layer, and the output.
#[derive(Clone, Debug)]
pub struct LayerTrace {
    /// Input of Q, K and V (`tokens x d`; after the RMSNorm in decoder style).
    pub input: Matrix,
    /// Attention context, the input of the attention output projection.
    pub context: Matrix,
    /// Input of the FFN's first projections (after the attention LayerNorm, or the FFN
    /// RMSNorm).
    pub ffn_input: Matrix,
    /// Input of the FFN down projection (GELU output, or `silu(gate) * up`).
    pub ffn_hidden: Matrix,
    pub output: Matrix,
}

impl TransformerLayer {
    /// Checks every weight against the config (so a malformed checkpoint is an error, not
    /// a panic later); `p` prefixes tensor names in messages.
    fn check_shapes(&self, cfg: &BertConfig, p: &str) -> Result<()> {
        let (d, f) = (cfg.hidden_size, cfg.intermediate_size);
        for &site in self.sites() {
            let want = match site {
                LinearSite::FfnUp | LinearSite::FfnGate => (f, d),
                LinearSite::FfnDown => (d, f),
                _ => (d, d),
            };
            let w = &self.linear(site)?.weight;
            if (w.rows, w.cols) != want {
                return Err(Error::Shape(format!(
                    "{p}{}.weight is {} x {}, the config says {} x {}",
                    site.hf_name(),
                    w.rows,
                    w.cols,
                    want.0,
                    want.1
                )));
            }
        }
        for (name, n) in [
            ("attention.output.LayerNorm", &self.attention_norm),
            ("output.LayerNorm", &self.output_norm),
        ] {
            n.check(d, &format!("{p}{name}"))?;
        }
        Ok(())
    }

    /// Loads BERT encoder layer `layer` of a checkpoint.
    pub fn load(ck: &Checkpoint, cfg: &BertConfig, layer: usize) -> Result<Self> {
        if layer >= cfg.num_hidden_layers {
            return Err(Error::Invalid(format!(
                "layer {layer} does not exist (the model has {})",
                cfg.num_hidden_layers
            )));
        }
        let p = format!("encoder.layer.{layer}.");
        let eps = cfg.layer_norm_eps;
        let lin = |site: LinearSite| Linear::load(ck, &format!("{p}{}", site.hf_name()));
        let layer = Self {
            style: LayerStyle::Encoder,
            query: lin(LinearSite::Query)?,
            key: lin(LinearSite::Key)?,
            value: lin(LinearSite::Value)?,
            attention_output: lin(LinearSite::AttentionOutput)?,
            attention_norm: Norm::load(ck, &format!("{p}attention.output.LayerNorm"), eps)?,
            gate: None,
            intermediate: lin(LinearSite::FfnUp)?,
            output: lin(LinearSite::FfnDown)?,
            output_norm: Norm::load(ck, &format!("{p}output.LayerNorm"), eps)?,
            heads: cfg.num_attention_heads,
        };
        layer.check_shapes(cfg, &p)?;
        Ok(layer)
    }

    /// The linear layers this layer has, in forward order.
    pub fn sites(&self) -> &'static [LinearSite] {
        match self.style {
            LayerStyle::Encoder => &LinearSite::ENCODER,
            LayerStyle::Decoder => &LinearSite::ALL,
        }
    }

    /// The linear layer at `site` (an error for the gate of an encoder layer).
    pub fn linear(&self, site: LinearSite) -> Result<&Linear> {
        Ok(match site {
            LinearSite::Query => &self.query,
            LinearSite::Key => &self.key,
            LinearSite::Value => &self.value,
            LinearSite::AttentionOutput => &self.attention_output,
            LinearSite::FfnGate => self.gate.as_ref().ok_or_else(|| {
                Error::Invalid("an encoder-style layer has no FFN gate projection".into())
            })?,
            LinearSite::FfnUp => &self.intermediate,
            LinearSite::FfnDown => &self.output,
        })
    }

    /// FP32 forward pass over the sequences `seqs` of `x`.
    pub fn forward(&self, x: &Matrix, seqs: &Sequences) -> Result<LayerTrace> {
        self.forward_with(x, seqs, 0, &mut HostMath)
    }

    /// Forward pass with the linear layers and attention matmuls done by `math` (as layer
    /// number `index`); softmax, norms, activations and residual adds stay on the host in
    /// FP32. Encoder style attends to every key of a sequence, decoder style to keys up to
    /// the query's own position.
    pub fn forward_with(
        &self,
        x: &Matrix,
        seqs: &Sequences,
        index: usize,
        math: &mut dyn LayerMath,
    ) -> Result<LayerTrace> {
        let d = self.query.weight.cols;
        if x.rows != seqs.tokens() || x.cols != d {
            return Err(Error::Shape(format!(
                "layer input is {} x {}, need {} sequences = {} rows of {d}",
                x.rows,
                x.cols,
                seqs.count(),
                seqs.tokens()
            )));
        }
        if self.heads == 0 || !d.is_multiple_of(self.heads) {
            return Err(Error::Shape(format!(
                "width {d} does not split into {} heads",
                self.heads
            )));
        }
        self.attention_norm.check(d, "attention norm")?;
        self.output_norm.check(d, "output norm")?;
        match self.style {
            LayerStyle::Encoder => {
                let q = self.apply(math, index, LinearSite::Query, x)?;
                let k = self.apply(math, index, LinearSite::Key, x)?;
                let v = self.apply(math, index, LinearSite::Value, x)?;
                let context = self.attention(math, index, [&q, &k, &v], seqs, false)?;
                let mut h1 = self.apply(math, index, LinearSite::AttentionOutput, &context)?;
                math.residual(index, &mut h1, x)?;
                self.attention_norm.forward_in_place(&mut h1);
                let mut hidden = self.apply(math, index, LinearSite::FfnUp, &h1)?;
                hidden.data.iter_mut().for_each(|v| *v = gelu(*v));
                let mut out = self.apply(math, index, LinearSite::FfnDown, &hidden)?;
                math.residual(index, &mut out, &h1)?;
                self.output_norm.forward_in_place(&mut out);
                Ok(LayerTrace {
                    input: x.clone(),
                    context,
                    ffn_input: h1,
                    ffn_hidden: hidden,
                    output: out,
                })
            }
            LayerStyle::Decoder => {
                let mut n1 = x.clone();
                self.attention_norm.forward_in_place(&mut n1);
                let q = self.apply(math, index, LinearSite::Query, &n1)?;
                let k = self.apply(math, index, LinearSite::Key, &n1)?;
                let v = self.apply(math, index, LinearSite::Value, &n1)?;
                let context = self.attention(math, index, [&q, &k, &v], seqs, true)?;
                let mut h1 = self.apply(math, index, LinearSite::AttentionOutput, &context)?;
                math.residual(index, &mut h1, x)?;
                let mut n2 = h1.clone();
                self.output_norm.forward_in_place(&mut n2);
                let mut hidden = self.apply(math, index, LinearSite::FfnGate, &n2)?;
                let up = self.apply(math, index, LinearSite::FfnUp, &n2)?;
                for (g, u) in hidden.data.iter_mut().zip(&up.data) {
                    *g = silu(*g) * u;
                }
                let mut out = self.apply(math, index, LinearSite::FfnDown, &hidden)?;
                math.residual(index, &mut out, &h1)?;
                Ok(LayerTrace {
                    input: n1,
                    context,
                    ffn_input: n2,
                    ffn_hidden: hidden,
                    output: out,
                })
            }
        }
    }

    /// One linear layer through `math`, with its output shape checked.
    fn apply(
        &self,
        math: &mut dyn LayerMath,
        index: usize,
        site: LinearSite,
        input: &Matrix,
    ) -> Result<Matrix> {
        let layer = self.linear(site)?;
        let y = math.linear(index, site, layer, input)?;
        if y.rows != input.rows || y.cols != layer.weight.rows {
            return Err(Error::Shape(format!(
                "{}: gave {} x {}, expected {} x {}",
                site.hf_name(),
                y.rows,
                y.cols,
                input.rows,
                layer.weight.rows
            )));
        }
        Ok(y)
    }

    /// Multi-head attention over each sequence: scores and context through `math`, the
    /// scaling, masking and softmax on the host.
    fn attention(
        &self,
        math: &mut dyn LayerMath,
        index: usize,
        [q, k, v]: [&Matrix; 3],
        seqs: &Sequences,
        causal: bool,
    ) -> Result<Matrix> {
        let d = self.query.weight.cols;
        if q.cols != d || k.cols != d || v.cols != d {
            return Err(Error::Shape(format!(
                "Q, K, V widths {}, {}, {} differ from the input width {d}",
                q.cols, k.cols, v.cols
            )));
        }
        let hd = d / self.heads;
        let scale = 1.0 / (hd as f32).sqrt();
        let mut context = Matrix::zeros(q.rows, d);
        for (s, rows) in seqs.ranges().enumerate() {
            let len = rows.len();
            for h in 0..self.heads {
                let take = |m: &Matrix| -> Matrix {
                    let mut out = Matrix::zeros(len, hd);
                    for (t, r) in rows.clone().enumerate() {
                        out.row_mut(t)
                            .copy_from_slice(&m.row(r)[h * hd..(h + 1) * hd]);
                    }
                    out
                };
                let (qh, kh, vh) = (take(q), take(k), take(v));
                let mut p = math.scores(index, &qh, &kh)?;
                if (p.rows, p.cols) != (len, len) {
                    return Err(Error::Shape(format!(
                        "attention scores are {} x {}, expected {len} x {len}",
                        p.rows, p.cols
                    )));
                }
                for i in 0..len {
                    let row = p.row_mut(i);
                    for (j, sc) in row.iter_mut().enumerate() {
                        // score + f32::MIN rounds to f32::MIN for any finite score below 1e31
                        *sc = if !seqs.is_token(s, j) || (causal && j > i) {
                            f32::MIN
                        } else {
                            *sc * scale
                        };
                    }
                    softmax_in_place(row);
                }
                let ctx = math.context(index, &p, &vh)?;
                if (ctx.rows, ctx.cols) != (len, hd) {
                    return Err(Error::Shape(format!(
                        "attention context is {} x {}, expected {len} x {hd}",
                        ctx.rows, ctx.cols
                    )));
                }
                for (t, r) in rows.clone().enumerate() {
                    context.row_mut(r)[h * hd..(h + 1) * hd].copy_from_slice(ctx.row(t));
                }
            }
        }
        Ok(context)
    }
}

/// Checks an attention mask (equal non-empty rows of 0 and 1) and returns its row length.
fn check_mask(mask: &[Vec<u8>]) -> Result<usize> {
    let seq_len = mask.first().map_or(0, Vec::len);
    if seq_len == 0 {
        return Err(Error::Shape(
            "no sequences, or sequences of no tokens".into(),
        ));
    }
    for (s, m) in mask.iter().enumerate() {
        if m.len() != seq_len {
            return Err(Error::Shape(format!(
                "mask {s} has {} tokens, mask 0 has {seq_len}",
                m.len()
            )));
        }
        if let Some(&b) = m.iter().find(|&&b| b > 1) {
            return Err(Error::Range(format!(
                "mask {s} holds {b}; a mask is 1 (token) or 0 (padding)"
            )));
        }
    }
    Ok(seq_len)
}

/// Numerically stable softmax.
pub fn softmax_in_place(v: &mut [f32]) {
    let m = v.iter().fold(f32::NEG_INFINITY, |a, &b| a.max(b));
    let mut s = 0f32;
    for x in v.iter_mut() {
        *x = (*x - m).exp();
        s += *x;
    }
    for x in v.iter_mut() {
        *x /= s;
    }
}

mod model;
pub use model::{l2_normalize_rows, mean_pool, random_sequences, BertModel, Embeddings};

#[cfg(test)]
mod tests;
