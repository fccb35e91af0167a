//! The tag-schema referrers index (the `<alg>-<hex>` tag of a subject), kept up to date by
//! the clients themselves on registries without the referrers API, written so that writers
//! in different processes (parallel CI jobs attaching an SBOM, a scan report and a
//! signature to one image; two `cp -r` or `restore` runs; a `manifest delete` of a
//! referrer during attaches) converge instead of losing each other's updates.
//!
//! # The problem
//! The index is one mutable tag and every writer does read → modify → write. Two writers
//! that read the same index each write their own copy, and the later write drops the other
//! writer's change: 20 parallel `oras attach` on distribution 2.8.2 kept 3–7 of the 20
//! referrers (oras 1.3.0: 4–10), all exiting 0.
//!
//! # What registries offer
//! The OCI distribution spec (1.1) defines no conditional request for manifests (a
//! proposal, opencontainers/distribution-spec#251, was never merged). distribution 2.8.2
//! answers a manifest GET with `ETag: "<digest>"` and honours `If-None-Match` on GET
//! (304), but ignores `If-Match` and `If-None-Match` on PUT. So the index PUT carries
//! `If-Match: <the ETag it was read with>` (or `If-None-Match: *` when there was no index):
//! a registry that implements HTTP preconditions refuses a lost race with 412 and the
//! writer reads again; everywhere else the protocol below does the work.
//!
//! # One writer (changes C: referrers to add, referrers to remove)
//! 1. GET the index (sent at `t_read`). C already reflected: in the first round nothing is
//!    written (oras's own requests for an index that needs no update); later, settle (4).
//! 2. Apply C (oras-go's `applyReferrerChanges`: other entries keep their order).
//! 3. PUT it, unless more than [`PAUSE_LIMIT`] passed since the GET's answer (then read
//!    again). The PUT is never replayed by the transport: a failed or refused PUT starts a
//!    new round with a fresh read. The writer's window `w` runs from `t_read` to the PUT's
//!    answer.
//! 4. Settle: wait `Q = clamp(4·w, QUIET, QUIET_MAX)` plus up to 25 % jitter, then HEAD
//!    the index. Same digest as our write (or as our last look): done. Another digest: GET
//!    it; C still reflected (someone wrote on top of ours, having read it) → settle again
//!    from that digest; C not reflected (a writer that had read before our write replaced
//!    it) → a new round.
//!
//! # What a writer guarantees when it returns
//! If every writer's window is shorter than the quiet interval of the others: once a writer
//! returns, its changes stay in the index until a later writer changes those very entries
//! (a delete of an attached referrer, an attach of a deleted one): a deleted referrer stays
//! deleted, an attached one stays attached.
//!
//! Why: a write can only drop an entry its read did not contain. The returning writer saw
//! the index at digest `D` (reflecting C) at `t_a` and again at `t_b ≥ t_a + Q`. Take the
//! first write that lands after `t_b`: its read was at least `t_b − w > t_a` (as `w < Q`),
//! when the index was `D` (no write lands between `t_a` and `t_b`, or the digest would not
//! be `D` again, see below), so it contains C. Every later write read either `D` or a
//! write after `t_b`, which by the same argument contains C. ∎
//!
//! Limits, stated plainly:
//! - A writer paused between sending its PUT and the registry applying it for longer than
//!   the others' quiet interval can still drop an entry of a writer that has returned. The
//!   window is kept short where the writer controls it: it reads again instead of writing
//!   when it paused after its read, and the transport never replays the PUT. `Q` grows with
//!   the observed window (a slow registry gives every writer a longer quiet interval).
//! - "Same digest at `t_a` and `t_b`" could hide an index that changed and changed back to
//!   the same bytes. A write always differs from what its writer read, so that takes two
//!   writers undoing each other's change in between (a delete racing a re-attach of the
//!   same referrer around a stale write): not seen in practice, not excluded.
//! - distribution checks that the manifests an index lists exist, so an index that still
//!   lists a deleted referrer is refused (`MANIFEST_BLOB_UNKNOWN`) for every writer, and
//!   with oras 1.3.0 stays that way: every later attach to that subject fails. A writer
//!   told so asks the registry (HEAD) which entries are gone, removes them as its own
//!   changes (with a warning) and goes on: a deleted referrer stays deleted.
//! - Bounded: [`MAX_ROUNDS`] rounds and [`MAX_SETTLE_CHECKS`] checks per round; hitting
//!   either is an error naming it (the manifest itself is pushed; the index may lack it).
//!
//! Cost: an uncontended update makes oras's requests (GET, PUT) plus one HEAD after
//! [`QUIET`] (250 ms). Measured on loopback (2 shared cores): 20 parallel attaches keep 20
//! of 20 in 10 of 10 runs and take 2–8 s in all, against 0.5–0.9 s while losing 13–17 of
//! them before. Inside one process, concurrent updates of one index are merged into one
//! round (oras-go's merge pool does the same), and settling (4) is owed rather than waited
//! for at each update: the command settles every index it wrote once, when it is done
//! ([`Repository::settle_referrers_indexes`], called by the command dispatcher), with all
//! its changes to that index. A `cp -r` or `restore` of many referrers pays one quiet
//! interval in all (W6: 1.4 s → 0.6 s with five referrers), counted from the last write:
//! the work after it (tagging, the next tags of a `restore`) is waited for with it;
//! "returns" above means the
//! command's end. For that, every write of an index carries all the changes the command
//! still owes a settle (C grows with each update): a later write built on a read from
//! which another process had dropped an earlier change of ours puts it back, so the
//! settle's "same digest as our write" means all of C is there.

