//! Discover: the referrers of a manifest, recursively down to a depth, filtered by artifact
//! type at every level (oras `fetchAllReferrers`). Each manifest is expanded once, so a
//! cyclic referrer graph served by a hostile registry cannot recurse forever
//! (GHSA-298f-872v-2rcx): a referrer met again is listed without its referrers. A graph
//! deeper than [`MAX_DEPTH`] or larger than [`MAX_NODES`] (a registry that makes up new
//! referrers as it is asked) is an error naming the bound.

use crate::content::{Descriptor, Digest};
use crate::targets::{BoxFuture, ReadOnlyTarget};
use std::collections::HashSet;
use std::sync::Mutex;

/// The deepest referrer graph walked (referrers of referrers, …), whatever `--depth` says.
pub const MAX_DEPTH: usize = 128;
/// The most referrers one discovery lists.
pub const MAX_NODES: usize = 100_000;

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
    walk(target, root, artifact_type, depth, 1, &visited).await
}

fn walk<'a>(
    target: &'a dyn ReadOnlyTarget,
    root: Descriptor,
    artifact_type: Option<&'a str>,
    depth: usize,
    level: usize,
    visited: &'a Mutex<HashSet<Digest>>,
) -> BoxFuture<'a, Discovered> {
    Box::pin(async move {
        if level > MAX_DEPTH {
            return Err(crate::error::Error::msg(format!(
                "the referrer graph is deeper than {MAX_DEPTH} levels (the discover depth bound)"
            )));
        }
        let mut node = Discovered {
            referrers: Vec::new(),
            desc: root,
        };
        let referrers = target.referrers(&node.desc.plain(), artifact_type).await?;
        for r in referrers {
            let first_visit = {
                let mut seen = visited.lock().unwrap_or_else(|p| p.into_inner());
                if seen.len() > MAX_NODES {
                    return Err(crate::error::Error::msg(format!(
                        "the referrer graph has more than {MAX_NODES} referrers (the discover size bound)"
                    )));
                }
                seen.insert(r.digest.clone())
            };
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
                    level + 1,
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
