//! The synthetic layer in every mode on the model (no RTL): a quick numerics check.
//! `cargo run --release -p qins --example layer_modes`
use qins_core::accel::AccelConfig;
use qins_core::hw::AccelModel;
use qins_host::driver::Driver;
use qins_models::bert::Sequences;
use qins_models::layer::{calibrate, run_modes, Mode, RunOptions};
use qins_models::synthetic::{self, SyntheticConfig};

fn main() {
    let scfg = SyntheticConfig::default();
    let layer = synthetic::encoder_layer(&scfg, 12).unwrap();
    let seqs = |count| Sequences::uniform(count, 16).unwrap();
    let cal = calibrate(
        &layer,
        &synthetic::activations(&scfg, 256, 11),
        &seqs(16),
        &Mode::ALL,
    )
    .unwrap();
    let x = synthetic::activations(&scfg, 128, 12);
    let cfg = AccelConfig::SIM8;
    let mut d = Driver::new(AccelModel::new(cfg), cfg);
    let t = std::time::Instant::now();
    let r = run_modes(
        &mut d,
        &layer,
        &x,
        &seqs(8),
        &cal,
        &Mode::ALL,
        RunOptions::default(),
        &mut |_, _, _| {},
    )
    .unwrap();
    for m in r {
        println!(
            "{:12} {:7.2} dB cos {:.5} macs {} util {:.3} {}",
            m.mode.name(),
            m.sqnr_db,
            m.cosine,
            m.useful_macs,
            m.utilization,
            m.note
        );
    }
    eprintln!("{:.1} s", t.elapsed().as_secs_f64());
}
