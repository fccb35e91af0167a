//! Unpacking a directory artifact: the destination is guarded, the archive is extracted into
//! a private `.oras_unpack_*` staging directory next to it (see [`super::extract`]), the
//! whole decompressed stream is checked against `io.deis.oras.content.digest` with the content
//! layer's [`Hasher`], and only then is the result moved into place.

use std::fs;
use std::io::{self, BufReader, Read};
use std::path::Path;

use flate2::read::MultiGzDecoder;

use super::error::{PackError, io_err};
use super::extract::{Extractor, apply_dir_meta, make_private_dir, set_mode_bits};
use crate::content::digest::{Digest, Hasher};
use crate::targets::file::path_guard;

/// A reader that feeds what it passes on to a hasher, when there is one.
struct HashReader<R> {
    inner: R,
    hasher: Option<Hasher>,
}

impl<R: Read> Read for HashReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Some(h) = self.hasher.as_mut() {
            h.update(&buf[..n]);
        }
        Ok(n)
    }
}

/// Best-effort removal that also copes with read-only directories.
fn force_remove(path: &Path) {
    let Ok(meta) = fs::symlink_metadata(path) else {
        return;
    };
    if !meta.is_dir() {
        let _ = fs::remove_file(path);
        return;
    }
    if fs::remove_dir_all(path).is_ok() {
        return;
    }
    let mut stack = vec![path.to_path_buf()];
    while let Some(d) = stack.pop() {
        set_mode_bits(&d, 0o700);
        if let Ok(rd) = fs::read_dir(&d) {
            for e in rd.flatten() {
                if e.file_type().is_ok_and(|t| t.is_dir()) {
                    stack.push(e.path());
                }
            }
        }
    }
    let _ = fs::remove_dir_all(path);
}

/// Gunzip + untar `reader` so that the archive's `<title>` lands at `<root>/<title>`.
///
/// * The destination is [`path_guard::resolve_write_path`]`(root, title, allow_traversal,
///   false)` (so `title` may only leave `root` with `allow_traversal`).
/// * Entry names must be `<title>` or below after cleaning, else `"<entry>" is outside of
///   "<title>"`; absolute and `..` names fail the same way. Nothing is written through a symlinked
///   component (`no symbolic link allowed between ...`). Symlink targets must be relative and stay
///   inside `<title>` lexically (Go's check) and physically once the tree is complete; hard-link
///   names are archive members under `<title>` that must be regular files extracted earlier.
/// * Regular files, directories, symlinks and hard links are extracted; other types are skipped.
///   File modes (permission bits only, umask applied like Go) and mtimes are restored; directory
///   modes and mtimes are applied after their contents.
/// * When `expected_tar_digest` parses as an OCI digest (`sha256`/`sha384`/`sha512`), the digest
///   of the whole decompressed stream must match (`content digest mismatch`); an unparsable value
///   skips the check, as in oras-go.
/// * Extraction happens in a private `.oras_unpack_*` directory created next to the destination;
///   only after full success is an existing `<root>/<title>` moved aside and replaced (and the old
///   tree deleted). On error the destination is untouched and the staging directory is removed.
///   If the destination is `root` itself or one of its ancestors (title `.`/`..`), the top-level
///   entries are moved in one by one instead, replacing same-named ones, and other content of the
///   output directory is kept.
pub fn unpack(
    reader: impl Read,
    root: &Path,
    title: &str,
    expected_tar_digest: Option<&str>,
    allow_traversal: bool,
) -> Result<(), PackError> {
    let dest = path_guard::resolve_write_path(root, title, allow_traversal, false)?;
    let root_abs = crate::go::path::clean_path(&if root.is_absolute() {
        root.to_path_buf()
    } else {
        std::env::current_dir().map_err(io_err(root))?.join(root)
    });
    let merge = root_abs.starts_with(&dest);
    let staging_parent = if merge {
        dest.clone()
    } else {
        dest.parent()
            .ok_or_else(|| PackError::Io {
                path: dest.clone(),
                source: io::Error::new(io::ErrorKind::InvalidInput, "invalid target directory"),
            })?
            .to_path_buf()
    };
    fs::create_dir_all(&staging_parent).map_err(io_err(&staging_parent))?;
    let tmp = tempfile::Builder::new()
        .prefix(".oras_unpack_")
        .tempdir_in(&staging_parent)
        .map_err(io_err(&staging_parent))?;
    let tmp_path = tmp.path().to_path_buf();
    let result = unpack_in(
        reader,
        tmp.path(),
        (title, &root_abs),
        expected_tar_digest,
        &dest,
        merge,
    );
    force_remove(&tmp_path);
    drop(tmp);
    result
}

