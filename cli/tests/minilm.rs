//! Figures on the real all-MiniLM-L6-v2 checkpoint against `shared/docs/qins-numerics.md`
//! (copied into docs/numerics.md). Needs the model: `make minilm-tests` fetches it and runs
//! these with `QINS_MINILM_DIR` set. They are `#[ignore]` so a plain `cargo test` does not
//! need the 90 MB download; run without the variable they fail, they never pass silently.

use qins_cli::studies::compare::compare_matrix;
use qins_models::checkpoint::Checkpoint;
use std::path::PathBuf;

/// The evaluation sentences (96, none of them in the calibration text).
fn eval_sentences() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data/sentences/eval.txt")
}

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

/// `qins embed` against reference embeddings that scripts/check_bert_numpy.py wrote (float64
/// numpy, every sentence alone and unpadded), in padded batches of 16 and of 3.
#[test]
#[ignore = "needs the MiniLM checkpoint: make minilm-tests"]
fn embed_matches_the_numpy_reference_within_1e_5() {
    // beside this file, whichever crate builds it
    let reference: serde_json::Value =
        serde_json::from_str(include_str!("data/minilm_reference.json")).unwrap();
    let sentences_file =
        std::env::temp_dir().join(format!("qins-minilm-{}.txt", std::process::id()));
    std::fs::write(&sentences_file, include_str!("data/minilm_sentences.txt")).unwrap();
    let sentences: Vec<&str> = reference["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    let want_ids: Vec<Vec<u32>> = serde_json::from_value(reference["ids"].clone()).unwrap();
    let want: Vec<Vec<f64>> = serde_json::from_value(reference["embeddings"].clone()).unwrap();
    assert_eq!(reference["max_len"], 128);
    assert_eq!(sentences.len(), want.len());

    let tok = qins_models::tokenizer::Tokenizer::load(&model_dir()).expect("load tokenizer");
    for (s, ids) in sentences.iter().zip(&want_ids) {
        assert_eq!(&tok.encode_batch(&[*s], 128).unwrap().0[0], ids, "{s}");
    }
    for batch in ["16", "3"] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_qins"))
            .args(["embed", "--json", "--batch", batch, "--file"])
            .arg(&sentences_file)
            .arg("--model")
            .arg(model_dir())
            .output()
            .expect("run qins");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["mode"], "fp32");
        let got: Vec<Vec<f64>> = serde_json::from_value(v["embeddings"].clone()).unwrap();
        let tokens: Vec<usize> = serde_json::from_value(v["tokens"].clone()).unwrap();
        assert_eq!(got.len(), want.len());
        assert_eq!(tokens, want_ids.iter().map(Vec::len).collect::<Vec<_>>());
        let mut worst = (0.0f64, 0);
        for (s, (g, w)) in got.iter().zip(&want).enumerate() {
            assert_eq!(g.len(), w.len());
            for (a, b) in g.iter().zip(w) {
                if (a - b).abs() > worst.0 {
                    worst = ((a - b).abs(), s);
                }
            }
        }
        eprintln!(
            "batch {batch}: max abs difference {:.2e} (sentence {})",
            worst.0, worst.1
        );
        assert!(worst.0 <= 1e-5, "max abs difference {:.3e}", worst.0);
        for c in v["cosine_vs_fp32"].as_array().unwrap() {
            assert!((c.as_f64().unwrap() - 1.0).abs() < 1e-12, "{c}");
        }
    }
    let _ = std::fs::remove_file(&sentences_file);
}

#[test]
#[ignore = "needs the MiniLM checkpoint: make minilm-tests"]
fn layer0_modes_through_the_hardware_integer_path() {
    // the model engine is bit-exact with the RTL (the rtl engine checks every matmul); the
    // inputs are the 96 sentences of data/sentences/eval.txt, calibrated on the built-in
    // data/sentences/calibration.txt
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_qins"))
        .args([
            "run", "--json", "--engine", "model", "--layer", "0", "--model",
        ])
        .arg(model_dir())
        .arg("--file")
        .arg(eval_sentences())
        .output()
        .expect("run qins");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let sq = |mode: &str| {
        v["modes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["mode"] == mode)
            .unwrap()["sqnr_db"]
            .as_f64()
            .unwrap()
    };
    eprintln!(
        "qins-a {:.1}, int8-w {:.1}, qins-wa {:.1}, int8-wa {:.1}, int8-token {:.1}, qins-b {:.1}",
        sq("qins-a"),
        sq("int8-w"),
        sq("qins-wa"),
        sq("int8-wa"),
        sq("int8-token"),
        sq("qins-b")
    );
    assert!(sq("qins-a") >= 41.0);
    assert!((37.5..40.5).contains(&sq("int8-w")));
    assert!(sq("qins-wa") >= 36.0);
    assert!(sq("int8-wa") < 20.0);
    assert!((30.0..36.0).contains(&sq("int8-token")));
    assert!(sq("qins-wa") > sq("int8-token"));
    assert!(sq("qins-b") < 0.0);
}

#[test]
#[ignore = "needs the MiniLM checkpoint: make minilm-tests"]
fn whole_model_embeddings_qins_a_and_qins_wa_beat_int8_token() {
    let embed = |mode: &str| -> serde_json::Value {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_qins"))
            .args([
                "embed", "--json", "--engine", "model", "--batch", "96", "--mode", mode,
            ])
            .arg("--model")
            .arg(model_dir())
            .arg("--file")
            .arg(eval_sentences())
            .output()
            .expect("run qins");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let mut mean = std::collections::HashMap::new();
    for mode in ["qins-a", "qins-wa", "int8-token"] {
        let v = embed(mode);
        let m = v["mean_cosine"].as_f64().unwrap();
        let kept = v["nearest_neighbour_kept"].as_u64().unwrap();
        eprintln!(
            "{mode}: mean cosine {m:.6}, min {:.6}, nearest neighbour kept {kept}/96",
            v["min_cosine"].as_f64().unwrap()
        );
        if mode == "qins-a" {
            assert!(m >= 0.9995, "qins-a mean cosine {m}");
            assert_eq!(kept, 96, "qins-a changed a nearest neighbour");
        }
        mean.insert(mode, m);
    }
    assert!(
        mean["qins-wa"] >= 0.999,
        "qins-wa mean cosine {}",
        mean["qins-wa"]
    );
    assert!(
        mean["qins-wa"] > mean["int8-token"],
        "qins-wa {} is not above int8-token {}",
        mean["qins-wa"],
        mean["int8-token"]
    );
}
