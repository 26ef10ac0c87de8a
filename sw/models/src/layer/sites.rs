//! Where a mode's error comes from: every matmul site of a layer quantized alone.
//!
//! For each site (the linear layers, and the two attention matmuls `Q K^T` and `P V` of
//! every sequence and head), the layer runs with that site on the engine in the mode and
//! every other matmul in FP32 on the host. Because everything before the site is FP32, the
//! site sees exactly its FP32 input, so one run gives both figures:
//! - `local_sqnr_db`: the site's own output against its FP32 output (summed over every call,
//!   all heads and sequences for the attention sites);
//! - `only_sqnr_db`: the layer's output against the FP32 layer with only that site quantized.

use super::{AccelMath, Calibration, MatmulEngine, Mode, ModeReport, RunOptions};
use crate::bert::{LayerMath, Linear, LinearSite, Sequences, TransformerLayer};
use qins_core::error::Result;
use qins_core::metrics::sqnr_db;
use qins_core::tensor::Matrix;
use serde::Serialize;

/// A matmul site of a layer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatmulSite {
    Linear(LinearSite),
    /// `Q K^T` of every sequence and head.
    Scores,
    /// `P V` of every sequence and head.
    Context,
}

impl MatmulSite {
    /// The short name reports use: q, k, v, scores, context, o, gate, ffn1, ffn2.
    pub fn name(self) -> &'static str {
        match self {
            MatmulSite::Linear(s) => s.short_name(),
            MatmulSite::Scores => "scores",
            MatmulSite::Context => "context",
        }
    }

    /// The sites of `layer` in forward order (the attention matmuls after V).
    pub fn of(layer: &TransformerLayer) -> Vec<MatmulSite> {
        let mut out = Vec::new();
        for &s in layer.sites() {
            out.push(MatmulSite::Linear(s));
            if s == LinearSite::Value {
                out.push(MatmulSite::Scores);
                out.push(MatmulSite::Context);
            }
        }
        out
    }
}

/// One site of one mode, quantized alone.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SiteReport {
    pub site: &'static str,
    /// The site's output against its FP32 output (same input).
    pub local_sqnr_db: f64,
    /// The layer's output with only this site quantized, against the FP32 layer.
    pub only_sqnr_db: f64,
}

/// Signal and error energy of a site's outputs.
#[derive(Default)]
struct Energy {
    signal: f64,
    noise: f64,
}

impl Energy {
    fn add(&mut self, reference: &Matrix, got: &Matrix) {
        for (&r, &g) in reference.data.iter().zip(&got.data) {
            self.signal += (r as f64) * (r as f64);
            self.noise += (r as f64 - g as f64).powi(2);
        }
    }

    fn sqnr_db(&self) -> f64 {
        if self.noise == 0.0 {
            f64::INFINITY
        } else {
            10.0 * (self.signal / self.noise).log10()
        }
    }
}

/// FP32 everywhere but at `site`, which runs on `inner` (the mode on the engine).
struct OnlySite<'a> {
    inner: AccelMath<'a>,
    site: MatmulSite,
    energy: Energy,
}

impl LayerMath for OnlySite<'_> {
    fn linear(&mut self, layer: usize, site: LinearSite, l: &Linear, x: &Matrix) -> Result<Matrix> {
        let reference = l.forward(x)?;
        if self.site != MatmulSite::Linear(site) {
            return Ok(reference);
        }
        let y = self.inner.linear(layer, site, l, x)?;
        self.energy.add(&reference, &y);
        Ok(y)
    }

    fn scores(&mut self, layer: usize, q: &Matrix, k: &Matrix) -> Result<Matrix> {
        let reference = q.matmul_transposed(k)?;
        if self.site != MatmulSite::Scores {
            return Ok(reference);
        }
        let y = self.inner.scores(layer, q, k)?;
        self.energy.add(&reference, &y);
        Ok(y)
    }

    fn context(&mut self, layer: usize, p: &Matrix, v: &Matrix) -> Result<Matrix> {
        let reference = p.matmul_transposed(&v.transpose())?;
        if self.site != MatmulSite::Context {
            return Ok(reference);
        }
        let y = self.inner.context(layer, p, v)?;
        self.energy.add(&reference, &y);
        Ok(y)
    }
}

/// Adds the per-site breakdown to every report of [`super::run_modes`] (same layer, inputs
/// and calibration): for each mode one layer run per site, each site alone on `engine`.
/// `fp32` gets no sites; `qins-b` only its linear sites (its attention runs in FP32);
/// `qins-c` its non-linear stages instead, each on the host in turn (`ModeReport::stages`).
/// `progress(done, total, mode)` before each mode.
#[allow(clippy::too_many_arguments)]
pub fn add_site_breakdowns(
    engine: &mut dyn MatmulEngine,
    layer: &TransformerLayer,
    x: &Matrix,
    seqs: &Sequences,
    cal: &Calibration,
    reports: &mut [ModeReport],
    options: RunOptions,
    progress: &mut dyn FnMut(usize, usize, Mode),
) -> Result<()> {
    // the FP32 layer output, once for every mode and site
    let reference = layer.forward(x, seqs)?.output;
    let total = reports.len();
    for (i, r) in reports.iter_mut().enumerate() {
        progress(i, total, r.mode);
        r.sites = Some(site_breakdown(
            engine, layer, x, seqs, cal, r.mode, options, &reference,
        )?);
        if r.mode == Mode::QinsC {
            let alphas = cal.pattern_c()?;
            r.stages = Some(crate::pattern_c::stage_breakdown(
                engine, layer, x, seqs, alphas, &reference, r.sqnr_db,
            )?);
        }
    }
    Ok(())
}

/// The per-site breakdown of `mode` (see [`add_site_breakdowns`]) against the FP32 layer
/// output `reference`.
#[allow(clippy::too_many_arguments)]
fn site_breakdown(
    engine: &mut dyn MatmulEngine,
    layer: &TransformerLayer,
    x: &Matrix,
    seqs: &Sequences,
    cal: &Calibration,
    mode: Mode,
    options: RunOptions,
    reference: &Matrix,
) -> Result<Vec<SiteReport>> {
    // qins-c's breakdown is its own per-step one (ModeReport::steps)
    if matches!(mode, Mode::Fp32 | Mode::QinsC) {
        return Ok(Vec::new());
    }
    let compiled = super::compile_layer(
        layer,
        cal,
        mode,
        options.token_alpha,
        crate::compiled::Provenance::default(),
    )?;
    let mut out = Vec::new();
    for site in MatmulSite::of(layer) {
        if !mode.attention_on_hardware() && !matches!(site, MatmulSite::Linear(_)) {
            continue;
        }
        let mut math = OnlySite {
            inner: AccelMath::new(engine, &compiled).with_options(options),
            site,
            energy: Energy::default(),
        };
        let y = layer.forward_with(x, seqs, 0, &mut math)?.output;
        out.push(SiteReport {
            site: site.name(),
            local_sqnr_db: math.energy.sqnr_db(),
            only_sqnr_db: sqnr_db(&reference.data, &y.data),
        });
    }
    Ok(out)
}
