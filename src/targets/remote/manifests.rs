//! Manifest GETs (oras-go `manifestStore.Fetch`/`FetchReference`): size limit, digest check,
//! and two guards oras 1.3.0 lacks. A body cut off or stalled on the way (the idle timeout)
//! is fetched again, up to the request retry limit, as a failed request would be. And an
//! answer that is not a manifest is refused: a server that answers every path with an HTML
//! page and status 200 is not taken for a registry (`pull` and `manifest fetch` would
//! otherwise print the page and exit 0).
//!
//! What passes as a manifest: content of a media type the caller asked for that is not a
//! manifest type (`manifest fetch --media-type x/y`), taken as is; otherwise a JSON object
//! (the body starts with `{`) served as JSON (`*json`, `*prettyjws`, or no `Content-Type`).
//!
//! Manifest PUTs: a `MANIFEST_BLOB_UNKNOWN` answer for content that was just uploaded is
//! tried again a few times. distribution 2.8.2 rewrites a blob's link file in place when a
//! second upload of the same blob completes (parallel CI jobs pushing the same file, or the
//! same empty config), and a manifest checked in that instant names a blob the registry
//! cannot read (`digest invalid …; manifest blob unknown`).

use super::{Repository, read_limited, referrers};
use crate::content::manifest::MAX_MANIFEST_BYTES;
use crate::content::{Descriptor, Digest};
use crate::error::{Error, Result};
use crate::http::Body;
use crate::http::retry;
use crate::media_type;
use reqwest::header::HeaderName;
use reqwest::header::{ACCEPT, CONTENT_TYPE};
use reqwest::{Method, StatusCode};

impl Repository {
    /// GET the manifest `reference` with `accept`: its descriptor (the media type the
    /// registry answered, the digest of the bytes) and bytes.
    pub(crate) async fn get_manifest(
        &self,
        reference: &str,
        accept: &str,
    ) -> Result<(Descriptor, Vec<u8>)> {
        self.get_manifest_tagged(reference, accept)
            .await
            .map(|(d, b, _)| (d, b))
    }

    /// [`Repository::get_manifest`], with the `ETag` of the answer when it had one.
    pub(crate) async fn get_manifest_tagged(
        &self,
        reference: &str,
        accept: &str,
    ) -> Result<(Descriptor, Vec<u8>, Option<String>)> {
        let url = self.manifest_url(reference);
        let mut attempt = 0;
        loop {
            let req = self
                .request(Method::GET, url.clone())
                .header(ACCEPT, accept);
            let resp = self.client.send(req).await?;
            match resp.status() {
                StatusCode::OK => {}
                StatusCode::NOT_FOUND => return Err(self.not_found(reference)),
                _ => return Err(Self::error("GET", resp).await),
            }
            let content_length = resp.content_length().map(|l| l as i64);
            if content_length.is_some_and(|l| l > MAX_MANIFEST_BYTES) {
                return Err(Error::SizeExceedsLimit {
                    size: content_length.unwrap_or_default(),
                    limit: MAX_MANIFEST_BYTES,
                });
            }
            let media_type = crate::http::content_type(resp.headers()).to_string();
            let header_digest = resp
                .headers()
                .get("Docker-Content-Digest")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| Digest::parse(v).ok());
            let etag = resp
                .headers()
                .get(reqwest::header::ETAG)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string);
            let bytes = match read_limited(resp, MAX_MANIFEST_BYTES).await {
                Ok(b) => b,
                Err(Error::Transport(why)) if attempt < retry::MAX_RETRIES => {
                    let delay = retry::backoff(attempt);
                    attempt += 1;
                    self.client.notifier().warn(format!(
                        "retrying GET {url:?} in {} (retry {attempt} of {}): {why}",
                        retry::go_duration(delay),
                        retry::MAX_RETRIES
                    ));
                    tokio::time::sleep(delay).await;
                    continue;
                }
                Err(e) => return Err(e),
            };
            let computed = Digest::sha256_of(&bytes);
            let expected = Digest::parse(reference).ok().or(header_digest);
            if let Some(want) = expected
                && want.algorithm() == "sha256"
                && want != computed
            {
                return Err(Error::Integrity(format!(
                    "{}: mismatched digest: {computed}",
                    self.reference.with_reference(reference)
                )));
            }
            if !looks_like_manifest(&media_type, accept, &bytes) {
                let what = if media_type.is_empty() {
                    "content without a Content-Type".to_string()
                } else {
                    format!("{media_type} content")
                };
                return Err(Error::msg(format!(
                    "{}: the server does not look like an OCI registry: it answered GET {url:?} with {what} that is not a manifest",
                    self.reference.with_reference(reference)
                )));
            }
            return Ok((
                Descriptor::new(media_type, computed, bytes.len() as i64),
                bytes,
                etag,
            ));
        }
    }
}

