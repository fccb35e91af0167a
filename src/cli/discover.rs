//! `oras discover`: resolve a manifest and show its referrers as a tree, a table
//! (deprecated), JSON or a go-template; `-o/--output` is the deprecated spelling of `--format`.

use super::error::{CliError, check_args};
use super::options::{CommonOpts, DistributionSpecOpts, FormatOpts, PlatformOpts, TargetOpts};
use crate::display::discover::{DiscoverModel, table, tree};
use crate::display::metadata::render_structured;
use crate::display::{Format, Printer};
use crate::ops::platform::resolve_with_platform;
use clap::Args;
use std::io::IsTerminal;

pub(crate) const USAGE: &str = "[flags] <name>{:<tag>|@<digest>}";

#[derive(Args, Debug)]
pub struct DiscoverArgs {
    /// <name>{:<tag>|@<digest>}
    #[arg(value_name = "ARGS")]
    pub args: Vec<String>,
    /// artifact type
    #[arg(long = "artifact-type", value_name = "string")]
    pub artifact_type: Option<String>,
    /// [Experimental] depth of referrers to discover, 0 means unlimited
    #[arg(long, value_name = "int", allow_negative_numbers = true)]
    pub depth: Option<i64>,
    /// [Deprecated] format in which to display referrers (table, json, or tree). tree format will also show indirect referrers
    #[arg(short = 'o', long, value_name = "string")]
    pub output: Option<String>,
    #[command(flatten)]
    pub platform: PlatformOpts,
    #[command(flatten)]
    pub distribution: DistributionSpecOpts,
    #[command(flatten)]
    pub format: FormatOpts,
    #[command(flatten)]
    pub target: TargetOpts,
    #[command(flatten)]
    pub common: CommonOpts,
}

fn parse_format(a: &DiscoverArgs) -> Result<Format, CliError> {
    const TYPES: &[&str] = &["tree", "table", "json", "go-template"];
    if a.format.format.is_some() && a.output.is_some() {
        return Err(CliError::new(
            "--format, --output cannot be used at the same time",
        ));
    }
    let mut opts = a.format.clone();
    if let Some(o) = &a.output {
        opts.format = Some(o.clone());
    }
    let format = opts.parse(TYPES)?;
    if a.output.is_some() {
        if !matches!(format, Format::Tree | Format::Json | Format::Table) {
            return Err(CliError::new("output type can only be tree, table or json"));
        }
        // oras interpolates the --template value here
        crate::display::warn(&format!(
            "[DEPRECATED] --output is deprecated, try `--format {}` instead",
            a.format.template.clone().unwrap_or_default()
        ));
    }
    if format == Format::Table {
        crate::display::warn(
            "Format \"table\" is deprecated and will be removed in a future release.",
        );
    }
    Ok(format)
}

pub async fn run(a: DiscoverArgs) -> Result<(), CliError> {
    check_args(
        "discover",
        USAGE,
        "the target artifact to discover referrers from",
        &a.args,
        1,
        Some(1),
    )?;
    let format = parse_format(&a)?;
    let mut depth = match a.depth {
        Some(d) if d < 1 => return Err(CliError::new("depth value should be at least 1")),
        Some(d) => d as usize,
        None => 0,
    };
    if format == Format::Table {
        depth = 1;
    }
    a.distribution.parse()?;
    let platform = a.platform.one()?;
    let target_ref = a.target.parse_ref(&a.args[0])?;
    let src = a.target.open_read_only(&target_ref, a.common.debug).await?;
    target_ref.ensure_reference("discover", USAGE)?;
    a.distribution.apply(&src)?;
    let source = src.read_only();
    let reference = target_ref.reference();
    let root = resolve_with_platform(&*source, reference, platform.as_ref())
        .await
        .map_err(|e| target_ref.error(e, None))?;
    let artifact_type = a.artifact_type.as_deref().filter(|t| !t.is_empty());
    let graph = crate::ops::discover::discover(&*source, root, artifact_type, depth)
        .await
        .map_err(|e| target_ref.error(e, None))?;

    let printer = Printer::new(a.common.verbose, format.is_text());
    let path = target_ref.path();
    match &format {
        Format::Tree => {
            let color = !a.common.no_tty && !a.common.debug && std::io::stderr().is_terminal();
            printer.write_raw(tree(&path, &graph, a.common.verbose, color).as_bytes());
            Ok(())
        }
        Format::Table => {
            printer.write_raw(table(target_ref.raw(), &graph, a.common.verbose).as_bytes());
            Ok(())
        }
        _ => render_structured(&printer, &format, &DiscoverModel::new(&path, &graph))
            .map_err(CliError::from_lib),
    }
}
