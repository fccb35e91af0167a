//! `oras cp` / `oras copy`: copy an artifact (optionally with its referrers) between two
//! registries or OCI layouts; blobs are mounted when both sides share a registry.

use super::error::{CliError, Prefix, check_args};
use super::options::binary_target::{BinaryTargetOpts, Side};
use super::options::platform;
use super::options::{CommonOpts, OpenedTarget, PlatformOpts, TargetRef};
use crate::content::Digest;
use crate::copy::CopyOptions;
use crate::copy::extended::{PredecessorFinder, ReferrerFinder};
use crate::display::status::{COPY, TransferStatus};
use crate::error::{Error, Origin};
use crate::ops::copy::copy_artifact;
use crate::ops::platform::copy::copy_platforms;
use crate::ops::platform::fetch_with_platform;
use crate::platform::list::Selection;
use crate::targets::remote::mount::RepositoryMounter;
use crate::targets::{ReadOnlyTarget, Target};
use clap::Args;
use std::sync::Arc;

pub(crate) const USAGE: &str = "[flags] <from>{:<tag>|@<digest>} <to>[:<tag>[,<tag>][...]]";

#[derive(Args, Debug)]
#[command(mut_args(platform::help(platform::list_help(
    "copy the matching manifests and a new index of just them",
))))]
pub struct CpArgs {
    /// <from>{:<tag>|@<digest>} <to>[:<tag>[,<tag>][...]]
    #[arg(value_name = "ARGS")]
    pub args: Vec<String>,
    /// [Preview] recursively copy the artifact and its referrer artifacts
    #[arg(short = 'r', long)]
    pub recursive: bool,
    /// concurrency level
    #[arg(long, default_value_t = 3, value_name = "int")]
    pub concurrency: usize,
    #[command(flatten)]
    pub platform: PlatformOpts,
    #[command(flatten)]
    pub targets: BinaryTargetOpts,
    #[command(flatten)]
    pub common: CommonOpts,
}

/// The two opened sides, as the copy needs them.
struct Sides {
    src: Arc<dyn ReadOnlyTarget>,
    finder: Arc<dyn PredecessorFinder>,
    dst: Arc<dyn Target>,
    mount: Option<RepositoryMounter>,
}

fn kind(t: &TargetRef) -> &'static str {
    if t.is_layout() {
        "oci-layout"
    } else {
        "registry"
    }
}

/// oras `BinaryTarget.ModifyError`: copy errors name the side they came from; other
/// errors get the registry prefix when the source, else the destination, registry said so.
fn cp_error(e: Error, context: Option<String>, from: &TargetRef, to: &TargetRef) -> CliError {
    if let Error::Copy(c) = e {
        let (side, t) = match c.origin {
            Origin::Source => ("source", from),
            Origin::Destination => ("destination", to),
        };
        let mut err = CliError::lib(c.source, context, t.registry_host());
        err.prefix = Prefix::Side(format!("Error from {side} {} for {:?}:", kind(t), t.raw()));
        return err;
    }
    let host = match &e {
        Error::Registry(resp) if resp.host().is_some() && resp.host() == from.registry_host() => {
            from.registry_host()
        }
        Error::Registry(_) => to.registry_host(),
        _ => from.registry_host().or_else(|| to.registry_host()),
    };
    CliError::lib(e, context, host)
}

/// A failure of the source side, as oras-go's `Copy` tags it.
fn source_side(e: Error) -> Error {
    e.with_origin(Origin::Source)
}

