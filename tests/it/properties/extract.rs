//! Properties of writing pulled content: the directory extractor (`dir_pack::unpack`) and the
//! write-path guard. For any sequence of tar entries (names with `..`, absolute paths, pax
//! path records, symlinks and hard links in any order, writes through symlinks) and any
//! pre-existing symlinks, nothing is created or changed outside the output folder.

use super::{Case, bounded, config};
use oras::targets::file::dir_pack;
use oras::targets::file::path_guard::resolve_write_path;
use proptest::prelude::*;
use std::collections::{BTreeMap, VecDeque};
use std::ffi::OsString;
use std::fs;
use std::io::Write;
use std::path::{Component, Path, PathBuf};

/// What one tar entry is.
#[derive(Clone, Debug)]
enum Kind {
    Dir,
    File(Vec<u8>),
    Symlink(String),
    Hardlink(String),
    /// A regular file whose real name comes from a preceding pax `path` record.
    PaxPath(String),
    /// A fifo or a device: skipped by the extractor.
    Special(u8),
}

#[derive(Clone, Debug)]
struct Entry {
    name: String,
    kind: Kind,
}

/// Placeholder for the absolute path of the folder next to the output folder.
const OUT: &str = "@OUT";

/// Paths that start inside the title and wander: `..`, `.`, empty and absolute parts.
fn name() -> impl Strategy<Value = String> {
    let comp = prop::sample::select(vec!["t", "t", "t", "a", "b", "l", "..", ".", "", "x"]);
    (
        prop::sample::select(vec!["", "", "", "./", "/", "@OUT/"]),
        prop::collection::vec(comp, 1..5),
        any::<bool>(),
    )
        .prop_map(|(prefix, comps, slash)| {
            let mut s = format!("{prefix}{}", comps.join("/"));
            if slash {
                s.push('/');
            }
            s
        })
}

/// Link targets: relative paths up and around, absolute ones, the output folder's sibling.
fn link_target() -> impl Strategy<Value = String> {
    let comp = prop::sample::select(vec!["t", "a", "b", "l", "..", ".", "x"]);
    (
        prop::sample::select(vec!["", "", "", "/", "@OUT/", "@OUT"]),
        prop::collection::vec(comp, 0..5),
    )
        .prop_map(|(prefix, comps)| format!("{prefix}{}", comps.join("/")))
}

fn entry() -> impl Strategy<Value = Entry> {
    let kind = prop_oneof![
        2 => Just(Kind::Dir),
        3 => prop::collection::vec(any::<u8>(), 0..16).prop_map(Kind::File),
        3 => link_target().prop_map(Kind::Symlink),
        2 => name().prop_map(Kind::Hardlink),
        1 => name().prop_map(Kind::PaxPath),
        1 => prop::sample::select(vec![b'3', b'4', b'6', b'7']).prop_map(Kind::Special),
    ];
    (name(), kind).prop_map(|(name, kind)| Entry { name, kind })
}

/// Fixed-size header field from bytes (cut at the field's length).
fn put(field: &mut [u8], value: &[u8]) {
    field.fill(0);
    let n = value.len().min(field.len());
    field[..n].copy_from_slice(&value[..n]);
}

/// One raw entry: the name and link bytes go into the header as they are (the `tar`
/// crate's setters refuse `..`, which is exactly what has to be tested).
fn append(b: &mut tar::Builder<Vec<u8>>, name: &str, typeflag: u8, link: &str, data: &[u8]) {
    let mut h = tar::Header::new_gnu();
    {
        let g = h.as_gnu_mut().unwrap();
        put(&mut g.name, name.as_bytes());
        put(&mut g.linkname, link.as_bytes());
    }
    h.set_entry_type(tar::EntryType::new(typeflag));
    h.set_mode(if typeflag == b'5' { 0o755 } else { 0o644 });
    h.set_size(data.len() as u64);
    h.set_mtime(1_700_000_000);
    h.set_cksum();
    b.append(&h, data).unwrap();
}

/// The gzipped tar of `entries`, with `@OUT` replaced by `outside`'s absolute path.
fn archive(entries: &[Entry], outside: &Path) -> Vec<u8> {
    let out = outside.to_str().unwrap();
    let fix = |s: &str| s.replace(OUT, out);
    let mut b = tar::Builder::new(Vec::new());
    for e in entries {
        let name = fix(&e.name);
        match &e.kind {
            Kind::Dir => append(&mut b, &name, b'5', "", &[]),
            Kind::File(data) => append(&mut b, &name, b'0', "", data),
            Kind::Symlink(target) => append(&mut b, &name, b'2', &fix(target), &[]),
            Kind::Hardlink(target) => append(&mut b, &name, b'1', &fix(target), &[]),
            Kind::PaxPath(real) => {
                let real = fix(real);
                let record = pax_record("path", &real);
                append(&mut b, "PaxHeaders/x", b'x', "", record.as_bytes());
                append(&mut b, &name, b'0', "", b"pax");
            }
            Kind::Special(t) => append(&mut b, &name, *t, "", &[]),
        }
    }
    let tar = b.into_inner().unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&tar).unwrap();
    gz.finish().unwrap()
}

