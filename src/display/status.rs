//! Status lines of transfers (text mode on stdout, the progress view on a terminal), as copy
//! hooks: push, attach, cp, backup and restore ([`TransferStatus`]) and pull
//! ([`PullStatus`]), plus the prompts of `manifest index`. The copy engine and the pull
//! policy only report events; what each event prints is decided here.

use super::Printer;
use crate::content::Descriptor;
use crate::copy::{CopyHooks, PreCopy};
use crate::error::Result;
use crate::ops::pull::PullReporter;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

/// The fixed-width prompts of one kind of transfer.
pub struct Prompts {
    pub transferring: &'static str,
    pub done: &'static str,
    pub exists: &'static str,
    /// A manifest's child whose blob was already handled under another title (text mode).
    pub deduplicated: &'static str,
    /// The same on a terminal (oras's progress view names it differently for push).
    pub deduplicated_tty: &'static str,
    pub mounted: &'static str,
}

pub const PUSH: Prompts = Prompts {
    transferring: "Uploading",
    done: "Uploaded ",
    exists: "Exists   ",
    deduplicated: "Exists   ",
    deduplicated_tty: "Skipped  ",
    mounted: "Mounted  ",
};

pub const COPY: Prompts = Prompts {
    transferring: "Copying",
    done: "Copied ",
    exists: "Exists ",
    deduplicated: "Skipped",
    deduplicated_tty: "Skipped",
    mounted: "Mounted",
};

pub const BACKUP: Prompts = Prompts {
    transferring: "Pulling  ",
    done: "Pulled   ",
    exists: "Exists   ",
    deduplicated: "Skipped  ",
    deduplicated_tty: "Skipped  ",
    mounted: "Mounted  ",
};

pub const RESTORE: Prompts = Prompts {
    transferring: "Pushing  ",
    done: "Pushed   ",
    exists: "Exists   ",
    deduplicated: "Skipped  ",
    deduplicated_tty: "Skipped  ",
    mounted: "Mounted  ",
};

/// Pull's prompts.
pub const DOWNLOADING: &str = "Downloading";
pub const PROCESSING: &str = "Processing ";
pub const DOWNLOADED: &str = "Downloaded ";
pub const SKIPPED_PULL: &str = "Skipped    ";
pub const RESTORED: &str = "Restored   ";
/// Pull's final state on a terminal (instead of `Downloaded `).
pub const PULLED_TTY: &str = "Pulled     ";

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// Status hooks of push-like transfers (oras's push/attach/copy/backup handlers):
/// `<transferring>` before a node, `<done>` after it, `<exists>` for a node already at the
/// destination, `<mounted>` for a blob linked from the source repository. A manifest's
/// children that the copy never visited because their blob was done under another title
/// get `<deduplicated>` once, right before the manifest's own `<done>` (oras
/// `DeduplicatedFilter`).
pub struct TransferStatus {
    printer: Arc<Printer>,
    prompts: Prompts,
    /// digest → the title it was reported under (empty when untitled)
    committed: Mutex<HashMap<String, String>>,
}

impl TransferStatus {
    pub fn new(printer: Arc<Printer>, prompts: Prompts) -> Self {
        TransferStatus {
            printer,
            prompts,
            committed: Mutex::new(HashMap::new()),
        }
    }

    fn commit(&self, desc: &Descriptor) {
        lock(&self.committed).insert(
            desc.digest.to_string(),
            desc.title().unwrap_or_default().to_string(),
        );
    }

    /// Children whose digest is done under another title: reported nowhere else.
    fn deduplicated<'a>(&self, successors: &'a [Descriptor]) -> Vec<&'a Descriptor> {
        let committed = lock(&self.committed);
        successors
            .iter()
            .filter(|s| {
                committed
                    .get(s.digest.as_str())
                    .is_some_and(|name| name != s.title().unwrap_or_default())
            })
            .collect()
    }
}

impl CopyHooks for TransferStatus {
    fn track_reader(
        &self,
        desc: &Descriptor,
        reader: crate::targets::BlobReader,
    ) -> crate::targets::BlobReader {
        self.printer.track_reader(desc, reader)
    }

    fn on_copy_skipped(&self, desc: &Descriptor) -> Result<()> {
        self.commit(desc);
        // uploaded before the copy (a layer streamed from stdin): already reported
        if self.printer.printed(self.prompts.done, desc) {
            return Ok(());
        }
        self.printer.status(self.prompts.exists, desc);
        Ok(())
    }

