//! The host driver of the accelerator, over any [`Bus`]: the RTL in a simulator, the
//! [`AccelModel`], or (later) a board. It uses only the definitions in [`crate::accel`].

use crate::accel::{control, reg, status, AccelConfig, Command, ErrorCode, Region};
use crate::hw::{AccelModel, ChannelParams, DecodeTable, ThresholdEncoder};
use std::fmt;

/// A request the unit answered with `error`, or a wait that ran out of cycles.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DriverError {
    /// The unit flagged the request at `address`; `code` is what STATUS said.
    Bus { address: u32, code: ErrorCode },
    /// The unit was still busy after `cycles` cycles (the budget).
    Timeout { cycles: u64 },
    /// A command failed: the sticky error was found set after it ran.
    Device { code: ErrorCode, info: u32 },
    /// The caller's data does not fit the configuration.
    Shape(String),
}

impl fmt::Display for DriverError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DriverError::Bus { address, code } => write!(
                f,
                "accelerator refused the access at 0x{address:06X}: {code:?}"
            ),
            DriverError::Timeout { cycles } => {
                write!(f, "accelerator still busy after {cycles} cycles")
            }
            DriverError::Device { code, info } => write!(
                f,
                "accelerator command failed: {code:?} (info 0x{info:08X})"
            ),
            DriverError::Shape(m) => write!(f, "{m}"),
        }
    }
}

impl std::error::Error for DriverError {}

impl From<DriverError> for crate::Error {
    fn from(e: DriverError) -> Self {
        crate::Error::Invalid(e.to_string())
    }
}

/// The unit answered a bus request with `error` (the reason is in STATUS).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Refused;

/// Cycles [`Driver::push`] waits for room in the command queue.
pub const QUEUE_WAIT_BUDGET: u64 = 10_000_000;

/// One word-wide bus access with the unit's answer.
pub trait Bus {
    /// Writes a word; `Err(Refused)` when the unit answered with `error`.
    fn write_word(&mut self, address: u32, data: u32) -> Result<(), Refused>;
    /// Reads a word; `Err(Refused)` when the unit answered with `error`.
    fn read_word(&mut self, address: u32) -> Result<u32, Refused>;
    /// Lets the unit run `cycles` clock cycles (a model does nothing).
    fn run(&mut self, cycles: u64);
}

impl Bus for AccelModel {
    fn write_word(&mut self, address: u32, data: u32) -> Result<(), Refused> {
        self.bus_write(address, data).map_err(|_| Refused)
    }
    fn read_word(&mut self, address: u32) -> Result<u32, Refused> {
        self.bus_read(address).map_err(|_| Refused)
    }
    fn run(&mut self, _cycles: u64) {}
}

/// High-level access to one accelerator.
pub struct Driver<B: Bus> {
    pub bus: B,
    pub cfg: AccelConfig,
}

impl<B: Bus> Driver<B> {
    pub fn new(bus: B, cfg: AccelConfig) -> Self {
        Self { bus, cfg }
    }

    fn fault(&mut self, address: u32) -> DriverError {
        let code = self
            .bus
            .read_word(reg::STATUS)
            .ok()
            .and_then(|s| ErrorCode::from_u8((s >> status::ERROR_CODE_LSB) as u8))
            .unwrap_or(ErrorCode::None);
        DriverError::Bus { address, code }
    }

    pub fn write(&mut self, address: u32, data: u32) -> Result<(), DriverError> {
        self.bus
            .write_word(address, data)
            .map_err(|_| self.fault(address))
    }

    pub fn read(&mut self, address: u32) -> Result<u32, DriverError> {
        self.bus.read_word(address).map_err(|_| self.fault(address))
    }

    pub fn status(&mut self) -> Result<u32, DriverError> {
        self.read(reg::STATUS)
    }

    /// The sticky error, if set: its code and ERROR_INFO.
    pub fn error(&mut self) -> Result<Option<(ErrorCode, u32)>, DriverError> {
        let s = self.status()?;
        if s & status::ERROR == 0 {
            return Ok(None);
        }
        let code =
            ErrorCode::from_u8((s >> status::ERROR_CODE_LSB) as u8).unwrap_or(ErrorCode::None);
        Ok(Some((code, self.read(reg::ERROR_INFO)?)))
    }

    pub fn clear_error(&mut self) -> Result<(), DriverError> {
        self.write(reg::CONTROL, control::CLEAR_ERROR)
    }

    /// Writes whole weight-tile rows (`codes.len()` a multiple of N) from row `row`.
    pub fn write_weight_rows(&mut self, row: usize, codes: &[u8]) -> Result<(), DriverError> {
        let n = self.cfg.n;
        if !codes.len().is_multiple_of(n) || row + codes.len() / n > self.cfg.weight_rows() {
            return Err(DriverError::Shape(format!(
                "{} codes from row {row} do not fit {} rows of {n}",
                codes.len(),
                self.cfg.weight_rows()
            )));
        }
        // a row is ceil(N / 4) words; code j of a row is byte j % 4 of its word j / 4
        let wpr = self.cfg.weight_words_per_row();
        let base = Region::WeightMemory.base() + (row * wpr) as u32;
        for (r, row_codes) in codes.chunks(n).enumerate() {
            for (g, group) in row_codes.chunks(4).enumerate() {
                let mut bytes = [0u8; 4];
                bytes[..group.len()].copy_from_slice(group);
                self.write(base + (r * wpr + g) as u32, u32::from_le_bytes(bytes))?;
            }
        }
        Ok(())
    }

