//! Reads through registry mirrors (registries.conf `[[registry.mirror]]`, attached by
//! `crate::connect` to repositories opened for reading): every read tries the mirrors in
//! order, then this repository. A mirror that fails (refused, 404, 5xx, an answer that is
//! not a manifest, bytes that do not match their digest) is skipped with one warning line
//! per mirror; one that is down (no connection, 5xx) is not asked again in this run.
//!
//! Nothing a mirror serves is handed on unverified: manifests are checked against the
//! digest asked for (or the one the mirror named, for a tag), and a blob is read whole and
//! verified against its descriptor before the first byte goes on (into memory when small,
//! else into an unnamed temporary file), so a corrupt mirror blob falls back to the next
//! source instead of failing the copy. Listings (tags, catalog) never use mirrors; a
//! mirror's empty referrers list counts as a miss unless the primary cannot answer.

use super::Repository;
use crate::content::{Descriptor, Digest, verify};
use crate::error::{Error, Result};
use crate::media_type;
use crate::targets::{BlobReader, bytes_reader};
use std::sync::atomic::{AtomicBool, Ordering};
use tokio::io::{AsyncSeekExt, AsyncWriteExt};

/// Blobs up to this size are verified in memory, larger ones in a temporary file.
const IN_MEMORY: i64 = 1 << 20;

/// One mirror: a repository of another registry standing in for this one.
pub struct Mirror {
    pub repo: Repository,
    /// `host/repository`, as warnings name it.
    pub label: String,
}

/// The mirrors of a repository and what this run learnt about them.
#[derive(Default)]
pub(crate) struct Mirrors(Vec<State>);

struct State {
    mirror: Mirror,
    down: AtomicBool,
    warned: AtomicBool,
}

/// A failure that means the mirror is unreachable, not just missing one item.
fn is_down(e: &Error) -> bool {
    match e {
        Error::Transport(_) => true,
        Error::Registry(r) => r.status >= 500,
        Error::Copy(c) => is_down(&c.source),
        _ => false,
    }
}

impl Repository {
    /// Reads try `mirrors` first, in order.
    pub fn set_mirrors(&mut self, mirrors: Vec<Mirror>) {
        self.mirrors = Mirrors(
            mirrors
                .into_iter()
                .map(|mirror| State {
                    mirror,
                    down: AtomicBool::new(false),
                    warned: AtomicBool::new(false),
                })
                .collect(),
        );
    }

    /// The mirrors reads try (`host/repository`), in order.
    pub fn mirror_labels(&self) -> Vec<String> {
        self.mirrors
            .0
            .iter()
            .map(|s| s.mirror.label.clone())
            .collect()
    }

    fn usable(&self) -> impl Iterator<Item = &State> {
        self.mirrors
            .0
            .iter()
            .filter(|s| !s.down.load(Ordering::Relaxed))
    }

    /// Note that a mirror failed: one warning per mirror, and no more requests to one
    /// that is down.
    fn skip(&self, s: &State, e: &Error) {
        if is_down(e) {
            s.down.store(true, Ordering::Relaxed);
        }
        if !s.warned.swap(true, Ordering::Relaxed) {
            self.client.notifier().warn(format!(
                "skipping the registry mirror {:?}: {e}",
                s.mirror.label
            ));
        }
    }

