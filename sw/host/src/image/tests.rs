use super::*;
use qins_core::codec::AlphaRule;
use qins_core::hw::{DecodeTable, ThresholdEncoder};
use qins_core::tensor::Matrix;

fn gaussian(rows: usize, cols: usize, seed: u64) -> Matrix {
    Matrix::gaussian(rows, cols, 0.05, seed)
}

fn qins_image() -> WeightImage {
    let a = QuantizedTensor::qins(
        &gaussian(4, 8, 1),
        Granularity::Channel,
        AlphaRule::MseSearch,
    );
    let b = QuantizedTensor::qins(
        &gaussian(1, 5, 2),
        Granularity::Tensor,
        AlphaRule::InverseRms,
    );
    WeightImage::new(vec![
        ImageTensor::matrix("layer0.weight", a),
        ImageTensor::new("layer0.bias", vec![5], b).unwrap(),
    ])
}

fn int8_image() -> WeightImage {
    let a = QuantizedTensor::int8(&gaussian(3, 7, 3), Granularity::Tensor);
    WeightImage::new(vec![ImageTensor::matrix("w", a)])
}

fn mixed_image() -> WeightImage {
    let mut img = qins_image();
    let c = QuantizedTensor::int8(&gaussian(6, 16, 4), Granularity::Channel);
    img.tensors.push(ImageTensor::matrix("layer1.weight", c));
    img
}

fn image_error(r: Result<WeightImage>) -> (String, u64, String) {
    match r {
        Err(Error::Image {
            section,
            offset,
            message,
        }) => (section, offset, message),
        Err(e) => panic!("expected an image error, got {e}"),
        Ok(_) => panic!("expected an image error, got Ok"),
    }
}

/// Re-seals the header CRC after editing header bytes 0..28.
fn reseal_header(b: &mut [u8]) {
    let crc = crc32fast::hash(&b[..28]);
    b[28..32].copy_from_slice(&crc.to_le_bytes());
}

/// Applies `edit` to the manifest text, pads the result with trailing JSON whitespace to
/// the original length (so every offset stays valid) and re-seals both CRCs.
fn with_manifest(bytes: &[u8], edit: impl FnOnce(&str) -> String) -> Vec<u8> {
    let mut b = bytes.to_vec();
    let len = u32::from_le_bytes(b[12..16].try_into().unwrap()) as usize;
    let text = std::str::from_utf8(&b[32..32 + len]).unwrap().to_string();
    let mut new = edit(&text);
    assert_ne!(new, text, "the edit must change the manifest");
    assert!(new.len() <= len, "the edit must not lengthen the manifest");
    while new.len() < len {
        new.push(' ');
    }
    b[32..32 + len].copy_from_slice(new.as_bytes());
    let crc = crc32fast::hash(new.as_bytes());
    b[16..20].copy_from_slice(&crc.to_le_bytes());
    reseal_header(&mut b);
    b
}

/// Asserts a rejection naming `section` with a message containing `needle`.
fn rejects(bytes: &[u8], section: &str, needle: &str) {
    let (s, _, m) = image_error(WeightImage::from_bytes(bytes));
    assert_eq!(s, section, "{m}");
    assert!(m.contains(needle), "{m:?} lacks {needle:?}");
}

#[test]
fn round_trips() {
    for img in [
        qins_image(),
        int8_image(),
        mixed_image(),
        WeightImage::default(),
    ] {
        let bytes = img.to_bytes().unwrap();
        assert_eq!(bytes.len() % 64, 0);
        let back = WeightImage::from_bytes(&bytes).unwrap();
        assert_eq!(back, img);
        for (a, b) in img.tensors.iter().zip(&back.tensors) {
            assert_eq!(
                a.tensor
                    .scales
                    .iter()
                    .map(|s| s.to_bits())
                    .collect::<Vec<_>>(),
                b.tensor
                    .scales
                    .iter()
                    .map(|s| s.to_bits())
                    .collect::<Vec<_>>()
            );
        }
        assert_eq!(back.to_bytes().unwrap(), bytes);
    }
    let back = WeightImage::from_bytes(&qins_image().to_bytes().unwrap()).unwrap();
    assert_eq!(back.tensors[0].tensor.granularity(), Granularity::Channel);
    assert_eq!(back.tensors[1].shape, vec![5]);
    assert_eq!(
        (back.tensors[1].tensor.rows, back.tensors[1].tensor.cols),
        (1, 5)
    );
    assert_eq!(
        back.get("layer0.bias").unwrap().decode_table(),
        DecodeTableId::QinsLambdaQ7_8
    );
}

