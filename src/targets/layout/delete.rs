//! Deleting from a writable layout (oras-go `oci.Store.Delete`): every reference naming the
//! content is dropped from `index.json`, then the blob file is removed; and blob sizes for
//! resolving digests that index.json does not list.

use super::{LayoutStore, Source, blobs};
use crate::content::{Descriptor, Digest};
use crate::error::{Error, Result};

impl LayoutStore {
    /// Remove `desc`: untag it, drop it from index.json, delete its blob.
    pub async fn delete(&self, desc: &Descriptor) -> Result<()> {
        let root = self.root()?.to_path_buf();
        {
            let mut refs = self.refs.lock().await;
            let before = refs.len();
            refs.retain(|_, d| d.digest != desc.digest);
            if refs.len() != before {
                self.save_index(&refs).await?;
            }
        }
        match tokio::fs::remove_file(blobs::path(&root, &desc.digest)).await {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                Err(Error::NotFound(desc.digest.to_string()))
            }
            Err(e) => Err(e.into()),
        }
    }

    /// The size of a stored blob, `None` when absent.
    pub async fn blob_size(&self, digest: &Digest) -> Option<i64> {
        match &self.source {
            Source::Dir(root) => tokio::fs::metadata(blobs::path(root, digest))
                .await
                .ok()
                .filter(|m| m.is_file())
                .map(|m| m.len() as i64),
            Source::Tar(fs) => fs.blob_size(digest).map(|s| s as i64),
            Source::Archive(a) => a.size(digest).map(|s| s as i64),
        }
    }
}
