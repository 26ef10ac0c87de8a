//! Loading real checkpoints: safetensors files with f32, f16 or bf16 tensors.
//!
//! A path may be a `.safetensors` file or a Hugging Face model folder holding
//! `model.safetensors`. Tensors of other dtypes (for example int64 `position_ids` buffers)
//! are listed in [`Checkpoint::skipped`], not loaded. Non-finite values are an error.

use qins_core::error::{Error, Result};
use qins_core::tensor::Matrix;
use safetensors::{Dtype, SafeTensors};
use std::path::{Path, PathBuf};

/// One floating-point tensor, converted to f32.
#[derive(Clone, Debug, PartialEq)]
pub struct NamedTensor {
    pub name: String,
    pub shape: Vec<usize>,
    pub data: Vec<f32>,
}

impl NamedTensor {
    /// The tensor as a matrix: 2-D as is, 1-D as one row; `None` for other ranks.
    pub fn as_matrix(&self) -> Option<Matrix> {
        match self.shape.as_slice() {
            [r, c] => Matrix::new(*r, *c, self.data.clone()).ok(),
            [n] => Matrix::new(1, *n, self.data.clone()).ok(),
            _ => None,
        }
    }
}

/// The floating-point tensors of a checkpoint, in name order.
#[derive(Clone, Debug, Default)]
pub struct Checkpoint {
    pub path: PathBuf,
    pub tensors: Vec<NamedTensor>,
    /// Names and dtypes of tensors that are not floating point.
    pub skipped: Vec<(String, String)>,
}

/// Resolves a file or a model folder to the safetensors file.
pub fn resolve(path: &Path) -> Result<PathBuf> {
    crate::model_dir::resolve(
        path,
        "model.safetensors",
        "file or folder",
        Error::Checkpoint,
    )
}

impl Checkpoint {
    /// Loads every floating-point tensor.
    pub fn load(path: &Path) -> Result<Self> {
        let file = resolve(path)?;
        let bytes = std::fs::read(&file).map_err(|e| Error::io(&file, e))?;
        Self::from_bytes(&bytes, file)
    }

    pub fn from_bytes(bytes: &[u8], path: PathBuf) -> Result<Self> {
        let st = SafeTensors::deserialize(bytes).map_err(|e| {
            Error::Checkpoint(format!("{}: not a safetensors file: {e}", path.display()))
        })?;
        let mut names: Vec<String> = st.names().into_iter().map(|s| s.to_string()).collect();
        names.sort();
        let mut out = Checkpoint {
            path,
            ..Default::default()
        };
        for name in names {
            let view = st
                .tensor(&name)
                .map_err(|e| Error::Checkpoint(format!("{name}: {e}")))?;
            let raw = view.data();
            let data: Vec<f32> = match view.dtype() {
                Dtype::F32 => raw
                    .chunks_exact(4)
                    .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
                    .collect(),
                Dtype::F16 => raw
                    .chunks_exact(2)
                    .map(|b| half::f16::from_le_bytes([b[0], b[1]]).to_f32())
                    .collect(),
                Dtype::BF16 => raw
                    .chunks_exact(2)
                    .map(|b| half::bf16::from_le_bytes([b[0], b[1]]).to_f32())
                    .collect(),
                other => {
                    out.skipped.push((name, format!("{other:?}")));
                    continue;
                }
            };
            if let Some(i) = data.iter().position(|v| !v.is_finite()) {
                return Err(Error::Checkpoint(format!(
                    "{name}: element {i} is {} (not finite)",
                    data[i]
                )));
            }
            out.tensors.push(NamedTensor {
                name,
                shape: view.shape().to_vec(),
                data,
            });
        }
        Ok(out)
    }

    pub fn get(&self, name: &str) -> Option<&NamedTensor> {
        self.tensors.iter().find(|t| t.name == name)
    }

    /// A tensor by name, or an error naming what is missing.
    pub fn require(&self, name: &str) -> Result<&NamedTensor> {
        self.get(name).ok_or_else(|| {
            Error::Checkpoint(format!("{}: no tensor named {name}", self.path.display()))
        })
    }

