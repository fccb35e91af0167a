//! The copy engine: a concurrent, children-first copy of a rooted content graph between two
//! targets (oras-go `Copy`/`CopyGraph`). Each node is copied once, nodes already at the
//! destination are skipped with their whole sub-graph, and the concurrency permit is released
//! while a node waits for its children, so deep graphs cannot deadlock. Nesting is bounded
//! by [`MAX_GRAPH_DEPTH`].

#[cfg(test)]
mod engine_tests;
pub mod extended;

use crate::content::descriptor::DescKey;
use crate::content::manifest::{self, Successors};
use crate::content::{Descriptor, Digest};
use crate::error::{Error, Origin, Result};
use crate::http::retry;
use crate::media_type;
use crate::targets::{
    BlobMounter, BlobReader, ContentFn, MountOutcome, ReadOnlyTarget, Target, fetch_all,
};
use futures_util::StreamExt;
use futures_util::stream::FuturesUnordered;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// The deepest nesting of manifests a copy follows (an index of indexes of manifests, a
/// referrer's subject chain): real graphs are a handful of levels deep; a registry serving
/// an endless chain would otherwise grow the recursion without end.
pub const MAX_GRAPH_DEPTH: usize = 128;

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
    /// After a node's content is transferred. `successors` are all the children of a
    /// manifest as its bytes list them (subject, config, then layers or manifests; empty for
    /// a blob), also those the copy did not visit: another title of a blob already copied
    /// (oras reports it here, from the parent) or what `successors` filtered out.
    fn post_copy(&self, _desc: &Descriptor, _successors: &[Descriptor]) -> Result<()> {
        Ok(())
    }
    /// A blob mounted from another repository instead of copied (`cp`).
    fn on_mounted(&self, _desc: &Descriptor) -> Result<()> {
        Ok(())
    }
    /// Around reading a manifest to find its children (pull prints Downloading/Processing).
    fn on_manifest_fetch(&self, _desc: &Descriptor) -> Result<()> {
        Ok(())
    }
    fn on_manifest_fetched(&self, _desc: &Descriptor) -> Result<()> {
        Ok(())
    }
    /// The stream of a blob on its way to the destination, to count its bytes (TTY
    /// progress). Called for each reader of a node, also a retried upload's new reader.
    fn track_reader(&self, _desc: &Descriptor, reader: BlobReader) -> BlobReader {
        reader
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
    /// Blobs are mounted through this instead of copied, when set (oras-go `MountFrom`).
    pub mount_from: Option<Arc<dyn BlobMounter>>,
}

impl CopyOptions {
    pub fn new(concurrency: usize, hooks: Arc<dyn CopyHooks>) -> Self {
        CopyOptions {
            concurrency: concurrency.max(1),
            hooks,
            mount_from: None,
        }
    }
}

/// Tag the errors of one side of the copy.
fn at(origin: Origin) -> impl Fn(Error) -> Error {
    move |e| e.with_origin(origin)
}

/// The identity of a node is its [`DescKey`] (oras-go `descriptor.FromOCI`): annotations,
/// the title included, are not part of it, so one blob listed under two titles is copied once.
type NodeKey = DescKey;

struct Engine {
    src: Arc<dyn ReadOnlyTarget>,
    dst: Arc<dyn Target>,
    hooks: Arc<dyn CopyHooks>,
    limiter: Arc<Semaphore>,
    /// node → closed when the node is done; the first visitor of a node copies it
    tracker: Mutex<HashMap<NodeKey, Arc<Semaphore>>>,
    manifests: Mutex<HashMap<Digest, Arc<Vec<u8>>>>,
    /// The root of `copy`; `None` for `copy_graphs`, whose roots are ordinary nodes.
    root: Option<Descriptor>,
    root_tag: Option<String>,
    mount_from: Option<Arc<dyn BlobMounter>>,
    /// The node whose referrers may be pushed ahead of it, while it is still copied: see
    /// [`Engine::subject_alongside`]. Set by [`copy_graphs_reaching`] only.
    ahead_of: Option<DescKey>,
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
    let engine = Engine::new(src, dst, options, Some(root.clone()), tag, None);
    if let Some(b) = root_bytes {
        engine.cache(&root.digest, b);
    }
    engine.dispatch(vec![root.clone()], 0).await
}

