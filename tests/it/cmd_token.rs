//! Bearer-token auth end to end: `docker-registry` with `auth.token` trusting the JWTs of
//! the test token server (`support/token_server.rs`). Anonymous pulls of public
//! repositories, `-u/-p` pushes (one token fetch thanks to scope hints), identity tokens
//! (OAuth2 refresh-token POST), broken token endpoints, wrong passwords, `--debug`
//! redaction, and the anonymous fallback for stale stored credentials.

use crate::support::env::{Sandbox, text};
use crate::support::registry::{RegistryOpts, TestRegistry};
use crate::support::seed;
use crate::support::token_server::{Mode, Policy, TokenServer};
use base64::Engine as _;

const USER: &str = "alice";
const PASSWORD: &str = "s3cret-Pa55";
const REFRESH: &str = "refresh-0f1e2d3c";

struct Setup {
    tokens: TokenServer,
    registry: TestRegistry,
    sandbox: Sandbox,
}

fn setup() -> Setup {
    let tokens = TokenServer::start(
        Policy::default()
            .user(USER, PASSWORD)
            .refresh_token(REFRESH, USER)
            .public("public/"),
    );
    let registry = TestRegistry::start_with(RegistryOpts::with_token(&tokens));
    Setup {
        tokens,
        registry,
        sandbox: Sandbox::new(),
    }
}

impl Setup {
    fn host(&self) -> String {
        self.registry.host()
    }

