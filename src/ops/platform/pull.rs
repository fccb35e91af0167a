//! `pull --platform <list>` (beyond oras 1.3.0): every manifest of an index matching the
//! list is pulled into its own folder `<output>/<os>_<arch>[_<variant>][_<os.version>]`
//! ([`folder_name`]), each with pull's rules (path guard, `--keep-old-files`, `--config`,
//! skipped untitled layers). One platform never comes here: it is oras's pull of one root.

use super::select_platforms;
use crate::content::Descriptor;
use crate::error::{Error, Result};
use crate::ops::pull::{PullHooks, PullPolicy, PullReporter, pull_graph};
use crate::platform::Platform;
use crate::targets::ReadOnlyTarget;
use crate::targets::file::{FileStore, WriteOptions};
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

/// What to pull, and where.
pub struct PlatformsPull<'a> {
    pub source: Arc<dyn ReadOnlyTarget>,
    pub reference: &'a str,
    /// The reference as shown in messages.
    pub shown: &'a str,
    pub patterns: &'a [Platform],
    /// The folders are made in here.
    pub output: &'a Path,
    pub write: WriteOptions,
    pub policy: PullPolicy,
    pub concurrency: usize,
}

/// One platform, pulled.
pub struct PlatformPulled<'a> {
    pub platform: &'a Platform,
    /// Its folder under the output.
    pub folder: &'a str,
    pub root: &'a Descriptor,
    /// The files written and whether an untitled layer was left out.
    pub hooks: &'a PullHooks,
}

/// Pull every matching platform into its folder, one after the other; `reporter` gives
/// each its status reporter, `on_pulled` hears of each when it is complete. Two matching
/// manifests of the same platform would share a folder: that is refused before anything is
/// written.
pub async fn pull_platforms(
    job: PlatformsPull<'_>,
    reporter: &(dyn Fn() -> Arc<dyn PullReporter> + Sync),
    on_pulled: &mut (dyn FnMut(PlatformPulled<'_>) + Send),
) -> Result<()> {
    let selected = select_platforms(&*job.source, job.reference, job.patterns).await?;
    let mut seen = BTreeSet::new();
    let mut plan = Vec::new();
    for (desc, bytes) in selected.manifests {
        let p = desc.platform.clone().unwrap_or_default();
        let folder = folder_name(&p);
        if !seen.insert(folder.clone()) {
            return Err(Error::msg(format!(
                "several manifests of {} match platform {p}: pull them one by one by digest",
                job.shown
            )));
        }
        plan.push((p, folder, desc, bytes));
    }
    for (platform, folder, root, bytes) in plan {
        let store = Arc::new(FileStore::new(job.output.join(&folder), job.write.clone()));
        let hooks = Arc::new(PullHooks::new(job.policy.clone(), reporter()));
        pull_graph(
            job.source.clone(),
            store,
            &root,
            bytes,
            hooks.clone(),
            job.concurrency,
        )
        .await?;
        on_pulled(PlatformPulled {
            platform: &platform,
            folder: &folder,
            root: &root,
            hooks: &hooks,
        });
    }
    Ok(())
}

/// The folder a platform is pulled into: `os_arch[_variant][_osversion]`, with every
/// character outside `[A-Za-z0-9.-]` replaced by `_` (so never a path separator).
pub fn folder_name(p: &Platform) -> String {
    let mut parts = vec![p.os.as_str(), p.architecture.as_str()];
    if !p.variant.is_empty() {
        parts.push(&p.variant);
    }
    if !p.os_version.is_empty() {
        parts.push(&p.os_version);
    }
    let name: String = parts
        .join("_")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    match name.as_str() {
        "" | "." | ".." => format!("_{name}"),
        _ => name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folder_names() {
        let folder = |spec: &str| folder_name(&Platform::parse(spec).unwrap());
        assert_eq!(folder("linux/arm64/v8"), "linux_arm64_v8");
        assert_eq!(folder("../.."), ".._..");
        let separators = Platform {
            os: "a/b".into(),
            architecture: "c\\d".into(),
            ..Default::default()
        };
        assert_eq!(folder_name(&separators), "a_b_c_d");
    }
}
