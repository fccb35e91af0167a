//! Request bodies: a body held in memory can be sent again (a retry, the replay after a
//! 401), a streamed one goes on the wire once. Every body but a small one in memory reports
//! its progress to the exchange's [`Pulse`] (the idle timeout, `idle.rs`). Also the one way
//! to replace the body of a received response ([`map_response_body`]).

use super::idle::{PIECE, Pieces, Pulse, PulseBody};
use reqwest::RequestBuilder;

/// A request body: rewindable ones can be retried and replayed after a 401.
pub enum Body {
    Empty,
    Bytes(Vec<u8>),
    /// A one-shot stream with its exact length.
    Stream(reqwest::Body, u64),
    /// A one-shot stream of unknown length (sent with chunked transfer encoding).
    Unsized(reqwest::Body),
}

impl Body {
    /// Whether the body can be sent more than once.
    pub fn is_replayable(&self) -> bool {
        !matches!(self, Body::Stream(..) | Body::Unsized(_))
    }

    /// Put the body on `b`: bytes are copied, a stream is taken (an empty body is left in
    /// its place) with its `Content-Length` when known. Streams and bytes larger than one
    /// piece are sent through `pulse`.
    pub fn attach(&mut self, b: RequestBuilder, pulse: &Pulse) -> RequestBuilder {
        let take = |body: &mut reqwest::Body| {
            let body = std::mem::replace(body, reqwest::Body::from(Vec::new()));
            reqwest::Body::wrap(PulseBody::new(body, pulse))
        };
        match self {
            Body::Empty => b,
            Body::Bytes(bytes) if bytes.len() <= PIECE => b.body(bytes.clone()),
            Body::Bytes(bytes) => b.body(reqwest::Body::wrap(PulseBody::new(
                Pieces::new(bytes.clone()),
                pulse,
            ))),
            Body::Stream(body, len) => b
                .header(reqwest::header::CONTENT_LENGTH, len.to_string())
                .body(take(body)),
            Body::Unsized(body) => b.body(take(body)),
        }
    }
}

/// `resp` with its body replaced by `f(body)`: status, headers and URL are kept (reqwest's
/// conversion to `http::Response` alone would lose the URL, which relative `Location` and
/// `Link` headers are resolved against).
pub fn map_response_body(
    resp: reqwest::Response,
    f: impl FnOnce(reqwest::Body) -> reqwest::Body,
) -> reqwest::Response {
    use reqwest::ResponseBuilderExt;
    let url = resp.url().clone();
    let http: ::http::Response<reqwest::Body> = resp.into();
    let (mut parts, body) = http.into_parts();
    if let Ok(carrier) = ::http::Response::builder().url(url).body(()) {
        parts.extensions.extend(carrier.into_parts().0.extensions);
    }
    reqwest::Response::from(::http::Response::from_parts(parts, f(body)))
}
