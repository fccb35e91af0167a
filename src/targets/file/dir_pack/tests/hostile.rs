//! Hostile archives: names outside the title, links that escape (alone or chained),
//! writes through symlinks, hard links to outside files, and entries replacing each other.
//! Nothing may be written outside the output directory, nor left inside it.

use super::*;
use crate::go::quote::quote as go_quote;
use crate::targets::file::dir_pack::{PackError, unpack};
use std::fs;

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
