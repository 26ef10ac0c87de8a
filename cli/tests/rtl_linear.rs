//! A realistic linear layer (384 x 384, 128 tokens: 8 sequences of 16) lowered by
//! `qins_host::lowering::run_linear` onto the verilated 8 x 8 top, bit-exact with the model, and
//! the array utilization it reaches (printed; `--nocapture` to see it).

use qins_core::accel::AccelConfig;
use qins_core::codec::{AlphaRule, Granularity, QuantizedTensor};
use qins_core::hw::AccelModel;
use qins_host::driver::Driver;
use qins_host::lowering::run_linear;
use qins_models::synthetic::{self, SyntheticConfig};
use qins_sim::AccelSim;

/// The synthetic layer's V projection weights (384 x 384), QINS-quantized per channel.
fn v_projection() -> QuantizedTensor {
    let layer = synthetic::layer(&SyntheticConfig::default());
    let w = layer
        .iter()
        .find(|t| t.name.ends_with("attention.self.value.weight"))
        .unwrap()
        .as_matrix()
        .unwrap();
    QuantizedTensor::qins(&w, Granularity::Channel, AlphaRule::MseSearch)
}

#[test]
fn synthetic_v_projection_on_the_rtl_equals_the_model() {
    let cfg = AccelConfig::SIM8;
    let q = v_projection();
    let x = synthetic::activations(&SyntheticConfig::default(), 128, 3);
    // static per-tensor 16-bit activations: scale absmax to 32767
    let absmax = x.data.iter().fold(0f32, |a, &v| a.max(v.abs()));
    let xq: Vec<i16> = x
        .data
        .iter()
        .map(|&v| (v / absmax * 32767.0).round() as i16)
        .collect();
    let mut hw = Driver::new(AccelSim::new(), cfg);
    let mut model = Driver::new(AccelModel::new(cfg), cfg);
    let (y_hw, stats) = run_linear(&mut hw, &q, &xq, 128, false).unwrap();
    let (y_model, _) = run_linear(&mut model, &q, &xq, 128, false).unwrap();
    assert_eq!(y_hw, y_model);
    let util = stats.utilization(cfg.n);
    println!(
        "384x384 x 128 tokens on the 8x8 top: {} busy cycles, {} array cycles, {} useful MACs, utilization {:.3}, {:.3} of busy cycles in the array",
        stats.busy_cycles,
        stats.array_cycles,
        stats.useful_macs,
        util,
        stats.array_cycles as f64 / stats.busy_cycles as f64
    );
    assert_eq!(stats.useful_macs, 384 * 384 * 128);
    assert!(util > 0.999, "every array cycle is a full tile here");
    assert!(stats.array_cycles as f64 / stats.busy_cycles as f64 > 0.9);
}

/// Two verilated instances on threads, sharing the output tiles of the synthetic V
/// projection (384 outputs, 48 tiles; 64 tokens of QINS codes), each part checked against the
/// model by its `CheckedEngine`: the result equals one model run bit for bit.
#[test]
fn two_verilated_instances_on_threads_equal_the_model() {
    use qins_core::hw::DecodeTable;
    use qins_models::layer::{CheckedEngine, MatmulEngine, ParallelEngine};
    let cfg = AccelConfig::SIM8;
    let q = v_projection();
    let x = synthetic::activations(&SyntheticConfig::default(), 64, 5);
    let xq: Vec<i16> = x
        .data
        .iter()
        .map(|&v| qins_core::codec::qins::encode(v, 0.8) as i16)
        .collect();
    let table = DecodeTable::qins();
    let mut model = Driver::new(AccelModel::new(cfg), cfg);
    let (want, _) = model.matmul(&q, &xq, 64, Some(&table)).unwrap();
    let mut par = ParallelEngine::new(
        (0..2)
            .map(|_| CheckedEngine::new(Driver::new(AccelSim::new(), cfg)))
            .collect(),
    )
    .unwrap();
    let (got, stats) = par.matmul(&q, &xq, 64, Some(&table)).unwrap();
    assert_eq!(got, want);
    assert!(stats.busy_cycles > 0);
    assert_eq!(
        par.engines.iter().map(|e| e.checked).sum::<u64>(),
        2,
        "both parts checked"
    );
    assert_eq!(par.calls, 1);
}
