//! Referrers inside an OCI layout: the manifests reachable from `index.json` whose `subject`
//! is the given manifest (oras-go computes them from the layout's in-memory graph). The
//! scan reads every reachable manifest once and is kept for later queries.

use super::LayoutStore;
use crate::content::{Descriptor, Digest};
use crate::copy::extended::PredecessorFinder;
use crate::error::Result;
use crate::media_type;
use crate::target::remote::referrers_tag::referrer_entry;
use crate::target::{BoxFuture, fetch_all};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use tokio::sync::OnceCell;

/// Referrer lookups over one layout.
pub struct LayoutReferrers {
    store: Arc<LayoutStore>,
    /// subject digest → referrer descriptors, in discovery order
    graph: OnceCell<HashMap<Digest, Vec<Descriptor>>>,
}

impl LayoutReferrers {
    pub fn new(store: Arc<LayoutStore>) -> Self {
        LayoutReferrers {
            store,
            graph: OnceCell::new(),
        }
    }

    async fn scan(&self) -> Result<HashMap<Digest, Vec<Descriptor>>> {
        let mut out: HashMap<Digest, Vec<Descriptor>> = HashMap::new();
        let mut seen = HashSet::new();
        let mut queue: std::collections::VecDeque<Descriptor> =
            self.store.manifests().await.into_iter().collect();
        while let Some(desc) = queue.pop_front() {
            if !media_type::is_manifest(&desc.media_type) || !seen.insert(desc.digest.clone()) {
                continue;
            }
            let bytes = match fetch_all(&*self.store, &desc).await {
                Ok(b) => b,
                // manifests listed but absent (partial layouts) have no referrers to give
                Err(e) if e.is_not_found() => continue,
                Err(e) => return Err(e),
            };
            if let Some((subject, entry)) = referrer_entry(&desc, &bytes)? {
                out.entry(subject.digest.clone()).or_default().push(entry);
            }
            let s = crate::content::manifest::successors(&desc.media_type, &bytes)?;
            queue.extend(s.subject);
            queue.extend(
                s.nodes
                    .into_iter()
                    .filter(|n| media_type::is_manifest(&n.media_type)),
            );
        }
        Ok(out)
    }

    /// The manifests whose subject is `desc`.
    pub async fn referrers(&self, desc: &Descriptor) -> Result<Vec<Descriptor>> {
        let graph = self.graph.get_or_try_init(|| self.scan()).await?;
        Ok(graph.get(&desc.digest).cloned().unwrap_or_default())
    }
}

impl PredecessorFinder for LayoutReferrers {
    fn predecessors<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, Vec<Descriptor>> {
        Box::pin(async move { self.referrers(desc).await })
    }
}
