//! The Target abstraction (after oras-go): content-addressed stores with named references.
//! Remote repositories, OCI layouts, the local file store and memory stores all implement it,
//! so every command is a copy between two of them.

pub mod cache;
pub mod direct;
pub mod file;
pub mod layout;
pub mod memory;
pub mod read_ahead;
pub mod remote;
pub mod sink;
pub mod stream_out;
pub mod union;

use crate::content::manifest::MAX_MANIFEST_BYTES;
use crate::content::{Descriptor, verify};
use crate::error::Result;
use std::future::Future;
use std::pin::Pin;
use tokio::io::AsyncRead;

/// A boxed future returning a library result; keeps the traits dyn-compatible.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T>> + Send + 'a>>;
/// The bytes of one blob or manifest, unverified until wrapped in a `VerifyReader`.
pub type BlobReader = Pin<Box<dyn AsyncRead + Send + 'static>>;

/// The read side of a store (oras-go `ReadOnlyGraphTarget`).
pub trait ReadOnlyTarget: Send + Sync {
    /// Stream the content of `desc`. Callers verify it.
    fn fetch<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, BlobReader>;
    /// Stream the content of `desc` from byte `offset` on (resuming a partial download).
    /// Default: fetch everything and skip the first `offset` bytes.
    fn fetch_from<'a>(&'a self, desc: &'a Descriptor, offset: u64) -> BoxFuture<'a, BlobReader> {
        Box::pin(async move {
            let mut reader = self.fetch(desc).await?;
            let mut head = tokio::io::AsyncReadExt::take(&mut reader, offset);
            tokio::io::copy(&mut head, &mut tokio::io::sink()).await?;
            Ok(reader)
        })
    }
    /// Whether the store holds `desc`.
    fn exists<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, bool>;
    /// Resolve a tag or digest to the descriptor of a manifest.
    fn resolve<'a>(&'a self, reference: &'a str) -> BoxFuture<'a, Descriptor>;
    /// Resolve and read a manifest in one go (one GET on registries). Bytes are verified.
    fn fetch_reference<'a>(&'a self, reference: &'a str) -> BoxFuture<'a, (Descriptor, Vec<u8>)> {
        Box::pin(async move {
            let desc = self.resolve(reference).await?;
            let bytes = fetch_all(self, &desc).await?;
            Ok((desc, bytes))
        })
    }
    /// Manifests whose `subject` is `subject` (of `artifact_type` when given): the referrers
    /// API or tag schema on registries, the manifests of index.json in OCI layouts.
    fn referrers<'a>(
        &'a self,
        _subject: &'a Descriptor,
        _artifact_type: Option<&'a str>,
    ) -> BoxFuture<'a, Vec<Descriptor>> {
        Box::pin(async {
            Err(crate::error::Error::Unsupported(
                "listing referrers is not supported".into(),
            ))
        })
    }
    /// Tags, sorted as the store lists them; `last` starts after that tag.
    fn tags<'a>(&'a self, _last: &'a str) -> BoxFuture<'a, Vec<String>> {
        Box::pin(async {
            Err(crate::error::Error::Unsupported(
                "listing tags is not supported".into(),
            ))
        })
    }
}

