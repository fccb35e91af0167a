//! `oras repo` (alias `repository`): repository operations, `ls` and `tags`.

pub mod ls;
pub mod tags;

use super::error::CliError;
use clap::{Args, Subcommand};

/// Repository operations
#[derive(Args, Debug)]
#[command(arg_required_else_help = true)]
pub struct RepoArgs {
    #[command(subcommand)]
    pub command: RepoCommand,
}

#[derive(Subcommand, Debug)]
pub enum RepoCommand {
    /// List the repositories under the registry
    #[command(visible_alias = "list")]
    Ls(ls::LsArgs),
    /// Show tags of the target repository
    #[command(visible_alias = "show-tags")]
    Tags(tags::TagsArgs),
}

pub async fn run(a: RepoArgs) -> Result<(), CliError> {
    match a.command {
        RepoCommand::Ls(a) => ls::run(a).await,
        RepoCommand::Tags(a) => tags::run(a).await,
    }
}
