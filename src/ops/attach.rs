//! Attach: push a packed referrer (whose `subject` already exists at the destination) without
//! visiting the subject again; its layers go first, then its config (oras `attach`).

use crate::content::Descriptor;
use crate::content::manifest::Successors;
use crate::content::pack::Packed;
use crate::copy::{CopyHooks, CopyOptions, PreCopy};
use crate::error::Result;
use crate::targets::{ReadOnlyTarget, Target};
use std::sync::Arc;

/// Hooks that drop the subject from the root's successors and order them layers-then-config.
struct SkipSubject {
    inner: Arc<dyn CopyHooks>,
    root: Descriptor,
}

impl CopyHooks for SkipSubject {
    fn on_copy_skipped(&self, d: &Descriptor) -> Result<()> {
        self.inner.on_copy_skipped(d)
    }
    fn pre_copy(&self, d: &Descriptor) -> Result<PreCopy> {
        self.inner.pre_copy(d)
    }
    fn post_copy(&self, d: &Descriptor, successors: &[Descriptor]) -> Result<()> {
        self.inner.post_copy(d, successors)
    }
    fn on_mounted(&self, d: &Descriptor) -> Result<()> {
        self.inner.on_mounted(d)
    }
    fn track_reader(
        &self,
        d: &Descriptor,
        r: crate::targets::BlobReader,
    ) -> crate::targets::BlobReader {
        self.inner.track_reader(d, r)
    }
    fn on_manifest_fetch(&self, d: &Descriptor) -> Result<()> {
        self.inner.on_manifest_fetch(d)
    }
    fn on_manifest_fetched(&self, d: &Descriptor) -> Result<()> {
        self.inner.on_manifest_fetched(d)
    }
    fn successors(&self, d: &Descriptor, s: Successors) -> Result<Vec<Descriptor>> {
        if d.digest == self.root.digest {
            let mut v = s.nodes;
            v.extend(s.config);
            return Ok(v);
        }
        self.inner.successors(d, s)
    }
}

/// Copy the packed referrer from `files` (plus the packer's own small blobs) to `dst`.
pub async fn attach_artifact(
    files: Arc<dyn ReadOnlyTarget>,
    packed: &Packed,
    dst: Arc<dyn Target>,
    options: &CopyOptions,
) -> Result<Descriptor> {
    let hooks = Arc::new(SkipSubject {
        inner: options.hooks.clone(),
        root: packed.desc.clone(),
    });
    let options = CopyOptions::new(options.concurrency, hooks);
    super::push::push_artifact(files, packed, dst, None, &options).await
}
