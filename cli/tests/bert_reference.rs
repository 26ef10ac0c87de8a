//! `qins embed` and `qins run` end to end on a tiny random BERT folder written here (config,
//! safetensors, WordPiece tokenizer.json): batching never changes an embedding, rows are
//! unit length, the accelerator modes run on the RTL and the model with the same result,
//! and bad input is a one-line error. The check against numpy reference embeddings of the real
//! all-MiniLM-L6-v2 is `embed_matches_the_numpy_reference_within_1e_5` in minilm.rs, which
//! `make minilm-tests` runs.

mod common;

use common::{assert_success, json_stdout, qins, s, str_field};
use qins_core::tensor::Matrix;
use qins_models::checkpoint::{save, NamedTensor, SaveDtype};
use std::path::{Path, PathBuf};
use std::process::Output;

const WORDS: [&str; 16] = [
    "[PAD]", "[UNK]", "[CLS]", "[SEP]", "the", "cat", "sat", "on", "a", "mat", "dog", "ran", "far",
    "##s", ".", "!",
];
const D: usize = 16;
const FF: usize = 32;
const LAYERS: usize = 2;
const POSITIONS: usize = 24;

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("qins-embed-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Writes config.json, model.safetensors and tokenizer.json of a seeded random BERT.
fn write_model(dir: &Path) {
    let config = serde_json::json!({
        "hidden_size": D, "num_attention_heads": 4, "intermediate_size": FF,
        "num_hidden_layers": LAYERS, "vocab_size": WORDS.len(),
        "max_position_embeddings": POSITIONS, "layer_norm_eps": 1e-12
    });
    std::fs::write(dir.join("config.json"), config.to_string()).unwrap();

    let mut seed = 100;
    let mut tensors = Vec::new();
    let mut add = |name: String, shape: Vec<usize>, offset: f32| {
        seed += 1;
        let n: usize = shape.iter().product();
        let m = Matrix::gaussian(1, n, 0.3, seed);
        let data = m.data.iter().map(|v| v + offset).collect();
        tensors.push(NamedTensor { name, shape, data });
    };
    let norm = |add: &mut dyn FnMut(String, Vec<usize>, f32), name: &str| {
        add(format!("{name}.weight"), vec![D], 1.0);
        add(format!("{name}.bias"), vec![D], 0.0);
    };
    add(
        "embeddings.word_embeddings.weight".into(),
        vec![WORDS.len(), D],
        0.0,
    );
    add(
        "embeddings.position_embeddings.weight".into(),
        vec![POSITIONS, D],
        0.0,
    );
    add(
        "embeddings.token_type_embeddings.weight".into(),
        vec![2, D],
        0.0,
    );
    norm(&mut add, "embeddings.LayerNorm");
    for l in 0..LAYERS {
        let p = format!("encoder.layer.{l}.");
        for (name, out, inp) in [
            ("attention.self.query", D, D),
            ("attention.self.key", D, D),
            ("attention.self.value", D, D),
            ("attention.output.dense", D, D),
            ("intermediate.dense", FF, D),
            ("output.dense", D, FF),
        ] {
            add(format!("{p}{name}.weight"), vec![out, inp], 0.0);
            add(format!("{p}{name}.bias"), vec![out], 0.0);
        }
        norm(&mut add, &format!("{p}attention.output.LayerNorm"));
        norm(&mut add, &format!("{p}output.LayerNorm"));
    }
    save(&dir.join("model.safetensors"), &tensors, SaveDtype::F32).unwrap();

    let vocab: serde_json::Map<String, serde_json::Value> = WORDS
        .iter()
        .enumerate()
        .map(|(i, w)| (w.to_string(), i.into()))
        .collect();
    let special = |id: usize, content: &str| {
        serde_json::json!({"id": id, "content": content, "single_word": false, "lstrip": false,
            "rstrip": false, "normalized": false, "special": true})
    };
    let template = |name: &str| serde_json::json!({"SpecialToken": {"id": name, "type_id": 0}});
    let tokenizer = serde_json::json!({
        "version": "1.0", "truncation": null, "padding": null,
        "added_tokens": [special(0, "[PAD]"), special(1, "[UNK]"), special(2, "[CLS]"),
            special(3, "[SEP]")],
        "normalizer": {"type": "BertNormalizer", "clean_text": true,
            "handle_chinese_chars": true, "strip_accents": null, "lowercase": true},
        "pre_tokenizer": {"type": "BertPreTokenizer"},
        "post_processor": {"type": "TemplateProcessing",
            "single": [template("[CLS]"), {"Sequence": {"id": "A", "type_id": 0}},
                template("[SEP]")],
            "pair": [template("[CLS]"), {"Sequence": {"id": "A", "type_id": 0}},
                template("[SEP]"), {"Sequence": {"id": "B", "type_id": 1}},
                template("[SEP]")],
            "special_tokens": {
                "[CLS]": {"id": "[CLS]", "ids": [2], "tokens": ["[CLS]"]},
                "[SEP]": {"id": "[SEP]", "ids": [3], "tokens": ["[SEP]"]}}},
        "decoder": null,
        "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
            "max_input_chars_per_word": 100, "vocab": vocab}
    });
    std::fs::write(dir.join("tokenizer.json"), tokenizer.to_string()).unwrap();
}

