//! `qins compare`: weight SQNR of INT8 and QINS for every 2-D tensor of a checkpoint.

use crate::args::print_json;
use crate::progress;
use crate::studies::{compare, demo};
use qins_core::error::{Error, Result};
use qins_models::checkpoint;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// A .safetensors file or a model folder
    #[arg(long, value_name = "DIR_OR_FILE")]
    model: PathBuf,
    #[arg(long)]
    json: bool,
    /// Worker threads
    #[arg(long, default_value_t = 2)]
    threads: usize,
}

pub fn run(a: Args) -> Result<()> {
    let ck = checkpoint::Checkpoint::load(&a.model)?;
    let rows = compare::compare_all(&ck.tensors, a.threads, &progress::counted("compare"));
    if rows.is_empty() {
        return Err(Error::Checkpoint(format!(
            "{}: no 2-D floating-point tensor",
            a.model.display()
        )));
    }
    if a.json {
        return print_json(&serde_json::json!({ "tensors": rows }));
    }
    print!("{}", demo::render_comparison(&rows));
    Ok(())
}
