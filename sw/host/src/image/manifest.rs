//! The manifest: the JSON document at byte 32 that describes every section of an image.
//!
//! Field order here is the serialized order, so the writer is deterministic. Unknown fields
//! are rejected: a version-2 reader accepts exactly the version-2 schema. `model` is the
//! compiled model's description (its schema belongs to `qins_models::compiled`, which
//! validates it); this layer only carries it.

use qins_core::codec::{Codec, Granularity};
use qins_core::hw::decode_table::DecodeTableId;
use qins_core::hw::encoder::EncodeTableId;
use serde::{Deserialize, Serialize};

/// Where a payload lives in the file: `length` bytes at byte `offset` (a multiple of 64),
/// with `crc32` the CRC-32 (IEEE) of exactly those bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub offset: u64,
    pub length: u64,
    pub crc32: u32,
}

/// The two kinds of hardware table an image carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TableKind {
    /// 256 x i16 LE: [`qins_core::hw::DecodeTable`] entries (512 bytes).
    Decode,
    /// 255 x i32 LE thresholds then 256 code bytes: [`qins_core::hw::ThresholdEncoder`] (1276 bytes).
    Encode,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Manifest {
    pub format: String,
    pub version: u32,
    pub model: serde_json::Value,
    pub tensors: Vec<TensorEntry>,
    pub arrays: Vec<ArrayEntry>,
    pub blobs: Vec<BlobEntry>,
    pub tables: Vec<TableEntry>,
}

/// The element type of an [`ArrayEntry`]: only `f32` (little-endian IEEE 754) so far.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ArrayDtype {
    F32,
}

/// A host-side tensor in full precision: `rows * cols` f32 values, row-major.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ArrayEntry {
    pub name: String,
    pub shape: Vec<usize>,
    pub dtype: ArrayDtype,
    pub section: Section,
}

/// An opaque byte string (e.g. the UTF-8 text of `tokenizer.json`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct BlobEntry {
    pub name: String,
    pub media_type: String,
    pub section: Section,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct TensorEntry {
    pub name: String,
    pub shape: Vec<usize>,
    pub codec: Codec,
    pub granularity: Granularity,
    pub scales: Vec<f32>,
    pub decode_table: DecodeTableId,
    pub encode_table: EncodeTableId,
    pub section: Section,
}

/// `id` is the serde name of a [`DecodeTableId`] or [`EncodeTableId`], chosen by `kind`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct TableEntry {
    pub id: String,
    pub kind: TableKind,
    pub section: Section,
}
