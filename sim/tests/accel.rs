//! The `qins_accel_sim8` RTL (Verilator) against `qins_core::hw::AccelModel`: the same host
//! program runs through `qins_host::driver::Driver` on both, and every word read back (memories,
//! registers, errors) must be equal.

use qins_core::accel::{reg, status, AccelConfig, Command, ErrorCode, Matmul, Region, TableTarget};
use qins_core::hw::{mac, AccelModel, AluOp, ChannelParams, DecodeTable, ThresholdEncoder};
use qins_core::rng::SplitMix64;
use qins_host::driver::{Bus, Driver, DriverError};
use qins_sim::{AccelPort, AccelSim};

const CFG: AccelConfig = AccelConfig::SIM8;
const N: usize = 8;
/// Cycle budget of one wait.
const BUDGET: u64 = 20_000_000;

fn both() -> (Driver<AccelSim>, Driver<AccelModel>) {
    (
        Driver::new(AccelSim::new(), CFG),
        Driver::new(AccelModel::new(CFG), CFG),
    )
}

fn read_macs<B: Bus>(d: &mut Driver<B>) -> u64 {
    let hi = d.read(reg::USEFUL_MACS_HI).unwrap() as u64;
    let lo = d.read(reg::USEFUL_MACS_LO).unwrap() as u64;
    assert_eq!(hi, d.read(reg::USEFUL_MACS_HI).unwrap() as u64);
    hi << 32 | lo
}

/// Pushes a command once the queue has room (the model's queue is never full). The
/// driver's `push` waits too since it learned to; this keeps the tests independent of it.
fn push<B: Bus>(d: &mut Driver<B>, c: &Command) {
    while d.status().unwrap() & status::QUEUE_FULL != 0 {
        d.bus.run(16);
    }
    d.push(c).unwrap();
}

/// Compares two word streams; on a difference, names the first few.
fn assert_same(what: &str, rtl: &[u32], model: &[u32]) {
    assert_eq!(rtl.len(), model.len(), "{what}: lengths");
    let diffs: Vec<String> = rtl
        .iter()
        .zip(model)
        .enumerate()
        .filter(|(_, (a, b))| a != b)
        .map(|(i, (a, b))| format!("word {i}: rtl {a:#010x} model {b:#010x}"))
        .collect();
    assert!(
        diffs.is_empty(),
        "{what}: {} of {} words differ: {:#?}",
        diffs.len(),
        rtl.len(),
        &diffs[..diffs.len().min(12)]
    );
}

// ---------------------------------------------------------------------------------------
// Matmul programs

#[derive(Clone, Copy, Debug)]
enum Acts {
    /// Raw i16 over the full range (the i32 accumulators wrap).
    RawFull,
    /// Raw i16 in -1024..1024.
    RawSmall,
    /// Codes in the low byte (garbage in the high byte) through the activation table.
    Codes,
}

#[derive(Clone, Copy, Debug)]
struct Shape {
    m: usize,
    k: usize,
    n: usize,
    acts: Acts,
    /// A second layer of `n2` outputs reading the first layer's encoded outputs as codes.
    chain: Option<usize>,
}

#[derive(Clone, Debug)]
enum Step {
    Push(Command),
    Wait,
}

/// A host program and the data it uploads, made once and run on both drivers.
struct Plan {
    weight_table: DecodeTable,
    act_table: DecodeTable,
    encoder: ThresholdEncoder,
    weights: Vec<u8>,
    acts: Vec<i16>,
    params: Vec<ChannelParams>,
    steps: Vec<Step>,
    /// (first vector, count) ranges read back at the end.
    read_acc: Vec<(usize, usize)>,
    read_act: Vec<(usize, usize)>,
    /// Layer-1 accumulators as plain arithmetic (a check of the harness itself).
    reference: Vec<i32>,
    ref_vector: usize,
}

/// Bump allocators over the three memories.
#[derive(Default)]
struct Alloc {
    rows: usize,
    act: usize,
    acc: usize,
    channels: usize,
}

impl Alloc {
    fn take(next: &mut usize, count: usize, cap: usize, what: &str) -> usize {
        let at = *next;
        *next += count;
        assert!(*next <= cap, "{what} overflow: {} > {cap}", *next);
        at
    }
}

fn random_table(rng: &mut SplitMix64) -> DecodeTable {
    let mut e = [0i16; 256];
    for x in e.iter_mut() {
        *x = rng.next_u64() as i16;
    }
    DecodeTable::from_entries(e)
}

/// Requantization parameters for channels whose accumulators reach `max_abs`: the
/// multiplier and shift put the largest value near the top of the Q15.16 range of the
/// encoders (about 2^23), give or take a few bits, so the codes spread.
fn params_for(rng: &mut SplitMix64, max_abs: i64) -> ChannelParams {
    let mult = (1 << 12) + rng.below(3 << 13) as i64;
    let mult = if rng.below(2) == 0 { mult } else { -mult };
    let bits = 64 - ((max_abs.max(1) * mult.abs()) as u64).leading_zeros() as i64;
    let shift = (bits - 23 + rng.below(5) as i64 - 2).clamp(0, 63);
    ChannelParams {
        multiplier: mult as i16,
        shift: shift as u8,
        bias: (rng.below(1 << 20) as i32 - (1 << 19)) << rng.below(4),
    }
}

/// Tiles of a `kts x nts` layer in issue order: each output tile accumulates over K.
fn matmul_steps(
    steps: &mut Vec<Step>,
    rng: &mut SplitMix64,
    m: usize,
    (kts, nts): (usize, usize),
    (act, acc, w): (usize, usize, usize),
    codes: bool,
    (k_last, n_last): (usize, usize),
) {
    let tiles: Vec<(usize, usize)> = (0..nts)
        .flat_map(|nt| (0..kts).map(move |kt| (nt, kt)))
        .collect();
    let row = |(nt, kt): (usize, usize)| (w + (nt * kts + kt) * N) as u32;
    let mut bank = rng.below(2) as u32;
    steps.push(Step::Push(Command::load_tile(row(tiles[0]), bank)));
    for (i, &(nt, kt)) in tiles.iter().enumerate() {
        let next = tiles.get(i + 1).copied();
        // mostly prefetch the next tile into the other bank; sometimes load it after
        // this MATMUL with LOAD_TILE, into either bank (the one in use, too)
        let prefetch = next.filter(|_| rng.below(5) != 0);
        // a full tile's k_valid / n_valid is encoded as 0 or as N
        let field = |valid: usize, rng: &mut SplitMix64| match valid {
            N if rng.below(2) == 0 => 0,
            v => v as u32,
        };
        let kv = field(if kt + 1 == kts { k_last } else { N }, rng);
        let nv = field(if nt + 1 == nts { n_last } else { N }, rng);
        steps.push(Step::Push(Command::matmul(Matmul {
            count: m as u32,
            act: (act + kt * m) as u32,
            acc: (acc + nt * m) as u32,
            bank,
            accumulate: kt > 0,
            act_codes: codes,
            k_valid: kv,
            n_valid: nv,
            prefetch: prefetch.map(row),
        })));
        if let Some(t) = next {
            if prefetch.is_some() {
                bank ^= 1;
            } else {
                bank = rng.below(2) as u32;
                steps.push(Step::Push(Command::load_tile(row(t), bank)));
            }
        }
        if rng.below(50) == 0 {
            steps.push(Step::Wait);
        }
    }
}

