//! `QinsAccel` in the rust-hdl simulator against `qins_core::hw::AccelModel`, both driven through
//! the same host driver (`qins_host::driver::Driver`): every memory word read back must be equal.

use crate::bench::ClockedBench;
use crate::top::QinsAccel;
use qins_core::accel::{reg, AccelConfig, Command, ErrorCode, Matmul, Region};
use qins_core::hw::{AccelModel, ChannelParams, DecodeTable, ThresholdEncoder};
use qins_core::rng::SplitMix64;
use qins_host::driver::{Bus, Driver, DriverError, Refused};

mod accumulate;

/// A small variant for the slow rust-hdl simulator: 4 x 4 array, 64-deep memories.
const SMALL: AccelConfig = AccelConfig {
    name: "small",
    n: 4,
    weight_rows_log2: 6,
    act_vectors_log2: 6,
    acc_vectors_log2: 6,
    channels_log2: 4,
    queue_log2: 2,
    alu: true,
    serial_encoder: false,
    bit_serial: false,
    registered_reads: true,
};
type Small = crate::configs::accel_of!(SMALL);

/// The test tops: an N x N array with 64-deep memories (N = 2 is the UP5K shape, where a
/// weight row is one bus word holding two codes).
/// `A`: 1 with the ALU, 0 without; `SE`: 1 with the serial output encoder; `RR`: 1 when the
/// accumulator writer reads early and registers the read data (the iCE40 variants have
/// `A = 0, SE = 1, RR = 0`; the 8 x 8 ones `A = 1, SE = 0, RR = 1`).
struct HdlBus<
    const N: usize,
    const A: usize = 1,
    const SE: usize = 0,
    const RR: usize = 1,
    const SP: usize = 0,
> {
    b: ClockedBench<QinsAccel<N, 6, 6, 6, 4, 2, A, SE, SP, RR>>,
    now: u64,
    /// the cycle each accumulator vector last left the array
    left_at: std::collections::HashMap<u64, u64>,
    /// `close[d]`: vectors that left the array `d` cycles after the last one with their
    /// accumulator vector (`d` <= 4: the sum of that one may not be in memory yet)
    close: [u64; 5],
}

impl<const N: usize, const A: usize, const SE: usize, const RR: usize, const SP: usize>
    HdlBus<N, A, SE, RR, SP>
{
    fn new() -> Self {
        Self {
            b: ClockedBench::new(QinsAccel::default()),
            now: 0,
            left_at: Default::default(),
            close: [0; 5],
        }
    }

    /// One cycle, then the sequencer's one-hot invariant.
    fn cycle(&mut self) {
        self.b.cycle();
        self.now += 1;
        let set = self.b.uut.sequencer_states_set();
        assert!(set <= 1, "{set} sequencer states set at once");
        if self.b.uut.array.out_valid.val() {
            let vector = self.b.uut.array.out_tag.val().index() as u64 & 63;
            if let Some(then) = self.left_at.insert(vector, self.now) {
                if let Some(c) = self.close.get_mut((self.now - then) as usize) {
                    *c += 1;
                }
            }
        }
    }

    fn request(&mut self, address: u32, data: u32, write: bool) -> Result<u32, Refused> {
        let u = &mut self.b.uut;
        u.bus_address.next = (address as u64).into();
        u.bus_write_data.next = (data as u64).into();
        u.bus_write.next = write;
        u.bus_read.next = !write;
        self.cycle();
        self.b.uut.bus_write.next = false;
        self.b.uut.bus_read.next = false;
        self.cycle();
        assert!(
            self.b.uut.bus_ready.val(),
            "no answer 2 cycles after the request"
        );
        if self.b.uut.bus_error.val() {
            Err(Refused)
        } else {
            Ok(self.b.uut.bus_read_data.val().index() as u32)
        }
    }
}

impl<const N: usize, const A: usize, const SE: usize, const RR: usize, const SP: usize> Bus
    for HdlBus<N, A, SE, RR, SP>
{
    fn write_word(&mut self, address: u32, data: u32) -> Result<(), Refused> {
        self.request(address, data, true).map(|_| ())
    }
    fn read_word(&mut self, address: u32) -> Result<u32, Refused> {
        self.request(address, 0, false)
    }
    fn run(&mut self, cycles: u64) {
        for _ in 0..cycles {
            self.cycle();
        }
    }
}

fn config() -> AccelConfig {
    Small::config(SMALL.name)
}

/// The same host program runs on the RTL and on the model; these are the two drivers.
fn both_n<const N: usize, const A: usize, const SE: usize, const RR: usize, const SP: usize>(
) -> (Driver<HdlBus<N, A, SE, RR, SP>>, Driver<AccelModel>) {
    let cfg = QinsAccel::<N, 6, 6, 6, 4, 2, A, SE, SP, RR>::config("test");
    (
        Driver::new(HdlBus::new(), cfg),
        Driver::new(AccelModel::new(cfg), cfg),
    )
}

