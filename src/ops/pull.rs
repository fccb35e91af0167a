//! Pull: which children of a manifest are written to files (oras `pull.go`'s successor
//! rules), whether an untitled layer was left out, and which files each manifest names. The
//! status of each node is reported to a [`PullReporter`]; nothing here prints.

use crate::content::Descriptor;
use crate::content::descriptor::{ANNOTATION_TITLE, ANNOTATION_UNPACK};
use crate::content::manifest::Successors;
use crate::copy::{CopyHooks, PreCopy};
use crate::error::Result;
use crate::media_type;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// What pull follows.
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
        let mut path = crate::gopath::clean(&joined);
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
    /// Set when an untitled layer was left out (text mode then prints a hint).
    layer_skipped: AtomicBool,
    files: Mutex<Vec<PulledFile>>,
}

impl PullHooks {
    pub fn new(policy: PullPolicy, reporter: Arc<dyn PullReporter>) -> Self {
        PullHooks {
            policy,
            reporter,
            layer_skipped: AtomicBool::new(false),
            files: Mutex::new(Vec::new()),
        }
    }

    pub fn policy(&self) -> &PullPolicy {
        &self.policy
    }

    /// Whether an untitled layer was left out.
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
        reader: crate::target::BlobReader,
    ) -> crate::target::BlobReader {
        self.reporter.track_reader(desc, reader)
    }

    fn on_manifest_fetch(&self, desc: &Descriptor) -> Result<()> {
        self.reporter.on_manifest_fetch(desc)
    }

    fn on_manifest_fetched(&self, desc: &Descriptor) -> Result<()> {
        self.reporter.on_manifest_fetched(desc)
    }

    /// Layers, the subject when asked, and the config when `--config` names it (as a
    /// file); untitled leaves are left out: silently when they are the empty JSON blob,
    /// else reported `Skipped` and counted as a skipped layer.
    fn successors(&self, _desc: &Descriptor, s: Successors) -> Result<Vec<Descriptor>> {
        let mut nodes = s.nodes;
        if self.policy.include_subject
            && let Some(subject) = s.subject
        {
            nodes.push(subject);
        }
        if let (Some(mut config), Some((path, want_type))) = (s.config, &self.policy.config_path)
            && want_type.as_ref().is_none_or(|t| *t == config.media_type)
        {
            config
                .annotations
                .get_or_insert_with(Default::default)
                .insert(ANNOTATION_TITLE.to_string(), path.clone());
            nodes.push(config);
        }
        let mut out = Vec::with_capacity(nodes.len());
        for n in nodes {
            if n.title().is_none() {
                if n.is_empty_json() {
                    continue;
                }
                if !media_type::is_manifest(&n.media_type) {
                    self.reporter.on_skipped(&n);
                    self.layer_skipped.store(true, Ordering::Relaxed);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::descriptor::Annotations;

    fn titled(name: &str, bytes: &[u8]) -> Descriptor {
        let mut d = Descriptor::of_bytes(media_type::IMAGE_LAYER, bytes);
        d.annotations = Some(Annotations::from([(
            ANNOTATION_TITLE.to_string(),
            name.to_string(),
        )]));
        d
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
