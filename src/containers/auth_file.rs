//! Logins made by podman, skopeo or buildah: the containers auth files
//! (containers-auth.json(5)), read-only. The files are, in order:
//! `$REGISTRY_AUTH_FILE`, else `$XDG_RUNTIME_DIR/containers/auth.json`, else
//! `/run/containers/<uid>/auth.json`; then `$XDG_CONFIG_HOME/containers/auth.json`
//! (`~/.config/containers/auth.json`), as containers/image reads them.
//!
//! Their `auths` entries have docker's format, but a key may be `host`, `host/namespace` or
//! `host/namespace/repo`: for a repository the longest matching key wins (containers/image
//! `authKeysForKey`), then legacy keys (`https://host/v1/`) matched by host name. The first
//! file with a match answers. A file that is missing is skipped; one that cannot be read
//! or parsed is skipped with one warning naming it (it only adds an optional source).

use super::{ContainersEnv, shown};
use crate::auth::Credential;
use crate::auth::docker_config::{decode_auth_entry, json_error_text};
use crate::notice::Notifier;
use std::path::PathBuf;
use std::sync::OnceLock;

/// A credential found in an auth file, and where.
#[derive(Debug, Clone)]
pub struct Found {
    pub credential: Credential,
    pub file: PathBuf,
    /// The key of the entry (`host[/namespace…]`).
    pub key: String,
}

/// The auth files of this machine, loaded on the first lookup.
pub struct AuthFiles {
    paths: Vec<PathBuf>,
    loaded: OnceLock<Vec<Loaded>>,
    notices: Notifier,
}

/// One parsed file: its `auths` entries in file order.
struct Loaded {
    path: PathBuf,
    auths: Logins,
}

impl AuthFiles {
    /// The auth files `env` points at (none when the container tools' files are ignored);
    /// problems with them are told to `notices`.
    pub fn new(env: &ContainersEnv, notices: Notifier) -> Self {
        AuthFiles {
            paths: paths(env),
            loaded: OnceLock::new(),
            notices,
        }
    }

    /// The files, in lookup order.
    pub fn paths(&self) -> &[PathBuf] {
        &self.paths
    }

    /// The credential for `key` (`host[:port]`, `host/namespace…` or `host/…/repo`): the
    /// first file holding the longest matching key, else a legacy key of the same host.
    pub fn lookup(&self, key: &str) -> Option<Found> {
        let registry = key.split('/').next().unwrap_or(key);
        let loaded = self
            .loaded
            .get_or_init(|| self.paths.iter().filter_map(|p| self.load(p)).collect());
        for file in loaded {
            let found = keys_for(key)
                .into_iter()
                .find_map(|k| file.auths.iter().find(|(e, _)| *e == k))
                .or_else(|| {
                    let host = normalize_registry(registry);
                    file.auths.iter().find(|(e, _)| {
                        legacy_host(e).is_some_and(|h| normalize_registry(h) == host)
                    })
                });
            if let Some((k, cred)) = found {
                return Some(Found {
                    credential: cred.clone(),
                    file: file.path.clone(),
                    key: k.clone(),
                });
            }
        }
        None
    }

    fn load(&self, path: &PathBuf) -> Option<Loaded> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
            Err(e) => {
                self.warn(path, &crate::go::error::os_error_text(&e));
                return None;
            }
        };
        match parse(&text) {
            Ok((auths, bad)) => {
                for key in bad {
                    self.notices.warn(format!(
                        "ignoring the entry {key:?} of the containers auth file {}: it is not a valid login",
                        shown(path)
                    ));
                }
                Some(Loaded {
                    path: path.clone(),
                    auths,
                })
            }
            Err(why) => {
                self.warn(path, &why);
                None
            }
        }
    }

    fn warn(&self, path: &std::path::Path, why: &str) {
        self.notices.warn(format!(
            "ignoring the containers auth file {}: {why}",
            shown(path)
        ));
    }
}

/// The lookup order of the auth files for `env`.
fn paths(env: &ContainersEnv) -> Vec<PathBuf> {
    if env.disabled {
        return Vec::new();
    }
    let first = match (&env.auth_file, &env.xdg_runtime_dir) {
        (Some(f), _) => f.clone(),
        (None, Some(run)) => run.join("containers/auth.json"),
        (None, None) => env.system(&format!("/run/containers/{}/auth.json", env.uid)),
    };
    let config_home = env
        .xdg_config_home
        .clone()
        .or_else(|| env.in_home(".config"));
    let mut out = vec![first];
    if let Some(c) = config_home {
        let second = c.join("containers/auth.json");
        if !out.contains(&second) {
            out.push(second);
        }
    }
    out
}

/// The logins of a file (key, credential), in file order.
type Logins = Vec<(String, Credential)>;

