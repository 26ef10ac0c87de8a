use super::*;
use crate::bench::ClockedBench;
use crate::table_write::drive_encoder_entry;
use qins_core::hw::AluOp;
use qins_core::rng::SplitMix64;
use std::collections::VecDeque;

/// One issue slot: `None` is a bubble (`in_valid = 0`).
type Slot = Option<(u8, u32, u32)>;

struct Expected {
    due: u64,
    tag: u16,
    result: u32,
    illegal: bool,
    what: String,
}

/// Streams `slots` back to back (one per cycle), checks every output against the model
/// (`qins_core::hw::QinsAlu::execute`) with its tag, order and exact latency, then drains.
fn stream(
    b: &mut ClockedBench<QinsAlu>,
    model: &qins_core::hw::QinsAlu,
    slots: &[Slot],
    tag0: u16,
) {
    let mut pending: VecDeque<Expected> = VecDeque::new();
    let mut tag = tag0;
    for slot in slots.iter().copied().chain((0..LATENCY).map(|_| None)) {
        match slot {
            Some((op, x, y)) => {
                b.uut.in_valid.next = true;
                b.uut.op.next = (op as u64).into();
                b.uut.a.next = (x as u64).into();
                b.uut.b.next = (y as u64).into();
                b.uut.in_tag.next = (tag as u64).into();
                let (result, illegal) = match AluOp::from_opcode(op) {
                    None => (0, true),
                    Some(o) => (model.execute(o, x, y), false),
                };
                pending.push_back(Expected {
                    due: b.cycles + LATENCY as u64,
                    tag,
                    result,
                    illegal,
                    what: format!("op {op} a {x:#010x} b {y:#010x}"),
                });
                tag = tag.wrapping_add(1);
            }
            None => {
                b.uut.in_valid.next = false;
                // Garbage on the other inputs of a bubble must not matter.
                b.uut.op.next = 2u64.into();
                b.uut.a.next = 0xDEAD_BEEFu64.into();
            }
        }
        b.cycle();
        let now = b.cycles;
        if b.uut.out_valid.val() {
            let e = pending.pop_front().expect("an output with nothing pending");
            assert_eq!(e.due, now, "latency of {}", e.what);
            assert_eq!(b.uut.out_tag.val().to_u16(), e.tag, "tag of {}", e.what);
            assert_eq!(
                b.uut.result.val().to_u32(),
                e.result,
                "result of {}",
                e.what
            );
            assert_eq!(
                b.uut.out_illegal.val(),
                e.illegal,
                "illegal flag of {}",
                e.what
            );
        } else {
            assert!(!b.uut.out_illegal.val(), "out_illegal without out_valid");
            if let Some(e) = pending.front() {
                assert!(e.due > now, "missing output for {}", e.what);
            }
        }
    }
    assert!(pending.is_empty());
}

fn bench() -> ClockedBench<QinsAlu> {
    ClockedBench::new(QinsAlu::default())
}

const EDGE_CODES: [u8; 11] = [
    0x00, 0x01, 0x3F, 0x40, 0x7E, 0x7F, 0x80, 0x81, 0xBF, 0xFE, 0xFF,
];

#[test]
fn edge_codes_every_op_every_pair() {
    let model = qins_core::hw::QinsAlu::default();
    let mut rng = SplitMix64::new(1);
    let mut slots = Vec::new();
    for op in AluOp::ALL {
        for x in EDGE_CODES {
            for y in EDGE_CODES {
                // Garbage in the upper 24 bits: code ops read the low byte only (for
                // ENCODE this is just a random i32).
                let hx = (rng.next_u64() as u32) & 0xFFFF_FF00;
                let hy = (rng.next_u64() as u32) & 0xFFFF_FF00;
                slots.push(Some((op.opcode(), hx | x as u32, hy | y as u32)));
            }
        }
    }
    stream(&mut bench(), &model, &slots, 0x8000);
}

#[test]
fn random_stream_with_bubbles_and_illegal_opcodes() {
    let model = qins_core::hw::QinsAlu::default();
    let mut rng = SplitMix64::new(0x5EED);
    let mut slots = Vec::new();
    for _ in 0..600 {
        let r = rng.below(100);
        slots.push(if r < 8 {
            None
        } else if r < 12 {
            Some((
                9 + rng.below(7) as u8,
                rng.next_u64() as u32,
                rng.next_u64() as u32,
            ))
        } else {
            let op = rng.below(9) as u8;
            let a = if op == AluOp::Encode.opcode() {
                encode_probe(&model, &mut rng)
            } else {
                rng.next_u64() as u32
            };
            Some((op, a, rng.next_u64() as u32))
        });
    }
    stream(&mut bench(), &model, &slots, 0xFFF0);
}