use super::Repository;
use super::manifests::PutOptions;
use super::referrers::{ReferrerChange, apply_changes, referrers_tag};
use crate::content::manifest::Index;
use crate::content::{Descriptor, Digest};
use crate::error::{Error, Result};
use crate::go::json;
use crate::http::retry;
use crate::media_type;
use crate::targets::ReadOnlyTarget;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;
use tokio::sync::oneshot;
use tokio::time::Instant;

/// The shortest quiet interval a writer waits after its write.
pub const QUIET: Duration = Duration::from_millis(250);
/// The longest quiet interval (a very slow registry).
pub const QUIET_MAX: Duration = Duration::from_secs(10);
/// A read older than this (from its answer) is read again rather than written over.
pub const PAUSE_LIMIT: Duration = Duration::from_millis(100);
/// Rounds (read, write, settle) of one update.
pub const MAX_ROUNDS: u32 = 16;
/// Checks of one round's settling while other writers keep changing the index.
pub const MAX_SETTLE_CHECKS: u32 = 60;
/// Reads thrown away because the writer paused between its read and its write.
pub const MAX_REREADS: u32 = 64;

/// What the index looked like when read.
struct Read {
    /// The index digest; `None` when the tag does not exist.
    digest: Option<Digest>,
    referrers: Vec<Descriptor>,
    etag: Option<String>,
}

/// Whether `changes` show in `referrers`.
fn reflected(referrers: &[Descriptor], changes: &[ReferrerChange]) -> bool {
    let has = |d: &Descriptor| referrers.iter().any(|r| r.key() == d.key());
    changes.iter().all(|c| match c {
        ReferrerChange::Add(d) => has(d),
        ReferrerChange::Remove(d) => !has(d),
    })
}

/// Add `c` to `changes`: the latest change of one referrer wins (an attach after a delete).
fn merge_change(changes: &mut Vec<ReferrerChange>, c: ReferrerChange) {
    changes.retain(|o| o.target().key() != c.target().key());
    changes.push(c);
}

/// The quiet interval after a write whose window was `window`, with jitter.
fn quiet_interval(window: Duration) -> Duration {
    let q = (window * 4).clamp(QUIET, QUIET_MAX);
    // jitter, so that writers that wrote together do not look together
    q + q.mul_f64(retry::unit_jitter() * 0.25)
}

/// Changes of one caller and where its outcome goes.
type Waiting = (
    Vec<ReferrerChange>,
    oneshot::Sender<std::result::Result<(), Arc<Error>>>,
);

/// The changes waiting for one index, and the writer's turn.
#[derive(Default)]
struct IndexQueue {
    waiting: Mutex<Vec<Waiting>>,
    turn: tokio::sync::Mutex<()>,
}

