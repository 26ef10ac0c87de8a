//! `AccelModel`: the whole accelerator at the level of bus accesses and commands, built from
//! the block models ([`DecodeTable`], [`mac`], [`OutputStage`], [`ThresholdEncoder`]). It is
//! the golden reference for the RTL top: after the same bus writes and commands, every memory
//! word and the error status must be identical. Timing (cycles) is not modelled; results are.

use super::{mac, AluOp, ChannelParams, DecodeTable, OutputStage, QinsAlu, ThresholdEncoder};
use crate::accel::{
    flag, reg, AccelConfig, Command, ErrorCode, Opcode, Region, TableTarget, ID_VALUE,
};

/// The operand range rule of every command: `len` elements from `start` overrun a memory of
/// `cap` entries (exact: no wrap-around, whatever the 32-bit operands). The sequencer's
/// operand range checks (`rc_*`, `fx_*` in qins-hdl's `top/command_check.rs`) compute the same
/// predicate.
pub fn range_exceeds(start: u64, len: u64, cap: u64) -> bool {
    start + len > cap
}

/// The state the host can observe, plus the two weight banks.
#[derive(Clone, Debug)]
pub struct AccelModel {
    pub cfg: AccelConfig,
    /// `rows * n` codes.
    pub weight_mem: Vec<u8>,
    /// `vectors * n` elements.
    pub act_mem: Vec<i16>,
    /// `vectors * n` accumulators.
    pub acc_mem: Vec<i32>,
    pub params: Vec<ChannelParams>,
    pub weight_table: DecodeTable,
    pub act_table: DecodeTable,
    pub output_encoder: ThresholdEncoder,
    pub alu: QinsAlu,
    /// Decoded weights of each bank, `[i * n + j]` = array row `i`, column `j`.
    pub banks: [Vec<i16>; 2],
    pub cmd: [u32; 4],
    pub error: ErrorCode,
    pub error_info: u32,
    pub useful_macs: u64,
    pub commands_done: u32,
    pub barrier_id: u32,
}

impl AccelModel {
    pub fn new(cfg: AccelConfig) -> Self {
        let n = cfg.n;
        Self {
            cfg,
            weight_mem: vec![0; cfg.weight_rows() * n],
            act_mem: vec![0; cfg.act_vectors() * n],
            acc_mem: vec![0; cfg.acc_vectors() * n],
            params: vec![
                ChannelParams {
                    multiplier: 0,
                    shift: 0,
                    bias: 0
                };
                cfg.channels()
            ],
            weight_table: DecodeTable::qins(),
            act_table: DecodeTable::qins(),
            output_encoder: ThresholdEncoder::qins(),
            alu: QinsAlu::default(),
            banks: [vec![0; n * n], vec![0; n * n]],
            cmd: [0; 4],
            error: ErrorCode::None,
            error_info: 0,
            useful_macs: 0,
            commands_done: 0,
            barrier_id: 0,
        }
    }

    fn fail(&mut self, code: ErrorCode, info: u32) -> Result<(), ErrorCode> {
        if self.error == ErrorCode::None {
            self.error = code;
            self.error_info = info;
        }
        Err(code)
    }

