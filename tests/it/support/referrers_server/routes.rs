//! The distribution API of the referrers test server, answering as zot v2.1.1 does where a
//! client can tell: status codes, headers (`Docker-Content-Digest`, `OCI-Subject`,
//! `OCI-Filters-Applied`, `Location`, `Range`, `Link`), JSON bodies in Go's encoding, and
//! errors in distribution's JSON format (`{"errors":[{"code","message","detail"}]}`).

use super::http::{Reply, Request};
use super::store::{self, OCI_INDEX, OCI_MANIFEST, PutError, Store, page_after};
use serde::Serialize;
use std::collections::BTreeMap;

/// Answers one request.
pub fn route(req: &Request, store: &mut Store) -> Reply {
    let Some(rest) = req.path.strip_prefix("/v2/") else {
        return page_not_found();
    };
    if rest.is_empty() {
        return match req.method.as_str() {
            "GET" | "HEAD" => Reply::new(200)
                .header("Docker-Distribution-API-Version", "registry/2.0")
                .body("application/json", Vec::new()),
            _ => Reply::new(405),
        };
    }
    if rest == "_catalog" {
        return match req.method.as_str() {
            "GET" => catalog(req, store),
            _ => Reply::new(405),
        };
    }
    if let Some(repo) = rest.strip_suffix("/tags/list") {
        return match req.method.as_str() {
            "GET" => tags(req, store, repo),
            _ => Reply::new(405),
        };
    }
    for kind in ["/blobs/uploads/", "/manifests/", "/referrers/", "/blobs/"] {
        let Some(i) = rest.find(kind) else { continue };
        let (repo, arg) = (&rest[..i], &rest[i + kind.len()..]);
        let method = req.method.as_str();
        return match (kind, method) {
            ("/blobs/uploads/", "POST") if arg.is_empty() => start_upload(req, store, repo),
            ("/blobs/uploads/", _) if arg.is_empty() => Reply::new(405),
            ("/blobs/uploads/", "GET") => upload_status(store, repo, arg),
            ("/blobs/uploads/", "PATCH") => patch_upload(req, store, repo, arg),
            ("/blobs/uploads/", "PUT") => finish_upload(req, store, repo, arg),
            ("/blobs/uploads/", "DELETE") => match store.take_upload(repo, arg) {
                Some(_) => Reply::new(204),
                None => upload_unknown(arg),
            },
            ("/manifests/", "GET" | "HEAD") => get_manifest(store, repo, arg),
            ("/manifests/", "PUT") => put_manifest(req, store, repo, arg),
            ("/manifests/", "DELETE") => delete_manifest(store, repo, arg),
            ("/referrers/", "GET") => referrers(req, store, repo, arg),
            ("/blobs/", "GET" | "HEAD") => get_blob(method, store, arg),
            ("/blobs/", "DELETE") => match store.delete_blob(arg) {
                true => Reply::new(202),
                false => error(404, "BLOB_UNKNOWN", [("digest", arg)]),
            },
            _ => Reply::new(405),
        };
    }
    page_not_found()
}

/// Go's `encoding/json`: serde_json's compact output with `<`, `>`, `&`, U+2028 and
/// U+2029 escaped (these only occur inside strings, so a plain replace is exact).
fn go_json(value: &impl Serialize) -> Vec<u8> {
    let text = serde_json::to_string(value).expect("serialising a reply");
    text.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
        .into_bytes()
}

fn json_reply(status: u16, value: &impl Serialize) -> Reply {
    Reply::new(status).body("application/json; charset=utf-8", go_json(value))
}

/// A distribution error body: `{"errors":[{"code":..,"message":..,"detail":{..}}]}`.
fn error<const N: usize>(status: u16, code: &str, detail: [(&str, &str); N]) -> Reply {
    let message = match code {
        "BLOB_UNKNOWN" => "blob unknown to registry",
        "BLOB_UPLOAD_UNKNOWN" => "blob upload unknown to registry",
        "DIGEST_INVALID" => "provided digest did not match uploaded content",
        "MANIFEST_INVALID" => "manifest invalid",
        "MANIFEST_UNKNOWN" => "manifest unknown",
        "NAME_UNKNOWN" => "repository name not known to registry",
        _ => "unknown error",
    };
    #[derive(Serialize)]
    struct Entry<'a> {
        code: &'a str,
        message: &'a str,
        detail: BTreeMap<&'a str, &'a str>,
    }
    #[derive(Serialize)]
    struct Errors<'a> {
        errors: [Entry<'a>; 1],
    }
    json_reply(
        status,
        &Errors {
            errors: [Entry {
                code,
                message,
                detail: detail.into_iter().collect(),
            }],
        },
    )
}

/// Go's mux answer to a path no route matches.
fn page_not_found() -> Reply {
    Reply::new(404).body(
        "text/plain; charset=utf-8",
        b"404 page not found\n".to_vec(),
    )
}

