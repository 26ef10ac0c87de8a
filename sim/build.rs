//! Verilates the committed RTL tops and compiles them, with the Verilator runtime and the
//! `extern "C"` shim in `csrc/shim.cpp`, into one static library.
//!
//! Each top goes to its own directory under `OUT_DIR` with `--prefix V<top>`, so the C++
//! classes of different tops never clash. The per-cycle code (Verilator's "fast" files,
//! the runtime and the shim) is compiled at opt-level 3; the run-once code (the
//! `__Slow.cpp` files: constructors, initial values, trace declarations) without
//! optimisation, as Verilator's own makefiles do (`OPT_SLOW`), which cuts the C++ build
//! time by about two thirds and costs nothing per cycle.
//!
//! Tracing (VCD) is compiled in only with the `trace` feature (`make wave`): Verilator's
//! trace code costs every cycle even when no trace is open. The C++ is compiled with clang
//! where it is installed (`make deps` installs it; faster code and a shorter build than
//! gcc), else with the cc crate's default compiler; `QINS_SIM_CXX` names another one.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{exit, Command};

/// The RTL tops compiled into the crate: (file in `rtl/`, top module). The board tops are
/// `qins_core::link::SIM_BOARDS`' in its order (the shim's `qsim_board_new` numbers them so;
/// a test of `BoardSim` checks every one answers with its configuration). Each top costs
/// C++ compile time in every build of this crate.
const TOPS: [(&str, &str); 5] = [
    ("qins_accel_sim8.v", "qins_accel_sim8"),
    ("qins_alu.v", "qins_alu"),
    ("qins_board_up5k_sim.v", "qins_board_up5k_sim"),
    ("qins_board_ulx3s_sim.v", "qins_board_ulx3s_sim"),
    ("qins_board_ulx3s25f_sim.v", "qins_board_ulx3s25f_sim"),
];

const SHIM: &str = "csrc/shim.cpp";

/// Verilator's runtime sources needed by a `--cc` model without `--threads`.
const RUNTIME: [&str; 2] = ["verilated.cpp", "verilated_threads.cpp"];
/// ... and by a traced one.
const TRACE_RUNTIME: &str = "verilated_vcd_c.cpp";

/// The `trace` feature: VCD tracing compiled in.
fn tracing() -> bool {
    env::var_os("CARGO_FEATURE_TRACE").is_some()
}

/// The C++ compiler: `QINS_SIM_CXX`, else clang++ when on PATH, else the cc crate's choice.
fn compiler() -> Option<String> {
    if let Ok(c) = env::var("QINS_SIM_CXX") {
        return Some(c);
    }
    let found = Command::new("clang++")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    found.then(|| "clang++".to_string())
}

fn fail(message: &str) -> ! {
    println!("cargo::error={message}");
    exit(1);
}

fn verilator() -> String {
    env::var("VERILATOR").unwrap_or_else(|_| "verilator".to_string())
}

/// `verilator --getenv VERILATOR_ROOT`, or a one-line error naming the tool and the fix.
fn verilator_root() -> PathBuf {
    let out = match Command::new(verilator())
        .args(["--getenv", "VERILATOR_ROOT"])
        .output()
    {
        Ok(o) if o.status.success() => o,
        _ => fail(
            "qins-sim needs Verilator 5 (`verilator` on PATH, or $VERILATOR): run `make deps` or `apt-get install verilator`",
        ),
    };
    let version = Command::new(verilator())
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    let major = version
        .split_whitespace()
        .nth(1)
        .and_then(|v| v.split('.').next())
        .and_then(|m| m.parse::<u32>().ok());
    if !matches!(major, Some(m) if m >= 5) {
        fail(&format!(
            "qins-sim needs Verilator 5, found `{}`: run `make deps` or `apt-get install verilator`",
            version.trim()
        ));
    }
    let root = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    if !root.join("include/verilated.h").exists() {
        fail(&format!(
            "Verilator's include dir {}/include has no verilated.h: reinstall it (`apt-get install verilator`)",
            root.display()
        ));
    }
    root
}

