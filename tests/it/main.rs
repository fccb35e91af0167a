//! The one integration-test binary of the `oras` package (`cargo test --test it`).
#![allow(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "tests report measurements to the harness's captured output"
)]

// login/logout, TLS, mutual TLS, redirects and --debug redaction against real registries.
mod cmd_auth;
// backup and restore: round trips between two registries, damaged backups, cleanup.
mod cmd_backup;
// backup --platform: one platform, lists and wildcards, restored and pulled back.
mod cmd_backup_platform;
// --debug log (typed -H headers, masking, local-time entries) and Accept headers on the wire.
mod cmd_debug;
// README's CI recipes (GitHub Actions, GitLab CI) run as scripts against a registry.
mod cmd_ci_recipes;
// resolve, tag, repo ls/tags, manifest and blob commands: errors, prompts, layouts.
mod cmd_basic;
// Completion scripts, help and cobra's error texts.
mod cmd_cli;
// The copy engine and status lines vs oras 1.3.0: one blob under two titles, skipped
// configs, path and file errors of push/attach/pull.
mod cmd_copy_status;
// `oras cp` beyond the golden copy scenarios: untagged destinations, -r twice, flag errors.
mod cmd_cp;
// Go / oras-go error shapes on every command; cp's source/destination attribution.
mod cmd_errors;
// Prompts, repeated flags, index update, attach's checks, help keywords, wordings (R4-R25).
mod cmd_surface;
// Small gaps: discover -o notice, tag argument errors, stdin layer lines, concurrent pulls.
mod cmd_gaps;
// attach, discover, manifest index beyond the golden scenarios; concurrent referrer pushes.
mod cmd_graph;
// The container tools' configuration: podman/skopeo logins, certs.d folders, cp's sides.
mod cmd_containers;
// registries.conf: mirrors, location rewrites, blocked and insecure registries, bad files.
mod cmd_mirrors;
// Pipes, resumed downloads, retries and chunked uploads through a fault-injection proxy.
mod cmd_net;
// Harder to break than oras: idle timeouts, HTML servers, pagination loops, hostile JSON,
// parallel attaches on the tag schema (issue 13).
mod cmd_robust;
// --platform lists and wildcards on pull and cp (and oras's single-platform behaviour).
mod cmd_platform;
// push and pull end to end: round trips, pull safety, cache, layouts, errors.
mod cmd_push_pull;
// push --reproducible and SOURCE_DATE_EPOCH: the same digest from anywhere.
mod cmd_reproducible;
// Bearer tokens against docker-registry's auth.token and a test token server.
mod cmd_token;
// Progress bars under a pseudo-terminal; plain lines without one.
mod cmd_tty;
// Property tests of every parser that reads untrusted input (bounded cases, fixed seed).
mod properties;
// Replays the transcripts recorded from Go oras 1.3.0 in `../shared/golden/`.
mod golden;
// push → attach → discover → cp -r → pull → backup → restore, bytes compared.
mod scenario_chain;
// The commands of the user's tutorial, run as written against a local registry.
mod seed_tutorial;
// Shared helpers: the registry starter, the sandbox, test servers, a raw HTTP client, paths.
mod support;
