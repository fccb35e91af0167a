//! `oras manifest index create|update`: build an image index from manifests of the same
//! repository, or change one, then push it (or write it with `--output`).

use crate::cli::error::{CliError, check_args};
use crate::cli::file_ref::parse_annotations;
use crate::cli::options::{CommonOpts, OpenedTarget, TargetOpts, TargetRef};
use crate::content::manifest::Index;
use crate::content::{Descriptor, Digest};
use crate::display::Printer;
use crate::display::status::*;
use crate::media_type;
use crate::ops::index::{entry_of, pack, push};
use crate::targets::layout::write_atomic;
use clap::{Args, Subcommand};

#[derive(Args, Debug)]
pub struct IndexArgs {
    #[command(subcommand)]
    pub command: IndexCommand,
}

#[derive(Subcommand, Debug)]
pub enum IndexCommand {
    /// [Experimental] Create and push an index from provided manifests
    #[command(visible_alias = "pack")]
    Create(CreateArgs),
    /// [Experimental] Update and push an image index
    Update(UpdateArgs),
}

// oras's `Use` strings, as its help and usage errors print them (update's has no
// `[flags]`: cobra appends it in help only)
pub(crate) const CREATE_USAGE: &str =
    "[flags] <target>[:<tag[,<tag>][...]] <sources>[{<tag>|<digest>}...]";
pub(crate) const UPDATE_USAGE: &str =
    "<index>{:<tag>|@<digest>} [{--add|--merge|--remove} <manifest>{<tag>|<digest>}] [...]";

/// Flags both subcommands have.
#[derive(Args, Debug)]
pub struct IndexOutputOpts {
    /// index artifact type
    #[arg(long = "artifact-type", value_name = "string")]
    pub artifact_type: Option<String>,
    /// file `path` to write the created index to, use - for stdout
    #[arg(short = 'o', long, value_name = "path")]
    pub output: Option<String>,
    /// prettify JSON objects printed to stdout
    #[arg(long)]
    pub pretty: bool,
    #[command(flatten)]
    pub target: TargetOpts,
    #[command(flatten)]
    pub common: CommonOpts,
}

#[derive(Args, Debug)]
pub struct CreateArgs {
    /// <name>[:<tag[,<tag>][...]] [{<tag>|<digest>}...]
    #[arg(value_name = "ARGS")]
    pub args: Vec<String>,
    /// manifest annotations
    #[arg(short = 'a', long = "annotation", value_name = "stringArray")]
    pub annotation: Vec<String>,
    #[command(flatten)]
    pub out: IndexOutputOpts,
}

#[derive(Args, Debug)]
pub struct UpdateArgs {
    /// <name>{:<tag>|@<digest>}
    #[arg(value_name = "ARGS")]
    pub args: Vec<String>,
    /// manifests to add to the index
    #[arg(long, value_name = "stringArray")]
    pub add: Vec<String>,
    /// indexes to be merged into the index
    #[arg(long, value_name = "stringArray")]
    pub merge: Vec<String>,
    /// manifests to remove from the index, must be digests
    #[arg(long, value_name = "stringArray")]
    pub remove: Vec<String>,
    /// extra tags for the updated index
    #[arg(long, value_name = "stringArray")]
    pub tag: Vec<String>,
    #[command(flatten)]
    pub out: IndexOutputOpts,
}

pub async fn run(a: IndexArgs) -> Result<(), CliError> {
    match a.command {
        IndexCommand::Create(a) => create(a).await,
        IndexCommand::Update(a) => update(a).await,
    }
}

fn check_artifact_type(t: Option<&str>) -> Result<(), CliError> {
    match t {
        Some(t) if !media_type::is_valid(t) => Err(CliError::new(format!(
            "invalid artifactType format: {t}: invalid media type"
        ))),
        _ => Ok(()),
    }
}

/// `Fetched   <digest> <ref>` (just the digest when the reference is one).
fn fetched_line(prompt: &str, reference: &str, digest: &Digest) -> String {
    if Digest::parse(reference).is_ok() {
        format!("{prompt} {reference}")
    } else {
        format!("{prompt} {digest} {reference}")
    }
}

/// What a fetched reference must be.
#[derive(Clone, Copy)]
enum Expect {
    Manifest,
    Index,
}

