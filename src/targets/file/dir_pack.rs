//! Directory artifacts: packing a folder as tar+gzip for push, and safely unpacking one on pull.
//!
//! Packing follows oras-go v2.6.0 `content/file` (`descriptorFromDir` + `tarDirectory`): a
//! lexical pre-order walk that includes the root, entry names `<title>/<rel>` with `/`
//! separators (directories without a trailing slash), uid/gid 0, no user/group names, the
//! file's permission bits, mtime rounded to the second, symlinks kept as symlinks, hard links
//! stored as regular files, fifos/devices as header-only entries and sockets refused. The tar
//! stream is encoded the way Go's `archive/tar` does for headers with an unspecified format
//! (USTAR, falling back to PAX records only for what USTAR cannot hold). The tar stream and the
//! gzip stream are both hashed in the same pass while being written to an `oras_file_*` temp file.
//!
//! Unpacking (`extractTarGzip` in oras-go) is hardened: every entry must live under `<title>`,
//! nothing is written through a symlinked component, link targets must stay inside
//! `<root>/<title>` (checked lexically per entry and physically once everything is extracted),
//! and the archive is extracted into a private staging directory next to the destination that is
//! renamed into place only after the whole stream, its tar digest included, has been verified.
//!
//! Everything here is blocking `std::io`; async callers run it in `spawn_blocking`.

