//! The QINS byte format: one definition for the whole project.
//!
//! A code is one byte, sign-magnitude: bit 7 is the sign (1 = negative) and bits 6..0 are
//! the magnitude index `m` in `0..=127`. The code stands for
//! `w = sign * lambda_m / alpha` with the universal level shape
//! `lambda_m = (127 - m) / (m + 1)`, i.e. `z = (m + 1) / 128` quantizes the seed's
//! `z = 1 / (1 + alpha |w|)` uniformly.
//!
//! Invariants: `m = 127` is exact zero (`0x7F` is the canonical zero, `0xFF` is accepted as
//! zero but never produced); `m = 0` is the largest magnitude `127 / alpha`; `lambda_m` is
//! strictly decreasing in `m`.

/// Sign bit of a code.
pub const SIGN_BIT: u8 = 0x80;
/// Mask of the magnitude index.
pub const MAGNITUDE_MASK: u8 = 0x7F;
/// Magnitude index of exact zero.
pub const ZERO_INDEX: u8 = 127;
/// The canonical zero code, the only zero any encoder or ALU op produces.
pub const ZERO_CODE: u8 = 0x7F;
/// The negative-zero code: decodes to zero, never produced.
pub const NEGATIVE_ZERO_CODE: u8 = 0xFF;
/// Number of distinct magnitudes (including zero).
pub const LEVELS: usize = 128;
/// Largest level shape, `lambda_0 = 127`.
pub const LAMBDA_MAX: f64 = 127.0;

/// Magnitude index `m` of a code.
#[inline]
pub const fn magnitude_index(code: u8) -> u8 {
    code & MAGNITUDE_MASK
}

/// True when the sign bit is set (also for the negative-zero code).
#[inline]
pub const fn is_negative(code: u8) -> bool {
    code & SIGN_BIT != 0
}

/// True for both zero codes.
#[inline]
pub const fn is_zero(code: u8) -> bool {
    magnitude_index(code) == ZERO_INDEX
}

/// Builds a code from a sign and a magnitude index; a zero magnitude always gives
/// [`ZERO_CODE`].
#[inline]
pub const fn make_code(negative: bool, m: u8) -> u8 {
    let m = m & MAGNITUDE_MASK;
    if m == ZERO_INDEX || !negative {
        m
    } else {
        SIGN_BIT | m
    }
}

/// `lambda_m` as an exact ratio `(numerator, denominator) = (127 - m, m + 1)`.
#[inline]
pub const fn lambda_ratio(m: u8) -> (u32, u32) {
    let m = (m & MAGNITUDE_MASK) as u32;
    (127 - m, m + 1)
}

/// `lambda_m = (127 - m) / (m + 1)` in f64.
#[inline]
pub fn lambda(m: u8) -> f64 {
    let (n, d) = lambda_ratio(m);
    n as f64 / d as f64
}

/// Signed level shape of a code: `+-lambda_m` (the value times alpha).
#[inline]
pub fn signed_lambda(code: u8) -> f64 {
    let l = lambda(magnitude_index(code));
    if is_negative(code) {
        -l
    } else {
        l
    }
}

/// Exact midpoint between `lambda_k` and `lambda_{k+1}` as a ratio `(P_k, Q_k)`, for
/// `k` in `0..127`: `P_k = (127-k)(k+2) + (126-k)(k+1)`, `Q_k = 2 (k+1)(k+2)`.
#[inline]
pub const fn midpoint_ratio(k: u8) -> (u32, u32) {
    let k = k as u32;
    (
        (127 - k) * (k + 2) + (126 - k) * (k + 1),
        2 * (k + 1) * (k + 2),
    )
}

/// The 127 exact midpoints in f64, decreasing: `MIDPOINTS[k]` lies between `lambda_k` and
/// `lambda_{k+1}`.
pub fn midpoints_f64() -> [f64; 127] {
    let mut out = [0.0; 127];
    for (k, o) in out.iter_mut().enumerate() {
        let (p, q) = midpoint_ratio(k as u8);
        *o = p as f64 / q as f64;
    }
    out
}

/// Every code's signed lambda, indexed by code.
pub fn signed_lambda_table() -> [f64; 256] {
    let mut out = [0.0; 256];
    for (c, o) in out.iter_mut().enumerate() {
        *o = signed_lambda(c as u8);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lambda_ends_and_monotonic() {
        assert_eq!(lambda(0), 127.0);
        assert_eq!(lambda(127), 0.0);
        assert_eq!(lambda(126), 1.0 / 127.0);
        for m in 0..127u8 {
            assert!(lambda(m) > lambda(m + 1));
        }
    }

    #[test]
    fn midpoints_lie_between_levels() {
        let mids = midpoints_f64();
        for k in 0..127u8 {
            let mid = mids[k as usize];
            assert!(mid < lambda(k) && mid > lambda(k + 1));
            assert!((mid - (lambda(k) + lambda(k + 1)) / 2.0).abs() < 1e-12);
        }
    }

    #[test]
    fn zero_is_canonical() {
        assert_eq!(make_code(true, 127), ZERO_CODE);
        assert_eq!(make_code(false, 127), ZERO_CODE);
        assert_eq!(make_code(true, 5), 0x85);
        assert!(is_zero(NEGATIVE_ZERO_CODE));
        assert_eq!(signed_lambda(NEGATIVE_ZERO_CODE), 0.0);
    }
}
