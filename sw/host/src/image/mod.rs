//! The versioned weight image (`.qimg`), format version 2: a compiled model in one
//! checksummed little-endian file. This layer is the container: the model description (an
//! opaque JSON value here; `qins_models::compiled` owns its schema), 8-bit code tensors with
//! their scales, f32 host arrays, byte blobs (the embedded `tokenizer.json`) and the hardware
//! tables. The format is specified byte by byte in `docs/weight-image.md`.
//!
//! ```text
//! 0   header    32 bytes  magic "QINSIMG\0", version u32, manifest length u32,
//!                         manifest CRC32 u32, file length u64, header CRC32 u32 (of bytes 0..28)
//! 32  manifest  UTF-8 JSON (see [`manifest`])
//!     sections  tensor codes, arrays, blobs, then tables, in manifest order, each at the first 64-byte
//!               boundary after the previous one; zero padding; the file ends at the
//!               64-byte boundary after the last section
//! ```
//!
//! Every byte is covered by the header CRC, the manifest CRC, a section CRC, or the
//! zero-padding rule, and the header records the file length: any single-byte change and
//! any truncation or extension of a valid image is rejected by [`WeightImage::from_bytes`].

pub mod hex;
pub mod manifest;
mod reader;
pub mod tables;
#[cfg(test)]
mod tests;

use manifest::{ArrayEntry, BlobEntry, Manifest, TableEntry, TensorEntry};
use qins_core::codec::{Codec, Granularity, QuantizedTensor};
use qins_core::error::{Error, Result};
use qins_core::hw::decode_table::DecodeTableId;
use qins_core::hw::encoder::EncodeTableId;
use serde::Serialize;
use std::borrow::Cow;
use std::path::Path;

pub use manifest::{ArrayDtype, Section, TableKind};
pub use tables::{decode_table_for, encode_table_for, TableRef};

/// File magic, bytes 0..8.
pub const MAGIC: [u8; 8] = *b"QINSIMG\0";
/// The format version this library writes and reads (version 1, tensors without a model,
/// is refused with a message that names it).
pub const VERSION: u32 = 2;
/// Header length in bytes; the manifest starts here.
pub const HEADER_LEN: usize = 32;
/// Section alignment in bytes (also the granularity of the file length).
pub const ALIGN: u64 = 64;
/// The manifest's `format` field.
pub const FORMAT_NAME: &str = "qins-weight-image";

/// One named tensor of an image.
///
/// Invariants (checked by the writer and the reader): `name` non-empty and unique in the
/// image; `shape` is `[cols]` (one row) or `[rows, cols]`, every dimension >= 1, and
/// matches `tensor.rows` x `tensor.cols`; `tensor.validate()` holds.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageTensor {
    pub name: String,
    pub shape: Vec<usize>,
    pub tensor: QuantizedTensor,
}

impl ImageTensor {
    /// A tensor with an explicit 1-D or 2-D shape, validated.
    pub fn new(
        name: impl Into<String>,
        shape: Vec<usize>,
        tensor: QuantizedTensor,
    ) -> Result<Self> {
        let t = Self {
            name: name.into(),
            shape,
            tensor,
        };
        t.check()?;
        Ok(t)
    }

    /// A 2-D tensor of shape `[rows, cols]`.
    pub fn matrix(name: impl Into<String>, tensor: QuantizedTensor) -> Self {
        let shape = vec![tensor.rows, tensor.cols];
        Self {
            name: name.into(),
            shape,
            tensor,
        }
    }

    pub fn decode_table(&self) -> DecodeTableId {
        decode_table_for(self.tensor.codec)
    }

    pub fn encode_table(&self) -> EncodeTableId {
        encode_table_for(self.tensor.codec)
    }

