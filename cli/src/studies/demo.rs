//! `qins demo`: everything the numerics core can say, on an embedded, seeded synthetic
//! BERT-style layer, plus the text renderers the CLI shares.

use crate::studies::compare::{self, TensorComparison};
use crate::studies::pattern_c::{self, NativeDotRow};
use crate::table::{db, TextTable};
use qins_core::codec::{AlphaRule, Granularity, QuantizedTensor};
use qins_core::error::{Error, Result};
use qins_core::hw::{DecodeTable, ThresholdEncoder};
use qins_core::metrics::sqnr_db;
use qins_models::bert::{gelu, LayerStyle, Linear, Sequences};
use qins_models::layer::{
    add_site_breakdowns, calibrate, run_modes, MatmulEngine, Mode, ModeReport, RunOptions,
};
use qins_models::synthetic::{self, SyntheticConfig};
use qins_models::transport::{self, TransportReport};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// Output SQNR of one linear layer with quantized weights and FP32 activations.
#[derive(Clone, Debug, Serialize)]
pub struct LayerOutputRow {
    pub layer: String,
    pub int8_tensor: f64,
    pub int8_channel: f64,
    pub qins_tensor: f64,
    pub qins_channel: f64,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct DemoReport {
    pub model: String,
    /// The accelerator the modes ran on, and how many of its matmuls were compared bit for
    /// bit with the model.
    pub accelerator: String,
    pub checked_matmuls: u64,
    pub tokens: usize,
    pub sequences: usize,
    /// The shortest and longest sequence (tokens).
    pub seq_len_min: usize,
    pub seq_len: usize,
    /// The layer in every mode on the accelerator (`report.json`'s `modes`).
    pub modes: Vec<ModeReport>,
    pub weight_sqnr: Vec<TensorComparison>,
    pub layer_output_sqnr: Vec<LayerOutputRow>,
    pub transport: Vec<TransportReport>,
    pub pattern_c: Vec<NativeDotRow>,
}

/// Sequences and tokens of the demo batch, and of the calibration batch (other seeds).
pub const DEMO_SEQUENCES: usize = 8;
pub const DEMO_SEQ_LEN: usize = 16;
const CALIBRATION_SEQUENCES: usize = 16;

/// The demo layer's size: the full one (d = 384, d_ff = 1536, 8 sequences of 16 tokens), or
/// a small one for slow engines such as a board over a serial line (d = 32, 1 head,
/// d_ff = 64, 2 sequences of 8 tokens). Same seeds and structure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct DemoSize {
    pub d_model: usize,
    pub d_ff: usize,
    pub sequences: usize,
    pub seq_len: usize,
}

impl DemoSize {
    pub const FULL: DemoSize = DemoSize {
        d_model: 384,
        d_ff: 1536,
        sequences: DEMO_SEQUENCES,
        seq_len: DEMO_SEQ_LEN,
    };
    pub const SMALL: DemoSize = DemoSize {
        d_model: 32,
        d_ff: 64,
        sequences: 2,
        seq_len: 8,
    };

    fn synthetic(&self) -> SyntheticConfig {
        SyntheticConfig {
            d_model: self.d_model,
            d_ff: self.d_ff,
            ..SyntheticConfig::default()
        }
    }
}

/// What the demo runs: the layer's structure and size, the run options, and whether each
/// mode gets its per-site breakdown (one more layer run per matmul site and mode).
#[derive(Clone, Copy, Debug)]
pub struct DemoPlan {
    pub style: LayerStyle,
    pub size: DemoSize,
    pub options: RunOptions,
    pub sites: bool,
}

