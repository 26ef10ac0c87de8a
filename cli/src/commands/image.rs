//! `qins encode`, `qins inspect` and `qins readmemh`: weight images (format v2, a compiled
//! model).

use crate::args::{named, print_json};
use crate::table::TextTable;
use qins_core::error::{Error, Result};
use qins_host::image::WeightImage;
use qins_models::bert::BertModel;
use qins_models::compiled::CompiledModel;
use qins_models::layer::{Mode, TokenAlpha};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct EncodeArgs {
    /// A Hugging Face BERT folder (config.json, model.safetensors, tokenizer.json)
    #[arg(long, value_name = "DIR")]
    model: PathBuf,
    /// The hardware mode to compile for
    #[arg(long, value_parser = named(&compiled_modes()))]
    mode: Mode,
    /// Sentences that calibrate the static activation scales and Pattern B [default: the
    /// built-in data/sentences/calibration.txt]
    #[arg(long, value_name = "FILE")]
    calibration: Option<PathBuf>,
    /// How qins-token picks each token's alpha at run time (recorded in the image)
    #[arg(long, value_parser = named(&TokenAlpha::ALL), default_value = "absmax")]
    token_alpha: TokenAlpha,
    /// Truncation length of the calibration sentences in tokens [default: 128, or the
    /// model's positions if fewer]
    #[arg(long)]
    max_len: Option<usize>,
    /// The weight image to write (.qimg)
    #[arg(long, value_name = "FILE.qimg")]
    out: PathBuf,
}

/// Every mode that compiles into a weight image (`Mode::compiles`).
fn compiled_modes() -> Vec<Mode> {
    Mode::ALL.into_iter().filter(|m| m.compiles()).collect()
}

#[derive(clap::Args)]
pub struct InspectArgs {
    file: PathBuf,
    #[arg(long)]
    json: bool,
}

#[derive(clap::Args)]
pub struct ReadmemhArgs {
    image: PathBuf,
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
}

pub fn encode(a: EncodeArgs) -> Result<()> {
    let model = BertModel::load(&a.model)?;
    let positions = model.config.max_position_embeddings;
    let max_len = a
        .max_len
        .unwrap_or(qins_models::tokenizer::DEFAULT_MAX_LEN)
        .min(positions);
    let text = match &a.calibration {
        Some(f) => std::fs::read_to_string(f).map_err(|e| Error::io(f, e))?,
        None => crate::real_model::CALIBRATION_TEXT.to_string(),
    };
    let cal = crate::compile::CalibrationText {
        text: &text,
        origin: crate::real_model::calibration_origin(a.calibration.as_deref()),
    };
    let compiled =
        crate::compile::compile_dir(&a.model, &model, a.mode, a.token_alpha, &cal, max_len)?;
    let image = compiled.to_image()?;
    image.write(&a.out)?;
    let size = std::fs::metadata(&a.out)
        .map_err(|e| Error::io(&a.out, e))?
        .len();
    let d = &compiled.description;
    println!(
        "wrote {} ({size} bytes): {} layers of a d = {} {:?} model in mode {}, {} code tensors, \
         {} arrays, tokenizer embedded; calibration: {}",
        a.out.display(),
        d.layers,
        d.hidden_size,
        d.style,
        a.mode.name(),
        image.tensors.len(),
        image.arrays.len(),
        compiled.provenance.calibration
    );
    Ok(())
}

pub fn inspect(a: InspectArgs) -> Result<()> {
    let InspectArgs { file, json } = a;
    let bytes = std::fs::read(&file).map_err(|e| Error::io(&file, e))?;
    let (image, summary) = WeightImage::from_bytes_with_summary(&bytes)
        .map_err(|e| Error::Invalid(format!("{}: {e}", file.display())))?;
    // the sections must make a model, too
    let compiled = CompiledModel::from_bytes(&bytes)
        .map_err(|e| Error::Invalid(format!("{}: {e}", file.display())))?;
    if json {
        let mut v = serde_json::to_value(&summary).map_err(|e| Error::Invalid(e.to_string()))?;
        v["model"] = image.model.clone();
        return print_json(&v);
    }
    let d = &compiled.description;
    let m = &image.model;
    let p = &compiled.provenance;
    println!(
        "{}: {} v{}, {} bytes ({} manifest, {} payload, {} padding), {} codes, {} f32 values",
        file.display(),
        summary.format,
        summary.version,
        summary.file_bytes,
        summary.manifest_bytes,
        summary.payload_bytes,
        summary.padding_bytes,
        summary.parameters,
        summary.array_values
    );
    println!(
        "model: {:?}, {} layers, d = {}, {} heads, d_ff = {}, {:?} (eps {:e}), {:?}, vocabulary {}, {} positions",
        d.style, d.layers, d.hidden_size, d.heads, d.intermediate_size, d.norm, d.norm_eps,
        d.activation, d.vocab_size, d.max_positions
    );
    println!("mode: {}", compiled.mode.name());
    println!("weights: {}", m["weights"]["note"].as_str().unwrap_or("-"));
    println!(
        "host tensors: {}",
        m["host_tensors"].as_str().unwrap_or("-")
    );
    println!(
        "activations: {}; token alpha rule {}; attention: {}",
        m["activations"]["format"].as_str().unwrap_or("-"),
        m["activations"]["token_alpha"].as_str().unwrap_or("-"),
        m["activations"]["attention"].as_str().unwrap_or("-")
    );
    println!(
        "calibration: {} (sha256 {})",
        p.calibration, p.calibration_sha256
    );
    println!(
        "source: {} (sha256 {}); compiled by qins {}",
        p.source, p.source_sha256, p.qins_version
    );
    println!(
        "tokenizer: {}",
        if compiled.tokenizer.is_some() {
            "embedded (tokenizer.json)"
        } else {
            "none"
        }
    );
    let mut t = TextTable::new(["section", "shape", "content", "offset", "bytes", "crc32"]);
    let shape = |s: &[usize]| {
        s.iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
            .join("x")
    };
    for s in &summary.tensors {
        t.row([
            format!("tensor {}", s.name),
            shape(&s.shape),
            format!(
                "{:?} codes, {} scales {:.3e}..{:.3e}",
                s.codec, s.scale_count, s.min_scale, s.max_scale
            )
            .to_lowercase(),
            s.section.offset.to_string(),
            s.section.length.to_string(),
            format!("{:08x}", s.section.crc32),
        ]);
    }
    for (kind, list) in [("array", &summary.arrays), ("blob", &summary.blobs)] {
        for s in list {
            t.row([
                format!("{kind} {}", s.name),
                s.shape.as_deref().map_or("-".into(), shape),
                s.media_type.clone().unwrap_or_else(|| "f32".into()),
                s.section.offset.to_string(),
                s.section.length.to_string(),
                format!("{:08x}", s.section.crc32),
            ]);
        }
    }
    for s in &summary.tables {
        t.row([
            format!("table {}", s.id),
            "-".into(),
            format!("{:?} table", s.kind).to_lowercase(),
            s.section.offset.to_string(),
            s.section.length.to_string(),
            format!("{:08x}", s.section.crc32),
        ]);
    }
    print!("{}", t.render());
    Ok(())
}

pub fn readmemh(a: ReadmemhArgs) -> Result<()> {
    let img = WeightImage::read(&a.image)?;
    for f in img.export_readmemh(&a.out)? {
        println!("{}", f.display());
    }
    Ok(())
}
