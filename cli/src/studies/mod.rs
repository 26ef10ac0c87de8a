//! The studies behind `qins demo`, `compare` and `alu-report`, with their text and SVG
//! renderers.

pub mod compare;
pub mod demo;
pub mod pattern_c;