fn json_embeddings(out: &Output) -> (Vec<Vec<f64>>, Vec<usize>) {
    let v = json_stdout(out);
    assert_eq!(v["mode"], "fp32");
    let e: Vec<Vec<f64>> = serde_json::from_value(v["embeddings"].clone()).unwrap();
    let c: Vec<f64> = serde_json::from_value(v["cosine_vs_fp32"].clone()).unwrap();
    assert_eq!(c.len(), e.len());
    assert!(c.iter().all(|c| (c - 1.0).abs() < 1e-12), "{c:?}");
    (e, serde_json::from_value(v["tokens"].clone()).unwrap())
}

fn assert_user_error(out: &Output, needle: &str) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "stderr: {err}");
    assert!(
        err.starts_with("error: ") && err.contains(needle) && !err.contains("panicked"),
        "stderr: {err}"
    );
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
}

#[test]
fn embeddings_do_not_depend_on_batching_and_are_unit_length() {
    let d = tmp("batching");
    write_model(&d);
    let file = d.join("s.txt");
    std::fs::write(
        &file,
        "The cat sat on the mat.\n\n  dogs ran far!  \ncat\r\nthe cats sat on a mat , the dog ran far\n",
    )
    .unwrap();
    let run = |batch: &str| {
        json_embeddings(&qins(&[
            "embed",
            "--model",
            s(&d),
            "--file",
            s(&file),
            "--json",
            "--batch",
            batch,
        ]))
    };
    let (one, tokens) = run("1");
    assert_eq!(tokens, vec![9, 7, 3, 14]);
    for batch in ["2", "16"] {
        let (padded, t) = run(batch);
        assert_eq!(t, tokens);
        for (a, b) in one.iter().flatten().zip(padded.iter().flatten()) {
            assert!((a - b).abs() < 1e-6, "batch {batch}: {a} vs {b}");
        }
    }
    for e in &one {
        assert_eq!(e.len(), D);
        let norm: f64 = e.iter().map(|v| v * v).sum::<f64>().sqrt();
        assert!((norm - 1.0).abs() < 1e-6, "norm {norm}");
    }
    // truncation: 8 tokens become 5, and the embedding changes
    let (short, t) = json_embeddings(&qins(&[
        "embed",
        "--model",
        s(&d),
        "--file",
        s(&file),
        "--json",
        "--max-len",
        "5",
    ]));
    assert_eq!(t, vec![5, 5, 3, 5]);
    assert_eq!(short[2], one[2]);
    assert_ne!(short[0], one[0]);
    let text = qins(&["embed", "--model", s(&d), "--file", s(&file)]);
    assert_success(&text);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("first values") && text.contains("4 sentences, 33 tokens"));
    assert!(
        text.contains("1.000000") && text.contains("dogs ran far!"),
        "{text}"
    );
    std::fs::remove_dir_all(&d).unwrap();
}

