//! A layout written straight into a tar archive (`oras backup` to a `*.tar`): the entries
//! oras's `tar.Writer.AddFS` makes of a layout directory, in its walk order (`blobs/`,
//! `blobs/<alg>/`, `blobs/<alg>/<hex>`…, then the files after the blobs: `index.json`,
//! `oci-layout`), USTAR headers owned by root with the modes the directory would have.
//!
//! oras stages the layout in a directory and archives it at the end, so every blob is
//! written twice and read once more. Here the blobs are known before the first one arrives
//! (the backup plans them), so each has its place in the archive from the start and
//! streams straight into it, verified on the way; its header is written when it is
//! complete. Whatever the plan did not foresee (a blob it did not list, one it listed and
//! that never came, a name one USTAR header cannot hold) still ends up archived in order:
//! the archive is then rewritten at the end, which is what oras pays every time.

use crate::content::Descriptor;
use crate::content::digest::Digest;
use crate::error::{Error, Result};
use crate::targets::BlobReader;
use std::collections::BTreeMap;
use std::io::{Read, Seek, SeekFrom};
use std::os::unix::fs::FileExt;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

const BLOCK: u64 = 512;
/// The largest offset a file can have (`off_t`): sizes a manifest claims are not trusted
/// to add up below it.
const MAX_END: u64 = i64::MAX as u64;
/// The mode of a blob in a layout (written read-only).
const BLOB_MODE: u32 = 0o444;

/// A file archived after the blobs.
pub struct TrailingFile<'a> {
    pub name: &'a str,
    pub bytes: &'a [u8],
    pub mode: u32,
}

/// Bytes an entry of `size` takes: its header, then its content padded to a block.
fn entry_len(size: u64) -> u64 {
    BLOCK + size.div_ceil(BLOCK) * BLOCK
}

fn blob_name(alg: &str, hex: &str) -> String {
    format!("blobs/{alg}/{hex}")
}

/// The header of one entry (USTAR, owner root). A `path` one header cannot hold is left
/// out here: `tar::Builder::append_data` writes it with an extension header.
fn header(path: &str, kind: tar::EntryType, mode: u32, size: u64, mtime: u64) -> tar::Header {
    let mut h = tar::Header::new_ustar();
    h.set_mode(mode);
    h.set_uid(0);
    h.set_gid(0);
    // the names fit the fields
    let _ = h.set_username("root");
    let _ = h.set_groupname("root");
    h.set_mtime(mtime);
    h.set_entry_type(kind);
    h.set_size(size);
    let _ = h.set_path(path);
    h.set_cksum();
    h
}

/// Whether `path` fits one USTAR header.
fn fits(path: &str) -> bool {
    tar::Header::new_ustar().set_path(path).is_ok()
}

/// Now, in whole seconds as Go rounds a modification time in a USTAR header.
fn now_seconds() -> u64 {
    let d = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    d.as_secs() + u64::from(d.subsec_nanos() >= 500_000_000)
}

/// One blob's place in the archive.
struct Slot {
    /// Where its header goes; the content follows.
    at: u64,
    size: u64,
    planned: bool,
    /// When it was completed (its content in and verified, its header written).
    done: Option<u64>,
    /// Held while the content is written: a second writer of the same blob waits.
    writing: Arc<tokio::sync::Mutex<()>>,
}

struct State {
    /// (algorithm, hex) → slot; the map's order is the archive's.
    slots: BTreeMap<(String, String), Slot>,
    /// algorithm → where the planned header of `blobs/<alg>/` goes
    dirs: BTreeMap<String, u64>,
    /// The end of the planned entries: where the trailing files go.
    planned_end: u64,
    /// Where the next unplanned blob goes.
    next: u64,
    /// A planned slot was given up (a blob of another size arrived under its digest).
    plan_broken: bool,
}

