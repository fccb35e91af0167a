//! Selecting by platform: the manifest of one platform (oras's `--platform`, oras-go
//! `platform.Match`), every manifest matching a list (beyond oras 1.3.0), and the index of
//! just the selected ones. `copy` and `pull` move what is selected.

pub mod copy;
pub mod pull;

use crate::content::Descriptor;
use crate::content::manifest::{self, Index};
use crate::error::{Error, Result};
use crate::media_type;
use crate::platform::{Platform, list};
use crate::targets::{ReadOnlyTarget, fetch_all};

/// Resolve `reference`: its descriptor, or with a platform the descriptor of the matching
/// manifest (oras's `resolve`, `discover`, `attach`, `manifest fetch --descriptor`).
/// Without a platform nothing is fetched.
pub async fn resolve_with_platform(
    target: &dyn ReadOnlyTarget,
    reference: &str,
    want: Option<&Platform>,
) -> Result<Descriptor> {
    match want {
        None => target.resolve(reference).await,
        Some(p) => fetch_with_platform(target, reference, Some(p))
            .await
            .map(|(d, _)| d),
    }
}

/// Resolve `reference` and read its manifest; with a platform, pick the first matching
/// manifest of an index (or check a single manifest's config platform).
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
        let found = decode_index(&bytes)?
            .manifests
            .into_iter()
            .find(|m| m.platform.as_ref().is_some_and(|p| p.matches(want)))
            .ok_or_else(|| crate::error::Error::no_matching_platform(&desc.digest))?;
        let bytes = fetch_all(target, &found).await?;
        return Ok((found, bytes));
    }
    let got = config_platform(target, &desc, &bytes).await?;
    if !got.matches(want) {
        return Err(mismatch(&desc));
    }
    Ok((desc, bytes))
}

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
        for entry in decode_index(&root_bytes)?.manifests {
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
            return Err(crate::error::Error::no_matching_platform(&root.digest));
        }
    } else {
        let got = config_platform(target, &root, &root_bytes).await?;
        if !list::matches_any(&got, patterns) {
            return Err(mismatch(&root));
        }
        let mut entry = root.clone();
        entry.platform = Some(got);
        manifests.push((entry, root_bytes.clone()));
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

fn decode_index(bytes: &[u8]) -> Result<Index> {
    serde_json::from_slice(bytes).map_err(|e| Error::msg(format!("failed to decode index: {e}")))
}

/// The platform in the image config of a single (OCI or Docker) image manifest; anything
/// else has no platform to select by.
async fn config_platform(
    target: &dyn ReadOnlyTarget,
    desc: &Descriptor,
    bytes: &[u8],
) -> Result<Platform> {
    if !matches!(
        desc.media_type.as_str(),
        media_type::IMAGE_MANIFEST | media_type::DOCKER_MANIFEST
    ) {
        return Err(Error::Unsupported(format!(
            "{}: {}: unsupported media type for platform selection",
            desc.digest, desc.media_type
        )));
    }
    match manifest::decode(bytes)?.config {
        Some(config)
            if matches!(
                config.media_type.as_str(),
                media_type::IMAGE_CONFIG | "application/vnd.docker.container.image.v1+json"
            ) =>
        {
            let cfg = fetch_all(target, &config).await?;
            Ok(serde_json::from_slice(&cfg).unwrap_or_default())
        }
        _ => Err(Error::NotFound(format!(
            "{}: fail to recognize platform from manifest",
            desc.digest
        ))),
    }
}

fn mismatch(desc: &Descriptor) -> Error {
    Error::NotFound(format!(
        "{}: platform in manifest does not match target platform",
        desc.digest
    ))
}
