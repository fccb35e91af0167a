//! CLI errors rendered as oras renders them: `Error: <msg>` (or `Error response from
//! registry: …`), then optional `Usage: …` and recommendation lines; exit code 1.

use crate::error::Error;
use crate::ops::backup::Failed;
use std::fmt;

/// The prefix of the first error line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Prefix {
    Error,
    Registry,
    /// `Error from <source|destination> <registry|oci-layout> for "<raw>":`
    Side(String),
}

/// A user-facing error.
#[derive(Debug)]
pub struct CliError {
    pub prefix: Prefix,
    pub message: String,
    pub usage: Option<String>,
    pub recommendation: Option<String>,
}

impl CliError {
    pub fn new(message: impl Into<String>) -> Self {
        CliError {
            prefix: Prefix::Error,
            message: message.into(),
            usage: None,
            recommendation: None,
        }
    }

    pub fn recommend(mut self, r: impl Into<String>) -> Self {
        self.recommendation = Some(r.into());
        self
    }

    pub fn usage(mut self, u: impl Into<String>) -> Self {
        self.usage = Some(u.into());
        self
    }

    /// A library error with no target context.
    pub fn from_lib(e: Error) -> Self {
        Self::lib(e, None, None)
    }

    /// oras's `ModifyError` (for a target, `TargetRef::error` passes its registry): not-found errors and errors the target registry answered get
    /// the registry prefix; a registry's own error entries replace the wrapped text.
    pub fn lib(e: Error, context: Option<String>, registry_host: Option<String>) -> Self {
        let e = e.unwrap_copy();
        let wrap = |m: String| match &context {
            Some(c) => format!("{c}: {m}"),
            None => m,
        };
        if let Error::BasicCredentialNotFound { hint_path } = &e {
            let mut err = CliError::new(e.to_string());
            if let Some(p) = hint_path {
                err = err.recommend(format!(
                    "Please check whether the registry credential stored in the authentication file at {:?} is correct",
                    p.display().to_string()
                ));
            }
            return err;
        }
        if registry_host.is_some() {
            if let Error::Registry(resp) = &e
                && resp.host().as_deref() == registry_host.as_deref()
            {
                let mut err = CliError::new(resp.registry_message());
                err.prefix = Prefix::Registry;
                return err;
            }
            if matches!(e, Error::NotFound(_) | Error::NotFoundText(_)) {
                let mut err = CliError::new(wrap(e.to_string()));
                err.prefix = Prefix::Registry;
                return err;
            }
        }
        CliError::new(wrap(e.to_string()))
    }

    /// oras `Remote.ModifyError` (backup, restore): an error the registry answered is
    /// reported as the registry worded it, with the registry prefix; anything else keeps
    /// its context.
    pub fn remote(e: Error, context: Option<String>) -> Self {
        let e = e.unwrap_copy();
        if let Error::Registry(resp) = &e {
            let host = resp.host();
            return Self::lib(e, None, host);
        }
        Self::lib(e, context, None)
    }

    /// A step of backup or restore that failed, with the sentence oras puts in front.
    pub fn failed(f: Failed) -> Self {
        Self::remote(f.source, Some(f.context))
    }

    /// The text written to stderr.
    pub fn render(&self) -> String {
        let prefix = match &self.prefix {
            Prefix::Error => "Error:".to_string(),
            Prefix::Registry => "Error response from registry:".to_string(),
            Prefix::Side(s) => s.clone(),
        };
        let mut out = format!("{prefix} {}\n", self.message);
        if let Some(u) = &self.usage {
            out.push_str(&format!("Usage: {u}\n"));
        }
        if let Some(r) = &self.recommendation {
            out.push_str(r);
            out.push('\n');
        }
        out
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CliError {}

impl From<Error> for CliError {
    fn from(e: Error) -> Self {
        CliError::from_lib(e)
    }
}

/// oras's `CheckArgs` with `argument.Exactly(min)` (`max == Some(min)`) or
/// `argument.AtLeast(min)`: `"oras <cmd>" requires exactly N argument but got M` (the noun
/// is always singular), the usage line, and a hint naming `what` the arguments are.
pub fn check_args(
    cmd: &str,
    usage: &str,
    what: &str,
    args: &[String],
    min: usize,
    max: Option<usize>,
) -> Result<(), CliError> {
    let n = args.len();
    if n >= min && max.is_none_or(|m| n <= m) {
        return Ok(());
    }
    let count = if max.is_some() {
        format!("exactly {min} argument")
    } else {
        format!("at least {min} argument")
    };
    Err(
        CliError::new(format!("\"oras {cmd}\" requires {count} but got {n}"))
            .usage(format!("oras {cmd} {usage}"))
            .recommend(format!(
                "Please specify {count} as {what}. Run \"oras {cmd} -h\" for more options and examples"
            )),
    )
}