impl Plan {
    fn new(shape: Shape, seed: u64) -> Plan {
        let mut rng = SplitMix64::new(seed);
        let Shape {
            m,
            k,
            n,
            acts,
            chain,
        } = shape;
        let (kts, nts) = (k.div_ceil(N), n.div_ceil(N));
        let mut al = Alloc::default();
        let w1 = Alloc::take(&mut al.rows, kts * nts * N, CFG.weight_rows(), "weights");
        let a1 = Alloc::take(&mut al.act, kts * m, CFG.act_vectors(), "acts");
        let c1 = Alloc::take(&mut al.acc, nts * m, CFG.acc_vectors(), "accs");
        let weight_table = if rng.below(2) == 0 {
            DecodeTable::qins()
        } else {
            random_table(&mut rng)
        };
        let act_table = if rng.below(3) == 0 {
            DecodeTable::qins()
        } else {
            random_table(&mut rng)
        };
        let encoder = if rng.below(2) == 0 {
            ThresholdEncoder::qins()
        } else {
            ThresholdEncoder::int8_symmetric()
        };
        let codes = matches!(acts, Acts::Codes);

        // weights: every code random, padding (k >= K or n >= N) included
        let mut weights: Vec<u8> = (0..al.rows * N).map(|_| rng.next_u64() as u8).collect();
        let act_data: Vec<i16> = (0..al.act * N)
            .map(|_| match acts {
                Acts::RawFull | Acts::Codes => rng.next_u64() as i16,
                Acts::RawSmall => rng.below(2048) as i16 - 1024,
            })
            .collect();

        // the plain-arithmetic layer-1 result, over the padded tiles as the array sees them
        let act_value = |e: i16| {
            if codes {
                act_table.decode(e as u8)
            } else {
                e
            }
        };
        let mut reference = vec![0i32; nts * m * N];
        for nt in 0..nts {
            for kt in 0..kts {
                let row = w1 + (nt * kts + kt) * N;
                for v in 0..m {
                    let a = &act_data[(a1 + kt * m + v) * N..][..N];
                    for j in 0..N {
                        let r = &mut reference[(nt * m + v) * N + j];
                        for (i, &x) in a.iter().enumerate() {
                            let w = weight_table.decode(weights[(row + i) * N + j]);
                            *r = mac::mac(*r, act_value(x), w);
                        }
                    }
                }
            }
        }

        let mut steps = Vec::new();
        let (k_last, n_last) = (k - (kts - 1) * N, n - (nts - 1) * N);
        matmul_steps(
            &mut steps,
            &mut rng,
            m,
            (kts, nts),
            (a1, c1, w1),
            codes,
            (k_last, n_last),
        );

        // post-processing, straight after the MATMULs (no wait): encode to codes in
        // activation memory, and int32 into accumulator memory
        let ch = Alloc::take(&mut al.channels, nts * N, CFG.channels(), "channels");
        let mut params = Vec::new();
        for c in 0..nts * N {
            let max_abs = (0..m)
                .map(|v| reference[((c / N) * m + v) * N + c % N].unsigned_abs() as i64)
                .max()
                .unwrap_or(1);
            params.push(params_for(&mut rng, max_abs));
        }
        let enc_out = Alloc::take(&mut al.act, nts * m, CFG.act_vectors(), "acts");
        let int_out = Alloc::take(&mut al.acc, nts * m, CFG.acc_vectors(), "accs");
        for nt in 0..nts {
            let (src, chan) = ((c1 + nt * m) as u32, (ch + nt * N) as u32);
            steps.push(Step::Push(Command::postprocess(
                m as u32,
                src,
                (enc_out + nt * m) as u32,
                chan,
                true,
            )));
            steps.push(Step::Push(Command::postprocess(
                m as u32,
                src,
                (int_out + nt * m) as u32,
                chan,
                false,
            )));
        }
        let mut read_acc = vec![(c1, nts * m), (int_out, nts * m)];
        let read_act = vec![(enc_out, nts * m)];

        // layer 2: the encoded outputs are its activation codes (same tile layout)
        if let Some(n2) = chain {
            let nts2 = n2.div_ceil(N);
            let w2 = Alloc::take(&mut al.rows, nts * nts2 * N, CFG.weight_rows(), "weights");
            let c2 = Alloc::take(&mut al.acc, nts2 * m, CFG.acc_vectors(), "accs");
            weights.extend((0..nts * nts2 * N * N).map(|_| rng.next_u64() as u8));
            matmul_steps(
                &mut steps,
                &mut rng,
                m,
                (nts, nts2),
                (enc_out, c2, w2),
                true,
                (n_last, n2 - (nts2 - 1) * N),
            );
            read_acc.push((c2, nts2 * m));
        }
        steps.push(Step::Push(Command::barrier(seed as u32)));
        steps.push(Step::Wait);
        Plan {
            weight_table,
            act_table,
            encoder,
            weights,
            acts: act_data,
            params: {
                let mut p = vec![ChannelParams::default(); ch];
                p.extend(params);
                p
            },
            steps,
            read_acc,
            read_act,
            reference,
            ref_vector: c1,
        }
    }

