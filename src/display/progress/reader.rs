//! A reader that adds the bytes it yields to a shared counter (oras's tracked reader); the
//! progress view owns the counter and reads it when it draws.

use crate::targets::BlobReader;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::task::{Context, Poll};
use tokio::io::{AsyncRead, ReadBuf};

/// Passes reads through, counting them; memory does not grow with the blob.
pub struct CountingReader {
    inner: BlobReader,
    count: Arc<AtomicI64>,
}

impl CountingReader {
    /// Counts what `inner` yields into `count`.
    pub fn new(inner: BlobReader, count: Arc<AtomicI64>) -> Self {
        CountingReader { inner, count }
    }
}

impl AsyncRead for CountingReader {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        let r = self.inner.as_mut().poll_read(cx, buf);
        let n = buf.filled().len() - before;
        if n > 0 {
            self.count.fetch_add(n as i64, Ordering::Relaxed);
        }
        r
    }
}
