//! Cross-crate golden-vector regression for the QINS accelerator. The vectors come from the
//! bit-exact model in `qins_core::hw` (never from RTL): `tests/golden_model.rs` snapshots digests of
//! the integer model; [`vectors`] writes the `$readmemh` files that the Icarus testbenches in
//! `tests/iverilog/` check the RTL against (`make iverilog-check`). The Verilator regression
//! lives in `sim/tests/`.

pub mod vectors;
