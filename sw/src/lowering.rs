//! Lowering a linear layer `y = x W^T` onto the accelerator through the host driver, for any
//! [`Bus`] (the RTL in Verilator, the rust-hdl top, or [`crate::hw::AccelModel`]).
//!
//! Layout: activations are stored k-tile major (vector `kt * M + m` holds `x[m][kt N ..
//! kt N + N]`), accumulators n-tile major (vector `nt * M + m` holds `y[m][nt N .. nt N + N]`).
//! Weights go in as tiles ([`Driver::load_weight_tiles`]), as many output tiles at a time as
//! the weight memory holds. For each output tile the K-tiles stream back to back, each MATMUL
//! prefetching the next tile into the other bank, the first with accumulate off. The result is
//! the raw int32 accumulators; scaling to real values is the caller's (the output scale is
//! `1 / (weight scale x activation scale)` per channel).

use crate::accel::{reg, Command};
use crate::codec::QuantizedTensor;
use crate::driver::{Bus, Driver, DriverError};

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

impl std::ops::AddAssign for RunStats {
    fn add_assign(&mut self, o: RunStats) {
        self.busy_cycles += o.busy_cycles;
        self.array_cycles += o.array_cycles;
        self.useful_macs += o.useful_macs;
        self.weight_decodes += o.weight_decodes;
        self.act_decodes += o.act_decodes;
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
const WAIT_BUDGET: u64 = 50_000_000;

/// Runs `y = x W^T` for `x` of `m` rows (`m * w.cols` elements, raw i16 or, with
/// `act_codes`, codes in the low byte decoded by the activation-edge table already loaded).
/// Returns `y` as int32 accumulators (`m * w.rows`) and the run's counters. Rows are split
/// into chunks that fit the activation and accumulator memories.
pub fn run_linear<B: Bus>(
    d: &mut Driver<B>,
    w: &QuantizedTensor,
    x: &[i16],
    m: usize,
    act_codes: bool,
) -> Result<(Vec<i32>, RunStats), DriverError> {
    let (n, k) = (d.cfg.n, w.cols);
    if x.len() != m * k || m == 0 {
        return Err(DriverError::Shape(format!(
            "x has {} elements, expected {m} x {k}",
            x.len()
        )));
    }
    let chunk = (d.cfg.act_vectors() / k.div_ceil(n))
        .min(d.cfg.acc_vectors() / w.rows.div_ceil(n))
        .min(0xFFFF);
    if chunk == 0 {
        return Err(DriverError::Shape(format!(
            "a {} x {k} weight does not fit the activation and accumulator memories even for one row",
            w.rows
        )));
    }
    let mut y = Vec::with_capacity(m * w.rows);
    let mut stats = RunStats::default();
    for start in (0..m).step_by(chunk) {
        let rows = chunk.min(m - start);
        let (part, s) = run_chunk(d, w, &x[start * k..(start + rows) * k], rows, act_codes)?;
        y.extend(part);
        stats += s;
    }
    Ok((y, stats))
}

/// One chunk of `m` rows, already checked to fit the memories.
fn run_chunk<B: Bus>(
    d: &mut Driver<B>,
    w: &QuantizedTensor,
    x: &[i16],
    m: usize,
    act_codes: bool,
) -> Result<(Vec<i32>, RunStats), DriverError> {
    let n = d.cfg.n;
    let (out, k) = (w.rows, w.cols);
    let k_tiles = k.div_ceil(n);
    let n_tiles = out.div_ceil(n);
    // run_linear checked the shape and sized the chunk to fit both memories
    debug_assert!(
        x.len() == m * k
            && m * k_tiles <= d.cfg.act_vectors()
            && m * n_tiles <= d.cfg.acc_vectors()
    );
    // activations, k-tile major, zero padded
    let mut vectors = vec![0i16; m * k_tiles * n];
    for kt in 0..k_tiles {
        for r in 0..m {
            for i in 0..n {
                let c = kt * n + i;
                if c < k {
                    vectors[((kt * m) + r) * n + i] = x[r * k + c];
                }
            }
        }
    }
    d.write_act_vectors(0, &vectors)?;
    d.write(reg::CONTROL, crate::accel::control::CLEAR_COUNTERS)?;
    let mut stats = RunStats::default();
    let tiles_per_load = (d.cfg.weight_rows() / (n * k_tiles)).max(1);
    let mut bank = 0u32;
    let mut nt0 = 0;
    while nt0 < n_tiles {
        let group = tiles_per_load.min(n_tiles - nt0);
        // the weight rows of output tiles nt0 .. nt0 + group
        let rows: Vec<usize> = (nt0 * n..((nt0 + group) * n).min(out)).collect();
        let part = QuantizedTensor {
            codec: w.codec,
            rows: rows.len(),
            cols: k,
            codes: rows
                .iter()
                .flat_map(|&o| w.codes[o * k..(o + 1) * k].iter().copied())
                .collect(),
            scales: vec![1.0],
        };
        let tiles = d.load_weight_tiles(&part, 0)?;
        stats.weight_decodes += (tiles.rows() * n) as u64;
        d.push(&Command::load_tile(tiles.tile_row(0, 0) as u32, bank))?;
        for g in 0..group {
            let nt = nt0 + g;
            let n_valid = (out - nt * n).min(n) as u32;
            for kt in 0..k_tiles {
                let k_valid = (k - kt * n).min(n) as u32;
                let next = if kt + 1 < k_tiles {
                    Some(tiles.tile_row(kt + 1, g) as u32)
                } else if g + 1 < group {
                    Some(tiles.tile_row(0, g + 1) as u32)
                } else {
                    None
                };
                d.push(&Command::matmul(
                    m as u32,
                    (kt * m) as u32,
                    (nt * m) as u32,
                    bank,
                    kt > 0,
                    act_codes,
                    k_valid % n as u32,
                    n_valid % n as u32,
                    next,
                ))?;
                bank ^= u32::from(next.is_some());
                if act_codes {
                    stats.act_decodes += (m * n) as u64;
                }
            }
        }
        d.wait_idle(WAIT_BUDGET)?;
        stats.busy_cycles += d.read(reg::BUSY_CYCLES)? as u64;
        stats.array_cycles += d.read(reg::ARRAY_CYCLES)? as u64;
        stats.useful_macs +=
            d.read(reg::USEFUL_MACS_LO)? as u64 | (d.read(reg::USEFUL_MACS_HI)? as u64) << 32;
        d.write(reg::CONTROL, crate::accel::control::CLEAR_COUNTERS)?;
        // a new weight load needs an idle unit; the next group starts in bank 0 again
        bank = 0;
        nt0 += group;
    }
    // gather y from the n-tile-major accumulators
    let acc = d.read_acc_vectors(0, m * n_tiles)?;
    let mut y = vec![0i32; m * out];
    for nt in 0..n_tiles {
        for r in 0..m {
            for j in 0..n {
                let o = nt * n + j;
                if o < out {
                    y[r * out + o] = acc[(nt * m + r) * n + j];
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
    op: crate::hw::AluOp,
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
    d.write(reg::CONTROL, crate::accel::control::CLEAR_COUNTERS)?;
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
        d.write(reg::CONTROL, crate::accel::control::CLEAR_COUNTERS)?;
    }
    Ok((out, busy))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accel::AccelConfig;
    use crate::codec::{AlphaRule, Granularity};
    use crate::hw::{mac, AccelModel, DecodeTable};
    use crate::tensor::Matrix;

    #[test]
    fn linear_layer_on_the_model_equals_int32_reference() {
        // UP5K's small weight memory forces several weight loads; HX8K and SIM8 sizes too
        for cfg in [AccelConfig::UP5K, AccelConfig::HX8K, AccelConfig::SIM8] {
            let (out, k, m) = (37, 29, 5);
            let w = QuantizedTensor::qins(
                &Matrix::gaussian(out, k, 0.05, 9),
                Granularity::Channel,
                AlphaRule::MseSearch,
            );
            let x: Vec<i16> = (0..m * k).map(|i| ((i * 37) % 201) as i16 - 100).collect();
            let mut d = Driver::new(AccelModel::new(cfg), cfg);
            let (y, stats) = run_linear(&mut d, &w, &x, m, false).unwrap();
            let table = DecodeTable::qins();
            for r in 0..m {
                for o in 0..out {
                    let a: Vec<i16> = x[r * k..(r + 1) * k].to_vec();
                    let ww: Vec<i16> = w.codes[o * k..(o + 1) * k]
                        .iter()
                        .map(|&c| table.decode(c))
                        .collect();
                    assert_eq!(
                        y[r * out + o],
                        mac::dot(&a, &ww),
                        "{} row {r} out {o}",
                        cfg.name
                    );
                }
            }
            assert_eq!(stats.useful_macs, (m * out * k) as u64, "{}", cfg.name);
        }
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