    /// `repo:tag` with one layer `hello.txt`, written with raw HTTP and a minted token.
    fn seed(&self, repo: &str, tag: &str) -> String {
        let token = self.tokens.mint(Some(USER), &[(repo, &["pull", "push"])]);
        let auth = format!("Bearer {token}");
        seed::artifact_with(
            self.registry.port(),
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
    fn store_password(&self, password: &str) -> std::path::PathBuf {
        let auth = base64::engine::general_purpose::STANDARD.encode(format!("{USER}:{password}"));
        let dir = self.sandbox.home.join(".docker");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("config.json");
        std::fs::write(
            &path,
            format!(r#"{{"auths":{{"{}":{{"auth":"{auth}"}}}}}}"#, self.host()),
        )
        .unwrap();
        path
    }
}

fn assert_ok(f: &crate::support::command::Finished, what: &str) -> (String, String) {
    let (out, err) = text(f);
    assert_eq!(f.code, 0, "{what} failed\nstdout:\n{out}\nstderr:\n{err}");
    (out, err)
}

#[test]
fn anonymous_pull_of_a_public_repository() {
    let s = setup();
    let digest = s.seed("public/hello", "v1");
    s.seed("private/hello", "v1");
    let pulled = s
        .sandbox
        .oras(&format!("pull {}/public/hello:v1 -o out", s.host()));
    let (out, _) = assert_ok(&pulled, "anonymous pull");
    assert!(out.contains(&format!("Digest: {digest}")), "{out}");
    assert_eq!(
        std::fs::read(s.sandbox.path("out/hello.txt")).unwrap(),
        b"hello token\n"
    );
    let log = s.tokens.log();
    assert!(!log.is_empty(), "no token was fetched");
    assert!(
        log.iter()
            .all(|l| l.method == "GET" && !l.basic && l.status == 200),
        "{log:#?}"
    );
    assert_eq!(log[0].scopes, vec!["repository:public/hello:pull"]);

    // the same anonymous client is refused the private repository, by the registry
    let refused = s
        .sandbox
        .oras(&format!("pull {}/private/hello:v1 -o out2", s.host()));
    let (_, err) = text(&refused);
    assert_eq!(refused.code, 1, "{err}");
    assert!(
        err.starts_with("Error response from registry: unauthorized: authentication required"),
        "{err}"
    );
}

#[test]
fn push_with_username_and_password_fetches_one_token() {
    let s = setup();
    s.sandbox.write("a.txt", b"first file\n");
    s.sandbox.write("b.txt", b"second file\n");
    let pushed = s.sandbox.oras(&format!(
        "push {}/team/app:v1 a.txt b.txt -u {USER} -p {PASSWORD}",
        s.host()
    ));
    let (out, _) = assert_ok(&pushed, "push");
    assert!(out.contains("Pushed [registry] "), "{out}");
    let log = s.tokens.log();
    // Scope hints ask for pull,push up front: one token serves every blob and the manifest.
    assert_eq!(log.len(), 1, "token fetches: {log:#?}");
    assert_eq!(log[0].method, "GET");
    assert!(log[0].basic);
    assert_eq!(log[0].user.as_deref(), Some(USER));
    assert_eq!(log[0].scopes, vec!["repository:team/app:pull,push"]);

    // and the pushed artifact reads back with the same credentials
    let pulled = s.sandbox.oras(&format!(
        "pull {}/team/app:v1 -o back -u {USER} -p {PASSWORD}",
        s.host()
    ));
    assert_ok(&pulled, "pull back");
    assert_eq!(
        std::fs::read(s.sandbox.path("back/b.txt")).unwrap(),
        b"second file\n"
    );
}

#[test]
fn identity_token_login_then_push_uses_the_refresh_token_grant() {
    let s = setup();
    let login = s
        .sandbox
        .oras(&format!("login {} --identity-token {REFRESH}", s.host()));
    let (out, _) = assert_ok(&login, "login");
    assert_eq!(out, "Login Succeeded\n");
    let config = std::fs::read_to_string(s.sandbox.home.join(".docker/config.json")).unwrap();
    assert!(config.contains(r#""identitytoken": ""#), "{config}");

    s.tokens.clear_log();
    s.sandbox.write("a.txt", b"by identity\n");
    let pushed = s
        .sandbox
        .oras(&format!("push {}/team/idt:v1 a.txt", s.host()));
    assert_ok(&pushed, "push with stored identity token");
    let log = s.tokens.log();
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
    let bad = s.sandbox.oras(&format!(
        "push {}/team/idt:v2 a.txt --identity-token not-a-token",
        s.host()
    ));
    let (_, err) = text(&bad);
    assert_eq!(bad.code, 1, "{err}");
    let realm = s.tokens.realm();
    assert!(
        err.contains(&format!(
            "Error: POST \"{realm}\": response status code 401: unauthorized: invalid refresh token"
        )),
        "{err}"
    );
}

#[test]
fn broken_token_endpoints_fail_clearly() {
    let s = setup();
    s.sandbox.write("a.txt", b"x\n");
    let realm = s.tokens.realm();

    s.tokens.set_mode(Mode::Fail500);
    let failed = s.sandbox.oras(&format!(
        "push {}/team/x:v1 a.txt -u {USER} -p {PASSWORD}",
        s.host()
    ));
    let (_, err) = text(&failed);
    assert_eq!(failed.code, 1, "{err}");
    assert!(
        err.contains(&format!(
            "Error: GET \"{realm}?scope=repository%3Ateam%2Fx%3Apull%2Cpush&service=oras-test-registry\": response status code 500: Internal Server Error"
        )),
        "{err}"
    );

    s.tokens.set_mode(Mode::Garbage);
    let garbage = s
        .sandbox
        .oras(&format!("pull {}/public/none:v1 -o out", s.host()));
    let (_, err) = text(&garbage);
    assert_eq!(garbage.code, 1, "{err}");
    assert!(
        err.starts_with("Error: failed to decode token response: "),
        "{err}"
    );
}

#[test]
fn wrong_password_is_reported_with_the_token_servers_words() {
    let s = setup();
    s.sandbox.write("a.txt", b"x\n");
    let failed = s.sandbox.oras(&format!(
        "push {}/team/x:v1 a.txt -u {USER} -p wrong-password",
        s.host()
    ));
    let (_, err) = text(&failed);
    assert_eq!(failed.code, 1, "{err}");
    // oras prints token-endpoint errors (another host) with the URL, not the registry prefix
    let realm = s.tokens.realm();
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
    let s = setup();
    s.sandbox.write("a.txt", b"debug me\n");
    let pushed = s.sandbox.oras(&format!(
        "push {}/team/dbg:v1 a.txt -u {USER} -p {PASSWORD} --debug",
        s.host()
    ));
    let (out, err) = assert_ok(&pushed, "push --debug");
    assert!(err.contains("Authorization"), "no request trace?\n{err}");
    let basic = base64::engine::general_purpose::STANDARD.encode(format!("{USER}:{PASSWORD}"));
    for secret in [PASSWORD, basic.as_str()] {
        assert!(!err.contains(secret), "secret {secret:?} in stderr:\n{err}");
        assert!(!out.contains(secret), "secret {secret:?} in stdout:\n{out}");
    }
    // JWTs start with the base64url of `{"`: none may be printed
    assert!(!err.contains("eyJ"), "a token in stderr:\n{err}");

    let login = s.sandbox.oras(&format!(
        "login {} --identity-token {REFRESH} --debug",
        s.host()
    ));
    let (_, err) = assert_ok(&login, "login --debug");
    assert!(!err.contains(REFRESH), "refresh token in stderr:\n{err}");
    assert!(!err.contains("eyJ"), "a token in stderr:\n{err}");
}

#[test]
fn stale_stored_password_falls_back_to_anonymous_reads() {
    let s = setup();
    let digest = s.seed("public/app", "v1");
    s.seed("private/app", "v1");
    let config = s.store_password("an-old-password");

    let pulled = s
        .sandbox
        .oras(&format!("pull {}/public/app:v1 -o out", s.host()));
    let (out, err) = assert_ok(&pulled, "pull with a stale stored password");
    assert!(out.contains(&format!("Digest: {digest}")), "{out}");
    let warning = format!(
        "Warning: the stored credential for \"{}\" in {} was rejected; continuing anonymously\n",
        s.host(),
        config.display()
    );
    assert_eq!(err.matches("Warning:").count(), 1, "{err}");
    assert!(err.contains(&warning), "{err}");
    assert!(!err.contains("an-old-password"), "{err}");
    assert_eq!(
        std::fs::read(s.sandbox.path("out/hello.txt")).unwrap(),
        b"hello token\n"
    );

    // a private repository: the original rejection is reported, no warning
    let refused = s
        .sandbox
        .oras(&format!("pull {}/private/app:v1 -o out2", s.host()));
    let (_, err) = text(&refused);
    assert_eq!(refused.code, 1, "{err}");
    assert!(!err.contains("continuing anonymously"), "{err}");
    assert!(
        err.contains("response status code 401: unauthorized: invalid username or password"),
        "{err}"
    );

    // writes never fall back
    s.sandbox.write("a.txt", b"x\n");
    let pushed = s
        .sandbox
        .oras(&format!("push {}/public/app:v2 a.txt", s.host()));
    let (_, err) = text(&pushed);
    assert_eq!(pushed.code, 1, "{err}");
    assert!(!err.contains("continuing anonymously"), "{err}");

    // explicit -u/-p never fall back
    let explicit = s.sandbox.oras(&format!(
        "pull {}/public/app:v1 -o out3 -u {USER} -p wrong",
        s.host()
    ));
    let (_, err) = text(&explicit);
    assert_eq!(explicit.code, 1, "{err}");
    assert!(!err.contains("continuing anonymously"), "{err}");
}

#[test]
fn the_registry_really_verifies_token_signatures() {
    let s = setup();
    let impostor = TokenServer::start(Policy::default().user(USER, PASSWORD));
    let forged = impostor.mint(Some(USER), &[("team/x", &["pull", "push"])]);
    let good = s.tokens.mint(Some(USER), &[("team/x", &["pull"])]);
    let port = s.registry.port();
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
    assert_eq!(get(&forged), 401, "{}", s.registry.log_tail());
    assert_eq!(get(&good), 404, "{}", s.registry.log_tail());
    assert_ne!(impostor.port(), s.tokens.port());
}
