//! `qins run` and `qins embed`: a Hugging Face BERT folder, real sentences, and the modes on
//! the simulated accelerator (or its model).

use crate::args::{default_jobs, named, print_json, Engine};
use crate::progress;
use qins_core::error::{Error, Result};
use qins_core::tensor::Matrix;
use qins_host::driver::Driver;
use qins_models::bert::{BertModel, HostMath, Sequences};
use qins_models::layer::{self, CheckedEngine, MatmulEngine, Mode, ParallelEngine, TokenAlpha};
use qins_models::tokenizer::Tokenizer;
use qins_sim::AccelSim;
use std::path::{Path, PathBuf};

/// The default calibration text (200 sentences, none of them in `data/sentences/eval.txt`):
/// static activation scales and Pattern B transports are fitted on it, never on the
/// evaluated text.
pub const CALIBRATION_TEXT: &str = include_str!("../../data/sentences/calibration.txt");

/// The non-blank lines of a text, trimmed.
fn sentences_of(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

/// The sentences of `file` (an error when it has none).
fn read_sentences(file: &Path) -> Result<String> {
    let text = std::fs::read_to_string(file).map_err(|e| Error::io(file, e))?;
    if sentences_of(&text).is_empty() {
        return Err(Error::Invalid(format!(
            "{}: no sentences (the file is empty or only blank lines)",
            file.display()
        )));
    }
    Ok(text)
}

/// The calibration text: `file`, or the built-in one.
fn calibration_text(file: Option<&Path>) -> Result<String> {
    match file {
        Some(f) => read_sentences(f),
        None => Ok(CALIBRATION_TEXT.to_string()),
    }
}

/// Token ids of each sentence, unpadded, truncated to `max_len` (special tokens included).
fn token_ids(tokenizer: &Tokenizer, sentences: &[&str], max_len: usize) -> Result<Vec<Vec<u32>>> {
    let (ids, mask) = tokenizer.encode_batch(sentences, max_len)?;
    Ok(ids
        .into_iter()
        .zip(mask)
        .map(|(mut row, m)| {
            row.truncate(m.iter().filter(|&&b| b != 0).count());
            row
        })
        .collect())
}

/// Warns on stderr when evaluated sentences also appear in the calibration text.
fn warn_overlap(eval: &[&str], calibration: &[&str]) {
    let cal: std::collections::HashSet<&str> = calibration.iter().copied().collect();
    let shared = eval.iter().filter(|s| cal.contains(*s)).count();
    if shared > 0 {
        eprintln!(
            "warning: {shared} evaluated sentences are also in the calibration text; \
             static scales have seen them"
        );
    }
}

/// The model's truncation length: `max_len`, or 128 (fewer if the model has fewer positions).
fn max_len_of(model: &BertModel, max_len: Option<usize>) -> Result<usize> {
    let positions = model.config.max_position_embeddings;
    match max_len {
        None => Ok(qins_models::tokenizer::DEFAULT_MAX_LEN.min(positions)),
        Some(n) if n > positions => Err(Error::Invalid(format!(
            "--max-len {n} exceeds the model's {positions} positions"
        ))),
        Some(n) => Ok(n),
    }
}

/// The rtl engine: `jobs` (at least one) verilated 8 x 8 tops, each checked against the
/// model, sharing each matmul's output tiles on threads ([`ParallelEngine`]). Its `calls`
/// count the matmuls checked: every part of each ran on a [`CheckedEngine`], and a mismatch
/// is an error.
pub fn rtl_engine(jobs: usize) -> Result<ParallelEngine<CheckedEngine<AccelSim>>> {
    let cfg = qins_core::accel::AccelConfig::SIM8;
    ParallelEngine::new(
        (0..jobs.max(1))
            .map(|_| CheckedEngine::new(Driver::new(AccelSim::new(), cfg)))
            .collect(),
    )
}

/// Runs `f` on the chosen engine; returns its result and how many matmuls were checked bit
/// for bit against the model (0 on the model engine); the rtl engine is [`rtl_engine`].
fn on_engine<T>(
    engine: Engine,
    jobs: usize,
    f: impl FnOnce(&mut dyn MatmulEngine) -> Result<T>,
) -> Result<(T, u64)> {
    match engine {
        Engine::Rtl => {
            let mut e = rtl_engine(jobs)?;
            let r = f(&mut e)?;
            Ok((r, e.calls))
        }
        Engine::Model => {
            let cfg = qins_core::accel::AccelConfig::SIM8;
            let mut d = Driver::new(qins_core::hw::AccelModel::new(cfg), cfg);
            Ok((f(&mut d)?, 0))
        }
    }
}

/// The input of layer 0 for token sequences `ids` (the embeddings), and the sequences.
fn embedded(model: &BertModel, ids: &[Vec<u32>]) -> Result<(Matrix, Sequences)> {
    Ok((model.embeddings.forward(ids)?, Sequences::of(ids)?))
}

/// Options of `qins run` and `qins embed` on a real model.
pub struct RealModelArgs<'a> {
    pub model: &'a Path,
    pub file: &'a Path,
    pub calibration: Option<&'a Path>,
    pub max_len: Option<usize>,
    pub engine: Engine,
    pub options: layer::RunOptions,
    pub json: bool,
    /// Verilated instances of the rtl engine.
    pub jobs: usize,
}