    /// A 2-D tensor by name as a matrix.
    pub fn matrix(&self, name: &str) -> Result<Matrix> {
        let t = self.require(name)?;
        match t.shape.as_slice() {
            [_, _] => Ok(t.as_matrix().expect("2-D")),
            s => Err(Error::Shape(format!(
                "{name}: expected 2-D, shape is {s:?}"
            ))),
        }
    }

    /// A 1-D tensor by name.
    pub fn vector(&self, name: &str) -> Result<Vec<f32>> {
        let t = self.require(name)?;
        match t.shape.as_slice() {
            [_] => Ok(t.data.clone()),
            s => Err(Error::Shape(format!(
                "{name}: expected 1-D, shape is {s:?}"
            ))),
        }
    }
}

/// Storage dtype for [`save`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveDtype {
    F32,
    F16,
    Bf16,
}

/// Writes tensors to a safetensors file (used for the synthetic model and tests).
pub fn save(path: &Path, tensors: &[NamedTensor], dtype: SaveDtype) -> Result<()> {
    let bytes = to_bytes(tensors, dtype)?;
    std::fs::write(path, bytes).map_err(|e| Error::io(path, e))
}

/// Serializes tensors to safetensors bytes.
pub fn to_bytes(tensors: &[NamedTensor], dtype: SaveDtype) -> Result<Vec<u8>> {
    let encoded: Vec<(String, Vec<u8>, Vec<usize>)> = tensors
        .iter()
        .map(|t| {
            let bytes: Vec<u8> = match dtype {
                SaveDtype::F32 => t.data.iter().flat_map(|v| v.to_le_bytes()).collect(),
                SaveDtype::F16 => t
                    .data
                    .iter()
                    .flat_map(|v| half::f16::from_f32(*v).to_le_bytes())
                    .collect(),
                SaveDtype::Bf16 => t
                    .data
                    .iter()
                    .flat_map(|v| half::bf16::from_f32(*v).to_le_bytes())
                    .collect(),
            };
            (t.name.clone(), bytes, t.shape.clone())
        })
        .collect();
    let st_dtype = match dtype {
        SaveDtype::F32 => Dtype::F32,
        SaveDtype::F16 => Dtype::F16,
        SaveDtype::Bf16 => Dtype::BF16,
    };
    let views = encoded
        .iter()
        .map(|(n, b, s)| {
            safetensors::tensor::TensorView::new(st_dtype, s.clone(), b)
                .map(|v| (n.clone(), v))
                .map_err(|e| Error::Checkpoint(format!("{n}: {e}")))
        })
        .collect::<Result<Vec<_>>>()?;
    safetensors::serialize(views, None).map_err(|e| Error::Checkpoint(format!("serialize: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<NamedTensor> {
        vec![
            NamedTensor {
                name: "w".into(),
                shape: vec![2, 3],
                data: vec![0.5, -1.25, 2.0, 0.0, 3.5, -0.125],
            },
            NamedTensor {
                name: "b".into(),
                shape: vec![3],
                data: vec![1.0, 2.0, -4.0],
            },
        ]
    }

    #[test]
    fn round_trip_all_dtypes() {
        for dt in [SaveDtype::F32, SaveDtype::F16, SaveDtype::Bf16] {
            let bytes = to_bytes(&sample(), dt).unwrap();
            let c = Checkpoint::from_bytes(&bytes, "mem".into()).unwrap();
            // these values are exact in all three dtypes
            assert_eq!(c.get("w").unwrap().data, sample()[0].data);
            assert_eq!(c.matrix("w").unwrap().rows, 2);
            assert_eq!(c.vector("b").unwrap(), sample()[1].data);
            assert!(c.matrix("b").is_err());
            assert!(c.require("nope").is_err());
        }
    }

    #[test]
    fn garbage_and_nan_are_errors() {
        assert!(Checkpoint::from_bytes(b"not a file", "x".into()).is_err());
        let mut t = sample();
        t[0].data[1] = f32::NAN;
        let bytes = to_bytes(&t, SaveDtype::F32).unwrap();
        let e = Checkpoint::from_bytes(&bytes, "x".into())
            .unwrap_err()
            .to_string();
        assert!(e.contains("not finite"), "{e}");
    }
}