    /// Runs the program; returns every word read back and the MACs it counted.
    fn run<B: Bus>(&self, d: &mut Driver<B>) -> (Vec<u32>, u64) {
        let macs0 = read_macs(d);
        d.write_decode_table(Region::WeightDecodeTable, &self.weight_table)
            .unwrap();
        d.write_decode_table(Region::ActDecodeTable, &self.act_table)
            .unwrap();
        d.write_output_encoder(&self.encoder).unwrap();
        d.write_weight_rows(0, &self.weights).unwrap();
        d.write_act_vectors(0, &self.acts).unwrap();
        d.write_channel_params(0, &self.params).unwrap();
        for s in &self.steps {
            match s {
                Step::Push(c) => push(d, c),
                Step::Wait => {
                    d.wait_idle(BUDGET).unwrap();
                }
            }
        }
        let mut words = Vec::new();
        for &(v, count) in &self.read_acc {
            words.extend(
                d.read_acc_vectors(v, count)
                    .unwrap()
                    .iter()
                    .map(|&x| x as u32),
            );
        }
        for &(v, count) in &self.read_act {
            words.extend(
                d.read_act_vectors(v, count)
                    .unwrap()
                    .iter()
                    .map(|&x| x as u16 as u32),
            );
        }
        for r in [
            reg::STATUS,
            reg::USEFUL_MACS_LO,
            reg::USEFUL_MACS_HI,
            reg::COMMANDS_DONE,
            reg::BARRIER_ID,
            reg::ERROR_INFO,
            reg::CMD0,
            reg::CMD1,
            reg::CMD2,
            reg::CMD3,
        ] {
            words.push(d.read(r).unwrap());
        }
        let macs = read_macs(d) - macs0;
        (words, macs)
    }
}

fn run_shapes(shapes: &[Shape], seed: u64) -> u64 {
    let (mut hw, mut model) = both();
    let mut total = 0u64;
    for (i, &shape) in shapes.iter().enumerate() {
        let plan = Plan::new(shape, seed + i as u64);
        let c0 = hw.bus.cycles();
        let (got, macs) = plan.run(&mut hw);
        let (want, model_macs) = plan.run(&mut model);
        // the harness itself: the model computed a matmul of what was uploaded
        let acc = model
            .read_acc_vectors(plan.ref_vector, plan.reference.len() / N)
            .unwrap();
        assert_eq!(acc, plan.reference, "{shape:?}: model vs plain arithmetic");
        assert_same(&format!("{shape:?}"), &got, &want);
        let (m, k, n) = (shape.m as u64, shape.k as u64, shape.n as u64);
        let expect = m * k * n + shape.chain.map_or(0, |n2| m * n * n2 as u64);
        assert_eq!((macs, model_macs), (expect, expect), "{shape:?}: MACs");
        // not degenerate: many distinct accumulators and codes
        let distinct = |w: &[u32]| w.iter().collect::<std::collections::BTreeSet<_>>().len();
        let accs = plan.reference.len();
        assert!(distinct(&got[..accs]) > accs / 2, "{shape:?}: accumulators");
        let codes = &got[got.len() - 10 - plan.read_act[0].1 * N..got.len() - 10];
        assert!(
            distinct(codes) > 1 && (codes.len() < 64 || distinct(codes) > 16),
            "{shape:?}: codes {:?}",
            &codes[..codes.len().min(64)]
        );
        println!(
            "{shape:?}: {} words equal, {macs} MACs, {} cycles",
            got.len(),
            hw.bus.cycles() - c0
        );
        total += macs;
    }
    total
}

#[test]
fn small_and_odd_matmul_shapes_equal_the_model() {
    let shapes = [
        // M = 1: every command is shorter than the tile prefetch and the result latency
        Shape {
            m: 1,
            k: 64,
            n: 8,
            acts: Acts::RawSmall,
            chain: None,
        },
        Shape {
            m: 1,
            k: 20,
            n: 3,
            acts: Acts::Codes,
            chain: Some(5),
        },
        Shape {
            m: 2,
            k: 9,
            n: 17,
            acts: Acts::RawFull,
            chain: None,
        },
        Shape {
            m: 13,
            k: 200,
            n: 24,
            acts: Acts::Codes,
            chain: Some(16),
        },
        Shape {
            m: 37,
            k: 96,
            n: 40,
            acts: Acts::RawSmall,
            chain: Some(11),
        },
        Shape {
            m: 100,
            k: 130,
            n: 60,
            acts: Acts::RawFull,
            chain: None,
        },
        Shape {
            m: 7,
            k: 8,
            n: 8,
            acts: Acts::Codes,
            chain: Some(8),
        },
    ];
    let macs = run_shapes(&shapes, 0x5100);
    println!("small shapes: {macs} MACs");
}

#[test]
fn large_matmuls_over_ten_million_macs_equal_the_model() {
    let shapes = [
        Shape {
            m: 64,
            k: 256,
            n: 256,
            acts: Acts::RawFull,
            chain: None,
        },
        Shape {
            m: 64,
            k: 256,
            n: 256,
            acts: Acts::Codes,
            chain: None,
        },
        Shape {
            m: 61,
            k: 250,
            n: 254,
            acts: Acts::RawSmall,
            chain: None,
        },
        Shape {
            m: 120,
            k: 64,
            n: 104,
            acts: Acts::Codes,
            chain: Some(24),
        },
    ];
    let macs = run_shapes(&shapes, 0x5200);
    println!("large shapes: {macs} MACs (USEFUL_MACS)");
    assert!(macs >= 10_000_000, "{macs} MACs");
}

/// True when a shape's program fits the memories (see `Plan::new`'s layout).
fn fits(s: &Shape) -> bool {
    let (kts, nts) = (s.k.div_ceil(N), s.n.div_ceil(N));
    let nts2 = s.chain.map_or(0, |n2| n2.div_ceil(N));
    (kts + nts2) * nts * N <= CFG.weight_rows()
        && (kts + nts) * s.m <= CFG.act_vectors()
        && (2 * nts + nts2) * s.m <= CFG.acc_vectors()
        && nts * N <= CFG.channels()
}

#[test]
fn random_matmul_shapes_equal_the_model() {
    let mut rng = SplitMix64::new(0x5300);
    let mut shapes = Vec::new();
    while shapes.len() < 48 {
        let m_max = 1 + rng.below(200);
        let s = Shape {
            m: 1 + rng.below(m_max) as usize,
            k: 1 + rng.below(320) as usize,
            n: 1 + rng.below(200) as usize,
            acts: [Acts::RawFull, Acts::RawSmall, Acts::Codes][rng.below(3) as usize],
            chain: (rng.below(3) == 0).then(|| 1 + rng.below(40) as usize),
        };
        if fits(&s) {
            shapes.push(s);
        }
    }
    let macs = run_shapes(&shapes, 0x5300);
    println!("random shapes: {macs} MACs");
}

