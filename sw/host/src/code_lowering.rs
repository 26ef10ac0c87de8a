//! Pattern C's device-resident steps: activations stay 8-bit QINS codes from command to
//! command, and what the host reads back is codes.
//!
//! - [`run_linear_codes`]: `y = encode(params(x W^T))`: MATMUL over the decoded codes of
//!   `x` (the activation-edge table set to the QINS `lambda_m` table, Q7.8), then, per
//!   output tile, POSTPROCESS with the encode flag: each int32 accumulator goes through its
//!   channel's [`ChannelParams`] to Q15.16 of the target level and through the output
//!   threshold encoder (set to the QINS thresholds) to a code in activation memory.
//! - [`run_lookup`]: LOAD_TABLE target 7 from a [`LookupTable`], then ALU LOOKUP.

use crate::driver::{Bus, Driver, DriverError};
use crate::lowering::{run_alu, run_chunk, Plan, RunStats, WAIT_BUDGET};
use qins_core::accel::{reg, Command, Region, TableTarget};
use qins_core::codec::QuantizedTensor;
use qins_core::hw::{AluOp, ChannelParams, DecodeTable, LookupTable, ThresholdEncoder};

/// Runs `x W^T` for `x` of `m` rows of QINS codes (`m * w.cols`), requantizes output
/// channel `o` by `params[o]` and encodes it on the device; returns the `m * w.rows` result
/// codes (row major) and the run's counters. The accumulators of a chunk of rows must hold
/// all its output tiles at once and its activations all K tiles (one pass; true on the
/// simulation top for every MiniLM shape), else a `Shape` error.
pub fn run_linear_codes<B: Bus>(
    d: &mut Driver<B>,
    w: &QuantizedTensor,
    x: &[u8],
    m: usize,
    params: &[ChannelParams],
) -> Result<(Vec<u8>, RunStats), DriverError> {
    let (n, k, out) = (d.cfg.n, w.cols, w.rows);
    if x.len() != m * k || m == 0 || params.len() != out {
        return Err(DriverError::Shape(format!(
            "x has {} codes, expected {m} x {k}; {} channel params for {out} outputs",
            x.len(),
            params.len()
        )));
    }
    let plan = Plan::new(d.cfg, m, k, out)?;
    let (k_tiles, n_tiles) = (k.div_ceil(n), out.div_ceil(n));
    if plan.k_tiles_per_pass < k_tiles || plan.n_tiles_per_pass < n_tiles {
        return Err(DriverError::Shape(format!(
            "an encoded {out} x {k} linear needs one pass; {} splits it ({plan:?})",
            d.cfg.name
        )));
    }
    d.write_decode_table(Region::ActDecodeTable, &DecodeTable::qins())?;
    d.write_output_encoder(&ThresholdEncoder::qins())?;
    // every output channel's params at once when they fit, else one tile's at a time
    let all_params = out <= d.cfg.channels();
    if all_params {
        d.write_channel_params(0, params)?;
    }
    let mut y = vec![0u8; m * out];
    let mut stats = RunStats::default();
    for start in (0..m).step_by(plan.rows) {
        let rows = plan.rows.min(m - start);
        let xs: Vec<i16> = x[start * k..(start + rows) * k]
            .iter()
            .map(|&c| c as i16)
            .collect();
        let (_, s) = run_chunk(d, &plan, w, &xs, rows, true, false)?;
        stats += s;
        d.write(reg::CONTROL, qins_core::accel::control::CLEAR_COUNTERS)?;
        for nt in 0..n_tiles {
            let (o0, o1) = (nt * n, ((nt + 1) * n).min(out));
            let base = if all_params {
                o0
            } else {
                d.write_channel_params(0, &params[o0..o1])?;
                0
            };
            // the codes overwrite the chunk's activations, no longer needed
            d.push(&Command::postprocess(
                rows as u32,
                (nt * rows) as u32,
                0,
                base as u32,
                true,
            ))?;
            d.wait_idle(WAIT_BUDGET)?;
            let codes = d.read_act_vectors(0, rows)?;
            for r in 0..rows {
                for o in o0..o1 {
                    y[(start + r) * out + o] = codes[r * n + o - o0] as u8;
                }
            }
        }
        stats.busy_cycles += d.read(reg::BUSY_CYCLES)? as u64;
        d.write(reg::CONTROL, qins_core::accel::control::CLEAR_COUNTERS)?;
    }
    Ok((y, stats))
}