    /// `op` on the mirrors in order, the first success wins; `None` when all failed.
    async fn on_mirrors<'a, T, F, Fut>(&'a self, op: F) -> Option<T>
    where
        F: Fn(&'a Repository) -> Fut,
        Fut: std::future::Future<Output = Result<T>>,
    {
        for s in self.usable() {
            match op(&s.mirror.repo).await {
                Ok(v) => return Some(v),
                Err(e) => self.skip(s, &e),
            }
        }
        None
    }

    pub(crate) async fn read_fetch(&self, desc: &Descriptor) -> Result<BlobReader> {
        if let Some(r) = self.on_mirrors(|m| m.fetch_verified(desc)).await {
            return Ok(r);
        }
        self.fetch_direct(desc).await
    }

    pub(crate) async fn read_fetch_from(
        &self,
        desc: &Descriptor,
        offset: u64,
    ) -> Result<BlobReader> {
        if let Some(mut r) = self.on_mirrors(|m| m.fetch_verified(desc)).await {
            let mut head = tokio::io::AsyncReadExt::take(&mut r, offset);
            tokio::io::copy(&mut head, &mut tokio::io::sink()).await?;
            return Ok(r);
        }
        self.fetch_from_direct(desc, offset).await
    }

    pub(crate) async fn read_resolve(&self, reference: &str) -> Result<Descriptor> {
        if let Some(d) = self.on_mirrors(|m| m.resolve_checked(reference)).await {
            return Ok(d);
        }
        self.resolve_direct(reference).await
    }

    /// GET a manifest by tag or digest with `accept` (mirrors first).
    pub(crate) async fn read_manifest(
        &self,
        reference: &str,
        accept: &str,
    ) -> Result<(Descriptor, Vec<u8>)> {
        if let Some(v) = self
            .on_mirrors(|m| m.reference_checked(reference, accept))
            .await
        {
            return Ok(v);
        }
        self.get_manifest(reference, accept).await
    }

    pub(crate) async fn read_referrers(
        &self,
        subject: &Descriptor,
        artifact_type: Option<&str>,
    ) -> Result<Vec<Descriptor>> {
        let mut answered = false;
        for s in self.usable() {
            match s.mirror.repo.list_referrers(subject, artifact_type).await {
                Ok(v) if !v.is_empty() => return Ok(v),
                Ok(_) => answered = true,
                Err(e) => self.skip(s, &e),
            }
        }
        // a mirror may lack referrers the primary has; when the primary cannot answer, a
        // mirror's empty list stands
        match self.list_referrers(subject, artifact_type).await {
            Err(_) if answered => Ok(Vec::new()),
            other => other,
        }
    }

    /// Resolve a blob digest (HEAD): `blob fetch --descriptor`.
    pub async fn resolve_blob(&self, digest: &Digest) -> Result<Descriptor> {
        if let Some(d) = self.on_mirrors(|m| m.resolve_blob_direct(digest)).await {
            return Ok(d);
        }
        self.resolve_blob_direct(digest).await
    }

    /// GET a blob by digest alone (`oras blob fetch`): the descriptor comes from the answer.
    pub async fn fetch_blob_reference(&self, digest: &Digest) -> Result<(Descriptor, BlobReader)> {
        if let Some(v) = self.on_mirrors(|m| m.blob_reference_verified(digest)).await {
            return Ok(v);
        }
        self.fetch_blob_reference_direct(digest).await
    }

    /// A mirror's resolve: the answer must be a manifest's.
    async fn resolve_checked(&self, reference: &str) -> Result<Descriptor> {
        let desc = self.resolve_direct(reference).await?;
        manifest_type(self, reference, &desc.media_type)?;
        Ok(desc)
    }

    /// A mirror's manifest: a manifest media type and a JSON object (digest checked by
    /// `get_manifest`).
    async fn reference_checked(
        &self,
        reference: &str,
        accept: &str,
    ) -> Result<(Descriptor, Vec<u8>)> {
        let (desc, bytes) = self.get_manifest(reference, accept).await?;
        manifest_type(self, reference, &desc.media_type)?;
        serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(&bytes).map_err(
            |_| {
                Error::msg(format!(
                    "{}: the answer is not a JSON manifest",
                    self.reference.with_reference(reference)
                ))
            },
        )?;
        Ok((desc, bytes))
    }

    /// A mirror's blob by digest, read whole and verified.
    async fn blob_reference_verified(&self, digest: &Digest) -> Result<(Descriptor, BlobReader)> {
        let (desc, reader) = self.fetch_blob_reference_direct(digest).await?;
        let reader = whole_and_verified(reader, &desc).await?;
        Ok((desc, reader))
    }

    /// The content of `desc` from this repository, verified before it is handed on.
    async fn fetch_verified(&self, desc: &Descriptor) -> Result<BlobReader> {
        let reader = self.fetch_direct(desc).await?;
        if media_type::is_manifest(&desc.media_type) {
            // `get_manifest` checked the bytes against `desc.digest`
            return Ok(reader);
        }
        whole_and_verified(reader, desc).await
    }
}

/// A mirror's answer for a manifest must say it is one (not an HTML page).
fn manifest_type(m: &Repository, reference: &str, got: &str) -> Result<()> {
    if media_type::is_manifest(got) {
        return Ok(());
    }
    Err(Error::msg(format!(
        "{}: the answer has the media type {got:?}, not a manifest's",
        m.reference.with_reference(reference)
    )))
}

/// Read all of `reader`, verified against `desc`, then hand it on from the start.
async fn whole_and_verified(reader: BlobReader, desc: &Descriptor) -> Result<BlobReader> {
    if desc.size <= IN_MEMORY {
        return Ok(bytes_reader(
            verify::read_all(reader, desc, IN_MEMORY).await?,
        ));
    }
    let file = tempfile::tempfile()?;
    let mut file = tokio::fs::File::from_std(file);
    let mut verified = verify::VerifyReader::new(reader, desc);
    tokio::io::copy(&mut verified, &mut file)
        .await
        .map_err(Error::from_io)?;
    file.flush().await?;
    file.seek(std::io::SeekFrom::Start(0)).await?;
    Ok(Box::pin(file))
}