// ---------------------------------------------------------------------------------------
// Registers, errors, busy, queue

#[test]
fn identity_config_and_status_registers() {
    let (mut hw, mut model) = both();
    for r in [
        reg::ID,
        reg::CONFIG,
        reg::STATUS,
        reg::BARRIER_ID,
        reg::ERROR_INFO,
    ] {
        assert_eq!(hw.read(r).unwrap(), model.read(r).unwrap(), "register {r}");
    }
    assert_eq!(hw.read(reg::CONFIG).unwrap(), CFG.config_word());
}

/// Runs a list of bad and good requests and commands; logs every outcome.
fn error_program<B: Bus>(d: &mut Driver<B>) -> Vec<Result<u32, DriverError>> {
    type Log = Vec<Result<u32, DriverError>>;
    /// Logs an outcome with the error state it left, then clears the error.
    fn note<B: Bus>(d: &mut Driver<B>, r: Result<u32, DriverError>, log: &mut Log) {
        log.push(r);
        log.push(d.read(reg::STATUS));
        log.push(d.read(reg::ERROR_INFO));
        d.clear_error().unwrap();
        log.push(d.read(reg::STATUS));
    }
    let mut log = Vec::new();
    let words = |r: Region| r.base() + CFG.region_words(r) as u32;
    // bad addresses: gaps, past the configured size of each region, the top of the space
    for a in [
        0x00_0100,
        0x00_0F00,
        0x00_1300,
        0x00_1800,
        0x00_FFFF,
        words(Region::Registers),
        words(Region::ChannelParams),
        words(Region::WeightMemory),
        words(Region::ActMemory),
        words(Region::AccMemory),
        Region::WeightMemory.base() + 1_000_000,
        0x80_0000,
        0xFF_FFFF,
    ] {
        let r = d.write(a, 0x1234_5678).map(|_| 0);
        note(d, r, &mut log);
        let r = d.read(a);
        note(d, r, &mut log);
    }
    // bad access: read a write-only table or register, write a read-only register
    for a in [
        reg::CONTROL,
        Region::WeightDecodeTable.base() + 3,
        Region::OutputEncoderThresholds.base(),
        Region::ChannelParams.base() + 1,
        Region::OutputEncoderCodes.base() + 255,
    ] {
        let r = d.read(a);
        note(d, r, &mut log);
    }
    for a in [
        reg::ID,
        reg::CONFIG,
        reg::STATUS,
        reg::CYCLES_LO,
        reg::ERROR_INFO,
    ] {
        let r = d.write(a, 7).map(|_| 0);
        note(d, r, &mut log);
    }
    // the first error is sticky: a second one does not replace it
    let r = d.write(0x00_0F00, 1).map(|_| 0);
    log.push(r);
    let r = d.read(reg::CONTROL);
    log.push(r);
    log.push(d.read(reg::STATUS));
    log.push(d.read(reg::ERROR_INFO));
    d.clear_error().unwrap();
    // bad opcodes and operands: the command is skipped, the error set, the queue goes on
    let rows = CFG.weight_rows() as u32;
    let (acts, accs) = (CFG.act_vectors() as u32, CFG.acc_vectors() as u32);
    let bad = [
        Command {
            words: [0x3F, 0, 0, 0],
        },
        Command {
            words: [0xFF | (0x7 << 16), 1, 2, 3],
        },
        Command {
            words: [7, 0, 0, 0],
        },
        Command {
            words: [0x80 | (3 << 8) | (1 << 16), 0, 0, 0],
        },
        Command::load_tile(rows - N as u32 + 1, 1),
        Command::load_tile(u32::MAX - 2, 0),
        Command::matmul(Matmul {
            count: 0,
            act: 0,
            acc: 0,
            bank: 0,
            accumulate: false,
            act_codes: false,
            k_valid: 0,
            n_valid: 0,
            prefetch: None,
        }),
        Command::matmul(Matmul {
            count: 2,
            act: acts - 1,
            acc: 0,
            bank: 0,
            accumulate: false,
            act_codes: false,
            k_valid: 0,
            n_valid: 0,
            prefetch: None,
        }),
        Command::matmul(Matmul {
            count: 2,
            act: 0,
            acc: accs - 1,
            bank: 0,
            accumulate: false,
            act_codes: false,
            k_valid: 0,
            n_valid: 0,
            prefetch: None,
        }),
        Command::matmul(Matmul {
            count: 1,
            act: 0,
            acc: 0,
            bank: 0,
            accumulate: false,
            act_codes: false,
            k_valid: 9,
            n_valid: 0,
            prefetch: None,
        }),
        Command::matmul(Matmul {
            count: 1,
            act: 0,
            acc: 0,
            bank: 0,
            accumulate: false,
            act_codes: false,
            k_valid: 0,
            n_valid: 9,
            prefetch: None,
        }),
        Command::matmul(Matmul {
            count: 1,
            act: 0,
            acc: 0,
            bank: 0,
            accumulate: false,
            act_codes: false,
            k_valid: 0,
            n_valid: 0,
            prefetch: Some(rows - 4),
        }),
        Command::postprocess(0, 0, 0, 0, true),
        Command::postprocess(2, accs - 1, 0, 0, false),
        Command::postprocess(2, 0, acts - 1, 0, true),
        Command::postprocess(2, 0, accs - 1, 0, false),
        Command::postprocess(1, 0, 0, CFG.channels() as u32 - 4, false),
        // int32 results into their own source, starting after its start
        Command::postprocess(4, 10, 11, 0, false),
        Command::postprocess(4, 10, 13, 0, false),
    ];
    for c in bad {
        d.push(&c).unwrap();
        // a good command behind the bad one still runs
        d.push(&Command::barrier(c.words[0] ^ 0xB0B0)).unwrap();
        log.push(d.wait_idle(100_000).map(|_| 0));
        log.push(d.read(reg::BARRIER_ID));
        log.push(d.read(reg::COMMANDS_DONE));
        d.clear_error().unwrap();
    }
    // edge operands that are legal
    d.push(&Command::load_tile(rows - N as u32, 1)).unwrap();
    d.push(&Command::matmul(Matmul {
        count: 1,
        act: acts - 1,
        acc: accs - 1,
        bank: 1,
        accumulate: false,
        act_codes: false,
        k_valid: 0,
        n_valid: 0,
        prefetch: Some(0),
    }))
    .unwrap();
    d.push(&Command::postprocess(
        1,
        accs - 1,
        acts - 1,
        CFG.channels() as u32 - 8,
        true,
    ))
    .unwrap();
    d.push(&Command::nop()).unwrap();
    log.push(d.wait_idle(100_000).map(|_| 0));
    log.push(d.error().map(|e| e.map_or(0, |(c, i)| c as u32 ^ i)));
    // still responsive: the registers and a memory round trip
    log.push(d.read(reg::ID));
    d.write(Region::AccMemory.base() + 5, 0xCAFE_F00D).unwrap();
    log.push(d.read(Region::AccMemory.base() + 5));
    log.extend(
        d.read_act_vectors(CFG.act_vectors() - 1, 1)
            .unwrap()
            .iter()
            .map(|&x| Ok(x as u16 as u32)),
    );
    log
}