    /// Writer-side check of the invariants; errors name the tensor.
    fn check(&self) -> Result<()> {
        let name = &self.name;
        if name.is_empty() {
            return Err(Error::Invalid(
                "a weight-image tensor needs a non-empty name".into(),
            ));
        }
        let (rows, cols) = shape_rows_cols(&self.shape).ok_or_else(|| {
            Error::Shape(format!(
                "tensor '{name}': shape {:?} must be 1-D or 2-D with every dimension >= 1",
                self.shape
            ))
        })?;
        if (rows, cols) != (self.tensor.rows, self.tensor.cols) {
            return Err(Error::Shape(format!(
                "tensor '{name}': shape {:?} does not match the {} x {} quantized tensor",
                self.shape, self.tensor.rows, self.tensor.cols
            )));
        }
        self.tensor.validate().map_err(|e| match e {
            Error::Shape(m) => Error::Shape(format!("tensor '{name}': {m}")),
            Error::Range(m) => Error::Range(format!("tensor '{name}': {m}")),
            other => other,
        })
    }
}

/// `[n]` -> `(1, n)`, `[r, c]` -> `(r, c)`; `None` for other ranks or a zero dimension.
pub(crate) fn shape_rows_cols(shape: &[usize]) -> Option<(usize, usize)> {
    let (r, c) = match *shape {
        [n] => (1, n),
        [r, c] => (r, c),
        _ => return None,
    };
    (r > 0 && c > 0).then_some((r, c))
}

/// Rounds up to a multiple of [`ALIGN`]; `None` on overflow.
pub(crate) fn align_up(x: u64) -> Option<u64> {
    x.checked_add(ALIGN - 1).map(|v| v & !(ALIGN - 1))
}

/// A host-side f32 tensor of an image. Invariants: `name` non-empty and unique among all the
/// image's named sections; `shape` 1-D or 2-D, every dimension >= 1, `data.len()` its
/// product; every value finite.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageArray {
    pub name: String,
    pub shape: Vec<usize>,
    pub data: Vec<f32>,
}

/// An opaque byte string of an image, with its media type (e.g. `application/json`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImageBlob {
    pub name: String,
    pub media_type: String,
    pub bytes: Vec<u8>,
}

/// A weight image: the model description, then the sections in file order. The tables are
/// those the tensors' codecs imply, then `extra_tables` (tables the accelerator is loaded
/// with that no tensor names, such as an activation decode table).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WeightImage {
    /// The compiled model's description (`null` for a bare container).
    pub model: serde_json::Value,
    pub tensors: Vec<ImageTensor>,
    pub arrays: Vec<ImageArray>,
    pub blobs: Vec<ImageBlob>,
    /// Tables no tensor uses, in order (none repeats a tensor's table).
    pub extra_tables: Vec<TableRef>,
}

impl ImageArray {
    /// Writer-side check of the invariants; errors name the array.
    fn check(&self) -> Result<()> {
        let name = &self.name;
        if name.is_empty() {
            return Err(Error::Invalid(
                "a weight-image array needs a non-empty name".into(),
            ));
        }
        let (rows, cols) = shape_rows_cols(&self.shape).ok_or_else(|| {
            Error::Shape(format!(
                "array '{name}': shape {:?} must be 1-D or 2-D",
                self.shape
            ))
        })?;
        if rows.checked_mul(cols) != Some(self.data.len()) {
            return Err(Error::Shape(format!(
                "array '{name}': shape {:?} does not hold {} values",
                self.shape,
                self.data.len()
            )));
        }
        if let Some(v) = self.data.iter().find(|v| !v.is_finite()) {
            return Err(Error::Range(format!(
                "array '{name}': value {v} is not finite"
            )));
        }
        Ok(())
    }
}

/// Layout and checksums of one image, for `qins inspect --json`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ImageSummary {
    pub format: String,
    pub version: u32,
    /// Whole file, bytes (a multiple of 64).
    pub file_bytes: u64,
    pub header_bytes: u64,
    pub manifest_bytes: u64,
    /// Sum of all section lengths (tensor codes and tables).
    pub payload_bytes: u64,
    /// Zero bytes between and after sections.
    pub padding_bytes: u64,
    /// Sum of the tensors' code counts (one byte each).
    pub parameters: u64,
    /// Sum of the arrays' f32 values.
    pub array_values: u64,
    pub tensors: Vec<TensorSummary>,
    pub arrays: Vec<NamedSectionSummary>,
    pub blobs: Vec<NamedSectionSummary>,
    pub tables: Vec<TableSummary>,
}

