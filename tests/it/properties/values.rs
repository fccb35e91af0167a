//! Properties of the small value parsers: references, digests, `--platform`, `--resolve`,
//! `--annotation-file` and `-a key=value`.

use super::{Case, bounded, config};
use oras::cli::file_ref::{load_annotation_file, parse_annotations};
use oras::content::Digest;
use oras::content::digest::Hasher;
use oras::http::resolve::ResolveRule;
use oras::ops::platform::pull::folder_name;
use oras::platform::Platform;
use oras::platform::list::Selection;
use oras::reference::{Reference, is_valid_repository, is_valid_tag, parse_layout_reference};
use proptest::prelude::*;
use std::collections::BTreeMap;

/// Text that looks like a reference (or a digest) most of the time, and anything at all
/// otherwise.
fn reference_like() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-zA-Z0-9:/@._\\-\\[\\]%+ ]{0,80}",
        2 => (valid_reference(), 0usize..200, any::<char>()).prop_map(|((s, _), at, c)| {
            // one character of a valid reference replaced
            let mut chars: Vec<char> = s.chars().collect();
            let at = at % chars.len();
            chars[at] = c;
            chars.into_iter().collect()
        }),
        1 => any::<String>(),
    ]
}

fn host() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z0-9]([a-z0-9.-]{0,20}[a-z0-9])?(:[0-9]{1,5})?",
        Just("localhost:5000".to_string()),
        Just("[::1]:5000".to_string()),
        Just("127.0.0.1".to_string()),
    ]
}

fn repository() -> impl Strategy<Value = String> {
    prop::collection::vec("[a-z0-9]{1,5}((\\.|_|__|-{1,3})[a-z0-9]{1,5}){0,3}", 1..4)
        .prop_map(|c| c.join("/"))
}

fn tag() -> impl Strategy<Value = String> {
    "[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}"
}

fn digest() -> impl Strategy<Value = Digest> {
    (
        prop::collection::vec(any::<u8>(), 0..64),
        prop::sample::select(vec!["sha256", "sha384", "sha512"]),
    )
        .prop_map(|(bytes, alg)| {
            let mut h = Hasher::new(alg);
            h.update(&bytes);
            h.finish()
        })
}

/// What a reference is followed by.
#[derive(Clone, Debug)]
enum Suffix {
    None,
    Tag(String),
    Digest(Digest),
    TagAndDigest(String, Digest),
}

/// A valid reference text and its expected (registry, repository, reference).
fn valid_reference() -> impl Strategy<Value = (String, (String, String, String))> {
    let suffix = prop_oneof![
        Just(Suffix::None),
        tag().prop_map(Suffix::Tag),
        digest().prop_map(Suffix::Digest),
        (tag(), digest()).prop_map(|(t, d)| Suffix::TagAndDigest(t, d)),
    ];
    (host(), repository(), suffix).prop_map(|(h, r, s)| {
        let (text, reference) = match s {
            Suffix::None => (format!("{h}/{r}"), String::new()),
            Suffix::Tag(t) => (format!("{h}/{r}:{t}"), t),
            Suffix::Digest(d) => (format!("{h}/{r}@{d}"), d.to_string()),
            Suffix::TagAndDigest(t, d) => (format!("{h}/{r}:{t}@{d}"), d.to_string()),
        };
        (text, (h, r, reference))
    })
}

