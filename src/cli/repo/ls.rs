//! `oras repo ls`: the registry catalog, optionally only the repositories under a namespace
//! (printed without the namespace prefix in text mode).

use crate::cli::error::{CliError, Prefix, check_args};
use crate::cli::options::{CommonOpts, FormatOpts, RemoteOpts};
use crate::display::Printer;
use crate::display::listing::RepoListModel;
use crate::display::metadata::render_structured;
use crate::error::Error;
use crate::reference::Reference;
use clap::Args;

pub(crate) const USAGE: &str = "[flags] <registry>";

#[derive(Args, Debug)]
pub struct LsArgs {
    /// <registry>
    #[arg(value_name = "ARGS")]
    pub args: Vec<String>,
    /// start after the repository specified by `last`
    #[arg(long, default_value = "", value_name = "last")]
    pub last: String,
    #[command(flatten)]
    pub format: FormatOpts,
    #[command(flatten)]
    pub remote: RemoteOpts,
    #[command(flatten)]
    pub common: CommonOpts,
}

/// `host[/namespace][/]` → (host, `namespace/` or "").
fn parse_repo_path(raw: &str) -> Result<(String, String), String> {
    let raw = raw.strip_suffix('/').unwrap_or(raw);
    if !raw.contains('/') {
        return Ok((raw.to_string(), String::new()));
    }
    let r = Reference::parse(raw).map_err(|e| e.to_string())?;
    if !r.reference.is_empty() {
        return Err("tags or digests should not be provided".into());
    }
    Ok((r.registry, format!("{}/", r.repository)))
}

pub async fn run(a: LsArgs) -> Result<(), CliError> {
    check_args(
        "repo ls",
        USAGE,
        "the target registry to list repositories from",
        &a.args,
        1,
        Some(1),
    )?;
    let format = a.format.parse(&["text", "json", "go-template"])?;
    a.remote.validate()?;
    let (host, namespace) = parse_repo_path(&a.args[0])
        .map_err(|e| CliError::new(format!("could not parse repository path: {e}")))?;
    let conn = a
        .remote
        .settings(a.common.debug)?
        .registry(&host, None)
        .await
        .map_err(CliError::from_lib)?;
    let repos = crate::targets::remote::catalog::list_repositories(
        &conn.client,
        &host,
        conn.plain_http,
        &a.last,
    )
    .await
    .map_err(|e| list_error(e, &host, &namespace))?;
    let printer = Printer::new(false, true);
    let listed: Vec<String> = repos
        .into_iter()
        .filter(|r| r.starts_with(&namespace))
        .collect();
    if format.is_text() {
        for r in &listed {
            printer.println(&r[namespace.len()..]);
        }
        return Ok(());
    }
    let model = RepoListModel {
        registry: host,
        repositories: listed,
    };
    render_structured(&printer, &format, &model).map_err(CliError::from_lib)
}

/// oras joins its context with the cause on two lines; registry answers replace both.
fn list_error(e: Error, host: &str, namespace: &str) -> CliError {
    match e {
        Error::Registry(resp) => {
            let mut err = CliError::new(resp.registry_message());
            err.prefix = Prefix::Registry;
            err
        }
        e @ Error::BasicCredentialNotFound { .. } => CliError::from_lib(e),
        e => {
            let context = if namespace.is_empty() {
                format!("could not list repositories for {host:?}")
            } else {
                format!("could not list repositories for {host:?} with prefix {namespace:?}")
            };
            CliError::new(format!("{context}\n{e}"))
        }
    }
}
