//! A per-test sandbox: work dir, HOME and TMPDIR under one temp dir, and a way to run the
//! `oras` under test there hermetically.

use super::command::{Finished, Hermetic, bash, run};
use super::paths::oras_bin;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub struct Sandbox {
    _root: tempfile::TempDir,
    pub work: PathBuf,
    pub home: PathBuf,
    pub tmp: PathBuf,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        let root = tempfile::tempdir().expect("temp dir");
        let work = root.path().join("w");
        let home = root.path().join("home");
        let tmp = root.path().join("tmp");
        for d in [&work, &home, &tmp] {
            std::fs::create_dir_all(d).expect("mkdir");
        }
        Sandbox {
            _root: root,
            work,
            home,
            tmp,
        }
    }

    /// Run `oras <args>` (a shell fragment) in the work dir.
    pub fn oras(&self, args: &str) -> Finished {
        self.oras_env(args, "", b"")
    }

    /// Run with extra `VAR=value` assignments and stdin bytes.
    pub fn oras_env(&self, args: &str, env: &str, stdin: &[u8]) -> Finished {
        let bin = oras_bin();
        let script = format!("{env} '{}' {args}", bin.display());
        self.sh(&script, stdin)
    }

    /// Run any shell script in the work dir.
    pub fn sh(&self, script: &str, stdin: &[u8]) -> Finished {
        let dirs = Hermetic {
            cwd: &self.work,
            home: &self.home,
            tmpdir: &self.tmp,
        };
        run(bash(script, dirs), stdin, Duration::from_secs(120))
    }

    pub fn write(&self, rel: &str, bytes: &[u8]) -> PathBuf {
        let p = self.work.join(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&p, bytes).expect("write");
        p
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.work.join(rel)
    }

    /// Everything under the sandbox root except the work dir (to prove nothing escaped).
    pub fn outside_entries(&self) -> Vec<PathBuf> {
        let root = self.work.parent().expect("root");
        walk(root)
            .into_iter()
            .filter(|p| {
                !p.starts_with(&self.work)
                    && !p.starts_with(&self.home)
                    && !p.starts_with(&self.tmp)
            })
            .collect()
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            out.push(p.clone());
            if p.is_dir() && !p.is_symlink() {
                out.extend(walk(&p));
            }
        }
    }
    out
}

/// stdout and stderr as text, for assertions.
pub fn text(f: &Finished) -> (String, String) {
    (
        String::from_utf8_lossy(&f.stdout).into_owned(),
        String::from_utf8_lossy(&f.stderr).into_owned(),
    )
}

/// A loopback port nothing listens on (bound once by the OS, then released).
pub fn closed_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    l.local_addr().expect("local addr").port()
}
