//! A backup on disk, an OCI layout as a directory or a tar archive: the output `oras
//! backup` writes and the input `oras restore` reads. A failed backup leaves nothing
//! behind: a tar is written under a temporary name next to its destination (blobs straight
//! into their planned places, `targets::layout::archive`) and renamed at the end; a
//! directory the backup created is removed.

use crate::content::Descriptor;
use crate::error::{Error, Result};
use crate::targets::layout::LayoutStore;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The output of one backup, from before the first byte to [`BackupOutput::finish`].
/// Dropped unfinished, it removes what it made.
pub struct BackupOutput {
    /// The output path as given.
    path: String,
    /// The archive being written, until its layout is opened (which then owns it).
    tar: Option<tempfile::NamedTempFile>,
    is_tar: bool,
    /// The outermost directory a directory backup creates, removed on failure.
    created: Option<PathBuf>,
}

impl BackupOutput {
    /// Whether the output is a tar archive: `filepath.Ext(path)` is `.tar`, in any case.
    pub fn is_tar_path(path: &str) -> bool {
        let base = path.rsplit('/').next().unwrap_or(path);
        base.rfind('.')
            .is_some_and(|i| base[i..].eq_ignore_ascii_case(".tar"))
    }

    /// Prepare `path`: for a tar (not an existing directory: the caller refuses that) the
    /// temporary archive next to it; for a directory, nothing yet but the outermost missing
    /// directory is remembered.
    pub fn prepare(path: &str) -> Result<BackupOutput> {
        if !Self::is_tar_path(path) {
            return Ok(BackupOutput {
                path: path.to_string(),
                tar: None,
                is_tar: false,
                created: first_missing(Path::new(path)),
            });
        }
        let out = Path::new(path);
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let name = out
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let file = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(".oras-tmp")
            .tempfile_in(parent)
            .map_err(|e| {
                Error::msg(format!(
                    "unable to create output file {path}: {}",
                    crate::go::error::path_error("open", out.display(), &e)
                ))
            })?;
        Ok(BackupOutput {
            path: path.to_string(),
            tar: Some(file),
            is_tar: true,
            created: None,
        })
    }

    pub fn is_tar(&self) -> bool {
        self.is_tar
    }

    /// The layout the backup writes: the directory (created when missing), or the archive,
    /// with a place kept for each blob of `plan`.
    pub async fn open_layout(&mut self, plan: &[Descriptor]) -> Result<LayoutStore> {
        match self.tar.take() {
            Some(file) => LayoutStore::archive(file, plan),
            None if self.is_tar => Err(Error::msg("the archive is open already")),
            None => LayoutStore::open(Path::new(&self.path)).await,
        }
    }

    /// Complete the backup written into `layout`: a directory loses its ingest area (only
    /// used while blobs arrive); an archive gets its index and layout file, is synced and
    /// renamed onto the output path, and its size returned.
    pub async fn finish(mut self, layout: &LayoutStore) -> Result<Option<i64>> {
        if !self.is_tar {
            let _ = std::fs::remove_dir_all(Path::new(&self.path).join("ingest"));
            self.created = None;
            return Ok(None);
        }
        let output = self.path.clone();
        let wrap = |e: Error| Error::msg(format!("failed to create tar archive at {output}: {e}"));
        let file = layout.complete_archive().await.map_err(wrap)?;
        let dest = PathBuf::from(&self.path);
        let size = tokio::task::spawn_blocking(move || -> Result<i64> {
            use std::os::unix::fs::PermissionsExt;
            let mode = match std::fs::metadata(&dest) {
                Ok(m) => m.permissions().mode() & 0o7777,
                Err(_) => 0o666 & !crate::targets::layout::current_umask(),
            };
            file.as_file()
                .set_permissions(std::fs::Permissions::from_mode(mode))?;
            let size = file.as_file().metadata()?.len() as i64;
            file.persist(&dest).map_err(|e| Error::Io(e.error))?;
            Ok(size)
        })
        .await
        .map_err(|e| wrap(Error::msg(e)))?
        .map_err(wrap)?;
        Ok(Some(size))
    }
}

impl Drop for BackupOutput {
    fn drop(&mut self) {
        if let Some(p) = self.created.take() {
            let _ = std::fs::remove_dir_all(p);
        }
    }
}

/// Open a backup for `oras restore`, read-only (a directory is never written to), and check
/// it is a layout; a tar archive's size comes along. oras opens a directory with oras-go's
/// read-write store, which creates a missing `oci-layout` and `index.json`: a directory
/// without them reads here as that empty layout (so oras's `no tags found` follows) without
/// writing into it.
pub async fn open_backup(input: &str) -> Result<(LayoutStore, Option<i64>)> {
    let path = Path::new(input);
    let is_dir = std::fs::metadata(path).is_ok_and(|m| m.is_dir());
    if is_dir {
        let wrap = |e: Error| {
            Error::msg(format!(
                "failed to prepare OCI store from directory {input:?}: {e}"
            ))
        };
        if !path.join("index.json").exists() {
            return Ok((LayoutStore::empty_read_only(path), None));
        }
        let store = LayoutStore::open_read_only(path).await.map_err(wrap)?;
        if path.join("oci-layout").exists() {
            store.check_layout_file().await.map_err(wrap)?;
        }
        return Ok((store, None));
    }
    if !looks_like_tar(path) {
        return Err(Error::msg(format!(
            "input path {input:?} is not a tar archive"
        )));
    }
    let wrap = |e: Error| {
        Error::msg(format!(
            "failed to prepare OCI store from tar archive {input:?}: {e}"
        ))
    };
    let store = LayoutStore::open_read_only(path).await.map_err(wrap)?;
    store.check_layout_file().await.map_err(wrap)?;
    let size = std::fs::metadata(path)
        .map_err(|e| wrap(Error::Io(e)))?
        .len() as i64;
    Ok((store, Some(size)))
}

/// A regular file is a layout tar when it is named `*.tar` or carries the `ustar` magic.
fn looks_like_tar(path: &Path) -> bool {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("tar"))
    {
        return true;
    }
    let mut head = [0u8; 262];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok()
        && &head[257..262] == b"ustar"
}

/// The outermost missing directory among `path` and its parents, if any.
fn first_missing(path: &Path) -> Option<PathBuf> {
    let mut missing = None;
    for p in path.ancestors() {
        if p.as_os_str().is_empty() || std::fs::symlink_metadata(p).is_ok() {
            break;
        }
        missing = Some(p.to_path_buf());
    }
    missing
}
