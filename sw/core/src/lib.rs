//! `qins-core`: what every layer of the QINS project agrees on, with no heavy dependencies.
//!
//! Numerics:
//! - [`format`]: the QINS byte format (one definition for the project).
//! - [`codec`]: float codecs (QINS with alpha per tensor or channel, INT8 baselines).
//! - [`hw`]: the bit-exact integer model of every hardware block (the single source of
//!   integer truth for RTL, simulation and software).
//! - [`metrics`]: SQNR, cosine, max abs error; [`tensor`]: the dense matrix they work on.
//!
//! The hardware contract:
//! - [`accel`]: the register map, memory regions, commands and configurations (the docs,
//!   the driver and the RTL are generated from or checked against it).
//! - [`bus`]: the word-wide bus every engine (model, RTL, board) implements.
//! - [`link`]: the UART host link's frames, codes, CRC, board table and the reference model
//!   of the hardware frame engine.
//!
//! The host stack (`qins-host`) and the models (`qins-models`) build on this crate; the HDL
//! (`qins-hdl`), the simulator bridge (`qins-sim`) and the regression use it alone.

pub mod accel;
pub mod bus;
mod code_enum;
pub mod codec;
mod counters;
pub mod error;
pub mod format;
pub mod hw;
pub mod link;
pub mod metrics;
pub mod rng;
pub mod tensor;

pub use error::{Error, Result};
