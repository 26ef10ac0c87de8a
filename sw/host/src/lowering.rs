//! Lowering a linear layer `y = x W^T` onto the accelerator through the host driver, for any
//! [`Bus`] (the RTL in Verilator, the rust-hdl top, or [`qins_core::hw::AccelModel`]).
//!
//! Layout: activations are stored k-tile major (vector `kt * M + m` holds `x[m][kt N ..
//! kt N + N]`), accumulators n-tile major (vector `nt * M + m` holds `y[m][nt N .. nt N + N]`).
//! Weights go in as tiles ([`Driver::load_weight_tiles`]), as many output tiles at a time as
//! the weight memory holds; what does not fit the memories at once is split ([`Plan`]). For each output tile the K-tiles stream back to back, each MATMUL
//! prefetching the next tile into the other bank, the first with accumulate off. The result is
//! the raw int32 accumulators; scaling to real values is the caller's (the output scale is
//! `1 / (weight scale x activation scale)` per channel).

use crate::driver::{Bus, Driver, DriverError};
use qins_core::accel::{reg, Command, Matmul};
use qins_core::codec::QuantizedTensor;

qins_core::counters! {
    /// What a run cost, from the hardware counters.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
    pub struct RunStats {
        /// Cycles with the unit busy (commands, not host transfers).
        pub busy_cycles: u64,
        /// Cycles in which a vector entered the array.
        pub array_cycles: u64,
        /// Multiply-accumulates on real data.
        pub useful_macs: u64,
        /// Weight decodes at the array edge (N per tile row loaded).
        pub weight_decodes: u64,
        /// Activation decodes at the array edge (N per vector, when activations are codes).
        pub act_decodes: u64,
    }
}

impl RunStats {
    /// Useful MACs / (N^2 x array cycles): how full the array was while it ran.
    pub fn utilization(&self, n: usize) -> f64 {
        if self.array_cycles == 0 {
            0.0
        } else {
            self.useful_macs as f64 / ((n * n) as u64 * self.array_cycles) as f64
        }
    }
}

/// Cycle budget per command wait.
pub(crate) const WAIT_BUDGET: u64 = 50_000_000;

/// Runs `y = x W^T` for `x` of `m` rows (`m * w.cols` elements, raw i16 or, with
/// `act_codes`, codes in the low byte decoded by the activation-edge table already loaded).
/// Returns `y` as int32 accumulators (`m * w.rows`) and the run's counters.
///
/// The work is split to fit the configuration's memories (see [`Plan`]): rows into chunks,
/// the K tiles into passes when the activation or weight memory cannot hold all of them for
/// one row (the accumulators carry the sum from pass to pass), the output tiles into passes
/// when the accumulator memory cannot hold them all, and the weight into loads of as many
/// output tiles as the weight memory holds. On the 8 x 8 simulation top everything but the
/// weight loads fits at once; the FPGA tops (256 or 128 vectors) need the passes for a
/// d = 384 layer.
pub fn run_linear<B: Bus>(
    d: &mut Driver<B>,
    w: &QuantizedTensor,
    x: &[i16],
    m: usize,
    act_codes: bool,
) -> Result<(Vec<i32>, RunStats), DriverError> {
    let k = w.cols;
    if x.len() != m * k || m == 0 {
        return Err(DriverError::Shape(format!(
            "x has {} elements, expected {m} x {k}",
            x.len()
        )));
    }
    let plan = Plan::new(d.cfg, m, k, w.rows)?;
    let mut y = Vec::with_capacity(m * w.rows);
    let mut stats = RunStats::default();
    for start in (0..m).step_by(plan.rows) {
        let rows = plan.rows.min(m - start);
        let (part, s) = run_chunk(
            d,
            &plan,
            w,
            &x[start * k..(start + rows) * k],
            rows,
            act_codes,
            true,
        )?;
        y.extend(part);
        stats += s;
    }
    Ok((y, stats))
}

/// How [`run_linear`] splits a matmul to fit the memories.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plan {
    /// Rows per chunk (at most 65,535, the MATMUL count).
    pub rows: usize,
    /// K tiles per pass (all of them when they fit).
    pub k_tiles_per_pass: usize,
    /// Output tiles per accumulator pass (all of them when they fit).
    pub n_tiles_per_pass: usize,
}

