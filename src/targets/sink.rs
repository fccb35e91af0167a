//! Writing a blob into a local file, verified while it streams. Small blobs are read whole,
//! checked, and written on the receiving thread. Larger ones go through three stages of
//! about equal cost that two cores overlap: the async side receives into 1 MiB buffers and
//! checks the size, a blocking thread hashes each buffer, another writes it and hands it
//! back.
//! The buffers are recycled (a few, allocated once), so memory stays flat and the pages of
//! a buffer are faulted in once, not once per chunk. The digest is checked at the end with
//! the same error texts as `VerifyReader`.
//!
//! Every buffered `write` is at most 16 KiB (`direct::WRITE`): the kernel sizes the page-cache folios
//! of a buffered write after the write, and on Linux 6.x a write of 64 KiB or more asks for
//! high-order folios, whose allocation cost swings widely from run to run (in the benchmark
//! VM, 1 GiB written in 1 MiB writes took 0.2 s to 2.3 s of system time; in 16 KiB writes
//! 0.40-0.47 s every time, as with curl, which writes 16 KiB at a time).
//!
//! A large blob is written with `O_DIRECT` where the file system takes it (`direct.rs`):
//! whole 1 MiB buffers, aligned in memory and in the file, go from the recycled buffers
//! to the disk without page-cache pages to allocate and copy into, which is where the time
//! of a page-cache write swings (1 GiB: 0.6 s direct against 1.1-3.4 s buffered, curl
//! included, in the benchmark VM). The last, partial buffer, a resumed file at an
//! unaligned offset and file systems that refuse `O_DIRECT` (tmpfs, some FUSE) are written
//! buffered as before; a direct write the kernel refuses switches the rest to buffered.

use super::direct::{AlignedBuf, Direct, write_pieces};
use crate::content::Descriptor;
use crate::content::digest::Hasher;
use crate::error::{Error, Result};
use bytes::BufMut;
use tokio::io::{AsyncRead, AsyncReadExt};

/// Bytes per buffer (and per `write`).
const CHUNK: usize = 1 << 20;
/// Buffers per download: one being filled, one being written, two queued.
const POOL: usize = 4;
/// Blobs up to this size are received whole, then written.
const SMALL: u64 = 256 * 1024;

/// Append the content of `expected` from `reader` to `file`, which already holds `have`
/// bytes whose hash state is `hasher`; verify size and digest. Returns the bytes written.
pub async fn write_verified<R: AsyncRead + Unpin>(
    reader: &mut R,
    file: std::fs::File,
    expected: &Descriptor,
    hasher: Hasher,
    have: u64,
) -> Result<u64> {
    write_checked(reader, file, expected, hasher, have, None).await
}

/// [`write_verified`] into a file that other writers share (one region of an archive,
/// from the file's current position): page-cache writes only, since a direct write
/// beside another writer's buffered one would race with its pages, and in larger pieces
/// (`direct::SHARED_WRITE`), since every write takes the file's lock.
pub async fn write_verified_shared<R: AsyncRead + Unpin>(
    reader: &mut R,
    file: std::fs::File,
    expected: &Descriptor,
) -> Result<u64> {
    let piece = super::direct::SHARED_WRITE;
    write_checked(
        reader,
        file,
        expected,
        expected.digest.hasher(),
        0,
        Some(piece),
    )
    .await
}

async fn write_checked<R: AsyncRead + Unpin>(
    reader: &mut R,
    file: std::fs::File,
    expected: &Descriptor,
    hasher: Hasher,
    have: u64,
    shared: Option<usize>,
) -> Result<u64> {
    let size = expected.size.max(0) as u64;
    let (total, hasher) = if size.saturating_sub(have) <= SMALL {
        let piece = shared.unwrap_or(super::direct::WRITE);
        write_small(reader, file, size, hasher, have, piece).await?
    } else {
        write_large(reader, file, size, hasher, have, shared).await?
    };
    if total < size {
        return Err(Error::Integrity("unexpected EOF".into()));
    }
    let got = hasher.finish();
    if got != expected.digest {
        return Err(Error::Integrity(format!(
            "{}: mismatched digest: {got}",
            expected.digest
        )));
    }
    Ok(total - have)
}

/// Fill `buf` up to its capacity, hashing what arrives into `hasher` when given; true when
/// the stream ended first.
async fn fill<R: AsyncRead + Unpin>(
    reader: &mut R,
    buf: &mut Vec<u8>,
    hasher: Option<&mut Hasher>,
) -> Result<bool> {
    let limit = buf.capacity();
    fill_to(reader, buf, limit, hasher).await
}

