//! Choosing QINS alpha: by mean-squared-error search (the default) or as `1 / std`.
//!
//! The search scans `alpha = c / rms` over a geometric grid of 40 values of `c` in
//! `[0.05, 20]`, then refines around the best grid point by 30 golden-section steps, then
//! also tries the 32 alphas that put the largest `|w|` exactly on one of the coarse levels
//! `lambda_0..lambda_31` (a lone outlier can carry as much error as the rest of the tensor,
//! so the error curve has narrow dips there that a smooth search misses). The measured
//! optimum on real weights is `c` = 0.6-0.8 (see docs/numerics.md).

use super::qins;

const GRID_POINTS: usize = 40;
const GRID_LO: f64 = 0.05;
const GRID_HI: f64 = 20.0;
const GOLDEN_STEPS: usize = 30;
const OUTLIER_LEVELS: u8 = 32;

/// Root mean square of a slice (0 for an empty slice).
pub fn rms(values: &[f32]) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    (values.iter().map(|&v| (v as f64) * (v as f64)).sum::<f64>() / values.len() as f64).sqrt()
}

/// `alpha = 1 / rms` (1 for an all-zero slice).
pub fn inverse_rms_alpha(values: &[f32]) -> f32 {
    let r = rms(values);
    if r > 0.0 && r.is_finite() {
        (1.0 / r) as f32
    } else {
        1.0
    }
}

/// Above this many values the error of one alpha is summed on all cores.
const PARALLEL_ABOVE: usize = 1 << 20;

/// [`qins::squared_error`], split over the available cores for large slices.
fn squared_error(values: &[f32], alpha: f32) -> f64 {
    if values.len() < PARALLEL_ABOVE {
        return qins::squared_error(values, alpha);
    }
    let threads = super::cores();
    if threads < 2 {
        return qins::squared_error(values, alpha);
    }
    let chunk = values.len().div_ceil(threads);
    std::thread::scope(|s| {
        let parts: Vec<_> = values
            .chunks(chunk)
            .map(|c| s.spawn(move || qins::squared_error(c, alpha)))
            .collect();
        parts
            .into_iter()
            .map(|h| h.join().expect("no panic in squared_error"))
            .sum()
    })
}

/// The scale `c / rms(values)` of least `err` over a geometric grid of `points` values of
/// `c` in `[lo, hi]`, refined by `steps` golden-section steps in `log c` between the best
/// grid point's neighbours (each step evaluates one new point). Returns the scale and its
/// error, or `None` when `values` has no finite, nonzero rms. [`mse_alpha`] runs it on the
/// QINS error; the compression study on other level sets and clipping points.
pub fn search_scale(
    values: &[f32],
    lo: f64,
    hi: f64,
    points: usize,
    steps: usize,
    err: impl Fn(f32) -> f64,
) -> Option<(f32, f64)> {
    let r = rms(values);
    if !(r > 0.0 && r.is_finite()) {
        return None;
    }
    let err = |c: f64| err((c / r) as f32);
    let ratio = (hi / lo).powf(1.0 / (points - 1) as f64);
    let grid: Vec<f64> = (0..points).map(|i| lo * ratio.powi(i as i32)).collect();
    let errs: Vec<f64> = grid.iter().map(|&c| err(c)).collect();
    let best = (0..points)
        .min_by(|&a, &b| errs[a].total_cmp(&errs[b]))
        .unwrap_or(0);
    let mut lo = grid[best.saturating_sub(1)].ln();
    let mut hi = grid[(best + 1).min(points - 1)].ln();
    let phi = (5f64.sqrt() - 1.0) / 2.0;
    let mut x1 = hi - phi * (hi - lo);
    let mut x2 = lo + phi * (hi - lo);
    let (mut f1, mut f2) = (err(x1.exp()), err(x2.exp()));
    let (mut best_c, mut best_e) = (grid[best], errs[best]);
    for _ in 0..steps {
        if f1 <= f2 {
            hi = x2;
            x2 = x1;
            f2 = f1;
            x1 = hi - phi * (hi - lo);
            f1 = err(x1.exp());
        } else {
            lo = x1;
            x1 = x2;
            f1 = f2;
            x2 = lo + phi * (hi - lo);
            f2 = err(x2.exp());
        }
        for (x, f) in [(x1, f1), (x2, f2)] {
            if f < best_e {
                best_e = f;
                best_c = x.exp();
            }
        }
    }
    Some(((best_c / r) as f32, best_e))
}

/// The alpha that minimises the QINS reconstruction MSE of `values` (1 for all zeros).
pub fn mse_alpha(values: &[f32]) -> f32 {
    let Some((mut best_alpha, mut best_e)) =
        search_scale(values, GRID_LO, GRID_HI, GRID_POINTS, GOLDEN_STEPS, |a| {
            squared_error(values, a)
        })
    else {
        return 1.0;
    };
    let max = values.iter().fold(0f32, |m, &v| m.max(v.abs()));
    for m in 0..OUTLIER_LEVELS {
        let a = (crate::format::lambda(m) / max as f64) as f32;
        let e = squared_error(values, a);
        if e < best_e {
            best_e = e;
            best_alpha = a;
        }
    }
    best_alpha
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rng::SplitMix64;

    #[test]
    fn mse_alpha_beats_neighbours_and_sits_near_known_optimum() {
        let mut rng = SplitMix64::new(1);
        let v: Vec<f32> = (0..20_000).map(|_| rng.normal() as f32 * 0.05).collect();
        let a = mse_alpha(&v);
        let e = qins::squared_error(&v, a);
        for f in [0.9f32, 1.1] {
            assert!(qins::squared_error(&v, a * f) >= e);
        }
        let c = a as f64 * rms(&v);
        assert!((0.3..1.5).contains(&c), "c = {c}");
    }

    #[test]
    fn all_zero_gives_unit_alpha() {
        assert_eq!(mse_alpha(&[0.0; 10]), 1.0);
        assert_eq!(inverse_rms_alpha(&[]), 1.0);
    }
}