impl Plan {
    pub fn new(
        cfg: qins_core::accel::AccelConfig,
        m: usize,
        k: usize,
        out: usize,
    ) -> Result<Plan, DriverError> {
        let n = cfg.n;
        let (k_tiles, n_tiles) = (k.div_ceil(n), out.div_ceil(n));
        let (act, acc) = (cfg.act_vectors(), cfg.acc_vectors());
        // one output tile's K tiles of a pass must fit the weight memory, one row's the
        // activation memory
        let kp = k_tiles.min(cfg.weight_rows() / n).min(act);
        if kp == 0 || acc == 0 || k == 0 || out == 0 {
            return Err(DriverError::Shape(format!(
                "a {out} x {k} weight cannot run on {}",
                cfg.name
            )));
        }
        // rows: as many as fit with every output tile in the accumulators; if not even one
        // row does, as many as the accumulators hold for one output tile
        let all_n = acc / n_tiles;
        let rows = (act / kp)
            .min(if all_n > 0 { all_n } else { acc })
            .min(m)
            .clamp(1, 0xFFFF);
        Ok(Plan {
            rows,
            k_tiles_per_pass: kp,
            n_tiles_per_pass: n_tiles.min(acc / rows),
        })
    }
}

/// One chunk of `m` rows (at most `plan.rows`). With `gather` false the accumulators stay
/// on the device (output tile `nt`, row `r` at accumulator vector `nt * m + r` when the
/// plan has one accumulator pass) and the returned outputs are zeros.
pub(crate) fn run_chunk<B: Bus>(
    d: &mut Driver<B>,
    plan: &Plan,
    w: &QuantizedTensor,
    x: &[i16],
    m: usize,
    act_codes: bool,
    gather: bool,
) -> Result<(Vec<i32>, RunStats), DriverError> {
    let n = d.cfg.n;
    let (out, k) = (w.rows, w.cols);
    let k_tiles = k.div_ceil(n);
    let n_tiles = out.div_ceil(n);
    let (kp, np) = (plan.k_tiles_per_pass, plan.n_tiles_per_pass);
    debug_assert!(
        x.len() == m * k && m * kp <= d.cfg.act_vectors() && m * np <= d.cfg.acc_vectors()
    );
    // the activations of K tiles kt0 .. kt1, k-tile major, zero padded
    let activations = |kt0: usize, kt1: usize| -> Vec<i16> {
        let mut v = vec![0i16; m * (kt1 - kt0) * n];
        for kt in kt0..kt1 {
            for r in 0..m {
                for i in 0..n {
                    let c = kt * n + i;
                    if c < k {
                        v[(((kt - kt0) * m) + r) * n + i] = x[r * k + c];
                    }
                }
            }
        }
        v
    };
    let mut stats = RunStats::default();
    let mut y = vec![0i32; m * out];
    let single_k_pass = kp >= k_tiles;
    if single_k_pass {
        d.write_act_vectors(0, &activations(0, k_tiles))?;
    }
    d.write(reg::CONTROL, qins_core::accel::control::CLEAR_COUNTERS)?;
    // accumulator passes: output tiles np0 .. np1 at accumulator vectors (nt - np0) * m + r
    for np0 in (0..n_tiles).step_by(np) {
        let np1 = (np0 + np).min(n_tiles);
        for kt0 in (0..k_tiles).step_by(kp) {
            let kt1 = (kt0 + kp).min(k_tiles);
            let kl = kt1 - kt0;
            if !single_k_pass {
                d.write_act_vectors(0, &activations(kt0, kt1))?;
            }
            // weight loads: as many output tiles of this pass as the weight memory holds
            let tiles_per_load = (d.cfg.weight_rows() / (n * kl)).max(1);
            let (c0, c1) = (kt0 * n, (kt1 * n).min(k));
            let mut nt0 = np0;
            while nt0 < np1 {
                let group = tiles_per_load.min(np1 - nt0);
                let rows: Vec<usize> = (nt0 * n..((nt0 + group) * n).min(out)).collect();
                let part = QuantizedTensor {
                    codec: w.codec,
                    rows: rows.len(),
                    cols: c1 - c0,
                    codes: rows
                        .iter()
                        .flat_map(|&o| w.codes[o * k + c0..o * k + c1].iter().copied())
                        .collect(),
                    scales: vec![1.0],
                };
                let tiles = d.load_weight_tiles(&part, 0)?;
                debug_assert_eq!(tiles.k_tiles, kl);
                stats.weight_decodes += (tiles.rows() * n) as u64;
                let mut bank = 0u32;
                d.push(&Command::load_tile(tiles.tile_row(0, 0) as u32, bank))?;
                for g in 0..group {
                    let nt = nt0 + g;
                    let n_valid = (out - nt * n).min(n) as u32;
                    for kl_i in 0..kl {
                        let kt = kt0 + kl_i;
                        let k_valid = (k - kt * n).min(n) as u32;
                        let next = if kl_i + 1 < kl {
                            Some(tiles.tile_row(kl_i + 1, g) as u32)
                        } else if g + 1 < group {
                            Some(tiles.tile_row(0, g + 1) as u32)
                        } else {
                            None
                        };
                        d.push(&Command::matmul(Matmul {
                            count: m as u32,
                            act: (kl_i * m) as u32,
                            acc: ((nt - np0) * m) as u32,
                            bank,
                            accumulate: kt > 0,
                            act_codes,
                            k_valid: k_valid % n as u32,
                            n_valid: n_valid % n as u32,
                            prefetch: next,
                        }))?;
                        bank ^= u32::from(next.is_some());
                        if act_codes {
                            stats.act_decodes += (m * n) as u64;
                        }
                    }
                }
                // a new weight load (or activation write) needs an idle unit
                d.wait_idle(WAIT_BUDGET)?;
                stats.busy_cycles += d.read(reg::BUSY_CYCLES)? as u64;
                stats.array_cycles += d.read(reg::ARRAY_CYCLES)? as u64;
                stats.useful_macs += d.read(reg::USEFUL_MACS_LO)? as u64
                    | (d.read(reg::USEFUL_MACS_HI)? as u64) << 32;
                d.write(reg::CONTROL, qins_core::accel::control::CLEAR_COUNTERS)?;
                nt0 += group;
            }
        }
        if !gather {
            continue;
        }
        // gather this pass's outputs from the n-tile-major accumulators
        let acc = d.read_acc_vectors(0, m * (np1 - np0))?;
        for nt in np0..np1 {
            for r in 0..m {
                for j in 0..n {
                    let o = nt * n + j;
                    if o < out {
                        y[r * out + o] = acc[((nt - np0) * m + r) * n + j];
                    }
                }
            }
        }
    }
    Ok((y, stats))
}