/// A tar archive being written: blobs in planned places, the rest at the end.
pub struct ArchiveWriter {
    path: PathBuf,
    /// For positional writes and reads.
    file: std::fs::File,
    temp: Mutex<Option<tempfile::NamedTempFile>>,
    state: Mutex<State>,
    dir_mode: u32,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl ArchiveWriter {
    /// An archive in `temp` (empty) whose blobs will be `plan` (any order, repeats
    /// allowed); directories get `dir_mode`.
    pub fn new(temp: tempfile::NamedTempFile, plan: &[Descriptor], dir_mode: u32) -> Result<Self> {
        let file = temp.as_file().try_clone()?;
        let mut planned: BTreeMap<(String, String), u64> = BTreeMap::new();
        for d in plan {
            let (alg, hex) = (d.digest.algorithm().to_string(), d.digest.hex().to_string());
            if d.size >= 0 && fits(&blob_name(&alg, &hex)) {
                planned.insert((alg, hex), d.size as u64);
            }
        }
        let mut slots = BTreeMap::new();
        let mut dirs = BTreeMap::new();
        let mut pos = BLOCK; // `blobs/`
        for ((alg, hex), size) in planned {
            let dir = if dirs.contains_key(&alg) { 0 } else { BLOCK };
            // absurd sizes (a manifest may claim anything) end the plan: the rest is
            // unplanned, and its copy fails on the real size
            let Some(end) = pos
                .checked_add(dir + entry_len(size))
                .filter(|e| *e <= MAX_END)
            else {
                break;
            };
            if dir > 0 {
                dirs.insert(alg.clone(), pos);
            }
            slots.insert(
                (alg, hex),
                Slot {
                    at: pos + dir,
                    size,
                    planned: true,
                    done: None,
                    writing: Default::default(),
                },
            );
            pos = end;
        }
        Ok(ArchiveWriter {
            path: temp.path().to_path_buf(),
            file,
            temp: Mutex::new(Some(temp)),
            state: Mutex::new(State {
                slots,
                dirs,
                planned_end: pos,
                next: pos,
                plan_broken: false,
            }),
            dir_mode,
        })
    }

    fn key(digest: &Digest) -> (String, String) {
        (digest.algorithm().to_string(), digest.hex().to_string())
    }

    /// The size of a complete blob.
    pub fn size(&self, digest: &Digest) -> Option<u64> {
        let st = lock(&self.state);
        st.slots
            .get(&Self::key(digest))
            .filter(|s| s.done.is_some())
            .map(|s| s.size)
    }

    /// Read a complete blob back.
    pub fn open(&self, digest: &Digest) -> Result<BlobReader> {
        let st = lock(&self.state);
        match st.slots.get(&Self::key(digest)) {
            Some(s) if s.done.is_some() => Ok(super::tarfs::region_reader(
                self.path.clone(),
                s.at + BLOCK,
                s.size,
            )),
            _ => Err(Error::NotFound(digest.to_string())),
        }
    }

    /// Store `content`, which must match `expected`; a blob already complete is left alone.
    pub async fn write(&self, expected: &Descriptor, mut content: BlobReader) -> Result<()> {
        let key = Self::key(&expected.digest);
        let size = expected.size.max(0) as u64;
        let writing = {
            let mut st = lock(&self.state);
            let st = &mut *st;
            let fresh = match st.slots.get(&key) {
                Some(s) if s.size == size || s.done.is_some() => false,
                Some(_) => {
                    st.plan_broken = true;
                    true
                }
                None => true,
            };
            if fresh {
                let at = st.next;
                st.next = at
                    .checked_add(entry_len(size))
                    .filter(|e| *e <= MAX_END)
                    .ok_or_else(|| {
                        Error::msg(format!(
                            "{}: {size} bytes do not fit in the archive",
                            expected.digest
                        ))
                    })?;
                st.slots.insert(
                    key.clone(),
                    Slot {
                        at,
                        size,
                        planned: false,
                        done: None,
                        writing: Default::default(),
                    },
                );
            }
            st.slots[&key].writing.clone()
        };
        let _turn = writing.lock().await;
        let at = {
            let st = lock(&self.state);
            let s = &st.slots[&key];
            if s.done.is_some() {
                return Ok(());
            }
            s.at
        };
        let mut out = std::fs::OpenOptions::new().write(true).open(&self.path)?;
        out.seek(SeekFrom::Start(at + BLOCK))?;
        crate::targets::sink::write_verified_shared(&mut content, out, expected).await?;
        let mtime = now_seconds();
        let name = blob_name(&key.0, &key.1);
        let h = header(&name, tar::EntryType::Regular, BLOB_MODE, size, mtime);
        let pad = (entry_len(size) - BLOCK - size) as usize;
        let file = self.file.try_clone()?;
        tokio::task::spawn_blocking(move || -> std::io::Result<()> {
            file.write_all_at(&[0u8; BLOCK as usize][..pad], at + BLOCK + size)?;
            file.write_all_at(h.as_bytes(), at)?;
            start_writeback(&file, at, entry_len(size));
            Ok(())
        })
        .await
        .map_err(|e| Error::msg(e.to_string()))??;
        // (a blob of another size under this digest may have taken the key meanwhile)
        if let Some(s) = lock(&self.state).slots.get_mut(&key)
            && s.at == at
        {
            s.done = Some(mtime);
        }
        Ok(())
    }

    /// Write the directories and `files` after the blobs, end the archive and sync it; the
    /// archive is handed back, for its caller to give it its name. Blocking.
    pub fn complete(&self, files: &[TrailingFile<'_>]) -> Result<tempfile::NamedTempFile> {
        let mut temp = lock(&self.temp)
            .take()
            .ok_or_else(|| Error::msg("the archive was completed already"))?;
        let st = lock(&self.state);
        let as_planned =
            !st.plan_broken && st.slots.values().all(|s| s.planned && s.done.is_some());
        if as_planned {
            self.complete_in_place(&st, files)?;
        } else {
            temp = self.rewrite(&st, files, &temp)?;
        }
        temp.as_file().sync_all()?;
        Ok(temp)
    }

    /// Every planned blob is in its place: the headers of the directories, then the
    /// trailing files and the end of the archive.
    fn complete_in_place(&self, st: &State, files: &[TrailingFile<'_>]) -> Result<()> {
        let now = now_seconds();
        let first = st
            .slots
            .values()
            .filter_map(|s| s.done)
            .min()
            .unwrap_or(now);
        let f = &self.file;
        let blobs = header("blobs/", tar::EntryType::Directory, self.dir_mode, 0, first);
        f.write_all_at(blobs.as_bytes(), 0)?;
        for (alg, at) in &st.dirs {
            let last = st
                .slots
                .iter()
                .filter(|((a, _), _)| a == alg)
                .filter_map(|(_, s)| s.done)
                .max()
                .unwrap_or(now);
            let name = format!("blobs/{alg}/");
            let h = header(&name, tar::EntryType::Directory, self.dir_mode, 0, last);
            f.write_all_at(h.as_bytes(), *at)?;
        }
        let mut tail = Vec::new();
        for t in files {
            let size = t.bytes.len() as u64;
            let h = header(t.name, tar::EntryType::Regular, t.mode, size, now);
            tail.extend_from_slice(h.as_bytes());
            tail.extend_from_slice(t.bytes);
            tail.resize(tail.len() + (entry_len(size) - BLOCK - size) as usize, 0);
        }
        tail.resize(tail.len() + 2 * BLOCK as usize, 0);
        f.write_all_at(&tail, st.planned_end)?;
        f.set_len(st.planned_end + tail.len() as u64)?;
        Ok(())
    }

    /// Archive the complete blobs again, in order, into a new file beside `old`.
    fn rewrite(
        &self,
        st: &State,
        files: &[TrailingFile<'_>],
        old: &tempfile::NamedTempFile,
    ) -> Result<tempfile::NamedTempFile> {
        let now = now_seconds();
        let dir = old.path().parent().unwrap_or(std::path::Path::new("."));
        let name = old
            .path()
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let new = tempfile::Builder::new()
            .prefix(&format!("{name}."))
            .tempfile_in(dir)?;
        let out = std::io::BufWriter::with_capacity(256 * 1024, new.as_file());
        let mut b = tar::Builder::new(out);
        let done: Vec<_> = st
            .slots
            .iter()
            .filter_map(|(k, s)| s.done.map(|t| (k, s, t)))
            .collect();
        let first = done.iter().map(|d| d.2).min().unwrap_or(now);
        let mut h = header("blobs/", tar::EntryType::Directory, self.dir_mode, 0, first);
        b.append_data(&mut h, "blobs/", std::io::empty())?;
        let mut current = None;
        for ((alg, hex), slot, mtime) in &done {
            if current != Some(alg) {
                current = Some(alg);
                let last = done
                    .iter()
                    .filter(|d| &d.0.0 == alg)
                    .map(|d| d.2)
                    .max()
                    .unwrap_or(now);
                let name = format!("blobs/{alg}/");
                let mut h = header(&name, tar::EntryType::Directory, self.dir_mode, 0, last);
                b.append_data(&mut h, &name, std::io::empty())?;
            }
            let name = blob_name(alg, hex);
            let mut h = header(&name, tar::EntryType::Regular, BLOB_MODE, slot.size, *mtime);
            let mut content = self.file.try_clone()?;
            content.seek(SeekFrom::Start(slot.at + BLOCK))?;
            b.append_data(&mut h, &name, Exact(content.take(slot.size)))?;
        }
        for t in files {
            let size = t.bytes.len() as u64;
            let mut h = header(t.name, tar::EntryType::Regular, t.mode, size, now);
            b.append_data(&mut h, t.name, t.bytes)?;
        }
        let out = b.into_inner()?;
        out.into_inner().map_err(|e| Error::Io(e.into_error()))?;
        Ok(new)
    }
}

/// Start writing `len` bytes from `at` to the disk without waiting: the sync at the end
/// then finds most of the archive written while later blobs were still arriving.
fn start_writeback(file: &std::fs::File, at: u64, len: u64) {
    use std::os::fd::AsRawFd;
    // SAFETY: a descriptor `file` owns, integer arguments; a failure only means the sync
    // at the end does all the work
    unsafe {
        libc::sync_file_range(
            file.as_raw_fd(),
            at as libc::off64_t,
            len as libc::off64_t,
            libc::SYNC_FILE_RANGE_WRITE,
        );
    }
}

/// A reader that fails instead of ending early.
struct Exact<R>(std::io::Take<R>);

impl<R: Read> Read for Exact<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let left = self.0.limit();
        let n = self.0.read(buf)?;
        if n == 0 && left > 0 && !buf.is_empty() {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::MetadataExt;

    fn blob(bytes: &[u8]) -> Descriptor {
        Descriptor::of_bytes("application/octet-stream", bytes)
    }

    fn reader(bytes: &[u8]) -> BlobReader {
        crate::targets::bytes_reader(bytes.to_vec())
    }

    fn temp(dir: &std::path::Path) -> tempfile::NamedTempFile {
        tempfile::Builder::new().tempfile_in(dir).unwrap()
    }

    const TRAILER: [TrailingFile<'static>; 2] = [
        TrailingFile {
            name: "index.json",
            bytes: b"{}",
            mode: 0o644,
        },
        TrailingFile {
            name: "oci-layout",
            bytes: b"{\"v\":1}",
            mode: 0o644,
        },
    ];

    /// (name, mode, content) of every entry.
    fn entries(path: &std::path::Path) -> Vec<(String, u32, Vec<u8>)> {
        let mut a = tar::Archive::new(std::fs::File::open(path).unwrap());
        a.entries()
            .unwrap()
            .map(|e| {
                let mut e = e.unwrap();
                let mode = e.header().mode().unwrap();
                assert_eq!(e.header().uid().unwrap(), 0);
                assert_eq!(e.header().username().unwrap(), Some("root"));
                let mut c = Vec::new();
                e.read_to_end(&mut c).unwrap();
                (e.path().unwrap().to_string_lossy().to_string(), mode, c)
            })
            .collect()
    }

    fn name(d: &Descriptor) -> String {
        format!("blobs/sha256/{}", d.digest.hex())
    }

    /// Blobs that arrive in any order, large and small, land in their planned places: the
    /// archive is complete in the file it was written into (not rewritten), in walk order.
    #[tokio::test]
    async fn planned_blobs_are_archived_in_place_in_walk_order() {
        let dir = tempfile::tempdir().unwrap();
        let big: Vec<u8> = (0..(1u32 << 20) + 333).map(|i| (i % 253) as u8).collect();
        let contents: Vec<Vec<u8>> = vec![b"a".to_vec(), big, Vec::new(), vec![9; 512]];
        let descs: Vec<Descriptor> = contents.iter().map(|c| blob(c)).collect();
        let t = temp(dir.path());
        let inode = t.as_file().metadata().unwrap().ino();
        let w = ArchiveWriter::new(t, &descs, 0o755).unwrap();
        for (d, c) in descs.iter().zip(&contents).rev() {
            w.write(d, reader(c)).await.unwrap();
        }
        // a blob written again is left alone
        w.write(&descs[0], reader(b"a")).await.unwrap();
        assert_eq!(w.size(&descs[1].digest), Some(contents[1].len() as u64));
        let mut back = Vec::new();
        tokio::io::AsyncReadExt::read_to_end(&mut w.open(&descs[1].digest).unwrap(), &mut back)
            .await
            .unwrap();
        assert_eq!(back, contents[1]);

        let done = w.complete(&TRAILER).unwrap();
        assert_eq!(done.as_file().metadata().unwrap().ino(), inode, "rewritten");
        let mut sorted: Vec<(String, Vec<u8>)> = descs
            .iter()
            .zip(&contents)
            .map(|(d, c)| (name(d), c.clone()))
            .collect();
        sorted.sort();
        let mut want = vec![
            ("blobs/".to_string(), 0o755, Vec::new()),
            ("blobs/sha256/".to_string(), 0o755, Vec::new()),
        ];
        want.extend(sorted.into_iter().map(|(n, c)| (n, 0o444, c)));
        want.push(("index.json".into(), 0o644, b"{}".to_vec()));
        want.push(("oci-layout".into(), 0o644, b"{\"v\":1}".to_vec()));
        assert_eq!(entries(done.path()), want);
        // the archive ends with two zero blocks and nothing after them
        let bytes = std::fs::read(done.path()).unwrap();
        assert!(bytes.len() % 512 == 0);
        assert!(bytes[bytes.len() - 1024..].iter().all(|b| *b == 0));
    }

    /// What the plan did not foresee is still archived, in walk order: a blob it did not
    /// list, a listed one that never came (left out), one of another size under a listed
    /// digest. Content that does not match is refused and leaves its place empty for a
    /// later, right write.
    #[tokio::test]
    async fn unforeseen_blobs_are_archived_in_order_by_a_rewrite() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b, c) = (blob(b"aaa"), blob(b"bbbb"), blob(b"never"));
        let t = temp(dir.path());
        let inode = t.as_file().metadata().unwrap().ino();
        let mut wrong_size = a.clone();
        wrong_size.size = 99;
        let w = ArchiveWriter::new(t, &[wrong_size, c.clone()], 0o700).unwrap();
        let err = w.write(&b, reader(b"bbbX")).await.unwrap_err();
        assert!(err.to_string().contains("mismatched digest"), "{err}");
        assert_eq!(w.size(&b.digest), None);
        w.write(&b, reader(b"bbbb")).await.unwrap();
        w.write(&a, reader(b"aaa")).await.unwrap();
        let done = w.complete(&TRAILER).unwrap();
        assert_ne!(done.as_file().metadata().unwrap().ino(), inode);
        let mut blobs = [(name(&a), b"aaa".to_vec()), (name(&b), b"bbbb".to_vec())];
        blobs.sort();
        let got = entries(done.path());
        let names: Vec<&str> = got.iter().map(|e| e.0.as_str()).collect();
        assert_eq!(
            names,
            [
                "blobs/",
                "blobs/sha256/",
                &blobs[0].0,
                &blobs[1].0,
                "index.json",
                "oci-layout"
            ]
        );
        assert_eq!(got[2].2, blobs[0].1);
        assert_eq!(got[3].2, blobs[1].1);
        assert_eq!(got[0].1, 0o700);
        // only one file is left beside it: the archive itself
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    /// Sizes no file can hold (a manifest may claim them) neither overflow the plan nor
    /// take a place: the plan stops before them, and writing one is refused.
    #[tokio::test]
    async fn absurd_sizes_do_not_overflow_the_plan() {
        let dir = tempfile::tempdir().unwrap();
        let real = blob(b"real");
        let mut huge: Vec<Descriptor> = (0..3u8).map(|i| blob(&[i])).collect();
        for h in &mut huge {
            h.size = i64::MAX;
        }
        let mut plan = huge.clone();
        plan.push(real.clone());
        let w = ArchiveWriter::new(temp(dir.path()), &plan, 0o755).unwrap();
        w.write(&real, reader(b"real")).await.unwrap();
        let err = w.write(&huge[0], reader(&[0])).await.unwrap_err();
        assert!(err.to_string().contains("do not fit"), "{err}");
        let done = w.complete(&TRAILER).unwrap();
        let names: Vec<String> = entries(done.path()).into_iter().map(|e| e.0).collect();
        assert_eq!(
            names,
            [
                "blobs/",
                "blobs/sha256/",
                &name(&real),
                "index.json",
                "oci-layout"
            ]
        );
    }

    /// Two writers of one blob at once: one entry, written once.
    #[tokio::test]
    async fn one_blob_written_twice_at_once_is_one_entry() {
        let dir = tempfile::tempdir().unwrap();
        let content = vec![5u8; 700_000];
        let d = blob(&content);
        let w = ArchiveWriter::new(temp(dir.path()), std::slice::from_ref(&d), 0o755).unwrap();
        let (x, y) = tokio::join!(w.write(&d, reader(&content)), w.write(&d, reader(&content)));
        x.unwrap();
        y.unwrap();
        let done = w.complete(&TRAILER).unwrap();
        let got = entries(done.path());
        assert_eq!(got.len(), 5);
        assert_eq!(got[2].2, content);
    }
}
