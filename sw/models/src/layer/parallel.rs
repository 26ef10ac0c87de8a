//! [`ParallelEngine`]: several engines sharing a matmul's output tiles, on threads.

use super::*;

/// Several engines of one array size taking a matmul's output tiles between them, each on
/// its own thread: `W`'s output rows are split into contiguous runs of whole `N`-row tiles,
/// one run per engine. Each output column of `x W^T` depends only on its own row of `W`
/// (the array accumulates each output tile alone), so the result equals one engine's bit
/// for bit; with [`CheckedEngine`]s every part is also checked against the model. The
/// statistics are the engines' sums (the work done, not the wall time). ALU ops run on the
/// first engine.
pub struct ParallelEngine<E> {
    pub engines: Vec<E>,
    /// Matmuls and ALU ops completed (each matmul once, however many parts it had).
    pub calls: u64,
}

impl<E: MatmulEngine + Send> ParallelEngine<E> {
    /// At least one engine, all of one array size.
    pub fn new(engines: Vec<E>) -> Result<Self> {
        let n = engines
            .first()
            .ok_or_else(|| Error::Invalid("a parallel engine needs at least one engine".into()))?
            .array_size();
        if engines.iter().any(|e| e.array_size() != n) {
            return Err(Error::Invalid(
                "the engines of a parallel engine must have one array size".into(),
            ));
        }
        Ok(Self { engines, calls: 0 })
    }
}

/// Rows `r0..r1` of `w`, as a tensor of their own.
fn row_slice(w: &QuantizedTensor, r0: usize, r1: usize) -> QuantizedTensor {
    QuantizedTensor {
        codec: w.codec,
        rows: r1 - r0,
        cols: w.cols,
        codes: w.codes[r0 * w.cols..r1 * w.cols].to_vec(),
        scales: if w.scales.len() == w.rows {
            w.scales[r0..r1].to_vec()
        } else {
            w.scales.clone()
        },
    }
}

impl<E: MatmulEngine + Send> MatmulEngine for ParallelEngine<E> {
    fn matmul(
        &mut self,
        w: &QuantizedTensor,
        x: &[i16],
        m: usize,
        act_table: Option<&DecodeTable>,
    ) -> Result<(Vec<i32>, RunStats)> {
        let n = self.array_size();
        let tiles = w.rows.div_ceil(n);
        let parts = self.engines.len().min(tiles).max(1);
        if parts == 1 {
            let r = self.engines[0].matmul(w, x, m, act_table)?;
            self.calls += 1;
            return Ok(r);
        }
        // tiles per part, the first parts one more when they do not divide evenly
        let bounds: Vec<(usize, usize)> = (0..parts)
            .map(|p| {
                let t0 = p * tiles / parts;
                let t1 = (p + 1) * tiles / parts;
                (t0 * n, (t1 * n).min(w.rows))
            })
            .collect();
        let results: Vec<Result<(Vec<i32>, RunStats)>> = std::thread::scope(|s| {
            let handles: Vec<_> = self
                .engines
                .iter_mut()
                .zip(&bounds)
                .map(|(e, &(r0, r1))| {
                    let part = row_slice(w, r0, r1);
                    s.spawn(move || e.matmul(&part, x, m, act_table))
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
                .collect()
        });
        let mut out = vec![0i32; m * w.rows];
        let mut stats = RunStats::default();
        for (r, &(r0, r1)) in results.into_iter().zip(&bounds) {
            let (acc, st) = r?;
            let width = r1 - r0;
            for row in 0..m {
                out[row * w.rows + r0..row * w.rows + r1]
                    .copy_from_slice(&acc[row * width..(row + 1) * width]);
            }
            stats += st;
        }
        self.calls += 1;
        Ok((out, stats))
    }

    fn alu(&mut self, op: AluOp, a: &[u8], b: &[u8]) -> Result<(Vec<u8>, u64)> {
        let r = self.engines[0].alu(op, a, b)?;
        self.calls += 1;
        Ok(r)
    }

    /// Every call, when the instances check against the model (a matmul counts once, however
    /// many instances shared it).
    fn checked_matmuls(&self) -> u64 {
        if self.engines.iter().any(|e| e.checked_matmuls() > 0) {
            self.calls
        } else {
            0
        }
    }

    fn array_size(&self) -> usize {
        self.engines[0].array_size()
    }

    fn has_alu(&self) -> bool {
        self.engines[0].has_alu()
    }
}
