//! Status lines of transfers (text mode, stdout), as copy hooks: push, pull and cp prompts.

use super::Printer;
use crate::content::Descriptor;
use crate::copy::{CopyHooks, PreCopy};
use crate::error::Result;
use std::sync::Arc;

/// The fixed-width prompts of one kind of transfer.
pub struct Prompts {
    pub transferring: &'static str,
    pub done: &'static str,
    pub exists: &'static str,
}

pub const PUSH: Prompts = Prompts {
    transferring: "Uploading",
    done: "Uploaded ",
    exists: "Exists   ",
};

pub const COPY: Prompts = Prompts {
    transferring: "Copying",
    done: "Copied ",
    exists: "Exists ",
};

pub const BACKUP: Prompts = Prompts {
    transferring: "Pulling  ",
    done: "Pulled   ",
    exists: "Exists   ",
};

pub const RESTORE: Prompts = Prompts {
    transferring: "Pushing  ",
    done: "Pushed   ",
    exists: "Exists   ",
};

/// Pull's prompts.
pub const DOWNLOADING: &str = "Downloading";
pub const PROCESSING: &str = "Processing ";
pub const DOWNLOADED: &str = "Downloaded ";
pub const SKIPPED_PULL: &str = "Skipped    ";
/// Pull's final state on a terminal (instead of `Downloaded `).
pub const PULLED_TTY: &str = "Pulled     ";

/// Status hooks for push-like transfers: `<transferring>` before, `<done>` after, `<exists>`
/// for nodes already at the destination.
pub struct TransferStatus {
    pub printer: Arc<Printer>,
    pub prompts: Prompts,
}

impl CopyHooks for TransferStatus {
    fn track_reader(
        &self,
        desc: &Descriptor,
        reader: crate::target::BlobReader,
    ) -> crate::target::BlobReader {
        self.printer.track_reader(desc, reader)
    }

    fn on_copy_skipped(&self, desc: &Descriptor) -> Result<()> {
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

    fn post_copy(&self, desc: &Descriptor) -> Result<()> {
        self.printer.status(self.prompts.done, desc);
        Ok(())
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
