//! The per-scenario sandbox (`ROOT/w` is the work dir `W`, with `W/home`; `ROOT/tmp` is
//! `TMPDIR`), and the scenario inputs with their modes and the fixed mtime.

use std::fs::{self, File, FileTimes};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, UNIX_EPOCH};

use base64::Engine as _;

use super::scenario::Input;
use crate::support::sandbox::Sandbox;

/// 2025-01-01T00:00:00Z: the mtime of every input, of `W` and of `W/home`.
pub const INPUT_MTIME: u64 = 1_735_689_600;

/// The sandbox of one replay: `ROOT/w` (the work dir `W`), `W/home` (`HOME`) and
/// `ROOT/tmp` (`TMPDIR`). Kept on disk when `ORAS_GOLDEN_KEEP` is set.
pub fn sandbox(scenario: &str) -> Sandbox {
    let keep = std::env::var_os("ORAS_GOLDEN_KEEP").is_some_and(|v| !v.is_empty());
    Sandbox::builder()
        .prefix(&format!("oras-golden-{scenario}-"))
        .home_in_work()
        .keep(keep)
        .build()
}

/// Creates the inputs in `W`, then sets the mtime of every input, of every directory they
/// live in, of `W` and of `W/home`.
pub fn create_inputs(dirs: &Sandbox, inputs: &[Input]) {
    let mut stamped = vec![dirs.work.clone(), dirs.home.clone()];
    for input in inputs {
        let (path, mode) = match input {
            Input::File {
                path,
                mode,
                text,
                base64,
            } => {
                let bytes = match (text, base64) {
                    (Some(text), None) => text.clone().into_bytes(),
                    (None, Some(b64)) => base64::engine::general_purpose::STANDARD
                        .decode(b64)
                        .unwrap_or_else(|err| panic!("input {path}: bad base64: {err}")),
                    _ => panic!("input {path}: needs exactly one of `text` and `base64`"),
                };
                let full = dirs.work.join(path);
                make_parents(&dirs.work, &full, &mut stamped);
                fs::write(&full, bytes).unwrap_or_else(|err| panic!("writing input {path}: {err}"));
                (path, mode)
            }
            Input::Dir { path, mode } => {
                let full = dirs.work.join(path);
                make_parents(&dirs.work, &full, &mut stamped);
                fs::create_dir_all(&full).unwrap_or_else(|err| panic!("mkdir input {path}: {err}"));
                (path, mode)
            }
        };
        let full = dirs.work.join(path);
        let mode =
            u32::from_str_radix(mode, 8).unwrap_or_else(|_| panic!("input {path}: mode {mode:?}"));
        fs::set_permissions(&full, fs::Permissions::from_mode(mode))
            .unwrap_or_else(|err| panic!("chmod input {path}: {err}"));
        stamped.push(full);
    }
    // Deepest first, so that stamping a child cannot touch its parent's mtime afterwards.
    stamped.sort_by_key(|p| std::cmp::Reverse(p.components().count()));
    stamped.dedup();
    for path in stamped {
        set_mtime(&path, INPUT_MTIME);
    }
}

/// Creates the missing parent directories of `full` (mode 0755) and records them.
fn make_parents(work: &Path, full: &Path, stamped: &mut Vec<PathBuf>) {
    let mut missing = Vec::new();
    let mut dir = full.parent();
    while let Some(d) = dir.filter(|d| *d != work && !d.exists()) {
        missing.push(d.to_path_buf());
        dir = d.parent();
    }
    for d in missing.into_iter().rev() {
        fs::create_dir(&d).unwrap_or_else(|err| panic!("mkdir {}: {err}", d.display()));
        fs::set_permissions(&d, fs::Permissions::from_mode(0o755)).expect("chmod 0755");
        stamped.push(d);
    }
}

/// Sets atime and mtime of a file or directory (works on read-only files too).
pub fn set_mtime(path: &Path, secs: u64) {
    let time = UNIX_EPOCH + Duration::from_secs(secs);
    let file = File::open(path).unwrap_or_else(|err| panic!("open {}: {err}", path.display()));
    file.set_times(FileTimes::new().set_accessed(time).set_modified(time))
        .unwrap_or_else(|err| panic!("setting the mtime of {}: {err}", path.display()));
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::SystemTime;

    fn mtime(path: &Path) -> u64 {
        let modified: SystemTime = fs::metadata(path)
            .and_then(|m| m.modified())
            .expect("mtime");
        modified
            .duration_since(UNIX_EPOCH)
            .expect("after 1970")
            .as_secs()
    }

    #[test]
    fn inputs_get_modes_content_and_the_fixed_mtime() {
        let dirs = sandbox("unit");
        let inputs: Vec<Input> = serde_json::from_str(
            r##"[{"path": "site/css/style.css", "type": "file", "mode": "0644", "text": "body{}\n"},
                {"path": "site/run.sh", "type": "file", "mode": "0755", "text": "#!/bin/sh\n"},
                {"path": "site/empty", "type": "dir", "mode": "0700"},
                {"path": "blob.bin", "type": "file", "mode": "0444", "base64": "AAEC"}]"##,
        )
        .expect("inputs json");
        create_inputs(&dirs, &inputs);
        let w = &dirs.work;
        assert_eq!(fs::read(w.join("blob.bin")).expect("read"), [0, 1, 2]);
        let mode = |p: &str| fs::metadata(w.join(p)).expect("stat").permissions().mode() & 0o7777;
        assert_eq!(
            (mode("site/run.sh"), mode("site/empty"), mode("blob.bin")),
            (0o755, 0o700, 0o444)
        );
        for p in [
            "",
            "home",
            "site",
            "site/css",
            "site/css/style.css",
            "site/empty",
            "blob.bin",
        ] {
            assert_eq!(mtime(&w.join(p)), INPUT_MTIME, "mtime of {p:?}");
        }
    }
}
