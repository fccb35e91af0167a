//! `--debug` logs on stderr in oras's shape: `[<RFC3339Nano, local zone>][DEBUG]: <msg>`
//! followed by two empty lines; every request and response, the `-H` headers as the user
//! typed them (name case kept, value untrimmed, the values of one name joined by `", "`).
//! One redaction rule for every client: `Authorization`, `Proxy-Authorization`, `Cookie`
//! and `Set-Cookie` are shown as `*****`; URLs (the request line, `Location`, `Referer`)
//! lose their userinfo and the values of query parameters that look like signatures or
//! tokens (presigned storage URLs); request bodies are never shown, and a response body
//! that may hold a token is replaced by a notice (GHSA-5jhf-2qmf-m8c5).

use crate::go::quote::quote;
use futures_util::StreamExt;
use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering};

static REQUEST_NO: AtomicU64 = AtomicU64::new(0);

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

/// One entry: logrus's text formatter as oras sets it up, `[time][LEVEL]: msg\n` and the
/// `\n\n` entry separator.
fn log(level: &str, msg: &str) {
    let now = crate::go::time::now_rfc3339_nano_local();
    let err = std::io::stderr();
    let mut lock = err.lock();
    let _ = write!(lock, "[{now}][{level}]: {msg}\n\n\n");
}

/// Log an outgoing request; returns its number for the matching response. `typed` are the
/// `-H` headers as the user typed them: where the request carries them, they are shown in
/// that form instead of the wire form.
pub fn request(req: &reqwest::Request, typed: &[(String, String)]) -> u64 {
    let n = REQUEST_NO.fetch_add(1, Ordering::Relaxed);
    let msg = format!(
        "--> Request #{n}\n> Request URL: {}\n> Request method: {}\n> Request headers:\n{}",
        quote(&redact_url(req.url().as_str())),
        quote(req.method().as_str()),
        request_headers_text(req.headers(), typed)
    );
    log("DEBUG", &msg);
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
            "   Response body is empty".to_string()
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
        "DEBUG",
        &format!(
            "<-- Response #{n}\n< Response Status: {}\n< Response headers:\n{headers}\n< Response body:\n{body}",
            quote(&status)
        ),
    );
    resp
}