fn upload_unknown(id: &str) -> Reply {
    error(404, "BLOB_UPLOAD_UNKNOWN", [("session_id", id)])
}

fn catalog(req: &Request, store: &Store) -> Reply {
    let n = req.query("n").and_then(|n| n.parse::<usize>().ok());
    let last = req.query("last").filter(|l| !l.is_empty());
    let (repositories, more) = page_after(&store.catalog(), last, n);
    #[derive(Serialize)]
    struct Catalog {
        repositories: Vec<String>,
    }
    let mut reply = Reply::new(200);
    if let (true, Some(n), Some(last)) = (more, n, repositories.last()) {
        reply = reply.header(
            "Link",
            format!("</v2/_catalog?n={n}&last={last}>; rel=\"next\""),
        );
    }
    let body = go_json(&Catalog { repositories });
    reply.body("application/json; charset=utf-8", body)
}

fn tags(req: &Request, store: &Store, repo: &str) -> Reply {
    let n = match req.query_all("n").as_slice() {
        [] => None,
        [n] => match n.parse::<i64>() {
            Ok(n) if n >= 0 => Some(n as usize),
            _ => return Reply::new(400),
        },
        _ => return Reply::new(400),
    };
    let last = match req.query_all("last").as_slice() {
        [] => "",
        [last] => *last,
        _ => return Reply::new(400),
    };
    let Some(tags) = store.tags(repo) else {
        return error(404, "NAME_UNKNOWN", [("name", repo)]);
    };
    let start = if last.is_empty() {
        0
    } else {
        match tags.iter().position(|t| t == last) {
            Some(i) => i + 1,
            None => return Reply::new(404),
        }
    };
    let mut end = tags.len();
    let mut reply = Reply::new(200);
    if let Some(n) = n
        && start + n < tags.len()
    {
        end = start + n;
        if n > 0 {
            reply = reply.header(
                "Link",
                format!(
                    "</v2/{repo}/tags/list?n={n}&last={}>; rel=\"next\"",
                    tags[end - 1]
                ),
            );
        }
    }
    #[derive(Serialize)]
    struct ImageTags<'a> {
        name: &'a str,
        tags: &'a [String],
    }
    let body = go_json(&ImageTags {
        name: repo,
        tags: &tags[start..end],
    });
    reply.body("application/json; charset=utf-8", body)
}

fn get_manifest(store: &Store, repo: &str, reference: &str) -> Reply {
    if !store.repo_exists(repo) {
        return error(404, "NAME_UNKNOWN", [("name", repo)]);
    }
    match store.manifest(repo, reference) {
        Some(m) => Reply::new(200)
            .header("Docker-Content-Digest", m.digest.clone())
            .body(&m.media_type, m.bytes.to_vec()),
        None => error(404, "MANIFEST_UNKNOWN", [("reference", reference)]),
    }
}

fn put_manifest(req: &Request, store: &mut Store, repo: &str, reference: &str) -> Reply {
    let media_type = req.header("Content-Type").unwrap_or_default();
    if media_type != OCI_MANIFEST && media_type != OCI_INDEX {
        return error(415, "MANIFEST_INVALID", [("mediaType", media_type)]);
    }
    match store.put_manifest(repo, reference, media_type, req.body.clone()) {
        Ok((digest, subject)) => {
            let mut reply = Reply::new(201);
            if let Some(subject) = subject {
                reply = reply.header("OCI-Subject", subject);
            }
            reply
                .header("Location", format!("/v2/{repo}/manifests/{digest}"))
                .header("Docker-Content-Digest", digest)
        }
        Err(PutError::Invalid) => error(400, "MANIFEST_INVALID", [("reference", reference)]),
        Err(PutError::BlobUnknown(blob)) => error(400, "BLOB_UNKNOWN", [("blob", &blob)]),
        Err(PutError::ManifestUnknown) => {
            error(404, "MANIFEST_UNKNOWN", [("reference", reference)])
        }
    }
}

fn delete_manifest(store: &mut Store, repo: &str, reference: &str) -> Reply {
    if !store.repo_exists(repo) {
        return error(400, "NAME_UNKNOWN", [("name", repo)]);
    }
    match store.delete_manifest(repo, reference) {
        true => Reply::new(202),
        false => error(404, "MANIFEST_UNKNOWN", [("reference", reference)]),
    }
}