#[test]
fn bad_requests_and_commands_set_the_same_errors_and_the_unit_stays_responsive() {
    let (mut hw, mut model) = both();
    let got = error_program(&mut hw);
    let want = error_program(&mut model);
    assert_eq!(got.len(), want.len());
    for (i, (g, w)) in got.iter().zip(&want).enumerate() {
        assert_eq!(g, w, "entry {i} of the error log");
    }
    let errors = got.iter().filter(|r| r.is_err()).count();
    assert!(errors > 40, "{errors} errors");
}

#[test]
fn memory_access_while_busy_is_refused_and_queue_overflow_is_reported() {
    let (mut hw, mut model) = both();
    let mut rng = SplitMix64::new(0xB5);
    let acts: Vec<i16> = (0..CFG.act_vectors() * N)
        .map(|_| rng.next_u64() as i16)
        .collect();
    let weights: Vec<u8> = (0..16 * N).map(|_| rng.next_u64() as u8).collect();
    for d in [&mut hw as &mut dyn Prepare, &mut model] {
        d.prepare(&weights, &acts);
    }
    // a long MATMUL keeps the unit busy
    let long = [
        Command::load_tile(0, 0),
        Command::matmul(Matmul {
            count: 4000,
            act: 0,
            acc: 0,
            bank: 0,
            accumulate: false,
            act_codes: false,
            k_valid: 0,
            n_valid: 0,
            prefetch: Some(8),
        }),
    ];
    for c in &long {
        hw.push(c).unwrap();
        model.push(c).unwrap();
    }
    assert_ne!(hw.bus.get(AccelPort::Busy), 0, "busy port");
    let s = hw.status().unwrap();
    assert_ne!(s & status::BUSY, 0, "STATUS.busy: {s:#x}");
    for (a, write) in [
        (Region::ActMemory.base(), true),
        (Region::AccMemory.base() + 9, false),
        (Region::WeightMemory.base(), true),
        (Region::WeightDecodeTable.base(), true),
        (Region::ChannelParams.base(), true),
        (Region::OutputEncoderCodes.base(), true),
    ] {
        let r = if write {
            hw.write(a, 0xFFFF_FFFF).map(|_| 0)
        } else {
            hw.read(a)
        };
        match r {
            Err(DriverError::Bus { code, address }) => {
                assert_eq!((code, address), (ErrorCode::Busy, a))
            }
            other => panic!("access at {a:#x} while busy: {other:?}"),
        }
        assert_eq!(hw.read(reg::ERROR_INFO).unwrap(), a);
        hw.clear_error().unwrap();
    }
    // registers stay accessible while busy
    assert_eq!(hw.read(reg::ID).unwrap(), qins_core::accel::ID_VALUE);
    // fill the queue behind the running command, then one more
    let mut accepted = 0u32;
    let overflow = loop {
        let c = Command::barrier(100 + accepted);
        match raw_push(&mut hw, &c) {
            Ok(()) => {
                model.push(&c).unwrap();
                accepted += 1;
            }
            Err(e) => break e,
        }
        assert!(accepted <= 64, "the queue never filled");
    };
    match overflow {
        DriverError::Bus { code, .. } => assert_eq!(code, ErrorCode::QueueFull),
        other => panic!("{other:?}"),
    }
    let s = hw.status().unwrap();
    assert_ne!(s & status::QUEUE_FULL, 0, "{s:#x}");
    assert_eq!(s >> status::QUEUE_LEVEL_LSB, 1 << CFG.queue_log2, "{s:#x}");
    assert_eq!(accepted, 1 << CFG.queue_log2);
    hw.clear_error().unwrap();
    let waited = hw.wait_idle(BUDGET).unwrap();
    assert!(waited > 0, "the unit was idle at once");
    model.wait_idle(BUDGET).unwrap();
    // the refused accesses and the dropped command left no trace
    let a = hw.snapshot();
    let b = model.snapshot();
    assert_same("after busy and queue errors", &a, &b);
    assert_eq!(hw.read(reg::BARRIER_ID).unwrap(), 100 + accepted - 1);
    assert_eq!(hw.read(reg::COMMANDS_DONE).unwrap(), 2 + accepted);
}

/// CMD0..CMD3 written as they are, without waiting for room in the queue.
fn raw_push<B: Bus>(d: &mut Driver<B>, c: &Command) -> Result<(), DriverError> {
    for (r, &w) in [reg::CMD0, reg::CMD1, reg::CMD2, reg::CMD3]
        .iter()
        .zip(&c.words)
    {
        d.write(*r, w)?;
    }
    Ok(())
}

trait Prepare {
    fn prepare(&mut self, weights: &[u8], acts: &[i16]);
}

impl<B: Bus> Prepare for Driver<B> {
    fn prepare(&mut self, weights: &[u8], acts: &[i16]) {
        self.write_weight_rows(0, weights).unwrap();
        self.write_act_vectors(0, acts).unwrap();
    }
}

trait Snapshot {
    fn snapshot(&mut self) -> Vec<u32>;
}