/// The options `qins run` and `qins embed` share: the model and sentences, calibration,
/// where the matmuls run and how.
#[derive(clap::Args)]
pub struct RealModelFlags {
    /// A Hugging Face BERT folder (config.json, model.safetensors, tokenizer.json)
    #[arg(long, value_name = "DIR")]
    pub model: PathBuf,
    /// UTF-8 text, one sentence a line (blank lines skipped): the evaluated sentences
    #[arg(long, value_name = "SENTENCES.txt")]
    pub file: PathBuf,
    /// Sentences that calibrate static activation scales and Pattern B [default: the
    /// built-in data/sentences/calibration.txt]
    #[arg(long, value_name = "FILE")]
    pub calibration: Option<PathBuf>,
    /// Truncation length in tokens, [CLS] and [SEP] included [default: 128, or the
    /// model's positions if fewer]
    #[arg(long)]
    pub max_len: Option<usize>,
    /// Where the matmuls run: the Verilator RTL checked against the model, or the model
    #[arg(long, value_enum, default_value_t = Engine::Rtl)]
    pub engine: Engine,
    /// Verilated instances of the rtl engine, each on its own thread, sharing every matmul's
    /// output tiles (results identical to one instance) [default: the cores available]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=64))]
    pub jobs: Option<u16>,
    /// Residual adds through the accelerator's QINS ALU as 8-bit codes (default: FP32 on
    /// the host)
    #[arg(long)]
    pub alu_residual: bool,
    /// How qins-token picks each token's alpha: absmax (lambda_20 / the token's absmax, one
    /// max per token like int8-token) or mse (least-squares search per token)
    #[arg(long, value_parser = named(&TokenAlpha::ALL), default_value = "absmax")]
    pub token_alpha: TokenAlpha,
    /// Print the result as JSON on stdout
    #[arg(long)]
    pub json: bool,
}

impl RealModelFlags {
    /// The runner's view of the flags.
    pub fn args(&self) -> RealModelArgs<'_> {
        RealModelArgs {
            model: &self.model,
            file: &self.file,
            calibration: self.calibration.as_deref(),
            max_len: self.max_len,
            engine: self.engine,
            options: layer::RunOptions {
                alu_residual: self.alu_residual,
                token_alpha: self.token_alpha,
            },
            json: self.json,
            jobs: self.jobs.map_or_else(default_jobs, usize::from),
        }
    }
}

/// Which layers `qins run` runs: one, or every layer of the model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LayerChoice {
    One(usize),
    All,
}

impl std::str::FromStr for LayerChoice {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        if s == "all" {
            return Ok(LayerChoice::All);
        }
        s.parse()
            .map(LayerChoice::One)
            .map_err(|_| format!("'{s}' is neither a layer index nor 'all'"))
    }
}

/// One layer's modes in `qins run`.
#[derive(serde::Serialize)]
struct LayerModes {
    layer: usize,
    modes: Vec<layer::ModeReport>,
}

