//! Unpacking as a whole: digest check before anything lands, guarded destinations, nested
//! titles, and merging a `.` title into the output directory.

use super::*;
use crate::targets::file::dir_pack::{PackError, unpack};
use crate::targets::file::path_guard::GuardError;
use std::fs;
use std::os::unix::fs::symlink;

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
