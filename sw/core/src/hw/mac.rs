//! The processing-element multiply-accumulate: `acc' = acc + a * w`.
//!
//! `a` and `w` are signed 16-bit decoded operands; the product is exact in 32 bits
//! (`|a * w| <= 2^30`); the accumulator is 32-bit two's complement and **wraps** modulo
//! 2^32 (as the iCE40 SB_MAC16 accumulator does). Wrapping makes the final sum exact whenever
//! the true sum fits in i32, whatever the order; software checks that bound
//! ([`worst_case_fits`]).

/// One MAC step.
#[inline]
pub fn mac(acc: i32, a: i16, w: i16) -> i32 {
    acc.wrapping_add(a as i32 * w as i32)
}

/// A whole dot product through the MAC, in order, from a zero accumulator.
pub fn dot(a: &[i16], w: &[i16]) -> i32 {
    a.iter().zip(w).fold(0, |acc, (&x, &y)| mac(acc, x, y))
}

/// True when `k` products of operands bounded by `max_a` and `max_w` cannot leave i32.
pub fn worst_case_fits(k: usize, max_a: u16, max_w: u16) -> bool {
    (k as u128) * (max_a as u128) * (max_w as u128) <= i32::MAX as u128
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extremes_and_wrap() {
        assert_eq!(mac(0, i16::MIN, i16::MIN), 1 << 30);
        assert_eq!(mac(0, i16::MIN, i16::MAX), -(1 << 30) + (1 << 15));
        assert_eq!(mac(i32::MAX, 1, 1), i32::MIN);
        // wrap then unwrap: exact final sum
        let a = [i16::MIN, i16::MIN, i16::MIN, -1];
        let w = [i16::MIN, i16::MIN, i16::MAX, 1];
        let exact: i64 = a.iter().zip(&w).map(|(&x, &y)| x as i64 * y as i64).sum();
        assert!(exact <= i32::MAX as i64);
        assert_eq!(dot(&a, &w) as i64, exact);
        assert!(worst_case_fits(1, 32768, 32768));
        assert!(!worst_case_fits(2, 32768, 32768));
        assert!(worst_case_fits(1536, 32512, 40));
    }
}
