//! Properties of what the registry or the local machine tells the auth code: `WWW-Authenticate`
//! challenges, docker `config.json` files and credential-helper `get` output.

use super::{Case, bounded, config};
use base64::Engine as _;
use oras::auth::challenge::{self, Challenge};
use oras::auth::credential::Credential;
use oras::auth::docker_config::helper::HelperRunner;
use oras::auth::docker_config::{ConfigPaths, CredentialStore};
use proptest::prelude::*;
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::path::Path;

/// Header text built from challenge-ish pieces, or anything.
fn challenge_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Bearer ".to_string()),
        Just("basic ".to_string()),
        Just("realm".to_string()),
        Just("=".to_string()),
        Just("\"".to_string()),
        Just("\\".to_string()),
        Just(",".to_string()),
        Just(" ".to_string()),
        "[a-zA-Z0-9:/._-]{0,8}",
        any::<char>().prop_map(String::from),
    ];
    prop_oneof![
        3 => prop::collection::vec(piece, 0..24).prop_map(|v| v.concat()),
        1 => any::<String>(),
    ]
}

/// A credential as config.json can hold it (`auth` needs a username without `:`).
fn credential() -> impl Strategy<Value = Credential> {
    (
        "[^:]{0,12}",
        any::<String>(),
        prop_oneof![Just(String::new()), any::<String>()],
        prop_oneof![Just(String::new()), any::<String>()],
    )
        .prop_map(
            |(username, password, refresh_token, access_token)| Credential {
                username,
                password,
                refresh_token,
                access_token,
            },
        )
}

fn server() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z0-9][a-z0-9.-]{0,14}(:[0-9]{1,5})?",
        Just("docker.io".to_string()),
    ]
}

/// A JSON value of any shape, small.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        any::<String>().prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-zA-Z]{0,6}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A docker config with known top-level fields of any shape and `auths` entries that are
/// well-formed, of the wrong type, or undecodable.
fn config_file() -> impl Strategy<Value = Value> {
    let entry = prop_oneof![
        3 => credential().prop_map(|c| entry_json(&c)),
        1 => json_value(),
        1 => any::<String>().prop_map(|a| json!({ "auth": a })),
        1 => prop::collection::vec(any::<u8>(), 0..24)
            .prop_map(|b| json!({ "Auth": base64::engine::general_purpose::STANDARD.encode(b) })),
    ];
    (
        prop::collection::btree_map(server(), entry, 0..4),
        prop::option::of(json_value()),
        prop::option::of(json_value()),
        prop::collection::btree_map("[a-zA-Z]{1,8}", json_value(), 0..3),
    )
        .prop_map(|(auths, store, helpers, extra)| {
            let mut m: serde_json::Map<String, Value> = extra.into_iter().collect();
            m.insert("auths".into(), Value::Object(auths.into_iter().collect()));
            if let Some(s) = store {
                m.insert("credsStore".into(), s);
            }
            if let Some(h) = helpers {
                m.insert("credHelpers".into(), h);
            }
            Value::Object(m)
        })
}

/// The `auths` entry docker writes for a credential.
fn entry_json(c: &Credential) -> Value {
    let mut m = serde_json::Map::new();
    if !(c.username.is_empty() && c.password.is_empty()) {
        let pair = format!("{}:{}", c.username, c.password);
        m.insert(
            "auth".into(),
            base64::engine::general_purpose::STANDARD
                .encode(pair)
                .into(),
        );
    }
    if !c.refresh_token.is_empty() {
        m.insert("identitytoken".into(), c.refresh_token.clone().into());
    }
    if !c.access_token.is_empty() {
        m.insert("registrytoken".into(), c.access_token.clone().into());
    }
    Value::Object(m)
}

/// A store over `path` whose credential helpers can never be found (nothing is executed).
fn open_store(path: &Path, no_helpers: &Path) -> Result<CredentialStore, String> {
    CredentialStore::open(&[path.to_path_buf()], &ConfigPaths::default())
        .map(|s| s.with_helper_path(no_helpers.as_os_str()))
        .map_err(|e| e.to_string())
}