/// Operand pairs whose exact ADD/SUB/MUL result lies exactly on a midpoint, where
/// the search's strict `>` decides the tie (away from zero). Test-vector selection
/// only: the expected results still come from the model.
fn tie_pairs(op: AluOp) -> Vec<(u8, u8)> {
    let model = qins_core::hw::QinsAlu::default();
    let signed = |c: u8| {
        let (n, d) = qins_core::format::lambda_ratio(qins_core::format::magnitude_index(c));
        let n = n as i64;
        (
            if qins_core::format::is_negative(c) {
                -n
            } else {
                n
            },
            d as i64,
        )
    };
    let mut out = Vec::new();
    for x in 0..=255u8 {
        for y in 0..=255u8 {
            let ((na, da), (nb, db)) = (signed(x), signed(y));
            let (num, den) = match op {
                AluOp::Add => (na * db + nb * da, da * db),
                AluOp::Sub => (na * db - nb * da, da * db),
                _ => (na * nb, da * db),
            };
            let m = qins_core::format::magnitude_index(model.binary(op, x, y)) as i64;
            let on_midpoint = (m - 1..=m).filter(|k| (0..127).contains(k)).any(|k| {
                let (p, q) = qins_core::format::midpoint_ratio(k as u8);
                p as i64 * den == num.abs() * q as i64
            });
            if on_midpoint {
                out.push((x, y));
            }
        }
    }
    out
}

#[test]
fn exact_ties_and_every_result_code() {
    let model = qins_core::hw::QinsAlu::default();
    let mut rng = SplitMix64::new(7);
    let mut slots = Vec::new();
    for op in [AluOp::Add, AluOp::Sub, AluOp::Mul] {
        let ties = tie_pairs(op);
        eprintln!("{op:?}: {} operand pairs on a midpoint", ties.len());
        assert!(!ties.is_empty());
        // All of them, or 150 drawn at random.
        for i in 0..ties.len().min(150) {
            let j = if ties.len() <= 150 {
                i
            } else {
                rng.below(ties.len() as u64) as usize
            };
            let (x, y) = ties[j];
            slots.push(Some((op.opcode(), x as u32, y as u32)));
        }
    }
    // Every code as a search result (lambda_63 = 1, 0x7F and 0xFF are zero).
    for x in 0..=255u32 {
        slots.push(Some((AluOp::Mul.opcode(), x, 0x3F)));
        slots.push(Some((AluOp::Add.opcode(), x, 0xFF)));
        slots.push(Some((AluOp::Sub.opcode(), 0x7F, x)));
    }
    stream(&mut bench(), &model, &slots, 0);
}

#[test]
fn illegal_opcodes_return_zero_and_flag() {
    let model = qins_core::hw::QinsAlu::default();
    let slots: Vec<Slot> = (10..16u8)
        .flat_map(|op| [Some((op, 0x0000_0001, 0x81)), Some((op, 0xFFFF_FFFF, 0x3F))])
        .collect();
    stream(&mut bench(), &model, &slots, 0x1234);
}

fn decode_all(b: &mut ClockedBench<QinsAlu>, model: &qins_core::hw::QinsAlu) {
    let slots: Vec<Slot> = (0..=255u32)
        .map(|c| Some((AluOp::Decode.opcode(), 0xABCD_EF00 | c, 0)))
        .collect();
    stream(b, model, &slots, 0);
}

#[test]
fn decode_all_codes_default_and_programmed_tables() {
    let mut b = bench();
    decode_all(&mut b, &qins_core::hw::QinsAlu::default());
    let int8 = qins_core::hw::DecodeTable::int8_identity();
    for code in 0..=255u8 {
        let value = Signed::<16>::from(int8.decode(code) as i64);
        b.uut.decode_write.drive(Some((code, value)));
        b.cycle();
    }
    b.uut.decode_write.drive(None);
    let model = qins_core::hw::QinsAlu {
        decode_table: int8,
        ..Default::default()
    };
    decode_all(&mut b, &model);
}

#[test]
fn lookup_all_codes_identity_and_programmed_tables() {
    let lookup_all = |b: &mut ClockedBench<QinsAlu>, model: &qins_core::hw::QinsAlu| {
        let slots: Vec<Slot> = (0..=255u32)
            .map(|c| Some((AluOp::Lookup.opcode(), 0x5A5A_5A00 | c, 0xFFFF_FFFF)))
            .collect();
        stream(b, model, &slots, 0);
    };
    let mut b = bench();
    lookup_all(&mut b, &qins_core::hw::QinsAlu::default());
    // a random table, written while LOOKUPs of the identity are in flight
    let mut rng = SplitMix64::new(0x100C);
    let mut table = qins_core::hw::LookupTable::identity();
    for code in 0..=255u8 {
        let result = rng.next_u64() as u8;
        table.write(code, result);
        b.uut
            .lookup_write
            .drive(Some((code, Bits::<8>::from(result as u64))));
        b.cycle();
    }
    b.uut.lookup_write.drive(None);
    let model = qins_core::hw::QinsAlu {
        lookup_table: table,
        ..Default::default()
    };
    lookup_all(&mut b, &model);
}

