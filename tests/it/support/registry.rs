//! `docker-registry` (CNCF distribution 2.8.2) on 127.0.0.1, one process per test: the one
//! registry starter of the integration tests.
//!
//! Each registry gets a temp folder (config, storage, htpasswd), listens on a port the
//! kernel picks (`http.addr: 127.0.0.1:0`), and is found by reading its own
//! `listening on 127.0.0.1:<port>` log line: no port guessing, no races. Options add
//! htpasswd or token auth, TLS (with client CAs), turn deletes off, or merge any other
//! configuration. Dropping the handle kills the process by its pid and waits for it.

use std::fmt::Write as _;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

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

/// What every manifest check asks for: OCI and Docker manifests and indexes.
pub const MANIFEST_ACCEPT: &str = "application/vnd.oci.image.manifest.v1+json, \
     application/vnd.oci.image.index.v1+json, \
     application/vnd.docker.distribution.manifest.v2+json, \
     application/vnd.docker.distribution.manifest.list.v2+json";

/// The nextest test group that every registry-starting test belongs to
/// (`.config/nextest.toml`: at most 2 registry-heavy tests at once).
pub const TEST_GROUP: &str = "registry";

const STARTUP_TIMEOUT: Duration = Duration::from_secs(10);
const LOG_LINES_KEPT: usize = 200;

/// Options for [`TestRegistry::start_with`].
#[derive(Debug, Clone)]
pub struct RegistryOpts {
    /// `(user, bcrypt line)`: enables `auth.htpasswd` with realm `basic-realm`.
    pub htpasswd: Option<(String, String)>,
    /// Enables `auth.token` (see `token_server.rs`).
    pub token: Option<TokenAuth>,
    /// Serves HTTPS instead of plain HTTP.
    pub tls: Option<Tls>,
    /// `storage.delete.enabled` (default true).
    pub delete: bool,
    /// Merged into the generated configuration last (objects key by key, anything else
    /// replaced), e.g. `json!({"http": {"headers": {"X-Test": ["1"]}}})`.
    pub config: Value,
}

impl Default for RegistryOpts {
    fn default() -> Self {
        RegistryOpts {
            htpasswd: None,
            token: None,
            tls: None,
            delete: true,
            config: Value::Null,
        }
    }
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

/// `http.tls`: the server's certificate and key (PEM files), and the CAs a client
/// certificate must chain to (none: no client certificate asked for).
#[derive(Debug, Clone)]
pub struct Tls {
    pub certificate: PathBuf,
    pub key: PathBuf,
    pub client_cas: Vec<PathBuf>,
}

impl RegistryOpts {
    /// htpasswd auth with [`TEST_USER`] / [`TEST_PASSWORD`].
    pub fn with_test_user() -> Self {
        RegistryOpts::default().test_user()
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

    /// Adds htpasswd auth with [`TEST_USER`] / [`TEST_PASSWORD`].
    pub fn test_user(mut self) -> Self {
        self.htpasswd = Some((TEST_USER.to_string(), TEST_PASSWORD_BCRYPT.to_string()));
        self
    }

    /// Serves HTTPS.
    pub fn tls(mut self, tls: Tls) -> Self {
        self.tls = Some(tls);
        self
    }

    /// Refuses deletes (`storage.delete.enabled: false`).
    pub fn without_delete(mut self) -> Self {
        self.delete = false;
        self
    }

    /// Merges `config` into the generated configuration.
    pub fn config(mut self, config: Value) -> Self {
        merge(&mut self.config, config);
        self
    }
}

/// A running registry; killed (by pid) and reaped on drop.
pub struct TestRegistry {
    child: Child,
    port: u16,
    /// Plain HTTP without auth: the state helpers ([`TestRegistry::manifest`], …) work.
    open: bool,
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
        assert_in_test_group();
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
        // JSON is YAML: the configuration is built as a JSON value so options can merge.
        let text =
            serde_json::to_string_pretty(&config_value(dir.path(), &opts)).expect("config JSON");
        std::fs::write(&config, text).expect("writing config.yml");

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

