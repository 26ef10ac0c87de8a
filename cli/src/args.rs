//! Argument types shared by several commands, and the one way the CLI names an enum of the
//! libraries on the command line.

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use qins_core::error::{Error, Result};
use qins_core::link::{FpgaBoard, FPGA_BOARDS};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// A clap parser for an enum of the libraries, named on the command line exactly as in the
/// JSON reports (its serde name), every value listed in `--help`. The libraries stay free of
/// clap; `all` is the enum's `ALL` list.
pub fn named<T>(all: &[T]) -> impl TypedValueParser<Value = T>
where
    T: Serialize + DeserializeOwned + Clone + Send + Sync + 'static,
{
    let names: Vec<&'static str> = all
        .iter()
        .map(|v| {
            let name = serde_json::to_value(v)
                .ok()
                .and_then(|j| j.as_str().map(str::to_owned))
                .expect("a unit enum variant serializes to its name");
            &*Box::leak(name.into_boxed_str())
        })
        .collect();
    PossibleValuesParser::new(names).map(|s| {
        serde_json::from_value(serde_json::Value::String(s))
            .expect("a listed name deserializes to its variant")
    })
}

/// A board of the FPGA flow: one of `qins_core::link::FPGA_BOARDS`, named on the command line
/// by its `scripts/fpga.sh` configuration (`up5k`, `hx8k`, `ulx3s`, `ulx3s25f`); `--help`
/// lists each with its board, accelerator build and clock, all read from the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Board(pub FpgaBoard);

/// [`Board`]'s values: `FPGA_BOARDS` in its order.
const BOARDS: [Board; FPGA_BOARDS.len()] = {
    let mut out = [Board(FPGA_BOARDS[0]); FPGA_BOARDS.len()];
    let mut i = 1;
    while i < out.len() {
        out[i] = Board(FPGA_BOARDS[i]);
        i += 1;
    }
    out
};

impl Board {
    /// The iCEBreaker (the default of `--board`).
    pub const UP5K: Board = Board(qins_core::link::UP5K_BOARD);

    pub fn fpga(self) -> FpgaBoard {
        self.0
    }

    /// `--help`'s line: board, build, array, ALU, clock.
    fn help(self) -> String {
        let (b, c) = (self.0, self.0.config);
        format!(
            "{}: the {} build ({n} x {n} array, {}), {} MHz",
            b.board,
            c.name,
            if c.alu { "with the ALU" } else { "no ALU" },
            b.clock_hz as f64 / 1e6,
            n = c.n,
        )
    }
}

impl clap::ValueEnum for Board {
    fn value_variants<'a>() -> &'a [Self] {
        &BOARDS
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.0.name).help(self.help()))
    }
}

/// Where `qins run` and `qins embed` compute their matmuls.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Engine {
    /// The verilated RTL, every matmul checked bit for bit against the model
    Rtl,
    /// The bit-exact model only (faster; identical results)
    Model,
}

/// The default `--jobs`: the cores this process may use.
pub fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Prints `v` as pretty JSON on stdout.
pub fn print_json<T: Serialize>(v: &T) -> Result<()> {
    let s = serde_json::to_string_pretty(v).map_err(|e| Error::Invalid(format!("json: {e}")))?;
    println!("{s}");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::builder::TypedValueParser;
    use qins_core::codec::Granularity;
    use qins_models::layer::Mode;

    #[test]
    fn named_enums_parse_their_serde_names_and_refuse_others() {
        let cmd = clap::Command::new("t");
        let p = named(&Mode::ALL);
        let m = p.parse_ref(&cmd, None, std::ffi::OsStr::new("int8-token"));
        assert_eq!(m.unwrap(), Mode::Int8Token);
        assert!(p
            .parse_ref(&cmd, None, std::ffi::OsStr::new("int8_token"))
            .is_err());
        let g = named(&Granularity::ALL).parse_ref(&cmd, None, std::ffi::OsStr::new("tensor"));
        assert_eq!(g.unwrap(), Granularity::Tensor);
    }
}
