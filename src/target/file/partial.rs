//! Resumable pulls: a titled file is downloaded into `.oras-partial-<hex>` next to its
//! final name and renamed into place only once its size and digest check out. An
//! interrupted pull (network failure, Ctrl-C) leaves that file behind; the next pull of
//! the same content into the same folder hashes what is there and asks the source for
//! the rest only. Content that fails verification is removed, so the next pull starts
//! from nothing.

use crate::content::Descriptor;
use crate::content::verify::VerifyReader;
use crate::error::{Error, Result};
use crate::target::{BlobReader, ReadOnlyTarget};
use std::path::{Path, PathBuf};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// The partial file of `desc` in `dir`.
pub fn partial_path(dir: &Path, desc: &Descriptor) -> PathBuf {
    dir.join(format!(".oras-partial-{}", desc.digest.hex()))
}

/// Download `desc` into `partial`, resuming from what it already holds: `content` is the
/// source's full stream (dropped unread when a resume asks `source` for the rest).
pub async fn download(
    desc: &Descriptor,
    content: BlobReader,
    partial: &Path,
    source: &dyn ReadOnlyTarget,
) -> Result<()> {
    let size = desc.size.max(0) as u64;
    let have = match tokio::fs::metadata(partial).await {
        Ok(m) if m.is_file() && m.len() > 0 && m.len() < size => m.len(),
        _ => 0,
    };
    let (reader, hasher) = if have > 0 {
        let mut hasher = desc.digest.hasher();
        let mut f = tokio::fs::File::open(partial).await?;
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
        crate::display::warn(&format!(
            "Resuming {} from byte {have} of {size} ({})",
            desc.display_name(),
            partial.display()
        ));
        (source.fetch_from(desc, have).await?, hasher)
    } else {
        (content, desc.digest.hasher())
    };
    let file = tokio::fs::OpenOptions::new()
        .create(true)
        .write(true)
        .append(have > 0)
        .truncate(have == 0)
        .open(partial)
        .await?;
    let mut file = tokio::io::BufWriter::with_capacity(256 * 1024, file);
    let mut verified = VerifyReader::resume(reader, desc, hasher, have);
    let copied = tokio::io::copy(&mut verified, &mut file).await;
    let flushed = file.flush().await;
    match copied.map_err(Error::from_io) {
        Err(e @ Error::Integrity(_)) => {
            drop(file);
            let _ = tokio::fs::remove_file(partial).await;
            Err(e)
        }
        Err(e) => Err(e),
        Ok(_) => Ok(flushed?),
    }
}
