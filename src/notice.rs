//! Notices: what the library has to tell the user besides its results (warnings, and the
//! `--debug` trace of every HTTP exchange), handed as data to whoever created the client or
//! the store. oras-go hands a warning callback to its repository (`HandleWarning`) and
//! oras's `--debug` trace is a transport wrapper; here both are one [`NoticeSink`]. The
//! library never prints: `crate::display` decides how notices look.

use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use std::path::PathBuf;
use std::sync::Arc;

/// The most of a response body a trace shows; the transport reads one byte more to tell a
/// longer body.
pub const TRACE_BODY_LIMIT: usize = 16 * 1024;

/// One thing to tell the user.
pub enum Notice {
    /// Something the user should know that does not stop the work (a retry, a fallback).
    Warning(String),
    /// A pull goes on from a file an interrupted pull left: `offset` of `size` bytes of
    /// `name` are already in `partial`.
    Resuming {
        name: String,
        offset: u64,
        size: u64,
        partial: PathBuf,
    },
    /// `--debug`: a line of the debug log that is not about one request (e.g. which file
    /// supplied a credential, never the credential).
    Debug(String),
    /// `--debug`: a request goes out.
    RequestSent(RequestSent),
    /// `--debug`: the answer to a request.
    ResponseReceived(ResponseReceived),
    /// `--debug`: a request that got no answer.
    TransportError(TransportError),
}

/// A request on its way; `id` pairs it with its answer.
pub struct RequestSent {
    pub id: u64,
    pub method: String,
    pub url: String,
    /// The headers on the wire.
    pub headers: HeaderMap,
    /// The `-H` headers as the user typed them (name case kept, value untrimmed).
    pub typed_headers: Vec<(String, String)>,
}

/// The answer to request `id`.
pub struct ResponseReceived {
    pub id: u64,
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: TracedBody,
}

/// What the trace knows of a response body.
pub enum TracedBody {
    /// The answer to a HEAD, or an empty body (`Content-Length: 0`).
    Absent,
    /// No content type: the body was not read.
    Untyped,
    /// A content type whose bodies are not shown (this one): the body was not read.
    NotShown(String),
    /// The first bytes of the body (at most [`TRACE_BODY_LIMIT`] + 1), and whether they
    /// are the whole body.
    Peeked { prefix: Vec<u8>, complete: bool },
}

/// The failure of request `id`: Go's transport error text, and the URL it names.
pub struct TransportError {
    pub id: u64,
    pub text: String,
    pub url: Option<String>,
}

/// Whoever is told the notices.
pub trait NoticeSink: Send + Sync {
    fn notice(&self, notice: Notice);
}

/// The sink of a client or store; the default tells no one.
#[derive(Clone, Default)]
pub struct Notifier(Option<Arc<dyn NoticeSink>>);

impl Notifier {
    pub fn new(sink: Arc<dyn NoticeSink>) -> Self {
        Notifier(Some(sink))
    }

    pub fn send(&self, notice: Notice) {
        if let Some(sink) = &self.0 {
            sink.notice(notice);
        }
    }

    /// A [`Notice::Warning`].
    pub fn warn(&self, text: impl Into<String>) {
        self.send(Notice::Warning(text.into()));
    }
}
