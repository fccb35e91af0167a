//! A remote repository speaking the OCI distribution API, as a Target.

pub mod accept;
mod blobs;
pub mod catalog;
pub mod chunked;
mod delete;
mod manifests;
pub mod mirror;
pub mod mount;
pub mod pages;
pub mod ping;
mod probe;
pub mod referrers;
mod referrers_index;
mod resume;
pub mod upload;
mod upload_retry;

pub use pages::next_link;

use super::{BlobReader, BoxFuture, ReadOnlyTarget, Target};
use crate::auth::client::{AuthClient, Request};
use crate::auth::scope::Scopes;
use crate::content::manifest::MAX_MANIFEST_BYTES;
use crate::content::{Descriptor, Digest, verify};
use crate::error::registry::ErrorResponse;
use crate::error::{Error, Result};
use crate::http::Body;
use crate::media_type;
use crate::reference::Reference;
use futures_util::TryStreamExt;
use reqwest::header::{ACCEPT, CONTENT_TYPE, LOCATION};
use reqwest::{Method, Response, StatusCode};
use std::sync::Arc;

/// One repository of a registry.
pub struct Repository {
    pub reference: Reference,
    pub(crate) client: Arc<AuthClient>,
    /// `<scheme>://<host>/v2/<repository>`
    pub(crate) base: String,
    /// Scopes every request asks for (push adds `push` up front, as oras does).
    pub(crate) scopes: Scopes,
    /// Uploads started before their digest was known (large files on push).
    pub(crate) pending: upload::PendingUploads,
    /// Whether the registry serves the referrers API (see `referrers.rs`).
    pub(crate) referrers_state: referrers::ReferrersState,
    /// Upload blobs in chunks of this many bytes (0: whole); see `chunked.rs`.
    pub(crate) chunk_size: std::sync::atomic::AtomicU64,
    /// Blob existence asked by starting uploads (see `probe.rs`).
    pub(crate) probes: probe::Probes,
    /// Referrers indexes written and not yet settled (see `referrers_index.rs`).
    pub(crate) unsettled: referrers_index::UnsettledIndexes,
    /// Where reads go first (registries.conf mirrors); see `mirror.rs`.
    pub(crate) mirrors: mirror::Mirrors,
}

/// Blobs up to this size are uploaded from one in-memory buffer.
const SMALL_BLOB: i64 = 256 * 1024;

/// `docker.io` is served by `registry-1.docker.io`.
pub fn api_host(registry: &str) -> &str {
    if registry == "docker.io" {
        "registry-1.docker.io"
    } else {
        registry
    }
}

impl Repository {
    pub fn new(reference: Reference, client: Arc<AuthClient>, plain_http: bool) -> Self {
        let scheme = if plain_http { "http" } else { "https" };
        let base = format!(
            "{scheme}://{}/v2/{}",
            api_host(&reference.registry),
            reference.repository
        );
        let scopes = Scopes::repository(&reference.repository, &["pull"]);
        Repository {
            reference,
            client,
            base,
            scopes,
            pending: Default::default(),
            referrers_state: Default::default(),
            chunk_size: Default::default(),
            probes: Default::default(),
            unsettled: Default::default(),
            mirrors: Default::default(),
        }
    }

    /// Ask for these actions on the repository from the first token on.
    pub fn hint_actions(&mut self, actions: &[&str]) {
        self.scopes
            .add_repository(&self.reference.repository, actions);
    }

    /// The shared client.
    pub fn client(&self) -> &Arc<AuthClient> {
        &self.client
    }

    pub(crate) fn manifest_url(&self, reference: &str) -> String {
        format!("{}/manifests/{reference}", self.base)
    }

    pub(crate) fn blob_url(&self, digest: &Digest) -> String {
        format!("{}/blobs/{digest}", self.base)
    }

    pub(crate) fn request(&self, method: Method, url: String) -> Request {
        Request::new(method, url, &self.scopes)
    }

    pub(crate) async fn error(method: &str, resp: Response) -> Error {
        ErrorResponse::from_response(method, resp).await.into()
    }

