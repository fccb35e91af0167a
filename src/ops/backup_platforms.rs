//! `oras backup --platform` (beyond oras 1.3.0): what one tag becomes in the backup when
//! only some platforms are wanted. One platform: just its manifest, tagged with the tag
//! (as `cp --platform`). A list or wildcards: the matching manifests and an index of just
//! them (`ops::platforms::index_of`), tagged with the tag.

use super::backup::{backup_tag, count_referrers};
use super::platforms::{index_of, select_platforms};
use crate::content::Descriptor;
use crate::copy::CopyOptions;
use crate::copy::extended::ReferrerFinder;
use crate::error::Result;
use crate::platform::Platform;
use crate::targets::layout::LayoutStore;
use crate::targets::verbs::fetch_with_platform;
use crate::targets::{ReadOnlyTarget, Target};
use std::sync::Arc;

/// Which platforms of a tag to keep.
pub enum Want<'a> {
    /// oras's single-platform selection.
    One(&'a Platform),
    /// Every manifest matching one of the patterns.
    Many(&'a [Platform]),
}

/// Back up the platforms of `tag` that `want` selects; returns what the tag names in the
/// backup and the number of referrers backed up with it.
pub async fn backup_tag_platforms(
    src: Arc<dyn ReadOnlyTarget>,
    dst: Arc<LayoutStore>,
    tag: &str,
    want: Want<'_>,
    include_referrers: bool,
    options: &CopyOptions,
) -> Result<(Descriptor, usize)> {
    let patterns = match want {
        Want::One(p) => {
            let (desc, _) = fetch_with_platform(&*src, tag, Some(p)).await?;
            let n = backup_tag(src, dst, tag, &desc, include_referrers, options).await?;
            return Ok((desc, n));
        }
        Want::Many(patterns) => patterns,
    };
    let selected = select_platforms(&*src, tag, patterns).await?;
    let dst_target: Arc<dyn Target> = dst.clone();
    let finder = ReferrerFinder(src.clone());
    for (desc, bytes) in &selected.manifests {
        if include_referrers {
            super::copy::copy_recursive(
                src.clone(),
                dst_target.clone(),
                &finder,
                desc,
                bytes,
                None,
                options,
            )
            .await?;
        } else {
            super::copy::copy_root(src.clone(), dst_target.clone(), desc, bytes, None, options)
                .await?;
        }
    }
    let (index, bytes) = index_of(&selected);
    super::index::push(&*dst, &index, bytes, tag).await?;
    let n = if include_referrers {
        count_referrers(&*dst, &index).await?
    } else {
        0
    };
    Ok((index, n))
}
