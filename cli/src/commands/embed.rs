//! `qins embed`: whole-model sentence embeddings in one mode, against FP32.

use crate::args::{default_jobs, named, Engine};
use crate::real_model::{self, RealModelArgs};
use qins_core::error::Result;
use qins_models::layer::{Mode, RunOptions, TokenAlpha};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// A Hugging Face folder (config.json, model.safetensors, tokenizer.json)
    #[arg(long, value_name = "DIR")]
    model: PathBuf,
    /// UTF-8 text, one sentence a line; blank lines are skipped
    #[arg(long, value_name = "SENTENCES.txt")]
    file: PathBuf,
    /// Print {"mode", "tokens", "embeddings", "cosine_vs_fp32", ...} as JSON on stdout
    #[arg(long)]
    json: bool,
    /// Numerics of every layer's matmuls (all but fp32 and qins-b run on the accelerator)
    #[arg(long, value_parser = named(&Mode::ALL), default_value = "fp32")]
    mode: Mode,
    /// Where the matmuls run: the Verilator RTL checked against the model, or the model
    #[arg(long, value_enum, default_value_t = Engine::Rtl)]
    engine: Engine,
    /// Residual adds through the accelerator's QINS ALU as 8-bit codes (default: FP32 on
    /// the host)
    #[arg(long)]
    alu_residual: bool,
    /// Verilated instances of the rtl engine, each on its own thread, sharing every matmul's
    /// output tiles (results identical to one instance) [default: the cores available]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=64))]
    jobs: Option<u16>,
    /// How qins-token picks each token's alpha: absmax (lambda_20 / the token's absmax, one
    /// max per token like int8-token) or mse (least-squares search per token)
    #[arg(long, value_parser = named(&TokenAlpha::ALL), default_value = "absmax")]
    token_alpha: TokenAlpha,
    /// Sentences that calibrate static activation scales and Pattern B [default: the
    /// built-in data/sentences/calibration.txt]
    #[arg(long, value_name = "FILE")]
    calibration: Option<PathBuf>,
    /// Truncation length in tokens, [CLS] and [SEP] included [default: 128, or the
    /// model's positions if fewer]
    #[arg(long)]
    max_len: Option<usize>,
    /// Sentences per batch (sequences are packed back to back, no padding)
    #[arg(long, default_value_t = 16)]
    batch: usize,
}

pub fn run(a: Args) -> Result<()> {
    real_model::embed(
        &RealModelArgs {
            model: &a.model,
            file: &a.file,
            calibration: a.calibration.as_deref(),
            max_len: a.max_len,
            engine: a.engine,
            options: RunOptions {
                alu_residual: a.alu_residual,
                token_alpha: a.token_alpha,
            },
            json: a.json,
            jobs: a.jobs.map_or_else(default_jobs, usize::from),
        },
        a.mode,
        a.batch,
    )
}
