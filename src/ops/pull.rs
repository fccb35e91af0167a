//! Pull: which children of a manifest are written to files (oras `pull.go`'s successor
//! rules), whether an untitled layer was left out, and which files each manifest names;
//! pulling a resolved root into a store ([`pull_graph`]) or onto one output stream
//! ([`pull_to_stream`]). The status of each node is reported to a [`PullReporter`];
//! nothing here prints.

use crate::content::Descriptor;
use crate::content::descriptor::{ANNOTATION_TITLE, ANNOTATION_UNPACK};
use crate::content::manifest::Successors;
use crate::copy::{self, CopyHooks, CopyOptions, PreCopy};
use crate::error::{Error, Result};
use crate::media_type;
use crate::targets::stream_out::{StreamMode, StreamStore};
use crate::targets::{ReadOnlyTarget, Target};
use std::io::Write;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// What pull follows.
#[derive(Clone, Debug)]
pub struct PullPolicy {
    pub include_subject: bool,
    /// `--config <path>[:<mediatype>]`
    pub config_path: Option<(String, Option<String>)>,
}

/// The status events of a pull: the copy's own, plus a left-out untitled leaf.
pub trait PullReporter: CopyHooks {
    /// An untitled node that is not written (`Skipped`).
    fn on_skipped(&self, desc: &Descriptor);
}

/// One file a manifest names: its title and descriptor (oras `OnFilePulled`).
#[derive(Clone, Debug)]
pub struct PulledFile {
    pub name: String,
    pub desc: Descriptor,
}

impl PulledFile {
    /// The absolute path oras reports for the file under `output` (absolute): the title
    /// joined to it and cleaned, or the title itself when absolute; directories end with `/`.
    pub fn path(&self, output: &Path) -> String {
        let joined = if Path::new(&self.name).is_absolute() {
            self.name.clone()
        } else {
            format!("{}/{}", output.display(), self.name)
        };
        let mut path = crate::go::path::clean(&joined);
        if self.desc.annotation(ANNOTATION_UNPACK) == Some("true") {
            path.push('/');
        }
        path
    }
}

/// Copy hooks of pull: the successor rules, the events handed to `reporter`, the files.
pub struct PullHooks {
    policy: PullPolicy,
    reporter: Arc<dyn PullReporter>,
    /// Set when an untitled node was left out (text mode then prints a hint).
    layer_skipped: AtomicBool,
    /// `--config` titles only the first config met (oras `getConfigOnce`).
    config_seen: AtomicBool,
    files: Mutex<Vec<PulledFile>>,
}

impl PullHooks {
    pub fn new(policy: PullPolicy, reporter: Arc<dyn PullReporter>) -> Self {
        PullHooks {
            policy,
            reporter,
            layer_skipped: AtomicBool::new(false),
            config_seen: AtomicBool::new(false),
            files: Mutex::new(Vec::new()),
        }
    }

    pub fn policy(&self) -> &PullPolicy {
        &self.policy
    }

    /// Whether an untitled node was left out.
    pub fn layer_skipped(&self) -> bool {
        self.layer_skipped.load(Ordering::Relaxed)
    }

