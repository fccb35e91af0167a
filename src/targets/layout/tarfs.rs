//! A read-only view of a layout tar: entries indexed once (name → offset, size), blobs served
//! by seeking, never extracted.

use crate::content::Digest;
use crate::error::{Error, Result};
use crate::targets::BlobReader;
use std::collections::HashMap;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use tokio::io::AsyncSeekExt;

/// Index of a plain (not gzipped) tar.
pub struct TarFs {
    path: PathBuf,
    entries: HashMap<String, (u64, u64)>,
}

impl TarFs {
    pub fn open(path: &Path) -> Result<Self> {
        let file = std::fs::File::open(path)?;
        let file_len = file.metadata()?.len();
        let mut archive = tar::Archive::new(file);
        let mut entries = HashMap::new();
        // Go's archive/tar reads a short or broken header as `unexpected EOF`; an empty file
        // is an empty archive (the missing `oci-layout` is reported by the caller)
        let not_tar = || Error::Io(std::io::ErrorKind::UnexpectedEof.into());
        let iter = archive.entries_with_seek().map_err(|_| not_tar())?;
        for entry in iter {
            let entry = entry.map_err(|_| not_tar())?;
            if entry.header().entry_type() != tar::EntryType::Regular {
                continue;
            }
            let name = entry
                .path()
                .map_err(|_| not_tar())?
                .to_string_lossy()
                .to_string();
            let name = name.trim_start_matches("./").to_string();
            if entry.raw_file_position().saturating_add(entry.size()) > file_len {
                return Err(Error::msg(format!(
                    "{:?} is truncated: the content of {name:?} ends past the end of the file",
                    path.display().to_string()
                )));
            }
            entries.insert(name, (entry.raw_file_position(), entry.size()));
        }
        Ok(TarFs {
            path: path.to_path_buf(),
            entries,
        })
    }

    fn blob_name(digest: &Digest) -> String {
        format!("blobs/{}/{}", digest.algorithm(), digest.hex())
    }

    pub fn has_blob(&self, digest: &Digest) -> bool {
        self.entries.contains_key(&Self::blob_name(digest))
    }

    /// The size of a stored blob.
    pub fn blob_size(&self, digest: &Digest) -> Option<u64> {
        self.entries.get(&Self::blob_name(digest)).map(|e| e.1)
    }

    /// Read a small named entry whole (index.json).
    pub fn read_small(&self, name: &str) -> Result<Vec<u8>> {
        let (off, size) = *self
            .entries
            .get(name)
            .ok_or_else(|| Error::NotFound(name.to_string()))?;
        if size > 4 * 1024 * 1024 {
            return Err(Error::SizeExceedsLimit {
                size: size as i64,
                limit: 4 * 1024 * 1024,
            });
        }
        let mut f = std::fs::File::open(&self.path)?;
        f.seek(SeekFrom::Start(off))?;
        let mut out = vec![0; size as usize];
        f.read_exact(&mut out)?;
        Ok(out)
    }

    pub fn open_blob(&self, digest: &Digest) -> Result<BlobReader> {
        let (off, size) = *self
            .entries
            .get(&Self::blob_name(digest))
            .ok_or_else(|| Error::NotFound(digest.to_string()))?;
        Ok(region_reader(self.path.clone(), off, size))
    }
}

/// The `size` bytes of the file at `path` from `off` on, opened on first read.
pub(super) fn region_reader(path: PathBuf, off: u64, size: u64) -> BlobReader {
    let reader = async move {
        let mut f = tokio::fs::File::open(path).await?;
        f.seek(SeekFrom::Start(off)).await?;
        Ok::<_, std::io::Error>(tokio::io::AsyncReadExt::take(f, size))
    };
    Box::pin(LazyReader::new(Box::pin(reader)))
}

type OpenFuture = std::pin::Pin<
    Box<dyn std::future::Future<Output = std::io::Result<tokio::io::Take<tokio::fs::File>>> + Send>,
>;

/// A reader that opens its file on first read.
struct LazyReader {
    opening: Option<OpenFuture>,
    inner: Option<tokio::io::Take<tokio::fs::File>>,
}

impl LazyReader {
    fn new(f: OpenFuture) -> Self {
        LazyReader {
            opening: Some(f),
            inner: None,
        }
    }
}

impl tokio::io::AsyncRead for LazyReader {
    fn poll_read(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        use std::task::Poll;
        let this = &mut *self;
        if let Some(f) = this.opening.as_mut() {
            match f.as_mut().poll(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
                Poll::Ready(Ok(r)) => {
                    this.inner = Some(r);
                    this.opening = None;
                }
            }
        }
        match this.inner.as_mut() {
            Some(r) => std::pin::Pin::new(r).poll_read(cx, buf),
            None => Poll::Ready(Ok(())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_truncated_archive_is_refused() {
        let mut b = tar::Builder::new(Vec::new());
        let mut h = tar::Header::new_ustar();
        h.set_size(2000);
        h.set_mode(0o644);
        b.append_data(&mut h, "blobs/sha256/aa", &[7u8; 2000][..])
            .unwrap();
        let bytes = b.into_inner().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let full = dir.path().join("full.tar");
        std::fs::write(&full, &bytes).unwrap();
        assert!(TarFs::open(&full).is_ok());
        let cut = dir.path().join("cut.tar");
        std::fs::write(&cut, &bytes[..1500]).unwrap();
        let err = TarFs::open(&cut).err().expect("truncated tar accepted");
        assert!(err.to_string().contains("is truncated"), "{err}");
    }
}
