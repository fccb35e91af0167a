//! Cross-repository blob mount (`POST /v2/<repo>/blobs/uploads/?mount=<digest>&from=<repo>`):
//! 201 means the registry linked the blob; 202 opens an ordinary upload session that we
//! finish with the streamed monolithic PUT.

use super::{Repository, upload_location, with_query};
use crate::auth::client::Request;
use crate::auth::scope::Scopes;
use crate::content::{Descriptor, verify};
use crate::error::{Error, Result};
use crate::http::Body;
use crate::media_type;
use crate::targets::{BlobMounter, BoxFuture, ContentFn, MountOutcome};
use reqwest::header::CONTENT_TYPE;
use reqwest::{Method, StatusCode};
use std::sync::Arc;

impl Repository {
    /// Mount `desc` from the sibling repository `from_repo` of the same registry; when the
    /// registry refuses, upload the bytes given by `content` into the session it opened.
    pub async fn mount_blob(
        &self,
        desc: &Descriptor,
        from_repo: &str,
        content: ContentFn<'_>,
    ) -> Result<MountOutcome> {
        // pull,push on this repository (already hinted by the caller) and pull on the source
        let mut scopes: Scopes = self.scopes.clone();
        scopes.add_repository(&self.reference.repository, &["pull", "push"]);
        scopes.add_repository(from_repo, &["pull"]);
        let url = format!(
            "{}/blobs/uploads/?mount={}&from={}",
            self.base, desc.digest, from_repo
        );
        let resp = self
            .client
            .send(Request::new(Method::POST, url, &scopes))
            .await?;
        match resp.status() {
            StatusCode::CREATED => {
                if let Some(got) = resp
                    .headers()
                    .get("Docker-Content-Digest")
                    .and_then(|v| v.to_str().ok())
                    && got != desc.digest.as_str()
                {
                    return Err(Error::Integrity(format!(
                        "POST {:?}: invalid response; digest mismatch in Docker-Content-Digest: received {got:?} when expecting {:?}",
                        resp.url().as_str(),
                        desc.digest.as_str()
                    )));
                }
                return Ok(MountOutcome::Mounted);
            }
            StatusCode::ACCEPTED => {}
            _ => return Err(Self::error("POST", resp).await),
        }
        let location = upload_location(&resp)?;
        drop(resp);
        let reader = content().await?;
        // the registry checks the digest when the PUT completes
        let verified = verify::VerifyReader::size_only(reader, desc);
        let stream = tokio_util::io::ReaderStream::with_capacity(verified, 256 * 1024);
        let put = Request::new(
            Method::PUT,
            with_query(&location, "digest", desc.digest.as_str()),
            &scopes,
        )
        .header(CONTENT_TYPE, media_type::OCTET_STREAM)
        .body(Body::Stream(
            reqwest::Body::wrap_stream(stream),
            desc.size as u64,
        ));
        let resp = self.client.send(put).await?;
        if resp.status() != StatusCode::CREATED {
            return Err(Self::error("PUT", resp).await);
        }
        Ok(MountOutcome::Copied)
    }
}

/// The mount capability for a destination repository whose blobs can be
/// mounted from `from` (a repository on the same registry).
pub struct RepositoryMounter {
    pub dst: Arc<Repository>,
    pub from: String,
}

impl BlobMounter for RepositoryMounter {
    fn mount<'a>(
        &'a self,
        desc: &'a Descriptor,
        content: ContentFn<'a>,
    ) -> BoxFuture<'a, MountOutcome> {
        Box::pin(async move { self.dst.mount_blob(desc, &self.from, content).await })
    }
}
