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
    put_blob_with(port, repo, bytes, &[])
}

/// [`put_blob`] with extra headers (e.g. `Authorization`).
pub fn put_blob_with(port: u16, repo: &str, bytes: &[u8], headers: &[(&str, &str)]) -> String {
    let d = digest(bytes);
    let resp =
        request(port, "POST", &format!("/v2/{repo}/blobs/uploads/"), headers).expect("POST upload");
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
    let mut put_headers = vec![("Content-Type", "application/octet-stream")];
    put_headers.extend_from_slice(headers);
    let resp = request_with_body(
        port,
        "PUT",
        &format!("{path}{sep}digest={d}"),
        &put_headers,
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
    put_manifest_with(port, repo, reference, media_type, bytes, &[])
}

/// [`put_manifest`] with extra headers (e.g. `Authorization`).
pub fn put_manifest_with(
    port: u16,
    repo: &str,
    reference: &str,
    media_type: &str,
    bytes: &[u8],
    headers: &[(&str, &str)],
) -> String {
    let mut all = vec![("Content-Type", media_type)];
    all.extend_from_slice(headers);
    let resp = request_with_body(
        port,
        "PUT",
        &format!("/v2/{repo}/manifests/{reference}"),
        &all,
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
    artifact_with(port, repo, tag, layers, &[])
}

/// [`artifact`] with extra headers on every request (e.g. `Authorization`).
pub fn artifact_with(
    port: u16,
    repo: &str,
    tag: &str,
    layers: &[(&str, &[u8], &str)],
    headers: &[(&str, &str)],
) -> String {
    let config = put_blob_with(port, repo, b"{}", headers);
    let mut descs = Vec::new();
    for (mt, bytes, annotations) in layers {
        let d = put_blob_with(port, repo, bytes, headers);
        descs.push(format!(
            r#"{{"mediaType":"{mt}","digest":"{d}","size":{},"annotations":{annotations}}}"#,
            bytes.len()
        ));
    }
    let manifest = format!(
        r#"{{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","artifactType":"application/vnd.test","config":{{"mediaType":"application/vnd.oci.empty.v1+json","digest":"{config}","size":2}},"layers":[{}]}}"#,
        descs.join(",")
    );
    put_manifest_with(
        port,
        repo,
        tag,
        "application/vnd.oci.image.manifest.v1+json",
        manifest.as_bytes(),
        headers,
    )
}

/// One platform manifest of [`platform_index`].
#[derive(Debug, Clone)]
pub struct PlatformManifest {
    /// `os/arch[/variant]`
    pub platform: String,
    pub digest: String,
    pub size: usize,
    /// The title of its one layer (`<os>-<arch>[-<variant>].txt`) and the layer bytes.
    pub file: String,
    pub content: Vec<u8>,
}

/// An OCI index `repo:tag` over one image manifest per platform (`os/arch[/variant]`);
/// each manifest's image config carries its os/architecture/variant and its one layer
/// is a titled text file. Returns the index digest and the manifests, in order.
pub fn platform_index(
    port: u16,
    repo: &str,
    tag: &str,
    platforms: &[&str],
) -> (String, Vec<PlatformManifest>) {
    let mut manifests = Vec::new();
    let mut entries = Vec::new();
    for p in platforms {
        let parts: Vec<&str> = p.split('/').collect();
        let (os, arch, variant) = (parts[0], parts[1], parts.get(2).copied().unwrap_or(""));
        let variant_json = if variant.is_empty() {
            String::new()
        } else {
            format!(r#","variant":"{variant}""#)
        };
        let config = format!(
            r#"{{"architecture":"{arch}","os":"{os}"{variant_json},"rootfs":{{"type":"layers","diff_ids":[]}}}}"#
        );
        let config_digest = put_blob(port, repo, config.as_bytes());
        let file = format!("{}.txt", p.replace('/', "-"));
        let content = format!("content for {p}\n").into_bytes();
        let layer = put_blob(port, repo, &content);
        let manifest = format!(
            r#"{{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"{config_digest}","size":{}}},"layers":[{{"mediaType":"application/vnd.oci.image.layer.v1.tar","digest":"{layer}","size":{},"annotations":{{"org.opencontainers.image.title":"{file}"}}}}]}}"#,
            config.len(),
            content.len()
        );
        let digest = put_manifest(
            port,
            repo,
            &digest(manifest.as_bytes()),
            "application/vnd.oci.image.manifest.v1+json",
            manifest.as_bytes(),
        );
        entries.push(format!(
            r#"{{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"{digest}","size":{},"platform":{{"architecture":"{arch}","os":"{os}"{variant_json}}}}}"#,
            manifest.len()
        ));
        manifests.push(PlatformManifest {
            platform: p.to_string(),
            digest,
            size: manifest.len(),
            file,
            content,
        });
    }
    let index = format!(
        r#"{{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[{}]}}"#,
        entries.join(",")
    );
    let index_digest = put_manifest(
        port,
        repo,
        tag,
        "application/vnd.oci.image.index.v1+json",
        index.as_bytes(),
    );
    (index_digest, manifests)
}

/// `multi:v1`: [`platform_index`] over linux/amd64, linux/arm64/v8 and windows/amd64.
pub fn multi_platform(port: u16) -> (String, Vec<PlatformManifest>) {
    platform_index(
        port,
        "multi",
        "v1",
        &["linux/amd64", "linux/arm64/v8", "windows/amd64"],
    )
}

/// The manifest of `platform` among those of [`platform_index`].
pub fn find_platform<'a>(
    manifests: &'a [PlatformManifest],
    platform: &str,
) -> &'a PlatformManifest {
    manifests
        .iter()
        .find(|m| m.platform == platform)
        .unwrap_or_else(|| panic!("no {platform} manifest"))
}

/// A gzipped tar of raw entries `(name, type, data, link target)`, names and link targets
/// written as given (even `..` or absolute ones): hostile directory layers.
pub fn gzip_tar(entries: &[(&str, tar::EntryType, &[u8], Option<&str>)]) -> Vec<u8> {
    let mut builder = tar::Builder::new(Vec::new());
    for (name, kind, data, link) in entries {
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(*kind);
        h.set_size(data.len() as u64);
        h.set_mode(0o644);
        {
            let raw = h.as_old_mut();
            raw.name[..name.len()].copy_from_slice(name.as_bytes());
            if let Some(l) = link {
                raw.linkname[..l.len()].copy_from_slice(l.as_bytes());
            }
        }
        h.set_cksum();
        builder.append(&h, *data).unwrap();
    }
    let tar = builder.into_inner().unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(&mut gz, &tar).unwrap();
    gz.finish().unwrap()
}
