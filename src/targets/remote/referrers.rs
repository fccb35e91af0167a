//! Referrers of a manifest in a remote repository (oras-go `referrers.go` + the referrers
//! parts of `repository.go`): the per-repository capability state, listing through the
//! OCI 1.1 referrers API with the tag-schema fallback (`<alg>-<hex>` index), and the
//! client-side index kept up to date when a manifest with a `subject` is pushed to a
//! registry without the API (the writing itself, safe across processes, is
//! `referrers_index.rs`).

use super::pages::{Pages, next_link};
use super::{Repository, read_limited, with_query};
use crate::content::manifest::{self, Index, MAX_MANIFEST_BYTES};
use crate::content::{Descriptor, Digest};
use crate::error::{Error, Result};
use crate::media_type;
use reqwest::header::ACCEPT;
use reqwest::{Method, StatusCode};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU8, Ordering};

/// The digest oras-go pings the referrers API with.
pub const ZERO_DIGEST: &str =
    "sha256:0000000000000000000000000000000000000000000000000000000000000000";
/// The response header of a registry that processed the `subject` of a pushed manifest.
pub const HEADER_OCI_SUBJECT: &str = "OCI-Subject";
/// The response header naming the filters the registry applied to a referrers listing.
pub const HEADER_OCI_FILTERS_APPLIED: &str = "OCI-Filters-Applied";
/// The pre-1.1 annotation that did the same job.
const ANNOTATION_FILTERS_APPLIED: &str = "org.opencontainers.referrers.filtersApplied";

/// Whether a repository serves the referrers API.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Capability {
    Unknown,
    Supported,
    Unsupported,
}

/// The capability of one repository: starts unknown, is set once (by a listing, a push
/// answered with `OCI-Subject`, or `--distribution-spec`), and never changes afterwards.
#[derive(Debug, Default)]
pub struct ReferrersState(AtomicU8);

impl ReferrersState {
    pub fn get(&self) -> Capability {
        match self.0.load(Ordering::Acquire) {
            1 => Capability::Supported,
            2 => Capability::Unsupported,
            _ => Capability::Unknown,
        }
    }

    /// Set the capability if still unknown; false when it was already set differently
    /// (oras-go `ErrReferrersCapabilityAlreadySet`).
    pub fn set(&self, supported: bool) -> bool {
        let v = if supported { 1 } else { 2 };
        match self
            .0
            .compare_exchange(0, v, Ordering::AcqRel, Ordering::Acquire)
        {
            Ok(_) => true,
            Err(current) => current == v,
        }
    }
}

/// `--distribution-spec`: the forced referrers capability, or an error in oras's words.
pub fn parse_distribution_spec(value: &str) -> std::result::Result<bool, (String, String)> {
    match value {
        "v1.1-referrers-api" => Ok(true),
        "v1.1-referrers-tag" => Ok(false),
        other => Err((
            format!("unknown distribution specification flag: {other}"),
            "Available options: v1.1-referrers-tag, v1.1-referrers-api".to_string(),
        )),
    }
}

/// The tag of the referrers index of `subject`: `<algorithm>-<hex>`.
pub fn referrers_tag(subject: &Digest) -> String {
    format!("{}-{}", subject.algorithm(), subject.hex())
}

/// A change to a referrers list.
#[derive(Clone, Debug)]
pub enum ReferrerChange {
    Add(Descriptor),
    Remove(Descriptor),
}

impl ReferrerChange {
    /// The referrer added or removed.
    pub fn target(&self) -> &Descriptor {
        match self {
            ReferrerChange::Add(d) | ReferrerChange::Remove(d) => d,
        }
    }
}

/// Keep only the referrers of one artifact type (`None` keeps everything).
pub fn filter_by_artifact_type(
    referrers: Vec<Descriptor>,
    artifact_type: Option<&str>,
) -> Vec<Descriptor> {
    match artifact_type.filter(|t| !t.is_empty()) {
        None => referrers,
        Some(t) => referrers
            .into_iter()
            .filter(|r| r.artifact_type.as_deref() == Some(t))
            .collect(),
    }
}

