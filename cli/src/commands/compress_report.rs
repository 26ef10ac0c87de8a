//! `qins compress-report`: the seed's compression claims measured on a checkpoint.

use crate::args::print_json;
use crate::progress;
use crate::studies::compress;
use qins_core::error::{Error, Result};
use qins_models::checkpoint;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// A .safetensors file or a model folder (every 2-D floating-point tensor is measured)
    #[arg(long, value_name = "DIR_OR_FILE")]
    model: PathBuf,
    /// Print {"methods": [...], "verdicts": [...]} as JSON on stdout
    #[arg(long)]
    json: bool,
    /// Worker threads
    #[arg(long, default_value_t = 2)]
    threads: usize,
}

pub fn run(a: Args) -> Result<()> {
    let ck = checkpoint::Checkpoint::load(&a.model)?;
    let tensors: Vec<_> = ck
        .tensors
        .iter()
        .filter(|t| t.shape.len() == 2)
        .filter_map(|t| Some((t.name.clone(), t.as_matrix()?)))
        .collect();
    if tensors.is_empty() {
        return Err(Error::Checkpoint(format!(
            "{}: no 2-D floating-point tensor",
            a.model.display()
        )));
    }
    let report = compress::measure(&tensors, a.threads, &progress::counted("compress"));
    if a.json {
        return print_json(&report);
    }
    print!("{}", compress::render(&report));
    Ok(())
}
