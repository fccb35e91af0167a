//! Tests of the credential store through its public face, by theme, and the helpers they
//! share: config files in temp dirs, the golden login/logout bytes, fake credential helpers.

mod auths;
mod file;
mod store;

use std::fs;
use std::path::{Path, PathBuf};

use super::{ConfigPaths, CredentialStore, TEMP_FILE_PREFIX};

/// `01.file.home__.docker__config.json` of the golden login-logout transcript
/// (`[AUTH]` stands for the registry `localhost:PORT`).
pub(super) const GOLDEN_LOGIN: &str = "{\n\t\"auths\": {\n\t\t\"[AUTH]\": {\n\t\t\t\"auth\": \"dGVzdHVzZXI6dGVzdHBhc3N3b3Jk\"\n\t\t}\n\t}\n}";
/// `05.file.home__.docker__config.json` (after `oras logout`).
pub(super) const GOLDEN_LOGOUT: &str = "{\n\t\"auths\": {}\n}";

pub(super) fn env_home(home: &Path) -> ConfigPaths {
    ConfigPaths {
        docker_config_env: None,
        home: Some(home.to_path_buf()),
    }
}

pub(super) fn store_with(json: &str) -> (tempfile::TempDir, PathBuf, CredentialStore) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.json");
    fs::write(&path, json).unwrap();
    let store = CredentialStore::open(std::slice::from_ref(&path), &ConfigPaths::default())
        .unwrap()
        .with_helper_path(dir.path().join("no-helpers-here"));
    (dir, path, store)
}

pub(super) fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap()
}

#[cfg(unix)]
pub(super) fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
pub(super) fn write_helper(dir: &Path, suffix: &str, body: &str) {
    use std::os::unix::fs::PermissionsExt;
    let p = dir.join(format!("docker-credential-{suffix}"));
    fs::write(&p, format!("#!/bin/sh\n{body}\n")).unwrap();
    fs::set_permissions(&p, fs::Permissions::from_mode(0o755)).unwrap();
}

pub(super) fn temp_leftovers(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(TEMP_FILE_PREFIX))
        .collect()
}
