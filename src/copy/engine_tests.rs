//! Unit tests of the copy engine on memory stores: graph shapes (a diamond, a deep chain,
//! several roots), sub-graphs already at the destination, hook order, root tagging,
//! tolerated `AlreadyExists`, which side a failure is attributed to, and referrers pushed
//! ahead of their subject.

use super::{CopyHooks, CopyOptions, Origin, PreCopy, copy, copy_graphs, copy_graphs_reaching};
use crate::content::descriptor::Annotations;
use crate::content::manifest::{Index, Manifest};
use crate::content::{Descriptor, Digest};
use crate::error::{Error, Result};
use crate::media_type;
use crate::targets::memory::MemoryStore;
use crate::targets::{BlobReader, BoxFuture, ReadOnlyTarget, Target};
use std::sync::{Arc, Mutex};
use std::time::Duration;

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// A memory store that records every call, yields once per call (so concurrent copies
/// interleave), answers `AlreadyExists` to a push of what it holds, and can be told to
/// fail.
#[derive(Default)]
struct Store {
    mem: MemoryStore,
    /// `(operation, digest)` in call order: `fetch`, `exists`, `push`, `tag`, and
    /// `stored` when a push has stored its content.
    calls: Mutex<Vec<(&'static str, Digest)>>,
    /// `exists` answers false for everything (another writer races us).
    exists_lies: bool,
    fail_fetch: Option<Digest>,
    fail_exists: Option<Digest>,
    fail_push: Option<Digest>,
    /// Answer [`Target::referrers_before_subject`] with yes.
    referrers_first: bool,
    /// `(held, until)`: the push of `held` waits until `until` is stored (gives up after
    /// 5 s with an error).
    hold: Option<(Digest, Digest)>,
    /// `(slow, pause)`: the push of `slow` pauses this long before storing.
    slow: Option<(Digest, Duration)>,
}

impl Store {
    fn record(&self, op: &'static str, d: &Digest) {
        lock(&self.calls).push((op, d.clone()));
    }

    fn count(&self, op: &str, d: &Descriptor) -> usize {
        lock(&self.calls)
            .iter()
            .filter(|(o, x)| *o == op && *x == d.digest)
            .count()
    }

    fn count_op(&self, op: &str) -> usize {
        lock(&self.calls).iter().filter(|(o, _)| *o == op).count()
    }

    fn has(&self, d: &Descriptor) -> bool {
        self.mem.get(&d.digest).is_some()
    }

    /// Stores `bytes` under `media_type`; its descriptor.
    fn blob(&self, media_type: &str, bytes: &[u8]) -> Descriptor {
        let d = Descriptor::of_bytes(media_type, bytes);
        self.mem.insert(&d, bytes.to_vec());
        d
    }

    fn layer(&self, text: &str) -> Descriptor {
        self.blob(media_type::IMAGE_LAYER, text.as_bytes())
    }

    /// An image manifest over `config` and `layers`, told apart by `note`.
    fn manifest(&self, config: &Descriptor, layers: Vec<Descriptor>, note: &str) -> Descriptor {
        let m = Manifest {
            schema_version: 2,
            media_type: media_type::IMAGE_MANIFEST.to_string(),
            artifact_type: String::new(),
            config: config.clone(),
            layers,
            subject: None,
            annotations: Annotations::from([("note".to_string(), note.to_string())]),
        };
        self.blob(media_type::IMAGE_MANIFEST, &crate::go::json::to_vec(&m))
    }

    /// An image manifest over `config` and `layers` whose subject is `subject`.
    fn referrer(
        &self,
        subject: &Descriptor,
        config: &Descriptor,
        layers: Vec<Descriptor>,
    ) -> Descriptor {
        let m = Manifest {
            schema_version: 2,
            media_type: media_type::IMAGE_MANIFEST.to_string(),
            artifact_type: "application/vnd.test.referrer".to_string(),
            config: config.clone(),
            layers,
            subject: Some(subject.clone()),
            annotations: Default::default(),
        };
        self.blob(media_type::IMAGE_MANIFEST, &crate::go::json::to_vec(&m))
    }

    /// An image index over `manifests`, told apart by `note`.
    fn index(&self, manifests: Vec<Descriptor>, note: &str) -> Descriptor {
        let mut ix = Index::new(manifests);
        ix.annotations = Annotations::from([("note".to_string(), note.to_string())]);
        self.blob(media_type::IMAGE_INDEX, &crate::go::json::to_vec(&ix))
    }

