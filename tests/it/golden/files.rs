//! The `NN.files` listing: snapshots of the work dir before and after a step, and their diff.
//!
//! Entries (README "File listing"): `d <mode>`, `l <target>`, `f <mode> <size> <sha256>`,
//! and for tar archives `f <mode> tar` plus one virtual `<archive>!<member>` entry per
//! member. UTF-8 files are hashed after rule 1; `index.json` files also get their
//! `"manifests"` array sorted.

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use sha2::{Digest, Sha256};

use super::normalize::{self, Literals};

/// Text files up to this size are kept so that a failure can show their content.
const KEPT_TEXT_MAX: usize = 8 * 1024;

/// The state of a work dir: entry per relative path (directories end with `/`).
#[derive(Debug, Default, Clone)]
pub struct Snapshot {
    /// Path → entry text, sorted by path (byte order = Python's code point order).
    pub entries: BTreeMap<String, String>,
    /// Path → normalised content of small text files (for failure messages only).
    pub texts: BTreeMap<String, String>,
}

/// Walks `root` recursively without following symlinks.
pub fn snapshot(root: &Path, literals: &Literals) -> Snapshot {
    let mut snap = Snapshot::default();
    walk(root, "", literals, &mut snap);
    snap
}

/// The `NN.files` text: `+ <entry> <path>` for new or changed paths, `- <path>` for gone ones.
pub fn listing(before: &Snapshot, after: &Snapshot) -> String {
    let mut lines: BTreeMap<&str, String> = BTreeMap::new();
    for (path, entry) in &after.entries {
        if before.entries.get(path) != Some(entry) {
            lines.insert(path, format!("+ {entry} {path}\n"));
        }
    }
    for path in before.entries.keys() {
        if !after.entries.contains_key(path) {
            lines.insert(path, format!("- {path}\n"));
        }
    }
    lines.into_values().collect()
}

fn walk(dir: &Path, rel: &str, literals: &Literals, snap: &mut Snapshot) {
    let read = fs::read_dir(dir).unwrap_or_else(|err| panic!("listing {}: {err}", dir.display()));
    for entry in read {
        let entry = entry.unwrap_or_else(|err| panic!("listing {}: {err}", dir.display()));
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        let meta = fs::symlink_metadata(&path)
            .unwrap_or_else(|err| panic!("stat {}: {err}", path.display()));
        let mode = meta.permissions().mode() & 0o7777;
        let rel_path = format!("{rel}{name}");
        if meta.is_dir() {
            snap.entries
                .insert(format!("{rel_path}/"), format!("d {mode:04o}"));
            walk(&path, &format!("{rel_path}/"), literals, snap);
        } else if meta.file_type().is_symlink() {
            let target = fs::read_link(&path)
                .unwrap_or_else(|err| panic!("readlink {}: {err}", path.display()));
            snap.entries
                .insert(rel_path, format!("l {}", target.to_string_lossy()));
        } else {
            let bytes =
                fs::read(&path).unwrap_or_else(|err| panic!("reading {}: {err}", path.display()));
            add_file(&rel_path, mode, &bytes, literals, snap);
        }
    }
}

fn add_file(rel_path: &str, mode: u32, bytes: &[u8], literals: &Literals, snap: &mut Snapshot) {
    if is_tar(rel_path, bytes) {
        if let Some(members) = tar_members(bytes, literals) {
            snap.entries
                .insert(rel_path.to_string(), format!("f {mode:04o} tar"));
            for (member, entry, text) in members {
                let path = format!("{rel_path}!{member}");
                if let Some(text) = text {
                    snap.texts.insert(path.clone(), text);
                }
                snap.entries.insert(path, entry);
            }
            return;
        }
    }
    let (size, sha, text) = content(file_name(rel_path), bytes, literals);
    snap.entries
        .insert(rel_path.to_string(), format!("f {mode:04o} {size} {sha}"));
    if let Some(text) = text {
        snap.texts.insert(rel_path.to_string(), text);
    }
}

fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// A tar archive: the name ends with `.tar` (any case) or `ustar` is at offset 257.
fn is_tar(path: &str, bytes: &[u8]) -> bool {
    path.to_ascii_lowercase().ends_with(".tar") || bytes.get(257..262) == Some(b"ustar")
}

/// Size and sha256 of a file's content (rule 1 for UTF-8 text, plus the `index.json`
/// sort), and the normalised text when it is small enough to show.
fn content(name: &str, bytes: &[u8], literals: &Literals) -> (usize, String, Option<String>) {
    match std::str::from_utf8(bytes) {
        Ok(text) => {
            let mut text = literals.apply(text);
            if name == "index.json" {
                text = normalize::sort_manifests_array(&text);
            }
            let sha = hex::encode(Sha256::digest(text.as_bytes()));
            let kept = (text.len() <= KEPT_TEXT_MAX).then(|| text.clone());
            (text.len(), sha, kept)
        }
        Err(_) => (bytes.len(), hex::encode(Sha256::digest(bytes)), None),
    }
}

/// `(member, entry, shown text)` for each member, or `None` when `bytes` is not a tar.
fn tar_members(bytes: &[u8], literals: &Literals) -> Option<Vec<(String, String, Option<String>)>> {
    let mut archive = tar::Archive::new(bytes);
    let mut members = Vec::new();
    for entry in archive.entries().ok()? {
        let mut entry = entry.ok()?;
        let header = entry.header();
        // Empty numeric fields read as 0, as Python's tarfile (the recorder) reads them.
        let mode = header.mode().unwrap_or(0) & 0o7777;
        let uid = header.uid().unwrap_or(0);
        let gid = header.gid().unwrap_or(0);
        let kind = header.entry_type();
        let name = entry
            .path()
            .ok()?
            .to_string_lossy()
            .trim_end_matches('/')
            .to_string();
        let owner = format!("uid={uid} gid={gid}");
        let (line, text) = if kind.is_dir() {
            (format!("d {mode:04o} {owner}"), None)
        } else if kind.is_symlink() || kind.is_hard_link() {
            let target = entry.link_name().ok()??.to_string_lossy().into_owned();
            (format!("l {target}"), None)
        } else {
            let mut data = Vec::new();
            entry.read_to_end(&mut data).ok()?;
            let (size, sha, text) = content(file_name(&name), &data, literals);
            (format!("f {mode:04o} {owner} {size} {sha}"), text)
        };
        members.push((name, line, text));
    }
    Some(members)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::{PermissionsExt, symlink};

    fn literals(root: &Path) -> Literals {
        Literals::new([
            (root.display().to_string(), "[TMP]".to_string()),
            ("localhost:5000".to_string(), "[REGISTRY]".to_string()),
        ])
    }

    fn sha(text: &str) -> String {
        hex::encode(Sha256::digest(text.as_bytes()))
    }

    #[test]
    fn lists_new_changed_and_removed_paths_sorted() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path();
        fs::write(root.join("keep.txt"), "same").expect("write");
        fs::write(root.join("gone.txt"), "x").expect("write");
        fs::write(root.join("change.txt"), "old").expect("write");
        let lits = literals(root);
        let before = snapshot(root, &lits);

        fs::remove_file(root.join("gone.txt")).expect("rm");
        fs::write(root.join("change.txt"), "new").expect("write");
        fs::create_dir_all(root.join("out/sub")).expect("mkdir");
        fs::set_permissions(root.join("out"), fs::Permissions::from_mode(0o700)).expect("chmod");
        fs::write(root.join("out/sub/b.txt"), "at localhost:5000\n").expect("write");
        fs::write(root.join("out/a.bin"), [0xff, 0xfe]).expect("write");
        symlink("a.bin", root.join("out/link")).expect("symlink");
        let after = snapshot(root, &lits);

        let want = format!(
            "+ f 0644 3 {new} change.txt\n- gone.txt\n+ d 0700 out/\n+ f 0644 2 {bin} out/a.bin\n\
             + l a.bin out/link\n+ d 0755 out/sub/\n+ f 0644 14 {text} out/sub/b.txt\n",
            new = sha("new"),
            bin = hex::encode(Sha256::digest([0xff, 0xfe])),
            text = sha("at [REGISTRY]\n"),
        );
        assert_eq!(listing(&before, &after), want);
        assert_eq!(after.texts["out/sub/b.txt"], "at [REGISTRY]\n");
    }

    #[test]
    fn index_json_manifests_are_sorted_before_hashing() {
        let dir = tempfile::tempdir().expect("temp dir");
        let index = r#"{"manifests":[{"digest":"b"},{"digest":"a"}]}"#;
        fs::write(dir.path().join("index.json"), index).expect("write");
        let snap = snapshot(dir.path(), &literals(dir.path()));
        let sorted = r#"{"manifests":[{"digest":"a"},{"digest":"b"}]}"#;
        assert_eq!(
            snap.entries["index.json"],
            format!("f 0644 {} {}", sorted.len(), sha(sorted))
        );
    }

    #[test]
    fn tar_archives_list_their_members() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut builder = tar::Builder::new(Vec::new());
        let mut header = tar::Header::new_ustar();
        header.set_entry_type(tar::EntryType::Directory);
        header.set_path("blobs/").expect("path");
        header.set_mode(0o755);
        header.set_size(0);
        header.set_cksum();
        builder.append(&header, &[][..]).expect("dir member");
        let mut header = tar::Header::new_ustar();
        header.set_path("blobs/index.json").expect("path");
        header.set_mode(0o444);
        header.set_uid(7);
        header.set_size(2);
        header.set_cksum();
        builder.append(&header, &b"{}"[..]).expect("file member");
        let tar = builder.into_inner().expect("tar bytes");
        fs::write(dir.path().join("Backup.TAR"), &tar).expect("write");
        fs::write(dir.path().join("not-a-tar.tar"), "hello").expect("write");

        let snap = snapshot(dir.path(), &literals(dir.path()));
        let entries: Vec<String> = snap
            .entries
            .iter()
            .map(|(p, e)| format!("{e} {p}"))
            .collect();
        assert_eq!(
            entries,
            [
                "f 0644 tar Backup.TAR".to_string(),
                "d 0755 uid=0 gid=0 Backup.TAR!blobs".to_string(),
                format!(
                    "f 0444 uid=7 gid=0 2 {} Backup.TAR!blobs/index.json",
                    sha("{}")
                ),
                format!("f 0644 5 {} not-a-tar.tar", sha("hello")),
            ]
        );
    }
}

