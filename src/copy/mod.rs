//! The copy engine: a concurrent, children-first copy of a rooted content graph between two
//! targets (oras-go `Copy`/`CopyGraph`). Each node is copied once, nodes already at the
//! destination are skipped with their whole sub-graph, and the concurrency permit is released
//! while a node waits for its children, so deep graphs cannot deadlock.

use crate::content::manifest::{self, Successors};
use crate::content::{Descriptor, Digest};
use crate::error::{Error, Result};
use crate::media_type;
use crate::target::{ReadOnlyTarget, Target, fetch_all};
use futures_util::future::try_join_all;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tokio::sync::{OnceCell, Semaphore};

/// What `pre_copy` decides for a node.
#[derive(Debug, PartialEq, Eq)]
pub enum PreCopy {
    Copy,
    /// Do not copy this node (its children were already handled).
    Skip,
}

/// Hooks a command plugs into a copy (status lines, pull's successor filter).
pub trait CopyHooks: Send + Sync {
    /// A node that already exists at the destination (not called for the root).
    fn on_copy_skipped(&self, _desc: &Descriptor) -> Result<()> {
        Ok(())
    }
    /// Before a node's content is transferred.
    fn pre_copy(&self, _desc: &Descriptor) -> Result<PreCopy> {
        Ok(PreCopy::Copy)
    }
    /// After a node's content is transferred.
    fn post_copy(&self, _desc: &Descriptor) -> Result<()> {
        Ok(())
    }
    /// Around reading a manifest to find its children (pull prints Downloading/Processing).
    fn on_manifest_fetch(&self, _desc: &Descriptor) -> Result<()> {
        Ok(())
    }
    fn on_manifest_fetched(&self, _desc: &Descriptor) -> Result<()> {
        Ok(())
    }
    /// Which children to follow. Default: all of them.
    fn successors(&self, _desc: &Descriptor, s: Successors) -> Result<Vec<Descriptor>> {
        Ok(s.all())
    }
}

/// Hooks that do nothing.
pub struct NoHooks;
impl CopyHooks for NoHooks {}

/// Options of one copy.
#[derive(Clone)]
pub struct CopyOptions {
    pub concurrency: usize,
    pub hooks: Arc<dyn CopyHooks>,
}

impl CopyOptions {
    pub fn new(concurrency: usize, hooks: Arc<dyn CopyHooks>) -> Self {
        CopyOptions {
            concurrency: concurrency.max(1),
            hooks,
        }
    }
}

/// Which side of a copy failed (for `cp`'s error prefixes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Source,
    Destination,
}

/// An error tagged with the side it came from.
#[derive(Debug, thiserror::Error)]
#[error("{source}")]
pub struct CopyError {
    pub origin: Origin,
    #[source]
    pub source: Error,
}

fn at(origin: Origin) -> impl Fn(Error) -> Error {
    move |e| match e {
        Error::Copy(_) => e,
        other => Error::Copy(Box::new(CopyError {
            origin,
            source: other,
        })),
    }
}

type NodeKey = (Digest, i64, String, Option<String>);

struct Engine {
    src: Arc<dyn ReadOnlyTarget>,
    dst: Arc<dyn Target>,
    hooks: Arc<dyn CopyHooks>,
    limiter: Semaphore,
    tracker: Mutex<HashMap<NodeKey, Arc<OnceCell<()>>>>,
    manifests: Mutex<HashMap<Digest, Arc<Vec<u8>>>>,
    root: Descriptor,
    root_tag: Option<String>,
}

