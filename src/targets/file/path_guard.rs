//! Path safety for pulled content: where a titled item may be written under the output directory.
//!
//! Mirrors oras-go v2.6.0 `content/file` `resolveWritePath` (lexical containment after
//! `filepath.Clean`, `AllowPathTraversalOnWrite`, `DisableOverwrite`) and adds the symlink
//! containment check that oras-go only gained in later releases (GHSA-8xwf-rjm4-xvhv,
//! GHSA-m37j-52j7-pjw7): existing symlinks on the way to the target are resolved physically and
//! the result must still be inside the output directory.
//!
//! The lexical helpers (`clean`, `join_name`, `rel_under`) work on raw bytes with `/` separators, the way Go's
//! `path`/`filepath` do on Unix, and are shared with `dir_pack`.

use std::collections::VecDeque;
use std::ffi::{OsStr, OsString};
use std::io;
use std::path::{Component, Path, PathBuf};

/// Errors from [`resolve_write_path`]. The Display texts are the oras-go sentinel errors; the
/// CLI prefixes them with `failed to resolve path for writing: `.
#[derive(Debug, thiserror::Error)]
pub enum GuardError {
    /// The title leaves the output directory (lexically, or through an existing symlink).
    #[error("path traversal disallowed")]
    PathTraversal,
    /// `--keep-old-files` and something already exists at the target path.
    #[error("overwrite disallowed")]
    OverwriteDisallowed,
    /// The file system could not be inspected.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
}

/// Maximum number of symlinks followed while resolving one path (above every OS limit: Linux 40,
/// macOS 32), so a longer chain could never be followed by a later writer either.
const MAX_SYMLINK_HOPS: usize = 64;

/// Resolve where a pulled item titled `title` is written under `root` (the output directory,
/// normally absolute; a relative root is made absolute against the current directory like Go's
/// `filepath.Abs`).
///
/// * The result is `filepath.Join(root, title)` (cleaned), or `title` itself when it is absolute.
/// * Without `allow_traversal`, a title whose cleaned path is not `root` or below it fails with
///   [`GuardError::PathTraversal`] (`../x`, `a/../../b`, `/etc/x`). As in oras-go, an absolute
///   title that names a path *inside* root is accepted. In addition, every existing component
///   between root and the target — including the target itself if it is an existing symlink — is
///   resolved through symlinks; if the physical location leaves root, the result is
///   `PathTraversal` too (a pre-existing `root/link -> /etc` and title `link/passwd` fail).
///   Callers should still write through a temp file + rename so that a terminal symlink is
///   replaced rather than followed.
/// * With `allow_traversal`, no containment check is made.
/// * With `keep_old_files`, an existing path (any type, a dangling symlink included) fails with
///   [`GuardError::OverwriteDisallowed`].
pub fn resolve_write_path(
    root: &Path,
    title: &str,
    allow_traversal: bool,
    keep_old_files: bool,
) -> Result<PathBuf, GuardError> {
    let root = absolute(root)?;
    let title_path = Path::new(title);
    let joined = if title_path.is_absolute() {
        title_path.to_path_buf()
    } else {
        root.join(title_path)
    };
    let target = crate::go::path::clean_path(&joined);

    if !allow_traversal {
        let base = crate::go::path::clean_path(&root);
        if target.strip_prefix(&base).is_err() {
            return Err(GuardError::PathTraversal);
        }
        check_symlink_escape(&base, &target)?;
    }

    if keep_old_files {
        match std::fs::symlink_metadata(&target) {
            Ok(_) => return Err(GuardError::OverwriteDisallowed),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) if e.raw_os_error() == Some(ENOTDIR) => {}
            Err(source) => {
                return Err(GuardError::Io {
                    path: target,
                    source,
                });
            }
        }
    }
    Ok(target)
}

#[cfg(unix)]
const ENOTDIR: i32 = 20;
#[cfg(not(unix))]
const ENOTDIR: i32 = -1;

fn absolute(p: &Path) -> Result<PathBuf, GuardError> {
    if p.is_absolute() {
        return Ok(p.to_path_buf());
    }
    std::env::current_dir()
        .map(|cwd| cwd.join(p))
        .map_err(|source| GuardError::Io {
            path: p.to_path_buf(),
            source,
        })
}

/// Fail with `PathTraversal` when the physical location of `target` (symlinks in existing
/// components followed) is not inside the physical location of `base`.
fn check_symlink_escape(base: &Path, target: &Path) -> Result<(), GuardError> {
    let io_err = |source| GuardError::Io {
        path: target.to_path_buf(),
        source,
    };
    let real_base = resolve_absolute(base).map_err(io_err)?;
    let real_target = match resolve_absolute(target) {
        Ok(p) => p,
        // Symlink loops or absurd chains cannot be proven to stay inside.
        Err(e) if e.kind() == io::ErrorKind::InvalidInput => return Err(GuardError::PathTraversal),
        Err(e) => return Err(io_err(e)),
    };
    if real_target.strip_prefix(&real_base).is_err() {
        return Err(GuardError::PathTraversal);
    }
    Ok(())
}