    /// Copies the stored bytes of `nodes` from `other` (content already at a destination).
    fn holds(&self, other: &Store, nodes: &[&Descriptor]) {
        for d in nodes {
            self.mem
                .insert(d, other.mem.get(&d.digest).expect("a stored node"));
        }
    }
}

fn refused(what: &str, d: &Digest) -> Error {
    Error::msg(format!("{what} refused: {d}"))
}

impl ReadOnlyTarget for Store {
    fn fetch<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, BlobReader> {
        Box::pin(async move {
            self.record("fetch", &desc.digest);
            tokio::task::yield_now().await;
            if self.fail_fetch.as_ref() == Some(&desc.digest) {
                return Err(refused("fetch", &desc.digest));
            }
            self.mem.fetch(desc).await
        })
    }

    fn exists<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, bool> {
        Box::pin(async move {
            self.record("exists", &desc.digest);
            tokio::task::yield_now().await;
            if self.fail_exists.as_ref() == Some(&desc.digest) {
                return Err(refused("exists", &desc.digest));
            }
            Ok(!self.exists_lies && self.has(desc))
        })
    }

    fn resolve<'a>(&'a self, reference: &'a str) -> BoxFuture<'a, Descriptor> {
        self.mem.resolve(reference)
    }
}

impl Target for Store {
    fn push<'a>(&'a self, expected: &'a Descriptor, content: BlobReader) -> BoxFuture<'a, ()> {
        Box::pin(async move {
            self.record("push", &expected.digest);
            tokio::task::yield_now().await;
            if let Some((held, until)) = &self.hold
                && *held == expected.digest
            {
                let pushed = || self.mem.get(until).is_some();
                let start = std::time::Instant::now();
                while !pushed() {
                    if start.elapsed() > Duration::from_secs(5) {
                        return Err(Error::msg(format!("held until {until} was pushed")));
                    }
                    tokio::time::sleep(Duration::from_millis(2)).await;
                }
            }
            if self.fail_push.as_ref() == Some(&expected.digest) {
                return Err(refused("push", &expected.digest));
            }
            if let Some((slow, pause)) = &self.slow
                && *slow == expected.digest
            {
                tokio::time::sleep(*pause).await;
            }
            if self.has(expected) {
                return Err(Error::AlreadyExists(expected.digest.to_string()));
            }
            self.mem.push(expected, content).await?;
            self.record("stored", &expected.digest);
            Ok(())
        })
    }

    fn referrers_before_subject(&self) -> bool {
        self.referrers_first
    }

    fn tag<'a>(&'a self, desc: &'a Descriptor, reference: &'a str) -> BoxFuture<'a, ()> {
        Box::pin(async move {
            self.record("tag", &desc.digest);
            self.mem.tag(desc, reference).await
        })
    }
}