#[test]
fn embed_rejects_bad_input_with_one_line_errors() {
    let d = tmp("errors");
    write_model(&d);
    let file = d.join("s.txt");
    std::fs::write(&file, "the cat\n").unwrap();
    let embed = |model: &Path, file: &Path, extra: &[&str]| {
        let mut a = vec!["embed", "--model", s(model), "--file", s(file)];
        a.extend_from_slice(extra);
        qins(&a)
    };
    assert_user_error(
        &embed(
            &d,
            &file,
            &["--mode", "qins-a", "--calibration", "nowhere.txt"],
        ),
        "nowhere.txt",
    );
    assert_eq!(
        embed(&d, &file, &["--mode", "qins-z"]).status.code(),
        Some(2)
    );
    assert_user_error(&embed(&d, &file, &["--max-len", "25"]), "exceeds");
    assert_user_error(&embed(&d, &file, &["--max-len", "2"]), "no room");
    assert_user_error(&embed(&d, &file, &["--batch", "0"]), "--batch");
    let blank = d.join("blank.txt");
    std::fs::write(&blank, "\n  \n\n").unwrap();
    assert_user_error(&embed(&d, &blank, &[]), "no sentences");
    assert_user_error(&embed(&d, &d.join("missing.txt"), &[]), "missing.txt");
    // tokenizer problems
    let other = tmp("errors-model");
    for f in ["config.json", "model.safetensors"] {
        std::fs::copy(d.join(f), other.join(f)).unwrap();
    }
    assert_user_error(&embed(&other, &file, &[]), "folder has no tokenizer.json");
    std::fs::write(other.join("tokenizer.json"), "{\"model\": 3}").unwrap();
    assert_user_error(&embed(&other, &file, &[]), "not a usable tokenizer.json");
    // a checkpoint whose shapes disagree with its config
    std::fs::copy(d.join("tokenizer.json"), other.join("tokenizer.json")).unwrap();
    let cfg = std::fs::read_to_string(d.join("config.json")).unwrap();
    let bad = cfg.replace(
        &format!("\"intermediate_size\":{FF}"),
        "\"intermediate_size\":8",
    );
    assert_ne!(bad, cfg);
    std::fs::write(other.join("config.json"), bad).unwrap();
    assert_user_error(&embed(&other, &file, &[]), "the config says 8 x 16");
    std::fs::remove_dir_all(&other).unwrap();
    std::fs::remove_dir_all(&d).unwrap();
}

#[test]
fn accelerator_modes_embed_the_same_on_the_rtl_and_the_model() {
    let d = tmp("modes");
    write_model(&d);
    let file = d.join("s.txt");
    std::fs::write(&file, "the cat sat on the mat.\ndogs ran far!\na dog sat\n").unwrap();
    let cal = d.join("cal.txt");
    std::fs::write(
        &cal,
        "the dog ran on a mat\ncats sat far\nthe mat!\na cat ran .\n",
    )
    .unwrap();
    let embed = |mode: &str, engine: &str| -> serde_json::Value {
        let (mode, alu) = match mode.strip_suffix("+alu") {
            Some(m) => (m, true),
            None => (mode, false),
        };
        let mut args = vec![
            "embed",
            "--json",
            "--model",
            s(&d),
            "--file",
            s(&file),
            "--calibration",
            s(&cal),
            "--mode",
            mode,
            "--engine",
            engine,
        ];
        if alu {
            args.push("--alu-residual");
        }
        json_stdout(&qins(&args))
    };
    for mode in ["qins-a", "int8-token", "qins-wa+alu"] {
        let rtl = embed(mode, "rtl");
        let model = embed(mode, "model");
        assert_eq!(rtl["mode"], mode.trim_end_matches("+alu"));
        assert_eq!(rtl["alu_residual"], mode.ends_with("+alu"));
        assert_eq!(
            rtl["embeddings"], model["embeddings"],
            "{mode}: RTL and model differ"
        );
        assert!(rtl["checked_matmuls"].as_u64().unwrap() > 0);
        assert!(rtl["cycles"].as_u64().unwrap() > 0);
        let cos: Vec<f64> = serde_json::from_value(rtl["cosine_vs_fp32"].clone()).unwrap();
        assert_eq!(cos.len(), 3);
        // 16-wide layers quantize coarsely, but far from random
        assert!(cos.iter().all(|&c| c > 0.9 && c < 1.0), "{mode}: {cos:?}");
    }
    // Pattern B's linear layers run on the array too: checked against the model on the RTL
    let b = embed("qins-b", "rtl");
    assert!(b["checked_matmuls"].as_u64().unwrap() > 0);
    assert_eq!(b["embeddings"], embed("qins-b", "model")["embeddings"]);
    std::fs::remove_dir_all(&d).unwrap();
}

