//! `oras logout <registry>`: remove the stored credential (config file or helper); silent.

use super::env;
use super::error::{CliError, check_args};
use crate::auth::docker_config::{ConfigPaths, CredentialStore};
use clap::Args;
use std::path::PathBuf;

pub(crate) const USAGE: &str = "[flags] <registry>";

#[derive(Args, Debug)]
pub struct LogoutArgs {
    /// <registry>
    #[arg(value_name = "ARGS")]
    pub args: Vec<String>,
    /// debug mode
    #[arg(short = 'd', long)]
    pub debug: bool,
    /// auth config path
    // pflag names the type of oras's StringArrayVar here (its usage has no `path` word)
    #[arg(long = "registry-config", value_name = "stringArray")]
    pub registry_config: Vec<PathBuf>,
}

pub async fn run(a: LogoutArgs) -> Result<(), CliError> {
    check_args(
        "logout",
        USAGE,
        "the registry to log out from",
        &a.args,
        1,
        Some(1),
    )?;
    let paths = ConfigPaths {
        docker_config_env: env::docker_config(),
        home: env::home(),
    };
    let store = CredentialStore::open(&a.registry_config, &paths)
        .map_err(|e| CliError::new(e.to_string()))?;
    store
        .delete(&a.args[0])
        .map_err(|e| CliError::new(e.to_string()))
}
