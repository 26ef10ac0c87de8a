//! The validating reader. Works on untrusted bytes: every length is checked against the
//! file before use, all arithmetic is checked, nothing is allocated beyond the file size,
//! and every failure is an [`Error::Image`] naming the section and byte offset.

use super::manifest::{Manifest, Section, TableKind};
use super::tables::{decode_table_for, encode_table_for, TableRef};
use super::{
    align_up, shape_rows_cols, ImageArray, ImageBlob, ImageSummary, ImageTensor, WeightImage,
};
use super::{ALIGN, FORMAT_NAME, HEADER_LEN, MAGIC, VERSION};
use qins_core::codec::{Codec, Granularity, QuantizedTensor};
use qins_core::error::{Error, Result};
use std::collections::HashSet;

/// The section's stored CRC32 against its bytes.
fn check_crc(label: &str, section: &Section, data: &[u8]) -> Result<()> {
    let computed = crc32fast::hash(data);
    if computed == section.crc32 {
        return Ok(());
    }
    Err(err(
        label,
        section.offset,
        format!(
            "section CRC32 mismatch: stored {:08x}, computed {computed:08x}",
            section.crc32
        ),
    ))
}

fn err(section: impl Into<String>, offset: u64, message: impl Into<String>) -> Error {
    Error::Image {
        section: section.into(),
        offset,
        message: message.into(),
    }
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

fn u64_at(b: &[u8], at: usize) -> u64 {
    let mut x = [0u8; 8];
    x.copy_from_slice(&b[at..at + 8]);
    u64::from_le_bytes(x)
}

fn tensor_label(name: &str) -> String {
    format!("tensor '{}'", name.escape_debug())
}

fn array_label(name: &str) -> String {
    format!("array '{}'", name.escape_debug())
}

fn blob_label(name: &str) -> String {
    format!("blob '{}'", name.escape_debug())
}

fn table_label(id: &str) -> String {
    format!("table '{}'", id.escape_debug())
}

/// Bytes `from..to` (in bounds) must be zero.
fn check_zero(bytes: &[u8], from: usize, to: usize) -> Result<()> {
    match bytes[from..to].iter().position(|&b| b != 0) {
        Some(i) => {
            let at = from + i;
            Err(err(
                "padding",
                at as u64,
                format!("padding byte is {:#04x}, must be zero", bytes[at]),
            ))
        }
        None => Ok(()),
    }
}

/// A serde_json error as a manifest error at the byte it points to.
fn json_error(e: serde_json::Error, manifest: &[u8]) -> Error {
    // serde_json reports a 1-based line and the byte column just past the offending byte.
    let line_start = match e.line() {
        0 | 1 => 0,
        n => manifest
            .iter()
            .enumerate()
            .filter(|&(_, &b)| b == b'\n')
            .nth(n - 2)
            .map_or(manifest.len(), |(i, _)| i + 1),
    };
    let at = line_start
        .saturating_add(e.column().saturating_sub(1))
        .min(manifest.len());
    err(
        "manifest",
        (HEADER_LEN + at) as u64,
        format!("invalid manifest JSON: {e}"),
    )
}

fn codec_name(c: Codec) -> &'static str {
    match c {
        Codec::Qins => "qins",
        Codec::Int8 => "int8",
    }
}

fn granularity_name(g: Granularity) -> &'static str {
    match g {
        Granularity::Tensor => "tensor",
        Granularity::Channel => "channel",
    }
}

