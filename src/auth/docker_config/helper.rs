//! Docker credential-helper protocol (`docker-credential-<name> get|store|erase`), as oras-go's native store.
//!
//! Facts carried over from oras-go v2.6.0 `credentials/native_store.go` and
//! `internal/executer/executer.go`:
//! * `get`/`erase` receive the server address on stdin (no newline); `store` receives
//!   `{"ServerURL":…,"Username":…,"Secret":…}`. `get` prints the same JSON on stdout.
//! * Username `<token>` means the secret is an identity (refresh) token, both ways.
//! * The helper's stderr is passed through to ours; on a non-zero exit the trimmed stdout
//!   is the error message (`exit status N` when stdout is empty), and the message
//!   `credentials not found in native keychain` from `get` means "no credential".

use std::ffi::OsString;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};

use super::error::CredError;
use super::json_text::kind;
use crate::auth::credential::Credential;
use crate::go::json::quote as json_quote;

/// Prefix of every helper program name.
pub const HELPER_PREFIX: &str = "docker-credential-";
/// Username a helper uses for identity tokens.
const TOKEN_USERNAME: &str = "<token>";
/// Helper message meaning "nothing stored for this server".
pub const NOT_FOUND_MESSAGE: &str = "credentials not found in native keychain";
/// Docker Desktop's helper on Windows (special error when it is missing, as oras-go).
const DESKTOP_HELPER: &str = "docker-credential-desktop.exe";

/// Runs `docker-credential-<suffix>` programs.
#[derive(Clone, Debug, Default)]
pub struct HelperRunner {
    /// PATH-style list of directories to search; `None` = the process `PATH`
    /// (resolved by [`std::process::Command`]).
    search_path: Option<OsString>,
}

impl HelperRunner {
    /// Runner using the process `PATH`.
    pub fn new() -> Self {
        HelperRunner::default()
    }

    /// Runner searching only `search_path` (a `PATH`-style, `:`-separated list).
    pub fn with_search_path(search_path: impl Into<OsString>) -> Self {
        HelperRunner {
            search_path: Some(search_path.into()),
        }
    }

    /// `get`: the credential stored for `server`; empty when the helper has none.
    pub fn get(&self, suffix: &str, server: &str) -> Result<Credential, CredError> {
        let helper = program_name(suffix);
        let out = match self.execute(&helper, "get", server.as_bytes(), None) {
            Ok(out) => out,
            Err(CredError::HelperFailed { message, .. }) if message == NOT_FOUND_MESSAGE => {
                return Ok(Credential::default());
            }
            Err(e) => return Err(e),
        };
        let (username, secret) =
            parse_get_output(&out).map_err(|detail| CredError::HelperResponse {
                helper: helper.clone(),
                detail,
            })?;
        if username == TOKEN_USERNAME {
            Ok(Credential {
                refresh_token: secret,
                ..Credential::default()
            })
        } else {
            Ok(Credential::basic(username, secret))
        }
    }

    /// `store`: saves `cred` for `server` (an identity token is stored as user `<token>`).
    pub fn store(&self, suffix: &str, server: &str, cred: &Credential) -> Result<(), CredError> {
        let helper = program_name(suffix);
        let (username, secret) = if cred.refresh_token.is_empty() {
            (cred.username.as_str(), cred.password.as_str())
        } else {
            (TOKEN_USERNAME, cred.refresh_token.as_str())
        };
        let input = format!(
            "{{\"ServerURL\":{},\"Username\":{},\"Secret\":{}}}",
            json_quote(server, true),
            json_quote(username, true),
            json_quote(secret, true)
        );
        self.execute(&helper, "store", input.as_bytes(), Some(secret))
            .map(drop)
    }

    /// `erase`: removes the credential for `server`.
    pub fn erase(&self, suffix: &str, server: &str) -> Result<(), CredError> {
        let helper = program_name(suffix);
        self.execute(&helper, "erase", server.as_bytes(), None)
            .map(drop)
    }

