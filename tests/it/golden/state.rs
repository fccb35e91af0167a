//! Registry state checks after a step (`NN.state` lines and `NN.manifest.<name>.json`
//! bodies), done with the raw HTTP client so no code under test is involved.

use base64::Engine as _;
use sha2::{Digest, Sha256};

use super::normalize::{self, Literals};
use super::scenario::StateCheck;
use crate::support::http::{self, Response};
use crate::support::registry::{TEST_PASSWORD, TEST_USER};

/// The `Accept` header of manifest requests: OCI manifest and index, Docker v2 and list.
const MANIFEST_ACCEPT: &str = "application/vnd.oci.image.manifest.v1+json, \
     application/vnd.oci.image.index.v1+json, \
     application/vnd.docker.distribution.manifest.v2+json, \
     application/vnd.docker.distribution.manifest.list.v2+json";
const INDEX_ACCEPT: &str = "application/vnd.oci.image.index.v1+json";

/// A registry as the state checks see it.
#[derive(Debug, Clone)]
pub struct Target {
    pub port: u16,
    /// `[REGISTRY]`, `[ZOT]` or `[AUTH]`.
    pub token: &'static str,
    /// Send `Authorization: Basic` with the test user.
    pub basic_auth: bool,
}

/// The outcome of one check.
#[derive(Debug, Clone)]
pub struct Checked {
    pub line: String,
    /// `(name, normalised body)` for manifest, referrers and tagschema checks that got 200.
    pub body: Option<(String, String)>,
}

/// Runs one check against `target`.
pub fn check(check: &StateCheck, target: &Target, literals: &Literals) -> Checked {
    let reg = target.token;
    let repo = check.repo.as_deref().unwrap_or_default();
    let reference = check.reference.as_deref().unwrap_or_default();
    let name = check.name.as_deref().unwrap_or_default();
    let unordered = check.unordered.unwrap_or(false);
    let line_only = |line: String| Checked { line, body: None };
    match check.kind.as_str() {
        "manifest" => {
            let head = format!("manifest {reg} {repo} {reference}");
            let r = get(
                target,
                &format!("/v2/{repo}/manifests/{reference}"),
                MANIFEST_ACCEPT,
            );
            document(head, r, name, false, literals)
        }
        "tagschema" | "referrers" => {
            let head = format!("{} {reg} {repo} {reference}", check.kind);
            let r = send(
                target,
                "HEAD",
                &format!("/v2/{repo}/manifests/{reference}"),
                MANIFEST_ACCEPT,
            );
            if r.status != 200 {
                return line_only(format!("{head} -> {}", r.status));
            }
            let digest = r
                .header("Docker-Content-Digest")
                .unwrap_or_default()
                .to_string();
            let path = if check.kind == "tagschema" {
                format!("/v2/{repo}/manifests/{}", digest.replacen(':', "-", 1))
            } else {
                format!("/v2/{repo}/referrers/{digest}")
            };
            let accept = if check.kind == "tagschema" {
                MANIFEST_ACCEPT
            } else {
                INDEX_ACCEPT
            };
            document(head, get(target, &path, accept), name, unordered, literals)
        }
        "tags" => {
            let r = get(target, &format!("/v2/{repo}/tags/list"), "application/json");
            line_only(format!("tags {reg} {repo} -> {}", json_summary(&r, true)))
        }
        "catalog" => {
            let r = get(target, "/v2/_catalog", "application/json");
            line_only(format!("catalog {reg} -> {}", json_summary(&r, false)))
        }
        "blob" => {
            let digest = check.digest.as_deref().unwrap_or_default();
            let r = get(target, &format!("/v2/{repo}/blobs/{digest}"), "*/*");
            let tail = if r.status == 200 {
                format!(
                    "200 {} sha256:{}",
                    r.body.len(),
                    hex::encode(Sha256::digest(&r.body))
                )
            } else {
                r.status.to_string()
            };
            line_only(format!("blob {reg} {repo} {digest} -> {tail}"))
        }
        other => panic!("unknown state check kind {other:?}"),
    }
}

/// `-> 200 <Content-Type> <Docker-Content-Digest> <N> bytes => <name>.json`, or `-> <status>`.
fn document(
    head: String,
    r: Response,
    name: &str,
    unordered: bool,
    literals: &Literals,
) -> Checked {
    if r.status != 200 {
        return Checked {
            line: format!("{head} -> {}", r.status),
            body: None,
        };
    }
    let line = format!(
        "{head} -> 200 {} {} {} bytes => {name}.json",
        r.header("Content-Type").unwrap_or_default(),
        r.header("Docker-Content-Digest").unwrap_or_default(),
        r.body.len()
    );
    let mut body = match String::from_utf8(r.body) {
        Ok(text) => literals.apply(&text),
        Err(err) => String::from_utf8_lossy(err.as_bytes()).into_owned(),
    };
    if unordered {
        body = normalize::sort_manifests_array(&body);
    }
    Checked {
        line,
        body: Some((name.to_string(), body)),
    }
}

/// `200 <compact JSON>` (tag list sorted when `sort_tags`), or the status alone.
fn json_summary(r: &Response, sort_tags: bool) -> String {
    if r.status != 200 {
        return r.status.to_string();
    }
    let Ok(mut value) = serde_json::from_slice::<serde_json::Value>(&r.body) else {
        return format!("200 {}", String::from_utf8_lossy(&r.body).trim_end());
    };
    if sort_tags {
        if let Some(tags) = value.get_mut("tags").and_then(|t| t.as_array_mut()) {
            tags.sort_by(|a, b| a.as_str().cmp(&b.as_str()));
        }
    }
    format!("200 {value}")
}

fn get(target: &Target, path: &str, accept: &str) -> Response {
    send(target, "GET", path, accept)
}

fn send(target: &Target, method: &str, path: &str, accept: &str) -> Response {
    let auth = format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{TEST_USER}:{TEST_PASSWORD}"))
    );
    let mut headers = vec![("Accept", accept)];
    if target.basic_auth {
        headers.push(("Authorization", auth.as_str()));
    }
    http::request(target.port, method, path, &headers).unwrap_or_else(|err| {
        panic!(
            "state check {method} {path} on 127.0.0.1:{} failed: {err}",
            target.port
        )
    })
}
