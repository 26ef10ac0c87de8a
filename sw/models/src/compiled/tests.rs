use super::*;
use crate::bert::Sequences;
use crate::layer::{calibrate, compile_layer, run_compiled_layer, RunOptions};
use crate::synthetic::{self, SyntheticConfig};
use qins_core::accel::AccelConfig;
use qins_core::hw::AccelModel;
use qins_host::driver::Driver;
use qins_host::image::WeightImage;

fn small(style: LayerStyle, mode: Mode) -> (CompiledModel, TransformerLayer, SyntheticConfig) {
    let cfg = SyntheticConfig {
        d_model: 32,
        d_ff: 64,
        seed: 5,
    };
    let layer = match style {
        LayerStyle::Encoder => synthetic::encoder_layer(&cfg, 4).unwrap(),
        LayerStyle::Decoder => synthetic::decoder_layer(&cfg, 4).unwrap(),
    };
    let cal_x = synthetic::activations(&cfg, 64, 1);
    let cal = calibrate(&layer, &cal_x, &Sequences::uniform(8, 8).unwrap(), &[mode]).unwrap();
    let c = compile_layer(
        &layer,
        &cal,
        mode,
        TokenAlpha::Absmax,
        Provenance::default(),
    )
    .unwrap();
    (c, layer, cfg)
}

fn image_error(r: Result<CompiledModel>) -> (String, String) {
    match r {
        Err(Error::Image {
            section, message, ..
        }) => (section, message),
        Err(e) => panic!("expected an image error, got {e}"),
        Ok(_) => panic!("expected an image error, got a model"),
    }
}

#[test]
fn every_hardware_mode_round_trips_through_image_bytes() {
    for style in LayerStyle::ALL {
        for mode in Mode::ALL.into_iter().filter(|m| m.compiles()) {
            let (c, _, _) = small(style, mode);
            let bytes = c.to_image().unwrap().to_bytes().unwrap();
            let back = CompiledModel::from_bytes(&bytes).unwrap();
            assert_eq!(back, c, "{style:?} {mode:?}");
        }
    }
}

#[test]
fn an_image_runs_exactly_as_the_compilation_it_came_from() {
    let (c, _, cfg) = small(LayerStyle::Encoder, Mode::QinsWa);
    let back = CompiledModel::from_bytes(&c.to_image().unwrap().to_bytes().unwrap()).unwrap();
    let x = synthetic::activations(&cfg, 16, 2);
    let seqs = Sequences::uniform(2, 8).unwrap();
    let acfg = AccelConfig::SIM8;
    let run = |m: &CompiledModel| {
        let mut e = Driver::new(AccelModel::new(acfg), acfg);
        run_compiled_layer(&mut e, m, 0, &x, &seqs, RunOptions::default())
            .unwrap()
            .output
    };
    assert_eq!(run(&c).data, run(&back).data);
}

#[test]
fn pattern_b_on_the_array_is_no_better_than_its_f64_upper_bound_and_fails() {
    let (c, layer, cfg) = small(LayerStyle::Encoder, Mode::QinsB);
    let x = synthetic::activations(&cfg, 32, 2);
    let seqs = Sequences::uniform(4, 8).unwrap();
    let acfg = AccelConfig::SIM8;
    let mut e = Driver::new(AccelModel::new(acfg), acfg);
    let run = run_compiled_layer(&mut e, &c, 0, &x, &seqs, RunOptions::default()).unwrap();
    // the linear sites ran on the array, with the z table as the activation decode table
    assert_eq!(run.cost.matmuls, 6);
    assert!(run.cost.useful_macs > 0);
    let reference = layer.forward(&x, &seqs).unwrap().output;
    let sqnr = qins_core::metrics::sqnr_db(&reference.data, &run.output.data);
    assert!(sqnr < 5.0, "{sqnr}");
    let img = c.to_image().unwrap();
    assert!(img.tables().contains(&qins_host::image::TableRef::Decode(
        DecodeTableIdZ::QinsZQ1_7
    )));
}

use qins_core::hw::decode_table::DecodeTableId as DecodeTableIdZ;

/// Re-serializes `img` after `edit` and reads it as a model.
fn edited(c: &CompiledModel, edit: impl FnOnce(&mut WeightImage)) -> Result<CompiledModel> {
    let mut img = c.to_image().unwrap();
    edit(&mut img);
    CompiledModel::from_bytes(&img.to_bytes().unwrap())
}

#[test]
fn inconsistent_images_name_what_is_wrong() {
    let (c, _, _) = small(LayerStyle::Encoder, Mode::QinsWa);
    // a site missing
    let (s, m) = image_error(edited(&c, |i| {
        i.tensors.retain(|t| t.name != "layer.0.v.weight")
    }));
    assert_eq!(s, "manifest");
    assert!(m.contains("lacks the tensor 'layer.0.v.weight'"), "{m}");
    // shapes that disagree with the description
    let (s, m) = image_error(edited(&c, |i| {
        i.model["architecture"]["intermediate_size"] = 48.into()
    }));
    assert_eq!(s, "tensor 'layer.0.ffn1.weight'");
    assert!(m.contains("disagrees with the model description"), "{m}");
    // codes of another codec than the mode's
    let (s, m) = image_error(edited(&c, |i| i.model["mode"] = "int8-wa".into()));
    assert_eq!(s, "manifest");
    assert!(m.contains("int8-wa"), "{m}");
    // a bias of the wrong length
    let (s, _) = image_error(edited(&c, |i| {
        let b = i
            .arrays
            .iter_mut()
            .find(|a| a.name == "layer.0.q.bias")
            .unwrap();
        b.data.pop();
        b.shape = vec![b.data.len()];
    }));
    assert_eq!(s, "array 'layer.0.q.bias'");
    // a section that belongs to nothing
    let (s, m) = image_error(edited(&c, |i| {
        i.arrays.push(qins_host::image::ImageArray {
            name: "stray".into(),
            shape: vec![1],
            data: vec![0.0],
        })
    }));
    assert_eq!(s, "array 'stray'");
    assert!(m.contains("belongs to no part"), "{m}");
    // scales missing, or bad
    let (_, m) = image_error(edited(&c, |i| {
        i.model["activations"]["sites"]
            .as_array_mut()
            .unwrap()
            .pop();
    }));
    assert!(m.contains("site layer.0.ffn2 is missing"), "{m}");
    let (_, m) = image_error(edited(&c, |i| {
        i.model["activations"]["sites"][0]["scales"]["alpha"] = (-1.0).into()
    }));
    assert!(m.contains("finite and positive"), "{m}");
    // a bare container
    let (_, m) = image_error(edited(&c, |i| i.model = serde_json::Value::Null));
    assert!(m.contains("no model description"), "{m}");
}
