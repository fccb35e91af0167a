//! Authentication: credentials (flags, docker config.json, helpers), `WWW-Authenticate`
//! challenges, scopes, the token flows of the distribution spec, and the client that
//! answers a 401 with them (`client.rs`, its cache and its anonymous fallback).

pub mod cache;
pub mod challenge;
pub mod client;
pub mod credential;
pub mod docker_config;
mod fallback;
pub mod scope;
pub mod token;

pub use credential::Credential;

/// Where the registry client finds the credential for a host.
pub trait CredentialSource: Send + Sync {
    /// The credential for `host` (`host[:port]`), empty when there is none.
    fn credential(&self, host: &str) -> crate::error::Result<Credential>;
    /// The config file to name in the "basic credential not found" hint, when there is one.
    fn hint_path(&self) -> Option<std::path::PathBuf> {
        None
    }
    /// Where the credential for `host` is stored (a config file), when it comes from a
    /// store rather than from flags: such credentials may be stale, and pulls may then
    /// fall back to anonymous access. `None` for explicit credentials.
    fn stored_entry(&self, _host: &str) -> Option<std::path::PathBuf> {
        None
    }
}

/// The same credential for every host (`-u/-p`, `--identity-token`), or none.
pub struct StaticCredential(pub Credential);

impl CredentialSource for StaticCredential {
    fn credential(&self, _host: &str) -> crate::error::Result<Credential> {
        Ok(self.0.clone())
    }
}
