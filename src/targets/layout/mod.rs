//! OCI image layouts: a read-write store over a directory (`oci-layout`, `index.json`,
//! `blobs/<alg>/<hex>`), and a read-only one over a directory or a layout tar.

pub mod archive;
mod blobs;
mod check;
mod delete;
pub mod referrers;
pub mod tarfs;

use super::{BlobReader, BoxFuture, ReadOnlyTarget, Target};
use crate::content::descriptor::ANNOTATION_REF_NAME;
use crate::content::manifest::Index;
use crate::content::{Descriptor, Digest};
use crate::error::{Error, Result};
use crate::go::json;
use crate::media_type;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use tokio::sync::Mutex;

const LAYOUT_FILE: &str = "oci-layout";
const LAYOUT_CONTENT: &[u8] = br#"{"imageLayoutVersion":"1.0.0"}"#;
const INDEX_FILE: &str = "index.json";

/// Where a layout's bytes live.
enum Source {
    Dir(PathBuf),
    Tar(tarfs::TarFs),
    /// A tar archive being written (`backup`); index.json and oci-layout go in at the end.
    Archive(std::sync::Arc<archive::ArchiveWriter>),
}

/// An OCI image layout.
pub struct LayoutStore {
    source: Source,
    /// reference (tag or digest string) → descriptor, as oras-go's tag resolver keeps them
    refs: Mutex<BTreeMap<String, Descriptor>>,
    writable: bool,
}

impl LayoutStore {
    /// Open (and create when missing) a writable layout directory.
    pub async fn open(root: &Path) -> Result<Self> {
        let root = root.to_path_buf();
        let r = root.clone();
        tokio::task::spawn_blocking(move || init_dir(&r))
            .await
            .map_err(|e| Error::msg(e.to_string()))??;
        let index = read_index(
            &std::fs::read(root.join(INDEX_FILE))?,
            &root.join(INDEX_FILE),
        )?;
        Ok(LayoutStore {
            source: Source::Dir(root),
            refs: Mutex::new(refs_of(index)),
            writable: true,
        })
    }

    /// A new layout written as a tar archive into `temp`, with a place kept for each blob of
    /// `plan` (see `archive.rs`); [`Self::complete_archive`] ends it.
    pub fn archive(temp: tempfile::NamedTempFile, plan: &[Descriptor]) -> Result<Self> {
        let writer = archive::ArchiveWriter::new(temp, plan, 0o777 & !current_umask())?;
        Ok(LayoutStore {
            source: Source::Archive(std::sync::Arc::new(writer)),
            refs: Mutex::new(BTreeMap::new()),
            writable: true,
        })
    }

    /// End an archive layout: index.json and oci-layout after the blobs, synced; the file
    /// is handed back for its caller to name.
    pub async fn complete_archive(&self) -> Result<tempfile::NamedTempFile> {
        let Source::Archive(writer) = &self.source else {
            return Err(Error::Unsupported("not an archive layout".into()));
        };
        let index = json::to_vec(&index_of(&*self.refs.lock().await));
        let writer = writer.clone();
        tokio::task::spawn_blocking(move || {
            let mode = 0o644 & !current_umask();
            writer.complete(&[
                archive::TrailingFile {
                    name: INDEX_FILE,
                    bytes: &index,
                    mode,
                },
                archive::TrailingFile {
                    name: LAYOUT_FILE,
                    bytes: LAYOUT_CONTENT,
                    mode,
                },
            ])
        })
        .await
        .map_err(|e| Error::msg(e.to_string()))?
    }

    /// Open an existing layout directory or layout tar for reading.
    pub async fn open_read_only(path: &Path) -> Result<Self> {
        let meta = std::fs::metadata(path).map_err(|e| {
            Error::msg(format!(
                "failed to find path {}: {}",
                crate::go::quote::quote(&path.display().to_string()),
                crate::go::error::path_error("stat", path.display(), &e)
            ))
        })?;
        if meta.is_dir() {
            let index_path = path.join(INDEX_FILE);
            let bytes = std::fs::read(&index_path)
                .map_err(|e| crate::error::Error::path("open", index_path.display(), &e))?;
            let index = read_index(&bytes, &index_path)?;
            return Ok(LayoutStore {
                source: Source::Dir(path.to_path_buf()),
                refs: Mutex::new(refs_of(index)),
                writable: false,
            });
        }
        let p = path.to_path_buf();
        let fs = tokio::task::spawn_blocking(move || tarfs::TarFs::open(&p))
            .await
            .map_err(|e| Error::msg(e.to_string()))??;
        // oras-go NewFromTar: the `oci-layout` file is validated before index.json is read
        if fs.read_small(LAYOUT_FILE).is_err() {
            return Err(Error::msg(
                "invalid OCI Image Layout: failed to open OCI layout file: open oci-layout: file does not exist",
            ));
        }
        let bytes = fs.read_small(INDEX_FILE)?;
        let index = read_index(&bytes, &path.join(INDEX_FILE))?;
        Ok(LayoutStore {
            source: Source::Tar(fs),
            refs: Mutex::new(refs_of(index)),
            writable: false,
        })
    }

