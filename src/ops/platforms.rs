//! Several platforms out of one index (`--platform` lists, beyond oras 1.3.0): which
//! manifests match, and the index of just them. Used by `pull`, `cp` and `backup`.

use crate::content::Descriptor;
use crate::content::manifest::{self, Index};
use crate::error::{Error, Result};
use crate::media_type;
use crate::platform::{Platform, list};
use crate::targets::{ReadOnlyTarget, fetch_all};

/// The manifests of `reference` that match a platform list.
pub struct Selected {
    /// What `reference` resolved to (an index, or a single manifest).
    pub root: Descriptor,
    pub root_bytes: Vec<u8>,
    /// The matching manifests in index order, each descriptor with its platform, and
    /// their bytes.
    pub manifests: Vec<(Descriptor, Vec<u8>)>,
}

/// Resolve `reference` and pick every manifest whose platform matches one of `patterns`.
/// For an index the entries' `platform` fields decide; a single image manifest matches by
/// its config. No match is a not-found error, worded as oras words it for one platform.
pub async fn select_platforms(
    target: &dyn ReadOnlyTarget,
    reference: &str,
    patterns: &[Platform],
) -> Result<Selected> {
    let (root, root_bytes) = target.fetch_reference(reference).await?;
    let mut manifests = Vec::new();
    if media_type::is_index(&root.media_type) {
        let index: Index = serde_json::from_slice(&root_bytes)
            .map_err(|e| Error::msg(format!("failed to decode index: {e}")))?;
        for entry in index.manifests {
            let Some(p) = &entry.platform else { continue };
            if !list::matches_any(p, patterns)
                || manifests
                    .iter()
                    .any(|(d, _): &(Descriptor, Vec<u8>)| d.digest == entry.digest)
            {
                continue;
            }
            let bytes = fetch_all(target, &entry).await?;
            manifests.push((entry, bytes));
        }
        if manifests.is_empty() {
            return Err(crate::go::error::no_matching_platform(&root.digest));
        }
    } else if matches!(
        root.media_type.as_str(),
        media_type::IMAGE_MANIFEST | media_type::DOCKER_MANIFEST
    ) {
        let m = manifest::decode(&root_bytes)?;
        let got = match &m.config {
            Some(c)
                if c.media_type == media_type::IMAGE_CONFIG
                    || c.media_type == "application/vnd.docker.container.image.v1+json" =>
            {
                serde_json::from_slice::<Platform>(&fetch_all(target, c).await?).unwrap_or_default()
            }
            _ => {
                return Err(Error::NotFound(format!(
                    "{}: fail to recognize platform from manifest",
                    root.digest
                )));
            }
        };
        if !list::matches_any(&got, patterns) {
            return Err(Error::NotFound(format!(
                "{}: platform in manifest does not match target platform",
                root.digest
            )));
        }
        let mut entry = root.clone();
        entry.platform = Some(got);
        manifests.push((entry, root_bytes.clone()));
    } else {
        return Err(Error::Unsupported(format!(
            "{}: {}: unsupported media type for platform selection",
            root.digest, root.media_type
        )));
    }
    Ok(Selected {
        root,
        root_bytes,
        manifests,
    })
}

/// The OCI index of just the selected manifests: their descriptors exactly as the source
/// index lists them (platform included), in source order, and nothing else (no
/// annotations, no subject). Its digest therefore depends only on the selected entries and
/// their order: the same selection of the same source always gives the same index.
pub fn index_of(selected: &Selected) -> (Descriptor, Vec<u8>) {
    let entries = selected.manifests.iter().map(|(d, _)| d.clone()).collect();
    super::index::pack(&Index::new(entries))
}