fn unpack_in(
    reader: impl Read,
    tmp: &Path,
    (title, root_abs): (&str, &Path),
    expected_tar_digest: Option<&str>,
    dest: &Path,
    merge: bool,
) -> Result<(), PackError> {
    let staging = tmp.join("content");
    // Created with the default mode so the umask can be read back from it.
    fs::create_dir(&staging).map_err(io_err(&staging))?;
    let perm_mask = current_perm_mask(&staging);
    set_mode_bits(&staging, 0o700);

    let mut ex = Extractor::new(staging.clone(), title, root_abs, perm_mask);

    // Like oras-go, an expected digest that does not parse skips the check.
    let want = expected_tar_digest.and_then(|d| Digest::parse(d).ok());
    let gz = MultiGzDecoder::new(BufReader::with_capacity(1 << 16, reader));
    let mut hr = HashReader {
        inner: gz,
        hasher: want.as_ref().map(Digest::hasher),
    };
    {
        let mut archive = tar::Archive::new(&mut hr);
        let entries = archive.entries().map_err(PackError::Archive)?;
        for entry in entries {
            let mut entry = entry.map_err(PackError::Archive)?;
            ex.handle(&mut entry)?;
        }
    }
    // Hash (and gzip-check) whatever follows the end-of-archive marker too.
    io::copy(&mut hr, &mut io::sink()).map_err(PackError::Archive)?;
    let mismatch = match (hr.hasher.take(), want) {
        (Some(h), Some(want)) => h.finish() != want,
        _ => false,
    };
    if mismatch {
        return Err(PackError::DigestMismatch);
    }

    ex.check_symlinks()?;
    ex.finalize_dirs();
    let root_meta = ex.take_root_meta();

    if merge {
        let old = tmp.join("old");
        make_private_dir(&old)?;
        let children = fs::read_dir(&staging).map_err(io_err(&staging))?;
        for child in children {
            let child = child.map_err(io_err(&staging))?;
            let target = dest.join(child.file_name());
            if fs::symlink_metadata(&target).is_ok() {
                fs::rename(&target, old.join(child.file_name())).map_err(io_err(&target))?;
            }
            fs::rename(child.path(), &target).map_err(io_err(&target))?;
        }
        // Like Go's Chtimes on the target; the output directory's mode is left alone.
        apply_dir_meta(dest, &root_meta, perm_mask, false);
        return Ok(());
    }

    match fs::symlink_metadata(dest) {
        Ok(_) => {
            let old = tmp.join("old");
            fs::rename(dest, &old).map_err(io_err(dest))?;
            if let Err(e) = fs::rename(&staging, dest) {
                let _ = fs::rename(&old, dest);
                return Err(io_err(dest)(e));
            }
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            fs::rename(&staging, dest).map_err(io_err(dest))?;
        }
        Err(e) => return Err(io_err(dest)(e)),
    }
    apply_dir_meta(dest, &root_meta, perm_mask, true);
    Ok(())
}

#[cfg(unix)]
fn current_perm_mask(fresh_dir: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(fresh_dir)
        .map(|m| m.permissions().mode() & 0o777)
        .unwrap_or(0o755)
}

#[cfg(not(unix))]
fn current_perm_mask(_fresh_dir: &Path) -> u32 {
    0o777
}