/// A store that can be written (oras-go `Target`).
/// Opens the content of a blob again, for a retried upload.
pub type Reopen<'a> = &'a (dyn Fn() -> BoxFuture<'a, BlobReader> + Send + Sync);

pub trait Target: ReadOnlyTarget {
    /// Store content that must match `expected` (verified while it streams).
    fn push<'a>(&'a self, expected: &'a Descriptor, content: BlobReader) -> BoxFuture<'a, ()>;
    /// Store a blob whose source can be read again: `reopen` yields a fresh reader of the
    /// same content. A registry uses it to retry an upload that failed part-way (a
    /// streamed body cannot be replayed); other stores just push `content`.
    fn push_reopenable<'a>(
        &'a self,
        expected: &'a Descriptor,
        content: BlobReader,
        reopen: Reopen<'a>,
    ) -> BoxFuture<'a, ()> {
        let _ = reopen;
        self.push(expected, content)
    }
    /// Get ready to receive blob `desc` while its content is still being opened (a
    /// registry opens the upload session, so that the copy engine's source GET and the
    /// destination's POST run at once instead of one after the other). Never fails here:
    /// a registry keeps a refused POST and the push of `desc` reports it, as if the push
    /// had sent it. Other stores do nothing.
    fn prepare_push<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, ()> {
        let _ = desc;
        Box::pin(async { Ok(()) })
    }
    /// Like [`Target::prepare_push`], for a blob whose existence is still being asked
    /// (the copy engine sends both at once): a store may decline (a registry does once a
    /// blob it was asked about existed, so a destination holding most blobs is not sent
    /// sessions it then cancels). The engine cancels it when the blob exists after all.
    fn prepare_push_unasked<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, ()> {
        let _ = desc;
        Box::pin(async { Ok(()) })
    }
    /// Give back what [`Target::prepare_push`] opened for a push that will not happen.
    fn cancel_prepared<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, ()> {
        let _ = desc;
        Box::pin(async { Ok(()) })
    }
    /// Whether a manifest with a `subject` may reach this store before its subject does (the
    /// distribution spec lets a registry take them in either order). A registry without the
    /// referrers API says yes: the index it is given by the client is then written, and
    /// watched for its quiet interval, while the subject's blobs still travel. Other stores
    /// keep oras's order, subject first.
    fn referrers_before_subject(&self) -> bool {
        false
    }
    /// Give an existing manifest a tag.
    fn tag<'a>(&'a self, desc: &'a Descriptor, reference: &'a str) -> BoxFuture<'a, ()>;
    /// Push a manifest's bytes under a tag in one step. Registries PUT by tag directly;
    /// other stores push then tag.
    fn push_reference<'a>(
        &'a self,
        desc: &'a Descriptor,
        bytes: Vec<u8>,
        reference: &'a str,
    ) -> BoxFuture<'a, ()> {
        Box::pin(async move {
            if !self.exists(desc).await? {
                self.push(desc, Box::pin(std::io::Cursor::new(bytes)))
                    .await?;
            }
            self.tag(desc, reference).await
        })
    }
}

/// Gives the content of a blob whose mount was refused (called at most once).
pub type ContentFn<'a> = Box<dyn FnOnce() -> BoxFuture<'a, BlobReader> + Send + 'a>;

/// How a blob reached the destination through a [`BlobMounter`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MountOutcome {
    /// The registry linked the blob from the source repository.
    Mounted,
    /// The registry refused the mount; the content was uploaded (`content` was called).
    Copied,
}

/// A destination able to mount blobs from a sibling repository (oras-go `registry.Mounter`):
/// a capability of a store, which the copy engine uses when it is given one.
pub trait BlobMounter: Send + Sync {
    fn mount<'a>(
        &'a self,
        desc: &'a Descriptor,
        content: ContentFn<'a>,
    ) -> BoxFuture<'a, MountOutcome>;
}

/// Read a small item (manifest, config) whole, verified, refusing anything over 4 MiB.
pub async fn fetch_all<T: ReadOnlyTarget + ?Sized>(
    target: &T,
    desc: &Descriptor,
) -> Result<Vec<u8>> {
    if desc.size > MAX_MANIFEST_BYTES {
        return Err(crate::error::Error::SizeExceedsLimit {
            size: desc.size,
            limit: MAX_MANIFEST_BYTES,
        });
    }
    let reader = target.fetch(desc).await?;
    verify::read_all(reader, desc, MAX_MANIFEST_BYTES).await
}

/// A reader over bytes held in memory.
pub fn bytes_reader(bytes: Vec<u8>) -> BlobReader {
    Box::pin(std::io::Cursor::new(bytes))
}
