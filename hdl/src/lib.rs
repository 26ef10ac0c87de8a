//! `qins-hdl`: the QINS accelerator in rust-hdl.
//!
//! One module per hardware block, each with its ports documented and a rust-hdl simulator
//! test against the bit-exact model in `qins_core::hw` (the single source of integer truth; no
//! block here has a private model). `cargo run --bin gen-rtl` writes the Verilog to `rtl/`.
//!
//! Conventions: every block has a `clock` input; there is no reset net (rust-hdl flip-flops
//! power up to their `initial` value, 0); signed values are `Signed<N>`, codes `Bits<8>`.

pub mod alu;
pub mod bench;
pub mod board;
pub mod configs;
pub mod decode_table;
pub mod encoder;
pub mod host_link;
pub mod level_counter;
pub mod output_stage;
pub mod pe;
pub mod spram;
pub mod systolic;
pub mod top;
pub mod uart;

pub use alu::QinsAlu;
pub use decode_table::DecodeTable;
pub use pe::ProcessingElement;
pub use systolic::SystolicArray;
pub use top::QinsAccel;