/// `qins encode` then `qins embed --image` in a folder holding only the image equals `qins
/// embed --model DIR --mode MODE` within 1e-6 per component, on the RTL as on the model;
/// without --reference the comparison keys are null.
#[test]
fn an_image_alone_embeds_as_the_model_compiled_in_memory() {
    let d = tmp("image");
    write_model(&d);
    let file = d.join("s.txt");
    std::fs::write(&file, "the cat sat on the mat.\ndogs ran far!\na dog sat\n").unwrap();
    let cal = d.join("cal.txt");
    std::fs::write(
        &cal,
        "the dog ran on a mat\ncats sat far\nthe mat!\na cat ran .\n",
    )
    .unwrap();
    let alone = tmp("image-alone");
    let image = alone.join("m.qimg");
    let sentences = alone.join("s.txt");
    std::fs::copy(&file, &sentences).unwrap();
    let out = qins(&[
        "encode",
        "--model",
        s(&d),
        "--mode",
        "qins-wa",
        "--calibration",
        s(&cal),
        "--out",
        s(&image),
    ]);
    assert_success(&out);
    let from_model = json_stdout(&qins(&[
        "embed",
        "--json",
        "--model",
        s(&d),
        "--mode",
        "qins-wa",
        "--calibration",
        s(&cal),
        "--file",
        s(&file),
        "--engine",
        "model",
    ]));
    let from_image = |engine: &str| {
        let out = common::qins_command()
            .current_dir(&alone)
            .args([
                "embed", "--json", "--image", "m.qimg", "--file", "s.txt", "--engine", engine,
            ])
            .output()
            .unwrap();
        json_stdout(&out)
    };
    let (model_engine, rtl) = (from_image("model"), from_image("rtl"));
    let rows = |v: &serde_json::Value| -> Vec<Vec<f64>> {
        serde_json::from_value(v["embeddings"].clone()).unwrap()
    };
    let (a, b) = (rows(&from_model), rows(&model_engine));
    assert_eq!(a.len(), 3);
    for (x, y) in a.iter().flatten().zip(b.iter().flatten()) {
        assert!((x - y).abs() <= 1e-6, "{x} vs {y}");
    }
    assert_eq!(
        rtl["embeddings"], model_engine["embeddings"],
        "RTL and model differ"
    );
    assert!(rtl["checked_matmuls"].as_u64().unwrap() > 0);
    for key in [
        "cosine_vs_fp32",
        "mean_cosine",
        "min_cosine",
        "nearest_neighbour_kept",
    ] {
        assert!(model_engine[key].is_null(), "{key}");
        assert!(!from_model[key].is_null(), "{key}");
    }
    assert_eq!(model_engine["mode"], "qins-wa");
    // --reference brings the comparison back, equal to --model's
    let with_ref = json_stdout(
        &common::qins_command()
            .current_dir(&alone)
            .args([
                "embed", "--json", "--image", "m.qimg", "--file", "s.txt", "--engine", "model",
            ])
            .arg("--reference")
            .arg(&d)
            .output()
            .unwrap(),
    );
    assert_eq!(
        with_ref["nearest_neighbour_kept"],
        from_model["nearest_neighbour_kept"]
    );
    let (c1, c2) = (
        with_ref["mean_cosine"].as_f64().unwrap(),
        from_model["mean_cosine"].as_f64().unwrap(),
    );
    assert!((c1 - c2).abs() < 1e-6, "{c1} vs {c2}");
    std::fs::remove_dir_all(&alone).unwrap();
    std::fs::remove_dir_all(&d).unwrap();
}

