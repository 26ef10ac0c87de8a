//! `qins demo`: everything the numerics core can say, on an embedded, seeded synthetic
//! BERT-style layer, plus the text renderers the CLI shares.

use crate::bert::{gelu, Linear};
use crate::codec::{AlphaRule, Granularity, QuantizedTensor};
use crate::compare::{self, TensorComparison};
use crate::error::{Error, Result};
use crate::hw::{DecodeTable, ThresholdEncoder};
use crate::metrics::sqnr_db;
use crate::pattern_c::{self, NativeDotRow};
use crate::synthetic::{self, SyntheticConfig, PREFIX};
use crate::table::{db, TextTable};
use crate::transport::{self, TransportReport};
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

#[derive(Clone, Debug, Serialize)]
pub struct DemoReport {
    pub model: String,
    pub weight_sqnr: Vec<TensorComparison>,
    pub layer_output_sqnr: Vec<LayerOutputRow>,
    pub transport: Vec<TransportReport>,
    pub pattern_c: Vec<NativeDotRow>,
}

const LINEARS: [(&str, &str); 6] = [
    ("q", "attention.self.query"),
    ("k", "attention.self.key"),
    ("v", "attention.self.value"),
    ("o", "attention.output.dense"),
    ("ffn1", "intermediate.dense"),
    ("ffn2", "output.dense"),
];

fn linear(tensors: &[crate::checkpoint::NamedTensor], name: &str) -> Result<Linear> {
    let get = |suffix: &str| {
        tensors
            .iter()
            .find(|t| t.name == format!("{PREFIX}{name}.{suffix}"))
            .ok_or_else(|| Error::Invalid(format!("synthetic layer lacks {name}.{suffix}")))
    };
    let w = get("weight")?;
    Ok(Linear {
        weight: w.as_matrix().expect("2-D"),
        bias: get("bias")?.data.clone(),
    })
}

/// Runs the demo; `progress(done, total)` is called after each step.
pub fn run(progress: &(dyn Fn(usize, usize) + Sync)) -> Result<DemoReport> {
    let cfg = SyntheticConfig::default();
    let steps = 5;
    let tensors = synthetic::layer(&cfg);
    let weight_sqnr = compare::compare_all(&tensors, 2, &|_, _| {});
    progress(1, steps);

    let x = synthetic::activations(&cfg, 256, 1);
    let ffn1 = linear(&tensors, "intermediate.dense")?;
    let mut hidden = ffn1.forward(&x)?;
    hidden.data.iter_mut().for_each(|v| *v = gelu(*v));
    let mut layer_output_sqnr = Vec::new();
    for (short, name) in LINEARS {
        let l = linear(&tensors, name)?;
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
    progress(2, steps);

    let cal = synthetic::activations(&cfg, 1024, 2);
    let held = synthetic::activations(&cfg, 512, 3);
    let v = linear(&tensors, "attention.self.value")?;
    let mut transport = vec![transport::evaluate(
        "synthetic V projection",
        &v.weight,
        &v.bias,
        &cal,
        &held,
    )?];
    progress(3, steps);
    transport.push(transport::evaluate(
        "synthetic FFN up projection",
        &ffn1.weight,
        &ffn1.bias,
        &cal,
        &held,
    )?);
    progress(4, steps);
    let pattern_c = pattern_c::native_dot_product_study(&[4, 16, 64, 256, 1024], 200, 42);
    progress(5, steps);
    Ok(DemoReport {
        model: format!(
            "synthetic BERT-style layer: d={}, d_ff={}, seed {}",
            cfg.d_model, cfg.d_ff, cfg.seed
        ),
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

/// The whole demo as text.
pub fn render(r: &DemoReport) -> String {
    let mut s = format!("QINS demo on a {}\n\n", r.model);
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
            format!("{:.6}", crate::format::lambda(m as u8)),
            t.qins_decode_q7_8[m].to_string(),
            upper,
            format!("{:#04x}", crate::format::make_code(false, m as u8)),
            format!("{:#04x}", crate::format::make_code(true, m as u8)),
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
    use crate::image::hex;
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