proptest! {
    #![proptest_config(config(4096))]

    /// Any text: no panic; what parses prints back to text that parses to the same value,
    /// and its parts obey the grammar.
    #[test]
    fn reference_parse_round_trips(s in reference_like()) {
        bounded(move || -> Case {
            match Reference::parse(&s) {
                Ok(r) => {
                    let again = Reference::parse(&r.to_string());
                    prop_assert_eq!(again.as_ref().ok(), Some(&r), "{:?} printed as {}", s, r);
                    prop_assert!(is_valid_repository(&r.repository));
                    prop_assert!(!r.registry.is_empty());
                    match (r.tag(), r.digest()) {
                        (Some(t), None) => prop_assert!(is_valid_tag(t)),
                        (None, Some(d)) => prop_assert_eq!(d.as_str(), r.reference.as_str()),
                        (None, None) => prop_assert!(r.reference.is_empty()),
                        (Some(_), Some(_)) => prop_assert!(false, "both a tag and a digest"),
                    }
                }
                Err(e) => prop_assert!(e.to_string().starts_with("invalid reference: "), "{e}"),
            }
            Ok(())
        })?;
    }

    /// Valid references parse into exactly their parts and print as written (a tag next to
    /// a digest is dropped, as in oras-go).
    #[test]
    fn valid_references_parse_to_their_parts((text, (reg, repo, reference)) in valid_reference()) {
        bounded(move || -> Case {
            let r = Reference::parse(&text).map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
            prop_assert_eq!(&r.registry, &reg);
            prop_assert_eq!(&r.repository, &repo);
            prop_assert_eq!(&r.reference, &reference);
            let printed = r.to_string();
            if text.contains('@') {
                prop_assert_eq!(printed, format!("{reg}/{repo}@{reference}"));
            } else {
                prop_assert_eq!(printed, text);
            }
            Ok(())
        })?;
    }

    /// `path[:tag|@digest]` of a layout splits without losing a byte.
    #[test]
    fn layout_reference_splits_losslessly(s in reference_like()) {
        bounded(move || -> Case {
            let (path, reference) = parse_layout_reference(&s);
            if path == s {
                prop_assert!(reference.is_empty());
            } else {
                let sep = &s[path.len()..path.len() + 1];
                prop_assert!(sep == ":" || sep == "@");
                prop_assert_eq!(format!("{path}{sep}{reference}"), s);
            }
            Ok(())
        })?;
    }

    /// A digest that validates is exactly the text given, holds only `[a-z0-9]` around one
    /// `:` (so it is safe as `blobs/<alg>/<hex>`), has the algorithm's length, and serde
    /// agrees with `parse`.
    #[test]
    fn digest_parse_is_strict(s in prop_oneof![
        3 => reference_like(),
        2 => (digest(), 0usize..200, any::<char>()).prop_map(|(d, at, c)| {
            let mut chars: Vec<char> = d.to_string().chars().collect();
            let at = at % chars.len();
            chars[at] = c;
            chars.into_iter().collect::<String>()
        }),
        1 => digest().prop_map(|d| d.to_string()),
    ]) {
        bounded(move || -> Case {
            let parsed = Digest::parse(&s);
            let via_serde = serde_json::from_value::<Digest>(serde_json::Value::String(s.clone()));
            prop_assert_eq!(parsed.is_ok(), via_serde.is_ok());
            if let Ok(d) = parsed {
                prop_assert_eq!(d.as_str(), s.as_str());
                prop_assert!(d.as_str().bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b':'));
                prop_assert_eq!(d.as_str().matches(':').count(), 1);
                let want = match d.algorithm() {
                    "sha256" => 64,
                    "sha384" => 96,
                    "sha512" => 128,
                    other => return Err(TestCaseError::fail(format!("algorithm {other}"))),
                };
                prop_assert_eq!(d.hex().len(), want);
                prop_assert!(d.hex().bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
                prop_assert!(d.hex().starts_with(d.short()) || d.short() == d.as_str());
                let p = std::path::Path::new("blobs").join(d.algorithm()).join(d.hex());
                prop_assert_eq!(p.components().count(), 3);
            }
            Ok(())
        })?;
    }

    /// Hashing in any chunks gives the one-shot digest, and a computed digest validates.
    #[test]
    fn hashing_in_chunks_matches_one_shot(
        bytes in prop::collection::vec(any::<u8>(), 0..2048),
        cuts in prop::collection::vec(any::<prop::sample::Index>(), 0..8),
        alg in prop::sample::select(vec!["sha256", "sha384", "sha512"]),
    ) {
        bounded(move || -> Case {
            let mut one = Hasher::new(alg);
            one.update(&bytes);
            let one = one.finish();
            let mut at: Vec<usize> = cuts.iter().map(|i| i.index(bytes.len() + 1)).collect();
            at.sort_unstable();
            let mut h = Hasher::new(alg);
            let mut prev = 0;
            for a in at.into_iter().chain([bytes.len()]) {
                h.update(&bytes[prev..a]);
                prev = a;
            }
            prop_assert_eq!(&h.finish(), &one);
            prop_assert_eq!(Digest::parse(one.as_str()), Ok(one.clone()));
            if alg == "sha256" {
                prop_assert_eq!(Digest::sha256_of(&bytes), one);
            }
            Ok(())
        })?;
    }

    /// `--platform`: no panic; what parses has an OS and an architecture and prints back to
    /// text that parses to the same platform.
    #[test]
    fn platform_parse_round_trips(s in prop_oneof![
        3 => "[a-z0-9/:._*, -]{0,40}",
        1 => any::<String>(),
    ]) {
        bounded(move || -> Case {
            if let Ok(p) = Platform::parse(&s) {
                prop_assert!(!p.os.is_empty() && !p.architecture.is_empty());
                prop_assert_eq!(Platform::parse(&p.to_string()), Ok(p));
            }
            match Selection::parse(&s) {
                Ok(Selection::One(p)) => prop_assert_eq!(Platform::parse(&s), Ok(p)),
                Ok(Selection::Many(ps)) => {
                    prop_assert!(!ps.is_empty());
                    for p in &ps {
                        prop_assert!(!p.os.is_empty() && !p.architecture.is_empty());
                    }
                }
                Err(e) => prop_assert!(!e.is_empty()),
            }
            Ok(())
        })?;
    }

    /// The per-platform pull folder is one plain path component whatever the registry's
    /// platform fields hold.
    #[test]
    fn platform_folder_is_one_component(
        os in any::<String>(), architecture in any::<String>(),
        variant in any::<String>(), os_version in any::<String>(),
    ) {
        bounded(move || -> Case {
            let p = Platform { os, architecture, variant, os_version, ..Default::default() };
            let name = folder_name(&p);
            prop_assert!(!name.is_empty() && name != "." && name != "..");
            prop_assert!(!name.contains('/') && !name.contains('\\') && !name.contains('\0'));
            let comps: Vec<_> = std::path::Path::new(&name).components().collect();
            prop_assert_eq!(comps.len(), 1);
            prop_assert!(matches!(comps[0], std::path::Component::Normal(_)));
            Ok(())
        })?;
    }

    /// `--resolve`: no panic, oras's message prefix on errors, the host kept verbatim.
    #[test]
    fn resolve_parse_arbitrary(s in prop_oneof![
        3 => "[a-z0-9.:+-]{0,40}",
        1 => any::<String>(),
    ]) {
        bounded(move || -> Case {
            match ResolveRule::parse(&s) {
                Ok(r) => {
                    prop_assert_eq!(r.host.as_str(), s.split(':').next().unwrap_or_default());
                    prop_assert_eq!(r.socket_addr().ip(), r.address);
                    prop_assert_eq!(r.socket_addr().port(), r.address_port);
                }
                Err(e) => prop_assert!(e.starts_with("failed to parse resolve flag "), "{}", e),
            }
            Ok(())
        })?;
    }

    /// Well-formed `--resolve` values give back their parts.
    #[test]
    fn resolve_valid_rules(
        host in "[a-z0-9.-]{1,20}", port in any::<u16>(), ip in any::<[u8; 4]>(),
        to_port in proptest::option::of(any::<u16>()),
    ) {
        bounded(move || -> Case {
            let ip = std::net::Ipv4Addr::from(ip);
            let raw = match to_port {
                Some(p) => format!("{host}:{port}:{ip}:{p}"),
                None => format!("{host}:{port}:{ip}"),
            };
            let r = ResolveRule::parse(&raw).map_err(TestCaseError::fail)?;
            prop_assert_eq!(r.host, host);
            prop_assert_eq!(r.port, port);
            prop_assert_eq!(r.address, std::net::IpAddr::V4(ip));
            prop_assert_eq!(r.address_port, to_port.unwrap_or(port));
            Ok(())
        })?;
    }

    /// `-a key=value`: keys up to the first `=`, values verbatim; a repeated key is refused.
    #[test]
    fn annotation_flags_round_trip(
        pairs in prop::collection::btree_map("[^=]{0,12}", any::<String>(), 0..8),
        dup in any::<bool>(),
    ) {
        bounded(move || -> Case {
            let mut flags: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
            if dup && !flags.is_empty() {
                flags.push(flags[0].clone());
                prop_assert!(parse_annotations(&flags).is_err());
            } else {
                match parse_annotations(&flags) {
                    Ok(got) => prop_assert_eq!(got, pairs),
                    Err(e) => prop_assert!(false, "{}", e.message),
                }
            }
            Ok(())
        })?;
    }
}