/// An array or a blob: its name, shape (arrays) or media type (blobs), and section.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NamedSectionSummary {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shape: Option<Vec<usize>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
    pub section: Section,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TensorSummary {
    pub name: String,
    pub shape: Vec<usize>,
    pub codec: Codec,
    pub granularity: Granularity,
    /// Number of scales (1 or rows).
    pub scale_count: usize,
    pub min_scale: f32,
    pub max_scale: f32,
    pub decode_table: DecodeTableId,
    pub encode_table: EncodeTableId,
    pub section: Section,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TableSummary {
    pub id: String,
    pub kind: TableKind,
    pub section: Section,
}

impl ImageSummary {
    fn new(m: &Manifest, manifest_bytes: u64, file_bytes: u64) -> Self {
        let tensors: Vec<TensorSummary> = m
            .tensors
            .iter()
            .map(|t| TensorSummary {
                name: t.name.clone(),
                shape: t.shape.clone(),
                codec: t.codec,
                granularity: t.granularity,
                scale_count: t.scales.len(),
                min_scale: t.scales.iter().copied().fold(f32::INFINITY, f32::min),
                max_scale: t.scales.iter().copied().fold(f32::NEG_INFINITY, f32::max),
                decode_table: t.decode_table,
                encode_table: t.encode_table,
                section: t.section,
            })
            .collect();
        let tables: Vec<TableSummary> = m
            .tables
            .iter()
            .map(|t| TableSummary {
                id: t.id.clone(),
                kind: t.kind,
                section: t.section,
            })
            .collect();
        let arrays: Vec<NamedSectionSummary> = m
            .arrays
            .iter()
            .map(|a| NamedSectionSummary {
                name: a.name.clone(),
                shape: Some(a.shape.clone()),
                media_type: None,
                section: a.section,
            })
            .collect();
        let blobs: Vec<NamedSectionSummary> = m
            .blobs
            .iter()
            .map(|b| NamedSectionSummary {
                name: b.name.clone(),
                shape: None,
                media_type: Some(b.media_type.clone()),
                section: b.section,
            })
            .collect();
        let payload_bytes = tensors.iter().map(|t| t.section.length).sum::<u64>()
            + arrays.iter().map(|t| t.section.length).sum::<u64>()
            + blobs.iter().map(|t| t.section.length).sum::<u64>()
            + tables.iter().map(|t| t.section.length).sum::<u64>();
        let parameters = tensors.iter().map(|t| t.section.length).sum();
        let array_values = arrays.iter().map(|t| t.section.length / 4).sum();
        Self {
            format: m.format.clone(),
            version: m.version,
            file_bytes,
            header_bytes: HEADER_LEN as u64,
            manifest_bytes,
            payload_bytes,
            padding_bytes: file_bytes - HEADER_LEN as u64 - manifest_bytes - payload_bytes,
            parameters,
            array_values,
            tensors,
            arrays,
            blobs,
            tables,
        }
    }
}

/// What the writer lays out: the manifest (with final offsets) and the section payloads.
struct Plan<'a> {
    manifest: Manifest,
    manifest_bytes: Vec<u8>,
    payloads: Vec<Cow<'a, [u8]>>,
    file_len: u64,
}

impl WeightImage {
    /// A bare container of `tensors` (no model description, arrays, blobs or extra tables).
    pub fn new(tensors: Vec<ImageTensor>) -> Self {
        Self {
            tensors,
            ..Self::default()
        }
    }

    /// The tensor called `name`.
    pub fn get(&self, name: &str) -> Option<&ImageTensor> {
        self.tensors.iter().find(|t| t.name == name)
    }

    /// The array called `name`.
    pub fn array(&self, name: &str) -> Option<&ImageArray> {
        self.arrays.iter().find(|t| t.name == name)
    }

    /// The blob called `name`.
    pub fn blob(&self, name: &str) -> Option<&ImageBlob> {
        self.blobs.iter().find(|t| t.name == name)
    }

