//! A float (FP32) reference of BERT, the architecture of all-MiniLM-L6-v2: post-LayerNorm,
//! exact erf GELU, learned absolute positions. [`EncoderLayer`] records the input of every
//! linear layer so codecs and transport can be measured on real activations; [`BertModel`]
//! runs the whole encoder on padded batches and gives sentence embeddings (mean pooling over
//! real tokens, then L2 normalisation, the sentence-transformers recipe of MiniLM).
//!
//! Every matmul goes through a caller-supplied function of ([`LinearSite`], [`Linear`],
//! input) in the `*_with` variants, so another implementation (the accelerator) can replace
//! the six linear layers of each encoder layer; the plain variants use [`Linear::forward`].

use crate::checkpoint::Checkpoint;
use crate::error::{Error, Result};
use crate::rng::SplitMix64;
use crate::tensor::Matrix;
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

#[derive(Clone, Debug)]
pub struct LayerNorm {
    pub gamma: Vec<f32>,
    pub beta: Vec<f32>,
    pub eps: f64,
}

impl LayerNorm {
    fn load(ck: &Checkpoint, name: &str, eps: f64) -> Result<Self> {
        Ok(Self {
            gamma: ck.vector(&format!("{name}.weight"))?,
            beta: ck.vector(&format!("{name}.bias"))?,
            eps,
        })
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
            let mean = row.iter().map(|&v| v as f64).sum::<f64>() / n;
            let var = row.iter().map(|&v| (v as f64 - mean).powi(2)).sum::<f64>() / n;
            let inv = 1.0 / (var + self.eps).sqrt();
            for (i, v) in row.iter_mut().enumerate() {
                *v = ((*v as f64 - mean) * inv) as f32 * self.gamma[i] + self.beta[i];
            }
        }
    }
}

/// Exact (erf) GELU.
#[inline]
pub fn gelu(x: f32) -> f32 {
    (0.5 * x as f64 * (1.0 + libm::erf(x as f64 / std::f64::consts::SQRT_2))) as f32
}

/// One of the six linear layers of an encoder layer, in the order a forward pass runs them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
pub enum LinearSite {
    Query,
    Key,
    Value,
    AttentionOutput,
    /// FFN up projection (`intermediate.dense`, d -> d_ff).
    FfnUp,
    /// FFN down projection (`output.dense`, d_ff -> d).
    FfnDown,
}

impl LinearSite {
    pub const ALL: [LinearSite; 6] = [
        LinearSite::Query,
        LinearSite::Key,
        LinearSite::Value,
        LinearSite::AttentionOutput,
        LinearSite::FfnUp,
        LinearSite::FfnDown,
    ];

    /// The Hugging Face module name inside `encoder.layer.N.`, e.g. `attention.self.query`.
    pub fn hf_name(self) -> &'static str {
        match self {
            LinearSite::Query => "attention.self.query",
            LinearSite::Key => "attention.self.key",
            LinearSite::Value => "attention.self.value",
            LinearSite::AttentionOutput => "attention.output.dense",
            LinearSite::FfnUp => "intermediate.dense",
            LinearSite::FfnDown => "output.dense",
        }
    }
}

/// Computes one linear layer of an encoder layer: `(site, layer, input) -> output`.
pub type LinearFn<'a> = dyn FnMut(LinearSite, &Linear, &Matrix) -> Result<Matrix> + 'a;

/// [`LinearFn`] with the encoder layer's index first.
pub type ModelLinearFn<'a> = dyn FnMut(usize, LinearSite, &Linear, &Matrix) -> Result<Matrix> + 'a;

/// One encoder layer's weights.
#[derive(Clone, Debug)]
pub struct EncoderLayer {
    pub query: Linear,
    pub key: Linear,
    pub value: Linear,
    pub attention_output: Linear,
    pub attention_norm: LayerNorm,
    pub intermediate: Linear,
    pub output: Linear,
    pub output_norm: LayerNorm,
    pub heads: usize,
}

/// What a layer's forward pass saw: the input of every linear layer, and the output.
#[derive(Clone, Debug)]
pub struct LayerTrace {
    /// Input of Q, K and V (`tokens x d`).
    pub input: Matrix,
    /// Attention context, the input of the attention output projection.
    pub context: Matrix,
    /// Input of FFN1 (after the attention LayerNorm).
    pub ffn_input: Matrix,
    /// GELU output, the input of FFN2.
    pub ffn_hidden: Matrix,
    pub output: Matrix,
}