proptest! {
    #![proptest_config(config(512))]

    /// `--annotation-file`: any bytes load or fail with oras's message; a file written from
    /// a map loads back as that map.
    #[test]
    fn annotation_file_round_trips(
        map in prop::collection::btree_map(
            "[$a-z./]{0,12}",
            prop::collection::btree_map(any::<String>(), any::<String>(), 0..4),
            0..5,
        ),
        junk in prop::collection::vec(any::<u8>(), 0..256),
        mutate in proptest::option::of((any::<prop::sample::Index>(), any::<u8>())),
    ) {
        bounded(move || -> Case {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("annotations.json");
            let path_text = path.to_str().unwrap().to_string();
            std::fs::write(&path, serde_json::to_vec(&map).unwrap()).unwrap();
            match load_annotation_file(&path_text) {
                Ok(got) => prop_assert_eq!(got, map.clone()),
                Err(e) => prop_assert!(false, "{}", e.message),
            }
            let mut bytes = serde_json::to_vec(&map).unwrap();
            if let Some((at, b)) = mutate {
                let i = at.index(bytes.len());
                bytes[i] = b;
            } else {
                bytes = junk;
            }
            std::fs::write(&path, &bytes).unwrap();
            let want = serde_json::from_slice::<BTreeMap<String, BTreeMap<String, String>>>(&bytes).ok();
            match load_annotation_file(&path_text) {
                Ok(got) => prop_assert_eq!(Some(got), want),
                Err(e) => {
                    prop_assert!(want.is_none());
                    prop_assert!(e.message.starts_with("invalid annotation json file: "), "{}", e.message);
                }
            }
            Ok(())
        })?;
    }
}
