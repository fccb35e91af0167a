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
use std::path::{Path, PathBuf};
use tokio::io::{AsyncReadExt, AsyncSeekExt};

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
    let have = match locked.metadata()?.len() {
        n if n > 0 && n < size => n,
        _ => 0,
    };
    let mut f = tokio::fs::File::from_std(locked);
    let (reader, hasher) = if have > 0 {
        let mut hasher = desc.digest.hasher();
        let mut buf = vec![0u8; 1 << 20];
        let mut left = have;
        while left > 0 {
            let n = f.read(&mut buf[..(left.min(1 << 20) as usize)]).await?;
            if n == 0 {
                break;
            }
            hasher.update(&buf[..n]);
            left -= n as u64;
        }
        drop(content);
        notifier.send(Notice::Resuming {
            name: desc.display_name().to_string(),
            offset: have,
            size,
            partial: partial.to_path_buf(),
        });
        (source.fetch_from(desc, have).await?, hasher)
    } else {
        f.set_len(0).await?;
        (content, desc.digest.hasher())
    };
    // writes go on at `have`, where the reads above stopped
    f.seek(std::io::SeekFrom::Start(have)).await?;
    let lock_keeper = f.try_clone().await?;
    let std_file = f.into_std().await;
    let mut reader = reader;
    let copied =
        crate::targets::sink::write_verified(&mut reader, std_file, desc, hasher, have).await;
    match copied {
        Err(e @ Error::Integrity(_)) => {
            let _ = tokio::fs::remove_file(partial).await;
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
