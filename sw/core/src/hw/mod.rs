//! The bit-exact integer model of every hardware block: the single source of integer truth.
//!
//! The rust-hdl tests, the Verilator regression and the software stack all call these
//! functions; RTL that disagrees with them by one bit is wrong. Fixed-point formats:
//!
//! | signal | width | format |
//! |---|---|---|
//! | code | 8 | QINS sign-magnitude byte, or INT8 two's complement |
//! | decoded operand | 16 signed | QINS: `lambda_m` in Q7.8 ([`DECODE_FRAC_BITS`]); INT8: the integer |
//! | product | 32 signed | exact `i16 x i16` |
//! | accumulator | 32 signed | wraps modulo 2^32 |
//! | requantized value | 32 signed | encoder input, Q15.16 of the target level ([`ENCODE_FRAC_BITS`]) |
//! | output multiplier | 16 signed | per channel, with a 6-bit right shift and a 32-bit bias |

pub mod accel_model;
pub mod alu;
pub mod decode_table;
pub mod encoder;
pub mod lookup_table;
pub mod mac;
pub mod output_stage;

pub use accel_model::AccelModel;
pub use alu::{AluOp, QinsAlu};
pub use decode_table::DecodeTable;
pub use encoder::ThresholdEncoder;
pub use lookup_table::{LookupTable, UnaryFunction};
pub use output_stage::{ChannelParams, OutputStage};

/// Fraction bits of the default QINS decode table (Q7.8: `lambda_0 = 127` is `32512`).
pub const DECODE_FRAC_BITS: u32 = 8;
/// Fraction bits of the encoder input in the default tables (Q15.16).
pub const ENCODE_FRAC_BITS: u32 = 16;
