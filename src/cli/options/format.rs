//! `--format` and `--template`, validated as oras does.

use crate::cli::error::CliError;
use crate::display::Format;
use clap::Args;

#[derive(Args, Debug, Clone, Default)]
pub struct FormatOpts {
    /// [Experimental] Format output using a custom template:
    /// 'text': Print in text format;
    /// 'json': Print in JSON format;
    /// 'go-template': Print output using the given Go template
    #[arg(long, value_name = "string")]
    pub format: Option<String>,
    /// [Experimental] template string used to format output
    #[arg(long, value_name = "string")]
    pub template: Option<String>,
}

impl FormatOpts {
    /// Parse against the types one command accepts; the first is the default.
    pub fn parse(&self, allowed: &[&str]) -> Result<Format, CliError> {
        let default = allowed[0];
        let raw = self.format.clone().unwrap_or_else(|| default.to_string());
        let (kind, inline_tpl) = match raw.split_once('=') {
            Some((k, t)) => (k.to_string(), Some(t.to_string())),
            None => (raw.clone(), None),
        };
        if self.template.is_some() && kind != "go-template" {
            return Err(CliError::new(
                "--template must be used with --format go-template",
            ));
        }
        if !allowed.contains(&kind.as_str()) {
            let mut list: Vec<&str> = allowed[1..].to_vec();
            list.push(default);
            return Err(CliError::new(format!("invalid format type: {kind:?}"))
                .recommend(format!("supported types: {}", list.join(", "))));
        }
        Ok(match kind.as_str() {
            "json" => Format::Json,
            "tree" => Format::Tree,
            "table" => Format::Table,
            "go-template" => {
                let tpl = inline_tpl
                    .or_else(|| self.template.clone())
                    .unwrap_or_default();
                if tpl.is_empty() {
                    return Err(CliError::new(
                        "\"go-template\" format specified but no template given",
                    )
                    .recommend("use `--format go-template=TEMPLATE` to specify the template"));
                }
                Format::GoTemplate(tpl)
            }
            _ => Format::Text,
        })
    }
}