    /// A directory without `index.json`, read as the empty layout oras-go's read-write
    /// store would start there; nothing is written.
    pub fn empty_read_only(path: &Path) -> Self {
        LayoutStore {
            source: Source::Dir(path.to_path_buf()),
            refs: Mutex::new(BTreeMap::new()),
            writable: false,
        }
    }

    fn root(&self) -> Result<&Path> {
        match &self.source {
            Source::Dir(p) if self.writable => Ok(p),
            _ => Err(Error::Unsupported("the OCI layout is read-only".into())),
        }
    }

    /// Tags in byte order.
    pub async fn tag_list(&self) -> Vec<String> {
        self.refs
            .lock()
            .await
            .keys()
            .filter(|k| Digest::parse(k).is_err())
            .cloned()
            .collect()
    }

    /// Every manifest listed in index.json (used to find referrers in a layout).
    pub async fn manifests(&self) -> Vec<Descriptor> {
        let refs = self.refs.lock().await;
        let mut seen = std::collections::BTreeSet::new();
        refs.values()
            .filter(|d| seen.insert(d.digest.clone()))
            .map(Descriptor::plain)
            .collect()
    }

    async fn save_index(&self, refs: &BTreeMap<String, Descriptor>) -> Result<()> {
        if let Source::Archive(_) = &self.source {
            return Ok(()); // written once, when the archive is completed
        }
        let root = self.root()?.to_path_buf();
        let bytes = json::to_vec(&index_of(refs));
        tokio::task::spawn_blocking(move || write_atomic(&root.join(INDEX_FILE), &bytes, 0o644))
            .await
            .map_err(|e| Error::msg(e.to_string()))?
    }
}

fn init_dir(root: &Path) -> Result<()> {
    std::fs::create_dir_all(root)?;
    let layout = root.join(LAYOUT_FILE);
    match std::fs::read(&layout) {
        Ok(b) => {
            #[derive(serde::Deserialize)]
            struct L {
                #[serde(rename = "imageLayoutVersion")]
                v: String,
            }
            let l: L = serde_json::from_slice(&b)
                .map_err(|e| Error::msg(format!("invalid OCI Image Layout: {e}")))?;
            if l.v != "1.0.0" {
                return Err(Error::msg(format!(
                    "unsupported OCI Image Layout version {:?}",
                    l.v
                )));
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            write_atomic(&layout, LAYOUT_CONTENT, 0o644)?;
        }
        Err(e) => return Err(e.into()),
    }
    let index = root.join(INDEX_FILE);
    if !index.exists() {
        write_atomic(&index, &json::to_vec(&Index::new(Vec::new())), 0o644)?;
    }
    std::fs::create_dir_all(root.join("blobs"))?;
    std::fs::create_dir_all(root.join("ingest"))?;
    Ok(())
}

/// Write a file through a temporary sibling, fsynced, and a rename, so readers never see
/// half of it.
pub fn write_atomic(path: &Path, bytes: &[u8], mode: u32) -> Result<()> {
    use std::io::Write;
    use std::os::unix::fs::PermissionsExt;
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".oras-tmp-")
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    let umask = current_umask();
    tmp.as_file()
        .set_permissions(std::fs::Permissions::from_mode(mode & !umask))?;
    tmp.persist(path).map_err(|e| Error::Io(e.error))?;
    Ok(())
}

/// The process umask (read without changing it for good).
pub fn current_umask() -> u32 {
    static UMASK: std::sync::OnceLock<u32> = std::sync::OnceLock::new();
    *UMASK.get_or_init(|| {
        // /proc/self/status carries "Umask:\t0022" on Linux
        std::fs::read_to_string("/proc/self/status")
            .ok()
            .and_then(|s| {
                s.lines()
                    .find_map(|l| l.strip_prefix("Umask:"))
                    .and_then(|v| u32::from_str_radix(v.trim(), 8).ok())
            })
            .unwrap_or(0o022)
    })
}

fn read_index(bytes: &[u8], path: &Path) -> Result<Index> {
    serde_json::from_slice(bytes)
        .map_err(|e| Error::msg(format!("failed to decode {}: {e}", path.display())))
}

fn refs_of(index: Index) -> BTreeMap<String, Descriptor> {
    let mut refs = BTreeMap::new();
    for mut desc in index.manifests {
        let tag = desc.annotation(ANNOTATION_REF_NAME).map(str::to_string);
        if let Some(tag) = tag {
            refs.insert(tag, desc.clone());
        }
        if let Some(a) = desc.annotations.as_mut() {
            a.remove(ANNOTATION_REF_NAME);
        }
        refs.entry(desc.digest.to_string()).or_insert(desc);
    }
    refs
}

