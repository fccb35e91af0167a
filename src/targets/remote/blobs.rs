//! Fetching a blob by digest alone (`oras blob fetch`): one GET whose headers give the
//! descriptor, the body streamed to the caller (who verifies it).

use super::Repository;
use crate::content::{Descriptor, Digest};
use crate::error::{Error, Result};
use crate::media_type;
use crate::targets::BlobReader;
use futures_util::TryStreamExt;
use reqwest::header::CONTENT_TYPE;
use reqwest::{Method, StatusCode};

impl Repository {
    /// GET a blob from this repository alone (no mirror); the descriptor comes from
    /// Content-Type / Content-Length (HEAD when the length is unknown).
    pub(crate) async fn fetch_blob_reference_direct(
        &self,
        digest: &Digest,
    ) -> Result<(Descriptor, BlobReader)> {
        let resp = self
            .client
            .send(self.request(Method::GET, self.blob_url(digest)))
            .await?;
        match resp.status() {
            StatusCode::OK => {}
            StatusCode::NOT_FOUND => {
                return Err(Error::NotFound(format!(
                    "{}@{digest}",
                    self.reference.path()
                )));
            }
            _ => return Err(Self::error("GET", resp).await),
        }
        let desc = match resp.content_length() {
            Some(len) => Descriptor::new(
                resp.headers()
                    .get(CONTENT_TYPE)
                    .and_then(|v| v.to_str().ok())
                    .filter(|v| !v.is_empty())
                    .unwrap_or(media_type::OCTET_STREAM),
                digest.clone(),
                len as i64,
            ),
            None => self.resolve_blob_direct(digest).await?,
        };
        let stream = resp.bytes_stream().map_err(std::io::Error::other);
        Ok((
            desc,
            Box::pin(tokio_util::io::StreamReader::new(stream)) as BlobReader,
        ))
    }
}