    /// A bus write while the unit is idle (the model runs commands to completion at once).
    pub fn bus_write(&mut self, address: u32, data: u32) -> Result<(), ErrorCode> {
        let Some((region, off)) = Region::decode(address) else {
            return self.fail(ErrorCode::BadAddress, address);
        };
        if off as usize >= self.cfg.region_words(region) {
            return self.fail(ErrorCode::BadAddress, address);
        }
        let n = self.cfg.n;
        let off = off as usize;
        match region {
            Region::Registers => match off as u32 {
                reg::CONTROL => {
                    if data & crate::accel::control::CLEAR_ERROR != 0 {
                        self.error = ErrorCode::None;
                        self.error_info = 0;
                    }
                    if data & crate::accel::control::CLEAR_COUNTERS != 0 {
                        self.useful_macs = 0;
                        self.commands_done = 0;
                    }
                }
                reg::CMD0..=reg::CMD2 => self.cmd[off - reg::CMD0 as usize] = data,
                reg::CMD3 => {
                    self.cmd[3] = data;
                    let c = Command { words: self.cmd };
                    let _ = self.execute(&c);
                }
                _ => return self.fail(ErrorCode::BadAccess, address),
            },
            Region::WeightDecodeTable => self.weight_table.write(off as u8, data as u16 as i16),
            Region::ActDecodeTable => self.act_table.write(off as u8, data as u16 as i16),
            Region::OutputEncoderThresholds => {
                self.output_encoder.write_threshold(off as u8, data as i32)
            }
            Region::OutputEncoderCodes => self.output_encoder.write_code(off as u8, data as u8),
            Region::AluDecodeTable => self.alu.decode_table.write(off as u8, data as u16 as i16),
            Region::AluEncoderThresholds => {
                self.alu.encoder.write_threshold(off as u8, data as i32)
            }
            Region::AluEncoderCodes => self.alu.encoder.write_code(off as u8, data as u8),
            Region::AluLookupTable => self.alu.lookup_table.write(off as u8, data as u8),
            Region::ChannelParams => {
                let p = &mut self.params[off / 2];
                if off.is_multiple_of(2) {
                    p.multiplier = data as u16 as i16;
                    p.shift = ((data >> 16) & 0x3F) as u8;
                } else {
                    p.bias = data as i32;
                }
            }
            Region::WeightMemory => {
                let wpr = self.cfg.weight_words_per_row();
                for (b, byte) in data.to_le_bytes().into_iter().enumerate() {
                    let j = (off % wpr) * 4 + b;
                    if j < n {
                        self.weight_mem[(off / wpr) * n + j] = byte;
                    }
                }
            }
            Region::ActMemory => {
                let e = off * 2;
                self.act_mem[e] = data as u16 as i16;
                self.act_mem[e + 1] = (data >> 16) as u16 as i16;
            }
            Region::AccMemory => self.acc_mem[off] = data as i32,
        }
        Ok(())
    }

    /// A bus read while the unit is idle.
    pub fn bus_read(&mut self, address: u32) -> Result<u32, ErrorCode> {
        let Some((region, off)) = Region::decode(address) else {
            self.fail(ErrorCode::BadAddress, address)?;
            unreachable!()
        };
        if off as usize >= self.cfg.region_words(region) {
            self.fail(ErrorCode::BadAddress, address)?;
        }
        let n = self.cfg.n;
        let off = off as usize;
        Ok(match region {
            Region::Registers => match off as u32 {
                reg::ID => ID_VALUE,
                reg::CONFIG => self.cfg.config_word(),
                reg::STATUS => {
                    (if self.error != ErrorCode::None {
                        crate::accel::status::ERROR
                    } else {
                        0
                    }) | (self.error as u32) << crate::accel::status::ERROR_CODE_LSB
                }
                reg::CMD0..=reg::CMD3 => self.cmd[off - reg::CMD0 as usize],
                reg::USEFUL_MACS_LO => self.useful_macs as u32,
                reg::USEFUL_MACS_HI => (self.useful_macs >> 32) as u32,
                reg::COMMANDS_DONE => self.commands_done,
                reg::BARRIER_ID => self.barrier_id,
                reg::ERROR_INFO => self.error_info,
                reg::CONTROL => {
                    self.fail(ErrorCode::BadAccess, address)?;
                    0
                }
                // timing counters are not modelled
                _ => 0,
            },
            Region::WeightMemory => {
                let wpr = self.cfg.weight_words_per_row();
                let mut bytes = [0u8; 4];
                for (b, byte) in bytes.iter_mut().enumerate() {
                    let j = (off % wpr) * 4 + b;
                    if j < n {
                        *byte = self.weight_mem[(off / wpr) * n + j];
                    }
                }
                u32::from_le_bytes(bytes)
            }
            Region::ActMemory => {
                self.act_mem[off * 2] as u16 as u32
                    | (self.act_mem[off * 2 + 1] as u16 as u32) << 16
            }
            Region::AccMemory => self.acc_mem[off] as u32,
            _ => {
                self.fail(ErrorCode::BadAccess, address)?;
                0
            }
        })
    }

