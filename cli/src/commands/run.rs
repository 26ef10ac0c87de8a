//! `qins run`: one layer of a BERT checkpoint in every mode, on real sentences.

use crate::args::Engine;
use crate::real_model::{self, RealModelArgs};
use qins_core::error::Result;
use qins_models::layer::RunOptions;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// A Hugging Face BERT folder (config.json, model.safetensors, tokenizer.json)
    #[arg(long, value_name = "DIR")]
    model: PathBuf,
    #[arg(long, default_value_t = 0)]
    layer: usize,
    /// UTF-8 text, one sentence a line (blank lines skipped): the evaluated sentences
    #[arg(long, value_name = "SENTENCES.txt")]
    file: PathBuf,
    /// Sentences that calibrate static activation scales and Pattern B [default: the
    /// built-in data/sentences/calibration.txt]
    #[arg(long, value_name = "FILE")]
    calibration: Option<PathBuf>,
    /// Truncation length in tokens, [CLS] and [SEP] included [default: 128]
    #[arg(long)]
    max_len: Option<usize>,
    /// Where the matmuls run: the Verilator RTL checked against the model, or the model
    #[arg(long, value_enum, default_value_t = Engine::Rtl)]
    engine: Engine,
    /// Residual adds through the accelerator's QINS ALU as 8-bit codes (default: FP32 on
    /// the host)
    #[arg(long)]
    alu_residual: bool,
    /// Print {"modes": [...]} as JSON on stdout
    #[arg(long)]
    json: bool,
}

pub fn run(a: Args) -> Result<()> {
    real_model::run_layer(
        &RealModelArgs {
            model: &a.model,
            file: &a.file,
            calibration: a.calibration.as_deref(),
            max_len: a.max_len,
            engine: a.engine,
            options: RunOptions {
                alu_residual: a.alu_residual,
            },
            json: a.json,
        },
        a.layer,
    )
}