/// Preconditions and retries of one manifest PUT.
#[derive(Default)]
pub(crate) struct PutOptions {
    /// `If-Match`: the ETag the index was read with.
    pub if_match: Option<String>,
    /// `If-None-Match: *`: the tag did not exist when read.
    pub if_none_match: bool,
    /// No retries at all (the caller reads again instead).
    pub once: bool,
}

/// Attempts of a manifest PUT answered `MANIFEST_BLOB_UNKNOWN` (see the module docs).
const BLOB_UNKNOWN_RETRIES: u32 = 3;

impl Repository {
    /// PUT a manifest under `reference` (a tag or its digest).
    pub(crate) async fn push_manifest(
        &self,
        desc: &Descriptor,
        bytes: Vec<u8>,
        reference: &str,
    ) -> Result<()> {
        let mut attempt = 0;
        loop {
            let err = match self
                .put_manifest(desc, bytes.clone(), reference, &PutOptions::default())
                .await
            {
                Err(Error::Registry(r))
                    if r.status == 400
                        && r.has_code("MANIFEST_BLOB_UNKNOWN")
                        && attempt < BLOB_UNKNOWN_RETRIES =>
                {
                    r
                }
                other => return other,
            };
            let delay = retry::backoff(attempt);
            attempt += 1;
            self.client.notifier().warn(format!(
                "retrying PUT {:?} in {} (retry {attempt} of {BLOB_UNKNOWN_RETRIES}): the registry does not see a blob of the manifest yet (another upload of it may be finishing): {}",
                self.manifest_url(reference),
                retry::go_duration(delay),
                err.registry_message()
            ));
            tokio::time::sleep(delay).await;
        }
    }

    /// One manifest PUT with `opts`; a refused precondition is an `Error::Registry` with
    /// status 412.
    pub(crate) async fn put_manifest(
        &self,
        desc: &Descriptor,
        bytes: Vec<u8>,
        reference: &str,
        opts: &PutOptions,
    ) -> Result<()> {
        let mut req = self
            .request(Method::PUT, self.manifest_url(reference))
            .header(CONTENT_TYPE, desc.media_type.clone())
            .body(Body::Bytes(bytes));
        if let Some(etag) = &opts.if_match {
            req = req.header(HeaderName::from_static("if-match"), etag.clone());
        }
        if opts.if_none_match {
            req = req.header(HeaderName::from_static("if-none-match"), "*");
        }
        if opts.once {
            req = req.once();
        }
        let resp = self.client.send(req).await?;
        if resp.status() != StatusCode::CREATED {
            return Err(Self::error("PUT", resp).await);
        }
        if resp.headers().contains_key(referrers::HEADER_OCI_SUBJECT) {
            self.referrers_state.set(true);
        }
        if let Some(d) = resp
            .headers()
            .get("Docker-Content-Digest")
            .and_then(|v| v.to_str().ok())
            && d != desc.digest.as_str()
        {
            return Err(Error::Integrity(format!(
                "{}: mismatched digest: {d}",
                self.reference.with_reference(reference)
            )));
        }
        Ok(())
    }
}

/// The media type without parameters, lower case.
fn base_type(mt: &str) -> String {
    mt.split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// Whether an answer to a manifest GET is a manifest (see the module docs).
pub fn looks_like_manifest(content_type: &str, accept: &str, body: &[u8]) -> bool {
    let mt = base_type(content_type);
    let asked = accept.split(',').any(|a| base_type(a) == mt);
    if asked && !mt.is_empty() && !media_type::is_manifest(&mt) {
        return true;
    }
    let json_type = mt.is_empty() || mt.ends_with("json") || mt.ends_with("prettyjws");
    let object = body
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|&b| b == b'{');
    json_type && object
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifests_pass_pages_do_not() {
        let accept = media_type::MANIFEST_ACCEPT;
        let m = br#"{"schemaVersion":2}"#;
        assert!(looks_like_manifest(media_type::IMAGE_MANIFEST, accept, m));
        assert!(looks_like_manifest(
            "application/json; charset=utf-8",
            accept,
            b" {}"
        ));
        assert!(looks_like_manifest("", accept, m));
        assert!(looks_like_manifest(
            "application/vnd.docker.distribution.manifest.v1+prettyjws",
            accept,
            m
        ));
        // an HTML page, whatever it claims to be
        let page = b"<!doctype html><html><body>Welcome</body></html>";
        assert!(!looks_like_manifest(
            "text/html; charset=utf-8",
            accept,
            page
        ));
        assert!(!looks_like_manifest(
            media_type::IMAGE_MANIFEST,
            accept,
            page
        ));
        assert!(!looks_like_manifest("text/html", accept, m));
        // unless that type is what the user asked for
        assert!(looks_like_manifest("text/html", "text/html", page));
        assert!(looks_like_manifest(
            "application/x.custom",
            "application/x.custom, a/b",
            b"\x00"
        ));
    }
}
