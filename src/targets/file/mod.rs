//! The file store: local files as content. Push reads named files (hashing each once, packing
//! directories as tar+gzip) and serves them by title; pull writes titled content under the
//! output directory, never outside it unless allowed, always through a verified temporary
//! file, and writes the other titles of a blob from the file already written (oras-go
//! `restoreDuplicates`).

pub mod dir_pack;
pub mod partial;
pub mod path_guard;

use super::{BlobReader, BoxFuture, ReadOnlyTarget, Target};
use crate::content::descriptor::{
    ANNOTATION_CONTENT_DIGEST, ANNOTATION_TITLE, ANNOTATION_UNPACK, Annotations,
};
use crate::content::digest::Hasher;
use crate::content::verify::VerifyReader;
use crate::content::{Descriptor, Digest};
use crate::error::{Error, Result};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Where the bytes of one added item are.
enum Source {
    File(PathBuf),
    /// A packed directory: the temp file is removed when the store is dropped.
    Packed(tempfile::TempPath),
}

impl Source {
    fn path(&self) -> &Path {
        match self {
            Source::File(p) => p,
            Source::Packed(t) => t,
        }
    }
}

/// Options of the pull side.
#[derive(Clone, Debug, Default)]
pub struct WriteOptions {
    pub allow_path_traversal: bool,
    pub keep_old_files: bool,
    /// Build directory tars reproducibly (sorted, clamped mtimes, fixed gzip header).
    pub reproducible: Option<dir_pack::PackOptions>,
}

/// Local files as a store.
pub struct FileStore {
    root: PathBuf,
    options: WriteOptions,
    sources: Mutex<HashMap<Digest, Source>>,
    /// Titles added (push) or written (pull).
    names: Mutex<HashSet<String>>,
    /// Pull side: what was written, in order: (path, descriptor).
    written: Mutex<Vec<(PathBuf, Descriptor)>>,
    /// Pull side: where to ask for the rest of a partially downloaded file.
    resume_source: Mutex<Option<std::sync::Arc<dyn ReadOnlyTarget>>>,
    /// Pull side: who is told about resumed downloads.
    notifier: Mutex<crate::notice::Notifier>,
    /// Partial files being written now (two titles of one digest in one folder).
    partials: Mutex<HashSet<PathBuf>>,
}

impl FileStore {
    /// A store rooted at `root` (the working directory on push, `-o` on pull).
    pub fn new(root: PathBuf, options: WriteOptions) -> Self {
        FileStore {
            root,
            options,
            sources: Mutex::new(HashMap::new()),
            names: Mutex::new(HashSet::new()),
            written: Mutex::new(Vec::new()),
            resume_source: Mutex::new(None),
            notifier: Mutex::default(),
            partials: Mutex::new(HashSet::new()),
        }
    }

    /// Download titled files through resumable `.oras-partial-<hex>` files, asking
    /// `source` for the rest of one left by an interrupted pull (see `partial`). A packed
    /// directory needed again under another title is read from `source` too. Each resume
    /// is told to `notifier`.
    pub fn resume_from(
        &self,
        source: std::sync::Arc<dyn ReadOnlyTarget>,
        notifier: crate::notice::Notifier,
    ) {
        *self.resume_source.lock().unwrap_or_else(|p| p.into_inner()) = Some(source);
        *self.notifier.lock().unwrap_or_else(|p| p.into_inner()) = notifier;
    }

    /// Add a file or directory under `name` (its title). Hashes the content in one read.
    pub async fn add(
        &self,
        name: &str,
        media_type: Option<&str>,
        path: &Path,
    ) -> Result<Descriptor> {
        {
            let mut names = self.names.lock().unwrap_or_else(|p| p.into_inner());
            if !names.insert(name.to_string()) {
                return Err(Error::msg(format!("{name}: duplicate name")));
            }
        }
        let full = self.absolute(path);
        let meta = stat(&full).await?;
        if meta.is_dir() {
            return self.add_dir(name, media_type, full).await;
        }
        let (digest, size) = hash_file_sized(&full, meta.len()).await?;
        let mut desc = Descriptor::new(
            media_type.unwrap_or(crate::media_type::IMAGE_LAYER),
            digest.clone(),
            size as i64,
        );
        desc.annotations = Some(Annotations::from([(
            ANNOTATION_TITLE.to_string(),
            name.to_string(),
        )]));
        self.sources
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(digest, Source::File(full));
        Ok(desc)
    }

