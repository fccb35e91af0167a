//! Push: pack the manifest as oras push does, copy the artifact graph from local files to
//! the target, tag it.

use crate::content::Descriptor;
use crate::content::descriptor::Annotations;
use crate::content::pack::{self, ImageSpec, PackOptions, Packed};
use crate::copy::{self, CopyOptions};
use crate::error::{Error, Result};
use crate::media_type;
use crate::platform::Platform;
use crate::targets::memory::MemoryStore;
use crate::targets::union::Union;
use crate::targets::{ReadOnlyTarget, Target};
use std::sync::Arc;

/// What `oras push` packs.
pub struct PushPack {
    pub spec: ImageSpec,
    /// `--artifact-type` ("" when not given).
    pub artifact_type: String,
    /// `--config`, already in the file store.
    pub config_file: Option<Descriptor>,
    /// `--artifact-platform`: pushed as the image config when there is no `--config`.
    pub platform: Option<Platform>,
    pub config_annotations: Annotations,
    pub manifest_annotations: Annotations,
    pub layers: Vec<Descriptor>,
    /// The created annotation's value when none is given.
    pub now: String,
}

/// oras push's packing: the types checked (oras-go `PackManifest`), the config (the
/// `--config` file, or the platform as an image config blob), the artifact type oras
/// defaults to for v1.1, then the manifest.
pub fn pack_push(p: PushPack) -> Result<Packed> {
    let PushPack {
        spec,
        mut artifact_type,
        config_file,
        platform,
        config_annotations,
        manifest_annotations,
        layers,
        now,
    } = p;
    if !artifact_type.is_empty() && !media_type::is_valid(&artifact_type) {
        return Err(Error::msg(format!(
            "invalid artifactType format: {artifact_type}: invalid media type"
        )));
    }
    let mut blobs_extra = Vec::new();
    let config = match (config_file, platform) {
        (Some(desc), _) => {
            if !media_type::is_valid(&desc.media_type) {
                return Err(Error::msg(format!(
                    "invalid config mediaType format: {}: invalid media type",
                    desc.media_type
                )));
            }
            Some(with_annotations(desc, &config_annotations))
        }
        (None, Some(platform)) => {
            let bytes = crate::go::json::to_vec(&platform);
            let desc = Descriptor::of_bytes(media_type::IMAGE_CONFIG, &bytes);
            blobs_extra.push((desc.clone(), bytes));
            if artifact_type.is_empty() && spec == ImageSpec::V1_1 {
                artifact_type = media_type::UNKNOWN_ARTIFACT.to_string();
            }
            Some(with_annotations(desc, &config_annotations))
        }
        (None, None) => None,
    };
    if artifact_type.is_empty() && spec == ImageSpec::V1_1 && config.is_none() {
        artifact_type = media_type::UNKNOWN_ARTIFACT.to_string();
    }
    let mut packed = pack::pack_manifest(PackOptions {
        spec,
        artifact_type,
        config,
        config_annotations,
        layers,
        subject: None,
        manifest_annotations,
        now,
    })?;
    packed.blobs.extend(blobs_extra);
    Ok(packed)
}

fn with_annotations(mut d: Descriptor, a: &Annotations) -> Descriptor {
    if !a.is_empty() {
        d.annotations
            .get_or_insert_with(Default::default)
            .extend(a.clone());
    }
    d
}

/// Copy a packed artifact whose blobs live in `files` to `dst`, tagging it with `tag`.
pub async fn push_artifact(
    files: Arc<dyn ReadOnlyTarget>,
    packed: &Packed,
    dst: Arc<dyn Target>,
    tag: Option<&str>,
    options: &CopyOptions,
) -> Result<Descriptor> {
    let memory = Arc::new(MemoryStore::new());
    for (d, b) in &packed.blobs {
        memory.insert(d, b.clone());
    }
    memory.insert(&packed.desc, packed.bytes.clone());
    let src = Arc::new(Union(vec![memory, files]));
    copy::copy(
        src,
        dst,
        &packed.desc,
        Some(packed.bytes.clone()),
        tag,
        options,
    )
    .await?;
    Ok(packed.desc.clone())
}
