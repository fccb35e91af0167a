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
        // an empty --format is no format: the default applies
        let raw = self
            .format
            .clone()
            .filter(|f| !f.is_empty())
            .unwrap_or_else(|| default.to_string());
        // oras: a non-empty --template needs exactly `--format go-template`; otherwise only
        // a `go-template=` prefix carries a template (`json=x` is the type "json=x")
        let template = self.template.clone().filter(|t| !t.is_empty());
        let (kind, inline_tpl) = if template.is_some() {
            if raw != "go-template" {
                return Err(CliError::new(
                    "--template must be used with --format go-template",
                ));
            }
            (raw, None)
        } else if let Some(t) = raw.strip_prefix("go-template=") {
            ("go-template".to_string(), Some(t.to_string()))
        } else {
            (raw, None)
        };
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
                let tpl = inline_tpl.or(template).unwrap_or_default();
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
