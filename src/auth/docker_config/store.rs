//! The docker-compatible credential store over one or more config files: per key,
//! `credHelpers[key]`, else `credsStore`, else the file's `auths` map.

use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use super::auths::{auth_entry_json, server_key};
use super::config_file::ConfigFile;
use super::error::CredError;
use super::helper::HelperRunner;
use super::paths::ConfigPaths;
use crate::auth::credential::Credential;

/// Docker-compatible credential store over one or more config files.
pub struct CredentialStore {
    /// Path of the first config (immutable after `open`).
    primary: PathBuf,
    configs: Vec<Mutex<ConfigFile>>,
    helpers: HelperRunner,
}

impl fmt::Debug for CredentialStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Paths only: the loaded content holds secrets.
        let paths: Vec<PathBuf> = self.configs.iter().map(|c| lock(c).path.clone()).collect();
        f.debug_struct("CredentialStore")
            .field("configs", &paths)
            .field("helpers", &self.helpers)
            .finish()
    }
}

impl CredentialStore {
    /// Loads `registry_configs` (the `--registry-config` values, in order) or, when empty,
    /// the default file from `env`. A missing file is an empty config; an unreadable or
    /// malformed one is an error naming the file.
    pub fn open(registry_configs: &[PathBuf], env: &ConfigPaths) -> Result<Self, CredError> {
        let paths = if registry_configs.is_empty() {
            vec![env.default_config_path()?]
        } else {
            registry_configs.to_vec()
        };
        let primary = paths[0].clone();
        let configs = paths
            .into_iter()
            .map(|p| ConfigFile::load(p).map(Mutex::new))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(CredentialStore {
            primary,
            configs,
            helpers: HelperRunner::new(),
        })
    }

    /// Searches credential helpers only in `search_path` (`PATH` syntax) instead of the
    /// process `PATH`.
    pub fn with_helper_path(mut self, search_path: impl Into<OsString>) -> Self {
        self.helpers = HelperRunner::with_search_path(search_path);
        self
    }

    /// The credential for `server` (host[:port]; mapped through [`server_key`]): the first
    /// non-empty one across the configs, or an empty credential.
    pub fn get(&self, server: &str) -> Result<Credential, CredError> {
        let key = server_key(server);
        if key.is_empty() {
            return Ok(Credential::default());
        }
        for config in &self.configs {
            let cred = {
                let cfg = lock(config);
                match cfg.helper_for(&key) {
                    Some(helper) => {
                        let helper = helper.to_owned();
                        drop(cfg);
                        self.helpers.get(&helper, &key)?
                    }
                    None => cfg.file_get(&key)?,
                }
            };
            if !cred.is_empty() {
                return Ok(cred);
            }
        }
        Ok(Credential::default())
    }

    /// Saves `cred` for `server` in the first config (its helper, or its `auths` map).
    pub fn put(&self, server: &str, cred: &Credential) -> Result<(), CredError> {
        let key = server_key(server);
        let mut cfg = lock(&self.configs[0]);
        if let Some(helper) = cfg.helper_for(&key) {
            let helper = helper.to_owned();
            drop(cfg);
            return self.helpers.store(&helper, &key, cred);
        }
        if cred.username.contains(':') {
            return Err(CredError::BadCredentialFormat);
        }
        let mut auths = cfg.auths.clone();
        auths.insert(key, auth_entry_json(cred));
        cfg.save(auths)
    }

    /// Removes the credential for `server` from the first config; a missing entry is fine
    /// (and leaves the file untouched). Only the exact key is removed from `auths`.
    pub fn delete(&self, server: &str) -> Result<(), CredError> {
        let key = server_key(server);
        let mut cfg = lock(&self.configs[0]);
        if let Some(helper) = cfg.helper_for(&key) {
            let helper = helper.to_owned();
            drop(cfg);
            return self.helpers.erase(&helper, &key);
        }
        if !cfg.auths.contains_key(&key) {
            return Ok(());
        }
        let mut auths = cfg.auths.clone();
        auths.remove(&key);
        cfg.save(auths)
    }

    /// Path of the first (write) config file, as given / as derived from the environment.
    pub fn primary_path(&self) -> &Path {
        &self.primary
    }

    /// Path for the "basic credential not found … at \"<path>\"" hint: the config path when
    /// there is exactly one config, `None` with several (oras prints no path then).
    pub fn hint_path(&self) -> Option<&Path> {
        (self.configs.len() == 1).then(|| self.primary_path())
    }
}

/// Poison-tolerant lock (a panic elsewhere must not wedge credential lookups).
fn lock(m: &Mutex<ConfigFile>) -> MutexGuard<'_, ConfigFile> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}
