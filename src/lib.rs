//! oras in Rust: OCI Registry As Storage, a drop-in replacement for the Go oras 1.3.0 CLI.
//!
//! Map of the crate (see ../shared/ARCHITECTURE.md):
//! - `reference`, `media_type`, `platform`, `content`: value types, Go-compatible JSON,
//!   verified reading, manifest packing (`platform`: the type, parsing, matching, lists).
//! - `targets`: the Target traits and stores (remote repository, OCI layout, files, memory).
//! - `auth`: credentials, challenges, scopes.
//! - `http`: the transport (TLS, `--resolve`, proxies, redirects, retry policy).
//! - `containers`: the container tools' files, read-only (containers-auth.json logins,
//!   `certs.d` folders, registries.conf mirrors/rewrites/blocks).
//! - `connect`: the one answer to "how do I talk to this registry" (location, mirrors,
//!   TLS, credentials, plain HTTP) from a target's flags and `containers`.
//! - `copy`: the one graph-copy engine every transfer goes through.
//! - `ops`: multi-step workflows (push, pull, copy, backup, selecting by platform, …) on
//!   top of targets and copy.
//! - `go`: the exact text Go and oras-go print (`%q`, RFC3339Nano, OS/network error shapes).
//! - `notice`: warnings and the `--debug` trace, as data the library hands its caller.
//! - `display`: everything that prints.
//! - `cli`: flags, validation and dispatch; thin.

pub mod auth;
pub mod cli;
pub mod connect;
pub mod containers;
pub mod content;
pub mod copy;
pub mod display;
pub mod error;
pub mod go;
pub mod http;
pub mod media_type;
pub mod notice;
pub mod ops;
pub mod platform;
pub mod reference;
pub mod targets;
pub mod template;

pub use error::{Error, Result};
