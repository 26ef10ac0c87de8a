//! `qins`: the software stack of the QINS accelerator.
//!
//! - [`format`]: the QINS byte format (one definition for the project).
//! - [`codec`]: float codecs (QINS with alpha per tensor or channel, INT8 baselines).
//! - [`hw`]: the bit-exact integer model of every hardware block (the single source of
//!   integer truth for RTL, simulation and software).
//! - [`metrics`]: SQNR, cosine, max abs error.

pub mod accel;
pub mod bert;
pub mod checkpoint;
pub mod codec;
pub mod compare;
pub mod demo;
pub mod driver;
pub mod error;
pub mod format;
pub mod hw;
pub mod image;
pub mod layer;
pub mod link;
pub mod lowering;
pub mod metrics;
pub mod pattern_c;
pub mod rng;
pub mod synthetic;
pub mod table;
pub mod tensor;
pub mod tokenizer;
pub mod transport;

pub use error::{Error, Result};
