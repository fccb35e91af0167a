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

/// `$SOURCE_DATE_EPOCH` for reproducible pushes.
pub fn source_date_epoch() -> Option<String> {
    var("SOURCE_DATE_EPOCH")
}