/// Loads `table` into the ALU's lookup table (LOAD_TABLE target 7 from activation memory)
/// and maps every code of `a` through it (ALU LOOKUP); returns the codes and busy cycles.
pub fn run_lookup<B: Bus>(
    d: &mut Driver<B>,
    table: &LookupTable,
    a: &[u8],
) -> Result<(Vec<u8>, u64), DriverError> {
    let n = d.cfg.n;
    let mut entries: Vec<i16> = table.entries().iter().map(|&c| c as i16).collect();
    entries.resize(256usize.div_ceil(n) * n, 0);
    d.write_act_vectors(0, &entries)?;
    d.write(reg::CONTROL, qins_core::accel::control::CLEAR_COUNTERS)?;
    d.push(&Command::load_table(TableTarget::AluLookup, 0))?;
    d.wait_idle(WAIT_BUDGET)?;
    let load = d.read(reg::BUSY_CYCLES)? as u64;
    if a.is_empty() {
        return Ok((Vec::new(), load));
    }
    let (codes, busy) = run_alu(d, AluOp::Lookup, a, a)?;
    Ok((codes, load + busy))
}

#[cfg(test)]
mod tests {
    use super::*;
    use qins_core::accel::AccelConfig;
    use qins_core::codec::{qins, AlphaRule, Granularity};
    use qins_core::hw::{AccelModel, OutputStage, UnaryFunction};
    use qins_core::tensor::Matrix;

    /// The encoded linear equals the model's arithmetic done by hand: decoded dot products
    /// through each channel's output stage and the QINS encoder, on a shape with several
    /// output tiles, a ragged last tile and (UP5K) params written a tile at a time.
    #[test]
    fn encoded_linear_equals_output_stage_of_the_int32_dot_products() {
        for (cfg, out, k, m) in [(AccelConfig::SIM8, 21, 19, 7), (AccelConfig::UP5K, 9, 5, 3)] {
            let w = QuantizedTensor::qins(
                &Matrix::gaussian(out, k, 0.05, 4),
                Granularity::Channel,
                AlphaRule::MseSearch,
            );
            let xf = Matrix::gaussian(m, k, 1.0, 5);
            let x: Vec<u8> = xf.data.iter().map(|&v| qins::encode(v, 0.7)).collect();
            let params: Vec<ChannelParams> = (0..out)
                .map(|o| ChannelParams::from_real(0.3 + o as f64 * 0.01, o as f64 * 1000.0))
                .collect::<Result<_, _>>()
                .unwrap();
            let mut d = Driver::new(AccelModel::new(cfg), cfg);
            let (y, _) = run_linear_codes(&mut d, &w, &x, m, &params).unwrap();
            let t = DecodeTable::qins();
            let stage = OutputStage::Encode(Box::new(ThresholdEncoder::qins()));
            for r in 0..m {
                for o in 0..out {
                    let acc: i32 = (0..k)
                        .map(|i| {
                            t.decode(x[r * k + i]) as i32 * t.decode(w.codes[o * k + i]) as i32
                        })
                        .sum();
                    let want = stage.process(acc, &params[o]) as u8;
                    assert_eq!(y[r * out + o], want, "{} row {r} out {o}", cfg.name);
                }
            }
        }
        let cfg = AccelConfig::SIM8;
        let mut d = Driver::new(AccelModel::new(cfg), cfg);
        let w = QuantizedTensor::int8(&Matrix::gaussian(4, 4, 1.0, 1), Granularity::Tensor);
        assert!(run_linear_codes(&mut d, &w, &[0; 15], 4, &[ChannelParams::default(); 4]).is_err());
        assert!(run_linear_codes(&mut d, &w, &[0; 16], 4, &[ChannelParams::default(); 3]).is_err());
    }

    #[test]
    fn lookup_maps_every_code_through_the_loaded_table() {
        let cfg = AccelConfig::SIM8;
        let mut d = Driver::new(AccelModel::new(cfg), cfg);
        let all: Vec<u8> = (0..=255).collect();
        for f in [UnaryFunction::Exp, UnaryFunction::Gelu] {
            let t = f.table(0.5, 2.0);
            let (codes, _) = run_lookup(&mut d, &t, &all).unwrap();
            let want: Vec<u8> = all.iter().map(|&c| t.lookup(c)).collect();
            assert_eq!(codes, want, "{}", f.name());
        }
    }
}