/// Runs the demo: the synthetic layer in every mode on `engine` (an accelerator named
/// `accelerator`), then the codec, transport and Pattern C studies.
/// `progress(done, total, label)` is called before each step.
pub fn run(
    engine: &mut dyn MatmulEngine,
    accelerator: &str,
    plan: DemoPlan,
    progress: &mut dyn FnMut(usize, usize, &str),
) -> Result<DemoReport> {
    let DemoPlan { style, size, .. } = plan;
    let cfg = size.synthetic();
    // qins-c needs the QINS ALU, which the FPGA configurations leave out
    let all: Vec<Mode> = Mode::ALL
        .into_iter()
        .filter(|&m| m != Mode::QinsC || engine.has_alu())
        .collect();
    let site_steps = if plan.sites { all.len() } else { 0 };
    let steps = all.len() + site_steps + 4;
    let layer = match style {
        LayerStyle::Encoder => synthetic::encoder_layer(&cfg, cfg.d_model / 32)?,
        LayerStyle::Decoder => synthetic::decoder_layer(&cfg, cfg.d_model / 32)?,
    };
    let cal = calibrate(
        &layer,
        &synthetic::activations(&cfg, CALIBRATION_SEQUENCES * size.seq_len, 11),
        &Sequences::uniform(CALIBRATION_SEQUENCES, size.seq_len)?,
        &all,
    )?;
    let tokens = size.sequences * size.seq_len;
    let x = synthetic::activations(&cfg, tokens, 12);
    let seqs = Sequences::uniform(size.sequences, size.seq_len)?;
    let mut modes = run_modes(
        engine,
        &layer,
        &x,
        &seqs,
        &cal,
        &all,
        plan.options,
        &mut |i, _, m| progress(i, steps, &format!("layer in mode {}", m.name())),
    )?;
    if plan.sites {
        add_site_breakdowns(
            engine,
            &layer,
            &x,
            &seqs,
            &cal,
            &mut modes,
            plan.options,
            &mut |i, _, m| progress(all.len() + i, steps, &format!("sites of mode {}", m.name())),
        )?;
    }
    let step = |k: usize| all.len() + site_steps + k;
    progress(step(0), steps, "weight SQNR per tensor");
    let tensors = synthetic::layer(&cfg);
    let weight_sqnr = compare::compare_all(&tensors, 2, &|_, _| {});

    let x = synthetic::activations(&cfg, 256, 1);
    let ffn1 = &layer.intermediate;
    let mut hidden = ffn1.forward(&x)?;
    hidden.data.iter_mut().for_each(|v| *v = gelu(*v));
    let mut layer_output_sqnr = Vec::new();
    let linears = [
        ("q", &layer.query),
        ("k", &layer.key),
        ("v", &layer.value),
        ("o", &layer.attention_output),
        ("ffn1", &layer.intermediate),
        ("ffn2", &layer.output),
    ];
    for (short, l) in linears {
        let input = if short == "ffn2" { &hidden } else { &x };
        let y = l.forward(input)?;
        let out = |q: QuantizedTensor| -> Result<f64> {
            let lq = Linear {
                weight: q.dequantize(),
                bias: l.bias.clone(),
            };
            Ok(sqnr_db(&y.data, &lq.forward(input)?.data))
        };
        let w = &l.weight;
        layer_output_sqnr.push(LayerOutputRow {
            layer: short.to_string(),
            int8_tensor: out(QuantizedTensor::int8(w, Granularity::Tensor))?,
            int8_channel: out(QuantizedTensor::int8(w, Granularity::Channel))?,
            qins_tensor: out(QuantizedTensor::qins(
                w,
                Granularity::Tensor,
                AlphaRule::MseSearch,
            ))?,
            qins_channel: out(QuantizedTensor::qins(
                w,
                Granularity::Channel,
                AlphaRule::MseSearch,
            ))?,
        });
    }
    progress(step(1), steps, "Pattern B on the V projection");

    let cal = synthetic::activations(&cfg, 1024, 2);
    let held = synthetic::activations(&cfg, 512, 3);
    let v = &layer.value;
    let mut transport = vec![transport::evaluate(
        "synthetic V projection",
        &v.weight,
        &v.bias,
        &cal,
        &held,
    )?];
    progress(step(2), steps, "Pattern B on the FFN up projection");
    transport.push(transport::evaluate(
        "synthetic FFN up projection",
        &ffn1.weight,
        &ffn1.bias,
        &cal,
        &held,
    )?);
    progress(step(3), steps, "Pattern C");
    let pattern_c = pattern_c::native_dot_product_study(&[4, 16, 64, 256, 1024], 200, 42);
    progress(steps, steps, "done");
    Ok(DemoReport {
        model: format!(
            "synthetic {} layer: d={}, {} heads, d_ff={}, seed {}",
            match style {
                LayerStyle::Encoder => "BERT-style encoder",
                LayerStyle::Decoder => "decoder-style (causal, RMSNorm, gated SiLU FFN)",
            },
            cfg.d_model,
            layer.heads,
            cfg.d_ff,
            cfg.seed
        ),
        accelerator: accelerator.to_string(),
        checked_matmuls: 0,
        tokens,
        sequences: size.sequences,
        seq_len_min: size.seq_len,
        seq_len: size.seq_len,
        modes,
        weight_sqnr,
        layer_output_sqnr,
        transport,
        pattern_c,
    })
}

