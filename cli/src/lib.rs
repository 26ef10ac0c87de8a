//! The `qins` command line as a library: one module per command ([`commands`]), the
//! studies behind `demo`, `compare` and `alu-report` with their text and SVG renderers
//! ([`studies`], [`table`]), the real-model runners ([`real_model`]) and the shared
//! argument types ([`args`]) and progress bars ([`progress`]). `src/main.rs` parses and
//! dispatches.

pub mod args;
pub mod commands;
pub mod compile;
pub mod progress;
pub mod real_model;
pub mod studies;
pub mod table;
