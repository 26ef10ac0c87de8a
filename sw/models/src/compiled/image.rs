//! A [`CompiledModel`] as a weight image (format version 2, `docs/weight-image.md`), and
//! back. The container (`qins_host::image`) checks every byte; this module checks that the
//! sections make a model: every site of every layer present with the shapes, codec and
//! scales the description and the mode call for, the norms and embeddings of the right
//! widths, the tables the mode loads into the accelerator, and nothing left over. Each error
//! names the section and its byte offset, like the container's.
//!
//! Section names (`L` the layer, `S` the site's short name: q, k, v, o, gate, ffn1, ffn2):
//! code tensors `layer.L.S.weight`, `embeddings.word`, `embeddings.position`,
//! `embeddings.token_type`; f32 arrays `layer.L.S.bias`, `layer.L.attention_norm.gamma|beta`,
//! `layer.L.output_norm.gamma|beta`, `embeddings.norm.gamma|beta`; the blob `tokenizer.json`.

use super::{
    ActScales, CompiledEmbeddings, CompiledLayer, CompiledModel, CompiledSite, ModelDescription,
    Provenance,
};
use crate::bert::{LinearSite, Norm, NormKind};
use crate::layer::{Mode, TokenAlpha};
use qins_core::codec::{Codec, Granularity, QuantizedTensor};
use qins_core::error::{Error, Result};
use qins_core::hw::decode_table::DecodeTableId;
use qins_host::image::{
    ImageArray, ImageBlob, ImageSummary, ImageTensor, TableRef, WeightImage, HEADER_LEN,
};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The blob holding `tokenizer.json`.
pub const TOKENIZER_BLOB: &str = "tokenizer.json";

/// The weight codec of the linear sites.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WeightsMeta {
    codec: Codec,
    granularity: Granularity,
    /// What the codes are (e.g. Pattern B's transported W').
    note: String,
}

/// One site's calibrated activation scales.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SiteMeta {
    layer: usize,
    site: String,
    scales: ActScales,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ActivationsMeta {
    /// The format at the array's input (see `layer::Acts::name`).
    format: String,
    /// The per-token alpha rule (used by qins-token only).
    token_alpha: TokenAlpha,
    /// How the attention operands are quantized.
    attention: String,
    sites: Vec<SiteMeta>,
}

/// The tables the accelerator is loaded with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TablesMeta {
    weight_decode: DecodeTableId,
    activation_decode: Option<DecodeTableId>,
}

/// The image's `model` object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ModelMeta {
    architecture: ModelDescription,
    mode: Mode,
    weights: WeightsMeta,
    /// The precision of the host-side tensors.
    host_tensors: String,
    activations: ActivationsMeta,
    tables: TablesMeta,
    provenance: Provenance,
}

const HOST_TENSORS: &str = "embeddings: 8-bit QINS codes, one alpha per row, decoded on the \
                            host at lookup; norms and biases: f32";

fn site_name(l: usize, s: LinearSite) -> String {
    format!("layer.{l}.{}", s.short_name())
}

fn weights_note(mode: Mode) -> String {
    match mode {
        Mode::QinsB => "Pattern B: transported W' = J_E(y0) W J_D(z0) around the calibration \
                        means, INT8 symmetric absmax per output channel; the biases are b'"
            .into(),
        _ => "the linear layers' weights W; the biases are b".into(),
    }
}

fn attention_note(mode: Mode) -> String {
    if mode.attention_on_hardware() {
        "K and V^T as weight-side codes of the mode's weight codec, Q and P in the mode's \
         activation format; scales per sequence and head at run time"
            .into()
    } else {
        "FP32 on the host".into()
    }
}

fn norm_arrays(prefix: &str, n: &Norm) -> [ImageArray; 2] {
    [
        ImageArray {
            name: format!("{prefix}.gamma"),
            shape: vec![n.gamma.len()],
            data: n.gamma.clone(),
        },
        ImageArray {
            name: format!("{prefix}.beta"),
            shape: vec![n.beta.len()],
            data: n.beta.clone(),
        },
    ]
}

