//! Anonymous fallback for reads: a credential from the credential store (config.json or a
//! helper, never `-u/-p`) that the token endpoint or the registry rejects (401/403) on a
//! pull-only request is retried once without credentials. When the anonymous attempt
//! works (the repository allows anonymous reads), one warning names the stale entry and
//! later pull-only requests to that host go anonymously; when it does not, the original
//! error is reported unchanged. Writes always use the stored credential.

use super::{Error, RegistryClient, Request, Result};
use crate::auth::scope::Scopes;
use reqwest::{Response, StatusCode};
use std::collections::BTreeMap;

/// Prefix of the token-cache keys of anonymous tokens.
pub(super) const ANONYMOUS_KEY: &str = "anonymous ";

/// Statuses that mean "this credential is not accepted".
pub(super) fn rejected_status(s: StatusCode) -> bool {
    matches!(s, StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN)
}

impl RegistryClient {
    /// Reads of `host` already go anonymously (an earlier fallback).
    pub(super) fn reads_anonymously(&self, host: &str, scopes: &Scopes) -> bool {
        scopes.is_pull_only()
            && self
                .lock_auth()
                .get(host)
                .is_some_and(|h| h.anonymous_reads)
    }

    /// `err` rejects a stored credential on a read.
    pub(super) fn may_fall_back(&self, host: &str, scopes: &Scopes, err: &Error) -> bool {
        matches!(err, Error::Registry(r) if r.status == 401 || r.status == 403)
            && scopes.is_pull_only()
            && self.credentials.stored_entry(host).is_some()
    }

    /// Fetch an anonymous token and resend; `original` is returned when that fails too.
    pub(super) async fn send_anonymously(
        &self,
        host: &str,
        params: &BTreeMap<String, String>,
        req: &mut Request,
        original: Result<Response>,
    ) -> Result<Response> {
        if matches!(req.body, super::Body::Stream(..)) {
            return original;
        }
        let Ok(authorization) = self.bearer(host, params, &req.scopes, true).await else {
            return original;
        };
        let resp = match self.send_once_with_retry(req, Some(&authorization)).await {
            Ok(r) if !rejected_status(r.status()) => r,
            _ => return original,
        };
        drop(original);
        let first = {
            let mut auth = self.lock_auth();
            let entry = auth.entry(host.to_string()).or_default();
            !std::mem::replace(&mut entry.anonymous_reads, true)
        };
        if first {
            let path = self
                .credentials
                .stored_entry(host)
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            crate::display::warn(&format!(
                "Warning: the stored credential for {host:?} in {path} was rejected; continuing anonymously"
            ));
        }
        Ok(resp)
    }
}