proptest! {
    #![proptest_config(config(4096))]

    /// Any header: no panic, the scheme is recognised case-insensitively and parameter names
    /// come out lower-cased and non-empty.
    #[test]
    fn challenge_parse_arbitrary(h in challenge_like()) {
        bounded(move || -> Case {
            let scheme = h.trim().split(' ').next().unwrap_or_default().to_ascii_lowercase();
            match challenge::parse(&h) {
                Challenge::Basic => prop_assert_eq!(scheme, "basic"),
                Challenge::Bearer(params) => {
                    prop_assert_eq!(scheme, "bearer");
                    for k in params.keys() {
                        prop_assert!(!k.is_empty());
                        prop_assert_eq!(k, &k.to_ascii_lowercase());
                    }
                }
                Challenge::Unknown(s) => prop_assert_eq!(s, scheme),
            }
            Ok(())
        })?;
    }

    /// A Bearer challenge written with quoted (escaped) or bare values parses back into its
    /// parameters, whatever the scheme's case and the separators.
    #[test]
    fn bearer_params_round_trip(
        params in prop::collection::btree_map(
            "[a-z][a-z0-9_]{0,8}",
            (any::<bool>(), any::<String>(), "[A-Za-z0-9:/._+-]{0,20}", any::<bool>()),
            0..6,
        ),
        scheme in prop::sample::select(vec!["Bearer", "bearer", "BEARER", "bEaReR"]),
        sep in prop::sample::select(vec![",", ", ", " ,", ",,"]),
    ) {
        bounded(move || -> Case {
            let mut want = BTreeMap::new();
            let mut parts = Vec::new();
            for (k, (quoted, any_text, bare, upper)) in &params {
                let name = if *upper { k.to_ascii_uppercase() } else { k.clone() };
                if *quoted {
                    let escaped = any_text.replace('\\', "\\\\").replace('"', "\\\"");
                    parts.push(format!("{name}=\"{escaped}\""));
                    want.insert(k.clone(), any_text.clone());
                } else {
                    parts.push(format!("{name}={bare}"));
                    want.insert(k.clone(), bare.clone());
                }
            }
            let header = format!("{scheme} {}", parts.join(sep));
            prop_assert_eq!(challenge::parse(&header), Challenge::Bearer(want), "{}", header);
            Ok(())
        })?;
    }
}

proptest! {
    #![proptest_config(config(512))]

    /// Any config.json (generated, mutated, or random bytes): opening and looking servers up
    /// never panics, an `auths` entry written the docker way gives back its credential, and
    /// errors never echo a secret.
    #[test]
    fn docker_config_lookups(
        cfg in config_file(),
        mutate in prop::option::of((any::<prop::sample::Index>(), any::<u8>())),
        junk in prop::option::of(prop::collection::vec(any::<u8>(), 0..128)),
        probe in server(),
    ) {
        bounded(move || -> Case {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("config.json");
            let mut bytes = serde_json::to_vec(&cfg).unwrap();
            let pristine = mutate.is_none() && junk.is_none();
            if let Some((at, b)) = mutate {
                let i = at.index(bytes.len());
                bytes[i] = b;
            }
            if let Some(j) = junk {
                bytes = j;
            }
            std::fs::write(&path, &bytes).unwrap();
            let store = match open_store(&path, dir.path()) {
                Ok(s) => s,
                Err(e) => {
                    prop_assert!(!pristine || cfg.get("credsStore").is_some_and(|v| !v.is_string() && !v.is_null())
                        || cfg.get("credHelpers").is_some_and(|v| !v.is_object() && !v.is_null())
                        || cfg["credHelpers"].as_object().is_some_and(|m| m.values().any(|v| !v.is_string() && !v.is_null())),
                        "a well-formed config was refused: {}", e);
                    return Ok(());
                }
            };
            let auths = cfg["auths"].as_object().cloned().unwrap_or_default();
            for server in auths.keys().cloned().chain([probe]) {
                let got = store.get(&server);
                let uses_helper = cfg["credsStore"].as_str().is_some_and(|s| !s.is_empty())
                    || cfg["credHelpers"][oras::auth::docker_config::server_key(&server)]
                        .as_str()
                        .is_some_and(|s| !s.is_empty());
                match got {
                    Ok(c) => {
                        if pristine && !uses_helper && server != "docker.io" {
                            // a docker-written entry decodes to what was written
                            if let Some(want) = auths.get(&server).and_then(credential_of) {
                                prop_assert_eq!(c, want);
                            }
                        }
                    }
                    Err(e) => {
                        let text = e.to_string();
                        for entry in auths.values() {
                            if let Some(c) = credential_of(entry) {
                                for secret in [&c.password, &c.refresh_token, &c.access_token] {
                                    if secret.chars().count() >= 8 {
                                        prop_assert!(!text.contains(secret.as_str()), "secret in {}", text);
                                    }
                                }
                            }
                        }
                    }
                }
            }
            Ok(())
        })?;
    }

    /// Saving a credential keeps every other top-level field and `auths` entry (as JSON
    /// values) and a fresh store reads the credential back.
    #[test]
    fn docker_config_put_then_get(cfg in config_file(), target in server(), cred in credential()) {
        bounded(move || -> Case {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("config.json");
            let mut cfg = cfg;
            // a file the store can write to directly (no helper)
            cfg.as_object_mut().unwrap().remove("credsStore");
            cfg.as_object_mut().unwrap().remove("credHelpers");
            let written = serde_json::to_vec(&cfg).unwrap();
            std::fs::write(&path, &written).unwrap();
            // compare with what JSON reads from the file (numbers as the reader rounds them)
            let cfg: Value = serde_json::from_slice(&written).unwrap();
            let store = open_store(&path, dir.path()).map_err(TestCaseError::fail)?;
            store.put(&target, &cred).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let again = open_store(&path, dir.path()).map_err(TestCaseError::fail)?;
            prop_assert_eq!(again.get(&target).map_err(|e| e.to_string()), Ok(cred));
            let saved: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
            let key = oras::auth::docker_config::server_key(&target);
            for (k, v) in cfg.as_object().unwrap() {
                if k == "auths" {
                    for (host, entry) in v.as_object().unwrap() {
                        if *host != key {
                            prop_assert_eq!(&saved["auths"][host], entry);
                        }
                    }
                } else {
                    prop_assert_eq!(&saved[k], v, "field {}", k);
                }
            }
            Ok(())
        })?;
    }
}

