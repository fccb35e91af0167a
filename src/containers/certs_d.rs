//! Per-host certificates, docker's convention that podman, skopeo and buildah share: for a
//! registry `host[:port]`, the first of `~/.config/containers/certs.d/<host[:port]>/`,
//! `/etc/containers/certs.d/<host[:port]>/` and `/etc/docker/certs.d/<host[:port]>/` that
//! exists (containers/image `dockerCertDir`) holds CA files `*.crt`, trusted in addition
//! to the system roots (or `--ca-file`), and a client pair `<name>.cert` + `<name>.key`
//! (`--cert-file`/`--key-file` win when given). As containers/image
//! (`tlsclientconfig.SetupCertificates`): a `.cert` without its `.key`, or a `.key`
//! without its `.cert`, is an error, and so is a file that cannot be read; a `.crt` that
//! holds no certificate is skipped with a warning naming it; a folder that may not be
//! read is skipped with a warning.

use super::{ContainersEnv, shown};
use crate::error::{Error, Result};
use crate::notice::Notifier;
use std::path::{Path, PathBuf};

/// What the certs.d folder of one host gives.
#[derive(Default)]
pub struct HostCerts {
    /// The folder the files came from.
    pub dir: Option<PathBuf>,
    /// Extra trusted roots (from the `*.crt` files, in name order).
    pub roots: Vec<reqwest::Certificate>,
    /// The client certificate and key (the first `*.cert` in name order).
    pub client: Option<(PathBuf, PathBuf)>,
}

/// The folders that may hold `<host[:port]>/`, in lookup order.
pub fn roots(env: &ContainersEnv) -> Vec<PathBuf> {
    if env.disabled {
        return Vec::new();
    }
    let mut out: Vec<PathBuf> = env
        .in_home(".config/containers/certs.d")
        .into_iter()
        .collect();
    out.push(env.system("/etc/containers/certs.d"));
    out.push(env.system("/etc/docker/certs.d"));
    out
}

/// The certificates for `host` (`host[:port]` as written in the reference).
pub fn for_host(env: &ContainersEnv, host: &str, notices: &Notifier) -> Result<HostCerts> {
    // a name that could leave the folder is no host
    if host.is_empty() || host.contains('/') || host.starts_with('.') {
        return Ok(HostCerts::default());
    }
    for root in roots(env) {
        let dir = root.join(host);
        match std::fs::metadata(&dir) {
            Ok(m) if m.is_dir() => return read_dir(&dir, notices),
            Ok(_) => continue,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
                skipping(notices, &dir, &e);
                continue;
            }
            Err(e) => return Err(Error::path("stat", shown(&dir), &e)),
        }
    }
    Ok(HostCerts::default())
}

fn read_dir(dir: &Path, notices: &Notifier) -> Result<HostCerts> {
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
            skipping(notices, dir, &e);
            return Ok(HostCerts::default());
        }
        Err(e) => return Err(Error::path("open", shown(dir), &e)),
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    names.sort();
    let mut out = HostCerts {
        dir: Some(dir.to_path_buf()),
        ..Default::default()
    };
    for name in &names {
        let path = dir.join(name);
        if name.ends_with(".crt") {
            let pem = read(&path)?;
            match reqwest::Certificate::from_pem_bundle(&pem) {
                Ok(certs) if !certs.is_empty() => out.roots.extend(certs),
                _ => notices.warn(format!(
                    "ignoring {}: it holds no PEM certificate",
                    shown(&path)
                )),
            }
        } else if let Some(base) = name.strip_suffix(".cert") {
            let key = format!("{base}.key");
            if !names.contains(&key) {
                return Err(Error::msg(format!(
                    "missing key {key} for client certificate {name} in {}. Note that CA certificates should use the extension .crt",
                    shown(dir)
                )));
            }
            let key_path = dir.join(&key);
            read(&path)?;
            read(&key_path)?;
            if out.client.is_none() {
                out.client = Some((path, key_path));
            }
        } else if let Some(base) = name.strip_suffix(".key") {
            let cert = format!("{base}.cert");
            if !names.contains(&cert) {
                return Err(Error::msg(format!(
                    "missing client certificate {cert} for key {name} in {}",
                    shown(dir)
                )));
            }
        }
    }
    Ok(out)
}

/// The warning about a folder that may not be read (containers/image skips it too).
fn skipping(notices: &Notifier, dir: &Path, e: &std::io::Error) {
    notices.warn(format!(
        "skipping the certificates folder {}: {}",
        shown(dir),
        crate::go::error::os_error_text(e)
    ));
}

fn read(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| Error::path("open", shown(path), &e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_existing_folder_wins_and_pairs_are_checked() {
        let dir = tempfile::tempdir().unwrap();
        let e = ContainersEnv::under(dir.path());
        let none = for_host(&e, "r.io:5000", &Notifier::default()).unwrap();
        assert!(none.dir.is_none());
        let docker = dir.path().join("root/etc/docker/certs.d/r.io:5000");
        std::fs::create_dir_all(&docker).unwrap();
        std::fs::write(docker.join("client.cert"), "x").unwrap();
        let err = for_host(&e, "r.io:5000", &Notifier::default())
            .err()
            .unwrap()
            .to_string();
        assert!(
            err.contains("missing key client.key for client certificate client.cert"),
            "{err}"
        );
        std::fs::write(docker.join("client.key"), "y").unwrap();
        let got = for_host(&e, "r.io:5000", &Notifier::default()).unwrap();
        assert_eq!(got.dir.as_deref(), Some(docker.as_path()));
        assert_eq!(got.client.unwrap().1, docker.join("client.key"));
        // the user's folder comes first
        let user = dir.path().join("home/.config/containers/certs.d/r.io:5000");
        std::fs::create_dir_all(&user).unwrap();
        std::fs::write(user.join("lone.key"), "y").unwrap();
        let err = for_host(&e, "r.io:5000", &Notifier::default())
            .err()
            .unwrap()
            .to_string();
        assert!(
            err.contains("missing client certificate lone.cert for key lone.key"),
            "{err}"
        );
        // an unreadable .crt names the file
        std::fs::remove_file(user.join("lone.key")).unwrap();
        std::fs::create_dir(user.join("ca.crt")).unwrap();
        let err = for_host(&e, "r.io:5000", &Notifier::default())
            .err()
            .unwrap()
            .to_string();
        assert!(
            err.contains(&user.join("ca.crt").display().to_string()),
            "{err}"
        );
        assert!(
            for_host(&e, "../x", &Notifier::default())
                .unwrap()
                .dir
                .is_none()
        );
    }
}
