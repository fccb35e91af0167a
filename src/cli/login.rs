//! `oras login <registry>`: read the credential (flags, stdin or prompts), check it with
//! `GET /v2/` through a fresh client, then store it in the docker-compatible config.

use super::error::{CliError, Prefix, check_args};
use super::options::RemoteOpts;
use crate::auth::{Credential, CredentialSource};
use crate::error::Error;
use crate::targets::remote::{api_host, ping::ping};
use clap::Args;
use std::io::{BufRead, IsTerminal, Write};
use std::sync::Arc;

pub(crate) const USAGE: &str = "[flags] <registry>";

#[derive(Args, Debug)]
pub struct LoginArgs {
    /// <registry>
    #[arg(value_name = "ARGS")]
    pub args: Vec<String>,
    #[command(flatten)]
    pub remote: RemoteOpts,
    /// output debug logs (implies --no-tty)
    #[arg(short = 'd', long)]
    pub debug: bool,
    /// print status output for unnamed blobs (deprecated, no effect)
    #[arg(short = 'v', long, hide = true, num_args = 0..=1, require_equals = true,
          default_missing_value = "true")]
    pub verbose: Option<bool>,
}

/// Gives the credential to the registry being logged in to, and to no other host
/// (oras-go `auth.StaticCredential(registry, cred)`).
struct LoginCredential {
    host: String,
    cred: Credential,
}

impl CredentialSource for LoginCredential {
    fn credential(&self, host: &str) -> crate::error::Result<Credential> {
        Ok(if host == self.host {
            self.cred.clone()
        } else {
            Credential::default()
        })
    }
}

pub async fn run(a: LoginArgs) -> Result<(), CliError> {
    check_args(
        "login",
        USAGE,
        "the registry to log in to",
        &a.args,
        1,
        Some(1),
    )?;
    let registry = a.args[0].clone();
    a.remote.validate()?;
    let (username, secret) = credential_input(&a.remote)?;
    let cred = Credential::from_user_input(&username, &secret);

    let store = a.remote.credential_store()?;
    let source = Arc::new(LoginCredential {
        host: api_host(&registry).to_string(),
        cred: cred.clone(),
    });
    let conn = a
        .remote
        .settings_with(a.debug, None)?
        .registry(&registry, Some(source))
        .await
        .map_err(CliError::from_lib)?;
    if let Err(e) = ping(&conn.client, &registry, conn.plain_http).await {
        return Err(validation_error(e, &registry));
    }
    store.put(&registry, &cred).map_err(|e| {
        CliError::new(format!(
            "failed to store the credentials for {}: {e}",
            crate::auth::docker_config::server_key(&registry)
        ))
    })?;
    crate::display::Printer::new(false, true).println("Login Succeeded");
    Ok(())
}

/// `failed to validate the credentials for <registry>: <err>`, reduced as oras's
/// `Remote.ModifyError` reduces it: any registry answer becomes `Error response from
/// registry:` and only the registry's own words (`ReportErrResp`: its error entries, or the
/// `METHOD "url": response status code N: Text` line when it sent none); a missing
/// credential keeps its recommendation; anything else keeps the context.
fn validation_error(e: Error, registry: &str) -> CliError {
    if let Error::Registry(resp) = &e {
        let mut err = CliError::new(resp.registry_message());
        err.prefix = Prefix::Registry;
        return err;
    }
    if matches!(e, Error::BasicCredentialNotFound { .. }) {
        return CliError::lib(e, None, None);
    }
    let context = format!("failed to validate the credentials for {registry}");
    CliError::lib(e, Some(context), None)
}

/// The username and secret from the flags, or asked for (oras `runLogin`).
fn credential_input(remote: &RemoteOpts) -> Result<(String, String), CliError> {
    let mut username = remote.username.clone().unwrap_or_default();
    let mut secret = match remote.flag_credential()? {
        Some(c) if !c.refresh_token.is_empty() => c.refresh_token,
        Some(c) => c.password,
        None => String::new(),
    };
    if secret.is_empty() {
        if username.is_empty() {
            username = read_line("Username: ", false)?.trim().to_string();
        }
        if username.is_empty() {
            secret = read_line("Token: ", true)?;
            if secret.is_empty() {
                return Err(CliError::new("token required"));
            }
        } else {
            secret = read_line("Password: ", true)?;
            if secret.is_empty() {
                return Err(CliError::new("password required"));
            }
        }
    }
    Ok((username, secret))
}

/// Print `prompt` on stdout and read one line from stdin; `silent` lines are not echoed
/// when stdin is a terminal.
#[allow(clippy::print_stdout)]
fn read_line(prompt: &str, silent: bool) -> Result<String, CliError> {
    let mut out = std::io::stdout();
    let _ = write!(out, "{prompt}");
    let _ = out.flush();
    let stdin = std::io::stdin();
    if silent && stdin.is_terminal() {
        let line = rpassword::read_password()
            .map_err(|e| CliError::new(format!("failed to read from the terminal: {e}")))?;
        let _ = writeln!(out);
        return Ok(line);
    }
    let mut line = String::new();
    stdin
        .lock()
        .read_line(&mut line)
        .map_err(|e| CliError::new(format!("failed to read from stdin: {e}")))?;
    let line = line.strip_suffix('\n').unwrap_or(&line);
    let line = line.strip_suffix('\r').unwrap_or(line);
    Ok(line.to_string())
}
