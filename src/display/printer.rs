//! `Printer`: whole lines to stdout under a lock, with oras's rule that status lines of
//! descriptors without a title only show when verbose. With a progress view (TTY mode),
//! status events go to the view instead, and the view is finished before stdout is written.

use super::progress::Manager;
use crate::content::Descriptor;
use crate::targets::BlobReader;
use std::collections::HashSet;
use std::io::Write;
use std::sync::{Arc, Mutex};

/// Serialised access to stdout.
pub struct Printer {
    verbose: bool,
    /// When false, status lines are dropped (JSON/template output, TTY mode).
    status_enabled: bool,
    printed: Mutex<HashSet<(String, String)>>,
    progress: Option<Arc<Manager>>,
}

impl Printer {
    pub fn new(verbose: bool, status_enabled: bool) -> Self {
        Printer {
            verbose,
            status_enabled,
            printed: Mutex::new(HashSet::new()),
            progress: None,
        }
    }

    /// Route status events to a progress view (TTY mode); text status lines are dropped.
    pub fn with_progress(mut self, progress: Option<Arc<Manager>>) -> Self {
        self.progress = progress;
        self
    }

    /// Whether a progress view is attached.
    pub fn has_progress(&self) -> bool {
        self.progress.is_some()
    }

    /// Count the bytes of a transfer of `desc` on the progress view (identity without one).
    pub fn track_reader(&self, desc: &Descriptor, reader: BlobReader) -> BlobReader {
        match &self.progress {
            Some(p) => p.track_reader(desc, reader),
            None => reader,
        }
    }

    /// Draw the final state of the progress view, if any (before results are printed).
    pub fn finish_progress(&self) {
        if let Some(p) = &self.progress {
            p.finish();
        }
    }

    /// Write one line to stdout. A closed pipe is not an error worth reporting.
    pub fn println(&self, line: &str) {
        self.finish_progress();
        let out = std::io::stdout();
        let mut lock = out.lock();
        let _ = writeln!(lock, "{line}");
        let _ = lock.flush();
    }

    /// Write bytes to stdout as they are.
    pub fn write_raw(&self, bytes: &[u8]) {
        self.finish_progress();
        let out = std::io::stdout();
        let mut lock = out.lock();
        let _ = lock.write_all(bytes);
        let _ = lock.flush();
    }

    /// Stream output to stdout through `write` (large output is never held in memory).
    /// A closed pipe is not an error worth reporting, as for [`Printer::write_raw`].
    pub fn write_with(&self, write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) {
        self.finish_progress();
        let out = std::io::stdout();
        let mut lock = out.lock();
        let _ = write(&mut lock);
        let _ = lock.flush();
    }

    /// `<prompt> <short digest> <title or media type>`.
    pub fn status(&self, prompt: &str, desc: &Descriptor) {
        if let Some(p) = &self.progress {
            p.event(prompt, desc);
            return;
        }
        if !self.status_enabled || (!self.verbose && desc.title().is_none()) {
            return;
        }
        self.println(&format!(
            "{prompt} {} {}",
            desc.digest.short(),
            desc.display_name()
        ));
    }

    fn once_key(prompt: &str, desc: &Descriptor) -> (String, String) {
        (
            prompt.to_string(),
            format!("{}{}", desc.digest, desc.display_name()),
        )
    }

    /// Whether `status_once` already reported this prompt for this descriptor.
    pub fn printed(&self, prompt: &str, desc: &Descriptor) -> bool {
        self.printed
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .contains(&Self::once_key(prompt, desc))
    }

    /// Like `status`, but only the first time this prompt is printed for this descriptor.
    pub fn status_once(&self, prompt: &str, desc: &Descriptor) {
        let key = Self::once_key(prompt, desc);
        let first = self
            .printed
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(key);
        if first {
            self.status(prompt, desc);
        }
    }

    /// A free-form status line (e.g. `Preparing hi.txt`), shown only in text status mode.
    pub fn status_line(&self, line: &str) {
        if self.status_enabled && self.progress.is_none() {
            self.println(line);
        }
    }
}
