//! An in-memory store: packed manifests and configs before they are pushed, and test fixtures.

use super::{BlobReader, BoxFuture, ReadOnlyTarget, Target, bytes_reader};
use crate::content::{Descriptor, Digest, verify};
use crate::error::Error;
use std::collections::HashMap;
use std::sync::Mutex;

/// Blobs by digest plus tags.
#[derive(Default)]
pub struct MemoryStore {
    blobs: Mutex<HashMap<Digest, Vec<u8>>>,
    tags: Mutex<HashMap<String, Descriptor>>,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    /// Store bytes directly (they are trusted: the caller produced them).
    pub fn insert(&self, desc: &Descriptor, bytes: Vec<u8>) {
        self.lock_blobs().insert(desc.digest.clone(), bytes);
    }

    /// The bytes of a stored item.
    pub fn get(&self, digest: &Digest) -> Option<Vec<u8>> {
        self.lock_blobs().get(digest).cloned()
    }

    fn lock_blobs(&self) -> std::sync::MutexGuard<'_, HashMap<Digest, Vec<u8>>> {
        self.blobs.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl ReadOnlyTarget for MemoryStore {
    fn fetch<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, BlobReader> {
        Box::pin(async move {
            self.get(&desc.digest)
                .map(bytes_reader)
                .ok_or_else(|| Error::NotFound(desc.digest.to_string()))
        })
    }

    fn exists<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, bool> {
        Box::pin(async move { Ok(self.lock_blobs().contains_key(&desc.digest)) })
    }

    fn resolve<'a>(&'a self, reference: &'a str) -> BoxFuture<'a, Descriptor> {
        Box::pin(async move {
            self.tags
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .get(reference)
                .cloned()
                .ok_or_else(|| Error::NotFound(reference.to_string()))
        })
    }
}

impl Target for MemoryStore {
    fn push<'a>(&'a self, expected: &'a Descriptor, content: BlobReader) -> BoxFuture<'a, ()> {
        Box::pin(async move {
            let bytes = verify::read_all(content, expected, i64::MAX).await?;
            self.insert(expected, bytes);
            Ok(())
        })
    }

    fn tag<'a>(&'a self, desc: &'a Descriptor, reference: &'a str) -> BoxFuture<'a, ()> {
        Box::pin(async move {
            self.tags
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .insert(reference.to_string(), desc.clone());
            Ok(())
        })
    }
}
