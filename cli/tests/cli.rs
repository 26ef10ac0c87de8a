//! The `qins` binary end to end: a synthetic checkpoint through encode, inspect and compare,
//! and clear errors (exit code 1, one line on stderr, no backtrace) for bad input.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn qins(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_qins"))
        .args(args)
        .output()
        .expect("run qins")
}

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("qins-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn assert_user_error(out: &Output, needle: &str) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "stderr: {err}");
    assert!(
        err.starts_with("error: ") && err.contains(needle),
        "stderr: {err}"
    );
    assert!(
        !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
        "stderr: {err}"
    );
}

#[test]
fn synth_encode_inspect_compare() {
    let d = tmp("flow");
    let model = d.join("layer.safetensors");
    let image = d.join("layer.qimg");
    assert!(qins(&["synth", "--out", s(&model)]).status.success());
    let out = qins(&[
        "encode",
        "--in",
        s(&model),
        "--out",
        s(&image),
        "--codec",
        "qins",
        "--per",
        "channel",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("intermediate.dense.weight") && text.contains("wrote"),
        "{text}"
    );

    let out = qins(&["inspect", "--json", s(&image)]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["tensors"].as_array().unwrap().len(), 6);
    assert!(qins(&["inspect", s(&image)]).status.success());

    let out = qins(&["compare", "--json", "--model", s(&model)]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let t = &v["tensors"][0];
    for k in ["int8_tensor", "int8_channel", "qins_tensor", "qins_channel"] {
        assert!(t["sqnr_db"][k].as_f64().unwrap() > 5.0, "{k}: {t}");
    }
    assert!(t["name"].is_string() && t["shape"].as_array().unwrap().len() == 2);

    // INT8 per tensor encodes too
    let image8 = d.join("layer8.qimg");
    assert!(qins(&[
        "encode",
        "--in",
        s(&model),
        "--out",
        s(&image8),
        "--codec",
        "int8",
        "--per",
        "tensor"
    ])
    .status
    .success());
    let hex = d.join("hex");
    let out = qins(&["readmemh", s(&image8), "--out", s(&hex)]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(hex.join("index.json").is_file());
}

#[test]
fn corrupt_and_missing_inputs_are_clear_errors() {
    let d = tmp("errors");
    let model = d.join("m.safetensors");
    let image = d.join("m.qimg");
    assert!(qins(&["synth", "--out", s(&model)]).status.success());
    assert!(qins(&["encode", "--in", s(&model), "--out", s(&image)])
        .status
        .success());
    let mut bytes = std::fs::read(&image).unwrap();
    let n = bytes.len();
    bytes[n - 100] ^= 0x40;
    let bad = d.join("bad.qimg");
    std::fs::write(&bad, &bytes).unwrap();
    assert_user_error(&qins(&["inspect", s(&bad)]), "bad weight image");
    std::fs::write(&bad, &bytes[..n / 2]).unwrap();
    assert_user_error(&qins(&["inspect", s(&bad)]), "bad weight image");
    assert_user_error(&qins(&["inspect", s(&d.join("nope.qimg"))]), "nope.qimg");
    std::fs::write(d.join("junk.safetensors"), b"junk").unwrap();
    assert_user_error(
        &qins(&["compare", "--model", s(&d.join("junk.safetensors"))]),
        "not a safetensors file",
    );
    assert_user_error(
        &qins(&["encode", "--in", s(&d.join("missing")), "--out", s(&image)]),
        "no such file",
    );
    assert_user_error(&qins(&["transport", "--model", s(&d)]), "config.json");
    // usage errors come from clap with exit code 2
    assert_eq!(qins(&["encode", "--codec", "int4"]).status.code(), Some(2));
}

#[test]
fn tables_print_and_export() {
    let out = qins(&["tables", "--json"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["qins_decode_q7_8"][0], 32512);
    assert_eq!(
        v["qins_encode_thresholds_q15_16"].as_array().unwrap().len(),
        255
    );
    let d = tmp("tables");
    let out = qins(&["tables", "--export", s(&d)]);
    assert!(out.status.success());
    let dec = std::fs::read_to_string(d.join("decode_qins_lambda_q7_8.hex")).unwrap();
    assert_eq!(dec.lines().count(), 256);
    assert_eq!(dec.lines().next(), Some("7f00"));
    assert!(qins(&["tables"]).status.success());
}

#[test]
fn help_lists_every_command() {
    let out = qins(&["--help"]);
    let text = String::from_utf8_lossy(&out.stdout);
    for c in [
        "demo",
        "encode",
        "inspect",
        "compare",
        "transport",
        "tables",
        "readmemh",
        "alu-report",
        "registers",
        "synth",
    ] {
        assert!(text.contains(c), "--help lacks {c}");
    }
}

#[test]
fn demo_trace_writes_a_waveform_and_bad_paths_are_clear_errors() {
    // only the argument handling and the traced sample run here (the full demo takes ~50 s;
    // `make demo` runs it): an unwritable trace path fails before any simulation
    let out = qins(&["demo", "--trace", "/nonexistent-dir/x.vcd"]);
    assert_user_error(&out, "x.vcd");
}

#[test]
fn link_check_over_the_simulated_uart() {
    let out = qins(&["link-check", "--sim", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["id"], 0x5149_4E53u32);
    assert_eq!(v["config_name"], "qins_accel_up5k");
    assert_eq!(v["protocol_version"], 1);
    assert_eq!(v["retries"], 0);
    let out = qins(&["link-check", "--port", "/dev/qins-no-such-port"]);
    assert_user_error(&out, "/dev/qins-no-such-port");
}
