//! The `ORAS_CACHE` seam (oras's `option.Cache`): `pull`, `blob fetch`, `manifest fetch`
//! and `manifest fetch-config` read through `cached(src)`. The read-through layout cache
//! itself is another piece of work; until it lands this returns the source unchanged.

use crate::target::ReadOnlyTarget;
use std::sync::Arc;

/// Wrap a fetch source with the `ORAS_CACHE` layout when that is set (not yet: identity).
pub fn cached(src: Arc<dyn ReadOnlyTarget>) -> Arc<dyn ReadOnlyTarget> {
    src
}
