//! The content-addressed blob area of a layout: `blobs/<alg>/<hex>`, written through
//! `ingest/` and renamed into place only after size and digest were verified.

use crate::content::{Descriptor, Digest};
use crate::error::{Error, Result};
use crate::targets::BlobReader;
use std::path::{Path, PathBuf};
use tokio::io::AsyncWriteExt;

/// Where a blob lives. The digest was validated, so the path cannot escape `blobs/`.
pub fn path(root: &Path, digest: &Digest) -> PathBuf {
    root.join("blobs")
        .join(digest.algorithm())
        .join(digest.hex())
}

/// Open a stored blob.
pub async fn open(root: &Path, digest: &Digest) -> Result<BlobReader> {
    match tokio::fs::File::open(path(root, digest)).await {
        Ok(f) => Ok(Box::pin(f)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Err(Error::NotFound(digest.to_string()))
        }
        Err(e) => Err(e.into()),
    }
}

/// Store verified content (fsynced before it gets its name); a blob
/// already present is left alone.
pub async fn ingest(root: &Path, expected: &Descriptor, content: BlobReader) -> Result<()> {
    let dest = path(root, &expected.digest);
    if dest.exists() {
        return Ok(());
    }
    let ingest_dir = root.join("ingest");
    tokio::fs::create_dir_all(&ingest_dir).await?;
    let tmp = tempfile::Builder::new()
        .prefix(&format!("{}_", expected.digest.hex()))
        .tempfile_in(&ingest_dir)?;
    let (std_file, tmp_path) = tmp.into_parts();
    let syncer = std_file.try_clone()?;
    let mut reader = content;
    let copied = crate::targets::sink::write_verified(
        &mut reader,
        std_file,
        expected,
        expected.digest.hasher(),
        0,
    )
    .await;
    copied?; // on error tmp_path is dropped: the partial file is removed
    tokio::task::spawn_blocking(move || syncer.sync_all())
        .await
        .map_err(|e| Error::msg(e.to_string()))??;
    if let Some(parent) = dest.parent() {
        tokio::fs::create_dir_all(parent).await?;
    }
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&tmp_path, std::fs::Permissions::from_mode(0o444))?;
    }
    tmp_path.persist(&dest).map_err(|e| Error::Io(e.error))?;
    Ok(())
}

/// Store content whose digest is not known yet (a pipe): stream it into `ingest/` while
/// hashing, then rename it into place. `what` names the input in errors; `expected_size`,
/// when given, must match exactly. Nothing is left behind on failure.
pub async fn ingest_unsized(
    root: &Path,
    content: BlobReader,
    what: &str,
    expected_size: Option<u64>,
) -> Result<(Digest, u64)> {
    let ingest_dir = root.join("ingest");
    tokio::fs::create_dir_all(&ingest_dir).await?;
    let tmp = tempfile::Builder::new()
        .prefix("stream_")
        .tempfile_in(&ingest_dir)?;
    let (std_file, tmp_path) = tmp.into_parts();
    let mut file =
        tokio::io::BufWriter::with_capacity(256 * 1024, tokio::fs::File::from_std(std_file));
    let (mut reader, tally) = crate::content::tally::TallyReader::new(content, what, expected_size);
    tokio::io::copy(&mut reader, &mut file)
        .await
        .map_err(Error::from_io)?;
    file.flush().await?;
    let file = file.into_inner();
    file.sync_all().await?;
    drop(file);
    let (digest, size) = tally
        .result()
        .ok_or_else(|| Error::msg(format!("{what} was not read to its end")))?;
    let dest = path(root, &digest);
    if dest.exists() {
        return Ok((digest, size)); // tmp_path dropped: removed
    }
    if let Some(parent) = dest.parent() {
        tokio::fs::create_dir_all(parent).await?;
    }
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&tmp_path, std::fs::Permissions::from_mode(0o444))?;
    }
    tmp_path.persist(&dest).map_err(|e| Error::Io(e.error))?;
    Ok((digest, size))
}

impl super::LayoutStore {
    /// [`ingest_unsized`] into this layout.
    pub async fn push_unsized(
        &self,
        content: BlobReader,
        what: &str,
        expected_size: Option<u64>,
    ) -> Result<(Digest, u64)> {
        ingest_unsized(self.root()?, content, what, expected_size).await
    }
}
