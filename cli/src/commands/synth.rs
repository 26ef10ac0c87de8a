//! `qins synth`: the synthetic layer as a safetensors file.

use qins_core::error::Result;
use qins_models::checkpoint;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
}

pub fn run(a: Args) -> Result<()> {
    let tensors = qins_models::synthetic::layer(&Default::default());
    checkpoint::save(&a.out, &tensors, checkpoint::SaveDtype::F32)?;
    println!("wrote {} ({} tensors)", a.out.display(), tensors.len());
    Ok(())
}
