//! MiniLM layer 0 in every mode on the model (random-vocabulary sequences, not sentences).
//! `cargo run --release -p qins --example minilm_layer0_modes -- cache/all-MiniLM-L6-v2`
use qins::accel::AccelConfig;
use qins::bert::{random_sequences, BertConfig, Embeddings, EncoderLayer};
use qins::checkpoint::Checkpoint;
use qins::driver::Driver;
use qins::hw::AccelModel;
use qins::layer::{calibrate, run_modes, Mode};
use std::path::PathBuf;

fn main() {
    let dir = PathBuf::from(std::env::args().nth(1).expect("model dir"));
    let cfg = BertConfig::load(&dir).unwrap();
    let ck = Checkpoint::load(&dir).unwrap();
    let emb = Embeddings::load(&ck, &cfg).unwrap();
    let layer = EncoderLayer::load(&ck, &cfg, 0).unwrap();
    let seq = 16;
    let cal_x = emb
        .forward(&random_sequences(cfg.vocab_size, 32, seq, 1))
        .unwrap();
    let x = emb
        .forward(&random_sequences(cfg.vocab_size, 64, seq, 2))
        .unwrap();
    let cal = calibrate(&layer, &cal_x, seq).unwrap();
    let acfg = AccelConfig::SIM8;
    let mut d = Driver::new(AccelModel::new(acfg), acfg);
    for m in run_modes(
        &mut d,
        acfg.n,
        &layer,
        &x,
        seq,
        &cal,
        &Mode::ALL,
        &mut |_, _, _| {},
    )
    .unwrap()
    {
        println!(
            "{:12} {:7.2} dB cos {:.6}",
            m.mode.name(),
            m.sqnr_db,
            m.cosine
        );
    }
}
