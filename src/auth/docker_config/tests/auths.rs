//! The `auths` entries through the store: the fields oras-go reads and writes, legacy keys
//! matched by hostname, the docker.io key, and errors that name the entry but no secret.

use super::*;
use crate::auth::Credential;
use crate::auth::docker_config::{CredError, DOCKER_HUB_KEY, server_key};

#[test]
fn reads_auth_identitytoken_registrytoken_and_legacy_fields() {
    let (_d, _p, store) = store_with(
        r#"{"auths": {
            "basic.example": {"auth": "dXNlcjpwYXNzOndpdGg6Y29sb25z"},
            "token.example": {"identitytoken": "idtok"},
            "bearer.example": {"registrytoken": "regtok", "email": "x@y"},
            "legacy.example": {"username": "lu", "password": "lp"},
            "both.example": {"auth": "YTpi", "username": "ignored", "IdentityToken": "t2"}
        }}"#,
    );
    assert_eq!(
        store.get("basic.example").unwrap(),
        Credential::basic("user", "pass:with:colons")
    );
    let c = store.get("token.example").unwrap();
    assert_eq!(c.refresh_token, "idtok");
    assert!(c.username.is_empty() && c.password.is_empty() && c.access_token.is_empty());
    assert_eq!(store.get("bearer.example").unwrap().access_token, "regtok");
    assert_eq!(
        store.get("legacy.example").unwrap(),
        Credential::basic("lu", "lp")
    );
    let c = store.get("both.example").unwrap();
    assert_eq!((c.username.as_str(), c.password.as_str()), ("a", "b"));
    assert_eq!(c.refresh_token, "t2");
    assert!(store.get("unknown.example").unwrap().is_empty());
    assert!(store.get("").unwrap().is_empty());
}

#[test]
fn matches_legacy_keys_by_hostname() {
    let (_d, _p, store) = store_with(
        r#"{"auths": {
            "https://reg.example/v1/": {"auth": "YTpi"},
            "http://plain.example:5000": {"auth": "Yzpk"},
            "https://index.docker.io/v1/": {"auth": "aHViOmh1YnB3"}
        }}"#,
    );
    assert_eq!(
        store.get("reg.example").unwrap(),
        Credential::basic("a", "b")
    );
    assert_eq!(
        store.get("plain.example:5000").unwrap(),
        Credential::basic("c", "d")
    );
    assert!(store.get("plain.example").unwrap().is_empty());
    assert!(store.get("reg.example:443").unwrap().is_empty());
    // index.docker.io is reached through the docker.io key mapping only.
    let hub = Credential::basic("hub", "hubpw");
    assert_eq!(store.get("docker.io").unwrap(), hub);
    assert_eq!(store.get("registry-1.docker.io").unwrap(), hub);
    assert_eq!(store.get("index.docker.io").unwrap(), hub);
}

#[test]
fn exact_key_wins_over_hostname_match() {
    let (_d, _p, store) = store_with(
        r#"{"auths": {"https://reg.example/": {"auth": "YTpi"}, "reg.example": {"auth": "Yzpk"}}}"#,
    );
    assert_eq!(
        store.get("reg.example").unwrap(),
        Credential::basic("c", "d")
    );
}

#[test]
fn docker_hub_key_mapping() {
    assert_eq!(server_key("docker.io"), DOCKER_HUB_KEY);
    assert_eq!(server_key("registry-1.docker.io"), DOCKER_HUB_KEY);
    assert_eq!(server_key("index.docker.io"), "index.docker.io");
    assert_eq!(server_key("localhost:5000"), "localhost:5000");
    assert_eq!(server_key(DOCKER_HUB_KEY), DOCKER_HUB_KEY);

    let (_d, path, store) = store_with("");
    store
        .put("docker.io", &Credential::basic("u", "p"))
        .unwrap();
    assert!(read(&path).contains("\"https://index.docker.io/v1/\": {"));
    assert_eq!(
        store.get("registry-1.docker.io").unwrap(),
        Credential::basic("u", "p")
    );
    store.delete("registry-1.docker.io").unwrap();
    assert_eq!(read(&path), GOLDEN_LOGOUT);
}

#[test]
fn identity_token_login_writes_identitytoken() {
    let (_d, path, store) = store_with("");
    store
        .put("reg.example", &Credential::from_user_input("", "my-token"))
        .unwrap();
    assert_eq!(
        read(&path),
        "{\n\t\"auths\": {\n\t\t\"reg.example\": {\n\t\t\t\"identitytoken\": \"my-token\"\n\t\t}\n\t}\n}"
    );
    let c = store.get("reg.example").unwrap();
    assert_eq!(c.refresh_token, "my-token");
}

#[test]
fn all_fields_written_in_struct_order() {
    let (_d, path, store) = store_with("");
    let cred = Credential {
        username: "u".into(),
        password: "p<&>".into(),
        refresh_token: "r".into(),
        access_token: "a".into(),
    };
    store.put("h", &cred).unwrap();
    assert_eq!(
        read(&path),
        "{\n\t\"auths\": {\n\t\t\"h\": {\n\t\t\t\"auth\": \"dTpwPCY+\",\n\t\t\t\"identitytoken\": \"r\",\n\t\t\t\"registrytoken\": \"a\"\n\t\t}\n\t}\n}"
    );
    assert_eq!(store.get("h").unwrap(), cred);
}

#[test]
fn bad_auth_entry_errors_name_file_and_key_without_secret() {
    let (_d, path, store) = store_with(
        r#"{"auths": {
            "nocolon.example": {"auth": "c2VjcmV0LW5vLWNvbG9u"},
            "badb64.example": {"auth": "%%%%"},
            "notstr.example": {"auth": 1234567},
            "notobj.example": "oops"
        }}"#,
    );
    for key in [
        "nocolon.example",
        "badb64.example",
        "notstr.example",
        "notobj.example",
    ] {
        let err = store.get(key).unwrap_err();
        let msg = err.to_string();
        assert!(matches!(err, CredError::InvalidAuthEntry { .. }), "{msg}");
        assert!(
            msg.contains(key) && msg.contains(&path.display().to_string()),
            "{msg}"
        );
        assert!(
            !msg.contains("secret-no-colon") && !msg.contains("1234567"),
            "{msg}"
        );
    }
    // Other entries still work and puts still succeed.
    store
        .put("ok.example", &Credential::basic("u", "p"))
        .unwrap();
    assert_eq!(
        store.get("ok.example").unwrap(),
        Credential::basic("u", "p")
    );
}