/// The credential a well-formed (docker-written) entry holds, `None` for anything else.
fn credential_of(entry: &Value) -> Option<Credential> {
    let m = entry.as_object()?;
    if m.keys()
        .any(|k| !["auth", "identitytoken", "registrytoken"].contains(&k.as_str()))
    {
        return None;
    }
    let mut c = Credential::default();
    if let Some(a) = m.get("auth") {
        let raw = base64::engine::general_purpose::STANDARD
            .decode(a.as_str()?)
            .ok()?;
        let text = String::from_utf8(raw).ok()?;
        let (u, p) = text.split_once(':')?;
        c.username = u.to_string();
        c.password = p.to_string();
    }
    c.refresh_token = m
        .get("identitytoken")
        .map_or(Some(""), Value::as_str)?
        .to_string();
    c.access_token = m
        .get("registrytoken")
        .map_or(Some(""), Value::as_str)?
        .to_string();
    Some(c)
}

/// What a helper may print for `get`: the protocol's object (field names in any case,
/// values of any type), anything JSON, or raw bytes; with a recognisable secret inside.
fn helper_output() -> impl Strategy<Value = (Vec<u8>, Option<Credential>, String)> {
    let secret = "S3CR3T-[a-z0-9]{12}";
    let name_case = |n: &'static str| {
        prop::sample::select(vec![
            n.to_string(),
            n.to_ascii_lowercase(),
            n.to_ascii_uppercase(),
        ])
    };
    let well_formed = (
        name_case("Username"),
        prop_oneof!["[^<]{0,10}", Just("<token>".to_string())],
        name_case("Secret"),
        secret,
        prop::collection::btree_map("[a-z]{1,6}", json_value(), 0..3),
    )
        .prop_map(|(uk, user, sk, secret, extra)| {
            let mut m: serde_json::Map<String, Value> = extra
                .into_iter()
                .filter(|(k, _)| {
                    !k.eq_ignore_ascii_case("username") && !k.eq_ignore_ascii_case("secret")
                })
                .collect();
            m.insert("ServerURL".into(), "reg.io".into());
            m.insert(uk, user.clone().into());
            m.insert(sk, secret.clone().into());
            let want = if user == "<token>" {
                Credential {
                    refresh_token: secret.clone(),
                    ..Credential::default()
                }
            } else {
                Credential::basic(user, secret.clone())
            };
            (
                serde_json::to_vec(&Value::Object(m)).unwrap(),
                Some(want),
                secret,
            )
        });
    let malformed = (
        secret,
        json_value(),
        prop::collection::vec(any::<u8>(), 0..32),
        0usize..4,
    )
        .prop_map(|(secret, v, junk, how)| {
            let out = match how {
                0 => serde_json::to_vec(&json!({ "Username": 7, "Secret": secret })).unwrap(),
                1 => format!("{{\"Username\":\"u\",\"Secret\":\"{secret}\"").into_bytes(),
                2 => {
                    let mut b = junk;
                    b.extend_from_slice(secret.as_bytes());
                    b
                }
                _ => serde_json::to_vec(&json!([secret, v])).unwrap(),
            };
            (out, None, secret)
        });
    prop_oneof![2 => well_formed, 1 => malformed]
}

proptest! {
    #![proptest_config(config(128))]

    /// A helper's `get` output: the protocol's object gives its credential (`<token>` means
    /// an identity token); anything else is an error that never quotes the output.
    #[test]
    fn credential_helper_get_output((out, want, secret) in helper_output()) {
        bounded(move || -> Case {
            let dir = tempfile::tempdir().unwrap();
            let helper = dir.path().join("docker-credential-prop");
            std::fs::write(&helper, "#!/bin/sh\ncat \"$0.out\"\n").unwrap();
            {
                use std::os::unix::fs::PermissionsExt;
                std::fs::set_permissions(&helper, std::fs::Permissions::from_mode(0o755)).unwrap();
            }
            std::fs::write(dir.path().join("docker-credential-prop.out"), &out).unwrap();
            let got = HelperRunner::with_search_path(dir.path().as_os_str()).get("prop", "reg.io");
            match (got, want) {
                (Ok(c), Some(want)) => prop_assert_eq!(c, want),
                (Err(e), None) => prop_assert!(!e.to_string().contains(&secret), "{}", e),
                (Ok(c), None) => {
                    // some malformed-looking output can still be a valid answer
                    let v: Value = serde_json::from_slice(&out).map_err(|e| TestCaseError::fail(e.to_string()))?;
                    prop_assert!(v.is_object() || v.is_null(), "{:?} accepted as {:?}", String::from_utf8_lossy(&out), c);
                }
                (Err(e), Some(_)) => prop_assert!(false, "{}", e),
            }
            Ok(())
        })?;
    }
}
