//! Checks that a layout opened for reading is one: its `oci-layout` file names version
//! 1.0.0 (oras-go `validateOCILayoutFile`), so a stray tar or folder is refused up front.

use super::{LAYOUT_FILE, LayoutStore, Source};
use crate::error::{Error, Result};

impl LayoutStore {
    /// Fail unless `oci-layout` exists and holds `{"imageLayoutVersion":"1.0.0"}`.
    pub async fn check_layout_file(&self) -> Result<()> {
        let bytes = match &self.source {
            Source::Dir(root) => {
                let path = root.join(LAYOUT_FILE);
                tokio::fs::read(&path).await.map_err(|e| {
                    Error::msg(format!(
                        "failed to open OCI layout file: {}",
                        crate::go::error::path_error("open", path.display(), &e)
                    ))
                })?
            }
            Source::Tar(fs) => fs.read_small(LAYOUT_FILE).map_err(|_| {
                Error::msg(format!(
                    "invalid OCI Image Layout: failed to open OCI layout file: open {LAYOUT_FILE}: file does not exist"
                ))
            })?,
            Source::Archive(_) => super::LAYOUT_CONTENT.to_vec(),
        };
        #[derive(serde::Deserialize)]
        struct Layout {
            #[serde(rename = "imageLayoutVersion")]
            version: String,
        }
        let layout: Layout = serde_json::from_slice(&bytes)
            .map_err(|e| Error::msg(format!("failed to decode OCI layout file: {e}")))?;
        if layout.version != "1.0.0" {
            return Err(Error::msg(format!(
                "unsupported OCI layout version {:?}: invalid OCI Image Layout",
                layout.version
            )));
        }
        Ok(())
    }
}