/// The per-tensor weight SQNR table.
pub fn render_comparison(rows: &[TensorComparison]) -> String {
    let mut t = TextTable::new([
        "tensor",
        "shape",
        "max/std",
        "INT8/tensor",
        "INT8/channel",
        "QINS/tensor",
        "QINS/channel",
        "QINS/ch Q7.8",
    ]);
    for r in rows {
        let s = &r.sqnr_db;
        t.row([
            r.name.clone(),
            r.shape
                .iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join("x"),
            format!("{:.1}", r.crest_factor),
            db(s.int8_tensor),
            db(s.int8_channel),
            db(s.qins_tensor),
            db(s.qins_channel),
            db(s.qins_channel_q7_8),
        ]);
    }
    format!(
        "Weight SQNR, dB (alpha by MSE search; the last column decodes through the hardware's Q7.8 table):\n{}",
        t.render()
    )
}

/// One transport evaluation with its verdict.
pub fn render_transport(r: &TransportReport) -> String {
    let mut t = TextTable::new(["method", "output SQNR dB"]);
    for row in &r.rows {
        t.row([row.method.clone(), db(row.sqnr_db)]);
    }
    format!(
        "Pattern B on {} ({}x{}, {} calibration / {} held-out tokens):\n{}\
         inputs across zero from their linearization point: {:.0} %, outputs: {:.0} %\n\
         verdict: {}\n\n",
        r.layer,
        r.shape[0],
        r.shape[1],
        r.calibration_tokens,
        r.held_out_tokens,
        t.render(),
        100.0 * r.inputs_across_zero,
        100.0 * r.outputs_across_zero,
        r.verdict
    )
}

/// The Pattern C study.
pub fn render_pattern_c(rows: &[NativeDotRow]) -> String {
    let mut t = TextTable::new([
        "length",
        "trials",
        "native QINS dB",
        "int32 array dB",
        "products -> 0",
        "saturated",
    ]);
    for r in rows {
        t.row([
            r.k.to_string(),
            r.trials.to_string(),
            db(r.native_qins_sqnr_db),
            db(r.int32_sqnr_db),
            format!("{:.1} %", 100.0 * r.products_flushed_to_zero),
            format!("{:.1} %", 100.0 * r.saturated_trials),
        ]);
    }
    format!(
        "Pattern C: dot products accumulated natively in QINS codes (exact ALU MUL then ADD)\n\
         vs decode-once int32 accumulation; SQNR against the exact dot product of the codes:\n{}",
        t.render()
    )
}

/// A short run for a waveform: 16 tokens through the first 8 outputs of the synthetic Q
/// projection, QINS weights and 16-bit activations.
pub fn traced_sample(engine: &mut dyn MatmulEngine) -> Result<()> {
    let n = engine.array_size();
    let cfg = SyntheticConfig::default();
    let layer = synthetic::encoder_layer(&cfg, cfg.d_model / 32)?;
    let rows: Vec<f32> = layer.query.weight.data[..n * cfg.d_model].to_vec();
    let w = QuantizedTensor::qins(
        &qins_core::tensor::Matrix::new(n, cfg.d_model, rows)?,
        Granularity::Channel,
        AlphaRule::MseSearch,
    );
    let x = synthetic::activations(&cfg, DEMO_SEQ_LEN, 13);
    let xq: Vec<i16> = x
        .data
        .iter()
        .map(|&v| (v * 1000.0).round().clamp(-16383.0, 16383.0) as i16)
        .collect();
    engine.matmul(&w, &xq, DEMO_SEQ_LEN, None)?;
    Ok(())
}