impl EncoderLayer {
    /// Checks every weight against the config (so a malformed checkpoint is an error, not
    /// a panic later); `p` prefixes tensor names in messages.
    fn check_shapes(&self, cfg: &BertConfig, p: &str) -> Result<()> {
        let (d, f) = (cfg.hidden_size, cfg.intermediate_size);
        for site in LinearSite::ALL {
            let want = match site {
                LinearSite::FfnUp => (f, d),
                LinearSite::FfnDown => (d, f),
                _ => (d, d),
            };
            let w = &self.linear(site).weight;
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
            query: lin(LinearSite::Query)?,
            key: lin(LinearSite::Key)?,
            value: lin(LinearSite::Value)?,
            attention_output: lin(LinearSite::AttentionOutput)?,
            attention_norm: LayerNorm::load(ck, &format!("{p}attention.output.LayerNorm"), eps)?,
            intermediate: lin(LinearSite::FfnUp)?,
            output: lin(LinearSite::FfnDown)?,
            output_norm: LayerNorm::load(ck, &format!("{p}output.LayerNorm"), eps)?,
            heads: cfg.num_attention_heads,
        };
        layer.check_shapes(cfg, &p)?;
        Ok(layer)
    }

    /// Forward pass over `x` holding whole sequences of `seq_len` tokens back to back
    /// (no padding: every token attends to every token of its sequence).
    pub fn forward(&self, x: &Matrix, seq_len: usize) -> Result<LayerTrace> {
        if seq_len == 0 || !x.rows.is_multiple_of(seq_len) {
            return Err(Error::Shape(format!(
                "{} tokens are not whole sequences of {seq_len}",
                x.rows
            )));
        }
        let mask = vec![vec![1u8; seq_len]; x.rows / seq_len];
        self.forward_with(x, &mask, &mut |_, l, m| l.forward(m))
    }

    /// Forward pass over padded sequences: `x` holds `mask.len()` sequences of
    /// `mask[0].len()` tokens back to back, and keys whose mask is 0 are left out of
    /// attention (their score becomes `f32::MIN`, as Hugging Face's additive mask does).
    /// Padded query rows are computed too; their values are meaningless.
    pub fn forward_masked(&self, x: &Matrix, mask: &[Vec<u8>]) -> Result<LayerTrace> {
        self.forward_with(x, mask, &mut |_, l, m| l.forward(m))
    }

