//! `qins transport`: Pattern B (Jacobian weight transport) against Pattern A on one BERT
//! layer, with the verdict.

use crate::args::print_json;
use crate::progress;
use crate::studies::demo;
use qins_core::error::{Error, Result};
use qins_core::tensor::Matrix;
use qins_models::{bert, checkpoint, transport};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// A Hugging Face BERT folder (config.json, model.safetensors)
    #[arg(long, value_name = "DIR")]
    model: PathBuf,
    #[arg(long, default_value_t = 0)]
    layer: usize,
    /// Sequences of 32 tokens for calibration; as many again are held out
    #[arg(long, default_value_t = 48)]
    sequences: usize,
    #[arg(long)]
    json: bool,
}

pub fn run(a: Args) -> Result<()> {
    let reports = transport_on_bert(&a.model, a.layer, a.sequences)?;
    if a.json {
        return print_json(&serde_json::json!({ "layers": reports }));
    }
    for r in &reports {
        print!("{}", demo::render_transport(r));
    }
    Ok(())
}

/// Layer `layer` of a BERT folder, on seeded random-word sequences: calibration on the first
/// half, evaluation on the held-out second half.
fn transport_on_bert(
    model: &std::path::Path,
    layer: usize,
    sequences: usize,
) -> Result<Vec<transport::TransportReport>> {
    if sequences < 13 {
        return Err(Error::Invalid(
            "--sequences must be at least 13 (the ridge fit needs > 384 tokens)".into(),
        ));
    }
    let cfg = bert::BertConfig::load(model)?;
    let ck = checkpoint::Checkpoint::load(model)?;
    let emb = bert::Embeddings::load(&ck, &cfg)?;
    let seq_len = 32;
    let seqs = bert::random_sequences(cfg.vocab_size, 2 * sequences, seq_len, 7);
    let mut x = emb.forward(&seqs)?;
    let batch = bert::Sequences::uniform(seqs.len(), seq_len)?;
    let tick = progress::counted("layers");
    for l in 0..layer {
        x = bert::TransformerLayer::load(&ck, &cfg, l)?
            .forward(&x, &batch)?
            .output;
        tick(l + 1, layer + 1);
    }
    let this = bert::TransformerLayer::load(&ck, &cfg, layer)?;
    let trace = this.forward(&x, &batch)?;
    tick(layer + 1, layer + 1);
    let split = |m: &Matrix| -> Result<(Matrix, Matrix)> {
        let half = sequences * seq_len * m.cols;
        Ok((
            Matrix::new(sequences * seq_len, m.cols, m.data[..half].to_vec())?,
            Matrix::new(sequences * seq_len, m.cols, m.data[half..].to_vec())?,
        ))
    };
    let (vc, vt) = split(&trace.input)?;
    let (fc, ft) = split(&trace.ffn_input)?;
    Ok(vec![
        transport::evaluate(
            &format!("layer {layer} V projection"),
            &this.value.weight,
            &this.value.bias,
            &vc,
            &vt,
        )?,
        transport::evaluate(
            &format!("layer {layer} FFN up projection"),
            &this.intermediate.weight,
            &this.intermediate.bias,
            &fc,
            &ft,
        )?,
    ])
}
