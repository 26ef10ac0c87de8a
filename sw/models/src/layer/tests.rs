use super::*;
use crate::synthetic::{self, SyntheticConfig};
use qins_core::accel::AccelConfig;
use qins_core::metrics::sqnr_db;

/// A small synthetic encoder layer (d = 32, 4 heads, d_ff = 64).
fn small_layer() -> (TransformerLayer, SyntheticConfig) {
    let cfg = SyntheticConfig {
        d_model: 32,
        d_ff: 64,
        seed: 5,
    };
    (synthetic::encoder_layer(&cfg, 4).unwrap(), cfg)
}

#[test]
fn every_mode_runs_and_the_ordering_is_sane() {
    let (layer, scfg) = small_layer();
    let cal_x = synthetic::activations(&scfg, 64, 1);
    let x = synthetic::activations(&scfg, 32, 2);
    let cal = calibrate(
        &layer,
        &cal_x,
        &Sequences::uniform(8, 8).unwrap(),
        &Mode::ALL,
    )
    .unwrap();
    let acfg = AccelConfig::SIM8;
    let mut engine = Driver::new(AccelModel::new(acfg), acfg);
    let seqs = Sequences::uniform(4, 8).unwrap();
    let reference = layer.forward(&x, &seqs).unwrap().output;
    let mut sq = std::collections::HashMap::new();
    for mode in Mode::ALL {
        let run = run_layer(
            &mut engine,
            &layer,
            &x,
            &seqs,
            mode,
            &cal,
            RunOptions::default(),
        )
        .unwrap();
        let s = sqnr_db(&reference.data, &run.output.data);
        sq.insert(mode.name(), s);
        // qins-c's own op count is checked in pattern_c's tests
        if mode.on_hardware() && mode != Mode::QinsC {
            // 6 linear sites; 2 attention matmuls per sequence and head, except Pattern B's
            // (FP32 on the host)
            let attention = if mode.attention_on_hardware() {
                2 * 4 * 4
            } else {
                0
            };
            assert!(
                run.cost.useful_macs > 0 && run.cost.matmuls == 6 + attention,
                "{mode:?}"
            );
        }
    }
    assert_eq!(sq["fp32"], f64::INFINITY);
    assert!(sq["qins-a"] > 25.0, "{sq:?}");
    assert!(sq["int8-w"] > 20.0, "{sq:?}");
    assert!(sq["qins-b"] < 5.0, "{sq:?}");
}

#[test]
fn decoder_layer_on_sequences_of_different_lengths_runs_in_every_mode() {
    let cfg = SyntheticConfig {
        d_model: 32,
        d_ff: 64,
        seed: 5,
    };
    let layer = synthetic::decoder_layer(&cfg, 4).unwrap();
    let cal_x = synthetic::activations(&cfg, 64, 1);
    let cal = calibrate(
        &layer,
        &cal_x,
        &Sequences::uniform(8, 8).unwrap(),
        &Mode::ALL,
    )
    .unwrap();
    let seqs = Sequences::packed(&[5, 8, 3]).unwrap();
    let x = synthetic::activations(&cfg, 16, 2);
    let acfg = AccelConfig::SIM8;
    let mut engine = Driver::new(AccelModel::new(acfg), acfg);
    let r = run_modes(
        &mut engine,
        &layer,
        &x,
        &seqs,
        &cal,
        &Mode::ALL,
        RunOptions::default(),
        &mut |_, _, _| {},
    )
    .unwrap();
    let get = |m: Mode| r.iter().find(|x| x.mode == m).unwrap();
    // 7 linear layers, and Q K^T and P V for each of 3 sequences x 4 heads
    assert_eq!(get(Mode::QinsA).matmuls, 7 + 2 * 3 * 4);
    assert!(
        get(Mode::QinsA).sqnr_db > 25.0,
        "{}",
        get(Mode::QinsA).sqnr_db
    );
    assert!(get(Mode::QinsB).sqnr_db < 5.0);
    // a calibration without qins-b cannot run qins-b
    let cal = calibrate(
        &layer,
        &cal_x,
        &Sequences::uniform(8, 8).unwrap(),
        &[Mode::QinsA],
    )
    .unwrap();
    assert!(run_layer(
        &mut engine,
        &layer,
        &x,
        &seqs,
        Mode::QinsB,
        &cal,
        RunOptions::default()
    )
    .is_err());
}

/// An FPGA configuration has no ALU: --alu-residual is refused before any mode runs.
#[test]
fn alu_residual_is_refused_up_front_without_an_alu() {
    let (layer, scfg) = small_layer();
    let x = synthetic::activations(&scfg, 16, 2);
    let seqs = Sequences::uniform(2, 8).unwrap();
    let cal = calibrate(&layer, &x, &seqs, &[Mode::QinsA]).unwrap();
    let acfg = AccelConfig::UP5K;
    let mut engine = Driver::new(AccelModel::new(acfg), acfg);
    assert!(!engine.has_alu());
    let mut started = 0;
    let r = run_modes(
        &mut engine,
        &layer,
        &x,
        &seqs,
        &cal,
        &[Mode::QinsA],
        RunOptions {
            alu_residual: true,
            ..Default::default()
        },
        &mut |_, _, _| started += 1,
    );
    match r {
        Err(e) => assert!(e.to_string().contains("has none"), "{e}"),
        Ok(_) => panic!("ran without an ALU"),
    }
    assert_eq!(started, 0);
    // without the option the same layer runs on the UP5K configuration
    let run = run_layer(
        &mut engine,
        &layer,
        &x,
        &seqs,
        Mode::QinsA,
        &cal,
        RunOptions::default(),
    )
    .unwrap();
    assert!(run.cost.matmuls > 0);
}

