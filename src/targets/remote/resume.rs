//! Blob downloads that survive a cut connection: when the body of a blob GET breaks off,
//! the download goes on with `Range: bytes=<received>-` from where it stopped, so the
//! caller's verifying reader (hashing every byte in order) checks the whole blob across
//! resumes. A registry that ignores `Range` (200 with the whole body) is read again from
//! the start with the bytes already delivered skipped; a 206 that starts before the asked
//! offset is trimmed; one that starts after it is an error, never a gap. Each resume is
//! a warning to the client's notices, like request retries. At most 5 resumes in a row may
//! bring nothing new, and at most [`MAX_RESUMES`] happen in all (a server that cuts every
//! response after a few bytes would otherwise be asked again for every few bytes).

use super::Repository;
use crate::auth::client::{AuthClient, Request};
use crate::auth::scope::Scopes;
use crate::content::Descriptor;
use crate::error::{Error, Result};
use crate::http::retry;
use crate::targets::BlobReader;
use bytes::Bytes;
use futures_util::StreamExt;
use futures_util::stream::BoxStream;
use reqwest::header::{CONTENT_RANGE, RANGE};
use reqwest::{Method, Response, StatusCode};
use std::sync::Arc;

type Body = BoxStream<'static, reqwest::Result<Bytes>>;

/// The most resumes of one download.
pub const MAX_RESUMES: u32 = 64;

struct Download {
    client: Arc<AuthClient>,
    url: String,
    scopes: Scopes,
    name: String,
    size: u64,
    /// Bytes handed to the reader so far (the offset of the next byte).
    delivered: u64,
    /// Bytes of the current body still to drop (a restart from an earlier offset).
    skip: u64,
    body: Option<Body>,
    /// Resumes in a row that delivered nothing new.
    stalled: u32,
    /// Resumes in all.
    resumes: u32,
    delivered_at_resume: u64,
    done: bool,
}

fn io_err(e: Error) -> std::io::Error {
    std::io::Error::other(e)
}

/// `bytes <start>-<end>/<total>` → start.
fn range_start(resp: &Response) -> Option<u64> {
    let v = resp.headers().get(CONTENT_RANGE)?.to_str().ok()?;
    let rest = v.trim().strip_prefix("bytes")?.trim();
    rest.split('-').next()?.trim().parse().ok()
}

impl Download {
    /// Ask for the rest of the blob from `delivered` and take the answer as the new body.
    async fn request_rest(&mut self) -> Result<()> {
        let req = Request::new(Method::GET, self.url.clone(), &self.scopes)
            .header(RANGE, format!("bytes={}-", self.delivered));
        let resp = self.client.send(req).await?;
        match resp.status() {
            StatusCode::PARTIAL_CONTENT => match range_start(&resp) {
                Some(start) if start <= self.delivered => self.skip = self.delivered - start,
                _ => {
                    let got = resp
                        .headers()
                        .get(CONTENT_RANGE)
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or("none")
                        .to_string();
                    return Err(Error::Integrity(format!(
                        "{}: cannot resume the download at byte {}: the registry answered Content-Range {got:?}",
                        self.name, self.delivered
                    )));
                }
            },
            StatusCode::OK => {
                if self.delivered > 0 {
                    self.client.notifier().warn(format!(
                        "the registry ignored the Range request for {}; reading it again from the start and skipping {} bytes",
                        self.name, self.delivered
                    ));
                }
                self.skip = self.delivered;
            }
            StatusCode::NOT_FOUND => return Err(Error::NotFound(self.name.clone())),
            _ => return Err(Repository::error("GET", resp).await),
        }
        self.body = Some(resp.bytes_stream().boxed());
        Ok(())
    }

    /// The next piece of the blob, resuming as needed.
    async fn next(&mut self) -> Option<std::io::Result<Bytes>> {
        loop {
            if self.done {
                return None;
            }
            let reason = match self.body.as_mut() {
                None => None,
                Some(body) => match body.next().await {
                    Some(Ok(mut chunk)) => {
                        if self.skip > 0 {
                            let drop = (self.skip as usize).min(chunk.len());
                            self.skip -= drop as u64;
                            chunk = chunk.slice(drop..);
                            if chunk.is_empty() {
                                continue;
                            }
                        }
                        self.delivered += chunk.len() as u64;
                        return Some(Ok(chunk));
                    }
                    // a short body is the reader's business only once all bytes came
                    None if self.delivered >= self.size => {
                        self.done = true;
                        return None;
                    }
                    None => Some("the connection closed early".to_string()),
                    Some(Err(e)) => Some(
                        crate::http::transport::transport_error_ref("GET", &self.url, &e)
                            .to_string(),
                    ),
                },
            };
            if let Some(reason) = reason {
                if self.delivered > self.delivered_at_resume {
                    self.stalled = 0;
                }
                if self.stalled >= retry::MAX_RETRIES {
                    self.done = true;
                    return Some(Err(io_err(Error::Transport(reason))));
                }
                if self.resumes >= MAX_RESUMES {
                    self.done = true;
                    return Some(Err(io_err(Error::Transport(format!(
                        "{reason} (gave up after {MAX_RESUMES} resumes, the resume bound)"
                    )))));
                }
                self.resumes += 1;
                let delay = retry::backoff(self.stalled);
                self.stalled += 1;
                self.delivered_at_resume = self.delivered;
                self.client.notifier().warn(format!(
                    "resuming the download of {} at byte {} of {} in {} (retry {} of {}): {reason}",
                    self.name,
                    self.delivered,
                    self.size,
                    retry::go_duration(delay),
                    self.stalled,
                    retry::MAX_RETRIES
                ));
                tokio::time::sleep(delay).await;
            }
            self.body = None;
            if let Err(e) = self.request_rest().await {
                self.done = true;
                return Some(Err(io_err(e)));
            }
        }
    }
}

impl Repository {
    fn download(&self, desc: &Descriptor, offset: u64, first: Option<Response>) -> Download {
        Download {
            client: self.client.clone(),
            url: self.blob_url(&desc.digest),
            scopes: self.scopes.clone(),
            name: desc.digest.to_string(),
            size: desc.size.max(0) as u64,
            delivered: offset,
            skip: 0,
            body: first.map(|r| r.bytes_stream().boxed()),
            stalled: 0,
            resumes: 0,
            delivered_at_resume: offset,
            done: false,
        }
    }

    /// A reader of blob `desc` whose plain GET answered `first` (200), resuming after
    /// cut connections.
    pub(crate) fn resumable_reader(&self, desc: &Descriptor, first: Response) -> BlobReader {
        into_reader(self.download(desc, 0, Some(first)))
    }

    /// Fetch blob `desc` from byte `offset` on (a Range request; see the module docs).
    pub async fn fetch_blob_from(&self, desc: &Descriptor, offset: u64) -> Result<BlobReader> {
        let mut d = self.download(desc, offset, None);
        if offset >= d.size {
            return Ok(crate::targets::bytes_reader(Vec::new()));
        }
        d.request_rest().await?;
        Ok(into_reader(d))
    }
}

fn into_reader(d: Download) -> BlobReader {
    let stream =
        futures_util::stream::unfold(
            d,
            |mut d| async move { d.next().await.map(|item| (item, d)) },
        );
    Box::pin(tokio_util::io::StreamReader::new(stream))
}
