//! `qins-hdl`: the QINS accelerator in rust-hdl.
//!
//! One module per hardware block, each with its ports documented and a rust-hdl simulator
//! test against the bit-exact model in `qins_core::hw` (the single source of integer truth; no
//! block here has a private model). `cargo run --bin gen-rtl` writes the Verilog to `rtl/`.
//!
//! Conventions: every block has a `clock` input; there is no reset net (rust-hdl flip-flops
//! power up to their `initial` value, 0); signed values are `Signed<N>`, codes `Bits<8>`.

/// A block's struct expression without the boilerplate: the fields given with a value, then
/// the ones that take `Default::default()`, then the lane arrays `[_; N]` (a const generic
/// `N`, for which `Default` is not implemented), filled element by element:
/// `block_fields! { Self { k: Constant::new(..) } default { clock, a, b } lanes { x, y } }`.
macro_rules! block_fields {
    (
        $ty:path { $($field:ident: $value:expr),* $(,)? }
        default { $($default:ident),* $(,)? }
        lanes { $($lane:ident),* $(,)? }
    ) => {
        $ty {
            $($field: $value,)*
            $($default: Default::default(),)*
            $($lane: array_init::array_init(|_| Default::default()),)*
        }
    };
}

pub mod alu;
pub mod bench;
pub mod board;
pub mod code_table;
pub mod configs;
pub mod encoder;
pub mod host_link;
pub mod level_counter;
pub mod output_stage;
pub mod pe;
pub mod serial_multiplier;
pub mod spram;
pub mod systolic;
pub mod table_write;
pub mod top;
pub mod uart;

pub use alu::QinsAlu;
pub use code_table::{CodeTable, DecodeTable, LookupTable};
pub use pe::ProcessingElement;
pub use systolic::SystolicArray;
pub use table_write::TableWrite;
pub use top::QinsAccel;