    fn pre_copy(&self, desc: &Descriptor) -> Result<PreCopy> {
        self.printer.status(self.prompts.transferring, desc);
        Ok(PreCopy::Copy)
    }

    fn post_copy(&self, desc: &Descriptor, successors: &[Descriptor]) -> Result<()> {
        self.commit(desc);
        let prompt = if self.printer.has_progress() {
            self.prompts.deduplicated_tty
        } else {
            self.prompts.deduplicated
        };
        for s in self.deduplicated(successors) {
            self.printer.status(prompt, s);
        }
        self.printer.status(self.prompts.done, desc);
        Ok(())
    }

    fn on_mounted(&self, desc: &Descriptor) -> Result<()> {
        self.commit(desc);
        self.printer.status(self.prompts.mounted, desc);
        Ok(())
    }
}

/// Status hooks of pull (oras `pull.go` with its text/TTY pull handlers): `Downloading` and
/// `Processing` around reading a manifest, `Downloading`/`Downloaded` around a file,
/// `Skipped` for an untitled leaf, and `Restored` for a titled child written from a file
/// already downloaded under another title. Every (digest, title) gets at most one of
/// `Downloading`, `Skipped` and `Restored` (oras `notifyOnce`).
pub struct PullStatus {
    printer: Arc<Printer>,
    /// (digest, title) already reported
    notified: Mutex<HashSet<(String, String)>>,
    /// manifests announced `Downloading` whose `Processing` line is due once read
    reading: Mutex<HashSet<String>>,
}

impl PullStatus {
    pub fn new(printer: Arc<Printer>) -> Self {
        PullStatus {
            printer,
            notified: Mutex::new(HashSet::new()),
            reading: Mutex::new(HashSet::new()),
        }
    }

    /// Mark `desc` reported; true the first time.
    fn first(&self, desc: &Descriptor) -> bool {
        lock(&self.notified).insert((
            desc.digest.to_string(),
            desc.title().unwrap_or_default().to_string(),
        ))
    }

    fn notify_once(&self, prompt: &str, desc: &Descriptor) {
        if self.first(desc) {
            self.printer.status(prompt, desc);
        }
    }
}

impl CopyHooks for PullStatus {
    fn track_reader(
        &self,
        desc: &Descriptor,
        reader: crate::targets::BlobReader,
    ) -> crate::targets::BlobReader {
        self.printer.track_reader(desc, reader)
    }

    fn on_manifest_fetch(&self, desc: &Descriptor) -> Result<()> {
        if self.first(desc) {
            lock(&self.reading).insert(desc.digest.to_string());
            self.printer.status(DOWNLOADING, desc);
        }
        Ok(())
    }

    fn on_manifest_fetched(&self, desc: &Descriptor) -> Result<()> {
        if lock(&self.reading).remove(desc.digest.as_str()) {
            self.printer.status(PROCESSING, desc);
        }
        Ok(())
    }

    fn pre_copy(&self, desc: &Descriptor) -> Result<PreCopy> {
        self.notify_once(DOWNLOADING, desc);
        Ok(PreCopy::Copy)
    }

    fn post_copy(&self, desc: &Descriptor, successors: &[Descriptor]) -> Result<()> {
        for s in successors.iter().filter(|s| s.title().is_some()) {
            self.notify_once(RESTORED, s);
        }
        self.first(desc);
        let done = if self.printer.has_progress() {
            PULLED_TTY
        } else {
            DOWNLOADED
        };
        self.printer.status(done, desc);
        Ok(())
    }
}

impl PullReporter for PullStatus {
    fn on_skipped(&self, desc: &Descriptor) {
        self.notify_once(SKIPPED_PULL, desc);
    }
}

/// `oras manifest index create|update` prompts.
pub const INDEX_FETCHING: &str = "Fetching ";
pub const INDEX_FETCHED: &str = "Fetched  ";
pub const INDEX_ADDED: &str = "Added    ";
pub const INDEX_MERGED: &str = "Merged   ";
pub const INDEX_REMOVED: &str = "Removed  ";
pub const INDEX_PACKED: &str = "Packed   ";
pub const INDEX_PUSHED: &str = "Pushed   ";
pub const INDEX_UPDATED: &str = "Updated  ";
