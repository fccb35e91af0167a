//! `ORAS_CACHE`: a read-through blob cache in an OCI layout directory. Content fetched by
//! digest is served from the cache when present (verified before it is served; a damaged
//! entry is dropped and fetched again) and written into it while it streams to the caller
//! (kept only when its size and digest check out). Tags always go to the source.

use super::layout::LayoutStore;
use super::{BlobReader, BoxFuture, ReadOnlyTarget, Target};
use crate::content::digest::Hasher;
use crate::content::{Descriptor, Digest};
use crate::error::Result;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use tokio::io::{AsyncRead, AsyncReadExt, ReadBuf};

/// A source with a local cache in front of it.
pub struct CachedTarget {
    source: Arc<dyn ReadOnlyTarget>,
    cache: Arc<LayoutStore>,
    root: PathBuf,
}

impl CachedTarget {
    pub async fn new(source: Arc<dyn ReadOnlyTarget>, cache_dir: &Path) -> Result<Self> {
        let cache = Arc::new(LayoutStore::open(cache_dir).await?);
        Ok(CachedTarget {
            source,
            cache,
            root: cache_dir.to_path_buf(),
        })
    }

    fn blob_path(&self, digest: &Digest) -> PathBuf {
        self.root
            .join("blobs")
            .join(digest.algorithm())
            .join(digest.hex())
    }

    /// A cached blob, if it is present and intact; a damaged one is removed.
    async fn cached(&self, desc: &Descriptor) -> Option<BlobReader> {
        let path = self.blob_path(&desc.digest);
        let mut f = tokio::fs::File::open(&path).await.ok()?;
        let mut hasher = desc.digest.hasher();
        let mut buf = vec![0u8; 1 << 20];
        let mut size = 0u64;
        loop {
            let n = f.read(&mut buf).await.ok()?;
            if n == 0 {
                break;
            }
            hasher.update(&buf[..n]);
            size += n as u64;
        }
        if size != desc.size as u64 || hasher.finish() != desc.digest {
            let _ = tokio::fs::remove_file(&path).await;
            return None;
        }
        tokio::fs::File::open(&path)
            .await
            .ok()
            .map(|f| Box::pin(f) as BlobReader)
    }
}

impl ReadOnlyTarget for CachedTarget {
    fn fetch<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, BlobReader> {
        Box::pin(async move {
            if let Some(r) = self.cached(desc).await {
                return Ok(r);
            }
            let inner = self.source.fetch(desc).await?;
            Ok(Box::pin(TeeToCache::new(inner, desc, &self.root)) as BlobReader)
        })
    }

    fn exists<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, bool> {
        self.source.exists(desc)
    }

    fn resolve<'a>(&'a self, reference: &'a str) -> BoxFuture<'a, Descriptor> {
        self.source.resolve(reference)
    }

    fn fetch_reference<'a>(&'a self, reference: &'a str) -> BoxFuture<'a, (Descriptor, Vec<u8>)> {
        Box::pin(async move {
            if let Ok(d) = Digest::parse(reference)
                && let Ok(desc) = self.cache.resolve(d.as_str()).await
                && let Ok(bytes) = super::fetch_all(self, &desc).await
            {
                return Ok((desc, bytes));
            }
            let (desc, bytes) = self.source.fetch_reference(reference).await?;
            // best effort: a cache that cannot be written must not fail the command
            let _ = self
                .cache
                .push(&desc, super::bytes_reader(bytes.clone()))
                .await;
            Ok((desc, bytes))
        })
    }

    fn tags<'a>(&'a self, last: &'a str) -> BoxFuture<'a, Vec<String>> {
        self.source.tags(last)
    }
}

/// Passes bytes through while writing them to a temporary file in the cache; the file is
/// renamed into `blobs/` only if everything that passed matched the descriptor.
struct TeeToCache {
    inner: BlobReader,
    file: Option<tempfile::NamedTempFile>,
    hasher: Option<Hasher>,
    expected: Descriptor,
    dest: PathBuf,
    written: u64,
}

impl TeeToCache {
    fn new(inner: BlobReader, desc: &Descriptor, root: &Path) -> Self {
        let ingest = root.join("ingest");
        let file = std::fs::create_dir_all(&ingest).ok().and_then(|_| {
            tempfile::Builder::new()
                .prefix(&format!("{}_", desc.digest.hex()))
                .tempfile_in(&ingest)
                .ok()
        });
        TeeToCache {
            inner,
            file,
            hasher: Some(desc.digest.hasher()),
            expected: desc.clone(),
            dest: root
                .join("blobs")
                .join(desc.digest.algorithm())
                .join(desc.digest.hex()),
            written: 0,
        }
    }

    fn finish(&mut self) {
        let (Some(file), Some(hasher)) = (self.file.take(), self.hasher.take()) else {
            return;
        };
        if self.written != self.expected.size as u64 || hasher.finish() != self.expected.digest {
            return; // dropped: the temp file is removed
        }
        use std::os::unix::fs::PermissionsExt;
        let ok = file.as_file().sync_all().is_ok()
            && self
                .dest
                .parent()
                .is_some_and(|p| std::fs::create_dir_all(p).is_ok())
            && std::fs::set_permissions(file.path(), std::fs::Permissions::from_mode(0o444))
                .is_ok();
        if ok {
            let _ = file.persist(&self.dest);
        }
    }
}

impl AsyncRead for TeeToCache {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let this = &mut *self;
        let before = buf.filled().len();
        match this.inner.as_mut().poll_read(cx, buf) {
            Poll::Ready(Ok(())) => {}
            other => {
                if matches!(other, Poll::Ready(Err(_))) {
                    this.file = None;
                }
                return other;
            }
        }
        let new = &buf.filled()[before..];
        if new.is_empty() {
            this.finish();
            return Poll::Ready(Ok(()));
        }
        this.written += new.len() as u64;
        if let Some(h) = this.hasher.as_mut() {
            h.update(new);
        }
        if let Some(f) = this.file.as_mut()
            && f.write_all(new).is_err()
        {
            this.file = None;
        }
        Poll::Ready(Ok(()))
    }
}