impl CompiledModel {
    /// The weight image of this compiled model.
    pub fn to_image(&self) -> Result<WeightImage> {
        let mode = self.mode;
        let (codec, granularity) = mode.weights();
        let mut tensors = Vec::new();
        let mut arrays = Vec::new();
        let mut sites = Vec::new();
        if let Some(e) = &self.embeddings {
            for (n, t) in [
                ("word", &e.word),
                ("position", &e.position),
                ("token_type", &e.token_type),
            ] {
                tensors.push(ImageTensor::matrix(format!("embeddings.{n}"), t.clone()));
            }
            arrays.extend(norm_arrays("embeddings.norm", &e.norm));
        }
        for (l, layer) in self.layers.iter().enumerate() {
            arrays.extend(norm_arrays(
                &format!("layer.{l}.attention_norm"),
                &layer.attention_norm,
            ));
            arrays.extend(norm_arrays(
                &format!("layer.{l}.output_norm"),
                &layer.output_norm,
            ));
            for &s in self.description.sites() {
                let c = layer.site(s)?;
                let name = site_name(l, s);
                tensors.push(ImageTensor::matrix(
                    format!("{name}.weight"),
                    c.weight.clone(),
                ));
                arrays.push(ImageArray {
                    name: format!("{name}.bias"),
                    shape: vec![c.bias.len()],
                    data: c.bias.clone(),
                });
                sites.push(SiteMeta {
                    layer: l,
                    site: s.short_name().into(),
                    scales: c.acts,
                });
            }
        }
        let acts = mode.acts();
        let meta = ModelMeta {
            architecture: self.description.clone(),
            mode,
            weights: WeightsMeta {
                codec,
                granularity,
                note: weights_note(mode),
            },
            host_tensors: HOST_TENSORS.into(),
            activations: ActivationsMeta {
                format: acts.name().into(),
                token_alpha: self.token_alpha,
                attention: attention_note(mode),
                sites,
            },
            tables: TablesMeta {
                weight_decode: qins_host::image::decode_table_for(codec),
                activation_decode: acts.table(),
            },
            provenance: self.provenance.clone(),
        };
        let model = serde_json::to_value(&meta)
            .map_err(|e| Error::Invalid(format!("cannot describe the model: {e}")))?;
        Ok(WeightImage {
            model,
            tensors,
            arrays,
            blobs: self
                .tokenizer
                .iter()
                .map(|t| ImageBlob {
                    name: TOKENIZER_BLOB.into(),
                    media_type: "application/json".into(),
                    bytes: t.as_bytes().to_vec(),
                })
                .collect(),
            extra_tables: acts.table().map(TableRef::Decode).into_iter().collect(),
        })
    }

    /// Reads and checks a compiled model from the bytes of a weight image.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self> {
        let (img, summary) = WeightImage::from_bytes_with_summary(bytes)?;
        Reader::new(&img, &summary).model()
    }

    /// Checks and reads a compiled model from a parsed image (errors name the offsets of the
    /// layout the writer would give it).
    pub fn from_image(img: &WeightImage) -> Result<Self> {
        let summary = img.summary()?;
        Reader::new(img, &summary).model()
    }
}

/// Reads the model out of an image, naming the section of each error.
struct Reader<'a> {
    img: &'a WeightImage,
    summary: &'a ImageSummary,
    used: HashSet<String>,
}

fn bad(section: impl Into<String>, offset: u64, message: impl Into<String>) -> Error {
    Error::Image {
        section: section.into(),
        offset,
        message: message.into(),
    }
}

fn model_error(message: impl Into<String>) -> Error {
    bad("manifest", HEADER_LEN as u64, message)
}

impl<'a> Reader<'a> {
    fn new(img: &'a WeightImage, summary: &'a ImageSummary) -> Self {
        Self {
            img,
            summary,
            used: HashSet::new(),
        }
    }

    fn tensor_at(&self, name: &str) -> u64 {
        let s = self.summary.tensors.iter().find(|t| t.name == name);
        s.map_or(HEADER_LEN as u64, |t| t.section.offset)
    }

    fn array_at(&self, name: &str) -> u64 {
        let s = self.summary.arrays.iter().find(|t| t.name == name);
        s.map_or(HEADER_LEN as u64, |t| t.section.offset)
    }

