//! `oras manifest`: the manifest command group.

pub mod index;

use super::error::CliError;
use clap::{Args, Subcommand};

#[derive(Args, Debug)]
pub struct ManifestArgs {
    #[command(subcommand)]
    pub command: ManifestCommand,
}

#[derive(Subcommand, Debug)]
pub enum ManifestCommand {
    /// [Experimental] Index operations
    Index(index::IndexArgs),
}

pub async fn run(a: ManifestArgs) -> Result<(), CliError> {
    match a.command {
        ManifestCommand::Index(a) => index::run(a).await,
    }
}
