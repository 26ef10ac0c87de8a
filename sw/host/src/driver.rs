//! The host driver of the accelerator, over any [`Bus`]: the RTL in a simulator, the
//! [`AccelModel`], or (later) a board. It uses only the definitions in [`qins_core::accel`].

use qins_core::accel::{control, reg, status, AccelConfig, Command, ErrorCode, Region};
pub use qins_core::bus::{Bus, Refused, RefusedAt};
const _: () =
    assert!(reg::CMD1 == reg::CMD0 + 1 && reg::CMD2 == reg::CMD0 + 2 && reg::CMD3 == reg::CMD0 + 3);
use crate::image::WeightImage;
use qins_core::codec::{Codec, QuantizedTensor};
use qins_core::hw::{ChannelParams, DecodeTable, ThresholdEncoder};
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
    /// The transport to the unit failed (a serial link that gave up after its retries).
    Link(String),
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
            DriverError::Link(m) => write!(f, "{m}"),
        }
    }
}

impl std::error::Error for DriverError {}

impl From<DriverError> for qins_core::Error {
    fn from(e: DriverError) -> Self {
        qins_core::Error::Invalid(e.to_string())
    }
}

/// Cycles [`Driver::push`] waits for room in the command queue.
pub const QUEUE_WAIT_BUDGET: u64 = 10_000_000;

/// Where [`Driver::load_weight_tiles`] put a weight's tiles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeightTiles {
    pub first_row: usize,
    /// Tiles along the input dimension (`ceil(in / N)`).
    pub k_tiles: usize,
    /// Tiles along the output dimension (`ceil(out / N)`).
    pub n_tiles: usize,
    pub n: usize,
}

impl WeightTiles {
    /// Tile rows used.
    pub fn rows(&self) -> usize {
        self.k_tiles * self.n_tiles * self.n
    }
    /// First row of tile `(kt, nt)`.
    pub fn tile_row(&self, kt: usize, nt: usize) -> usize {
        self.first_row + (nt * self.k_tiles + kt) * self.n
    }
}

/// High-level access to one accelerator.
pub struct Driver<B: Bus> {
    pub bus: B,
    pub cfg: AccelConfig,
    /// The last tables written to the weight and activation edges (writes of the same table
    /// again are skipped; a LOAD_TABLE command forgets them).
    edge_tables: [Option<DecodeTable>; 2],
    /// Free command-queue slots known from the last STATUS read, less the commands pushed
    /// since (a lower bound: the queue only drains meanwhile), so [`Driver::push`] reads
    /// STATUS once per that many commands rather than before each.
    queue_room: usize,
}

impl<B: Bus> Driver<B> {
    pub fn new(bus: B, cfg: AccelConfig) -> Self {
        Self {
            bus,
            cfg,
            edge_tables: [None, None],
            queue_room: 0,
        }
    }

    fn fault(&mut self, address: u32) -> DriverError {
        if let Some(m) = self.bus.take_link_error() {
            return DriverError::Link(m);
        }
        let code = self
            .bus
            .read_word(reg::STATUS)
            .ok()
            .and_then(|s| ErrorCode::from_repr((s >> status::ERROR_CODE_LSB) as u8))
            .unwrap_or(ErrorCode::None);
        DriverError::Bus { address, code }
    }

    pub fn write(&mut self, address: u32, data: u32) -> Result<(), DriverError> {
        self.bus
            .write_word(address, data)
            .map_err(|_| self.fault(address))
    }

    /// Writes `words` to consecutive addresses from `address` (in bursts where the bus has
    /// them); an error names the address of the refused word.
    pub fn write_words(&mut self, address: u32, words: &[u32]) -> Result<(), DriverError> {
        self.bus
            .write_words(address, words)
            .map_err(|RefusedAt { index }| self.fault(address.wrapping_add(index as u32)))
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
            ErrorCode::from_repr((s >> status::ERROR_CODE_LSB) as u8).unwrap_or(ErrorCode::None);
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
        let words: Vec<u32> = codes
            .chunks(n)
            .flat_map(|row_codes| {
                row_codes.chunks(4).map(|group| {
                    let mut bytes = [0u8; 4];
                    bytes[..group.len()].copy_from_slice(group);
                    u32::from_le_bytes(bytes)
                })
            })
            .collect();
        debug_assert_eq!(words.len(), codes.len() / n * wpr);
        self.write_words(base, &words)
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
        let words: Vec<u32> = elems
            .chunks(2)
            .map(|pair| pair[0] as u16 as u32 | (pair[1] as u16 as u32) << 16)
            .collect();
        self.write_words(base, &words)
    }