    /// The code tensor `name`, `rows x cols`, of `codec` (and `granularity` when given).
    fn tensor(
        &mut self,
        name: &str,
        shape: (usize, usize),
        codec: Codec,
        granularity: Option<Granularity>,
    ) -> Result<QuantizedTensor> {
        let t = self
            .img
            .get(name)
            .ok_or_else(|| model_error(format!("the image lacks the tensor '{name}'")))?;
        let at = self.tensor_at(name);
        let label = format!("tensor '{name}'");
        let q = &t.tensor;
        if (q.rows, q.cols) != shape || t.shape.len() != 2 {
            return Err(bad(
                label,
                at,
                format!(
                    "shape {:?} disagrees with the model description, which needs [{}, {}]",
                    t.shape, shape.0, shape.1
                ),
            ));
        }
        if q.codec != codec || granularity.is_some_and(|g| g != q.granularity()) {
            return Err(bad(
                label,
                at,
                format!(
                    "codes are {:?} per {:?}, the model's mode needs {codec:?}{}",
                    q.codec,
                    q.granularity(),
                    granularity.map_or(String::new(), |g| format!(" per {g:?}"))
                )
                .to_lowercase(),
            ));
        }
        self.used.insert(name.to_string());
        Ok(q.clone())
    }

    /// The f32 array `name` of `len` values.
    fn array(&mut self, name: &str, len: usize) -> Result<Vec<f32>> {
        let a = self
            .img
            .array(name)
            .ok_or_else(|| model_error(format!("the image lacks the array '{name}'")))?;
        if a.shape != [len] {
            return Err(bad(
                format!("array '{name}'"),
                self.array_at(name),
                format!(
                    "shape {:?} disagrees with the model description, which needs [{len}]",
                    a.shape
                ),
            ));
        }
        self.used.insert(name.to_string());
        Ok(a.data.clone())
    }

    fn norm(&mut self, prefix: &str, d: &ModelDescription) -> Result<Norm> {
        let kind = match d.norm {
            super::NormName::LayerNorm => NormKind::LayerNorm,
            super::NormName::RmsNorm => NormKind::RmsNorm,
        };
        Ok(Norm {
            kind,
            gamma: self.array(&format!("{prefix}.gamma"), d.hidden_size)?,
            beta: self.array(&format!("{prefix}.beta"), d.hidden_size)?,
            eps: d.norm_eps,
        })
    }