/// Process-wide queues, one per index (`<registry>/<repo>:<alg>-<hex>`).
fn queue(key: String) -> Arc<IndexQueue> {
    static QUEUES: OnceLock<Mutex<HashMap<String, Arc<IndexQueue>>>> = OnceLock::new();
    let mut map = QUEUES
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|p| p.into_inner());
    map.entry(key).or_default().clone()
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Repository {
    /// Read-modify-write the tag-schema index of `subject` (see the module docs). Old
    /// indexes are never deleted (the CLI's `SkipReferrersGC`), so an empty index is still
    /// pushed when the list becomes empty.
    pub async fn update_referrers_index(
        &self,
        subject: &Descriptor,
        changes: &[ReferrerChange],
    ) -> Result<()> {
        let tag = referrers_tag(&subject.digest);
        let q = queue(format!("{}:{tag}", self.reference.path()));
        let (tx, rx) = oneshot::channel();
        lock(&q.waiting).push((changes.to_vec(), tx));
        {
            let _turn = q.turn.lock().await;
            let batch: Vec<_> = std::mem::take(&mut *lock(&q.waiting));
            if !batch.is_empty() {
                // Our earlier changes to this index that are not settled yet go into this
                // write too: a writer in another process may have dropped them since, and
                // the settle trusts that our last write holds all of them.
                let mut all = self.owed_changes(&tag);
                for c in batch.iter().flat_map(|(c, _)| c.iter().cloned()) {
                    merge_change(&mut all, c);
                }
                let outcome = match self.write(&tag, &mut all, &mut Rounds::default()).await {
                    Ok(None) => Ok(()),
                    Ok(Some((seen, window))) => {
                        self.owe_settle(&tag, all, seen, window);
                        Ok(())
                    }
                    Err(e) => Err(Arc::new(e)),
                };
                for (_, tx) in batch {
                    let _ = tx.send(outcome.clone());
                }
            }
        }
        match rx.await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(e)) => Err(Arc::try_unwrap(e).unwrap_or_else(|e| Error::msg(e.to_string()))),
            Err(_) => Err(Error::msg(format!(
                "the update of the referrers index tagged by {tag} was cancelled"
            ))),
        }
    }

    /// Remember that the index under `tag` was written (`seen`, within `window`) with
    /// `changes` and must still be watched for a quiet interval: see
    /// [`Repository::settle_referrers_indexes`].
    fn owe_settle(
        &self,
        tag: &str,
        changes: Vec<ReferrerChange>,
        seen: Option<Digest>,
        window: Duration,
    ) {
        let mut owed = lock(&self.unsettled.0);
        let entry = owed.entry(tag.to_string()).or_insert_with(|| Unsettled {
            changes: Vec::new(),
            seen: None,
            window: Duration::ZERO,
            at: Instant::now(),
        });
        for c in changes {
            merge_change(&mut entry.changes, c);
        }
        entry.seen = seen;
        entry.at = Instant::now();
        entry.window = entry.window.max(window);
    }

    /// The changes this repository made to the index under `tag` and has not settled yet.
    fn owed_changes(&self, tag: &str) -> Vec<ReferrerChange> {
        lock(&self.unsettled.0)
            .get(tag)
            .map(|u| u.changes.clone())
            .unwrap_or_default()
    }

    /// Settle every index this repository wrote: each is watched for one quiet interval
    /// (all at once) and written again where another process's write replaced ours. The
    /// commands call this once, when they are done, so a `cp -r` or `restore` of many
    /// referrers waits one quiet interval in all, not one per referrer.
    pub async fn settle_referrers_indexes(&self) -> Result<()> {
        let owed: Vec<(String, Unsettled)> = lock(&self.unsettled.0).drain().collect();
        let settles = owed.into_iter().map(|(tag, mut u)| async move {
            match self.settle(&tag, &u.changes, u.seen, u.window, u.at).await? {
                Settle::Done => Ok(()),
                Settle::Replaced => self.converge(&tag, &mut u.changes).await,
                Settle::Busy => Err(push_failed(
                    &tag,
                    Error::msg(format!(
                        "other writers kept changing the index for {MAX_SETTLE_CHECKS} checks (the settle bound)"
                    )),
                )),
            }
        });
        for outcome in futures_util::future::join_all(settles).await {
            outcome?;
        }
        Ok(())
    }

    /// The index under `tag` as it is now.
    async fn read_index(&self, tag: &str) -> Result<Read> {
        match self
            .get_manifest_tagged(tag, media_type::MANIFEST_ACCEPT)
            .await
        {
            Ok((desc, bytes, etag)) => {
                let index: Index = serde_json::from_slice(&bytes).map_err(|e| {
                    Error::msg(format!(
                        "failed to decode referrers index from referrers tag {tag}: {e}"
                    ))
                })?;
                Ok(Read {
                    digest: Some(desc.digest),
                    referrers: index.manifests,
                    etag,
                })
            }
            Err(e) if e.is_not_found() => Ok(Read {
                digest: None,
                referrers: Vec::new(),
                etag: None,
            }),
            Err(e) => Err(e),
        }
    }

    /// The digest of the index under `tag` now (a HEAD; a GET when the registry's HEAD
    /// does not say).
    async fn index_digest(&self, tag: &str) -> Result<Option<Digest>> {
        match self.resolve(tag).await {
            Ok(d) => Ok(Some(d.digest)),
            Err(e) if e.is_not_found() => Ok(None),
            Err(Error::Registry(r)) => Err(Error::Registry(r)),
            Err(_) => Ok(self.read_index(tag).await?.digest),
        }
    }

    /// Rounds until `changes` are in the index and it stayed so for a quiet interval.
    async fn converge(&self, tag: &str, changes: &mut Vec<ReferrerChange>) -> Result<()> {
        let mut rounds = Rounds::default();
        loop {
            let Some((seen, window)) = self.write(tag, changes, &mut rounds).await? else {
                return Ok(());
            };
            match self
                .settle(tag, changes, seen, window, Instant::now())
                .await?
            {
                Settle::Done => return Ok(()),
                Settle::Replaced => {
                    tokio::time::sleep(retry::backoff(rounds.round.saturating_sub(1))).await;
                }
                Settle::Busy => {
                    return Err(push_failed(
                        tag,
                        Error::msg(format!(
                            "other writers kept changing the index for {MAX_SETTLE_CHECKS} checks (the settle bound)"
                        )),
                    ));
                }
            }
        }
    }

    /// Read, apply `changes` and write until a write is accepted: the digest written (or
    /// found reflecting `changes`) and the writer's window, for settling; `None` when the
    /// first read already reflected `changes` (nothing written, oras's own requests).
    /// `changes` gain the removal of entries the registry no longer has.
    async fn write(
        &self,
        tag: &str,
        changes: &mut Vec<ReferrerChange>,
        rounds: &mut Rounds,
    ) -> Result<Option<(Option<Digest>, Duration)>> {
        let fail = |e: Error| push_failed(tag, e);
        loop {
            if rounds.round == MAX_ROUNDS || rounds.rereads == MAX_REREADS {
                return Err(fail(Error::msg(format!(
                    "other writers kept replacing it; gave up after {} rounds (the index update bound)",
                    rounds.round
                ))));
            }
            let t_read = Instant::now();
            let read = self.read_index(tag).await?;
            let answered = Instant::now();
            match apply_changes(&read.referrers, changes) {
                None if rounds.round == 0 => return Ok(None),
                None => return Ok(Some((read.digest, Duration::ZERO))),
                Some(updated) => {
                    let entries = updated.clone();
                    if answered.elapsed() > PAUSE_LIMIT {
                        rounds.rereads += 1; // paused since the read: read again before writing
                        continue;
                    }
                    let bytes = json::to_vec(&Index::new(updated));
                    let desc = Descriptor::of_bytes(media_type::IMAGE_INDEX, &bytes);
                    let opts = PutOptions {
                        if_match: read.etag.clone().filter(|_| rounds.conditional),
                        if_none_match: rounds.conditional && read.digest.is_none(),
                        once: true,
                    };
                    rounds.round += 1;
                    match self.put_manifest(&desc, bytes, tag, &opts).await {
                        Ok(()) => return Ok(Some((Some(desc.digest), t_read.elapsed()))),
                        Err(Error::Registry(r)) if r.status == 412 => {
                            // a registry that refuses the very state it just served does
                            // not do preconditions: stop sending them
                            let now = self.read_index(tag).await?;
                            if now.etag == read.etag && now.digest == read.digest {
                                rounds.conditional = false;
                            }
                            tokio::time::sleep(retry::backoff(rounds.round - 1)).await;
                            continue;
                        }
                        Err(Error::Registry(r))
                            if r.status == 400 && r.has_code("MANIFEST_BLOB_UNKNOWN") =>
                        {
                            // distribution checks that an index's manifests exist: entries
                            // of referrers deleted since (or never there) poison the index
                            let dangling = self.dangling(&entries).await?;
                            if !dangling.is_empty() {
                                self.client.notifier().warn(format!(
                                    "dropping {} referrer(s) from the referrers index tagged by {tag}: the registry no longer has {}",
                                    dangling.len(),
                                    dangling
                                        .iter()
                                        .map(|d| d.digest.to_string())
                                        .collect::<Vec<_>>()
                                        .join(", ")
                                ));
                            }
                            for d in dangling {
                                changes.retain(
                                    |c| !matches!(c, ReferrerChange::Add(a) if a.key() == d.key()),
                                );
                                changes.push(ReferrerChange::Remove(d));
                            }
                            tokio::time::sleep(retry::backoff(rounds.round - 1)).await;
                            continue;
                        }
                        Err(Error::Registry(r)) if retry::retryable_status(r.status) => {
                            tokio::time::sleep(retry::backoff(rounds.round - 1)).await;
                            continue;
                        }
                        Err(Error::Transport(_)) => {
                            tokio::time::sleep(retry::backoff(rounds.round - 1)).await;
                            continue;
                        }
                        Err(e) => return Err(fail(e)),
                    }
                }
            }
        }
    }

    /// The entries whose manifest the registry does not have (HEAD answers 404).
    async fn dangling(&self, entries: &[Descriptor]) -> Result<Vec<Descriptor>> {
        let mut gone = Vec::new();
        for e in entries {
            if !self.exists(e).await? {
                gone.push(e.clone());
            }
        }
        Ok(gone)
    }

    /// Watch the index after a write (or after finding `changes` in it), made when `at`,
    /// until it stays the same for a quiet interval. The first quiet interval runs from
    /// `at`: what the command did since (tagging, other tags of a restore) counts.
    async fn settle(
        &self,
        tag: &str,
        changes: &[ReferrerChange],
        mut seen: Option<Digest>,
        window: Duration,
        mut at: Instant,
    ) -> Result<Settle> {
        for _ in 0..MAX_SETTLE_CHECKS {
            tokio::time::sleep_until(at + quiet_interval(window)).await;
            if self.index_digest(tag).await? == seen {
                return Ok(Settle::Done);
            }
            let current = self.read_index(tag).await?;
            if !reflected(&current.referrers, changes) {
                return Ok(Settle::Replaced);
            }
            seen = current.digest;
            at = Instant::now();
        }
        Ok(Settle::Busy)
    }
}

