//! Packing: names, kinds, modes and mtimes in the archive, the two digests, reproducible
//! mode, refused sockets, and round trips through `unpack`.

use super::*;
use crate::targets::file::dir_pack::{PackOptions, pack_dir, unpack};
use std::fs::{self, File};
use std::io::Read;
use std::os::unix::fs::symlink;
use std::path::PathBuf;

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
