//! `oras repo tags`: the tags of a repository or layout; with `:tag`/`@digest`, only the tags
//! naming the same manifest ([Experimental]); in a layout given by `--oci-layout-path`, the
//! tags of one `<registry>/<repository>`.

use crate::cli::error::{CliError, check_args};
use crate::cli::options::{CommonOpts, FormatOpts, TargetOpts};
use crate::content::Digest;
use crate::display::Printer;
use crate::display::listing::TagListModel;
use crate::display::metadata::render_structured;
use crate::reference::Reference;
use clap::Args;

pub(crate) const USAGE: &str = "[flags] <name>";

#[derive(Args, Debug)]
pub struct TagsArgs {
    /// <name>
    #[arg(value_name = "ARGS")]
    pub args: Vec<String>,
    /// start after the tag specified by `last`
    #[arg(long, default_value = "", value_name = "last")]
    pub last: String,
    /// [Preview] exclude all digest-like tags such as 'sha256-aaaa...'
    #[arg(long = "exclude-digest-tags")]
    pub exclude_digest_tags: bool,
    #[command(flatten)]
    pub format: FormatOpts,
    #[command(flatten)]
    pub target: TargetOpts,
    #[command(flatten)]
    pub common: CommonOpts,
}

/// `sha256-<hex>` and the like: a digest with its first `:` written as `-`.
fn is_digest_tag(tag: &str) -> bool {
    Digest::parse(&tag.replacen('-', ":", 1)).is_ok()
}

pub async fn run(a: TagsArgs) -> Result<(), CliError> {
    check_args(
        "repo tags",
        USAGE,
        "the target repository to list tags from",
        &a.args,
        1,
        Some(1),
    )?;
    let format = a.format.parse(&["text", "json", "go-template"])?;
    let target_ref = a.target.parse_ref(&a.args[0])?;
    let opened = a.target.open_read_only(&target_ref, a.common.debug).await?;
    let finder = opened.read_only();
    let err = |e| target_ref.error(e, None);
    let reference = target_ref.reference();
    // `--oci-layout-path DIR <registry>/<repository>` (no tag or digest): the layout's tags
    // of that repository, `<registry>/<repository>:` removed
    let repository_prefix = a
        .target
        .oci_layout_path
        .as_ref()
        .and_then(|_| Reference::parse(reference).ok())
        .filter(|r| r.reference.is_empty())
        .map(|r| format!("{}:", r.path()));
    let mut filter = String::new();
    if !reference.is_empty() && repository_prefix.is_none() {
        filter = match Digest::parse(reference) {
            Ok(d) => d.to_string(),
            Err(_) => finder
                .resolve(reference)
                .await
                .map_err(err)?
                .digest
                .to_string(),
        };
        crate::display::debug::warning(&format!(
            "[Experimental] querying tags associated to {filter}, it may take a while...\n"
        ));
    }
    let tags = finder.tags(&a.last).await.map_err(err)?;
    let printer = Printer::new(false, true);
    let mut listed = Vec::new();
    for tag in tags {
        let tag = match &repository_prefix {
            Some(prefix) => match tag.strip_prefix(prefix.as_str()) {
                Some(t) => t.to_string(),
                None => continue,
            },
            None => tag,
        };
        if a.exclude_digest_tags && is_digest_tag(&tag) {
            continue;
        }
        if !filter.is_empty() && tag != reference {
            let desc = finder.resolve(&tag).await.map_err(err)?;
            if desc.digest.as_str() != filter {
                continue;
            }
        }
        if format.is_text() {
            printer.println(&tag);
        }
        listed.push(tag);
    }
    if format.is_text() {
        return Ok(());
    }
    render_structured(&printer, &format, &TagListModel { tags: listed }).map_err(CliError::from_lib)
}
