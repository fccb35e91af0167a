//! Property tests of every parser that reads untrusted input (issue 13, ARCHITECTURE §3.7).
//!
//! Each test runs a bounded number of generated cases ([`config`]; `PROPTEST_CASES` overrides
//! the per-test default) from a fixed seed, so CI is reproducible (`PROPTEST_RNG_SEED=<n>`
//! explores other inputs). Every case runs under [`bounded`]: a case that does not finish in
//! [`CASE_LIMIT`] fails instead of hanging CI. Inputs that ever failed are kept as named
//! `regression_*` tests next to the property that found them.

use proptest::test_runner::{Config, RngSeed};
use std::sync::mpsc;
use std::time::Duration;

// Reference, digest, `--platform`, `--resolve`, annotation and `-a` values.
mod values;
// `WWW-Authenticate`, docker `config.json` and credential-helper output.
mod auth;
// Manifests and indexes, `VerifyReader`, the Go-compatible JSON encoder.
mod content;
// Registry answers: `Link` pagination, error bodies, `Retry-After`.
mod remote;
// Chunked uploads against a registry stating any `OCI-Chunk-Min-Length`.
mod upload;
// OCI layout tars (`index.json` and blobs read in place).
mod layout;
// The directory extractor and the pull path guard: nothing lands outside the output folder.
mod extract;
// `--format go-template`: templates over untrusted JSON data.
mod template;

/// What a case body returns (`prop_assert!` inside a [`bounded`] closure).
pub type Case = Result<(), proptest::test_runner::TestCaseError>;

/// Longest a single generated case may run.
pub const CASE_LIMIT: Duration = Duration::from_secs(10);

/// The proptest configuration: `cases` generated inputs unless `PROPTEST_CASES` says
/// otherwise, a fixed seed unless `PROPTEST_RNG_SEED` gives one, no regression files
/// written into the source tree, and shrinking bounded in time.
pub fn config(cases: u32) -> Config {
    let from_env = |k: &str| std::env::var_os(k).is_some_and(|v| !v.is_empty());
    let base = Config::default();
    Config {
        cases: if from_env("PROPTEST_CASES") {
            base.cases
        } else {
            cases
        },
        rng_seed: if from_env("PROPTEST_RNG_SEED") {
            base.rng_seed
        } else {
            RngSeed::Fixed(0x0a5a_2024_1337)
        },
        failure_persistence: None,
        max_shrink_time: 30_000,
        ..base
    }
}

/// Runs `f` on its own thread and fails the case when it takes longer than [`CASE_LIMIT`]
/// (the stuck thread is abandoned; the test fails right away instead of hanging). A panic
/// inside `f` is re-raised here so that proptest reports and shrinks it.
pub fn bounded<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    let handle = std::thread::Builder::new()
        .name("property-case".into())
        .spawn(move || {
            let out = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
            let _ = tx.send(out);
        })
        .expect("spawn a case thread");
    match rx.recv_timeout(CASE_LIMIT) {
        Ok(Ok(v)) => {
            let _ = handle.join();
            v
        }
        Ok(Err(panic)) => std::panic::resume_unwind(panic),
        Err(_) => panic!("the case did not finish within {CASE_LIMIT:?} (hang?)"),
    }
}

/// Runs a future to completion on a fresh current-thread runtime (inside [`bounded`]).
pub fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime")
        .block_on(f)
}