fn both() -> (Driver<HdlBus<4>>, Driver<AccelModel>) {
    both_n::<4, 1, 0, 1, 0>()
}

#[test]
fn identity_and_config_registers() {
    let (mut hw, mut model) = both();
    for r in [reg::ID, reg::CONFIG, reg::STATUS] {
        assert_eq!(hw.read(r).unwrap(), model.read(r).unwrap(), "register {r}");
    }
}

#[test]
fn matmul_accumulate_prefetch_and_postprocess_equal_the_model() {
    matmul_program::<4, 1, 0, 1, 0>();
}

/// The FPGA variants' shape: 2 x 2 without the ALU, with the serial output encoder.
#[test]
fn the_2x2_up5k_shape_equals_the_model() {
    matmul_program::<2, 0, 1, 0, 0>();
}

/// The HX8K's shape: the UP5K's with bit-serial PEs (one vector per `SERIAL_PE_INTERVAL`
/// cycles).
#[test]
fn the_2x2_bit_serial_hx8k_shape_equals_the_model() {
    matmul_program::<2, 0, 1, 0, 1>();
}

/// Bit-serial multipliers on a 4 x 4 top with the ALU and the registered reads: the same
/// program, the same results.
#[test]
fn the_4x4_bit_serial_top_equals_the_model() {
    matmul_program::<4, 1, 1, 1, 1>();
}

/// Without the ALU (`AccelConfig::alu` false, the FPGA variants): CONFIG.no_alu is set, the
/// ALU command is BadOpcode, LOAD_TABLE of an ALU table BadOperand, the ALU table regions
/// BadAddress, exactly as the model answers; the unit goes on.
#[test]
fn without_the_alu_its_command_tables_and_regions_are_refused() {
    let (mut hw, mut model) = both_n::<2, 0, 1, 0, 0>();
    assert!(!hw.cfg.alu);
    let config = hw.read(reg::CONFIG).unwrap();
    assert_eq!(config, model.read(reg::CONFIG).unwrap());
    assert_eq!(config & 0x80, 0x80, "CONFIG.no_alu");
    for d in [&mut hw as &mut dyn NoAlu, &mut model] {
        d.refusals();
    }
    // after all that, both agree on the command counter
    assert_eq!(
        hw.read(reg::COMMANDS_DONE).unwrap(),
        model.read(reg::COMMANDS_DONE).unwrap()
    );
}

trait NoAlu {
    fn refusals(&mut self);
}

impl<B: Bus> NoAlu for Driver<B> {
    fn refusals(&mut self) {
        use qins_core::accel::TableTarget;
        use qins_core::hw::AluOp;
        for region in [
            Region::AluDecodeTable,
            Region::AluEncoderThresholds,
            Region::AluEncoderCodes,
        ] {
            match self.write(region.base() + 3, 1) {
                Err(DriverError::Bus { code, .. }) => assert_eq!(code, ErrorCode::BadAddress),
                other => panic!("{region:?}: expected BadAddress, got {other:?}"),
            }
            self.clear_error().unwrap();
        }
        let alu = Command::alu(AluOp::Add, 4, 0, 0, 8);
        self.push(&alu).unwrap();
        match self.wait_idle(10_000) {
            Err(DriverError::Device { code, info }) => {
                assert_eq!((code, info), (ErrorCode::BadOpcode, alu.words[0]))
            }
            other => panic!("{other:?}"),
        }
        self.clear_error().unwrap();
        for t in [
            TableTarget::AluDecode,
            TableTarget::AluThresholds,
            TableTarget::AluCodes,
        ] {
            self.push(&Command::load_table(t, 0)).unwrap();
            match self.wait_idle(10_000) {
                Err(DriverError::Device { code, .. }) => assert_eq!(code, ErrorCode::BadOperand),
                other => panic!("{t:?}: {other:?}"),
            }
            self.clear_error().unwrap();
        }
        // the unit goes on: a NOP completes without error
        self.push(&Command::nop()).unwrap();
        self.wait_idle(10_000).unwrap();
        assert_eq!(self.error().unwrap(), None);
    }
}

fn matmul_program<
    const N: usize,
    const A: usize,
    const SE: usize,
    const RR: usize,
    const SP: usize,