#[test]
fn residual_adds_on_the_alu_cost_little_and_are_counted() {
    let (layer, scfg) = small_layer();
    let x = synthetic::activations(&scfg, 32, 2);
    let seqs = Sequences::uniform(4, 8).unwrap();
    let cal = calibrate(&layer, &x, &seqs, &[Mode::QinsA]).unwrap();
    let acfg = AccelConfig::SIM8;
    let mut engine = Driver::new(AccelModel::new(acfg), acfg);
    let reference = layer.forward(&x, &seqs).unwrap().output;
    let run = |engine: &mut Driver<AccelModel>, alu_residual| {
        run_layer(
            engine,
            &layer,
            &x,
            &seqs,
            Mode::QinsA,
            &cal,
            RunOptions {
                alu_residual,
                ..Default::default()
            },
        )
        .unwrap()
    };
    let host = run(&mut engine, false);
    let alu = run(&mut engine, true);
    assert_eq!(host.cost.alu_elements, 0);
    assert_eq!(alu.cost.alu_elements, 2 * 32 * 32);
    let (h, a) = (
        sqnr_db(&reference.data, &host.output.data),
        sqnr_db(&reference.data, &alu.output.data),
    );
    // 8-bit residual codes are coarser than FP32, but far from useless
    assert!(a < h && a > 20.0, "host {h:.1} dB, ALU {a:.1} dB");
}

#[test]
fn checked_engine_catches_nothing_on_the_model() {
    let (layer, scfg) = small_layer();
    let x = synthetic::activations(&scfg, 16, 2);
    let seqs = Sequences::uniform(2, 8).unwrap();
    let cal = calibrate(&layer, &x, &seqs, &[Mode::QinsWa]).unwrap();
    let acfg = AccelConfig::SIM8;
    let mut engine = CheckedEngine::new(Driver::new(AccelModel::new(acfg), acfg));
    let alu = RunOptions {
        alu_residual: true,
        ..Default::default()
    };
    run_layer(&mut engine, &layer, &x, &seqs, Mode::QinsWa, &cal, alu).unwrap();
    assert_eq!(engine.checked, 6 + 2 * 2 * 4 + 2);
}

#[test]
fn token_absmax_rule_puts_each_tokens_absmax_on_its_level() {
    let row = [0.5f32, -3.0, 0.01, 2.0];
    let a = token_alpha(&row, TokenAlpha::Absmax);
    // the absmax encodes to magnitude index TOKEN_ABSMAX_LEVEL and decodes back exactly
    let c = qins::encode(-3.0, a);
    assert_eq!((c & 0x7F) as usize, TOKEN_ABSMAX_LEVEL);
    assert!((qins::decode(c, a) + 3.0).abs() < 1e-5);
    // the mse rule is never worse than the absmax rule on the token it is chosen for
    let m = token_alpha(&row, TokenAlpha::Mse);
    assert!(qins::squared_error(&row, m) <= qins::squared_error(&row, a) * 1.0001);
}

#[test]
fn a_parallel_engine_equals_one_engine_bit_for_bit() {
    let cfg = AccelConfig::SIM8;
    // 37 output rows (5 tiles of 8, the last partial) over 3 engines; per-channel and
    // per-tensor scales; raw and coded activations
    let w = Matrix::gaussian(37, 21, 0.05, 8);
    let x: Vec<i16> = (0..5 * 21)
        .map(|i| ((i * 7919) % 601) as i16 - 300)
        .collect();
    let codes: Vec<i16> = x.iter().map(|&v| v & 0xFF).collect();
    for wq in [
        QuantizedTensor::qins(&w, Granularity::Channel, AlphaRule::MseSearch),
        QuantizedTensor::int8(&w, Granularity::Tensor),
    ] {
        let table = DecodeTable::qins();
        for (xs, t) in [(&x, None), (&codes, Some(&table))] {
            let mut one = Driver::new(AccelModel::new(cfg), cfg);
            let (want, want_stats) = one.matmul(&wq, xs, 5, t).unwrap();
            let mut par = ParallelEngine::new(
                (0..3)
                    .map(|_| Driver::new(AccelModel::new(cfg), cfg))
                    .collect(),
            )
            .unwrap();
            let (got, stats) = par.matmul(&wq, xs, 5, t).unwrap();
            assert_eq!(got, want);
            assert_eq!(stats.useful_macs, want_stats.useful_macs);
        }
    }
    assert!(ParallelEngine::<Driver<AccelModel>>::new(Vec::new()).is_err());
}
