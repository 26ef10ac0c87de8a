//! The `qins_alu` RTL (Verilator) against `qins_core::hw::QinsAlu::execute`, exhaustively for the
//! code ops and on every rounding boundary for ENCODE. Every result must be equal.

use qins_core::hw::{AluOp, DecodeTable, QinsAlu, ThresholdEncoder, UnaryFunction};
use qins_core::rng::SplitMix64;
use qins_sim::{AluIssue, AluPort, AluSim, ALU_LATENCY};

/// Streams `ops` through the RTL and compares every result with `model`; returns the count.
fn check(sim: &mut AluSim, model: &QinsAlu, ops: &[AluIssue]) -> usize {
    let got = sim.run(ops);
    let mut bad = Vec::new();
    for (o, g) in ops.iter().zip(&got) {
        let (want, illegal) = match AluOp::from_opcode(o.op) {
            Some(op) => (model.execute(op, o.a, o.b), false),
            None => (0, true),
        };
        if (g.result, g.illegal) != (want, illegal) {
            bad.push(format!(
                "op {} a {:#010x} b {:#010x}: rtl {:#010x} illegal {}, model {want:#010x} illegal {illegal}",
                o.op, o.a, o.b, g.result, g.illegal
            ));
        }
    }
    assert!(
        bad.is_empty(),
        "{} of {} results differ, first: {:#?}",
        bad.len(),
        ops.len(),
        &bad[..bad.len().min(10)]
    );
    ops.len()
}

/// Random upper 24 bits on a code operand: code ops must ignore them.
fn junk_high(rng: &mut SplitMix64, code: u8) -> u32 {
    (rng.next_u64() as u32 & 0xFFFF_FF00) | code as u32
}

#[test]
fn binary_ops_on_all_65536_operand_pairs() {
    let model = QinsAlu::default();
    let mut sim = AluSim::new();
    let mut rng = SplitMix64::new(0xA1);
    let mut checked = 0;
    for op in AluOp::BINARY {
        let ops: Vec<AluIssue> = (0..65536u32)
            .map(|i| {
                let (a, b) = ((i >> 8) as u8, i as u8);
                // a third of the pairs carry garbage in the upper 24 bits
                let (a, b) = if i % 3 == 0 {
                    (junk_high(&mut rng, a), junk_high(&mut rng, b))
                } else {
                    (a as u32, b as u32)
                };
                AluIssue {
                    op: op.opcode(),
                    a,
                    b,
                }
            })
            .collect();
        checked += check(&mut sim, &model, &ops);
    }
    assert_eq!(checked, 5 * 65536);
    println!("binary ops: {checked} operand pairs equal the model");
}

#[test]
fn neg_abs_decode_on_all_256_codes_and_illegal_opcodes() {
    let model = QinsAlu::default();
    let mut sim = AluSim::new();
    let mut rng = SplitMix64::new(0xA2);
    let mut ops = Vec::new();
    for op in [AluOp::Neg, AluOp::Abs, AluOp::Decode] {
        for code in 0..=255u8 {
            ops.push(AluIssue {
                op: op.opcode(),
                a: code as u32,
                b: rng.next_u64() as u32,
            });
            ops.push(AluIssue {
                op: op.opcode(),
                a: junk_high(&mut rng, code),
                b: rng.next_u64() as u32,
            });
        }
    }
    for op in 10..=15u8 {
        for _ in 0..8 {
            ops.push(AluIssue {
                op,
                a: rng.next_u64() as u32,
                b: rng.next_u64() as u32,
            });
        }
    }
    let n = check(&mut sim, &model, &ops);
    println!("unary/decode/illegal: {n} ops equal the model");
}

/// ENCODE inputs: every threshold of the table and its neighbours, the extremes, then
/// `random` seeded i32 (half uniform, half scaled down into the table's range).
fn encode_inputs(enc: &ThresholdEncoder, rng: &mut SplitMix64, random: usize) -> Vec<u32> {
    let mut v: Vec<u32> = enc
        .thresholds()
        .iter()
        .flat_map(|&t| [t.wrapping_sub(1), t, t.wrapping_add(1)])
        .chain([i32::MIN, i32::MIN + 1, -1, 0, 1, i32::MAX - 1, i32::MAX])
        .map(|x| x as u32)
        .collect();
    for i in 0..random {
        let x = rng.next_u64() as i32;
        v.push(if i % 2 == 0 {
            x
        } else {
            x >> (4 + rng.below(24))
        } as u32);
    }
    v
}

#[test]
fn encode_on_every_threshold_and_a_million_random_inputs() {
    let model = QinsAlu::default();
    let mut sim = AluSim::new();
    let mut rng = SplitMix64::new(0xA3);
    let inputs = encode_inputs(&ThresholdEncoder::qins(), &mut rng, 1_000_000);
    let ops: Vec<AluIssue> = inputs
        .iter()
        .map(|&a| AluIssue {
            op: AluOp::Encode.opcode(),
            a,
            b: rng.next_u64() as u32,
        })
        .collect();
    let n = check(&mut sim, &model, &ops);
    assert!(n >= 255 * 3 + 1_000_000);
    println!("encode: {n} inputs equal the model");
}

