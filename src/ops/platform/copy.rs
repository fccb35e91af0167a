//! Copying the manifests a platform list selects (`cp --platform <list>`, `backup
//! --platform <list>`, beyond oras 1.3.0): each matching manifest (with `finder`, its
//! referrers too), then the index of just them (`index_of`) under the destination
//! reference, or by digest when there is none.

use super::{index_of, select_platforms};
use crate::content::Descriptor;
use crate::copy::CopyOptions;
use crate::copy::extended::PredecessorFinder;
use crate::error::Result;
use crate::ops::copy::copy_artifact;
use crate::platform::Platform;
use crate::targets::{ReadOnlyTarget, Target};
use std::sync::Arc;

/// Copy the manifests of `src_reference` matching `patterns` and push their index; returns
/// the index and its bytes. The index is tagged with `dst_ref` unless that is its digest.
pub async fn copy_platforms(
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
        copy_artifact(src.clone(), dst.clone(), finder, desc, bytes, None, options).await?;
    }
    let (index, bytes) = index_of(&selected);
    let tag = dst_ref
        .filter(|r| *r != index.digest.as_str())
        .unwrap_or("");
    crate::ops::index::push(&*dst, &index, bytes.clone(), tag).await?;
    Ok((index, bytes))
}