/// An index written and not yet watched for a quiet interval.
struct Unsettled {
    /// Every change this repository made to it.
    changes: Vec<ReferrerChange>,
    /// The digest of our last write (or look).
    seen: Option<Digest>,
    /// The longest window of our writes.
    window: Duration,
    /// When our last write (or look) was answered.
    at: Instant,
}

/// The indexes a repository owes a settle, by tag.
#[derive(Default)]
pub struct UnsettledIndexes(Mutex<HashMap<String, Unsettled>>);

/// Where one update stands against its bounds.
struct Rounds {
    round: u32,
    rereads: u32,
    /// Send `If-Match`/`If-None-Match` (off once the registry refuses what it just served).
    conditional: bool,
}

impl Default for Rounds {
    fn default() -> Self {
        Rounds {
            round: 0,
            rereads: 0,
            conditional: true,
        }
    }
}

fn push_failed(tag: &str, e: Error) -> Error {
    Error::msg(format!(
        "failed to push referrers index tagged by {tag}: {e}"
    ))
}

/// How settling ended.
enum Settle {
    /// The index kept our changes through a quiet interval.
    Done,
    /// A writer that had not seen our write replaced it.
    Replaced,
    /// The index never stayed the same for a quiet interval.
    Busy,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(n: u8) -> Descriptor {
        Descriptor::of_bytes(media_type::IMAGE_MANIFEST, &[n])
    }

    #[test]
    fn changes_are_reflected_or_not() {
        let (a, b) = (d(1), d(2));
        let list = vec![a.clone()];
        assert!(reflected(&list, &[ReferrerChange::Add(a.clone())]));
        assert!(reflected(&list, &[ReferrerChange::Remove(b.clone())]));
        assert!(!reflected(&list, &[ReferrerChange::Add(b.clone())]));
        assert!(!reflected(
            &list,
            &[ReferrerChange::Add(b), ReferrerChange::Remove(a)]
        ));
    }

    #[test]
    fn the_quiet_interval_follows_the_window() {
        for _ in 0..20 {
            let q = quiet_interval(Duration::from_millis(10));
            assert!(q >= QUIET && q <= QUIET.mul_f64(1.25), "{q:?}");
            let q = quiet_interval(Duration::from_secs(1));
            assert!(
                q >= Duration::from_secs(4) && q <= Duration::from_secs(5),
                "{q:?}"
            );
            assert!(quiet_interval(Duration::from_secs(60)) <= QUIET_MAX.mul_f64(1.25));
        }
    }
}
