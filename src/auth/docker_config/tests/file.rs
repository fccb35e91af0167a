//! The config file itself: Go's bytes on save (golden login/logout), unknown content kept,
//! empty and malformed files, 0600/0700 modes, and failures that leave the file untouched.

use super::*;
use crate::auth::Credential;
use crate::auth::docker_config::{ConfigPaths, CredError, CredentialStore};
use std::fs;

#[test]
fn put_and_delete_preserve_unknown_content() {
    let original = r#"{
  "proxies": {"default": {"httpProxy": "http://p:3128", "noProxy": "a<b&c"}},
  "auths": {
"other.example": {"auth": "YTpi", "email": "me@example.com", "zz": 1.50, "aa": [1, 2e3, {}]},
"https://legacy.example/v1/": {"auth": "Yzpk"}
  },
  "credsStore": "",
  "credHelpers": {"helper.example": ""},
  "HttpHeaders": {"User-Agent": "x"},
  "empty": [],
  "big": 123456789012345678901234567890
}"#;
    let (dir, path, store) = store_with(original);
    store
        .put("new.example:5000", &Credential::basic("n", "m"))
        .unwrap();
    let expected_after_put = "{\n\t\"HttpHeaders\": {\n\t\t\"User-Agent\": \"x\"\n\t},\n\t\"auths\": {\n\t\t\"https://legacy.example/v1/\": {\n\t\t\t\"auth\": \"Yzpk\"\n\t\t},\n\t\t\"new.example:5000\": {\n\t\t\t\"auth\": \"bjpt\"\n\t\t},\n\t\t\"other.example\": {\n\t\t\t\"auth\": \"YTpi\",\n\t\t\t\"email\": \"me@example.com\",\n\t\t\t\"zz\": 1.50,\n\t\t\t\"aa\": [\n\t\t\t\t1,\n\t\t\t\t2e3,\n\t\t\t\t{}\n\t\t\t]\n\t\t}\n\t},\n\t\"big\": 123456789012345678901234567890,\n\t\"credHelpers\": {\n\t\t\"helper.example\": \"\"\n\t},\n\t\"empty\": [],\n\t\"proxies\": {\n\t\t\"default\": {\n\t\t\t\"httpProxy\": \"http://p:3128\",\n\t\t\t\"noProxy\": \"a\\u003cb\\u0026c\"\n\t\t}\n\t}\n}";
    assert_eq!(read(&path), expected_after_put);

    store.delete("new.example:5000").unwrap();
    let after_delete = read(&path);
    assert!(!after_delete.contains("new.example"));
    assert!(after_delete.contains("\"email\": \"me@example.com\""));
    // delete removes only the exact key, never a legacy hostname match.
    store.delete("legacy.example").unwrap();
    assert_eq!(read(&path), after_delete);
    assert_eq!(
        store.get("legacy.example").unwrap(),
        Credential::basic("c", "d")
    );
    assert!(temp_leftovers(dir.path()).is_empty());
}

#[test]
fn empty_or_null_files_are_empty_configs() {
    for content in ["", "  \n", "null", "{}", "{\"auths\": null}"] {
        let (_d, path, store) = store_with(content);
        assert!(store.get("a").unwrap().is_empty(), "{content:?}");
        store.put("a", &Credential::basic("u", "p")).unwrap();
        assert_eq!(
            read(&path),
            "{\n\t\"auths\": {\n\t\t\"a\": {\n\t\t\t\"auth\": \"dTpw\"\n\t\t}\n\t}\n}",
            "{content:?}"
        );
    }
}

#[test]
fn malformed_config_is_a_clear_error_and_never_overwritten() {
    for bad in [
        "{\"auths\": {\"a\": {\"auth\": \"x\"}",
        "{not json}",
        "[1, 2]",
        "\"str\"",
        "{\"auths\": \"nope\"}",
        "{\"auths\": [1]}",
        "{\"credsStore\": 5}",
        "{\"credHelpers\": [\"x\"]}",
        "{\"credHelpers\": {\"a\": 1}}",
    ] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.json");
        fs::write(&path, bad).unwrap();
        let err = CredentialStore::open(std::slice::from_ref(&path), &ConfigPaths::default())
            .unwrap_err();
        let msg = err.to_string();
        assert!(
            matches!(err, CredError::InvalidConfig { .. }),
            "{bad}: {msg}"
        );
        assert!(msg.contains(&path.display().to_string()), "{msg}");
        assert!(msg.contains("invalid config format"), "{msg}");
        assert_eq!(read(&path), bad);
    }
}

