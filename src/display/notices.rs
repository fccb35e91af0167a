//! How the library's notices look: warnings as `Warning: <text>` lines and resumed
//! downloads as `Resuming …` lines on stderr, the `--debug` trace in oras's log format
//! (`debug.rs`). Each notice is written when it is told, so it keeps its place among the
//! other output.

use super::{debug, warn};
use crate::notice::{Notice, NoticeSink, Notifier};
use std::sync::Arc;

/// Tells the notices on stderr.
pub struct Stderr;

impl NoticeSink for Stderr {
    fn notice(&self, notice: Notice) {
        match notice {
            Notice::Warning(text) => warn(&format!("Warning: {text}")),
            Notice::Resuming {
                name,
                offset,
                size,
                partial,
            } => warn(&format!(
                "Resuming {name} from byte {offset} of {size} ({})",
                partial.display()
            )),
            Notice::Debug(text) => debug::message(&text),
            Notice::RequestSent(r) => debug::request(&r),
            Notice::ResponseReceived(r) => debug::response(&r),
            Notice::TransportError(e) => debug::transport_error(&e),
        }
    }
}

/// A notifier that tells [`Stderr`].
pub fn to_stderr() -> Notifier {
    Notifier::new(Arc::new(Stderr))
}
