//! Files of a Hugging Face model folder, given the folder or the file itself.

use qins_core::error::{Error, Result};
use std::path::{Path, PathBuf};

/// `path` if it is a file, else `path/file_name` if `path` is a folder holding it. Errors
/// are built with `error`; `missing` says what `path` should have been ("file or folder").
pub(crate) fn resolve(
    path: &Path,
    file_name: &str,
    missing: &str,
    error: fn(String) -> Error,
) -> Result<PathBuf> {
    if path.is_dir() {
        let f = path.join(file_name);
        if f.is_file() {
            Ok(f)
        } else {
            Err(error(format!(
                "{}: folder has no {file_name}",
                path.display()
            )))
        }
    } else if path.is_file() {
        Ok(path.to_path_buf())
    } else {
        Err(error(format!("{}: no such {missing}", path.display())))
    }
}