/// `"<len> key=value\n"`, the length counting itself.
fn pax_record(key: &str, value: &str) -> String {
    let body = format!(" {key}={value}\n");
    let mut n = body.len() + 1;
    while n.to_string().len() + body.len() != n {
        n += 1;
    }
    format!("{n}{body}")
}

/// Everything under `dir` (not following symlinks), except `skip`: path → what it is.
fn snapshot(dir: &Path, skip: Option<&Path>) -> BTreeMap<PathBuf, String> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = fs::read_dir(&d) else { continue };
        for e in rd.flatten() {
            let p = e.path();
            if Some(p.as_path()) == skip {
                continue;
            }
            let m = fs::symlink_metadata(&p).unwrap();
            let what = if m.file_type().is_symlink() {
                format!("link {:?}", fs::read_link(&p).unwrap())
            } else if m.is_dir() {
                stack.push(p.clone());
                "dir".to_string()
            } else {
                format!("file {:?} {}", fs::read(&p).unwrap_or_default(), {
                    use std::os::unix::fs::MetadataExt;
                    m.nlink()
                })
            };
            out.insert(p, what);
        }
    }
    out
}

/// Where `p` really is: symlinks in existing components followed (at most 40), missing
/// components taken as written; `None` for a symlink loop.
fn physical(p: &Path) -> Option<PathBuf> {
    let mut todo: VecDeque<OsString> = VecDeque::new();
    let push_all = |todo: &mut VecDeque<OsString>, p: &Path, front: bool| {
        let comps: Vec<OsString> = p
            .components()
            .filter_map(|c| match c {
                Component::Normal(n) => Some(n.to_os_string()),
                Component::ParentDir => Some("..".into()),
                _ => None,
            })
            .collect();
        if front {
            for c in comps.into_iter().rev() {
                todo.push_front(c);
            }
        } else {
            todo.extend(comps);
        }
    };
    push_all(&mut todo, p, false);
    let mut at = PathBuf::from("/");
    let mut hops = 0;
    while let Some(c) = todo.pop_front() {
        if c == ".." {
            at.pop();
            continue;
        }
        let next = at.join(&c);
        match fs::symlink_metadata(&next) {
            Ok(m) if m.file_type().is_symlink() => {
                hops += 1;
                if hops > 40 {
                    return None;
                }
                let target = fs::read_link(&next).ok()?;
                if target.is_absolute() {
                    at = PathBuf::from("/");
                }
                push_all(&mut todo, &target, true);
            }
            _ => at = next,
        }
    }
    Some(at)
}

/// `base/outside` (a sibling the archive aims at) and `base/d1/…/d5/out` (the output
/// folder, deep enough that every `..` the generator can write stays inside `base`).
struct Sandbox {
    _tmp: tempfile::TempDir,
    base: PathBuf,
    outside: PathBuf,
    root: PathBuf,
}

impl Sandbox {
    fn new() -> Self {
        let tmp = tempfile::tempdir().unwrap();
        let base = fs::canonicalize(tmp.path()).unwrap();
        let outside = base.join("outside");
        fs::create_dir_all(outside.join("t")).unwrap();
        fs::write(outside.join("secret"), "keep").unwrap();
        fs::write(outside.join("t/x"), "keep").unwrap();
        let root = base.join("d1/d2/d3/d4/d5/out");
        fs::create_dir_all(&root).unwrap();
        Sandbox {
            _tmp: tmp,
            base,
            outside,
            root,
        }
    }
}