impl<B: Bus> Snapshot for Driver<B> {
    fn snapshot(&mut self) -> Vec<u32> {
        let mut w: Vec<u32> = self
            .read_acc_vectors(0, 4000)
            .unwrap()
            .iter()
            .map(|&x| x as u32)
            .collect();
        w.extend(
            self.read_act_vectors(0, 4)
                .unwrap()
                .iter()
                .map(|&x| x as u16 as u32),
        );
        for a in 0..4 {
            w.push(self.read(Region::WeightMemory.base() + a).unwrap());
        }
        for r in [
            reg::STATUS,
            reg::USEFUL_MACS_LO,
            reg::BARRIER_ID,
            reg::COMMANDS_DONE,
        ] {
            w.push(self.read(r).unwrap());
        }
        w
    }
}

// ---------------------------------------------------------------------------------------
// Harness

#[test]
fn a_vcd_trace_is_written_on_request() {
    let path = std::env::temp_dir().join(format!("qins-sim-trace-{}.vcd", std::process::id()));
    let mut d = Driver::new(AccelSim::new(), CFG);
    if !qins_sim::TRACING {
        // the default build has no tracing: asking for it says how to get it, writes nothing
        let e = d.bus.trace(&path).unwrap_err();
        assert_eq!(e.kind(), std::io::ErrorKind::Unsupported);
        assert!(e.to_string().contains("--features"), "{e}");
        assert!(!path.exists());
        assert_eq!(d.read(reg::ID).unwrap(), qins_core::accel::ID_VALUE);
        return;
    }
    d.bus.trace(&path).unwrap();
    assert_eq!(d.read(reg::ID).unwrap(), qins_core::accel::ID_VALUE);
    d.bus.cycle(10);
    d.bus.trace_close();
    let vcd = std::fs::read_to_string(&path).unwrap();
    std::fs::remove_file(&path).unwrap();
    assert!(vcd.contains("$enddefinitions"), "no VCD header");
    for name in ["bus_address", "bus_ready", "busy", "clock"] {
        assert!(vcd.contains(name), "{name} not in the trace");
    }
    // 12 cycles, two dumps each, after the time-0 dump
    assert!(vcd.contains("#120"), "the trace does not reach cycle 12");
    // a closed trace is not written any more; a bad path is an error
    d.bus.cycle(5);
    assert!(d.bus.trace("/nonexistent-dir/x.vcd").is_err());
}

#[test]
fn bus_protocol_answers_exactly_two_cycles_after_the_strobe() {
    let mut sim = AccelSim::new();
    sim.cycle(3);
    assert_eq!(sim.get(AccelPort::BusReady), 0);
    let a = sim.request(reg::ID, 0, false);
    assert!(a.ready && !a.early && !a.error, "{a:?}");
    assert_eq!(a.data, qins_core::accel::ID_VALUE);
    // the answer is a one-cycle pulse
    sim.cycle(1);
    assert_eq!(sim.get(AccelPort::BusReady), 0);
    // inputs read back, masked to their width
    sim.set(AccelPort::BusAddress, 0xFFFF_FFFF);
    assert_eq!(sim.get(AccelPort::BusAddress), 0xFF_FFFF);
    assert_eq!(AccelPort::ALL.iter().filter(|p| p.is_input()).count(), 4);
}

#[test]
#[should_panic(expected = "is an output")]
fn setting_an_output_port_panics() {
    AccelSim::new().set(AccelPort::BusReady, 1);
}

// ---------------------------------------------------------------------------------------
// The ALU inside the accelerator: its table regions, ALU (5) and LOAD_TABLE (6)