/// The per-mode table of the layer on the accelerator.
pub fn render_modes(r: &DemoReport) -> String {
    let mut t = TextTable::new([
        "mode",
        "SQNR dB",
        "cosine",
        "cycles",
        "util",
        "array busy",
        "weight B",
        "act B",
        "decodes",
    ]);
    let timed = r.modes.iter().any(|m| m.cycles > 0);
    for m in &r.modes {
        let hw = m.mode.on_hardware();
        let cell = |v: String| if hw { v } else { "-".into() };
        // the model engine has no clock: it counts MACs and bytes, not cycles
        let timing = |v: String| if hw && timed { v } else { "-".into() };
        t.row([
            m.mode.name().to_string(),
            db(m.sqnr_db),
            format!("{:.5}", m.cosine),
            timing(m.cycles.to_string()),
            timing(format!("{:.1} %", 100.0 * m.utilization)),
            timing(format!("{:.1} %", 100.0 * m.array_busy)),
            cell(m.weight_bytes.to_string()),
            cell(m.activation_bytes.to_string()),
            cell(m.decodes.to_string()),
        ]);
    }
    let notes: Vec<String> = r
        .modes
        .iter()
        .map(|m| format!("  {:12} {}", m.mode.name(), m.note))
        .collect();
    let lengths = if r.seq_len_min == r.seq_len {
        format!("{} sequences of {}", r.sequences, r.seq_len)
    } else {
        format!(
            "{} sequences of {} to {} tokens",
            r.sequences, r.seq_len_min, r.seq_len
        )
    };
    format!(
        "The layer on the accelerator ({}), {} tokens ({lengths}); every matmul on the array{}:\n{}{}{}\n",
        r.accelerator,
        r.tokens,
        if r.checked_matmuls > 0 {
            format!(", {} matmuls checked bit for bit against the model", r.checked_matmuls)
        } else {
            String::new()
        },
        t.render(),
        notes.join("\n"),
        if timed {
            ""
        } else {
            "\n  (the model engine has no clock, so no cycles or utilization: run on the RTL for those)"
        }
    )
}

/// The per-site breakdown of every mode that has one: two tables, sites by modes, of the
/// layer-output SQNR with only that site quantized and of the site's own output SQNR.
pub fn render_sites(modes: &[ModeReport]) -> String {
    let with: Vec<&ModeReport> = modes
        .iter()
        .filter(|m| m.sites.as_ref().is_some_and(|s| !s.is_empty()))
        .collect();
    if with.is_empty() {
        return String::new();
    }
    let mut names: Vec<&'static str> = Vec::new();
    for m in &with {
        for s in m.sites.iter().flatten() {
            if !names.contains(&s.site) {
                names.push(s.site);
            }
        }
    }
    let table = |only: bool| {
        let mut t = TextTable::new(
            std::iter::once("site".to_string()).chain(with.iter().map(|m| m.mode.name().into())),
        );
        for name in &names {
            t.row(
                std::iter::once(name.to_string()).chain(with.iter().map(|m| {
                    m.sites
                        .iter()
                        .flatten()
                        .find(|s| s.site == *name)
                        .map_or("-".into(), |s| {
                            db(if only {
                                s.only_sqnr_db
                            } else {
                                s.local_sqnr_db
                            })
                        })
                })),
            );
        }
        t.render()
    };
    format!(
        "Where the error comes from: each matmul site quantized alone, every other in FP32.\n\
         Layer-output SQNR (dB) with only that site quantized:\n{}\n\
         The site's own output SQNR (dB) against FP32, same input:\n{}",
        table(true),
        table(false)
    )
}

/// The whole demo as text.
pub fn render(r: &DemoReport) -> String {
    let mut s = format!("QINS demo on a {}\n\n", r.model);
    s.push_str(&render_modes(r));
    s.push('\n');
    let sites = render_sites(&r.modes);
    if !sites.is_empty() {
        s.push_str(&sites);
        s.push('\n');
    }
    let steps = super::pattern_c::render_steps(&r.modes);
    if !steps.is_empty() {
        s.push_str(&steps);
        s.push('\n');
    }
    s.push_str(&render_comparison(&r.weight_sqnr));
    let mut t = TextTable::new([
        "linear",
        "INT8/tensor",
        "INT8/channel",
        "QINS/tensor",
        "QINS/channel",
    ]);
    for row in &r.layer_output_sqnr {
        t.row([
            row.layer.clone(),
            db(row.int8_tensor),
            db(row.int8_channel),
            db(row.qins_tensor),
            db(row.qins_channel),
        ]);
    }
    s.push_str(&format!(
        "\nLayer output SQNR, dB (quantized weights, FP32 activations, 256 tokens):\n{}\n",
        t.render()
    ));
    for tr in &r.transport {
        s.push_str(&render_transport(tr));
    }
    s.push_str(&render_pattern_c(&r.pattern_c));
    s
}

/// The built-in hardware tables.
#[derive(Clone, Debug, Serialize)]
pub struct TablesReport {
    /// QINS decode table, Q7.8, indexed by code.
    pub qins_decode_q7_8: Vec<i16>,
    /// INT8 identity decode table.
    pub int8_decode: Vec<i16>,
    /// QINS encoder thresholds, Q15.16, rank order.
    pub qins_encode_thresholds_q15_16: Vec<i32>,
    /// QINS encoder rank -> code map.
    pub qins_encode_codes: Vec<u8>,
    pub int8_encode_thresholds_q15_16: Vec<i32>,
    pub int8_encode_codes: Vec<u8>,
}