    /// Runs `helper action` with `input` on stdin; returns stdout. `secret`, when given, is
    /// scrubbed from any error message built from the helper's output.
    fn execute(
        &self,
        helper: &str,
        action: &'static str,
        input: &[u8],
        secret: Option<&str>,
    ) -> Result<Vec<u8>, CredError> {
        let program = self.resolve(helper)?;
        let mut child = Command::new(&program)
            .arg(action)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| spawn_error(helper, e))?;
        if let Some(mut stdin) = child.stdin.take() {
            // A helper may exit without reading its input (Go ignores EPIPE here too).
            match stdin.write_all(input) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
                Err(source) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(CredError::HelperIo {
                        helper: helper.to_owned(),
                        source,
                    });
                }
            }
        }
        let output = child
            .wait_with_output()
            .map_err(|source| CredError::HelperIo {
                helper: helper.to_owned(),
                source,
            })?;
        if output.status.success() {
            return Ok(output.stdout);
        }
        let text = String::from_utf8_lossy(&output.stdout);
        let trimmed = text.trim();
        let mut message = if trimmed.is_empty() {
            exit_status_text(output.status)
        } else {
            trimmed.to_owned()
        };
        if let Some(secret) = secret.filter(|s| !s.is_empty()) {
            message = message.replace(secret, "*****");
        }
        Err(CredError::HelperFailed {
            helper: helper.to_owned(),
            action,
            message,
        })
    }

    /// Finds the program: in the injected search path, or left to `Command` (process PATH).
    fn resolve(&self, helper: &str) -> Result<PathBuf, CredError> {
        let Some(search_path) = &self.search_path else {
            return Ok(PathBuf::from(helper));
        };
        if helper.contains('/') {
            // Like Go's exec.LookPath: a name with a separator is used as a path.
            return Ok(PathBuf::from(helper));
        }
        for dir in std::env::split_paths(search_path) {
            let dir = if dir.as_os_str().is_empty() {
                PathBuf::from(".")
            } else {
                dir
            };
            let candidate = dir.join(helper);
            if is_executable(&candidate) {
                return Ok(candidate);
            }
        }
        Err(not_found_error(helper))
    }
}

/// `docker-credential-<suffix>`.
pub fn program_name(suffix: &str) -> String {
    format!("{HELPER_PREFIX}{suffix}")
}

fn not_found_error(helper: &str) -> CredError {
    if helper == DESKTOP_HELPER {
        CredError::HelperDesktopNotRunning
    } else {
        CredError::HelperNotFound {
            helper: helper.to_owned(),
        }
    }
}

fn spawn_error(helper: &str, e: io::Error) -> CredError {
    if e.kind() == io::ErrorKind::NotFound {
        not_found_error(helper)
    } else {
        CredError::HelperIo {
            helper: helper.to_owned(),
            source: e,
        }
    }
}

#[cfg(unix)]
fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p)
        .map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        .unwrap_or(false)
}

#[cfg(not(unix))]
fn is_executable(p: &Path) -> bool {
    p.is_file()
}

/// Go's `(*exec.ExitError).Error()`: `exit status N` or `signal: <n>`.
fn exit_status_text(status: ExitStatus) -> String {
    if let Some(code) = status.code() {
        return format!("exit status {code}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = status.signal() {
            return format!("signal: {}", signal_name(sig));
        }
    }
    status.to_string()
}

#[cfg(unix)]
fn signal_name(sig: i32) -> String {
    match sig {
        1 => "hangup".into(),
        2 => "interrupt".into(),
        6 => "aborted".into(),
        9 => "killed".into(),
        11 => "segmentation fault".into(),
        13 => "broken pipe".into(),
        15 => "terminated".into(),
        n => format!("signal {n}"),
    }
}

/// Decodes the `get` output like Go's `json.Unmarshal` into
/// `{ServerURL, Username, Secret string}` (field names case-insensitive, unknown fields
/// ignored, `null` leaves a field empty). Error texts never quote the output.
fn parse_get_output(out: &[u8]) -> Result<(String, String), String> {
    let value: serde_json::Value = serde_json::from_slice(out)
        .map_err(|e| format!("malformed JSON ({})", e.classify_text()))?;
    let map = match value {
        serde_json::Value::Object(map) => map,
        serde_json::Value::Null => return Ok((String::new(), String::new())),
        other => return Err(format!("expected a JSON object, got {}", kind(&other))),
    };
    let (mut username, mut secret) = (String::new(), String::new());
    for (key, v) in map {
        let slot = if key.eq_ignore_ascii_case("Username") {
            &mut username
        } else if key.eq_ignore_ascii_case("Secret") {
            &mut secret
        } else {
            continue;
        };
        match v {
            serde_json::Value::String(s) => *slot = s,
            serde_json::Value::Null => {}
            other => return Err(format!("field {key:?} is {}, not a string", kind(&other))),
        }
    }
    Ok((username, secret))
}

