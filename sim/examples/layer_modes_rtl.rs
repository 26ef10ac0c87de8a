//! The synthetic layer in every mode on the verilated 8x8 top, checked against the model.
use qins::accel::AccelConfig;
use qins::driver::Driver;
use qins::layer::{calibrate, run_modes, CheckedEngine, Mode};
use qins::synthetic::{self, SyntheticConfig};
use qins_sim::AccelSim;

fn main() {
    let scfg = SyntheticConfig::default();
    let layer = synthetic::encoder_layer(&scfg, 12).unwrap();
    let cal = calibrate(&layer, &synthetic::activations(&scfg, 256, 11), 16).unwrap();
    let x = synthetic::activations(&scfg, 128, 12);
    let cfg = AccelConfig::SIM8;
    let mut e = CheckedEngine::new(Driver::new(AccelSim::new(), cfg));
    let t = std::time::Instant::now();
    let r = run_modes(
        &mut e,
        cfg.n,
        &layer,
        &x,
        16,
        &cal,
        &Mode::ALL,
        &mut |i, n, m| eprintln!("{i}/{n} {}", m.name()),
    )
    .unwrap();
    for m in r {
        println!(
            "{:12} {:7.2} dB cos {:.5} cycles {} util {:.3} busy {:.3} wB {} aB {} dec {}",
            m.mode.name(),
            m.sqnr_db,
            m.cosine,
            m.cycles,
            m.utilization,
            m.array_busy,
            m.weight_bytes,
            m.activation_bytes,
            m.decodes
        );
    }
    eprintln!(
        "{:.1} s, {} matmuls checked",
        t.elapsed().as_secs_f64(),
        e.checked
    );
}
