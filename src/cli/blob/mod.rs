//! `oras blob`: blob operations (`fetch`, `push`, `delete`).

pub mod delete;
pub mod fetch;
pub mod push;

use super::error::CliError;
use crate::content::Digest;
use crate::error::Error;
use clap::{Args, Subcommand};

/// Blob operations
#[derive(Args, Debug)]
#[command(arg_required_else_help = true)]
pub struct BlobArgs {
    #[command(subcommand)]
    pub command: BlobCommand,
}

#[derive(Subcommand, Debug)]
pub enum BlobCommand {
    /// Fetch a blob from a registry or an OCI image layout
    #[command(visible_alias = "get")]
    Fetch(fetch::FetchArgs),
    /// Push a blob to a registry or an OCI image layout
    Push(push::PushArgs),
    /// Delete a blob from a remote registry
    #[command(visible_aliases = ["remove", "rm"])]
    Delete(delete::DeleteArgs),
}

pub async fn run(a: BlobArgs) -> Result<(), CliError> {
    match a.command {
        BlobCommand::Fetch(a) => fetch::run(a).await,
        BlobCommand::Push(a) => push::run(a).await,
        BlobCommand::Delete(a) => delete::run(a).await,
    }
}

/// The blob digest of a reference (a tag is not one).
pub fn blob_digest(reference: &str) -> Result<Digest, Error> {
    Digest::parse(reference)
        .map_err(|e| Error::InvalidReference(format!("invalid digest {reference:?}: {e}")))
}
