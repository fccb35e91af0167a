//! Discover: the referrers of a manifest, recursively down to a depth, filtered by artifact
//! type at every level (oras `fetchAllReferrers`). Each manifest is expanded once, so a
//! cyclic referrer graph served by a hostile registry cannot recurse forever
//! (GHSA-298f-872v-2rcx): a referrer met again is listed without its referrers.

use crate::content::{Descriptor, Digest};
use crate::targets::{BoxFuture, ReadOnlyTarget};
use std::collections::HashSet;
use std::sync::Mutex;

/// One node of the discovered graph: a descriptor and its referrers.
#[derive(Debug, Clone)]
pub struct Discovered {
    pub desc: Descriptor,
    pub referrers: Vec<Discovered>,
}

/// The referrer graph below `root`; `depth` 0 means unlimited, 1 only direct referrers.
pub async fn discover(
    target: &dyn ReadOnlyTarget,
    root: Descriptor,
    artifact_type: Option<&str>,
    depth: usize,
) -> crate::error::Result<Discovered> {
    let visited = Mutex::new(HashSet::from([root.digest.clone()]));
    walk(target, root, artifact_type, depth, &visited).await
}

fn walk<'a>(
    target: &'a dyn ReadOnlyTarget,
    root: Descriptor,
    artifact_type: Option<&'a str>,
    depth: usize,
    visited: &'a Mutex<HashSet<Digest>>,
) -> BoxFuture<'a, Discovered> {
    Box::pin(async move {
        let mut node = Discovered {
            referrers: Vec::new(),
            desc: root,
        };
        let referrers = target.referrers(&node.desc.plain(), artifact_type).await?;
        for r in referrers {
            let first_visit = visited
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .insert(r.digest.clone());
            let child = if depth == 1 || !first_visit {
                Discovered {
                    desc: r,
                    referrers: Vec::new(),
                }
            } else {
                let mut c = walk(
                    target,
                    r.plain(),
                    artifact_type,
                    depth.saturating_sub(1),
                    visited,
                )
                .await?;
                c.desc = r;
                c
            };
            node.referrers.push(child);
        }
        Ok(node)
    })
}
