//! The `qins` binary end to end: a synthetic checkpoint through encode, inspect and compare,
//! and clear errors (exit code 1, one line on stderr, no backtrace) for bad input.

mod common;

use common::{assert_success, json_stdout, qins, qins_command, s};
use std::path::{Path, PathBuf};
use std::process::Output;

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("qins-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
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
fn synth_and_compare() {
    let d = tmp("flow");
    let model = d.join("layer.safetensors");
    assert!(qins(&["synth", "--out", s(&model)]).status.success());
    let v = json_stdout(&qins(&["compare", "--json", "--model", s(&model)]));
    let t = &v["tensors"][0];
    for k in ["int8_tensor", "int8_channel", "qins_tensor", "qins_channel"] {
        assert!(t["sqnr_db"][k].as_f64().unwrap() > 5.0, "{k}: {t}");
    }
    assert!(t["name"].is_string() && t["shape"].as_array().unwrap().len() == 2);
}

#[test]
fn missing_inputs_are_clear_errors() {
    let d = tmp("errors");
    assert_user_error(&qins(&["inspect", s(&d.join("nope.qimg"))]), "nope.qimg");
    std::fs::write(d.join("junk.safetensors"), b"junk").unwrap();
    assert_user_error(
        &qins(&["compare", "--model", s(&d.join("junk.safetensors"))]),
        "not a safetensors file",
    );
    assert_user_error(
        &qins(&[
            "encode",
            "--model",
            s(&d.join("missing")),
            "--mode",
            "qins-wa",
            "--out",
            s(&d.join("m.qimg")),
        ]),
        "config.json",
    );
    assert_user_error(&qins(&["transport", "--model", s(&d)]), "config.json");
    // usage errors come from clap with exit code 2: fp32 is no hardware mode
    assert_eq!(
        qins(&["encode", "--model", "x", "--mode", "fp32", "--out", "y"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn tables_print_and_export() {
    let v = json_stdout(&qins(&["tables", "--json"]));
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
fn a_closed_pipe_ends_the_output_without_a_panic() {
    use std::io::Read;
    let mut child = qins_command()
        .arg("registers")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // close the pipe's read end at once, long before qins (still starting) prints
    drop(child.stdout.take());
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    child.wait().unwrap();
    assert!(!err.contains("panicked"), "stderr: {err}");
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
        "link-check",
        "flash",
        "run",
        "embed",
        "compress-report",
        "fuzz-sim",
        "bench-sim",
    ] {
        assert!(text.contains(c), "--help lacks {c}");
    }
    // every board of the FPGA flow, with its board and build, wherever --board is taken
    for cmd in ["demo", "flash", "link-check"] {
        let out = qins(&[cmd, "--help"]);
        let text = String::from_utf8_lossy(&out.stdout);
        for b in qins_core::link::FPGA_BOARDS {
            let line = format!("{}: the {} build", b.board, b.config.name);
            assert!(
                text.contains(b.name) && text.contains(&line),
                "{cmd} --help lacks {line}"
            );
        }
    }
}

#[test]
fn fuzz_sim_replays_a_program_file_and_names_a_bad_line() {
    let d = tmp("fuzz-replay");
    let good = d.join("good.fuzz");
    std::fs::write(
        &good,
        "# a LOAD_TILE, a read of a weight word, a sync\n\
         push 0x00000001 0x00000000 0x00000000 0x00000000\nread 0x010000\nsync\n",
    )
    .unwrap();
    let v = json_stdout(&qins(&["fuzz-sim", "--replay", s(&good), "--json"]));
    assert_eq!(v["passed"], true);
    assert_eq!(v["actions"], 3);
    assert_eq!(v["commands"], 1);
    let bad = d.join("bad.fuzz");
    std::fs::write(&bad, "sync\nread\n").unwrap();
    let out = qins(&["fuzz-sim", "--replay", s(&bad)]);
    assert_user_error(&out, "bad.fuzz: line 2: `read` takes 1 operand, found 0");
    let out = qins(&["fuzz-sim", "--replay", s(&d.join("missing.fuzz"))]);
    assert_user_error(&out, "missing.fuzz");
}

#[test]
fn bench_sim_reports_one_instance_and_the_aggregate() {
    let v = json_stdout(&qins(&[
        "bench-sim",
        "--cycles",
        "20000",
        "--jobs",
        "2",
        "--json",
    ]));
    assert_eq!(v["config"], "qins_accel_sim8");
    assert_eq!(v["instances"], 2);
    for k in [
        "cycles_per_s",
        "cycles_per_cpu_s",
        "aggregate_cycles_per_s",
        "macs_per_s",
    ] {
        assert!(v[k].as_f64().unwrap() > 0.0, "{k}: {v}");
    }
    assert!(v["alu"]["ops_per_s"].as_f64().unwrap() > 0.0);
    let out = qins(&["bench-sim", "--jobs", "0"]);
    assert_user_error(&out, "--jobs");
}

#[test]
fn demo_trace_writes_a_waveform_and_bad_paths_are_clear_errors() {
    // only the argument handling and the traced sample run here (the full demo takes ~50 s;
    // `make demo` runs it): an unwritable trace path fails before any simulation
    let out = qins(&["demo", "--trace", "/nonexistent-dir/x.vcd"]);
    assert_user_error(&out, "x.vcd");
    if !cfg!(feature = "trace") {
        // a build without tracing says how to get one, before any simulation
        let d = tmp("no-trace");
        let vcd = d.join("x.vcd");
        let out = qins(&["demo", "--trace", s(&vcd)]);
        assert_user_error(&out, "--features trace");
        assert!(!vcd.exists());
    }
}

#[test]
fn link_check_over_the_simulated_uart() {
    let v = json_stdout(&qins(&["link-check", "--sim", "--json"]));
    assert_eq!(v["id"], 0x5149_4E53u32);
    assert_eq!(v["config_name"], "qins_accel_up5k");
    assert_eq!(v["protocol_version"], 1);
    assert_eq!(v["retries"], 0);
    assert!(v["link"].as_str().unwrap().contains("qins_board_up5k_sim"));
    // the ULX3S board tops answer with their own accelerators
    for (board, config) in [
        ("ulx3s", "qins_accel_ulx3s"),
        ("ulx3s25f", "qins_accel_ulx3s25f"),
        ("up5k", "qins_accel_up5k"),
    ] {
        let v = json_stdout(&qins(&["link-check", "--sim", "--board", board, "--json"]));
        assert_eq!(v["config_name"], config, "{board}");
        assert_eq!(v["id"], 0x5149_4E53u32);
        assert!(v["link"]
            .as_str()
            .unwrap()
            .contains(&format!("qins_board_{board}_sim")));
    }
    assert_user_error(
        &qins(&["link-check", "--sim", "--board", "hx8k"]),
        "the hx8k board (HX8K breakout) has no simulation top",
    );
    let out = qins(&["link-check", "--port", "/dev/qins-no-such-port"]);
    assert_user_error(&out, "/dev/qins-no-such-port");
    let out = qins(&[
        "link-check",
        "--port",
        "/dev/qins-no-such-port",
        "--board",
        "ulx3s",
    ]);
    assert_user_error(&out, "/dev/qins-no-such-port");
}

/// `qins` with `PATH` set to `path` (to hide iceprog or put a fake one first).
fn qins_with_path(args: &[&str], path: &Path) -> Output {
    qins_command()
        .args(args)
        .env("PATH", path)
        .output()
        .expect("run qins")
}

/// A file with the iCE40 sync word after an icepack-like comment header.
fn fake_bitstream(path: &Path) {
    let mut b = vec![0xFF, 0x00];
    b.extend_from_slice(b"Lattice\0iCE40 test\0");
    b.extend_from_slice(&[0x00, 0xFF, 0x7E, 0xAA, 0x99, 0x7E]);
    b.extend(std::iter::repeat_n(0u8, 100));
    std::fs::write(path, b).unwrap();
}

#[test]
fn flash_errors_are_clear_and_iceprog_gets_the_bitstream() {
    let d = tmp("flash");
    let bin = d.join("board.bin");
    fake_bitstream(&bin);
    let empty = d.join("empty-path");
    std::fs::create_dir_all(&empty).unwrap();
    // iceprog absent from PATH: says where it comes from
    let out = qins_with_path(&["flash", "--bitstream", s(&bin)], &empty);
    assert_user_error(&out, "iceprog is not installed");
    assert!(String::from_utf8_lossy(&out.stderr).contains("fpga-icestorm"));
    // no bitstream: says how to build it, for each board
    for (board, target) in [
        ("up5k", "make fpga-up5k"),
        ("hx8k", "make fpga-hx8k"),
        ("ulx3s", "scripts/fpga.sh ulx3s"),
        ("ulx3s25f", "scripts/fpga.sh ulx3s25f"),
    ] {
        let missing = d.join(format!("{board}.bin"));
        let out = qins(&["flash", "--board", board, "--bitstream", s(&missing)]);
        assert_user_error(&out, target);
    }
    // the default path is relative to the working directory: build/fpga/up5k/up5k.bin
    let out = qins_command()
        .args(["flash"])
        .current_dir(&d)
        .output()
        .unwrap();
    assert_user_error(&out, "no bitstream at build/fpga/up5k/up5k.bin");
    // not a bitstream
    let junk = d.join("junk.bin");
    std::fs::write(&junk, b"hello").unwrap();
    assert_user_error(
        &qins(&["flash", "--bitstream", s(&junk)]),
        "not an iCE40 bitstream",
    );
    // a fake iceprog that records its arguments: it gets the file (and -S with --sram)
    let fake = d.join("fake-path");
    std::fs::create_dir_all(&fake).unwrap();
    let script = fake.join("iceprog");
    std::fs::write(
        &script,
        "#!/bin/sh\necho \"$@\" > \"${0%/*}/args\"\nexit ${FAKE_ICEPROG_STATUS:-0}\n",
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let out = qins_with_path(&["flash", "--sram", "--bitstream", s(&bin)], &fake);
    assert_success(&out);
    let args = std::fs::read_to_string(fake.join("args")).unwrap();
    assert_eq!(args.trim(), format!("-S {}", bin.display()));
    assert!(String::from_utf8_lossy(&out.stdout).contains("flashed"));
    // iceprog failing (no board plugged in) is an error line, not a panic
    let out = qins_command()
        .args(["flash", "--board", "hx8k", "--bitstream", s(&bin)])
        .env("PATH", &fake)
        .env("FAKE_ICEPROG_STATUS", "1")
        .output()
        .unwrap();
    assert_user_error(&out, "iceprog failed");
    assert_eq!(
        std::fs::read_to_string(fake.join("args")).unwrap().trim(),
        bin.display().to_string()
    );
}

/// A file like ecppack's output: the comment header naming the part, then the preamble.
fn fake_ecp5_bitstream(path: &Path, part: &str) {
    let mut b = vec![0xFF, 0x00];
    b.extend_from_slice(format!("Part: {part}").as_bytes());
    b.extend_from_slice(&[0x00, 0xFF, 0xFF, 0xFF, 0xBD, 0xB3, 0xFF, 0xFF, 0xFF, 0xFF]);
    b.extend(std::iter::repeat_n(0u8, 100));
    std::fs::write(path, b).unwrap();
}

/// A directory holding only a fake `tool` that writes its arguments to `args` beside it and
/// exits with $FAKE_STATUS (default 0).
fn fake_tool(dir: &Path, tool: &str) -> PathBuf {
    std::fs::create_dir_all(dir).unwrap();
    let script = dir.join(tool);
    std::fs::write(
        &script,
        "#!/bin/sh\necho \"$@\" > \"${0%/*}/args\"\nexit ${FAKE_STATUS:-0}\n",
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    dir.to_path_buf()
}

/// `qins flash --board ulx3s|ulx3s25f`: openFPGALoader -b ulx3s, the SPI flash by default
/// (-f) and the SRAM with --sram, as iceprog; an ECP5 bitstream for the board's part
/// checked first; one error line for each thing missing or wrong.
#[test]
fn flash_programs_the_ulx3s_through_openfpgaloader() {
    let d = tmp("flash-ecp5");
    let bit85 = d.join("ulx3s.bit");
    fake_ecp5_bitstream(&bit85, "LFE5U-85F-6CABGA381");
    let bit25 = d.join("ulx3s25f.bit");
    fake_ecp5_bitstream(&bit25, "LFE5U-25F-6CABGA381");
    let empty = d.join("empty-path");
    std::fs::create_dir_all(&empty).unwrap();
    // the tool absent from PATH: says where it comes from
    let out = qins_with_path(
        &["flash", "--board", "ulx3s", "--bitstream", s(&bit85)],
        &empty,
    );
    assert_user_error(&out, "openFPGALoader is not installed");
    assert!(String::from_utf8_lossy(&out.stderr).contains("openfpgaloader"));
    // the default path: build/fpga/<board>/<board>.bit
    for board in ["ulx3s", "ulx3s25f"] {
        let out = qins_command()
            .args(["flash", "--board", board])
            .current_dir(&d)
            .output()
            .unwrap();
        assert_user_error(
            &out,
            &format!("no bitstream at build/fpga/{board}/{board}.bit"),
        );
    }
    // not an ECP5 bitstream: an iCE40 one, or text
    let ice = d.join("board.bin");
    fake_bitstream(&ice);
    let fake = fake_tool(&d.join("fake-path"), "openFPGALoader");
    let junk = d.join("junk.bit");
    std::fs::write(&junk, b"hello").unwrap();
    for f in [&ice, &junk] {
        let out = qins_with_path(&["flash", "--board", "ulx3s", "--bitstream", s(f)], &fake);
        assert_user_error(&out, "not an ECP5 bitstream");
    }
    // the other part's bitstream
    let out = qins_with_path(
        &["flash", "--board", "ulx3s", "--bitstream", s(&bit25)],
        &fake,
    );
    assert_user_error(
        &out,
        "for the LFE5U-25F-6CABGA381, not for the ulx3s board's LFE5U-85F",
    );
    assert!(
        !fake.join("args").exists(),
        "the tool ran on a refused file"
    );
    // the tool gets -b ulx3s, -f for the SPI flash, the file
    for (board, file, sram, want) in [
        ("ulx3s", &bit85, false, "-b ulx3s -f"),
        ("ulx3s", &bit85, true, "-b ulx3s"),
        ("ulx3s25f", &bit25, false, "-b ulx3s -f"),
        ("ulx3s25f", &bit25, true, "-b ulx3s"),
    ] {
        let mut args = vec!["flash", "--board", board, "--bitstream", s(file)];
        if sram {
            args.push("--sram");
        }
        let out = qins_with_path(&args, &fake);
        assert_success(&out);
        let got = std::fs::read_to_string(fake.join("args")).unwrap();
        assert_eq!(got.trim(), format!("{want} {}", file.display()), "{args:?}");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            stdout.contains(if sram { "(SRAM" } else { "(SPI flash" }),
            "{stdout}"
        );
    }
    // the tool failing (no board plugged in) is an error line
    let out = qins_command()
        .args(["flash", "--board", "ulx3s", "--bitstream", s(&bit85)])
        .env("PATH", &fake)
        .env("FAKE_STATUS", "1")
        .output()
        .unwrap();
    assert_user_error(&out, "openFPGALoader failed");
    // an ECP5 bitstream is not an iCE40 one
    assert_user_error(
        &qins_with_path(
            &["flash", "--board", "up5k", "--bitstream", s(&bit85)],
            &fake,
        ),
        "not an iCE40 bitstream",
    );
}

/// `qins demo --sim-board --board BOARD --size small`: every matmul of the small layer on
/// the simulated board over its UART (bursts for the loads), checked against the model; the
/// accuracy figures equal `--engine model --board BOARD`'s. Returns the board's modes.
fn demo_on_the_simulated_board_equals_the_model(board: &str) -> Vec<serde_json::Value> {
    let d = tmp(&format!("demo-board-{board}"));
    let run = |extra: &[&str], name: &str| -> serde_json::Value {
        let json = d.join(format!("{name}.json"));
        let svg = d.join(format!("{name}.svg"));
        let mut args = vec!["demo", "--size", "small", "--json", "--out", s(&json)];
        args.extend(["--figure", s(&svg)]);
        args.extend(extra);
        json_stdout(&qins(&args))
    };
    let t = std::time::Instant::now();
    // up5k is the default
    let sim_args: &[&str] = if board == "up5k" {
        &["--sim-board"]
    } else {
        &["--sim-board", "--board", board]
    };
    let on_board = run(sim_args, "board");
    eprintln!(
        "demo {} --size small: {:.1} s",
        sim_args.join(" "),
        t.elapsed().as_secs_f64()
    );
    let model = run(&["--engine", "model", "--board", board], "model");
    let accelerator = on_board["accelerator"].as_str().unwrap();
    assert!(
        accelerator.contains(&format!("qins_accel_{board} on the simulated board"))
            && accelerator.contains(&format!("rtl/qins_board_{board}_sim.v")),
        "{accelerator}"
    );
    assert!(on_board["checked_matmuls"].as_u64().unwrap() >= 6 * 8);
    assert_eq!(on_board["tokens"], 16);
    let (bm, mm) = (
        on_board["modes"].as_array().unwrap().clone(),
        model["modes"].as_array().unwrap(),
    );
    assert_eq!(bm.len(), mm.len());
    for (b, m) in bm.iter().zip(mm) {
        for k in [
            "mode",
            "sqnr_db",
            "cosine",
            "useful_macs",
            "decodes",
            "weight_bytes",
            "activation_bytes",
            "matmuls",
        ] {
            assert_eq!(b[k], m[k], "{k} of {}", b["mode"]);
        }
        if b["matmuls"].as_u64().unwrap() > 0 {
            // the board's counters ran (the model counts no cycles)
            assert!(b["cycles"].as_u64().unwrap() > 0, "{b}");
        }
    }
    // the small layer still shows the study's point: QINS weights beat INT8 per tensor
    let sqnr = |mode: &str| {
        bm.iter().find(|m| m["mode"] == mode).unwrap()["sqnr_db"]
            .as_f64()
            .unwrap()
    };
    assert!(sqnr("qins-a") > sqnr("int8-tensor"));
    bm
}

#[test]
fn demo_on_the_simulated_up5k_board_equals_the_model() {
    let modes = demo_on_the_simulated_board_equals_the_model("up5k");
    // every mode but qins-c, which needs the QINS ALU the UP5K leaves out
    assert_eq!(modes.len(), qins_models::layer::Mode::ALL.len() - 1);
    assert!(modes.iter().all(|m| m["mode"] != "qins-c"));
}

/// The same on the simulated ULX3S (LFE5U-85F): its 8 x 8 array has the ALU, so qins-c runs
/// too, on the RTL behind the UART.
#[test]
fn demo_on_the_simulated_ulx3s_board_equals_the_model() {
    let modes = demo_on_the_simulated_board_equals_the_model("ulx3s");
    assert_eq!(modes.len(), qins_models::layer::Mode::ALL.len());
    let c = modes.iter().find(|m| m["mode"] == "qins-c").unwrap();
    assert!(c["cycles"].as_u64().unwrap() > 0, "{c}");
}

/// `qins demo --engine model --board B` runs with B's configuration: the ULX3S (8 x 8, ALU)
/// runs qins-c, the 25F (4 x 4, no ALU) does not, and the array size shows in the decodes
/// (each activation vector is decoded again for each output tile it meets: 4 x 4 tiles meet
/// it more often).
#[test]
fn demo_on_the_model_takes_each_boards_configuration() {
    let d = tmp("demo-model-boards");
    let run = |board: &str| -> serde_json::Value {
        let json = d.join(format!("{board}.json"));
        let svg = d.join(format!("{board}.svg"));
        let args = [
            "demo",
            "--engine",
            "model",
            "--board",
            board,
            "--size",
            "small",
            "--json",
            "--out",
            s(&json),
            "--figure",
            s(&svg),
        ];
        json_stdout(&qins(&args))
    };
    let (big, small, up5k) = (run("ulx3s"), run("ulx3s25f"), run("up5k"));
    for (v, config) in [
        (&big, "qins_accel_ulx3s"),
        (&small, "qins_accel_ulx3s25f"),
        (&up5k, "qins_accel_up5k"),
    ] {
        let a = v["accelerator"].as_str().unwrap();
        assert!(
            a.starts_with(&format!("{config} (the bit-exact model)")),
            "{a}"
        );
    }
    let modes = |v: &serde_json::Value| -> Vec<String> {
        v["modes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["mode"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(modes(&big).iter().any(|m| m == "qins-c"));
    assert!(!modes(&small).iter().any(|m| m == "qins-c"));
    let decodes = |v: &serde_json::Value| {
        v["modes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["mode"] == "int8-wa")
            .unwrap()["decodes"]
            .as_u64()
            .unwrap()
    };
    assert!(decodes(&up5k) > decodes(&small) && decodes(&small) > decodes(&big));
    // the same layer: the same accuracy on every board
    assert_eq!(big["modes"][1]["sqnr_db"], small["modes"][1]["sqnr_db"]);
}

#[test]
fn demo_board_options_are_checked() {
    assert_user_error(
        &qins(&[
            "demo",
            "--port",
            "/dev/qins-no-such-port",
            "--size",
            "small",
        ]),
        "/dev/qins-no-such-port",
    );
    assert_user_error(
        &qins(&["demo", "--sim-board", "--board", "hx8k"]),
        "the hx8k board (HX8K breakout) has no simulation top: the simulated boards are up5k, \
         ulx3s, ulx3s25f",
    );
    assert_user_error(
        &qins(&["demo", "--board", "hx8k"]),
        "--board goes with --port, --sim-board or --engine model",
    );
    // clap usage errors (exit 2): a trace is only for the simulated 8x8 top
    let out = qins(&["demo", "--sim-board", "--trace", "x.vcd"]);
    assert_eq!(out.status.code(), Some(2));
}

/// `qins demo --sites` on the small layer and the model engine: every mode but fp32 gets
/// one row per matmul site (the attention sites only on the array modes), each SQNR finite
/// for the 8-bit modes, and the text prints both tables.
#[test]
fn demo_sites_give_every_mode_its_per_site_breakdown() {
    let d = tmp("demo-sites");
    let (json, svg) = (d.join("r.json"), d.join("r.svg"));
    let args = [
        "demo",
        "--size",
        "small",
        "--engine",
        "model",
        "--style",
        "decoder",
        "--sites",
        "--out",
        s(&json),
        "--figure",
        s(&svg),
    ];
    let text = qins(&args);
    assert_success(&text);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("Layer-output SQNR (dB) with only that site quantized"));
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let sites = |mode: &str| -> Vec<serde_json::Value> {
        v["modes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["mode"] == mode)
            .unwrap()["sites"]
            .as_array()
            .unwrap()
            .clone()
    };
    assert!(sites("fp32").is_empty());
    let names: Vec<String> = sites("qins-token")
        .iter()
        .map(|x| x["site"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        names,
        ["q", "k", "v", "scores", "context", "o", "gate", "ffn1", "ffn2"]
    );
    for x in sites("qins-token") {
        let (l, o) = (
            x["local_sqnr_db"].as_f64().unwrap(),
            x["only_sqnr_db"].as_f64().unwrap(),
        );
        assert!(l > 10.0 && o > 10.0, "{x}");
    }
    assert_eq!(sites("qins-b").len(), 7, "qins-b: linear sites only");
}

/// `--layer` takes an index or `all`; anything else is a usage error that says so, and an
/// index past the model is a clear error.
#[test]
fn run_layer_argument_is_checked() {
    let out = qins(&["run", "--model", "x", "--file", "y", "--layer", "seven"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("neither a layer index nor 'all'"));
    let out = qins(&["run", "--model", "x", "--file", "y", "--modes", "qins-tokn"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("qins-token"));
}
