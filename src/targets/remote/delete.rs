//! Deleting manifests and blobs (`DELETE /v2/<repo>/manifests|blobs/<digest>`, 202 Accepted).
//!
//! oras-go also drops a deleted referrer from its subject's tag-schema index when the
//! registry has no referrers API; that bookkeeping belongs to the referrers module and is not
//! done here.

use super::Repository;
use crate::content::{Descriptor, Digest};
use crate::error::{Error, Result};
use crate::http::retry;
use reqwest::{Method, StatusCode};

impl Repository {
    /// Delete a manifest by its digest.
    pub async fn delete_manifest(&self, desc: &Descriptor) -> Result<()> {
        self.delete_url(self.manifest_url(desc.digest.as_str()), &desc.digest)
            .await
    }

    /// Delete a blob by its digest.
    pub async fn delete_blob(&self, digest: &Digest) -> Result<()> {
        self.delete_url(self.blob_url(digest), digest).await
    }

    /// A 404 after a retry means an earlier attempt deleted it and then failed to say so
    /// (distribution answers 500 when a tag changes under its clean-up after the delete):
    /// what was asked is done.
    async fn delete_url(&self, url: String, digest: &Digest) -> Result<()> {
        let resp = self.client.send(self.request(Method::DELETE, url)).await?;
        let retried = resp.extensions().get::<retry::Retried>().is_some();
        match resp.status() {
            StatusCode::ACCEPTED => Ok(()),
            StatusCode::NOT_FOUND if retried => Ok(()),
            StatusCode::NOT_FOUND => Err(Error::NotFound(digest.to_string())),
            _ => Err(Self::error("DELETE", resp).await),
        }
    }
}
