//! Error metrics between a reference and an approximation, generic over the float type.

use num_traits::Float;

/// Signal-to-quantization-noise ratio in dB: `10 log10(sum r^2 / sum (r - a)^2)`.
/// Exact reconstruction gives `+inf`; a zero reference with error gives `-inf`.
pub fn sqnr_db<T: Float>(reference: &[T], approx: &[T]) -> f64 {
    assert_eq!(reference.len(), approx.len(), "sqnr_db: lengths differ");
    let (mut sig, mut err) = (0f64, 0f64);
    for (&r, &a) in reference.iter().zip(approx) {
        let r = r.to_f64().unwrap_or(f64::NAN);
        let a = a.to_f64().unwrap_or(f64::NAN);
        sig += r * r;
        err += (r - a) * (r - a);
    }
    if err == 0.0 {
        f64::INFINITY
    } else {
        10.0 * (sig / err).log10()
    }
}

/// Cosine similarity; 1 for two all-zero vectors, 0 when only one is zero.
pub fn cosine<T: Float>(a: &[T], b: &[T]) -> f64 {
    assert_eq!(a.len(), b.len(), "cosine: lengths differ");
    let (mut ab, mut aa, mut bb) = (0f64, 0f64, 0f64);
    for (&x, &y) in a.iter().zip(b) {
        let x = x.to_f64().unwrap_or(f64::NAN);
        let y = y.to_f64().unwrap_or(f64::NAN);
        ab += x * y;
        aa += x * x;
        bb += y * y;
    }
    if aa == 0.0 && bb == 0.0 {
        1.0
    } else if aa == 0.0 || bb == 0.0 {
        0.0
    } else {
        ab / (aa.sqrt() * bb.sqrt())
    }
}

/// Largest absolute elementwise difference.
pub fn max_abs_error<T: Float>(a: &[T], b: &[T]) -> f64 {
    assert_eq!(a.len(), b.len(), "max_abs_error: lengths differ");
    a.iter()
        .zip(b)
        .map(|(&x, &y)| (x - y).abs().to_f64().unwrap_or(f64::NAN))
        .fold(0.0, f64::max)
}

/// The three metrics together.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct ErrorReport {
    pub sqnr_db: f64,
    pub cosine: f64,
    pub max_abs_error: f64,
}

impl ErrorReport {
    pub fn measure<T: Float>(reference: &[T], approx: &[T]) -> Self {
        Self {
            sqnr_db: sqnr_db(reference, approx),
            cosine: cosine(reference, approx),
            max_abs_error: max_abs_error(reference, approx),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqnr_of_known_noise() {
        let r = [1.0f32, -1.0, 1.0, -1.0];
        let a = [1.1f32, -1.1, 0.9, -0.9];
        // signal 4, noise 4 * 0.01 -> 20 dB
        assert!((sqnr_db(&r, &a) - 20.0).abs() < 1e-4);
        assert_eq!(sqnr_db(&r, &r), f64::INFINITY);
    }

    #[test]
    fn cosine_and_max_error() {
        assert!((cosine(&[1.0f64, 0.0], &[0.0, 2.0])).abs() < 1e-12);
        assert!((cosine(&[1.0f64, 2.0], &[2.0, 4.0]) - 1.0).abs() < 1e-12);
        assert_eq!(max_abs_error(&[1.0f64, 5.0], &[1.5, 4.0]), 1.0);
    }
}
