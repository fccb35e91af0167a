//! Referrers in an OCI layout: the manifests listed in index.json whose `subject` is the
//! target (oras-go `registry.Referrers` over a graph store), artifactType falling back to
//! the config media type, annotations taken from the manifest.

use super::LayoutStore;
use crate::content::Descriptor;
use crate::error::Result;
use crate::targets::fetch_all;
use crate::targets::remote::referrers::{filter_by_artifact_type, referrer_of};

impl LayoutStore {
    /// The referrers of `subject` among the manifests of index.json, in index.json order.
    pub async fn list_referrers(
        &self,
        subject: &Descriptor,
        artifact_type: Option<&str>,
    ) -> Result<Vec<Descriptor>> {
        let mut out = Vec::new();
        for desc in self.manifests().await {
            if desc.digest == subject.digest {
                continue;
            }
            let bytes = fetch_all(self, &desc).await?;
            if let Some((referrer, s)) = referrer_of(&desc, &bytes)?
                && s.digest == subject.digest
                && s.size == subject.size
                && s.media_type == subject.media_type
            {
                out.push(referrer);
            }
        }
        Ok(filter_by_artifact_type(out, artifact_type))
    }
}