>() {
    let (mut hw, mut model) = both_n::<N, A, SE, RR, SP>();
    let cfg = hw.cfg;
    let n = cfg.n;
    let mut rng = SplitMix64::new(21);
    let (k_tiles, rows) = (3usize, 7usize);
    let weights: Vec<u8> = (0..k_tiles * n * n).map(|_| rng.next_u64() as u8).collect();
    let acts: Vec<i16> = (0..k_tiles * rows * n)
        .map(|_| rng.next_u64() as u8 as i16)
        .collect();
    let params: Vec<ChannelParams> = (0..cfg.channels())
        .map(|_| ChannelParams {
            multiplier: (rng.next_u64() as i16) >> 2,
            shift: 8 + rng.below(12) as u8,
            bias: (rng.next_u64() as i32) >> 12,
        })
        .collect();
    for d in [&mut hw as &mut dyn Program, &mut model] {
        d.program(&weights, &acts, &params, k_tiles, rows);
    }
    // accumulators (int32 post-processed in place at vector 0) and encoded outputs
    let acc = hw.read_acc_vectors(0, 2 * rows).unwrap();
    assert_eq!(acc, model.read_acc_vectors(0, 2 * rows).unwrap());
    let codes = hw.read_act_vectors(40, rows).unwrap();
    assert_eq!(codes, model.read_act_vectors(40, rows).unwrap());
    // the data is not degenerate: many distinct accumulators and codes
    let distinct = |v: Vec<i64>| {
        v.into_iter()
            .collect::<std::collections::BTreeSet<_>>()
            .len()
    };
    assert!(
        distinct(acc.iter().map(|&x| x as i64).collect()) > rows * n,
        "{acc:?}"
    );
    assert!(
        distinct(codes.iter().map(|&x| x as i64).collect()) > rows,
        "{codes:?}"
    );
    let macs = hw.read(reg::USEFUL_MACS_LO).unwrap();
    assert_eq!(macs, model.read(reg::USEFUL_MACS_LO).unwrap());
    assert_eq!(hw.read(reg::BARRIER_ID).unwrap(), 77);
    // one array cycle per vector: k_tiles passes of `rows`, then one more pass
    assert_eq!(
        hw.read(reg::ARRAY_CYCLES).unwrap(),
        ((k_tiles + 1) * rows) as u32
    );
    assert_eq!(macs as usize, k_tiles * rows * (n - 1) * n + rows * n * n);
}

/// The host program shared by both drivers.
trait Program {
    fn program(
        &mut self,
        weights: &[u8],
        acts: &[i16],
        params: &[ChannelParams],
        k_tiles: usize,
        rows: usize,
    );
}

impl<B: Bus> Program for Driver<B> {
    fn program(
        &mut self,
        weights: &[u8],
        acts: &[i16],
        params: &[ChannelParams],
        k_tiles: usize,
        rows: usize,
    ) {
        let n = self.cfg.n;
        self.write_weight_rows(0, weights).unwrap();
        self.write_act_vectors(0, acts).unwrap();
        self.write_channel_params(0, params).unwrap();
        // activation codes through an INT8 identity table for the second pass
        self.write_decode_table(Region::ActDecodeTable, &DecodeTable::int8_identity())
            .unwrap();
        self.write_output_encoder(&ThresholdEncoder::int8_symmetric())
            .unwrap();
        // pass 1: raw activations, QINS weights, tiles prefetched, accumulate over K
        self.push(&Command::load_tile(0, 0)).unwrap();
        for kt in 0..k_tiles {
            let next = (kt + 1 < k_tiles).then_some(((kt + 1) * n) as u32);
            let c = Command::matmul(Matmul {
                count: rows as u32,
                act: (kt * rows) as u32,
                bank: (kt % 2) as u32,
                accumulate: kt > 0,
                k_valid: (n - 1) as u32,
                prefetch: next,
                ..Default::default()
            });
            self.push(&c).unwrap();
            self.wait_idle(100_000).unwrap();
        }
        // pass 2: the same activations read as codes, into accumulators at `rows`
        self.push(&Command::load_tile(0, 0)).unwrap();
        self.push(&Command::matmul(Matmul {
            count: rows as u32,
            acc: rows as u32,
            act_codes: true,
            ..Default::default()
        }))
        .unwrap();
        self.wait_idle(100_000).unwrap();
        // post-process: encode pass 1 to INT8 codes, then pass 2 to int32 in place
        self.push(&Command::postprocess(rows as u32, 0, 40, 2, true))
            .unwrap();
        self.push(&Command::postprocess(
            rows as u32,
            rows as u32,
            rows as u32,
            5,
            false,
        ))
        .unwrap();
        self.push(&Command::barrier(77)).unwrap();
        self.wait_idle(100_000).unwrap();
    }
}

#[test]
fn bad_requests_and_commands_set_errors_and_the_unit_stays_responsive() {
    let (mut hw, mut model) = both();
    for d in [&mut hw as &mut dyn Errors, &mut model] {
        d.errors();
    }
    // after all that, both still work and agree
    assert_eq!(hw.read(reg::ID).unwrap(), model.read(reg::ID).unwrap());
}