/// Element-wise ALU ops, ALU table writes over the bus, LOAD_TABLE of every target and
/// its effect, and the bad operands of both commands; logs every outcome and word.
fn alu_program<B: Bus>(d: &mut Driver<B>) -> Vec<Result<u32, DriverError>> {
    let mut rng = SplitMix64::new(0xC0DE);
    let mut log = Vec::new();
    // activations: codes with garbage high bytes; accumulators: Q15.16 values
    let acts: Vec<i16> = (0..512 * N).map(|_| rng.next_u64() as i16).collect();
    d.write_act_vectors(0, &acts).unwrap();
    let accs: Vec<i32> = (0..128 * N)
        .map(|_| (rng.next_u64() as i32) >> (6 + rng.below(20)))
        .collect();
    d.write_acc_vectors(0, &accs).unwrap();
    let mut dst = 1024 * N as u32;
    let ops = |d: &mut Driver<B>, rng: &mut SplitMix64, dst: &mut u32| {
        for op in AluOp::ALL {
            let count = 1 + rng.below(70) as u32;
            let a = rng.below(if op == AluOp::Encode { 900 } else { 3000 }) as u32;
            let b = rng.below(3000) as u32;
            push(d, &Command::alu(op, count, a, b, *dst));
            *dst += count + rng.below(3) as u32;
        }
    };
    ops(d, &mut rng, &mut dst);
    // in place, and writing just before its sources (reads stay ahead of writes)
    push(d, &Command::alu(AluOp::Neg, 40, 100, 0, 100));
    push(d, &Command::alu(AluOp::Add, 40, 300, 301, 299));
    push(d, &Command::alu(AluOp::Mul, 40, 400, 400, 400));
    // across commands: an ALU result read at once by MATMUL (as codes) and by ALU;
    // MATMUL accumulators read at once by ALU ENCODE
    push(d, &Command::load_tile(8, 1));
    push(d, &Command::alu(AluOp::Sub, 64, 700, 800, 64));
    push(
        d,
        &Command::matmul(Matmul {
            count: 8,
            act: 8,
            acc: 100,
            bank: 1,
            accumulate: false,
            act_codes: true,
            k_valid: 0,
            n_valid: 0,
            prefetch: None,
        }),
    );
    push(d, &Command::alu(AluOp::Max, 64, 64, 70, 900));
    push(d, &Command::alu(AluOp::Encode, 64, 800, 0, 1000));
    d.wait_idle(BUDGET).unwrap();
    // the ALU tables by LOAD_TABLE (their bus regions: `alu_table_regions_...`), then
    // the same ops again
    let table = random_table(&mut rng);
    d.write_act_vectors(24000 / N, table.entries()).unwrap();
    let enc = ThresholdEncoder::int8_symmetric();
    let codes: Vec<i16> = enc.code_of_rank().iter().map(|&c| c as i16).collect();
    d.write_act_vectors(25000 / N, &codes).unwrap();
    let mut t = enc.thresholds().to_vec();
    t.push(0);
    d.write_acc_vectors(3000 / N, &t).unwrap();
    push(d, &Command::load_table(TableTarget::AluDecode, 24000));
    push(d, &Command::load_table(TableTarget::AluCodes, 25000));
    push(d, &Command::load_table(TableTarget::AluThresholds, 3000));
    ops(d, &mut rng, &mut dst);
    d.wait_idle(BUDGET).unwrap();
    // LOAD_TABLE: 16-bit sources at element 20000, sorted thresholds at accumulator
    // element 2000
    let src16: Vec<i16> = (0..256).map(|_| rng.next_u64() as i16).collect();
    d.write_act_vectors(20000 / N, &src16).unwrap();
    let mut t: Vec<i32> = (0..256)
        .map(|_| (rng.next_u64() as i32) >> (8 + rng.below(8)))
        .collect();
    t.sort_unstable();
    d.write_acc_vectors(2000 / N, &t).unwrap();
    for target in TableTarget::ALL {
        let src = if target.from_accumulators() {
            2000
        } else {
            20000
        };
        push(d, &Command::load_table(target, src));
    }
    // what the tables now do: a matmul on codes, its encode, ALU DECODE and ENCODE
    push(d, &Command::load_tile(0, 0));
    push(
        d,
        &Command::matmul(Matmul {
            count: 16,
            act: 0,
            acc: 64,
            bank: 0,
            accumulate: false,
            act_codes: true,
            k_valid: 0,
            n_valid: 0,
            prefetch: None,
        }),
    );
    push(d, &Command::postprocess(16, 64, 600, 0, true));
    push(d, &Command::alu(AluOp::Decode, 256, 0, 0, dst));
    push(d, &Command::alu(AluOp::Encode, 256, 0, 0, dst + 256));
    push(d, &Command::alu(AluOp::Lookup, 256, 0, 0, dst + 512));
    dst += 768;
    log.push(d.wait_idle(BUDGET).map(|_| 0));
    // bad operands
    let (act_elems, acc_elems) = (
        (CFG.act_vectors() * N) as u32,
        (CFG.acc_vectors() * N) as u32,
    );
    let bad = [
        Command::alu(AluOp::Add, 0, 0, 0, 0),
        Command::alu(AluOp::Add, 2, act_elems - 1, 0, 0),
        Command::alu(AluOp::Add, 2, 0, act_elems - 1, 0),
        Command::alu(AluOp::Add, 2, 0, 0, act_elems - 1),
        Command::alu(AluOp::Encode, 2, acc_elems - 1, 0, 0),
        Command {
            words: [5 | (10 << 8) | (1 << 16), 0, 0, 0],
        },
        Command {
            words: [6 | (8 << 8), 0, 0, 0],
        },
        Command::load_table(TableTarget::ActDecode, act_elems - 255),
        Command::load_table(TableTarget::AluThresholds, acc_elems - 254),
    ];
    for c in bad {
        d.push(&c).unwrap();
        log.push(d.wait_idle(100_000).map(|_| 0));
        d.clear_error().unwrap();
    }
    // legal edges
    push(
        d,
        &Command::alu(AluOp::Sub, 3, act_elems - 3, act_elems - 3, act_elems - 3),
    );
    push(d, &Command::alu(AluOp::Encode, 1, acc_elems - 1, 0, 5));
    push(
        d,
        &Command::load_table(TableTarget::OutputCodes, act_elems - 256),
    );
    log.push(d.wait_idle(BUDGET).map(|_| 0));
    // the ALU table regions: write-only
    for r in [
        Region::AluDecodeTable,
        Region::AluEncoderThresholds,
        Region::AluEncoderCodes,
    ] {
        for off in [0, CFG.region_words(r) as u32 - 1] {
            log.push(d.read(r.base() + off));
            d.clear_error().unwrap();
        }
    }
    // every word the program may have changed
    let words = |v: Vec<i16>| v.into_iter().map(|x| Ok(x as u16 as u32));
    log.extend(words(
        d.read_act_vectors(0, (dst as usize).div_ceil(N)).unwrap(),
    ));
    log.extend(words(d.read_act_vectors(CFG.act_vectors() - 1, 1).unwrap()));
    log.extend(
        d.read_acc_vectors(64, 48)
            .unwrap()
            .into_iter()
            .map(|x| Ok(x as u32)),
    );
    for r in [reg::STATUS, reg::COMMANDS_DONE, reg::ERROR_INFO] {
        log.push(d.read(r));
    }
    log
}

#[test]
fn alu_tables_and_commands_equal_the_model() {
    let (mut hw, mut model) = both();
    let got = alu_program(&mut hw);
    let want = alu_program(&mut model);
    assert_eq!(got.len(), want.len());
    let diffs: Vec<String> = got
        .iter()
        .zip(&want)
        .enumerate()
        .filter(|(_, (g, w))| g != w)
        .map(|(i, (g, w))| format!("entry {i}: rtl {g:x?} model {w:x?}"))
        .collect();
    assert!(
        diffs.is_empty(),
        "{} of {} entries differ: {:#?}",
        diffs.len(),
        got.len(),
        &diffs[..diffs.len().min(12)]
    );
}

/// `ALU` is defined element by element (`for e in 0..count: act[d+e] = op(act[a+e],
/// act[b+e])`), so a destination 1..=5 elements past a source reads results of the same
/// command. The smallest case: NEG of 2 elements from element 0 to element 1.
#[test]
fn alu_command_whose_destination_is_just_past_its_source() {
    // A destination starting inside a source range, after its start, would read results the
    // pipeline has not written yet: both the RTL and the model refuse it (BadOperand) and
    // leave memory alone. In place (destination = source) and disjoint ranges run.
    fn run<B: Bus>(d: &mut Driver<B>, c: &Command) -> (Option<ErrorCode>, Vec<i16>) {
        let acts: Vec<i16> = (0..2 * N as i16).map(|i| 3 * i + 1).collect();
        d.write_act_vectors(0, &acts).unwrap();
        d.push(c).unwrap();
        let err = match d.wait_idle(100_000) {
            Ok(_) => None,
            Err(DriverError::Device { code, .. }) => Some(code),
            Err(e) => panic!("{e}"),
        };
        d.clear_error().unwrap();
        (err, d.read_act_vectors(0, 2).unwrap())
    }
    let cases = [
        (
            Command::alu(AluOp::Neg, 2, 0, 0, 1),
            Some(ErrorCode::BadOperand),
        ),
        (
            Command::alu(AluOp::Neg, 8, 0, 0, 5),
            Some(ErrorCode::BadOperand),
        ),
        (
            Command::alu(AluOp::Add, 3, 8, 0, 1),
            Some(ErrorCode::BadOperand),
        ),
        (Command::alu(AluOp::Neg, 8, 0, 0, 0), None),
        (Command::alu(AluOp::Add, 4, 8, 0, 0), None),
        (Command::alu(AluOp::Neg, 4, 0, 0, 12), None),
    ];
    for (c, want_err) in cases {
        let (mut hw, mut model) = both();
        let (got, want) = (run(&mut hw, &c), run(&mut model, &c));
        assert_eq!(got, want, "{c:x?}");
        assert_eq!(got.0, want_err, "{c:x?}");
    }
}