/// Physically resolve an absolute path: symlinks in existing components are followed (with a hop
/// limit), components that do not exist are taken lexically.
fn resolve_absolute(path: &Path) -> io::Result<PathBuf> {
    let comps: Vec<OsString> = path
        .components()
        .filter_map(|c| match c {
            Component::Normal(n) => Some(n.to_os_string()),
            Component::ParentDir => Some(OsString::from("..")),
            _ => None,
        })
        .collect();
    let root = root_of(path);
    match resolve_beneath(&root, comps, true)? {
        Some(rel) => Ok(root.join(rel)),
        None => Ok(root),
    }
}

fn root_of(path: &Path) -> PathBuf {
    let mut root = PathBuf::new();
    for c in path.components() {
        match c {
            Component::Prefix(_) | Component::RootDir => root.push(c.as_os_str()),
            _ => break,
        }
    }
    root
}

/// Resolve `comps` (relative to `base`) physically, never leaving `base`.
///
/// Every existing component that is a symlink is replaced by its target (relative targets are
/// taken from the link's directory); `..` pops one level. Returns `Ok(None)` when the walk would
/// go above `base`, or hits an absolute symlink target while `allow_absolute` is false. With
/// `allow_absolute` (only meaningful when `base` is a file-system root) an absolute target restarts
/// from `base`. Too many symlink hops give an `InvalidInput` error.
pub(crate) fn resolve_beneath(
    base: &Path,
    comps: impl IntoIterator<Item = OsString>,
    allow_absolute: bool,
) -> io::Result<Option<PathBuf>> {
    let mut queue: VecDeque<OsString> = comps.into_iter().collect();
    let mut stack: Vec<OsString> = Vec::new();
    let mut hops = 0usize;
    while let Some(c) = queue.pop_front() {
        if c.is_empty() || c == "." {
            continue;
        }
        if c == ".." {
            if stack.pop().is_none() {
                if allow_absolute {
                    continue; // "/.." is "/"
                }
                return Ok(None);
            }
            continue;
        }
        let mut cur = base.to_path_buf();
        cur.extend(stack.iter());
        cur.push(&c);
        let is_link = std::fs::symlink_metadata(&cur)
            .map(|m| m.file_type().is_symlink())
            .unwrap_or(false);
        if !is_link {
            stack.push(c);
            continue;
        }
        hops += 1;
        if hops > MAX_SYMLINK_HOPS {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "too many levels of symbolic links",
            ));
        }
        let link = std::fs::read_link(&cur)?;
        let mut prefix: Vec<OsString> = Vec::new();
        for lc in link.components() {
            match lc {
                Component::Prefix(_) | Component::RootDir => {
                    if !allow_absolute {
                        return Ok(None);
                    }
                    stack.clear();
                }
                Component::CurDir => {}
                Component::ParentDir => prefix.push(OsString::from("..")),
                Component::Normal(n) => prefix.push(n.to_os_string()),
            }
        }
        for p in prefix.into_iter().rev() {
            queue.push_front(p);
        }
    }
    let mut out = PathBuf::new();
    out.extend(stack.iter());
    Ok(Some(out))
}

/// `parent + "/" + child`, cleaned (Go's `path.Join`).
pub(crate) fn join_name(parent: &[u8], child: &[u8]) -> Vec<u8> {
    let mut v = Vec::with_capacity(parent.len() + 1 + child.len());
    v.extend_from_slice(parent);
    v.push(b'/');
    v.extend_from_slice(child);
    crate::go::path::clean_bytes(&v)
}

/// For two cleaned `/`-separated paths, the path of `target` relative to `base` when `target` is
/// `base` or below it (`"."` for equality); `None` when it is outside (what Go's `filepath.Rel`
/// reports as `..`-prefixed or as an error).
pub(crate) fn rel_under<'a>(base: &[u8], target: &'a [u8]) -> Option<&'a [u8]> {
    if base == target {
        return Some(b".");
    }
    if base == b"." {
        let outside =
            target == b".." || target.starts_with(b"../") || target.first() == Some(&b'/');
        return if outside { None } else { Some(target) };
    }
    if base == b"/" {
        return target.strip_prefix(b"/").filter(|r| !r.is_empty());
    }
    let rest = target.strip_prefix(base)?;
    let rest = rest.strip_prefix(b"/")?;
    if rest.is_empty() { None } else { Some(rest) }
}

/// Raw bytes (Unix file name bytes, or UTF-8 elsewhere) to a path.
pub(crate) fn bytes_to_path(b: &[u8]) -> PathBuf {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        PathBuf::from(OsStr::from_bytes(b))
    }
    #[cfg(not(unix))]
    {
        PathBuf::from(String::from_utf8_lossy(b).into_owned())
    }
}