/// What the hooks saw, in order: `(event, digest)`; `post` also lists the successors.
#[derive(Default)]
struct Events(Mutex<Vec<(&'static str, Digest, Vec<Digest>)>>);

impl Events {
    fn list(&self) -> Vec<(&'static str, Digest, Vec<Digest>)> {
        lock(&self.0).clone()
    }

    /// Positions of `event` for `d`.
    fn at(&self, event: &str, d: &Descriptor) -> Vec<usize> {
        self.list()
            .iter()
            .enumerate()
            .filter(|(_, (e, x, _))| *e == event && *x == d.digest)
            .map(|(i, _)| i)
            .collect()
    }

    fn of(&self, event: &str) -> Vec<Digest> {
        self.list()
            .into_iter()
            .filter(|(e, _, _)| *e == event)
            .map(|(_, d, _)| d)
            .collect()
    }
}

impl CopyHooks for Events {
    fn on_copy_skipped(&self, d: &Descriptor) -> Result<()> {
        lock(&self.0).push(("skipped", d.digest.clone(), Vec::new()));
        Ok(())
    }
    fn pre_copy(&self, d: &Descriptor) -> Result<PreCopy> {
        lock(&self.0).push(("pre", d.digest.clone(), Vec::new()));
        Ok(PreCopy::Copy)
    }
    fn post_copy(&self, d: &Descriptor, successors: &[Descriptor]) -> Result<()> {
        let s = successors.iter().map(|s| s.digest.clone()).collect();
        lock(&self.0).push(("post", d.digest.clone(), s));
        Ok(())
    }
}

fn options(concurrency: usize, events: &Arc<Events>) -> CopyOptions {
    CopyOptions::new(concurrency, events.clone())
}

/// Copy the graph of `root` from `src` to `dst` untagged, with `concurrency`; it must work.
async fn copy_whole(
    src: &Arc<Store>,
    dst: &Arc<Store>,
    root: &Descriptor,
    concurrency: usize,
    events: &Arc<Events>,
) {
    copy(
        src.clone(),
        dst.clone(),
        root,
        None,
        None,
        &options(concurrency, events),
    )
    .await
    .unwrap();
}

fn empty_config(src: &Store) -> Descriptor {
    src.blob(media_type::EMPTY_JSON, b"{}")
}

/// The origin and the untagged error of a failed copy.
fn origin_of(err: Error) -> (Origin, Error) {
    match err {
        Error::Copy(c) => (c.origin, c.source),
        other => panic!("an untagged error: {other:?}"),
    }
}

/// root index → manifests a and b, both over the empty config and one shared layer.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_diamond_copies_the_shared_blob_once() {
    for concurrency in [1, 2, 8] {
        let src = Arc::new(Store::default());
        let config = empty_config(&src);
        let shared = src.layer("shared");
        let (only_a, only_b) = (src.layer("only a"), src.layer("only b"));
        let a = src.manifest(&config, vec![shared.clone(), only_a.clone()], "a");
        let b = src.manifest(&config, vec![shared.clone(), only_b.clone()], "b");
        let root = src.index(vec![a.clone(), b.clone()], "root");
        let dst = Arc::new(Store::default());
        let events = Arc::new(Events::default());
        copy_whole(&src, &dst, &root, concurrency, &events).await;
        for node in [&root, &a, &b, &config, &shared, &only_a, &only_b] {
            assert!(dst.has(node), "concurrency {concurrency}: {}", node.digest);
            assert_eq!(
                dst.count("exists", node),
                1,
                "{concurrency}: {}",
                node.digest
            );
            assert_eq!(dst.count("push", node), 1, "{concurrency}: {}", node.digest);
            assert_eq!(events.at("pre", node).len(), 1, "{concurrency}");
            assert_eq!(events.at("post", node).len(), 1, "{concurrency}");
        }
        // the shared blobs are read from the source once
        assert_eq!(src.count("fetch", &shared), 1, "concurrency {concurrency}");
        assert_eq!(src.count("fetch", &config), 1, "concurrency {concurrency}");
    }
}

/// A chain of 64 nested indexes over one manifest: every level waits for the one below,
/// which must not hold the only permit while it waits.
#[tokio::test]
async fn a_deep_graph_with_concurrency_1_does_not_deadlock() {
    let src = Arc::new(Store::default());
    let config = empty_config(&src);
    let leaf = src.layer("leaf");
    let mut nodes = vec![config.clone(), leaf.clone()];
    let mut top = src.manifest(&config, vec![leaf], "bottom");
    nodes.push(top.clone());
    for level in 0..64 {
        top = src.index(vec![top], &format!("level {level}"));
        nodes.push(top.clone());
    }
    // and two chains side by side under the root, sharing the bottom
    let side = src.index(vec![nodes[2].clone()], "side");
    let root = src.index(vec![top, side.clone()], "root");
    nodes.extend([side, root.clone()]);
    let dst = Arc::new(Store::default());
    let events = Arc::new(Events::default());
    let done = tokio::time::timeout(
        Duration::from_secs(30),
        copy(
            src.clone(),
            dst.clone(),
            &root,
            None,
            Some("deep"),
            &options(1, &events),
        ),
    )
    .await
    .expect("the copy deadlocked");
    done.unwrap();
    for node in &nodes {
        assert!(dst.has(node), "{}", node.digest);
        assert_eq!(dst.count("push", node), 1, "{}", node.digest);
    }
    assert_eq!(dst.mem.resolve("deep").await.unwrap().digest, root.digest);
}

/// A manifest already at the destination is skipped with its whole sub-graph: reported
/// once through `on_copy_skipped`, and neither it nor its children are read, checked or
/// pushed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sub_graph_already_at_the_destination_is_skipped_whole() {
    for concurrency in [1, 3] {
        let src = Arc::new(Store::default());
        let config = empty_config(&src);
        let l1 = src.layer("new layer");
        let m1 = src.manifest(&config, vec![l1.clone()], "new");
        let c2 = src.blob(media_type::IMAGE_CONFIG, br#"{"os":"linux"}"#);
        let l2 = src.layer("old layer");
        let m2 = src.manifest(&c2, vec![l2.clone()], "old");
        let root = src.index(vec![m1.clone(), m2.clone()], "root");
        let dst = Arc::new(Store::default());
        dst.holds(&src, &[&m2, &c2, &l2]);
        let events = Arc::new(Events::default());
        copy_whole(&src, &dst, &root, concurrency, &events).await;
        assert_eq!(
            events.of("skipped"),
            vec![m2.digest.clone()],
            "{concurrency}"
        );
        for old in [&m2, &c2, &l2] {
            assert!(events.at("pre", old).is_empty(), "{concurrency}");
            assert!(events.at("post", old).is_empty(), "{concurrency}");
            assert_eq!(dst.count("push", old), 0, "{concurrency}");
            assert_eq!(src.count("fetch", old), 0, "{concurrency}");
        }
        assert_eq!(dst.count("exists", &m2), 1);
        assert_eq!(dst.count("exists", &c2) + dst.count("exists", &l2), 0);
        for new in [&root, &m1, &config, &l1] {
            assert!(dst.has(new), "{concurrency}");
            assert_eq!(events.at("post", new).len(), 1, "{concurrency}");
        }
    }
}

/// Every node gets one `pre_copy` then one `post_copy`; a parent's `pre_copy` comes after
/// the `post_copy` of each of its children; `post_copy` of a manifest lists its children
/// in manifest order (config, then layers).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hooks_run_children_first_in_pre_post_pairs() {
    for concurrency in [1, 2, 5] {
        let src = Arc::new(Store::default());
        let config = empty_config(&src);
        let (l1, l2, l3) = (src.layer("l1"), src.layer("l2"), src.layer("l3"));
        let m1 = src.manifest(&config, vec![l1.clone(), l2.clone()], "m1");
        let m2 = src.manifest(&config, vec![l2.clone(), l3.clone()], "m2");
        let root = src.index(vec![m1.clone(), m2.clone()], "root");
        let dst = Arc::new(Store::default());
        let events = Arc::new(Events::default());
        copy_whole(&src, &dst, &root, concurrency, &events).await;
        let children: [(&Descriptor, Vec<&Descriptor>); 7] = [
            (&root, vec![&m1, &m2]),
            (&m1, vec![&config, &l1, &l2]),
            (&m2, vec![&config, &l2, &l3]),
            (&config, vec![]),
            (&l1, vec![]),
            (&l2, vec![]),
            (&l3, vec![]),
        ];
        let list = events.list();
        for (parent, kids) in &children {
            let (pre, post) = (events.at("pre", parent), events.at("post", parent));
            assert_eq!((pre.len(), post.len()), (1, 1), "{concurrency}: {list:?}");
            assert!(pre[0] < post[0], "{concurrency}: {list:?}");
            let listed: Vec<&Digest> = kids.iter().map(|k| &k.digest).collect();
            assert_eq!(
                list[post[0]].2.iter().collect::<Vec<_>>(),
                listed,
                "{concurrency}: successors of {}",
                parent.digest
            );
            for kid in kids {
                assert!(
                    events.at("post", kid)[0] < pre[0],
                    "{concurrency}: {} before its parent {}: {list:?}",
                    kid.digest,
                    parent.digest
                );
            }
        }
        assert!(events.of("skipped").is_empty());
    }
}

