//! Referrers of a manifest on a registry, minimal version for `cp -r`: the referrers API
//! (`GET /v2/<repo>/referrers/<digest>`) with the tag-schema fallback (an index tagged
//! `<alg>-<hex>`), and the client-side upkeep of that index when a manifest with a
//! `subject` is pushed to a registry without the API (read-modify-write, serialised per
//! subject within the process; old indexes are never deleted, as the oras CLI sets
//! `SkipReferrersGC`).
//!
//! API for other commands (attach, manifest push, restore, discover):
//! - [`referrers_tag`]: the tag of a subject's referrers index;
//! - [`Repository::referrers_from_api`], [`Repository::referrers_from_tag_schema`];
//! - [`Repository::put_manifest_reporting_subject`]: PUT a manifest, tell whether the
//!   registry answered `OCI-Subject`;
//! - [`Repository::add_to_referrers_index`]: add one referrer to a subject's tag-schema index;
//! - [`ReferrersRepository`]: a repository wrapper (Target + PredecessorFinder) that lists
//!   referrers in the chosen [`ReferrersMode`] and indexes every pushed referrer when needed.

use super::client::Body;
use super::{Repository, read_limited};
use crate::content::manifest::{Index, MAX_MANIFEST_BYTES};
use crate::content::{Descriptor, Digest, json};
use crate::copy::extended::PredecessorFinder;
use crate::error::{Error, Result};
use crate::media_type;
use crate::target::{BlobReader, BoxFuture, ReadOnlyTarget, Target};
use reqwest::header::{ACCEPT, CONTENT_TYPE};
use reqwest::{Method, StatusCode};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, OnceLock};

/// `--distribution-spec`: how referrers are listed and kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ReferrersMode {
    /// Probe the referrers API, fall back to the tag schema.
    #[default]
    Auto,
    /// `v1.1-referrers-api`: the API only.
    Api,
    /// `v1.1-referrers-tag`: the tag schema only.
    Tag,
}

impl ReferrersMode {
    /// Parse a `--distribution-spec` value (`None`/empty = auto).
    pub fn parse(flag: Option<&str>) -> std::result::Result<Self, String> {
        match flag.unwrap_or_default() {
            "" => Ok(ReferrersMode::Auto),
            "v1.1-referrers-api" => Ok(ReferrersMode::Api),
            "v1.1-referrers-tag" => Ok(ReferrersMode::Tag),
            other => Err(format!("unknown distribution specification flag: {other}")),
        }
    }
}

/// The tag of the referrers index of `subject`: `<alg>-<hex>`.
pub fn referrers_tag(subject: &Digest) -> String {
    format!("{}-{}", subject.algorithm(), subject.hex())
}

/// In-process locks serialising read-modify-write of one referrers index.
fn index_lock(key: String) -> Arc<tokio::sync::Mutex<()>> {
    static LOCKS: OnceLock<std::sync::Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>> =
        OnceLock::new();
    let mut map = LOCKS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|p| p.into_inner());
    map.entry(key).or_default().clone()
}

/// The referrer descriptor of a manifest: artifact type (or the config media type) and
/// manifest annotations, as oras-go records it; `None` when the manifest has no subject.
pub fn referrer_entry(desc: &Descriptor, bytes: &[u8]) -> Result<Option<(Descriptor, Descriptor)>> {
    if !media_type::is_manifest(&desc.media_type) {
        return Ok(None);
    }
    let m = crate::content::manifest::decode(bytes)?;
    let Some(subject) = m.subject else {
        return Ok(None);
    };
    let mut entry = desc.clone();
    let mut artifact_type = m.artifact_type.unwrap_or_default();
    if artifact_type.is_empty() && !media_type::is_index(&desc.media_type) {
        artifact_type = m.config.map(|c| c.media_type).unwrap_or_default();
    }
    entry.artifact_type = (!artifact_type.is_empty()).then_some(artifact_type);
    entry.annotations = m.annotations.filter(|a| !a.is_empty());
    Ok(Some((subject, entry)))
}

