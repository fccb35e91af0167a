//! Retried blob uploads: a blob PUT streams its body once, so the client cannot replay
//! it. When the upload fails with a retryable answer (408, 429, 5xx) or a transport
//! error, a new upload session is started with a fresh reader from `reopen`, with the
//! same backoff, cap and one-line warning as request retries. A 413 (blob too large for
//! the registry or a proxy in front of it) switches to a chunked upload (`chunked.rs`).

use super::Repository;
use crate::content::Descriptor;
use crate::error::{Error, Result};
use crate::http::retry;
use crate::targets::{BlobReader, Reopen};

impl Repository {
    pub(crate) async fn push_blob_retrying(
        &self,
        desc: &Descriptor,
        content: BlobReader,
        reopen: Reopen<'_>,
    ) -> Result<()> {
        let mut content = Some(content);
        let mut attempt = 0;
        loop {
            let reader = match content.take() {
                Some(r) => r,
                None => reopen().await?,
            };
            let err = match self.push_blob(desc, reader).await {
                Ok(()) => return Ok(()),
                Err(e) => e,
            };
            // a registry or proxy that refuses whole blobs may take them in chunks
            if let Error::Registry(r) = &err
                && r.status == 413
                && self.chunk_size().is_none()
            {
                let chunk = super::chunked::auto_chunk(desc.size.max(0) as u64);
                self.client.notifier().warn(format!(
                    "the registry refused {} as one upload (413); uploading it in chunks",
                    desc.digest
                ));
                return self.push_blob_chunked(desc, reopen().await?, chunk).await;
            }
            let retryable = match &err {
                Error::Registry(r) => retry::retryable_status(r.status),
                Error::Transport(_) => true,
                _ => false,
            };
            if !retryable || attempt >= retry::MAX_RETRIES {
                return Err(err);
            }
            let delay = retry::backoff(attempt);
            self.client.notifier().warn(format!(
                "retrying the upload of {} in {} (retry {} of {}): {err}",
                desc.digest,
                retry::go_duration(delay),
                attempt + 1,
                retry::MAX_RETRIES
            ));
            tokio::time::sleep(delay).await;
            attempt += 1;
        }
    }
}
