//! The authorization cache of one client (oras-go `auth.Cache`): per host, the Basic value
//! and the Bearer values by scope set (anonymous ones apart), and whether reads of the host
//! go anonymously since its stored credential was rejected (see `fallback.rs`).

use super::scope::Scopes;
use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};

/// Prefix of the token-cache keys of anonymous tokens.
const ANONYMOUS_KEY: &str = "anonymous ";

/// Cached authorization of one host.
#[derive(Default)]
struct HostAuth {
    basic: Option<String>,
    /// scope key → bearer value (anonymous ones under `ANONYMOUS_KEY` + key)
    tokens: HashMap<String, String>,
    /// The stored credential was rejected: reads of this host go anonymously.
    anonymous_reads: bool,
}

/// Authorization values by host (`host[:port]`).
#[derive(Default)]
pub struct AuthCache {
    hosts: Mutex<HashMap<String, HostAuth>>,
}

impl AuthCache {
    fn lock(&self) -> MutexGuard<'_, HashMap<String, HostAuth>> {
        self.hosts.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The `Authorization` value a request to `host` with `scopes` carries now: the Bearer
    /// value of these scopes, else the host's Basic value; only an anonymous Bearer value
    /// for a read once reads of the host go anonymously.
    pub fn authorization(&self, host: &str, scopes: &Scopes) -> Option<String> {
        let hosts = self.lock();
        let entry = hosts.get(host)?;
        if entry.anonymous_reads && scopes.is_pull_only() {
            return entry
                .tokens
                .get(&format!("{ANONYMOUS_KEY}{}", scopes.key()))
                .cloned();
        }
        entry
            .tokens
            .get(&scopes.key())
            .cloned()
            .or_else(|| entry.basic.clone())
    }

    /// Remember the Basic value of `host`.
    pub fn set_basic(&self, host: &str, value: &str) {
        self.lock().entry(host.to_string()).or_default().basic = Some(value.to_string());
    }

    /// Remember a Bearer value of `host` under each of the scope sets in `keys`.
    pub fn set_bearer(&self, host: &str, keys: &[&Scopes], value: &str, anonymous: bool) {
        let mut hosts = self.lock();
        let entry = hosts.entry(host.to_string()).or_default();
        let prefix = if anonymous { ANONYMOUS_KEY } else { "" };
        for scopes in keys {
            entry
                .tokens
                .insert(format!("{prefix}{}", scopes.key()), value.to_string());
        }
    }

    /// Whether reads of `host` go anonymously (an earlier fallback).
    pub fn reads_anonymously(&self, host: &str) -> bool {
        self.lock().get(host).is_some_and(|h| h.anonymous_reads)
    }

    /// Let reads of `host` go anonymously from now on; true the first time.
    pub fn start_anonymous_reads(&self, host: &str) -> bool {
        let mut hosts = self.lock();
        let entry = hosts.entry(host.to_string()).or_default();
        !std::mem::replace(&mut entry.anonymous_reads, true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bearer_before_basic_and_anonymous_reads_apart() {
        let cache = AuthCache::default();
        let pull = Scopes::repository("a", &["pull"]);
        let push = Scopes::repository("a", &["pull", "push"]);
        assert_eq!(cache.authorization("h", &pull), None);
        cache.set_basic("h", "Basic x");
        assert_eq!(cache.authorization("h", &pull).as_deref(), Some("Basic x"));
        cache.set_bearer("h", &[&push, &pull], "Bearer t", false);
        assert_eq!(cache.authorization("h", &pull).as_deref(), Some("Bearer t"));
        cache.set_bearer("h", &[&pull], "Bearer anon", true);
        assert!(!cache.reads_anonymously("h"));
        assert!(cache.start_anonymous_reads("h"));
        assert!(!cache.start_anonymous_reads("h"));
        assert_eq!(
            cache.authorization("h", &pull).as_deref(),
            Some("Bearer anon")
        );
        assert_eq!(cache.authorization("h", &push).as_deref(), Some("Bearer t"));
    }
}
