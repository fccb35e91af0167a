//! What a backup to a tar archive will write, known before the first blob: the copy of
//! each tag walks its graph once with every transfer skipped, through a source that keeps
//! the manifests and referrer lists it reads (`ReadAhead`), so the real copy afterwards
//! sends no request twice. The archive gives each planned blob its place up front.

use super::backup::copy_tagged;
use super::backup_archive::BackupOutput;
use crate::content::Descriptor;
use crate::copy::{CopyHooks, CopyOptions, PreCopy};
use crate::error::Result;
use crate::targets::layout::LayoutStore;
use crate::targets::read_ahead::ReadAhead;
use crate::targets::{BlobReader, BoxFuture, ReadOnlyTarget, Target};
use std::sync::{Arc, Mutex};

/// The archive layout of the backup `out` of `tags` from `src`, its blobs planned, and
/// the source to copy them from (which keeps what planning read). With `plan` false (a
/// platform selection, which makes manifests of its own) nothing is planned and the
/// archive is written in order at the end instead.
pub async fn open_planned_archive(
    out: &mut BackupOutput,
    src: Arc<dyn ReadOnlyTarget>,
    tags: &[(String, Descriptor)],
    plan: bool,
    include_referrers: bool,
    concurrency: usize,
) -> Result<(Arc<dyn ReadOnlyTarget>, LayoutStore)> {
    let read_ahead = Arc::new(ReadAhead::new(src));
    let blobs = if plan {
        plan_archive(read_ahead.clone(), tags, include_referrers, concurrency).await
    } else {
        Vec::new()
    };
    let layout = out.open_layout(&blobs).await?;
    Ok((read_ahead, layout))
}

/// The blobs (manifests included) that backing up `tags` copies. Best effort: a graph
/// that cannot be walked now is left out (its copy reports the error, and the archive
/// takes what the plan did not foresee at a cost).
async fn plan_archive(
    src: Arc<ReadAhead>,
    tags: &[(String, Descriptor)],
    include_referrers: bool,
    concurrency: usize,
) -> Vec<Descriptor> {
    let recorder = Arc::new(Recorder::default());
    let options = CopyOptions::new(concurrency, recorder.clone());
    let src: Arc<dyn ReadOnlyTarget> = src;
    for (tag, root) in tags {
        let walked = copy_tagged(
            src.clone(),
            Arc::new(Nowhere),
            tag,
            root,
            include_referrers,
            &options,
        )
        .await;
        if walked.is_err() {
            break;
        }
    }
    std::mem::take(&mut *recorder.0.lock().unwrap_or_else(|p| p.into_inner()))
}

/// Notes every node the copy would transfer and skips it.
#[derive(Default)]
struct Recorder(Mutex<Vec<Descriptor>>);

impl CopyHooks for Recorder {
    fn pre_copy(&self, desc: &Descriptor) -> Result<PreCopy> {
        self.0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(desc.clone());
        Ok(PreCopy::Skip)
    }
}

/// A destination that holds nothing and takes every tag: the copy visits every node.
struct Nowhere;

impl ReadOnlyTarget for Nowhere {
    fn fetch<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, BlobReader> {
        Box::pin(async move { Err(crate::error::Error::NotFound(desc.digest.to_string())) })
    }

    fn exists<'a>(&'a self, _desc: &'a Descriptor) -> BoxFuture<'a, bool> {
        Box::pin(async { Ok(false) })
    }

    fn resolve<'a>(&'a self, reference: &'a str) -> BoxFuture<'a, Descriptor> {
        Box::pin(async move { Err(crate::error::Error::NotFound(reference.to_string())) })
    }
}

impl Target for Nowhere {
    fn push<'a>(&'a self, _expected: &'a Descriptor, _content: BlobReader) -> BoxFuture<'a, ()> {
        Box::pin(async { Ok(()) })
    }

    fn tag<'a>(&'a self, _desc: &'a Descriptor, _reference: &'a str) -> BoxFuture<'a, ()> {
        Box::pin(async { Ok(()) })
    }
}
