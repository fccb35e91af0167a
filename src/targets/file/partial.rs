//! Resumable pulls: a titled file is downloaded into `.oras-partial-<hex>` next to its
//! final name and renamed into place only once its size and digest check out. An
//! interrupted pull (network failure, Ctrl-C) leaves that file behind; the next pull of
//! the same content into the same folder hashes what is there and asks the source for
//! the rest only. Content that fails verification is removed, so the next pull starts
//! from nothing. The partial file is locked (`flock`) while it is written, so a second
//! pull of the same content into the same folder (another process) downloads into a
//! private temporary file instead of writing over the first. A resume is told to the
//! notices of the pull before it starts.

use crate::content::Descriptor;
use crate::error::{Error, Result};
use crate::notice::{Notice, Notifier};
use crate::targets::{BlobReader, ReadOnlyTarget};
use std::io::{Read, Seek};
use std::path::{Path, PathBuf};

/// The partial file of `desc` in `dir`.
pub fn partial_path(dir: &Path, desc: &Descriptor) -> PathBuf {
    dir.join(format!(".oras-partial-{}", desc.digest.hex()))
}

/// What [`download`] did.
pub enum Outcome {
    /// The file is complete, verified and renamed onto its target.
    Done,
    /// Another process (or another title of the same content here) is writing this partial
    /// file: nothing was touched, and the untouched source stream is handed back so the
    /// caller can download into a private temporary file instead.
    Busy(BlobReader),
}

/// `flock(LOCK_EX | LOCK_NB)`: an exclusive advisory lock on the open file description,
/// released when the file is closed (also when the process dies). False when another
/// holder has it, or when the file system cannot lock.
fn try_lock(file: &std::fs::File) -> bool {
    use std::os::fd::AsRawFd;
    // SAFETY: flock only reads the descriptor number, which `file` keeps open.
    unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) == 0 }
}

/// Open `partial` and take its exclusive advisory lock without waiting. `None` when
/// another holder has it (or the file system cannot lock), or when the name no longer
/// names the file that was locked (its holder renamed it into place meanwhile).
fn lock_partial(partial: &Path) -> Result<Option<std::fs::File>> {
    use std::os::unix::fs::MetadataExt;
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(partial)?;
    if !try_lock(&file) {
        return Ok(None);
    }
    let locked = file.metadata()?;
    match std::fs::symlink_metadata(partial) {
        Ok(named) if named.dev() == locked.dev() && named.ino() == locked.ino() => Ok(Some(file)),
        _ => Ok(None),
    }
}

/// Hash the first `have` bytes of `f` into `hasher`, leaving `f` at offset `have` (where
/// the writes go on).
fn hash_prefix(
    mut f: std::fs::File,
    mut hasher: crate::content::digest::Hasher,
    have: u64,
) -> std::io::Result<(std::fs::File, crate::content::digest::Hasher)> {
    let mut buf = vec![0u8; 1 << 20];
    let mut left = have;
    while left > 0 {
        let n = f.read(&mut buf[..(left.min(1 << 20) as usize)])?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        left -= n as u64;
    }
    f.seek(std::io::SeekFrom::Start(have))?;
    Ok((f, hasher))
}

/// Download `desc` into `partial` and rename it onto `target` once verified, resuming from
/// what it already holds: `content` is the source's full stream (dropped unread when a
/// resume asks `source` for the rest). The partial file is held under an exclusive lock
/// from before it is read until after the rename, so two pulls of the same content into
/// the same folder never write it at once: the second gets [`Outcome::Busy`].
pub async fn download(
    desc: &Descriptor,
    content: BlobReader,
    partial: &Path,
    target: &Path,
    source: &dyn ReadOnlyTarget,
    notifier: &Notifier,
) -> Result<Outcome> {
    let Some(locked) = lock_partial(partial)? else {
        return Ok(Outcome::Busy(content));
    };
    let size = desc.size.max(0) as u64;
    let mut f = locked;
    let have = match f.metadata()?.len() {
        n if n > 0 && n < size => n,
        0 => 0,
        _ => {
            f.set_len(0)?;
            0
        }
    };
    // plain `std` calls: quick metadata syscalls, where a pull of many small files would
    // otherwise pay a blocking-pool hand-off for each
    let (reader, hasher) = if have > 0 {
        // reading back what is there can take a while: off the async workers
        let (file, hasher) = tokio::task::spawn_blocking({
            let hasher = desc.digest.hasher();
            move || hash_prefix(f, hasher, have)
        })
        .await
        .map_err(|e| Error::msg(e.to_string()))??;
        f = file;
        drop(content);
        notifier.send(Notice::Resuming {
            name: desc.display_name().to_string(),
            offset: have,
            size,
            partial: partial.to_path_buf(),
        });
        (source.fetch_from(desc, have).await?, hasher)
    } else {
        (content, desc.digest.hasher())
    };
    let lock_keeper = f.try_clone()?;
    let mut reader = reader;
    let copied = crate::targets::sink::write_verified(&mut reader, f, desc, hasher, have).await;
    match copied {
        Err(e @ Error::Integrity(_)) => {
            let _ = std::fs::remove_file(partial);
            return Err(e);
        }
        Err(e) => return Err(e),
        Ok(_) => {}
    }
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = 0o666 & !crate::targets::layout::current_umask();
        std::fs::set_permissions(partial, std::fs::Permissions::from_mode(mode))?;
    }
    // still locked: nobody can start over on the complete file before it has its name
    std::fs::rename(partial, target)?;
    drop(lock_keeper);
    Ok(Outcome::Done)
}
