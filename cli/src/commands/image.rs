//! `qins encode`, `qins inspect` and `qins readmemh`: weight images.

use crate::args::{named, print_json};
use crate::table::{db, TextTable};
use qins_core::codec::{AlphaRule, Codec, Granularity, QuantizedTensor};
use qins_core::error::{Error, Result};
use qins_core::metrics::sqnr_db;
use qins_host::image::{ImageTensor, WeightImage};
use qins_models::checkpoint;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct EncodeArgs {
    /// A .safetensors file or a model folder holding model.safetensors
    #[arg(long = "in", value_name = "MODEL")]
    input: PathBuf,
    /// The weight image to write (.qimg)
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    #[arg(long, value_parser = named(&Codec::ALL), default_value = "qins")]
    codec: Codec,
    /// One scale per output channel (row) or per tensor
    #[arg(long, value_parser = named(&Granularity::ALL), default_value = "channel")]
    per: Granularity,
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
    let EncodeArgs {
        input,
        out,
        codec,
        per,
    } = a;
    let ck = checkpoint::Checkpoint::load(&input)?;
    let mut tensors = Vec::new();
    let mut table = TextTable::new(["tensor", "shape", "SQNR dB"]);
    for t in ck.tensors.iter().filter(|t| t.shape.len() == 2) {
        let m = t.as_matrix().expect("2-D");
        let q = match codec {
            Codec::Qins => QuantizedTensor::qins(&m, per, AlphaRule::MseSearch),
            Codec::Int8 => QuantizedTensor::int8(&m, per),
        };
        table.row([
            t.name.clone(),
            format!("{}x{}", m.rows, m.cols),
            db(sqnr_db(&m.data, &q.dequantize().data)),
        ]);
        tensors.push(ImageTensor::new(t.name.clone(), t.shape.clone(), q)?);
    }
    if tensors.is_empty() {
        return Err(Error::Checkpoint(format!(
            "{}: no 2-D floating-point tensor to encode",
            input.display()
        )));
    }
    let image = WeightImage::new(tensors);
    image.write(&out)?;
    print!("{}", table.render());
    let size = std::fs::metadata(&out)
        .map_err(|e| Error::io(&out, e))?
        .len();
    println!(
        "wrote {} ({} tensors, {size} bytes)",
        out.display(),
        image.tensors.len()
    );
    Ok(())
}

pub fn inspect(a: InspectArgs) -> Result<()> {
    let InspectArgs { file, json } = a;
    let (_, summary) = WeightImage::read_with_summary(&file)?;
    if json {
        return print_json(&summary);
    }
    println!(
        "{}: {} v{}, {} bytes ({} manifest, {} payload, {} padding), {} parameters",
        file.display(),
        summary.format,
        summary.version,
        summary.file_bytes,
        summary.manifest_bytes,
        summary.payload_bytes,
        summary.padding_bytes,
        summary.parameters
    );
    let mut t = TextTable::new([
        "tensor",
        "shape",
        "codec",
        "scales",
        "min scale",
        "max scale",
        "offset",
        "crc32",
    ]);
    for s in &summary.tensors {
        t.row([
            s.name.clone(),
            s.shape
                .iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join("x"),
            format!("{:?}", s.codec).to_lowercase(),
            format!("{} ({:?})", s.scale_count, s.granularity).to_lowercase(),
            format!("{:.4e}", s.min_scale),
            format!("{:.4e}", s.max_scale),
            s.section.offset.to_string(),
            format!("{:08x}", s.section.crc32),
        ]);
    }
    print!("{}", t.render());
    println!(
        "tables: {}",
        summary
            .tables
            .iter()
            .map(|t| t.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    );
    Ok(())
}

pub fn readmemh(a: ReadmemhArgs) -> Result<()> {
    let img = WeightImage::read(&a.image)?;
    for f in img.export_readmemh(&a.out)? {
        println!("{}", f.display());
    }
    Ok(())
}