fn referrers(req: &Request, store: &Store, repo: &str, subject: &str) -> Reply {
    if !store::is_digest(subject) {
        return Reply::new(400);
    }
    let Some(list) = store.referrers(repo, subject) else {
        return Reply::new(404);
    };
    let filters = req.query_all("artifactType");
    #[derive(Serialize)]
    struct Descriptor<'a> {
        #[serde(rename = "mediaType")]
        media_type: &'a str,
        digest: &'a str,
        size: usize,
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        annotations: &'a BTreeMap<String, String>,
        #[serde(rename = "artifactType", skip_serializing_if = "str::is_empty")]
        artifact_type: &'a str,
    }
    #[derive(Serialize)]
    struct Index<'a> {
        #[serde(rename = "schemaVersion")]
        schema_version: u32,
        #[serde(rename = "mediaType")]
        media_type: &'a str,
        manifests: Vec<Descriptor<'a>>,
    }
    let manifests = list
        .iter()
        .filter(|r| filters.is_empty() || filters.contains(&r.artifact_type.as_str()))
        .map(|r| Descriptor {
            media_type: &r.media_type,
            digest: &r.digest,
            size: r.size,
            annotations: &r.annotations,
            artifact_type: &r.artifact_type,
        })
        .collect();
    let body = go_json(&Index {
        schema_version: 2,
        media_type: OCI_INDEX,
        manifests,
    });
    let mut reply = Reply::new(200);
    if !filters.is_empty() {
        reply = reply.header("OCI-Filters-Applied", "artifactType");
    }
    reply.body(OCI_INDEX, body)
}

fn get_blob(method: &str, store: &Store, digest: &str) -> Reply {
    if !store::is_digest(digest) {
        return error(400, "DIGEST_INVALID", [("digest", digest)]);
    }
    let Some(bytes) = store.blob(digest) else {
        return error(404, "BLOB_UNKNOWN", [("digest", digest)]);
    };
    let reply = Reply::new(200)
        .header("Accept-Ranges", "bytes")
        .header("Docker-Content-Digest", digest);
    if method == "HEAD" {
        // zot answers a HEAD with the length only, no Content-Type
        let mut reply = reply;
        reply.body = bytes.to_vec();
        return reply;
    }
    reply.body("application/octet-stream", bytes.to_vec())
}

fn blob_created(repo: &str, digest: &str) -> Reply {
    Reply::new(201)
        .header("Location", format!("/v2/{repo}/blobs/{digest}"))
        .header("Docker-Content-Digest", digest)
}

fn upload_location(repo: &str, id: &str) -> String {
    format!("/v2/{repo}/blobs/uploads/{id}")
}

fn start_upload(req: &Request, store: &mut Store, repo: &str) -> Reply {
    // a mount succeeds when the blob exists anywhere (zot's dedupe); otherwise a session
    if let Some(mount) = req.query("mount")
        && store.blob(mount).is_some()
    {
        store.put_blob(repo, mount.to_string(), Vec::new());
        return blob_created(repo, mount);
    }
    if let Some(digest) = req.query("digest") {
        if !store::is_digest(digest) || store::sha256(&req.body) != digest {
            return error(400, "DIGEST_INVALID", [("digest", digest)]);
        }
        store.put_blob(repo, digest.to_string(), req.body.clone());
        return blob_created(repo, digest);
    }
    let id = store.start_upload(repo);
    Reply::new(202)
        .header("Location", upload_location(repo, &id))
        .header("Range", "0-0")
        .header("Docker-Upload-UUID", id)
}

fn range_header(len: usize) -> String {
    format!("0-{}", len.saturating_sub(1))
}

fn upload_status(store: &mut Store, repo: &str, id: &str) -> Reply {
    match store.upload_mut(repo, id) {
        Some(upload) => Reply::new(204)
            .header("Location", upload_location(repo, id))
            .header("Range", range_header(upload.bytes.len()))
            .header("Docker-Upload-UUID", id),
        None => upload_unknown(id),
    }
}

fn patch_upload(req: &Request, store: &mut Store, repo: &str, id: &str) -> Reply {
    let Some(upload) = store.upload_mut(repo, id) else {
        return upload_unknown(id);
    };
    if let Some(range) = req.header("Content-Range") {
        let start = range.split('-').next().and_then(|s| s.trim().parse().ok());
        if start != Some(upload.bytes.len()) {
            return Reply::new(416);
        }
    }
    upload.bytes.extend_from_slice(&req.body);
    Reply::new(202)
        .header("Location", upload_location(repo, id))
        .header("Range", range_header(upload.bytes.len()))
        .header("Docker-Upload-UUID", id)
}

fn finish_upload(req: &Request, store: &mut Store, repo: &str, id: &str) -> Reply {
    let Some(digest) = req.query("digest").map(str::to_string) else {
        return error(400, "DIGEST_INVALID", [("digest", "")]);
    };
    let Some(mut upload) = store.take_upload(repo, id) else {
        return upload_unknown(id);
    };
    upload.bytes.extend_from_slice(&req.body);
    if !store::is_digest(&digest) || store::sha256(&upload.bytes) != digest {
        return error(400, "DIGEST_INVALID", [("digest", &digest)]);
    }
    store.put_blob(repo, digest.clone(), upload.bytes);
    blob_created(repo, &digest)
}
