//! Directory artifacts: packing a folder as tar+gzip for push, and safely unpacking one on pull.
//!
//! Packing follows oras-go v2.6.0 `content/file` (`descriptorFromDir` + `tarDirectory`), see
//! `pack`; the tar headers are encoded the way Go's `archive/tar` does, see `tar_header`.
//! Unpacking (`extractTarGzip` in oras-go) is hardened: the per-entry rules are in
//! `extract`, the staging directory, digest check and move into place in `unpack`.
//! This file is only the public face; the shared error type is in `error`.
//!
//! Everything here is blocking `std::io`; async callers run it in `spawn_blocking`.

mod error;
mod extract;
mod pack;
mod pgzip;
mod tar_header;
#[cfg(all(test, unix))]
mod tests;
mod unpack;

pub use error::PackError;
pub use pack::{PackOptions, PackedDir, pack_dir, reproducible_mode};
pub use unpack::unpack;
