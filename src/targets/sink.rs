//! Writing a blob into a local file on two cores: the async side receives and checks the
//! size, a blocking thread hashes and writes (instead of hashing on the receiving thread and
//! paying one thread hand-off per write as `tokio::fs::File` does). The digest is checked
//! at the end with the same error texts as `VerifyReader`. Memory stays bounded by the
//! channel (a few chunks of 256 KiB).

use crate::content::Descriptor;
use crate::content::digest::Hasher;
use crate::error::{Error, Result};
use std::io::Write;
use tokio::io::{AsyncRead, AsyncReadExt};

const CHUNK: usize = 256 * 1024;
const IN_FLIGHT: usize = 4;

/// Append the content of `expected` from `reader` to `file`, which already holds `have`
/// bytes whose hash state is `hasher`; verify size and digest. Returns the bytes written.
pub async fn write_verified<R: AsyncRead + Unpin>(
    reader: &mut R,
    file: std::fs::File,
    expected: &Descriptor,
    hasher: Hasher,
    have: u64,
) -> Result<u64> {
    let size = expected.size.max(0) as u64;
    let chunk = (size.saturating_sub(have) as usize).clamp(8 * 1024, CHUNK);
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Vec<u8>>(IN_FLIGHT);
    let writer = tokio::task::spawn_blocking(move || -> std::io::Result<Hasher> {
        let mut file = file;
        let mut hasher = hasher;
        while let Some(buf) = rx.blocking_recv() {
            hasher.update(&buf);
            file.write_all(&buf)?;
        }
        file.flush()?;
        Ok(hasher)
    });
    let mut total = have;
    let received: Result<()> = async {
        loop {
            // filled without zeroing first (read_buf writes into spare capacity)
            let mut buf = Vec::with_capacity(chunk);
            let mut at_end = false;
            while buf.len() < chunk {
                let n = reader.read_buf(&mut buf).await.map_err(Error::from_io)?;
                if n == 0 {
                    at_end = true;
                    break;
                }
            }
            let filled = buf.len();
            total += filled as u64;
            if total > size {
                return Err(Error::Integrity("trailing data".into()));
            }
            if filled > 0 && tx.send(buf).await.is_err() {
                return Ok(()); // the writer stopped: its error is reported below
            }
            if at_end {
                return Ok(());
            }
        }
    }
    .await;
    drop(tx);
    let hasher = writer.await.map_err(|e| Error::msg(e.to_string()))?;
    received?;
    let hasher = hasher?;
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
