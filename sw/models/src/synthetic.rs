//! A seeded synthetic BERT-style layer with realistic weights: heavy-tailed (Student-t,
//! 5 degrees of freedom) entries, per-row spread, an outlier input channel in the output
//! projection and FFN1, and one huge weight in FFN2, as real checkpoints have (MiniLM's
//! FFN2 has max/std = 175). Also synthetic layer inputs with an outlier channel.
//! Names follow the Hugging Face BERT layout, so every tool that reads a checkpoint reads it.

use crate::bert::{LayerStyle, Linear, Norm, NormKind, TransformerLayer};
use crate::checkpoint::NamedTensor;
use qins_core::error::{Error, Result};
use qins_core::rng::SplitMix64;
use qins_core::tensor::Matrix;

/// Shape of the synthetic layer.
#[derive(Clone, Copy, Debug)]
pub struct SyntheticConfig {
    pub d_model: usize,
    pub d_ff: usize,
    pub seed: u64,
}

impl Default for SyntheticConfig {
    fn default() -> Self {
        Self {
            d_model: 384,
            d_ff: 1536,
            seed: 2026,
        }
    }
}

fn heavy_matrix(rng: &mut SplitMix64, rows: usize, cols: usize, std: f64) -> Vec<f32> {
    let mut out = Vec::with_capacity(rows * cols);
    for _ in 0..rows {
        let row_scale = std * (0.6 + 0.8 * rng.next_f64());
        for _ in 0..cols {
            // Student-t(5) has variance 5/3; normalise to unit variance
            out.push((rng.student_t(5) / (5.0f64 / 3.0).sqrt() * row_scale) as f32);
        }
    }
    out
}

/// The prefix of layer 0's tensors.
pub const PREFIX: &str = "encoder.layer.0.";

/// The synthetic layer's weights and biases, named like a Hugging Face BERT layer 0.
pub fn layer(cfg: &SyntheticConfig) -> Vec<NamedTensor> {
    let mut rng = SplitMix64::new(cfg.seed);
    let (d, f) = (cfg.d_model, cfg.d_ff);
    let mut out = Vec::new();
    let mut push = |name: &str, shape: Vec<usize>, data: Vec<f32>| {
        out.push(NamedTensor {
            name: format!("{PREFIX}{name}"),
            shape,
            data,
        });
    };
    for proj in ["query", "key", "value"] {
        let w = heavy_matrix(&mut rng, d, d, 0.045);
        push(&format!("attention.self.{proj}.weight"), vec![d, d], w);
        let b: Vec<f32> = (0..d).map(|_| (rng.normal() * 0.02) as f32).collect();
        push(&format!("attention.self.{proj}.bias"), vec![d], b);
    }
    let outlier_in = (cfg.seed as usize * 31 + 99) % d;
    let mut o = heavy_matrix(&mut rng, d, d, 0.04);
    for r in 0..d {
        o[r * d + outlier_in] *= 10.0;
    }
    push("attention.output.dense.weight", vec![d, d], o);
    push(
        "attention.output.dense.bias",
        vec![d],
        (0..d).map(|_| (rng.normal() * 0.02) as f32).collect(),
    );
    let mut f1 = heavy_matrix(&mut rng, f, d, 0.04);
    for r in 0..f {
        f1[r * d + outlier_in] *= 8.0;
    }
    push("intermediate.dense.weight", vec![f, d], f1);
    push(
        "intermediate.dense.bias",
        vec![f],
        (0..f)
            .map(|_| (rng.normal() * 0.03 - 0.05) as f32)
            .collect(),
    );
    let mut f2 = heavy_matrix(&mut rng, d, f, 0.045);
    let hot = (cfg.seed as usize * 17 + 856) % f;
    f2[(outlier_in % d) * f + hot] = 7.9; // one huge weight, ~175 std
    push("output.dense.weight", vec![d, f], f2);
    push(
        "output.dense.bias",
        vec![d],
        (0..d).map(|_| (rng.normal() * 0.02) as f32).collect(),
    );
    out
}