/// A root already at the destination is still tagged (and an old tag moves), without
/// `on_copy_skipped` and without pushing or checking anything below it.
#[tokio::test]
async fn the_root_is_tagged_even_when_it_exists() {
    let src = Arc::new(Store::default());
    let config = empty_config(&src);
    let layer = src.layer("content");
    let root = src.manifest(&config, vec![layer.clone()], "root");
    let older = src.manifest(&config, vec![], "older");
    let dst = Arc::new(Store::default());
    dst.holds(&src, &[&root, &config, &layer, &older]);
    dst.mem.tag(&older, "v1").await.unwrap();
    let events = Arc::new(Events::default());
    copy(
        src.clone(),
        dst.clone(),
        &root,
        None,
        Some("v1"),
        &options(2, &events),
    )
    .await
    .unwrap();
    assert_eq!(dst.mem.resolve("v1").await.unwrap().digest, root.digest);
    assert_eq!(dst.count("tag", &root), 1);
    assert_eq!(dst.count_op("push"), 0);
    assert_eq!(
        dst.count("exists", &layer) + dst.count("exists", &config),
        0
    );
    assert!(events.list().is_empty(), "{:?}", events.list());

    // known root bytes are used as they are: the source is not read at all
    let bytes = src.mem.get(&root.digest).unwrap();
    let dst = Arc::new(Store::default());
    dst.holds(&src, &[&root]);
    copy(
        src.clone(),
        dst.clone(),
        &root,
        Some(bytes),
        Some("v2"),
        &options(1, &events),
    )
    .await
    .unwrap();
    assert_eq!(dst.mem.resolve("v2").await.unwrap().digest, root.digest);
    assert_eq!(src.count("fetch", &root), 1, "only by the first copy");
}

