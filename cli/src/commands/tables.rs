//! `qins tables`: the hardware decode and encoder tables, printed or exported.

use crate::args::print_json;
use crate::studies::demo;
use qins_core::error::Result;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    #[arg(long)]
    json: bool,
    /// Write $readmemh files for the built-in tables into this folder
    #[arg(long, value_name = "DIR")]
    export: Option<PathBuf>,
}

pub fn run(a: Args) -> Result<()> {
    if let Some(dir) = a.export {
        for f in demo::export_tables(&dir)? {
            println!("{}", f.display());
        }
        return Ok(());
    }
    let t = demo::tables_report();
    if a.json {
        print_json(&t)
    } else {
        print!("{}", demo::render_tables(&t));
        Ok(())
    }
}
