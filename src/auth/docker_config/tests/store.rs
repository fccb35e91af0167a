//! The store as a whole: the default config path, several config files, credential helpers
//! (`credsStore`, `credHelpers`), and what the store lets show of itself.

use super::*;
use crate::auth::Credential;
use crate::auth::docker_config::{ConfigPaths, CredError, CredentialStore};
use std::fs;
use std::path::{Path, PathBuf};

#[test]
fn several_configs_first_non_empty_wins_and_writes_go_to_first() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first.json");
    let second = dir.path().join("second.json");
    let third = dir.path().join("missing.json");
    fs::write(
        &first,
        r#"{"auths": {"a.example": {"auth": "Zmlyc3Q6MQ=="}}}"#,
    )
    .unwrap();
    fs::write(
        &second,
        r#"{"auths": {"a.example": {"auth": "c2Vjb25kOjI="}, "b.example": {"auth": "c2Vjb25kOjI="}}}"#,
    )
    .unwrap();
    let store = CredentialStore::open(
        &[first.clone(), second.clone(), third.clone()],
        &ConfigPaths::default(),
    )
    .unwrap();
    assert_eq!(store.primary_path(), first);
    assert_eq!(store.hint_path(), None);
    assert_eq!(
        store.get("a.example").unwrap(),
        Credential::basic("first", "1")
    );
    assert_eq!(
        store.get("b.example").unwrap(),
        Credential::basic("second", "2")
    );
    assert!(store.get("c.example").unwrap().is_empty());

    let second_before = read(&second);
    store
        .put("b.example", &Credential::basic("new", "3"))
        .unwrap();
    assert_eq!(
        store.get("b.example").unwrap(),
        Credential::basic("new", "3")
    );
    store.delete("b.example").unwrap();
    store.delete("a.example").unwrap();
    // Deleted from the first; the second still answers.
    assert_eq!(
        store.get("a.example").unwrap(),
        Credential::basic("second", "2")
    );
    assert_eq!(read(&second), second_before);
    assert!(!third.exists());
    assert_eq!(read(&first), GOLDEN_LOGOUT);

    // One malformed config among several fails the whole open.
    fs::write(&third, "{").unwrap();
    let err = CredentialStore::open(&[first, second, third.clone()], &ConfigPaths::default())
        .unwrap_err();
    assert!(err.to_string().contains(&third.display().to_string()));
}

#[cfg(unix)]
#[test]
fn credential_helpers_get_store_erase() {
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("bin");
    fs::create_dir(&bin).unwrap();
    let log = dir.path().join("log");
    // A tiny helper that keeps one credential per server in files under $dir/db.
    let db = dir.path().join("db");
    fs::create_dir(&db).unwrap();
    let body = format!(
        r#"db={db}
input=$(cat)
echo "$1 $input" >> {log}
server=$input
if [ "$1" = store ]; then server=$(printf '%s' "$input" | sed 's/.*"ServerURL":"\([^"]*\)".*/\1/'); fi
f="$db/$(printf '%s' "$server" | tr '/:' '__')"
case "$1" in
  get)
if [ -f "$f" ]; then cat "$f"; else echo "credentials not found in native keychain"; exit 1; fi ;;
  store)
printf '%s' "$input" > "$f" ;;
  erase)
