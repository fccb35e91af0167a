//! File arguments `<file>[:<mediatype>]`, Go's `filepath.Clean`, and `--annotation` parsing.

use super::error::CliError;
use crate::content::descriptor::Annotations;
use std::collections::BTreeMap;

/// One file argument.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileRef {
    /// The path as typed (annotation-file keys match this).
    pub raw_path: String,
    pub media_type: Option<String>,
}

/// Split at the last `:`; an empty type means the default.
pub fn parse_file_ref(arg: &str) -> Result<FileRef, CliError> {
    let (path, mt) = match arg.rfind(':') {
        Some(i) => (&arg[..i], Some(&arg[i + 1..])),
        None => (arg, None),
    };
    if path.is_empty() {
        return Err(CliError::new(format!("found empty file path in {arg:?}")));
    }
    Ok(FileRef {
        raw_path: path.to_string(),
        media_type: mt.filter(|m| !m.is_empty()).map(str::to_string),
    })
}

/// `-a key=value` flags into a map, with oras's errors.
pub fn parse_annotations(flags: &[String]) -> Result<Annotations, CliError> {
    let mut out = BTreeMap::new();
    for f in flags {
        let Some((k, v)) = f.split_once('=') else {
            return Err(
                CliError::new("annotation value doesn't match the required format").recommend(
                    "Please use the correct format in the flag: --annotation \"key=value\"",
                ),
            );
        };
        if out.insert(k.to_string(), v.to_string()).is_some() {
            return Err(CliError::new(format!("duplicate annotation key: {k}, ")));
        }
    }
    Ok(out)
}

/// `--annotation-file`: `{"$manifest": {...}, "$config": {...}, "<file>": {...}}`.
pub fn load_annotation_file(path: &str) -> Result<BTreeMap<String, Annotations>, CliError> {
    let err = || {
        CliError::new(format!(
            "invalid annotation json file: failed to load annotations from {path}"
        ))
        .recommend("Annotation file doesn't match the required format. Please refer to the document at https://oras.land/docs/how_to_guides/manifest_annotations")
    };
    let bytes = std::fs::read(path).map_err(|_| err())?;
    serde_json::from_slice(&bytes).map_err(|_| err())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_refs_and_clean() {
        assert_eq!(
            parse_file_ref("a.txt:text/plain")
                .unwrap()
                .media_type
                .as_deref(),
            Some("text/plain")
        );
        let r = parse_file_ref("hi:txt:").unwrap();
        assert_eq!((r.raw_path.as_str(), r.media_type), ("hi:txt", None));
        assert!(
            parse_file_ref(":x")
                .unwrap_err()
                .message
                .contains("found empty file path")
        );
    }

    #[test]
    fn annotation_flags() {
        let a = parse_annotations(&["k=v=w".into(), "x=".into()]).unwrap();
        assert_eq!(a["k"], "v=w");
        assert_eq!(
            parse_annotations(&["k=1".into(), "k=2".into()])
                .unwrap_err()
                .message,
            "duplicate annotation key: k, "
        );
        assert!(parse_annotations(&["nokey".into()]).is_err());
    }
}
