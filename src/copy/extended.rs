//! Extended copy (oras-go `ExtendedCopyGraph`): walk up from a node through its
//! predecessors (referrers) to the roots of every graph that contains it, then copy those
//! graphs with one shared tracker, so an artifact travels with its referrers (`cp -r`).

use super::{CopyOptions, copy_graphs_reaching};
use crate::content::Descriptor;
use crate::error::Result;
use crate::targets::{BoxFuture, ReadOnlyTarget, Target};
use std::collections::HashSet;
use std::sync::Arc;

/// Lists the manifests that point at a node (for OCI artifacts: its referrers).
pub trait PredecessorFinder: Send + Sync {
    fn predecessors<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, Vec<Descriptor>>;
}

/// Predecessors of a node are its referrers, as the target lists them (the referrers API
/// or tag schema on registries, index.json manifests in layouts).
pub struct ReferrerFinder(pub std::sync::Arc<dyn crate::targets::ReadOnlyTarget>);

impl PredecessorFinder for ReferrerFinder {
    fn predecessors<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, Vec<Descriptor>> {
        self.0.referrers(desc, None)
    }
}

/// The most nodes [`find_roots`] visits (a registry making up referrers as it is asked).
pub const MAX_PREDECESSOR_NODES: usize = 100_000;
/// The most levels of referrers of referrers [`find_roots`] climbs.
pub const MAX_PREDECESSOR_DEPTH: usize = 128;

/// oras-go `findRoots`: depth-first walk over predecessors from `node`; the nodes without
/// predecessors are the roots. `extra` are added to `node`'s own predecessors (cp -r
/// points the referrers of an index's children at the index this way). Roots keep the
/// order they were found in (Go returns them in map order).
pub async fn find_roots(
    finder: &dyn PredecessorFinder,
    node: &Descriptor,
    extra: &[Descriptor],
) -> Result<Vec<Descriptor>> {
    let key = |d: &Descriptor| (d.media_type.clone(), d.digest.clone(), d.size);
    let mut visited = HashSet::new();
    let mut roots: Vec<Descriptor> = Vec::new();
    let mut root_keys = HashSet::new();
    let mut stack = vec![(node.clone(), 0)];
    while let Some((current, depth)) = stack.pop() {
        if !visited.insert(key(&current)) {
            continue;
        }
        if depth > MAX_PREDECESSOR_DEPTH {
            return Err(crate::error::Error::msg(format!(
                "more than {MAX_PREDECESSOR_DEPTH} levels of referrers above {} (the referrer depth bound)",
                node.digest
            )));
        }
        if visited.len() > MAX_PREDECESSOR_NODES {
            return Err(crate::error::Error::msg(format!(
                "more than {MAX_PREDECESSOR_NODES} manifests refer to {} (the referrer graph bound)",
                node.digest
            )));
        }
        let mut preds = finder.predecessors(&current).await?;
        if current.digest == node.digest && current.size == node.size {
            preds.extend(extra.iter().cloned());
        }
        if preds.is_empty() {
            if root_keys.insert(key(&current)) {
                roots.push(current);
            }
            continue;
        }
        for p in preds {
            if !visited.contains(&key(&p)) {
                stack.push((p, depth + 1));
            }
        }
    }
    Ok(roots)
}

/// Copy `node` together with everything that refers to it (recursively).
pub async fn extended_copy_graph(
    src: Arc<dyn ReadOnlyTarget>,
    dst: Arc<dyn Target>,
    finder: &dyn PredecessorFinder,
    node: &Descriptor,
    extra: &[Descriptor],
    known: Vec<(Descriptor, Vec<u8>)>,
    options: &CopyOptions,
) -> Result<()> {
    let roots = find_roots(finder, node, extra).await?;
    copy_graphs_reaching(src, dst, &roots, node, known, options).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Digest;
    use std::collections::HashMap;

    struct Graph(HashMap<Digest, Vec<Descriptor>>);
    impl PredecessorFinder for Graph {
        fn predecessors<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, Vec<Descriptor>> {
            Box::pin(async move { Ok(self.0.get(&desc.digest).cloned().unwrap_or_default()) })
        }
    }

    fn d(s: &str) -> Descriptor {
        Descriptor::of_bytes("application/vnd.oci.image.manifest.v1+json", s.as_bytes())
    }

    #[tokio::test]
    async fn roots_are_the_top_referrers() {
        let (a, r1, r2, rr) = (d("a"), d("r1"), d("r2"), d("rr"));
        let mut g = HashMap::new();
        g.insert(a.digest.clone(), vec![r1.clone(), r2.clone()]);
        g.insert(r1.digest.clone(), vec![rr.clone()]);
        let roots = find_roots(&Graph(g), &a, &[]).await.unwrap();
        let digests: Vec<_> = roots.iter().map(|r| r.digest.clone()).collect();
        assert_eq!(digests, vec![r2.digest, rr.digest]);
    }

    #[tokio::test]
    async fn a_node_without_referrers_is_its_own_root_and_extra_is_followed() {
        let (a, x) = (d("a"), d("x"));
        let roots = find_roots(&Graph(HashMap::new()), &a, &[]).await.unwrap();
        assert_eq!(roots, vec![a.clone()]);
        let roots = find_roots(&Graph(HashMap::new()), &a, std::slice::from_ref(&x))
            .await
            .unwrap();
        assert_eq!(roots, vec![x]);
    }
}
