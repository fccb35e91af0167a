//! Hermetic `bash -c` commands: cleared environment, umask 022, stdin bytes, bounded run time.

use std::io::{Read, Write};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

/// The `--annotation` that fixes a pushed manifest's creation time, so that its digest
/// (and every output naming it) is the same from run to run and second to second.
pub const CREATED: &str = "--annotation org.opencontainers.image.created=2025-01-01T00:00:00Z";

/// The directories a hermetic command sees.
#[derive(Debug, Clone, Copy)]
pub struct Hermetic<'a> {
    /// Working directory of the command.
    pub cwd: &'a Path,
    /// `HOME` (and so `~/.docker/config.json`).
    pub home: &'a Path,
    /// `TMPDIR`; keep it outside `cwd` so temp files never show up in file listings.
    pub tmpdir: &'a Path,
}

/// What a finished command left behind.
#[derive(Debug)]
pub struct Finished {
    /// Exit code as a shell reports it (128 + signal number when killed by a signal).
    pub code: i32,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// True when the command ran past its time limit and was killed.
    pub timed_out: bool,
}

/// The digest on the `Digest: <d>` line of a push's or attach's stdout.
pub fn digest_line(stdout: &str) -> String {
    stdout
        .lines()
        .find_map(|l| l.strip_prefix("Digest: "))
        .unwrap_or_else(|| panic!("no Digest line in\n{stdout}"))
        .to_string()
}

impl Finished {
    /// stdout as text (lossy UTF-8).
    pub fn stdout_text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }

    /// stderr as text (lossy UTF-8).
    pub fn stderr_text(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }

    /// `(stdout, stderr)` as text.
    pub fn text(&self) -> (String, String) {
        (self.stdout_text(), self.stderr_text())
    }

    /// `(exit code, stdout, stderr)`, for comparing a whole outcome at once.
    pub fn outcome(&self) -> (i32, String, String) {
        assert!(
            !self.timed_out,
            "timed out; stderr:\n{}",
            self.stderr_text()
        );
        (self.code, self.stdout_text(), self.stderr_text())
    }

    /// Requires exit code 0; returns stdout. `what` names the command in the failure.
    pub fn ok(&self, what: &str) -> String {
        self.expect_code(0, what);
        self.stdout_text()
    }

    /// Requires exit code 1; returns stderr.
    pub fn fails(&self, what: &str) -> String {
        self.expect_code(1, what);
        self.stderr_text()
    }

    fn expect_code(&self, code: i32, what: &str) {
        let (out, err) = self.text();
        assert!(
            self.code == code && !self.timed_out,
            "{what}: exit code {}{} (wanted {code})\nstdout:\n{out}\nstderr:\n{err}",
            self.code,
            if self.timed_out { ", timed out" } else { "" }
        );
    }
}

/// `bash -c 'umask 022; <script>'` with exactly PATH, HOME, TMPDIR, LANG, LC_ALL, TZ and TERM,
/// plus `ORAS_CONTAINERS_ROOT=<TMPDIR>/sysroot`: the container tools' system files
/// (`/etc/containers/…`, `/etc/docker/certs.d`, `/run/containers/<uid>`) are looked for
/// under that folder (see [`sysroot`]), never in the machine's own `/etc` and `/run`.
///
/// The command gets its own process group so that a timeout can end everything it started.
pub fn bash(script: &str, dirs: Hermetic<'_>) -> Command {
    let path = std::env::var_os("PATH").unwrap_or_else(|| "/usr/local/bin:/usr/bin:/bin".into());
    let mut cmd = Command::new("bash");
    cmd.arg("-c")
        .arg(format!("umask 022; {script}"))
        .current_dir(dirs.cwd)
        .env_clear()
        .env("PATH", path)
        .env("HOME", dirs.home)
        .env("TMPDIR", dirs.tmpdir)
        .env("LANG", "C.UTF-8")
        .env("LC_ALL", "C.UTF-8")
        .env("TZ", "UTC")
        .env("TERM", "dumb")
        .env("ORAS_CONTAINERS_ROOT", sysroot(dirs.tmpdir))
        .process_group(0);
    cmd
}

