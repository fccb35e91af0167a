//! `--debug` logs on stderr: every request and response (oras's trace transport shape),
//! with credentials redacted: `Authorization`, `Proxy-Authorization`, `Cookie`,
//! `Set-Cookie` and every custom `-H` header value are shown as `*****`; URLs (the request
//! line, `Location`, `Referer`) lose their userinfo and the values of query parameters that
//! look like signatures or tokens (presigned storage URLs); request bodies are never shown,
//! and a response body that may hold a token is replaced by a notice (GHSA-5jhf-2qmf-m8c5).

use futures_util::StreamExt;
use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering};

static REQUEST_NO: AtomicU64 = AtomicU64::new(0);

/// Names of the `-H` headers of this run: their values may be secrets.
static CUSTOM_HEADERS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();

/// Remember the custom header names so their values are never logged.
pub fn register_custom_headers(names: impl IntoIterator<Item = String>) {
    let _ = CUSTOM_HEADERS.set(names.into_iter().map(|n| n.to_ascii_lowercase()).collect());
}

/// A URL fit for a log: no userinfo, sensitive query values replaced by `*****`.
pub fn redact_url(raw: &str) -> String {
    let Ok(mut url) = reqwest::Url::parse(raw) else {
        return raw.to_string();
    };
    if !url.username().is_empty() || url.password().is_some() {
        let _ = url.set_username("*****");
        let _ = url.set_password(None);
    }
    if url.query().is_some() {
        let pairs: Vec<(String, String)> = url
            .query_pairs()
            .map(|(k, v)| {
                let v = if is_secret_param(&k) {
                    "*****".to_string()
                } else {
                    v.into_owned()
                };
                (k.into_owned(), v)
            })
            .collect();
        url.query_pairs_mut().clear().extend_pairs(pairs);
    }
    url.to_string()
}

fn is_secret_param(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    [
        "sig",
        "signature",
        "token",
        "credential",
        "secret",
        "password",
        "key",
        "auth",
        "session",
    ]
    .iter()
    .any(|w| k.contains(w))
        || k.starts_with("x-amz-")
        || k.starts_with("x-goog-")
}

/// Response bodies longer than this are cut.
const BODY_LIMIT: usize = 16 * 1024;

fn log(level: &str, msg: &str) {
    let now = crate::content::pack::now_rfc3339();
    let err = std::io::stderr();
    let mut lock = err.lock();
    let _ = write!(lock, "[{now}][{level}]: {msg}\n\n");
}

/// Log an outgoing request; returns its number for the matching response.
pub fn request(req: &reqwest::Request) -> u64 {
    let n = REQUEST_NO.fetch_add(1, Ordering::Relaxed);
    let msg = format!(
        "--> Request #{n}\n> Request URL: {:?}\n> Request method: {:?}\n> Request headers:\n{}",
        redact_url(req.url().as_str()),
        req.method().as_str(),
        headers_text(req.headers())
    );
    log("DEBU", &msg);
    n
}

/// Log the response of request `n` (status, headers, and a printable body) and hand the
/// response back unchanged: the body prefix read for the log is put back in front of the
/// rest of the stream.
pub async fn response(n: u64, resp: reqwest::Response, head: bool) -> reqwest::Response {
    let status = format!(
        "{} {}",
        resp.status().as_u16(),
        resp.status().canonical_reason().unwrap_or("")
    );
    let headers = headers_text(resp.headers());
    let content_type = resp
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    let (resp, body) = if head || resp.content_length() == Some(0) {
        (resp, "   No response body to print".to_string())
    } else if content_type.is_empty() {
        (
            resp,
            "   Response body without a content type is not printed".to_string(),
        )
    } else if !is_printable(&content_type) {
        (
            resp,
            format!("   Response body of content type {content_type:?} is not printed"),
        )
    } else {
        let (resp, prefix, complete) = peek(resp).await;
        let text = String::from_utf8_lossy(&prefix[..prefix.len().min(BODY_LIMIT)]).to_string();
        let body = if prefix.is_empty() {
            "   No response body to print".to_string()
        } else if may_hold_credentials(&String::from_utf8_lossy(&prefix)) {
            "   Response body redacted due to potential credentials".to_string()
        } else if !complete || prefix.len() > BODY_LIMIT {
            format!("{text}\n...(truncated)")
        } else {
            text
        };
        (resp, body)
    };
    log(
        "DEBU",
        &format!(
            "<-- Response #{n}\n< Response Status: {status:?}\n< Response headers:\n{headers}\n< Response body:\n{body}"
        ),
    );
    resp
}

/// Log a request that got no response.
pub fn error(n: u64, e: &reqwest::Error) {
    log(
        "ERRO",
        &format!(
            "<-- Response #{n}\nError in getting response: {}",
            match e.url() {
                Some(u) => e.to_string().replace(u.as_str(), &redact_url(u.as_str())),
                None => e.to_string(),
            }
        ),
    );
}

