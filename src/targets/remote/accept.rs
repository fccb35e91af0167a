//! A repository view that asks for chosen manifest media types (`manifest fetch
//! --media-type`, oras-go `Repository.ManifestMediaTypes`): the `Accept` header of manifest
//! resolves and fetches becomes the given list.

use super::Repository;
use crate::content::Descriptor;
use crate::targets::{BlobReader, BoxFuture, ReadOnlyTarget};
use std::sync::Arc;

/// `repo` with a custom manifest `Accept` list.
pub struct WithAccept {
    pub repo: Arc<Repository>,
    /// Comma-joined media types, as oras-go sends them.
    pub accept: String,
}

impl ReadOnlyTarget for WithAccept {
    fn fetch<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, BlobReader> {
        self.repo.fetch(desc)
    }

    fn exists<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, bool> {
        self.repo.exists(desc)
    }

    fn resolve<'a>(&'a self, reference: &'a str) -> BoxFuture<'a, Descriptor> {
        Box::pin(async move {
            let (desc, _) = self.repo.read_manifest(reference, &self.accept).await?;
            Ok(desc)
        })
    }

    fn fetch_reference<'a>(&'a self, reference: &'a str) -> BoxFuture<'a, (Descriptor, Vec<u8>)> {
        Box::pin(async move { self.repo.read_manifest(reference, &self.accept).await })
    }

    fn tags<'a>(&'a self, last: &'a str) -> BoxFuture<'a, Vec<String>> {
        self.repo.tags(last)
    }
}
