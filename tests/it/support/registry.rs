//! `docker-registry` (CNCF distribution 2.8.2) on 127.0.0.1, one process per test.
//!
//! Each registry gets a temp folder (config, storage, htpasswd), listens on a port the
//! kernel picks (`http.addr: 127.0.0.1:0`), and is found by reading its own
//! `listening on 127.0.0.1:<port>` log line: no port guessing, no races. Dropping the
//! handle kills the process by its pid and waits for it.

use std::fmt::Write as _;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use super::http;

/// Where Debian's `docker-registry` package installs the server.
pub const REGISTRY_BIN: &str = "/usr/bin/docker-registry";

/// User name of the htpasswd account used by the `auth` registry.
pub const TEST_USER: &str = "testuser";
/// Its password.
pub const TEST_PASSWORD: &str = "testpassword";
/// bcrypt of [`TEST_PASSWORD`], cost 4 (the minimum, so every authenticated request stays
/// cheap). Made once with Python's `bcrypt` package in a scratch venv:
/// `bcrypt.hashpw(b"testpassword", bcrypt.gensalt(rounds=4, prefix=b"2a"))`
/// (`htpasswd -bnBC 4 testuser testpassword` makes an equivalent line).
pub const TEST_PASSWORD_BCRYPT: &str =
    "$2a$04$7lQps1qs2kkNPpbtBWDmbeAUw7AEc33zH8dGNShQW0Gs.9Wy/.S.C";

const STARTUP_TIMEOUT: Duration = Duration::from_secs(10);
const LOG_LINES_KEPT: usize = 200;

/// Options for [`TestRegistry::start_with`].
#[derive(Debug, Clone, Default)]
pub struct RegistryOpts {
    /// `(user, bcrypt line)`: enables `auth.htpasswd` with realm `basic-realm`.
    pub htpasswd: Option<(String, String)>,
    /// Enables `auth.token` (see `token_server.rs`).
    pub token: Option<TokenAuth>,
}

/// `auth.token` settings: the registry sends `Bearer realm=…,service=…` challenges and
/// accepts JWTs of `issuer` signed by a key whose certificate chains to `root_pem`.
#[derive(Debug, Clone)]
pub struct TokenAuth {
    pub realm: String,
    pub service: String,
    pub issuer: String,
    /// PEM certificate(s) written to `rootcertbundle`.
    pub root_pem: String,
}

impl RegistryOpts {
    /// htpasswd auth with [`TEST_USER`] / [`TEST_PASSWORD`].
    pub fn with_test_user() -> Self {
        RegistryOpts {
            htpasswd: Some((TEST_USER.to_string(), TEST_PASSWORD_BCRYPT.to_string())),
            ..Default::default()
        }
    }

    /// Token auth against this token server.
    pub fn with_token(server: &super::token_server::TokenServer) -> Self {
        RegistryOpts {
            token: Some(TokenAuth {
                realm: server.realm(),
                service: super::token_server::SERVICE.to_string(),
                issuer: super::token_server::ISSUER.to_string(),
                root_pem: server.root_pem(),
            }),
            ..Default::default()
        }
    }
}

/// A running registry; killed (by pid) and reaped on drop.
pub struct TestRegistry {
    child: Child,
    port: u16,
    log: Arc<Mutex<Vec<String>>>,
    _dir: tempfile::TempDir,
}

impl TestRegistry {
    /// A plain registry without auth.
    pub fn start() -> TestRegistry {
        TestRegistry::start_with(RegistryOpts::default())
    }

    /// A registry with the given options. Panics (never skips) when the server is missing.
    pub fn start_with(opts: RegistryOpts) -> TestRegistry {
        assert!(
            Path::new(REGISTRY_BIN).is_file(),
            "{REGISTRY_BIN} not found: the registry tests need Debian's docker-registry \
             (CNCF distribution 2.8.2). Install it with `apt-get install -y docker-registry`."
        );
        let dir = tempfile::Builder::new()
            .prefix("oras-test-registry-")
            .tempdir()
            .expect("creating the registry's temp dir");
        let config = dir.path().join("config.yml");
        std::fs::write(&config, config_yaml(dir.path(), &opts)).expect("writing config.yml");

        let path = std::env::var_os("PATH").unwrap_or_else(|| "/usr/bin:/bin".into());
        let mut child = Command::new(REGISTRY_BIN)
            .arg("serve")
            .arg(&config)
            .current_dir(dir.path())
            .env_clear()
            .env("PATH", path)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|err| panic!("cannot start {REGISTRY_BIN}: {err}"));

