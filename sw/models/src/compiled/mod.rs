//! A compiled model: everything the accelerator and the host need to run a model in one
//! mode, and nothing else. `qins encode` writes it as a weight image (format version 2,
//! [`image`]); every runner executes one, whether it was read from an image or compiled in
//! memory from a checkpoint (`--model DIR --mode MODE`), through the same code path.
//!
//! - the model description ([`ModelDescription`]);
//! - the tokenizer (`tokenizer.json` text), when the model has one;
//! - per layer and linear site: the weight codes the array gets (the mode's weight codec, or
//!   Pattern B's transported weights W' as INT8 codes per output channel), the bias (or
//!   Pattern B's b'), and the activation scales from calibration ([`ActScales`]);
//! - the host tensors: embeddings as 8-bit QINS codes with one alpha per row (decoded on the
//!   host at lookup), norms and biases in f32;
//! - provenance ([`Provenance`]).

pub mod image;

use crate::bert::{
    BertConfig, BertModel, Embeddings, LayerStyle, Linear, LinearSite, Norm, NormKind,
    TransformerLayer,
};
use crate::layer::{Mode, TokenAlpha};
use qins_core::codec::{AlphaRule, Granularity, QuantizedTensor};
use qins_core::error::{Error, Result};
use qins_core::tensor::Matrix;
use serde::{Deserialize, Serialize};

/// The normalisation a model uses (serde names as in the image).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NormName {
    LayerNorm,
    RmsNorm,
}

/// The FFN's activation function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActivationFn {
    /// Exact erf GELU (BERT).
    Gelu,
    /// `silu(gate(x)) * up(x)` (decoder style).
    GatedSilu,
}

/// What the forward pass needs to know of a model besides its tensors.
///
/// Invariants ([`ModelDescription::check`]): `hidden_size` a multiple of `heads`, every size
/// at least 1, `norm` and `activation` those of `style`; `vocab_size` and `max_positions`
/// are 0 exactly when the model has no embeddings (a lone layer).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelDescription {
    pub style: LayerStyle,
    pub hidden_size: usize,
    pub heads: usize,
    pub intermediate_size: usize,
    pub layers: usize,
    pub norm: NormName,
    pub norm_eps: f64,
    pub activation: ActivationFn,
    pub vocab_size: usize,
    pub max_positions: usize,
}

impl ModelDescription {
    /// The description of a stack of `layers` (all of one style and shape) without embeddings.
    pub fn of_layers(layers: &[TransformerLayer]) -> Result<Self> {
        let first = layers
            .first()
            .ok_or_else(|| Error::Invalid("a compiled model needs at least one layer".into()))?;
        Ok(Self {
            style: first.style,
            hidden_size: first.query.weight.cols,
            heads: first.heads,
            intermediate_size: first.intermediate.weight.rows,
            layers: layers.len(),
            norm: match first.attention_norm.kind {
                NormKind::LayerNorm => NormName::LayerNorm,
                NormKind::RmsNorm => NormName::RmsNorm,
            },
            norm_eps: first.attention_norm.eps,
            activation: match first.style {
                LayerStyle::Encoder => ActivationFn::Gelu,
                LayerStyle::Decoder => ActivationFn::GatedSilu,
            },
            vocab_size: 0,
            max_positions: 0,
        })
    }

