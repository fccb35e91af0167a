//! The one integration-test binary of the `oras` package (`cargo test --test it`).

// login/logout, TLS, mutual TLS, redirects and --debug redaction against real registries.
mod cmd_auth;
