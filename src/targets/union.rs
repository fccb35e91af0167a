//! A read-only union of stores: push reads packed manifests from memory and files from disk.

use super::{BlobReader, BoxFuture, ReadOnlyTarget};
use crate::content::Descriptor;
use crate::error::Error;
use std::sync::Arc;

/// Reads from the first member that has the content.
pub struct Union(pub Vec<Arc<dyn ReadOnlyTarget>>);

impl ReadOnlyTarget for Union {
    fn fetch<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, BlobReader> {
        Box::pin(async move {
            for t in &self.0 {
                if t.exists(desc).await? {
                    return t.fetch(desc).await;
                }
            }
            Err(Error::NotFound(desc.digest.to_string()))
        })
    }

    fn exists<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, bool> {
        Box::pin(async move {
            for t in &self.0 {
                if t.exists(desc).await? {
                    return Ok(true);
                }
            }
            Ok(false)
        })
    }

    fn resolve<'a>(&'a self, reference: &'a str) -> BoxFuture<'a, Descriptor> {
        Box::pin(async move {
            for t in &self.0 {
                if let Ok(d) = t.resolve(reference).await {
                    return Ok(d);
                }
            }
            Err(Error::NotFound(reference.to_string()))
        })
    }
}
