//! The one error type of the docker credential store: config file, `auths` entries and
//! credential helpers. Messages never contain a secret.

use std::io;
use std::path::PathBuf;

/// Every error of the credential store. Messages never contain a secret.
#[derive(Debug, thiserror::Error)]
pub enum CredError {
    /// Neither `$DOCKER_CONFIG` nor `$HOME` is available for the default config path.
    #[error("failed to get user home directory: $HOME is not defined")]
    NoHome,
    /// The config file exists but cannot be read.
    #[error("failed to open config file at {}: {source}", path.display())]
    OpenConfig {
        /// Config file.
        path: PathBuf,
        /// Underlying error.
        source: io::Error,
    },
    /// The config file is not valid JSON / not a docker config. The file is left untouched.
    #[error("failed to decode config file at {}: invalid config format: {detail}", path.display())]
    InvalidConfig {
        /// Config file.
        path: PathBuf,
        /// What is wrong (never quotes secret values).
        detail: String,
    },
    /// One `auths` entry cannot be decoded (reported when that entry is looked up).
    #[error(
        "failed to decode auth field of {key:?} in config file at {}: invalid config format: {detail}",
        path.display()
    )]
    InvalidAuthEntry {
        /// Config file.
        path: PathBuf,
        /// `auths` key.
        key: String,
        /// What is wrong (never quotes secret values).
        detail: String,
    },
    /// oras-go `ErrBadCredentialFormat`.
    #[error("bad credential format: colons(:) are not allowed in username")]
    BadCredentialFormat,
    /// Creating the config directory failed.
    #[error("failed to make directory {}: {source}", dir.display())]
    CreateDir {
        /// Directory.
        dir: PathBuf,
        /// Underlying error.
        source: io::Error,
    },
    /// Writing the temporary file or renaming it over the config failed.
    #[error("failed to save config file {}: {source}", path.display())]
    SaveConfig {
        /// Config file.
        path: PathBuf,
        /// Underlying error.
        source: io::Error,
    },
    /// The helper program is not installed (Go's `exec.ErrNotFound` text).
    #[error("exec: {helper:?}: executable file not found in $PATH")]
    HelperNotFound {
        /// `docker-credential-<name>`.
        helper: String,
    },
    /// `credsStore: desktop.exe` without Docker Desktop (oras-go special case).
    #[error(
        "credentials store is configured to `desktop.exe` but Docker Desktop seems not running"
    )]
    HelperDesktopNotRunning,
    /// Spawning or talking to the helper failed.
    #[error("failed to run {helper}: {source}")]
    HelperIo {
        /// `docker-credential-<name>`.
        helper: String,
        /// Underlying error.
        source: io::Error,
    },
    /// The helper exited non-zero. Display is exactly what oras-go reports: the helper's
    /// trimmed stdout, or `exit status N` (a secret sent to `store` is masked as `*****`).
    #[error("{message}")]
    HelperFailed {
        /// `docker-credential-<name>`.
        helper: String,
        /// `get`, `store` or `erase`.
        action: &'static str,
        /// Helper message.
        message: String,
    },
    /// The helper's `get` output is not the expected JSON.
    #[error("{helper} get: invalid response: {detail}")]
    HelperResponse {
        /// `docker-credential-<name>`.
        helper: String,
        /// What is wrong (never quotes the output).
        detail: String,
    },
}
