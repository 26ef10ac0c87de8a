//! `qins-host`: the host side of the accelerator.
//!
//! - [`driver`]: high-level access to one accelerator over any [`qins_core::bus::Bus`]
//!   (the model, the verilated RTL, a board).
//! - [`lowering`]: linear layers lowered to tiles and commands for any array size.
//! - [`code_lowering`]: Pattern C's device-resident steps: a linear layer whose results are
//!   encoded to codes on the device (MATMUL then POSTPROCESS encode), and LOOKUP tables.
//! - [`image`]: the weight image (quantized tensors, tables, manifest), its writer and its
//!   validating reader.
//! - [`link`]: the host side of the UART link ([`link::LinkBus`]); a real serial port with
//!   the `serial` feature.

pub mod code_lowering;
pub mod driver;
pub mod image;
pub mod link;
pub mod lowering;