proptest! {
    #![proptest_config(config(512))]

    /// For any sequence of entries and any title: nothing outside the output folder is
    /// created or changed; on failure the output folder is untouched; on success every
    /// symlink inside resolves inside the extracted tree; no staging folder is left behind.
    #[test]
    fn unpack_never_writes_outside(
        entries in prop::collection::vec(entry(), 1..10),
        title in prop_oneof![
            6 => Just("t".to_string()),
            1 => Just("t/sub".to_string()),
            1 => Just(".".to_string()),
            1 => Just("..".to_string()),
            1 => Just("../d5x".to_string()),
            1 => Just(OUT.to_string()),
        ],
        keep_old in any::<bool>(),
    ) {
        bounded(move || -> Case {
            let sb = Sandbox::new();
            let title = title.replace(OUT, sb.outside.to_str().unwrap());
            if keep_old {
                fs::create_dir_all(sb.root.join("t")).unwrap();
                fs::write(sb.root.join("t/keep"), "old").unwrap();
            }
            let gz = archive(&entries, &sb.outside);
            let around = snapshot(&sb.base, Some(&sb.root));
            let inside = snapshot(&sb.root, None);
            let res = dir_pack::unpack(&gz[..], &sb.root, &title, None, false);
            prop_assert_eq!(snapshot(&sb.base, Some(&sb.root)), around, "outside changed ({:?})", res.as_ref().err().map(ToString::to_string));
            // parents of the destination may be created even when the unpack then fails
            let dest_path = sb.root.join(&title);
            let not_a_parent = |p: &PathBuf, what: &mut String| !(what == "dir" && dest_path.starts_with(p));
            let mut inside = inside;
            inside.retain(not_a_parent);
            let mut after = snapshot(&sb.root, None);
            for p in after.keys() {
                let name = p.file_name().unwrap().to_string_lossy();
                prop_assert!(!name.starts_with(".oras_unpack_"), "left behind: {}", p.display());
            }
            match res {
                Err(_) => {
                    after.retain(not_a_parent);
                    prop_assert_eq!(after, inside, "a failed unpack changed the output folder");
                }
                Ok(()) => {
                    let dest = fs::canonicalize(sb.root.join(&title)).unwrap();
                    prop_assert!(dest.starts_with(&sb.root));
                    for (p, what) in &after {
                        if what.starts_with("link ") {
                            let real = physical(p);
                            prop_assert!(
                                real.as_ref().is_some_and(|r| r.starts_with(&dest)),
                                "{} -> {:?} leaves {}", p.display(), real, dest.display()
                            );
                        }
                    }
                }
            }
            Ok(())
        })?;
    }
}

/// A title made of the sandbox's symlink names, `..` and plain names.
fn guarded_title() -> impl Strategy<Value = String> {
    let comp = prop::sample::select(vec![
        "in", "up", "esc", "abs", "loop", "dang", "sub", "x", "..", ".", "",
    ]);
    (
        prop::sample::select(vec!["", "", "", "/", "@ROOT/", "@OUT/"]),
        prop::collection::vec(comp, 1..5),
    )
        .prop_map(|(prefix, comps)| format!("{prefix}{}", comps.join("/")))
}

proptest! {
    #![proptest_config(config(384))]

    /// Whatever the title and whatever symlinks already sit in the output folder, a path the
    /// guard accepts can be written (parents created, temp file renamed into place) without
    /// anything appearing outside the output folder, and it is physically inside it.
    #[test]
    fn write_path_guard_keeps_writes_inside(title in guarded_title()) {
        bounded(move || -> Case {
            let sb = Sandbox::new();
            let root = &sb.root;
            fs::create_dir(root.join("sub")).unwrap();
            let link = |name: &str, target: &str| {
                std::os::unix::fs::symlink(target, root.join(name)).unwrap();
            };
            link("in", "sub");
            link("up", "..");
            link("esc", "../../../../../../outside");
            link("abs", sb.outside.to_str().unwrap());
            link("loop", "loop");
            link("dang", "../nowhere/x");
            let title = title
                .replace("@ROOT", root.to_str().unwrap())
                .replace(OUT, sb.outside.to_str().unwrap());
            let around = snapshot(&sb.base, Some(root));
            let Ok(p) = resolve_write_path(root, &title, false, false) else {
                return Ok(());
            };
            let real = physical(&p);
            prop_assert!(real.as_ref().is_some_and(|r| r.starts_with(root)), "{} accepted: {:?}", title, real);
            // write it the way pull does: parents, then a temp file renamed over the path
            let real_dir = fs::symlink_metadata(&p).is_ok_and(|m| m.is_dir());
            if p != *root && !real_dir {
                let parent = p.parent().unwrap();
                if fs::create_dir_all(parent).is_ok() {
                    let tmp = parent.join(".oras_tmp");
                    if fs::write(&tmp, b"pulled").is_ok() {
                        let _ = fs::rename(&tmp, &p);
                    }
                }
            }
            prop_assert_eq!(snapshot(&sb.base, Some(root)), around, "{} wrote outside", title);
            Ok(())
        })?;
    }
}
