//! `ORAS_CACHE` (oras's `option.Cache`): `blob fetch`, `manifest fetch` and `manifest
//! fetch-config` read through `cached(src)`, the read-through layout cache of
//! `targets::cache` when the variable is set.

use crate::cli::error::CliError;
use crate::targets::ReadOnlyTarget;
use crate::targets::cache::CachedTarget;
use std::sync::Arc;

/// Whether `ORAS_CACHE` names a cache.
pub fn enabled() -> bool {
    crate::cli::env::oras_cache().is_some()
}

/// Wrap a fetch source with the `ORAS_CACHE` layout when that is set.
pub async fn cached(src: Arc<dyn ReadOnlyTarget>) -> Result<Arc<dyn ReadOnlyTarget>, CliError> {
    match crate::cli::env::oras_cache() {
        Some(dir) => Ok(Arc::new(
            CachedTarget::new(src, &dir)
                .await
                .map_err(CliError::from_lib)?,
        )),
        None => Ok(src),
    }
}