    /// The tables the tensors use, in order of first use (decode before encode).
    pub fn tables_used(&self) -> Vec<TableRef> {
        let mut out = Vec::new();
        for t in &self.tensors {
            for r in [
                TableRef::Decode(t.decode_table()),
                TableRef::Encode(t.encode_table()),
            ] {
                if !out.contains(&r) {
                    out.push(r);
                }
            }
        }
        out
    }

    /// Every table the file holds: [`Self::tables_used`], then the extra tables.
    pub fn tables(&self) -> Vec<TableRef> {
        let mut out = self.tables_used();
        for &r in &self.extra_tables {
            if !out.contains(&r) {
                out.push(r);
            }
        }
        out
    }

    fn check(&self) -> Result<()> {
        let mut names = std::collections::HashSet::new();
        let named = self.tensors.iter().map(|t| t.name.as_str());
        let named = named.chain(self.arrays.iter().map(|a| a.name.as_str()));
        for name in named.chain(self.blobs.iter().map(|b| b.name.as_str())) {
            if !names.insert(name) {
                return Err(Error::Invalid(format!("duplicate section name '{name}'")));
            }
        }
        for t in &self.tensors {
            t.check()?;
        }
        for a in &self.arrays {
            a.check()?;
        }
        if let Some(b) = self.blobs.iter().find(|b| b.name.is_empty()) {
            return Err(Error::Invalid(format!(
                "a weight-image blob ({}) needs a non-empty name",
                b.media_type
            )));
        }
        Ok(())
    }

    /// Validates and lays out. Section offsets appear in the manifest, whose length sets the
    /// first offset, so the base offset is iterated to a fixed point (it only grows, and
    /// settles after a few rounds).
    fn plan(&self) -> Result<Plan<'_>> {
        self.check()?;
        let tables = self.tables();
        let mut payloads: Vec<Cow<'_, [u8]>> = self
            .tensors
            .iter()
            .map(|t| Cow::Borrowed(t.tensor.codes.as_slice()))
            .collect();
        payloads.extend(
            self.arrays
                .iter()
                .map(|a| Cow::Owned(a.data.iter().flat_map(|v| v.to_le_bytes()).collect())),
        );
        payloads.extend(self.blobs.iter().map(|b| Cow::Borrowed(b.bytes.as_slice())));
        payloads.extend(tables.iter().map(|r| Cow::Owned(r.to_bytes())));
        let crcs: Vec<u32> = payloads.iter().map(|p| crc32fast::hash(p)).collect();
        let too_big = || Error::Range("weight image larger than 2^64 bytes".into());

