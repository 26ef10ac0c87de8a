//! `qins run`: one layer (or every layer) of a BERT checkpoint in every mode (or the modes
//! asked for), on real sentences.

use crate::args::named;
use crate::real_model::{self, LayerChoice, RealModelFlags};
use qins_core::error::Result;
use qins_models::layer::Mode;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    flags: RealModelFlags,
    /// The layer's index, or `all`: every layer (one table of layers x modes; JSON
    /// {"layers": [{"layer", "modes"}]})
    #[arg(long, default_value = "0", value_name = "L|all")]
    layer: LayerChoice,
    /// Add each mode's per-site breakdown: every matmul site quantized alone (its own output
    /// SQNR and the layer's), one more layer run per site and mode; for qins-c each
    /// non-linear stage computed on the host in turn, then all six
    #[arg(long)]
    sites: bool,
    /// The modes to run, comma-separated [default: every mode with --model; the image's with
    /// --image]
    #[arg(long, value_delimiter = ',', value_parser = named(&Mode::ALL), value_name = "MODE,...")]
    modes: Vec<Mode>,
}

pub fn run(a: Args) -> Result<()> {
    real_model::run_layers(&a.flags.args(), a.layer, &a.modes, a.sites)
}
