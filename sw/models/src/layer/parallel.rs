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

impl<E: MatmulEngine + Send> ParallelEngine<E> {
    /// Runs `run` on each engine, one thread each, for its part of `w`'s output rows (its
    /// rows as a tensor, and their bounds), and stitches the parts' `m`-row results side by
    /// side; one call.
    fn split_rows<T: Copy + Send>(
        &mut self,
        w: &QuantizedTensor,
        m: usize,
        zero: T,
        run: impl Fn(&mut E, &QuantizedTensor, (usize, usize)) -> Result<(Vec<T>, RunStats)> + Sync,
    ) -> Result<(Vec<T>, RunStats)> {
        let bounds = self.bounds(w.rows);
        let run = &run;
        let results: Vec<Result<(Vec<T>, RunStats)>> = std::thread::scope(|s| {
            let handles: Vec<_> = self
                .engines
                .iter_mut()
                .zip(&bounds)
                .map(|(e, &b)| {
                    let part = row_slice(w, b.0, b.1);
                    s.spawn(move || run(e, &part, b))
                })
                .collect();
            join_all(handles)
        });
        let r = stitch(results, &bounds, m, w.rows, zero);
        self.calls += 1;
        r
    }
}

impl<E: MatmulEngine> ParallelEngine<E> {
    /// The output rows of each part: contiguous runs of whole `N`-row tiles, one per engine
    /// (the first parts one tile more when they do not divide evenly).
    fn bounds(&self, rows: usize) -> Vec<(usize, usize)> {
        let n = self.engines[0].array_size();
        let tiles = rows.div_ceil(n);
        let parts = self.engines.len().min(tiles).max(1);
        (0..parts)
            .map(|p| {
                (
                    (p * tiles / parts) * n,
                    ((p + 1) * tiles / parts * n).min(rows),
                )
            })
            .collect()
    }
}

/// Joins scoped threads, passing a panic on.
fn join_all<T>(handles: Vec<std::thread::ScopedJoinHandle<'_, T>>) -> Vec<T> {
    handles
        .into_iter()
        .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
        .collect()
}

/// The parts' `m x (r1 - r0)` results side by side as one `m x rows` result, their
/// statistics summed.
fn stitch<T: Copy>(
    results: Vec<Result<(Vec<T>, RunStats)>>,
    bounds: &[(usize, usize)],
    m: usize,
    rows: usize,
    zero: T,
) -> Result<(Vec<T>, RunStats)> {
    let mut out = vec![zero; m * rows];
    let mut stats = RunStats::default();
    for (r, &(r0, r1)) in results.into_iter().zip(bounds) {
        let (part, st) = r?;
        let width = r1 - r0;
        for row in 0..m {
            out[row * rows + r0..row * rows + r1]
                .copy_from_slice(&part[row * width..(row + 1) * width]);
        }
        stats += st;
    }
    Ok((out, stats))
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
        self.split_rows(w, m, 0i32, |e, part, _| e.matmul(part, x, m, act_table))
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

    fn linear_codes(
        &mut self,
        w: &QuantizedTensor,
        x: &[u8],
        m: usize,
        params: &[ChannelParams],
    ) -> Result<(Vec<u8>, RunStats)> {
        if params.len() != w.rows {
            return Err(Error::Invalid(format!(
                "{} channel params for {} outputs",
                params.len(),
                w.rows
            )));
        }
        self.split_rows(w, m, 0u8, |e, part, (r0, r1)| {
            e.linear_codes(part, x, m, &params[r0..r1])
        })
    }

    fn lookup(&mut self, table: &LookupTable, a: &[u8]) -> Result<(Vec<u8>, u64)> {
        let r = self.engines[0].lookup(table, a)?;
        self.calls += 1;
        Ok(r)
    }

    fn array_size(&self) -> usize {
        self.engines[0].array_size()
    }

    fn has_alu(&self) -> bool {
        self.engines[0].has_alu()
    }
}
