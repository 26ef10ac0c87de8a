//! Every op of the QINS ALU model, on every operand pair, against an independent exact
//! oracle: rational arithmetic (num-rational) and a brute-force search of all 255 distinct
//! codes for the nearest, ties away from zero, zero canonical (0x7F).

use num_rational::Ratio;
use num_traits::Signed;
use qins_core::format;
use qins_core::hw::{AluOp, QinsAlu};

type Q = Ratio<i64>;

fn value(code: u8) -> Q {
    let m = (code & 0x7F) as i64;
    let v = Q::new(127 - m, m + 1);
    if code & 0x80 != 0 {
        -v
    } else {
        v
    }
}

/// All codes except negative zero, with their exact values.
fn codes() -> Vec<(u8, Q)> {
    (0..=255u8)
        .filter(|&c| c != 0xFF)
        .map(|c| (c, value(c)))
        .collect()
}

fn nearest(all: &[(u8, Q)], r: Q) -> u8 {
    let mut best = all[0];
    let mut best_d = (r - best.1).abs();
    for &(c, v) in &all[1..] {
        let d = (r - v).abs();
        if d < best_d || (d == best_d && v.abs() > best.1.abs()) {
            best = (c, v);
            best_d = d;
        }
    }
    best.0
}

fn canonical_of_value(all: &[(u8, Q)], v: Q) -> u8 {
    all.iter()
        .find(|(_, x)| *x == v)
        .map(|(c, _)| *c)
        .expect("value has a code")
}

#[test]
fn binary_ops_match_exact_oracle_on_all_pairs() {
    let alu = QinsAlu::default();
    let all = codes();
    let vals: Vec<Q> = (0..=255u8).map(value).collect();
    for op in AluOp::BINARY {
        let table = alu.table(op);
        let mut ties = 0usize;
        for a in 0..256usize {
            for b in 0..256usize {
                let (va, vb) = (vals[a], vals[b]);
                let want = match op {
                    AluOp::Add => nearest(&all, va + vb),
                    AluOp::Sub => nearest(&all, va - vb),
                    AluOp::Mul => nearest(&all, va * vb),
                    AluOp::Max => canonical_of_value(&all, va.max(vb)),
                    AluOp::Min => canonical_of_value(&all, va.min(vb)),
                    _ => unreachable!(),
                };
                let got = table[a * 256 + b];
                assert_eq!(got, want, "{} {a:#04x} {b:#04x}", op.name());
                if matches!(op, AluOp::Add | AluOp::Sub | AluOp::Mul) {
                    let r = match op {
                        AluOp::Add => va + vb,
                        AluOp::Sub => va - vb,
                        _ => va * vb,
                    };
                    // count exact ties (the documented rule decided them)
                    let d = (r - value(got)).abs();
                    if all.iter().any(|&(c, v)| c != got && (r - v).abs() == d) {
                        ties += 1;
                    }
                }
            }
        }
        eprintln!("{}: 65536 pairs exact, {ties} exact ties", op.name());
    }
}

#[test]
fn unary_ops_and_conversions_match_oracle() {
    let alu = QinsAlu::default();
    let all = codes();
    for a in 0..=255u8 {
        let v = value(a);
        assert_eq!(
            alu.unary(AluOp::Neg, a),
            canonical_of_value(&all, -v),
            "neg {a:#04x}"
        );
        assert_eq!(
            alu.unary(AluOp::Abs, a),
            canonical_of_value(&all, v.abs()),
            "abs {a:#04x}"
        );
        // DECODE: round(v * 256), ties up
        let scaled = v * Q::from_integer(256);
        let want = (scaled + Q::new(1, 2)).floor().to_integer();
        assert_eq!(
            alu.execute(AluOp::Decode, a as u32, 0) as i32 as i64,
            want,
            "decode {a:#04x}"
        );
    }
    // ENCODE: nearest to x / 2^16, ties toward +inf, on every threshold +-1 and a sweep
    let mut xs: Vec<i32> = Vec::new();
    for &t in alu.encoder.thresholds().iter().skip(1) {
        xs.extend([t - 1, t, t + 1]);
    }
    xs.extend((-200_000..200_000).step_by(97));
    xs.extend([i32::MIN, i32::MAX, 127 << 16, -(127 << 16)]);
    for x in xs {
        let r = Q::new(x as i64, 1 << 16);
        let mut best = all[0];
        for &(c, v) in &all[1..] {
            let (d, bd) = ((r - v).abs(), (r - best.1).abs());
            if d < bd || (d == bd && v > best.1) {
                best = (c, v);
            }
        }
        assert_eq!(
            alu.execute(AluOp::Encode, x as u32, 0) as u8,
            best.0,
            "encode {x}"
        );
    }
}

#[test]
fn alu_table_digests_snapshot() {
    let alu = QinsAlu::default();
    let mut lines = Vec::new();
    for op in AluOp::BINARY.iter().chain(AluOp::UNARY.iter()) {
        let t = alu.table(*op);
        let crc = crc32fast::hash(&t);
        let row: Vec<String> = [0x00u8, 0x3F, 0x7E, 0x7F, 0x80, 0xC0]
            .iter()
            .map(|&b| format!("{:02x}", t[0x40 * 256 + b as usize]))
            .collect();
        lines.push(format!(
            "{:<4} crc32={crc:08x}  a=0x40, b=00/3f/7e/7f/80/c0 -> {}",
            op.name(),
            row.join(" ")
        ));
    }
    insta::assert_snapshot!(lines.join("\n"));
}

#[test]
fn canonical_zero_never_negative() {
    let alu = QinsAlu::default();
    for op in AluOp::BINARY.iter().chain(AluOp::UNARY.iter()) {
        assert!(
            !alu.table(*op).contains(&format::NEGATIVE_ZERO_CODE),
            "{} produced 0xFF",
            op.name()
        );
    }
}
