//! `backup` / `restore` workflows: which tags to move, copying one tag (with or without its
//! referrers, or only some of its platforms) between a registry and an OCI layout, counting
//! referrers as oras reports them, and checking that a backup holds everything a restore
//! needs before the first push.

use crate::content::Descriptor;
use crate::content::manifest::{self, Index};
use crate::copy::extended::{PredecessorFinder, ReferrerFinder};
use crate::copy::{self, CopyOptions};
use crate::error::{Error, Result};
use crate::media_type;
use crate::ops::platform::copy::copy_platforms;
use crate::ops::platform::fetch_with_platform;
use crate::platform::list::Selection;
use crate::reference::{Reference, is_valid_tag};
use crate::targets::layout::LayoutStore;
use crate::targets::{ReadOnlyTarget, Target, fetch_all};
use std::collections::HashSet;
use std::sync::Arc;

/// `<registry>/<repo>[:t1[,t2…]]` → (`registry/repo`, tags). Digests are refused.
pub fn parse_artifact_references(arg: &str) -> std::result::Result<(String, Vec<String>), String> {
    if arg.is_empty() {
        return Err("artifact reference cannot be empty".into());
    }
    if arg.contains('@') {
        return Err(format!("digest references are not supported: {arg:?}"));
    }
    let mut parts = arg.split(',');
    let main = parts.next().unwrap_or_default();
    let extra: Vec<&str> = parts.collect();
    let parsed = Reference::parse(main).map_err(|e| format!("invalid reference {main:?}: {e}"))?;
    let repository = parsed.with_reference("").to_string();
    let main_tag = parsed.reference.clone();
    if main_tag.is_empty() && extra.is_empty() {
        return Ok((repository, Vec::new()));
    }
    let mut tags = vec![main_tag];
    tags.extend(extra.iter().map(|t| t.to_string()));
    for tag in &tags {
        if tag.is_empty() {
            return Err(format!("empty tag in reference {arg:?}"));
        }
        if !is_valid_tag(tag) {
            return Err(format!(
                "invalid tag {tag:?} in reference {arg:?}: {}",
                Error::InvalidReference(format!("invalid tag {tag:?}"))
            ));
        }
    }
    Ok((repository, tags))
}

/// An error with the sentence oras puts in front of it.
#[derive(Debug)]
pub struct Failed {
    pub context: String,
    pub source: Error,
}

fn failed(context: String) -> impl FnOnce(Error) -> Failed {
    move |source| Failed { context, source }
}

/// The tags to move and their descriptors: the given ones, else every tag `src` lists.
pub async fn resolve_tags(
    src: &dyn ReadOnlyTarget,
    given: &[String],
) -> std::result::Result<Vec<(String, Descriptor)>, Failed> {
    let tags = if given.is_empty() {
        src.tags("")
            .await
            .map_err(failed("failed to find tags".into()))?
    } else {
        given.to_vec()
    };
    let mut out = Vec::with_capacity(tags.len());
    for tag in tags {
        let desc = src
            .resolve(&tag)
            .await
            .map_err(failed(format!("failed to resolve tag {tag:?}")))?;
        out.push((tag, desc));
    }
    Ok(out)
}

/// Every referrer of `descs`, recursively (referrers of referrers), each once.
async fn recursive_referrers(
    target: &dyn ReadOnlyTarget,
    descs: &[Descriptor],
) -> Result<Vec<Descriptor>> {
    let mut seen: HashSet<_> = descs.iter().map(|d| d.digest.clone()).collect();
    let mut queue: Vec<Descriptor> = descs.to_vec();
    let mut found = Vec::new();
    while let Some(current) = queue.pop() {
        for r in target.referrers(&current, None).await? {
            if seen.insert(r.digest.clone()) {
                found.push(r.clone());
                queue.push(r);
            }
        }
    }
    Ok(found)
}

/// oras `countReferrers`: the referrers of `root`, plus those of its child manifests when
/// it is an index.
pub async fn count_referrers(target: &dyn ReadOnlyTarget, root: &Descriptor) -> Result<usize> {
    let mut n = recursive_referrers(target, std::slice::from_ref(root))
        .await?
        .len();
    if media_type::is_index(&root.media_type) {
        let bytes = fetch_all(target, root).await?;
        let index: Index = serde_json::from_slice(&bytes)
            .map_err(|e| Error::msg(format!("failed to decode index: {e}")))?;
        n += recursive_referrers(target, &index.manifests).await?.len();
    }
    Ok(n)
}

/// Back up one tag (resolved to `root`) into the layout, all of it or the platforms
/// `selection` names; returns the number of referrers backed up with it.
pub async fn backup_tag(
    src: Arc<dyn ReadOnlyTarget>,
    dst: Arc<LayoutStore>,
    tag: &str,
    root: &Descriptor,
    selection: Option<&Selection>,
    include_referrers: bool,
    options: &CopyOptions,
) -> Result<usize> {
    match selection {
        Some(s) => backup_tag_platforms(src, dst, tag, s, include_referrers, options).await,
        None => backup_root(src, dst, tag, root, include_referrers, options).await,
    }
}

/// Back up `root` under `tag`.
async fn backup_root(
    src: Arc<dyn ReadOnlyTarget>,
    dst: Arc<LayoutStore>,
    tag: &str,
    root: &Descriptor,
    include_referrers: bool,
    options: &CopyOptions,
) -> Result<usize> {
    copy_tagged(src, dst.clone(), tag, root, include_referrers, options).await?;
    if include_referrers {
        return count_referrers(&*dst, root).await;
    }
    Ok(0)
}