pub fn tables_report() -> TablesReport {
    let (q, i) = (ThresholdEncoder::qins(), ThresholdEncoder::int8_symmetric());
    TablesReport {
        qins_decode_q7_8: DecodeTable::qins().entries().to_vec(),
        int8_decode: DecodeTable::int8_identity().entries().to_vec(),
        qins_encode_thresholds_q15_16: q.thresholds().to_vec(),
        qins_encode_codes: q.code_of_rank().to_vec(),
        int8_encode_thresholds_q15_16: i.thresholds().to_vec(),
        int8_encode_codes: i.code_of_rank().to_vec(),
    }
}

/// The QINS tables as text: one line per magnitude index.
pub fn render_tables(t: &TablesReport) -> String {
    let mut tab = TextTable::new([
        "m",
        "lambda_m",
        "decode Q7.8",
        "upper threshold Q15.16",
        "code +",
        "code -",
    ]);
    for m in 0..128usize {
        // rank of +lambda_m is 255 - m; its upper threshold is t[255 - m] (none for m = 0)
        let upper = if m == 0 {
            "-".to_string()
        } else {
            t.qins_encode_thresholds_q15_16[255 - m].to_string()
        };
        tab.row([
            m.to_string(),
            format!("{:.6}", qins_core::format::lambda(m as u8)),
            t.qins_decode_q7_8[m].to_string(),
            upper,
            format!("{:#04x}", qins_core::format::make_code(false, m as u8)),
            format!("{:#04x}", qins_core::format::make_code(true, m as u8)),
        ]);
    }
    format!(
        "QINS tables (decode: code -> Q7.8; encoder: Q15.16 -> code, ties toward +inf).\n\
         INT8 tables: decode is the identity; thresholds are q + 0.5 in Q15.16. Use --json for all.\n{}",
        tab.render()
    )
}

/// Writes the built-in tables as `$readmemh` files into `dir`.
pub fn export_tables(dir: &Path) -> Result<Vec<PathBuf>> {
    use qins_host::image::hex;
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let files = [
        (
            "decode_qins_lambda_q7_8.hex",
            hex::hex_decode_table(&DecodeTable::qins()),
        ),
        (
            "decode_int8_identity.hex",
            hex::hex_decode_table(&DecodeTable::int8_identity()),
        ),
        (
            "encode_qins_q15_16_thresholds.hex",
            hex::hex_thresholds(&ThresholdEncoder::qins()),
        ),
        (
            "encode_qins_q15_16_codes.hex",
            hex::hex_bytes(ThresholdEncoder::qins().code_of_rank()),
        ),
        (
            "encode_int8_symmetric_q15_16_thresholds.hex",
            hex::hex_thresholds(&ThresholdEncoder::int8_symmetric()),
        ),
        (
            "encode_int8_symmetric_q15_16_codes.hex",
            hex::hex_bytes(ThresholdEncoder::int8_symmetric().code_of_rank()),
        ),
    ];
    let mut out = Vec::new();
    for (name, text) in files {
        let p = dir.join(name);
        std::fs::write(&p, text).map_err(|e| Error::io(&p, e))?;
        out.push(p);
    }
    Ok(out)
}

