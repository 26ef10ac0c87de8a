//! Where a runner's compiled model comes from: a weight image read from a file (`--image`),
//! or a checkpoint folder compiled in memory (`--model DIR --mode MODE`, exactly what
//! `qins encode` would write), and the FP32 reference the results are compared with.

use qins_core::error::{Error, Result};
use qins_models::bert::BertModel;
use qins_models::compiled::{CompiledModel, Provenance};
use qins_models::layer::{self, Mode, TokenAlpha};
use qins_models::tokenizer::Tokenizer;
use sha2::Digest;
use std::path::Path;

/// sha256 of a file's bytes, lowercase hex.
pub fn sha256_file(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    Ok(sha256_hex(&bytes))
}

/// sha256 of `bytes`, lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// What the calibration of a compilation was.
pub struct CalibrationText<'a> {
    /// The text's sentences (one a line).
    pub text: &'a str,
    /// Where it came from (a file, or the built-in text).
    pub origin: String,
}

/// Compiles the BERT folder `dir` (already loaded as `model`) for the hardware `mode`:
/// calibrates every layer on `calibration` (truncated to `max_len` tokens), quantizes every
/// site and the embeddings, and embeds `tokenizer.json`.
pub fn compile_dir(
    dir: &Path,
    model: &BertModel,
    mode: Mode,
    token_alpha: TokenAlpha,
    calibration: &CalibrationText<'_>,
    max_len: usize,
) -> Result<CompiledModel> {
    if !mode.on_hardware() {
        return Err(Error::Invalid(format!(
            "mode {} is the host reference: only hardware modes compile to an image",
            mode.name()
        )));
    }
    let tok_path = dir.join("tokenizer.json");
    let tok_text = std::fs::read_to_string(&tok_path).map_err(|e| Error::io(&tok_path, e))?;
    let tokenizer = Tokenizer::from_json(&tok_text, tok_path)?;
    let sentences = crate::real_model::sentences_of(calibration.text);
    let ids = crate::real_model::token_ids(&tokenizer, &sentences, max_len)?;
    let cals = layer::calibrate_model(model, &ids, &[mode])?;
    let weights = dir.join("model.safetensors");
    let provenance = Provenance {
        source: weights.display().to_string(),
        source_sha256: sha256_file(&weights)?,
        calibration_sha256: sha256_hex(calibration.text.as_bytes()),
        calibration: format!("{} sentences of {}", sentences.len(), calibration.origin),
        qins_version: env!("CARGO_PKG_VERSION").into(),
    };
    layer::compile_model(model, &cals, mode, token_alpha, Some(tok_text), provenance)
}

/// Reads a compiled model from a weight image; errors name the file.
pub fn read_image(path: &Path) -> Result<CompiledModel> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    CompiledModel::from_bytes(&bytes)
        .map_err(|e| Error::Invalid(format!("{}: {e}", path.display())))
}

/// Refuses an image of another mode than the command asks for.
pub fn check_mode(path: &Path, compiled: &CompiledModel, asked: Option<Mode>) -> Result<()> {
    match asked {
        Some(m) if m != compiled.mode => Err(Error::Invalid(format!(
            "{}: the image is compiled for mode {}, not {} (encode another image, or drop the mode)",
            path.display(),
            compiled.mode.name(),
            m.name()
        ))),
        _ => Ok(()),
    }
}

/// The image's tokenizer (an error naming the file when it has none).
pub fn image_tokenizer(path: &Path, compiled: &CompiledModel) -> Result<Tokenizer> {
    let text = compiled.tokenizer.as_deref().ok_or_else(|| {
        Error::Invalid(format!(
            "{}: the image has no tokenizer (tokenizer.json): it cannot tokenize sentences",
            path.display()
        ))
    })?;
    Tokenizer::from_json(text, path.join("tokenizer.json"))
}
