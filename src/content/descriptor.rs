//! OCI descriptors, serialised in Go's field order with sorted annotations.

use super::digest::Digest;
use crate::media_type;
use crate::platform::Platform;
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Annotations: a sorted map so that JSON output is byte-stable (Go sorts map keys).
pub type Annotations = BTreeMap<String, String>;

/// The OCI title annotation: the file name of a layer.
pub const ANNOTATION_TITLE: &str = "org.opencontainers.image.title";
/// The creation time annotation added by push and attach.
pub const ANNOTATION_CREATED: &str = "org.opencontainers.image.created";
/// The tag name annotation used in OCI layout `index.json`.
pub const ANNOTATION_REF_NAME: &str = "org.opencontainers.image.ref.name";
/// Digest of the uncompressed tar of a pushed directory.
pub const ANNOTATION_CONTENT_DIGEST: &str = "io.deis.oras.content.digest";
/// Marks a pushed directory layer to be unpacked on pull.
pub const ANNOTATION_UNPACK: &str = "io.deis.oras.content.unpack";

/// An OCI content descriptor (image-spec `Descriptor`), fields in Go declaration order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Descriptor {
    pub media_type: String,
    pub digest: Digest,
    pub size: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urls: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "is_empty_map")]
    pub annotations: Option<Annotations>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "base64_bytes"
    )]
    pub data: Option<Vec<u8>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<Platform>,
    #[serde(default, skip_serializing_if = "is_empty_str")]
    pub artifact_type: Option<String>,
}

fn is_empty_map(m: &Option<Annotations>) -> bool {
    m.as_ref().is_none_or(|m| m.is_empty())
}

fn is_empty_str(s: &Option<String>) -> bool {
    s.as_deref().is_none_or(str::is_empty)
}

impl Descriptor {
    /// A plain `{mediaType, digest, size}` descriptor.
    pub fn new(media_type: impl Into<String>, digest: Digest, size: i64) -> Self {
        Descriptor {
            media_type: media_type.into(),
            digest,
            size,
            urls: None,
            annotations: None,
            data: None,
            platform: None,
            artifact_type: None,
        }
    }

    /// The descriptor of some bytes.
    pub fn of_bytes(media_type: impl Into<String>, bytes: &[u8]) -> Self {
        Self::new(media_type, Digest::sha256_of(bytes), bytes.len() as i64)
    }

    /// image-spec `DescriptorEmptyJSON`: the `{}` blob with its data inlined.
    pub fn empty_json() -> Self {
        let mut d = Self::of_bytes(media_type::EMPTY_JSON, b"{}");
        d.data = Some(b"{}".to_vec());
        d
    }

    /// The title annotation, when set.
    pub fn title(&self) -> Option<&str> {
        self.annotation(ANNOTATION_TITLE).filter(|t| !t.is_empty())
    }

    /// One annotation's value.
    pub fn annotation(&self, key: &str) -> Option<&str> {
        self.annotations.as_ref()?.get(key).map(String::as_str)
    }

    /// What a status line shows: the title, else the media type.
    pub fn display_name(&self) -> &str {
        self.title().unwrap_or(&self.media_type)
    }

    /// The identity used by trackers and sets: digest, size and media type.
    pub fn key(&self) -> DescKey {
        DescKey {
            digest: self.digest.clone(),
            size: self.size,
            media_type: self.media_type.clone(),
        }
    }

    /// Only the fields that identify the content (oras-go `descriptor.Plain`).
    pub fn plain(&self) -> Descriptor {
        Descriptor::new(self.media_type.clone(), self.digest.clone(), self.size)
    }

    /// True when this is the empty JSON blob (never written to disk on pull).
    pub fn is_empty_json(&self) -> bool {
        self.media_type == media_type::EMPTY_JSON
            && self.size == 2
            && self.digest == Descriptor::empty_json().digest
    }
}

/// Identity of a node in a content graph.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DescKey {
    pub digest: Digest,
    pub size: i64,
    pub media_type: String,
}

mod base64_bytes {
    use super::*;

    pub fn serialize<S: serde::Serializer>(v: &Option<Vec<u8>>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(b) => s.serialize_str(&base64::engine::general_purpose::STANDARD.encode(b)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(
        d: D,
    ) -> Result<Option<Vec<u8>>, D::Error> {
        let s: Option<String> = Option::deserialize(d)?;
        s.map(|s| {
            base64::engine::general_purpose::STANDARD
                .decode(s)
                .map_err(serde::de::Error::custom)
        })
        .transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::go::json;

    #[test]
    fn empty_descriptor_matches_go_bytes() {
        let bytes = json::to_vec(&Descriptor::empty_json());
        assert_eq!(
            String::from_utf8(bytes).unwrap(),
            r#"{"mediaType":"application/vnd.oci.empty.v1+json","digest":"sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a","size":2,"data":"e30="}"#
        );
    }

    #[test]
    fn field_order_and_annotation_sorting() {
        let mut d = Descriptor::of_bytes("a/b", b"x");
        d.artifact_type = Some("t/x".into());
        d.annotations = Some(Annotations::from([
            ("z".to_string(), "<&>".to_string()),
            ("a".to_string(), "1".to_string()),
        ]));
        d.platform = Some(Platform {
            architecture: "arm64".into(),
            os: "linux".into(),
            variant: "v8".into(),
            ..Default::default()
        });
        let s = String::from_utf8(json::to_vec(&d)).unwrap();
        assert!(s.starts_with(r#"{"mediaType":"a/b","digest":"sha256:"#));
        assert!(s.ends_with(
            r#""annotations":{"a":"1","z":"\u003c\u0026\u003e"},"platform":{"architecture":"arm64","os":"linux","variant":"v8"},"artifactType":"t/x"}"#
        ));
    }
}