/// Copy the graphs rooted at each of `roots`, sharing one tracker and one concurrency
/// limit (oras-go `CopyGraph`, and the copy step of `ExtendedCopyGraph`). Roots already at
/// the destination are reported through `on_copy_skipped`; nothing is tagged.
/// `known` holds manifest bytes already read.
pub async fn copy_graphs(
    src: Arc<dyn ReadOnlyTarget>,
    dst: Arc<dyn Target>,
    roots: &[Descriptor],
    known: Vec<(Descriptor, Vec<u8>)>,
    options: &CopyOptions,
) -> Result<()> {
    Engine::graphs(src, dst, options, known, None)
        .dispatch(roots.to_vec(), 0)
        .await
}

/// [`copy_graphs`] of the roots found above `node` (its referrers, `cp -r`), where the
/// referrers of `node` itself may go ahead of it ([`Engine::subject_alongside`]); then
/// `node` if none of the roots reached it, every root being at the destination already.
/// A copy that pushed referrers ahead of `node` and then failed leaves them without it; a
/// later run finds the referrers and would skip `node` with them. So where they may go
/// first, `node` is asked for once more (a request oras does not send, made only when
/// every root existed) and copied when missing; finding it is not reported. Only `node`:
/// in a chain of referrers of referrers, a referrer of a referrer waits for its subject,
/// which no later run would look for.
pub async fn copy_graphs_reaching(
    src: Arc<dyn ReadOnlyTarget>,
    dst: Arc<dyn Target>,
    roots: &[Descriptor],
    node: &Descriptor,
    known: Vec<(Descriptor, Vec<u8>)>,
    options: &CopyOptions,
) -> Result<()> {
    let ahead_of = (options.concurrency > 1).then(|| node.key());
    let engine = Engine::graphs(src, dst, options, known, ahead_of);
    engine.dispatch(roots.to_vec(), 0).await?;
    let reached = lock(&engine.tracker).contains_key(&node.key());
    if reached || engine.ahead_of.is_none() || !engine.dst.referrers_before_subject() {
        return Ok(());
    }
    if engine
        .dst
        .exists(node)
        .await
        .map_err(at(Origin::Destination))?
    {
        return Ok(());
    }
    engine.dispatch(vec![node.clone()], 0).await
}

/// The copy of a subject running alongside its referrer (its own task, so a long chain of
/// referrers does not nest deeper on the stack); aborted when dropped unfinished.
struct Alongside(tokio::task::JoinHandle<Result<()>>);

impl Alongside {
    async fn join(mut self) -> Result<()> {
        let outcome = (&mut self.0).await;
        outcome.unwrap_or_else(|e| Err(Error::msg(format!("the copy of a subject failed: {e}"))))
    }
}

