use super::*;
use crate::bert::Sequences;
use crate::layer::{
    calibrate as layer_calibrate, run_layer as layer_run, MatmulEngine, Mode, RunOptions,
};
use crate::synthetic::{self, SyntheticConfig};
use qins_core::accel::AccelConfig;
use qins_core::codec::QuantizedTensor;
use qins_core::hw::{AccelModel, ChannelParams, DecodeTable, LookupTable};
use qins_core::metrics::sqnr_db;
use qins_host::driver::Driver;
use qins_host::lowering::RunStats;
use std::collections::BTreeMap;

fn small(decoder: bool) -> (crate::bert::TransformerLayer, SyntheticConfig) {
    let cfg = SyntheticConfig {
        d_model: 32,
        d_ff: 64,
        seed: 5,
    };
    let layer = if decoder {
        synthetic::decoder_layer(&cfg, 4)
    } else {
        synthetic::encoder_layer(&cfg, 4)
    };
    (layer.unwrap(), cfg)
}

/// The model engine, with every device op counted by kind, and a host int32 matmul (whose
/// accumulators the host would scale in floating point) that fails the test. `corrupt`
/// flips the low bit of every LOOKUP result (a broken device).
struct Guard {
    inner: Driver<AccelModel>,
    ops: BTreeMap<String, u64>,
    corrupt: bool,
}

impl Guard {
    fn new(corrupt: bool) -> Self {
        let cfg = AccelConfig::SIM8;
        Self {
            inner: Driver::new(AccelModel::new(cfg), cfg),
            ops: BTreeMap::new(),
            corrupt,
        }
    }
}

impl MatmulEngine for Guard {
    fn matmul(
        &mut self,
        _: &QuantizedTensor,
        _: &[i16],
        _: usize,
        _: Option<&DecodeTable>,
    ) -> Result<(Vec<i32>, RunStats)> {
        panic!("qins-c asked for int32 accumulators on the host");
    }
    fn alu(&mut self, op: AluOp, a: &[u8], b: &[u8]) -> Result<(Vec<u8>, u64)> {
        *self.ops.entry(op.name().to_string()).or_default() += 1;
        self.inner.alu(op, a, b)
    }
    fn linear_codes(
        &mut self,
        w: &QuantizedTensor,
        x: &[u8],
        m: usize,
        p: &[ChannelParams],
    ) -> Result<(Vec<u8>, RunStats)> {
        *self.ops.entry("linear".into()).or_default() += 1;
        self.inner.linear_codes(w, x, m, p)
    }
    fn lookup(&mut self, t: &LookupTable, a: &[u8]) -> Result<(Vec<u8>, u64)> {
        *self.ops.entry("lookup".into()).or_default() += 1;
        let (mut c, cycles) = self.inner.lookup(t, a)?;
        if self.corrupt {
            c.iter_mut().for_each(|x| *x ^= 1);
        }
        Ok((c, cycles))
    }
    fn array_size(&self) -> usize {
        8
    }
}

/// The claim: between the input encode and the output decode every activation is a code
/// made by a device command. The op sequence is generic over an element type without
/// arithmetic; here the engine refuses the host-scaled int32 path, every kind of device op
/// is seen, and a device that computes wrongly changes the output (the host does not
/// compute it on the side).
#[test]
fn qins_c_computes_on_the_device_only() {
    for decoder in [false, true] {
        let (layer, scfg) = small(decoder);
        let cal_x = synthetic::activations(&scfg, 64, 1);
        let x = synthetic::activations(&scfg, 20, 2);
        let alphas = calibrate(&layer, &cal_x, &Sequences::uniform(8, 8).unwrap()).unwrap();
        let seqs = Sequences::packed(&[7, 13]).unwrap();
        let mut g = Guard::new(false);
        let run = run_layer(&mut g, &layer, &x, &seqs, &alphas).unwrap();
        // q k v o + 2 or 3 FFN, 2 per sequence and head, norms: mean (LN only) and variance
        let ffn = if decoder { 3 } else { 2 };
        let norm_sums = if decoder { 2 } else { 4 };
        assert_eq!(
            g.ops["linear"],
            4 + ffn + 2 * 2 * 4 + 1 + norm_sums,
            "{:?}",
            g.ops
        );
        for op in ["add", "sub", "mul", "max", "lookup"] {
            if !(decoder && op == "sub") {
                assert!(g.ops.get(op).copied().unwrap_or(0) > 0, "{op}: {:?}", g.ops);
            }
        }
        let reference = layer.forward(&x, &seqs).unwrap().output;
        let s = sqnr_db(&reference.data, &run.output.data);
        assert!(s > 15.0, "decoder {decoder}: {s} dB");
        let mut bad = Guard::new(true);
        let broken = run_layer(&mut bad, &layer, &x, &seqs, &alphas).unwrap();
        assert_ne!(broken.output.data, run.output.data);
    }
}