use std::collections::{BTreeMap, HashMap};
use std::fs::{self, File};
use std::io::{self, BufReader, BufWriter, Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use flate2::Compression;
use flate2::GzBuilder;
use flate2::read::MultiGzDecoder;
use sha2::digest::DynDigest;
use sha2::{Digest, Sha256, Sha384, Sha512};

use super::path_guard::{self, GuardError, bytes_to_path, clean, path_bytes, rel_under};

/// Copy buffer size (oras-go uses a 1 MiB pooled buffer as well).
const BUF_SIZE: usize = 1 << 20;
/// gzip level used in every mode (Go's `gzip.DefaultCompression` is level 6 too).
const GZIP_LEVEL: u32 = 6;
/// gzip header OS byte: 255 "unknown", as written by Go's `compress/gzip`.
const GZIP_OS_UNKNOWN: u8 = 255;

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

/// Errors from packing and unpacking. Texts follow oras-go where it has one; Go `%q` quoting is
/// reproduced. The CLI's wrapping (`failed to extract tar to <dir>: ...`) is left to the caller.
#[derive(Debug, thiserror::Error)]
pub enum PackError {
    /// A file-system operation failed on `path`.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    /// The gzip or tar stream is malformed or truncated (or reading it failed).
    #[error("{0}")]
    Archive(#[source] io::Error),
    /// An entry name, or a link target, is not `<title>` or below it.
    #[error("{} is outside of {}", go_quote(.entry), go_quote(.title))]
    OutsideOfTitle { entry: String, title: String },
    /// An entry would be written through an existing symlink.
    #[error("no symbolic link allowed between {} and {}", go_quote(.base), go_quote(.target))]
    SymlinkInPath { base: String, target: String },
    /// A symlink only escapes `<title>` once the other extracted symlinks are followed.
    #[error("symbolic link {} -> {} resolves outside of {}", go_quote(.entry), go_quote(.target), go_quote(.title))]
    SymlinkEscape {
        entry: String,
        target: String,
        title: String,
    },
    /// A hard link does not point at a regular file extracted earlier from the same archive.
    #[error("hard link {} -> {}: target is not a regular file extracted from the archive", go_quote(.entry), go_quote(.target))]
    BadHardLink { entry: String, target: String },
    /// An entry would replace a directory with a non-directory (or the title root with a
    /// non-directory).
    #[error("{}: cannot replace a directory with a non-directory entry", go_quote(.entry))]
    Conflict { entry: String },
    /// The uncompressed tar stream does not match `io.deis.oras.content.digest`.
    #[error("content digest mismatch")]
    DigestMismatch,
    /// The destination `<root>/<title>` is not allowed.
    #[error(transparent)]
    Guard(#[from] GuardError),
}

fn io_err(path: impl Into<PathBuf>) -> impl FnOnce(io::Error) -> PackError {
    let path = path.into();
    move |source| PackError::Io { path, source }
}

use crate::go::quote::quote as go_quote;

fn lossy(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

// ---------------------------------------------------------------------------------------------
// Hashing adapters
// ---------------------------------------------------------------------------------------------

struct HashWriter<W> {
    inner: W,
    hasher: Sha256,
    count: u64,
}

impl<W: Write> HashWriter<W> {
    fn new(inner: W) -> Self {
        Self {
            inner,
            hasher: Sha256::new(),
            count: 0,
        }
    }
}

impl<W: Write> Write for HashWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        Digest::update(&mut self.hasher, &buf[..n]);
        self.count += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

struct HashReader<R> {
    inner: R,
    hasher: Option<Box<dyn DynDigest>>,
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

fn sha256_string(h: Sha256) -> String {
    format!("sha256:{}", hex::encode(h.finalize()))
}

/// Parse an OCI digest the way go-digest's `Parse` validates it. `None` means "not a usable
/// digest", in which case oras-go silently skips verification.
fn parse_digest(s: &str) -> Option<(Box<dyn DynDigest>, Vec<u8>)> {
    let (alg, hex_part) = s.split_once(':')?;
    let (hasher, len): (Box<dyn DynDigest>, usize) = match alg {
        "sha256" => (Box::new(Sha256::new()), 64),
        "sha384" => (Box::new(Sha384::new()), 96),
        "sha512" => (Box::new(Sha512::new()), 128),
        _ => return None,
    };
    if hex_part.len() != len
        || !hex_part
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    {
        return None;
    }
    Some((hasher, hex::decode(hex_part).ok()?))
}

// ---------------------------------------------------------------------------------------------
// Go archive/tar compatible writer
// ---------------------------------------------------------------------------------------------

const BLOCK: usize = 512;
const NAME_SIZE: usize = 100;
const PREFIX_SIZE: usize = 155;
const MAX_SPECIAL_FILE_SIZE: usize = 1 << 20;

const TYPE_REG: u8 = b'0';
const TYPE_SYMLINK: u8 = b'2';
const TYPE_CHAR: u8 = b'3';
const TYPE_BLOCK: u8 = b'4';
const TYPE_DIR: u8 = b'5';
const TYPE_FIFO: u8 = b'6';
const TYPE_XHEADER: u8 = b'x';

/// Header fields as oras-go fills them in (uid/gid 0, empty names, no atime/ctime).
struct TarHeader<'a> {
    name: &'a [u8],
    linkname: &'a [u8],
    typeflag: u8,
    mode: i64,
    size: u64,
    mtime: i64,
    devmajor: i64,
    devminor: i64,
}

fn fits_in_octal(n: usize, x: i64) -> bool {
    let oct_bits = (n as u32 - 1) * 3;
    x >= 0 && (n >= 22 || x < (1i64 << oct_bits))
}

fn is_ascii(s: &[u8]) -> bool {
    s.iter().all(|&c| c != 0 && c < 0x80)
}

fn to_ascii(s: &[u8]) -> Vec<u8> {
    s.iter().copied().filter(|&c| c != 0 && c < 0x80).collect()
}

/// Go `formatter.formatString`.
fn format_string(b: &mut [u8], s: &[u8]) {
    let n = s.len().min(b.len());
    b[..n].copy_from_slice(&s[..n]);
    if s.len() < b.len() {
        b[s.len()] = 0;
    }
    if s.len() > b.len() && b[b.len() - 1] == b'/' {
        let mut end = b.len() - 1;
        while end > 0 && s[end - 1] == b'/' {
            end -= 1;
        }
        b[end] = 0;
    }
}

/// Go `formatter.formatOctal` (zero-padded, NUL-terminated; 0 when it does not fit).
fn format_octal(b: &mut [u8], x: i64) {
    let x = if fits_in_octal(b.len(), x) { x } else { 0 };
    let s = format!("{:0width$o}", x, width = b.len() - 1);
    format_string(b, s.as_bytes());
}

/// Go `splitUSTARPath`.
fn split_ustar_path(name: &[u8]) -> Option<(&[u8], &[u8])> {
    let mut length = name.len();
    if length <= NAME_SIZE || !is_ascii(name) {
        return None;
    } else if length > PREFIX_SIZE + 1 {
        length = PREFIX_SIZE + 1;
    } else if name[length - 1] == b'/' {
        length -= 1;
    }
    let i = name[..length].iter().rposition(|&c| c == b'/')?;
    let nlen = name.len() - i - 1;
    if i == 0 || nlen > NAME_SIZE || nlen == 0 || i > PREFIX_SIZE {
        return None;
    }
    Some((&name[..i], &name[i + 1..]))
}

/// Go `formatPAXRecord`.
fn format_pax_record(k: &str, v: &[u8]) -> Vec<u8> {
    let padding = 3;
    let mut size = k.len() + v.len() + padding;
    size += size.to_string().len();
    let build = |size: usize| {
        let mut r = size.to_string().into_bytes();
        r.push(b' ');
        r.extend_from_slice(k.as_bytes());
        r.push(b'=');
        r.extend_from_slice(v);
        r.push(b'\n');
        r
    };
    let rec = build(size);
    if rec.len() != size {
        return build(rec.len());
    }
    rec
}

/// Go `block.setFormat` for USTAR/PAX: magic, version and checksum (`%06o\0 `).
fn set_ustar_format(blk: &mut [u8; BLOCK]) {
    blk[257..263].copy_from_slice(b"ustar\0");
    blk[263..265].copy_from_slice(b"00");
    let sum: i64 = blk
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            if (148..156).contains(&i) {
                32
            } else {
                c as i64
            }
        })
        .sum();
    format_octal(&mut blk[148..155], sum);
    blk[155] = b' ';
}

/// Go `path.Split` + `path.Join(dir, "PaxHeaders.0", file)`.
fn pax_header_name(name: &[u8]) -> Vec<u8> {
    let (dir, file) = match name.iter().rposition(|&c| c == b'/') {
        Some(i) => (&name[..=i], &name[i + 1..]),
        None => (&name[..0], name),
    };
    let mut joined = Vec::with_capacity(name.len() + 14);
    joined.extend_from_slice(dir);
    if !joined.is_empty() && !joined.ends_with(b"/") {
        joined.push(b'/');
    }
    joined.extend_from_slice(b"PaxHeaders.0");
    if !file.is_empty() {
        joined.push(b'/');
        joined.extend_from_slice(file);
    }
    clean(&joined)
}

struct GoTarWriter<W: Write> {
    w: W,
}

impl<W: Write> GoTarWriter<W> {
    /// `templateV7Plus`: the fields shared by USTAR and PAX main headers.
    fn template(h: &TarHeader<'_>, name: &[u8], linkname: &[u8]) -> [u8; BLOCK] {
        let mut blk = [0u8; BLOCK];
        blk[156] = h.typeflag;
        format_string(&mut blk[0..100], name);
        format_string(&mut blk[157..257], linkname);
        format_octal(&mut blk[100..108], h.mode);
        format_octal(&mut blk[108..116], 0);
        format_octal(&mut blk[116..124], 0);
        format_octal(&mut blk[124..136], i64::try_from(h.size).unwrap_or(-1));
        format_octal(&mut blk[136..148], h.mtime);
        format_string(&mut blk[265..297], b"");
        format_string(&mut blk[297..329], b"");
        format_octal(&mut blk[329..337], h.devmajor);
        format_octal(&mut blk[337..345], h.devminor);
        blk
    }

    /// `Writer.WriteHeader` with `Format` unspecified: USTAR when every field fits, else PAX.
    fn write_header(&mut self, h: &TarHeader<'_>) -> io::Result<()> {
        let mut pax: BTreeMap<&'static str, Vec<u8>> = BTreeMap::new();
        let mut ustar = true;
        if !is_ascii(h.name) || h.name.len() > NAME_SIZE {
            if split_ustar_path(h.name).is_none() {
                ustar = false;
            }
            pax.insert("path", h.name.to_vec());
        }
        if !is_ascii(h.linkname) || h.linkname.len() > NAME_SIZE {
            ustar = false;
            pax.insert("linkpath", h.linkname.to_vec());
        }
        let size = i64::try_from(h.size).unwrap_or(i64::MAX);
        if !fits_in_octal(12, size) {
            ustar = false;
            pax.insert("size", size.to_string().into_bytes());
        }
        if !fits_in_octal(12, h.mtime) {
            ustar = false;
            pax.insert("mtime", h.mtime.to_string().into_bytes());
        }

        if ustar {
            let (prefix, name) = split_ustar_path(h.name).unwrap_or((b"", h.name));
            let mut blk = Self::template(h, name, h.linkname);
            format_string(&mut blk[345..500], prefix);
            set_ustar_format(&mut blk);
            return self.w.write_all(&blk);
        }

        // PAX: extended header file, then the main header with ASCII-only names.
        let mut data = Vec::new();
        for (k, v) in &pax {
            data.extend_from_slice(&format_pax_record(k, v));
        }
        if data.len() > MAX_SPECIAL_FILE_SIZE {
            return Err(io::Error::other("archive/tar: header field too long"));
        }
        let mut xname = to_ascii(&pax_header_name(h.name));
        xname.truncate(NAME_SIZE);
        while xname.last() == Some(&b'/') {
            xname.pop();
        }
        let mut xblk = [0u8; BLOCK];
        xblk[156] = TYPE_XHEADER;
        format_string(&mut xblk[0..100], &xname);
        format_octal(&mut xblk[100..108], 0);
        format_octal(&mut xblk[108..116], 0);
        format_octal(&mut xblk[116..124], 0);
        format_octal(&mut xblk[124..136], data.len() as i64);
        format_octal(&mut xblk[136..148], 0);
        set_ustar_format(&mut xblk);
        self.w.write_all(&xblk)?;
        self.w.write_all(&data)?;
        self.pad(data.len() as u64)?;

        let mut blk = Self::template(h, &to_ascii(h.name), &to_ascii(h.linkname));
        set_ustar_format(&mut blk);
        self.w.write_all(&blk)
    }

    fn pad(&mut self, size: u64) -> io::Result<()> {
        let rem = (size % BLOCK as u64) as usize;
        if rem != 0 {
            self.w.write_all(&[0u8; BLOCK][..BLOCK - rem])?;
        }
        Ok(())
    }

    /// Two zero blocks, no record padding (Go `Writer.Close`).
    fn finish(mut self) -> io::Result<W> {
        self.w.write_all(&[0u8; 2 * BLOCK])?;
        Ok(self.w)
    }
}

// ---------------------------------------------------------------------------------------------
// pack_dir
// ---------------------------------------------------------------------------------------------

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

fn join_name(parent: &[u8], child: &[u8]) -> Vec<u8> {
    let mut v = Vec::with_capacity(parent.len() + 1 + child.len());
    v.extend_from_slice(parent);
    v.push(b'/');
    v.extend_from_slice(child);
    clean(&v)
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
        let encoder = GzBuilder::new()
            .mtime(0)
            .operating_system(GZIP_OS_UNKNOWN)
            .write(gz_hash, Compression::new(GZIP_LEVEL));
        let tar_hash = HashWriter::new(encoder);
        let mut tw = GoTarWriter { w: tar_hash };

        write_tree(&mut tw, dir, title, options, &tmp_path)?;

        let tar_hash = tw.finish().map_err(io_err(&tmp_path))?;
        let tar_digest = sha256_string(tar_hash.hasher);
        let gz_hash = tar_hash.inner.finish().map_err(io_err(&tmp_path))?;
        let HashWriter {
            inner: mut file_w,
            hasher,
            count,
        } = gz_hash;
        file_w.flush().map_err(io_err(&tmp_path))?;
        (sha256_string(hasher), count, tar_digest)
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
        tw.w.write_all(&buf[..n]).map_err(io_err(out_path))?;
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

// ---------------------------------------------------------------------------------------------
// unpack
// ---------------------------------------------------------------------------------------------

/// Requested mode / mtime of an extracted directory, applied once everything is extracted.
struct DirMeta {
    mode: u32,
    mtime: Option<SystemTime>,
}

struct Extractor {
    /// Private staging directory standing for `<root>/<title>`.
    staging: PathBuf,
    /// Cleaned title, as entry names are compared with it.
    title: Vec<u8>,
    /// Title as given, for messages.
    raw_title: String,
    /// The output directory (absolute, clean), for messages about link targets.
    root_abs: Vec<u8>,
    /// `0o777 & !umask`: the mask applied to restored directory modes.
    perm_mask: u32,
    dirs: HashMap<PathBuf, DirMeta>,
    /// Mode / mtime of the `<title>` entry itself.
    root_meta: Option<DirMeta>,
    /// Symlinks created (relative byte paths), checked physically at the end.
    symlinks: Vec<(Vec<u8>, Vec<u8>)>,
    buf: Vec<u8>,
}

fn unix_time(secs: i64, nanos: u32) -> Option<SystemTime> {
    if secs >= 0 {
        SystemTime::UNIX_EPOCH.checked_add(Duration::new(secs as u64, nanos))
    } else {
        SystemTime::UNIX_EPOCH
            .checked_sub(Duration::from_secs(secs.unsigned_abs()))?
            .checked_add(Duration::from_nanos(u64::from(nanos)))
    }
}

/// PAX `mtime` ("[-]secs[.frac]") when present, else the header's mtime field.
fn entry_mtime<R: Read>(entry: &mut tar::Entry<'_, R>) -> Option<SystemTime> {
    if let Ok(Some(exts)) = entry.pax_extensions() {
        for ext in exts.flatten() {
            if ext.key_bytes() == b"mtime" {
                return parse_pax_time(ext.value_bytes());
            }
        }
    }
    let secs = entry.header().mtime().ok()?;
    unix_time(i64::try_from(secs).ok()?, 0)
}

fn parse_pax_time(v: &[u8]) -> Option<SystemTime> {
    let v = std::str::from_utf8(v).ok()?;
    let (neg, v) = match v.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, v),
    };
    let (s, frac) = v.split_once('.').unwrap_or((v, ""));
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let secs: u64 = s.parse().ok()?;
    let mut digits: String = frac.chars().take(9).collect();
    while digits.len() < 9 {
        digits.push('0');
    }
    let nanos: u32 = digits.parse().ok()?;
    let d = Duration::new(secs, nanos);
    if neg {
        SystemTime::UNIX_EPOCH.checked_sub(d)
    } else {
        SystemTime::UNIX_EPOCH.checked_add(d)
    }
}

/// Directory name of a cleaned `/` path (Go `path.Dir`).
fn dir_of(p: &[u8]) -> &[u8] {
    match p.iter().rposition(|&c| c == b'/') {
        Some(0) => b"/",
        Some(i) => &p[..i],
        None => b".",
    }
}

impl Extractor {
    fn outside(&self, entry: &[u8]) -> PackError {
        PackError::OutsideOfTitle {
            entry: lossy(entry),
            title: self.raw_title.clone(),
        }
    }

    /// Make sure every parent of `rel` exists in staging as a real directory (creating missing
    /// ones), refusing symlinked components, and clear a non-directory already at `rel`.
    /// Returns the path and whether a directory already exists there.
    fn prepare(&mut self, rel: &[u8], entry_name: &[u8]) -> Result<(PathBuf, bool), PackError> {
        let comps: Vec<&[u8]> = rel.split(|&c| c == b'/').collect();
        let mut cur = self.staging.clone();
        let Some((last, parents)) = comps.split_last() else {
            return Err(self.outside(entry_name));
        };
        for c in parents {
            cur.push(bytes_to_path(c));
            match fs::symlink_metadata(&cur) {
                Ok(m) if m.file_type().is_symlink() => {
                    return Err(PackError::SymlinkInPath {
                        base: self.raw_title.clone(),
                        target: lossy(entry_name),
                    });
                }
                Ok(m) if m.is_dir() => {}
                Ok(_) => {
                    return Err(PackError::Io {
                        path: cur,
                        source: io::Error::new(io::ErrorKind::NotADirectory, "not a directory"),
                    });
                }
                Err(e) if e.kind() == io::ErrorKind::NotFound => {
                    make_private_dir(&cur)?;
                    self.dirs.insert(
                        cur.clone(),
                        DirMeta {
                            mode: 0o777,
                            mtime: None,
                        },
                    );
                }
                Err(e) => return Err(io_err(cur)(e)),
            }
        }
        cur.push(bytes_to_path(last));
        match fs::symlink_metadata(&cur) {
            Ok(m) if m.is_dir() => Ok((cur, true)),
            Ok(_) => {
                // Never write through an existing file or symlink: replace it.
                fs::remove_file(&cur).map_err(io_err(&cur))?;
                Ok((cur, false))
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok((cur, false)),
            Err(e) => Err(io_err(cur)(e)),
        }
    }

    fn handle<R: Read>(&mut self, entry: &mut tar::Entry<'_, R>) -> Result<(), PackError> {
        let raw_name = entry.path_bytes().into_owned();
        let name = clean(&raw_name);
        let rel = rel_under(&self.title, &name)
            .ok_or_else(|| self.outside(&raw_name))?
            .to_vec();
        let typeflag = entry.header().as_bytes()[156];
        let mode = entry.header().mode().unwrap_or(0o644) & 0o777;
        let mtime = entry_mtime(entry);
        // Legacy '\0' type with a trailing slash is a directory (Go reader does the same).
        let is_dir = typeflag == TYPE_DIR || (typeflag == 0 && raw_name.ends_with(b"/"));
        let is_reg = !is_dir && (typeflag == TYPE_REG || typeflag == 0);

        if rel == b"." {
            if is_dir {
                self.root_meta = Some(DirMeta { mode, mtime });
                return Ok(());
            }
            if is_reg || matches!(typeflag, b'1' | TYPE_SYMLINK) {
                return Err(PackError::Conflict {
                    entry: lossy(&raw_name),
                });
            }
            return Ok(()); // other types are skipped
        }

        if is_dir {
            let (path, exists) = self.prepare(&rel, &raw_name)?;
            if !exists {
                make_private_dir(&path)?;
            }
            self.dirs.insert(path, DirMeta { mode, mtime });
        } else if is_reg {
            let (path, exists) = self.prepare(&rel, &raw_name)?;
            if exists {
                return Err(PackError::Conflict {
                    entry: lossy(&raw_name),
                });
            }
            let mut f = create_new_file(&path, mode)?;
            let buf = &mut self.buf;
            loop {
                let n = match entry.read(buf) {
                    Ok(0) => break,
                    Ok(n) => n,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(e) => return Err(PackError::Archive(e)),
                };
                f.write_all(&buf[..n]).map_err(io_err(&path))?;
            }
            if let Some(t) = mtime {
                let _ = f.set_modified(t); // like Go's ignored os.Chtimes error
            }
        } else if typeflag == TYPE_SYMLINK {
            let link = entry.link_name_bytes().map(|l| l.into_owned());
            let link = link.unwrap_or_default();
            if link.is_empty() || link.first() == Some(&b'/') {
                return Err(self.outside(&link));
            }
            let joined = join_name(dir_of(&name), &link);
            if rel_under(&self.title, &joined).is_none() {
                // oras-go names the target joined with the link's absolute directory
                return Err(self.outside(&join_name(&self.root_abs, &joined)));
            }
            let (path, exists) = self.prepare(&rel, &raw_name)?;
            if exists {
                return Err(PackError::Conflict {
                    entry: lossy(&raw_name),
                });
            }
            make_symlink(&link, &path)?;
            self.symlinks.push((rel, link));
        } else if typeflag == b'1' {
            // Hard link: the link name is an archive member name (as GNU/BSD tar write it).
            let link = entry
                .link_name_bytes()
                .map(|l| l.into_owned())
                .unwrap_or_default();
            let target = clean(&link);
            let src_rel = rel_under(&self.title, &target).ok_or_else(|| self.outside(&link))?;
            let bad = || PackError::BadHardLink {
                entry: lossy(&raw_name),
                target: lossy(&link),
            };
            if src_rel == b"." {
                return Err(bad());
            }
            let src = self.existing_regular(src_rel).ok_or_else(bad)?;
            let (path, exists) = self.prepare(&rel, &raw_name)?;
            if exists {
                return Err(PackError::Conflict {
                    entry: lossy(&raw_name),
                });
            }
            fs::hard_link(&src, &path).map_err(io_err(&path))?;
        }
        // Character/block devices, fifos, and anything else: skipped (as oras-go does).
        Ok(())
    }

    /// The staging path of `rel` if it is a regular file reached without any symlink.
    fn existing_regular(&self, rel: &[u8]) -> Option<PathBuf> {
        let mut cur = self.staging.clone();
        let comps: Vec<&[u8]> = rel.split(|&c| c == b'/').collect();
        let (last, parents) = comps.split_last()?;
        for c in parents {
            cur.push(bytes_to_path(c));
            let m = fs::symlink_metadata(&cur).ok()?;
            if !m.is_dir() {
                return None;
            }
        }
        cur.push(bytes_to_path(last));
        let m = fs::symlink_metadata(&cur).ok()?;
        m.is_file().then_some(cur)
    }

    /// Follow every extracted symlink through the final tree: none may leave `<title>`.
    fn check_symlinks(&self) -> Result<(), PackError> {
        for (rel, target) in &self.symlinks {
            let comps = rel
                .split(|&c| c == b'/')
                .map(|c| bytes_to_path(c).into_os_string());
            let escape = || PackError::SymlinkEscape {
                entry: lossy(rel),
                target: lossy(target),
                title: self.raw_title.clone(),
            };
            match path_guard::resolve_beneath(&self.staging, comps, false) {
                Ok(Some(_)) => {}
                Ok(None) => return Err(escape()),
                Err(e) if e.kind() == io::ErrorKind::InvalidInput => return Err(escape()),
                Err(e) => return Err(io_err(self.staging.join(bytes_to_path(rel)))(e)),
            }
        }
        Ok(())
    }

    /// Restore directory mtimes and modes, deepest first, after all their contents exist.
    fn finalize_dirs(&mut self) {
        let mut dirs: Vec<(PathBuf, DirMeta)> = self.dirs.drain().collect();
        dirs.sort_by_key(|(p, _)| std::cmp::Reverse(p.components().count()));
        for (path, meta) in dirs {
            apply_dir_meta(&path, &meta, self.perm_mask, true);
        }
    }
}

fn apply_dir_meta(path: &Path, meta: &DirMeta, perm_mask: u32, set_mode: bool) {
    if let Some(t) = meta.mtime {
        let _ = File::open(path).and_then(|f| f.set_modified(t));
    }
    if set_mode {
        set_mode_bits(path, meta.mode & perm_mask);
    }
}

#[cfg(unix)]
fn set_mode_bits(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    let _ = fs::set_permissions(path, fs::Permissions::from_mode(mode));
}

#[cfg(not(unix))]
fn set_mode_bits(_path: &Path, _mode: u32) {}

/// Directories are created owner-only while extracting; modes are restored at the end.
fn make_private_dir(path: &Path) -> Result<(), PackError> {
    let mut b = fs::DirBuilder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(path).map_err(io_err(path))
}

/// `O_CREAT|O_EXCL` (never follows a symlink) with the entry's permission bits; the process
/// umask applies, as with Go's `os.OpenFile`.
fn create_new_file(path: &Path, mode: u32) -> Result<File, PackError> {
    let mut o = fs::OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(mode);
    }
    #[cfg(not(unix))]
    let _ = mode;
    o.open(path).map_err(io_err(path))
}

#[cfg(unix)]
fn make_symlink(target: &[u8], path: &Path) -> Result<(), PackError> {
    std::os::unix::fs::symlink(bytes_to_path(target), path).map_err(io_err(path))
}

#[cfg(not(unix))]
fn make_symlink(_target: &[u8], _path: &Path) -> Result<(), PackError> {
    Ok(()) // symlinks need privileges on Windows; skipped
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
    let root_abs = path_guard::clean_path(&if root.is_absolute() {
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

    let mut ex = Extractor {
        staging: staging.clone(),
        title: clean(title.as_bytes()),
        raw_title: title.to_string(),
        root_abs: path_bytes(root_abs.as_os_str()).into_owned(),
        perm_mask,
        dirs: HashMap::new(),
        root_meta: None,
        symlinks: Vec::new(),
        buf: vec![0u8; BUF_SIZE],
    };

    let verifier = expected_tar_digest.and_then(parse_digest);
    let (hasher, want) = match verifier {
        Some((h, w)) => (Some(h), Some(w)),
        None => (None, None),
    };
    let gz = MultiGzDecoder::new(BufReader::with_capacity(1 << 16, reader));
    let mut hr = HashReader { inner: gz, hasher };
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
        (Some(h), Some(want)) => h.finalize().as_ref() != want.as_slice(),
        _ => false,
    };
    if mismatch {
        return Err(PackError::DigestMismatch);
    }

    ex.check_symlinks()?;
    ex.finalize_dirs();
    let root_meta = ex.root_meta.take().unwrap_or(DirMeta {
        mode: 0o777,
        mtime: None,
    });

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

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::{MetadataExt, PermissionsExt, symlink};

    const T0: u64 = 1_600_000_000;

    fn set_mtime(path: &Path, secs: u64, nanos: u32) {
        let f = File::open(path).unwrap();
        f.set_modified(SystemTime::UNIX_EPOCH + Duration::new(secs, nanos))
            .unwrap();
    }

    fn set_mode(path: &Path, mode: u32) {
        fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
    }

    fn read_packed(p: &PackedDir) -> Vec<u8> {
        fs::read(&p.path).unwrap()
    }

    fn gunzip(data: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        MultiGzDecoder::new(data).read_to_end(&mut out).unwrap();
        out
    }

    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), Compression::default());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn sha(data: &[u8]) -> String {
        format!("sha256:{}", hex::encode(Sha256::digest(data)))
    }

    /// (name, type, link name, size, mode) of every entry.
    fn list(tar_bytes: &[u8]) -> Vec<(String, u8, String, u64, u32)> {
        let mut ar = tar::Archive::new(tar_bytes);
        ar.entries()
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                let h = e.header();
                assert_eq!(h.uid().unwrap(), 0);
                assert_eq!(h.gid().unwrap(), 0);
                assert_eq!(h.username_bytes(), Some(&b""[..]));
                assert_eq!(h.groupname_bytes(), Some(&b""[..]));
                (
                    lossy(&e.path_bytes()),
                    h.as_bytes()[156],
                    e.link_name_bytes().map(|l| lossy(&l)).unwrap_or_default(),
                    e.size(),
                    h.mode().unwrap(),
                )
            })
            .collect()
    }

    /// A source tree exercising every supported type.
    fn make_tree(src: &Path) {
        fs::create_dir_all(src.join("sub/deeper")).unwrap();
        fs::create_dir(src.join("empty_dir")).unwrap();
        fs::write(src.join("a.txt"), b"hello").unwrap();
        fs::write(src.join("exec.sh"), b"#!/bin/sh\necho hi\n").unwrap();
        fs::write(src.join("sub/b.txt"), b"bee").unwrap();
        fs::write(src.join("sub/deeper/c.bin"), b"").unwrap();
        fs::hard_link(src.join("a.txt"), src.join("hard")).unwrap();
        symlink("sub/b.txt", src.join("link")).unwrap();
        set_mode(&src.join("a.txt"), 0o640);
        set_mode(&src.join("exec.sh"), 0o755);
        set_mode(&src.join("sub"), 0o750);
        let files = ["a.txt", "exec.sh", "sub/b.txt", "sub/deeper/c.bin"];
        for (i, f) in files.iter().enumerate() {
            set_mtime(&src.join(f), T0 + i as u64, 0);
        }
        for (i, d) in ["sub/deeper", "sub", "empty_dir", ""].iter().enumerate() {
            set_mtime(&src.join(d), T0 + 100 + i as u64, 0);
        }
    }

    fn mtime_of(p: &Path) -> i64 {
        fs::symlink_metadata(p).unwrap().mtime()
    }

    fn mode_of(p: &Path) -> u32 {
        fs::symlink_metadata(p).unwrap().mode() & 0o7777
    }

    #[test]
    fn round_trip() {
        let tmp = tempfile::tempdir().unwrap();
        let src = tmp.path().join("src/mydir");
        make_tree(&src);
        let packed = pack_dir(&src, "mydir", &PackOptions::default()).unwrap();

        // Digests computed in the single pass match a second look at the bytes.
        let gz = read_packed(&packed);
        let mut via_handle = Vec::new();
        (&packed.file).read_to_end(&mut via_handle).unwrap();
        assert_eq!(via_handle, gz, "handle is rewound");
        assert_eq!(packed.gz_size, gz.len() as u64);
        assert_eq!(packed.gz_digest, sha(&gz));
        let tar_bytes = gunzip(&gz);
        assert_eq!(packed.tar_digest, sha(&tar_bytes));
        assert!(
            packed
                .path
                .file_name()
                .unwrap()
                .to_str()
                .unwrap()
                .starts_with("oras_file_")
        );
        assert_eq!(packed.path.parent().unwrap(), std::env::temp_dir());

        let entries = list(&tar_bytes);
        let names: Vec<&str> = entries.iter().map(|e| e.0.as_str()).collect();
        assert_eq!(
            names,
            [
                "mydir",
                "mydir/a.txt",
                "mydir/empty_dir",
                "mydir/exec.sh",
                "mydir/hard",
                "mydir/link",
                "mydir/sub",
                "mydir/sub/b.txt",
                "mydir/sub/deeper",
                "mydir/sub/deeper/c.bin",
            ]
        );
        let by_name = |n: &str| entries.iter().find(|e| e.0 == n).unwrap().clone();
        assert_eq!(by_name("mydir").1, b'5');
        assert_eq!(by_name("mydir/hard").1, b'0'); // hard link stored as a regular file
        assert_eq!(by_name("mydir/hard").3, 5);
        assert_eq!(by_name("mydir/link").1, b'2');
        assert_eq!(by_name("mydir/link").2, "sub/b.txt");
        assert_eq!(by_name("mydir/a.txt").4, 0o640);
        assert_eq!(by_name("mydir/sub").4, 0o750);

        // Unpack into a fresh output directory.
        let out = tmp.path().join("out");
        fs::create_dir(&out).unwrap();
        unpack(
            File::open(&packed.path).unwrap(),
            &out,
            "mydir",
            Some(&packed.tar_digest),
            false,
        )
        .unwrap();
        let d = out.join("mydir");
        assert_eq!(fs::read(d.join("a.txt")).unwrap(), b"hello");
        assert_eq!(fs::read(d.join("hard")).unwrap(), b"hello");
        assert_eq!(fs::read(d.join("sub/b.txt")).unwrap(), b"bee");
        assert_eq!(fs::read(d.join("sub/deeper/c.bin")).unwrap(), b"");
        assert_eq!(
            fs::read_link(d.join("link")).unwrap(),
            PathBuf::from("sub/b.txt")
        );
        assert_eq!(fs::read(d.join("link")).unwrap(), b"bee");
        assert!(d.join("empty_dir").is_dir());
        // Modes (the test umask is assumed not to strip these bits).
        assert_eq!(mode_of(&d.join("a.txt")), 0o640);
        assert_eq!(mode_of(&d.join("exec.sh")), 0o755);
        assert_eq!(mode_of(&d.join("sub")), 0o750);
        // mtimes, directories included.
        assert_eq!(mtime_of(&d.join("a.txt")), T0 as i64);
        assert_eq!(mtime_of(&d.join("sub/deeper/c.bin")), T0 as i64 + 3);
        assert_eq!(mtime_of(&d.join("sub/deeper")), T0 as i64 + 100);
        assert_eq!(mtime_of(&d.join("sub")), T0 as i64 + 101);
        assert_eq!(mtime_of(&d.join("empty_dir")), T0 as i64 + 102);
        assert_eq!(mtime_of(&d), T0 as i64 + 103);
        // No staging leftovers.
        let left: Vec<_> = fs::read_dir(&out).unwrap().collect();
        assert_eq!(left.len(), 1);
        // Dropping the result deletes the temp file.
        let gz_path = packed.path.to_path_buf();
        drop(packed);
        assert!(!gz_path.exists());
    }

    #[test]
    fn header_bytes_follow_go_archive_tar() {
        let tmp = tempfile::tempdir().unwrap();
        let src = tmp.path().join("t");
        fs::create_dir(&src).unwrap();
        fs::write(src.join("f"), b"12345").unwrap();
        set_mode(&src.join("f"), 0o644);
        set_mode(&src, 0o755);
        // 0.6 s rounds up like Go's ModTime.Round(time.Second).
        set_mtime(&src.join("f"), 1_234_567_889, 600_000_000);
        set_mtime(&src, 1_234_567_890, 400_000_000);
        let packed = pack_dir(&src, "t", &PackOptions::default()).unwrap();
        let gz = read_packed(&packed);
        // gzip header: no name, mtime 0, XFL 0, OS 255 (Go compress/gzip defaults).
        assert_eq!(&gz[..10], &[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
        let tar_bytes = gunzip(&gz);
        assert_eq!(tar_bytes.len(), 512 * 5); // dir, file header, file data, 2 zero blocks
        assert!(tar_bytes[1536..].iter().all(|&b| b == 0));

        let check = |blk: &[u8], name: &[u8], typ: u8, mode: &[u8], size: &[u8], mtime: &[u8]| {
            let mut want_name = [0u8; 100];
            want_name[..name.len()].copy_from_slice(name);
            assert_eq!(&blk[0..100], &want_name[..]);
            assert_eq!(&blk[100..108], mode);
            assert_eq!(&blk[108..116], b"0000000\0");
            assert_eq!(&blk[116..124], b"0000000\0");
            assert_eq!(&blk[124..136], size);
            assert_eq!(&blk[136..148], mtime);
            assert_eq!(blk[156], typ);
            assert!(blk[157..257].iter().all(|&b| b == 0));
            assert_eq!(&blk[257..265], b"ustar\x0000");
            assert!(blk[265..329].iter().all(|&b| b == 0));
            assert_eq!(&blk[329..337], b"0000000\0");
            assert_eq!(&blk[337..345], b"0000000\0");
            assert!(blk[345..].iter().all(|&b| b == 0));
            // Checksum: six octal digits, NUL, space.
            let sum: u32 = blk
                .iter()
                .enumerate()
                .map(|(i, &c)| {
                    if (148..156).contains(&i) {
                        32
                    } else {
                        c as u32
                    }
                })
                .sum();
            assert_eq!(&blk[148..156], format!("{sum:06o}\0 ").as_bytes());
        };
        check(
            &tar_bytes[..512],
            b"t",
            b'5',
            b"0000755\0",
            b"00000000000\0",
            format!("{:011o}\0", 1_234_567_890).as_bytes(),
        );
        check(
            &tar_bytes[512..1024],
            b"t/f",
            b'0',
            b"0000644\0",
            b"00000000005\0",
            format!("{:011o}\0", 1_234_567_890).as_bytes(),
        );
        assert_eq!(&tar_bytes[1024..1029], b"12345");
        assert!(tar_bytes[1029..1536].iter().all(|&b| b == 0));
    }

    #[test]
    fn long_and_non_ascii_names() {
        let tmp = tempfile::tempdir().unwrap();
        let src = tmp.path().join("t");
        let mid = "m".repeat(60);
        let nested = src.join(&mid).join(&mid);
        fs::create_dir_all(&nested).unwrap();
        fs::write(nested.join("split.txt"), b"split").unwrap();
        let long_base = "x".repeat(120);
        fs::write(src.join(&long_base), b"pax").unwrap();
        fs::write(src.join("é.txt"), b"utf8").unwrap();
        let long_target = format!("{}/{}", mid, "y".repeat(60));
        symlink(&long_target, src.join("longlink")).unwrap();

        let packed = pack_dir(&src, "t", &PackOptions::default()).unwrap();
        let tar_bytes = gunzip(&read_packed(&packed));

        // Walk the raw blocks to see which headers were written.
        let mut raw = Vec::new();
        let mut off = 0;
        while off + 512 <= tar_bytes.len() {
            let blk = &tar_bytes[off..off + 512];
            if blk.iter().all(|&b| b == 0) {
                break;
            }
            let name_end = blk[..100].iter().position(|&b| b == 0).unwrap_or(100);
            let prefix_end = 345 + blk[345..500].iter().position(|&b| b == 0).unwrap_or(155);
            let size = u64::from_str_radix(
                std::str::from_utf8(&blk[124..135])
                    .unwrap()
                    .trim_start_matches('0'),
                8,
            )
            .unwrap_or(0);
            raw.push((
                lossy(&blk[345..prefix_end]),
                lossy(&blk[..name_end]),
                blk[156],
                tar_bytes[off + 512..off + 512 + size as usize].to_vec(),
            ));
            off += 512 + size.div_ceil(512) as usize * 512;
        }
        // USTAR prefix split for the long but splittable name.
        let split = raw.iter().find(|r| r.1 == "split.txt").unwrap();
        assert_eq!(split.0, format!("t/{mid}/{mid}"));
        assert_eq!(split.2, b'0');
        // PAX for the 122-byte final component.
        let long_name = format!("t/{long_base}");
        let i = raw
            .iter()
            .position(|r| r.2 == b'x' && r.1.starts_with("t/PaxHeaders.0/xxx"))
            .unwrap();
        assert_eq!(raw[i].1.len(), 100);
        assert_eq!(
            raw[i].3,
            format_pax_record("path", long_name.as_bytes()),
            "PAX record"
        );
        assert_eq!(raw[i + 1].1, &long_name[..100]);
        // PAX for the non-ASCII name; the main header keeps the ASCII characters only.
        let j = raw
            .iter()
            .position(|r| r.1 == "t/PaxHeaders.0/.txt")
            .unwrap();
        assert_eq!(raw[j].3, format_pax_record("path", "t/é.txt".as_bytes()));
        assert_eq!(raw[j + 1].1, "t/.txt");
        // PAX linkpath for the long symlink target.
        let k = raw
            .iter()
            .position(|r| r.1 == "t/PaxHeaders.0/longlink")
            .unwrap();
        assert_eq!(
            raw[k].3,
            format_pax_record("linkpath", long_target.as_bytes())
        );

        // The tar crate reads it back, and so does unpack.
        let names: Vec<String> = list(&tar_bytes).into_iter().map(|e| e.0).collect();
        assert!(names.contains(&long_name));
        assert!(names.contains(&"t/é.txt".to_string()));
        let out = tmp.path().join("out");
        unpack(
            File::open(&packed.path).unwrap(),
            &out,
            "t",
            Some(&packed.tar_digest),
            false,
        )
        .unwrap();
        assert_eq!(fs::read(out.join("t").join(&long_base)).unwrap(), b"pax");
        assert_eq!(fs::read(out.join("t/é.txt")).unwrap(), b"utf8");
        assert_eq!(
            fs::read(out.join("t").join(&mid).join(&mid).join("split.txt")).unwrap(),
            b"split"
        );
        assert_eq!(
            fs::read_link(out.join("t/longlink")).unwrap(),
            PathBuf::from(&long_target)
        );
    }

    #[test]
    fn pax_record_length_adjusts() {
        // "9 k=vvv\n" style: the length prefix counts itself.
        assert_eq!(format_pax_record("path", b"a"), b"9 path=a\n");
        let v = vec![b'a'; 91];
        let rec = format_pax_record("path", &v);
        assert_eq!(rec.len(), 101);
        assert!(rec.starts_with(b"101 path="));
        let v = vec![b'a'; 89];
        assert!(format_pax_record("path", &v).starts_with(b"98 path="));
    }

    #[test]
    fn reproducible_mode_ignores_umask() {
        let tmp = tempfile::tempdir().unwrap();
        let make = |name: &str, file: u32, exe: u32, dir: u32| {
            let d = tmp.path().join(name).join("content");
            fs::create_dir_all(d.join("sub")).unwrap();
            fs::write(d.join("a.txt"), b"same").unwrap();
            fs::write(d.join("sub/run.sh"), b"#!/bin/sh\n").unwrap();
            set_mode(&d.join("a.txt"), file);
            set_mode(&d.join("sub/run.sh"), exe);
            set_mode(&d.join("sub"), dir);
            set_mode(&d, dir);
            d
        };
        let a = make("umask022", 0o644, 0o755, 0o755);
        let b = make("umask077", 0o600, 0o700, 0o700);
        let opts = PackOptions {
            reproducible: true,
            mtime_clamp: None,
        };
        let pa = pack_dir(&a, "content", &opts).unwrap();
        let pb = pack_dir(&b, "content", &opts).unwrap();
        assert_eq!(read_packed(&pa), read_packed(&pb));
        let mut ar = tar::Archive::new(std::io::Cursor::new(gunzip(&read_packed(&pb))));
        let modes: Vec<(String, u32)> = ar
            .entries()
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                (
                    e.path().unwrap().display().to_string(),
                    e.header().mode().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            modes,
            [
                ("content".to_string(), 0o755),
                ("content/a.txt".to_string(), 0o644),
                ("content/sub".to_string(), 0o755),
                ("content/sub/run.sh".to_string(), 0o755)
            ]
        );
        // the default mode keeps the real bits
        let da = pack_dir(&a, "content", &PackOptions::default()).unwrap();
        let db = pack_dir(&b, "content", &PackOptions::default()).unwrap();
        assert_ne!(da.tar_digest, db.tar_digest);
    }

    #[test]
    fn reproducible_output() {
        let tmp = tempfile::tempdir().unwrap();
        let make = |name: &str, base: u64| {
            let d = tmp.path().join(name).join("content");
            fs::create_dir_all(d.join("sub")).unwrap();
            fs::write(d.join("a.txt"), b"same").unwrap();
            fs::write(d.join("sub/b.txt"), b"bytes").unwrap();
            symlink("a.txt", d.join("l")).unwrap();
            set_mode(&d.join("a.txt"), 0o644);
            set_mode(&d.join("sub/b.txt"), 0o644);
            set_mtime(&d.join("a.txt"), base, 0);
            set_mtime(&d.join("sub/b.txt"), base + 7, 123);
            set_mtime(&d.join("sub"), base + 9, 0);
            set_mtime(&d, base + 11, 0);
            d
        };
        let a = make("one", T0);
        let b = make("two", T0 + 5000);
        let clamp = T0 - 10;
        let opts = PackOptions {
            reproducible: true,
            mtime_clamp: Some(clamp),
        };
        let pa = pack_dir(&a, "content", &opts).unwrap();
        let pb = pack_dir(&b, "content", &opts).unwrap();
        assert_eq!(read_packed(&pa), read_packed(&pb));
        assert_eq!(pa.gz_digest, pb.gz_digest);
        assert_eq!(pa.tar_digest, pb.tar_digest);
        let mut ar = tar::Archive::new(std::io::Cursor::new(gunzip(&read_packed(&pa))));
        for e in ar.entries().unwrap() {
            assert_eq!(e.unwrap().header().mtime().unwrap(), clamp);
        }
        // Older mtimes are kept.
        let pc = pack_dir(
            &a,
            "content",
            &PackOptions {
                reproducible: true,
                mtime_clamp: Some(T0 + 8),
            },
        )
        .unwrap();
        let mut ar = tar::Archive::new(std::io::Cursor::new(gunzip(&read_packed(&pc))));
        let mtimes: Vec<u64> = ar
            .entries()
            .unwrap()
            .map(|e| e.unwrap().header().mtime().unwrap())
            .collect();
        assert_eq!(mtimes, [T0 + 8, T0, T0 + 8, T0 + 8, T0 + 7]);
        // Without a clamp, reproducible mode zeroes mtimes.
        let none = PackOptions {
            reproducible: true,
            mtime_clamp: None,
        };
        assert_eq!(
            read_packed(&pack_dir(&a, "content", &none).unwrap()),
            read_packed(&pack_dir(&b, "content", &none).unwrap())
        );
        // The default mode keeps mtimes, so the two trees differ.
        let da = pack_dir(&a, "content", &PackOptions::default()).unwrap();
        let db = pack_dir(&b, "content", &PackOptions::default()).unwrap();
        assert_ne!(da.tar_digest, db.tar_digest);
    }

    #[test]
    fn sockets_are_refused_and_fifos_kept() {
        let tmp = tempfile::tempdir().unwrap();
        let src = tmp.path().join("s");
        fs::create_dir(&src).unwrap();
        let fifo_ok = std::process::Command::new("mkfifo")
            .arg(src.join("fifo"))
            .status()
            .is_ok_and(|s| s.success());
        if fifo_ok {
            let packed = pack_dir(&src, "s", &PackOptions::default()).unwrap();
            let entries = list(&gunzip(&read_packed(&packed)));
            assert_eq!(entries[1].0, "s/fifo");
            assert_eq!(entries[1].1, b'6');
            // Skipped on unpack.
            let out = tmp.path().join("out");
            unpack(
                File::open(&packed.path).unwrap(),
                &out,
                "s",
                Some(&packed.tar_digest),
                false,
            )
            .unwrap();
            assert!(fs::symlink_metadata(out.join("s/fifo")).is_err());
        }
        let _sock = std::os::unix::net::UnixListener::bind(src.join("sock")).unwrap();
        let err = pack_dir(&src, "s", &PackOptions::default()).unwrap_err();
        assert!(
            err.to_string()
                .ends_with("sock: archive/tar: sockets not supported"),
            "{err}"
        );
    }

    #[test]
    fn empty_title_and_dot_title_names() {
        let tmp = tempfile::tempdir().unwrap();
        let src = tmp.path().join("d");
        fs::create_dir(&src).unwrap();
        fs::write(src.join("f"), b"x").unwrap();
        for title in ["", ".", "./"] {
            let packed = pack_dir(&src, title, &PackOptions::default()).unwrap();
            let names: Vec<String> = list(&gunzip(&read_packed(&packed)))
                .into_iter()
                .map(|e| e.0)
                .collect();
            assert_eq!(names, [".", "f"], "title {title:?}");
        }
        let packed = pack_dir(&src, "a/./b/", &PackOptions::default()).unwrap();
        let names: Vec<String> = list(&gunzip(&read_packed(&packed)))
            .into_iter()
            .map(|e| e.0)
            .collect();
        assert_eq!(names, ["a/b", "a/b/f"]);
    }

    // --- unpack: hostile archives -------------------------------------------------------------

    struct Raw<'a> {
        name: &'a [u8],
        typ: u8,
        link: &'a [u8],
        data: &'a [u8],
    }

    fn raw(name: &'static str, typ: u8, link: &'static str, data: &'static str) -> Raw<'static> {
        Raw {
            name: name.as_bytes(),
            typ,
            link: link.as_bytes(),
            data: data.as_bytes(),
        }
    }

    /// A tar built with the tar crate's raw header API (no path validation).
    fn raw_tar(entries: &[Raw<'_>]) -> Vec<u8> {
        let mut out = Vec::new();
        for e in entries {
            let mut h = tar::Header::new_ustar();
            {
                let u = h.as_ustar_mut().unwrap();
                u.name[..e.name.len()].copy_from_slice(e.name);
                u.linkname[..e.link.len()].copy_from_slice(e.link);
            }
            h.set_entry_type(tar::EntryType::new(e.typ));
            h.set_size(e.data.len() as u64);
            h.set_mode(if e.typ == b'5' { 0o755 } else { 0o644 });
            h.set_mtime(T0);
            h.set_cksum();
            out.extend_from_slice(h.as_bytes());
            out.extend_from_slice(e.data);
            out.resize(out.len().div_ceil(512) * 512, 0);
        }
        out.resize(out.len() + 1024, 0);
        out
    }

    /// Unpack into `<tmp>/root` with a sentinel at `<tmp>/sentinel`; returns the error and
    /// checks nothing was written outside root (nor anything left inside it).
    fn unpack_hostile(entries: &[Raw<'_>], title: &str) -> PackError {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("root");
        let sentinel = tmp.path().join("sentinel");
        fs::create_dir(&root).unwrap();
        fs::create_dir(&sentinel).unwrap();
        let gz = gzip(&raw_tar(entries));
        let err = unpack(&gz[..], &root, title, None, false).unwrap_err();
        let top: Vec<_> = fs::read_dir(tmp.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(top.len(), 2, "unexpected files next to root: {top:?}");
        assert_eq!(
            fs::read_dir(&sentinel).unwrap().count(),
            0,
            "sentinel touched"
        );
        assert_eq!(
            fs::read_dir(&root).unwrap().count(),
            0,
            "leftovers in root after {err}"
        );
        err
    }

    #[test]
    fn hostile_names_are_refused() {
        let cases: &[(&str, &str)] = &[
            ("../x", r#""../x" is outside of "t""#),
            ("/abs", r#""/abs" is outside of "t""#),
            ("t/../../x", r#""t/../../x" is outside of "t""#),
            ("t/../x", r#""t/../x" is outside of "t""#),
            ("other/x", r#""other/x" is outside of "t""#),
            ("tt/x", r#""tt/x" is outside of "t""#),
            ("../sentinel/x", r#""../sentinel/x" is outside of "t""#),
        ];
        for (name, msg) in cases {
            let err = unpack_hostile(
                &[
                    raw("t", b'5', "", ""),
                    raw("t/ok", b'0', "", "fine"),
                    raw(name, b'0', "", "bad"),
                ],
                "t",
            );
            assert!(
                matches!(err, PackError::OutsideOfTitle { .. }),
                "{name}: {err}"
            );
            assert_eq!(err.to_string(), *msg);
        }
    }

    #[test]
    fn hostile_links_are_refused() {
        // Absolute symlink, then a file written through it.
        let err = unpack_hostile(
            &[
                raw("t", b'5', "", ""),
                raw("t/link", b'2', "/tmp/x", ""),
                raw("t/link/evil", b'0', "", "pwned"),
            ],
            "t",
        );
        assert_eq!(err.to_string(), r#""/tmp/x" is outside of "t""#);

        // Relative symlink climbing out.
        let err = unpack_hostile(
            &[
                raw("t/link", b'2', "../../sentinel", ""),
                raw("t/link/evil", b'0', "", "pwned"),
            ],
            "t",
        );
        // named as oras-go names it: joined with the link's absolute directory
        let msg = err.to_string();
        assert!(
            msg.starts_with("\"/")
                && msg.ends_with("/sentinel\" is outside of \"t\"")
                && !msg.contains(".."),
            "{msg}"
        );

        // A symlink that stays inside still cannot be written through.
        let err = unpack_hostile(
            &[
                raw("t/sub", b'5', "", ""),
                raw("t/link", b'2', "sub", ""),
                raw("t/link/evil", b'0', "", "x"),
            ],
            "t",
        );
        assert!(matches!(err, PackError::SymlinkInPath { .. }), "{err}");
        assert_eq!(
            err.to_string(),
            r#"no symbolic link allowed between "t" and "t/link/evil""#
        );

        // Hard links to files outside the archive.
        for target in ["/etc/passwd", "../../etc/passwd", "t/../../etc/passwd"] {
            let entries = [raw("t/h", b'1', "", "")];
            let mut entries = entries;
            entries[0].link = target.as_bytes();
            let err = unpack_hostile(&entries, "t");
            assert_eq!(
                err.to_string(),
                format!("{} is outside of \"t\"", go_quote(target))
            );
        }
        // Hard link to a path inside the title that is not an extracted regular file.
        let err = unpack_hostile(
            &[raw("t/sub", b'5', "", ""), raw("t/h", b'1', "t/sub", "")],
            "t",
        );
        assert!(matches!(err, PackError::BadHardLink { .. }), "{err}");
        let err = unpack_hostile(
            &[
                raw("t/l", b'2', "f", ""),
                raw("t/f", b'0', "", "x"),
                raw("t/h", b'1', "t/l", ""),
            ],
            "t",
        );
        assert!(matches!(err, PackError::BadHardLink { .. }), "{err}");

        // Symlink chain: each link is lexically inside, together they reach the parent.
        let err = unpack_hostile(
            &[
                raw("t/self", b'2', ".", ""),
                raw("t/a", b'5', "", ""),
                raw("t/a/up", b'2', "../self/..", ""),
            ],
            "t",
        );
        assert!(matches!(err, PackError::SymlinkEscape { .. }), "{err}");
        // Same, with the escaping link created before the link it goes through.
        let err = unpack_hostile(
            &[
                raw("t/a", b'5', "", ""),
                raw("t/a/up", b'2', "../x/..", ""),
                raw("t/x", b'2', ".", ""),
            ],
            "t",
        );
        assert!(matches!(err, PackError::SymlinkEscape { .. }), "{err}");

        // A symlink replacing the title root, and a file replacing a directory.
        let err = unpack_hostile(&[raw("t", b'2', "../sentinel", "")], "t");
        assert!(matches!(err, PackError::Conflict { .. }), "{err}");
        let err = unpack_hostile(&[raw("t/d", b'5', "", ""), raw("t/d", b'0', "", "x")], "t");
        assert!(matches!(err, PackError::Conflict { .. }), "{err}");
    }

    #[test]
    fn duplicate_entries_replace_links_instead_of_following_them() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("root");
        let sentinel = tmp.path().join("sentinel");
        fs::create_dir(&sentinel).unwrap();
        // t/f is first a symlink (lexically inside), then a regular file with the same name.
        let tar_bytes = raw_tar(&[
            raw("t/sub", b'5', "", ""),
            raw("t/f", b'2', "sub/x", ""),
            raw("t/f", b'0', "", "data"),
            raw("t/f2", b'0', "", "one"),
            raw("t/f2", b'0', "", "two"),
        ]);
        unpack(
            &gzip(&tar_bytes)[..],
            &root,
            "t",
            Some(&sha(&tar_bytes)),
            false,
        )
        .unwrap();
        assert!(fs::symlink_metadata(root.join("t/f")).unwrap().is_file());
        assert_eq!(fs::read(root.join("t/f")).unwrap(), b"data");
        assert_eq!(fs::read(root.join("t/f2")).unwrap(), b"two");
        assert!(!root.join("t/sub/x").exists());
        assert_eq!(fs::read_dir(&sentinel).unwrap().count(), 0);
    }

    #[test]
    fn digest_mismatch_keeps_existing_destination() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("root");
        fs::create_dir_all(root.join("t")).unwrap();
        fs::write(root.join("t/old.txt"), b"old").unwrap();
        let tar_bytes = raw_tar(&[raw("t", b'5', "", ""), raw("t/new.txt", b'0', "", "new")]);
        let gz = gzip(&tar_bytes);
        let wrong = sha(b"something else");
        let err = unpack(&gz[..], &root, "t", Some(&wrong), false).unwrap_err();
        assert!(matches!(err, PackError::DigestMismatch));
        assert_eq!(err.to_string(), "content digest mismatch");
        assert_eq!(fs::read(root.join("t/old.txt")).unwrap(), b"old");
        assert!(!root.join("t/new.txt").exists());
        assert_eq!(fs::read_dir(&root).unwrap().count(), 1);

        // Truncated gzip: an archive error, destination untouched.
        let err = unpack(&gz[..gz.len() / 2], &root, "t", None, false).unwrap_err();
        assert!(matches!(err, PackError::Archive(_)), "{err}");
        assert_eq!(fs::read(root.join("t/old.txt")).unwrap(), b"old");

        // Not gzip at all.
        let err = unpack(&b"plain text"[..], &root, "t", None, false).unwrap_err();
        assert!(matches!(err, PackError::Archive(_)), "{err}");

        // Unparsable expected digest: skipped like oras-go. Success replaces the old tree.
        unpack(&gz[..], &root, "t", Some("md5:abc"), false).unwrap();
        assert!(!root.join("t/old.txt").exists());
        assert_eq!(fs::read(root.join("t/new.txt")).unwrap(), b"new");
        assert_eq!(fs::read_dir(&root).unwrap().count(), 1);

        // Matching digest, including a trailer after the end-of-archive marker.
        let mut padded = tar_bytes.clone();
        padded.resize(10240, 0);
        unpack(&gzip(&padded)[..], &root, "t", Some(&sha(&padded)), false).unwrap();
        let err = unpack(
            &gzip(&padded)[..],
            &root,
            "t",
            Some(&sha(&tar_bytes)),
            false,
        )
        .unwrap_err();
        assert!(matches!(err, PackError::DigestMismatch));
    }

    #[test]
    fn destination_guarded() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("root");
        let sentinel = tmp.path().join("sentinel");
        fs::create_dir(&root).unwrap();
        fs::create_dir(&sentinel).unwrap();
        let gz = gzip(&raw_tar(&[raw("t/f", b'0', "", "x")]));
        // Pre-existing symlink at the destination pointing outside.
        symlink(&sentinel, root.join("t")).unwrap();
        let err = unpack(&gz[..], &root, "t", None, false).unwrap_err();
        assert!(
            matches!(err, PackError::Guard(GuardError::PathTraversal)),
            "{err}"
        );
        assert_eq!(err.to_string(), "path traversal disallowed");
        assert_eq!(fs::read_dir(&sentinel).unwrap().count(), 0);
        // Title leaving root.
        let gz2 = gzip(&raw_tar(&[raw("../x/f", b'0', "", "x")]));
        let err = unpack(&gz2[..], &root, "../x", None, false).unwrap_err();
        assert!(matches!(err, PackError::Guard(GuardError::PathTraversal)));
        assert!(!tmp.path().join("x").exists());
        // ... allowed with allow_traversal.
        unpack(&gz2[..], &root, "../x", None, true).unwrap();
        assert_eq!(fs::read(tmp.path().join("x/f")).unwrap(), b"x");
    }

    #[test]
    fn nested_title_and_merge_into_root() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("root");
        // Nested title: parents are created.
        let gz = gzip(&raw_tar(&[
            raw("a/b", b'5', "", ""),
            raw("a/b/f", b'0', "", "x"),
        ]));
        unpack(&gz[..], &root, "a/b", None, false).unwrap();
        assert_eq!(fs::read(root.join("a/b/f")).unwrap(), b"x");

        // Title "." (pushed as `oras push ... .`): merged into root, other files kept.
        fs::write(root.join("keep.txt"), b"keep").unwrap();
        fs::create_dir(root.join("d")).unwrap();
        fs::write(root.join("d/stale"), b"stale").unwrap();
        let gz = gzip(&raw_tar(&[
            raw(".", b'5', "", ""),
            raw("d", b'5', "", ""),
            raw("d/new", b'0', "", "new"),
            raw("top.txt", b'0', "", "top"),
        ]));
        unpack(&gz[..], &root, ".", None, false).unwrap();
        assert_eq!(fs::read(root.join("keep.txt")).unwrap(), b"keep");
        assert_eq!(fs::read(root.join("top.txt")).unwrap(), b"top");
        assert_eq!(fs::read(root.join("d/new")).unwrap(), b"new");
        assert!(!root.join("d/stale").exists());
        let names: Vec<String> = fs::read_dir(&root)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(
            names.iter().all(|n| !n.starts_with(".oras_unpack_")),
            "{names:?}"
        );
    }

    #[test]
    fn read_only_dirs_and_files_round_trip() {
        let tmp = tempfile::tempdir().unwrap();
        let src = tmp.path().join("ro");
        fs::create_dir_all(src.join("locked")).unwrap();
        fs::write(src.join("locked/f"), b"x").unwrap();
        set_mode(&src.join("locked/f"), 0o444);
        set_mode(&src.join("locked"), 0o555);
        let packed = pack_dir(&src, "ro", &PackOptions::default()).unwrap();
        set_mode(&src.join("locked"), 0o755);
        let out = tmp.path().join("out");
        for _ in 0..2 {
            // The second run replaces a tree containing read-only directories.
            unpack(
                File::open(&packed.path).unwrap(),
                &out,
                "ro",
                Some(&packed.tar_digest),
                false,
            )
            .unwrap();
            assert_eq!(mode_of(&out.join("ro/locked")), 0o555);
            assert_eq!(mode_of(&out.join("ro/locked/f")), 0o444);
            assert_eq!(fs::read_dir(&out).unwrap().count(), 1);
        }
        set_mode(&out.join("ro/locked"), 0o755);
    }
}
