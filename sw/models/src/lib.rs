//! `qins-models`: real and synthetic transformer models on the QINS stack.
//!
//! - [`checkpoint`]: safetensors checkpoints; [`tokenizer`]: BERT WordPiece.
//! - [`bert`]: the BERT-style encoder and the decoder-style layer in FP32.
//! - [`compiled`]: a model compiled for one hardware mode, and its weight image (v2).
//! - [`layer`]: one layer in every mode on any matmul engine (model, RTL, board).
//! - [`pattern_c`]: `qins-c`, a whole layer on the accelerator in 8-bit QINS codes.
//! - [`synthetic`]: seeded synthetic layers with realistic outliers.
//! - [`transport`]: Pattern B (Jacobian weight transport) on the host in f64.

pub mod bert;
pub mod checkpoint;
pub mod compiled;
pub mod layer;
mod model_dir;
pub mod pattern_c;
pub mod synthetic;
pub mod tokenizer;
pub mod transport;
