//! The library error type: the kinds callers branch on, worded as oras-go words them.
//! It stands on the model only (`go` for Go's error texts); the registry's error answer
//! is [`registry::ErrorResponse`], and the side of a copy a failure came from is an
//! [`Origin`] tag on the error itself, so no layer above has to be known here.

pub mod registry;

use crate::go::error::{os_error_text, path_error};
use registry::ErrorResponse;
use std::fmt::Display;

/// Result alias used by every library module.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Which side of a copy failed (for `cp`'s error prefixes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Source,
    Destination,
}

/// An error tagged with the side of a copy it came from (oras-go `CopyError`).
#[derive(Debug, thiserror::Error)]
#[error("{source}")]
pub struct CopyError {
    pub origin: Origin,
    #[source]
    pub source: Error,
}

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
    #[error("{}", os_error_text(.0))]
    Io(#[from] std::io::Error),
    /// A copy failure, tagged with the side it came from.
    #[error(transparent)]
    Copy(Box<CopyError>),
    /// Anything else, already worded for the user.
    #[error("{0}")]
    Message(String),
}

impl Error {
    /// Build an `Error::Message` from anything printable.
    pub fn msg(m: impl std::fmt::Display) -> Self {
        Error::Message(m.to_string())
    }

    /// Go's `*fs.PathError` as a library error: `<op> <path>: <errno text>`, with the path
    /// as the caller resolved it (see [`crate::go::error::path_error`]).
    pub fn path(op: &str, path: impl Display, e: &std::io::Error) -> Self {
        Error::msg(path_error(op, path, e))
    }

    /// oras-go's platform miss: `<index digest>: not found: no matching manifest was found
    /// in the manifest list` (an `errdef.ErrNotFound`).
    pub fn no_matching_platform(index_digest: impl Display) -> Self {
        Error::NotFoundText(format!(
            "{index_digest}: not found: no matching manifest was found in the manifest list"
        ))
    }

    /// The bare `not found` of an OCI-layout lookup that found neither the tag nor a blob
    /// (oras-go `resolveBlob` returns `errdef.ErrNotFound` itself).
    pub fn layout_not_found() -> Self {
        Error::NotFoundText("not found".into())
    }

    /// The error tagged with the side of a copy it came from; an error already tagged
    /// keeps its first tag.
    pub fn with_origin(self, origin: Origin) -> Self {
        match self {
            Error::Copy(_) => self,
            source => Error::Copy(Box::new(CopyError { origin, source })),
        }
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

    /// The status of a registry's error answer, through copy-origin tagging.
    pub fn registry_status(&self) -> Option<u16> {
        match self {
            Error::Copy(c) => c.source.registry_status(),
            Error::Registry(r) => Some(r.status),
            _ => None,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_worded_constructors() {
        let e = std::io::Error::from_raw_os_error(2);
        assert_eq!(
            Error::path("open", "a.txt", &e).to_string(),
            "open a.txt: no such file or directory"
        );
        assert_eq!(
            Error::no_matching_platform("sha256:ab").to_string(),
            "sha256:ab: not found: no matching manifest was found in the manifest list"
        );
        assert!(Error::layout_not_found().is_not_found());
    }

    #[test]
    fn the_first_origin_stays() {
        let e = Error::NotFound("x".into())
            .with_origin(Origin::Source)
            .with_origin(Origin::Destination);
        let Error::Copy(c) = &e else { panic!() };
        assert_eq!(c.origin, Origin::Source);
        assert!(e.is_not_found());
        assert_eq!(e.to_string(), "x: not found");
    }
}
