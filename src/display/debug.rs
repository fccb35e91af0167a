//! `--debug` logs on stderr in oras's shape: `[<RFC3339Nano, local zone>][DEBUG]: <msg>`
//! followed by two empty lines; every request and response the transport traced (see
//! `crate::notice`), the `-H` headers as the user typed them (name case kept, value
//! untrimmed, the values of one name joined by `", "`). One redaction rule for every
//! client: `Authorization`, `Proxy-Authorization`, `Cookie` and `Set-Cookie` are shown as
//! `*****`; URLs (the request line, `Location`, `Referer`) lose their userinfo and the
//! values of query parameters that look like signatures or tokens (presigned storage
//! URLs); request bodies are never shown, and a response body that may hold a token is
//! replaced by a notice (GHSA-5jhf-2qmf-m8c5).

use crate::go::quote::quote;
use crate::notice::{RequestSent, ResponseReceived, TRACE_BODY_LIMIT, TracedBody, TransportError};
use std::io::Write;

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

/// One entry: logrus's text formatter as oras sets it up, `[time][LEVEL]: msg\n` and the
/// `\n\n` entry separator.
fn log(level: &str, msg: &str) {
    let now = crate::go::time::now_rfc3339_nano_local();
    let err = std::io::stderr();
    let mut lock = err.lock();
    let _ = write!(lock, "[{now}][{level}]: {msg}\n\n\n");
}

/// One debug line of the library (not about one request).
pub fn message(msg: &str) {
    log("DEBUG", msg);
}

/// Log an outgoing request. Where it carries the `-H` headers, they are shown as typed
/// instead of in their wire form.
pub fn request(r: &RequestSent) {
    let msg = format!(
        "--> Request #{}\n> Request URL: {}\n> Request method: {}\n> Request headers:\n{}",
        r.id,
        quote(&redact_url(&r.url)),
        quote(&r.method),
        request_headers_text(&r.headers, &r.typed_headers)
    );
    log("DEBUG", &msg);
}

/// Log the answer to a request: status, headers, and a printable body.
pub fn response(r: &ResponseReceived) {
    let status = format!(
        "{} {}",
        r.status.as_u16(),
        r.status.canonical_reason().unwrap_or("")
    );
    let headers = headers_text(&r.headers);
    let body = match &r.body {
        TracedBody::Absent => "   No response body to print".to_string(),
        TracedBody::Untyped => "   Response body without a content type is not printed".to_string(),
        TracedBody::NotShown(content_type) => {
            format!("   Response body of content type {content_type:?} is not printed")
        }
        TracedBody::Peeked { prefix, complete } => {
            let text =
                String::from_utf8_lossy(&prefix[..prefix.len().min(TRACE_BODY_LIMIT)]).to_string();
            if prefix.is_empty() {
                "   Response body is empty".to_string()
            } else if may_hold_credentials(&String::from_utf8_lossy(prefix)) {
                "   Response body redacted due to potential credentials".to_string()
            } else if !complete || prefix.len() > TRACE_BODY_LIMIT {
                format!("{text}\n...(truncated)")
            } else {
                text
            }
        }
    };
    log(
        "DEBUG",
        &format!(
            "<-- Response #{}\n< Response Status: {}\n< Response headers:\n{headers}\n< Response body:\n{body}",
            r.id,
            quote(&status)
        ),
    );
}

/// Log a request that got no response: Go's transport error, without the request line
/// (`dial tcp 127.0.0.1:5000: connect: connection refused`).
pub fn transport_error(e: &TransportError) {
    let text = match &e.url {
        Some(u) => e.text.replace(u.as_str(), &redact_url(u)),
        None => e.text.clone(),
    };
    log(
        "ERROR",
        &format!("<-- Response #{}\nError in getting response: {text}", e.id),
    );
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
        assert_eq!(
            redact_url("https://u:p@s3.example/b/o?X-Amz-Signature=abc&partNumber=1&sig=x"),
            "https://*****@s3.example/b/o?X-Amz-Signature=*****&partNumber=1&sig=*****"
        );
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