/// Copy `root` (with its referrers when `include_referrers`) and tag it `tag`: the copy
/// of one tag of a backup, into whichever destination (the plan of an archive walks it too).
pub(crate) async fn copy_tagged(
    src: Arc<dyn ReadOnlyTarget>,
    dst: Arc<dyn Target>,
    tag: &str,
    root: &Descriptor,
    include_referrers: bool,
    options: &CopyOptions,
) -> Result<()> {
    if include_referrers {
        let bytes = fetch_all(&*src, root).await?;
        let finder = ReferrerFinder(src.clone());
        return super::copy::copy_recursive(src, dst, &finder, root, &bytes, Some(tag), options)
            .await;
    }
    copy::copy_graphs(
        src,
        dst.clone(),
        std::slice::from_ref(root),
        Vec::new(),
        options,
    )
    .await?;
    dst.tag(root, tag).await.map_err(|e| {
        Error::msg(format!(
            "failed to tag {:?} with {tag:?}: {e}",
            root.digest.as_str()
        ))
    })
}

/// `backup --platform` (beyond oras 1.3.0): back up the platforms of `tag` that `selection`
/// names. One platform: just its manifest, tagged with the tag (as `cp --platform`). A list
/// or wildcards: the matching manifests and an index of just them, tagged with the tag.
async fn backup_tag_platforms(
    src: Arc<dyn ReadOnlyTarget>,
    dst: Arc<LayoutStore>,
    tag: &str,
    selection: &Selection,
    include_referrers: bool,
    options: &CopyOptions,
) -> Result<usize> {
    let patterns = match selection {
        Selection::One(p) => {
            let (desc, _) = fetch_with_platform(&*src, tag, Some(p)).await?;
            return backup_root(src, dst, tag, &desc, include_referrers, options).await;
        }
        Selection::Many(patterns) => patterns,
    };
    let finder = ReferrerFinder(src.clone());
    let finder = include_referrers.then_some(&finder as &dyn PredecessorFinder);
    let (index, _) = copy_platforms(
        src.clone(),
        dst.clone(),
        finder,
        tag,
        patterns,
        Some(tag),
        options,
    )
    .await?;
    if !include_referrers {
        return Ok(0);
    }
    count_referrers(&*dst, &index).await
}

/// Restore one tag from the layout, with its referrers unless `exclude_referrers`.
pub async fn restore_tag(
    src: Arc<LayoutStore>,
    dst: Arc<dyn Target>,
    tag: &str,
    root: &Descriptor,
    exclude_referrers: bool,
    options: &CopyOptions,
) -> Result<()> {
    let bytes = fetch_all(&*src, root).await?;
    let src: Arc<dyn ReadOnlyTarget> = src;
    if exclude_referrers {
        return copy::copy(src, dst, root, Some(bytes), Some(tag), options).await;
    }
    let finder = ReferrerFinder(src.clone());
    super::copy::copy_recursive(src, dst, &finder, root, &bytes, Some(tag), options).await
}

/// Check that the layout holds every manifest and blob that restoring `root` (and, unless
/// `exclude_referrers`, its referrers) needs, with the right sizes; manifests are read and
/// verified. Blob digests are verified later, while they stream to the registry.
pub async fn check_complete(
    src: &LayoutStore,
    root: &Descriptor,
    exclude_referrers: bool,
) -> Result<()> {
    // (node, whether its referrers travel with it): the root, the children of a root
    // index, and referrers themselves, as `copy_recursive` copies them
    let mut stack = vec![(root.clone(), !exclude_referrers)];
    let mut seen = HashSet::new();
    while let Some((node, with_referrers)) = stack.pop() {
        if !seen.insert((node.digest.clone(), with_referrers)) {
            continue;
        }
        if !media_type::is_manifest(&node.media_type) {
            check_blob(src, &node).await?;
            continue;
        }
        let bytes = fetch_all(src, &node).await.map_err(missing(&node))?;
        let children_follow =
            with_referrers && node.digest == root.digest && media_type::is_index(&node.media_type);
        for child in manifest::successors(&node.media_type, &bytes)?.all() {
            if !media_type::is_foreign_layer(&child.media_type) {
                stack.push((child, children_follow));
            }
        }
        if with_referrers {
            for r in src.referrers(&node, None).await? {
                stack.push((r, true));
            }
        }
    }
    Ok(())
}

async fn check_blob(src: &LayoutStore, desc: &Descriptor) -> Result<()> {
    match src.blob_size(&desc.digest).await {
        Some(size) if size == desc.size => Ok(()),
        Some(size) => Err(Error::Integrity(format!(
            "the backup is damaged: {} has {size} bytes instead of {}",
            desc.digest, desc.size
        ))),
        None => Err(missing(desc)(Error::NotFound(String::new()))),
    }
}

fn missing(desc: &Descriptor) -> impl FnOnce(Error) -> Error + '_ {
    move |e| match e {
        Error::NotFound(_) | Error::NotFoundText(_) => Error::Integrity(format!(
            "the backup is incomplete: {} ({}, {} bytes) is missing",
            desc.digest, desc.media_type, desc.size
        )),
        Error::Integrity(m) => Error::Integrity(format!("the backup is damaged: {m}")),
        other => other,
    }
}