/// A destination that says a node is missing, then refuses its push with
/// `AlreadyExists` (another writer got there first): the copy goes on and succeeds.
#[tokio::test]
async fn already_exists_from_the_destination_is_tolerated() {
    let src = Arc::new(Store::default());
    let config = empty_config(&src);
    let layer = src.layer("raced");
    let m = src.manifest(&config, vec![layer.clone()], "m");
    let root = src.index(vec![m.clone()], "root");
    let dst = Arc::new(Store {
        exists_lies: true,
        ..Store::default()
    });
    dst.holds(&src, &[&root, &m, &config, &layer]);
    let events = Arc::new(Events::default());
    copy_whole(&src, &dst, &root, 2, &events).await;
    for node in [&root, &m, &config, &layer] {
        assert_eq!(dst.count("push", node), 1, "{}", node.digest);
        assert_eq!(events.at("post", node).len(), 1, "{}", node.digest);
    }
}

/// A fetch that fails at the source (a blob, or a manifest read for its children) is a
/// source error; the error itself is kept as it was.
#[tokio::test]
async fn a_failing_source_fetch_is_a_source_error() {
    let build = || {
        let src = Store::default();
        let config = empty_config(&src);
        let layer = src.layer("unreadable");
        let m = src.manifest(&config, vec![layer.clone()], "m");
        let root = src.index(vec![m.clone()], "root");
        (src, layer, m, root)
    };
    for which in ["blob", "manifest"] {
        let (mut src, layer, m, root) = build();
        let failing = if which == "blob" { &layer } else { &m };
        src.fail_fetch = Some(failing.digest.clone());
        let dst = Arc::new(Store::default());
        let err = copy(
            Arc::new(src),
            dst.clone(),
            &root,
            None,
            None,
            &options(1, &Arc::new(Events::default())),
        )
        .await
        .unwrap_err();
        let (origin, inner) = origin_of(err);
        assert_eq!(origin, Origin::Source, "{which}");
        assert_eq!(
            inner.to_string(),
            format!("fetch refused: {}", failing.digest),
            "{which}"
        );
        assert!(!dst.has(&root), "{which}: the root is pushed last");
    }
}

/// A destination that fails an existence check, a push, or the tagged push of the root:
/// a destination error.
#[tokio::test]
async fn a_failing_destination_is_a_destination_error() {
    let src = Arc::new(Store::default());
    let config = empty_config(&src);
    let layer = src.layer("unwritable");
    let root = src.manifest(&config, vec![layer.clone()], "root");
    let cases: [(&str, Store, Option<&str>, &Digest); 3] = [
        (
            "exists",
            Store {
                fail_exists: Some(layer.digest.clone()),
                ..Store::default()
            },
            None,
            &layer.digest,
        ),
        (
            "push",
            Store {
                fail_push: Some(layer.digest.clone()),
                ..Store::default()
            },
            None,
            &layer.digest,
        ),
        (
            "push",
            Store {
                fail_push: Some(root.digest.clone()),
                ..Store::default()
            },
            Some("v1"),
            &root.digest,
        ),
    ];
    for (what, dst, tag, digest) in cases {
        let err = copy(
            src.clone(),
            Arc::new(dst),
            &root,
            None,
            tag,
            &options(1, &Arc::new(Events::default())),
        )
        .await
        .unwrap_err();
        let (origin, inner) = origin_of(err);
        assert_eq!(origin, Origin::Destination, "{what} {tag:?}");
        assert_eq!(inner.to_string(), format!("{what} refused: {digest}"));
    }
}

