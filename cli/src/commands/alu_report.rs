//! `qins alu-report`: Pattern C's native QINS accumulation against int32 accumulation.

use crate::args::print_json;
use crate::studies::{demo, pattern_c};
use qins_core::error::{Error, Result};

#[derive(clap::Args)]
pub struct Args {
    #[arg(long)]
    json: bool,
    /// Dot products per length
    #[arg(long, default_value_t = 400)]
    trials: usize,
}

pub fn run(a: Args) -> Result<()> {
    if a.trials == 0 {
        return Err(Error::Invalid("--trials must be at least 1".into()));
    }
    let rows = pattern_c::native_dot_product_study(&[4, 16, 64, 256, 1024], a.trials, 42);
    if a.json {
        return print_json(&serde_json::json!({ "native_dot_product": rows }));
    }
    print!("{}", demo::render_pattern_c(&rows));
    Ok(())
}