#[test]
fn extreme_scales_round_trip_exactly() {
    let scales = [
        f32::MIN_POSITIVE,
        f32::from_bits(1),
        f32::MAX,
        0.1,
        1.0 / 127.0,
        123456.79,
    ];
    let codes = vec![0x7F; scales.len()];
    let t = QuantizedTensor {
        codec: Codec::Qins,
        rows: scales.len(),
        cols: 1,
        codes,
        scales: scales.to_vec(),
    };
    let img = WeightImage::new(vec![ImageTensor::matrix("s", t)]);
    let back = WeightImage::from_bytes(&img.to_bytes().unwrap()).unwrap();
    let bits = |v: &[f32]| v.iter().map(|s| s.to_bits()).collect::<Vec<_>>();
    assert_eq!(bits(&back.tensors[0].tensor.scales), bits(&scales));
}

#[test]
fn file_round_trip() {
    let dir = std::env::temp_dir().join(format!("qins-image-file-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("m.qimg");
    let img = mixed_image();
    img.write(&path).unwrap();
    let (back, summary) = WeightImage::read_with_summary(&path).unwrap();
    assert_eq!(back, img);
    assert_eq!(summary, img.summary().unwrap());
    assert!(matches!(
        WeightImage::read(dir.join("missing.qimg")),
        Err(Error::Io { .. })
    ));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn writer_is_deterministic() {
    let a = mixed_image().to_bytes().unwrap();
    let b = mixed_image().to_bytes().unwrap();
    assert_eq!(a, b);
    assert_eq!(a, mixed_image().clone().to_bytes().unwrap());
}

#[test]
fn layout_is_canonical() {
    let img = mixed_image();
    let bytes = img.to_bytes().unwrap();
    assert_eq!(&bytes[..8], b"QINSIMG\0");
    assert_eq!(u32::from_le_bytes(bytes[8..12].try_into().unwrap()), 2);
    let s = img.summary().unwrap();
    assert_eq!(s.file_bytes, bytes.len() as u64);
    assert_eq!(
        u64::from_le_bytes(bytes[20..28].try_into().unwrap()),
        s.file_bytes
    );
    let mut prev = 32 + s.manifest_bytes;
    let sections = s
        .tensors
        .iter()
        .map(|t| t.section)
        .chain(s.tables.iter().map(|t| t.section));
    for sec in sections {
        assert_eq!(sec.offset, prev.div_ceil(64) * 64);
        prev = sec.offset + sec.length;
    }
    assert_eq!(s.file_bytes, prev.div_ceil(64) * 64);
    assert_eq!(s.tables.len(), 4);
    assert_eq!(s.parameters, 32 + 5 + 96);
    assert_eq!(
        s.header_bytes + s.manifest_bytes + s.payload_bytes + s.padding_bytes,
        s.file_bytes
    );
    let json = serde_json::to_value(&s).unwrap();
    assert_eq!(json["tensors"][0]["name"], "layer0.weight");
    assert_eq!(json["tensors"][0]["granularity"], "channel");
    assert_eq!(json["tensors"][0]["scale_count"], 4);
    assert_eq!(json["tables"][0]["id"], "qins-lambda-q7-8");
    assert_eq!(json["tables"][0]["kind"], "decode");
}

#[test]
fn manifest_names_tables_by_serde_id() {
    let bytes = int8_image().to_bytes().unwrap();
    let len = u32::from_le_bytes(bytes[12..16].try_into().unwrap()) as usize;
    let m: serde_json::Value = serde_json::from_slice(&bytes[32..32 + len]).unwrap();
    assert_eq!(m["format"], "qins-weight-image");
    assert_eq!(m["version"], 2);
    let t = &m["tensors"][0];
    assert_eq!(t["shape"], serde_json::json!([3, 7]));
    assert_eq!(t["codec"], "int8");
    assert_eq!(t["granularity"], "tensor");
    assert_eq!(
        t["decode_table"],
        serde_json::to_value(DecodeTableId::Int8Identity).unwrap()
    );
    assert_eq!(
        t["encode_table"],
        serde_json::to_value(EncodeTableId::Int8SymmetricQ15_16).unwrap()
    );
    assert_eq!(m["tables"][0]["id"], "int8-identity");
    assert_eq!(m["tables"][1]["id"], "int8-symmetric-q15-16");
    assert_eq!(m["tables"][1]["kind"], "encode");
    assert_eq!(m["tables"][1]["section"]["length"], 1276);
}

/// The section a byte belongs to, from the summary, as the reader names it.
fn owner(s: &ImageSummary, at: u64) -> String {
    if at < 32 {
        return "header".into();
    }
    if at < 32 + s.manifest_bytes {
        return "manifest".into();
    }
    for t in &s.tensors {
        if (t.section.offset..t.section.offset + t.section.length).contains(&at) {
            return format!("tensor '{}'", t.name);
        }
    }
    for (kind, list) in [("array", &s.arrays), ("blob", &s.blobs)] {
        for t in list {
            if (t.section.offset..t.section.offset + t.section.length).contains(&at) {
                return format!("{kind} '{}'", t.name);
            }
        }
    }
    for t in &s.tables {
        if (t.section.offset..t.section.offset + t.section.length).contains(&at) {
            return format!("table '{}'", t.id);
        }
    }
    "padding".into()
}

#[test]
fn every_byte_flip_and_truncation_is_rejected() {
    for img in [qins_image(), int8_image()] {
        let bytes = img.to_bytes().unwrap();
        let summary = img.summary().unwrap();
        assert!(
            (256..=3000).contains(&bytes.len()),
            "small image: {} bytes",
            bytes.len()
        );
        assert!(summary.padding_bytes > 0);
        for i in 0..bytes.len() {
            for x in [0x01u8, 0xFF] {
                let mut b = bytes.clone();
                b[i] ^= x;
                let (section, _, message) = image_error(WeightImage::from_bytes(&b));
                assert_eq!(
                    section,
                    owner(&summary, i as u64),
                    "byte {i} ^ {x:#04x}: {message}"
                );
            }
        }
        for len in 0..bytes.len() {
            image_error(WeightImage::from_bytes(&bytes[..len]));
        }
        let mut longer = bytes.clone();
        longer.push(0);
        image_error(WeightImage::from_bytes(&longer));
        longer.extend_from_slice(&[0; 63]);
        image_error(WeightImage::from_bytes(&longer));
    }
}

#[test]
fn header_errors_name_the_header() {
    let bytes = qins_image().to_bytes().unwrap();

    let mut b = bytes.clone();
    b[0] = b'X';
    let (section, offset, message) = image_error(WeightImage::from_bytes(&b));
    assert_eq!((section.as_str(), offset), ("header", 0));
    assert!(message.contains("magic"), "{message}");
    let (section, _, _) = image_error(WeightImage::from_bytes(
        b"PK\x03\x04 not an image at all, but long",
    ));
    assert_eq!(section, "header");

    let mut b = bytes.clone();
    b[8..12].copy_from_slice(&3u32.to_le_bytes());
    reseal_header(&mut b);
    let e = WeightImage::from_bytes(&b).unwrap_err();
    assert!(e.to_string().contains("unsupported version 3"), "{e}");
    let (section, offset, _) = image_error(Err(e));
    assert_eq!((section.as_str(), offset), ("header", 8));

    // a version-1 file is refused in one line that names the version and the way out
    let mut b = bytes.clone();
    b[8..12].copy_from_slice(&1u32.to_le_bytes());
    reseal_header(&mut b);
    let e = WeightImage::from_bytes(&b).unwrap_err().to_string();
    assert!(
        e.contains("unsupported version 1")
            && e.contains("qins encode --model")
            && !e.contains('\n'),
        "{e}"
    );

    let mut b = bytes.clone();
    b[13] ^= 0x40; // manifest length
    let (section, offset, message) = image_error(WeightImage::from_bytes(&b));
    assert_eq!((section.as_str(), offset), ("header", 28));
    assert!(message.contains("header CRC32 mismatch"), "{message}");

    let (section, offset, message) = image_error(WeightImage::from_bytes(&bytes[..20]));
    assert_eq!((section.as_str(), offset), ("header", 20));
    assert!(
        message.contains("shorter than the 32-byte header"),
        "{message}"
    );

    let (section, offset, message) =
        image_error(WeightImage::from_bytes(&bytes[..bytes.len() - 1]));
    assert_eq!((section.as_str(), offset), ("header", 20));
    assert!(message.contains("truncated or extended"), "{message}");
}

#[test]
fn crc_errors_name_their_section() {
    let img = qins_image();
    let bytes = img.to_bytes().unwrap();
    let s = img.summary().unwrap();

    let mut b = bytes.clone();
    b[40] ^= 0x20;
    let (section, offset, message) = image_error(WeightImage::from_bytes(&b));
    assert_eq!((section.as_str(), offset), ("manifest", 32));
    assert!(message.contains("manifest CRC32 mismatch"), "{message}");

    let t = &s.tensors[1];
    let mut b = bytes.clone();
    b[t.section.offset as usize + 2] ^= 1;
    let (section, offset, message) = image_error(WeightImage::from_bytes(&b));
    assert_eq!(
        (section.as_str(), offset),
        ("tensor 'layer0.bias'", t.section.offset)
    );
    assert!(message.contains("section CRC32 mismatch"), "{message}");

    let t = &s.tables[1];
    let mut b = bytes.clone();
    b[t.section.offset as usize + 1000] ^= 1;
    let (section, offset, _) = image_error(WeightImage::from_bytes(&b));
    assert_eq!(
        (section.as_str(), offset),
        ("table 'qins-q15-16'", t.section.offset)
    );

    let last = s.tables[1].section;
    let pad = (last.offset + last.length) as usize;
    let mut b = bytes.clone();
    b[pad] = 7;
    let (section, offset, message) = image_error(WeightImage::from_bytes(&b));
    assert_eq!((section.as_str(), offset), ("padding", pad as u64));
    assert!(message.contains("must be zero"), "{message}");
}

#[test]
fn manifest_rules_are_enforced() {
    let img = qins_image();
    let bytes = img.to_bytes().unwrap();
    let s = img.summary().unwrap();
    let (o0, o1) = (s.tensors[0].section.offset, s.tensors[1].section.offset);
    let w = "tensor 'layer0.weight'";
    let b = "tensor 'layer0.bias'";
    let edit = |from: &str, to: &str| with_manifest(&bytes, |t| t.replacen(from, to, 1));

    rejects(
        &edit("qins-weight-image", "qins-weight-imagX"),
        "manifest",
        "format",
    );
    rejects(
        &edit("\"version\":2", "\"version\":3"),
        "manifest",
        "differs from header version",
    );
    rejects(
        &edit("{\"format\"", "[\"format\""),
        "manifest",
        "invalid manifest JSON",
    );
    rejects(&edit("\"name\"", "\"nome\""), "manifest", "unknown field");
    rejects(
        &edit("\"codec\":\"qins\"", "\"codec\":\"qinz\""),
        "manifest",
        "unknown variant",
    );
    let bad = edit("\"codec\":\"qins\"", "\"codec\":\"qinz\"");
    let at = 32 + bad[32..].windows(6).position(|w| w == b"\"qinz\"").unwrap() as u64;
    let (_, offset, _) = image_error(WeightImage::from_bytes(&bad));
    assert!(
        (at..at + 6).contains(&offset),
        "JSON error at byte {offset}, value at {at}"
    );
    let dup = with_manifest(&bytes, |t| {
        t.replacen("layer0.weight", "x", 1)
            .replacen("layer0.bias", "x", 1)
    });
    rejects(&dup, "tensor 'x'", "duplicate section name");
    rejects(
        &edit("\"shape\":[5]", "\"shape\":[6]"),
        b,
        "needs 6 code bytes",
    );
    rejects(
        &edit("\"shape\":[5]", "\"shape\":[0]"),
        b,
        "every dimension >= 1",
    );
    rejects(&edit("\"shape\":[5]", "\"shape\":[]"), b, "1-D or 2-D");
    rejects(
        &edit("\"shape\":[4,8]", "\"shape\":[8,4]"),
        w,
        "needs 8 scales, got 4",
    );
    rejects(
        &edit("\"granularity\":\"channel\"", "\"granularity\":\"tensor\""),
        w,
        "needs 1 scales, got 4",
    );
    rejects(
        &edit(
            "\"decode_table\":\"qins-lambda-q7-8\"",
            "\"decode_table\":\"int8-identity\"",
        ),
        w,
        "uses table",
    );
    rejects(
        &edit(
            &format!("\"offset\":{o0}"),
            &format!("\"offset\":{}", o0 + 1),
        ),
        w,
        "not a multiple of 64",
    );
    rejects(
        &edit(
            &format!("\"offset\":{o0}"),
            &format!("\"offset\":{}", o0 + 64),
        ),
        w,
        "gap",
    );
    rejects(
        &edit(&format!("\"offset\":{o1}"), &format!("\"offset\":{o0}")),
        b,
        "overlaps tensor 'layer0.weight'",
    );
    rejects(
        &edit("\"length\":5,", "\"length\":6,"),
        b,
        "needs 5 code bytes",
    );
    let no_table = with_manifest(&bytes, |t| {
        let i = t.find(",{\"id\":\"qins-q15-16\"").unwrap();
        let j = i + t[i..].find("}}").unwrap() + 2;
        format!("{}{}", &t[..i], &t[j..])
    });
    rejects(&no_table, "padding", "must end at byte");
}

#[test]
fn bad_scales_are_rejected() {
    let bytes = int8_image().to_bytes().unwrap();
    for bad in ["0", "-1", "1e39", "-0.0"] {
        let b = with_manifest(&bytes, |t| {
            let i = t.find("\"scales\":[").unwrap() + 10;
            let j = i + t[i..].find(']').unwrap();
            format!("{}{bad}{}", &t[..i], &t[j..])
        });
        rejects(&b, "tensor 'w'", "not finite and positive");
    }
}

/// A file from a hand-written manifest: the manifest is padded with spaces to 480 bytes so
/// the first section starts at byte 512, where `payload` goes; `CRC` in the manifest is
/// replaced by the payload's CRC32 (padded to 10 digits).
fn crafted(manifest: &str, payload: &[u8]) -> Vec<u8> {
    let manifest = manifest.replace("CRC", &format!("{:<10}", crc32fast::hash(payload)));
    let mut m = manifest.into_bytes();
    assert!(m.len() <= 480);
    m.resize(480, b' ');
    let total = (512 + payload.len()).div_ceil(64) * 64;
    let mut b = Vec::new();
    b.extend_from_slice(&MAGIC);
    b.extend_from_slice(&2u32.to_le_bytes());
    b.extend_from_slice(&(m.len() as u32).to_le_bytes());
    b.extend_from_slice(&crc32fast::hash(&m).to_le_bytes());
    b.extend_from_slice(&(total as u64).to_le_bytes());
    let crc = crc32fast::hash(&b);
    b.extend_from_slice(&crc.to_le_bytes());
    b.extend_from_slice(&m);
    b.extend_from_slice(payload);
    b.resize(total, 0);
    b
}

#[test]
fn hostile_manifests_are_rejected_without_panics() {
    let tensor = |shape: &str, offset: &str, length: &str| {
        format!(
            r#"{{"format":"qins-weight-image","version":2,"model":null,"tensors":[{{"name":"t","shape":{shape},"codec":"qins","granularity":"tensor","scales":[1.0],"decode_table":"qins-lambda-q7-8","encode_table":"qins-q15-16","section":{{"offset":{offset},"length":{length},"crc32":CRC}}}}],"arrays":[],"blobs":[],"tables":[]}}"#
        )
    };
    let table = |id: &str, kind: &str, length: usize| {
        format!(
            r#"{{"format":"qins-weight-image","version":2,"model":null,"tensors":[],"arrays":[],"blobs":[],"tables":[{{"id":"{id}","kind":"{kind}","section":{{"offset":512,"length":{length},"crc32":CRC}}}}]}}"#
        )
    };
    let t = "tensor 't'";
    let max = u64::MAX;
    let cases: Vec<(String, usize, &str, &str)> = vec![
        (
            tensor(&format!("[{max},{max}]"), "512", "1"),
            1,
            t,
            "overflows",
        ),
        (
            tensor("[4294967296,4294967296]", "512", &max.to_string()),
            1,
            t,
            "runs past the end",
        ),
        (tensor("[1,1]", &(max - 63).to_string(), "64"), 64, t, "gap"),
        (tensor("[1,1]", "448", "1"), 1, t, "overlaps the manifest"),
        (tensor("[1,1]", "512", "65"), 64, t, "runs past the end"),
        (tensor("[1,2,3]", "512", "6"), 6, t, "1-D or 2-D"),
        (
            tensor("[1]", "512", "1"),
            1,
            t,
            "table 'qins-lambda-q7-8' is not in the image",
        ),
        (
            table("nope", "decode", 512),
            512,
            "table 'nope'",
            "unknown or modified table",
        ),
        (
            table("int8-identity", "encode", 1276),
            1276,
            "table 'int8-identity'",
            "unknown or modified table",
        ),
        (
            table("int8-identity", "decode", 1276),
            1276,
            "table 'int8-identity'",
            "must be 512",
        ),
        (
            table("int8-identity", "decode", 512),
            512,
            "table 'int8-identity'",
            "unknown or modified table",
        ),
        ("\u{0}\u{ff}".into(), 0, "manifest", "invalid manifest JSON"),
        ("{}".into(), 0, "manifest", "missing field"),
        (String::new(), 0, "manifest", "EOF"),
    ];
    for (m, n, section, needle) in &cases {
        rejects(&crafted(m, &vec![0u8; *n]), section, needle);
    }
    // A manifest that is not UTF-8.
    let mut b = crafted("{\"a\":\"xx\"}", &[]);
    b[32 + 6] = 0xC3;
    b[32 + 7] = 0x28;
    let crc = crc32fast::hash(&b[32..512]);
    b[16..20].copy_from_slice(&crc.to_le_bytes());
    reseal_header(&mut b);
    let (section, offset, m) = image_error(WeightImage::from_bytes(&b));
    assert_eq!((section.as_str(), offset), ("manifest", 38));
    assert!(m.contains("UTF-8"), "{m}");
}

#[test]
fn modified_and_unknown_tables_are_rejected() {
    let img = int8_image();
    let bytes = img.to_bytes().unwrap();
    let d = img.summary().unwrap().tables[0].section;
    let range = d.offset as usize..(d.offset + d.length) as usize;
    // Change one decode entry and re-seal every CRC: only the content check can catch it.
    let old = format!("\"crc32\":{}}}", d.crc32);
    let (b, new) = (1..=255u8)
        .find_map(|x| {
            let mut b = bytes.clone();
            b[range.start] ^= x;
            let new = format!("\"crc32\":{}}}", crc32fast::hash(&b[range.clone()]));
            (new.len() <= old.len()).then_some((b, new))
        })
        .unwrap();
    rejects(
        &with_manifest(&b, |t| t.replacen(&old, &new, 1)),
        "table 'int8-identity'",
        "unknown or modified table",
    );
    let b = with_manifest(&bytes, |t| {
        t.replacen("\"id\":\"int8-identity\"", "\"id\":\"int8-identitx\"", 1)
    });
    rejects(&b, "table 'int8-identitx'", "unknown or modified table");
}

#[test]
fn writer_rejects_invalid_tensors() {
    let q = QuantizedTensor::int8(&gaussian(2, 3, 9), Granularity::Channel);
    assert!(ImageTensor::new("x", vec![3, 2], q.clone()).is_err());
    assert!(ImageTensor::new("x", vec![6], q.clone()).is_err());
    assert!(ImageTensor::new("", vec![2, 3], q.clone()).is_err());
    let img = WeightImage::new(vec![
        ImageTensor::matrix("a", q.clone()),
        ImageTensor::matrix("a", q.clone()),
    ]);
    assert!(img.to_bytes().is_err());
    let mut bad = q.clone();
    bad.scales[0] = f32::NAN;
    assert!(WeightImage::new(vec![ImageTensor::matrix("a", bad)])
        .to_bytes()
        .is_err());
    let mut empty = q;
    empty.rows = 0;
    empty.codes.clear();
    empty.scales.clear();
    assert!(WeightImage::new(vec![ImageTensor::matrix("a", empty)])
        .to_bytes()
        .is_err());
}

#[test]
fn table_bytes_match_the_hardware_tables() {
    let d = tables::decode_table_bytes(&DecodeTable::qins());
    assert_eq!(d.len(), tables::DECODE_TABLE_BYTES);
    assert_eq!(i16::from_le_bytes([d[0], d[1]]), 32512);
    let e = ThresholdEncoder::int8_symmetric();
    let b = tables::encode_table_bytes(&e);
    assert_eq!(b.len(), 1276);
    assert_eq!(
        i32::from_le_bytes(b[4..8].try_into().unwrap()),
        e.thresholds()[1]
    );
    assert_eq!(&b[1020..], e.code_of_rank());
    for kind in [TableKind::Decode, TableKind::Encode] {
        assert_eq!(
            TableRef::parse(kind, "qins-lambda-q7-8").is_some(),
            kind == TableKind::Decode
        );
    }
}

#[test]
fn readmemh_export() {
    let t = QuantizedTensor {
        codec: Codec::Qins,
        rows: 2,
        cols: 3,
        codes: vec![0x00, 0x7F, 0x80, 0x0A, 0xFF, 0x3F],
        scales: vec![2.0, 4.0],
    };
    let img = WeightImage::new(vec![ImageTensor::matrix("blk.0/attn.q", t)]);
    let dir = std::env::temp_dir().join(format!("qins-image-hex-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let paths = img.export_readmemh(&dir).unwrap();
    let names: Vec<String> = paths
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        [
            "blk_0_attn_q.hex",
            "decode_qins_lambda_q7_8.hex",
            "encode_qins_q15_16_thresholds.hex",
            "encode_qins_q15_16_codes.hex",
            "index.json"
        ]
    );
    let read = |n: &str| std::fs::read_to_string(dir.join(n)).unwrap();
    assert_eq!(read("blk_0_attn_q.hex"), "00\n7f\n80\n0a\nff\n3f\n");
    let dec = read("decode_qins_lambda_q7_8.hex");
    let lines: Vec<&str> = dec.lines().collect();
    assert_eq!(lines.len(), 256);
    assert_eq!(lines[0], "7f00"); // 32512
    assert_eq!(lines[0x80], "8100"); // -32512
    assert_eq!(lines[0x7F], "0000");
    let thr = read("encode_qins_q15_16_thresholds.hex");
    let lines: Vec<&str> = thr.lines().collect();
    assert_eq!(lines.len(), 255);
    assert_eq!(lines[0], "80000000"); // i32::MIN
    let e = ThresholdEncoder::qins();
    for (l, &t) in lines.iter().zip(e.thresholds()) {
        assert_eq!(u32::from_str_radix(l, 16).unwrap() as i32, t);
    }
    let codes = read("encode_qins_q15_16_codes.hex");
    assert_eq!(codes.lines().count(), 256);
    assert_eq!(codes.lines().nth(128), Some("7f"));
    let index: serde_json::Value = serde_json::from_str(&read("index.json")).unwrap();
    assert_eq!(index["files"][0]["file"], "blk_0_attn_q.hex");
    assert_eq!(index["files"][0]["words"], 6);
    assert_eq!(index["tensors"][0]["name"], "blk.0/attn.q");
    assert_eq!(index["tensors"][0]["scales"], serde_json::json!([2.0, 4.0]));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn readmemh_names_are_unique() {
    let q = || QuantizedTensor::int8(&gaussian(1, 2, 5), Granularity::Tensor);
    let img = WeightImage::new(vec![
        ImageTensor::matrix("a.b", q()),
        ImageTensor::matrix("a_b", q()),
        ImageTensor::matrix("A-b", q()),
        ImageTensor::matrix("decode_int8_identity", q()),
        ImageTensor::matrix("index", q()),
    ]);
    let dir = std::env::temp_dir().join(format!("qins-image-hexu-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let paths = img.export_readmemh(&dir).unwrap();
    let names: Vec<String> = paths
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        &names[..5],
        [
            "a_b.hex",
            "a_b_2.hex",
            "A_b_3.hex",
            "decode_int8_identity_2.hex",
            "index_2.hex"
        ]
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// An image with every kind of section: a model description, a code tensor, two f32
/// arrays, a blob and an extra table.
fn full_image() -> WeightImage {
    let mut img = qins_image();
    img.model = serde_json::json!({"architecture": {"layers": 1}, "mode": "qins-wa"});
    img.arrays = vec![
        ImageArray {
            name: "norm.gamma".into(),
            shape: vec![3],
            data: vec![1.0, -0.5, 3.25e-7],
        },
        ImageArray {
            name: "pos".into(),
            shape: vec![2, 2],
            data: vec![0.0, 1.0, f32::MIN_POSITIVE, -2.0],
        },
    ];
    img.blobs = vec![ImageBlob {
        name: "tokenizer.json".into(),
        media_type: "application/json".into(),
        bytes: b"{\"model\":{}}".to_vec(),
    }];
    img.extra_tables = vec![TableRef::Decode(DecodeTableId::QinsZQ1_7)];
    img
}

#[test]
fn arrays_blobs_model_and_extra_tables_round_trip() {
    let img = full_image();
    let bytes = img.to_bytes().unwrap();
    let (back, s) = WeightImage::from_bytes_with_summary(&bytes).unwrap();
    assert_eq!(back, img);
    assert_eq!(s, img.summary().unwrap());
    assert_eq!(s.array_values, 7);
    assert_eq!(s.blobs[0].media_type.as_deref(), Some("application/json"));
    assert_eq!(s.tables.last().unwrap().id, "qins-z-q1-7");
    assert_eq!(
        s.header_bytes + s.manifest_bytes + s.payload_bytes + s.padding_bytes,
        s.file_bytes
    );
}

#[test]
fn every_byte_flip_of_a_full_image_is_rejected_and_named() {
    let img = full_image();
    let bytes = img.to_bytes().unwrap();
    let s = img.summary().unwrap();
    for i in 0..bytes.len() {
        let mut b = bytes.clone();
        b[i] ^= 0x01;
        let (section, offset, _) = image_error(WeightImage::from_bytes(&b));
        assert!(offset <= bytes.len() as u64, "byte {i}: offset {offset}");
        let expected = owner(&s, i as u64);
        if !matches!(expected.as_str(), "header" | "manifest" | "padding") {
            assert_eq!(section, expected, "byte {i}");
        }
    }
    for cut in [1, 63, 64, bytes.len() - 32] {
        assert!(WeightImage::from_bytes(&bytes[..bytes.len() - cut]).is_err());
    }
}

#[test]
fn bad_arrays_and_duplicate_names_are_rejected() {
    let mut img = full_image();
    img.arrays[0].data[1] = f32::NAN;
    assert!(img.to_bytes().is_err(), "the writer refuses a NaN");
    let mut img = full_image();
    img.blobs[0].name = "norm.gamma".into();
    let e = img.to_bytes().unwrap_err().to_string();
    assert!(e.contains("duplicate section name"), "{e}");

    // a NaN written by another writer: the reader names the array and the value's byte
    let img = full_image();
    let bytes = img.to_bytes().unwrap();
    let sec = img.summary().unwrap().arrays[0].section;
    let at = sec.offset as usize + 4;
    let mut b = bytes.clone();
    b[at..at + 4].copy_from_slice(&f32::NAN.to_le_bytes());
    let crc = crc32fast::hash(&b[sec.offset as usize..(sec.offset + sec.length) as usize]);
    let b = with_manifest(&b, |t| {
        t.replacen(
            &format!("\"crc32\":{}}}", sec.crc32),
            &format!("\"crc32\":{crc}}}"),
            1,
        )
    });
    let (section, offset, message) = image_error(WeightImage::from_bytes(&b));
    assert_eq!(section, "array 'norm.gamma'");
    assert!(message.contains("not finite"), "{message}");
    assert_eq!(offset, sec.offset + 4);
}