/// index.json from the reference map: tagged entries (with their ref name), then untagged
/// manifests; sorted so the file is deterministic (oras-go writes map order).
fn index_of(refs: &BTreeMap<String, Descriptor>) -> Index {
    let mut manifests = Vec::new();
    let mut tagged = std::collections::BTreeSet::new();
    for (r, d) in refs {
        if Digest::parse(r).is_err() {
            let mut d = d.clone();
            d.annotations
                .get_or_insert_with(Default::default)
                .insert(ANNOTATION_REF_NAME.to_string(), r.clone());
            tagged.insert(d.digest.clone());
            manifests.push(d);
        }
    }
    for (r, d) in refs {
        if Digest::parse(r).is_ok() && !tagged.contains(&d.digest) {
            let mut d = d.clone();
            if let Some(a) = d.annotations.as_mut() {
                a.remove(ANNOTATION_REF_NAME);
            }
            manifests.push(d);
        }
    }
    Index::new(manifests)
}

impl ReadOnlyTarget for LayoutStore {
    fn fetch<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, BlobReader> {
        Box::pin(async move {
            match &self.source {
                Source::Dir(root) => blobs::open(root, &desc.digest).await,
                Source::Tar(fs) => fs.open_blob(&desc.digest),
                Source::Archive(a) => a.open(&desc.digest),
            }
        })
    }

    fn exists<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, bool> {
        Box::pin(async move {
            Ok(match &self.source {
                Source::Dir(root) => blobs::path(root, &desc.digest).exists(),
                Source::Tar(fs) => fs.has_blob(&desc.digest),
                Source::Archive(a) => a.size(&desc.digest).is_some(),
            })
        })
    }

    fn resolve<'a>(&'a self, reference: &'a str) -> BoxFuture<'a, Descriptor> {
        Box::pin(async move {
            let refs = self.refs.lock().await;
            match refs.get(reference) {
                Some(d) if Digest::parse(reference).is_ok() => Ok(d.plain()),
                Some(d) => {
                    let mut d = d.clone();
                    d.annotations
                        .get_or_insert_with(Default::default)
                        .insert(ANNOTATION_REF_NAME.to_string(), reference.to_string());
                    Ok(d)
                }
                None => {
                    // a digest of content that is present but not listed in index.json
                    if let Ok(dg) = Digest::parse(reference) {
                        drop(refs);
                        return self.resolve_unlisted(dg).await;
                    }
                    Err(crate::error::Error::layout_not_found())
                }
            }
        })
    }

    fn referrers<'a>(
        &'a self,
        subject: &'a Descriptor,
        artifact_type: Option<&'a str>,
    ) -> BoxFuture<'a, Vec<Descriptor>> {
        Box::pin(self.list_referrers(subject, artifact_type))
    }

    fn tags<'a>(&'a self, last: &'a str) -> BoxFuture<'a, Vec<String>> {
        Box::pin(async move {
            Ok(self
                .tag_list()
                .await
                .into_iter()
                .filter(|t| last.is_empty() || t.as_str() > last)
                .collect())
        })
    }
}

impl LayoutStore {
    async fn resolve_unlisted(&self, digest: Digest) -> Result<Descriptor> {
        // oras-go resolves a present blob to {application/octet-stream, digest, size}
        match self.blob_size(&digest).await {
            Some(size) => Ok(Descriptor::new(media_type::OCTET_STREAM, digest, size)),
            None => Err(crate::error::Error::layout_not_found()),
        }
    }
}

impl Target for LayoutStore {
    fn push<'a>(&'a self, expected: &'a Descriptor, content: BlobReader) -> BoxFuture<'a, ()> {
        Box::pin(async move {
            match &self.source {
                Source::Archive(a) if self.writable => a.write(expected, content).await?,
                _ => blobs::ingest(self.root()?, expected, content).await?,
            }
            if media_type::is_manifest(&expected.media_type) {
                let mut refs = self.refs.lock().await;
                refs.insert(expected.digest.to_string(), expected.clone());
                self.save_index(&refs).await?;
            }
            Ok(())
        })
    }

    fn tag<'a>(&'a self, desc: &'a Descriptor, reference: &'a str) -> BoxFuture<'a, ()> {
        Box::pin(async move {
            if !self.exists(desc).await? {
                return Err(Error::NotFound(desc.digest.to_string()));
            }
            let mut refs = self.refs.lock().await;
            let mut d = desc.clone();
            if let Some(a) = d.annotations.as_mut() {
                a.remove(ANNOTATION_REF_NAME);
            }
            refs.insert(reference.to_string(), d.clone());
            refs.entry(d.digest.to_string()).or_insert(d);
            self.save_index(&refs).await
        })
    }
}
