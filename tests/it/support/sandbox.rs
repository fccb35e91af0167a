//! The one per-test sandbox: a work dir, HOME and TMPDIR under one temp root, and hermetic
//! runs of the `oras` under test (and of any shell script) there.
//!
//! Scripts name the binary `{oras}`; a sandbox can carry more placeholders (`{reg}` for a
//! registry host, …) and masks applied to every output (a host shown as `[REGISTRY]`).

use super::command::{Finished, Hermetic, bash, run};
use super::paths::oras_bin;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long one command may run before its process group is killed.
const COMMAND_TIMEOUT: Duration = Duration::from_secs(120);

/// A temp root holding the work dir (`cwd` of every command), `HOME` and `TMPDIR`.
pub struct Sandbox {
    /// `None` once kept on disk (see [`SandboxBuilder::keep`]).
    root: Option<tempfile::TempDir>,
    /// The temp root holding everything below.
    pub root_path: PathBuf,
    /// The work dir: the working directory of every command.
    pub work: PathBuf,
    /// `HOME` (so `~/.docker/config.json` is [`Sandbox::docker_config`]).
    pub home: PathBuf,
    /// `TMPDIR`, outside the work dir so temp files never show up in its listings.
    pub tmp: PathBuf,
    /// `{name}` placeholders of scripts and their values; `{oras}` comes first.
    vars: Vec<(String, String)>,
    /// `(from, to)` replacements applied to stdout and stderr.
    masks: Vec<(String, String)>,
}

/// Where the directories go; [`Sandbox::new`] is the default.
#[derive(Debug, Clone, Default)]
pub struct SandboxBuilder {
    prefix: Option<String>,
    home_in_work: bool,
    keep: bool,
}

impl SandboxBuilder {
    /// The name prefix of the temp root (default `oras-test-`).
    pub fn prefix(mut self, prefix: &str) -> Self {
        self.prefix = Some(prefix.to_string());
        self
    }

    /// `HOME` is `<work>/home` (the golden transcripts were recorded so) instead of a
    /// sibling of the work dir.
    pub fn home_in_work(mut self) -> Self {
        self.home_in_work = true;
        self
    }

    /// Leave the directories on disk when the sandbox is dropped (for debugging).
    pub fn keep(mut self, keep: bool) -> Self {
        self.keep = keep;
        self
    }

    /// Creates `<root>/w`, `HOME` and `<root>/tmp`, each mode 0755.
    pub fn build(self) -> Sandbox {
        let root = tempfile::Builder::new()
            .prefix(self.prefix.as_deref().unwrap_or("oras-test-"))
            .tempdir()
            .expect("creating the sandbox's temp root");
        let root_path = root.path().to_path_buf();
        let work = root_path.join("w");
        let home = if self.home_in_work {
            work.join("home")
        } else {
            root_path.join("home")
        };
        let tmp = root_path.join("tmp");
        for dir in [&work, &home, &tmp] {
            std::fs::create_dir_all(dir)
                .unwrap_or_else(|err| panic!("mkdir {}: {err}", dir.display()));
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755))
                .expect("chmod 0755");
        }
        let root = if self.keep {
            let _ = root.keep();
            None
        } else {
            Some(root)
        };
        Sandbox {
            root,
            root_path,
            work,
            home,
            tmp,
            vars: vec![("oras".into(), shell_quote(&oras_bin().to_string_lossy()))],
            masks: Vec::new(),
        }
    }
}

impl Default for Sandbox {
    fn default() -> Self {
        Sandbox::new()
    }
}

impl Sandbox {
    /// A fresh sandbox: `<root>/w`, `<root>/home`, `<root>/tmp`.
    pub fn new() -> Sandbox {
        Sandbox::builder().build()
    }

    /// A sandbox with another temp-root prefix, `HOME` inside the work dir, or kept.
    pub fn builder() -> SandboxBuilder {
        SandboxBuilder::default()
    }

    /// `{name}` in scripts and `oras` arguments stands for `value` (as is, not quoted).
    pub fn with_var(mut self, name: &str, value: impl Into<String>) -> Sandbox {
        self.vars.push((name.to_string(), value.into()));
        self
    }

    /// Every `from` in stdout and stderr reads `to` (e.g. a registry host → `[REGISTRY]`).
    pub fn with_mask(mut self, from: impl Into<String>, to: impl Into<String>) -> Sandbox {
        self.masks.push((from.into(), to.into()));
        self
    }

    /// Whether the directories outlive the sandbox.
    pub fn kept(&self) -> bool {
        self.root.is_none()
    }

    /// `script` with every `{name}` placeholder replaced.
    pub fn expand(&self, script: &str) -> String {
        self.vars
            .iter()
            .fold(script.to_string(), |s, (name, value)| {
                s.replace(&format!("{{{name}}}"), value)
            })
    }

    /// Runs a shell script (placeholders expanded) in the work dir.
    pub fn sh(&self, script: &str, stdin: &[u8]) -> Finished {
        self.sh_exact(&self.expand(script), stdin, COMMAND_TIMEOUT)
    }

    /// A shell script (placeholders expanded) that must exit 0; returns stdout.
    pub fn sh_ok(&self, script: &str) -> String {
        self.sh(script, b"").ok(&self.expand(script))
    }