    /// The titled children of every manifest copied, manifest by manifest in the order
    /// they completed, each in its manifest's order; a name restored from another
    /// title's file is listed too.
    pub fn files(&self) -> Vec<PulledFile> {
        self.files.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

impl CopyHooks for PullHooks {
    fn track_reader(
        &self,
        desc: &Descriptor,
        reader: crate::targets::BlobReader,
    ) -> crate::targets::BlobReader {
        self.reporter.track_reader(desc, reader)
    }

    fn on_manifest_fetch(&self, desc: &Descriptor) -> Result<()> {
        self.reporter.on_manifest_fetch(desc)
    }

    fn on_manifest_fetched(&self, desc: &Descriptor) -> Result<()> {
        self.reporter.on_manifest_fetched(desc)
    }

    /// Layers (and the subject when asked) plus the config unless it is the untitled empty
    /// JSON blob `{}` (whatever its media type); then every untitled node is left out,
    /// silently when it is the empty descriptor, else it counts as a skipped layer and, if
    /// it is a leaf, is reported `Skipped`. A `--config` path titles the config.
    fn successors(&self, _desc: &Descriptor, s: Successors) -> Result<Vec<Descriptor>> {
        let mut nodes = s.nodes;
        if self.policy.include_subject
            && let Some(subject) = s.subject
        {
            nodes.push(subject);
        }
        if let Some(mut config) = s.config {
            if let Some((path, want_type)) = &self.policy.config_path
                && !self.config_seen.swap(true, Ordering::Relaxed)
                && want_type.as_ref().is_none_or(|t| *t == config.media_type)
            {
                config
                    .annotations
                    .get_or_insert_with(Default::default)
                    .insert(ANNOTATION_TITLE.to_string(), path.clone());
            }
            let empty = Descriptor::empty_json();
            let untitled_empty = config.size == empty.size
                && config.digest == empty.digest
                && config.title().is_none();
            if !untitled_empty {
                nodes.push(config);
            }
        }
        let mut out = Vec::with_capacity(nodes.len());
        for n in nodes {
            if n.title().is_none() {
                if n.is_empty_json() {
                    continue;
                }
                self.layer_skipped.store(true, Ordering::Relaxed);
                if !media_type::is_manifest(&n.media_type) {
                    self.reporter.on_skipped(&n);
                    continue;
                }
            }
            out.push(n);
        }
        Ok(out)
    }

    fn pre_copy(&self, desc: &Descriptor) -> Result<PreCopy> {
        self.reporter.pre_copy(desc)
    }

    fn post_copy(&self, desc: &Descriptor, successors: &[Descriptor]) -> Result<()> {
        let titled = successors.iter().filter_map(|s| {
            s.title().map(|name| PulledFile {
                name: name.to_string(),
                desc: s.clone(),
            })
        });
        self.files
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .extend(titled);
        self.reporter.post_copy(desc, successors)
    }

    fn on_copy_skipped(&self, desc: &Descriptor) -> Result<()> {
        self.reporter.on_copy_skipped(desc)
    }
}

/// Copy the graph of `root` (its manifest `bytes` already read) into `store` with the
/// rules and reporter of `hooks`; the hooks then tell which files were written.
pub async fn pull_graph(
    source: Arc<dyn ReadOnlyTarget>,
    store: Arc<dyn Target>,
    root: &Descriptor,
    bytes: Vec<u8>,
    hooks: Arc<PullHooks>,
    concurrency: usize,
) -> Result<()> {
    let options = CopyOptions::new(concurrency, hooks);
    copy::copy(source, store, root, Some(bytes), None, &options).await
}

/// `pull -o -`: the files of `root` as one stream on `out` (the raw bytes of a single
/// titled file, else a tar of all of them), one file at a time, with the rules and
/// reporter of `hooks`. `name` is the reference as typed, for messages.
pub async fn pull_to_stream(
    source: Arc<dyn ReadOnlyTarget>,
    root: &Descriptor,
    bytes: Vec<u8>,
    hooks: Arc<PullHooks>,
    allow_path_traversal: bool,
    out: Box<dyn Write + Send>,
    name: &str,
) -> Result<()> {
    let policy = hooks.policy();
    let extras = policy.include_subject || policy.config_path.is_some();
    let mode = StreamStore::mode_for(root, &bytes, extras);
    let store = Arc::new(StreamStore::new(
        out,
        mode,
        allow_path_traversal,
        source.clone(),
    ));
    // one at a time: the stream has one order
    pull_graph(source, store.clone(), root, bytes, hooks, 1).await?;
    if mode == StreamMode::Raw && store.written().len() != 1 {
        return Err(Error::msg(format!(
            "expected one file in {name}, got {}",
            store.written().len()
        )));
    }
    store.finish().await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::descriptor::Annotations;

    #[derive(Default)]
    struct Skips(Mutex<Vec<Descriptor>>);
    impl CopyHooks for Skips {}
    impl PullReporter for Skips {
        fn on_skipped(&self, desc: &Descriptor) {
            self.0.lock().unwrap().push(desc.clone());
        }
    }

    fn titled(name: &str, bytes: &[u8]) -> Descriptor {
        let mut d = Descriptor::of_bytes(media_type::IMAGE_LAYER, bytes);
        d.annotations = Some(Annotations::from([(
            ANNOTATION_TITLE.to_string(),
            name.to_string(),
        )]));
        d
    }

    fn run(config: Descriptor, config_path: Option<&str>) -> (Vec<Descriptor>, bool, usize) {
        let skips = Arc::new(Skips::default());
        let hooks = PullHooks::new(
            PullPolicy {
                include_subject: false,
                config_path: config_path.map(|p| (p.to_string(), None)),
            },
            skips.clone(),
        );
        let s = Successors {
            nodes: vec![titled("a.txt", b"a")],
            config: Some(config),
            subject: None,
        };
        let root = Descriptor::of_bytes(media_type::IMAGE_MANIFEST, b"m");
        let out = hooks.successors(&root, s).unwrap();
        let skipped = skips.0.lock().unwrap().len();
        (out, hooks.layer_skipped(), skipped)
    }

    #[test]
    fn the_empty_json_config_is_dropped_whatever_its_media_type() {
        for mt in [media_type::EMPTY_JSON, media_type::UNKNOWN_CONFIG] {
            let (out, skipped, lines) = run(Descriptor::of_bytes(mt, b"{}"), None);
            assert_eq!(out.len(), 1, "{mt}");
            assert!(!skipped && lines == 0, "{mt}");
        }
    }

    #[test]
    fn a_real_untitled_config_is_a_skipped_layer() {
        let config = Descriptor::of_bytes(media_type::IMAGE_CONFIG, br#"{"os":"linux"}"#);
        let (out, skipped, lines) = run(config.clone(), None);
        assert_eq!(out.len(), 1);
        assert!(skipped);
        assert_eq!(lines, 1);
        // with --config it gets a title and is pulled
        let (out, skipped, lines) = run(config, Some("cfg.json"));
        assert_eq!(out.len(), 2);
        assert_eq!(out[1].title(), Some("cfg.json"));
        assert!(!skipped && lines == 0);
    }

    #[test]
    fn file_paths_are_joined_cleaned_and_directories_end_with_a_slash() {
        let mut d = titled("sub/../b.txt", b"b");
        let f = PulledFile {
            name: "sub/../b.txt".into(),
            desc: d.clone(),
        };
        assert_eq!(f.path(Path::new("/out")), "/out/b.txt");
        d.annotations
            .get_or_insert_with(Default::default)
            .insert(ANNOTATION_UNPACK.into(), "true".into());
        let f = PulledFile {
            name: "/abs/dir".into(),
            desc: d,
        };
        assert_eq!(f.path(Path::new("/out")), "/abs/dir/");
    }
}
