//! `qins embed`: whole-model sentence embeddings in one mode, against FP32.

use crate::args::named;
use crate::real_model::{self, RealModelFlags};
use qins_core::error::Result;
use qins_models::layer::Mode;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    flags: RealModelFlags,
    /// Numerics of every layer's matmuls (all but fp32 run on the accelerator) [default: fp32
    /// with --model; the image's mode with --image, which must match when given]
    #[arg(long, value_parser = named(&Mode::ALL))]
    mode: Option<Mode>,
    /// Sentences per batch (sequences are packed back to back, no padding)
    #[arg(long, default_value_t = 16)]
    batch: usize,
}

pub fn run(a: Args) -> Result<()> {
    real_model::embed(&a.flags.args(), a.mode, a.batch)
}