#[test]
fn keys_are_reencoded_and_sorted_bytewise() {
    let (_d, path, store) = store_with(r#"{"b": 1, "B": 2, "\u0061": 3, "a<": 4, "auths": {}}"#);
    store.put("Z", &Credential::basic("u", "p")).unwrap();
    assert_eq!(
        read(&path),
        "{\n\t\"B\": 2,\n\t\"a\": 3,\n\t\"a\\u003c\": 4,\n\t\"auths\": {\n\t\t\"Z\": {\n\t\t\t\"auth\": \"dTpw\"\n\t\t}\n\t},\n\t\"b\": 1\n}"
    );
}

#[test]
fn duplicate_keys_last_wins() {
    let (_d, _p, store) =
        store_with(r#"{"auths": {"h": {"auth": "YTpi"}}, "auths": {"h": {"auth": "Yzpk"}}}"#);
    assert_eq!(store.get("h").unwrap(), Credential::basic("c", "d"));
}

#[test]
fn login_and_logout_bytes_match_golden_transcript() {
    let home = tempfile::tempdir().unwrap();
    let env = env_home(home.path());
    let store = CredentialStore::open(&[], &env).unwrap();
    let cfg = home.path().join(".docker").join("config.json");
    assert_eq!(store.primary_path(), cfg);
    assert_eq!(store.hint_path(), Some(cfg.as_path()));
    assert!(!cfg.exists());

    let registry = "localhost:41234";
    store
        .put(
            registry,
            &Credential::from_user_input("testuser", "testpassword"),
        )
        .unwrap();
    let written = read(&cfg);
    assert_eq!(written.replace(registry, "[AUTH]"), GOLDEN_LOGIN);
    assert_eq!(
        written.len(),
        GOLDEN_LOGIN.len() - "[AUTH]".len() + registry.len()
    );
    // With the placeholder itself as the key the bytes are identical.
    let store2 = CredentialStore::open(&[], &env).unwrap();
    store2.delete(registry).unwrap();
    store2
        .put("[AUTH]", &Credential::basic("testuser", "testpassword"))
        .unwrap();
    assert_eq!(fs::read(&cfg).unwrap(), GOLDEN_LOGIN.as_bytes());

    // A fresh process sees the credential; logout leaves `"auths": {}`.
    let store3 = CredentialStore::open(&[], &env).unwrap();
    assert_eq!(
        store3.get("[AUTH]").unwrap(),
        Credential::basic("testuser", "testpassword")
    );
    store3.delete("[AUTH]").unwrap();
    assert_eq!(fs::read(&cfg).unwrap(), GOLDEN_LOGOUT.as_bytes());
    assert!(store3.get("[AUTH]").unwrap().is_empty());
    assert!(temp_leftovers(&home.path().join(".docker")).is_empty());
}

#[cfg(unix)]
#[test]
fn modes_are_0600_file_and_0700_dirs() {
    use std::os::unix::fs::PermissionsExt;
    let home = tempfile::tempdir().unwrap();
    let cfg = home.path().join("a").join("b").join("config.json");
    let store = CredentialStore::open(std::slice::from_ref(&cfg), &ConfigPaths::default()).unwrap();
    store.put("h", &Credential::basic("u", "p")).unwrap();
    assert_eq!(mode(&cfg), 0o600);
    assert_eq!(mode(&home.path().join("a").join("b")), 0o700);
    assert_eq!(mode(&home.path().join("a")), 0o700);

    // An existing 0644 file becomes 0600 (it is replaced, not rewritten in place).
    fs::set_permissions(&cfg, fs::Permissions::from_mode(0o644)).unwrap();
    store.put("h2", &Credential::basic("u", "p")).unwrap();
    assert_eq!(mode(&cfg), 0o600);
    assert!(temp_leftovers(cfg.parent().unwrap()).is_empty());
}

#[cfg(unix)]
#[test]
fn failed_save_keeps_original_and_memory_state() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, path, store) = store_with("{\"auths\": {}}");
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o500)).unwrap();
    let probe = dir.path().join("probe");
    let writable = fs::write(&probe, "x").is_ok(); // root ignores permissions
    let res = store.put("h", &Credential::basic("u", "p"));
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o700)).unwrap();
    if writable {
        return;
    }
    let err = res.unwrap_err();
    assert!(matches!(err, CredError::SaveConfig { .. }), "{err}");
    assert_eq!(read(&path), "{\"auths\": {}}");
    assert!(store.get("h").unwrap().is_empty());
}

#[test]
fn colon_in_username_is_rejected_and_file_untouched() {
    let (_d, path, store) = store_with("{}");
    let err = store
        .put("h", &Credential::basic("a:b", "secret-pw"))
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "bad credential format: colons(:) are not allowed in username"
    );
    assert_eq!(read(&path), "{}");
}

#[test]
fn delete_of_missing_entry_is_a_no_op() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub").join("config.json");
    let store =
        CredentialStore::open(std::slice::from_ref(&path), &ConfigPaths::default()).unwrap();
    store.delete("nothing.example").unwrap();
    assert!(!path.exists(), "no file is created by a no-op delete");
    assert!(!path.parent().unwrap().exists());

    let (_d, path, store) = store_with("{ \"auths\" : { } , \"x\" : true }");
    store.delete("nothing.example").unwrap();
    assert_eq!(read(&path), "{ \"auths\" : { } , \"x\" : true }");
}