/// The folder that stands for `/` for the container tools' system files of a command
/// whose `TMPDIR` is `tmpdir` (absent unless a test creates files there).
pub fn sysroot(tmpdir: &Path) -> std::path::PathBuf {
    tmpdir.join("sysroot")
}

/// Runs `cmd` with `stdin` fed then closed, stdout and stderr on separate pipes.
///
/// After `timeout` the whole process group is killed and `timed_out` is set.
pub fn run(mut cmd: Command, stdin: &[u8], timeout: Duration) -> Finished {
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd
        .spawn()
        .unwrap_or_else(|err| panic!("cannot start {cmd:?}: {err}"));
    let stdin_bytes = stdin.to_vec();
    let mut pipe = child.stdin.take().expect("stdin is piped");
    let writer = thread::spawn(move || {
        // A command that does not read its stdin closes the pipe early: that is fine.
        let _ = pipe.write_all(&stdin_bytes);
    });
    let stdout = drain(child.stdout.take().expect("stdout is piped"));
    let stderr = drain(child.stderr.take().expect("stderr is piped"));

    let (status, timed_out) = wait_bounded(&mut child, timeout);
    let _ = writer.join();
    let code = status
        .code()
        .or_else(|| status.signal().map(|sig| 128 + sig))
        .unwrap_or(-1);
    Finished {
        code,
        stdout: stdout.join().expect("stdout reader thread panicked"),
        stderr: stderr.join().expect("stderr reader thread panicked"),
        timed_out,
    }
}

fn drain(mut pipe: impl Read + Send + 'static) -> JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        buf
    })
}

fn wait_bounded(child: &mut Child, timeout: Duration) -> (std::process::ExitStatus, bool) {
    let deadline = Instant::now() + timeout;
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return (status, false),
            Ok(None) if Instant::now() < deadline => thread::sleep(Duration::from_millis(5)),
            Ok(None) => {
                // The child leads its own process group (process_group(0)): end the group.
                let _ = Command::new("kill")
                    .args(["-KILL", "--", &format!("-{}", child.id())])
                    .status();
                let _ = child.kill();
                let status = child.wait().expect("waiting for a killed command");
                return (status, true);
            }
            Err(err) => panic!("waiting for a command failed: {err}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn environment_is_exactly_the_documented_one() {
        let dir = tempfile::tempdir().expect("temp dir");
        let dirs = Hermetic {
            cwd: dir.path(),
            home: dir.path(),
            tmpdir: dir.path(),
        };
        let out = run(
            bash(
                "env | grep -v '^\\(PWD\\|SHLVL\\|_\\)=' | cut -d= -f1 | sort; umask",
                dirs,
            ),
            b"",
            Duration::from_secs(10),
        );
        assert_eq!(out.code, 0);
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            "HOME\nLANG\nLC_ALL\nORAS_CONTAINERS_ROOT\nPATH\nTERM\nTMPDIR\nTZ\n0022\n"
        );
    }

    #[test]
    fn stdin_exit_code_and_timeout() {
        let dir = tempfile::tempdir().expect("temp dir");
        let dirs = Hermetic {
            cwd: dir.path(),
            home: dir.path(),
            tmpdir: dir.path(),
        };
        let out = run(
            bash("cat; echo err >&2; exit 3", dirs),
            b"in\n",
            Duration::from_secs(10),
        );
        assert_eq!(
            (out.code, out.stdout, out.stderr),
            (3, b"in\n".to_vec(), b"err\n".to_vec())
        );
        let out = run(
            bash("sleep 30 | cat", dirs),
            b"",
            Duration::from_millis(200),
        );
        assert!(out.timed_out);
    }
}
