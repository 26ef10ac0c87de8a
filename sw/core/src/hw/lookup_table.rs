//! `LookupTable`: the ALU's programmable unary table, 256 codes -> 256 codes (ALU op LOOKUP,
//! LOAD_TABLE target 7): any function of one code is one table.
//!
//! [`LookupTable::for_function`] builds the table of `y = f(x)` from an input format (codes
//! at `alpha_in`) to an output format (codes at `alpha_out`): entry `c` is the code nearest
//! to `f(signed_lambda(c) / alpha_in)` at `alpha_out`, by the ALU's rounding rules (nearest
//! level, ties away from zero, saturating at `lambda_0 = 127`, zero canonical `0x7F`). The
//! identity function with two alphas is a rescale, which is how codes of one site's format
//! move to another's.

use crate::format;

/// The functions Pattern C needs as tables (any other is a closure away:
/// [`LookupTable::for_function`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum UnaryFunction {
    /// `x` (with two alphas: a rescale).
    Identity,
    Exp,
    /// `1 / x`.
    Reciprocal,
    /// `1 / sqrt(x)`, of `|x|` (a variance is never negative; a negative code is treated
    /// as its magnitude).
    Rsqrt,
    /// `x^2`.
    Square,
    /// Exact (erf) GELU, `x / 2 (1 + erf(x / sqrt 2))`.
    Gelu,
    /// `x sigmoid(x)`.
    Silu,
}

impl UnaryFunction {
    pub const ALL: [UnaryFunction; 7] = [
        UnaryFunction::Identity,
        UnaryFunction::Exp,
        UnaryFunction::Reciprocal,
        UnaryFunction::Rsqrt,
        UnaryFunction::Square,
        UnaryFunction::Gelu,
        UnaryFunction::Silu,
    ];

    /// The function in f64 (the tables' oracle).
    pub fn apply(self, x: f64) -> f64 {
        match self {
            UnaryFunction::Identity => x,
            UnaryFunction::Exp => x.exp(),
            UnaryFunction::Reciprocal => 1.0 / x,
            UnaryFunction::Rsqrt => 1.0 / x.abs().sqrt(),
            UnaryFunction::Square => x * x,
            UnaryFunction::Gelu => 0.5 * x * (1.0 + libm::erf(x / std::f64::consts::SQRT_2)),
            UnaryFunction::Silu => x / (1.0 + (-x).exp()),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            UnaryFunction::Identity => "identity",
            UnaryFunction::Exp => "exp",
            UnaryFunction::Reciprocal => "reciprocal",
            UnaryFunction::Rsqrt => "rsqrt",
            UnaryFunction::Square => "square",
            UnaryFunction::Gelu => "gelu",
            UnaryFunction::Silu => "silu",
        }
    }

    /// Its table from codes at `alpha_in` to codes at `alpha_out`.
    pub fn table(self, alpha_in: f64, alpha_out: f64) -> LookupTable {
        LookupTable::for_function(|x| self.apply(x), alpha_in, alpha_out)
            .expect("every catalogue function is a number at every code")
    }
}

/// 256 entries of 8 bits, indexed by the input code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LookupTable {
    entries: [u8; 256],
}

impl Default for LookupTable {
    /// The identity (the power-up contents).
    fn default() -> Self {
        Self::identity()
    }
}

/// The function gave no number (NaN) for an input.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NotANumber {
    pub code: u8,
    pub x: f64,
}

impl std::fmt::Display for NotANumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the function is not a number at x = {} (code {:#04x})",
            self.x, self.code
        )
    }
}

impl std::error::Error for NotANumber {}

/// The code nearest to the level-shape value `t` (a value times its alpha): the ALU's
/// rounding (`m` = the number of midpoints above `|t|`, so ties go away from zero;
/// beyond `lambda_0` saturates; zero is `0x7F`). Infinities saturate.
pub fn nearest_code_f64(t: f64) -> u8 {
    let a = t.abs();
    let m = (0..127u8)
        .filter(|&k| {
            let (p, q) = format::midpoint_ratio(k);
            p as f64 / q as f64 > a
        })
        .count() as u8;
    format::make_code(t < 0.0, m)
}

