//! Bearer-token auth end to end: `docker-registry` with `auth.token` trusting the JWTs of
//! the test token server (`support/token_server.rs`). Anonymous pulls of public
//! repositories, `-u/-p` pushes (one token fetch thanks to scope hints), identity tokens
//! (OAuth2 refresh-token POST), broken token endpoints, wrong passwords, `--debug`
//! redaction, and the anonymous fallback for stale stored credentials.

use crate::support::registry::{RegistryOpts, TestRegistry};
use crate::support::sandbox::Sandbox;
use crate::support::seed;
use crate::support::token_server::{Mode, Policy, TokenServer};
use base64::Engine as _;

const USER: &str = "alice";
const PASSWORD: &str = "s3cret-Pa55";
const REFRESH: &str = "refresh-0f1e2d3c";

/// The token server, a registry trusting it, and a sandbox.
fn setup() -> (TokenServer, TestRegistry, Sandbox) {
    let tokens = TokenServer::start(
        Policy::default()
            .user(USER, PASSWORD)
            .refresh_token(REFRESH, USER)
            .public("public/"),
    );
    let registry = TestRegistry::start_with(RegistryOpts::with_token(&tokens));
    (tokens, registry, Sandbox::new())
}

/// `repo:tag` with one layer `hello.txt`, written with raw HTTP and a minted token.
fn seed_repo(tokens: &TokenServer, reg: &TestRegistry, repo: &str, tag: &str) -> String {
    let token = tokens.mint(Some(USER), &[(repo, &["pull", "push"])]);
    let auth = format!("Bearer {token}");
    seed::artifact_with(
        reg.port(),
        repo,
        tag,
        &[(
            "text/plain",
            b"hello token\n",
            r#"{"org.opencontainers.image.title":"hello.txt"}"#,
        )],
        &[("Authorization", &auth)],
    )
}