/// Path to raw bytes (see [`bytes_to_path`]).
pub(crate) fn path_bytes(p: &OsStr) -> std::borrow::Cow<'_, [u8]> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        std::borrow::Cow::Borrowed(p.as_bytes())
    }
    #[cfg(not(unix))]
    {
        std::borrow::Cow::Owned(p.to_string_lossy().replace('\\', "/").into_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rel_under_cases() {
        assert_eq!(rel_under(b"t", b"t"), Some(&b"."[..]));
        assert_eq!(rel_under(b"t", b"t/a/b"), Some(&b"a/b"[..]));
        assert_eq!(rel_under(b"t", b"tx/a"), None);
        assert_eq!(rel_under(b"t", b"../x"), None);
        assert_eq!(rel_under(b"t", b"/t/x"), None);
        assert_eq!(rel_under(b".", b"x"), Some(&b"x"[..]));
        assert_eq!(rel_under(b".", b"../x"), None);
        assert_eq!(rel_under(b".", b"/x"), None);
        assert_eq!(rel_under(b"/", b"/x"), Some(&b"x"[..]));
        assert_eq!(rel_under(b"../t", b"../t/x"), Some(&b"x"[..]));
        assert_eq!(rel_under(b"a/b", b"a"), None);
    }

    #[test]
    fn resolve_table() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("out");
        std::fs::create_dir(&root).unwrap();
        let root = std::fs::canonicalize(&root).unwrap();

        // Lexical checks.
        for bad in ["../x", "/abs", "a/../../b", "..", "a/../.."] {
            assert!(
                matches!(
                    resolve_write_path(&root, bad, false, false),
                    Err(GuardError::PathTraversal)
                ),
                "{bad} must be refused"
            );
        }
        assert_eq!(
            resolve_write_path(&root, "a/b", false, false).unwrap(),
            root.join("a/b")
        );
        assert_eq!(
            resolve_write_path(&root, "./a/../c", false, false).unwrap(),
            root.join("c")
        );
        assert_eq!(resolve_write_path(&root, ".", false, false).unwrap(), root);
        // Absolute title inside root is accepted, like oras-go.
        let inside = root.join("in.txt");
        assert_eq!(
            resolve_write_path(&root, inside.to_str().unwrap(), false, false).unwrap(),
            inside
        );

        // With traversal allowed.
        assert_eq!(
            resolve_write_path(&root, "../x", true, false).unwrap(),
            root.parent().unwrap().join("x")
        );
        assert_eq!(
            resolve_write_path(&root, "/abs/y", true, false).unwrap(),
            PathBuf::from("/abs/y")
        );

        // keep_old_files.
        std::fs::write(root.join("exists.txt"), b"x").unwrap();
        assert!(matches!(
            resolve_write_path(&root, "exists.txt", false, true),
            Err(GuardError::OverwriteDisallowed)
        ));
        assert!(resolve_write_path(&root, "exists.txt", false, false).is_ok());
        assert!(resolve_write_path(&root, "new.txt", false, true).is_ok());
        assert!(resolve_write_path(&root, "exists.txt/sub", false, true).is_ok());
        assert_eq!(
            GuardError::OverwriteDisallowed.to_string(),
            "overwrite disallowed"
        );
        assert_eq!(
            GuardError::PathTraversal.to_string(),
            "path traversal disallowed"
        );
    }

    #[cfg(unix)]
    #[test]
    fn resolve_symlink_escape() {
        use std::os::unix::fs::symlink;
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("out");
        let outside = tmp.path().join("outside");
        std::fs::create_dir(&root).unwrap();
        std::fs::create_dir(&outside).unwrap();
        symlink(&outside, root.join("link")).unwrap();
        symlink("/etc", root.join("etc")).unwrap();
        symlink("../outside/f", root.join("rel-out")).unwrap();
        std::fs::create_dir(root.join("sub")).unwrap();
        symlink("sub", root.join("inlink")).unwrap();
        symlink("loop", root.join("loop")).unwrap();
        symlink("/nonexistent/dir", root.join("dangling")).unwrap();

        for bad in [
            "link/passwd",
            "etc/passwd",
            "link",
            "rel-out",
            "loop/x",
            "dangling/x",
        ] {
            assert!(
                matches!(
                    resolve_write_path(&root, bad, false, false),
                    Err(GuardError::PathTraversal)
                ),
                "{bad} must be refused"
            );
            // Allowed when the user asked for it.
            assert!(resolve_write_path(&root, bad, true, false).is_ok());
        }
        assert_eq!(
            resolve_write_path(&root, "inlink/f", false, false).unwrap(),
            root.join("inlink/f")
        );

        // A root reached through a symlink is fine.
        let alias = tmp.path().join("alias");
        symlink(&root, &alias).unwrap();
        assert!(resolve_write_path(&alias, "inlink/f", false, false).is_ok());
        assert!(matches!(
            resolve_write_path(&alias, "link/f", false, false),
            Err(GuardError::PathTraversal)
        ));
    }
}