/// A host polling STATUS sees a failed command's error in the same word in which busy
/// clears, whichever cycle its read lands on: the sticky error is captured a cycle after the
/// command ends, and busy covers that cycle. Back-to-back reads (one per 2 cycles), started at
/// two offsets, land on both parities of that cycle (a bad opcode ends within a few cycles of
/// its push, so later starts would miss it).
#[test]
fn status_shows_a_failed_commands_error_in_the_word_where_busy_clears() {
    use qins_core::accel::status;
    for offset in 0..2 {
        let mut bus = HdlBus::<4>::new();
        for (k, word) in [0x3Fu32, 0, 0, 0].into_iter().enumerate() {
            bus.write_word(reg::CMD0 + k as u32, word).unwrap();
        }
        bus.run(offset);
        let mut polls = 0;
        let s = loop {
            let s = bus.read_word(reg::STATUS).unwrap();
            polls += 1;
            assert!(
                polls < 100,
                "offset {offset}: still busy after {polls} polls"
            );
            if s & status::BUSY == 0 {
                break s;
            }
        };
        assert_ne!(
            s & status::ERROR,
            0,
            "offset {offset}: busy clear without the error: {s:#x}"
        );
        assert!(
            polls > 1,
            "offset {offset}: the command had ended before the first poll"
        );
        assert_eq!(
            (s >> status::ERROR_CODE_LSB) & 0xFF,
            ErrorCode::BadOpcode as u32,
            "offset {offset}"
        );
        assert_eq!(
            bus.read_word(reg::ERROR_INFO).unwrap(),
            0x3F,
            "offset {offset}"
        );
    }
}

trait Errors {
    fn errors(&mut self);
}

impl<B: Bus> Errors for Driver<B> {
    fn errors(&mut self) {
        let expect = |d: &mut Self, r: Result<(), DriverError>, code: ErrorCode| {
            match r {
                Err(DriverError::Bus { code: c, .. }) => assert_eq!(c, code),
                other => panic!("expected {code:?}, got {other:?}"),
            }
            d.clear_error().unwrap();
        };
        let r = self.write(0x00_0F00, 1);
        expect(self, r, ErrorCode::BadAddress);
        let r = self.write(Region::WeightMemory.base() + 1_000_000, 1);
        expect(self, r, ErrorCode::BadAddress);
        let r = self.read(reg::CONTROL).map(|_| ());
        expect(self, r, ErrorCode::BadAccess);
        let r = self.write(reg::ID, 5);
        expect(self, r, ErrorCode::BadAccess);
        // a bad opcode and a bad operand: the command is skipped, the error is sticky
        self.push(&Command {
            words: [0x3F, 0, 0, 0],
        })
        .unwrap();
        match self.wait_idle(10_000) {
            Err(DriverError::Device { code, info }) => {
                assert_eq!((code, info), (ErrorCode::BadOpcode, 0x3F))
            }
            other => panic!("{other:?}"),
        }
        self.clear_error().unwrap();
        self.push(&Command::load_tile(62, 1)).unwrap();
        match self.wait_idle(10_000) {
            Err(DriverError::Device { code, .. }) => assert_eq!(code, ErrorCode::BadOperand),
            other => panic!("{other:?}"),
        }
        self.clear_error().unwrap();
        self.push(&Command::matmul(Matmul {
            count: 0,
            ..Default::default()
        }))
        .unwrap();
        assert!(matches!(
            self.wait_idle(10_000),
            Err(DriverError::Device {
                code: ErrorCode::BadOperand,
                ..
            })
        ));
        self.clear_error().unwrap();
        // refused commands start nothing: accumulator vectors 0 and 1 keep what was written
        // (an executed MATMUL would write products of the zero weights into vector 0, an
        // executed POSTPROCESS requantized values into vector 1)
        let n = self.cfg.n as i32;
        let kept: Vec<i32> = (0..2 * n).map(|i| 1000 + i).collect();
        self.write_acc_vectors(0, &kept).unwrap();
        for c in [
            // its prefetch row past the weight memory
            Command::matmul(Matmul {
                count: 1,
                prefetch: Some(self.cfg.weight_rows() as u32),
                ..Default::default()
            }),
            // its channel base past the channel parameters
            Command::postprocess(1, 0, 1, self.cfg.channels() as u32, false),
        ] {
            self.push(&c).unwrap();
            match self.wait_idle(10_000) {
                Err(DriverError::Device { code, info }) => {
                    assert_eq!((code, info), (ErrorCode::BadOperand, c.words[0]))
                }
                other => panic!("{other:?}"),
            }
            self.clear_error().unwrap();
        }
        assert_eq!(self.read_acc_vectors(0, 2).unwrap(), kept);
        assert_eq!(self.error().unwrap(), None);
    }
}

