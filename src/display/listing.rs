//! JSON models of the listing and fetching commands: `repo ls`, `repo tags`, `manifest fetch`.

use super::metadata::DescriptorModel;
use serde::Serialize;

/// `oras repo ls --format json`.
#[derive(Serialize)]
pub struct RepoListModel {
    pub registry: String,
    pub repositories: Vec<String>,
}

/// `oras repo tags --format json`.
#[derive(Serialize)]
pub struct TagListModel {
    pub tags: Vec<String>,
}

/// `oras manifest fetch --format json`: the descriptor and the manifest as generic JSON.
#[derive(Serialize)]
pub struct ManifestFetchModel {
    #[serde(flatten)]
    pub descriptor: DescriptorModel,
    pub content: serde_json::Value,
}
