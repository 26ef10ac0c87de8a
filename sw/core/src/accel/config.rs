//! The hardware variants ([`AccelConfig`], one per generated RTL top) and the cycle
//! intervals of their serial units.

use super::{Region, REGISTERS};

/// One hardware variant. Every generated RTL top is described by one of these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct AccelConfig {
    /// Name of the variant (also the RTL file stem).
    pub name: &'static str,
    /// The array is `n x n` processing elements.
    pub n: usize,
    /// log2 of the weight memory depth, in tile rows of `n` codes.
    pub weight_rows_log2: usize,
    /// log2 of the activation memory depth, in vectors of `n` 16-bit elements.
    pub act_vectors_log2: usize,
    /// log2 of the accumulator memory depth, in vectors of `n` 32-bit elements.
    pub acc_vectors_log2: usize,
    /// log2 of the number of output channels with requantization parameters.
    pub channels_log2: usize,
    /// log2 of the command queue depth (in 4-word commands).
    pub queue_log2: usize,
    /// The QINS ALU (ALU command, its three tables) is present. Without it, the ALU
    /// command is refused with `BadOpcode`, LOAD_TABLE of an ALU table with `BadOperand`, and
    /// the ALU table regions are empty (`BadAddress`); CONFIG.no_alu is set.
    pub alu: bool,
    /// The output stage encodes with the serial encoder: POSTPROCESS takes one column every
    /// 17 cycles instead of one per cycle (FPGA area). Results are the same.
    pub serial_encoder: bool,
    /// Every multiplier of the array and the output stage is bit-serial (FPGA area, for
    /// parts without DSPs): a PE's product takes [`SERIAL_PE_INTERVAL`] cycles (the operands'
    /// load and one shift-and-add per weight bit), so a MATMUL issues one vector every
    /// [`SERIAL_PE_INTERVAL`] cycles instead of one per cycle; the output stage's
    /// `acc x multiplier` takes 16 more cycles of latency inside the serial encoder's
    /// interval (requires `serial_encoder`). Results are the same.
    pub bit_serial: bool,
    /// Memory reads start a cycle early and land in registers before any wide logic (ECP5
    /// timing: a block RAM read without its output register is 5.8 ns there). The
    /// accumulator writer reads a result's word when the vector's tag is one stage from the
    /// array's output and adds from a register (N x 32 flip-flops, a three-way forward); the
    /// host bus starts a memory read from the pins and answers from registers (the lanes
    /// of one word). Off on the full iCE40 parts. Results, cycle counts and the bus
    /// latency are the same either way.
    pub registered_reads: bool,
}

impl AccelConfig {
    /// The simulation top: an 8 x 8 array, with activation and accumulator memories for a
    /// BERT-base-sized FFN over 128 tokens (32 K vectors each).
    pub const SIM8: AccelConfig = AccelConfig {
        name: "qins_accel_sim8",
        n: 8,
        weight_rows_log2: 13,
        act_vectors_log2: 15,
        acc_vectors_log2: 15,
        channels_log2: 11,
        queue_log2: 4,
        alu: true,
        serial_encoder: false,
        bit_serial: false,
        registered_reads: true,
    };

    /// iCE40 UP5K (iCEBreaker): a 2 x 2 array without the ALU. Multipliers: 4 in the array,
    /// 2 in the output stage, 1 for the useful-MAC counter (SB_MAC16 DSPs); weights in
    /// SPRAM (one SB_SPRAM256KA per lane: 16 K rows), the rest in block RAM; the output
    /// stage's serial encoder; a 256-deep queue (a 128-bit entry is 8 EBR at any depth up
    /// to 256, and flip-flops cost logic cells).
    pub const UP5K: AccelConfig = AccelConfig {
        name: "qins_accel_up5k",
        n: 2,
        weight_rows_log2: 14,
        act_vectors_log2: 8,
        acc_vectors_log2: 8,
        channels_log2: 6,
        queue_log2: 8,
        alu: false,
        serial_encoder: true,
        bit_serial: false,
        registered_reads: false,
    };

    /// iCE40 HX8K (no DSPs, no SPRAM): a 2 x 2 array of bit-serial PEs, no ALU. One
    /// i16 x i16 + i32 MAC in LUTs is ~840 logic cells, so four of them with the rest of the
    /// design (~5,650) do not fit the part's 7,680; a bit-serial PE has no multiplier, and a
    /// MATMUL takes one vector every [`SERIAL_PE_INTERVAL`] cycles (docs/architecture.md).
    pub const HX8K: AccelConfig = AccelConfig {
        name: "qins_accel_hx8k",
        n: 2,
        weight_rows_log2: 8,
        act_vectors_log2: 7,
        acc_vectors_log2: 7,
        channels_log2: 6,
        queue_log2: 8,
        alu: false,
        serial_encoder: true,
        bit_serial: true,
        registered_reads: false,
    };

