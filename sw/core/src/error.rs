//! The one error type of the `qins` library: every user-facing failure is a variant with a
//! message that says what was wrong and where, never a panic.

use std::fmt;

#[derive(Debug)]
pub enum Error {
    /// A file could not be read or written.
    Io {
        path: String,
        source: std::io::Error,
    },
    /// A weight image failed validation; `section` names the part and `offset` the byte.
    Image {
        section: String,
        offset: u64,
        message: String,
    },
    /// A checkpoint (safetensors) could not be used.
    Checkpoint(String),
    /// Shapes or lengths that do not fit together.
    Shape(String),
    /// A value outside what the format or the hardware can hold.
    Range(String),
    /// Anything else the user asked for that cannot be done.
    Invalid(String),
}

pub type Result<T> = std::result::Result<T, Error>;

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io { path, source } => write!(f, "{path}: {source}"),
            Error::Image {
                section,
                offset,
                message,
            } => {
                write!(f, "bad weight image: {section} at byte {offset}: {message}")
            }
            Error::Checkpoint(m) => write!(f, "bad checkpoint: {m}"),
            Error::Shape(m) => write!(f, "shape error: {m}"),
            Error::Range(m) => write!(f, "out of range: {m}"),
            Error::Invalid(m) => write!(f, "{m}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl Error {
    pub fn io(path: impl AsRef<std::path::Path>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.as_ref().display().to_string(),
            source,
        }
    }
}
