//! Chunked and streamed uploads into an upload session (OCI distribution "push a blob in
//! chunks"): POST, then PATCHes with `Content-Range: <start>-<end>`, then
//! `PUT ?digest=`. Used when a chunk size is set (`--chunk-size`), when a registry or a
//! proxy in front of it refused a whole blob with 413 (the chunk size then starts below
//! the refused size and halves on each further 413), and for content whose digest is not
//! known yet (a pipe), which is hashed in the same pass. Chunks honour the registry's
//! `OCI-Chunk-Min-Length`; memory holds one chunk at most.

use super::Repository;
use crate::content::tally::TallyReader;
use crate::content::verify::VerifyReader;
use crate::content::{Descriptor, Digest};
use crate::error::{Error, Result};
use crate::http::Body;
use crate::media_type;
use crate::targets::BlobReader;
use reqwest::header::{CONTENT_LENGTH, CONTENT_TYPE, HeaderName};
use reqwest::{Method, StatusCode};
use std::sync::atomic::Ordering;
use tokio::io::{AsyncRead, AsyncReadExt};

/// The smallest chunk we cut to after 413s (unless the registry asks for larger ones).
const MIN_CHUNK: u64 = 64 * 1024;
/// The largest chunk the automatic fallback starts with.
const AUTO_MAX_CHUNK: u64 = 8 * 1024 * 1024;
const CHUNK_MIN_LENGTH: HeaderName = HeaderName::from_static("oci-chunk-min-length");

/// `4 MiB`, `512 KiB`, `100 B`.
fn human(n: u64) -> String {
    if n >= 1 << 20 && n % (1 << 20) == 0 {
        format!("{} MiB", n >> 20)
    } else if n >= 1 << 10 && n % (1 << 10) == 0 {
        format!("{} KiB", n >> 10)
    } else {
        format!("{n} B")
    }
}

/// The first chunk size after a whole upload of `refused` bytes got 413: the largest
/// power of two below it, at most [`AUTO_MAX_CHUNK`].
pub fn auto_chunk(refused: u64) -> u64 {
    let below = refused.saturating_sub(1).max(1);
    let pow = 1u64 << (63 - below.leading_zeros());
    pow.clamp(MIN_CHUNK, AUTO_MAX_CHUNK)
}

/// Read up to `limit` bytes into `buf` (cleared first), or until the reader ends; returns
/// the bytes read. The buffer grows with what arrives: `limit` may come from the registry's
/// `OCI-Chunk-Min-Length` and is never allocated up front.
async fn fill<R: AsyncRead + Unpin>(r: &mut R, buf: &mut Vec<u8>, limit: u64) -> Result<usize> {
    buf.clear();
    r.take(limit).read_to_end(buf).await.map_err(Error::from_io)
}

impl Repository {
    /// Upload blobs in chunks of `n` bytes from now on (0: whole blobs).
    pub fn set_chunk_size(&self, n: u64) {
        self.chunk_size.store(n, Ordering::Relaxed);
    }

    pub(crate) fn chunk_size(&self) -> Option<u64> {
        Some(self.chunk_size.load(Ordering::Relaxed)).filter(|n| *n > 0)
    }