    /// Checks the invariants; the message says which field is wrong.
    pub fn check(&self) -> std::result::Result<(), String> {
        let (d, h) = (self.hidden_size, self.heads);
        if d == 0 || h == 0 || self.intermediate_size == 0 || self.layers == 0 {
            return Err("hidden_size, heads, intermediate_size and layers must be >= 1".into());
        }
        if !d.is_multiple_of(h) {
            return Err(format!("hidden_size {d} is not a multiple of heads {h}"));
        }
        let (norm, act) = match self.style {
            LayerStyle::Encoder => (NormName::LayerNorm, ActivationFn::Gelu),
            LayerStyle::Decoder => (NormName::RmsNorm, ActivationFn::GatedSilu),
        };
        if self.norm != norm || self.activation != act {
            return Err(format!(
                "a {:?} model uses {norm:?} and {act:?}, not {:?} and {:?}",
                self.style, self.norm, self.activation
            ));
        }
        if !(self.norm_eps.is_finite() && self.norm_eps > 0.0) {
            return Err(format!(
                "norm_eps {} is not finite and positive",
                self.norm_eps
            ));
        }
        if (self.vocab_size == 0) != (self.max_positions == 0) {
            return Err(
                "vocab_size and max_positions are both 0 (no embeddings) or both >= 1".into(),
            );
        }
        Ok(())
    }

    /// The linear sites of every layer.
    pub fn sites(&self) -> &'static [LinearSite] {
        match self.style {
            LayerStyle::Encoder => &LinearSite::ENCODER,
            LayerStyle::Decoder => &LinearSite::ALL,
        }
    }

    /// `(out, in)` of a site's weight.
    pub fn site_shape(&self, site: LinearSite) -> (usize, usize) {
        let (d, f) = (self.hidden_size, self.intermediate_size);
        match site {
            LinearSite::FfnUp | LinearSite::FfnGate => (f, d),
            LinearSite::FfnDown => (d, f),
            _ => (d, d),
        }
    }
}

/// A linear site's activation scales, from calibration inputs (never the evaluated ones).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActScales {
    /// absmax of the inputs: the static scale of 16-bit (`absmax / 16383`) and static INT8
    /// (`absmax / 127`) activations.
    pub absmax: f32,
    /// The QINS alpha of least squared error over the inputs: static QINS activations, and
    /// Pattern B's input encoding `E(x)`.
    pub alpha: f32,
    /// Pattern B only: the alpha of the outputs' z coordinate, with which the host decodes
    /// the layer output.
    pub output_alpha: Option<f32>,
}

/// One linear site as the accelerator runs it. Invariants: `weight` is `out x in` of the
/// description; `bias.len() == out`.
#[derive(Clone, Debug, PartialEq)]
pub struct CompiledSite {
    /// The codes the array gets: W in the mode's weight codec, or Pattern B's W'
    /// (`J_E(y0) W J_D(z0)`) as INT8 codes per output channel.
    pub weight: QuantizedTensor,
    /// `b`, or Pattern B's `b' = E(y0) - W' z0` (rounded to f32).
    pub bias: Vec<f32>,
    pub acts: ActScales,
}

/// One layer: its norms and its linear sites (indexed by [`LinearSite::index`]).
#[derive(Clone, Debug, PartialEq)]
pub struct CompiledLayer {
    pub attention_norm: Norm,
    pub output_norm: Norm,
    pub sites: [Option<CompiledSite>; 7],
}

impl CompiledLayer {
    /// The site's compiled form (an error for a site the layer lacks).
    pub fn site(&self, site: LinearSite) -> Result<&CompiledSite> {
        self.sites[site.index()]
            .as_ref()
            .ok_or_else(|| Error::Invalid(format!("the compiled layer lacks {}", site.hf_name())))
    }
}

/// The embedding stage: word, position and token-type tables as 8-bit QINS codes with one
/// alpha per row (decoded on the host when a token is looked up), and the LayerNorm (f32).
#[derive(Clone, Debug, PartialEq)]
pub struct CompiledEmbeddings {
    pub word: QuantizedTensor,
    pub position: QuantizedTensor,
    pub token_type: QuantizedTensor,
    pub norm: Norm,
}

impl CompiledEmbeddings {
    /// Quantizes FP32 embeddings (QINS, MSE alpha per row).
    pub fn compile(e: &Embeddings) -> Self {
        let q = |m: &Matrix| QuantizedTensor::qins(m, Granularity::Channel, AlphaRule::MseSearch);
        Self {
            word: q(&e.word),
            position: q(&e.position),
            token_type: q(&e.token_type),
            norm: e.norm.clone(),
        }
    }

