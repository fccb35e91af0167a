//! The `--debug` trace of the transport (oras `internal/trace`): every hop is numbered and
//! handed to the notices as a request sent, then a response received (status, headers and,
//! for a content type worth showing, the first bytes of the body) or a transport error.
//! Reading that prefix costs the caller nothing: it is put back in front of the rest.

use crate::notice::{
    Notice, Notifier, RequestSent, ResponseReceived, TRACE_BODY_LIMIT, TracedBody, TransportError,
};
use futures_util::StreamExt;
use std::sync::atomic::{AtomicU64, Ordering};

static REQUEST_NO: AtomicU64 = AtomicU64::new(0);

/// Announce `req`; returns its number for the matching answer. `typed` are the `-H`
/// headers as the user typed them.
pub(super) fn request_sent(
    notifier: &Notifier,
    req: &reqwest::Request,
    typed: &[(String, String)],
) -> u64 {
    let id = REQUEST_NO.fetch_add(1, Ordering::Relaxed);
    notifier.send(Notice::RequestSent(RequestSent {
        id,
        method: req.method().to_string(),
        url: req.url().to_string(),
        headers: req.headers().clone(),
        typed_headers: typed.to_vec(),
    }));
    id
}

/// Announce the answer to request `id` and hand the response back unchanged.
pub(super) async fn response_received(
    notifier: &Notifier,
    id: u64,
    resp: reqwest::Response,
    head: bool,
) -> reqwest::Response {
    let status = resp.status();
    let headers = resp.headers().clone();
    let content_type = super::content_type(resp.headers()).to_string();
    let (resp, body) = if head || resp.content_length() == Some(0) {
        (resp, TracedBody::Absent)
    } else if content_type.is_empty() {
        (resp, TracedBody::Untyped)
    } else if !is_printable(&content_type) {
        (resp, TracedBody::NotShown(content_type))
    } else {
        let (resp, prefix, complete) = peek(resp).await;
        (resp, TracedBody::Peeked { prefix, complete })
    };
    notifier.send(Notice::ResponseReceived(ResponseReceived {
        id,
        status,
        headers,
        body,
    }));
    resp
}

/// Announce that request `id` got no answer (`text` is Go's text of the failure).
pub(super) fn transport_failed(notifier: &Notifier, id: u64, text: &str, url: Option<String>) {
    notifier.send(Notice::TransportError(TransportError {
        id,
        text: text.to_string(),
        url,
    }));
}

/// oras shows `application/json`, `*+json`, `text/plain` and `text/html` bodies: only
/// those are read for the trace.
fn is_printable(content_type: &str) -> bool {
    let mt = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    matches!(mt.as_str(), "application/json" | "text/plain" | "text/html") || mt.ends_with("+json")
}

/// Read up to `TRACE_BODY_LIMIT + 1` bytes of the body; returns a response that still
/// yields the whole body, the bytes read, and whether they are the whole body.
async fn peek(mut resp: reqwest::Response) -> (reqwest::Response, Vec<u8>, bool) {
    let mut prefix = Vec::new();
    let mut complete = false;
    while prefix.len() <= TRACE_BODY_LIMIT {
        match resp.chunk().await {
            Ok(Some(chunk)) => prefix.extend_from_slice(&chunk),
            Ok(None) => {
                complete = true;
                break;
            }
            Err(_) => break,
        }
    }
    let head = prefix.clone();
    let resp = super::body::map_response_body(resp, |rest| {
        if complete {
            return reqwest::Body::from(head);
        }
        let rest = reqwest::Response::from(::http::Response::new(rest)).bytes_stream();
        let head = futures_util::stream::once(std::future::ready(Ok::<_, reqwest::Error>(
            bytes::Bytes::from(head),
        )));
        reqwest::Body::wrap_stream(head.chain(rest))
    });
    (resp, prefix, complete)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_content_types() {
        assert!(is_printable("application/vnd.oci.image.manifest.v1+json"));
        assert!(is_printable("text/plain; charset=utf-8"));
        assert!(!is_printable("application/octet-stream"));
    }
}
