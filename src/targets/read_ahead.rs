//! A source that keeps the manifests and referrer lists read through it, so that a second
//! walk of the same graph asks the source once: a backup to a tar walks the graph to plan
//! the archive, then copies it. Blobs always come from the source.

use super::{BlobReader, BoxFuture, ReadOnlyTarget, bytes_reader};
use crate::content::manifest::MAX_MANIFEST_BYTES;
use crate::content::{Descriptor, Digest};
use crate::media_type;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tokio::io::AsyncReadExt;

/// Referrer lists by subject and artifact type asked for.
type Referrers = HashMap<(Digest, Option<String>), Vec<Descriptor>>;

/// `inner` with what was read of its graph kept.
pub struct ReadAhead {
    inner: Arc<dyn ReadOnlyTarget>,
    /// Manifests whose bytes matched their digest.
    manifests: Mutex<HashMap<Digest, Arc<Vec<u8>>>>,
    referrers: Mutex<Referrers>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl ReadAhead {
    pub fn new(inner: Arc<dyn ReadOnlyTarget>) -> Self {
        ReadAhead {
            inner,
            manifests: Default::default(),
            referrers: Default::default(),
        }
    }

    /// A manifest read whole (it is small): kept when it is what `desc` says.
    async fn manifest(&self, desc: &Descriptor) -> crate::error::Result<BlobReader> {
        if let Some(b) = lock(&self.manifests).get(&desc.digest).cloned() {
            return Ok(bytes_reader(b.to_vec()));
        }
        let mut reader = self.inner.fetch(desc).await?;
        let mut bytes = Vec::with_capacity(desc.size as usize);
        // one byte past the size tells a longer answer apart; the caller's check refuses it
        (&mut reader)
            .take(desc.size as u64 + 1)
            .read_to_end(&mut bytes)
            .await
            .map_err(crate::error::Error::from_io)?;
        let mut hasher = desc.digest.hasher();
        hasher.update(&bytes);
        if bytes.len() as i64 == desc.size && hasher.finish() == desc.digest {
            lock(&self.manifests).insert(desc.digest.clone(), Arc::new(bytes.clone()));
        }
        Ok(bytes_reader(bytes))
    }
}

impl ReadOnlyTarget for ReadAhead {
    fn fetch<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, BlobReader> {
        if media_type::is_manifest(&desc.media_type)
            && (0..=MAX_MANIFEST_BYTES).contains(&desc.size)
        {
            return Box::pin(self.manifest(desc));
        }
        self.inner.fetch(desc)
    }

    fn fetch_from<'a>(&'a self, desc: &'a Descriptor, offset: u64) -> BoxFuture<'a, BlobReader> {
        self.inner.fetch_from(desc, offset)
    }

    fn exists<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, bool> {
        self.inner.exists(desc)
    }

    fn resolve<'a>(&'a self, reference: &'a str) -> BoxFuture<'a, Descriptor> {
        self.inner.resolve(reference)
    }

    fn fetch_reference<'a>(&'a self, reference: &'a str) -> BoxFuture<'a, (Descriptor, Vec<u8>)> {
        self.inner.fetch_reference(reference)
    }

    fn referrers<'a>(
        &'a self,
        subject: &'a Descriptor,
        artifact_type: Option<&'a str>,
    ) -> BoxFuture<'a, Vec<Descriptor>> {
        Box::pin(async move {
            let key = (subject.digest.clone(), artifact_type.map(str::to_string));
            if let Some(found) = lock(&self.referrers).get(&key).cloned() {
                return Ok(found);
            }
            let found = self.inner.referrers(subject, artifact_type).await?;
            lock(&self.referrers).insert(key, found.clone());
            Ok(found)
        })
    }

    fn tags<'a>(&'a self, last: &'a str) -> BoxFuture<'a, Vec<String>> {
        self.inner.tags(last)
    }
}
