//! Registry connection flags: credentials, TLS, plain HTTP, headers; builds the client.

use crate::auth::Credential;
use crate::auth::docker_config::{ConfigPaths, CredentialStore};
use crate::cli::env;
use crate::cli::error::CliError;
use crate::connect::Settings;
use crate::http::ResolveRule;
use crate::http::{ClientOptions, IdleTimeout};
use clap::Args;
use std::io::Read;
use std::path::PathBuf;

#[derive(Args, Debug, Clone, Default)]
pub struct RemoteOpts {
    /// registry username
    #[arg(short = 'u', long, value_name = "string")]
    pub username: Option<String>,
    /// registry password or identity token
    #[arg(short = 'p', long, value_name = "string")]
    pub password: Option<String>,
    /// registry identity token
    #[arg(long = "identity-token", value_name = "string")]
    pub identity_token: Option<String>,
    /// read password from stdin
    #[arg(long = "password-stdin")]
    pub password_stdin: bool,
    /// read identity token from stdin
    #[arg(long = "identity-token-stdin")]
    pub identity_token_stdin: bool,
    /// allow connections to SSL registry without certs
    #[arg(long)]
    pub insecure: bool,
    /// allow insecure connections to registry without SSL check
    #[arg(long = "plain-http", num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub plain_http: Option<bool>,
    /// server certificate authority file for the remote registry
    #[arg(long = "ca-file", value_name = "string")]
    pub ca_file: Option<PathBuf>,
    /// client certificate file for the remote registry
    #[arg(long = "cert-file", value_name = "string")]
    pub cert_file: Option<PathBuf>,
    /// client private key file for the remote registry
    #[arg(long = "key-file", value_name = "string")]
    pub key_file: Option<PathBuf>,
    /// path of the authentication file for registry
    #[arg(long = "registry-config", value_name = "path")]
    pub registry_config: Vec<PathBuf>,
    /// customized DNS for registry, formatted in `host:port:address[:address_port]`
    #[arg(long, value_name = "stringArray")]
    pub resolve: Vec<String>,
    /// add custom headers to requests
    #[arg(short = 'H', long = "header", value_name = "stringArray")]
    pub header: Vec<String>,
    /// retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0
    /// waits forever); default 30s, also ORAS_IDLE_TIMEOUT
    #[arg(long = "idle-timeout", value_name = "duration", value_parser = parse_idle_timeout)]
    pub idle_timeout: Option<IdleTimeout>,
}

/// `--idle-timeout` values (see `IdleTimeout::parse`).
pub fn parse_idle_timeout(s: &str) -> Result<IdleTimeout, String> {
    IdleTimeout::parse(s)
}

/// The idle timeout: the flag, else `ORAS_IDLE_TIMEOUT`, else the default.
fn idle_timeout(flag: Option<IdleTimeout>) -> Result<IdleTimeout, CliError> {
    if let Some(t) = flag {
        return Ok(t);
    }
    match env::idle_timeout() {
        Some(v) => {
            IdleTimeout::parse(&v).map_err(|e| CliError::new(format!("ORAS_IDLE_TIMEOUT: {e}")))
        }
        None => Ok(IdleTimeout::default()),
    }
}

impl RemoteOpts {
    /// Mutual exclusion checks and password warnings, before anything runs.
    pub fn validate(&self) -> Result<(), CliError> {
        let exclusive = |names: &[(&str, bool)]| -> Result<(), CliError> {
            let set: Vec<&str> = names.iter().filter(|(_, s)| *s).map(|(n, _)| *n).collect();
            if set.len() > 1 {
                return Err(CliError::new(format!(
                    "{} cannot be used at the same time",
                    set.join(", ")
                )));
            }
            Ok(())
        };
        exclusive(&[
            ("--username", self.username.is_some()),
            ("--identity-token", self.identity_token.is_some()),
            ("--identity-token-stdin", self.identity_token_stdin),
        ])?;
        exclusive(&[
            ("--password", self.password.is_some()),
            ("--identity-token", self.identity_token.is_some()),
            ("--identity-token-stdin", self.identity_token_stdin),
            ("--password-stdin", self.password_stdin),
        ])?;
        if self.cert_file.is_some() != self.key_file.is_some() {
            let (a, b) = if self.cert_file.is_some() {
                ("--cert-file", "--key-file")
            } else {
                ("--key-file", "--cert-file")
            };
            return Err(CliError::new(format!(
                "{a} must be used in conjunction with {b}"
            )));
        }
        self.resolve_rules()?;
        if self.password.is_some() {
            crate::display::warn(
                "WARNING! Using --password via the CLI is insecure. Use --password-stdin.",
            );
        }
        if self.identity_token.is_some() {
            crate::display::warn(
                "WARNING! Using --identity-token via the CLI is insecure. Use --identity-token-stdin.",
            );
        }
        Ok(())
    }