/// Through `layer::run_layer` and `run_modes`: the calibration carries the alphas, the
/// report its per-step breakdown and the verdict against qins-wa.
#[test]
fn qins_c_mode_reports_steps_and_a_verdict() {
    let (layer, scfg) = small(false);
    let cal_x = synthetic::activations(&scfg, 64, 1);
    let x = synthetic::activations(&scfg, 16, 3);
    let modes = [Mode::QinsWa, Mode::QinsC];
    let cal = layer_calibrate(&layer, &cal_x, &Sequences::uniform(8, 8).unwrap(), &modes).unwrap();
    let seqs = Sequences::uniform(2, 8).unwrap();
    let acfg = AccelConfig::SIM8;
    let mut e = Driver::new(AccelModel::new(acfg), acfg);
    let r = crate::layer::run_modes(
        &mut e,
        &layer,
        &x,
        &seqs,
        &cal,
        &modes,
        RunOptions::default(),
        &mut |_, _, _| {},
    )
    .unwrap();
    let c = &r[1];
    assert!(c.note.contains("qins-wa"), "{}", c.note);
    let steps = c.steps.as_ref().unwrap();
    assert_eq!(steps.first().unwrap().site, "input");
    assert_eq!(steps.last().unwrap().site, "ln2");
    // the output step's SQNR is the layer's, measured against the f64 op sequence
    assert!(
        (steps.last().unwrap().sqnr_db - c.sqnr_db).abs() < 1.0,
        "{steps:?} {}",
        c.sqnr_db
    );
    // a calibration without qins-c is refused with an error
    let cal8 = Sequences::uniform(8, 8).unwrap();
    let cal_wa = layer_calibrate(&layer, &cal_x, &cal8, &[Mode::QinsWa]).unwrap();
    let o = RunOptions::default();
    assert!(layer_run(&mut e, &layer, &x, &seqs, Mode::QinsC, &cal_wa, o).is_err());
}

/// Each stage on the host in turn: six layer runs, each a real change from the all-codes
/// layer (the host stage replaces its device ops), and the report says what it gains.
#[test]
fn stage_breakdown_swaps_each_stage_to_the_host() {
    let (layer, scfg) = small(false);
    let cal_x = synthetic::activations(&scfg, 64, 1);
    let x = synthetic::activations(&scfg, 16, 3);
    let alphas = calibrate(&layer, &cal_x, &Sequences::uniform(8, 8).unwrap()).unwrap();
    let seqs = Sequences::uniform(2, 8).unwrap();
    let mut g = Guard::new(false);
    let all = run_layer(&mut g, &layer, &x, &seqs, &alphas).unwrap();
    let reference = layer.forward(&x, &seqs).unwrap().output;
    let all_db = sqnr_db(&reference.data, &all.output.data);
    let stages = stage_breakdown(&mut g, &layer, &x, &seqs, &alphas, &reference, all_db).unwrap();
    assert_eq!(stages.len(), Stage::ALL.len() + 1);
    for s in &stages {
        if s.stage == Stage::Activation.name() {
            // one LOOKUP, exact to the nearest code: on the host it gives the same codes
            // (up to ties and f32 rounding in the host encoder)
            assert!(s.cost_db.abs() < 0.05, "{s:?}");
        } else {
            assert!(s.sqnr_db.is_finite() && s.sqnr_db != all_db, "{s:?}");
        }
        assert!((s.cost_db - (s.sqnr_db - all_db)).abs() < 1e-12);
    }
}
