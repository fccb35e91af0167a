//! Building image indexes from manifests of one repository (`oras manifest index`): the
//! index entry of a manifest (plain descriptor + platform from its image config +
//! artifactType), packing, and pushing with or without a tag.

use crate::content::Descriptor;
use crate::content::manifest::{self, Index, MAX_MANIFEST_BYTES};
use crate::error::{Error, Result};
use crate::go::json;
use crate::media_type;
use crate::platform::Platform;
use crate::targets::{ReadOnlyTarget, Target, bytes_reader, fetch_all};

/// The index entry of a fetched manifest: its plain descriptor, the platform of its image
/// config (image manifests only) and its artifactType (oras `enrichDescriptor`).
pub async fn entry_of(
    target: &dyn ReadOnlyTarget,
    desc: &Descriptor,
    bytes: &[u8],
) -> Result<Descriptor> {
    let mut entry = desc.plain();
    let m = manifest::decode(bytes)?;
    if desc.media_type == media_type::IMAGE_MANIFEST {
        entry.platform = platform_of(target, m.config.as_ref()).await?;
    }
    entry.artifact_type = m.artifact_type.filter(|t| !t.is_empty());
    Ok(entry)
}

/// The platform in an image config, when it names an OS or an architecture.
async fn platform_of(
    target: &dyn ReadOnlyTarget,
    config: Option<&Descriptor>,
) -> Result<Option<Platform>> {
    let Some(config) = config else {
        return Ok(None);
    };
    if config.size >= MAX_MANIFEST_BYTES {
        return Err(Error::msg(format!(
            "config size {} exceeds MaxBytes {MAX_MANIFEST_BYTES}: size exceeds limit",
            config.size
        )));
    }
    let bytes = fetch_all(target, config).await?;
    Ok(serde_json::from_slice::<Platform>(&bytes)
        .ok()
        .filter(|p| !p.os.is_empty() || !p.architecture.is_empty()))
}

/// The bytes and descriptor of an index.
pub fn pack(index: &Index) -> (Descriptor, Vec<u8>) {
    let bytes = json::to_vec(index);
    (Descriptor::of_bytes(media_type::IMAGE_INDEX, &bytes), bytes)
}

/// Push an index under `tag` (or by digest when empty).
pub async fn push(dst: &dyn Target, desc: &Descriptor, bytes: Vec<u8>, tag: &str) -> Result<()> {
    if tag.is_empty() {
        match dst.push(desc, bytes_reader(bytes)).await {
            Ok(()) | Err(Error::AlreadyExists(_)) => Ok(()),
            Err(e) => Err(e),
        }
    } else {
        dst.push_reference(desc, bytes, tag).await
    }
}
