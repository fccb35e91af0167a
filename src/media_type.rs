//! Media types of OCI and Docker content, and how to classify them.

pub const IMAGE_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";
pub const IMAGE_INDEX: &str = "application/vnd.oci.image.index.v1+json";
pub const ARTIFACT_MANIFEST: &str = "application/vnd.oci.artifact.manifest.v1+json";
pub const IMAGE_CONFIG: &str = "application/vnd.oci.image.config.v1+json";
pub const IMAGE_LAYER: &str = "application/vnd.oci.image.layer.v1.tar";
pub const IMAGE_LAYER_GZIP: &str = "application/vnd.oci.image.layer.v1.tar+gzip";
pub const EMPTY_JSON: &str = "application/vnd.oci.empty.v1+json";
pub const DOCKER_MANIFEST: &str = "application/vnd.docker.distribution.manifest.v2+json";
pub const DOCKER_MANIFEST_LIST: &str = "application/vnd.docker.distribution.manifest.list.v2+json";
pub const DOCKER_FOREIGN_LAYER: &str = "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip";
pub const OCI_NONDISTRIBUTABLE_PREFIX: &str = "application/vnd.oci.image.layer.nondistributable";
/// The artifact type push uses when none is given (image-spec v1.1).
pub const UNKNOWN_ARTIFACT: &str = "application/vnd.unknown.artifact.v1";
/// The config media type of image-spec v1.0 artifacts when none is given.
pub const UNKNOWN_CONFIG: &str = "application/vnd.unknown.config.v1+json";
pub const OCTET_STREAM: &str = "application/octet-stream";

/// The `Accept` list oras sends when resolving or fetching a manifest by tag.
pub const MANIFEST_ACCEPT: &str = "application/vnd.docker.distribution.manifest.v2+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json, application/vnd.oci.artifact.manifest.v1+json";

/// Manifest media types (everything fetched from `/manifests/`).
pub fn is_manifest(mt: &str) -> bool {
    matches!(
        mt,
        IMAGE_MANIFEST | IMAGE_INDEX | ARTIFACT_MANIFEST | DOCKER_MANIFEST | DOCKER_MANIFEST_LIST
    )
}

/// Index-like media types (children are manifests).
pub fn is_index(mt: &str) -> bool {
    matches!(mt, IMAGE_INDEX | DOCKER_MANIFEST_LIST)
}

/// Non-distributable layers are never copied (oras-go skips them).
pub fn is_foreign_layer(mt: &str) -> bool {
    mt == DOCKER_FOREIGN_LAYER || mt.starts_with(OCI_NONDISTRIBUTABLE_PREFIX)
}

/// RFC 6838 shape check used for `--artifact-type` and config media types.
pub fn is_valid(mt: &str) -> bool {
    fn part(p: &str) -> bool {
        let b = p.as_bytes();
        !b.is_empty()
            && b.len() <= 127
            && b[0].is_ascii_alphanumeric()
            && b[1..]
                .iter()
                .all(|c| c.is_ascii_alphanumeric() || b"!#$&^_.+-".contains(c))
    }
    match mt.split_once('/') {
        Some((t, s)) => part(t) && part(s),
        None => false,
    }
}
