//! Where the docker config file is: `$DOCKER_CONFIG/config.json`, else
//! `$HOME/.docker/config.json`, from an environment the caller resolved.

use std::path::PathBuf;

use super::error::CredError;

/// Environment the caller resolved (the library never reads environment variables itself).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConfigPaths {
    /// `$DOCKER_CONFIG` (an empty value counts as unset).
    pub docker_config_env: Option<PathBuf>,
    /// `$HOME` (an empty value counts as unset).
    pub home: Option<PathBuf>,
}

impl ConfigPaths {
    /// The default config file: `$DOCKER_CONFIG/config.json`, else `$HOME/.docker/config.json`
    /// (lexically cleaned like Go's `filepath.Join`).
    pub fn default_config_path(&self) -> Result<PathBuf, CredError> {
        let non_empty = |p: &Option<PathBuf>| p.clone().filter(|p| !p.as_os_str().is_empty());
        let dir = match (non_empty(&self.docker_config_env), non_empty(&self.home)) {
            (Some(dir), _) => dir,
            (None, Some(home)) => home.join(".docker"),
            (None, None) => return Err(CredError::NoHome),
        };
        Ok(crate::go::path::clean_path(&dir.join("config.json")))
    }
}
