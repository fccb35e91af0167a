//! Registry credential value (oras-go `auth.Credential`) with a `Debug` that never shows secrets.

use std::fmt;

/// A registry credential, as stored in a docker config file or returned by a credential helper.
///
/// * `username` + `password`: HTTP Basic, or the basic part of a distribution token request.
/// * `refresh_token`: OAuth2 identity token (`identitytoken` in config.json; `-p` without `-u`).
/// * `access_token`: registry bearer token used as-is (`registrytoken` in config.json).
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Credential {
    /// Registry user name (not considered secret).
    pub username: String,
    /// Password (secret).
    pub password: String,
    /// OAuth2 refresh / identity token (secret).
    pub refresh_token: String,
    /// Registry access / bearer token (secret).
    pub access_token: String,
}

impl Credential {
    /// Username + password credential.
    pub fn basic(username: impl Into<String>, password: impl Into<String>) -> Self {
        Credential {
            username: username.into(),
            password: password.into(),
            ..Credential::default()
        }
    }

    /// What oras builds from `-u/-p` (or a login prompt): an empty username turns the
    /// secret into an identity (refresh) token (oras `internal/credential.Credential`).
    pub fn from_user_input(username: &str, secret: &str) -> Self {
        if username.is_empty() {
            Credential {
                refresh_token: secret.to_owned(),
                ..Credential::default()
            }
        } else {
            Credential::basic(username, secret)
        }
    }

    /// True when every field is empty (oras-go `auth.EmptyCredential`).
    pub fn is_empty(&self) -> bool {
        self.username.is_empty()
            && self.password.is_empty()
            && self.refresh_token.is_empty()
            && self.access_token.is_empty()
    }
}

/// Shows whether a secret is set without showing it.
struct Redacted<'a>(&'a str);

impl fmt::Debug for Redacted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            f.write_str("\"\"")
        } else {
            f.write_str("<redacted>")
        }
    }
}

impl fmt::Debug for Credential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credential")
            .field("username", &self.username)
            .field("password", &Redacted(&self.password))
            .field("refresh_token", &Redacted(&self.refresh_token))
            .field("access_token", &Redacted(&self.access_token))
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty() {
        assert!(Credential::default().is_empty());
        assert!(!Credential::basic("u", "").is_empty());
        let only_access = Credential {
            access_token: "a".into(),
            ..Credential::default()
        };
        assert!(!only_access.is_empty());
    }

    #[test]
    fn from_user_input_maps_empty_username_to_refresh_token() {
        let c = Credential::from_user_input("", "tok");
        assert_eq!(c.refresh_token, "tok");
        assert!(c.username.is_empty() && c.password.is_empty());
        let c = Credential::from_user_input("u", "p");
        assert_eq!((c.username.as_str(), c.password.as_str()), ("u", "p"));
        assert!(c.refresh_token.is_empty());
    }

    #[test]
    fn debug_redacts_secrets() {
        let c = Credential {
            username: "alice".into(),
            password: "hunter2-secret".into(),
            refresh_token: "refresh-secret".into(),
            access_token: "access-secret".into(),
        };
        let s = format!("{c:?} {c:#?}");
        assert!(s.contains("alice"));
        for secret in ["hunter2", "refresh-secret", "access-secret"] {
            assert!(!s.contains(secret), "{s}");
        }
        assert!(s.contains("<redacted>"));
        let empty = format!("{:?}", Credential::default());
        assert!(!empty.contains("<redacted>"));
    }
}
