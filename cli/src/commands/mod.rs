//! One module per `qins` command: its arguments (a clap `Args` struct) and its `run`.

pub mod alu_report;
pub mod bench_sim;
pub mod compare;
pub mod compress_report;
pub mod demo;
pub mod embed;
pub mod flash;
pub mod fuzz_sim;
pub mod image;
pub mod link_check;
pub mod registers;
pub mod run;
pub mod synth;
pub mod tables;
pub mod transport;