    /// HEAD or GET a manifest; returns the descriptor from the headers.
    async fn manifest_descriptor(&self, reference: &str, resp: &Response) -> Result<Descriptor> {
        let media_type = crate::http::content_type(resp.headers()).to_string();
        let digest = resp
            .headers()
            .get("Docker-Content-Digest")
            .and_then(|v| v.to_str().ok())
            .map(Digest::parse)
            .transpose()
            .map_err(|e| {
                Error::msg(format!(
                    "{reference}: invalid response; invalid digest: {e}"
                ))
            })?;
        let size = resp
            .headers()
            .get(reqwest::header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<i64>().ok());
        if let (Ok(want), Some(got)) = (Digest::parse(reference), &digest)
            && &want != got
        {
            return Err(Error::Integrity(format!(
                "{}: mismatched digest: {got}",
                self.reference.with_reference(reference)
            )));
        }
        match (digest, size) {
            (Some(d), Some(s)) => Ok(Descriptor::new(media_type, d, s)),
            _ => Err(Error::msg(format!(
                "{}: missing Docker-Content-Digest or Content-Length",
                self.reference.with_reference(reference)
            ))),
        }
    }

    pub(crate) fn not_found(&self, reference: &str) -> Error {
        Error::NotFound(self.reference.with_reference(reference).to_string())
    }

    pub(crate) async fn head_blob(&self, digest: &Digest) -> Result<Option<Descriptor>> {
        let resp = self
            .client
            .send(self.request(Method::HEAD, self.blob_url(digest)))
            .await?;
        match resp.status() {
            s if s.is_success() => {
                let mt = resp
                    .headers()
                    .get(CONTENT_TYPE)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or(media_type::OCTET_STREAM)
                    .to_string();
                // a HEAD has no body: the size is the Content-Length header itself
                let size = resp
                    .headers()
                    .get(reqwest::header::CONTENT_LENGTH)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.parse::<i64>().ok())
                    .unwrap_or(0);
                Ok(Some(Descriptor::new(mt, digest.clone(), size)))
            }
            StatusCode::NOT_FOUND => Ok(None),
            _ => Err(Self::error("HEAD", resp).await),
        }
    }

    /// Resolve a blob digest (HEAD) on this repository alone.
    pub(crate) async fn resolve_blob_direct(&self, digest: &Digest) -> Result<Descriptor> {
        self.head_blob(digest)
            .await?
            .ok_or_else(|| Error::NotFound(format!("{}@{digest}", self.reference.path())))
    }

    pub(crate) async fn push_blob(&self, desc: &Descriptor, content: BlobReader) -> Result<()> {
        if let Some(done) = self.finish_pending(desc).await {
            return done;
        }
        if let Some(chunk) = self.chunk_size() {
            return self.push_blob_chunked(desc, content, chunk).await;
        }
        let location = match self.take_session(&desc.digest)? {
            Some(location) => location,
            None => upload_location(&self.post_upload().await?)?,
        };
        let put_url = with_query(&location, "digest", desc.digest.as_str());
        let body = if desc.size <= SMALL_BLOB {
            // small blobs go as one buffer: no stream machinery, and the PUT can be retried
            match verify::read_all(content, desc, SMALL_BLOB).await {
                Ok(bytes) => Body::Bytes(bytes),
                Err(e) => {
                    // refused here (a wrong digest or size): the session goes, not left open
                    self.cancel_session(location).await;
                    return Err(e);
                }
            }
        } else {
            // the registry checks the digest when the PUT completes
            let verified = verify::VerifyReader::size_only(content, desc);
            let stream = tokio_util::io::ReaderStream::with_capacity(verified, 256 * 1024);
            Body::Stream(reqwest::Body::wrap_stream(stream), desc.size as u64)
        };
        let put = self
            .request(Method::PUT, put_url)
            .header(CONTENT_TYPE, media_type::OCTET_STREAM)
            .body(body);
        let resp = match self.client.send(put).await {
            Ok(resp) => resp,
            Err(e) => {
                // no answer (the body failed its check part-way, or the connection did):
                // the session may still be open
                self.cancel_session(location).await;
                return Err(e);
            }
        };
        if resp.status() != StatusCode::CREATED {
            return Err(Self::error("PUT", resp).await);
        }
        Ok(())
    }
}

impl Repository {
    /// Open an upload session (`POST /blobs/uploads/`): the registry's 202 answer, whose
    /// `Location` is the session URL; any other answer is the error.
    pub(crate) async fn post_upload(&self) -> Result<Response> {
        let post = self.request(Method::POST, format!("{}/blobs/uploads/", self.base));
        let resp = self.client.send(post).await?;
        if resp.status() != StatusCode::ACCEPTED {
            return Err(Self::error("POST", resp).await);
        }
        Ok(resp)
    }
}

