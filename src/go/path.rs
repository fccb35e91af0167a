//! Go's lexical path cleaning, one home for its three uses: `path.Clean` on `/`-separated
//! names (push titles, tar entry names, sprig's `clean`) and `filepath.Clean` on local paths
//! (the pull guard, the default docker config path).

#[cfg(not(unix))]
use std::path::Component;
use std::path::{Path, PathBuf};

/// Go's `path.Clean` on a `/`-separated byte string.
pub fn clean_bytes(p: &[u8]) -> Vec<u8> {
    let rooted = p.first() == Some(&b'/');
    let mut out: Vec<&[u8]> = Vec::new();
    for comp in p.split(|&b| b == b'/') {
        match comp {
            b"" | b"." => {}
            b".." => {
                if out.last().is_some_and(|l| *l != b"..") {
                    out.pop();
                } else if !rooted {
                    out.push(comp);
                }
            }
            _ => out.push(comp),
        }
    }
    let mut res = Vec::with_capacity(p.len());
    if rooted {
        res.push(b'/');
    }
    for (i, comp) in out.iter().enumerate() {
        if i > 0 {
            res.push(b'/');
        }
        res.extend_from_slice(comp);
    }
    if res.is_empty() {
        res.push(b'.');
    }
    res
}

/// Go's `path.Clean` on a `/`-separated name: drop `.` and empty segments, resolve `..`
/// where possible.
pub fn clean(path: &str) -> String {
    // whole segments are kept or dropped, so UTF-8 in gives UTF-8 out
    String::from_utf8_lossy(&clean_bytes(path.as_bytes())).into_owned()
}

/// Lexically clean a path (Go `filepath.Clean`), keeping non-UTF-8 names intact on Unix.
pub fn clean_path(p: &Path) -> PathBuf {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        use std::os::unix::ffi::OsStringExt;
        PathBuf::from(std::ffi::OsString::from_vec(clean_bytes(
            p.as_os_str().as_bytes(),
        )))
    }
    #[cfg(not(unix))]
    {
        let mut out = PathBuf::new();
        for c in p.components() {
            match c {
                Component::CurDir => {}
                Component::ParentDir => {
                    if matches!(out.components().next_back(), Some(Component::Normal(_))) {
                        out.pop();
                    } else if !out.has_root() {
                        out.push("..");
                    }
                }
                other => out.push(other.as_os_str()),
            }
        }
        if out.as_os_str().is_empty() {
            out.push(".");
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_matches_go() {
        let cases: &[(&str, &str)] = &[
            ("", "."),
            (".", "."),
            ("a/b", "a/b"),
            ("a//b/", "a/b"),
            ("./a/./b", "a/b"),
            ("a/../b", "b"),
            ("a/../../b", "../b"),
            ("../../x", "../../x"),
            ("/../x", "/x"),
            ("/", "/"),
            ("//a", "/a"),
            ("t/../../x", "../x"),
            ("a/b/..", "a"),
            ("./a/b.txt", "a/b.txt"),
            ("/a/../../b", "/b"),
        ];
        for (i, o) in cases {
            assert_eq!(clean(i), *o, "clean({i:?})");
        }
    }

    #[test]
    fn clean_path_keeps_the_root_and_leading_parents() {
        assert_eq!(
            clean_path(Path::new("/a/../../b/./c/")),
            PathBuf::from("/b/c")
        );
        assert_eq!(clean_path(Path::new("../a/./b/..")), PathBuf::from("../a"));
        assert_eq!(clean_path(Path::new("")), PathBuf::from("."));
    }
}
