//! Cross-crate golden-vector regression for the QINS accelerator. The vectors come from the
//! bit-exact model in `qins::hw` (never from RTL); see `tests/golden_model.rs`. Later the
//! Verilator regression joins here, checking the RTL against the same model.

pub mod vectors;
