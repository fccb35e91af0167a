//! Directory → tar+gzip, as oras-go v2.6.0 `tarDirectory`: a lexical pre-order walk that
//! includes the root, entry names `<title>/<rel>` with `/` separators (directories without a
//! trailing slash), uid/gid 0, no user/group names, the file's permission bits, mtime rounded
//! to the second, symlinks kept as symlinks, hard links stored as regular files, fifos/devices
//! as header-only entries and sockets refused. The tar stream and the gzip stream are both
//! hashed (with the content layer's [`Hasher`]) in the same pass while being written to an
//! `oras_file_*` temp file.

use std::fs::{self, File};
use std::io::{self, BufWriter, Read, Seek, Write};
use std::path::{Path, PathBuf};
#[cfg(not(unix))]
use std::time::SystemTime;

use super::error::{PackError, io_err};
use super::pgzip::ParallelGz;
use super::tar_header::{
    BUF_SIZE, GoTarWriter, TYPE_BLOCK, TYPE_CHAR, TYPE_DIR, TYPE_FIFO, TYPE_REG, TYPE_SYMLINK,
    TarHeader,
};
use crate::content::digest::Hasher;
use crate::go::path::clean_bytes as clean;
use crate::targets::file::path_guard::{join_name, path_bytes};

/// gzip level used in every mode (Go's `gzip.DefaultCompression` is level 6 too).
const GZIP_LEVEL: u32 = 6;

/// How [`pack_dir`] builds the archive.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PackOptions {
    /// Make the output depend only on names, contents, file kinds, executable bits and
    /// (clamped) mtimes: mtimes are clamped to `mtime_clamp` when newer, or zeroed (like
    /// oras-go's `TarReproducible`) when no clamp is given, and permission bits are
    /// normalised ([`reproducible_mode`]: directories 0755, symlinks 0777, files 0755 when
    /// any execute bit is set else 0644) so that umask differences do not change the bytes.
    /// The walk order (byte-wise sorted names), uid/gid 0, empty user/group names, gzip
    /// header (mtime 0, no name, OS 255) and gzip level 6 are fixed in every mode.
    pub reproducible: bool,
    /// `SOURCE_DATE_EPOCH`: upper bound for mtimes in reproducible mode.
    pub mtime_clamp: Option<u64>,
}

/// A packed directory: the gzip file plus the digests oras puts in the layer descriptor.
#[derive(Debug)]
pub struct PackedDir {
    /// An open handle on the gzip stream, rewound to offset 0.
    pub file: File,
    /// Path of the `oras_file_*` temp file; the file is deleted when this is dropped, so keep it
    /// alive until the upload is done.
    pub path: tempfile::TempPath,
    /// `sha256:<hex>` of the gzip stream (the layer digest).
    pub gz_digest: String,
    /// Size of the gzip stream in bytes (the layer size).
    pub gz_size: u64,
    /// `sha256:<hex>` of the uncompressed tar stream (`io.deis.oras.content.digest`).
    pub tar_digest: String,
}

/// A writer that hashes (sha256) and counts what it passes on.
struct HashWriter<W> {
    inner: W,
    hasher: Hasher,
    count: u64,
}

impl<W: Write> HashWriter<W> {
    fn new(inner: W) -> Self {
        Self {
            inner,
            hasher: Hasher::sha256(),
            count: 0,
        }
    }
}

impl<W: Write> Write for HashWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.count += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Metadata needed for one tar header.
struct EntryMeta {
    typeflag: u8,
    mode: i64,
    size: u64,
    mtime: i64,
    devmajor: i64,
    devminor: i64,
}

fn entry_meta(path: &Path, meta: &fs::Metadata) -> Result<EntryMeta, PackError> {
    let ft = meta.file_type();
    let (mut devmajor, mut devminor) = (0, 0);
    let typeflag = if ft.is_file() {
        TYPE_REG
    } else if ft.is_dir() {
        TYPE_DIR
    } else if ft.is_symlink() {
        TYPE_SYMLINK
    } else {
        special_typeflag(path, meta, &mut devmajor, &mut devminor)?
    };
    let size = if typeflag == TYPE_REG { meta.len() } else { 0 };
    let (mode, mtime) = mode_and_mtime(meta);
    Ok(EntryMeta {
        typeflag,
        mode,
        size,
        mtime,
        devmajor,
        devminor,
    })
}