impl Repository {
    /// The referrers API; `Ok(None)` when the registry does not offer it.
    pub async fn referrers_from_api(
        &self,
        subject: &Descriptor,
    ) -> Result<Option<Vec<Descriptor>>> {
        let mut url = format!("{}/referrers/{}", self.base, subject.digest);
        let mut all = Vec::new();
        loop {
            let req = self
                .request(Method::GET, url.clone())
                .header(ACCEPT, media_type::IMAGE_INDEX);
            let resp = self.client.send(req).await?;
            match resp.status() {
                StatusCode::OK => {}
                StatusCode::NOT_FOUND => {
                    let err = super::errcode::ErrorResponse::from_response("GET", resp).await;
                    if err.has_code("NAME_UNKNOWN") {
                        return Err(err.into());
                    }
                    return Ok(None);
                }
                _ => return Err(Self::error("GET", resp).await),
            }
            let ct = resp
                .headers()
                .get(CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_string();
            if ct.split(';').next().unwrap_or_default().trim() != media_type::IMAGE_INDEX {
                return Ok(None);
            }
            let next = super::next_link(&resp);
            let body = read_limited(resp, MAX_MANIFEST_BYTES).await?;
            let index: Index = serde_json::from_slice(&body)
                .map_err(|e| Error::msg(format!("failed to decode referrers index: {e}")))?;
            all.extend(index.manifests);
            match next {
                Some(n) => url = n,
                None => return Ok(Some(all)),
            }
        }
    }

    /// The referrers recorded in the tag-schema index; no index means no referrers.
    pub async fn referrers_from_tag_schema(&self, subject: &Descriptor) -> Result<Vec<Descriptor>> {
        Ok(self
            .referrers_index(&referrers_tag(&subject.digest))
            .await?
            .unwrap_or_default())
    }

    async fn referrers_index(&self, tag: &str) -> Result<Option<Vec<Descriptor>>> {
        match self.get_manifest(tag, media_type::MANIFEST_ACCEPT).await {
            Ok((_, bytes)) => {
                let index: Index = serde_json::from_slice(&bytes).map_err(|e| {
                    Error::msg(format!(
                        "failed to decode referrers index from referrers tag {tag}: {e}"
                    ))
                })?;
                Ok(Some(index.manifests))
            }
            Err(e) if e.is_not_found() => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// PUT a manifest under `reference`; true when the registry answered `OCI-Subject`
    /// (it maintains referrers itself).
    pub async fn put_manifest_reporting_subject(
        &self,
        desc: &Descriptor,
        bytes: Vec<u8>,
        reference: &str,
    ) -> Result<bool> {
        let req = self
            .request(Method::PUT, self.manifest_url(reference))
            .header(CONTENT_TYPE, desc.media_type.clone())
            .body(Body::Bytes(bytes));
        let resp = self.client.send(req).await?;
        if resp.status() != StatusCode::CREATED {
            return Err(Self::error("PUT", resp).await);
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
        Ok(resp.headers().contains_key("OCI-Subject"))
    }

    /// Add `referrer` to the tag-schema index of `subject` (no-op when already listed).
    pub async fn add_to_referrers_index(
        &self,
        subject: &Descriptor,
        referrer: Descriptor,
    ) -> Result<()> {
        let tag = referrers_tag(&subject.digest);
        let lock = index_lock(format!("{}@{tag}", self.base));
        let _guard = lock.lock().await;
        let old = self.referrers_index(&tag).await?.unwrap_or_default();
        let key = |d: &Descriptor| (d.media_type.clone(), d.digest.clone(), d.size);
        // drop duplicates and empty entries as oras-go does; skip the push when unchanged
        let mut seen = std::collections::HashSet::new();
        let mut new: Vec<Descriptor> = Vec::with_capacity(old.len() + 1);
        for d in &old {
            if d.digest.as_str().is_empty() || !seen.insert(key(d)) {
                continue;
            }
            new.push(d.clone());
        }
        let changed = new.len() != old.len() || !seen.contains(&key(&referrer));
        if !changed {
            return Ok(());
        }
        if seen.insert(key(&referrer)) {
            new.push(referrer);
        }
        let bytes = json::to_vec(&Index::new(new));
        let desc = Descriptor::of_bytes(media_type::IMAGE_INDEX, &bytes);
        self.push_manifest(&desc, bytes, &tag).await.map_err(|e| {
            Error::msg(format!(
                "failed to push referrers index tagged by {tag}: {e}"
            ))
        })
    }
}

const STATE_UNKNOWN: u8 = 0;
const STATE_SUPPORTED: u8 = 1;
const STATE_UNSUPPORTED: u8 = 2;

/// A repository that knows about referrers: lists them (for `cp -r`'s source) and keeps the
/// tag-schema index up to date when referrers are pushed to it (destination).
pub struct ReferrersRepository {
    pub repo: Arc<Repository>,
    state: AtomicU8,
}

impl ReferrersRepository {
    pub fn new(repo: Arc<Repository>, mode: ReferrersMode) -> Self {
        let state = match mode {
            ReferrersMode::Auto => STATE_UNKNOWN,
            ReferrersMode::Api => STATE_SUPPORTED,
            ReferrersMode::Tag => STATE_UNSUPPORTED,
        };
        ReferrersRepository {
            repo,
            state: AtomicU8::new(state),
        }
    }

    /// Referrers of `subject` (unfiltered).
    pub async fn referrers(&self, subject: &Descriptor) -> Result<Vec<Descriptor>> {
        match self.state.load(Ordering::Relaxed) {
            STATE_UNSUPPORTED => self.repo.referrers_from_tag_schema(subject).await,
            STATE_SUPPORTED => self.repo.referrers_from_api(subject).await?.ok_or_else(|| {
                Error::Unsupported("failed to query referrers API: unsupported".into())
            }),
            _ => match self.repo.referrers_from_api(subject).await? {
                Some(list) => {
                    self.state.store(STATE_SUPPORTED, Ordering::Relaxed);
                    Ok(list)
                }
                None => {
                    self.state.store(STATE_UNSUPPORTED, Ordering::Relaxed);
                    self.repo.referrers_from_tag_schema(subject).await
                }
            },
        }
    }

    /// Push a manifest; a referrer pushed to a registry without the API is indexed.
    async fn push_manifest_indexed(
        &self,
        desc: &Descriptor,
        bytes: Vec<u8>,
        reference: &str,
    ) -> Result<()> {
        if self.state.load(Ordering::Relaxed) == STATE_SUPPORTED {
            return self.repo.push_manifest(desc, bytes, reference).await;
        }
        let entry = referrer_entry(desc, &bytes)?;
        let oci_subject = self
            .repo
            .put_manifest_reporting_subject(desc, bytes, reference)
            .await?;
        let Some((subject, entry)) = entry else {
            return Ok(());
        };
        if oci_subject && self.state.load(Ordering::Relaxed) == STATE_UNKNOWN {
            self.state.store(STATE_SUPPORTED, Ordering::Relaxed);
        }
        if self.state.load(Ordering::Relaxed) == STATE_SUPPORTED {
            return Ok(());
        }
        self.state.store(STATE_UNSUPPORTED, Ordering::Relaxed);
        self.repo.add_to_referrers_index(&subject, entry).await
    }
}

impl PredecessorFinder for ReferrersRepository {
    fn predecessors<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, Vec<Descriptor>> {
        Box::pin(async move {
            if !media_type::is_manifest(&desc.media_type) {
                return Ok(Vec::new());
            }
            self.referrers(desc).await
        })
    }
}

impl ReadOnlyTarget for ReferrersRepository {
    fn fetch<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, BlobReader> {
        self.repo.fetch(desc)
    }
    fn exists<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, bool> {
        self.repo.exists(desc)
    }
    fn resolve<'a>(&'a self, reference: &'a str) -> BoxFuture<'a, Descriptor> {
        self.repo.resolve(reference)
    }
    fn fetch_reference<'a>(&'a self, reference: &'a str) -> BoxFuture<'a, (Descriptor, Vec<u8>)> {
        self.repo.fetch_reference(reference)
    }
    fn tags<'a>(&'a self, last: &'a str) -> BoxFuture<'a, Vec<String>> {
        self.repo.tags(last)
    }
}

impl Target for ReferrersRepository {
    fn push<'a>(&'a self, expected: &'a Descriptor, content: BlobReader) -> BoxFuture<'a, ()> {
        Box::pin(async move {
            if media_type::is_manifest(&expected.media_type) {
                let bytes =
                    crate::content::verify::read_all(content, expected, MAX_MANIFEST_BYTES).await?;
                return self
                    .push_manifest_indexed(expected, bytes, expected.digest.as_str())
                    .await;
            }
            self.repo.push(expected, content).await
        })
    }
    fn tag<'a>(&'a self, desc: &'a Descriptor, reference: &'a str) -> BoxFuture<'a, ()> {
        self.repo.tag(desc, reference)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tag_of_a_subject() {
        let d = Digest::sha256_of(b"x");
        assert_eq!(referrers_tag(&d), format!("sha256-{}", d.hex()));
    }

    #[test]
    fn entry_takes_artifact_type_or_config_type_and_annotations() {
        let subject = Descriptor::of_bytes(media_type::IMAGE_MANIFEST, b"s");
        let m = format!(
            r#"{{"schemaVersion":2,"mediaType":"{}","config":{{"mediaType":"application/x.cfg","digest":"{}","size":1}},"layers":[],"subject":{{"mediaType":"{}","digest":"{}","size":1}},"annotations":{{"k":"v"}}}}"#,
            media_type::IMAGE_MANIFEST,
            Digest::sha256_of(b"c"),
            media_type::IMAGE_MANIFEST,
            subject.digest
        );
        let desc = Descriptor::of_bytes(media_type::IMAGE_MANIFEST, m.as_bytes());
        let (s, e) = referrer_entry(&desc, m.as_bytes()).unwrap().unwrap();
        assert_eq!(s.digest, subject.digest);
        assert_eq!(e.artifact_type.as_deref(), Some("application/x.cfg"));
        assert_eq!(e.annotation("k"), Some("v"));
        let plain = br#"{"schemaVersion":2,"config":{"mediaType":"a/b","digest":"sha256:0000000000000000000000000000000000000000000000000000000000000000","size":1},"layers":[]}"#;
        let d2 = Descriptor::of_bytes(media_type::IMAGE_MANIFEST, plain);
        assert!(referrer_entry(&d2, plain).unwrap().is_none());
    }
}