        let tls = opts.tls.is_some();
        let mut registry = TestRegistry {
            child,
            port: 0,
            open: !tls && opts.htpasswd.is_none() && opts.token.is_none(),
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
        registry.wait_ready(tls);
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

    /// `GET /v2/<repo>/manifests/<reference>` accepting every manifest type (raw HTTP).
    pub fn manifest(&self, repo: &str, reference: &str) -> http::Response {
        self.get(
            &format!("/v2/{repo}/manifests/{reference}"),
            &[("Accept", MANIFEST_ACCEPT)],
        )
    }

    /// The status of `HEAD /v2/<repo>/blobs/<digest>`.
    pub fn blob_status(&self, repo: &str, digest: &str) -> u16 {
        self.request("HEAD", &format!("/v2/{repo}/blobs/{digest}"), &[])
            .status
    }

    /// The tags of a repository, sorted (docker-registry lists them in directory order).
    pub fn tags(&self, repo: &str) -> Vec<String> {
        let r = self.get(&format!("/v2/{repo}/tags/list"), &[]);
        assert_eq!(r.status, 200, "tags of {repo}: {}", r.text());
        let v: Value = serde_json::from_slice(&r.body).expect("tags/list JSON");
        let mut tags: Vec<String> = v["tags"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|t| t.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        tags.sort();
        tags
    }

    /// The repositories of `GET /v2/_catalog`.
    pub fn catalog(&self) -> Vec<String> {
        let r = self.get("/v2/_catalog", &[]);
        assert_eq!(r.status, 200, "catalog: {}", r.text());
        let v: Value = serde_json::from_slice(&r.body).expect("catalog JSON");
        v["repositories"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|t| t.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn get(&self, path: &str, headers: &[(&str, &str)]) -> http::Response {
        self.request("GET", path, headers)
    }

    fn request(&self, method: &str, path: &str, headers: &[(&str, &str)]) -> http::Response {
        assert!(
            self.open,
            "the state helpers of TestRegistry need a plain HTTP registry without auth: \
             use support::http with credentials"
        );
        http::request(self.port, method, path, headers)
            .unwrap_or_else(|err| panic!("{method} {path}: {err}"))
    }

    /// Polls `GET /v2/` until 200 or 401 (auth enabled), bounded by [`STARTUP_TIMEOUT`].
    /// A TLS registry is ready once it accepts connections: distribution binds its
    /// listener before it logs the address.
    fn wait_ready(&mut self, tls: bool) {
        let deadline = Instant::now() + STARTUP_TIMEOUT;
        let mut last = String::new();
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!(
                    "docker-registry exited early ({status}); log:\n{}",
                    self.log_tail()
                );
            }
            if tls {
                match std::net::TcpStream::connect(("127.0.0.1", self.port)) {
                    Ok(_) => return,
                    Err(err) => last = err.to_string(),
                }
            } else {
                match http::request(self.port, "GET", "/v2/", &[]) {
                    Ok(r) if r.status == 200 || r.status == 401 => return,
                    Ok(r) => last = format!("status {}", r.status),
                    Err(err) => last = err.to_string(),
                }
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

/// Under nextest, a test that starts a registry must be in the [`TEST_GROUP`] test group
/// (nextest names a test's group in `NEXTEST_TEST_GROUP`; `@global` is no group).
fn assert_in_test_group() {
    if let Ok(group) = std::env::var("NEXTEST_TEST_GROUP") {
        assert_eq!(
            group, TEST_GROUP,
            "this test starts docker-registry processes: add its module to the `{TEST_GROUP}` \
             test group in .config/nextest.toml"
        );
    }
}

/// A loopback port nothing listens on (bound once by the OS, then released).
pub fn closed_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    l.local_addr().expect("local addr").port()
}

/// The port in distribution's `listening on 127.0.0.1:<port>` log line (`, tls` after it
/// when serving HTTPS).
fn listening_port(line: &str) -> Option<u16> {
    let rest = &line[line.find("listening on ")? + "listening on ".len()..];
    let addr: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | ':' | '[' | ']'))
        .collect();
    addr.rsplit_once(':')?.1.parse().ok()
}

/// The configuration: storage and a kernel-chosen port under `dir`, then the options.
fn config_value(dir: &Path, opts: &RegistryOpts) -> Value {
    let mut config = json!({
        "version": "0.1",
        "log": {"level": "info"},
        "storage": {
            "filesystem": {"rootdirectory": dir.join("data")},
            "delete": {"enabled": opts.delete},
            "maintenance": {"uploadpurging": {"enabled": false}}
        },
        "http": {"addr": "127.0.0.1:0", "secret": "oras-test-secret"}
    });
    if let Some((user, bcrypt)) = &opts.htpasswd {
        let file = dir.join("htpasswd");
        std::fs::write(&file, format!("{user}:{bcrypt}\n")).expect("writing htpasswd");
        merge(
            &mut config,
            json!({"auth": {"htpasswd": {"realm": "basic-realm", "path": file}}}),
        );
    }
    if let Some(t) = &opts.token {
        let bundle = dir.join("token-root.pem");
        std::fs::write(&bundle, &t.root_pem).expect("writing rootcertbundle");
        merge(
            &mut config,
            json!({"auth": {"token": {
                "realm": t.realm, "service": t.service, "issuer": t.issuer,
                "rootcertbundle": bundle
            }}}),
        );
    }
    if let Some(tls) = &opts.tls {
        let mut section = json!({"certificate": tls.certificate, "key": tls.key});
        if !tls.client_cas.is_empty() {
            section["clientcas"] = json!(tls.client_cas);
        }
        merge(&mut config, json!({"http": {"tls": section}}));
    }
    merge(&mut config, opts.config.clone());
    config
}

/// Merges `patch` into `base`: objects key by key, anything else replaces (null: nothing).
fn merge(base: &mut Value, patch: Value) {
    match (base, patch) {
        (_, Value::Null) => {}
        (Value::Object(b), Value::Object(p)) => {
            for (k, v) in p {
                merge(b.entry(k).or_insert(Value::Null), v);
            }
        }
        (b, p) => *b = p,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine as _;

    #[test]
    fn finds_the_port_in_the_log_line() {
        let line = r#"time="2026-01-01T00:00:00Z" level=info msg="listening on 127.0.0.1:37793" go.version=go1.19.8"#;
        assert_eq!(listening_port(line), Some(37793));
        let tls = r#"level=info msg="listening on 127.0.0.1:41001, tls" go.version=go1.19.8"#;
        assert_eq!(listening_port(tls), Some(41001));
        assert_eq!(
            listening_port("level=info msg=\"redis not configured\""),
            None
        );
    }

    #[test]
    fn options_merge_into_the_configuration() {
        let dir = tempfile::tempdir().unwrap();
        let opts = RegistryOpts::default()
            .without_delete()
            .config(json!({"http": {"headers": {"X-Test": ["1"]}}}));
        let config = config_value(dir.path(), &opts);
        assert_eq!(config["storage"]["delete"]["enabled"], false);
        assert_eq!(config["http"]["addr"], "127.0.0.1:0");
        assert_eq!(config["http"]["headers"]["X-Test"][0], "1");
        assert!(config.get("auth").is_none());
    }

    #[test]
    fn plain_registry_answers_v2_and_extra_config_applies() {
        let registry = TestRegistry::start_with(
            RegistryOpts::default().config(json!({"http": {"headers": {"X-Oras-Test": ["yes"]}}})),
        );
        let response = http::request(registry.port(), "GET", "/v2/", &[]).expect("GET /v2/");
        assert_eq!(response.status, 200, "log:\n{}", registry.log_tail());
        assert_eq!(response.header("X-Oras-Test"), Some("yes"));
        assert_eq!(registry.host(), format!("localhost:{}", registry.port()));
        assert_eq!(registry.catalog(), Vec::<String>::new());
    }

    #[test]
    fn deletes_are_refused_when_disabled() {
        let registry = TestRegistry::start_with(RegistryOpts::default().without_delete());
        let digest = super::super::seed::put_blob(registry.port(), "r", b"blob");
        let r = http::request(
            registry.port(),
            "DELETE",
            &format!("/v2/r/blobs/{digest}"),
            &[],
        )
        .expect("DELETE");
        assert_eq!(r.status, 405, "{}", r.text());
        assert_eq!(registry.blob_status("r", &digest), 200);
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