impl Drop for Alongside {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Closes a node's done-signal when its copier finishes (or is dropped on failure).
struct Done(Arc<Semaphore>);

impl Drop for Done {
    fn drop(&mut self) {
        self.0.close();
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Engine {
    fn new(
        src: Arc<dyn ReadOnlyTarget>,
        dst: Arc<dyn Target>,
        options: &CopyOptions,
        root: Option<Descriptor>,
        root_tag: Option<&str>,
        ahead_of: Option<DescKey>,
    ) -> Arc<Self> {
        Arc::new(Engine {
            src,
            dst,
            hooks: options.hooks.clone(),
            limiter: Arc::new(Semaphore::new(options.concurrency)),
            tracker: Mutex::new(HashMap::new()),
            manifests: Mutex::new(HashMap::new()),
            root,
            root_tag: root_tag.map(str::to_string),
            mount_from: options.mount_from.clone(),
            ahead_of,
        })
    }

    /// An engine for graphs without a root of their own, knowing the manifests `known`.
    fn graphs(
        src: Arc<dyn ReadOnlyTarget>,
        dst: Arc<dyn Target>,
        options: &CopyOptions,
        known: Vec<(Descriptor, Vec<u8>)>,
        ahead_of: Option<DescKey>,
    ) -> Arc<Self> {
        let engine = Engine::new(src, dst, options, None, None, ahead_of);
        for (d, b) in known {
            engine.cache(&d.digest, b);
        }
        engine
    }

    fn cache(&self, digest: &Digest, bytes: Vec<u8>) -> Arc<Vec<u8>> {
        let b = Arc::new(bytes);
        lock(&self.manifests).insert(digest.clone(), b.clone());
        b
    }

    fn is_root(&self, desc: &Descriptor) -> bool {
        self.root
            .as_ref()
            .is_some_and(|r| desc.digest == r.digest && desc.size == r.size)
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

    async fn acquire(&self) -> Result<OwnedSemaphorePermit> {
        self.limiter
            .clone()
            .acquire_owned()
            .await
            .map_err(|e| Error::msg(e.to_string()))
    }

    /// Start `nodes` in order, each once it holds a permit (oras-go `syncutil.Go`: the
    /// dispatcher acquires before starting the next node, which fixes the order of
    /// `--concurrency 1` copies), and wait for all of them.
    async fn dispatch(self: &Arc<Self>, nodes: Vec<Descriptor>, depth: usize) -> Result<()> {
        let mut running = FuturesUnordered::new();
        for node in nodes {
            let acquire = self.acquire();
            tokio::pin!(acquire);
            let permit = loop {
                tokio::select! {
                    biased;
                    p = &mut acquire => break p?,
                    Some(r) = running.next(), if !running.is_empty() => r?,
                }
            };
            running.push(self.visit(node, permit, depth));
        }
        while let Some(r) = running.next().await {
            r?;
        }
        Ok(())
    }

    /// Copy a node unless another visitor already does; then wait for that one.
    fn visit(
        self: &Arc<Self>,
        desc: Descriptor,
        permit: OwnedSemaphorePermit,
        depth: usize,
    ) -> crate::targets::BoxFuture<'static, ()> {
        let this = self.clone();
        Box::pin(async move {
            let key = desc.key();
            let (signal, first) = {
                let mut tracker = lock(&this.tracker);
                match tracker.get(&key) {
                    Some(s) => (s.clone(), false),
                    None => {
                        let s = Arc::new(Semaphore::new(0));
                        tracker.insert(key, s.clone());
                        (s, true)
                    }
                }
            };
            if !first {
                drop(permit);
                // returns (with an error) once the signal is closed
                let _ = signal.acquire().await;
                return Ok(());
            }
            let _done = Done(signal);
            this.copy_node(desc, permit, depth).await
        })
    }

    /// Copy one node: the rest of its graph first (children, and a subject alongside),
    /// then the node. Only what the recursion needs lives in this frame; the steps before
    /// and after it are functions of their own, so deep graphs stay light on the stack.
    async fn copy_node(
        self: &Arc<Self>,
        desc: Descriptor,
        permit: OwnedSemaphorePermit,
        depth: usize,
    ) -> Result<()> {
        // a blob's upload opens while the destination is asked whether it has it
        // (Target::prepare_push_unasked); given back when it does, or when it is not copied
        let unasked = !media_type::is_manifest(&desc.media_type) && self.mount_from.is_none();
        if self.at_destination(&desc, unasked).await? {
            return self.found(&desc).await;
        }
        let (mut children, all, subject) = self.children(&desc).await?;
        let alongside = self.subject_alongside(subject, &mut children);
        if (!children.is_empty() || alongside.is_some()) && depth >= MAX_GRAPH_DEPTH {
            return Err(Error::msg(format!(
                "{}: the graph is nested deeper than {MAX_GRAPH_DEPTH} levels (the graph depth bound)",
                desc.digest
            )));
        }
        // done (and its signal closed) only when the subject is copied too; a failure
        // here stops the subject's copy (the guard aborts it)
        let alongside = alongside.map(|subject| {
            let this = self.clone();
            Alongside(tokio::spawn(async move {
                this.dispatch(vec![subject], depth + 1).await
            }))
        });
        let permit = if children.is_empty() {
            permit
        } else {
            drop(permit);
            self.dispatch(children, depth + 1).await?;
            self.acquire().await?
        };
        self.finish(&desc, permit, &all, unasked, alongside).await
    }

    /// Whether `desc` is at the destination already.
    async fn at_destination(&self, desc: &Descriptor, unasked: bool) -> Result<bool> {
        let exists = if unasked {
            let (exists, _) =
                tokio::join!(self.dst.exists(desc), self.dst.prepare_push_unasked(desc));
            if !matches!(exists, Ok(false)) {
                let _ = self.dst.cancel_prepared(desc).await;
            }
            exists
        } else {
            self.dst.exists(desc).await
        };
        exists.map_err(at(Origin::Destination))
    }

    /// A node found at the destination: the root is tagged, anything else reported.
    async fn found(&self, desc: &Descriptor) -> Result<()> {
        if !self.is_root(desc) {
            return self.hooks.on_copy_skipped(desc);
        }
        if let Some(tag) = &self.root_tag {
            let bytes = self.manifest_bytes(desc).await?;
            self.dst
                .push_reference(desc, bytes.to_vec(), tag)
                .await
                .map_err(at(Origin::Destination))?;
        }
        Ok(())
    }

    /// The children a copy of `desc` follows, all its successors (for the hooks) and its
    /// subject; nothing for a blob.
    async fn children(
        &self,
        desc: &Descriptor,
    ) -> Result<(Vec<Descriptor>, Vec<Descriptor>, Option<Descriptor>)> {
        if !media_type::is_manifest(&desc.media_type) {
            return Ok((Vec::new(), Vec::new(), None));
        }
        self.hooks.on_manifest_fetch(desc)?;
        let bytes = self.manifest_bytes(desc).await?;
        self.hooks.on_manifest_fetched(desc)?;
        let s = manifest::successors(&desc.media_type, &bytes)?;
        let subject = s.subject.clone();
        let all = s.clone().all();
        let children = self
            .hooks
            .successors(desc, s)?
            .into_iter()
            .filter(|d| !media_type::is_foreign_layer(&d.media_type))
            .collect::<Vec<_>>();
        Ok((children, all, subject))
    }

    /// The node itself, once its children are copied: mounted, or transferred after
    /// `pre_copy`; then its subject's copy, when that runs alongside, is waited for.
    async fn finish(
        &self,
        desc: &Descriptor,
        permit: OwnedSemaphorePermit,
        all: &[Descriptor],
        unasked: bool,
        mut alongside: Option<Alongside>,
    ) -> Result<()> {
        if let Some(mounter) = &self.mount_from
            && !media_type::is_manifest(&desc.media_type)
        {
            let outcome = self.mount(&**mounter, desc).await?;
            drop(permit);
            match outcome {
                MountOutcome::Mounted => self.hooks.on_mounted(desc)?,
                MountOutcome::Copied => self.hooks.post_copy(desc, all)?,
            }
        } else if self.hooks.pre_copy(desc)? == PreCopy::Skip {
            if unasked {
                let _ = self.dst.cancel_prepared(desc).await;
            }
        } else {
            let mut permit = Some(permit);
            if let Err(e) = self.transfer(desc).await {
                // a registry that holds subjects to exist (distribution-spec#459) refuses a
                // referrer ahead of its subject: it goes after it, in oras's order
                let Some(subject) = alongside.take().filter(|_| refused_ahead(&e)) else {
                    return Err(e);
                };
                drop(permit.take());
                subject.join().await?;
                permit = Some(self.acquire().await?);
                self.transfer(desc).await?;
            }
            drop(permit);
            self.hooks.post_copy(desc, all)?;
        }
        match alongside {
            Some(subject) => subject.join().await,
            None => Ok(()),
        }
    }

    /// The subject of a manifest, taken out of its `children` when the manifest may be
    /// pushed before it: the subject is the node `cp -r` (or `restore`) was asked for, more
    /// than one transfer runs at a time, and the destination says
    /// [`Target::referrers_before_subject`]. The subject is then copied alongside instead
    /// of first. With `--concurrency 1`, oras's order (subject first) is kept.
    fn subject_alongside(
        &self,
        subject: Option<Descriptor>,
        children: &mut Vec<Descriptor>,
    ) -> Option<Descriptor> {
        let subject = subject?;
        if self.ahead_of.as_ref() != Some(&subject.key()) || !self.dst.referrers_before_subject() {
            return None;
        }
        let i = children.iter().position(|c| c.key() == subject.key())?;
        Some(children.remove(i))
    }

    /// Mount a blob; when refused, `pre_copy` runs and the content streams from the source.
    async fn mount(&self, mounter: &dyn BlobMounter, desc: &Descriptor) -> Result<MountOutcome> {
        let content: ContentFn<'_> = Box::new(move || {
            Box::pin(async move {
                self.hooks.pre_copy(desc)?;
                let reader = self.src.fetch(desc).await.map_err(at(Origin::Source))?;
                Ok(self.hooks.track_reader(desc, reader))
            })
        });
        mounter
            .mount(desc, content)
            .await
            .map_err(at(Origin::Destination))
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
                crate::targets::bytes_reader(bytes.to_vec()),
            )
            .await;
        }
        // the destination opens its upload while the source answers (Target::prepare_push)
        let (reader, _) = tokio::join!(self.src.fetch(desc), self.dst.prepare_push(desc));
        let reader = match reader {
            Ok(r) => r,
            Err(e) => {
                let _ = self.dst.cancel_prepared(desc).await;
                return Err(at(Origin::Source)(e));
            }
        };
        let reader = self.hooks.track_reader(desc, reader);
        let (src, hooks) = (&*self.src, &*self.hooks);
        let reopen = move || -> crate::targets::BoxFuture<'_, BlobReader> {
            Box::pin(async move { Ok(hooks.track_reader(desc, src.fetch(desc).await?)) })
        };
        match self.dst.push_reopenable(desc, reader, &reopen).await {
            Ok(()) | Err(Error::AlreadyExists(_)) => Ok(()),
            Err(e) => Err(at(Origin::Destination)(e)),
        }
    }
}

