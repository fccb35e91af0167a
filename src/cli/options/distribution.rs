//! `--distribution-spec`: force how referrers are found and indexed on a registry.

use super::OpenedTarget;
use crate::cli::error::CliError;
use crate::targets::remote::referrers::parse_distribution_spec;
use clap::Args;

#[derive(Args, Debug, Clone, Default)]
pub struct DistributionSpecOpts {
    /// [Preview] set OCI distribution spec version and API option for target. Options: v1.1-referrers-tag, v1.1-referrers-api
    #[arg(long = "distribution-spec", value_name = "string", value_parser = spec_value)]
    pub distribution_spec: Option<String>,
}

/// The flag's value check, made while the flags are parsed as pflag does with oras's
/// `DistributionSpec.Set`: a refused value fails as `invalid argument "<v>" for
/// "--distribution-spec" flag: <reason>` with the available options on the next line.
pub fn spec_value(value: &str) -> Result<String, String> {
    parse_distribution_spec(value)
        .map(|_| value.to_string())
        .map_err(|(reason, options)| format!("{reason}\n{options}"))
}

impl DistributionSpecOpts {
    /// The forced referrers capability (`Some(true)` = API), validated.
    pub fn parse(&self) -> Result<Option<bool>, CliError> {
        self.distribution_spec
            .as_deref()
            .map(|v| parse_distribution_spec(v).map_err(|(m, r)| CliError::new(m).recommend(r)))
            .transpose()
    }

    /// Apply the forced capability to a registry target (layouts ignore it).
    pub fn apply(&self, target: &OpenedTarget) -> Result<(), CliError> {
        if let (Some(api), OpenedTarget::Remote(repo)) = (self.parse()?, target) {
            repo.set_referrers_capability(api);
        }
        Ok(())
    }
}
