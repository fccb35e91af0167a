//! Pull: copy an artifact graph from a target into the file store, following only what has a
//! file name (plus the config and subject when asked), with oras's status events.

use crate::content::Descriptor;
use crate::content::descriptor::ANNOTATION_TITLE;
use crate::content::manifest::Successors;
use crate::copy::{CopyHooks, PreCopy};
use crate::display::Printer;
use crate::display::status::{DOWNLOADED, DOWNLOADING, PROCESSING, PULLED_TTY, SKIPPED_PULL};
use crate::error::Result;
use crate::media_type;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// What pull follows.
pub struct PullPolicy {
    pub include_subject: bool,
    /// `--config <path>[:<mediatype>]`
    pub config_path: Option<(String, Option<String>)>,
}

/// Copy hooks of pull: successor filtering and the Downloading/Processing/… lines.
pub struct PullHooks {
    pub policy: PullPolicy,
    pub printer: Arc<Printer>,
    /// Set when an unnamed leaf was skipped (text mode then prints a hint).
    pub skipped_unnamed: AtomicBool,
}

impl PullHooks {
    pub fn new(policy: PullPolicy, printer: Arc<Printer>) -> Self {
        PullHooks {
            policy,
            printer,
            skipped_unnamed: AtomicBool::new(false),
        }
    }
}

impl CopyHooks for PullHooks {
    fn track_reader(
        &self,
        desc: &Descriptor,
        reader: crate::target::BlobReader,
    ) -> crate::target::BlobReader {
        self.printer.track_reader(desc, reader)
    }

    fn on_manifest_fetch(&self, desc: &Descriptor) -> Result<()> {
        self.printer.status_once(DOWNLOADING, desc);
        Ok(())
    }

    fn on_manifest_fetched(&self, desc: &Descriptor) -> Result<()> {
        self.printer.status_once(PROCESSING, desc);
        Ok(())
    }

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
                    self.printer.status_once(SKIPPED_PULL, &n);
                    self.skipped_unnamed.store(true, Ordering::Relaxed);
                    continue;
                }
            }
            out.push(n);
        }
        Ok(out)
    }

    fn pre_copy(&self, desc: &Descriptor) -> Result<PreCopy> {
        self.printer.status_once(DOWNLOADING, desc);
        Ok(PreCopy::Copy)
    }

    fn post_copy(&self, desc: &Descriptor) -> Result<()> {
        let done = if self.printer.has_progress() {
            PULLED_TTY
        } else {
            DOWNLOADED
        };
        self.printer.status_once(done, desc);
        Ok(())
    }
}