#[test]
fn memory_access_while_busy_is_refused_and_queue_overflow_is_reported() {
    let mut hw = Driver::new(HdlBus::<4>::new(), config());
    // a long matmul keeps the unit busy
    hw.push(&Command::load_tile(0, 0)).unwrap();
    hw.push(&Command::matmul(Matmul {
        count: 60,
        ..Default::default()
    }))
    .unwrap();
    match hw.write(Region::ActMemory.base(), 1) {
        Err(DriverError::Bus { code, .. }) => assert_eq!(code, ErrorCode::Busy),
        other => panic!("{other:?}"),
    }
    hw.clear_error().unwrap();
    // fill the 4-deep queue behind the running command, then one more
    let mut overflow = None;
    for i in 0..8 {
        if let Err(e) = hw.try_push(&Command::barrier(i)) {
            overflow = Some(e);
            break;
        }
    }
    match overflow {
        Some(DriverError::Bus { code, .. }) => assert_eq!(code, ErrorCode::QueueFull),
        other => panic!("{other:?}"),
    }
    hw.clear_error().unwrap();
    hw.wait_idle(100_000).unwrap();
    assert!(hw.read(reg::COMMANDS_DONE).unwrap() >= 6);
}

/// ALU vector ops of every kind and LOAD_TABLE of every target, on the RTL and the model.
trait AluProgram {
    fn alu_program(&mut self);
}

impl<B: Bus> AluProgram for Driver<B> {
    fn alu_program(&mut self) {
        use qins_core::accel::TableTarget;
        use qins_core::hw::AluOp;
        let n = self.cfg.n;
        let mut rng = SplitMix64::new(5);
        // 16 vectors of random codes, and accumulators with random Q15.16 values
        let codes: Vec<i16> = (0..16 * n).map(|_| rng.next_u64() as u8 as i16).collect();
        self.write_act_vectors(0, &codes).unwrap();
        let accs: Vec<i32> = (0..16 * n).map(|_| (rng.next_u64() as i32) >> 8).collect();
        self.write_acc_vectors(0, &accs).unwrap();
        // element-wise ops over unaligned ranges into vectors 20.. (elements 20n..)
        let len = 3 * n as u32 + 1;
        let mut dst = (20 * n) as u32;
        for op in AluOp::ALL {
            self.push(&Command::alu(op, len, 1, (2 * n + 3) as u32, dst))
                .unwrap();
            dst += len;
        }
        self.wait_idle(200_000).unwrap();
        // LOAD_TABLE: INT8 tables from memory into every target, then use them
        let int8 = DecodeTable::int8_identity();
        let enc = ThresholdEncoder::int8_symmetric();
        let table_src = 64 * n - 256; // the last 256 elements
        self.write_act_vectors(table_src / n, int8.entries())
            .unwrap();
        let thr: Vec<i32> = enc.thresholds().iter().copied().chain([0]).collect();
        self.write_acc_vectors(table_src / n, &thr).unwrap();
        for t in [
            TableTarget::WeightDecode,
            TableTarget::ActDecode,
            TableTarget::AluDecode,
        ] {
            self.push(&Command::load_table(t, table_src as u32))
                .unwrap();
        }
        for t in [TableTarget::OutputThresholds, TableTarget::AluThresholds] {
            self.push(&Command::load_table(t, table_src as u32))
                .unwrap();
        }
        let code_map: Vec<i16> = enc.code_of_rank().iter().map(|&c| c as i16).collect();
        self.push(&Command::barrier(1)).unwrap();
        self.wait_idle(200_000).unwrap();
        self.write_act_vectors(table_src / n, &code_map).unwrap();
        for t in [TableTarget::OutputCodes, TableTarget::AluCodes] {
            self.push(&Command::load_table(t, table_src as u32))
                .unwrap();
        }
        // DECODE and ENCODE through the loaded ALU tables, a matmul through the loaded
        // weight/activation tables, and an INT8 post-process through the loaded encoder
        self.push(&Command::alu(AluOp::Decode, 8, 0, 0, (40 * n) as u32))
            .unwrap();
        self.push(&Command::alu(AluOp::Encode, 8, 0, 0, (40 * n + 8) as u32))
            .unwrap();
        self.push(&Command::load_tile(0, 1)).unwrap();
        self.push(&Command::matmul(Matmul {
            count: 4,
            acc: 30,
            bank: 1,
            act_codes: true,
            ..Default::default()
        }))
        .unwrap();
        self.push(&Command::postprocess(4, 30, 44, 0, true))
            .unwrap();
        self.wait_idle(200_000).unwrap();
    }
}

#[test]
fn alu_vector_ops_and_table_loads_equal_the_model() {
    let (mut hw, mut model) = both();
    let n = hw.cfg.n;
    // weights and channel parameters for the matmul at the end
    for d in [&mut hw as &mut dyn AluSetup, &mut model] {
        d.setup();
    }
    hw.alu_program();
    model.alu_program();
    let got = hw.read_act_vectors(0, 64).unwrap();
    let want = model.read_act_vectors(0, 64).unwrap();
    for (i, (g, w)) in got.iter().zip(&want).enumerate() {
        assert_eq!(
            g,
            w,
            "activation element {i} (vector {}, lane {})",
            i / n,
            i % n
        );
    }
    assert_eq!(
        hw.read_acc_vectors(30, 4).unwrap(),
        model.read_acc_vectors(30, 4).unwrap()
    );
    assert!(hw.error().unwrap().is_none());
}