impl LookupTable {
    /// The identity: every code maps to its value's canonical code (`0xFF` -> `0x7F`,
    /// every other code to itself), so that LOOKUP's results are canonical like every other
    /// op's until a table is written.
    pub fn identity() -> Self {
        Self {
            entries: std::array::from_fn(|c| {
                if format::is_zero(c as u8) {
                    format::ZERO_CODE
                } else {
                    c as u8
                }
            }),
        }
    }

    /// The table of `f` from codes at `alpha_in` to codes at `alpha_out` (both > 0).
    pub fn for_function(
        f: impl Fn(f64) -> f64,
        alpha_in: f64,
        alpha_out: f64,
    ) -> Result<Self, NotANumber> {
        assert!(alpha_in > 0.0 && alpha_out > 0.0, "alphas must be positive");
        let mut entries = [0u8; 256];
        for (c, e) in entries.iter_mut().enumerate() {
            let x = format::signed_lambda(c as u8) / alpha_in;
            let y = f(x);
            if y.is_nan() {
                return Err(NotANumber { code: c as u8, x });
            }
            *e = nearest_code_f64(y * alpha_out);
        }
        Ok(Self { entries })
    }

    pub fn lookup(&self, code: u8) -> u8 {
        self.entries[code as usize]
    }

    pub fn write(&mut self, code: u8, result: u8) {
        self.entries[code as usize] = result;
    }

    pub fn entries(&self) -> &[u8; 256] {
        &self.entries
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hw::alu::nearest_code;

    #[test]
    fn the_f64_rounding_is_the_alus_exact_rounding() {
        // every ratio n/d the ALU rounds with small d, including every exact midpoint
        for d in 1..=64i32 {
            for n in -127 * d - 3..=127 * d + 3 {
                let t = n as f64 / d as f64;
                assert_eq!(nearest_code_f64(t), nearest_code(n, d), "{n}/{d}");
            }
        }
        for k in 0..127u8 {
            let (p, q) = format::midpoint_ratio(k);
            assert_eq!(
                nearest_code_f64(p as f64 / q as f64),
                nearest_code(p as i32, q as i32)
            );
        }
        assert_eq!(nearest_code_f64(f64::INFINITY), 0x00);
        assert_eq!(nearest_code_f64(f64::NEG_INFINITY), 0x80);
        assert_eq!(nearest_code_f64(-0.0), format::ZERO_CODE);
    }

    #[test]
    fn identity_at_one_alpha_is_the_identity_up_to_the_canonical_zero() {
        let t = LookupTable::for_function(|x| x, 0.37, 0.37).unwrap();
        for c in 0..=255u8 {
            let want = if format::is_zero(c) {
                format::ZERO_CODE
            } else {
                c
            };
            assert_eq!(t.lookup(c), want, "code {c:#04x}");
        }
        assert_eq!(LookupTable::identity().entries(), t.entries());
    }

    #[test]
    fn every_entry_is_the_nearest_code_to_the_function() {
        // the oracle: no other code's value is nearer to f(x) * alpha_out
        let lambdas = format::signed_lambda_table();
        for (alpha_in, alpha_out) in [(2.0, 0.5), (0.05, 3.0), (1.0, 1.0)] {
            for f in UnaryFunction::ALL {
                let (t, name) = (f.table(alpha_in, alpha_out), f.name());
                for c in 0..=255u8 {
                    let target = f.apply(lambdas[c as usize] / alpha_in) * alpha_out;
                    let got = (lambdas[t.lookup(c) as usize] - target).abs();
                    let best = lambdas
                        .iter()
                        .map(|l| (l - target).abs())
                        .fold(f64::INFINITY, f64::min);
                    assert!(
                        got <= best * (1.0 + 1e-12) || (target.is_infinite()),
                        "{name}({c:#04x}): {got} > {best}"
                    );
                }
            }
        }
        let e = LookupTable::for_function(|x| (x - 1.0).sqrt(), 1.0, 1.0).unwrap_err();
        assert!(e.x < 1.0, "{e}");
    }
}
