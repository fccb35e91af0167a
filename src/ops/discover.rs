//! Discover: the referrers of a manifest, recursively down to a depth, filtered by artifact
//! type at every level (oras `fetchAllReferrers`).

use crate::content::Descriptor;
use crate::display::discover::Discovered;
use crate::target::{BoxFuture, ReadOnlyTarget};

/// The referrer graph below `root`; `depth` 0 means unlimited, 1 only direct referrers.
pub fn discover<'a>(
    target: &'a dyn ReadOnlyTarget,
    root: Descriptor,
    artifact_type: Option<&'a str>,
    depth: usize,
) -> BoxFuture<'a, Discovered> {
    Box::pin(async move {
        let mut node = Discovered {
            referrers: Vec::new(),
            desc: root,
        };
        let referrers = target.referrers(&node.desc.plain(), artifact_type).await?;
        for r in referrers {
            let child = if depth == 1 {
                Discovered {
                    desc: r,
                    referrers: Vec::new(),
                }
            } else {
                let mut c =
                    discover(target, r.plain(), artifact_type, depth.saturating_sub(1)).await?;
                c.desc = r;
                c
            };
            node.referrers.push(child);
        }
        Ok(node)
    })
}