    /// Runs a script as given (no placeholders) with its own time limit.
    pub fn sh_exact(&self, script: &str, stdin: &[u8], timeout: Duration) -> Finished {
        let dirs = Hermetic {
            cwd: &self.work,
            home: &self.home,
            tmpdir: &self.tmp,
        };
        let mut finished = run(bash(script, dirs), stdin, timeout);
        for (from, to) in &self.masks {
            finished.stdout = replace_bytes(&finished.stdout, from.as_bytes(), to.as_bytes());
            finished.stderr = replace_bytes(&finished.stderr, from.as_bytes(), to.as_bytes());
        }
        finished
    }

    /// `oras <args>`; `args` is a shell fragment (quote what needs quoting).
    pub fn oras(&self, args: &str) -> Finished {
        self.oras_env(args, "", b"")
    }

    /// `oras <args>` with stdin bytes.
    pub fn oras_in(&self, args: &str, stdin: impl AsRef<[u8]>) -> Finished {
        self.oras_env(args, "", stdin.as_ref())
    }

    /// `<env> oras <args>`: `env` is a list of shell `VAR=value` assignments.
    pub fn oras_env(&self, args: &str, env: &str, stdin: &[u8]) -> Finished {
        self.sh(&format!("{env} {{oras}} {args}"), stdin)
    }

    /// `oras <args>` must exit 0; returns stdout.
    pub fn ok(&self, args: &str) -> String {
        self.oras(args).ok(&format!("oras {}", self.expand(args)))
    }

    /// `oras <args>` must exit 1; returns stderr.
    pub fn fails(&self, args: &str) -> String {
        self.oras(args)
            .fails(&format!("oras {}", self.expand(args)))
    }

    /// Writes a file under the work dir (parents created); returns its path.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> PathBuf {
        let p = self.work.join(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&p, bytes).unwrap_or_else(|err| panic!("writing {}: {err}", p.display()));
        p
    }

    /// A path under the work dir.
    pub fn path(&self, rel: &str) -> PathBuf {
        self.work.join(rel)
    }

    /// The bytes of a file under the work dir.
    pub fn read(&self, rel: &str) -> Vec<u8> {
        let p = self.work.join(rel);
        std::fs::read(&p).unwrap_or_else(|err| panic!("reading {}: {err}", p.display()))
    }

    /// A folder (beside the work dir) holding only an `oras` symlink to the binary under
    /// test, for scripts that call plain `oras` from `PATH`.
    pub fn oras_bin_dir(&self) -> PathBuf {
        let dir = self.root_path.join("bin");
        if !dir.join("oras").exists() {
            std::fs::create_dir_all(&dir).expect("mkdir bin");
            std::os::unix::fs::symlink(oras_bin(), dir.join("oras")).expect("symlink oras");
        }
        dir
    }

    /// The folder standing for `/` for the container tools' system files
    /// (`<sysroot>/etc/containers/registries.conf`, `<sysroot>/etc/docker/certs.d/…`).
    pub fn sysroot(&self) -> PathBuf {
        super::command::sysroot(&self.tmp)
    }

    /// `$HOME/.docker/config.json`.
    pub fn docker_config(&self) -> PathBuf {
        self.home.join(".docker/config.json")
    }

    /// Everything under the sandbox root except the work dir, HOME and TMPDIR (to prove
    /// nothing escaped).
    pub fn outside_entries(&self) -> Vec<PathBuf> {
        walk(&self.root_path)
            .into_iter()
            .filter(|p| {
                !p.starts_with(&self.work)
                    && !p.starts_with(self.root_path.join("bin"))
                    && !p.starts_with(&self.home)
                    && !p.starts_with(&self.tmp)
            })
            .collect()
    }
}

/// Single-quotes `s` for bash unless it only has safe characters.
pub fn shell_quote(s: &str) -> String {
    let safe = !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:=@,+%".contains(c));
    if safe {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

fn replace_bytes(haystack: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    if from.is_empty() {
        return haystack.to_vec();
    }
    let mut out = Vec::with_capacity(haystack.len());
    let mut i = 0;
    while i < haystack.len() {
        if haystack[i..].starts_with(from) {
            out.extend_from_slice(to);
            i += from.len();
        } else {
            out.push(haystack[i]);
            i += 1;
        }
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_masks_and_quoting() {
        let sb = Sandbox::new()
            .with_var("reg", "localhost:1234")
            .with_mask("localhost:1234", "[REGISTRY]");
        let f = sb.sh("echo {reg}/app; echo \"$HOME $TMPDIR\" >&2", b"");
        assert_eq!(f.stdout_text(), "[REGISTRY]/app\n");
        assert_eq!(
            f.stderr_text(),
            format!("{} {}\n", sb.home.display(), sb.tmp.display())
        );
        assert!(!sb.home.starts_with(&sb.work));
        assert_eq!(shell_quote("a b'c"), r"'a b'\''c'");
        assert_eq!(shell_quote("localhost:1/a:v1"), "localhost:1/a:v1");
    }

    #[test]
    fn home_in_work_and_keep() {
        let sb = Sandbox::builder()
            .prefix("oras-sandbox-")
            .home_in_work()
            .build();
        assert_eq!(sb.home, sb.work.join("home"));
        assert!(!sb.kept());
        let root = sb.root_path.clone();
        assert!(
            root.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("oras-sandbox-")
        );
        drop(sb);
        assert!(!root.exists(), "dropped with the sandbox");
    }
}