impl Expect {
    fn name(self) -> &'static str {
        match self {
            Expect::Manifest => "manifest",
            Expect::Index => "index",
        }
    }

    fn with_article(self) -> &'static str {
        match self {
            Expect::Manifest => "a manifest",
            Expect::Index => "an index",
        }
    }

    fn matches(self, media_type: &str) -> bool {
        match self {
            Expect::Manifest => media_type::is_manifest(media_type),
            Expect::Index => media_type::is_index(media_type),
        }
    }
}

/// `Fetching  <ref>`, the fetch (`could not find the <kind> <ref>: …`), the kind check
/// (`<ref> is not a <kind>`, with no `Fetched` line before it, as oras), `Fetched  …`.
async fn fetch_checked(
    printer: &Printer,
    dst: &OpenedTarget,
    target: &TargetRef,
    reference: &str,
    expect: Expect,
) -> Result<(Descriptor, Vec<u8>), CliError> {
    printer.status_line(&format!("{INDEX_FETCHING} {reference}"));
    let (desc, bytes) = dst
        .read_only()
        .fetch_reference(reference)
        .await
        .map_err(|e| {
            let context = format!("could not find the {} {reference}", expect.name());
            target.error(e, Some(context))
        })?;
    if !expect.matches(&desc.media_type) {
        return Err(CliError::new(format!(
            "{reference} is not {}",
            expect.with_article()
        )));
    }
    printer.status_line(&fetched_line(INDEX_FETCHED, reference, &desc.digest));
    Ok((desc, bytes))
}

/// Fetch a source manifest of the index and make its index entry.
async fn fetch_source(
    printer: &Printer,
    dst: &OpenedTarget,
    target: &TargetRef,
    reference: &str,
) -> Result<Descriptor, CliError> {
    let (desc, bytes) = fetch_checked(printer, dst, target, reference, Expect::Manifest).await?;
    entry_of(&*dst.read_only(), &desc, &bytes)
        .await
        .map_err(|e| target.error(e, None))
}

/// An index's JSON.
fn decode_index(bytes: &[u8]) -> Result<Index, CliError> {
    serde_json::from_slice(bytes).map_err(|e| CliError::new(format!("failed to decode index: {e}")))
}

/// Write `--output` (file or `-`), or push under `tag` and print `Pushed`; then extra tags and
/// the digest.
#[allow(clippy::too_many_arguments)]
async fn finish(
    printer: &Printer,
    out: &IndexOutputOpts,
    dst: &OpenedTarget,
    target: &TargetRef,
    index: &Index,
    pushed_as: &str,
    tag: &str,
    extra_tags: &[String],
    packed_prompt: bool,
) -> Result<(), CliError> {
    let (desc, bytes) = pack(index);
    if packed_prompt {
        printer.status_line(&format!(
            "{INDEX_PACKED} {} {}",
            desc.digest.short(),
            media_type::IMAGE_INDEX
        ));
    } else {
        printer.status_line(&format!("{INDEX_UPDATED} {}", desc.digest));
    }
    match out.output.as_deref() {
        Some("-") => {
            return crate::cli::options::output::print_json(printer, &bytes, out.pretty);
        }
        Some(path) => {
            write_atomic(std::path::Path::new(path), &bytes, 0o666).map_err(CliError::from_lib)?;
        }
        None => {
            push(&*dst.writable(), &desc, bytes.clone(), tag)
                .await
                .map_err(|e| target.error(e, None))?;
            printer.status_line(&format!("{INDEX_PUSHED} {pushed_as}"));
            let on_tagged = |t: &str| printer.status_line(&format!("Tagged {t}"));
            crate::ops::tag::tag_bytes_n(
                &*dst.writable(),
                &desc,
                &bytes,
                extra_tags,
                5,
                &on_tagged,
            )
            .await
            .map_err(|e| target.error(e, None))?;
        }
    }
    printer.println(&format!("Digest: {}", desc.digest));
    Ok(())
}

async fn create(a: CreateArgs) -> Result<(), CliError> {
    check_args(
        "manifest index create",
        CREATE_USAGE,
        "the destination index to create",
        &a.args,
        1,
        None,
    )?;
    check_artifact_type(a.out.artifact_type.as_deref())?;
    let annotations = parse_annotations(&a.annotation)?;
    let (target, extra_tags) = a.out.target.parse_ref_with_tags(&a.args[0])?;
    let dst = a
        .out
        .target
        .open(&target, &["pull", "push"], a.out.common.debug)
        .await?;
    let to_stdout = a.out.output.as_deref() == Some("-");
    let printer = Printer::new(a.out.common.verbose, !to_stdout);
    let mut manifests = Vec::new();
    for source in &a.args[1..] {
        manifests.push(fetch_source(&printer, &dst, &target, source).await?);
    }
    let mut index = Index::new(manifests);
    index.artifact_type = a.out.artifact_type.clone().unwrap_or_default();
    index.annotations = annotations;
    let tag = target.reference().to_string();
    finish(
        &printer,
        &a.out,
        &dst,
        &target,
        &index,
        &target.display(),
        &tag,
        &extra_tags,
        true,
    )
    .await
}