/// Read up to `BODY_LIMIT + 1` bytes of the body; returns a response that still yields the
/// whole body, the bytes read, and whether they are the whole body.
async fn peek(mut resp: reqwest::Response) -> (reqwest::Response, Vec<u8>, bool) {
    let mut prefix = Vec::new();
    let mut complete = false;
    while prefix.len() <= BODY_LIMIT {
        match resp.chunk().await {
            Ok(Some(chunk)) => prefix.extend_from_slice(&chunk),
            Ok(None) => {
                complete = true;
                break;
            }
            Err(_) => break,
        }
    }
    let http: http_compat::Response = resp.into();
    let (parts, rest) = http.into_parts();
    let body = if complete {
        reqwest::Body::from(prefix.clone())
    } else {
        let rest = reqwest::Response::from(http_compat::Response::new(rest)).bytes_stream();
        let head = futures_util::stream::once(std::future::ready(Ok::<_, reqwest::Error>(
            bytes_of(prefix.clone()),
        )));
        reqwest::Body::wrap_stream(head.chain(rest))
    };
    let resp = reqwest::Response::from(http_compat::Response::from_parts(parts, body));
    (resp, prefix, complete)
}

/// reqwest converts to and from `http::Response`, which keeps its URL in the extensions.
mod http_compat {
    pub type Response = http::Response<reqwest::Body>;
}

fn bytes_of(v: Vec<u8>) -> bytes::Bytes {
    v.into()
}

/// JSON (`application/json`, `*+json`) and text bodies are printed.
fn is_printable(content_type: &str) -> bool {
    let mt = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    mt == "application/json" || mt.ends_with("+json") || mt.starts_with("text/")
}

/// Token endpoint answers (and anything that looks like one) are never printed.
fn may_hold_credentials(body: &str) -> bool {
    [
        "\"token\"",
        "\"access_token\"",
        "\"refresh_token\"",
        "\"id_token\"",
    ]
    .iter()
    .any(|k| body.contains(k))
}

fn headers_text(headers: &reqwest::header::HeaderMap) -> String {
    if headers.is_empty() {
        return "   Empty header".to_string();
    }
    let mut names: Vec<&str> = headers.keys().map(|k| k.as_str()).collect();
    names.dedup();
    names
        .iter()
        .map(|k| {
            let shown = if is_secret_header(k) {
                "*****".to_string()
            } else if matches!(*k, "location" | "referer" | "content-location") {
                headers
                    .get_all(*k)
                    .iter()
                    .map(|v| redact_url(v.to_str().unwrap_or("<binary>")))
                    .collect::<Vec<_>>()
                    .join(", ")
            } else {
                headers
                    .get_all(*k)
                    .iter()
                    .map(|v| v.to_str().unwrap_or("<binary>"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            format!("   {:?}: {:?}", canonical(k), shown)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn is_secret_header(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    matches!(
        name.as_str(),
        "authorization" | "proxy-authorization" | "cookie" | "set-cookie"
    ) || CUSTOM_HEADERS.get().is_some_and(|c| c.contains(&name))
}

fn canonical(name: &str) -> String {
    name.split('-')
        .map(|p| {
            let mut c = p.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// A warning in the log format (oras logs warnings even without `--debug`): logrus
/// writes `[time][WARNING]: <msg>\n` then the `\n\n` entry separator.
pub fn warning(msg: &str) {
    log("WARNING", &format!("{msg}\n"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_headers_are_masked() {
        let mut h = reqwest::header::HeaderMap::new();
        h.insert(
            "authorization",
            "Basic dGVzdHVzZXI6dGVzdHBhc3N3b3Jk".parse().unwrap(),
        );
        h.insert("set-cookie", "s=1".parse().unwrap());
        h.insert("docker-content-digest", "sha256:x".parse().unwrap());
        let text = headers_text(&h);
        assert!(!text.contains("dGVzd"), "{text}");
        assert!(text.contains("\"Authorization\": \"*****\""), "{text}");
        assert!(text.contains("\"Set-Cookie\": \"*****\""), "{text}");
        assert!(
            text.contains("\"Docker-Content-Digest\": \"sha256:x\""),
            "{text}"
        );
        assert!(may_hold_credentials(r#"{"token":"abc"}"#));
        assert!(!may_hold_credentials(r#"{"errors":[]}"#));
        assert!(is_printable("application/vnd.oci.image.manifest.v1+json"));
        assert_eq!(
            redact_url("https://u:p@s3.example/b/o?X-Amz-Signature=abc&partNumber=1&sig=x"),
            "https://*****@s3.example/b/o?X-Amz-Signature=*****&partNumber=1&sig=*****"
        );
        assert!(!is_printable("application/octet-stream"));
    }
}
