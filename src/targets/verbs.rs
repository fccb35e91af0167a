//! Verbs over any target: resolving with platform selection.

use super::{ReadOnlyTarget, fetch_all};
use crate::content::Descriptor;
use crate::content::manifest::{self, Index};
use crate::error::{Error, Result};
use crate::media_type;
use crate::platform::Platform;

/// Resolve `reference` and read its manifest; with a platform, pick the matching manifest
/// of an index (or check a single manifest's config platform).
pub async fn fetch_with_platform(
    target: &dyn ReadOnlyTarget,
    reference: &str,
    want: Option<&Platform>,
) -> Result<(Descriptor, Vec<u8>)> {
    let (desc, bytes) = target.fetch_reference(reference).await?;
    let Some(want) = want else {
        return Ok((desc, bytes));
    };
    if media_type::is_index(&desc.media_type) {
        let index: Index = serde_json::from_slice(&bytes)
            .map_err(|e| Error::msg(format!("failed to decode index: {e}")))?;
        let found = index
            .manifests
            .into_iter()
            .find(|m| m.platform.as_ref().is_some_and(|p| p.matches(want)))
            .ok_or_else(|| crate::go::error::no_matching_platform(&desc.digest))?;
        let bytes = fetch_all(target, &found).await?;
        return Ok((found, bytes));
    }
    if matches!(
        desc.media_type.as_str(),
        media_type::IMAGE_MANIFEST | media_type::DOCKER_MANIFEST
    ) {
        let m = manifest::decode(&bytes)?;
        if let Some(config) = m.config
            && matches!(
                config.media_type.as_str(),
                media_type::IMAGE_CONFIG | "application/vnd.docker.container.image.v1+json"
            )
        {
            let cfg = fetch_all(target, &config).await?;
            let got: Platform = serde_json::from_slice(&cfg).unwrap_or_default();
            if got.matches(want) {
                return Ok((desc, bytes));
            }
            return Err(Error::NotFound(format!(
                "{}: platform in manifest does not match target platform",
                desc.digest
            )));
        }
        return Err(Error::NotFound(format!(
            "{}: fail to recognize platform from manifest",
            desc.digest
        )));
    }
    Err(Error::Unsupported(format!(
        "{}: {}: unsupported media type for platform selection",
        desc.digest, desc.media_type
    )))
}