/// Apply changes to a referrers list (oras-go `applyReferrerChanges`): duplicates and
/// empty entries are dropped, additions go to the end, order is kept otherwise.
/// `None` means nothing changed.
pub fn apply_changes(
    referrers: &[Descriptor],
    changes: &[ReferrerChange],
) -> Option<Vec<Descriptor>> {
    let key = |d: &Descriptor| d.key();
    let mut positions = HashMap::new();
    let mut updated: Vec<Option<Descriptor>> = Vec::with_capacity(referrers.len() + changes.len());
    let mut update_required = false;
    for r in referrers {
        if r.digest.as_str().is_empty() && r.media_type.is_empty() && r.size == 0 {
            update_required = true;
            continue;
        }
        if positions.contains_key(&key(r)) {
            update_required = true;
            continue;
        }
        updated.push(Some(r.clone()));
        positions.insert(key(r), updated.len() - 1);
    }
    for change in changes {
        match change {
            ReferrerChange::Add(d) => {
                if let std::collections::hash_map::Entry::Vacant(e) = positions.entry(key(d)) {
                    updated.push(Some(d.clone()));
                    e.insert(updated.len() - 1);
                }
            }
            ReferrerChange::Remove(d) => {
                if let Some(pos) = positions.remove(&key(d)) {
                    updated[pos] = None;
                }
            }
        }
    }
    if !update_required
        && positions.len() == referrers.len()
        && referrers.iter().all(|r| positions.contains_key(&key(r)))
    {
        return None;
    }
    Some(updated.into_iter().flatten().collect())
}

/// The descriptor a referrers listing shows for a manifest with a subject, and that subject
/// (oras-go `indexReferrersForPush`): artifactType falls back to the config media type for
/// image manifests; annotations are the manifest's.
pub fn referrer_of(desc: &Descriptor, bytes: &[u8]) -> Result<Option<(Descriptor, Descriptor)>> {
    if !matches!(
        desc.media_type.as_str(),
        media_type::IMAGE_MANIFEST | media_type::IMAGE_INDEX | media_type::ARTIFACT_MANIFEST
    ) {
        return Ok(None);
    }
    let m = manifest::decode(bytes).map_err(|e| {
        Error::msg(format!(
            "failed to decode manifest: {}: {}: {e}",
            desc.digest, desc.media_type
        ))
    })?;
    let Some(subject) = m.subject else {
        return Ok(None);
    };
    let mut referrer = desc.clone();
    referrer.artifact_type = m.artifact_type.filter(|t| !t.is_empty());
    if referrer.artifact_type.is_none() && desc.media_type == media_type::IMAGE_MANIFEST {
        referrer.artifact_type = m.config.map(|c| c.media_type).filter(|t| !t.is_empty());
    }
    referrer.annotations = m.annotations.filter(|a| !a.is_empty());
    Ok(Some((referrer, subject)))
}

/// Outcome of one referrers API page.
enum ApiPage {
    /// The referrers of the page, the next page, the size of the page.
    Page(Vec<Descriptor>, Option<String>, usize),
    Unsupported(String),
}

impl Repository {
    /// The referrers capability of this repository.
    pub fn referrers_capability(&self) -> Capability {
        self.referrers_state.get()
    }

    /// Force the capability (`--distribution-spec`); false if it was already set otherwise.
    pub fn set_referrers_capability(&self, supported: bool) -> bool {
        self.referrers_state.set(supported)
    }

    /// The manifests whose `subject` is `subject`, optionally of one artifact type, in the
    /// order the registry (or the tag-schema index) lists them.
    pub async fn list_referrers(
        &self,
        subject: &Descriptor,
        artifact_type: Option<&str>,
    ) -> Result<Vec<Descriptor>> {
        let state = self.referrers_state.get();
        if state == Capability::Unsupported {
            return self.referrers_by_tag_schema(subject, artifact_type).await;
        }
        match self.referrers_by_api(subject, artifact_type).await {
            Ok(list) => {
                self.referrers_state.set(true);
                Ok(list)
            }
            Err(Error::Unsupported(msg)) if state == Capability::Unknown => {
                let _ = msg;
                self.referrers_state.set(false);
                self.referrers_by_tag_schema(subject, artifact_type).await
            }
            Err(e) => Err(e),
        }
    }