/// Truncated, corrupted and inconsistent images, and images that do not fit the command,
/// exit 1 with one `error:` line naming what is wrong.
#[test]
fn bad_images_are_one_line_errors() {
    let d = tmp("bad-image");
    write_model(&d);
    let file = d.join("s.txt");
    std::fs::write(&file, "the cat sat on the mat.\n").unwrap();
    let image = d.join("b.qimg");
    assert_success(&qins(&[
        "encode",
        "--model",
        s(&d),
        "--mode",
        "qins-b",
        "--out",
        s(&image),
    ]));
    let v = json_stdout(&qins(&["inspect", "--json", s(&image)]));
    assert_eq!(v["model"]["mode"], "qins-b");
    assert_eq!(v["version"], 2);
    assert!(v["tables"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t["id"] == "qins-z-q1-7"));
    let text = qins(&["inspect", s(&image)]);
    assert_success(&text);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("mode: qins-b") && text.contains("calibration:"),
        "{text}"
    );
    // Pattern B on the RTL: cycles, checked matmuls, and a verdict
    let v = json_stdout(&qins(&[
        "run",
        "--image",
        s(&image),
        "--layer",
        "0",
        "--file",
        s(&file),
        "--engine",
        "rtl",
        "--reference",
        s(&d),
        "--json",
    ]));
    let row = &v["modes"][0];
    assert_eq!(row["mode"], "qins-b");
    assert!(row["cycles"].as_u64().unwrap() > 0 && row["matmuls"].as_u64().unwrap() == 6);
    assert_eq!(
        row["checked_matmuls"], 6,
        "every Pattern B matmul checked against the model"
    );
    assert!(
        row["note"].as_str().unwrap().contains("on the array"),
        "{row}"
    );
    assert!(row["sqnr_db"].is_number());

    let bytes = std::fs::read(&image).unwrap();
    let bad = d.join("bad.qimg");
    let embed_bad = |bytes: &[u8], needle: &str| {
        std::fs::write(&bad, bytes).unwrap();
        assert_user_error(
            &qins(&[
                "embed",
                "--image",
                s(&bad),
                "--file",
                s(&file),
                "--engine",
                "model",
            ]),
            needle,
        );
    };
    embed_bad(&bytes[..bytes.len() / 2], "truncated or extended");
    let mut flipped = bytes.clone();
    let n = flipped.len();
    flipped[n / 2] ^= 0x10;
    embed_bad(&flipped, "CRC32 mismatch");
    // another mode than asked for
    assert_user_error(
        &qins(&[
            "embed",
            "--image",
            s(&image),
            "--mode",
            "qins-wa",
            "--file",
            s(&file),
        ]),
        "compiled for mode qins-b, not qins-wa",
    );
    // no tokenizer, a site missing, a shape that disagrees: rewrite the container
    let edit = |f: &dyn Fn(&mut qins_host::image::WeightImage)| {
        let mut img = qins_host::image::WeightImage::from_bytes(&bytes).unwrap();
        f(&mut img);
        img.to_bytes().unwrap()
    };
    embed_bad(&edit(&|i| i.blobs.clear()), "has no tokenizer");
    embed_bad(
        &edit(&|i| i.tensors.retain(|t| t.name != "layer.1.o.weight")),
        "lacks the tensor 'layer.1.o.weight'",
    );
    embed_bad(
        &edit(&|i| i.model["architecture"]["hidden_size"] = 20.into()),
        "disagrees with the model description",
    );
    // a version-1 file is refused in one line naming the version
    let mut v1 = bytes.clone();
    v1[8] = 1;
    let crc = crc32fast::hash(&v1[..28]);
    v1[28..32].copy_from_slice(&crc.to_le_bytes());
    embed_bad(&v1, "unsupported version 1");
    std::fs::remove_dir_all(&d).unwrap();
}

#[test]
fn run_reports_every_mode_on_real_sentences() {
    let d = tmp("run");
    write_model(&d);
    let file = d.join("s.txt");
    std::fs::write(&file, "the cat sat on the mat.\ndogs ran far!\n").unwrap();
    let run = |extra: &[&str]| {
        let mut args = vec![
            "run",
            "--engine",
            "model",
            "--model",
            s(&d),
            "--file",
            s(&file),
        ];
        args.extend_from_slice(extra);
        qins(&args)
    };
    let v = json_stdout(&run(&["--json", "--layer", "1"]));
    assert_eq!(
        str_field(&v["modes"], "mode"),
        [
            "fp32",
            "int8-tensor",
            "int8-w",
            "int8-wa",
            "int8-token",
            "qins-a",
            "qins-wa",
            "qins-token",
            "qins-b",
            "qins-c"
        ]
    );
    // every layer at once, two modes, with the per-site breakdown
    let v = json_stdout(&run(&[
        "--json",
        "--layer",
        "all",
        "--modes",
        "qins-wa,qins-token",
        "--sites",
    ]));
    let layers = v["layers"].as_array().unwrap();
    assert_eq!(layers.len(), 2);
    for (l, layer) in layers.iter().enumerate() {
        assert_eq!(layer["layer"].as_u64(), Some(l as u64));
        let modes = layer["modes"].as_array().unwrap();
        assert_eq!(modes.len(), 2);
        assert_eq!(modes[1]["mode"], "qins-token");
        assert_eq!(
            modes[1]["sites"].as_array().unwrap().len(),
            8,
            "encoder: 6 linear + 2 attention"
        );
    }
    let text = run(&[]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("2 sequences of 7 to 9 tokens"), "{text}");
    assert!(text.contains("no clock"), "{text}");
    assert_user_error(
        &qins(&["run", "--model", s(&d), "--file", s(&file), "--layer", "2"]),
        "the model has layers 0..2",
    );
    std::fs::remove_dir_all(&d).unwrap();
}
