//! `oras cp --platform <list>` (beyond oras 1.3.0): copy every manifest of the source index
//! matching the list (with `-r`, their referrers too), then push a new index of just them
//! (`ops::platforms::index_of`: the source's entries for the selected manifests, in source
//! order, nothing else, so its digest depends only on that selection) under the
//! destination tag, or by digest when there is none. A single platform never comes here.

use crate::content::Descriptor;
use crate::copy::CopyOptions;
use crate::copy::extended::PredecessorFinder;
use crate::error::Result;
use crate::ops::platforms::{index_of, select_platforms};
use crate::platform::Platform;
use crate::targets::{ReadOnlyTarget, Target};
use std::sync::Arc;

/// Copy the matching manifests and push their index; returns the index and its bytes.
pub async fn copy(
    src: Arc<dyn ReadOnlyTarget>,
    dst: Arc<dyn Target>,
    finder: Option<&dyn PredecessorFinder>,
    src_reference: &str,
    patterns: &[Platform],
    dst_ref: Option<&str>,
    options: &CopyOptions,
) -> Result<(Descriptor, Vec<u8>)> {
    let selected = select_platforms(&*src, src_reference, patterns).await?;
    for (desc, bytes) in &selected.manifests {
        match finder {
            Some(f) => {
                crate::ops::copy::copy_recursive(
                    src.clone(),
                    dst.clone(),
                    f,
                    desc,
                    bytes,
                    None,
                    options,
                )
                .await?
            }
            None => {
                crate::ops::copy::copy_root(src.clone(), dst.clone(), desc, bytes, None, options)
                    .await?
            }
        }
    }
    let (index, bytes) = index_of(&selected);
    let tag = dst_ref
        .filter(|r| *r != index.digest.as_str())
        .unwrap_or("");
    crate::ops::index::push(&*dst, &index, bytes.clone(), tag).await?;
    Ok((index, bytes))
}