    /// [`Self::forward_masked`] with every linear layer computed by `linear(site, layer,
    /// input)`; `|_, l, x| l.forward(x)` is the FP32 reference. Its output must be
    /// `input.rows x layer.weight.rows`.
    pub fn forward_with(
        &self,
        x: &Matrix,
        mask: &[Vec<u8>],
        linear: &mut LinearFn<'_>,
    ) -> Result<LayerTrace> {
        let seq_len = check_mask(mask)?;
        let d = self.query.weight.cols;
        if x.rows != mask.len() * seq_len || x.cols != d {
            return Err(Error::Shape(format!(
                "layer input is {} x {}, need {} sequences x {seq_len} tokens = {} rows of {d}",
                x.rows,
                x.cols,
                mask.len(),
                mask.len() * seq_len
            )));
        }
        if self.heads == 0 || !d.is_multiple_of(self.heads) {
            return Err(Error::Shape(format!(
                "width {d} does not split into {} heads",
                self.heads
            )));
        }
        self.attention_norm.check(d, "attention LayerNorm")?;
        self.output_norm.check(d, "output LayerNorm")?;
        let mut run = |site: LinearSite, input: &Matrix| -> Result<Matrix> {
            let layer = self.linear(site);
            let y = linear(site, layer, input)?;
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
        };
        let q = run(LinearSite::Query, x)?;
        let k = run(LinearSite::Key, x)?;
        let v = run(LinearSite::Value, x)?;
        if q.cols != d || k.cols != d || v.cols != d {
            return Err(Error::Shape(format!(
                "Q, K, V widths {}, {}, {} differ from the input width {d}",
                q.cols, k.cols, v.cols
            )));
        }
        let hd = d / self.heads;
        let scale = 1.0 / (hd as f32).sqrt();
        let mut context = Matrix::zeros(x.rows, d);
        let mut scores = vec![0f32; seq_len];
        for (s, keys) in mask.iter().enumerate() {
            let base = s * seq_len;
            for h in 0..self.heads {
                let cols = h * hd..(h + 1) * hd;
                for i in 0..seq_len {
                    let qi = &q.row(base + i)[cols.clone()];
                    for (j, sc) in scores.iter_mut().enumerate() {
                        // score + f32::MIN rounds to f32::MIN for any finite score below 1e31
                        *sc = if keys[j] == 0 {
                            f32::MIN
                        } else {
                            crate::tensor::dot(qi, &k.row(base + j)[cols.clone()]) * scale
                        };
                    }
                    softmax_in_place(&mut scores);
                    let out = &mut context.row_mut(base + i)[cols.clone()];
                    for (j, &p) in scores.iter().enumerate() {
                        for (o, &vv) in out.iter_mut().zip(&v.row(base + j)[cols.clone()]) {
                            *o += p * vv;
                        }
                    }
                }
            }
        }
        let mut h1 = run(LinearSite::AttentionOutput, &context)?;
        if h1.cols != d {
            return Err(Error::Shape(format!(
                "attention output width {} is not {d}",
                h1.cols
            )));
        }
        for (a, b) in h1.data.iter_mut().zip(&x.data) {
            *a += b;
        }
        self.attention_norm.forward_in_place(&mut h1);
        let mut hidden = run(LinearSite::FfnUp, &h1)?;
        hidden.data.iter_mut().for_each(|v| *v = gelu(*v));
        let mut out = run(LinearSite::FfnDown, &hidden)?;
        if out.cols != d {
            return Err(Error::Shape(format!(
                "FFN output width {} is not {d}",
                out.cols
            )));
        }
        for (a, b) in out.data.iter_mut().zip(&h1.data) {
            *a += b;
        }
        self.output_norm.forward_in_place(&mut out);
        Ok(LayerTrace {
            input: x.clone(),
            context,
            ffn_input: h1,
            ffn_hidden: hidden,
            output: out,
        })
    }

