//! A reader that adds the bytes it yields to a progress item (oras's tracked reader).

use super::manager::Item;
use crate::targets::BlobReader;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::task::{Context, Poll};
use tokio::io::{AsyncRead, ReadBuf};

/// Passes reads through, counting them; memory does not grow with the blob.
pub struct CountingReader {
    inner: BlobReader,
    item: Arc<Item>,
}

impl CountingReader {
    pub fn new(inner: BlobReader, item: Arc<Item>) -> Self {
        CountingReader { inner, item }
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
            self.item.offset.fetch_add(n as i64, Ordering::Relaxed);
        }
        r
    }
}