/// The `auths` entries of an auth file, and the keys of entries that are not valid logins
/// (skipped). Errors describe the file's shape, never its values.
fn parse(text: &str) -> Result<(Logins, Vec<String>), String> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| format!("invalid JSON: {}", json_error_text(&e)))?;
    let serde_json::Value::Object(top) = value else {
        return Err("expected a JSON object".into());
    };
    let auths = match top.get("auths") {
        None | Some(serde_json::Value::Null) => return Ok((Vec::new(), Vec::new())),
        Some(serde_json::Value::Object(a)) => a,
        Some(_) => return Err("\"auths\" is not a JSON object".into()),
    };
    let mut good = Vec::new();
    let mut bad = Vec::new();
    for (key, entry) in auths {
        match decode_auth_entry(&entry.to_string()) {
            Ok(c) if c.is_empty() => {}
            Ok(c) => good.push((key.clone(), c)),
            Err(_) => bad.push(key.clone()),
        }
    }
    Ok((good, bad))
}

/// `host/a/b` → [`host/a/b`, `host/a`, `host`] (containers/image `authKeysForKey`).
pub fn keys_for(key: &str) -> Vec<String> {
    let mut out = vec![key.to_string()];
    let mut k = key;
    while let Some(i) = k.rfind('/') {
        k = &k[..i];
        out.push(k.to_string());
    }
    out
}

/// The host of a legacy key written as a URL (`https://host/v1/`), else `None`.
fn legacy_host(key: &str) -> Option<&str> {
    let stripped = key
        .strip_prefix("http://")
        .or_else(|| key.strip_prefix("https://"))?;
    stripped.split('/').next()
}

/// Docker Hub's host names all mean `index.docker.io`.
fn normalize_registry(host: &str) -> &str {
    match host {
        "registry-1.docker.io" | "docker.io" => "index.docker.io",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn b64(s: &str) -> String {
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD.encode(s)
    }

    fn files(dir: &Path, body: &str) -> AuthFiles {
        let f = dir.join("auth.json");
        std::fs::write(&f, body).unwrap();
        let env = ContainersEnv {
            auth_file: Some(f),
            root: Some(dir.join("root")),
            ..Default::default()
        };
        AuthFiles::new(&env, Notifier::default())
    }

    #[test]
    fn longest_key_wins() {
        let dir = tempfile::tempdir().unwrap();
        let body = format!(
            r#"{{"auths":{{"r.io":{{"auth":"{}"}},"r.io/ns":{{"auth":"{}"}},"r.io/ns/app":{{"auth":"{}"}}}}}}"#,
            b64("host:h"),
            b64("ns:n"),
            b64("app:a")
        );
        let a = files(dir.path(), &body);
        assert_eq!(a.lookup("r.io/ns/app").unwrap().credential.username, "app");
        assert_eq!(a.lookup("r.io/ns/other").unwrap().credential.username, "ns");
        assert_eq!(a.lookup("r.io/ns/sub/x").unwrap().key, "r.io/ns");
        assert_eq!(a.lookup("r.io/else").unwrap().credential.username, "host");
        assert!(a.lookup("other.io/ns/app").is_none());
        // a namespace key never matches a longer name that only shares a prefix
        assert_eq!(a.lookup("r.io/nsx/app").unwrap().key, "r.io");
    }

    #[test]
    fn legacy_keys_and_docker_hub() {
        let dir = tempfile::tempdir().unwrap();
        let body = format!(
            r#"{{"auths":{{"https://index.docker.io/v1/":{{"auth":"{}"}},"http://old.io/v1/":{{"auth":"{}"}}}}}}"#,
            b64("hub:h"),
            b64("old:o")
        );
        let a = files(dir.path(), &body);
        assert_eq!(
            a.lookup("docker.io/library/x").unwrap().credential.username,
            "hub"
        );
        assert_eq!(a.lookup("old.io/x").unwrap().credential.username, "old");
    }

    #[test]
    fn malformed_files_and_entries_are_skipped() {
        let dir = tempfile::tempdir().unwrap();
        assert!(files(dir.path(), "{not json").lookup("r.io/x").is_none());
        let a = files(dir.path(), r#"{"auths":{"r.io":{"auth":"%%%"},"s.io":{}}}"#);
        assert!(a.lookup("r.io/x").is_none());
        assert!(a.lookup("s.io/x").is_none());
    }

    #[test]
    fn lookup_order_of_the_files() {
        let env = ContainersEnv {
            root: Some("/sys-root".into()),
            home: Some("/h".into()),
            uid: 7,
            ..Default::default()
        };
        assert_eq!(
            paths(&env),
            vec![
                PathBuf::from("/sys-root/run/containers/7/auth.json"),
                PathBuf::from("/h/.config/containers/auth.json")
            ]
        );
        let env = ContainersEnv {
            xdg_runtime_dir: Some("/run/user/7".into()),
            xdg_config_home: Some("/cfg".into()),
            ..env
        };
        assert_eq!(
            paths(&env),
            vec![
                PathBuf::from("/run/user/7/containers/auth.json"),
                PathBuf::from("/cfg/containers/auth.json")
            ]
        );
        let env = ContainersEnv {
            auth_file: Some("/a.json".into()),
            disabled: false,
            ..env
        };
        assert_eq!(paths(&env)[0], PathBuf::from("/a.json"));
        assert!(
            paths(&ContainersEnv {
                disabled: true,
                ..env
            })
            .is_empty()
        );
        assert_eq!(keys_for("h/a/b"), ["h/a/b", "h/a", "h"]);
    }
}
