//! INT8 symmetric absmax baseline: `q = round(x * 127 / absmax)` (round half away from
//! zero), clamped to `-127..=127`; decode `q * absmax / 127`. An all-zero group gets scale 1.

/// Scale (`absmax / 127`) of a group of values.
pub fn absmax_scale(values: &[f32]) -> f32 {
    let m = values.iter().fold(0f32, |m, &v| m.max(v.abs()));
    if m > 0.0 && m.is_finite() {
        m / 127.0
    } else {
        1.0
    }
}

/// Rounds half away from zero without a libm call, so the loop vectorises.
#[inline(always)]
fn round_half_away(y: f32) -> i32 {
    let t = y as i32; // truncation toward zero; |y| <= 127 here
    let frac = y - t as f32; // exact for |y| < 2^23
    t + (frac >= 0.5) as i32 - (frac <= -0.5) as i32
}

/// Quantizes one value at `scale`.
#[inline]
pub fn encode(x: f32, scale: f32) -> i8 {
    encode_inv(x, 1.0 / scale)
}

#[inline(always)]
fn encode_inv(x: f32, inv_scale: f32) -> i8 {
    round_half_away((x * inv_scale).clamp(-127.0, 127.0)) as i8
}

/// Quantizes a slice at one scale.
pub fn encode_slice(src: &[f32], scale: f32, dst: &mut [i8]) {
    assert_eq!(src.len(), dst.len(), "encode_slice: lengths differ");
    let inv = 1.0 / scale;
    for (d, &x) in dst.iter_mut().zip(src) {
        *d = encode_inv(x, inv);
    }
}

#[inline]
pub fn decode(q: i8, scale: f32) -> f32 {
    q as f32 * scale
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_and_clamping() {
        assert_eq!(encode(0.5, 1.0), 1);
        assert_eq!(encode(-0.5, 1.0), -1);
        assert_eq!(encode(0.49999997, 1.0), 0);
        assert_eq!(encode(1000.0, 1.0), 127);
        assert_eq!(encode(-1000.0, 1.0), -127);
        for i in -127..=127i32 {
            assert_eq!(encode(i as f32 * 0.25, 0.25), i as i8);
        }
    }

    #[test]
    fn absmax_maps_to_127() {
        let v = [0.1f32, -2.54, 1.0];
        let s = absmax_scale(&v);
        assert_eq!(encode(-2.54, s), -127);
        assert_eq!(absmax_scale(&[0.0, 0.0]), 1.0);
    }
}
