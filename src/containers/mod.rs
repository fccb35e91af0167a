//! The configuration the container tools (podman, skopeo, buildah, docker) already share,
//! read-only: logins in `containers-auth.json` (`auth_file`), per-host certificate folders
//! `certs.d/<host[:port]>/` (`certs_d`) and `registries.conf` mirrors, rewrites and blocks
//! (`registries_conf`). Where the files are comes from a [`ContainersEnv`] that the caller
//! resolved (the library never reads environment variables); how they combine with the
//! flags of a command is `crate::connect`.

pub mod auth_file;
pub mod certs_d;
pub mod registries_conf;

use std::path::{Path, PathBuf};

/// Where the container tools' files are, as the caller found it in the environment.
#[derive(Clone, Debug, Default)]
pub struct ContainersEnv {
    /// `ORAS_NO_CONTAINERS_CONFIG`: ignore all three sources (oras 1.3.0's behaviour).
    pub disabled: bool,
    /// A folder standing for `/` when looking for `/etc/containers/…`, `/etc/docker/certs.d`
    /// and `/run/containers/<uid>` (containers/image's `RootForImplicitAbsolutePaths`);
    /// `None` is the real root.
    pub root: Option<PathBuf>,
    /// `$HOME`.
    pub home: Option<PathBuf>,
    /// `$CONTAINERS_REGISTRIES_CONF`: the only registries.conf to read.
    pub registries_conf: Option<PathBuf>,
    /// `$REGISTRY_AUTH_FILE`: the first containers auth file.
    pub auth_file: Option<PathBuf>,
    /// `$XDG_RUNTIME_DIR`.
    pub xdg_runtime_dir: Option<PathBuf>,
    /// `$XDG_CONFIG_HOME`.
    pub xdg_config_home: Option<PathBuf>,
    /// The user id (`/run/containers/<uid>/auth.json`).
    pub uid: u32,
}

impl ContainersEnv {
    /// Tests: `/` is `<dir>/root`, `$HOME` is `<dir>/home`, nothing else set.
    #[cfg(test)]
    pub(crate) fn under(dir: &Path) -> Self {
        ContainersEnv {
            root: Some(dir.join("root")),
            home: Some(dir.join("home")),
            ..Default::default()
        }
    }

    /// A system path (`/etc/…`, `/run/…`) under [`ContainersEnv::root`].
    pub fn system(&self, absolute: &str) -> PathBuf {
        match &self.root {
            Some(root) => root.join(absolute.trim_start_matches('/')),
            None => PathBuf::from(absolute),
        }
    }

    /// A path under `$HOME` (`None` without a home).
    pub fn in_home(&self, relative: &str) -> Option<PathBuf> {
        self.home.as_deref().map(|h| h.join(relative))
    }
}

/// `<path>` as it is shown in messages.
pub(crate) fn shown(path: &Path) -> String {
    path.display().to_string()
}
