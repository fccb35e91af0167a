//! Packing a manifest the way oras-go `PackManifest` does (image-spec v1.1 and v1.0):
//! the exact bytes, so that digests match the Go oras for the same inputs.

use super::descriptor::{ANNOTATION_CREATED, Annotations, Descriptor};
use super::manifest::Manifest;
use crate::error::{Error, Result};
use crate::go::json;
use crate::media_type;

/// Which image-spec shape to produce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageSpec {
    V1_0,
    V1_1,
}

/// Inputs of a pack.
#[derive(Clone, Debug)]
pub struct PackOptions {
    pub spec: ImageSpec,
    pub artifact_type: String,
    /// A config given by the user (`--config`, `--artifact-platform`); else the empty one.
    pub config: Option<Descriptor>,
    pub config_annotations: Annotations,
    pub layers: Vec<Descriptor>,
    pub subject: Option<Descriptor>,
    pub manifest_annotations: Annotations,
    /// Used for the created annotation when the user did not give one (RFC 3339, UTC).
    pub now: String,
}

/// A packed manifest plus the small blobs it needs that the packer made up.
pub struct Packed {
    pub desc: Descriptor,
    pub bytes: Vec<u8>,
    pub blobs: Vec<(Descriptor, Vec<u8>)>,
}

/// `missing artifact type` as oras-go words it.
pub const ERR_MISSING_ARTIFACT_TYPE: &str = "missing artifact type";

/// Build the manifest.
pub fn pack_manifest(opts: PackOptions) -> Result<Packed> {
    let annotations = ensure_created(opts.manifest_annotations, &opts.now)?;
    let mut blobs = Vec::new();
    let manifest = match opts.spec {
        ImageSpec::V1_1 => {
            let config_is_empty = opts
                .config
                .as_ref()
                .is_none_or(|c| c.media_type == media_type::EMPTY_JSON);
            if opts.artifact_type.is_empty() && config_is_empty {
                return Err(Error::msg(ERR_MISSING_ARTIFACT_TYPE));
            }
            let config = match opts.config {
                Some(c) => c,
                None => {
                    let mut c = Descriptor::empty_json();
                    c.annotations = Some(opts.config_annotations).filter(|a| !a.is_empty());
                    blobs.push((c.clone(), b"{}".to_vec()));
                    c
                }
            };
            let layers = if opts.layers.is_empty() {
                let e = Descriptor::empty_json();
                if blobs.is_empty() {
                    blobs.push((e.clone(), b"{}".to_vec()));
                }
                vec![e]
            } else {
                opts.layers
            };
            Manifest {
                schema_version: 2,
                media_type: media_type::IMAGE_MANIFEST.to_string(),
                artifact_type: opts.artifact_type.clone(),
                config,
                layers,
                subject: opts.subject,
                annotations,
            }
        }
        ImageSpec::V1_0 => {
            if opts.subject.is_some() {
                return Err(Error::Unsupported(
                    "subject is not supported for manifest version \"v1.0\"".into(),
                ));
            }
            let config = match opts.config {
                Some(c) => c,
                None => {
                    let mt = if opts.artifact_type.is_empty() {
                        media_type::UNKNOWN_CONFIG
                    } else {
                        &opts.artifact_type
                    };
                    let mut c = Descriptor::of_bytes(mt, b"{}");
                    c.annotations = Some(opts.config_annotations).filter(|a| !a.is_empty());
                    blobs.push((c.clone(), b"{}".to_vec()));
                    c
                }
            };
            Manifest {
                schema_version: 2,
                media_type: media_type::IMAGE_MANIFEST.to_string(),
                artifact_type: String::new(),
                config,
                layers: opts.layers,
                subject: None,
                annotations,
            }
        }
    };
    let bytes = json::to_vec(&manifest);
    let mut desc = Descriptor::of_bytes(media_type::IMAGE_MANIFEST, &bytes);
    desc.artifact_type = Some(match opts.spec {
        ImageSpec::V1_1 => manifest.artifact_type.clone(),
        ImageSpec::V1_0 => manifest.config.media_type.clone(),
    })
    .filter(|a| !a.is_empty());
    desc.annotations = Some(manifest.annotations.clone()).filter(|a| !a.is_empty());
    Ok(Packed { desc, bytes, blobs })
}

fn ensure_created(mut annotations: Annotations, now: &str) -> Result<Annotations> {
    match annotations.get(ANNOTATION_CREATED) {
        Some(v) => {
            check_rfc3339(v)
                .map_err(|e| Error::msg(format!("invalid date and time format: {e}")))?;
        }
        None => {
            annotations.insert(ANNOTATION_CREATED.to_string(), now.to_string());
        }
    }
    Ok(annotations)
}