/// `copy_graphs` over several roots: one tracker, so a blob under two roots is checked and
/// pushed once; a root already at the destination is reported skipped; known manifest
/// bytes are not read again; nothing is tagged.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn copy_graphs_shares_one_tracker_between_roots() {
    for concurrency in [1, 4] {
        let src = Arc::new(Store::default());
        let config = empty_config(&src);
        let shared = src.layer("shared by the roots");
        let m1 = src.manifest(&config, vec![shared.clone(), src.layer("one")], "m1");
        let m2 = src.manifest(&config, vec![shared.clone(), src.layer("two")], "m2");
        let m3 = src.manifest(&config, vec![src.layer("three")], "m3");
        let dst = Arc::new(Store::default());
        dst.holds(&src, &[&m3]);
        let events = Arc::new(Events::default());
        let known = vec![(m1.clone(), src.mem.get(&m1.digest).unwrap())];
        copy_graphs(
            src.clone(),
            dst.clone(),
            &[m1.clone(), m2.clone(), m3.clone()],
            known,
            &options(concurrency, &events),
        )
        .await
        .unwrap();
        for once in [&shared, &config] {
            assert_eq!(dst.count("exists", once), 1, "{concurrency}");
            assert_eq!(dst.count("push", once), 1, "{concurrency}");
            assert_eq!(src.count("fetch", once), 1, "{concurrency}");
        }
        assert_eq!(
            events.of("skipped"),
            vec![m3.digest.clone()],
            "{concurrency}"
        );
        assert!(dst.has(&m1) && dst.has(&m2), "{concurrency}");
        assert_eq!(src.count("fetch", &m1), 0, "{concurrency}: known bytes");
        assert_eq!(dst.count_op("tag"), 0, "{concurrency}");
    }
}

/// Position of the first `op` call for `d` at `store`.
fn first(store: &Store, op: &str, d: &Descriptor) -> usize {
    lock(&store.calls)
        .iter()
        .position(|(o, x)| *o == op && *x == d.digest)
        .unwrap_or_else(|| panic!("no {op} of {}", d.digest))
}

/// `copy_graphs_reaching` of `roots` and `node` with `concurrency`, nothing known.
async fn reaching(
    src: &Arc<Store>,
    dst: &Arc<Store>,
    roots: &[Descriptor],
    node: &Descriptor,
    concurrency: usize,
    events: &Arc<Events>,
) -> Result<()> {
    let options = options(concurrency, events);
    copy_graphs_reaching(src.clone(), dst.clone(), roots, node, Vec::new(), &options).await
}

/// A subject over a large layer and a referrer of it.
fn subject_and_referrer(src: &Store) -> (Descriptor, Descriptor, Descriptor) {
    let config = empty_config(src);
    let big = src.layer("the subject's large layer");
    let subject = src.manifest(&config, vec![big.clone()], "subject");
    let referrer = src.referrer(&subject, &config, vec![src.layer("a signature")]);
    (subject, referrer, big)
}

/// `copy_graphs_reaching` to a destination that takes referrers first pushes the referrer
/// while the subject's layer is still on its way (the layer's push is held until the
/// referrer is stored: in oras's order that never happens); the subject is still copied
/// whole and the copy ends only when it is. With `--concurrency 1`, a destination that
/// does not take referrers first, or a plain `copy_graphs`, oras's order holds: subject,
/// then referrer.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_referrer_goes_ahead_of_its_subject_where_the_destination_allows() {
    let src = Arc::new(Store::default());
    let (subject, referrer, big) = subject_and_referrer(&src);
    let dst = Arc::new(Store {
        referrers_first: true,
        hold: Some((big.digest.clone(), referrer.digest.clone())),
        ..Default::default()
    });
    let events = Arc::new(Events::default());
    let roots = [referrer.clone()];
    reaching(&src, &dst, &roots, &subject, 3, &events)
        .await
        .unwrap();
    assert!(dst.has(&subject) && dst.has(&big) && dst.has(&referrer));
    assert!(first(&dst, "push", &referrer) < first(&dst, "push", &subject));
    assert_eq!(dst.count("push", &subject), 1);
    assert_eq!(events.at("post", &referrer).len(), 1);

    for (concurrency, referrers_first, by_reaching) in
        [(1, true, true), (3, false, true), (3, true, false)]
    {
        let dst = Arc::new(Store {
            referrers_first,
            ..Default::default()
        });
        if by_reaching {
            reaching(&src, &dst, &roots, &subject, concurrency, &events).await
        } else {
            let options = options(concurrency, &events);
            copy_graphs(src.clone(), dst.clone(), &roots, Vec::new(), &options).await
        }
        .unwrap();
        assert!(
            first(&dst, "push", &subject) < first(&dst, "push", &referrer),
            "{concurrency} {referrers_first} {by_reaching}"
        );
    }
}

