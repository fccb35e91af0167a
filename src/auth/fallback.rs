//! Anonymous fallback for reads: a credential from the credential store (config.json or a
//! helper, never `-u/-p`) that the token endpoint or the registry rejects (401/403) on a
//! pull-only request is retried once without credentials. When the anonymous attempt
//! works (the repository allows anonymous reads), one warning names the stale entry and
//! later pull-only requests to that host go anonymously; when it does not, the original
//! error is reported unchanged. Writes always use the stored credential. These are the
//! rules; the client (`client.rs`) applies them.

use super::CredentialSource;
use super::scope::Scopes;
use crate::error::Error;
use reqwest::StatusCode;

/// Statuses that mean "this credential is not accepted".
pub(super) fn rejected_status(s: StatusCode) -> bool {
    matches!(s, StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN)
}

/// `err` (from the token endpoint) rejects a stored credential on a read.
pub(super) fn rejects_stored_credential(
    credentials: &dyn CredentialSource,
    host: &str,
    scopes: &Scopes,
    err: &Error,
) -> bool {
    matches!(err, Error::Registry(r) if r.status == 401 || r.status == 403)
        && scopes.is_pull_only()
        && credentials.stored_entry(host).is_some()
}

/// The one warning about a host whose reads go anonymously from now on.
pub(super) fn stale_credential_warning(credentials: &dyn CredentialSource, host: &str) -> String {
    let path = credentials
        .stored_entry(host)
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    format!("the stored credential for {host:?} in {path} was rejected; continuing anonymously")
}