trait AluSetup {
    fn setup(&mut self);
}

impl<B: Bus> AluSetup for Driver<B> {
    fn setup(&mut self) {
        let n = self.cfg.n;
        let mut rng = SplitMix64::new(6);
        let w: Vec<u8> = (0..n * n).map(|_| rng.next_u64() as u8).collect();
        self.write_weight_rows(0, &w).unwrap();
        let p: Vec<ChannelParams> = (0..n)
            .map(|_| ChannelParams {
                multiplier: 1 + rng.below(200) as i16,
                shift: 6,
                bias: 0,
            })
            .collect();
        self.write_channel_params(0, &p).unwrap();
    }
}

/// Cycle costs of each command on the 4 x 4 top, measured with the BUSY_CYCLES counter (the
/// figures quoted in docs/architecture.md), and the array utilization of a prefetched stream.
#[test]
fn command_cycle_costs() {
    use qins_core::accel::{control, TableTarget};
    use qins_core::hw::AluOp;
    let mut hw = Driver::new(HdlBus::<4>::new(), config());
    let cost = |hw: &mut Driver<HdlBus<4>>, cmds: &[Command]| -> u32 {
        hw.write(reg::CONTROL, control::CLEAR_COUNTERS).unwrap();
        for c in cmds {
            hw.push(c).unwrap();
        }
        hw.wait_idle(1_000_000).unwrap();
        hw.read(reg::BUSY_CYCLES).unwrap()
    };
    let n = 4u32;
    let load = cost(&mut hw, &[Command::load_tile(0, 0)]);
    let mm1 = cost(
        &mut hw,
        &[Command::matmul(Matmul {
            count: 1,
            ..Default::default()
        })],
    );
    let mm32 = cost(
        &mut hw,
        &[Command::matmul(Matmul {
            count: 32,
            ..Default::default()
        })],
    );
    let pp8 = cost(&mut hw, &[Command::postprocess(8, 0, 0, 0, true)]);
    let alu16 = cost(&mut hw, &[Command::alu(AluOp::Add, 16, 0, 0, 100)]);
    let table = cost(&mut hw, &[Command::load_table(TableTarget::ActDecode, 0)]);
    // a K-tiled stream: 8 tiles of 48 vectors, each MATMUL prefetching the next tile
    let mut stream = vec![Command::load_tile(0, 0)];
    for t in 0..8u32 {
        stream.push(Command::matmul(Matmul {
            count: 48,
            bank: t % 2,
            accumulate: t > 0,
            prefetch: (t < 7).then_some((t + 1) % 4 * n),
            ..Default::default()
        }));
    }
    let total = cost(&mut hw, &stream);
    let array = hw.read(reg::ARRAY_CYCLES).unwrap();
    println!("LOAD_TILE {load}, MATMUL(1) {mm1}, MATMUL(32) {mm32}, POSTPROCESS(8 vectors) {pp8}, ALU(16) {alu16}, LOAD_TABLE {table}");
    println!(
        "stream of 8 x 48 vectors: {total} busy cycles, {array} array cycles, utilization {:.3}",
        array as f64 / total as f64
    );
    // LOAD_TILE: N rows through memory (1) and decode (1); MATMUL: one vector per cycle
    assert_eq!(mm32 - mm1, 31);
    assert_eq!(array, 8 * 48);
    assert!(
        array as f64 / total as f64 > 0.9,
        "prefetch should hide the tile loads"
    );
}

/// POSTPROCESS on the FPGA shape (2 x 2, serial output encoder): one column every
/// `SERIAL_INTERVAL` cycles, so each further vector costs `N * SERIAL_INTERVAL` cycles (the
/// figure quoted in docs/architecture.md).
#[test]
fn serial_encoder_postprocess_cost() {
    use crate::encoder::SERIAL_INTERVAL;
    let cfg = QinsAccel::<2, 6, 6, 6, 4, 2, 0, 1, 0, 0>::config("serial");
    let mut hw = Driver::new(HdlBus::<2, 0, 1, 0>::new(), cfg);
    let mut cost = |v: u32| -> u32 {
        hw.write(reg::CONTROL, qins_core::accel::control::CLEAR_COUNTERS)
            .unwrap();
        hw.push(&Command::postprocess(v, 0, 0, 0, true)).unwrap();
        hw.wait_idle(1_000_000).unwrap();
        hw.read(reg::BUSY_CYCLES).unwrap()
    };
    let (pp1, pp8) = (cost(1), cost(8));
    println!("serial encoder, N = 2: POSTPROCESS(1) {pp1}, POSTPROCESS(8) {pp8}");
    assert_eq!(pp8 - pp1, 7 * 2 * SERIAL_INTERVAL as u32);
}

