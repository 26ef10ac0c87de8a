//! Compiling calibrated layers for one hardware mode: each linear site's weight codes (or
//! Pattern B's transported W'), bias and activation scales, as a [`CompiledModel`] runs them.

use super::{quantize_weights, Calibration, Mode, SiteCalibration, TokenAlpha};
use crate::bert::{BertModel, Linear, LinearSite, TransformerLayer};
use crate::compiled::{
    ActScales, CompiledEmbeddings, CompiledLayer, CompiledModel, CompiledSite, ModelDescription,
    Provenance,
};
use qins_core::codec::{Granularity, QuantizedTensor};
use qins_core::error::{Error, Result};

impl SiteCalibration {
    /// The site compiled for `mode` (not `fp32`): its weight codes, bias and scales.
    fn compile(&self, lin: &Linear, mode: Mode, site: LinearSite) -> Result<CompiledSite> {
        let mut acts = ActScales {
            absmax: self.absmax,
            alpha: self.qins_alpha,
            output_alpha: None,
        };
        if mode == Mode::QinsB {
            let t = self.transport.as_ref().ok_or_else(|| {
                Error::Invalid(format!(
                    "{}: qins-b needs a calibration made with qins-b among its modes",
                    site.hf_name()
                ))
            })?;
            let (wt, bt) = t.transported()?;
            acts.alpha = t.input_alpha();
            acts.output_alpha = Some(t.output_alpha());
            return Ok(CompiledSite {
                weight: QuantizedTensor::int8(&wt, Granularity::Channel),
                bias: bt,
                acts,
            });
        }
        let (codec, gran) = mode.weights();
        Ok(CompiledSite {
            weight: quantize_weights(&lin.weight, codec, gran),
            bias: lin.bias.clone(),
            acts,
        })
    }
}

/// Compiles `layers` (calibrated by `cals`, one each) for the hardware `mode`.
pub fn compile_layers(
    layers: &[TransformerLayer],
    cals: &[Calibration],
    mode: Mode,
) -> Result<Vec<CompiledLayer>> {
    if mode == Mode::Fp32 {
        return Err(Error::Invalid(
            "fp32 is the host reference: there is nothing to compile for the accelerator".into(),
        ));
    }
    if !mode.compiles() {
        return Err(Error::Invalid(format!(
            "{} does not compile into a weight image yet: it runs from the FP32 model and its \
             calibration (--model DIR --mode {})",
            mode.name(),
            mode.name()
        )));
    }
    if cals.len() != layers.len() {
        return Err(Error::Invalid(format!(
            "{} calibrations for {} layers",
            cals.len(),
            layers.len()
        )));
    }
    layers
        .iter()
        .zip(cals)
        .map(|(l, cal)| {
            let mut sites: [Option<CompiledSite>; 7] = Default::default();
            for &site in l.sites() {
                sites[site.index()] = Some(cal.site(site)?.compile(l.linear(site)?, mode, site)?);
            }
            Ok(CompiledLayer {
                attention_norm: l.attention_norm.clone(),
                output_norm: l.output_norm.clone(),
                sites,
            })
        })
        .collect()
}

/// A lone layer (no embeddings, no tokenizer) compiled for `mode`.
pub fn compile_layer(
    layer: &TransformerLayer,
    cal: &Calibration,
    mode: Mode,
    token_alpha: TokenAlpha,
    provenance: Provenance,
) -> Result<CompiledModel> {
    let layers = std::slice::from_ref(layer);
    Ok(CompiledModel {
        description: ModelDescription::of_layers(layers)?,
        mode,
        token_alpha,
        tokenizer: None,
        embeddings: None,
        layers: compile_layers(layers, std::slice::from_ref(cal), mode)?,
        provenance,
    })
}

/// A whole model compiled for `mode` (`cals` from [`calibrate_model`]), with its tokenizer
/// text.
pub fn compile_model(
    model: &BertModel,
    cals: &[Calibration],
    mode: Mode,
    token_alpha: TokenAlpha,
    tokenizer: Option<String>,
    provenance: Provenance,
) -> Result<CompiledModel> {
    let mut description = ModelDescription::of_layers(&model.layers)?;
    description.vocab_size = model.config.vocab_size;
    description.max_positions = model.config.max_position_embeddings;
    Ok(CompiledModel {
        description,
        mode,
        token_alpha,
        tokenizer,
        embeddings: Some(CompiledEmbeddings::compile(&model.embeddings)),
        layers: compile_layers(&model.layers, cals, mode)?,
        provenance,
    })
}