    /// The decoded tables the forward pass looks tokens up in.
    pub fn runtime(&self) -> Embeddings {
        Embeddings {
            word: self.word.dequantize(),
            position: self.position.dequantize(),
            token_type: self.token_type.dequantize(),
            norm: self.norm.clone(),
        }
    }
}

/// Where a compiled model came from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    /// What was compiled (a checkpoint file, or the synthetic layer's seed).
    pub source: String,
    /// sha256 (hex) of the source checkpoint's bytes (`model.safetensors`); empty for a
    /// synthetic layer.
    pub source_sha256: String,
    /// sha256 (hex) of the calibration text (UTF-8 bytes as read); empty when calibration
    /// was not text.
    pub calibration_sha256: String,
    /// What the calibration was (e.g. "200 sentences of data/sentences/calibration.txt").
    pub calibration: String,
    /// The `qins` version that compiled it.
    pub qins_version: String,
}

/// A model compiled for one hardware mode (see the module doc).
#[derive(Clone, Debug, PartialEq)]
pub struct CompiledModel {
    pub description: ModelDescription,
    pub mode: Mode,
    /// How `qins-token` picks each token's alpha at run time (kept for every mode; only
    /// `qins-token` uses it).
    pub token_alpha: TokenAlpha,
    /// The text of `tokenizer.json`.
    pub tokenizer: Option<String>,
    pub embeddings: Option<CompiledEmbeddings>,
    pub layers: Vec<CompiledLayer>,
    pub provenance: Provenance,
}

impl CompiledModel {
    /// The layer the forward pass runs: norms from the compiled model, each linear site's
    /// weight decoded from its codes (the forward pass only reads its shape: the matmuls go
    /// to the accelerator through [`crate::layer::AccelMath`], which takes the codes), and
    /// the compiled bias.
    pub fn runtime_layer(&self, index: usize) -> Result<TransformerLayer> {
        let l = self
            .layers
            .get(index)
            .ok_or_else(|| Error::Invalid(format!("the model has no layer {index}")))?;
        let linear = |s: LinearSite| -> Result<Linear> {
            let c = l.site(s)?;
            Ok(Linear {
                weight: c.weight.dequantize(),
                bias: c.bias.clone(),
            })
        };
        let d = &self.description;
        Ok(TransformerLayer {
            style: d.style,
            query: linear(LinearSite::Query)?,
            key: linear(LinearSite::Key)?,
            value: linear(LinearSite::Value)?,
            attention_output: linear(LinearSite::AttentionOutput)?,
            attention_norm: l.attention_norm.clone(),
            gate: match d.style {
                LayerStyle::Encoder => None,
                LayerStyle::Decoder => Some(linear(LinearSite::FfnGate)?),
            },
            intermediate: linear(LinearSite::FfnUp)?,
            output: linear(LinearSite::FfnDown)?,
            output_norm: l.output_norm.clone(),
            heads: d.heads,
        })
    }

    /// The whole model as the forward pass runs it (embeddings decoded); an error when the
    /// model has no embeddings (a lone layer).
    pub fn runtime_model(&self) -> Result<BertModel> {
        let d = &self.description;
        let e = self.embeddings.as_ref().ok_or_else(|| {
            Error::Invalid(
                "the compiled model has no embeddings (a lone layer): it cannot embed sentences"
                    .into(),
            )
        })?;
        Ok(BertModel {
            config: BertConfig {
                hidden_size: d.hidden_size,
                num_attention_heads: d.heads,
                intermediate_size: d.intermediate_size,
                num_hidden_layers: d.layers,
                vocab_size: d.vocab_size,
                max_position_embeddings: d.max_positions,
                layer_norm_eps: d.norm_eps,
            },
            embeddings: e.runtime(),
            layers: (0..self.layers.len())
                .map(|i| self.runtime_layer(i))
                .collect::<Result<_>>()?,
        })
    }
}

#[cfg(test)]
mod tests;