/// Writes the demo figure as SVG: the V projection's weight histogram under the QINS
/// (alpha per tensor) and INT8 (absmax per tensor) level grids, and each mode's output SQNR.
pub fn write_figure(path: &Path, r: &DemoReport) -> Result<()> {
    use plotters::prelude::*;
    let err =
        |e: &dyn std::fmt::Display| Error::Invalid(format!("{}: figure: {e}", path.display()));
    let tensors = synthetic::layer(&SyntheticConfig::default());
    let w = &tensors
        .iter()
        .find(|t| t.name.ends_with("attention.self.value.weight"))
        .ok_or_else(|| Error::Invalid("synthetic layer lacks the V projection".into()))?
        .data;
    let rms = qins_core::codec::alpha::rms(w) as f32;
    let lim = 6.0 * rms;
    let bins = 120usize;
    let mut counts = vec![0u64; bins];
    for &v in w {
        if v.abs() < lim {
            counts[(((v + lim) / (2.0 * lim)) * bins as f32) as usize % bins] += 1;
        }
    }
    let ymax = *counts.iter().max().unwrap_or(&1) as f64 * 1.35;
    let alpha = qins_core::codec::alpha::mse_alpha(w);
    let absmax = w.iter().fold(0f32, |a, &v| a.max(v.abs()));
    let qins_levels: Vec<f64> = (0..128u8)
        .flat_map(|m| {
            let l = qins_core::format::lambda(m) / alpha as f64;
            [l, -l]
        })
        .filter(|v| v.abs() < lim as f64)
        .collect();
    let int8_levels: Vec<f64> = (-127..=127)
        .map(|q| q as f64 * absmax as f64 / 127.0)
        .filter(|v| v.abs() < lim as f64)
        .collect();

    let root = SVGBackend::new(path, (1000, 780)).into_drawing_area();
    root.fill(&WHITE).map_err(|e| err(&e))?;
    let (upper, lower) = root.split_vertically(430);
    let mut hist = ChartBuilder::on(&upper)
        .caption(
            format!("V projection weights (within 6 rms) and the level grids: QINS alpha = {alpha:.1} (blue), INT8 absmax (red)"),
            ("sans-serif", 16),
        )
        .margin(10)
        .x_label_area_size(30)
        .y_label_area_size(60)
        .build_cartesian_2d(-lim as f64..lim as f64, 0f64..ymax)
        .map_err(|e| err(&e))?;
    hist.configure_mesh()
        .x_desc("weight")
        .y_desc("count")
        .disable_mesh()
        .draw()
        .map_err(|e| err(&e))?;
    let width = 2.0 * lim as f64 / bins as f64;
    hist.draw_series(counts.iter().enumerate().map(|(i, &c)| {
        let x0 = -lim as f64 + i as f64 * width;
        Rectangle::new(
            [(x0, 0.0), (x0 + width, c as f64)],
            RGBColor(170, 170, 170).filled(),
        )
    }))
    .map_err(|e| err(&e))?;
    hist.draw_series(
        qins_levels
            .iter()
            .map(|&v| PathElement::new(vec![(v, ymax * 0.80), (v, ymax * 0.89)], BLUE)),
    )
    .map_err(|e| err(&e))?;
    hist.draw_series(
        int8_levels
            .iter()
            .map(|&v| PathElement::new(vec![(v, ymax * 0.90), (v, ymax * 0.99)], RED)),
    )
    .map_err(|e| err(&e))?;

    let modes: Vec<&ModeReport> = r.modes.iter().filter(|m| m.mode != Mode::Fp32).collect();
    let lo = modes.iter().map(|m| m.sqnr_db).fold(0f64, f64::min).floor() - 5.0;
    let hi = modes.iter().map(|m| m.sqnr_db).fold(10f64, f64::max).ceil() + 5.0;
    let names: Vec<&'static str> = modes.iter().map(|m| m.mode.name()).collect();
    let mut bars = ChartBuilder::on(&lower)
        .caption(
            format!(
                "Layer output SQNR vs FP32 on the simulated {} ({} tokens)",
                r.accelerator, r.tokens
            ),
            ("sans-serif", 16),
        )
        .margin(10)
        .x_label_area_size(30)
        .y_label_area_size(60)
        .build_cartesian_2d(0f64..modes.len() as f64, lo..hi)
        .map_err(|e| err(&e))?;
    bars.configure_mesh()
        .y_desc("SQNR (dB)")
        .x_labels(modes.len() * 2 + 1)
        .x_label_formatter(&|x| {
            let i = (x - 0.5).round();
            if (x - 0.5 - i).abs() < 1e-6 && i >= 0.0 && (i as usize) < names.len() {
                names[i as usize].to_string()
            } else {
                String::new()
            }
        })
        .disable_x_mesh()
        .draw()
        .map_err(|e| err(&e))?;
    bars.draw_series(modes.iter().enumerate().map(|(i, m)| {
        let colour = if m.mode.name().starts_with("qins") {
            BLUE
        } else {
            RED
        };
        Rectangle::new(
            [(i as f64 + 0.15, 0.0), (i as f64 + 0.85, m.sqnr_db)],
            colour.mix(0.7).filled(),
        )
    }))
    .map_err(|e| err(&e))?;
    root.present().map_err(|e| err(&e))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_sizes() {
        let full = DemoSize::FULL.synthetic();
        let default = SyntheticConfig::default();
        assert_eq!(
            (full.d_model, full.d_ff, full.seed),
            (default.d_model, default.d_ff, default.seed)
        );
        // heads are d / 32: the small layer has one
        assert_eq!(DemoSize::SMALL.synthetic().d_model / 32, 1);
    }
}
