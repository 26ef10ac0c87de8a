//! A dense row-major f32 matrix, the shape every 2-D weight and activation batch takes here.

use crate::error::{Error, Result};

/// Row-major `rows x cols` f32 matrix. Invariant: `data.len() == rows * cols`.
#[derive(Clone, Debug, PartialEq)]
pub struct Matrix {
    pub rows: usize,
    pub cols: usize,
    pub data: Vec<f32>,
}

impl Matrix {
    /// Wraps `data`, checking that its length matches the shape.
    pub fn new(rows: usize, cols: usize, data: Vec<f32>) -> Result<Self> {
        match rows.checked_mul(cols) {
            Some(n) if n == data.len() => Ok(Self { rows, cols, data }),
            _ => Err(Error::Shape(format!(
                "a {rows} x {cols} matrix needs {} values, got {}",
                rows.saturating_mul(cols),
                data.len()
            ))),
        }
    }

    /// A seeded matrix of normal values with standard deviation `std` (tests, demos).
    pub fn gaussian(rows: usize, cols: usize, std: f32, seed: u64) -> Self {
        let mut rng = crate::rng::SplitMix64::new(seed);
        let data = (0..rows * cols)
            .map(|_| rng.normal() as f32 * std)
            .collect();
        Self { rows, cols, data }
    }

    pub fn zeros(rows: usize, cols: usize) -> Self {
        Self {
            rows,
            cols,
            data: vec![0.0; rows * cols],
        }
    }

    #[inline]
    pub fn row(&self, r: usize) -> &[f32] {
        &self.data[r * self.cols..(r + 1) * self.cols]
    }

    #[inline]
    pub fn row_mut(&mut self, r: usize) -> &mut [f32] {
        &mut self.data[r * self.cols..(r + 1) * self.cols]
    }

    #[inline]
    pub fn at(&self, r: usize, c: usize) -> f32 {
        self.data[r * self.cols + c]
    }

    pub fn transpose(&self) -> Matrix {
        let mut out = Matrix::zeros(self.cols, self.rows);
        for r in 0..self.rows {
            for c in 0..self.cols {
                out.data[c * self.rows + r] = self.data[r * self.cols + c];
            }
        }
        out
    }

    /// `self * other^T`: `(n x k) * (m x k)^T = n x m`. This is `y = x W^T` for a linear
    /// layer whose weight `W` is stored `[out, in]`. Accumulates in f64 per output.
    pub fn matmul_transposed(&self, other: &Matrix) -> Result<Matrix> {
        if self.cols != other.cols {
            return Err(Error::Shape(format!(
                "matmul: inner dimensions differ ({} x {} times ({} x {})^T)",
                self.rows, self.cols, other.rows, other.cols
            )));
        }
        let mut out = Matrix::zeros(self.rows, other.rows);
        for i in 0..self.rows {
            let a = self.row(i);
            for j in 0..other.rows {
                let b = other.row(j);
                out.data[i * other.rows + j] = dot(a, b);
            }
        }
        Ok(out)
    }
}

/// Dot product with four f32 lanes and an f64 final sum (fast and accurate enough for
/// reference layers; exactness is not claimed).
#[inline]
pub fn dot(a: &[f32], b: &[f32]) -> f32 {
    let mut acc = [0f32; 8];
    let chunks = a.len() / 8;
    for c in 0..chunks {
        for l in 0..8 {
            acc[l] += a[c * 8 + l] * b[c * 8 + l];
        }
    }
    let mut s: f64 = acc.iter().map(|&x| x as f64).sum();
    for i in chunks * 8..a.len() {
        s += (a[i] * b[i]) as f64;
    }
    s as f32
}
