//! Builds the `reqwest::Client` of a registry client from the connection flags.

use super::idle::IdleTimeout;
use super::proxy::ProxyEnv;
use super::resolve::ResolveRule;
use crate::error::{Error, Result};
use crate::notice::Notifier;
use std::path::PathBuf;
use std::time::Duration;

/// The user agent oras sends.
pub const USER_AGENT: &str = concat!("oras/", env!("CARGO_PKG_VERSION"));

/// Options of the transport.
#[derive(Default, Clone)]
pub struct ClientOptions {
    /// `--insecure`: accept any server certificate.
    pub insecure: bool,
    /// `--ca-file`: a PEM bundle that replaces the system roots.
    pub ca_file: Option<PathBuf>,
    /// `--cert-file` + `--key-file`: the client certificate (mutual TLS).
    pub client_cert: Option<(PathBuf, PathBuf)>,
    /// More trusted roots, on top of the system roots or of `--ca-file` (a host's
    /// `certs.d` CA files).
    pub extra_roots: Vec<reqwest::Certificate>,
    /// Send every request once: no retries (a registry mirror, which has a fallback).
    pub no_retries: bool,
    /// `--resolve` rules.
    pub resolve: Vec<ResolveRule>,
    /// `-H` headers as typed (name and value verbatim, as oras keeps them for `--debug`);
    /// sent trimmed on every request to the registry's host (token requests too).
    pub headers: Vec<(String, String)>,
    /// `--debug`: send the trace of every exchange (requests, responses, failures) to
    /// `notices`.
    pub trace: bool,
    /// Where warnings (retries, fallbacks) and the trace go.
    pub notices: Notifier,
    /// Proxies from the environment.
    pub proxy: ProxyEnv,
    /// How long an exchange may move no byte before it counts as cut (`idle.rs`).
    pub idle_timeout: IdleTimeout,
}

/// The HTTP client for these options.
///
/// Redirects are not followed here: `Transport::execute` follows them itself (at most
/// 10 hops) so that it can drop `Authorization`, cookies and the `-H` headers as soon as a
/// hop leaves the registry's origin, and refuse an https → http downgrade to another host.
pub fn build_client(options: &ClientOptions) -> Result<reqwest::Client> {
    let mut builder = reqwest::Client::builder()
        .user_agent(USER_AGENT)
        .connect_timeout(connect_timeout(options.idle_timeout))
        .redirect(reqwest::redirect::Policy::none())
        .danger_accept_invalid_certs(options.insecure);
    if let Some(path) = &options.ca_file {
        let pem = std::fs::read(path).map_err(|e| Error::path("open", path.display(), &e))?;
        let certs = reqwest::Certificate::from_pem_bundle(&pem)
            .ok()
            .filter(|c| !c.is_empty())
            .ok_or_else(|| {
                Error::msg(format!(
                    "Failed to load certificate in file: {}",
                    path.display()
                ))
            })?;
        builder = builder.tls_built_in_root_certs(false);
        for c in certs {
            builder = builder.add_root_certificate(c);
        }
    }
    for c in &options.extra_roots {
        builder = builder.add_root_certificate(c.clone());
    }
    if let Some((cert, key)) = &options.client_cert {
        builder = builder.identity(load_identity(cert, key)?);
    }
    for rule in &options.resolve {
        builder = builder.resolve(&rule.host, rule.socket_addr());
    }
    builder = options.proxy.apply(builder).map_err(Error::msg)?;
    builder
        .build()
        .map_err(|e| Error::Transport(format!("failed to build the HTTP client: {e}")))
}

/// Connecting (TCP and TLS) is bounded by the idle timeout's watchdog (`transport.rs`),
/// whose error names the setting; reqwest's own bound stays behind it (30 s, as before the
/// idle timeout, or just past a longer idle timeout).
fn connect_timeout(idle: IdleTimeout) -> Duration {
    let floor = Duration::from_secs(30);
    idle.0
        .map_or(floor, |d| floor.max(d + Duration::from_secs(1)))
}

/// A client certificate and its key as one identity (rustls wants them in one PEM buffer:
/// the key, then the certificate chain).
fn load_identity(cert: &std::path::Path, key: &std::path::Path) -> Result<reqwest::Identity> {
    let cert_pem = std::fs::read(cert).map_err(|e| Error::path("open", cert.display(), &e))?;
    let key_pem = std::fs::read(key).map_err(|e| Error::path("open", key.display(), &e))?;
    let has = |pem: &[u8], what: &str| String::from_utf8_lossy(pem).contains(what);
    if !has(&cert_pem, "-----BEGIN CERTIFICATE-----") {
        return Err(Error::msg(
            "tls: failed to find any PEM data in certificate input",
        ));
    }
    if !has(&key_pem, "PRIVATE KEY-----") {
        return Err(Error::msg("tls: failed to find any PEM data in key input"));
    }
    let mut pem = key_pem;
    pem.push(b'\n');
    pem.extend_from_slice(&cert_pem);
    reqwest::Identity::from_pem(&pem).map_err(|e| {
        Error::msg(format!(
            "tls: failed to load the key pair {} / {}: {e}",
            cert.display(),
            key.display()
        ))
    })
}