    /// Loads a quantized weight `[out, in]` into weight memory from tile row `first_row` as
    /// the tiles of `y = x W^T`: tile `(kt, nt)` (input block `kt`, output block `nt`, each N
    /// wide) starts at row `first_row + (nt * k_tiles + kt) * N`, its row `i` holding
    /// `W[nt N + j][kt N + i]` for `j` in `0..N`. Edges are padded with the codec's zero code
    /// (QINS 0x7F, INT8 0x00). Also writes the codec's decode table to the weight edge.
    pub fn load_weight_tiles(
        &mut self,
        w: &QuantizedTensor,
        first_row: usize,
    ) -> Result<WeightTiles, DriverError> {
        let n = self.cfg.n;
        let tiles = WeightTiles {
            first_row,
            k_tiles: w.cols.div_ceil(n),
            n_tiles: w.rows.div_ceil(n),
            n,
        };
        if first_row + tiles.rows() > self.cfg.weight_rows() {
            return Err(DriverError::Shape(format!(
                "a {} x {} weight needs {} tile rows from row {first_row}; the weight memory has {}",
                w.rows,
                w.cols,
                tiles.rows(),
                self.cfg.weight_rows()
            )));
        }
        let (zero, table) = match w.codec {
            Codec::Qins => (qins_core::format::ZERO_CODE, DecodeTable::qins()),
            Codec::Int8 => (0u8, DecodeTable::int8_identity()),
        };
        self.write_decode_table(Region::WeightDecodeTable, &table)?;
        let mut codes = vec![zero; tiles.rows() * n];
        for nt in 0..tiles.n_tiles {
            for kt in 0..tiles.k_tiles {
                let base = tiles.tile_row(kt, nt) - first_row;
                for i in 0..n {
                    for j in 0..n {
                        let (o, k) = (nt * n + j, kt * n + i);
                        if o < w.rows && k < w.cols {
                            codes[(base + i) * n + j] = w.codes[o * w.cols + k];
                        }
                    }
                }
            }
        }
        self.write_weight_rows(first_row, &codes)?;
        Ok(tiles)
    }

    /// Loads the tensor `name` of a weight image (see [`Driver::load_weight_tiles`]).
    pub fn load_weight_image_tensor(
        &mut self,
        image: &WeightImage,
        name: &str,
        first_row: usize,
    ) -> Result<WeightTiles, DriverError> {
        let t = image.get(name).ok_or_else(|| {
            DriverError::Shape(format!("the weight image has no tensor named {name}"))
        })?;
        self.load_weight_tiles(&t.tensor, first_row)
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
        let words: Vec<u32> = values.iter().map(|&v| v as u32).collect();
        self.write_words(base, &words)
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
        let words: Vec<u32> = params
            .iter()
            .flat_map(|p| {
                [
                    p.multiplier as u16 as u32 | ((p.shift as u32 & 0x3F) << 16),
                    p.bias as u32,
                ]
            })
            .collect();
        self.write_words(base, &words)
    }

    /// Writes a decode table into the weight edge (`Region::WeightDecodeTable`) or the
    /// activation edge (`Region::ActDecodeTable`).
    pub fn write_decode_table(
        &mut self,
        region: Region,
        table: &DecodeTable,
    ) -> Result<(), DriverError> {
        let slot = match region {
            Region::WeightDecodeTable => Some(0),
            Region::ActDecodeTable => Some(1),
            _ => None,
        };
        if let Some(i) = slot {
            if self.edge_tables[i].as_ref() == Some(table) {
                return Ok(());
            }
            self.edge_tables[i] = None;
        }
        let words: Vec<u32> = table.entries().iter().map(|&v| v as u16 as u32).collect();
        self.write_words(region.base(), &words)?;
        if let Some(i) = slot {
            self.edge_tables[i] = Some(table.clone());
        }
        Ok(())
    }

    /// Writes the output stage's encoder tables.
    pub fn write_output_encoder(&mut self, enc: &ThresholdEncoder) -> Result<(), DriverError> {
        let thresholds: Vec<u32> = enc.thresholds().iter().map(|&t| t as u32).collect();
        self.write_words(Region::OutputEncoderThresholds.base(), &thresholds)?;
        let codes: Vec<u32> = enc.code_of_rank().iter().map(|&c| c as u32).collect();
        self.write_words(Region::OutputEncoderCodes.base(), &codes)
    }