/// `qins run`: layers of a real model on real sentences, in every mode (with `sites`, each
/// mode's per-site breakdown too).
pub fn run_layers(
    a: &RealModelArgs<'_>,
    which: LayerChoice,
    modes: &[Mode],
    sites: bool,
) -> Result<()> {
    if modes.is_empty() {
        return Err(Error::Invalid("--modes names no mode".into()));
    }
    let text = read_sentences(a.file)?;
    let cal_text = calibration_text(a.calibration)?;
    let (eval, cal) = (sentences_of(&text), sentences_of(&cal_text));
    warn_overlap(&eval, &cal);
    let tokenizer = Tokenizer::load(a.model)?;
    let model = BertModel::load(a.model)?;
    let layers: Vec<usize> = match which {
        LayerChoice::One(l) if l >= model.layers.len() => {
            return Err(Error::Invalid(format!(
                "--layer {l}: the model has layers 0..{}",
                model.layers.len()
            )))
        }
        LayerChoice::One(l) => vec![l],
        LayerChoice::All => (0..model.layers.len()).collect(),
    };
    let last = *layers.last().expect("at least one layer");
    let max_len = max_len_of(&model, a.max_len)?;
    let (mut cal_x, cal_seqs) = embedded(&model, &token_ids(&tokenizer, &cal, max_len)?)?;
    let (mut x, seqs) = embedded(&model, &token_ids(&tokenizer, &eval, max_len)?)?;
    let per_layer = modes.len() * if sites { 2 } else { 1 };
    let total = per_layer * layers.len();
    let bar = progress::steps("run");
    let (results, checked) = on_engine(a.engine, a.jobs, |e| {
        let mut results = Vec::new();
        for (l, this) in model.layers.iter().enumerate().take(last + 1) {
            if layers.contains(&l) {
                let done = per_layer * results.len();
                let calibration = layer::calibrate(this, &cal_x, &cal_seqs, modes)?;
                let mut rows = layer::run_modes(
                    e,
                    this,
                    &x,
                    &seqs,
                    &calibration,
                    modes,
                    a.options,
                    &mut |i, _, m| bar(done + i, total, &format!("layer {l} {}", m.name())),
                )?;
                if sites {
                    layer::add_site_breakdowns(
                        e,
                        this,
                        &x,
                        &seqs,
                        &calibration,
                        &mut rows,
                        a.options,
                        &mut |i, _, m| {
                            let step = format!("layer {l} sites of {}", m.name());
                            bar(done + modes.len() + i, total, &step)
                        },
                    )?;
                }
                results.push(LayerModes {
                    layer: l,
                    modes: rows,
                });
            }
            if l < last {
                x = this.forward_with(&x, &seqs, l, &mut HostMath)?.output;
                cal_x = this
                    .forward_with(&cal_x, &cal_seqs, l, &mut HostMath)?
                    .output;
            }
        }
        Ok(results)
    })?;
    bar(total, total, "done");
    let accelerator = format!(
        "{} ({}){}",
        qins_core::accel::AccelConfig::SIM8.name,
        format!("{:?}", a.engine).to_lowercase(),
        if a.options.alu_residual {
            ", residual adds on the QINS ALU"
        } else {
            ""
        }
    );
    if which == LayerChoice::All {
        if a.json {
            return print_json(&serde_json::json!({ "layers": results }));
        }
        print!("{}", render_layers(&results, &accelerator, checked, x.rows));
        return Ok(());
    }
    let one = results.into_iter().next().expect("one layer");
    let report = crate::studies::demo::DemoReport {
        model: format!(
            "{} layer {}, {} sentences of {}",
            a.model.display(),
            one.layer,
            eval.len(),
            a.file.display()
        ),
        accelerator,
        checked_matmuls: checked,
        tokens: x.rows,
        sequences: seqs.count(),
        seq_len_min: seqs.ranges().map(|r| r.len()).min().unwrap_or(0),
        seq_len: seqs.ranges().map(|r| r.len()).max().unwrap_or(0),
        modes: one.modes,
        ..Default::default()
    };
    if a.json {
        return print_json(&serde_json::json!({ "modes": report.modes }));
    }
    print!("{}", crate::studies::demo::render_modes(&report));
    print!("{}", crate::studies::demo::render_sites(&report.modes));
    print!("{}", crate::studies::pattern_c::render_steps(&report.modes));
    Ok(())
}

