//! `qins registers`: the register map, memory map and commands (docs/registers.md).

use qins_core::accel::{registers_markdown, AccelConfig};
use qins_core::error::Result;

pub fn run() -> Result<()> {
    print!("{}", registers_markdown(&AccelConfig::ALL));
    Ok(())
}