    /// Writes whole activation vectors (`elems.len()` a multiple of N) from vector `vector`.
    pub fn write_act_vectors(&mut self, vector: usize, elems: &[i16]) -> Result<(), DriverError> {
        let n = self.cfg.n;
        if !elems.len().is_multiple_of(n) || vector + elems.len() / n > self.cfg.act_vectors() {
            return Err(DriverError::Shape(format!(
                "{} elements from vector {vector} do not fit",
                elems.len()
            )));
        }
        let base = Region::ActMemory.base() + (vector * n / 2) as u32;
        for (w, pair) in elems.chunks(2).enumerate() {
            self.write(
                base + w as u32,
                pair[0] as u16 as u32 | (pair[1] as u16 as u32) << 16,
            )?;
        }
        Ok(())
    }

    /// Reads `count` activation vectors.
    pub fn read_act_vectors(
        &mut self,
        vector: usize,
        count: usize,
    ) -> Result<Vec<i16>, DriverError> {
        let n = self.cfg.n;
        let base = Region::ActMemory.base() + (vector * n / 2) as u32;
        let mut out = Vec::with_capacity(count * n);
        for w in 0..(count * n / 2) as u32 {
            let v = self.read(base + w)?;
            out.push(v as u16 as i16);
            out.push((v >> 16) as u16 as i16);
        }
        Ok(out)
    }

    /// Writes accumulator vectors.
    pub fn write_acc_vectors(&mut self, vector: usize, values: &[i32]) -> Result<(), DriverError> {
        let n = self.cfg.n;
        let base = Region::AccMemory.base() + (vector * n) as u32;
        for (w, &v) in values.iter().enumerate() {
            self.write(base + w as u32, v as u32)?;
        }
        Ok(())
    }

    /// Reads `count` accumulator vectors.
    pub fn read_acc_vectors(
        &mut self,
        vector: usize,
        count: usize,
    ) -> Result<Vec<i32>, DriverError> {
        let n = self.cfg.n;
        let base = Region::AccMemory.base() + (vector * n) as u32;
        (0..(count * n) as u32)
            .map(|w| self.read(base + w).map(|v| v as i32))
            .collect()
    }

    /// Writes requantization parameters from channel `first`.
    pub fn write_channel_params(
        &mut self,
        first: usize,
        params: &[ChannelParams],
    ) -> Result<(), DriverError> {
        let base = Region::ChannelParams.base() + 2 * first as u32;
        for (c, p) in params.iter().enumerate() {
            let w = base + 2 * c as u32;
            self.write(
                w,
                p.multiplier as u16 as u32 | ((p.shift as u32 & 0x3F) << 16),
            )?;
            self.write(w + 1, p.bias as u32)?;
        }
        Ok(())
    }

    /// Writes a decode table into the weight edge (`Region::WeightDecodeTable`) or the
    /// activation edge (`Region::ActDecodeTable`).
    pub fn write_decode_table(
        &mut self,
        region: Region,
        table: &DecodeTable,
    ) -> Result<(), DriverError> {
        for (c, &v) in table.entries().iter().enumerate() {
            self.write(region.base() + c as u32, v as u16 as u32)?;
        }
        Ok(())
    }

    /// Writes the output stage's encoder tables.
    pub fn write_output_encoder(&mut self, enc: &ThresholdEncoder) -> Result<(), DriverError> {
        for (i, &t) in enc.thresholds().iter().enumerate() {
            self.write(Region::OutputEncoderThresholds.base() + i as u32, t as u32)?;
        }
        for (r, &c) in enc.code_of_rank().iter().enumerate() {
            self.write(Region::OutputEncoderCodes.base() + r as u32, c as u32)?;
        }
        Ok(())
    }

    /// Queues a command, first waiting (at most [`QUEUE_WAIT_BUDGET`] cycles) while the
    /// queue is full.
    pub fn push(&mut self, c: &Command) -> Result<(), DriverError> {
        let mut waited = 0u64;
        while self.status()? & status::QUEUE_FULL != 0 {
            if waited >= QUEUE_WAIT_BUDGET {
                return Err(DriverError::Timeout { cycles: waited });
            }
            self.bus.run(16);
            waited += 16;
        }
        self.try_push(c)
    }

    /// Queues a command without looking at the queue level (a full queue refuses it with
    /// QueueFull).
    pub fn try_push(&mut self, c: &Command) -> Result<(), DriverError> {
        self.write(reg::CMD0, c.words[0])?;
        self.write(reg::CMD1, c.words[1])?;
        self.write(reg::CMD2, c.words[2])?;
        self.write(reg::CMD3, c.words[3])
    }

    /// Polls STATUS until the unit is idle, at most `budget` cycles (polling every 64);
    /// returns the cycles waited. A set error after the wait is reported as `Device`.
    pub fn wait_idle(&mut self, budget: u64) -> Result<u64, DriverError> {
        let mut waited = 0u64;
        loop {
            let s = self.status()?;
            if s & status::BUSY == 0 {
                if s & status::ERROR != 0 {
                    let code = ErrorCode::from_u8((s >> status::ERROR_CODE_LSB) as u8)
                        .unwrap_or(ErrorCode::None);
                    let info = self.read(reg::ERROR_INFO)?;
                    return Err(DriverError::Device { code, info });
                }
                return Ok(waited);
            }
            if waited >= budget {
                return Err(DriverError::Timeout { cycles: waited });
            }
            self.bus.run(64);
            waited += 64;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weight_rows_pack_for_every_n() {
        for cfg in AccelConfig::ALL {
            let n = cfg.n;
            let mut d = Driver::new(AccelModel::new(cfg), cfg);
            let codes: Vec<u8> = (0..3 * n).map(|i| i as u8 + 1).collect();
            d.write_weight_rows(1, &codes).unwrap();
            assert_eq!(&d.bus.weight_mem[n..4 * n], &codes[..], "{}", cfg.name);
            assert!(d.bus.weight_mem[..n].iter().all(|&c| c == 0));
        }
    }
}
