//! `oras manifest`: manifest operations (`fetch`, `fetch-config`, `push`, `delete`, `index`).

pub mod delete;
pub mod fetch;
pub mod fetch_config;
pub mod index;
pub mod push;

use super::error::CliError;
use clap::{Args, Subcommand};

/// Manifest operations
#[derive(Args, Debug)]
#[command(arg_required_else_help = true)]
pub struct ManifestArgs {
    #[command(subcommand)]
    pub command: ManifestCommand,
}

#[derive(Subcommand, Debug)]
pub enum ManifestCommand {
    /// Fetch manifest of the target artifact
    #[command(visible_aliases = ["get", "show"])]
    Fetch(fetch::FetchArgs),
    /// Fetch the config of a manifest from a registry or an OCI image layout
    #[command(name = "fetch-config", visible_alias = "get-config")]
    FetchConfig(fetch_config::FetchConfigArgs),
    /// Push a manifest to a registry or an OCI image layout
    Push(push::PushArgs),
    /// Delete a manifest from remote registry
    #[command(visible_aliases = ["remove", "rm"])]
    Delete(delete::DeleteArgs),
    /// [Experimental] Index operations
    Index(index::IndexArgs),
}

pub async fn run(a: ManifestArgs) -> Result<(), CliError> {
    match a.command {
        ManifestCommand::Fetch(a) => fetch::run(a).await,
        ManifestCommand::FetchConfig(a) => fetch_config::run(a).await,
        ManifestCommand::Push(a) => push::run(a).await,
        ManifestCommand::Delete(a) => delete::run(a).await,
        ManifestCommand::Index(a) => index::run(a).await,
    }
}
