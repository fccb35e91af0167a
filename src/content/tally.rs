//! `TallyReader`: hashes and counts content of not-yet-known digest (a pipe) as it streams,
//! optionally holding it to an exact size: a stream that ends early or goes on past that
//! size fails the read with a clear message. The result is read through a shared handle,
//! because the reader itself is usually moved into an HTTP body.

use super::digest::{Digest, Hasher};
use crate::error::Error;
use std::io;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use tokio::io::{AsyncRead, ReadBuf};

#[derive(Default)]
struct State {
    hasher: Option<Hasher>,
    size: u64,
    finished: Option<Digest>,
    error: Option<String>,
}

/// What a [`TallyReader`] saw; shared with the reader.
#[derive(Clone)]
pub struct Tally(Arc<Mutex<State>>);

impl Tally {
    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Digest and size, once the reader reached a valid end.
    pub fn result(&self) -> Option<(Digest, u64)> {
        let s = self.lock();
        s.finished.clone().map(|d| (d, s.size))
    }

    /// The failure the reader reported (size checks), if any.
    pub fn error(&self) -> Option<String> {
        self.lock().error.clone()
    }

    /// Bytes read so far.
    pub fn size(&self) -> u64 {
        self.lock().size
    }
}

/// Hashes (sha256) and counts what passes through it.
pub struct TallyReader<R> {
    inner: R,
    tally: Tally,
    expected_size: Option<u64>,
    what: String,
}

impl<R> TallyReader<R> {
    /// `what` names the input in errors (`stdin`); `expected_size` is enforced when given.
    pub fn new(inner: R, what: &str, expected_size: Option<u64>) -> (Self, Tally) {
        let tally = Tally(Arc::new(Mutex::new(State {
            hasher: Some(Hasher::sha256()),
            ..Default::default()
        })));
        (
            TallyReader {
                inner,
                tally: tally.clone(),
                expected_size,
                what: what.to_string(),
            },
            tally,
        )
    }
}

fn fail(state: &mut State, msg: String) -> io::Error {
    state.error = Some(msg.clone());
    io::Error::new(io::ErrorKind::InvalidData, Error::msg(msg))
}

impl<R: AsyncRead + Unpin> AsyncRead for TallyReader<R> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = &mut *self;
        let before = buf.filled().len();
        match Pin::new(&mut this.inner).poll_read(cx, buf) {
            Poll::Ready(Ok(())) => {}
            other => return other,
        }
        let new = &buf.filled()[before..];
        let mut state = this.tally.lock();
        if new.is_empty() {
            if state.finished.is_some() {
                return Poll::Ready(Ok(()));
            }
            if let Some(want) = this.expected_size
                && state.size < want
            {
                let msg = format!(
                    "unexpected EOF: {} ended after {} of the expected {want} bytes",
                    this.what, state.size
                );
                return Poll::Ready(Err(fail(&mut state, msg)));
            }
            let digest = state.hasher.take().map(Hasher::finish);
            state.finished = digest;
            return Poll::Ready(Ok(()));
        }
        state.size += new.len() as u64;
        if let Some(want) = this.expected_size
            && state.size > want
        {
            let msg = format!("{} holds more than the expected {want} bytes", this.what);
            buf.set_filled(before);
            return Poll::Ready(Err(fail(&mut state, msg)));
        }
        if let Some(h) = state.hasher.as_mut() {
            h.update(new);
        }
        Poll::Ready(Ok(()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::AsyncReadExt;

    #[tokio::test]
    async fn hashes_and_holds_to_the_size() {
        let (mut r, t) = TallyReader::new(&b"hello"[..], "stdin", Some(5));
        let mut out = Vec::new();
        r.read_to_end(&mut out).await.unwrap();
        assert_eq!(t.result(), Some((Digest::sha256_of(b"hello"), 5)));
        let (mut r, t) = TallyReader::new(&b"hell"[..], "stdin", Some(5));
        let e = r.read_to_end(&mut Vec::new()).await.unwrap_err();
        assert!(
            e.to_string().contains("ended after 4 of the expected 5"),
            "{e}"
        );
        assert!(t.result().is_none() && t.error().is_some());
        let (mut r, _) = TallyReader::new(&b"hello!"[..], "stdin", Some(5));
        let e = r.read_to_end(&mut Vec::new()).await.unwrap_err();
        assert!(e.to_string().contains("more than the expected 5"), "{e}");
    }
}