#[test]
fn decode_sees_writes_up_to_its_issue_cycle() {
    let mut b = bench();
    let old = qins_core::hw::DecodeTable::qins().decode(0x05);
    // Per cycle: (issue DECODE of code 5, write table[5] in the same cycle).
    let cycles = [
        (true, None),
        (true, Some(-7)),
        (true, Some(-9)),
        (false, Some(-11)),
        (true, None),
    ];
    let mut results = Vec::new();
    for (issue, write) in cycles.into_iter().chain([(false, None); LATENCY]) {
        b.uut.in_valid.next = issue;
        b.uut.op.next = (AluOp::Decode.opcode() as u64).into();
        b.uut.a.next = 0x05u64.into();
        let write = write.map(|v| (0x05, Signed::<16>::from(v as i64)));
        b.uut.decode_write.drive(write);
        b.cycle();
        if b.uut.out_valid.val() {
            results.push(b.uut.result.val().to_u32() as i32);
        }
    }
    assert_eq!(results, [old as i32, -7, -9, -11]);
}

/// An ENCODE input: a threshold of the model's table or a neighbour (where the
/// rounding is decided), or a random i32 scaled down by a random shift.
fn encode_probe(model: &qins_core::hw::QinsAlu, rng: &mut SplitMix64) -> u32 {
    let t = model.encoder.thresholds();
    if rng.below(2) == 0 {
        let v = t[rng.below(t.len() as u64) as usize];
        v.wrapping_add(rng.below(3) as i32 - 1) as u32
    } else {
        ((rng.next_u64() as i32) >> rng.below(24)) as u32
    }
}

fn encode_every_threshold(b: &mut ClockedBench<QinsAlu>, model: &qins_core::hw::QinsAlu) {
    let mut slots: Vec<Slot> = [i32::MIN, i32::MAX, -1, 0, 1]
        .into_iter()
        .chain(
            model
                .encoder
                .thresholds()
                .iter()
                .flat_map(|&t| [t.wrapping_sub(1), t, t.wrapping_add(1)]),
        )
        .map(|v| Some((AluOp::Encode.opcode(), v as u32, 0xFFFF_FFFF)))
        .collect();
    let mut rng = SplitMix64::new(11);
    slots.extend((0..100).map(|_| Some((7, encode_probe(model, &mut rng), 0))));
    stream(b, model, &slots, 0);
}

#[test]
fn encode_every_threshold_default_and_programmed_tables() {
    let mut b = bench();
    encode_every_threshold(&mut b, &qins_core::hw::QinsAlu::default());
    let int8 = qins_core::hw::ThresholdEncoder::int8_symmetric();
    for n in 0..=255u8 {
        let uut = &mut b.uut;
        drive_encoder_entry(&mut uut.threshold_write, &mut uut.code_write, &int8, n);
        b.cycle();
    }
    b.uut.threshold_write.drive(None);
    b.uut.code_write.drive(None);
    let model = qins_core::hw::QinsAlu {
        encoder: int8,
        ..Default::default()
    };
    encode_every_threshold(&mut b, &model);
}

#[test]
fn latency_is_the_documented_one() {
    // The module documentation states these numbers; update it when they change.
    assert_eq!(
        (SEARCH_DONE_STAGE, encoder::SPLIT_LATENCY, LATENCY),
        (16, 17, 18)
    );
    // and the Icarus bench (make iverilog-check) checks every result at this latency
    let bench = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/iverilog/alu_tb.v");
    let text = std::fs::read_to_string(bench).expect("tests/iverilog/alu_tb.v");
    let line = format!("localparam integer LATENCY = {LATENCY};");
    assert!(text.contains(&line), "{bench} lacks `{line}`");
}

/// Generates the Verilog and checks the top-level port list; with
/// `QINS_HDL_VERILOG_DIR` set, writes it there as `alu.v` (for Verilator lint).
#[test]
fn verilog_has_the_documented_ports() {
    let mut uut = QinsAlu::default();
    uut.connect_all();
    let vlog = generate_verilog(&uut);
    let header = vlog
        .lines()
        .find(|l| l.starts_with("module top("))
        .expect("top module");
    assert_eq!(
        header,
        "module top(clock,in_valid,op,a,b,in_tag,out_valid,result,out_tag,out_illegal,\
         decode_write$enable,decode_write$index,decode_write$value,\
         threshold_write$enable,threshold_write$index,threshold_write$value,\
         code_write$enable,code_write$index,code_write$value,\
         lookup_write$enable,lookup_write$index,lookup_write$value);"
    );
    if let Ok(dir) = std::env::var("QINS_HDL_VERILOG_DIR") {
        std::fs::write(std::path::Path::new(&dir).join("alu.v"), vlog).unwrap();
    }
}