async fn update(a: UpdateArgs) -> Result<(), CliError> {
    check_args(
        "manifest index update",
        UPDATE_USAGE,
        "the target index to update",
        &a.args,
        1,
        Some(1),
    )?;
    if !a.tag.is_empty() && a.out.output.is_some() {
        return Err(CliError::new(
            "--tag, --output cannot be used at the same time",
        ));
    }
    // validated only when not empty: `--artifact-type ''` removes the field
    check_artifact_type(a.out.artifact_type.as_deref().filter(|t| !t.is_empty()))?;
    let removals = a
        .remove
        .iter()
        .map(|r| {
            Digest::parse(r).map_err(|_| CliError::new(format!("remove: {r} is not a digest")))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let target = a.out.target.parse_ref(&a.args[0])?;
    target.ensure_reference("manifest index update", UPDATE_USAGE)?;
    let to_stdout = a.out.output.as_deref() == Some("-");
    let printer = Printer::new(a.out.common.verbose, !to_stdout);
    if a.add.is_empty()
        && a.merge.is_empty()
        && a.remove.is_empty()
        && a.out.artifact_type.is_none()
    {
        printer.println("Nothing to update as no change is requested");
        return Ok(());
    }
    let dst = a
        .out
        .target
        .open(&target, &["pull", "push"], a.out.common.debug)
        .await?;
    let reference = target.reference().to_string();
    let (_, bytes) = fetch_checked(&printer, &dst, &target, &reference, Expect::Index).await?;
    let mut index = decode_index(&bytes)?;
    // oras's order: remove, add, merge
    index.manifests = remove_manifests(index.manifests, &removals, &reference)?;
    for d in unique(&removals) {
        printer.status_line(&format!("{INDEX_REMOVED} {d}"));
    }
    for add in &a.add {
        let entry = fetch_source(&printer, &dst, &target, add).await?;
        printer.status_line(&fetched_line(INDEX_ADDED, add, &entry.digest));
        index.manifests.push(entry);
    }
    for merge in &a.merge {
        let (desc, bytes) = fetch_checked(&printer, &dst, &target, merge, Expect::Index).await?;
        // every manifest of the merged index, those already listed included
        index.manifests.extend(decode_index(&bytes)?.manifests);
        printer.status_line(&fetched_line(INDEX_MERGED, merge, &desc.digest));
    }
    // given, even empty, it replaces the field (an empty one drops it from the JSON)
    if let Some(t) = &a.out.artifact_type {
        index.artifact_type = t.clone();
    }
    let (tag, pushed_as) = if Digest::parse(&reference).is_ok() {
        (String::new(), format!("[registry] {}", target.path()))
    } else {
        (reference.clone(), target.display())
    };
    let pushed_as = if target.is_layout() {
        pushed_as.replacen("[registry]", "[oci-layout]", 1)
    } else {
        pushed_as
    };
    finish(
        &printer, &a.out, &dst, &target, &index, &pushed_as, &tag, &a.tag, false,
    )
    .await
}

/// `digests` in first-given order, each once (oras keeps them in a set).
fn unique(digests: &[Digest]) -> Vec<&Digest> {
    let mut seen: Vec<&Digest> = Vec::new();
    for d in digests {
        if !seen.contains(&d) {
            seen.push(d);
        }
    }
    seen
}

/// `manifests` without any entry whose digest is in `removals`; every digest to remove must
/// be in the index: `<digest> does not exist in the index <reference>` otherwise.
fn remove_manifests(
    manifests: Vec<Descriptor>,
    removals: &[Digest],
    reference: &str,
) -> Result<Vec<Descriptor>, CliError> {
    if let Some(missing) = removals
        .iter()
        .find(|d| !manifests.iter().any(|m| &m.digest == *d))
    {
        return Err(CliError::new(format!(
            "{missing} does not exist in the index {reference}"
        )));
    }
    Ok(manifests
        .into_iter()
        .filter(|m| !removals.contains(&m.digest))
        .collect())
}