/// Log a request that got no response: Go's transport error, without the request line
/// (`dial tcp 127.0.0.1:5000: connect: connection refused`).
pub fn error(n: u64, e: &reqwest::Error) {
    let text = crate::go::error::transport_text(e);
    let text = match e.url() {
        Some(u) => text.replace(u.as_str(), &redact_url(u.as_str())),
        None => text,
    };
    log(
        "ERROR",
        &format!("<-- Response #{n}\nError in getting response: {text}"),
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

/// oras prints `application/json`, `*+json`, `text/plain` and `text/html` bodies.
fn is_printable(content_type: &str) -> bool {
    let mt = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    matches!(mt.as_str(), "application/json" | "text/plain" | "text/html") || mt.ends_with("+json")
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

/// The headers of a response (Go-canonical names, values joined by `", "`).
fn headers_text(headers: &reqwest::header::HeaderMap) -> String {
    lines_text(wire_lines(headers, &[]))
}

/// The headers of a request: the `-H` headers as typed when the request carries them, then
/// the others under their Go-canonical names. Go keeps Content-Length and Host outside the
/// header map, so they are not shown.
fn request_headers_text(
    headers: &reqwest::header::HeaderMap,
    typed: &[(String, String)],
) -> String {
    let carried = carries_typed(headers, typed);
    let typed = if carried { typed } else { &[] };
    let mut lines: Vec<(String, String)> = Vec::new();
    for (name, value) in typed {
        match lines.iter_mut().find(|(n, _)| n == name) {
            Some((_, v)) => {
                v.push_str(", ");
                v.push_str(value);
            }
            None => lines.push((name.clone(), value.clone())),
        }
    }
    let lines = lines
        .into_iter()
        .map(|(n, v)| {
            let shown = if is_secret_header(n.trim()) {
                "*****".into()
            } else {
                v
            };
            (n, shown)
        })
        .chain(
            wire_lines(headers, typed)
                .into_iter()
                .filter(|(n, _)| !matches!(n.as_str(), "Content-Length" | "Host")),
        )
        .collect();
    lines_text(lines)
}

/// Whether the request carries the `-H` headers (a redirect to another host or a token
/// realm elsewhere drops them): their wire values lead the values of their names.
fn carries_typed(headers: &reqwest::header::HeaderMap, typed: &[(String, String)]) -> bool {
    let Some((name, value)) = typed.first() else {
        return false;
    };
    headers
        .get_all(name.trim().to_ascii_lowercase())
        .iter()
        .next()
        .is_some_and(|v| v.as_bytes() == value.trim().as_bytes())
}

/// `(canonical name, shown value)` of each header name in `headers`, leaving out the values
/// that came from `typed` (they are sent first, before anything the client adds).
fn wire_lines(
    headers: &reqwest::header::HeaderMap,
    typed: &[(String, String)],
) -> Vec<(String, String)> {
    let mut names: Vec<&str> = headers.keys().map(|k| k.as_str()).collect();
    names.dedup();
    names
        .into_iter()
        .filter_map(|k| {
            let skip = typed
                .iter()
                .filter(|(n, _)| n.trim().eq_ignore_ascii_case(k))
                .count();
            let values: Vec<String> = headers
                .get_all(k)
                .iter()
                .skip(skip)
                .map(|v| {
                    let v = v.to_str().unwrap_or("<binary>");
                    if matches!(k, "location" | "referer" | "content-location") {
                        redact_url(v)
                    } else {
                        v.to_string()
                    }
                })
                .collect();
            if values.is_empty() {
                return None;
            }
            let shown = if is_secret_header(k) {
                "*****".to_string()
            } else {
                values.join(", ")
            };
            Some((canonical(k), shown))
        })
        .collect()
}

/// `   "Name": "value"` lines (`%q` both), or oras's `Empty header`.
fn lines_text(lines: Vec<(String, String)>) -> String {
    if lines.is_empty() {
        return "   Empty header".to_string();
    }
    lines
        .iter()
        .map(|(n, v)| format!("   {}: {}", quote(n), quote(v)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The one masking rule of every client: credentials and cookies, whatever the case.
fn is_secret_header(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    matches!(
        name.as_str(),
        "authorization" | "proxy-authorization" | "cookie" | "set-cookie"
    )
}

/// Go's `CanonicalMIMEHeaderKey` of a lower-case wire name.
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
    log("WARNING", msg);
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

    #[test]
    fn typed_headers_are_shown_as_typed() {
        let typed = vec![
            ("foo".to_string(), "bar".to_string()),
            ("A".to_string(), " b".to_string()),
            ("foo".to_string(), "baz".to_string()),
            ("Authorization".to_string(), " Bearer x".to_string()),
        ];
        let mut h = reqwest::header::HeaderMap::new();
        h.append("foo", "bar".parse().unwrap());
        h.append("a", "b".parse().unwrap());
        h.append("foo", "baz".parse().unwrap());
        h.append("authorization", "Bearer x".parse().unwrap());
        h.append("user-agent", "oras/1.3.0".parse().unwrap());
        h.append("content-length", "3".parse().unwrap());
        let text = request_headers_text(&h, &typed);
        assert_eq!(
            text,
            "   \"foo\": \"bar, baz\"\n   \"A\": \" b\"\n   \"Authorization\": \"*****\"\n   \"User-Agent\": \"oras/1.3.0\""
        );
        // a request that does not carry them (cross-origin hop) shows its own headers only
        let mut other = reqwest::header::HeaderMap::new();
        other.append("user-agent", "oras/1.3.0".parse().unwrap());
        assert_eq!(
            request_headers_text(&other, &typed),
            "   \"User-Agent\": \"oras/1.3.0\""
        );
        assert_eq!(
            request_headers_text(&reqwest::header::HeaderMap::new(), &[]),
            "   Empty header"
        );
    }
}