    /// Queues a command, first waiting (at most [`QUEUE_WAIT_BUDGET`] cycles) while the
    /// queue is full. STATUS is read only when the commands pushed since the last read may
    /// have filled the queue (its `queue_level` says how many slots were free).
    pub fn push(&mut self, c: &Command) -> Result<(), DriverError> {
        let depth = 1usize << self.cfg.queue_log2;
        let mut waited = 0u64;
        while self.queue_room == 0 {
            let s = self.status()?;
            if s & status::QUEUE_FULL == 0 {
                let level = ((s >> status::QUEUE_LEVEL_LSB) & 0xFFFF) as usize;
                self.queue_room = depth.saturating_sub(level).max(1);
                break;
            }
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
        if c.opcode() == qins_core::accel::Opcode::LoadTable as u8 {
            self.edge_tables = [None, None];
        }
        // whatever happens, this may have taken a slot
        self.queue_room = self.queue_room.saturating_sub(1);
        // CMD0..CMD3 are consecutive registers; the write of CMD3 pushes
        self.write_words(reg::CMD0, &c.words)
    }

    /// Polls STATUS until the unit is idle, at most `budget` cycles (polling every 64);
    /// returns the cycles waited. A set error after the wait is reported as `Device`.
    pub fn wait_idle(&mut self, budget: u64) -> Result<u64, DriverError> {
        let mut waited = 0u64;
        loop {
            let s = self.status()?;
            if s & status::BUSY == 0 {
                if s & status::ERROR != 0 {
                    let code = ErrorCode::from_repr((s >> status::ERROR_CODE_LSB) as u8)
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
    use qins_core::hw::AccelModel;

    #[test]
    fn weight_tiles_from_an_image_compute_x_w_transposed() {
        use crate::image::ImageTensor;
        use qins_core::accel::{Command, Matmul};
        use qins_core::codec::{AlphaRule, Granularity};
        let cfg = AccelConfig::SIM8;
        let n = cfg.n;
        // an 11 x 13 QINS weight (both dims not multiples of 8), through a weight image
        let m = qins_core::tensor::Matrix::gaussian(11, 13, 0.05, 4);
        let q = QuantizedTensor::qins(&m, Granularity::Tensor, AlphaRule::MseSearch);
        let image = WeightImage::new(vec![ImageTensor::new("w", vec![11, 13], q.clone()).unwrap()]);
        let image = WeightImage::from_bytes(&image.to_bytes().unwrap()).unwrap();
        let mut d = Driver::new(AccelModel::new(cfg), cfg);
        let tiles = d.load_weight_image_tensor(&image, "w", 16).unwrap();
        assert_eq!((tiles.k_tiles, tiles.n_tiles), (2, 2));
        // x: 3 rows of raw i16, laid out per k-tile (vector kt * 3 + r)
        let x: Vec<Vec<i16>> = (0..3)
            .map(|r| (0..13).map(|k| (r * 7 + k * 3) as i16 - 20).collect())
            .collect();
        for kt in 0..2 {
            let v: Vec<i16> = (0..3)
                .flat_map(|r| (0..n).map(move |i| (r, kt * n + i)))
                .map(|(r, k)| if k < 13 { x[r][k] } else { 0 })
                .collect();
            d.write_act_vectors(kt * 3, &v).unwrap();
        }
        for nt in 0..2 {
            for kt in 0..2 {
                d.push(&Command::load_tile(tiles.tile_row(kt, nt) as u32, 0))
                    .unwrap();
                d.push(&Command::matmul(Matmul {
                    count: 3,
                    act: (kt * 3) as u32,
                    acc: (nt * 3) as u32,
                    bank: 0,
                    accumulate: kt > 0,
                    act_codes: false,
                    k_valid: 0,
                    n_valid: 0,
                    prefetch: None,
                }))
                .unwrap();
            }
        }
        let table = DecodeTable::qins();
        for nt in 0..2 {
            let acc = d.read_acc_vectors(nt * 3, 3).unwrap();
            for r in 0..3 {
                for j in 0..n {
                    let o = nt * n + j;
                    let want: i32 = if o < 11 {
                        (0..13)
                            .map(|k| x[r][k] as i32 * table.decode(q.codes[o * 13 + k]) as i32)
                            .sum()
                    } else {
                        0
                    };
                    assert_eq!(acc[r * n + j], want, "row {r} output {o}");
                }
            }
        }
        assert!(d.load_weight_image_tensor(&image, "nope", 0).is_err());
        assert!(d.load_weight_tiles(&q, cfg.weight_rows() - 8).is_err());
    }

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
