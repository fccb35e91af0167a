//! What `oras discover` prints: the referrer graph as a tree (grouped by artifact type,
//! annotations as YAML lines when verbose, colors only on a terminal), the deprecated table,
//! and the JSON/go-template model (every node has `referrers`, `[]` when none).

use super::metadata::DescriptorModel;
use super::tree::TreeNode;
use super::yaml;
use crate::go::json;
use crate::ops::discover::Discovered;
use serde::Serialize;

/// `oras discover --format json`.
#[derive(Serialize)]
pub struct DiscoverModel {
    #[serde(flatten)]
    pub descriptor: DescriptorModel,
    pub referrers: Vec<DiscoverModel>,
}

impl DiscoverModel {
    pub fn new(path: &str, node: &Discovered) -> Self {
        DiscoverModel {
            descriptor: DescriptorModel::new(path, &node.desc),
            referrers: node
                .referrers
                .iter()
                .map(|r| DiscoverModel::new(path, r))
                .collect(),
        }
    }
}

const YELLOW: &str = "\x1b[93m";
const GREEN: &str = "\x1b[92m";
const CYAN: &str = "\x1b[96m";
const RESET: &str = "\x1b[0m";

fn paint(color: bool, code: &str, s: &str) -> String {
    if color {
        format!("{code}{s}{RESET}")
    } else {
        s.to_string()
    }
}

/// The tree view: `<path>@<digest>`, then per referrer its artifact type (grouped), its
/// digest, its `[annotations]` (when verbose) and its own referrers.
pub fn tree(path: &str, root: &Discovered, verbose: bool, color: bool) -> String {
    let mut node = TreeNode::new(paint(color, GREEN, &format!("{path}@{}", root.desc.digest)));
    add_referrers(&mut node, &root.referrers, verbose, color);
    node.render()
}

fn add_referrers(node: &mut TreeNode, referrers: &[Discovered], verbose: bool, color: bool) {
    for r in referrers {
        let artifact_type = r
            .desc
            .artifact_type
            .clone()
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| "<unknown>".to_string());
        let artifact_type = paint(color, YELLOW, &artifact_type);
        let digest = paint(color, GREEN, r.desc.digest.as_str());
        let child = node.add_path(&[&artifact_type, &digest]);
        if let Some(a) = r
            .desc
            .annotations
            .as_ref()
            .filter(|a| verbose && !a.is_empty())
        {
            let title = paint(color, CYAN, "[annotations]");
            let annotations = child.add(title);
            for (k, v) in a {
                annotations.add_path(&[yaml::key_value(k, v).trim()]);
            }
        }
        add_referrers(child, &r.referrers, verbose, color);
    }
}

/// The deprecated table view of the direct referrers.
pub fn table(raw_reference: &str, root: &Discovered, verbose: bool) -> String {
    let refs = &root.referrers;
    let noun = if refs.len() > 1 {
        "artifacts"
    } else {
        "artifact"
    };
    let mut out = format!(
        "Discovered {} {noun} referencing {raw_reference}\nDigest: {}\n",
        refs.len(),
        root.desc.digest
    );
    if refs.is_empty() {
        return out;
    }
    out.push('\n');
    let title = "Artifact Type";
    let width = refs
        .iter()
        .map(|r| r.desc.artifact_type.as_deref().unwrap_or_default().len())
        .fold(title.len(), usize::max);
    let row =
        |key: &str, value: &str| format!("{key} {} {value}\n", " ".repeat(width - key.len() + 1));
    out.push_str(&row(title, "Digest"));
    for r in refs {
        out.push_str(&row(
            r.desc.artifact_type.as_deref().unwrap_or_default(),
            r.desc.digest.as_str(),
        ));
        if verbose {
            out.push_str(&String::from_utf8_lossy(&json::to_pretty_vec(&r.desc)));
        }
    }
    out
}