/// Element-wise `op` of the QINS ALU on the code vectors `a` and `b` (equal lengths; `b` is
/// ignored by unary ops): the codes go into activation memory in chunks (a, b and the result
/// side by side, at most 65,535 elements per command), one ALU command per chunk, results
/// read back. Returns the result codes and the unit's busy cycles.
pub fn run_alu<B: Bus>(
    d: &mut Driver<B>,
    op: qins_core::hw::AluOp,
    a: &[u8],
    b: &[u8],
) -> Result<(Vec<u8>, u64), DriverError> {
    if a.len() != b.len() {
        return Err(DriverError::Shape(format!(
            "ALU operands of {} and {} elements",
            a.len(),
            b.len()
        )));
    }
    let n = d.cfg.n;
    // three equal regions of whole vectors, each at most the 16-bit count field
    let chunk = ((d.cfg.act_vectors() / 3) * n).min(0xFFFF / n * n);
    d.write(reg::CONTROL, qins_core::accel::control::CLEAR_COUNTERS)?;
    let mut out = Vec::with_capacity(a.len());
    let mut busy = 0u64;
    for (ca, cb) in a.chunks(chunk).zip(b.chunks(chunk)) {
        let padded = ca.len().div_ceil(n) * n;
        let widen = |c: &[u8]| -> Vec<i16> {
            let mut v: Vec<i16> = c.iter().map(|&x| x as i16).collect();
            v.resize(padded, 0);
            v
        };
        d.write_act_vectors(0, &widen(ca))?;
        d.write_act_vectors(chunk / n, &widen(cb))?;
        d.push(&Command::alu(
            op,
            ca.len() as u32,
            0,
            chunk as u32,
            2 * chunk as u32,
        ))?;
        d.wait_idle(WAIT_BUDGET)?;
        let r = d.read_act_vectors(2 * chunk / n, padded / n)?;
        out.extend(r[..ca.len()].iter().map(|&x| x as u8));
        busy += d.read(reg::BUSY_CYCLES)? as u64;
        d.write(reg::CONTROL, qins_core::accel::control::CLEAR_COUNTERS)?;
    }
    Ok((out, busy))
}

