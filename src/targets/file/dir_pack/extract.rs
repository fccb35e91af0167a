//! The hardened per-entry rules of unpacking (oras-go `extractTarGzip`, stricter): every
//! entry must live under `<title>`, nothing is written through a symlinked component, link
//! targets must stay inside `<root>/<title>` (checked lexically per entry and physically once
//! everything is extracted), and everything lands in a private staging directory.

use std::collections::HashMap;
use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::error::{PackError, io_err, lossy};
use super::tar_header::{BUF_SIZE, TYPE_DIR, TYPE_REG, TYPE_SYMLINK};
use crate::go::path::clean_bytes as clean;
use crate::targets::file::path_guard::{self, bytes_to_path, join_name, rel_under};

/// Requested mode / mtime of an extracted directory, applied once everything is extracted.
pub(super) struct DirMeta {
    mode: u32,
    mtime: Option<SystemTime>,
}

/// Extracts tar entries into a staging directory, refusing anything that could escape it.
pub(super) struct Extractor {
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
    /// An extractor writing into `staging` (a fresh private directory standing for
    /// `<root>/<title>`); `root_abs` is the output directory, absolute and clean.
    pub(super) fn new(staging: PathBuf, title: &str, root_abs: &Path, perm_mask: u32) -> Self {
        Extractor {
            staging,
            title: clean(title.as_bytes()),
            raw_title: title.to_string(),
            root_abs: path_guard::path_bytes(root_abs.as_os_str()).into_owned(),
            perm_mask,
            dirs: HashMap::new(),
            root_meta: None,
            symlinks: Vec::new(),
            buf: vec![0u8; BUF_SIZE],
        }
    }

    /// Mode / mtime requested for `<title>` itself (defaults when the archive has no entry).
    pub(super) fn take_root_meta(&mut self) -> DirMeta {
        self.root_meta.take().unwrap_or(DirMeta {
            mode: 0o777,
            mtime: None,
        })
    }

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

    pub(super) fn handle<R: Read>(
        &mut self,
        entry: &mut tar::Entry<'_, R>,
    ) -> Result<(), PackError> {
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
    pub(super) fn check_symlinks(&self) -> Result<(), PackError> {
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
    pub(super) fn finalize_dirs(&mut self) {
        let mut dirs: Vec<(PathBuf, DirMeta)> = self.dirs.drain().collect();
        dirs.sort_by_key(|(p, _)| std::cmp::Reverse(p.components().count()));
        for (path, meta) in dirs {
            apply_dir_meta(&path, &meta, self.perm_mask, true);
        }
    }
}

pub(super) fn apply_dir_meta(path: &Path, meta: &DirMeta, perm_mask: u32, set_mode: bool) {
    if let Some(t) = meta.mtime {
        let _ = File::open(path).and_then(|f| f.set_modified(t));
    }
    if set_mode {
        set_mode_bits(path, meta.mode & perm_mask);
    }
}

#[cfg(unix)]
pub(super) fn set_mode_bits(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    let _ = fs::set_permissions(path, fs::Permissions::from_mode(mode));
}

#[cfg(not(unix))]
pub(super) fn set_mode_bits(_path: &Path, _mode: u32) {}

/// Directories are created owner-only while extracting; modes are restored at the end.
pub(super) fn make_private_dir(path: &Path) -> Result<(), PackError> {
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
