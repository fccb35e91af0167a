//! Writing a large download to its file with `O_DIRECT` where the file system takes it,
//! buffered otherwise (see `sink.rs` for why): buffers aligned in memory ([`AlignedBuf`])
//! and a writer ([`Direct`]) that sends whole aligned buffers past the page cache and
//! everything else (the last partial buffer, an unaligned start, a file system or a write
//! that refuses `O_DIRECT`) through page-cache writes of [`WRITE`] bytes.

use std::fs::File;
use std::io::Write;
use std::os::fd::AsRawFd;

/// Alignment of direct writes, in memory and in the file (the largest logical block size
/// in common use).
pub const ALIGN: usize = 4096;
/// The most bytes one buffered `write` call is given (see `sink.rs`).
pub const WRITE: usize = 16 * 1024;
/// The same for a file that several writers fill at once (an archive): each `write` takes
/// the file's lock, and three writers in 16 KiB pieces spent more time on it than on the
/// bytes (backup of 20 × 8 MiB to a tar: 0.36–0.41 s of CPU, 0.25–0.30 s in 256 KiB
/// pieces, which showed none of the swings of the single-writer case).
pub const SHARED_WRITE: usize = 256 * 1024;

/// Write `buf` in pieces of `piece` bytes.
pub fn write_pieces(file: &mut impl Write, buf: &[u8], piece: usize) -> std::io::Result<()> {
    buf.chunks(piece).try_for_each(|p| file.write_all(p))
}

/// A buffer whose data starts at an [`ALIGN`]-aligned address: a `Vec` with room for the
/// padding in front of the data.
pub struct AlignedBuf {
    vec: Vec<u8>,
    pad: usize,
    cap: usize,
}

impl AlignedBuf {
    /// Room for `cap` bytes of data.
    pub fn new(cap: usize) -> Self {
        let mut vec = Vec::with_capacity(cap + ALIGN);
        let pad = (ALIGN - vec.as_ptr() as usize % ALIGN) % ALIGN;
        vec.resize(pad, 0);
        AlignedBuf { vec, pad, cap }
    }

    /// The vector to fill, up to [`AlignedBuf::limit`] bytes (the padding included).
    pub fn vec_mut(&mut self) -> &mut Vec<u8> {
        &mut self.vec
    }

    /// The length of the vector when the buffer is full.
    pub fn limit(&self) -> usize {
        self.pad + self.cap
    }

    /// The data.
    pub fn data(&self) -> &[u8] {
        &self.vec[self.pad..]
    }

    /// Empty again (the padding stays).
    pub fn clear(&mut self) {
        self.vec.truncate(self.pad);
    }
}

/// A file written directly where it can be.
pub struct Direct {
    file: File,
    direct: bool,
    /// Bytes per buffered write.
    piece: usize,
}

impl Direct {
    /// `file`, positioned after `have` bytes: direct writes when `have` is aligned and the
    /// file system accepts `O_DIRECT`.
    pub fn new(file: File, have: u64) -> Self {
        let direct = have % ALIGN as u64 == 0 && set_direct(&file, true).is_ok();
        Direct {
            file,
            direct,
            piece: WRITE,
        }
    }

    /// `file`, written through the page cache only, in writes of `piece` bytes.
    pub fn page_cache(file: File, piece: usize) -> Self {
        Direct {
            file,
            direct: false,
            piece,
        }
    }

    /// Whether writes currently bypass the page cache.
    pub fn is_direct(&self) -> bool {
        self.direct
    }

    /// Write all of `data`.
    pub fn write(&mut self, data: &[u8]) -> std::io::Result<()> {
        let mut rest = data;
        while !rest.is_empty() {
            if !self.direct || rest.len() % ALIGN != 0 || rest.as_ptr() as usize % ALIGN != 0 {
                self.buffered();
                return write_pieces(&mut self.file, rest, self.piece);
            }
            match self.file.write(rest) {
                Ok(0) => return Err(std::io::ErrorKind::WriteZero.into()),
                Ok(n) => rest = &rest[n..],
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                // the kernel refuses this direct write (an alignment the device wants
                // larger): the rest goes buffered
                Err(e) if e.raw_os_error() == Some(libc::EINVAL) => self.buffered(),
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// Buffered writes from now on.
    fn buffered(&mut self) {
        if self.direct {
            self.direct = false;
            let _ = set_direct(&self.file, false);
        }
    }

    /// Done writing.
    pub fn finish(mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}

/// Switch `O_DIRECT` on or off for `file`.
fn set_direct(file: &File, on: bool) -> std::io::Result<()> {
    let fd = file.as_raw_fd();
    // SAFETY: fcntl on a descriptor this File owns, with integer arguments only
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if flags < 0 {
        return Err(std::io::Error::last_os_error());
    }
    let flags = if on {
        flags | libc::O_DIRECT
    } else {
        flags & !libc::O_DIRECT
    };
    // SAFETY: as above
    if unsafe { libc::fcntl(fd, libc::F_SETFL, flags) } < 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buffers_are_aligned_and_reusable() {
        for cap in [ALIGN, 1 << 20] {
            let mut b = AlignedBuf::new(cap);
            assert_eq!(b.data().as_ptr() as usize % ALIGN, 0);
            assert!(b.data().is_empty());
            let limit = b.limit();
            b.vec_mut().resize(limit, 7);
            assert_eq!(b.data().len(), cap);
            assert!(b.vec_mut().capacity() >= limit);
            b.clear();
            assert!(b.data().is_empty());
            assert_eq!(b.data().as_ptr() as usize % ALIGN, 0);
        }
    }

    /// Whole aligned buffers, then a partial one, after an aligned or an unaligned start:
    /// the file holds exactly the bytes, whichever way each part went.
    #[test]
    fn direct_then_buffered_writes_keep_every_byte() {
        let dir = tempfile::tempdir().unwrap();
        for have in [0usize, 100] {
            let path = dir.path().join(format!("f{have}"));
            let mut file = File::create(&path).unwrap();
            let start: Vec<u8> = (0..have).map(|i| i as u8).collect();
            file.write_all(&start).unwrap();
            let mut out = Direct::new(file, have as u64);
            if have != 0 {
                assert!(!out.is_direct());
            }
            let mut want = start.clone();
            let mut buf = AlignedBuf::new(64 * 1024);
            for round in 0..3u8 {
                buf.clear();
                let n = if round == 2 { 5000 } else { 64 * 1024 };
                buf.vec_mut()
                    .extend((0..n).map(|i| (i as u8).wrapping_mul(31) ^ round));
                want.extend_from_slice(buf.data());
                out.write(buf.data()).unwrap();
            }
            out.finish().unwrap();
            assert_eq!(std::fs::read(&path).unwrap(), want);
        }
    }
}