/// The ALU table regions written over the bus (`docs/registers.md`: AluDecodeTable,
/// AluEncoderThresholds, AluEncoderCodes, write-only) change what ALU DECODE and ENCODE
/// give. The smallest case: rank 128 (the rank of 0) of the ALU encoder set to code 0x00.
#[test]
fn alu_table_regions_written_over_the_bus_change_the_alu() {
    fn run<B: Bus>(d: &mut Driver<B>, writes: &[(u32, u32)]) -> Vec<i16> {
        d.write_acc_vectors(0, &[0, 1 << 16, -(3 << 16), 5, 0, 0, 0, 0])
            .unwrap();
        d.write_act_vectors(1, &[0x10, 0x20, 0x7F, 0x80, 0xFF, 1, 2, 3])
            .unwrap();
        for &(a, v) in writes {
            d.write(a, v).unwrap();
        }
        d.push(&Command::alu(AluOp::Encode, 4, 0, 0, 0)).unwrap();
        d.push(&Command::alu(AluOp::Decode, 8, 8, 0, 16)).unwrap();
        d.push(&Command::alu(AluOp::Lookup, 8, 8, 0, 24)).unwrap();
        d.wait_idle(100_000).unwrap();
        d.read_act_vectors(0, 4).unwrap()
    }
    let mut diffs = Vec::new();
    for writes in [
        vec![(Region::AluEncoderCodes.base() + 128, 0x00)],
        vec![(Region::AluEncoderThresholds.base() + 127, 1)],
        vec![(Region::AluDecodeTable.base() + 0x20, 0x1234)],
        vec![(Region::AluLookupTable.base() + 0x20, 0xAB)],
    ] {
        let (mut hw, mut model) = both();
        let (got, want) = (run(&mut hw, &writes), run(&mut model, &writes));
        if got != want {
            diffs.push(format!("writes {writes:x?}: rtl {got:x?} model {want:x?}"));
        }
    }
    assert!(diffs.is_empty(), "{diffs:#?}");
}

/// Commands that read what the command just before them wrote, with no wait between
/// them: accumulators post-processed in place then accumulated into, codes encoded then
/// loaded as a table and read by a MATMUL, ALU results loaded as a table.
fn hazard_program<B: Bus>(d: &mut Driver<B>, m: u32) -> Vec<u32> {
    let mut rng = SplitMix64::new(0xD00D + m as u64);
    let acts: Vec<i16> = (0..512 * N).map(|_| rng.next_u64() as i16 >> 4).collect();
    let weights: Vec<u8> = (0..32 * N).map(|_| rng.next_u64() as u8).collect();
    let params: Vec<ChannelParams> = (0..16).map(|_| params_for(&mut rng, 1 << 22)).collect();
    d.write_act_vectors(0, &acts).unwrap();
    d.write_weight_rows(0, &weights).unwrap();
    d.write_channel_params(0, &params).unwrap();
    let n = N as u32;
    for c in [
        Command::load_tile(0, 0),
        Command::matmul(Matmul {
            count: m,
            act: 0,
            acc: 0,
            bank: 0,
            accumulate: false,
            act_codes: false,
            k_valid: 0,
            n_valid: 0,
            prefetch: Some(8),
        }),
        // in place, then accumulated into at once
        Command::postprocess(m, 0, 0, 0, false),
        Command::matmul(Matmul {
            count: m,
            act: m,
            acc: 0,
            bank: 1,
            accumulate: true,
            act_codes: false,
            k_valid: 0,
            n_valid: 0,
            prefetch: Some(16),
        }),
        Command::postprocess(m, 0, 300, 8, true),
        // the encoded codes as the activation table, then as activation codes
        Command::load_table(TableTarget::ActDecode, 300 * n),
        Command::matmul(Matmul {
            count: m,
            act: 300,
            acc: 100,
            bank: 0,
            accumulate: false,
            act_codes: true,
            k_valid: 0,
            n_valid: 0,
            prefetch: None,
        }),
        // an ALU result as the weight table, then a tile through it
        Command::alu(AluOp::Mul, 256, 0, 8, 400 * n),
        Command::load_table(TableTarget::WeightDecode, 400 * n),
        Command::load_tile(24, 1),
        Command::matmul(Matmul {
            count: m,
            act: 0,
            acc: 200,
            bank: 1,
            accumulate: false,
            act_codes: false,
            k_valid: 0,
            n_valid: 0,
            prefetch: None,
        }),
        Command::postprocess(m, 200, 200, 0, false),
        Command::barrier(9),
    ] {
        push(d, &c);
    }
    d.wait_idle(BUDGET).unwrap();
    let mut w: Vec<u32> = d
        .read_acc_vectors(0, 300)
        .unwrap()
        .into_iter()
        .map(|x| x as u32)
        .collect();
    w.extend(
        d.read_act_vectors(300, m as usize + 40)
            .unwrap()
            .into_iter()
            .map(|x| x as u16 as u32),
    );
    w.push(d.read(reg::STATUS).unwrap());
    w
}

#[test]
fn commands_reading_what_the_previous_command_wrote_equal_the_model() {
    for m in [1, 2, 5, 16, 37] {
        let (mut hw, mut model) = both();
        let got = hazard_program(&mut hw, m);
        let want = hazard_program(&mut model, m);
        assert_same(&format!("hazards, M = {m}"), &got, &want);
        let distinct = got.iter().collect::<std::collections::BTreeSet<_>>().len();
        assert!(
            distinct > 8 * m as usize,
            "M = {m}: {distinct} distinct words"
        );
    }
}
