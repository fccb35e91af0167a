//! `--platform os[/arch][/variant][:os_version]` as a selection flag, parsed once for every
//! command that has it.

use crate::cli::error::CliError;
use crate::platform::Platform;

/// The parsed `--platform` value, with oras's parse errors.
pub fn parse_platform(value: Option<&str>) -> Result<Option<Platform>, CliError> {
    value
        .map(Platform::parse)
        .transpose()
        .map_err(CliError::new)
}
