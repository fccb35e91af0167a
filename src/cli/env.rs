//! The only place that reads environment variables, so tests can run hermetically.

use std::path::PathBuf;

fn var(name: &str) -> Option<String> {
    #[allow(clippy::disallowed_methods)]
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// `$DOCKER_CONFIG`.
pub fn docker_config() -> Option<PathBuf> {
    var("DOCKER_CONFIG").map(PathBuf::from)
}

/// `$HOME`.
pub fn home() -> Option<PathBuf> {
    var("HOME").map(PathBuf::from)
}

/// `$ORAS_CACHE`: a layout used as a read-through blob cache.
pub fn oras_cache() -> Option<PathBuf> {
    var("ORAS_CACHE").map(PathBuf::from)
}

/// `$ORAS_CHUNK_SIZE`: upload blobs in chunks of this size.
pub fn chunk_size() -> Option<String> {
    var("ORAS_CHUNK_SIZE")
}

/// `$ORAS_IDLE_TIMEOUT`: how long a transfer may move no data.
pub fn idle_timeout() -> Option<String> {
    var("ORAS_IDLE_TIMEOUT")
}

/// `$SOURCE_DATE_EPOCH` for reproducible pushes.
pub fn source_date_epoch() -> Option<String> {
    var("SOURCE_DATE_EPOCH")
}

/// `HTTP_PROXY`/`HTTPS_PROXY`/`NO_PROXY` (upper case first, then lower case, as Go).
pub fn proxy() -> crate::http::ProxyEnv {
    let either = |upper: &str, lower: &str| var(upper).or_else(|| var(lower));
    crate::http::ProxyEnv {
        http_proxy: either("HTTP_PROXY", "http_proxy"),
        https_proxy: either("HTTPS_PROXY", "https_proxy"),
        no_proxy: either("NO_PROXY", "no_proxy"),
    }
}

/// Where the container tools' files are (`crate::containers`): `$HOME`, the XDG folders,
/// `$REGISTRY_AUTH_FILE`, `$CONTAINERS_REGISTRIES_CONF`; `ORAS_CONTAINERS_ROOT` stands
/// for `/` when looking in `/etc` and `/run` (test sandboxes), and
/// `ORAS_NO_CONTAINERS_CONFIG=1` ignores all of them (oras 1.3.0's behaviour).
pub fn containers() -> crate::containers::ContainersEnv {
    let off = var("ORAS_NO_CONTAINERS_CONFIG")
        .is_some_and(|v| !matches!(v.to_ascii_lowercase().as_str(), "0" | "false" | "no"));
    crate::containers::ContainersEnv {
        disabled: off,
        root: var("ORAS_CONTAINERS_ROOT").map(PathBuf::from),
        home: home(),
        registries_conf: var("CONTAINERS_REGISTRIES_CONF").map(PathBuf::from),
        auth_file: var("REGISTRY_AUTH_FILE").map(PathBuf::from),
        xdg_runtime_dir: var("XDG_RUNTIME_DIR").map(PathBuf::from),
        xdg_config_home: var("XDG_CONFIG_HOME").map(PathBuf::from),
        // SAFETY: getuid(2) cannot fail and touches no memory of ours.
        uid: unsafe { libc::getuid() },
    }
}
