//! Manifest and index structs in Go field order, and decoding of any manifest kind into its
//! children (the graph successors used by copies).

use super::descriptor::{Annotations, Descriptor};
use crate::error::{Error, Result};
use crate::media_type;
use serde::{Deserialize, Serialize};

/// Largest manifest/index we read into memory (oras-go MaxMetadataBytes).
pub const MAX_MANIFEST_BYTES: i64 = 4 * 1024 * 1024;

/// An OCI image manifest (image-spec v1.1 `Manifest`).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Manifest {
    pub schema_version: i32,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub media_type: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub artifact_type: String,
    pub config: Descriptor,
    #[serde(default)]
    pub layers: Vec<Descriptor>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<Descriptor>,
    #[serde(default, skip_serializing_if = "Annotations::is_empty")]
    pub annotations: Annotations,
}

/// An OCI image index (image-spec v1.1 `Index`).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Index {
    pub schema_version: i32,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub media_type: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub artifact_type: String,
    #[serde(default)]
    pub manifests: Vec<Descriptor>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<Descriptor>,
    #[serde(default, skip_serializing_if = "Annotations::is_empty")]
    pub annotations: Annotations,
}

impl Index {
    /// An empty OCI index.
    pub fn new(manifests: Vec<Descriptor>) -> Self {
        Index {
            schema_version: 2,
            media_type: media_type::IMAGE_INDEX.to_string(),
            artifact_type: String::new(),
            manifests,
            subject: None,
            annotations: Annotations::new(),
        }
    }
}

/// Any manifest kind, loosely decoded: enough to walk the graph.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AnyManifest {
    #[serde(default)]
    pub media_type: Option<String>,
    #[serde(default)]
    pub artifact_type: Option<String>,
    #[serde(default)]
    pub config: Option<Descriptor>,
    #[serde(default)]
    pub layers: Option<Vec<Descriptor>>,
    #[serde(default)]
    pub manifests: Option<Vec<Descriptor>>,
    #[serde(default)]
    pub blobs: Option<Vec<Descriptor>>,
    #[serde(default)]
    pub subject: Option<Descriptor>,
    #[serde(default)]
    pub annotations: Option<Annotations>,
}

/// The children of a manifest, split the way pull and attach need them.
#[derive(Debug, Default, Clone)]
pub struct Successors {
    /// Layers, blobs or child manifests.
    pub nodes: Vec<Descriptor>,
    pub config: Option<Descriptor>,
    pub subject: Option<Descriptor>,
}

impl Successors {
    /// Everything a full copy must transfer, in oras-go order: subject, config, then nodes.
    pub fn all(self) -> Vec<Descriptor> {
        let mut v = Vec::with_capacity(self.nodes.len() + 2);
        v.extend(self.subject);
        v.extend(self.config);
        v.extend(self.nodes);
        v
    }
}

/// Decode `bytes` of a node with media type `media_type` into its successors.
/// Non-manifest media types have no successors.
pub fn successors(media_type: &str, bytes: &[u8]) -> Result<Successors> {
    if !media_type::is_manifest(media_type) {
        return Ok(Successors::default());
    }
    let m: AnyManifest = serde_json::from_slice(bytes)
        .map_err(|e| Error::msg(format!("failed to decode manifest: {e}")))?;
    Ok(match media_type {
        media_type::IMAGE_INDEX | media_type::DOCKER_MANIFEST_LIST => Successors {
            nodes: m.manifests.unwrap_or_default(),
            config: None,
            subject: m.subject,
        },
        media_type::ARTIFACT_MANIFEST => Successors {
            nodes: m.blobs.unwrap_or_default(),
            config: None,
            subject: m.subject,
        },
        _ => Successors {
            nodes: m.layers.unwrap_or_default(),
            config: m.config,
            subject: m.subject,
        },
    })
}

/// Decode a manifest for its metadata (artifact type, annotations, subject).
pub fn decode(bytes: &[u8]) -> Result<AnyManifest> {
    serde_json::from_slice(bytes).map_err(|e| Error::msg(format!("failed to decode manifest: {e}")))
}
