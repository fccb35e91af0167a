//! Request bodies: a body held in memory can be sent again (a retry, the replay after a
//! 401), a streamed one goes on the wire once.

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
    /// its place) with its `Content-Length` when known.
    pub fn attach(&mut self, b: RequestBuilder) -> RequestBuilder {
        match self {
            Body::Empty => b,
            Body::Bytes(bytes) => b.body(bytes.clone()),
            Body::Stream(body, len) => {
                let body = std::mem::replace(body, reqwest::Body::from(Vec::new()));
                b.header(reqwest::header::CONTENT_LENGTH, len.to_string())
                    .body(body)
            }
            Body::Unsized(body) => b.body(std::mem::replace(body, reqwest::Body::from(Vec::new()))),
        }
    }
}
