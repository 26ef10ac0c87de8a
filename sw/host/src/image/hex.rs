//! Verilog `$readmemh` export: one hex word per line, lowercase, no comments, no address
//! markers, `\n` line ends, so line `i` is memory word `i`.
//!
//! | file | words | digits per line |
//! |---|---|---|
//! | `<tensor>.hex` | `rows * cols` codes, row-major | 2 |
//! | `decode_<id>.hex` | 256 entries, i16 two's complement | 4 |
//! | `encode_<id>_thresholds.hex` | 255 thresholds, i32 two's complement | 8 |
//! | `encode_<id>_codes.hex` | 256 codes (`code_of_rank`) | 2 |
//! | `index.json` | the list of files with tensor shapes, codecs and scales | |
//!
//! `<tensor>` and `<id>` are sanitized to `[A-Za-z0-9_]` (every other character becomes
//! `_`, names are cut at 200 characters); a name that would repeat an earlier file name
//! (compared case-insensitively) gets the first free suffix `_2`, `_3`, ...

use super::{TableRef, WeightImage};
use qins_core::codec::{Codec, Granularity};
use qins_core::error::{Error, Result};
use qins_core::hw::decode_table::DecodeTableId;
use qins_core::hw::encoder::EncodeTableId;
use qins_core::hw::{DecodeTable, ThresholdEncoder};
use serde::Serialize;
use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Longest sanitized stem before a uniqueness suffix, in characters.
const MAX_STEM: usize = 200;

/// Maps every character outside `[A-Za-z0-9_]` to `_` and cuts at 200 characters.
pub fn sanitize(name: &str) -> String {
    name.chars()
        .take(MAX_STEM)
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// `stem`, or `stem_2`, `stem_3`, ... : the first not yet in `used` (case-insensitively).
fn unique(stem: String, used: &mut HashSet<String>) -> String {
    let mut candidate = stem.clone();
    let mut n = 2u64;
    while used.contains(&candidate.to_ascii_lowercase()) {
        candidate = format!("{stem}_{n}");
        n += 1;
    }
    used.insert(candidate.to_ascii_lowercase());
    candidate
}

/// `$readmemh` text of 8-bit words.
pub fn hex_bytes(words: &[u8]) -> String {
    let mut s = String::with_capacity(words.len() * 3);
    for w in words {
        let _ = writeln!(s, "{w:02x}");
    }
    s
}

/// `$readmemh` text of a decode table: 256 lines of 4 hex digits (i16 two's complement).
pub fn hex_decode_table(t: &DecodeTable) -> String {
    let mut s = String::with_capacity(256 * 5);
    for &e in t.entries() {
        let _ = writeln!(s, "{:04x}", e as u16);
    }
    s
}

/// `$readmemh` text of encoder thresholds: 255 lines of 8 hex digits (i32 two's complement).
pub fn hex_thresholds(t: &ThresholdEncoder) -> String {
    let mut s = String::with_capacity(255 * 9);
    for &x in t.thresholds() {
        let _ = writeln!(s, "{:08x}", x as u32);
    }
    s
}

/// One exported file, as listed in `index.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HexFile {
    /// File name inside the export directory.
    pub file: String,
    /// `tensor`, `decode-table`, `encode-thresholds` or `encode-codes`.
    pub kind: &'static str,
    /// Tensor name or table id.
    pub name: String,
    /// Number of lines (memory words).
    pub words: usize,
    /// Word width in bits (8, 16 or 32).
    pub width: u32,
}

#[derive(Serialize)]
struct IndexTensor<'a> {
    name: &'a str,
    file: &'a str,
    shape: &'a [usize],
    rows: usize,
    cols: usize,
    codec: Codec,
    granularity: Granularity,
    scales: &'a [f32],
    decode_table: DecodeTableId,
    encode_table: EncodeTableId,
}

#[derive(Serialize)]
struct Index<'a> {
    format: &'static str,
    version: u32,
    files: &'a [HexFile],
    tensors: Vec<IndexTensor<'a>>,
}

impl WeightImage {
    /// Writes `$readmemh` files for every tensor and every used table, plus `index.json`,
    /// into `dir` (created if missing). Returns the paths written, `index.json` last.
    pub fn export_readmemh(&self, dir: impl AsRef<Path>) -> Result<Vec<PathBuf>> {
        self.check()?;
        let dir = dir.as_ref();
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let mut used = HashSet::from(["index".to_string()]);
        let mut files: Vec<(HexFile, String)> = Vec::new();
        // Tables first, so their names are fixed whatever the tensors are called.
        let mut table_files = Vec::new();
        for r in self.tables_used() {
            let id = r.id_name();
            let stem = sanitize(&id);
            match r {
                TableRef::Decode(d) => {
                    let file = format!("{}.hex", unique(format!("decode_{stem}"), &mut used));
                    let hf = HexFile {
                        file,
                        kind: "decode-table",
                        name: id,
                        words: 256,
                        width: 16,
                    };
                    table_files.push((hf, hex_decode_table(&DecodeTable::builtin(d))));
                }
                TableRef::Encode(e) => {
                    let enc = ThresholdEncoder::builtin(e);
                    let file = format!(
                        "{}.hex",
                        unique(format!("encode_{stem}_thresholds"), &mut used)
                    );
                    let hf = HexFile {
                        file,
                        kind: "encode-thresholds",
                        name: id.clone(),
                        words: 255,
                        width: 32,
                    };
                    table_files.push((hf, hex_thresholds(&enc)));
                    let file = format!("{}.hex", unique(format!("encode_{stem}_codes"), &mut used));
                    let hf = HexFile {
                        file,
                        kind: "encode-codes",
                        name: id,
                        words: 256,
                        width: 8,
                    };
                    table_files.push((hf, hex_bytes(enc.code_of_rank())));
                }
            }
        }
        for t in &self.tensors {
            let file = format!("{}.hex", unique(sanitize(&t.name), &mut used));
            let hf = HexFile {
                file,
                kind: "tensor",
                name: t.name.clone(),
                words: t.tensor.codes.len(),
                width: 8,
            };
            files.push((hf, hex_bytes(&t.tensor.codes)));
        }
        files.extend(table_files);

        let mut paths = Vec::with_capacity(files.len() + 1);
        for (hf, text) in &files {
            let path = dir.join(&hf.file);
            std::fs::write(&path, text).map_err(|e| Error::io(&path, e))?;
            paths.push(path);
        }
        let listed: Vec<HexFile> = files.into_iter().map(|(hf, _)| hf).collect();
        let index = Index {
            format: "qins-readmemh",
            version: 1,
            files: &listed,
            tensors: self
                .tensors
                .iter()
                .zip(&listed)
                .map(|(t, hf)| IndexTensor {
                    name: &t.name,
                    file: &hf.file,
                    shape: &t.shape,
                    rows: t.tensor.rows,
                    cols: t.tensor.cols,
                    codec: t.tensor.codec,
                    granularity: t.tensor.granularity(),
                    scales: &t.tensor.scales,
                    decode_table: t.decode_table(),
                    encode_table: t.encode_table(),
                })
                .collect(),
        };
        let mut json = serde_json::to_string_pretty(&index)
            .map_err(|e| Error::Invalid(format!("cannot serialize index.json: {e}")))?;
        json.push('\n');
        let path = dir.join("index.json");
        std::fs::write(&path, json).map_err(|e| Error::io(&path, e))?;
        paths.push(path);
        Ok(paths)
    }
}