/// MATMUL and POSTPROCESS on the HX8K's shape (2 x 2, bit-serial multipliers): one vector
/// every `SERIAL_PE_INTERVAL` cycles, so each further vector costs that many cycles, and a
/// prefetched K-tiled stream keeps the array busy in the same proportion; POSTPROCESS keeps
/// the serial encoder's interval (its multiply adds latency only). The figures quoted in
/// docs/architecture.md.
#[test]
fn bit_serial_command_costs() {
    use crate::encoder::SERIAL_INTERVAL;
    use qins_core::accel::SERIAL_PE_INTERVAL;
    let cfg = QinsAccel::<2, 6, 6, 6, 4, 2, 0, 1, 1, 0>::config("bit-serial");
    assert!(cfg.bit_serial);
    let mut hw = Driver::new(HdlBus::<2, 0, 1, 0, 1>::new(), cfg);
    let mut cost = |cmds: &[Command]| -> (u32, u32) {
        hw.write(reg::CONTROL, qins_core::accel::control::CLEAR_COUNTERS)
            .unwrap();
        for c in cmds {
            hw.push(c).unwrap();
        }
        hw.wait_idle(1_000_000).unwrap();
        (
            hw.read(reg::BUSY_CYCLES).unwrap(),
            hw.read(reg::ARRAY_CYCLES).unwrap(),
        )
    };
    cost(&[Command::load_tile(0, 0)]);
    let matmul = |count: u32| {
        Command::matmul(Matmul {
            count,
            ..Default::default()
        })
    };
    let (mm1, _) = cost(&[matmul(1)]);
    let (mm32, _) = cost(&[matmul(32)]);
    // a K-tiled stream: 8 tiles of 48 vectors, each MATMUL prefetching the next tile
    let mut stream = vec![Command::load_tile(0, 0)];
    for t in 0..8u32 {
        stream.push(Command::matmul(Matmul {
            count: 48,
            bank: t % 2,
            accumulate: t > 0,
            prefetch: (t < 7).then_some((t + 1) % 4 * 2),
            ..Default::default()
        }));
    }
    let (total, array) = cost(&stream);
    let per_vector = total as f64 / array as f64;
    let (pp1, _) = cost(&[Command::postprocess(1, 0, 0, 0, true)]);
    let (pp8, _) = cost(&[Command::postprocess(8, 0, 0, 0, true)]);
    println!(
        "bit-serial multipliers, N = 2: MATMUL(1) {mm1}, MATMUL(32) {mm32}; stream of 8 x 48 \
         vectors: {total} busy cycles, {per_vector:.2} per vector; POSTPROCESS(1) {pp1}, \
         POSTPROCESS(8) {pp8}"
    );
    assert_eq!(pp8 - pp1, 7 * 2 * SERIAL_INTERVAL as u32);
    assert_eq!(mm32 - mm1, 31 * SERIAL_PE_INTERVAL as u32);
    assert_eq!(array, 8 * 48);
    assert!(
        per_vector < SERIAL_PE_INTERVAL as f64 * 1.01,
        "{per_vector}"
    );
}