    async fn referrers_by_api(
        &self,
        subject: &Descriptor,
        artifact_type: Option<&str>,
    ) -> Result<Vec<Descriptor>> {
        let mut url = format!("{}/referrers/{}", self.base, subject.digest);
        if let Some(t) = artifact_type.filter(|t| !t.is_empty()) {
            url = with_query(&url, "artifactType", &query_escape(t));
        }
        let mut pages = Pages::new("referrers", &url);
        let mut all = Vec::new();
        loop {
            match self.referrers_page(&url, artifact_type).await? {
                ApiPage::Page(list, next, len) => {
                    pages.read(len)?;
                    all.extend(list);
                    match next {
                        Some(n) => {
                            pages.next(&n)?;
                            url = n;
                        }
                        None => return Ok(all),
                    }
                }
                ApiPage::Unsupported(why) => return Err(Error::Unsupported(why)),
            }
        }
    }

    async fn referrers_page(&self, url: &str, artifact_type: Option<&str>) -> Result<ApiPage> {
        let req = self
            .request(Method::GET, url.to_string())
            .header(ACCEPT, media_type::IMAGE_INDEX);
        let resp = self.client.send(req).await?;
        match resp.status() {
            StatusCode::OK => {}
            StatusCode::NOT_FOUND => {
                let err = crate::error::registry::ErrorResponse::from_response("GET", resp).await;
                if err.has_code("NAME_UNKNOWN") {
                    return Err(err.into());
                }
                return Ok(ApiPage::Unsupported(
                    "failed to query referrers API: unsupported".into(),
                ));
            }
            _ => return Err(Self::error("GET", resp).await),
        }
        let content_type = crate::http::content_type(resp.headers()).to_string();
        if content_type != media_type::IMAGE_INDEX {
            return Ok(ApiPage::Unsupported(format!(
                "unknown content returned ({content_type}), expecting image index: unsupported"
            )));
        }
        let filters = resp
            .headers()
            .get(HEADER_OCI_FILTERS_APPLIED)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        let next = next_link(&resp);
        let body = read_limited(resp, MAX_MANIFEST_BYTES).await?;
        let index: Index = serde_json::from_slice(&body)
            .map_err(|e| Error::msg(format!("failed to decode referrers index: {e}")))?;
        let annotation_filters = index
            .annotations
            .get(ANNOTATION_FILTERS_APPLIED)
            .cloned()
            .unwrap_or_default();
        let applied = |list: &str| list.split(',').any(|f| f == "artifactType");
        let list = if applied(&filters) || applied(&annotation_filters) {
            index.manifests
        } else {
            filter_by_artifact_type(index.manifests, artifact_type)
        };
        Ok(ApiPage::Page(list, next, body.len()))
    }

    async fn referrers_by_tag_schema(
        &self,
        subject: &Descriptor,
        artifact_type: Option<&str>,
    ) -> Result<Vec<Descriptor>> {
        let tag = referrers_tag(&subject.digest);
        match self.get_manifest(&tag, media_type::MANIFEST_ACCEPT).await {
            Ok((_, bytes)) => {
                let index: Index = serde_json::from_slice(&bytes).map_err(|e| {
                    Error::msg(format!(
                        "failed to decode referrers index from referrers tag {tag}: {e}"
                    ))
                })?;
                Ok(filter_by_artifact_type(index.manifests, artifact_type))
            }
            Err(e) if e.is_not_found() => Ok(Vec::new()),
            Err(e) => Err(e),
        }
    }

    /// `GET /v2/<repo>/referrers/<zero digest>`: whether the API is there (the answer sets
    /// the capability when it was unknown).
    pub async fn ping_referrers(&self) -> Result<bool> {
        match self.referrers_state.get() {
            Capability::Supported => return Ok(true),
            Capability::Unsupported => return Ok(false),
            Capability::Unknown => {}
        }
        let url = format!("{}/referrers/{ZERO_DIGEST}", self.base);
        let supported = match self.referrers_page(&url, None).await? {
            ApiPage::Page(..) => true,
            ApiPage::Unsupported(_) => false,
        };
        self.referrers_state.set(supported);
        Ok(supported)
    }

