//! A float (FP32) reference of a BERT encoder layer, the architecture of all-MiniLM-L6-v2:
//! post-LayerNorm, exact erf GELU, learned absolute positions. It records the input of every
//! linear layer so codecs and transport can be measured on real activations.

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
    pub fn load(ck: &Checkpoint, cfg: &BertConfig, layer: usize) -> Result<Self> {
        if layer >= cfg.num_hidden_layers {
            return Err(Error::Invalid(format!(
                "layer {layer} does not exist (the model has {})",
                cfg.num_hidden_layers
            )));
        }
        let p = format!("encoder.layer.{layer}.");
        let eps = cfg.layer_norm_eps;
        Ok(Self {
            query: Linear::load(ck, &format!("{p}attention.self.query"))?,
            key: Linear::load(ck, &format!("{p}attention.self.key"))?,
            value: Linear::load(ck, &format!("{p}attention.self.value"))?,
            attention_output: Linear::load(ck, &format!("{p}attention.output.dense"))?,
            attention_norm: LayerNorm::load(ck, &format!("{p}attention.output.LayerNorm"), eps)?,
            intermediate: Linear::load(ck, &format!("{p}intermediate.dense"))?,
            output: Linear::load(ck, &format!("{p}output.dense"))?,
            output_norm: LayerNorm::load(ck, &format!("{p}output.LayerNorm"), eps)?,
            heads: cfg.num_attention_heads,
        })
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
        let q = self.query.forward(x)?;
        let k = self.key.forward(x)?;
        let v = self.value.forward(x)?;
        let d = x.cols;
        let hd = d / self.heads;
        let scale = 1.0 / (hd as f32).sqrt();
        let mut context = Matrix::zeros(x.rows, d);
        let mut scores = vec![0f32; seq_len];
        for s in 0..x.rows / seq_len {
            let base = s * seq_len;
            for h in 0..self.heads {
                let cols = h * hd..(h + 1) * hd;
                for i in 0..seq_len {
                    let qi = &q.row(base + i)[cols.clone()];
                    for (j, sc) in scores.iter_mut().enumerate() {
                        *sc = crate::tensor::dot(qi, &k.row(base + j)[cols.clone()]) * scale;
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
        let mut h1 = self.attention_output.forward(&context)?;
        for (a, b) in h1.data.iter_mut().zip(&x.data) {
            *a += b;
        }
        self.attention_norm.forward_in_place(&mut h1);
        let mut hidden = self.intermediate.forward(&h1)?;
        hidden.data.iter_mut().for_each(|v| *v = gelu(*v));
        let mut out = self.output.forward(&hidden)?;
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
        Ok(Self {
            word: ck.matrix("embeddings.word_embeddings.weight")?,
            position: ck.matrix("embeddings.position_embeddings.weight")?,
            token_type: ck.matrix("embeddings.token_type_embeddings.weight")?,
            norm: LayerNorm::load(ck, "embeddings.LayerNorm", cfg.layer_norm_eps)?,
        })
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

    #[test]
    fn softmax_sums_to_one() {
        let mut v = [1.0f32, 2.0, 3.0, 1000.0];
        softmax_in_place(&mut v);
        assert!((v.iter().sum::<f32>() - 1.0).abs() < 1e-6);
        assert!(v[3] > 0.999);
    }
}
