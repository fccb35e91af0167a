//! The in-memory storage of the referrers test server, with zot's semantics where they are
//! visible to a client: blobs are deduplicated across repositories (a blob pushed to one
//! repository is found, and mounted, in every other one), a repository keeps its manifests
//! in push order (zot's `index.json`), tags are listed sorted, and referrers are computed
//! from the manifests' `subject` fields in that push order.
//!
//! Simplification: zot keeps one `index.json` entry per tag, so a manifest pushed under two
//! tags appears twice there; here every manifest is kept once (first push wins the place).

use sha2::{Digest as _, Sha256};
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

pub const OCI_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";
pub const OCI_INDEX: &str = "application/vnd.oci.image.index.v1+json";
const OCI_IMAGE_CONFIG: &str = "application/vnd.oci.image.config.v1+json";
const OCI_EMPTY: &str = "application/vnd.oci.empty.v1+json";

/// `sha256:<hex>` of `bytes`.
pub fn sha256(bytes: &[u8]) -> String {
    format!("sha256:{}", hex::encode(Sha256::digest(bytes)))
}

/// Whether `s` is a well-formed `sha256:<64 hex>` digest.
pub fn is_digest(s: &str) -> bool {
    s.strip_prefix("sha256:").is_some_and(|hex| {
        hex.len() == 64
            && hex
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

/// A stored manifest.
#[derive(Clone)]
pub struct Manifest {
    pub digest: String,
    pub media_type: String,
    pub bytes: Arc<Vec<u8>>,
}

#[derive(Default)]
struct Repo {
    /// Manifests in the order they were first pushed.
    manifests: Vec<Manifest>,
    /// tag → digest
    tags: BTreeMap<String, String>,
}

/// An upload session.
pub struct Upload {
    pub repo: String,
    pub bytes: Vec<u8>,
}

/// Why a manifest was refused.
pub enum PutError {
    /// Not JSON, or `mediaType` disagrees with the Content-Type.
    Invalid,
    /// A config or layer blob is missing (zot: 400 BLOB_UNKNOWN).
    BlobUnknown(String),
    /// A manifest listed by an index is missing (zot: 404 MANIFEST_UNKNOWN).
    ManifestUnknown,
}

/// Everything the server stores.
#[derive(Default)]
pub struct Store {
    /// digest → content, shared by every repository (zot's dedupe).
    blobs: HashMap<String, Arc<Vec<u8>>>,
    /// Repositories that exist (zot initialises one on the first upload or manifest).
    repos: BTreeMap<String, Repo>,
    uploads: HashMap<String, Upload>,
    next_upload: u64,
}

impl Store {
    pub fn repo_exists(&self, repo: &str) -> bool {
        self.repos.contains_key(repo)
    }

    /// The sorted repository names.
    pub fn catalog(&self) -> Vec<String> {
        self.repos.keys().cloned().collect()
    }

    /// The sorted tags of `repo`, or `None` when it does not exist.
    pub fn tags(&self, repo: &str) -> Option<Vec<String>> {
        Some(self.repos.get(repo)?.tags.keys().cloned().collect())
    }

    pub fn blob(&self, digest: &str) -> Option<Arc<Vec<u8>>> {
        self.blobs.get(digest).cloned()
    }

    /// Stores a blob (the digest was checked by the caller) and creates the repository.
    pub fn put_blob(&mut self, repo: &str, digest: String, bytes: Vec<u8>) {
        self.repos.entry(repo.to_string()).or_default();
        self.blobs.entry(digest).or_insert_with(|| Arc::new(bytes));
    }

    /// Removes a blob; false when it is not known.
    pub fn delete_blob(&mut self, digest: &str) -> bool {
        self.blobs.remove(digest).is_some()
    }

    /// Opens an upload session in `repo` and returns its id.
    pub fn start_upload(&mut self, repo: &str) -> String {
        self.repos.entry(repo.to_string()).or_default();
        self.next_upload += 1;
        let id = format!(
            "{:08x}-0000-4000-8000-{:012x}",
            self.next_upload, self.next_upload
        );
        self.uploads.insert(
            id.clone(),
            Upload {
                repo: repo.to_string(),
                bytes: Vec::new(),
            },
        );
        id
    }

    pub fn upload_mut(&mut self, repo: &str, id: &str) -> Option<&mut Upload> {
        self.uploads.get_mut(id).filter(|u| u.repo == repo)
    }

    pub fn take_upload(&mut self, repo: &str, id: &str) -> Option<Upload> {
        self.upload_mut(repo, id)?;
        self.uploads.remove(id)
    }

    /// The manifest `reference` (a tag or a digest) of `repo`.
    pub fn manifest(&self, repo: &str, reference: &str) -> Option<Manifest> {
        let r = self.repos.get(repo)?;
        let digest = if is_digest(reference) {
            reference
        } else {
            r.tags.get(reference)?
        };
        r.manifests.iter().find(|m| m.digest == digest).cloned()
    }

    /// Stores a manifest under `reference` after zot's checks; returns its digest and the
    /// digest of its subject, if it has one.
    pub fn put_manifest(
        &mut self,
        repo: &str,
        reference: &str,
        media_type: &str,
        bytes: Vec<u8>,
    ) -> Result<(String, Option<String>), PutError> {
        let value: serde_json::Value =
            serde_json::from_slice(&bytes).map_err(|_| PutError::Invalid)?;
        if value.get("schemaVersion").and_then(|v| v.as_i64()) != Some(2)
            || value
                .get("mediaType")
                .and_then(|v| v.as_str())
                .is_some_and(|m| m != media_type)
        {
            return Err(PutError::Invalid);
        }
        self.check_references(repo, media_type, &value)?;
        let digest = sha256(&bytes);
        if is_digest(reference) && reference != digest {
            return Err(PutError::Invalid);
        }
        let subject = value
            .pointer("/subject/digest")
            .and_then(|d| d.as_str())
            .map(str::to_string);
        let r = self.repos.entry(repo.to_string()).or_default();
        if !r.manifests.iter().any(|m| m.digest == digest) {
            r.manifests.push(Manifest {
                digest: digest.clone(),
                media_type: media_type.to_string(),
                bytes: Arc::new(bytes),
            });
        }
        if !is_digest(reference) {
            r.tags.insert(reference.to_string(), digest.clone());
        }
        Ok((digest, subject))
    }

    /// zot validates that an image manifest's blobs (for the image-config and empty config
    /// types) and an index's manifests are present.
    fn check_references(
        &self,
        repo: &str,
        media_type: &str,
        value: &serde_json::Value,
    ) -> Result<(), PutError> {
        let digest_of = |d: &serde_json::Value| {
            d.get("digest")
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_string()
        };
        if media_type == OCI_MANIFEST {
            let config = value.get("config").ok_or(PutError::Invalid)?;
            let config_type = config.get("mediaType").and_then(|v| v.as_str());
            if matches!(config_type, Some(OCI_IMAGE_CONFIG | OCI_EMPTY)) {
                let layers = value.get("layers").and_then(|l| l.as_array());
                for d in std::iter::once(config).chain(layers.into_iter().flatten()) {
                    let digest = digest_of(d);
                    if !self.blobs.contains_key(&digest) {
                        return Err(PutError::BlobUnknown(digest));
                    }
                }
            }
        } else if media_type == OCI_INDEX {
            let children = value.get("manifests").and_then(|m| m.as_array());
            for d in children.into_iter().flatten() {
                let digest = digest_of(d);
                if self.manifest(repo, &digest).is_none() {
                    return Err(PutError::ManifestUnknown);
                }
            }
        }
        Ok(())
    }

    /// Deletes a tag, or a manifest and every tag of it; false when there is no such thing.
    pub fn delete_manifest(&mut self, repo: &str, reference: &str) -> bool {
        let Some(r) = self.repos.get_mut(repo) else {
            return false;
        };
        if !is_digest(reference) {
            return r.tags.remove(reference).is_some();
        }
        let before = r.manifests.len();
        r.manifests.retain(|m| m.digest != reference);
        r.tags.retain(|_, d| d != reference);
        r.manifests.len() != before
    }

    /// The manifests of `repo` whose subject is `subject`, in push order, as zot lists them
    /// (`None`: no such repository).
    pub fn referrers(&self, repo: &str, subject: &str) -> Option<Vec<Referrer>> {
        let r = self.repos.get(repo)?;
        Some(
            r.manifests
                .iter()
                .filter(|m| m.digest != subject)
                .filter_map(|m| Referrer::of(m, subject))
                .collect(),
        )
    }
}

/// One entry of a referrers listing.
pub struct Referrer {
    pub media_type: String,
    pub digest: String,
    pub size: usize,
    pub annotations: BTreeMap<String, String>,
    /// zot: the manifest's `artifactType`, else its config media type (image manifests);
    /// an index's `artifactType`.
    pub artifact_type: String,
}

impl Referrer {
    fn of(m: &Manifest, subject: &str) -> Option<Referrer> {
        if m.media_type != OCI_MANIFEST && m.media_type != OCI_INDEX {
            return None;
        }
        let v: serde_json::Value = serde_json::from_slice(&m.bytes).ok()?;
        if v.pointer("/subject/digest").and_then(|d| d.as_str()) != Some(subject) {
            return None;
        }
        let text = |p: &str| v.pointer(p).and_then(|s| s.as_str()).unwrap_or_default();
        let mut artifact_type = text("/artifactType").to_string();
        if artifact_type.is_empty() && m.media_type == OCI_MANIFEST {
            artifact_type = text("/config/mediaType").to_string();
        }
        let annotations = v
            .get("annotations")
            .and_then(|a| a.as_object())
            .map(|o| {
                o.iter()
                    .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string()))
                    .collect()
            })
            .unwrap_or_default();
        Some(Referrer {
            media_type: m.media_type.clone(),
            digest: m.digest.clone(),
            size: m.bytes.len(),
            annotations,
            artifact_type,
        })
    }
}

/// Sorted names after `last` (exclusive), at most `n`: a catalog page and whether more follow.
pub fn page_after(names: &[String], last: Option<&str>, n: Option<usize>) -> (Vec<String>, bool) {
    let rest: Vec<String> = names
        .iter()
        .filter(|r| last.is_none_or(|l| r.as_str() > l))
        .cloned()
        .collect();
    match n {
        Some(n) if n < rest.len() => (rest[..n].to_vec(), true),
        _ => (rest, false),
    }
}