    /// ECP5 LFE5U-85F (ULX3S 85F): the 8 x 8 array with the ALU and the pipelined output
    /// encoder, as `SIM8`, with memories sized for the part's 208 DP16KD block RAMs (18 kbit
    /// each): 4 K weight rows (16 DP16KD), 4 K activation vectors (32), 2 K accumulator
    /// vectors (32), 2 K channels (every MiniLM linear's outputs at once), a 64-deep queue.
    pub const ULX3S: AccelConfig = AccelConfig {
        name: "qins_accel_ulx3s",
        n: 8,
        weight_rows_log2: 12,
        act_vectors_log2: 12,
        acc_vectors_log2: 11,
        channels_log2: 11,
        queue_log2: 6,
        alu: true,
        serial_encoder: false,
        bit_serial: false,
        registered_reads: true,
    };

    /// ECP5 LFE5U-25F (ULX3S 25F): a 4 x 4 array without the ALU, pipelined output encoder;
    /// 2 K weight rows, 1 K activation and accumulator vectors, 1 K channels, a 64-deep
    /// queue (the part has 56 DP16KD and 28 MULT18X18D).
    pub const ULX3S25F: AccelConfig = AccelConfig {
        name: "qins_accel_ulx3s25f",
        n: 4,
        weight_rows_log2: 11,
        act_vectors_log2: 10,
        acc_vectors_log2: 10,
        channels_log2: 10,
        queue_log2: 6,
        alu: false,
        serial_encoder: false,
        bit_serial: false,
        registered_reads: true,
    };

    /// Every generated variant.
    pub const ALL: [AccelConfig; 5] = [
        AccelConfig::SIM8,
        AccelConfig::UP5K,
        AccelConfig::HX8K,
        AccelConfig::ULX3S,
        AccelConfig::ULX3S25F,
    ];

    /// Cycles between two vectors of a MATMUL (the array takes one vector per interval).
    pub fn matmul_interval(&self) -> usize {
        if self.bit_serial {
            SERIAL_PE_INTERVAL
        } else {
            1
        }
    }

    /// Cycles between two columns of a POSTPROCESS (the output encoder takes one column per
    /// interval).
    pub fn postprocess_interval(&self) -> usize {
        if self.serial_encoder {
            SERIAL_ENCODER_INTERVAL
        } else {
            1
        }
    }

    /// Bus words per weight-tile row: `ceil(n / 4)` (code `j` is byte `j % 4` of word `j / 4`).
    pub fn weight_words_per_row(&self) -> usize {
        self.n.div_ceil(4)
    }

    pub fn weight_rows(&self) -> usize {
        1 << self.weight_rows_log2
    }
    pub fn act_vectors(&self) -> usize {
        1 << self.act_vectors_log2
    }
    pub fn acc_vectors(&self) -> usize {
        1 << self.acc_vectors_log2
    }
    pub fn channels(&self) -> usize {
        1 << self.channels_log2
    }

    /// Words of each memory region as seen from the bus.
    pub fn region_words(&self, region: Region) -> usize {
        match region {
            Region::Registers => REGISTERS.len(),
            Region::AluDecodeTable
            | Region::AluEncoderThresholds
            | Region::AluEncoderCodes
            | Region::AluLookupTable
                if !self.alu =>
            {
                0
            }
            Region::WeightDecodeTable | Region::ActDecodeTable | Region::AluDecodeTable => 256,
            Region::OutputEncoderThresholds | Region::AluEncoderThresholds => 255,
            Region::OutputEncoderCodes | Region::AluEncoderCodes | Region::AluLookupTable => 256,
            Region::ChannelParams => 2 * self.channels(),
            Region::WeightMemory => self.weight_rows() * self.weight_words_per_row(),
            Region::ActMemory => self.act_vectors() * self.n / 2,
            Region::AccMemory => self.acc_vectors() * self.n,
        }
    }

    /// The value of the read-only CONFIG register.
    pub fn config_word(&self) -> u32 {
        (self.n as u32)
            | (!self.alu as u32) << 7
            | (self.weight_rows_log2 as u32) << 8
            | (self.act_vectors_log2 as u32) << 13
            | (self.acc_vectors_log2 as u32) << 18
            | (self.channels_log2 as u32) << 23
            | (self.queue_log2 as u32) << 28
    }
}

/// Cycles per value of the serial output encoder ([`AccelConfig::serial_encoder`]): eight
/// binary-search steps of two cycles each and the code map.
pub const SERIAL_ENCODER_INTERVAL: usize = 17;

/// Cycles per product of a bit-serial processing element ([`AccelConfig::bit_serial`]): the
/// load of the operands and one shift-and-add per bit of the 16-bit weight.
pub const SERIAL_PE_INTERVAL: usize = 17;
