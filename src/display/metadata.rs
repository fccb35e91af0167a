//! Results of commands: the JSON models (field names and order as oras's `metadata/model`)
//! and their text, JSON and go-template renderings.

use super::{Format, Printer};
use crate::content::Descriptor;
use crate::content::descriptor::Annotations;
use crate::error::{Error, Result};
use crate::go::json;
use serde::Serialize;

/// oras's descriptor model: `reference` (`<path>@<digest>`) then the descriptor fields.
#[derive(Serialize, Clone, Debug)]
#[serde(rename_all = "camelCase")]
pub struct DescriptorModel {
    pub reference: String,
    pub media_type: String,
    pub digest: String,
    pub size: i64,
    #[serde(skip_serializing_if = "Annotations::is_empty")]
    pub annotations: Annotations,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub artifact_type: String,
}

impl DescriptorModel {
    pub fn new(path: &str, desc: &Descriptor) -> Self {
        DescriptorModel {
            reference: format!("{path}@{}", desc.digest),
            media_type: desc.media_type.clone(),
            digest: desc.digest.to_string(),
            size: desc.size,
            annotations: desc.annotations.clone().unwrap_or_default(),
            artifact_type: desc.artifact_type.clone().unwrap_or_default(),
        }
    }
}

/// `oras push --format json`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PushModel {
    #[serde(flatten)]
    pub descriptor: DescriptorModel,
    pub reference_as_tags: Option<Vec<String>>,
}

/// One written file of `oras pull --format json`.
#[derive(Serialize)]
pub struct FileModel {
    pub path: String,
    #[serde(flatten)]
    pub descriptor: DescriptorModel,
}

/// `oras pull --format json`.
#[derive(Serialize)]
pub struct PullModel {
    pub reference: String,
    pub files: Option<Vec<FileModel>>,
}

/// Render a model as JSON or through a go-template. Text rendering is the caller's.
pub fn render_structured<T: Serialize>(
    printer: &Printer,
    format: &Format,
    model: &T,
) -> Result<()> {
    match format {
        Format::Json => {
            printer.write_raw(&json::to_pretty_vec(model));
            Ok(())
        }
        Format::GoTemplate(tpl) => {
            let value = serde_json::to_value(model).map_err(Error::msg)?;
            let out = crate::template::execute(tpl, &value).map_err(Error::msg)?;
            printer.write_raw(out.as_bytes());
            Ok(())
        }
        _ => Ok(()),
    }
}