/// Validate a timestamp as Go's `time.Parse(time.RFC3339, v)` would accept it.
pub fn check_rfc3339(v: &str) -> std::result::Result<(), String> {
    const LAYOUT: &str = "2006-01-02T15:04:05Z07:00";
    let fail = |rest: &str, elem: &str| {
        Err(format!(
            "parsing time {v:?} as {LAYOUT:?}: cannot parse {rest:?} as {elem:?}"
        ))
    };
    let b = v.as_bytes();
    let digits = |from: usize, n: usize| {
        b.len() >= from + n && b[from..from + n].iter().all(u8::is_ascii_digit)
    };
    let num = |from: usize, n: usize| v[from..from + n].parse::<u32>().unwrap_or(0);
    if !digits(0, 4) {
        return fail(v, "2006");
    }
    for (pos, sep, elem, n) in [
        (4, b'-', "-", 0),
        (5, 0, "01", 2),
        (7, b'-', "-", 0),
        (8, 0, "02", 2),
        (10, b'T', "T", 0),
        (11, 0, "15", 2),
        (13, b':', ":", 0),
        (14, 0, "04", 2),
        (16, b':', ":", 0),
        (17, 0, "05", 2),
    ] {
        let ok = if n == 0 {
            b.get(pos) == Some(&sep)
        } else {
            digits(pos, n)
        };
        if !ok {
            return fail(v.get(pos..).unwrap_or(""), elem);
        }
    }
    if !(1..=12).contains(&num(5, 2)) {
        return Err(format!("parsing time {v:?}: month out of range"));
    }
    if !(1..=31).contains(&num(8, 2)) || num(11, 2) > 23 || num(14, 2) > 59 || num(17, 2) > 59 {
        return Err(format!("parsing time {v:?}: day out of range"));
    }
    let mut i = 19;
    if b.get(i) == Some(&b'.') {
        i += 1;
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return fail(&v[start - 1..], "Z07:00");
        }
    }
    let zone = &v[i..];
    let zb = zone.as_bytes();
    let ok = zone == "Z"
        || (zb.len() == 6
            && (zb[0] == b'+' || zb[0] == b'-')
            && zb[1..3].iter().all(u8::is_ascii_digit)
            && zb[3] == b':'
            && zb[4..6].iter().all(u8::is_ascii_digit));
    if !ok {
        return fail(zone, "Z07:00");
    }
    Ok(())
}

/// Now, as Go's `time.Now().UTC().Format(time.RFC3339)`.
pub fn now_rfc3339() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    format_rfc3339(secs)
}

/// Seconds since the epoch as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn format_rfc3339(secs: i64) -> String {
    crate::go::time::rfc3339_utc(secs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Digest;

    fn layer() -> Descriptor {
        let mut d = Descriptor::new(
            media_type::IMAGE_LAYER,
            Digest::parse(
                "sha256:a948904f2f0f479b8f8197694b30184b0d2ed1c1cd2a1ec0fb85d299a192a447",
            )
            .unwrap(),
            12,
        );
        d.annotations = Some(Annotations::from([(
            "org.opencontainers.image.title".to_string(),
            "hi.txt".to_string(),
        )]));
        d
    }

    fn opts() -> PackOptions {
        PackOptions {
            spec: ImageSpec::V1_1,
            artifact_type: media_type::UNKNOWN_ARTIFACT.into(),
            config: None,
            config_annotations: Annotations::new(),
            layers: vec![layer()],
            subject: None,
            manifest_annotations: Annotations::from([(
                ANNOTATION_CREATED.to_string(),
                "2025-01-01T00:00:00Z".to_string(),
            )]),
            now: "2030-01-01T00:00:00Z".into(),
        }
    }

    #[test]
    fn v1_1_bytes_match_oras_golden() {
        // ../shared/golden/push-single-file/01.manifest.hello_v1.json
        let p = pack_manifest(opts()).unwrap();
        assert_eq!(
            String::from_utf8(p.bytes).unwrap(),
            r#"{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","artifactType":"application/vnd.unknown.artifact.v1","config":{"mediaType":"application/vnd.oci.empty.v1+json","digest":"sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a","size":2,"data":"e30="},"layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar","digest":"sha256:a948904f2f0f479b8f8197694b30184b0d2ed1c1cd2a1ec0fb85d299a192a447","size":12,"annotations":{"org.opencontainers.image.title":"hi.txt"}}],"annotations":{"org.opencontainers.image.created":"2025-01-01T00:00:00Z"}}"#
        );
        assert_eq!(
            p.desc.digest.as_str(),
            "sha256:8ab15591484c23d887e19eb63c197e6cd73224dc7019d5bbf2863cf3bd298349"
        );
    }

    #[test]
    fn v1_0_has_config_type_and_empty_layers() {
        let mut o = opts();
        o.spec = ImageSpec::V1_0;
        o.artifact_type = String::new();
        o.layers.clear();
        let p = pack_manifest(o).unwrap();
        let s = String::from_utf8(p.bytes).unwrap();
        assert!(s.contains(r#""config":{"mediaType":"application/vnd.unknown.config.v1+json","digest":"sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a","size":2},"layers":[]"#), "{s}");
        assert_eq!(
            p.desc.artifact_type.as_deref(),
            Some(media_type::UNKNOWN_CONFIG)
        );
    }

    #[test]
    fn created_is_added_or_validated() {
        let mut o = opts();
        o.manifest_annotations.clear();
        let p = pack_manifest(o.clone()).unwrap();
        assert!(
            String::from_utf8(p.bytes)
                .unwrap()
                .contains("2030-01-01T00:00:00Z")
        );
        o.manifest_annotations
            .insert(ANNOTATION_CREATED.into(), "yesterday".into());
        let e = pack_manifest(o).err().unwrap().to_string();
        assert!(
            e.starts_with("invalid date and time format: parsing time \"yesterday\""),
            "{e}"
        );
        assert!(check_rfc3339("2025-01-01T00:00:00.123+02:00").is_ok());
        assert_eq!(format_rfc3339(1_735_689_600), "2025-01-01T00:00:00Z");
    }
}
