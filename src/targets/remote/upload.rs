//! Uploads that start before the digest is known: a large file is streamed into an upload
//! session (POST, then one streamed PATCH) while push hashes it in parallel, so the upload
//! does not wait for a separate hashing pass. Once the copy reaches the blob, the session is
//! completed with `PUT ?digest=` (the registry verifies it); if the blob turns out to exist
//! already, or the push never needs it, the session is cancelled.

use super::Repository;
use crate::auth::client::Request;
use crate::content::{Descriptor, Digest};
use crate::error::Result;
use crate::http::Body;
use crate::media_type;
use reqwest::header::CONTENT_TYPE;
use reqwest::{Method, StatusCode};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use tokio::task::JoinHandle;

/// Files at least this large are uploaded speculatively.
pub const SPECULATIVE_MIN_SIZE: u64 = 64 * 1024 * 1024;

/// A running streamed upload; resolves to the session URL after the body was sent.
pub struct PendingUpload {
    task: JoinHandle<Result<String>>,
    size: u64,
    /// The session URL once the POST answered (to cancel it).
    session: Arc<Mutex<Option<String>>>,
}

/// Pending uploads of one repository, by digest.
#[derive(Default)]
pub struct PendingUploads(Mutex<HashMap<Digest, PendingUpload>>);

impl PendingUploads {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<Digest, PendingUpload>> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Whether an upload of `digest` was started.
    pub(crate) fn has(&self, digest: &Digest) -> bool {
        self.lock().contains_key(digest)
    }
}

impl Repository {
    /// Start streaming `path` (`size` bytes) into a new upload session.
    pub fn start_upload(self: &Arc<Self>, path: PathBuf, size: u64) -> PendingUpload {
        let repo = self.clone();
        let session = Arc::new(Mutex::new(None));
        let s = session.clone();
        let task = tokio::spawn(async move { repo.stream_upload(path, size, s).await });
        PendingUpload {
            task,
            size,
            session,
        }
    }

    /// Remember a started upload under the digest it turned out to have.
    pub fn register_upload(&self, digest: Digest, upload: PendingUpload) {
        self.pending.lock().insert(digest, upload);
    }

    async fn stream_upload(
        &self,
        path: PathBuf,
        size: u64,
        session: Arc<Mutex<Option<String>>>,
    ) -> Result<String> {
        let location = super::upload_location(&self.post_upload().await?)?;
        *session.lock().unwrap_or_else(|p| p.into_inner()) = Some(location.clone());
        let file = tokio::fs::File::open(&path).await?;
        let stream = tokio_util::io::ReaderStream::with_capacity(file, 256 * 1024);
        let patch = Request::new(Method::PATCH, location, &self.scopes)
            .header(CONTENT_TYPE, media_type::OCTET_STREAM)
            .body(Body::Stream(reqwest::Body::wrap_stream(stream), size));
        let resp = self.client.send(patch).await?;
        if resp.status() != StatusCode::ACCEPTED {
            return Err(Self::error("PATCH", resp).await);
        }
        super::upload_location(&resp)
    }

    /// Complete the pending upload of `desc`, if there is one. `None`: no pending upload
    /// (or it failed and the caller should upload normally).
    pub(crate) async fn finish_pending(&self, desc: &Descriptor) -> Option<Result<()>> {
        let pending = self.pending.lock().remove(&desc.digest)?;
        if pending.size != desc.size as u64 {
            pending.task.abort();
            return None;
        }
        let location = match pending.task.await {
            Ok(Ok(l)) => l,
            _ => return None, // fall back to a normal upload from the start
        };
        let put_url = super::with_query(&location, "digest", desc.digest.as_str());
        let put = self
            .request(Method::PUT, put_url)
            .header(CONTENT_TYPE, media_type::OCTET_STREAM)
            .body(Body::Bytes(Vec::new()));
        Some(match self.client.send(put).await {
            Ok(resp) if resp.status() == StatusCode::CREATED => Ok(()),
            Ok(resp) => Err(Self::error("PUT", resp).await),
            Err(e) => Err(e),
        })
    }

    /// Cancel every upload nobody completed (the blob existed, or the push stopped), the
    /// sessions opened by existence probes (`probe.rs`) included.
    pub async fn cancel_pending(&self) {
        for location in self.take_probe_sessions() {
            self.cancel_session(location).await;
        }
        let pending: Vec<PendingUpload> = self.pending.lock().drain().map(|(_, p)| p).collect();
        for p in pending {
            p.task.abort();
            let location = match p.task.await {
                Ok(Ok(l)) => Some(l),
                _ => p.session.lock().unwrap_or_else(|e| e.into_inner()).clone(),
            };
            if let Some(location) = location {
                self.cancel_session(location).await;
            }
        }
    }

    /// Cancel an upload session nobody will complete (best effort: a registry forgets
    /// stale sessions on its own).
    pub(crate) async fn cancel_session(&self, location: String) {
        let _ = self
            .client
            .send(self.request(Method::DELETE, location))
            .await;
    }
}