/// Copy the graph rooted at `root` (whose manifest bytes may be known already) and, when
/// `tag` is given, tag the root at the destination, even when it already existed there.
pub async fn copy(
    src: Arc<dyn ReadOnlyTarget>,
    dst: Arc<dyn Target>,
    root: &Descriptor,
    root_bytes: Option<Vec<u8>>,
    tag: Option<&str>,
    options: &CopyOptions,
) -> Result<()> {
    let engine = Arc::new(Engine {
        src,
        dst,
        hooks: options.hooks.clone(),
        limiter: Semaphore::new(options.concurrency),
        tracker: Mutex::new(HashMap::new()),
        manifests: Mutex::new(HashMap::new()),
        root: root.clone(),
        root_tag: tag.map(str::to_string),
    });
    if let Some(b) = root_bytes {
        engine.cache(&root.digest, b);
    }
    engine.visit(root.clone()).await
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Engine {
    fn cache(&self, digest: &Digest, bytes: Vec<u8>) -> Arc<Vec<u8>> {
        let b = Arc::new(bytes);
        lock(&self.manifests).insert(digest.clone(), b.clone());
        b
    }

    fn is_root(&self, desc: &Descriptor) -> bool {
        desc.digest == self.root.digest && desc.size == self.root.size
    }

    async fn manifest_bytes(&self, desc: &Descriptor) -> Result<Arc<Vec<u8>>> {
        if let Some(b) = lock(&self.manifests).get(&desc.digest).cloned() {
            return Ok(b);
        }
        let bytes = fetch_all(&*self.src, desc)
            .await
            .map_err(at(Origin::Source))?;
        Ok(self.cache(&desc.digest, bytes))
    }

    fn visit(self: &Arc<Self>, desc: Descriptor) -> crate::target::BoxFuture<'static, ()> {
        let this = self.clone();
        Box::pin(async move {
            let key = (
                desc.digest.clone(),
                desc.size,
                desc.media_type.clone(),
                desc.title().map(str::to_string),
            );
            let cell = lock(&this.tracker).entry(key).or_default().clone();
            cell.get_or_try_init(|| this.copy_node(desc)).await?;
            Ok(())
        })
    }

    async fn copy_node(self: &Arc<Self>, desc: Descriptor) -> Result<()> {
        let permit = self
            .limiter
            .acquire()
            .await
            .map_err(|e| Error::msg(e.to_string()))?;
        if self
            .dst
            .exists(&desc)
            .await
            .map_err(at(Origin::Destination))?
        {
            if self.is_root(&desc) {
                if let Some(tag) = &self.root_tag {
                    let bytes = self.manifest_bytes(&desc).await?;
                    self.dst
                        .push_reference(&desc, bytes.to_vec(), tag)
                        .await
                        .map_err(at(Origin::Destination))?;
                }
                return Ok(());
            }
            return self.hooks.on_copy_skipped(&desc);
        }
        let children = if media_type::is_manifest(&desc.media_type) {
            self.hooks.on_manifest_fetch(&desc)?;
            let bytes = self.manifest_bytes(&desc).await?;
            self.hooks.on_manifest_fetched(&desc)?;
            let s = manifest::successors(&desc.media_type, &bytes)?;
            self.hooks
                .successors(&desc, s)?
                .into_iter()
                .filter(|d| !media_type::is_foreign_layer(&d.media_type))
                .collect::<Vec<_>>()
        } else {
            Vec::new()
        };
        let permit = if children.is_empty() {
            permit
        } else {
            drop(permit);
            try_join_all(children.into_iter().map(|c| self.visit(c))).await?;
            self.limiter
                .acquire()
                .await
                .map_err(|e| Error::msg(e.to_string()))?
        };
        if self.hooks.pre_copy(&desc)? == PreCopy::Skip {
            return Ok(());
        }
        self.transfer(&desc).await?;
        drop(permit);
        self.hooks.post_copy(&desc)
    }

    async fn transfer(&self, desc: &Descriptor) -> Result<()> {
        if media_type::is_manifest(&desc.media_type) {
            let bytes = self.manifest_bytes(desc).await?;
            if self.is_root(desc)
                && let Some(tag) = &self.root_tag
            {
                return self
                    .dst
                    .push_reference(desc, bytes.to_vec(), tag)
                    .await
                    .map_err(at(Origin::Destination));
            }
            return push_or_exists(
                &*self.dst,
                desc,
                crate::target::bytes_reader(bytes.to_vec()),
            )
            .await;
        }
        let reader = self.src.fetch(desc).await.map_err(at(Origin::Source))?;
        let src = &*self.src;
        let reopen = move || src.fetch(desc);
        match self.dst.push_reopenable(desc, reader, &reopen).await {
            Ok(()) | Err(Error::AlreadyExists(_)) => Ok(()),
            Err(e) => Err(at(Origin::Destination)(e)),
        }
    }
}

async fn push_or_exists(
    dst: &dyn Target,
    desc: &Descriptor,
    reader: crate::target::BlobReader,
) -> Result<()> {
    match dst.push(desc, reader).await {
        Ok(()) | Err(Error::AlreadyExists(_)) => Ok(()),
        Err(e) => Err(at(Origin::Destination)(e)),
    }
}
