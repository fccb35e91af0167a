//! Upload sessions opened before their PUT: by existence probes and by copies.
//!
//! Asking whether a blob exists by starting its upload: for a repository about to receive
//! blobs, `exists` sends `POST /blobs/uploads/?mount=<digest>&from=<this repository>`
//! instead of a HEAD. 201 says the blob is there (the registry links it to where it already
//! is: nothing changes); 202 opens the upload session the push then completes with its PUT,
//! so a new blob costs POST + PUT instead of HEAD + POST + PUT. The status lines are the
//! same (`Exists` when the blob is there), only the requests differ. A registry that
//! answers anything else gets HEADs from then on. Sessions nobody used (the push stopped)
//! are cancelled with the speculative uploads (`cancel_pending`).
//!
//! Only small blobs (up to `SMALL_BLOB`) are probed: a registry that ignores `mount` (it may:
//! ECR with blob mounting off answers 202) has the blob sent again and reports `Uploaded`
//! where oras says `Exists`, which costs at most one small body; a large blob keeps oras's
//! HEAD, whose cost is nothing beside its upload.
//!
//! A copy opens the session of a blob the destination lacks while the source answers its
//! GET (`open_session_early`, the engine's `Target::prepare_push`): the two requests go to
//! their registries at once instead of one after the other, one round trip less per blob
//! on the way to the PUT. Nothing else changes: the same requests, and a POST that fails
//! there (after the transport's retries) is the push's failure, reported when the push
//! comes to it, as if the push had sent it: no second POST, no second round of retries.
//!
//! The copy goes one step further for a blob above `SMALL_BLOB` (smaller ones are probed):
//! its session is opened while the HEAD asking whether it exists is still out
//! (`open_session_unasked`, `Target::prepare_push_unasked`), one more round trip less per
//! new blob. A blob that exists after all has its session cancelled (DELETE), and the first
//! such blob stops this for the rest of the copy: a destination that already holds blobs
//! (a re-run, shared base layers) is sent at most one POST and DELETE per transfer then
//! running beside oras's HEADs.

use super::{Repository, SMALL_BLOB, upload_location};
use crate::content::{Descriptor, Digest};
use crate::error::{Error, Result};
use reqwest::{Method, StatusCode};
use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU8, Ordering};

const OFF: u8 = 0;
const ON: u8 = 1;
/// The registry answered a probe with something else than 201/202: HEADs from now on.
const REFUSED: u8 = 2;

/// Upload sessions opened ahead (by probes and early), by digest, the failures of early
/// ones, and whether probing is on.
#[derive(Default)]
pub struct Probes {
    state: AtomicU8,
    /// A blob asked about by HEAD existed: no sessions before the answer from now on.
    found_existing: std::sync::atomic::AtomicBool,
    sessions: Mutex<HashMap<Digest, String>>,
    failed: Mutex<HashMap<Digest, Error>>,
}

impl Probes {
    fn sessions(&self) -> std::sync::MutexGuard<'_, HashMap<Digest, String>> {
        self.sessions.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn failed(&self) -> std::sync::MutexGuard<'_, HashMap<Digest, Error>> {
        self.failed.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl Repository {
    /// Ask whether blobs exist by starting their uploads (see the module docs): for a
    /// repository that blobs are pushed to right after the question.
    pub fn probe_blobs_by_upload(&self) {
        let _ = self
            .probes
            .state
            .compare_exchange(OFF, ON, Ordering::Relaxed, Ordering::Relaxed);
    }

    /// Whether blob `desc` exists, by a probe; `None` when probing is off for it (ask
    /// with a HEAD).
    pub(crate) async fn probe_blob(&self, desc: &Descriptor) -> Option<Result<bool>> {
        let digest = &desc.digest;
        if self.probes.state.load(Ordering::Relaxed) != ON
            || desc.size > SMALL_BLOB
            || self.chunk_size().is_some()
            || self.pending.has(digest)
        {
            return None;
        }
        let url = format!(
            "{}/blobs/uploads/?mount={digest}&from={}",
            self.base, self.reference.repository
        );
        let resp = match self.client.send(self.request(Method::POST, url)).await {
            Ok(r) => r,
            Err(e) => return Some(Err(e)),
        };
        match resp.status() {
            StatusCode::CREATED => Some(Ok(true)),
            StatusCode::ACCEPTED => match upload_location(&resp) {
                Ok(location) => {
                    self.probes.sessions().insert(digest.clone(), location);
                    Some(Ok(false))
                }
                Err(e) => Some(Err(e)),
            },
            _ => {
                self.probes.state.store(REFUSED, Ordering::Relaxed);
                None
            }
        }
    }

    /// A blob asked about by HEAD exists here (see the module docs).
    pub(crate) fn found_existing_blob(&self) {
        self.probes.found_existing.store(true, Ordering::Relaxed);
    }

    /// [`Self::open_session_early`] for a blob whose HEAD is still out, unless it is probed
    /// instead or blobs were found existing here (see the module docs).
    pub(crate) async fn open_session_unasked(&self, desc: &Descriptor) {
        let probed = self.probes.state.load(Ordering::Relaxed) == ON && desc.size <= SMALL_BLOB;
        if probed || self.probes.found_existing.load(Ordering::Relaxed) {
            return;
        }
        self.open_session_early(desc).await;
    }

    /// Open the upload session of blob `desc` ahead of its push (see the module docs);
    /// nothing when a session is already open or was tried, or the push would not use one
    /// (a chunked or speculative upload). A failure is kept for the push
    /// ([`Self::take_session`]).
    pub(crate) async fn open_session_early(&self, desc: &Descriptor) {
        let digest = &desc.digest;
        if self.chunk_size().is_some()
            || self.pending.has(digest)
            || self.probes.sessions().contains_key(digest)
            || self.probes.failed().contains_key(digest)
        {
            return;
        }
        match self
            .post_upload()
            .await
            .and_then(|resp| upload_location(&resp))
        {
            Ok(location) => {
                // two copies of one blob (under two media types) may both have opened one
                let other = self.probes.sessions().insert(digest.clone(), location);
                if let Some(other) = other {
                    self.cancel_session(other).await;
                }
            }
            Err(e) => {
                self.probes.failed().insert(digest.clone(), e);
            }
        }
    }

    /// Cancel the session opened early for `desc`, if the push did not take it.
    pub(crate) async fn cancel_session_early(&self, desc: &Descriptor) {
        if let Ok(Some(location)) = self.take_session(&desc.digest) {
            self.cancel_session(location).await;
        }
    }

    /// The session opened ahead for `digest` (taken), or the failure of opening it
    /// early; `None` when there was no attempt.
    pub(crate) fn take_session(&self, digest: &Digest) -> Result<Option<String>> {
        if let Some(e) = self.probes.failed().remove(digest) {
            return Err(e);
        }
        Ok(self.probes.sessions().remove(digest))
    }

    /// Every session opened ahead that nobody used, taken (kept failures are dropped).
    pub(crate) fn take_probe_sessions(&self) -> Vec<String> {
        self.probes.failed().clear();
        self.probes.sessions().drain().map(|(_, s)| s).collect()
    }
}
