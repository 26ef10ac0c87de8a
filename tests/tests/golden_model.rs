//! Golden vectors of the bit-exact hardware model: seeded random inputs through every block,
//! digested (CRC32) and snapshotted with a few readable rows (insta). A change to any table,
//! rounding rule, saturation or width shows up here as a snapshot diff that must be reviewed.
//! Regenerate after an intended change: `INSTA_UPDATE=always cargo test -p qins-regression`.

use qins_core::hw::{mac, ChannelParams, DecodeTable, OutputStage, ThresholdEncoder};
use qins_core::rng::SplitMix64;

fn digest(words: impl IntoIterator<Item = u32>) -> String {
    let mut h = crc32fast::Hasher::new();
    for w in words {
        h.update(&w.to_le_bytes());
    }
    format!("{:08x}", h.finalize())
}

#[test]
fn tables_golden() {
    let q = DecodeTable::qins();
    let i = DecodeTable::int8_identity();
    let eq = ThresholdEncoder::qins();
    let ei = ThresholdEncoder::int8_symmetric();
    let mut s = String::new();
    s += &format!(
        "decode qins  crc {}\n",
        digest(q.entries().iter().map(|&v| v as u16 as u32))
    );
    s += &format!(
        "decode int8  crc {}\n",
        digest(i.entries().iter().map(|&v| v as u16 as u32))
    );
    s += &format!(
        "encode qins  crc {} codes {}\n",
        digest(eq.thresholds().iter().map(|&v| v as u32)),
        digest(eq.code_of_rank().iter().map(|&v| v as u32))
    );
    s += &format!(
        "encode int8  crc {} codes {}\n",
        digest(ei.thresholds().iter().map(|&v| v as u32)),
        digest(ei.code_of_rank().iter().map(|&v| v as u32))
    );
    for code in [0x00u8, 0x01, 0x3F, 0x7D, 0x7E, 0x7F, 0x80, 0xFE, 0xFF] {
        s += &format!(
            "decode[{code:#04x}] qins {:6} int8 {:4}\n",
            q.decode(code),
            i.decode(code)
        );
    }
    for r in [1usize, 2, 127, 128, 253, 254] {
        s += &format!(
            "threshold[{r:3}] qins {:9} int8 {:9}\n",
            eq.thresholds()[r],
            ei.thresholds()[r]
        );
    }
    insta::assert_snapshot!(s);
}

#[test]
fn datapath_golden_vectors() {
    let mut rng = SplitMix64::new(0x51A5);
    let (dq, eq) = (DecodeTable::qins(), ThresholdEncoder::qins());
    let ei = ThresholdEncoder::int8_symmetric();
    let mut s = String::new();

    // encoder on 100k random Q15.16 values of every magnitude
    let xs: Vec<i32> = (0..100_000)
        .map(|_| (rng.next_u64() as i32) >> rng.below(31))
        .collect();
    s += &format!(
        "encode qins 100k  crc {}\n",
        digest(xs.iter().map(|&x| eq.encode(x) as u32))
    );
    s += &format!(
        "encode int8 100k  crc {}\n",
        digest(xs.iter().map(|&x| ei.encode(x) as u32))
    );

    // dot products of decoded codes, K = 1..=300
    let mut accs = Vec::new();
    for k in 1..=300usize {
        let a: Vec<i16> = (0..k).map(|_| dq.decode(rng.next_u64() as u8)).collect();
        let w: Vec<i16> = (0..k).map(|_| dq.decode(rng.next_u64() as u8)).collect();
        accs.push(mac::dot(&a, &w));
    }
    s += &format!(
        "mac dot K=1..300   crc {} first {:?}\n",
        digest(accs.iter().map(|&v| v as u32)),
        &accs[..4]
    );

    // output stage: random params, int32 and both encoders
    let mut outs = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..50_000 {
        let p = ChannelParams {
            multiplier: rng.next_u64() as i16,
            shift: rng.below(64) as u8,
            bias: (rng.next_u64() as i32) >> rng.below(32),
        };
        let acc = (rng.next_u64() as i32) >> rng.below(32);
        outs.0.push(OutputStage::Int32.process(acc, &p));
        outs.1
            .push(OutputStage::Encode(Box::new(eq.clone())).process(acc, &p));
        outs.2
            .push(OutputStage::Encode(Box::new(ei.clone())).process(acc, &p));
    }
    s += &format!(
        "output int32 50k   crc {}\n",
        digest(outs.0.iter().copied())
    );
    s += &format!(
        "output qins 50k    crc {}\n",
        digest(outs.1.iter().copied())
    );
    s += &format!(
        "output int8 50k    crc {}\n",
        digest(outs.2.iter().copied())
    );
    insta::assert_snapshot!(s);
}