    /// POST a new session: its URL and the registry's minimum chunk length.
    async fn start_session(&self) -> Result<(String, u64)> {
        let resp = self.post_upload().await?;
        let min = resp
            .headers()
            .get(CHUNK_MIN_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(0);
        Ok((super::upload_location(&resp)?, min))
    }

    /// Send one chunk at `start`; the session URL for the next request.
    async fn patch_chunk(&self, location: &str, start: u64, bytes: &[u8]) -> Result<String> {
        let end = start + bytes.len() as u64 - 1;
        let req = self
            .request(Method::PATCH, location.to_string())
            .header(CONTENT_TYPE, media_type::OCTET_STREAM)
            .header(
                HeaderName::from_static("content-range"),
                format!("{start}-{end}"),
            )
            .header(CONTENT_LENGTH, bytes.len().to_string())
            .body(Body::Bytes(bytes.to_vec()));
        let resp = self.client.send(req).await?;
        if resp.status() != StatusCode::ACCEPTED {
            return Err(Self::error("PATCH", resp).await);
        }
        super::upload_location(&resp)
    }

    /// PATCH all of `reader` in chunks of `chunk` bytes, halving the chunk on 413.
    async fn patch_all<R: AsyncRead + Unpin>(
        &self,
        mut location: String,
        min_len: u64,
        reader: &mut R,
        chunk: u64,
    ) -> Result<String> {
        let floor = MIN_CHUNK.max(min_len);
        let mut piece = chunk.max(min_len).max(1);
        let read_size = piece;
        let mut buf = Vec::new();
        let mut offset = 0u64;
        loop {
            let n = fill(reader, &mut buf, read_size).await?;
            if n == 0 {
                return Ok(location);
            }
            let mut at = 0usize;
            while at < n {
                let len = (piece as usize).min(n - at);
                match self
                    .patch_chunk(&location, offset, &buf[at..at + len])
                    .await
                {
                    Ok(next) => {
                        location = next;
                        at += len;
                        offset += len as u64;
                    }
                    Err(Error::Registry(r)) if r.status == 413 && piece / 2 >= floor => {
                        piece /= 2;
                        self.client.notifier().warn(format!(
                            "the registry refused a chunk of {} (413); trying chunks of {}",
                            human(len as u64),
                            human(piece)
                        ));
                    }
                    Err(e) => return Err(e),
                }
            }
            if (n as u64) < read_size {
                return Ok(location);
            }
        }
    }

    /// Close the session with the blob's digest.
    async fn complete(&self, location: &str, digest: &Digest) -> Result<()> {
        let put = self
            .request(
                Method::PUT,
                super::with_query(location, "digest", digest.as_str()),
            )
            .header(CONTENT_TYPE, media_type::OCTET_STREAM)
            .body(Body::Bytes(Vec::new()));
        let resp = self.client.send(put).await?;
        if resp.status() != StatusCode::CREATED {
            return Err(Self::error("PUT", resp).await);
        }
        Ok(())
    }

    /// Drop a session that will not be completed (best effort).
    async fn abandon(&self, location: &str) {
        let _ = self
            .client
            .send(self.request(Method::DELETE, location.to_string()))
            .await;
    }

    /// Upload `desc` in chunks of `chunk` bytes, verifying the content as it goes.
    pub(crate) async fn push_blob_chunked(
        &self,
        desc: &Descriptor,
        content: BlobReader,
        chunk: u64,
    ) -> Result<()> {
        let (location, min_len) = self.start_session().await?;
        let mut reader = VerifyReader::new(content, desc);
        let sent = self.patch_all(location.clone(), min_len, &mut reader, chunk);
        let done = match sent.await {
            Ok(last) => self.complete(&last, &desc.digest).await,
            Err(e) => Err(e),
        };
        if done.is_err() {
            self.abandon(&location).await;
        }
        done
    }

    /// Upload content whose digest and size are not known yet (a pipe), hashing it in the
    /// same pass: one streamed PATCH, or chunks when a chunk size is set. `what` names the
    /// input in errors; `expected_size`, when given, must match exactly. Returns the
    /// digest and size; on failure the session is dropped and nothing is stored.
    pub async fn push_unsized(
        &self,
        content: BlobReader,
        what: &str,
        expected_size: Option<u64>,
    ) -> Result<(Digest, u64)> {
        let (mut reader, tally) = TallyReader::new(content, what, expected_size);
        let (location, min_len) = self.start_session().await?;
        let sent = match self.chunk_size() {
            Some(chunk) => {
                self.patch_all(location.clone(), min_len, &mut reader, chunk)
                    .await
            }
            None => {
                let stream = tokio_util::io::ReaderStream::with_capacity(reader, 256 * 1024);
                let patch = self
                    .request(Method::PATCH, location.clone())
                    .header(CONTENT_TYPE, media_type::OCTET_STREAM)
                    .body(Body::Unsized(reqwest::Body::wrap_stream(stream)));
                match self.client.send(patch).await {
                    Ok(resp) if resp.status() == StatusCode::ACCEPTED => {
                        super::upload_location(&resp)
                    }
                    Ok(resp) if resp.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                        Err(Error::msg(format!(
                            "the registry refused {what} as one upload (413 Payload Too Large); retry with --chunk-size (e.g. --chunk-size 4MiB)"
                        )))
                    }
                    Ok(resp) => Err(Self::error("PATCH", resp).await),
                    Err(e) => Err(e),
                }
            }
        };
        let result = match (sent, tally.error()) {
            (_, Some(msg)) => Err(Error::msg(msg)),
            (Err(e), None) => Err(e),
            (Ok(last), None) => match tally.result() {
                Some((digest, size)) => {
                    self.complete(&last, &digest).await.map(|()| (digest, size))
                }
                None => Err(Error::msg(format!("{what} was not read to its end"))),
            },
        };
        if result.is_err() {
            self.abandon(&location).await;
        }
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auto_chunks_start_below_the_refused_size() {
        assert_eq!(auto_chunk(5 << 20), 4 << 20);
        assert_eq!(auto_chunk(4 << 20), 2 << 20);
        assert_eq!(auto_chunk(1 << 30), AUTO_MAX_CHUNK);
        assert_eq!(auto_chunk(10), MIN_CHUNK);
        assert_eq!(human(4 << 20), "4 MiB");
        assert_eq!(human(512 << 10), "512 KiB");
    }
}
