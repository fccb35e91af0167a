//! Archiving a layout directory as a plain tar, as `oras backup` does (Go `tar.Writer.AddFS`
//! over the directory): entries relative to the layout root in lexical walk order
//! (`blobs/`, `blobs/sha256/`, `blobs/sha256/<hex>`, `index.json`, `oci-layout`), USTAR
//! headers with the files' permission bits and mtimes, owner 0:0.

use crate::error::{Error, Result};
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

/// Write the content of `dir` (not `dir` itself) as a tar stream into `out`.
pub fn tar_directory<W: Write>(dir: &Path, out: W) -> Result<W> {
    let mut builder = tar::Builder::new(out);
    add_dir(&mut builder, dir, "")?;
    builder.into_inner().map_err(Error::Io)
}

fn add_dir<W: Write>(builder: &mut tar::Builder<W>, dir: &Path, rel: &str) -> Result<()> {
    let mut entries = std::fs::read_dir(dir)?.collect::<std::io::Result<Vec<_>>>()?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            return Err(Error::msg(format!(
                "unexpected file name in layout: {:?}",
                entry.path()
            )));
        };
        let path = entry.path();
        let meta = std::fs::symlink_metadata(&path)?;
        let rel_path = format!("{rel}{name}");
        let mut header = tar::Header::new_ustar();
        header.set_mode(meta.permissions().mode() & 0o7777);
        header.set_uid(0);
        header.set_gid(0);
        header.set_username("root").map_err(Error::Io)?;
        header.set_groupname("root").map_err(Error::Io)?;
        header.set_mtime(mtime_seconds(&meta));
        if meta.is_dir() {
            header.set_entry_type(tar::EntryType::Directory);
            header.set_size(0);
            let dir_name = format!("{rel_path}/");
            builder.append_data(&mut header, &dir_name, std::io::empty())?;
            add_dir(builder, &path, &dir_name)?;
        } else if meta.is_file() {
            header.set_entry_type(tar::EntryType::Regular);
            header.set_size(meta.len());
            let file = std::fs::File::open(&path)?;
            append_file(builder, &mut header, &rel_path, file, meta.len())?;
        } else {
            return Err(Error::msg("tar: cannot add non-regular file"));
        }
    }
    Ok(())
}

/// One regular file: its header, then its bytes read straight into the output's buffer
/// (`tar::Builder::append_data` copies through an 8 KiB buffer: 20 K reads and as many
/// copies per 160 MiB), then the padding. A file that changes size while archived fails
/// the archive instead of silently padding or cutting it.
fn append_file<W: Write>(
    builder: &mut tar::Builder<W>,
    header: &mut tar::Header,
    path: &str,
    file: std::fs::File,
    len: u64,
) -> Result<()> {
    if header.set_path(path).is_err() {
        // a name tar writes with an extension header
        builder.append_data(header, path, ExactReader::new(file, len))?;
        return Ok(());
    }
    header.set_cksum();
    let out = builder.get_mut();
    out.write_all(header.as_bytes())?;
    std::io::copy(&mut ExactReader::new(file, len), out)?;
    let pad = (512 - len % 512) % 512;
    out.write_all(&[0u8; 512][..pad as usize])?;
    Ok(())
}

/// Go rounds the modification time to the second in USTAR headers.
fn mtime_seconds(meta: &std::fs::Metadata) -> u64 {
    use std::os::unix::fs::MetadataExt;
    let secs = meta.mtime().max(0) as u64;
    if meta.mtime_nsec() >= 500_000_000 {
        secs + 1
    } else {
        secs
    }
}

/// Reads exactly `size` bytes, failing when the file is shorter.
struct ExactReader<R> {
    inner: R,
    left: u64,
}

impl<R: std::io::Read> ExactReader<R> {
    fn new(inner: R, size: u64) -> Self {
        ExactReader { inner, left: size }
    }
}

impl<R: std::io::Read> std::io::Read for ExactReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.left == 0 {
            return Ok(0);
        }
        let max = buf.len().min(self.left as usize);
        let n = self.inner.read(&mut buf[..max])?;
        if n == 0 {
            return Err(std::io::Error::new(
                std::io::ErrorKind::UnexpectedEof,
                "file shrank while being archived",
            ));
        }
        self.left -= n as u64;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_relative_sorted_and_owned_by_root() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("blobs/sha256")).unwrap();
        std::fs::write(root.join("blobs/sha256/bb"), b"12").unwrap();
        std::fs::write(root.join("blobs/sha256/aa"), b"1").unwrap();
        std::fs::write(root.join("oci-layout"), b"{}").unwrap();
        std::fs::write(root.join("index.json"), b"{}").unwrap();
        std::fs::set_permissions(
            root.join("blobs/sha256/aa"),
            std::fs::Permissions::from_mode(0o444),
        )
        .unwrap();
        let bytes = tar_directory(root, Vec::new()).unwrap();
        // 6 headers + 4 one-block files + 2 end blocks
        assert_eq!(bytes.len(), (6 + 4 + 2) * 512);
        let mut archive = tar::Archive::new(&bytes[..]);
        let got: Vec<(String, u32, u64)> = archive
            .entries()
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                let h = e.header();
                (
                    e.path().unwrap().to_string_lossy().to_string(),
                    h.mode().unwrap(),
                    h.uid().unwrap(),
                )
            })
            .collect();
        let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            names,
            [
                "blobs/",
                "blobs/sha256/",
                "blobs/sha256/aa",
                "blobs/sha256/bb",
                "index.json",
                "oci-layout"
            ]
        );
        assert_eq!(got[2].1, 0o444);
        assert!(got.iter().all(|g| g.2 == 0));
    }
}
