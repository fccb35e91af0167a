//! Tests of directory artifacts through their public face (`pack_dir`, `unpack`), by theme,
//! and the helpers they share: trees with known modes and mtimes, gzip/tar readers, and
//! hand-built (possibly hostile) tar archives.

mod headers;
mod hostile;
mod pack;
mod unpack;

use std::fs::{self, File};
use std::io::{Read, Write};
use std::os::unix::fs::{MetadataExt, PermissionsExt, symlink};
use std::path::Path;
use std::time::{Duration, SystemTime};

use flate2::Compression;
use flate2::read::MultiGzDecoder;

use super::PackedDir;
use super::error::lossy;
use crate::content::Digest;

pub(super) const T0: u64 = 1_600_000_000;

pub(super) fn set_mtime(path: &Path, secs: u64, nanos: u32) {
    let f = File::open(path).unwrap();
    f.set_modified(SystemTime::UNIX_EPOCH + Duration::new(secs, nanos))
        .unwrap();
}

pub(super) fn set_mode(path: &Path, mode: u32) {
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

pub(super) fn read_packed(p: &PackedDir) -> Vec<u8> {
    fs::read(&p.path).unwrap()
}

pub(super) fn gunzip(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    MultiGzDecoder::new(data).read_to_end(&mut out).unwrap();
    out
}

pub(super) fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

pub(super) fn sha(data: &[u8]) -> String {
    Digest::sha256_of(data).to_string()
}

/// (name, type, link name, size, mode) of every entry.
pub(super) fn list(tar_bytes: &[u8]) -> Vec<(String, u8, String, u64, u32)> {
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
pub(super) fn make_tree(src: &Path) {
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

pub(super) fn mtime_of(p: &Path) -> i64 {
    fs::symlink_metadata(p).unwrap().mtime()
}

pub(super) fn mode_of(p: &Path) -> u32 {
    fs::symlink_metadata(p).unwrap().mode() & 0o7777
}

pub(super) struct Raw<'a> {
    pub(super) name: &'a [u8],
    pub(super) typ: u8,
    pub(super) link: &'a [u8],
    pub(super) data: &'a [u8],
}

pub(super) fn raw(
    name: &'static str,
    typ: u8,
    link: &'static str,
    data: &'static str,
) -> Raw<'static> {
    Raw {
        name: name.as_bytes(),
        typ,
        link: link.as_bytes(),
        data: data.as_bytes(),
    }
}

/// A tar built with the tar crate's raw header API (no path validation).
pub(super) fn raw_tar(entries: &[Raw<'_>]) -> Vec<u8> {
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