    fn load_tile(&mut self, row: usize, bank: usize) {
        let n = self.cfg.n;
        for i in 0..n {
            for j in 0..n {
                self.banks[bank][i * n + j] =
                    self.weight_table.decode(self.weight_mem[(row + i) * n + j]);
            }
        }
    }

    /// Runs one command to completion.
    pub fn execute(&mut self, c: &Command) -> Result<(), ErrorCode> {
        self.commands_done = self.commands_done.wrapping_add(1);
        let n = self.cfg.n;
        let [w0, w1, w2, w3] = c.words;
        let count = c.count() as usize;
        let flags = c.flags();
        let bad = |m: &mut Self| m.fail(ErrorCode::BadOperand, w0);
        let exceeds = |start: usize, len: usize, cap: usize| {
            range_exceeds(start as u64, len as u64, cap as u64)
        };
        match Opcode::from_repr(c.opcode()) {
            None => return self.fail(ErrorCode::BadOpcode, w0),
            Some(Opcode::Nop) => {}
            Some(Opcode::Barrier) => self.barrier_id = w1,
            Some(Opcode::LoadTile) => {
                let row = w1 as usize;
                if exceeds(row, n, self.cfg.weight_rows()) {
                    return bad(self);
                }
                self.load_tile(row, (flags & flag::BANK) as usize);
            }
            Some(Opcode::Matmul) => {
                let act = (w1 & 0xFF_FFFF) as usize;
                let acc = (w2 & 0xFF_FFFF) as usize;
                let k_valid = match w1 >> 24 {
                    0 => n,
                    k => k as usize,
                };
                let n_valid = match w2 >> 24 {
                    0 => n,
                    k => k as usize,
                };
                let prefetch = flags & flag::PREFETCH != 0;
                if count == 0
                    || exceeds(act, count, self.cfg.act_vectors())
                    || exceeds(acc, count, self.cfg.acc_vectors())
                    || k_valid > n
                    || n_valid > n
                    || (prefetch && exceeds(w3 as usize, n, self.cfg.weight_rows()))
                {
                    return bad(self);
                }
                let bank = (flags & flag::BANK) as usize;
                let mut a = vec![0i16; n];
                for v in 0..count {
                    for (i, x) in a.iter_mut().enumerate() {
                        let e = self.act_mem[(act + v) * n + i];
                        *x = if flags & flag::ACT_CODES != 0 {
                            self.act_table.decode(e as u8)
                        } else {
                            e
                        };
                    }
                    for j in 0..n {
                        let psum = (0..n)
                            .fold(0i32, |s, i| mac::mac(s, a[i], self.banks[bank][i * n + j]));
                        let slot = &mut self.acc_mem[(acc + v) * n + j];
                        *slot = if flags & flag::ACCUMULATE != 0 {
                            slot.wrapping_add(psum)
                        } else {
                            psum
                        };
                    }
                    self.useful_macs += (k_valid * n_valid) as u64;
                }
                if prefetch {
                    self.load_tile(w3 as usize, 1 - bank);
                }
            }
            Some(Opcode::Alu) if !self.cfg.alu => return self.fail(ErrorCode::BadOpcode, w0),
            Some(Opcode::Alu) => {
                let (a, b, d) = (w1 as usize, w2 as usize, w3 as usize);
                let Some(op) = AluOp::from_opcode((flags & 0xF) as u8) else {
                    return bad(self);
                };
                let a_cap = if op == AluOp::Encode {
                    self.acc_mem.len()
                } else {
                    self.act_mem.len()
                };
                // a destination that starts inside a source range, after its start, would
                // read results the pipeline has not written yet: refused (in place is fine)
                let forward = |src: usize| d > src && d < src + count;
                let binary = matches!(
                    op,
                    AluOp::Add | AluOp::Sub | AluOp::Mul | AluOp::Max | AluOp::Min
                );
                if count == 0
                    || exceeds(a, count, a_cap)
                    || exceeds(b, count, self.act_mem.len())
                    || exceeds(d, count, self.act_mem.len())
                    || (op != AluOp::Encode && forward(a))
                    || (binary && forward(b))
                {
                    return bad(self);
                }
                for e in 0..count {
                    let x = if op == AluOp::Encode {
                        self.acc_mem[a + e] as u32
                    } else {
                        self.act_mem[a + e] as u16 as u32
                    };
                    let y = self.act_mem[b + e] as u16 as u32;
                    self.act_mem[d + e] = self.alu.execute(op, x, y) as u16 as i16;
                }
            }
            Some(Opcode::LoadTable) => {
                let src = w1 as usize;
                // the whole flags byte names the target (the RTL's check): 8, 56, ... are
                // refused, not taken for their low bits
                let Some(target) = TableTarget::from_repr(flags as u8) else {
                    return bad(self);
                };
                if !self.cfg.alu && target.alu() {
                    return bad(self);
                }
                let cap = if target.from_accumulators() {
                    self.acc_mem.len()
                } else {
                    self.act_mem.len()
                };
                if exceeds(src, target.entries(), cap) {
                    return bad(self);
                }
                for i in 0..target.entries() {
                    let v16 = self.act_mem.get(src + i).copied().unwrap_or(0);
                    let v32 = self.acc_mem.get(src + i).copied().unwrap_or(0);
                    match target {
                        TableTarget::WeightDecode => self.weight_table.write(i as u8, v16),
                        TableTarget::ActDecode => self.act_table.write(i as u8, v16),
                        TableTarget::AluDecode => self.alu.decode_table.write(i as u8, v16),
                        TableTarget::OutputThresholds => {
                            self.output_encoder.write_threshold(i as u8, v32)
                        }
                        TableTarget::OutputCodes => {
                            self.output_encoder.write_code(i as u8, v16 as u8)
                        }
                        TableTarget::AluThresholds => {
                            self.alu.encoder.write_threshold(i as u8, v32)
                        }
                        TableTarget::AluCodes => self.alu.encoder.write_code(i as u8, v16 as u8),
                        TableTarget::AluLookup => self.alu.lookup_table.write(i as u8, v16 as u8),
                    }
                }
            }
            Some(Opcode::PostProcess) => {
                let (src, dst, base) = (w1 as usize, w2 as usize, (w3 & 0xFFFF) as usize);
                let encode = flags & flag::ENCODE != 0;
                let dst_cap = if encode {
                    self.cfg.act_vectors()
                } else {
                    self.cfg.acc_vectors()
                };
                // int32 results go to the accumulators they are read from: a destination
                // starting inside the source, after its start, would read results the
                // pipeline has not written yet: refused (in place is fine), as in the ALU
                let forward = !encode && dst > src && dst < src + count;
                if count == 0
                    || exceeds(src, count, self.cfg.acc_vectors())
                    || exceeds(dst, count, dst_cap)
                    || exceeds(base, n, self.cfg.channels())
                    || forward
                {
                    return bad(self);
                }
                let stage = if encode {
                    OutputStage::Encode(Box::new(self.output_encoder.clone()))
                } else {
                    OutputStage::Int32
                };
                for v in 0..count {
                    for j in 0..n {
                        let out =
                            stage.process(self.acc_mem[(src + v) * n + j], &self.params[base + j]);
                        if encode {
                            self.act_mem[(dst + v) * n + j] = out as u8 as i16;
                        } else {
                            self.acc_mem[(dst + v) * n + j] = out as i32;
                        }
                    }
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accel::Matmul;
    use crate::rng::SplitMix64;

    #[test]
    fn matmul_over_k_tiles_equals_a_reference_product() {
        let cfg = AccelConfig::SIM8;
        let n = cfg.n;
        let mut m = AccelModel::new(cfg);
        let mut rng = SplitMix64::new(8);
        let (rows, k_tiles) = (5usize, 3usize);
        // weights: k_tiles tiles, codes; activations: k_tiles x rows vectors of raw i16
        for r in 0..k_tiles * n {
            for w in 0..n / 4 {
                let word = rng.next_u64() as u32;
                m.bus_write(Region::WeightMemory.base() + (r * n / 4 + w) as u32, word)
                    .unwrap();
            }
        }
        for v in 0..k_tiles * rows {
            for w in 0..n / 2 {
                let word = (rng.next_u64() as u32) & 0x03FF_03FF; // small values
                m.bus_write(Region::ActMemory.base() + (v * n / 2 + w) as u32, word)
                    .unwrap();
            }
        }
        m.execute(&Command::load_tile(0, 0)).unwrap();
        for kt in 0..k_tiles {
            let next = (kt + 1 < k_tiles).then_some(((kt + 1) * n) as u32);
            let c = Command::matmul(Matmul {
                count: rows as u32,
                act: (kt * rows) as u32,
                acc: 0,
                bank: (kt % 2) as u32,
                accumulate: kt > 0,
                act_codes: false,
                k_valid: 0,
                n_valid: 0,
                prefetch: next,
            });
            m.execute(&c).unwrap();
        }
        let table = DecodeTable::qins();
        for v in 0..rows {
            for j in 0..n {
                let mut want = 0i32;
                for kt in 0..k_tiles {
                    for i in 0..n {
                        let a = m.act_mem[(kt * rows + v) * n + i];
                        let w = table.decode(m.weight_mem[(kt * n + i) * n + j]);
                        want = want.wrapping_add(a as i32 * w as i32);
                    }
                }
                assert_eq!(m.acc_mem[v * n + j], want);
            }
        }
        assert_eq!(m.useful_macs, (k_tiles * rows * n * n) as u64);
    }

    #[test]
    fn a_load_table_target_is_the_whole_flags_byte() {
        // found by qins fuzz-sim: flags 56 was taken for target 0 (its low three bits) and
        // rewrote the weight decode table, where the RTL refuses it
        let mut m = AccelModel::new(AccelConfig::SIM8);
        let before = m.weight_table.clone();
        for flags in [8u32, 9, 56, 0xF8] {
            let c = Command {
                words: [Opcode::LoadTable as u32 | flags << 8, 0, 0, 0],
            };
            assert_eq!(m.execute(&c), Err(ErrorCode::BadOperand), "flags {flags}");
        }
        assert_eq!(m.weight_table.entries(), before.entries());
        assert_eq!(
            m.execute(&Command::load_table(TableTarget::WeightDecode, 0)),
            Ok(())
        );
    }

    #[test]
    fn postprocess_int32_results_may_not_start_inside_their_source_after_its_start() {
        // found by qins fuzz-sim: the RTL's pipeline reads the later source vectors after
        // it has overwritten them, the model read them first
        let mut m = AccelModel::new(AccelConfig::SIM8);
        for dst in 8..=15u32 {
            let refused = dst > 10 && dst < 14;
            let int32 = m.execute(&Command::postprocess(4, 10, dst, 0, false));
            assert_eq!(int32.is_err(), refused, "dst {dst}");
            // codes go to activation memory: nothing overlaps
            assert_eq!(
                m.execute(&Command::postprocess(4, 10, dst, 0, true)),
                Ok(())
            );
        }
    }

    #[test]
    fn bad_requests_and_commands_set_the_first_error() {
        let mut m = AccelModel::new(AccelConfig::SIM8);
        assert_eq!(m.bus_write(0x00_0F00, 1), Err(ErrorCode::BadAddress));
        assert_eq!(m.error_info, 0x00_0F00);
        assert_eq!(
            m.execute(&Command {
                words: [0xEE, 0, 0, 0]
            }),
            Err(ErrorCode::BadOpcode)
        );
        assert_eq!(m.error, ErrorCode::BadAddress); // sticky: the first one
        m.bus_write(reg::CONTROL, crate::accel::control::CLEAR_ERROR)
            .unwrap();
        assert_eq!(m.error, ErrorCode::None);
        assert_eq!(
            m.execute(&Command::load_tile(u32::MAX - 2, 0)),
            Err(ErrorCode::BadOperand)
        );
        assert_eq!(
            m.bus_read(Region::WeightDecodeTable.base()),
            Err(ErrorCode::BadAccess)
        );
        assert_eq!(m.bus_read(reg::ID).unwrap(), ID_VALUE);
    }
}
