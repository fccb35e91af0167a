//! `oras pull REF -o -`: the pulled files as one stream on stdout (the raw bytes of a
//! single titled file, else a tar of all of them). stdout carries only content, so no
//! status or summary lines are printed; errors go to stderr and the exit status is 1.

use super::error::CliError;
use super::options::TargetRef;
use crate::content::Descriptor;
use crate::copy::{self, CopyOptions};
use crate::display::Printer;
use crate::display::status::PullStatus;
use crate::ops::pull::{PullHooks, PullPolicy};
use crate::targets::ReadOnlyTarget;
use crate::targets::stream_out::{StreamMode, StreamStore};
use std::sync::Arc;

/// What `pull` resolved, streamed to stdout.
pub async fn run(
    source: Arc<dyn ReadOnlyTarget>,
    root: Descriptor,
    bytes: Vec<u8>,
    policy: PullPolicy,
    allow_path_traversal: bool,
    target_ref: &TargetRef,
) -> Result<(), CliError> {
    let extras = policy.include_subject || policy.config_path.is_some();
    let mode = StreamStore::mode_for(&root, &bytes, extras);
    let store = Arc::new(StreamStore::new(
        Box::new(std::io::stdout()),
        mode,
        allow_path_traversal,
        source.clone(),
    ));
    let printer = Arc::new(Printer::new(false, false));
    let hooks = Arc::new(PullHooks::new(policy, Arc::new(PullStatus::new(printer))));
    // one at a time: the stream has one order
    let options = CopyOptions::new(1, hooks);
    let err = |e| super::pull::pull_error(e, target_ref);
    copy::copy(source, store.clone(), &root, Some(bytes), None, &options)
        .await
        .map_err(err)?;
    if mode == StreamMode::Raw && store.written().len() != 1 {
        return Err(CliError::new(format!(
            "expected one file in {}, got {}",
            target_ref.raw(),
            store.written().len()
        )));
    }
    store.finish().await.map_err(err)
}
