//! A `docker-registry` (distribution 2.8.2) on 127.0.0.1 for the auth tests, with the
//! options the shared harness does not have yet: TLS and client-certificate checks.
//! Killed by its pid on drop.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

pub const TEST_USER: &str = "testuser";
pub const TEST_PASSWORD: &str = "testpassword";
/// bcrypt (cost 4) of `testpassword`, made with Python's `bcrypt` package:
/// `bcrypt.hashpw(b"testpassword", bcrypt.gensalt(rounds=4, prefix=b"2a"))`.
pub const TEST_PASSWORD_BCRYPT: &str =
    "$2a$04$7lQps1qs2kkNPpbtBWDmbeAUw7AEc33zH8dGNShQW0Gs.9Wy/.S.C";

#[derive(Default)]
pub struct Opts {
    pub htpasswd: bool,
    /// `(cert.pem, key.pem)` of the server.
    pub tls: Option<(PathBuf, PathBuf)>,
    /// CA that client certificates must chain to.
    pub client_ca: Option<PathBuf>,
}

pub struct Registry {
    child: Child,
    pub port: u16,
    _dir: tempfile::TempDir,
}

impl Registry {
    pub fn start(opts: Opts) -> Registry {
        let dir = tempfile::tempdir().unwrap();
        let mut yaml = format!(
            "version: 0.1\nlog:\n  level: info\nstorage:\n  filesystem:\n    rootdirectory: {}\n  delete:\n    enabled: true\nhttp:\n  addr: 127.0.0.1:0\n  secret: oras-auth-test\n",
            dir.path().join("data").display()
        );
        if let Some((cert, key)) = &opts.tls {
            yaml.push_str(&format!(
                "  tls:\n    certificate: {}\n    key: {}\n",
                cert.display(),
                key.display()
            ));
            if let Some(ca) = &opts.client_ca {
                yaml.push_str(&format!("    clientcas:\n      - {}\n", ca.display()));
            }
        }
        if opts.htpasswd {
            let file = dir.path().join("htpasswd");
            std::fs::write(&file, format!("{TEST_USER}:{TEST_PASSWORD_BCRYPT}\n")).unwrap();
            yaml.push_str(&format!(
                "auth:\n  htpasswd:\n    realm: basic-realm\n    path: {}\n",
                file.display()
            ));
        }
        let config = dir.path().join("config.yml");
        std::fs::write(&config, yaml).unwrap();
        let mut child = Command::new("/usr/bin/docker-registry")
            .arg("serve")
            .arg(&config)
            .env_clear()
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("docker-registry (Debian package) is needed");
        let stderr = child.stderr.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut tx = Some(tx);
            for line in BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                if let Some(i) = line.find("listening on ") {
                    let rest: String = line[i + 13..]
                        .chars()
                        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ':')
                        .collect();
                    if let (Some(port), Some(tx)) = (
                        rest.rsplit(':').next().and_then(|p| p.parse::<u16>().ok()),
                        tx.take(),
                    ) {
                        let _ = tx.send(port);
                    }
                }
            }
        });
        let port = rx
            .recv_timeout(Duration::from_secs(10))
            .expect("registry did not start");
        for _ in 0..200 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                break;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        Registry {
            child,
            port,
            _dir: dir,
        }
    }

    pub fn host(&self) -> String {
        format!("localhost:{}", self.port)
    }
}

impl Drop for Registry {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A CA, a server certificate for `localhost`/127.0.0.1 and a client certificate, as PEM
/// files in `dir`: `ca.pem`, `server.pem`, `server.key`, `client.pem`, `client.key`.
pub fn make_certs(dir: &Path) {
    use rcgen::{BasicConstraints, CertificateParams, ExtendedKeyUsagePurpose, IsCa, KeyPair};
    let ca_key = KeyPair::generate().unwrap();
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "oras test CA");
    let ca = ca_params.self_signed(&ca_key).unwrap();

    let server_key = KeyPair::generate().unwrap();
    let mut sp =
        CertificateParams::new(vec!["localhost".to_string(), "127.0.0.1".to_string()]).unwrap();
    sp.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    let server = sp.signed_by(&server_key, &ca, &ca_key).unwrap();

    let client_key = KeyPair::generate().unwrap();
    let mut cp = CertificateParams::new(Vec::<String>::new()).unwrap();
    cp.distinguished_name
        .push(rcgen::DnType::CommonName, "oras test client");
    cp.extended_key_usages = vec![ExtendedKeyUsagePurpose::ClientAuth];
    let client = cp.signed_by(&client_key, &ca, &ca_key).unwrap();

    std::fs::write(dir.join("ca.pem"), ca.pem()).unwrap();
    std::fs::write(dir.join("server.pem"), server.pem()).unwrap();
    std::fs::write(dir.join("server.key"), server_key.serialize_pem()).unwrap();
    std::fs::write(dir.join("client.pem"), client.pem()).unwrap();
    std::fs::write(dir.join("client.key"), client_key.serialize_pem()).unwrap();
}
