//! Registry fixtures written with raw HTTP, independent of the code under test, so that a
//! bug in our push cannot hide a bug in our pull (and hostile content can be planted).

use super::http::{request, request_with_body};
use sha2::{Digest as _, Sha256};

/// `sha256:<hex>` of bytes.
pub fn digest(bytes: &[u8]) -> String {
    format!("sha256:{}", hex::encode(Sha256::digest(bytes)))
}

/// Upload a blob (POST + PUT with body); returns its digest.
pub fn put_blob(port: u16, repo: &str, bytes: &[u8]) -> String {
    let d = digest(bytes);
    let resp =
        request(port, "POST", &format!("/v2/{repo}/blobs/uploads/"), &[]).expect("POST upload");
    assert_eq!(
        resp.status,
        202,
        "POST upload: {}",
        String::from_utf8_lossy(&resp.body)
    );
    let loc = resp.header("Location").expect("Location").to_string();
    let path = loc
        .split_once("//")
        .map_or(loc.as_str(), |(_, rest)| {
            rest.split_once('/').map_or("", |(_, p)| p)
        })
        .to_string();
    let path = if loc.starts_with('/') {
        loc.clone()
    } else {
        format!("/{path}")
    };
    let sep = if path.contains('?') { '&' } else { '?' };
    let resp = request_with_body(
        port,
        "PUT",
        &format!("{path}{sep}digest={d}"),
        &[("Content-Type", "application/octet-stream")],
        bytes,
    )
    .expect("PUT blob");
    assert_eq!(
        resp.status,
        201,
        "PUT blob: {}",
        String::from_utf8_lossy(&resp.body)
    );
    d
}

/// PUT a manifest under `reference`; returns its digest.
pub fn put_manifest(
    port: u16,
    repo: &str,
    reference: &str,
    media_type: &str,
    bytes: &[u8],
) -> String {
    let resp = request_with_body(
        port,
        "PUT",
        &format!("/v2/{repo}/manifests/{reference}"),
        &[("Content-Type", media_type)],
        bytes,
    )
    .expect("PUT manifest");
    assert_eq!(
        resp.status,
        201,
        "PUT manifest: {}",
        String::from_utf8_lossy(&resp.body)
    );
    digest(bytes)
}

/// An image manifest (v1.1 artifact) over the given layers `(media type, bytes, annotations JSON)`.
pub fn artifact(port: u16, repo: &str, tag: &str, layers: &[(&str, &[u8], &str)]) -> String {
    let config = put_blob(port, repo, b"{}");
    let mut descs = Vec::new();
    for (mt, bytes, annotations) in layers {
        let d = put_blob(port, repo, bytes);
        descs.push(format!(
            r#"{{"mediaType":"{mt}","digest":"{d}","size":{},"annotations":{annotations}}}"#,
            bytes.len()
        ));
    }
    let manifest = format!(
        r#"{{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","artifactType":"application/vnd.test","config":{{"mediaType":"application/vnd.oci.empty.v1+json","digest":"{config}","size":2}},"layers":[{}]}}"#,
        descs.join(",")
    );
    put_manifest(
        port,
        repo,
        tag,
        "application/vnd.oci.image.manifest.v1+json",
        manifest.as_bytes(),
    )
}
