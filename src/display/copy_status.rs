//! `cp` status lines (text mode): `Copying`/`Copied `, `Exists ` for nodes already at the
//! destination, `Mounted` for blobs linked from the source repository, and `Skipped` for a
//! manifest's children whose content was already handled under another name.

use super::Printer;
use crate::content::Descriptor;
use crate::content::manifest::Successors;
use crate::copy::{CopyHooks, PreCopy};
use crate::error::Result;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

const EXISTS: &str = "Exists ";
const COPYING: &str = "Copying";
const COPIED: &str = "Copied ";
const SKIPPED: &str = "Skipped";
const MOUNTED: &str = "Mounted";

/// Status hooks of `oras cp` (oras `TextCopyHandler`).
pub struct CopyStatus {
    printer: Arc<Printer>,
    /// digest → title of the nodes done so far
    committed: Mutex<HashMap<String, String>>,
    /// manifest digest → its children, as the copy read them
    children: Mutex<HashMap<String, Vec<Descriptor>>>,
}

impl CopyStatus {
    pub fn new(printer: Arc<Printer>) -> Self {
        CopyStatus {
            printer,
            committed: Mutex::new(HashMap::new()),
            children: Mutex::new(HashMap::new()),
        }
    }

    fn commit(&self, desc: &Descriptor) {
        self.committed
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(
                desc.digest.to_string(),
                desc.title().unwrap_or_default().to_string(),
            );
    }
}

impl CopyHooks for CopyStatus {
    fn track_reader(
        &self,
        desc: &Descriptor,
        reader: crate::target::BlobReader,
    ) -> crate::target::BlobReader {
        self.printer.track_reader(desc, reader)
    }

    fn on_copy_skipped(&self, desc: &Descriptor) -> Result<()> {
        self.commit(desc);
        self.printer.status(EXISTS, desc);
        Ok(())
    }

    fn pre_copy(&self, desc: &Descriptor) -> Result<PreCopy> {
        self.printer.status(COPYING, desc);
        Ok(PreCopy::Copy)
    }

    fn post_copy(&self, desc: &Descriptor) -> Result<()> {
        self.commit(desc);
        let children = self
            .children
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(desc.digest.as_str())
            .cloned()
            .unwrap_or_default();
        let deduplicated: Vec<Descriptor> = {
            let committed = self.committed.lock().unwrap_or_else(|p| p.into_inner());
            children
                .into_iter()
                .filter(|c| {
                    committed
                        .get(c.digest.as_str())
                        .is_some_and(|name| name != c.title().unwrap_or_default())
                })
                .collect()
        };
        for c in &deduplicated {
            self.printer.status(SKIPPED, c);
        }
        self.printer.status(COPIED, desc);
        Ok(())
    }

    fn on_mounted(&self, desc: &Descriptor) -> Result<()> {
        self.commit(desc);
        self.printer.status(MOUNTED, desc);
        Ok(())
    }

    fn successors(&self, desc: &Descriptor, s: Successors) -> Result<Vec<Descriptor>> {
        let all = s.all();
        self.children
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(desc.digest.to_string(), all.clone());
        Ok(all)
    }
}
