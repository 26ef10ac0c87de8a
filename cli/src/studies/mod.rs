//! The studies behind `qins demo`, `compare`, `compress-report` and `alu-report`, with their text and SVG
//! renderers.

pub mod compare;
pub mod compress;
pub mod demo;
pub mod pattern_c;
