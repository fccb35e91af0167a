//! Directory artifacts: packing a folder as tar+gzip for push, and safely unpacking one on pull.
//!
//! Packing follows oras-go v2.6.0 `content/file` (`descriptorFromDir` + `tarDirectory`), see
//! `pack`; the tar headers are encoded the way Go's `archive/tar` does, see `tar_header`.
//! Unpacking (`extractTarGzip` in oras-go) is hardened: the per-entry rules are in
//! `extract`, the staging directory, digest check and move into place in `unpack`.
//! This file is the public face: options, result and error types.
//!
//! Everything here is blocking `std::io`; async callers run it in `spawn_blocking`.

mod extract;
mod pack;
mod tar_header;
#[cfg(all(test, unix))]
mod tests;
mod unpack;

pub use pack::{pack_dir, reproducible_mode};
pub use unpack::unpack;

use std::fs::File;
use std::io;
use std::path::PathBuf;

use super::path_guard::GuardError;
use crate::go::quote::quote as go_quote;

/// Copy buffer size (oras-go uses a 1 MiB pooled buffer as well).
const BUF_SIZE: usize = 1 << 20;

/// How [`pack_dir`] builds the archive.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PackOptions {
    /// Make the output depend only on names, contents, file kinds, executable bits and
    /// (clamped) mtimes: mtimes are clamped to `mtime_clamp` when newer, or zeroed (like
    /// oras-go's `TarReproducible`) when no clamp is given, and permission bits are
    /// normalised ([`reproducible_mode`]: directories 0755, symlinks 0777, files 0755 when
    /// any execute bit is set else 0644) so that umask differences do not change the bytes.
    /// The walk order (byte-wise sorted names), uid/gid 0, empty user/group names, gzip
    /// header (mtime 0, no name, OS 255) and gzip level 6 are fixed in every mode.
    pub reproducible: bool,
    /// `SOURCE_DATE_EPOCH`: upper bound for mtimes in reproducible mode.
    pub mtime_clamp: Option<u64>,
}

/// A packed directory: the gzip file plus the digests oras puts in the layer descriptor.
#[derive(Debug)]
pub struct PackedDir {
    /// An open handle on the gzip stream, rewound to offset 0.
    pub file: File,
    /// Path of the `oras_file_*` temp file; the file is deleted when this is dropped, so keep it
    /// alive until the upload is done.
    pub path: tempfile::TempPath,
    /// `sha256:<hex>` of the gzip stream (the layer digest).
    pub gz_digest: String,
    /// Size of the gzip stream in bytes (the layer size).
    pub gz_size: u64,
    /// `sha256:<hex>` of the uncompressed tar stream (`io.deis.oras.content.digest`).
    pub tar_digest: String,
}

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
fn io_err(path: impl Into<PathBuf>) -> impl FnOnce(io::Error) -> PackError {
    let path = path.into();
    move |source| PackError::Io { path, source }
}

/// Raw tar bytes (names, link targets) as text for messages.
fn lossy(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}