    fn model(mut self) -> Result<CompiledModel> {
        if self.img.model.is_null() {
            return Err(model_error(
                "the image holds no model description (a bare container, not a compiled model)",
            ));
        }
        let meta: ModelMeta = serde_json::from_value(self.img.model.clone())
            .map_err(|e| model_error(format!("bad model description: {e}")))?;
        let d = meta.architecture.clone();
        d.check()
            .map_err(|m| model_error(format!("bad model architecture: {m}")))?;
        let mode = meta.mode;
        if mode == Mode::Fp32 {
            return Err(model_error(
                "mode fp32 is the host reference, not a hardware mode",
            ));
        }
        let (codec, granularity) = mode.weights();
        if (meta.weights.codec, meta.weights.granularity) != (codec, granularity) {
            return Err(model_error(format!(
                "mode {} needs {codec:?} weights per {granularity:?}, the description says {:?} per {:?}",
                mode.name(),
                meta.weights.codec,
                meta.weights.granularity
            )));
        }
        let acts = mode.acts();
        let want_tables = (qins_host::image::decode_table_for(codec), acts.table());
        if (meta.tables.weight_decode, meta.tables.activation_decode) != want_tables {
            return Err(model_error(format!(
                "mode {} loads the tables {want_tables:?}, the description names {:?}",
                mode.name(),
                (meta.tables.weight_decode, meta.tables.activation_decode)
            )));
        }
        if let Some(t) = acts.table() {
            if !self.img.tables().contains(&TableRef::Decode(t)) {
                return Err(model_error(format!(
                    "the activation decode table {t:?} of mode {} is not in the image",
                    mode.name()
                )));
            }
        }
        // every site's scales, once, for a site the architecture has
        let mut scales = vec![[None::<ActScales>; 7]; d.layers];
        for s in &meta.activations.sites {
            let site = d
                .sites()
                .iter()
                .find(|x| x.short_name() == s.site)
                .filter(|_| s.layer < d.layers)
                .ok_or_else(|| {
                    model_error(format!(
                        "activation scales for layer {} site '{}', which the architecture lacks",
                        s.layer, s.site
                    ))
                })?;
            let slot = &mut scales[s.layer][site.index()];
            if slot.is_some() {
                return Err(model_error(format!(
                    "activation scales for layer {} site '{}' appear twice",
                    s.layer, s.site
                )));
            }
            check_scales(&s.scales, mode)
                .map_err(|m| model_error(format!("layer {} site '{}': {m}", s.layer, s.site)))?;
            *slot = Some(s.scales);
        }
        let embeddings = if d.vocab_size > 0 {
            let h = d.hidden_size;
            let q = Some(Granularity::Channel);
            let types = self
                .img
                .get("embeddings.token_type")
                .map_or(1, |t| t.tensor.rows.max(1));
            Some(CompiledEmbeddings {
                word: self.tensor("embeddings.word", (d.vocab_size, h), Codec::Qins, q)?,
                position: self.tensor(
                    "embeddings.position",
                    (d.max_positions, h),
                    Codec::Qins,
                    q,
                )?,
                token_type: self.tensor("embeddings.token_type", (types, h), Codec::Qins, None)?,
                norm: self.norm("embeddings.norm", &d)?,
            })
        } else {
            None
        };
        let mut layers = Vec::with_capacity(d.layers);
        for (l, layer_scales) in scales.iter().enumerate() {
            let mut sites: [Option<CompiledSite>; 7] = Default::default();
            for &s in d.sites() {
                let name = site_name(l, s);
                let acts = layer_scales[s.index()].ok_or_else(|| {
                    model_error(format!(
                        "site {name} is missing: the description has no activation scales for it"
                    ))
                })?;
                let (out, inp) = d.site_shape(s);
                let weight = self.tensor(
                    &format!("{name}.weight"),
                    (out, inp),
                    codec,
                    Some(granularity),
                )?;
                let bias = self.array(&format!("{name}.bias"), out)?;
                sites[s.index()] = Some(CompiledSite { weight, bias, acts });
            }
            layers.push(CompiledLayer {
                attention_norm: self.norm(&format!("layer.{l}.attention_norm"), &d)?,
                output_norm: self.norm(&format!("layer.{l}.output_norm"), &d)?,
                sites,
            });
        }
        let tokenizer = match self.img.blob(TOKENIZER_BLOB) {
            None => None,
            Some(b) => {
                self.used.insert(TOKENIZER_BLOB.into());
                let at = self
                    .summary
                    .blobs
                    .iter()
                    .find(|x| x.name == TOKENIZER_BLOB)
                    .map_or(0, |x| x.section.offset);
                Some(String::from_utf8(b.bytes.clone()).map_err(|e| {
                    bad(
                        format!("blob '{TOKENIZER_BLOB}'"),
                        at + e.utf8_error().valid_up_to() as u64,
                        "tokenizer.json is not UTF-8",
                    )
                })?)
            }
        };
        self.check_nothing_left()?;
        Ok(CompiledModel {
            description: d,
            mode,
            token_alpha: meta.activations.token_alpha,
            tokenizer,
            embeddings,
            layers,
            provenance: meta.provenance,
        })
    }

    /// Every section must belong to the model.
    fn check_nothing_left(&self) -> Result<()> {
        let s = self.summary;
        let sections = s
            .tensors
            .iter()
            .map(|t| ("tensor", &t.name, t.section.offset));
        let sections = sections.chain(
            s.arrays
                .iter()
                .map(|t| ("array", &t.name, t.section.offset)),
        );
        let mut sections =
            sections.chain(s.blobs.iter().map(|t| ("blob", &t.name, t.section.offset)));
        match sections.find(|(_, name, _)| !self.used.contains(name.as_str())) {
            Some((kind, name, at)) => Err(bad(
                format!("{kind} '{name}'"),
                at,
                "section belongs to no part of the model description",
            )),
            None => Ok(()),
        }
    }
}

/// A site's scales must be usable by `mode`: finite and positive where the mode reads them.
fn check_scales(s: &ActScales, mode: Mode) -> std::result::Result<(), String> {
    let ok = |v: f32| v.is_finite() && v > 0.0;
    if !ok(s.absmax) || !ok(s.alpha) {
        return Err(format!(
            "absmax {} and alpha {} must be finite and positive",
            s.absmax, s.alpha
        ));
    }
    match (mode, s.output_alpha) {
        (Mode::QinsB, Some(a)) if ok(a) => Ok(()),
        (Mode::QinsB, other) => Err(format!(
            "Pattern B needs a finite positive output alpha, got {other:?}"
        )),
        (_, None) => Ok(()),
        (_, Some(_)) => Err(format!("mode {} has no output alpha", mode.name())),
    }
}