if [ -f "$f" ]; then rm "$f"; else echo "credentials not found in native keychain"; exit 1; fi ;;
esac"#,
        db = db.display(),
        log = log.display()
    );
    write_helper(&bin, "test", &body);
    write_helper(
        &bin,
        "other",
        r#"cat >/dev/null; printf '{"Username":"o","Secret":"os"}'"#,
    );

    let cfg = dir.path().join("config.json");
    let original = r#"{"credsStore": "test", "credHelpers": {"per-host.example": "other"}, "auths": {"file.example": {"auth": "YTpi"}}}"#;
    fs::write(&cfg, original).unwrap();
    let store = CredentialStore::open(std::slice::from_ref(&cfg), &ConfigPaths::default())
        .unwrap()
        .with_helper_path(&bin);

    // Not found in the keychain ⇒ empty credential (credsStore shadows `auths`).
    assert!(store.get("file.example").unwrap().is_empty());
    // credHelpers beats credsStore.
    assert_eq!(
        store.get("per-host.example").unwrap(),
        Credential::basic("o", "os")
    );

    store
        .put("reg.example", &Credential::basic("user", "pw"))
        .unwrap();
    assert_eq!(
        read(&db.join("reg.example")),
        r#"{"ServerURL":"reg.example","Username":"user","Secret":"pw"}"#
    );
    assert_eq!(
        store.get("reg.example").unwrap(),
        Credential::basic("user", "pw")
    );

    store
        .put("tok.example", &Credential::from_user_input("", "idtok"))
        .unwrap();
    assert_eq!(
        read(&db.join("tok.example")),
        r#"{"ServerURL":"tok.example","Username":"\u003ctoken\u003e","Secret":"idtok"}"#
    );
    let c = store.get("tok.example").unwrap();
    assert_eq!(c.refresh_token, "idtok");
    assert!(c.username.is_empty());

    // Helpers do not apply the file's colon rule (oras-go validates only plaintext).
    store
        .put("docker.io", &Credential::basic("a:b", "c"))
        .unwrap();
    assert_eq!(
        read(&db.join("https___index.docker.io_v1_")),
        r#"{"ServerURL":"https://index.docker.io/v1/","Username":"a:b","Secret":"c"}"#
    );

    store.delete("reg.example").unwrap();
    assert!(!db.join("reg.example").exists());
    assert!(store.get("reg.example").unwrap().is_empty());
    // Erasing a missing entry is the helper's call; its message surfaces verbatim.
    let err = store.delete("reg.example").unwrap_err();
    assert_eq!(err.to_string(), NOT_FOUND);

    // The config file is never rewritten when helpers handle the key.
    assert_eq!(read(&cfg), original);
    let log = read(&log);
    assert!(log.contains("get file.example"), "{log}");
    assert!(log.contains("erase reg.example"), "{log}");
}

const NOT_FOUND: &str = "credentials not found in native keychain";

#[cfg(unix)]
#[test]
fn missing_helper_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("config.json");
    fs::write(&cfg, r#"{"credsStore": "absent"}"#).unwrap();
    let store = CredentialStore::open(std::slice::from_ref(&cfg), &ConfigPaths::default())
        .unwrap()
        .with_helper_path(dir.path());
    for err in [
        store.get("x").unwrap_err(),
        store
            .put("x", &Credential::basic("u", "sekrit"))
            .unwrap_err(),
        store.delete("x").unwrap_err(),
    ] {
        let msg = err.to_string();
        assert!(msg.contains("docker-credential-absent"), "{msg}");
        assert!(!msg.contains("sekrit"));
    }
}

#[test]
fn store_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<CredentialStore>();
    assert_send_sync::<CredError>();
}

#[test]
fn store_debug_shows_no_secrets() {
    let (_d, _p, store) = store_with(r#"{"auths": {"h": {"auth": "c2VjcmV0OnNlY3JldA=="}}}"#);
    let s = format!("{store:?}");
    assert!(!s.contains("c2VjcmV0") && !s.contains("secret"), "{s}");
}

#[test]
fn default_config_path() {
    let p = |d: Option<&str>, h: Option<&str>| ConfigPaths {
        docker_config_env: d.map(PathBuf::from),
        home: h.map(PathBuf::from),
    };
    assert_eq!(
        p(Some("/dc/"), Some("/home/u"))
            .default_config_path()
            .unwrap(),
        PathBuf::from("/dc/config.json")
    );
    assert_eq!(
        p(Some(""), Some("/home/u/")).default_config_path().unwrap(),
        PathBuf::from("/home/u/.docker/config.json")
    );
    assert_eq!(
        p(Some("./rel/../cfg"), None).default_config_path().unwrap(),
        PathBuf::from("cfg/config.json")
    );
    let err = p(None, Some("")).default_config_path().unwrap_err();
    assert_eq!(
        err.to_string(),
        "failed to get user home directory: $HOME is not defined"
    );
    assert!(matches!(
        CredentialStore::open(&[], &ConfigPaths::default()),
        Err(CredError::NoHome)
    ));
    // --registry-config paths are used verbatim (also in the hint).
    let store =
        CredentialStore::open(&[PathBuf::from("./x/../nonexistent.json")], &p(None, None)).unwrap();
    assert_eq!(
        store.hint_path(),
        Some(Path::new("./x/../nonexistent.json"))
    );
}