/// A docker config with an `auth` entry for the registry.
fn store_password(sb: &Sandbox, reg: &TestRegistry, password: &str) -> std::path::PathBuf {
    let auth = base64::engine::general_purpose::STANDARD.encode(format!("{USER}:{password}"));
    let path = sb.docker_config();
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(
        &path,
        format!(r#"{{"auths":{{"{}":{{"auth":"{auth}"}}}}}}"#, reg.host()),
    )
    .unwrap();
    path
}

#[test]
fn anonymous_pull_of_a_public_repository() {
    let (tokens, reg, sb) = setup();
    let digest = seed_repo(&tokens, &reg, "public/hello", "v1");
    seed_repo(&tokens, &reg, "private/hello", "v1");
    let pulled = sb.oras(&format!("pull {}/public/hello:v1 -o out", reg.host()));
    let out = pulled.ok("anonymous pull");
    assert!(out.contains(&format!("Digest: {digest}")), "{out}");
    assert_eq!(sb.read("out/hello.txt"), b"hello token\n");
    let log = tokens.log();
    assert!(!log.is_empty(), "no token was fetched");
    assert!(
        log.iter()
            .all(|l| l.method == "GET" && !l.basic && l.status == 200),
        "{log:#?}"
    );
    assert_eq!(log[0].scopes, vec!["repository:public/hello:pull"]);

    // the same anonymous client is refused the private repository, by the registry
    let refused = sb.oras(&format!("pull {}/private/hello:v1 -o out2", reg.host()));
    let (_, err) = refused.text();
    assert_eq!(refused.code, 1, "{err}");
    assert!(
        err.starts_with("Error response from registry: unauthorized: authentication required"),
        "{err}"
    );
}

#[test]
fn push_with_username_and_password_fetches_one_token() {
    let (tokens, reg, sb) = setup();
    sb.write("a.txt", b"first file\n");
    sb.write("b.txt", b"second file\n");
    let pushed = sb.oras(&format!(
        "push {}/team/app:v1 a.txt b.txt -u {USER} -p {PASSWORD}",
        reg.host()
    ));
    let out = pushed.ok("push");
    assert!(out.contains("Pushed [registry] "), "{out}");
    let log = tokens.log();
    // Scope hints ask for pull,push up front: one token serves every blob and the manifest.
    assert_eq!(log.len(), 1, "token fetches: {log:#?}");
    assert_eq!(log[0].method, "GET");
    assert!(log[0].basic);
    assert_eq!(log[0].user.as_deref(), Some(USER));
    assert_eq!(log[0].scopes, vec!["repository:team/app:pull,push"]);

    // and the pushed artifact reads back with the same credentials
    let pulled = sb.oras(&format!(
        "pull {}/team/app:v1 -o back -u {USER} -p {PASSWORD}",
        reg.host()
    ));
    pulled.ok("pull back");
    assert_eq!(sb.read("back/b.txt"), b"second file\n");
}

#[test]
fn identity_token_login_then_push_uses_the_refresh_token_grant() {
    let (tokens, reg, sb) = setup();
    let login = sb.oras(&format!("login {} --identity-token {REFRESH}", reg.host()));
    let out = login.ok("login");
    assert_eq!(out, "Login Succeeded\n");
    let config = std::fs::read_to_string(sb.docker_config()).unwrap();
    assert!(config.contains(r#""identitytoken": ""#), "{config}");

    tokens.clear_log();
    sb.write("a.txt", b"by identity\n");
    let pushed = sb.oras(&format!("push {}/team/idt:v1 a.txt", reg.host()));
    pushed.ok("push with stored identity token");
    let log = tokens.log();
    assert_eq!(log.len(), 1, "{log:#?}");
    let l = &log[0];
    assert_eq!(
        (
            l.method.as_str(),
            l.grant_type.as_deref(),
            l.client_id.as_deref(),
            l.user.as_deref(),
            l.status
        ),
        (
            "POST",
            Some("refresh_token"),
            Some("oras-go"),
            Some(USER),
            200
        )
    );
    assert_eq!(l.scopes, vec!["repository:team/idt:pull,push"]);

    // a refresh token the server does not know is refused
    let bad = sb.oras(&format!(
        "push {}/team/idt:v2 a.txt --identity-token not-a-token",
        reg.host()
    ));
    let (_, err) = bad.text();
    assert_eq!(bad.code, 1, "{err}");
    let realm = tokens.realm();
    assert!(
        err.contains(&format!(
            "Error: POST \"{realm}\": response status code 401: unauthorized: invalid refresh token"
        )),
        "{err}"
    );
}

#[test]
fn broken_token_endpoints_fail_clearly() {
    let (tokens, reg, sb) = setup();
    sb.write("a.txt", b"x\n");
    let realm = tokens.realm();

    tokens.set_mode(Mode::Fail500);
    let failed = sb.oras(&format!(
        "push {}/team/x:v1 a.txt -u {USER} -p {PASSWORD}",
        reg.host()
    ));
    let (_, err) = failed.text();
    assert_eq!(failed.code, 1, "{err}");
    assert!(
        err.contains(&format!(
            "Error: GET \"{realm}?scope=repository%3Ateam%2Fx%3Apull%2Cpush&service=oras-test-registry\": response status code 500: Internal Server Error"
        )),
        "{err}"
    );

    tokens.set_mode(Mode::Garbage);
    let garbage = sb.oras(&format!("pull {}/public/none:v1 -o out", reg.host()));
    let (_, err) = garbage.text();
    assert_eq!(garbage.code, 1, "{err}");
    assert!(
        err.starts_with("Error: failed to decode token response: "),
        "{err}"
    );
}

#[test]
fn wrong_password_is_reported_with_the_token_servers_words() {
    let (tokens, reg, sb) = setup();
    sb.write("a.txt", b"x\n");
    let failed = sb.oras(&format!(
        "push {}/team/x:v1 a.txt -u {USER} -p wrong-password",
        reg.host()
    ));
    let (_, err) = failed.text();
    assert_eq!(failed.code, 1, "{err}");
    // oras prints token-endpoint errors (another host) with the URL, not the registry prefix
    let realm = tokens.realm();
    assert!(
        err.contains(&format!(
            "Error: GET \"{realm}?scope=repository%3Ateam%2Fx%3Apull%2Cpush&service=oras-test-registry\": response status code 401: unauthorized: invalid username or password"
        )),
        "{err}"
    );
    assert!(!err.contains("wrong-password"), "{err}");
}

#[test]
fn debug_output_never_shows_secrets_or_tokens() {
    let (_tokens, reg, sb) = setup();
    sb.write("a.txt", b"debug me\n");
    let pushed = sb.oras(&format!(
        "push {}/team/dbg:v1 a.txt -u {USER} -p {PASSWORD} --debug",
        reg.host()
    ));
    pushed.ok("push --debug");
    let (out, err) = pushed.text();
    assert!(err.contains("Authorization"), "no request trace?\n{err}");
    let basic = base64::engine::general_purpose::STANDARD.encode(format!("{USER}:{PASSWORD}"));
    for secret in [PASSWORD, basic.as_str()] {
        assert!(!err.contains(secret), "secret {secret:?} in stderr:\n{err}");
        assert!(!out.contains(secret), "secret {secret:?} in stdout:\n{out}");
    }
    // JWTs start with the base64url of `{"`: none may be printed
    assert!(!err.contains("eyJ"), "a token in stderr:\n{err}");

    let login = sb.oras(&format!(
        "login {} --identity-token {REFRESH} --debug",
        reg.host()
    ));
    login.ok("login --debug");
    let err = login.stderr_text();
    assert!(!err.contains(REFRESH), "refresh token in stderr:\n{err}");
    assert!(!err.contains("eyJ"), "a token in stderr:\n{err}");
}

#[test]
fn stale_stored_password_falls_back_to_anonymous_reads() {
    let (tokens, reg, sb) = setup();
    let digest = seed_repo(&tokens, &reg, "public/app", "v1");
    seed_repo(&tokens, &reg, "private/app", "v1");
    let config = store_password(&sb, &reg, "an-old-password");

    let pulled = sb.oras(&format!("pull {}/public/app:v1 -o out", reg.host()));
    pulled.ok("pull with a stale stored password");
    let (out, err) = pulled.text();
    assert!(out.contains(&format!("Digest: {digest}")), "{out}");
    let warning = format!(
        "Warning: the stored credential for \"{}\" in {} was rejected; continuing anonymously\n",
        reg.host(),
        config.display()
    );
    assert_eq!(err.matches("Warning:").count(), 1, "{err}");
    assert!(err.contains(&warning), "{err}");
    assert!(!err.contains("an-old-password"), "{err}");
    assert_eq!(sb.read("out/hello.txt"), b"hello token\n");

    // a private repository: the original rejection is reported, no warning
    let refused = sb.oras(&format!("pull {}/private/app:v1 -o out2", reg.host()));
    let (_, err) = refused.text();
    assert_eq!(refused.code, 1, "{err}");
    assert!(!err.contains("continuing anonymously"), "{err}");
    assert!(
        err.contains("response status code 401: unauthorized: invalid username or password"),
        "{err}"
    );

    // writes never fall back
    sb.write("a.txt", b"x\n");
    let pushed = sb.oras(&format!("push {}/public/app:v2 a.txt", reg.host()));
    let (_, err) = pushed.text();
    assert_eq!(pushed.code, 1, "{err}");
    assert!(!err.contains("continuing anonymously"), "{err}");

    // explicit -u/-p never fall back
    let explicit = sb.oras(&format!(
        "pull {}/public/app:v1 -o out3 -u {USER} -p wrong",
        reg.host()
    ));
    let (_, err) = explicit.text();
    assert_eq!(explicit.code, 1, "{err}");
    assert!(!err.contains("continuing anonymously"), "{err}");
}

#[test]
fn the_registry_really_verifies_token_signatures() {
    let (tokens, reg, _sb) = setup();
    let impostor = TokenServer::start(Policy::default().user(USER, PASSWORD));
    let forged = impostor.mint(Some(USER), &[("team/x", &["pull", "push"])]);
    let good = tokens.mint(Some(USER), &[("team/x", &["pull"])]);
    let port = reg.port();
    let get = |token: &str| {
        crate::support::http::request(
            port,
            "GET",
            "/v2/team/x/tags/list",
            &[("Authorization", &format!("Bearer {token}"))],
        )
        .unwrap()
        .status
    };
    // a token of another key is refused; ours is accepted (404: the repository is empty)
    assert_eq!(get(&forged), 401, "{}", reg.log_tail());
    assert_eq!(get(&good), 404, "{}", reg.log_tail());
    assert_ne!(impostor.port(), tokens.port());
}
