//! `qins run` and `qins embed`: a Hugging Face BERT folder, real sentences, and the modes on
//! the simulated accelerator (or its model).

use crate::args::{default_jobs, named, print_json, Engine};
use crate::progress;
use qins_core::error::{Error, Result};
use qins_core::tensor::Matrix;
use qins_host::driver::Driver;
use qins_models::bert::{BertModel, HostMath, Sequences};
use qins_models::compiled::CompiledModel;
use qins_models::layer::{self, CheckedEngine, MatmulEngine, Mode, ParallelEngine, TokenAlpha};
use qins_models::tokenizer::Tokenizer;
use qins_sim::AccelSim;
use std::path::{Path, PathBuf};

/// The default calibration text (200 sentences, none of them in `data/sentences/eval.txt`):
/// static activation scales and Pattern B transports are fitted on it, never on the
/// evaluated text.
pub const CALIBRATION_TEXT: &str = include_str!("../../data/sentences/calibration.txt");

/// The non-blank lines of a text, trimmed.
pub fn sentences_of(text: &str) -> Vec<&str> {
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
pub fn token_ids(
    tokenizer: &Tokenizer,
    sentences: &[&str],
    max_len: usize,
) -> Result<Vec<Vec<u32>>> {
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
fn max_len_of(positions: usize, max_len: Option<usize>) -> Result<usize> {
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

/// What `qins run` and `qins embed` execute.
#[derive(Clone, Copy, Debug)]
pub enum Source<'a> {
    /// A BERT folder, compiled in memory for each mode (its FP32 model is the reference).
    Model(&'a Path),
    /// A weight image (v2): the compiled model, nothing else.
    Image(&'a Path),
}

/// Options of `qins run` and `qins embed` on a real model.
pub struct RealModelArgs<'a> {
    pub source: Source<'a>,
    /// The FP32 checkpoint an image's results are compared with.
    pub reference: Option<&'a Path>,
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
    /// A Hugging Face BERT folder (config.json, model.safetensors, tokenizer.json), compiled
    /// in memory for the mode, exactly as `qins encode` would; its FP32 model is the reference
    #[arg(
        long,
        value_name = "DIR",
        required_unless_present = "image",
        conflicts_with = "image"
    )]
    pub model: Option<PathBuf>,
    /// A weight image (`qins encode`): runs from it alone, no checkpoint read
    #[arg(long, value_name = "FILE.qimg")]
    pub image: Option<PathBuf>,
    /// With --image: the FP32 checkpoint folder to compare with (cosines, SQNR); without
    /// it the comparisons are null
    #[arg(long, value_name = "DIR", requires = "image")]
    pub reference: Option<PathBuf>,
    /// UTF-8 text, one sentence a line (blank lines skipped): the evaluated sentences
    #[arg(long, value_name = "SENTENCES.txt")]
    pub file: PathBuf,
    /// Sentences that calibrate static activation scales and Pattern B [default: the
    /// built-in data/sentences/calibration.txt] (with --model; an image carries its own)
    #[arg(long, value_name = "FILE", conflicts_with = "image")]
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
    /// max per token like int8-token) or mse (least-squares search per token) (with --model;
    /// an image carries its own)
    #[arg(long, value_parser = named(&TokenAlpha::ALL), default_value = "absmax", conflicts_with = "image")]
    pub token_alpha: TokenAlpha,
    /// Print the result as JSON on stdout
    #[arg(long)]
    pub json: bool,
}

impl RealModelFlags {
    /// The runner's view of the flags.
    pub fn args(&self) -> RealModelArgs<'_> {
        RealModelArgs {
            source: match (&self.model, &self.image) {
                (_, Some(image)) => Source::Image(image),
                (Some(model), None) => Source::Model(model),
                (None, None) => unreachable!("clap requires --model or --image"),
            },
            reference: self.reference.as_deref(),
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
/// `modes` empty: every mode (`--model`), or the image's.
pub fn run_layers(
    a: &RealModelArgs<'_>,
    which: LayerChoice,
    modes: &[Mode],
    sites: bool,
) -> Result<()> {
    let dir = match a.source {
        Source::Image(path) => return run_image_layers(a, path, which, modes, sites),
        Source::Model(dir) => dir,
    };
    let modes = if modes.is_empty() {
        &Mode::ALL[..]
    } else {
        modes
    };
    let text = read_sentences(a.file)?;
    let cal_text = calibration_text(a.calibration)?;
    let (eval, cal) = (sentences_of(&text), sentences_of(&cal_text));
    warn_overlap(&eval, &cal);
    let tokenizer = Tokenizer::load(dir)?;
    let model = BertModel::load(dir)?;
    let layers = chosen_layers(which, model.layers.len())?;
    let last = *layers.last().expect("at least one layer");
    let max_len = max_len_of(model.config.max_position_embeddings, a.max_len)?;
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
    let label = format!("{} layer", dir.display());
    report_layers(a, which, results, checked, &seqs, eval.len(), &label)
}

/// Which layers `which` names of a model of `count` layers (an error past the last).
fn chosen_layers(which: LayerChoice, count: usize) -> Result<Vec<usize>> {
    match which {
        LayerChoice::One(l) if l >= count => Err(Error::Invalid(format!(
            "--layer {l}: the model has layers 0..{count}"
        ))),
        LayerChoice::One(l) => Ok(vec![l]),
        LayerChoice::All => Ok((0..count).collect()),
    }
}

/// `qins run --image`: the image's layers in its mode, from the image alone. Each layer's
/// input is the FP32 model's with `--reference` (so the SQNR isolates the layer, as with
/// `--model`), the image's own embeddings and earlier layers (on the engine) without.
fn run_image_layers(
    a: &RealModelArgs<'_>,
    path: &Path,
    which: LayerChoice,
    modes: &[Mode],
    sites: bool,
) -> Result<()> {
    let compiled = crate::compile::read_image(path)?;
    if modes.len() > 1 {
        return Err(Error::Invalid(format!(
            "{}: an image holds one mode ({}); --modes names {}",
            path.display(),
            compiled.mode.name(),
            modes.len()
        )));
    }
    crate::compile::check_mode(path, &compiled, modes.first().copied())?;
    if sites {
        return Err(Error::Invalid(
            "--sites compares each site with its FP32 weights: use --model DIR".into(),
        ));
    }
    let tokenizer = crate::compile::image_tokenizer(path, &compiled)?;
    let runtime = compiled.runtime_model()?;
    let reference = a.reference.map(BertModel::load).transpose()?;
    let layers = chosen_layers(which, runtime.layers.len())?;
    let last = *layers.last().expect("at least one layer");
    let max_len = max_len_of(compiled.description.max_positions, a.max_len)?;
    let text = read_sentences(a.file)?;
    let eval = sentences_of(&text);
    let ids = token_ids(&tokenizer, &eval, max_len)?;
    let (mut x, seqs) = embedded(reference.as_ref().unwrap_or(&runtime), &ids)?;
    let n = qins_core::accel::AccelConfig::SIM8.n;
    let bar = progress::steps("run");
    let (results, checked) = on_engine(a.engine, a.jobs, |e| {
        let mut results = Vec::new();
        for l in 0..=last {
            bar(l, last + 1, &format!("layer {l} {}", compiled.mode.name()));
            if layers.contains(&l) {
                let checked = e.checked_matmuls();
                let run = layer::run_compiled_layer(e, &compiled, l, &x, &seqs, a.options)?;
                let fp32 = match &reference {
                    Some(r) => Some(r.layers[l].forward(&x, &seqs)?.output),
                    None => None,
                };
                let mut report = layer::mode_report(compiled.mode, fp32.as_ref(), &run, n);
                report.checked_matmuls = e.checked_matmuls() - checked;
                results.push(LayerModes {
                    layer: l,
                    modes: vec![report],
                });
            }
            if l < last {
                x = match &reference {
                    Some(r) => {
                        r.layers[l]
                            .forward_with(&x, &seqs, l, &mut HostMath)?
                            .output
                    }
                    None => {
                        let mut math = layer::AccelMath::new(e, &compiled).with_options(a.options);
                        runtime.layers[l]
                            .forward_with(&x, &seqs, l, &mut math)?
                            .output
                    }
                };
            }
        }
        Ok(results)
    })?;
    bar(last + 1, last + 1, "done");
    let label = format!("{} ({}) layer", path.display(), compiled.mode.name());
    report_layers(a, which, results, checked, &seqs, eval.len(), &label)
}

/// Prints `qins run`'s result: the layers x modes table (`--layer all`), or one layer's
/// modes table and per-site breakdown; JSON with `--json`.
fn report_layers(
    a: &RealModelArgs<'_>,
    which: LayerChoice,
    results: Vec<LayerModes>,
    checked: u64,
    seqs: &Sequences,
    sentences: usize,
    label: &str,
) -> Result<()> {
    let tokens = seqs.tokens();
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
        print!("{}", render_layers(&results, &accelerator, checked, tokens));
        return Ok(());
    }
    let one = results.into_iter().next().expect("one layer");
    let report = crate::studies::demo::DemoReport {
        model: format!(
            "{label} {}, {sentences} sentences of {}",
            one.layer,
            a.file.display()
        ),
        accelerator,
        checked_matmuls: checked,
        tokens,
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

/// What `qins embed` runs: the compiled model (none for fp32), the FP32 reference model (when
/// there is one), the tokenizer and the truncation length.
struct EmbedSetup {
    compiled: Option<CompiledModel>,
    /// `qins-c`: every layer's calibration (it runs from the FP32 model, not an image).
    pattern_c: Option<Vec<layer::Calibration>>,
    reference: Option<BertModel>,
    tokenizer: Tokenizer,
    max_len: usize,
    layers: usize,
    hidden: usize,
}

/// Loads (`--image`) or compiles in memory (`--model DIR --mode MODE`) what `qins embed`
/// runs; `mode` is the one asked for (`None`: fp32 with --model, the image's with --image).
fn embed_setup(
    a: &RealModelArgs<'_>,
    mode: Option<Mode>,
    sentences: &[&str],
) -> Result<EmbedSetup> {
    match a.source {
        Source::Image(path) => {
            let compiled = crate::compile::read_image(path)?;
            crate::compile::check_mode(path, &compiled, mode)?;
            let tokenizer = crate::compile::image_tokenizer(path, &compiled)?;
            let d = &compiled.description;
            Ok(EmbedSetup {
                max_len: max_len_of(d.max_positions, a.max_len)?,
                layers: d.layers,
                hidden: d.hidden_size,
                reference: a.reference.map(BertModel::load).transpose()?,
                tokenizer,
                compiled: Some(compiled),
                pattern_c: None,
            })
        }
        Source::Model(dir) => {
            let model = BertModel::load(dir)?;
            let max_len = max_len_of(model.config.max_position_embeddings, a.max_len)?;
            let mode = mode.unwrap_or(Mode::Fp32);
            if mode == Mode::QinsC {
                let tokenizer = Tokenizer::load(dir)?;
                let cal_text = calibration_text(a.calibration)?;
                let cal = sentences_of(&cal_text);
                warn_overlap(sentences, &cal);
                let ids = token_ids(&tokenizer, &cal, max_len)?;
                let cals = layer::calibrate_model(&model, &ids, &[Mode::QinsC])?;
                return Ok(EmbedSetup {
                    max_len,
                    layers: model.config.num_hidden_layers,
                    hidden: model.config.hidden_size,
                    reference: Some(model),
                    tokenizer,
                    compiled: None,
                    pattern_c: Some(cals),
                });
            }
            let compiled = if mode == Mode::Fp32 {
                None
            } else {
                let cal_text = calibration_text(a.calibration)?;
                warn_overlap(sentences, &sentences_of(&cal_text));
                let cal = crate::compile::CalibrationText {
                    text: &cal_text,
                    origin: calibration_origin(a.calibration),
                };
                Some(crate::compile::compile_dir(
                    dir,
                    &model,
                    mode,
                    a.options.token_alpha,
                    &cal,
                    max_len,
                )?)
            };
            let tokenizer = match &compiled {
                Some(c) => crate::compile::image_tokenizer(dir, c)?,
                None => Tokenizer::load(dir)?,
            };
            Ok(EmbedSetup {
                max_len,
                layers: model.config.num_hidden_layers,
                hidden: model.config.hidden_size,
                reference: Some(model),
                tokenizer,
                compiled,
                pattern_c: None,
            })
        }
    }
}

/// Where the calibration text came from, for an image's provenance.
pub fn calibration_origin(file: Option<&Path>) -> String {
    file.map_or("the built-in data/sentences/calibration.txt".into(), |f| {
        f.display().to_string()
    })
}

/// The comparison of embeddings with the FP32 ones: each cosine, the nearest neighbours kept.
struct Comparison {
    cosines: Vec<f64>,
    same_neighbour: Vec<bool>,
    mean: f64,
    min: f64,
    kept: usize,
}

fn compare(emb: &Matrix, reference: &Matrix) -> Comparison {
    let cosines = row_cosines(reference, emb);
    let nn_ref = nearest_neighbours(reference);
    let same_neighbour: Vec<bool> = nearest_neighbours(emb)
        .iter()
        .zip(&nn_ref)
        .map(|(a, b)| a == b)
        .collect();
    Comparison {
        mean: cosines.iter().sum::<f64>() / cosines.len() as f64,
        min: cosines.iter().copied().fold(f64::INFINITY, f64::min),
        kept: same_neighbour.iter().filter(|&&k| k).count(),
        cosines,
        same_neighbour,
    }
}

/// `qins embed`: sentence embeddings of the whole model in one mode, every layer's matmuls
/// on the engine, with the cosine of each to the FP32 embedding when there is a reference.
pub fn embed(a: &RealModelArgs<'_>, mode: Option<Mode>, batch: usize) -> Result<()> {
    if batch == 0 {
        return Err(Error::Invalid("--batch must be at least 1".into()));
    }
    let text = read_sentences(a.file)?;
    let sentences = sentences_of(&text);
    let start = std::time::Instant::now();
    let setup = embed_setup(a, mode, &sentences)?;
    let mode = match (&setup.compiled, &setup.pattern_c) {
        (Some(c), _) => c.mode,
        (None, Some(_)) => Mode::QinsC,
        (None, None) => Mode::Fp32,
    };
    let max_len = setup.max_len;
    let runtime = setup
        .compiled
        .as_ref()
        .map(|c| c.runtime_model())
        .transpose()?;
    let loaded = start.elapsed();
    let ids = token_ids(&setup.tokenizer, &sentences, max_len)?;
    let tokens: Vec<usize> = ids.iter().map(Vec::len).collect();
    let chunks: Vec<&[Vec<u32>]> = ids.chunks(batch).collect();
    let bar = progress::steps("embed");
    let runs = usize::from(setup.reference.is_some())
        + usize::from(runtime.is_some() || setup.pattern_c.is_some());
    let steps = chunks.len() * runs;
    let mut reference = Vec::new();
    let mut embeddings = Vec::new();
    let (cost, checked) = on_engine(a.engine, a.jobs, |e| {
        if let Some(r) = &setup.reference {
            for (i, chunk) in chunks.iter().enumerate() {
                bar(i, steps, "fp32 reference");
                let m = r.sentence_embeddings_packed(chunk, &mut HostMath)?;
                reference.extend((0..m.rows).map(|r_| m.row(r_).to_vec()));
            }
        }
        if let (Some(cals), Some(model)) = (&setup.pattern_c, &setup.reference) {
            let mut cost = layer::LayerCost::default();
            for (i, chunk) in chunks.iter().enumerate() {
                bar(steps - chunks.len() + i, steps, mode.name());
                let (m, c) = layer::pattern_c_embeddings(e, model, chunk, cals)?;
                embeddings.extend((0..m.rows).map(|r| m.row(r).to_vec()));
                cost += c;
            }
            return Ok(cost);
        }
        let (Some(compiled), Some(runtime)) = (&setup.compiled, &runtime) else {
            return Ok(layer::LayerCost::default());
        };
        // one AccelMath for all chunks
        let mut math = layer::AccelMath::new(e, compiled).with_options(a.options);
        for (i, chunk) in chunks.iter().enumerate() {
            bar(steps - chunks.len() + i, steps, mode.name());
            let m = runtime.sentence_embeddings_packed(chunk, &mut math)?;
            embeddings.extend((0..m.rows).map(|r| m.row(r).to_vec()));
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
    let emb = flat(&embeddings)?;
    let cmp = if reference.is_empty() {
        None
    } else {
        Some(compare(&emb, &flat(&reference)?))
    };
    let elapsed = start.elapsed() - loaded;
    if a.json {
        let v = serde_json::json!({
            "mode": mode,
            "tokens": tokens,
            "embeddings": embeddings,
            "cosine_vs_fp32": cmp.as_ref().map(|c| &c.cosines),
            "mean_cosine": cmp.as_ref().map(|c| c.mean),
            "min_cosine": cmp.as_ref().map(|c| c.min),
            "nearest_neighbour_kept": cmp.as_ref().map(|c| c.kept),
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
        let (cos, same) = match &cmp {
            Some(c) => (
                format!("{:.6}", c.cosines[i]),
                if c.same_neighbour[i] { "=" } else { "x" },
            ),
            None => ("-".into(), "-"),
        };
        println!(
            "{i:>w$}  {:>6}  {cos:>11}  {same:>2}  {}  {preview}",
            tokens[i],
            first.join(" ")
        );
    }
    match &cmp {
        Some(c) => println!(
            "mode {}: mean cosine to fp32 {:.6} (min {:.6}); nearest neighbour kept for {}/{} \
             sentences",
            mode.name(),
            c.mean,
            c.min,
            c.kept,
            sentences.len()
        ),
        None => println!(
            "mode {}: no FP32 reference (--reference DIR compares with one)",
            mode.name()
        ),
    }
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
    }
    println!(
        "{} sentences, {} tokens: model loaded in {:.2} s, embedded in {:.2} s ({} layers, \
         d = {}, batches of {batch}, max length {max_len})",
        sentences.len(),
        tokens.iter().sum::<usize>(),
        loaded.as_secs_f64(),
        elapsed.as_secs_f64(),
        setup.layers,
        setup.hidden,
    );
    Ok(())
}