#[cfg(unix)]
fn special_typeflag(
    path: &Path,
    meta: &fs::Metadata,
    devmajor: &mut i64,
    devminor: &mut i64,
) -> Result<u8, PackError> {
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    let ft = meta.file_type();
    let (major, minor) = split_rdev(meta.rdev());
    if ft.is_char_device() || ft.is_block_device() {
        *devmajor = major;
        *devminor = minor;
        return Ok(if ft.is_char_device() {
            TYPE_CHAR
        } else {
            TYPE_BLOCK
        });
    }
    if ft.is_fifo() {
        return Ok(TYPE_FIFO);
    }
    let msg = if ft.is_socket() {
        "archive/tar: sockets not supported".to_string()
    } else {
        format!("archive/tar: unknown file mode {:o}", meta.mode())
    };
    Err(PackError::Io {
        path: path.to_path_buf(),
        source: io::Error::other(msg),
    })
}

#[cfg(not(unix))]
fn special_typeflag(
    path: &Path,
    _meta: &fs::Metadata,
    _devmajor: &mut i64,
    _devminor: &mut i64,
) -> Result<u8, PackError> {
    Err(PackError::Io {
        path: path.to_path_buf(),
        source: io::Error::other("archive/tar: unknown file mode"),
    })
}

#[cfg(all(unix, any(target_os = "linux", target_os = "android")))]
fn split_rdev(dev: u64) -> (i64, i64) {
    let major = ((dev >> 8) & 0xfff) | ((dev >> 32) & !0xfff);
    let minor = (dev & 0xff) | ((dev >> 12) & !0xff);
    (major as i64, minor as i64)
}

#[cfg(all(unix, not(any(target_os = "linux", target_os = "android"))))]
fn split_rdev(dev: u64) -> (i64, i64) {
    (((dev >> 24) & 0xff) as i64, (dev & 0xff_ffff) as i64)
}

/// Permission bits (+ setuid/setgid/sticky, like Go's `FileInfoHeader`) and the mtime rounded to
/// the nearest second (Go's `Writer.WriteHeader` does `ModTime.Round(time.Second)`).
#[cfg(unix)]
fn mode_and_mtime(meta: &fs::Metadata) -> (i64, i64) {
    use std::os::unix::fs::MetadataExt;
    let mode = (meta.mode() & 0o7777) as i64;
    let mut secs = meta.mtime();
    if meta.mtime_nsec() >= 500_000_000 {
        secs += 1;
    }
    (mode, secs)
}

#[cfg(not(unix))]
fn mode_and_mtime(meta: &fs::Metadata) -> (i64, i64) {
    let mode = if meta.is_dir() {
        0o777
    } else if meta.permissions().readonly() {
        0o444
    } else {
        0o666
    };
    let mtime = match meta.modified() {
        Ok(t) => match t.duration_since(SystemTime::UNIX_EPOCH) {
            Ok(d) => d.as_secs() as i64 + i64::from(d.subsec_nanos() >= 500_000_000),
            Err(e) => {
                let d = e.duration();
                -(d.as_secs() as i64) - i64::from(d.subsec_nanos() > 500_000_000)
            }
        },
        Err(_) => 0,
    };
    (mode, mtime)
}

/// Pack `dir` as tar+gzip into a new `oras_file_*` temp file in the system temp directory
/// (`$TMPDIR`), hashing the tar stream and the gzip stream in the same pass.
///
/// Layout (oras-go `tarDirectory`): the walk is Go's `filepath.Walk` — `lstat` based, pre-order,
/// children in byte-wise name order, root included. Entry names are `Clean(title + "/" + rel)`
/// (`title` itself for the root; an empty title behaves like `.`), without a trailing slash on
/// directories. As with `filepath.Walk`, a `dir` that is itself a symlink is stored as a single
/// symlink entry and not descended into.
pub fn pack_dir(dir: &Path, title: &str, options: &PackOptions) -> Result<PackedDir, PackError> {
    let tmp_dir = std::env::temp_dir();
    let mut tmp = tempfile::Builder::new()
        .prefix("oras_file_")
        .tempfile_in(&tmp_dir)
        .map_err(io_err(&tmp_dir))?;
    let tmp_path = tmp.path().to_path_buf();

    let (gz_digest, gz_size, tar_digest) = {
        let file_w = BufWriter::with_capacity(BUF_SIZE, tmp.as_file());
        let gz_hash = HashWriter::new(file_w);
        let encoder = ParallelGz::new(gz_hash, GZIP_LEVEL).map_err(io_err(&tmp_path))?;
        let tar_hash = HashWriter::new(encoder);
        let mut tw = GoTarWriter::new(tar_hash);

        write_tree(&mut tw, dir, title, options, &tmp_path)?;

        let tar_hash = tw.finish().map_err(io_err(&tmp_path))?;
        let tar_digest = tar_hash.hasher.finish().to_string();
        let gz_hash = tar_hash.inner.finish().map_err(io_err(&tmp_path))?;
        let HashWriter {
            inner: mut file_w,
            hasher,
            count,
        } = gz_hash;
        file_w.flush().map_err(io_err(&tmp_path))?;
        (hasher.finish().to_string(), count, tar_digest)
    };
    tmp.as_file_mut().rewind().map_err(io_err(&tmp_path))?;
    let (file, path) = tmp.into_parts();
    Ok(PackedDir {
        file,
        path,
        gz_digest,
        gz_size,
        tar_digest,
    })
}

