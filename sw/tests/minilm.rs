//! Figures on the real all-MiniLM-L6-v2 checkpoint against `shared/docs/qins-numerics.md`
//! (copied into docs/numerics.md). Needs the model: `make minilm-tests` fetches it and runs
//! these with `QINS_MINILM_DIR` set. They are `#[ignore]` so a plain `cargo test` does not
//! need the 90 MB download; run without the variable they fail, they never pass silently.

use qins::checkpoint::Checkpoint;
use qins::compare::compare_matrix;
use std::path::PathBuf;

fn model_dir() -> PathBuf {
    let dir = std::env::var("QINS_MINILM_DIR")
        .expect("QINS_MINILM_DIR is not set: run `make minilm-tests` (it fetches the model)");
    PathBuf::from(dir)
}

/// Layer-0 weight SQNR from the numerics doc: INT8/tensor, INT8/row, QINS/tensor, QINS/row.
const LAYER0: [(&str, [f64; 4]); 6] = [
    ("attention.self.query", [34.7, 42.3, 40.1, 40.9]),
    ("attention.self.key", [35.8, 42.6, 40.0, 40.9]),
    ("attention.self.value", [37.3, 42.4, 40.2, 40.9]),
    ("attention.output.dense", [25.3, 41.1, 39.9, 40.9]),
    ("intermediate.dense", [25.6, 42.4, 40.0, 40.9]),
    ("output.dense", [8.1, 33.5, 40.1, 40.7]),
];

#[test]
#[ignore = "needs the MiniLM checkpoint: make minilm-tests"]
fn layer0_weight_sqnr_within_0_3_db_of_the_numerics_doc() {
    let ck = Checkpoint::load(&model_dir()).expect("load MiniLM");
    for (name, want) in LAYER0 {
        let m = ck
            .matrix(&format!("encoder.layer.0.{name}.weight"))
            .unwrap();
        let c = compare_matrix(name, &m);
        let s = &c.sqnr_db;
        let got = [s.int8_tensor, s.int8_channel, s.qins_tensor, s.qins_channel];
        eprintln!("{name}: {got:.2?} (doc {want:?})");
        for (g, w) in got.iter().zip(want) {
            assert!((g - w).abs() <= 0.3, "{name}: got {got:.2?}, doc {want:?}");
        }
    }
}

#[test]
#[ignore = "needs the MiniLM checkpoint: make minilm-tests"]
fn layer0_transport_pattern_a_near_41_db_pattern_b_negative() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_qins"))
        .args(["transport", "--json", "--layer", "0", "--model"])
        .arg(model_dir())
        .output()
        .expect("run qins");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let layers = v["layers"].as_array().unwrap();
    assert_eq!(layers.len(), 2);
    for l in layers {
        let rows = l["rows"].as_array().unwrap();
        let sq = |i: usize| rows[i]["sqnr_db"].as_f64().unwrap();
        eprintln!(
            "{}: A {:.1}, A+act {:.1}, B {:.1}, B ridge {:.1}",
            l["layer"],
            sq(0),
            sq(1),
            sq(2),
            sq(3)
        );
        assert!(sq(0) > 40.0, "Pattern A {}", sq(0));
        assert!(sq(1) > 36.0, "Pattern A with QINS activations {}", sq(1));
        assert!(
            sq(2) < 0.0 && sq(3) < 0.0,
            "Pattern B should fail: {} {}",
            sq(2),
            sq(3)
        );
        assert!(l["verdict"].as_str().unwrap().contains("FAILS"));
    }
}
