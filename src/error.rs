//! The library error type: the kinds callers branch on, worded as oras-go words them.

use crate::targets::remote::errcode::ErrorResponse;

/// Result alias used by every library module.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Errors returned by the library (everything below `cli/`).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// `<what>: not found` (oras-go `errdef.ErrNotFound`).
    #[error("{0}: not found")]
    NotFound(String),
    /// An `errdef.ErrNotFound` whose whole text is given (built by `crate::go::error`).
    #[error("{0}")]
    NotFoundText(String),
    /// `<what>: already exists`; benign for copies.
    #[error("{0}: already exists")]
    AlreadyExists(String),
    /// An operation the target cannot do (e.g. the referrers API is missing).
    #[error("{0}")]
    Unsupported(String),
    /// A reference that does not parse: `invalid reference: <why>`.
    #[error("invalid reference: {0}")]
    InvalidReference(String),
    /// Content whose size, digest or framing does not match its descriptor.
    #[error("{0}")]
    Integrity(String),
    /// Content larger than what we accept to hold in memory.
    #[error("content size {size} exceeds MaxMetadataBytes {limit}: size exceeds limit")]
    SizeExceedsLimit { size: i64, limit: i64 },
    /// The registry answered with an error status.
    #[error(transparent)]
    Registry(#[from] ErrorResponse),
    /// A transport-level failure (connection refused, TLS, timeouts).
    #[error("{0}")]
    Transport(String),
    /// A registry asked for Basic auth and no credential is known.
    #[error("basic credential not found")]
    BasicCredentialNotFound {
        hint_path: Option<std::path::PathBuf>,
    },
    /// A pulled item would be written outside the output directory (oras-go
    /// `ErrPathTraversalDisallowed`); the text is the whole message.
    #[error("{0}")]
    PathTraversal(String),
    /// File-system errors, worded as Go words the OS error (`no such file or directory`);
    /// callers that know the path use `crate::go::error::path_error`.
    #[error("{}", crate::go::error::os_error_text(.0))]
    Io(#[from] std::io::Error),
    /// A copy failure, tagged with the side it came from.
    #[error(transparent)]
    Copy(Box<crate::copy::CopyError>),
    /// Anything else, already worded for the user.
    #[error("{0}")]
    Message(String),
}

impl Error {
    /// Build an `Error::Message` from anything printable.
    pub fn msg(m: impl std::fmt::Display) -> Self {
        Error::Message(m.to_string())
    }

    /// The error without copy-origin tagging.
    pub fn unwrap_copy(self) -> Error {
        match self {
            Error::Copy(c) => c.source.unwrap_copy(),
            e => e,
        }
    }

    /// True when the error means "the thing does not exist".
    pub fn is_not_found(&self) -> bool {
        match self {
            Error::Copy(c) => c.source.is_not_found(),
            Error::NotFound(_) | Error::NotFoundText(_) => true,
            Error::Registry(r) => r.status == 404,
            _ => false,
        }
    }

    /// True when a write was refused for leaving the output directory.
    pub fn is_path_traversal(&self) -> bool {
        match self {
            Error::Copy(c) => c.source.is_path_traversal(),
            Error::PathTraversal(_) => true,
            _ => false,
        }
    }

    /// Find the error of a verifying reader inside an io::Error, so digest failures keep their text.
    pub fn from_io(e: std::io::Error) -> Self {
        if e.get_ref().is_some_and(|i| i.is::<Error>()) {
            match e.into_inner().map(|b| b.downcast::<Error>()) {
                Some(Ok(inner)) => *inner,
                Some(Err(other)) => Error::Io(std::io::Error::other(other)),
                None => Error::msg("i/o error"),
            }
        } else {
            Error::Io(e)
        }
    }
}
