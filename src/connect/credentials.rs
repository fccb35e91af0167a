//! The stored credentials of one endpoint: docker's config (`--registry-config`,
//! `$DOCKER_CONFIG/config.json`, `~/.docker/config.json`, with its helpers) first, then
//! the containers auth files (logins of podman, skopeo, buildah), looked up by the
//! repository the endpoint serves (`host/namespace/repo`: the longest key wins). Under
//! `--debug` one line says which containers auth file supplied a credential, never the
//! credential.

use crate::auth::docker_config::CredentialStore;
use crate::auth::{Credential, CredentialSource};
use crate::containers::auth_file::AuthFiles;
use crate::notice::{Notice, Notifier};
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// Docker config, then the containers auth files, for the repository of one endpoint.
pub struct StoredCredentials {
    docker: Arc<CredentialStore>,
    auth_files: Arc<AuthFiles>,
    /// The API host of the endpoint and its lookup key (`registry/repository`).
    host: String,
    key: String,
    debug: bool,
    notices: Notifier,
    told: Mutex<BTreeSet<String>>,
}

impl StoredCredentials {
    pub fn new(
        docker: Arc<CredentialStore>,
        auth_files: Arc<AuthFiles>,
        host: &str,
        key: &str,
        debug: bool,
        notices: Notifier,
    ) -> Self {
        StoredCredentials {
            docker,
            auth_files,
            host: host.to_string(),
            key: key.to_string(),
            debug,
            notices,
            told: Mutex::default(),
        }
    }

    /// The containers auth file lookup key for `host`: the endpoint's repository when the
    /// host is the endpoint's, else the host alone.
    fn key_for<'a>(&'a self, host: &'a str) -> &'a str {
        if host == self.host { &self.key } else { host }
    }

    fn in_auth_files(&self, host: &str) -> Option<(Credential, PathBuf)> {
        let key = self.key_for(host);
        let found = self.auth_files.lookup(key)?;
        if self.debug {
            let mut told = self.told.lock().unwrap_or_else(|e| e.into_inner());
            if told.insert(key.to_string()) {
                self.notices.send(Notice::Debug(format!(
                    "credential for {key:?} from the containers auth file {} (entry {:?})",
                    found.file.display(),
                    found.key
                )));
            }
        }
        Some((found.credential, found.file))
    }
}

impl CredentialSource for StoredCredentials {
    fn credential(&self, host: &str) -> crate::error::Result<Credential> {
        let cred = self.docker.get(host).map_err(crate::error::Error::msg)?;
        if !cred.is_empty() {
            return Ok(cred);
        }
        Ok(self.in_auth_files(host).map(|(c, _)| c).unwrap_or_default())
    }

    fn hint_path(&self) -> Option<PathBuf> {
        self.docker.hint_path().map(|p| p.to_path_buf())
    }

    fn stored_entry(&self, host: &str) -> Option<PathBuf> {
        match self.docker.get(host) {
            Ok(c) if !c.is_empty() => Some(self.docker.primary_path().to_path_buf()),
            _ => self.in_auth_files(host).map(|(_, f)| f),
        }
    }
}