/// The upload URL from `Location`, resolved against the request URL when relative.
pub(crate) fn upload_location(resp: &Response) -> Result<String> {
    let loc = resp
        .headers()
        .get(LOCATION)
        .and_then(|v| v.to_str().ok())
        .ok_or_else(|| Error::msg("missing Location header in the upload response"))?;
    let base = resp.url();
    let mut url = base
        .join(loc)
        .map_err(|e| Error::msg(format!("invalid upload location {loc:?}: {e}")))?;
    // oras-go keeps an explicit :443 that the registry dropped
    if base.port() == Some(443) && url.port().is_none() && url.host() == base.host() {
        let _ = url.set_port(Some(443));
    }
    Ok(url.to_string())
}

pub(crate) fn with_query(url: &str, key: &str, value: &str) -> String {
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}{key}={value}")
}

pub(crate) async fn read_limited(resp: Response, limit: i64) -> Result<Vec<u8>> {
    let url = resp.url().to_string();
    let mut out = Vec::new();
    let mut stream = resp.bytes_stream();
    while let Some(chunk) = stream
        .try_next()
        .await
        .map_err(|e| crate::http::transport::transport_error("GET", &url, e))?
    {
        out.extend_from_slice(&chunk);
        if out.len() as i64 > limit {
            return Err(Error::SizeExceedsLimit {
                size: out.len() as i64,
                limit,
            });
        }
    }
    Ok(out)
}

impl Repository {
    /// Stream the content of `desc` from this repository alone (no mirror).
    pub(crate) async fn fetch_direct(&self, desc: &Descriptor) -> Result<BlobReader> {
        {
            if media_type::is_manifest(&desc.media_type) {
                let (_, bytes) = self
                    .get_manifest(desc.digest.as_str(), &desc.media_type)
                    .await?;
                return Ok(super::bytes_reader(bytes));
            }
            let resp = self
                .client
                .send(self.request(Method::GET, self.blob_url(&desc.digest)))
                .await?;
            match resp.status() {
                StatusCode::OK => {}
                StatusCode::NOT_FOUND => {
                    return Err(Error::NotFound(format!(
                        "{}@{}",
                        self.reference.path(),
                        desc.digest
                    )));
                }
                _ => return Err(Self::error("GET", resp).await),
            }
            if let Some(len) = resp.content_length()
                && len as i64 != desc.size
            {
                return Err(Error::Integrity(format!(
                    "{}: mismatched size: expected {}, got {len}",
                    desc.digest, desc.size
                )));
            }
            Ok(self.resumable_reader(desc, resp))
        }
    }

    /// [`ReadOnlyTarget::fetch_from`] on this repository alone (no mirror).
    pub(crate) async fn fetch_from_direct(
        &self,
        desc: &Descriptor,
        offset: u64,
    ) -> Result<BlobReader> {
        {
            if media_type::is_manifest(&desc.media_type) {
                let mut reader = self.fetch_direct(desc).await?;
                let mut head = tokio::io::AsyncReadExt::take(&mut reader, offset);
                tokio::io::copy(&mut head, &mut tokio::io::sink()).await?;
                return Ok(reader);
            }
            self.fetch_blob_from(desc, offset).await
        }
    }

    /// Resolve a tag or digest on this repository alone (no mirror).
    pub(crate) async fn resolve_direct(&self, reference: &str) -> Result<Descriptor> {
        {
            let req = self
                .request(Method::HEAD, self.manifest_url(reference))
                .header(ACCEPT, media_type::MANIFEST_ACCEPT);
            let resp = self.client.send(req).await?;
            match resp.status() {
                s if s.is_success() => self.manifest_descriptor(reference, &resp).await,
                StatusCode::NOT_FOUND => Err(self.not_found(reference)),
                _ => Err(Self::error("HEAD", resp).await),
            }
        }
    }
}

impl ReadOnlyTarget for Repository {
    fn fetch<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, BlobReader> {
        Box::pin(self.read_fetch(desc))
    }

    fn fetch_from<'a>(&'a self, desc: &'a Descriptor, offset: u64) -> BoxFuture<'a, BlobReader> {
        Box::pin(self.read_fetch_from(desc, offset))
    }

