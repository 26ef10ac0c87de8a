//! `qins-c` on the verilated RTL equals `qins-c` on the model: a synthetic encoder and decoder
//! layer, every encoded linear, ALU op and LOOKUP checked bit for bit by a `CheckedEngine`
//! (two instances sharing the output tiles through a `ParallelEngine`), and the output codes
//! equal to a model-only run.

use qins_core::accel::AccelConfig;
use qins_core::hw::AccelModel;
use qins_host::driver::Driver;
use qins_models::bert::Sequences;
use qins_models::layer::{CheckedEngine, ParallelEngine};
use qins_models::pattern_c;
use qins_models::synthetic::{self, SyntheticConfig};
use qins_sim::AccelSim;

#[test]
fn qins_c_on_the_rtl_equals_the_model() {
    let cfg = SyntheticConfig {
        d_model: 32,
        d_ff: 64,
        seed: 5,
    };
    for decoder in [false, true] {
        let layer = if decoder {
            synthetic::decoder_layer(&cfg, 2)
        } else {
            synthetic::encoder_layer(&cfg, 2)
        }
        .unwrap();
        let cal = synthetic::activations(&cfg, 48, 1);
        let alphas =
            pattern_c::calibrate(&layer, &cal, &Sequences::uniform(6, 8).unwrap()).unwrap();
        let x = synthetic::activations(&cfg, 13, 2);
        let seqs = Sequences::packed(&[5, 8]).unwrap();
        let acfg = AccelConfig::SIM8;
        let mut model = Driver::new(AccelModel::new(acfg), acfg);
        let want = pattern_c::run_layer(&mut model, &layer, &x, &seqs, &alphas).unwrap();
        let mut rtl = ParallelEngine::new(
            (0..2)
                .map(|_| CheckedEngine::new(Driver::new(AccelSim::new(), acfg)))
                .collect(),
        )
        .unwrap();
        let got = pattern_c::run_layer(&mut rtl, &layer, &x, &seqs, &alphas).unwrap();
        assert_eq!(got.output.data, want.output.data, "decoder {decoder}");
        let checked: u64 = rtl.engines.iter().map(|e| e.checked).sum();
        assert!(checked > 50, "{checked} checks");
        assert!(got.cost.busy_cycles > 0);
    }
}