/// Runs `verilator --cc` on one top into `dir`; the log (WIDTH warnings of the generated
/// Verilog, checked separately by `make lint-rtl`) is kept in `dir/verilator.log`.
fn verilate(rtl: &Path, top: &str, dir: &Path) {
    if dir.exists() {
        fs::remove_dir_all(dir).expect("clean the verilator output dir");
    }
    fs::create_dir_all(dir).expect("create the verilator output dir");
    let out = Command::new(verilator())
        .arg("--cc")
        .args(["-O3", "--x-assign", "fast", "--x-initial", "fast"])
        .arg("-Wno-fatal")
        .args(tracing().then_some("--trace"))
        .args(["--top-module", top, "--prefix", &format!("V{top}")])
        .arg("--Mdir")
        .arg(dir)
        .arg(rtl)
        .output()
        .unwrap_or_else(|e| fail(&format!("could not run verilator: {e}")));
    let mut log = out.stdout.clone();
    log.extend_from_slice(&out.stderr);
    fs::write(dir.join("verilator.log"), &log).expect("write verilator.log");
    if !out.status.success() {
        eprintln!("{}", String::from_utf8_lossy(&log));
        fail(&format!(
            "verilator failed on {} (log: {})",
            rtl.display(),
            dir.join("verilator.log").display()
        ));
    }
}

/// The generated C++ of one top, split into (per-cycle, run-once) files.
fn model_sources(dir: &Path) -> (Vec<PathBuf>, Vec<PathBuf>) {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .expect("read the verilator output dir")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "cpp"))
        .collect();
    files.sort();
    files
        .into_iter()
        .partition(|p| !p.to_string_lossy().ends_with("__Slow.cpp"))
}

/// A C++17 build with the defines and warning settings of Verilator's makefiles.
fn cxx(root: &Path, includes: &[PathBuf], opt_level: u32, compiler: Option<&str>) -> cc::Build {
    let mut b = cc::Build::new();
    if let Some(c) = compiler {
        b.compiler(c);
    }
    let trace = if tracing() { "1" } else { "0" };
    b.cpp(true)
        .std("c++17")
        .opt_level(opt_level)
        .debug(false)
        .warnings(false)
        .cargo_warnings(false)
        .include(root.join("include"))
        .include(root.join("include/vltstd"))
        .define("VM_COVERAGE", "0")
        .define("VM_SC", "0")
        .define("VM_TRACE", trace)
        .define("VM_TRACE_FST", "0")
        .define("VM_TRACE_VCD", trace);
    for i in includes {
        b.include(i);
    }
    // Verilator's CFG_CXXFLAGS_NO_UNUSED (compilers accept unknown -Wno-* flags silently).
    for f in [
        "-faligned-new",
        "-Wno-bool-operation",
        "-Wno-sign-compare",
        "-Wno-uninitialized",
        "-Wno-unused-but-set-variable",
        "-Wno-unused-parameter",
        "-Wno-unused-variable",
        "-Wno-shadow",
    ] {
        b.flag(f);
    }
    b
}

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR"));
    let rtl_dir = manifest.join("../rtl");
    println!("cargo:rerun-if-changed={SHIM}");
    println!("cargo:rerun-if-env-changed=VERILATOR");
    println!("cargo:rerun-if-env-changed=QINS_SIM_CXX");
    println!("cargo:rerun-if-env-changed=PATH");
    for (file, _) in TOPS {
        println!("cargo:rerun-if-changed=../rtl/{file}");
    }

    let root = verilator_root();
    let mut fast = Vec::new();
    let mut slow = Vec::new();
    let mut includes = Vec::new();
    for (file, top) in TOPS {
        let rtl = rtl_dir.join(file);
        if !rtl.exists() {
            fail(&format!(
                "{} is missing (rtl/ is committed: check out the repository again)",
                rtl.display()
            ));
        }
        let dir = out.join(format!("V{top}"));
        verilate(&rtl, top, &dir);
        let (f, s) = model_sources(&dir);
        fast.extend(f);
        slow.extend(s);
        includes.push(dir);
    }

    let compiler = compiler();
    let slow_objects = cxx(&root, &includes, 0, compiler.as_deref())
        .files(&slow)
        .compile_intermediates();
    let mut lib = cxx(&root, &includes, 3, compiler.as_deref());
    lib.files(&fast)
        .files(RUNTIME.iter().map(|f| root.join("include").join(f)))
        .files(tracing().then(|| root.join("include").join(TRACE_RUNTIME)))
        .file(manifest.join(SHIM))
        .objects(&slow_objects)
        .compile("qins_sim_verilated");
    println!("cargo:rustc-link-lib=pthread");
    if lib.get_compiler().is_like_clang() {
        // clang's std::atomic on 64-bit values calls into libatomic
        println!("cargo:rustc-link-lib=atomic");
    }
    println!(
        "cargo:rustc-env=QINS_SIM_COMPILER={}",
        lib.get_compiler().path().display()
    );
}
