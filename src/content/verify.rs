//! `VerifyReader`: a reader that hashes and counts what passes through it and fails the read
//! that would make the content differ from its descriptor (too long, too short, wrong digest).
//!
//! Because the check happens inside `poll_read`, every consumer that reads to the end gets
//! verification for free; writers then rename into place only after the copy succeeded.

use super::descriptor::Descriptor;
use super::digest::{Digest, Hasher};
use crate::error::Error;
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use tokio::io::{AsyncRead, AsyncReadExt, ReadBuf};

/// Wraps a reader of the content described by `expected`.
pub struct VerifyReader<R> {
    inner: R,
    /// `None` once the end was checked, or from the start when only the size is checked.
    hasher: Option<Hasher>,
    expected_digest: Digest,
    expected_size: u64,
    read: u64,
    ended: bool,
}

impl<R> VerifyReader<R> {
    pub fn new(inner: R, expected: &Descriptor) -> Self {
        VerifyReader {
            inner,
            hasher: Some(expected.digest.hasher()),
            expected_digest: expected.digest.clone(),
            expected_size: expected.size.max(0) as u64,
            read: 0,
            ended: false,
        }
    }

    /// Check the size only (too long, too short), not the digest: for an upload to a
    /// registry, which checks the digest itself when the upload completes (`PUT
    /// ?digest=`) and refuses content that does not match, as oras-go relies on it to.
    /// Hashing the bytes a second time on the way out was most of a registry-to-registry
    /// copy's CPU.
    pub fn size_only(inner: R, expected: &Descriptor) -> Self {
        VerifyReader {
            hasher: None,
            ..Self::new(inner, expected)
        }
    }

    /// Go on verifying content of which `read` bytes, hashed into `hasher`, came before
    /// `inner` (a download resumed from a partial file).
    pub fn resume(inner: R, expected: &Descriptor, hasher: Hasher, read: u64) -> Self {
        VerifyReader {
            hasher: Some(hasher),
            read,
            ..Self::new(inner, expected)
        }
    }
}

fn integrity(msg: impl Into<String>) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, Error::Integrity(msg.into()))
}

impl<R: AsyncRead + Unpin> AsyncRead for VerifyReader<R> {
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
        let new_len = buf.filled().len() - before;
        if new_len == 0 {
            // end of stream: the content must be complete and match its digest
            if this.ended {
                return Poll::Ready(Ok(()));
            }
            this.ended = true;
            if this.read < this.expected_size {
                return Poll::Ready(Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    Error::Integrity("unexpected EOF".into()),
                )));
            }
            if let Some(hasher) = this.hasher.take() {
                let got = hasher.finish();
                if got != this.expected_digest {
                    return Poll::Ready(Err(integrity(format!(
                        "{}: mismatched digest: {got}",
                        this.expected_digest
                    ))));
                }
            }
            return Poll::Ready(Ok(()));
        }
        this.read += new_len as u64;
        if this.read > this.expected_size {
            buf.set_filled(before);
            return Poll::Ready(Err(integrity("trailing data")));
        }
        if let Some(h) = this.hasher.as_mut() {
            h.update(&buf.filled()[before..]);
        }
        Poll::Ready(Ok(()))
    }
}

/// Read the whole verified content of a small item (a manifest or config) into memory,
/// refusing anything larger than `limit` before reading it.
pub async fn read_all<R: AsyncRead + Unpin>(
    reader: R,
    expected: &Descriptor,
    limit: i64,
) -> crate::error::Result<Vec<u8>> {
    // oras-go `content.ReadAll`: a negative size describes no content (without this, empty
    // content whose digest matches was accepted for any negative size).
    if expected.size < 0 {
        return Err(Error::Integrity("invalid descriptor size".into()));
    }
    if expected.size > limit {
        return Err(Error::SizeExceedsLimit {
            size: expected.size,
            limit,
        });
    }
    // the declared size is untrusted: grow with what actually arrives (GHSA-f36w-mj3v-6jqv)
    let mut out = Vec::with_capacity(expected.size.clamp(0, 1 << 20) as usize);
    VerifyReader::new(reader, expected)
        .read_to_end(&mut out)
        .await
        .map_err(Error::from_io)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn desc(b: &[u8]) -> Descriptor {
        Descriptor::of_bytes("x/y", b)
    }

    #[tokio::test]
    async fn exact_content_passes() {
        let out = read_all(&b"hello"[..], &desc(b"hello"), 100).await.unwrap();
        assert_eq!(out, b"hello");
    }

    #[tokio::test]
    async fn short_long_and_wrong_fail() {
        let d = desc(b"hello");
        let e = read_all(&b"hell"[..], &d, 100).await.unwrap_err();
        assert!(e.to_string().contains("unexpected EOF"), "{e}");
        let e = read_all(&b"hello!"[..], &d, 100).await.unwrap_err();
        assert_eq!(e.to_string(), "trailing data");
        let e = read_all(&b"jello"[..], &d, 100).await.unwrap_err();
        assert!(e.to_string().contains("mismatched digest"), "{e}");
        let e = read_all(&b"hello"[..], &d, 3).await.unwrap_err();
        assert!(e.to_string().contains("exceeds"), "{e}");
    }

    /// Found by `properties::content::read_all_never_allocates_from_a_claimed_size`.
    #[tokio::test]
    async fn regression_negative_size_is_refused() {
        for size in [i64::MIN, -1] {
            let mut d = desc(b"");
            d.size = size;
            let e = read_all(&b""[..], &d, 100).await.unwrap_err();
            assert_eq!(e.to_string(), "invalid descriptor size");
        }
    }

    #[tokio::test]
    async fn size_only_checks_the_length_not_the_digest() {
        async fn read(data: &[u8]) -> std::io::Result<Vec<u8>> {
            let mut out = Vec::new();
            VerifyReader::size_only(data, &desc(b"hello"))
                .read_to_end(&mut out)
                .await
                .map(|_| out)
        }
        assert_eq!(read(b"jello").await.unwrap(), b"jello");
        let e = read(b"hell").await.unwrap_err();
        assert!(e.to_string().contains("unexpected EOF"), "{e}");
        let e = read(b"hello!").await.unwrap_err();
        assert_eq!(e.to_string(), "trailing data");
    }

    #[tokio::test]
    async fn chunked_reads_hash_the_same() {
        let data: Vec<u8> = (0..100_000u32).map(|i| (i % 251) as u8).collect();
        let d = desc(&data);
        // a reader that hands out odd-sized chunks
        let (mut w, r) = tokio::io::duplex(7);
        let feed = data.clone();
        let writer = tokio::spawn(async move {
            use tokio::io::AsyncWriteExt;
            for c in feed.chunks(13) {
                w.write_all(c).await.unwrap();
            }
        });
        let out = read_all(r, &d, i64::MAX).await.unwrap();
        writer.await.unwrap();
        assert_eq!(out, data);
    }
}
