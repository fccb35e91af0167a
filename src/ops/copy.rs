//! `cp`: copy a resolved artifact between two targets, optionally with its referrers
//! (oras `doCopy`/`recursiveCopy`), then tag the destination.

use crate::content::Descriptor;
use crate::content::manifest::Index;
use crate::copy::extended::{PredecessorFinder, extended_copy_graph, find_roots};
use crate::copy::{self, CopyOptions};
use crate::error::{Error, Result};
use crate::media_type;
use crate::targets::{ReadOnlyTarget, Target};
use std::sync::Arc;

/// Copy the graph of `root` (manifest `bytes`) to `dst`. With `dst_ref`, the root is
/// pushed under that tag (or digest); without, it is pushed by digest only.
pub async fn copy_root(
    src: Arc<dyn ReadOnlyTarget>,
    dst: Arc<dyn Target>,
    root: &Descriptor,
    bytes: &[u8],
    dst_ref: Option<&str>,
    options: &CopyOptions,
) -> Result<()> {
    match dst_ref {
        Some(r) => copy::copy(src, dst, root, Some(bytes.to_vec()), Some(r), options).await,
        None => {
            let known = vec![(root.clone(), bytes.to_vec())];
            copy::copy_graphs(src, dst, std::slice::from_ref(root), known, options).await
        }
    }
}

/// `cp` with or without `-r`: with a `finder`, [`copy_recursive`], else [`copy_root`].
pub async fn copy_artifact(
    src: Arc<dyn ReadOnlyTarget>,
    dst: Arc<dyn Target>,
    finder: Option<&dyn PredecessorFinder>,
    root: &Descriptor,
    bytes: &[u8],
    dst_ref: Option<&str>,
    options: &CopyOptions,
) -> Result<()> {
    match finder {
        Some(f) => copy_recursive(src, dst, f, root, bytes, dst_ref, options).await,
        None => copy_root(src, dst, root, bytes, dst_ref, options).await,
    }
}

/// `cp -r`: copy `root` and, recursively, everything referring to it; for an index the
/// referrers of its child manifests come along too. The root is tagged afterwards.
pub async fn copy_recursive(
    src: Arc<dyn ReadOnlyTarget>,
    dst: Arc<dyn Target>,
    finder: &dyn PredecessorFinder,
    root: &Descriptor,
    bytes: &[u8],
    dst_ref: Option<&str>,
    options: &CopyOptions,
) -> Result<()> {
    let mut extra = Vec::new();
    if media_type::is_index(&root.media_type) {
        let index: Index = serde_json::from_slice(bytes)
            .map_err(|e| Error::msg(format!("failed to decode index: {e}")))?;
        for child in &index.manifests {
            extra.extend(finder.predecessors(child).await?);
        }
        extra.retain(|d| !(d.digest == root.digest && d.size == root.size));
    }
    let known = vec![(root.clone(), bytes.to_vec())];
    if extra.is_empty() {
        extended_copy_graph(src, dst.clone(), finder, root, &extra, known, options).await?;
    } else {
        // The referrers of the children are predecessors of the index, so the index is
        // not a root when it has no referrers of its own; oras 1.3.0 then never copies it
        // and fails tagging it (oras#1728). It is always copied here (once: the roots
        // share one tracker).
        let mut roots = find_roots(finder, root, &extra).await?;
        if !roots.iter().any(|r| r.digest == root.digest) {
            roots.push(root.clone());
        }
        copy::copy_graphs(src, dst.clone(), &roots, known, options).await?;
    }
    if let Some(r) = dst_ref
        && r != root.digest.as_str()
    {
        dst.tag(root, r).await?;
    }
    Ok(())
}