/// `qins run --layer all` as text: the layer-output SQNR of every layer (rows) and mode
/// (columns), then each layer's per-site tables when they were asked for.
fn render_layers(results: &[LayerModes], accelerator: &str, checked: u64, tokens: usize) -> String {
    use crate::table::{db, TextTable};
    let Some(first) = results.first() else {
        return String::new();
    };
    let mut t = TextTable::new(
        std::iter::once("layer".to_string())
            .chain(first.modes.iter().map(|m| m.mode.name().into())),
    );
    for r in results {
        t.row(std::iter::once(r.layer.to_string()).chain(r.modes.iter().map(|m| db(m.sqnr_db))));
    }
    let mut s = format!(
        "Every layer on the accelerator ({accelerator}), {tokens} tokens, each layer's input from the FP32 model{}; layer-output SQNR (dB) against FP32:\n{}",
        if checked > 0 {
            format!(", {checked} matmuls checked bit for bit against the model")
        } else {
            String::new()
        },
        t.render()
    );
    for r in results {
        let sites = crate::studies::demo::render_sites(&r.modes);
        if !sites.is_empty() {
            s.push_str(&format!("\nLayer {}: {sites}", r.layer));
        }
        let steps = crate::studies::pattern_c::render_steps(&r.modes);
        if !steps.is_empty() {
            s.push_str(&format!("\nLayer {}: {steps}", r.layer));
        }
    }
    s
}

/// Cosine of each row of `a` with the same row of `b`.
fn row_cosines(a: &Matrix, b: &Matrix) -> Vec<f64> {
    (0..a.rows)
        .map(|r| qins_core::metrics::cosine(a.row(r), b.row(r)))
        .collect()
}

/// For each row, the index of its most similar other row (rows are unit length).
fn nearest_neighbours(e: &Matrix) -> Vec<usize> {
    (0..e.rows)
        .map(|i| {
            (0..e.rows)
                .filter(|&j| j != i)
                .map(|j| (j, qins_core::tensor::dot(e.row(i), e.row(j))))
                .fold(
                    (i, f32::NEG_INFINITY),
                    |best, c| if c.1 > best.1 { c } else { best },
                )
                .0
        })
        .collect()
}