/// Fill `buf` up to `limit` bytes (at most its capacity), hashing what arrives into
/// `hasher` when given; true when the stream ended first.
async fn fill_to<R: AsyncRead + Unpin>(
    reader: &mut R,
    buf: &mut Vec<u8>,
    limit: usize,
    mut hasher: Option<&mut Hasher>,
) -> Result<bool> {
    while buf.len() < limit {
        let before = buf.len();
        // filled without zeroing first (read_buf writes into spare capacity), never past
        // `limit`
        let n = {
            let mut room = (&mut *buf).limit(limit - before);
            reader.read_buf(&mut room).await.map_err(Error::from_io)?
        };
        if n == 0 {
            return Ok(true);
        }
        if let Some(h) = hasher.as_deref_mut() {
            h.update(&buf[before..]);
        }
    }
    Ok(false)
}

/// The whole rest in memory, hashed, then written (no thread hand-off).
async fn write_small<R: AsyncRead + Unpin>(
    reader: &mut R,
    mut file: std::fs::File,
    size: u64,
    mut hasher: Hasher,
    have: u64,
    piece: usize,
) -> Result<(u64, Hasher)> {
    // one byte of room beyond the declared size tells trailing data apart
    let mut buf = Vec::with_capacity((size - have) as usize + 1);
    fill(reader, &mut buf, Some(&mut hasher)).await?;
    let total = have + buf.len() as u64;
    if total > size {
        return Err(Error::Integrity("trailing data".into()));
    }
    if total == size {
        write_pieces(&mut file, &buf, piece)?;
    }
    Ok((total, hasher))
}

async fn write_large<R: AsyncRead + Unpin>(
    reader: &mut R,
    file: std::fs::File,
    size: u64,
    hasher: Hasher,
    have: u64,
    shared: Option<usize>,
) -> Result<(u64, Hasher)> {
    // receiving -> hashing thread -> writing thread -> the buffer back: three stages of
    // about equal cost, so two cores (and the registry sending) overlap them
    let (tx, mut rx) = tokio::sync::mpsc::channel::<AlignedBuf>(POOL);
    let (hashed_tx, hashed_rx) = std::sync::mpsc::channel::<AlignedBuf>();
    let (back_tx, mut back_rx) = tokio::sync::mpsc::unbounded_channel::<AlignedBuf>();
    let hashing = tokio::task::spawn_blocking(move || {
        let mut hasher = hasher;
        while let Some(buf) = rx.blocking_recv() {
            hasher.update(buf.data());
            if hashed_tx.send(buf).is_err() {
                break; // the writer stopped: its error is reported
            }
        }
        hasher
    });
    let writer = tokio::task::spawn_blocking(move || -> std::io::Result<()> {
        let mut out = match shared {
            None => Direct::new(file, have),
            Some(piece) => Direct::page_cache(file, piece),
        };
        while let Ok(mut buf) = hashed_rx.recv() {
            out.write(buf.data())?;
            buf.clear();
            // the receiver may be gone (it failed): the buffer is then just dropped
            let _ = back_tx.send(buf);
        }
        out.finish()
    });
    let mut total = have;
    let mut allocated = 0;
    let received: Result<()> = async {
        loop {
            let mut buf = match back_rx.try_recv() {
                Ok(b) => b,
                Err(_) if allocated < POOL => {
                    allocated += 1;
                    AlignedBuf::new(CHUNK)
                }
                Err(_) => match back_rx.recv().await {
                    Some(b) => b,
                    None => return Ok(()), // the writer stopped: its error is reported below
                },
            };
            let limit = buf.limit();
            let at_end = fill_to(reader, buf.vec_mut(), limit, None).await?;
            let got = buf.data().len();
            total += got as u64;
            if total > size {
                return Err(Error::Integrity("trailing data".into()));
            }
            if got > 0 && tx.send(buf).await.is_err() {
                return Ok(()); // the writer stopped: its error is reported below
            }
            if at_end {
                return Ok(());
            }
        }
    }
    .await;
    drop(tx);
    let hasher = hashing.await.map_err(|e| Error::msg(e.to_string()))?;
    let written = writer.await.map_err(|e| Error::msg(e.to_string()))?;
    received?;
    written?;
    Ok((total, hasher))
}
