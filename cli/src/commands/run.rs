//! `qins run`: one layer (or every layer) of a BERT checkpoint in every mode (or the modes
//! asked for), on real sentences.

use crate::args::{default_jobs, named, Engine};
use crate::real_model::{self, LayerChoice, RealModelArgs};
use qins_core::error::Result;
use qins_models::layer::{Mode, RunOptions, TokenAlpha};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// A Hugging Face BERT folder (config.json, model.safetensors, tokenizer.json)
    #[arg(long, value_name = "DIR")]
    model: PathBuf,
    /// The layer's index, or `all`: every layer (one table of layers x modes; JSON
    /// {"layers": [{"layer", "modes"}]})
    #[arg(long, default_value = "0", value_name = "L|all")]
    layer: LayerChoice,
    /// Add each mode's per-site breakdown: every matmul site quantized alone (its own output
    /// SQNR and the layer's), one more layer run per site and mode
    #[arg(long)]
    sites: bool,
    /// The modes to run, comma-separated [default: every mode]
    #[arg(long, value_delimiter = ',', value_parser = named(&Mode::ALL), value_name = "MODE,...")]
    modes: Vec<Mode>,
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
    /// Verilated instances of the rtl engine, each on its own thread, sharing every matmul's
    /// output tiles (results identical to one instance) [default: the cores available]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=64))]
    jobs: Option<u16>,
    /// How qins-token picks each token's alpha: absmax (lambda_20 / the token's absmax, one
    /// max per token like int8-token) or mse (least-squares search per token)
    #[arg(long, value_parser = named(&TokenAlpha::ALL), default_value = "absmax")]
    token_alpha: TokenAlpha,
    /// Print {"modes": [...]} as JSON on stdout
    #[arg(long)]
    json: bool,
}

pub fn run(a: Args) -> Result<()> {
    real_model::run_layers(
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
        a.layer,
        if a.modes.is_empty() {
            &Mode::ALL
        } else {
            &a.modes
        },
        a.sites,
    )
}