/// Short serde_json error text without any echoed input.
trait ClassifyText {
    fn classify_text(&self) -> String;
}

impl ClassifyText for serde_json::Error {
    fn classify_text(&self) -> String {
        use serde_json::error::Category;
        let what = match self.classify() {
            Category::Io => "I/O error",
            Category::Syntax => "syntax error",
            Category::Data => "unexpected data",
            Category::Eof => "unexpected end of input",
        };
        format!("{what} at line {} column {}", self.line(), self.column())
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    /// Writes an executable `docker-credential-<suffix>` script into `dir`.
    fn write_helper(dir: &Path, suffix: &str, body: &str) {
        let p = dir.join(program_name(suffix));
        std::fs::write(&p, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
    }

    #[test]
    fn get_parses_username_secret_and_token() {
        let dir = tempfile::tempdir().unwrap();
        write_helper(
            dir.path(),
            "t",
            r#"read -r server
case "$server" in
  tok.example) printf '{"ServerURL":"%s","Username":"<token>","Secret":"idtok"}' "$server" ;;
  *) printf '{"serverurl":"%s","username":"bob","secret":"pw"}\n' "$server" ;;
esac"#,
        );
        let r = HelperRunner::with_search_path(dir.path());
        let c = r.get("t", "reg.example").unwrap();
        assert_eq!(c, Credential::basic("bob", "pw"));
        let c = r.get("t", "tok.example").unwrap();
        assert_eq!(c.refresh_token, "idtok");
        assert!(c.username.is_empty() && c.password.is_empty());
    }

    #[test]
    fn failure_message_is_stdout_or_exit_status() {
        let dir = tempfile::tempdir().unwrap();
        write_helper(dir.path(), "msg", "echo '  boom happened '; exit 3");
        write_helper(dir.path(), "quiet", "exit 4");
        let r = HelperRunner::with_search_path(dir.path());
        let e = r.erase("msg", "x").unwrap_err();
        assert_eq!(e.to_string(), "boom happened");
        let e = r.erase("quiet", "x").unwrap_err();
        assert_eq!(e.to_string(), "exit status 4");
    }

    #[test]
    fn store_failure_does_not_echo_secret() {
        let dir = tempfile::tempdir().unwrap();
        write_helper(dir.path(), "echo", "cat; exit 1");
        let r = HelperRunner::with_search_path(dir.path());
        let e = r
            .store("echo", "reg", &Credential::basic("u", "s3cr3t-pw"))
            .unwrap_err();
        let text = format!("{e} {e:?}");
        assert!(!text.contains("s3cr3t-pw"), "{text}");
        assert!(text.contains("*****"), "{text}");
    }

    #[test]
    fn missing_helper_names_program() {
        let dir = tempfile::tempdir().unwrap();
        let r = HelperRunner::with_search_path(dir.path());
        let e = r.get("nope", "x").unwrap_err();
        assert_eq!(
            e.to_string(),
            "exec: \"docker-credential-nope\": executable file not found in $PATH"
        );
    }

    #[test]
    fn malformed_get_output_does_not_echo_it() {
        let dir = tempfile::tempdir().unwrap();
        write_helper(dir.path(), "bad", "printf 'leaky-secret-value'");
        write_helper(
            dir.path(),
            "num",
            r#"printf '{"Username":"u","Secret":123456789}'"#,
        );
        let r = HelperRunner::with_search_path(dir.path());
        let e = r.get("bad", "x").unwrap_err().to_string();
        assert!(
            e.contains("docker-credential-bad") && !e.contains("leaky"),
            "{e}"
        );
        let e = r.get("num", "x").unwrap_err().to_string();
        assert!(!e.contains("123456789"), "{e}");
    }
}