#[cfg(test)]
mod tests {
    use super::*;
    use qins_core::accel::AccelConfig;
    use qins_core::codec::{AlphaRule, Granularity};
    use qins_core::hw::{mac, AccelModel, DecodeTable};
    use qins_core::tensor::Matrix;

    /// Runs `w` (`out x k` QINS codes) over `m` rows `x` on the model of `cfg` and checks
    /// every output against the int32 reference (dot products with the decoded weights)
    /// and the useful-MAC count.
    fn assert_linear_is_exact(
        cfg: AccelConfig,
        w: &QuantizedTensor,
        x: &[i16],
        m: usize,
        out: usize,
        k: usize,
    ) {
        let mut d = Driver::new(AccelModel::new(cfg), cfg);
        let (y, stats) = run_linear(&mut d, w, x, m, false).unwrap();
        let table = DecodeTable::qins();
        for r in 0..m {
            for o in 0..out {
                let ww: Vec<i16> = w.codes[o * k..(o + 1) * k]
                    .iter()
                    .map(|&c| table.decode(c))
                    .collect();
                assert_eq!(
                    y[r * out + o],
                    mac::dot(&x[r * k..(r + 1) * k], &ww),
                    "{} row {r} out {o}",
                    cfg.name
                );
            }
        }
        assert_eq!(stats.useful_macs, (m * out * k) as u64, "{}", cfg.name);
    }

    #[test]
    fn linear_layer_on_the_model_equals_int32_reference() {
        // UP5K's small weight memory forces several weight loads; HX8K and SIM8 sizes too
        for cfg in AccelConfig::ALL {
            let (out, k, m) = (37, 29, 5);
            let w = QuantizedTensor::qins(
                &Matrix::gaussian(out, k, 0.05, 9),
                Granularity::Channel,
                AlphaRule::MseSearch,
            );
            let x: Vec<i16> = (0..m * k).map(|i| ((i * 37) % 201) as i16 - 100).collect();
            assert_linear_is_exact(cfg, &w, &x, m, out, k);
        }
    }

    /// Layer sizes beyond the FPGA tops' memories: K split into passes (the accumulators
    /// carry the sum), output tiles into accumulator passes; the results are exact and every
    /// MAC is done once.
    #[test]
    fn matmuls_larger_than_the_fpga_memories_are_split_into_passes() {
        let cases = [
            // HX8K: 300 K tiles > 128 per pass (weight memory 256 rows / N = 2); 150 output
            // tiles > 128 accumulator vectors: one row per chunk, 2 accumulator passes
            (AccelConfig::HX8K, 300, 599, 3),
            // UP5K: 192 K tiles fit the 256 activation vectors for one row only; 768 output
            // tiles > 256 accumulator vectors (the demo's FFN shapes at d = 384)
            (AccelConfig::UP5K, 1536, 384, 2),
            (AccelConfig::UP5K, 384, 1536, 2),
        ];
        for (cfg, out, k, m) in cases {
            let plan = Plan::new(cfg, m, k, out).unwrap();
            assert!(
                plan.k_tiles_per_pass < k.div_ceil(cfg.n)
                    || plan.n_tiles_per_pass < out.div_ceil(cfg.n),
                "{} {plan:?}: the case should need passes",
                cfg.name
            );
            let w = QuantizedTensor::qins(
                &Matrix::gaussian(out, k, 0.05, 3),
                Granularity::Tensor,
                AlphaRule::MseSearch,
            );
            let x: Vec<i16> = (0..m * k).map(|i| ((i * 53) % 401) as i16 - 200).collect();
            assert_linear_is_exact(cfg, &w, &x, m, out, k);
        }
        // what fits stays in one pass
        let p = Plan::new(AccelConfig::SIM8, 128, 384, 1536).unwrap();
        assert_eq!((p.k_tiles_per_pass, p.n_tiles_per_pass), (48, 192));
    }

    #[test]
    fn bad_shapes_are_errors() {
        let cfg = AccelConfig::SIM8;
        let w = QuantizedTensor::int8(&Matrix::gaussian(4, 4, 1.0, 1), Granularity::Tensor);
        let mut d = Driver::new(AccelModel::new(cfg), cfg);
        assert!(run_linear(&mut d, &w, &[0; 15], 4, false).is_err());
        assert!(run_linear(&mut d, &w, &[], 0, false).is_err());
    }
}