/// The operand range checks at their edges: every command kind, with starts and counts
/// around its memory's size (and the 24- and 32-bit extremes), is refused with BadOperand or
/// runs exactly when the model's `range_exceeds` says so.
#[test]
fn operand_range_edges_match_the_model() {
    use qins_core::accel::TableTarget;
    use qins_core::hw::AluOp;
    let (mut hw, mut model) = both();
    let cfg = hw.cfg;
    let starts = |k: usize| {
        let k = k as u32;
        [0, 1, k - 2, k - 1, k, k + 1, 0xFF_FFFF, u32::MAX]
    };
    let counts = |k: usize| {
        let k = k as u32;
        [1, 2, k - 1, k, k + 1, 0xFFFF]
    };
    let (av, cv) = (cfg.act_vectors(), cfg.acc_vectors());
    let (ae, ce) = (av * cfg.n, cv * cfg.n);
    let mut cmds = vec![];
    for s in starts(cfg.weight_rows()) {
        cmds.push(Command::load_tile(s, 0));
        cmds.push(Command::matmul(Matmul {
            count: 1,
            prefetch: Some(s),
            ..Default::default()
        }));
    }
    for s in starts(cfg.channels()) {
        cmds.push(Command::postprocess(1, 0, 0, s, false));
    }
    for s in starts(ae) {
        cmds.push(Command::load_table(TableTarget::ActDecode, s));
    }
    for s in starts(ce) {
        cmds.push(Command::load_table(TableTarget::OutputThresholds, s));
    }
    for (s, c) in starts(av)
        .into_iter()
        .flat_map(|s| counts(av).map(|c| (s, c)))
    {
        cmds.push(Command::matmul(Matmul {
            count: c,
            act: s,
            ..Default::default()
        }));
        cmds.push(Command::postprocess(c, 0, s, 0, true));
    }
    for (s, c) in starts(cv)
        .into_iter()
        .flat_map(|s| counts(cv).map(|c| (s, c)))
    {
        cmds.push(Command::matmul(Matmul {
            count: c,
            acc: s,
            ..Default::default()
        }));
        cmds.push(Command::postprocess(c, s, 0, 0, false));
        cmds.push(Command::postprocess(c, 0, s, 0, false));
    }
    // int32 results into their own source: refused when the destination starts after the
    // source's start, inside it; codes go to the other memory, where nothing overlaps
    for d in 8..=15 {
        cmds.push(Command::postprocess(4, 10, d, 0, false));
        cmds.push(Command::postprocess(4, 10, d, 0, true));
    }
    for (s, c) in starts(ae)
        .into_iter()
        .flat_map(|s| counts(ae).map(|c| (s, c)))
    {
        cmds.push(Command::alu(AluOp::Add, c, s, 0, 0));
        cmds.push(Command::alu(AluOp::Add, c, 0, s, 0));
        cmds.push(Command::alu(AluOp::Add, c, 0, 0, s));
    }
    for (s, c) in starts(ce)
        .into_iter()
        .flat_map(|s| counts(ce).map(|c| (s, c)))
    {
        cmds.push(Command::alu(AluOp::Encode, c, s, 0, 0));
    }
    let outcome = |d: &mut dyn FnMut() -> Result<u64, DriverError>| match d() {
        Ok(_) => None,
        Err(DriverError::Device { code, .. }) => Some(code),
        Err(e) => panic!("{e:?}"),
    };
    let mut refused = 0;
    for c in &cmds {
        hw.push(c).unwrap();
        model.push(c).unwrap();
        let got = outcome(&mut || hw.wait_idle(100_000));
        let want = outcome(&mut || model.wait_idle(100_000));
        assert_eq!(got, want, "{c:?}");
        if want.is_some() {
            assert_eq!(want, Some(ErrorCode::BadOperand), "{c:?}");
            refused += 1;
            hw.clear_error().unwrap();
            model.clear_error().unwrap();
        }
    }
    // both outcomes occur on every kind's edges
    assert!(
        refused > cmds.len() / 4 && refused < cmds.len(),
        "{refused} of {}",
        cmds.len()
    );
}

/// USEFUL_MACS counts `k_valid x n_valid` per vector for every pair the check lets through
/// (0 means N): the count is a 5 x 5-bit shift-and-add in `MatmulStream`, not a multiplier.
#[test]
fn useful_macs_count_every_k_and_n_valid_pair() {
    let (mut hw, mut model) = both();
    macro_rules! on_both {
        ($c:expr) => {
            hw.push($c).unwrap();
            hw.wait_idle(10_000).unwrap();
            model.push($c).unwrap();
            model.wait_idle(10_000).unwrap();
        };
    }
    on_both!(&Command::load_tile(0, 0));
    for k in 0..=4u32 {
        for n in 0..=4u32 {
            let c = Command::matmul(Matmul {
                count: 1 + k,
                k_valid: k,
                n_valid: n,
                ..Default::default()
            });
            on_both!(&c);
            assert_eq!(
                hw.read(reg::USEFUL_MACS_LO).unwrap(),
                model.read(reg::USEFUL_MACS_LO).unwrap(),
                "k_valid {k}, n_valid {n}"
            );
        }
    }
    // 5 x (1 + 2 + 3 + 4 + 5) vectors' worth, the k = 0 and n = 0 rows counting N
    let want: u32 = (0..=4u32)
        .map(|k| (1 + k) * if k == 0 { 4 } else { k } * (4 + 1 + 2 + 3 + 4))
        .sum();
    assert_eq!(hw.read(reg::USEFUL_MACS_LO).unwrap(), want);
    // back to back, one vector each: every command's count uses its own k and n
    for k in 0..=4u32 {
        for n in 0..=4u32 {
            let c = Command::matmul(Matmul {
                count: 1,
                k_valid: k,
                n_valid: n,
                ..Default::default()
            });
            hw.push(&c).unwrap();
            model.push(&c).unwrap();
        }
        hw.wait_idle(10_000).unwrap();
        model.wait_idle(10_000).unwrap();
        assert_eq!(
            hw.read(reg::USEFUL_MACS_LO).unwrap(),
            model.read(reg::USEFUL_MACS_LO).unwrap(),
            "back to back, k_valid {k}"
        );
    }
}