/// The permission bits of an entry in reproducible mode: only the kind and whether any
/// execute bit is set survive (setuid/setgid/sticky and group/other bits are dropped).
pub fn reproducible_mode(typeflag: u8, mode: i64) -> i64 {
    match typeflag {
        TYPE_DIR => 0o755,
        TYPE_SYMLINK => 0o777,
        _ if mode & 0o111 != 0 => 0o755,
        _ => 0o644,
    }
}

fn write_tree<W: Write>(
    tw: &mut GoTarWriter<W>,
    dir: &Path,
    title: &str,
    options: &PackOptions,
    out_path: &Path,
) -> Result<(), PackError> {
    let base_name = if title.is_empty() {
        b".".to_vec()
    } else {
        clean(title.as_bytes())
    };
    let mut buf = vec![0u8; BUF_SIZE];
    // Explicit stack (deep trees cannot overflow the thread stack); children are pushed in
    // reverse order so they pop in lexical order.
    let mut stack: Vec<(PathBuf, Vec<u8>)> = vec![(dir.to_path_buf(), base_name)];
    while let Some((path, name)) = stack.pop() {
        let meta = fs::symlink_metadata(&path).map_err(io_err(&path))?;
        let mut em = entry_meta(&path, &meta)?;
        if options.reproducible {
            em.mtime = match options.mtime_clamp {
                Some(clamp) => em.mtime.min(i64::try_from(clamp).unwrap_or(i64::MAX)),
                None => 0,
            };
            em.mode = reproducible_mode(em.typeflag, em.mode);
        }
        let link = if em.typeflag == TYPE_SYMLINK {
            let target = fs::read_link(&path).map_err(io_err(&path))?;
            path_bytes(target.as_os_str()).into_owned()
        } else {
            Vec::new()
        };
        let header = TarHeader {
            name: &name,
            linkname: &link,
            typeflag: em.typeflag,
            mode: em.mode,
            size: em.size,
            mtime: em.mtime,
            devmajor: em.devmajor,
            devminor: em.devminor,
        };
        tw.write_header(&header).map_err(io_err(out_path))?;

        match em.typeflag {
            TYPE_REG => copy_file_into(tw, &path, em.size, &mut buf, out_path)?,
            TYPE_DIR => {
                let mut children: Vec<std::ffi::OsString> = fs::read_dir(&path)
                    .map_err(io_err(&path))?
                    .map(|e| e.map(|e| e.file_name()))
                    .collect::<Result<_, _>>()
                    .map_err(io_err(&path))?;
                children.sort_by(|a, b| path_bytes(a).cmp(&path_bytes(b)));
                for child in children.into_iter().rev() {
                    let child_name = join_name(&name, &path_bytes(&child));
                    stack.push((path.join(&child), child_name));
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// Copy exactly `size` bytes of the file at `path` (Go fails with `write too long` when the file
/// grew and `missed writing N bytes` when it shrank since it was stat'ed).
fn copy_file_into<W: Write>(
    tw: &mut GoTarWriter<W>,
    path: &Path,
    size: u64,
    buf: &mut [u8],
    out_path: &Path,
) -> Result<(), PackError> {
    let mut f = File::open(path).map_err(io_err(path))?;
    let mut remaining = size;
    loop {
        let n = match f.read(buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(io_err(path)(e)),
        };
        if n as u64 > remaining {
            return Err(PackError::Io {
                path: path.to_path_buf(),
                source: io::Error::other("archive/tar: write too long"),
            });
        }
        tw.write_data(&buf[..n]).map_err(io_err(out_path))?;
        remaining -= n as u64;
    }
    if remaining > 0 {
        return Err(PackError::Io {
            path: path.to_path_buf(),
            source: io::Error::other(format!("archive/tar: missed writing {remaining} bytes")),
        });
    }
    tw.pad(size).map_err(io_err(out_path))
}