/// `qins embed`: sentence embeddings of the whole model in `mode`, every layer's matmuls on
/// the engine, with the cosine of each to the FP32 embedding.
pub fn embed(a: &RealModelArgs<'_>, mode: Mode, batch: usize) -> Result<()> {
    if batch == 0 {
        return Err(Error::Invalid("--batch must be at least 1".into()));
    }
    let text = read_sentences(a.file)?;
    let sentences = sentences_of(&text);
    let start = std::time::Instant::now();
    let tokenizer = Tokenizer::load(a.model)?;
    let model = BertModel::load(a.model)?;
    let max_len = max_len_of(&model, a.max_len)?;
    let loaded = start.elapsed();
    let ids = token_ids(&tokenizer, &sentences, max_len)?;
    let tokens: Vec<usize> = ids.iter().map(Vec::len).collect();
    let cals = if mode == Mode::Fp32 {
        Vec::new()
    } else {
        let cal_text = calibration_text(a.calibration)?;
        let cal = sentences_of(&cal_text);
        warn_overlap(&sentences, &cal);
        layer::calibrate_model(&model, &token_ids(&tokenizer, &cal, max_len)?, &[mode])?
    };
    let chunks: Vec<&[Vec<u32>]> = ids.chunks(batch).collect();
    let bar = progress::steps("embed");
    let steps = chunks.len() * if mode == Mode::Fp32 { 1 } else { 2 };
    let mut reference = Vec::new();
    let mut embeddings = Vec::new();
    let (cost, checked) = on_engine(a.engine, a.jobs, |e| {
        for (i, chunk) in chunks.iter().enumerate() {
            bar(i, steps, "fp32 reference");
            let r = model.sentence_embeddings_packed(chunk, &mut HostMath)?;
            reference.extend((0..r.rows).map(|r_| r.row(r_).to_vec()));
        }
        if mode == Mode::QinsC {
            let mut cost = layer::LayerCost::default();
            for (i, chunk) in chunks.iter().enumerate() {
                bar(chunks.len() + i, steps, mode.name());
                let (m, c) = layer::model_embeddings(e, &model, chunk, mode, &cals)?;
                embeddings.extend((0..m.rows).map(|r| m.row(r).to_vec()));
                cost += c;
            }
            return Ok(cost);
        }
        // one AccelMath for all chunks: each weight is quantized once
        let mut math = layer::AccelMath::new(e, mode, &cals).with_options(a.options);
        if mode != Mode::Fp32 {
            for (i, chunk) in chunks.iter().enumerate() {
                bar(chunks.len() + i, steps, mode.name());
                let m = model.sentence_embeddings_packed(chunk, &mut math)?;
                embeddings.extend((0..m.rows).map(|r| m.row(r).to_vec()));
            }
        }
        Ok(math.cost)
    })?;
    bar(steps, steps, "done");
    if mode == Mode::Fp32 {
        embeddings = reference.clone();
    }
    let flat = |rows: &[Vec<f32>]| -> Result<Matrix> {
        Matrix::new(rows.len(), rows[0].len(), rows.concat())
    };
    let (emb, reference) = (flat(&embeddings)?, flat(&reference)?);
    let cosine_vs_fp32 = row_cosines(&reference, &emb);
    let nn_ref = nearest_neighbours(&reference);
    let nn = nearest_neighbours(&emb);
    let kept = nn.iter().zip(&nn_ref).filter(|(a, b)| a == b).count();
    let mean = cosine_vs_fp32.iter().sum::<f64>() / cosine_vs_fp32.len() as f64;
    let min = cosine_vs_fp32.iter().copied().fold(f64::INFINITY, f64::min);
    let elapsed = start.elapsed() - loaded;
    if a.json {
        let v = serde_json::json!({
            "mode": mode,
            "tokens": tokens,
            "embeddings": embeddings,
            "cosine_vs_fp32": cosine_vs_fp32,
            "mean_cosine": mean,
            "min_cosine": min,
            "nearest_neighbour_kept": kept,
            "cycles": cost.busy_cycles,
            "utilization": cost.utilization(qins_core::accel::AccelConfig::SIM8.n),
            "checked_matmuls": checked,
            "alu_residual": a.options.alu_residual,
        });
        let s = serde_json::to_string(&v).map_err(|e| Error::Invalid(format!("json: {e}")))?;
        println!("{s}");
        return Ok(());
    }
    // the sentence goes last, unpadded, so wide characters cannot misalign the columns
    let w = (sentences.len() - 1).to_string().len();
    println!(
        "{:>w$}  tokens  cos vs fp32  nn  first values                         sentence",
        "#"
    );
    for (i, s) in sentences.iter().enumerate() {
        let first: Vec<String> = embeddings[i]
            .iter()
            .take(4)
            .map(|v| format!("{v:+.5}"))
            .collect();
        let mut preview: String = s.chars().take(60).collect();
        if s.chars().count() > 60 {
            preview.push_str("...");
        }
        let same = if nn[i] == nn_ref[i] { "=" } else { "x" };
        println!(
            "{i:>w$}  {:>6}  {:>11.6}  {same:>2}  {}  {preview}",
            tokens[i],
            cosine_vs_fp32[i],
            first.join(" ")
        );
    }
    println!(
        "mode {}: mean cosine to fp32 {mean:.6} (min {min:.6}); nearest neighbour kept for \
         {kept}/{} sentences",
        mode.name(),
        sentences.len()
    );
    if mode.on_hardware() {
        let timing = if cost.busy_cycles > 0 {
            format!(
                "{} cycles, utilization {:.1} %",
                cost.busy_cycles,
                100.0 * cost.utilization(qins_core::accel::AccelConfig::SIM8.n)
            )
        } else {
            "no cycles (the model engine has no clock)".to_string()
        };
        println!(
            "accelerator: {} ({}), {} matmuls, {} elements through the QINS ALU, {timing}{}",
            qins_core::accel::AccelConfig::SIM8.name,
            format!("{:?}", a.engine).to_lowercase(),
            cost.matmuls,
            cost.alu_elements,
            if checked > 0 {
                format!(", {checked} matmuls checked bit for bit against the model")
            } else {
                String::new()
            }
        );
    } else if mode == Mode::QinsB {
        println!(
            "qins-b: Pattern B transport of every linear layer on the host (f64); expected to fail"
        );
    }
    println!(
        "{} sentences, {} tokens: model loaded in {:.2} s, embedded in {:.2} s ({} layers, \
         d = {}, batches of {batch}, max length {max_len})",
        sentences.len(),
        tokens.iter().sum::<usize>(),
        loaded.as_secs_f64(),
        elapsed.as_secs_f64(),
        model.config.num_hidden_layers,
        model.config.hidden_size,
    );
    Ok(())
}