        let mut base = 0u64;
        for _ in 0..64 {
            // Section offsets from `base`.
            let mut sections = Vec::with_capacity(payloads.len());
            let mut at = base;
            for (p, &crc32) in payloads.iter().zip(&crcs) {
                let length = p.len() as u64;
                sections.push(Section {
                    offset: at,
                    length,
                    crc32,
                });
                at = at
                    .checked_add(length)
                    .and_then(align_up)
                    .ok_or_else(too_big)?;
            }
            let (ts, rest) = sections.split_at(self.tensors.len());
            let (ars, rest) = rest.split_at(self.arrays.len());
            let (bls, tb) = rest.split_at(self.blobs.len());
            let manifest = Manifest {
                format: FORMAT_NAME.into(),
                version: VERSION,
                model: self.model.clone(),
                arrays: self
                    .arrays
                    .iter()
                    .zip(ars)
                    .map(|(a, &section)| ArrayEntry {
                        name: a.name.clone(),
                        shape: a.shape.clone(),
                        dtype: ArrayDtype::F32,
                        section,
                    })
                    .collect(),
                blobs: self
                    .blobs
                    .iter()
                    .zip(bls)
                    .map(|(b, &section)| BlobEntry {
                        name: b.name.clone(),
                        media_type: b.media_type.clone(),
                        section,
                    })
                    .collect(),
                tensors: self
                    .tensors
                    .iter()
                    .zip(ts)
                    .map(|(t, &section)| TensorEntry {
                        name: t.name.clone(),
                        shape: t.shape.clone(),
                        codec: t.tensor.codec,
                        granularity: t.tensor.granularity(),
                        scales: t.tensor.scales.clone(),
                        decode_table: t.decode_table(),
                        encode_table: t.encode_table(),
                        section,
                    })
                    .collect(),
                tables: tables
                    .iter()
                    .zip(tb)
                    .map(|(r, &section)| TableEntry {
                        id: r.id_name(),
                        kind: r.kind(),
                        section,
                    })
                    .collect(),
            };
            let manifest_bytes = serde_json::to_vec(&manifest)
                .map_err(|e| Error::Invalid(format!("cannot serialize the manifest: {e}")))?;
            if manifest_bytes.len() > u32::MAX as usize {
                return Err(Error::Range(format!(
                    "manifest of {} bytes does not fit the u32 length field",
                    manifest_bytes.len()
                )));
            }
            let start =
                align_up(HEADER_LEN as u64 + manifest_bytes.len() as u64).ok_or_else(too_big)?;
            if start == base {
                // `at` is the aligned end of the last section (or `base` when there is none).
                return Ok(Plan {
                    manifest,
                    manifest_bytes,
                    payloads,
                    file_len: at,
                });
            }
            base = start;
        }
        Err(Error::Invalid(
            "weight-image layout did not converge".into(),
        ))
    }

    /// Serializes to the `.qimg` bytes. Deterministic: equal images give equal bytes.
    pub fn to_bytes(&self) -> Result<Vec<u8>> {
        let plan = self.plan()?;
        let file_len = usize::try_from(plan.file_len)
            .map_err(|_| Error::Range("weight image does not fit in memory".into()))?;
        let mut out = Vec::with_capacity(file_len);
        out.extend_from_slice(&MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&(plan.manifest_bytes.len() as u32).to_le_bytes());
        out.extend_from_slice(&crc32fast::hash(&plan.manifest_bytes).to_le_bytes());
        out.extend_from_slice(&plan.file_len.to_le_bytes());
        let header_crc = crc32fast::hash(&out);
        out.extend_from_slice(&header_crc.to_le_bytes());
        out.extend_from_slice(&plan.manifest_bytes);
        let m = &plan.manifest;
        let sections = m.tensors.iter().map(|t| t.section);
        let sections = sections.chain(m.arrays.iter().map(|t| t.section));
        let sections = sections.chain(m.blobs.iter().map(|t| t.section));
        let sections = sections.chain(m.tables.iter().map(|t| t.section));
        for (section, payload) in sections.zip(&plan.payloads) {
            out.resize(section.offset as usize, 0);
            out.extend_from_slice(payload);
        }
        out.resize(file_len, 0);
        Ok(out)
    }

    /// Writes the `.qimg` file.
    pub fn write(&self, path: impl AsRef<Path>) -> Result<()> {
        let bytes = self.to_bytes()?;
        std::fs::write(path.as_ref(), bytes).map_err(|e| Error::io(path, e))
    }

    /// Parses and fully validates an image; never panics. Errors are [`Error::Image`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Self> {
        reader::parse(bytes).map(|(image, _)| image)
    }

    /// [`Self::from_bytes`] plus the file's actual layout.
    pub fn from_bytes_with_summary(bytes: &[u8]) -> Result<(Self, ImageSummary)> {
        reader::parse(bytes)
    }

    /// Reads and validates a `.qimg` file.
    pub fn read(path: impl AsRef<Path>) -> Result<Self> {
        Self::read_with_summary(path).map(|(image, _)| image)
    }

    /// [`Self::read`] plus the file's actual layout.
    pub fn read_with_summary(path: impl AsRef<Path>) -> Result<(Self, ImageSummary)> {
        let bytes = std::fs::read(path.as_ref()).map_err(|e| Error::io(&path, e))?;
        reader::parse(&bytes)
    }

    /// The layout [`Self::to_bytes`] produces (equal to the summary of reading that file).
    pub fn summary(&self) -> Result<ImageSummary> {
        let plan = self.plan()?;
        Ok(ImageSummary::new(
            &plan.manifest,
            plan.manifest_bytes.len() as u64,
            plan.file_len,
        ))
    }
}