pub(super) fn parse(bytes: &[u8]) -> Result<(WeightImage, ImageSummary)> {
    let file_len = bytes.len() as u64;

    // Header.
    if bytes.len() >= MAGIC.len() && bytes[..MAGIC.len()] != MAGIC {
        return Err(err(
            "header",
            0,
            "bad magic: not a QINS weight image (expected \"QINSIMG\\0\")",
        ));
    }
    if bytes.len() < HEADER_LEN {
        return Err(err(
            "header",
            file_len,
            format!("file is {file_len} bytes, shorter than the {HEADER_LEN}-byte header"),
        ));
    }
    let version = u32_at(bytes, 8);
    if version == 1 {
        return Err(err(
            "header",
            8,
            format!(
                "unsupported version 1: a version-1 image holds bare tensors, not a compiled \
                 model; re-encode it with `qins encode --model DIR --mode MODE` (version {VERSION})"
            ),
        ));
    }
    if version != VERSION {
        return Err(err(
            "header",
            8,
            format!("unsupported version {version} (this reader supports version {VERSION})"),
        ));
    }
    let stored = u32_at(bytes, 28);
    let computed = crc32fast::hash(&bytes[..28]);
    if stored != computed {
        return Err(err(
            "header",
            28,
            format!("header CRC32 mismatch: stored {stored:08x}, computed {computed:08x}"),
        ));
    }
    let manifest_len = u32_at(bytes, 12) as u64;
    let manifest_crc = u32_at(bytes, 16);
    let total_len = u64_at(bytes, 20);
    if total_len != file_len {
        return Err(err(
            "header",
            20,
            format!("header says the file is {total_len} bytes but it is {file_len} (truncated or extended)"),
        ));
    }
    let manifest_end = HEADER_LEN as u64 + manifest_len;
    if manifest_end > file_len {
        return Err(err(
            "header",
            12,
            format!(
                "manifest of {manifest_len} bytes runs past the end of the {file_len}-byte file"
            ),
        ));
    }

    // Manifest.
    let mbytes = &bytes[HEADER_LEN..manifest_end as usize];
    let computed = crc32fast::hash(mbytes);
    if computed != manifest_crc {
        return Err(err(
            "manifest",
            HEADER_LEN as u64,
            format!("manifest CRC32 mismatch: stored {manifest_crc:08x}, computed {computed:08x}"),
        ));
    }
    let text = std::str::from_utf8(mbytes).map_err(|e| {
        err(
            "manifest",
            (HEADER_LEN + e.valid_up_to()) as u64,
            "manifest is not valid UTF-8",
        )
    })?;
    let m: Manifest = serde_json::from_str(text).map_err(|e| json_error(e, mbytes))?;
    if m.format != FORMAT_NAME {
        return Err(err(
            "manifest",
            HEADER_LEN as u64,
            format!("format is {:?}, expected {FORMAT_NAME:?}", m.format),
        ));
    }
    if m.version != version {
        return Err(err(
            "manifest",
            HEADER_LEN as u64,
            format!(
                "manifest version {} differs from header version {version}",
                m.version
            ),
        ));
    }

    // Layout: each section at the first 64-byte boundary after the previous one (the
    // manifest for the first), inside the file, zero padding, file ends at the boundary
    // after the last section.
    let labelled = m
        .tensors
        .iter()
        .map(|t| (tensor_label(&t.name), t.section))
        .chain(m.arrays.iter().map(|a| (array_label(&a.name), a.section)))
        .chain(m.blobs.iter().map(|b| (blob_label(&b.name), b.section)))
        .chain(m.tables.iter().map(|t| (table_label(&t.id), t.section)));
    let mut prev_end = manifest_end;
    let mut prev_what = String::from("the manifest");
    for (label, Section { offset, length, .. }) in labelled {
        // prev_end <= file_len, so this cannot overflow for any in-memory file.
        let expected = align_up(prev_end).unwrap_or(u64::MAX);
        if offset % ALIGN != 0 {
            return Err(err(
                label,
                offset,
                format!("section offset {offset} is not a multiple of {ALIGN}"),
            ));
        }
        if offset < expected {
            return Err(err(
                label,
                offset,
                format!(
                    "section at byte {offset} overlaps {prev_what}, which ends at byte {prev_end}"
                ),
            ));
        }
        if offset > expected {
            return Err(err(
                label,
                offset,
                format!(
                    "section at byte {offset} leaves a gap: it must start at byte {expected}, \
                     the first 64-byte boundary after {prev_what}"
                ),
            ));
        }
        let end = match offset.checked_add(length) {
            Some(end) if end <= file_len => end,
            _ => {
                return Err(err(
                    label,
                    offset,
                    format!("section of {length} bytes at byte {offset} runs past the end of the {file_len}-byte file"),
                ))
            }
        };
        check_zero(bytes, prev_end as usize, offset as usize)?;
        prev_end = end;
        prev_what = label;
    }
    let expected_len = align_up(prev_end).unwrap_or(u64::MAX);
    if expected_len != file_len {
        return Err(err(
            "padding",
            prev_end,
            format!(
                "the file must end at byte {expected_len} ({prev_what} ends at byte {prev_end}, \
                 padded to {ALIGN}) but it is {file_len} bytes"
            ),
        ));
    }
    check_zero(bytes, prev_end as usize, bytes.len())?;

    // The layout is valid: every section is inside the file.
    let payload = |s: &Section| &bytes[s.offset as usize..(s.offset + s.length) as usize];

    // Tables: known id, unique, right length, CRC, contents equal to the built-in table.
    let mut tables: Vec<TableRef> = Vec::with_capacity(m.tables.len());
    for t in &m.tables {
        let label = table_label(&t.id);
        let off = t.section.offset;
        let kind = match t.kind {
            TableKind::Decode => "decode",
            TableKind::Encode => "encode",
        };
        let r = TableRef::parse(t.kind, &t.id).ok_or_else(|| {
            err(
                &label,
                off,
                format!(
                    "unknown or modified table: no built-in {kind} table is called {:?}",
                    t.id
                ),
            )
        })?;
        if tables.contains(&r) {
            return Err(err(&label, off, format!("{kind} table listed twice")));
        }
        if t.section.length != r.byte_len() as u64 {
            return Err(err(
                &label,
                off,
                format!(
                    "{kind} table section is {} bytes, must be {}",
                    t.section.length,
                    r.byte_len()
                ),
            ));
        }
        let data = payload(&t.section);
        check_crc(&label, &t.section, data)?;
        if data != r.to_bytes().as_slice() {
            return Err(err(
                &label,
                off,
                format!(
                    "unknown or modified table: contents differ from the built-in {kind} table"
                ),
            ));
        }
        tables.push(r);
    }

    // Names: non-empty, unique over tensors, arrays and blobs.
    let mut names: HashSet<&str> = HashSet::new();
    let named = m
        .tensors
        .iter()
        .map(|t| (tensor_label(&t.name), &t.name, t.section));
    let named = named.chain(
        m.arrays
            .iter()
            .map(|a| (array_label(&a.name), &a.name, a.section)),
    );
    let named = named.chain(
        m.blobs
            .iter()
            .map(|b| (blob_label(&b.name), &b.name, b.section)),
    );
    for (label, name, section) in named {
        if name.is_empty() {
            return Err(err(&label, section.offset, "section name is empty"));
        }
        if !names.insert(name) {
            return Err(err(&label, section.offset, "duplicate section name"));
        }
    }

    // Tensors.
    let mut tensors: Vec<ImageTensor> = Vec::with_capacity(m.tensors.len());
    for t in &m.tensors {
        let label = tensor_label(&t.name);
        let off = t.section.offset;
        let (rows, cols) = shape_rows_cols(&t.shape).ok_or_else(|| {
            err(
                &label,
                off,
                format!(
                    "shape {:?} must be 1-D or 2-D with every dimension >= 1",
                    t.shape
                ),
            )
        })?;
        let count = rows
            .checked_mul(cols)
            .and_then(|n| u64::try_from(n).ok())
            .ok_or_else(|| err(&label, off, format!("shape {:?} overflows", t.shape)))?;
        if count != t.section.length {
            return Err(err(
                &label,
                off,
                format!(
                    "shape {:?} needs {count} code bytes, the section has {}",
                    t.shape, t.section.length
                ),
            ));
        }
        let want_scales = match t.granularity {
            Granularity::Tensor => 1,
            Granularity::Channel => rows,
        };
        if t.scales.len() != want_scales {
            return Err(err(
                &label,
                off,
                format!(
                    "granularity '{}' with {rows} rows needs {want_scales} scales, got {}",
                    granularity_name(t.granularity),
                    t.scales.len()
                ),
            ));
        }
        let (dt, et) = (decode_table_for(t.codec), encode_table_for(t.codec));
        for (want, got) in [
            (TableRef::Decode(dt), TableRef::Decode(t.decode_table)),
            (TableRef::Encode(et), TableRef::Encode(t.encode_table)),
        ] {
            if want != got {
                return Err(err(
                    &label,
                    off,
                    format!(
                        "codec '{}' uses table '{}', not '{}'",
                        codec_name(t.codec),
                        want.id_name(),
                        got.id_name()
                    ),
                ));
            }
            if !tables.contains(&got) {
                return Err(err(
                    &label,
                    off,
                    format!("table '{}' is not in the image", got.id_name()),
                ));
            }
        }
        let data = payload(&t.section);
        check_crc(&label, &t.section, data)?;
        let tensor = QuantizedTensor {
            codec: t.codec,
            rows,
            cols,
            codes: data.to_vec(),
            scales: t.scales.clone(),
        };
        tensor
            .validate()
            .map_err(|e| err(&label, off, e.to_string()))?;
        tensors.push(ImageTensor {
            name: t.name.clone(),
            shape: t.shape.clone(),
            tensor,
        });
    }

    // Arrays: shape, length, CRC, finite values.
    let mut arrays = Vec::with_capacity(m.arrays.len());
    for a in &m.arrays {
        let label = array_label(&a.name);
        let off = a.section.offset;
        let count = shape_rows_cols(&a.shape)
            .and_then(|(r, c)| r.checked_mul(c))
            .and_then(|n| n.checked_mul(4))
            .and_then(|n| u64::try_from(n).ok())
            .ok_or_else(|| {
                err(
                    &label,
                    off,
                    format!(
                        "shape {:?} must be 1-D or 2-D with every dimension >= 1",
                        a.shape
                    ),
                )
            })?;
        if count != a.section.length {
            return Err(err(
                &label,
                off,
                format!(
                    "shape {:?} of f32 needs {count} bytes, the section has {}",
                    a.shape, a.section.length
                ),
            ));
        }
        let data = payload(&a.section);
        check_crc(&label, &a.section, data)?;
        let values: Vec<f32> = data
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        if let Some(i) = values.iter().position(|v| !v.is_finite()) {
            return Err(err(
                &label,
                off + 4 * i as u64,
                format!("value {} is not finite", values[i]),
            ));
        }
        arrays.push(ImageArray {
            name: a.name.clone(),
            shape: a.shape.clone(),
            data: values,
        });
    }

    // Blobs: CRC.
    let mut blobs = Vec::with_capacity(m.blobs.len());
    for b in &m.blobs {
        let data = payload(&b.section);
        check_crc(&blob_label(&b.name), &b.section, data)?;
        blobs.push(ImageBlob {
            name: b.name.clone(),
            media_type: b.media_type.clone(),
            bytes: data.to_vec(),
        });
    }

    let mut image = WeightImage {
        model: m.model.clone(),
        tensors,
        arrays,
        blobs,
        extra_tables: Vec::new(),
    };
    let used = image.tables_used();
    image.extra_tables = tables.into_iter().filter(|t| !used.contains(t)).collect();
    let summary = ImageSummary::new(&m, manifest_len, file_len);
    Ok((image, summary))
}