    /// Push a manifest and keep the referrers index of its subject (oras-go
    /// `pushWithIndexing`): registries that answer with `OCI-Subject` index it themselves.
    pub(crate) async fn push_manifest_indexed(
        &self,
        desc: &Descriptor,
        bytes: Vec<u8>,
        reference: &str,
    ) -> Result<()> {
        if !matches!(
            desc.media_type.as_str(),
            media_type::IMAGE_MANIFEST | media_type::IMAGE_INDEX | media_type::ARTIFACT_MANIFEST
        ) || self.referrers_state.get() == Capability::Supported
        {
            return self.push_manifest(desc, bytes, reference).await;
        }
        let indexed = referrer_of(desc, &bytes)?;
        self.push_manifest(desc, bytes, reference).await?;
        if self.referrers_state.get() == Capability::Supported {
            return Ok(());
        }
        let Some((referrer, subject)) = indexed else {
            return Ok(());
        };
        self.referrers_state.set(false);
        self.update_referrers_index(&subject, &[ReferrerChange::Add(referrer)])
            .await
    }

    /// After deleting the manifest `desc` (whose bytes were read before): remove it from its
    /// subject's referrers index when the registry has no referrers API.
    pub async fn unindex_deleted_referrer(&self, desc: &Descriptor, bytes: &[u8]) -> Result<()> {
        let Some((referrer, subject)) = referrer_of(desc, bytes)? else {
            return Ok(());
        };
        if self.ping_referrers().await? {
            return Ok(());
        }
        self.update_referrers_index(&subject, &[ReferrerChange::Remove(referrer)])
            .await
    }
}

/// Percent-encode a query value (media types carry `+` and `/`).
fn query_escape(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    for b in v.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(n: u8) -> Descriptor {
        Descriptor::of_bytes(media_type::IMAGE_MANIFEST, &[n])
    }

    #[test]
    fn tag_and_spec_flag() {
        let dg = Digest::sha256_of(b"x");
        assert_eq!(referrers_tag(&dg), format!("sha256-{}", dg.hex()));
        assert_eq!(parse_distribution_spec("v1.1-referrers-api"), Ok(true));
        assert_eq!(parse_distribution_spec("v1.1-referrers-tag"), Ok(false));
        assert_eq!(
            parse_distribution_spec("v1.0").unwrap_err().0,
            "unknown distribution specification flag: v1.0"
        );
    }

    #[test]
    fn changes_keep_order_and_detect_no_op() {
        let (a, b, c) = (d(1), d(2), d(3));
        let out = apply_changes(&[a.clone(), b.clone()], &[ReferrerChange::Add(c.clone())]);
        assert_eq!(out.unwrap(), vec![a.clone(), b.clone(), c.clone()]);
        assert!(
            apply_changes(std::slice::from_ref(&a), &[ReferrerChange::Add(a.clone())]).is_none()
        );
        let out = apply_changes(
            &[a.clone(), b.clone()],
            &[ReferrerChange::Remove(a.clone())],
        );
        assert_eq!(out.unwrap(), vec![b.clone()]);
        let out = apply_changes(&[a.clone(), a.clone()], &[]);
        assert_eq!(out.unwrap(), vec![a.clone()]);
        assert_eq!(
            apply_changes(
                std::slice::from_ref(&a),
                &[ReferrerChange::Remove(a.clone())]
            )
            .unwrap(),
            Vec::<Descriptor>::new()
        );
    }

    #[test]
    fn state_is_set_once() {
        let s = ReferrersState::default();
        assert_eq!(s.get(), Capability::Unknown);
        assert!(s.set(false));
        assert!(!s.set(true));
        assert_eq!(s.get(), Capability::Unsupported);
    }

    #[test]
    fn referrer_descriptor_from_manifest() {
        let m = br#"{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/x.cfg","digest":"sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a","size":2},"layers":[],"subject":{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a","size":2},"annotations":{"k":"v"}}"#;
        let desc = Descriptor::of_bytes(media_type::IMAGE_MANIFEST, m);
        let (r, s) = referrer_of(&desc, m).unwrap().unwrap();
        assert_eq!(r.artifact_type.as_deref(), Some("application/x.cfg"));
        assert_eq!(r.annotation("k"), Some("v"));
        assert_eq!(s.size, 2);
        assert_eq!(query_escape("a/b+json"), "a%2Fb%2Bjson");
    }
}