/// The synthetic layer as an [`TransformerLayer`] with `heads` attention heads (LayerNorms are
/// the identity: gamma 1, beta 0).
pub fn encoder_layer(cfg: &SyntheticConfig, heads: usize) -> Result<TransformerLayer> {
    if heads == 0 || !cfg.d_model.is_multiple_of(heads) {
        return Err(Error::Shape(format!(
            "{heads} heads do not divide d = {}",
            cfg.d_model
        )));
    }
    let t = layer(cfg);
    let get = |name: &str| -> Result<Linear> {
        let find = |suffix: &str| {
            t.iter()
                .find(|x| x.name == format!("{PREFIX}{name}.{suffix}"))
                .ok_or_else(|| Error::Invalid(format!("synthetic layer lacks {name}.{suffix}")))
        };
        let w = find("weight")?
            .as_matrix()
            .ok_or_else(|| Error::Shape(format!("{name}: not 2-D")))?;
        Ok(Linear {
            weight: w,
            bias: find("bias")?.data.clone(),
        })
    };
    let norm = || Norm::identity(NormKind::LayerNorm, cfg.d_model, 1e-12);
    Ok(TransformerLayer {
        style: LayerStyle::Encoder,
        query: get("attention.self.query")?,
        key: get("attention.self.key")?,
        value: get("attention.self.value")?,
        attention_output: get("attention.output.dense")?,
        attention_norm: norm(),
        gate: None,
        intermediate: get("intermediate.dense")?,
        output: get("output.dense")?,
        output_norm: norm(),
        heads,
    })
}

/// A decoder-style synthetic layer (causal attention, RMSNorm, gated SiLU FFN): the
/// encoder layer's weights with zero biases, and a gate projection drawn like FFN1 (with
/// the same outlier input channel) from the seed after the layer's.
pub fn decoder_layer(cfg: &SyntheticConfig, heads: usize) -> Result<TransformerLayer> {
    let mut l = encoder_layer(cfg, heads)?;
    let (d, f) = (cfg.d_model, cfg.d_ff);
    let mut rng = SplitMix64::new(cfg.seed.wrapping_add(1));
    let outlier_in = (cfg.seed as usize * 31 + 99) % d;
    let mut g = heavy_matrix(&mut rng, f, d, 0.04);
    for r in 0..f {
        g[r * d + outlier_in] *= 8.0;
    }
    l.gate = Some(Linear {
        weight: Matrix::new(f, d, g)?,
        bias: vec![0.0; f],
    });
    for lin in [
        &mut l.query,
        &mut l.key,
        &mut l.value,
        &mut l.attention_output,
        &mut l.intermediate,
        &mut l.output,
    ] {
        lin.bias.fill(0.0);
    }
    l.style = LayerStyle::Decoder;
    l.attention_norm = Norm::identity(NormKind::RmsNorm, d, 1e-6);
    l.output_norm = Norm::identity(NormKind::RmsNorm, d, 1e-6);
    Ok(l)
}

/// Synthetic layer inputs (`tokens x d_model`): LayerNorm-like unit-variance rows with one
/// outlier channel (as in MiniLM, where dimension 99 reaches 28.5).
pub fn activations(cfg: &SyntheticConfig, tokens: usize, seed: u64) -> Matrix {
    let mut rng = SplitMix64::new(seed);
    let d = cfg.d_model;
    let outlier = (cfg.seed as usize * 31 + 99) % d;
    let mut data = Vec::with_capacity(tokens * d);
    for _ in 0..tokens {
        for j in 0..d {
            let v = rng.student_t(6) * 0.8;
            data.push(if j == outlier {
                (v * 2.0 + 12.0) as f32
            } else {
                v as f32
            });
        }
    }
    Matrix::new(tokens, d, data).expect("shape")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_shaped() {
        let cfg = SyntheticConfig {
            d_model: 32,
            d_ff: 64,
            seed: 1,
        };
        let a = layer(&cfg);
        assert_eq!(a, layer(&cfg));
        assert_eq!(a.len(), 12);
        assert_eq!(
            a.iter()
                .find(|t| t.name.ends_with("output.dense.weight") && !t.name.contains("attention"))
                .unwrap()
                .shape,
            vec![32, 64]
        );
        assert_eq!(activations(&cfg, 4, 2).rows, 4);
    }
}