    /// The linear layer at `site`.
    pub fn linear(&self, site: LinearSite) -> &Linear {
        match site {
            LinearSite::Query => &self.query,
            LinearSite::Key => &self.key,
            LinearSite::Value => &self.value,
            LinearSite::AttentionOutput => &self.attention_output,
            LinearSite::FfnUp => &self.intermediate,
            LinearSite::FfnDown => &self.output,
        }
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

/// The embedding stage: word + position + token type 0, then LayerNorm.
#[derive(Clone, Debug)]
pub struct Embeddings {
    pub word: Matrix,
    pub position: Matrix,
    pub token_type: Matrix,
    pub norm: LayerNorm,
}

impl Embeddings {
    pub fn load(ck: &Checkpoint, cfg: &BertConfig) -> Result<Self> {
        let e = Self {
            word: ck.matrix("embeddings.word_embeddings.weight")?,
            position: ck.matrix("embeddings.position_embeddings.weight")?,
            token_type: ck.matrix("embeddings.token_type_embeddings.weight")?,
            norm: LayerNorm::load(ck, "embeddings.LayerNorm", cfg.layer_norm_eps)?,
        };
        let d = cfg.hidden_size;
        for (name, m) in [
            ("word_embeddings", &e.word),
            ("position_embeddings", &e.position),
            ("token_type_embeddings", &e.token_type),
        ] {
            if m.cols != d || m.rows == 0 {
                return Err(Error::Shape(format!(
                    "embeddings.{name}.weight is {} x {}, need rows of the hidden size {d}",
                    m.rows, m.cols
                )));
            }
        }
        e.norm.check(d, "embeddings.LayerNorm")?;
        Ok(e)
    }

    /// Embeds sequences of equal length, back to back.
    pub fn forward(&self, sequences: &[Vec<u32>]) -> Result<Matrix> {
        let len = sequences.first().map_or(0, |s| s.len());
        let d = self.word.cols;
        let mut x = Matrix::zeros(sequences.len() * len, d);
        for (s, seq) in sequences.iter().enumerate() {
            if seq.len() != len || len > self.position.rows {
                return Err(Error::Shape(format!(
                    "sequence {s} has {} tokens (need {len}, at most {})",
                    seq.len(),
                    self.position.rows
                )));
            }
            for (p, &id) in seq.iter().enumerate() {
                if id as usize >= self.word.rows {
                    return Err(Error::Range(format!(
                        "token id {id} is outside the vocabulary of {}",
                        self.word.rows
                    )));
                }
                let row = x.row_mut(s * len + p);
                for (i, o) in row.iter_mut().enumerate() {
                    *o = self.word.at(id as usize, i)
                        + self.position.at(p, i)
                        + self.token_type.at(0, i);
                }
            }
        }
        self.norm.forward_in_place(&mut x);
        Ok(x)
    }
}

/// A whole BERT encoder: embeddings and every layer, FP32.
#[derive(Clone, Debug)]
pub struct BertModel {
    pub config: BertConfig,
    pub embeddings: Embeddings,
    pub layers: Vec<EncoderLayer>,
}

impl BertModel {
    /// Loads `config.json` and `model.safetensors` from a Hugging Face BERT folder.
    pub fn load(dir: &Path) -> Result<Self> {
        let config = BertConfig::load(dir)?;
        let ck = Checkpoint::load(dir)?;
        Self::from_checkpoint(&ck, config)
    }

    /// Builds the model from loaded weights, checking every shape against `config`.
    pub fn from_checkpoint(ck: &Checkpoint, config: BertConfig) -> Result<Self> {
        let embeddings = Embeddings::load(ck, &config)?;
        let layers = (0..config.num_hidden_layers)
            .map(|l| EncoderLayer::load(ck, &config, l))
            .collect::<Result<Vec<_>>>()?;
        Ok(Self {
            config,
            embeddings,
            layers,
        })
    }

    /// Last hidden states (`batch * seq_len` rows, sequence after sequence) of token `ids`
    /// padded to one length, with `mask` 1 for tokens and 0 for padding.
    pub fn forward(&self, ids: &[Vec<u32>], mask: &[Vec<u8>]) -> Result<Matrix> {
        self.forward_with(ids, mask, &mut |_, _, l, x| l.forward(x))
    }

    /// [`Self::forward`] with every linear layer computed by `linear(layer_index, site,
    /// layer, input)` (see [`EncoderLayer::forward_with`]).
    pub fn forward_with(
        &self,
        ids: &[Vec<u32>],
        mask: &[Vec<u8>],
        linear: &mut ModelLinearFn<'_>,
    ) -> Result<Matrix> {
        if ids.len() != mask.len() {
            return Err(Error::Shape(format!(
                "{} sequences but {} masks",
                ids.len(),
                mask.len()
            )));
        }
        if let Some(s) = (0..ids.len()).find(|&s| ids[s].len() != mask[s].len()) {
            return Err(Error::Shape(format!(
                "sequence {s} has {} tokens but its mask {}",
                ids[s].len(),
                mask[s].len()
            )));
        }
        check_mask(mask)?;
        let mut x = self.embeddings.forward(ids)?;
        for (i, layer) in self.layers.iter().enumerate() {
            x = layer
                .forward_with(&x, mask, &mut |site, l, m| linear(i, site, l, m))?
                .output;
        }
        Ok(x)
    }

    /// Sentence embeddings, one unit-length row per sequence: the last hidden states
    /// mean-pooled over real tokens, then L2-normalised.
    pub fn sentence_embeddings(&self, ids: &[Vec<u32>], mask: &[Vec<u8>]) -> Result<Matrix> {
        self.sentence_embeddings_with(ids, mask, &mut |_, _, l, x| l.forward(x))
    }

    /// [`Self::sentence_embeddings`] with substituted linear layers, as in
    /// [`Self::forward_with`].
    pub fn sentence_embeddings_with(
        &self,
        ids: &[Vec<u32>],
        mask: &[Vec<u8>],
        linear: &mut ModelLinearFn<'_>,
    ) -> Result<Matrix> {
        let hidden = self.forward_with(ids, mask, linear)?;
        let mut e = mean_pool(&hidden, mask)?;
        l2_normalize_rows(&mut e);
        Ok(e)
    }
}

/// Mean of each sequence's hidden states over its real tokens (`hidden` holds `mask.len()`
/// sequences back to back). A sequence without real tokens pools to zeros.
pub fn mean_pool(hidden: &Matrix, mask: &[Vec<u8>]) -> Result<Matrix> {
    let seq_len = check_mask(mask)?;
    if hidden.rows != mask.len() * seq_len {
        return Err(Error::Shape(format!(
            "{} hidden rows are not {} sequences of {seq_len}",
            hidden.rows,
            mask.len()
        )));
    }
    let mut out = Matrix::zeros(mask.len(), hidden.cols);
    let mut sum = vec![0f64; hidden.cols];
    for (s, m) in mask.iter().enumerate() {
        sum.fill(0.0);
        let mut count = 0usize;
        for (t, _) in m.iter().enumerate().filter(|(_, &b)| b != 0) {
            count += 1;
            for (a, &v) in sum.iter_mut().zip(hidden.row(s * seq_len + t)) {
                *a += v as f64;
            }
        }
        // sentence-transformers divides by the token count clamped to at least 1e-9
        let n = (count as f64).max(1e-9);
        for (o, a) in out.row_mut(s).iter_mut().zip(&sum) {
            *o = (a / n) as f32;
        }
    }
    Ok(out)
}

/// Scales every row to unit L2 norm (a row of norm below 1e-12 is divided by 1e-12, as
/// `torch.nn.functional.normalize` does).
pub fn l2_normalize_rows(m: &mut Matrix) {
    for r in 0..m.rows {
        let row = m.row_mut(r);
        let norm = row
            .iter()
            .map(|&v| (v as f64) * (v as f64))
            .sum::<f64>()
            .sqrt()
            .max(1e-12);
        for v in row.iter_mut() {
            *v = (*v as f64 / norm) as f32;
        }
    }
}

/// Seeded random token sequences `[CLS] w1 .. wn [SEP]` over the whole-word part of a
/// BERT uncased vocabulary (ids 1996..vocab): real embedding rows, not real sentences.
pub fn random_sequences(vocab: usize, count: usize, len: usize, seed: u64) -> Vec<Vec<u32>> {
    const CLS: u32 = 101;
    const SEP: u32 = 102;
    const FIRST_WORD: u64 = 1996;
    let mut rng = SplitMix64::new(seed);
    let span = (vocab as u64).saturating_sub(FIRST_WORD).max(1);
    (0..count)
        .map(|_| {
            let mut s = vec![CLS];
            s.extend((0..len.saturating_sub(2)).map(|_| (FIRST_WORD + rng.below(span)) as u32));
            s.push(SEP);
            s
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gelu_reference_values() {
        // torch.nn.functional.gelu (exact) reference values
        assert!((gelu(1.0) - 0.841_344_7).abs() < 1e-6);
        assert!((gelu(-0.5) - -0.154_268_58).abs() < 1e-6);
        assert_eq!(gelu(0.0), 0.0);
    }

    /// A random 2-layer model: d = 8, 2 heads, d_ff = 16, 20 words, 12 positions.
    fn tiny_model() -> BertModel {
        let (d, f) = (8, 16);
        let cfg = BertConfig {
            hidden_size: d,
            num_attention_heads: 2,
            intermediate_size: f,
            num_hidden_layers: 2,
            vocab_size: 20,
            max_position_embeddings: 12,
            layer_norm_eps: 1e-12,
        };
        let mut seed = 0;
        let mut m = |r, c| {
            seed += 1;
            Matrix::gaussian(r, c, 0.5, seed)
        };
        let norm = |m: Matrix| LayerNorm {
            gamma: m.data.iter().map(|v| 1.0 + v).collect(),
            beta: m.data,
            eps: 1e-12,
        };
        let lin = |w: Matrix, b: Matrix| Linear {
            weight: w,
            bias: b.data,
        };
        let embeddings = Embeddings {
            word: m(20, d),
            position: m(12, d),
            token_type: m(2, d),
            norm: norm(m(1, d)),
        };
        let layers = (0..2)
            .map(|_| EncoderLayer {
                query: lin(m(d, d), m(1, d)),
                key: lin(m(d, d), m(1, d)),
                value: lin(m(d, d), m(1, d)),
                attention_output: lin(m(d, d), m(1, d)),
                attention_norm: norm(m(1, d)),
                intermediate: lin(m(f, d), m(1, f)),
                output: lin(m(d, f), m(1, d)),
                output_norm: norm(m(1, d)),
                heads: 2,
            })
            .collect();
        BertModel {
            config: cfg,
            embeddings,
            layers,
        }
    }

    #[test]
    fn padding_does_not_change_real_tokens_or_embeddings() {
        let model = tiny_model();
        let short = vec![2u32, 7, 9, 3];
        let long = vec![2u32, 5, 6, 11, 12, 13, 3];
        let alone = model
            .forward(std::slice::from_ref(&short), &[vec![1; 4]])
            .unwrap();
        let mut padded = short.clone();
        padded.resize(7, 0);
        let mask = vec![vec![1, 1, 1, 1, 0, 0, 0], vec![1; 7]];
        let batch = model
            .forward(&[padded.clone(), long.clone()], &mask)
            .unwrap();
        for t in 0..4 {
            for (a, b) in alone.row(t).iter().zip(batch.row(t)) {
                assert!((a - b).abs() < 1e-6, "token {t}: {a} vs {b}");
            }
        }
        let e1 = model.sentence_embeddings(&[short], &[vec![1; 4]]).unwrap();
        let e2 = model
            .sentence_embeddings(&[padded, long.clone()], &mask)
            .unwrap();
        let e3 = model.sentence_embeddings(&[long], &[vec![1; 7]]).unwrap();
        for (a, b) in e1.row(0).iter().zip(e2.row(0)) {
            assert!((a - b).abs() < 1e-6);
        }
        assert_eq!(e2.row(1), e3.row(0), "an unpadded sequence is unchanged");
        let n: f32 = e2.row(0).iter().map(|v| v * v).sum();
        assert!((n - 1.0).abs() < 1e-5);
    }

    #[test]
    fn unpadded_forward_equals_the_masked_one_and_sees_every_linear_layer() {
        let model = tiny_model();
        let layer = &model.layers[0];
        let x = Matrix::gaussian(6, 8, 1.0, 99);
        let plain = layer.forward(&x, 3).unwrap();
        let mut seen = Vec::new();
        let hooked = layer
            .forward_with(&x, &[vec![1; 3], vec![1; 3]], &mut |site, l, m| {
                seen.push(site);
                l.forward(m)
            })
            .unwrap();
        assert_eq!(plain.output, hooked.output);
        assert_eq!(seen, LinearSite::ALL);
        // a substitute really replaces the layer, and a wrong shape is an error
        let zero_v = layer
            .forward_masked(&x, &[vec![1; 3], vec![1; 3]])
            .map(|t| t.context)
            .unwrap();
        assert!(zero_v.data.iter().any(|&v| v != 0.0));
        let ctx = layer
            .forward_with(&x, &[vec![1; 6]], &mut |site, l, m| {
                let y = l.forward(m)?;
                Ok(if site == LinearSite::Value {
                    Matrix::zeros(y.rows, y.cols)
                } else {
                    y
                })
            })
            .unwrap()
            .context;
        assert!(ctx.data.iter().all(|&v| v == 0.0));
        let e = layer
            .forward_with(&x, &[vec![1; 6]], &mut |_, _, m| {
                Ok(Matrix::zeros(m.rows, 3))
            })
            .unwrap_err()
            .to_string();
        assert!(e.contains("attention.self.query: gave 6 x 3"), "{e}");
    }

    #[test]
    fn bad_batches_are_errors() {
        let model = tiny_model();
        let ids = vec![vec![2u32, 3]];
        assert!(model.forward(&ids, &[vec![1, 1, 1]]).is_err());
        assert!(model.forward(&ids, &[vec![1, 2]]).is_err());
        assert!(model.forward(&ids, &[]).is_err());
        assert!(model.forward(&[vec![]], &[vec![]]).is_err());
        assert!(model.forward(&[vec![2, 30]], &[vec![1, 1]]).is_err());
        assert!(model.forward(&[vec![2; 13]], &[vec![1; 13]]).is_err());
        // a fully masked sequence attends uniformly (as Hugging Face) and pools to zeros
        let e = model.sentence_embeddings(&ids, &[vec![0, 0]]).unwrap();
        assert!(e.data.iter().all(|&v| v == 0.0));
        let layer = &model.layers[0];
        assert!(layer.forward(&Matrix::zeros(5, 8), 2).is_err());
        assert!(layer
            .forward_masked(&Matrix::zeros(4, 7), &[vec![1; 4]])
            .is_err());
    }

    #[test]
    fn softmax_sums_to_one() {
        let mut v = [1.0f32, 2.0, 3.0, 1000.0];
        softmax_in_place(&mut v);
        assert!((v.iter().sum::<f32>() - 1.0).abs() < 1e-6);
        assert!(v[3] > 0.999);
    }
}