    /// Add a file without a title (the `--config` blob of push).
    pub async fn add_untitled(&self, path: &Path, media_type: &str) -> Result<Descriptor> {
        let full = self.absolute(path);
        stat(&full).await?;
        let (digest, size) = hash_file(&full).await?;
        self.sources
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(digest.clone(), Source::File(full));
        Ok(Descriptor::new(media_type, digest, size as i64))
    }

    async fn add_dir(
        &self,
        name: &str,
        media_type: Option<&str>,
        dir: PathBuf,
    ) -> Result<Descriptor> {
        let title = name.to_string();
        let options = self.options.reproducible.unwrap_or_default();
        let packed =
            tokio::task::spawn_blocking(move || dir_pack::pack_dir(&dir, &title, &options))
                .await
                .map_err(|e| Error::msg(e.to_string()))?
                .map_err(|e| Error::msg(e.to_string()))?;
        let digest = Digest::parse(&packed.gz_digest).map_err(|e| Error::msg(e.to_string()))?;
        let mut desc = Descriptor::new(
            media_type.unwrap_or(crate::media_type::IMAGE_LAYER_GZIP),
            digest.clone(),
            packed.gz_size as i64,
        );
        desc.annotations = Some(Annotations::from([
            (
                ANNOTATION_CONTENT_DIGEST.to_string(),
                packed.tar_digest.clone(),
            ),
            (ANNOTATION_UNPACK.to_string(), "true".to_string()),
            (ANNOTATION_TITLE.to_string(), name.to_string()),
        ]));
        self.sources
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(digest, Source::Packed(packed.path));
        Ok(desc)
    }

    /// `path` under the store's root (oras-go `absPath`: joined and cleaned when relative).
    fn absolute(&self, path: &Path) -> PathBuf {
        if path.is_absolute() {
            path.to_path_buf()
        } else {
            crate::go::path::clean_path(&self.root.join(path))
        }
    }

    fn source_path(&self, digest: &Digest) -> Option<PathBuf> {
        self.sources
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(digest)
            .map(|s| s.path().to_path_buf())
    }

