//! Push: pack the manifest, copy the artifact graph from local files to the target, tag it.

use crate::content::Descriptor;
use crate::content::pack::Packed;
use crate::copy::{self, CopyOptions};
use crate::error::Result;
use crate::targets::memory::MemoryStore;
use crate::targets::union::Union;
use crate::targets::{ReadOnlyTarget, Target};
use std::sync::Arc;

/// Copy a packed artifact whose blobs live in `files` to `dst`, tagging it with `tag`.
pub async fn push_artifact(
    files: Arc<dyn ReadOnlyTarget>,
    packed: &Packed,
    dst: Arc<dyn Target>,
    tag: Option<&str>,
    options: &CopyOptions,
) -> Result<Descriptor> {
    let memory = Arc::new(MemoryStore::new());
    for (d, b) in &packed.blobs {
        memory.insert(d, b.clone());
    }
    memory.insert(&packed.desc, packed.bytes.clone());
    let src = Arc::new(Union(vec![memory, files]));
    copy::copy(
        src,
        dst,
        &packed.desc,
        Some(packed.bytes.clone()),
        tag,
        options,
    )
    .await?;
    Ok(packed.desc.clone())
}