#[test]
fn a_random_mix_of_every_opcode_back_to_back() {
    let model = QinsAlu::default();
    let mut sim = AluSim::new();
    let mut rng = SplitMix64::new(0xA4);
    let ops: Vec<AluIssue> = (0..200_000)
        .map(|_| {
            let op = rng.below(16) as u8;
            let a = if op == AluOp::Encode.opcode() {
                (rng.next_u64() as i32 >> rng.below(28)) as u32
            } else {
                rng.next_u64() as u32
            };
            AluIssue {
                op,
                a,
                b: rng.next_u64() as u32,
            }
        })
        .collect();
    let n = check(&mut sim, &model, &ops);
    println!("mixed stream: {n} ops equal the model");
}

#[test]
fn lookup_tables_of_functions_on_all_256_codes() {
    // each table as the host builds it (codes at one alpha in, another out), written through
    // the LOOKUP table's port, then every code looked up: RTL and model equal
    let mut sim = AluSim::new();
    let mut rng = SplitMix64::new(0x100C);
    let mut checked = 0;
    for f in UnaryFunction::ALL {
        let (table, name) = (f.table(4.0, 0.25), f.name());
        for (code, &result) in table.entries().iter().enumerate() {
            sim.write_lookup(code as u8, result);
        }
        let model = QinsAlu {
            lookup_table: table,
            ..Default::default()
        };
        let ops: Vec<AluIssue> = (0..=255u8)
            .map(|code| AluIssue {
                op: AluOp::Lookup.opcode(),
                a: junk_high(&mut rng, code),
                b: rng.next_u64() as u32,
            })
            .collect();
        let n = check(&mut sim, &model, &ops);
        assert_eq!(n, 256, "{name}");
        checked += n;
    }
    println!("lookup tables: {checked} codes equal the model");
}

#[test]
fn table_write_ports_change_decode_and_encode() {
    let mut sim = AluSim::new();
    let mut rng = SplitMix64::new(0xA5);
    // a random decode table and the INT8 encoder, written through the ports
    let mut entries = [0i16; 256];
    for e in entries.iter_mut() {
        *e = rng.next_u64() as i16;
    }
    let enc = ThresholdEncoder::int8_symmetric();
    for (c, &v) in entries.iter().enumerate() {
        sim.write_decode(c as u8, v);
    }
    for (i, &t) in enc.thresholds().iter().enumerate() {
        sim.write_threshold(i as u8, t);
    }
    for (r, &c) in enc.code_of_rank().iter().enumerate() {
        sim.write_code(r as u8, c);
    }
    let model = QinsAlu {
        decode_table: DecodeTable::from_entries(entries),
        encoder: enc.clone(),
        ..Default::default()
    };
    let mut ops: Vec<AluIssue> = (0..=255u32)
        .map(|c| AluIssue {
            op: AluOp::Decode.opcode(),
            a: c,
            b: 0,
        })
        .collect();
    ops.extend(
        encode_inputs(&enc, &mut rng, 20_000)
            .into_iter()
            .map(|a| AluIssue {
                op: AluOp::Encode.opcode(),
                a,
                b: 0,
            }),
    );
    let n = check(&mut sim, &model, &ops);
    println!("written tables: {n} ops equal the model");
}

#[test]
fn ports_read_back_and_latency_is_fixed() {
    let mut sim = AluSim::new();
    for (i, p) in AluPort::ALL.into_iter().enumerate() {
        if p.is_input() && !matches!(p, AluPort::InValid) && !p_is_enable(p) {
            sim.set(p, 0x5A5A_5A5A ^ i as u32);
            assert_ne!(sim.get(p), 0, "{p:?}");
        }
    }
    sim.set(AluPort::InValid, 0);
    // one op by hand: out_valid rises exactly ALU_LATENCY cycles after the issue cycle
    sim.set(AluPort::Op, AluOp::Add.opcode() as u32);
    sim.set(AluPort::A, 63);
    sim.set(AluPort::B, 63);
    sim.set(AluPort::InTag, 0xBEEF);
    sim.set(AluPort::InValid, 1);
    sim.cycle(1);
    sim.set(AluPort::InValid, 0);
    let mut seen = None;
    for c in 1..=2 * ALU_LATENCY {
        if sim.get(AluPort::OutValid) == 1 {
            seen = Some(c);
            break;
        }
        sim.cycle(1);
    }
    assert_eq!(seen, Some(ALU_LATENCY));
    assert_eq!(sim.get(AluPort::OutTag), 0xBEEF);
    assert_eq!(
        sim.get(AluPort::Result),
        QinsAlu::default().execute(AluOp::Add, 63, 63)
    );
    assert_eq!(sim.get(AluPort::OutIllegal), 0);
}

fn p_is_enable(p: AluPort) -> bool {
    matches!(
        p,
        AluPort::DecodeWriteEnable
            | AluPort::ThresholdWriteEnable
            | AluPort::CodeWriteEnable
            | AluPort::LookupWriteEnable
    )
}

#[test]
#[should_panic(expected = "is an output")]
fn setting_an_output_port_panics() {
    AluSim::new().set(AluPort::Result, 1);
}