    async fn write_file(
        &self,
        desc: &Descriptor,
        title: &str,
        mut content: BlobReader,
    ) -> Result<()> {
        let target = self.write_path(title)?;
        if desc.annotation(ANNOTATION_UNPACK) == Some("true") {
            return self.unpack(desc, title, content, target).await;
        }
        let parent = target.parent().unwrap_or(&self.root).to_path_buf();
        std::fs::create_dir_all(&parent)?;
        let source = self
            .resume_source
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        let partial = partial::partial_path(&parent, desc);
        if let Some(source) = source
            && self
                .partials
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .insert(partial.clone())
        {
            let notifier = self
                .notifier
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .clone();
            let done =
                partial::download(desc, content, &partial, &target, &*source, &notifier).await;
            self.partials
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .remove(&partial);
            match done? {
                partial::Outcome::Done => {
                    self.record(target, desc);
                    return Ok(());
                }
                partial::Outcome::Busy(back) => content = back,
            }
        }
        let tmp = tempfile::Builder::new()
            .prefix(".oras-pull-")
            .tempfile_in(&parent)?;
        let (std_file, tmp_path) = tmp.into_parts();
        let mut reader = content;
        crate::targets::sink::write_verified(&mut reader, std_file, desc, desc.digest.hasher(), 0)
            .await?;
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = 0o666 & !crate::targets::layout::current_umask();
            std::fs::set_permissions(&tmp_path, std::fs::Permissions::from_mode(mode))?;
        }
        tmp_path.persist(&target).map_err(|e| Error::Io(e.error))?;
        self.record(target, desc);
        Ok(())
    }

    /// Where `title` is written (`failed to resolve path for writing: …` when refused).
    fn write_path(&self, title: &str) -> Result<PathBuf> {
        path_guard::resolve_write_path(
            &self.root,
            title,
            self.options.allow_path_traversal,
            self.options.keep_old_files,
        )
        .map_err(|e| {
            let msg = format!("failed to resolve path for writing: {e}");
            match e {
                path_guard::GuardError::PathTraversal => Error::PathTraversal(msg),
                _ => Error::msg(msg),
            }
        })
    }

    /// The file or directory written for `digest`, if any.
    fn written_for(&self, digest: &Digest) -> Option<(PathBuf, Descriptor)> {
        self.written
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .iter()
            .find(|(_, d)| d.digest == *digest)
            .cloned()
    }

    /// Pull side: after a manifest, write each of its titled children not written yet from
    /// the file of the same blob written under another title (the copy transfers a blob
    /// once). Children whose blob was not written are left alone.
    async fn restore_duplicates(&self, successors: &[Descriptor]) -> Result<()> {
        for s in successors {
            let Some(title) = s.title() else { continue };
            if !self
                .names
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .insert(title.to_string())
            {
                continue;
            }
            let Some((from, first)) = self.written_for(&s.digest) else {
                self.names
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .remove(title);
                continue;
            };
            self.restore(s, title, &from, &first).await.map_err(|e| {
                let msg = format!(
                    "failed to restore duplicated file: {}: {}: {e}",
                    crate::go::quote::quote(title),
                    s.media_type
                );
                if e.is_path_traversal() {
                    Error::PathTraversal(msg)
                } else {
                    Error::msg(msg)
                }
            })?;
        }
        Ok(())
    }

    /// Write `desc` (titled `title`) from what was written at `from` for `first`.
    async fn restore(
        &self,
        desc: &Descriptor,
        title: &str,
        from: &Path,
        first: &Descriptor,
    ) -> Result<()> {
        let target = self.write_path(title)?;
        if desc.annotation(ANNOTATION_UNPACK) == Some("true")
            || first.annotation(ANNOTATION_UNPACK) == Some("true")
        {
            // the packed stream was unpacked as it arrived: read it again
            let source = self
                .resume_source
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .clone()
                .ok_or_else(|| Error::NotFound(format!("{}: {}", desc.digest, desc.media_type)))?;
            let content = source.fetch(desc).await?;
            if desc.annotation(ANNOTATION_UNPACK) == Some("true") {
                return self.unpack(desc, title, content, target).await;
            }
            return self.write_file(desc, title, content).await;
        }
        let parent = target.parent().unwrap_or(&self.root).to_path_buf();
        let (from, dest) = (from.to_path_buf(), target.clone());
        tokio::task::spawn_blocking(move || -> std::io::Result<()> {
            use std::os::unix::fs::PermissionsExt;
            std::fs::create_dir_all(&parent)?;
            let tmp = tempfile::Builder::new()
                .prefix(".oras-pull-")
                .tempfile_in(&parent)?;
            let (mut out, tmp_path) = tmp.into_parts();
            std::io::copy(&mut std::fs::File::open(&from)?, &mut out)?;
            out.sync_all()?;
            let mode = 0o666 & !crate::targets::layout::current_umask();
            std::fs::set_permissions(&tmp_path, std::fs::Permissions::from_mode(mode))?;
            tmp_path.persist(&dest).map_err(|e| e.error)
        })
        .await
        .map_err(|e| Error::msg(e.to_string()))??;
        self.record(target, desc);
        Ok(())
    }

    async fn unpack(
        &self,
        desc: &Descriptor,
        title: &str,
        content: BlobReader,
        target: PathBuf,
    ) -> Result<()> {
        let reader = VerifyReader::new(content, desc);
        let bridge = tokio_util::io::SyncIoBridge::new(reader);
        let root = self.root.clone();
        let title_owned = title.to_string();
        let tar_digest = desc
            .annotation(ANNOTATION_CONTENT_DIGEST)
            .map(str::to_string);
        let allow = self.options.allow_path_traversal;
        tokio::task::spawn_blocking(move || {
            dir_pack::unpack(bridge, &root, &title_owned, tar_digest.as_deref(), allow)
        })
        .await
        .map_err(|e| Error::msg(e.to_string()))?
        .map_err(|e| match e {
            dir_pack::PackError::Guard(path_guard::GuardError::PathTraversal) => {
                Error::PathTraversal(format!("failed to resolve path for writing: {e}"))
            }
            e => Error::msg(format!(
                "failed to extract tar to {}: {e}",
                target.display()
            )),
        })?;
        let mut dir = target.into_os_string();
        dir.push(std::path::MAIN_SEPARATOR_STR);
        self.record(PathBuf::from(dir), desc);
        Ok(())
    }

    fn record(&self, path: PathBuf, desc: &Descriptor) {
        if let Some(title) = desc.title() {
            self.names
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .insert(title.to_string());
        }
        self.written
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push((path, desc.clone()));
    }
}

