//! The one error type of packing and unpacking directory artifacts, and the two helpers
//! that build it (an I/O error on a path; raw tar bytes as message text).

use std::io;
use std::path::PathBuf;

use crate::go::quote::quote as go_quote;
use crate::targets::file::path_guard::GuardError;

/// Errors from packing and unpacking. Texts follow oras-go where it has one; Go `%q` quoting is
/// reproduced. The CLI's wrapping (`failed to extract tar to <dir>: ...`) is left to the caller.
#[derive(Debug, thiserror::Error)]
pub enum PackError {
    /// A file-system operation failed on `path`.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    /// The gzip or tar stream is malformed or truncated (or reading it failed).
    #[error("{0}")]
    Archive(#[source] io::Error),
    /// An entry name, or a link target, is not `<title>` or below it.
    #[error("{} is outside of {}", go_quote(.entry), go_quote(.title))]
    OutsideOfTitle { entry: String, title: String },
    /// An entry would be written through an existing symlink.
    #[error("no symbolic link allowed between {} and {}", go_quote(.base), go_quote(.target))]
    SymlinkInPath { base: String, target: String },
    /// A symlink only escapes `<title>` once the other extracted symlinks are followed.
    #[error("symbolic link {} -> {} resolves outside of {}", go_quote(.entry), go_quote(.target), go_quote(.title))]
    SymlinkEscape {
        entry: String,
        target: String,
        title: String,
    },
    /// A hard link does not point at a regular file extracted earlier from the same archive.
    #[error("hard link {} -> {}: target is not a regular file extracted from the archive", go_quote(.entry), go_quote(.target))]
    BadHardLink { entry: String, target: String },
    /// An entry would replace a directory with a non-directory (or the title root with a
    /// non-directory).
    #[error("{}: cannot replace a directory with a non-directory entry", go_quote(.entry))]
    Conflict { entry: String },
    /// The uncompressed tar stream does not match `io.deis.oras.content.digest`.
    #[error("content digest mismatch")]
    DigestMismatch,
    /// The destination `<root>/<title>` is not allowed.
    #[error(transparent)]
    Guard(#[from] GuardError),
}

/// Maps an I/O error on `path` to [`PackError::Io`].
pub(super) fn io_err(path: impl Into<PathBuf>) -> impl FnOnce(io::Error) -> PackError {
    let path = path.into();
    move |source| PackError::Io { path, source }
}

/// Raw tar bytes (names, link targets) as text for messages.
pub(super) fn lossy(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}