async fn open(
    from: &Side,
    to: &Side,
    from_ref: &TargetRef,
    to_ref: &TargetRef,
    debug: bool,
) -> Result<Sides, CliError> {
    let src = from.open_source(from_ref, debug).await?;
    from_ref.ensure_reference("cp", USAGE)?;
    let dst = to.open_destination(to_ref, debug).await?;
    for (side, opened) in [(from, &src), (to, &dst)] {
        if let (Some(api), OpenedTarget::Remote(repo)) = (side.referrers_api()?, opened) {
            repo.set_referrers_capability(api);
        }
    }
    let mount = match (&src, &dst) {
        (OpenedTarget::Remote(s), OpenedTarget::Remote(d))
            if s.reference.registry == d.reference.registry =>
        {
            Some(RepositoryMounter {
                dst: d.clone(),
                from: s.reference.repository.clone(),
            })
        }
        _ => None,
    };
    if let (None, OpenedTarget::Remote(d)) = (&mount, &dst) {
        d.probe_blobs_by_upload();
    }
    let src = src.read_only();
    let finder: Arc<dyn PredecessorFinder> = Arc::new(ReferrerFinder(src.clone()));
    let dst: Arc<dyn Target> = dst.writable();
    Ok(Sides {
        src,
        finder,
        dst,
        mount,
    })
}

pub async fn run(a: CpArgs) -> Result<(), CliError> {
    check_args(
        "cp",
        USAGE,
        "the source and destination for copying",
        &a.args,
        2,
        Some(2),
    )?;
    let from = a.targets.source();
    let to = a.targets.destination();
    from.validate()?;
    to.validate()?;
    let selection = a.platform.selection()?;
    let from_ref = from.target.parse_ref(&a.args[0])?;
    let (to_ref, extra_tags) = to.target.parse_ref_with_tags(&a.args[1])?;
    let debug = a.common.debug;
    let sides = open(&from, &to, &from_ref, &to_ref, debug).await?;
    let err = |e: Error, ctx: Option<String>| cp_error(e, ctx, &from_ref, &to_ref);

    let src_reference = from_ref.reference();
    let dst_ref = Some(to_ref.reference()).filter(|r| !r.is_empty());
    let printer = Arc::new(a.common.printer(true));
    let mut options = CopyOptions::new(
        a.concurrency,
        Arc::new(TransferStatus::new(printer.clone(), COPY)),
    );
    options.mount_from = sides
        .mount
        .map(|m| Arc::new(m) as Arc<dyn crate::targets::BlobMounter>);
    let finder = a.recursive.then_some(&*sides.finder);
    let (root, bytes, from_display) = match &selection {
        Some(Selection::Many(patterns)) => {
            let (root, bytes) = copy_platforms(
                sides.src.clone(),
                sides.dst.clone(),
                finder,
                src_reference,
                patterns,
                dst_ref,
                &options,
            )
            .await
            .map_err(|e| err(e, None))?;
            (root, bytes, from_ref.display())
        }
        one => {
            // cp.go: with -r or without a destination tag the root is resolved first and a
            // failure reads `failed to resolve <ref>: …`; otherwise oras.Copy resolves it and
            // the failure is a source-side CopyError (`Error from source <type> for "<raw>": …`)
            let resolve_err = |e: Error| {
                if a.recursive || dst_ref.is_none() {
                    err(e, Some(format!("failed to resolve {src_reference}")))
                } else {
                    err(source_side(e), None)
                }
            };
            let (mut root, mut bytes) = sides
                .src
                .fetch_reference(src_reference)
                .await
                .map_err(resolve_err)?;
            if let Some(Selection::One(p)) = one {
                (root, bytes) = fetch_with_platform(&*sides.src, src_reference, Some(p))
                    .await
                    .map_err(resolve_err)?;
            }
            copy_artifact(
                sides.src.clone(),
                sides.dst.clone(),
                finder,
                &root,
                &bytes,
                dst_ref,
                &options,
            )
            .await
            .map_err(|e| err(e, None))?;
            let mut from_display = from_ref.display();
            if Digest::parse(src_reference).is_ok() && src_reference != root.digest.as_str() {
                from_display = format!("[{}] {}@{}", kind(&from_ref), from_ref.path(), root.digest);
            }
            (root, bytes, from_display)
        }
    };

    printer.println(&format!("Copied {from_display} => {}", to_ref.display()));
    let on_tagged = |t: &str| printer.println(&format!("Tagged {t}"));
    crate::ops::tag::tag_bytes_n(
        &*sides.dst,
        &root,
        &bytes,
        &extra_tags,
        a.concurrency,
        &on_tagged,
    )
    .await
    .map_err(|e| err(e, None))?;
    printer.println(&format!("Digest: {}", root.digest));
    Ok(())
}