/// In a chain subject ← r1 ← r2 only the referrers of the node asked for go ahead: r1
/// before the subject (held until r1 is stored), but r2 waits for r1, its own subject,
/// which no later run would look for if r2 were there without it: r1's push is slowed
/// 100 ms, and r2's push still starts only once r1 is stored.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_the_referrers_of_the_node_asked_for_go_ahead() {
    let src = Arc::new(Store::default());
    let (subject, r1, big) = subject_and_referrer(&src);
    let config = empty_config(&src);
    let r2 = src.referrer(
        &r1,
        &config,
        vec![src.layer("a signature of the signature")],
    );
    let dst = Arc::new(Store {
        referrers_first: true,
        hold: Some((big.digest.clone(), r1.digest.clone())),
        slow: Some((r1.digest.clone(), Duration::from_millis(100))),
        ..Default::default()
    });
    let events = Arc::new(Events::default());
    reaching(&src, &dst, std::slice::from_ref(&r2), &subject, 3, &events)
        .await
        .unwrap();
    assert!(first(&dst, "push", &r1) < first(&dst, "push", &subject));
    assert!(first(&dst, "stored", &r1) < first(&dst, "push", &r2));
    assert!(dst.has(&subject) && dst.has(&r2));
}

/// A referrer pushed ahead of a subject whose copy then failed: the next copy finds the
/// referrer and skips its graph, so `copy_graphs_reaching` asks for the subject itself
/// and copies it. When it is there, nothing is reported for it (one more `exists`); with
/// `--concurrency 1` it is not asked for.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn copy_graphs_reaching_copies_a_subject_left_behind() {
    let src = Arc::new(Store::default());
    let (subject, referrer, big) = subject_and_referrer(&src);
    let roots = [referrer.clone()];
    // the first copy fails on the subject's layer, after the referrer went ahead
    let dst = Arc::new(Store {
        referrers_first: true,
        fail_push: Some(big.digest.clone()),
        hold: Some((big.digest.clone(), referrer.digest.clone())),
        ..Default::default()
    });
    let events = Arc::new(Events::default());
    reaching(&src, &dst, &roots, &subject, 3, &events)
        .await
        .unwrap_err();
    assert!(dst.has(&referrer) && !dst.has(&subject));
    // the next one completes the subject
    let again = Arc::new(Store {
        referrers_first: true,
        ..Default::default()
    });
    again.holds(&dst, &[&referrer]);
    let events = Arc::new(Events::default());
    reaching(&src, &again, &roots, &subject, 3, &events)
        .await
        .unwrap();
    assert!(again.has(&subject) && again.has(&big));
    assert_eq!(events.of("skipped"), vec![referrer.digest.clone()]);
    assert_eq!(events.at("post", &subject).len(), 1);
    // everything there: the subject is asked for once and not reported
    for (concurrency, asked) in [(3, 1), (1, 0)] {
        let events = Arc::new(Events::default());
        let before = again.count("exists", &subject);
        reaching(&src, &again, &roots, &subject, concurrency, &events)
            .await
            .unwrap();
        assert_eq!(
            again.count("exists", &subject) - before,
            asked,
            "{concurrency}"
        );
        assert_eq!(
            events.of("skipped"),
            vec![referrer.digest.clone()],
            "{concurrency}"
        );
        assert_eq!(events.of("pre"), Vec::<Digest>::new(), "{concurrency}");
    }
}
