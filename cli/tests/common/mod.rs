//! What the `qins` end-to-end tests share: running the binary and reading its output.

// Each test file uses only some of these.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

/// The `qins` binary under test.
pub fn qins_command() -> Command {
    Command::new(env!("CARGO_BIN_EXE_qins"))
}

/// Runs `qins` with `args`.
pub fn qins(args: &[&str]) -> Output {
    qins_command().args(args).output().expect("run qins")
}

/// Runs `cmd`, which must succeed, and parses its JSON output.
pub fn qins_json(cmd: &mut Command) -> serde_json::Value {
    json_stdout(&cmd.output().expect("run qins"))
}

/// Fails with the run's stderr unless it succeeded.
pub fn assert_success(out: &Output) {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The JSON a successful run printed.
pub fn json_stdout(out: &Output) -> serde_json::Value {
    assert_success(out);
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The string `key` of every element of the JSON array `v`.
pub fn str_field<'a>(v: &'a serde_json::Value, key: &str) -> Vec<&'a str> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|e| e[key].as_str().unwrap())
        .collect()
}

/// A path as a command-line argument.
pub fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}
