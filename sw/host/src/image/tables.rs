//! The hardware tables an image carries, their ids and their byte encodings.

use super::manifest::TableKind;
use qins_core::codec::Codec;
use qins_core::hw::decode_table::DecodeTableId;
use qins_core::hw::encoder::{EncodeTableId, THRESHOLDS};
use qins_core::hw::{DecodeTable, ThresholdEncoder};

/// Bytes of a decode table section: 256 x i16 LE.
pub const DECODE_TABLE_BYTES: usize = 256 * 2;
/// Bytes of an encode table section: 255 x i32 LE thresholds, then 256 code bytes.
pub const ENCODE_TABLE_BYTES: usize = THRESHOLDS * 4 + 256;

/// The decode table a codec's codes are read through.
pub fn decode_table_for(codec: Codec) -> DecodeTableId {
    match codec {
        Codec::Qins => DecodeTableId::QinsLambdaQ7_8,
        Codec::Int8 => DecodeTableId::Int8Identity,
    }
}

/// The encode table that produces a codec's codes.
pub fn encode_table_for(codec: Codec) -> EncodeTableId {
    match codec {
        Codec::Qins => EncodeTableId::QinsQ15_16,
        Codec::Int8 => EncodeTableId::Int8SymmetricQ15_16,
    }
}

/// One built-in table, by kind and id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableRef {
    Decode(DecodeTableId),
    Encode(EncodeTableId),
}

/// The serde name of a unit enum variant (what the manifest writes).
fn serde_name<T: serde::Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => unreachable!("table ids serialize as strings"),
    }
}

impl TableRef {
    pub fn kind(self) -> TableKind {
        match self {
            TableRef::Decode(_) => TableKind::Decode,
            TableRef::Encode(_) => TableKind::Encode,
        }
    }

    /// The id as the manifest spells it (e.g. `qins-lambda-q7-8`).
    pub fn id_name(self) -> String {
        match self {
            TableRef::Decode(id) => serde_name(&id),
            TableRef::Encode(id) => serde_name(&id),
        }
    }

    /// Parses a manifest `(kind, id)`; `None` for an id no built-in table has.
    pub fn parse(kind: TableKind, id: &str) -> Option<Self> {
        let v = serde_json::Value::String(id.to_owned());
        match kind {
            TableKind::Decode => serde_json::from_value(v).ok().map(TableRef::Decode),
            TableKind::Encode => serde_json::from_value(v).ok().map(TableRef::Encode),
        }
    }

    /// Section length in bytes.
    pub fn byte_len(self) -> usize {
        match self {
            TableRef::Decode(_) => DECODE_TABLE_BYTES,
            TableRef::Encode(_) => ENCODE_TABLE_BYTES,
        }
    }

    /// The built-in table's section bytes.
    pub fn to_bytes(self) -> Vec<u8> {
        match self {
            TableRef::Decode(id) => decode_table_bytes(&DecodeTable::builtin(id)),
            TableRef::Encode(id) => encode_table_bytes(&ThresholdEncoder::builtin(id)),
        }
    }
}

/// 256 x i16 LE.
pub fn decode_table_bytes(t: &DecodeTable) -> Vec<u8> {
    t.entries().iter().flat_map(|e| e.to_le_bytes()).collect()
}

/// 255 x i32 LE thresholds, then the 256 codes of `code_of_rank`.
pub fn encode_table_bytes(t: &ThresholdEncoder) -> Vec<u8> {
    let mut out: Vec<u8> = t
        .thresholds()
        .iter()
        .flat_map(|x| x.to_le_bytes())
        .collect();
    out.extend_from_slice(t.code_of_rank());
    out
}