/// Whether the destination refused a manifest in a way that going after its subject may
/// cure: a 4xx that is neither about credentials nor worth a retry as it is.
fn refused_ahead(e: &Error) -> bool {
    e.registry_status().is_some_and(|s| {
        (400..500).contains(&s) && !matches!(s, 401 | 403) && !retry::retryable_status(s)
    })
}

async fn push_or_exists(
    dst: &dyn Target,
    desc: &Descriptor,
    reader: crate::targets::BlobReader,
) -> Result<()> {
    match dst.push(desc, reader).await {
        Ok(()) | Err(Error::AlreadyExists(_)) => Ok(()),
        Err(e) => Err(at(Origin::Destination)(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::descriptor::{ANNOTATION_TITLE, Annotations};
    use crate::targets::BoxFuture;
    use crate::targets::memory::MemoryStore;

    /// A memory store that counts what is asked of it, per digest.
    #[derive(Default)]
    struct Counting {
        store: MemoryStore,
        fetches: Mutex<HashMap<Digest, usize>>,
        pushes: Mutex<HashMap<Digest, usize>>,
        exists: Mutex<HashMap<Digest, usize>>,
    }

    fn bump(m: &Mutex<HashMap<Digest, usize>>, d: &Digest) {
        *lock(m).entry(d.clone()).or_default() += 1;
    }

    fn count(m: &Mutex<HashMap<Digest, usize>>, d: &Digest) -> usize {
        lock(m).get(d).copied().unwrap_or(0)
    }

    impl ReadOnlyTarget for Counting {
        fn fetch<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, BlobReader> {
            bump(&self.fetches, &desc.digest);
            self.store.fetch(desc)
        }
        fn exists<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, bool> {
            bump(&self.exists, &desc.digest);
            self.store.exists(desc)
        }
        fn resolve<'a>(&'a self, reference: &'a str) -> BoxFuture<'a, Descriptor> {
            self.store.resolve(reference)
        }
    }

    impl Target for Counting {
        fn push<'a>(&'a self, expected: &'a Descriptor, content: BlobReader) -> BoxFuture<'a, ()> {
            bump(&self.pushes, &expected.digest);
            self.store.push(expected, content)
        }
        fn tag<'a>(&'a self, desc: &'a Descriptor, reference: &'a str) -> BoxFuture<'a, ()> {
            self.store.tag(desc, reference)
        }
    }

    /// What the hooks saw: (event, digest short, title or media type).
    #[derive(Default)]
    struct Events(Mutex<Vec<(String, String)>>);

    impl Events {
        fn push(&self, what: &str, d: &Descriptor) {
            lock(&self.0).push((what.to_string(), d.display_name().to_string()));
        }
        fn list(&self) -> Vec<(String, String)> {
            lock(&self.0).clone()
        }
    }

    impl CopyHooks for Events {
        fn on_copy_skipped(&self, d: &Descriptor) -> Result<()> {
            self.push("exists", d);
            Ok(())
        }
        fn pre_copy(&self, d: &Descriptor) -> Result<PreCopy> {
            self.push("pre", d);
            Ok(PreCopy::Copy)
        }
        fn post_copy(&self, d: &Descriptor, successors: &[Descriptor]) -> Result<()> {
            for s in successors {
                self.push("child", s);
            }
            self.push("post", d);
            Ok(())
        }
    }

    fn layer(media_type: &str, bytes: &[u8], title: &str) -> Descriptor {
        let mut d = Descriptor::of_bytes(media_type, bytes);
        d.annotations = Some(Annotations::from([(
            ANNOTATION_TITLE.to_string(),
            title.to_string(),
        )]));
        d
    }

    /// A source holding a manifest over `layers` (and the empty config); returns it.
    fn source(layers: &[(Descriptor, &[u8])]) -> (Arc<Counting>, Descriptor) {
        let src = Arc::new(Counting::default());
        let config = Descriptor::empty_json();
        src.store.insert(&config, b"{}".to_vec());
        for (d, b) in layers {
            src.store.insert(d, b.to_vec());
        }
        let manifest = crate::content::manifest::Manifest {
            schema_version: 2,
            media_type: media_type::IMAGE_MANIFEST.to_string(),
            artifact_type: String::new(),
            config,
            layers: layers.iter().map(|(d, _)| d.clone()).collect(),
            subject: None,
            annotations: Default::default(),
        };
        let bytes = crate::go::json::to_vec(&manifest);
        let desc = Descriptor::of_bytes(media_type::IMAGE_MANIFEST, &bytes);
        src.store.insert(&desc, bytes);
        (src, desc)
    }

    #[tokio::test]
    async fn one_blob_under_two_titles_is_one_node() {
        let foo1 = layer(media_type::IMAGE_LAYER, b"foo", "foo1");
        let foo2 = layer(media_type::IMAGE_LAYER, b"foo", "foo2");
        let bar = layer(media_type::IMAGE_LAYER, b"bar", "bar");
        let (src, root) = source(&[(foo1.clone(), b"foo"), (foo2, b"foo"), (bar, b"bar")]);
        for concurrency in [1, 3] {
            let dst = Arc::new(Counting::default());
            let events = Arc::new(Events::default());
            let options = CopyOptions::new(concurrency, events.clone());
            copy(src.clone(), dst.clone(), &root, None, Some("v1"), &options)
                .await
                .unwrap();
            // one existence check, one transfer of the shared blob
            assert_eq!(count(&dst.exists, &foo1.digest), 1);
            assert_eq!(count(&dst.pushes, &foo1.digest), 1);
            let list = events.list();
            let pre: Vec<&str> = list
                .iter()
                .filter(|(e, _)| e == "pre")
                .map(|(_, n)| n.as_str())
                .collect();
            assert!(pre.contains(&"foo1") && !pre.contains(&"foo2"), "{list:?}");
            // the parent's post-copy sees the other title, right before its own end
            let post = list
                .iter()
                .position(|e| e == &("post".to_string(), media_type::IMAGE_MANIFEST.into()))
                .unwrap();
            assert!(
                list[..post].contains(&("child".into(), "foo2".into())),
                "{list:?}"
            );
        }
        // the source was read once per copy
        assert_eq!(count(&src.fetches, &foo1.digest), 2);
    }

    #[tokio::test]
    async fn the_same_bytes_under_two_media_types_are_two_nodes() {
        let a = layer(media_type::IMAGE_LAYER, b"same", "a");
        let b = layer("text/plain", b"same", "b");
        let (src, root) = source(&[(a.clone(), b"same"), (b, b"same")]);
        let dst = Arc::new(Counting::default());
        let events = Arc::new(Events::default());
        let options = CopyOptions::new(1, events.clone());
        copy(src.clone(), dst.clone(), &root, None, None, &options)
            .await
            .unwrap();
        // each is visited: the second finds the bytes the first pushed
        assert_eq!(count(&dst.exists, &a.digest), 2);
        let list = events.list();
        assert!(list.contains(&("pre".into(), "a".into())), "{list:?}");
        assert!(list.contains(&("exists".into(), "b".into())), "{list:?}");
    }

    #[tokio::test]
    async fn a_duplicate_already_at_the_destination_is_checked_once() {
        let foo1 = layer(media_type::IMAGE_LAYER, b"foo", "foo1");
        let foo2 = layer(media_type::IMAGE_LAYER, b"foo", "foo2");
        let (src, root) = source(&[(foo1.clone(), b"foo"), (foo2, b"foo")]);
        let dst = Arc::new(Counting::default());
        dst.store.insert(&foo1, b"foo".to_vec());
        let events = Arc::new(Events::default());
        let options = CopyOptions::new(2, events.clone());
        copy(src.clone(), dst.clone(), &root, None, None, &options)
            .await
            .unwrap();
        assert_eq!(count(&dst.exists, &foo1.digest), 1);
        assert_eq!(count(&dst.pushes, &foo1.digest), 0);
        assert_eq!(count(&src.fetches, &foo1.digest), 0);
        let exists: Vec<_> = events
            .list()
            .into_iter()
            .filter(|(e, _)| e == "exists")
            .collect();
        assert_eq!(exists.len(), 1, "{exists:?}");
    }
}