#[cfg(test)]
mod recorded {
    use super::*;

    /// The recorder's hashing, as this file reproduces it, agrees with every recorded
    /// `NN.file.*` content and its `NN.files` line (incl. the `index.json` sort).
    #[test]
    fn recorded_file_contents_hash_to_their_listing_lines() {
        let golden = crate::support::paths::golden_dir();
        let mut checked = 0;
        for scenario in fs::read_dir(&golden).expect("listing shared/golden") {
            let dir = scenario.expect("golden entry").path();
            let Ok(entries) = fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries {
                let file = entry
                    .expect("scenario entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned();
                let Some((step, path)) = file.split_once(".file.") else {
                    continue;
                };
                let path = path.replace("__", "/");
                let listing = fs::read_to_string(dir.join(format!("{step}.files")))
                    .unwrap_or_else(|err| panic!("{}/{step}.files: {err}", dir.display()));
                let line = listing
                    .lines()
                    .find(|l| l.ends_with(&format!(" {path}")))
                    .unwrap_or_else(|| panic!("{}: no listing line for {path}", dir.display()));
                let bytes = fs::read(dir.join(&file)).expect("reading recorded file");
                let (size, sha, _) = content(file_name(&path), &bytes, &Literals::default());
                assert!(
                    line.ends_with(&format!(" {size} {sha} {path}")),
                    "{}/{file}: computed {size} {sha}, listed {line:?}",
                    dir.display()
                );
                checked += 1;
            }
        }
        assert!(checked > 10, "only {checked} recorded files found");
    }
}