        let log = Arc::new(Mutex::new(Vec::new()));
        let (port_tx, port_rx) = mpsc::channel();
        let stderr = child.stderr.take().expect("stderr is piped");
        let log_writer = Arc::clone(&log);
        thread::spawn(move || {
            // Read until EOF: the registry must never block on a full stderr pipe.
            let mut port_tx = Some(port_tx);
            for line in BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                if let Some(port) = listening_port(&line) {
                    if let Some(tx) = port_tx.take() {
                        let _ = tx.send(port);
                    }
                }
                let mut log = log_writer.lock().expect("registry log lock");
                if log.len() == LOG_LINES_KEPT {
                    log.remove(0);
                }
                log.push(line);
            }
        });

        let mut registry = TestRegistry {
            child,
            port: 0,
            log,
            _dir: dir,
        };
        registry.port = match port_rx.recv_timeout(STARTUP_TIMEOUT) {
            Ok(port) => port,
            Err(err) => panic!(
                "docker-registry did not log `listening on 127.0.0.1:<port>` ({err}); log:\n{}",
                registry.log_tail()
            ),
        };
        registry.wait_ready();
        registry
    }

    /// `localhost:<port>`: the name commands use (oras treats localhost as plain HTTP).
    pub fn host(&self) -> String {
        format!("localhost:{}", self.port)
    }

    /// The port on 127.0.0.1.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The last lines the registry logged, for failure messages.
    pub fn log_tail(&self) -> String {
        let log = self.log.lock().expect("registry log lock");
        log.iter().fold(String::new(), |mut out, line| {
            let _ = writeln!(out, "    {line}");
            out
        })
    }

    /// Polls `GET /v2/` until 200 or 401 (auth enabled), bounded by [`STARTUP_TIMEOUT`].
    fn wait_ready(&mut self) {
        let deadline = Instant::now() + STARTUP_TIMEOUT;
        let mut last = String::new();
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!(
                    "docker-registry exited early ({status}); log:\n{}",
                    self.log_tail()
                );
            }
            match http::request(self.port, "GET", "/v2/", &[]) {
                Ok(r) if r.status == 200 || r.status == 401 => return,
                Ok(r) => last = format!("status {}", r.status),
                Err(err) => last = err.to_string(),
            }
            thread::sleep(Duration::from_millis(20));
        }
        panic!(
            "docker-registry on port {} not ready after {STARTUP_TIMEOUT:?} (last: {last}); log:\n{}",
            self.port,
            self.log_tail()
        );
    }
}

impl Drop for TestRegistry {
    fn drop(&mut self) {
        // Our own child, by its pid: kill and reap it.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The port in distribution's `listening on 127.0.0.1:<port>` log line.
fn listening_port(line: &str) -> Option<u16> {
    let rest = &line[line.find("listening on ")? + "listening on ".len()..];
    let addr: String = rest
        .chars()
        .take_while(|c| !c.is_whitespace() && *c != '"')
        .collect();
    addr.rsplit_once(':')?.1.parse().ok()
}

fn config_yaml(dir: &Path, opts: &RegistryOpts) -> String {
    let data = dir.join("data");
    let mut yaml = format!(
        r#"version: 0.1
log:
  level: info
storage:
  filesystem:
    rootdirectory: {data}
  delete:
    enabled: true
  maintenance:
    uploadpurging:
      enabled: false
http:
  addr: 127.0.0.1:0
  secret: oras-test-secret
"#,
        data = data.display()
    );
    if let Some((user, bcrypt)) = &opts.htpasswd {
        let file = dir.join("htpasswd");
        std::fs::write(&file, format!("{user}:{bcrypt}\n")).expect("writing htpasswd");
        yaml.push_str(&format!(
            "auth:\n  htpasswd:\n    realm: basic-realm\n    path: {}\n",
            file.display()
        ));
    }
    if let Some(t) = &opts.token {
        let bundle = dir.join("token-root.pem");
        std::fs::write(&bundle, &t.root_pem).expect("writing rootcertbundle");
        yaml.push_str(&format!(
            "auth:\n  token:\n    realm: {}\n    service: {}\n    issuer: {}\n    rootcertbundle: {}\n",
            t.realm,
            t.service,
            t.issuer,
            bundle.display()
        ));
    }
    yaml
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine as _;

    #[test]
    fn finds_the_port_in_the_log_line() {
        let line = r#"time="2026-01-01T00:00:00Z" level=info msg="listening on 127.0.0.1:37793" go.version=go1.19.8"#;
        assert_eq!(listening_port(line), Some(37793));
        assert_eq!(
            listening_port("level=info msg=\"redis not configured\""),
            None
        );
    }

    #[test]
    fn plain_registry_answers_v2() {
        let registry = TestRegistry::start();
        let response = http::request(registry.port(), "GET", "/v2/", &[]).expect("GET /v2/");
        assert_eq!(response.status, 200, "log:\n{}", registry.log_tail());
        assert_eq!(registry.host(), format!("localhost:{}", registry.port()));
    }

    #[test]
    fn htpasswd_registry_accepts_only_the_test_user() {
        let registry = TestRegistry::start_with(RegistryOpts::with_test_user());
        let anonymous = http::request(registry.port(), "GET", "/v2/", &[]).expect("GET /v2/");
        assert_eq!(anonymous.status, 401);
        let basic = base64::engine::general_purpose::STANDARD
            .encode(format!("{TEST_USER}:{TEST_PASSWORD}"));
        let authorized = http::request(
            registry.port(),
            "GET",
            "/v2/",
            &[("Authorization", &format!("Basic {basic}"))],
        )
        .expect("GET /v2/ with credentials");
        assert_eq!(authorized.status, 200, "log:\n{}", registry.log_tail());
    }
}