/// `os.Stat` of a file to add, failing with Go's `stat <path>: <reason>`.
async fn stat(path: &Path) -> Result<std::fs::Metadata> {
    tokio::fs::metadata(path)
        .await
        .map_err(|e| crate::error::Error::path("stat", path.display(), &e))
}

/// sha256 and size of a file, read once in large chunks on a blocking thread (one hand-off
/// per file instead of one per read).
pub async fn hash_file(path: &Path) -> Result<(Digest, u64)> {
    hash_file_sized(path, u64::MAX).await
}

/// [`hash_file`] of a file `stat` found `len` bytes long: one that small is hashed right
/// here (a read from the page cache costs less than the hand-off to a blocking thread).
async fn hash_file_sized(path: &Path, len: u64) -> Result<(Digest, u64)> {
    if len <= SMALL_FILE {
        return hash_file_sync(path);
    }
    let path = path.to_path_buf();
    tokio::task::spawn_blocking(move || hash_file_sync(&path))
        .await
        .map_err(|e| Error::msg(e.to_string()))?
}

fn hash_file_sync(path: &Path) -> Result<(Digest, u64)> {
    use std::io::Read;
    let mut f = std::fs::File::open(path)
        .map_err(|e| crate::error::Error::path("open", path.display(), &e))?;
    let mut hasher = Hasher::sha256();
    // no bigger than the file: zeroing a 1 MiB buffer per small file costs more than hashing it
    let len = f.metadata().map(|m| m.len()).unwrap_or(0);
    let mut buf = vec![0u8; (len + 1).clamp(4096, 1 << 20) as usize];
    let mut size = 0u64;
    loop {
        let n = f.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        size += n as u64;
    }
    Ok((hasher.finish(), size))
}

/// Files up to this size are hashed and read into memory on the async thread, in one go.
const SMALL_FILE: u64 = 256 * 1024;

impl ReadOnlyTarget for FileStore {
    /// Content by title, as oras-go's file store serves it: a title that was never added is
    /// not found, even when its blob was added under another title.
    fn fetch<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, BlobReader> {
        Box::pin(async move {
            if let Some(title) = desc.title()
                && !self
                    .names
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .contains(title)
            {
                return Err(Error::NotFound(format!("{title}: {}", desc.media_type)));
            }
            let path = self
                .source_path(&desc.digest)
                .ok_or_else(|| Error::NotFound(desc.digest.to_string()))?;
            if (desc.size as u64) <= SMALL_FILE {
                // read right here: cheaper than a hand-off to a blocking thread
                return Ok(super::bytes_reader(std::fs::read(path)?));
            }
            let f = tokio::fs::File::open(&path).await?;
            Ok(Box::pin(f) as BlobReader)
        })
    }

    fn exists<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, bool> {
        Box::pin(async move { Ok(self.source_path(&desc.digest).is_some()) })
    }

    fn resolve<'a>(&'a self, reference: &'a str) -> BoxFuture<'a, Descriptor> {
        Box::pin(async move { Err(Error::NotFound(reference.to_string())) })
    }
}

impl Target for FileStore {
    /// Pull side: titled content becomes a file (or an unpacked directory); the rest is
    /// drained and verified but not kept. A manifest's other titles of blobs already
    /// written are written from those files.
    fn push<'a>(&'a self, expected: &'a Descriptor, content: BlobReader) -> BoxFuture<'a, ()> {
        Box::pin(async move {
            match expected.title() {
                Some(title) => self.write_file(expected, title, content).await,
                None if crate::media_type::is_manifest(&expected.media_type) => {
                    let bytes = crate::content::verify::read_all(
                        content,
                        expected,
                        crate::content::manifest::MAX_MANIFEST_BYTES,
                    )
                    .await?;
                    let successors =
                        crate::content::manifest::successors(&expected.media_type, &bytes)?;
                    self.restore_duplicates(&successors.all()).await
                }
                None => {
                    let mut sink = tokio::io::sink();
                    let mut reader = VerifyReader::new(content, expected);
                    tokio::io::copy(&mut reader, &mut sink)
                        .await
                        .map_err(Error::from_io)?;
                    Ok(())
                }
            }
        })
    }

    fn tag<'a>(&'a self, _desc: &'a Descriptor, _reference: &'a str) -> BoxFuture<'a, ()> {
        Box::pin(async { Ok(()) })
    }
}