    fn exists<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, bool> {
        Box::pin(async move {
            if media_type::is_manifest(&desc.media_type) {
                let req = self
                    .request(Method::HEAD, self.manifest_url(desc.digest.as_str()))
                    .header(ACCEPT, desc.media_type.clone());
                let resp = self.client.send(req).await?;
                return match resp.status() {
                    s if s.is_success() => Ok(true),
                    StatusCode::NOT_FOUND => Ok(false),
                    _ => Err(Self::error("HEAD", resp).await),
                };
            }
            if let Some(found) = self.probe_blob(desc).await {
                return found;
            }
            let found = self.head_blob(&desc.digest).await?.is_some();
            if found {
                self.found_existing_blob();
            }
            Ok(found)
        })
    }

    fn resolve<'a>(&'a self, reference: &'a str) -> BoxFuture<'a, Descriptor> {
        Box::pin(self.read_resolve(reference))
    }

    fn fetch_reference<'a>(&'a self, reference: &'a str) -> BoxFuture<'a, (Descriptor, Vec<u8>)> {
        Box::pin(self.read_manifest(reference, media_type::MANIFEST_ACCEPT))
    }

    fn referrers<'a>(
        &'a self,
        subject: &'a Descriptor,
        artifact_type: Option<&'a str>,
    ) -> BoxFuture<'a, Vec<Descriptor>> {
        Box::pin(self.read_referrers(subject, artifact_type))
    }

    fn tags<'a>(&'a self, last: &'a str) -> BoxFuture<'a, Vec<String>> {
        Box::pin(async move {
            let mut url = format!("{}/tags/list", self.base);
            if !last.is_empty() {
                url = with_query(&url, "last", last);
            }
            let mut pages = pages::Pages::new("tag list", &url);
            let mut all = Vec::new();
            loop {
                let resp = self
                    .client
                    .send(self.request(Method::GET, url.clone()))
                    .await?;
                if resp.status() != StatusCode::OK {
                    return Err(Self::error("GET", resp).await);
                }
                let next = next_link(&resp);
                let body = read_limited(resp, MAX_MANIFEST_BYTES).await?;
                pages.read(body.len())?;
                #[derive(serde::Deserialize)]
                struct TagList {
                    #[serde(default)]
                    tags: Option<Vec<String>>,
                }
                let list: TagList = serde_json::from_slice(&body)
                    .map_err(|e| Error::msg(format!("failed to decode tag list: {e}")))?;
                all.extend(list.tags.unwrap_or_default());
                match next {
                    Some(n) => {
                        pages.next(&n)?;
                        url = n;
                    }
                    None => return Ok(all),
                }
            }
        })
    }
}

impl Target for Repository {
    fn push<'a>(&'a self, expected: &'a Descriptor, content: BlobReader) -> BoxFuture<'a, ()> {
        Box::pin(async move {
            if media_type::is_manifest(&expected.media_type) {
                let bytes = verify::read_all(content, expected, MAX_MANIFEST_BYTES).await?;
                return self
                    .push_manifest_indexed(expected, bytes, expected.digest.as_str())
                    .await;
            }
            self.push_blob(expected, content).await
        })
    }

    fn push_reopenable<'a>(
        &'a self,
        expected: &'a Descriptor,
        content: BlobReader,
        reopen: super::Reopen<'a>,
    ) -> BoxFuture<'a, ()> {
        Box::pin(async move {
            if media_type::is_manifest(&expected.media_type) {
                return self.push(expected, content).await;
            }
            self.push_blob_retrying(expected, content, reopen).await
        })
    }

    fn prepare_push<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, ()> {
        Box::pin(async move {
            self.open_session_early(desc).await;
            Ok(())
        })
    }

    fn prepare_push_unasked<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, ()> {
        Box::pin(async move {
            self.open_session_unasked(desc).await;
            Ok(())
        })
    }

    fn cancel_prepared<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, ()> {
        Box::pin(async move {
            self.cancel_session_early(desc).await;
            Ok(())
        })
    }

    fn referrers_before_subject(&self) -> bool {
        // once the registry is known to serve the referrers API, nothing is gained
        self.referrers_state.get() != referrers::Capability::Supported
    }

    fn tag<'a>(&'a self, desc: &'a Descriptor, reference: &'a str) -> BoxFuture<'a, ()> {
        Box::pin(async move {
            let (_, bytes) = self
                .get_manifest(desc.digest.as_str(), &desc.media_type)
                .await?;
            self.push_manifest(desc, bytes, reference).await
        })
    }

    fn push_reference<'a>(
        &'a self,
        desc: &'a Descriptor,
        bytes: Vec<u8>,
        reference: &'a str,
    ) -> BoxFuture<'a, ()> {
        Box::pin(async move { self.push_manifest_indexed(desc, bytes, reference).await })
    }
}
