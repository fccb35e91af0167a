//! The one integration-test binary of the `oras` package (`cargo test --test it`).

// `oras cp`: mounts, tags, auth errors, layouts, -r (real docker-registry).
mod cmd_cp;
// Replays the transcripts recorded from Go oras 1.3.0 in `../shared/golden/`.
mod golden;
// resolve, tag, repo ls/tags, manifest and blob commands: errors, prompts, layouts.
mod cmd_basic;
// Shared helpers: registry processes, hermetic commands, a raw HTTP client, paths.
mod support;
// push and pull end to end: round trips, pull safety, cache, layouts, errors.
mod cmd_push_pull;
// login/logout, TLS, mutual TLS, redirects and --debug redaction against real registries.
mod cmd_auth;
mod cmd_graph;
// Progress bars under a pseudo-terminal; plain lines without one.
mod cmd_tty;
// Completion scripts, help and cobra's error texts.
mod cmd_cli;