    /// The secret given on stdin, with one trailing `\n` then one `\r` removed.
    fn stdin_secret() -> Result<String, CliError> {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| CliError::new(format!("failed to read from stdin: {e}")))?;
        let s = s.strip_suffix('\n').unwrap_or(&s);
        let s = s.strip_suffix('\r').unwrap_or(s);
        Ok(s.to_string())
    }

    /// The credential from flags, or `None` to use the credential store.
    pub fn flag_credential(&self) -> Result<Option<Credential>, CliError> {
        let mut secret = self
            .password
            .clone()
            .or_else(|| self.identity_token.clone());
        if self.password_stdin || self.identity_token_stdin {
            secret = Some(Self::stdin_secret()?);
        }
        let username = self.username.clone().unwrap_or_default();
        match secret {
            None if username.is_empty() => Ok(None),
            None => Ok(Some(Credential {
                username,
                ..Default::default()
            })),
            Some(s) if username.is_empty() => Ok(Some(Credential {
                refresh_token: s,
                ..Default::default()
            })),
            Some(s) => Ok(Some(Credential {
                username,
                password: s,
                ..Default::default()
            })),
        }
    }

    /// The docker-compatible credential store of this invocation.
    pub fn credential_store(&self) -> Result<CredentialStore, CliError> {
        CredentialStore::open(&self.registry_config, &docker_paths())
            .map_err(|e| CliError::new(e.to_string()))
    }

    /// The `--resolve` rules, or oras's parse error.
    pub fn resolve_rules(&self) -> Result<Vec<ResolveRule>, CliError> {
        self.resolve
            .iter()
            .map(|r| ResolveRule::parse(r).map_err(CliError::new))
            .collect()
    }

    /// The transport options of these flags.
    pub fn client_options(&self, debug: bool) -> Result<ClientOptions, CliError> {
        let headers = self
            .header
            .iter()
            .map(|h| match h.split_once(':') {
                Some((k, v)) if !k.trim().is_empty() => Ok((k.to_string(), v.to_string())),
                _ => Err(CliError::new(format!(
                    "invalid header: {}",
                    crate::go::quote::quote(h)
                ))),
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(ClientOptions {
            insecure: self.insecure,
            ca_file: self.ca_file.clone(),
            client_cert: self.cert_file.clone().zip(self.key_file.clone()),
            resolve: self.resolve_rules()?,
            headers,
            trace: debug,
            notices: crate::display::notices::to_stderr(),
            proxy: env::proxy(),
            idle_timeout: idle_timeout(self.idle_timeout)?,
            ..Default::default()
        })
    }

    /// How this target reaches registries (`crate::connect`), with the flag credential
    /// (read from stdin when asked).
    pub fn settings(&self, debug: bool) -> Result<Settings, CliError> {
        let credential = self.flag_credential()?;
        self.settings_with(debug, credential)
    }

    /// [`RemoteOpts::settings`] with the credential given (login reads its own).
    pub fn settings_with(
        &self,
        debug: bool,
        credential: Option<Credential>,
    ) -> Result<Settings, CliError> {
        Ok(Settings {
            client: self.client_options(debug)?,
            credential,
            registry_configs: self.registry_config.clone(),
            docker_paths: docker_paths(),
            plain_http: self.plain_http,
            containers: env::containers(),
        })
    }
}

/// Where docker's config file is, from the environment.
fn docker_paths() -> ConfigPaths {
    ConfigPaths {
        docker_config_env: env::docker_config(),
        home: env::home(),
    }
}
