//! Servers that are not registries, or registries that send hostile data: an HTML page for
//! every path is refused by `pull`, `manifest fetch` and `login`; a `Link` that points back
//! to the same page stops `repo tags` and `repo ls` at once; a 4 MiB `[[[…` manifest
//! fetched with `--pretty` fails as oras fails, without the memory blow-up.

use super::hostile_server::{Behaviour, HostileServer};
use crate::support::env::{Sandbox, text};

#[test]
fn an_html_page_for_every_path_is_not_a_registry() {
    let html = HostileServer::start(Behaviour::Html);
    let sb = Sandbox::new();
    let host = html.host();

    let fetch = sb.oras(&format!("manifest fetch {host}/app:v1"));
    let (out, err) = text(&fetch);
    assert_eq!(fetch.code, 1, "{out}{err}");
    assert_eq!(out, "", "the page is not printed");
    assert!(
        err.contains("does not look like an OCI registry")
            && err.contains("text/html; charset=utf-8 content that is not a manifest"),
        "{err}"
    );

    let pull = sb.oras(&format!("pull {host}/app:v1 -o out"));
    let (out, err) = text(&pull);
    assert_eq!(pull.code, 1, "{out}{err}");
    assert!(err.contains("does not look like an OCI registry"), "{err}");
    assert!(!sb.path("out").exists() || std::fs::read_dir(sb.path("out")).unwrap().count() == 0);

    let login = sb.oras(&format!("login {host} -u u -p p"));
    let (out, err) = text(&login);
    assert_eq!(login.code, 1, "{out}{err}");
    assert!(
        err.contains(&format!(
            "Error: failed to validate the credentials for {host}: {host} does not look like an OCI registry"
        )),
        "{err}"
    );
    assert!(!out.contains("Login Succeeded"), "{out}");
    assert!(
        !sb.home.join(".docker/config.json").exists(),
        "no credentials stored for a web server"
    );

    // asking for that very type is the user's call
    let asked = sb.oras(&format!(
        "manifest fetch {host}/app:v1 --media-type text/html"
    ));
    assert_eq!(asked.code, 0, "{:?}", text(&asked));
    assert_eq!(text(&asked).0, super::hostile_server::PAGE);
}

#[test]
fn a_link_back_to_the_same_page_stops_the_listing() {
    let looping = HostileServer::start(Behaviour::LoopingLink);
    let sb = Sandbox::new();
    let tags = sb.oras(&format!("repo tags {}/app", looping.host()));
    let (out, err) = text(&tags);
    assert_eq!(tags.code, 1, "{out}{err}");
    assert!(
        err.contains("tag list: the registry sent the page")
            && err.contains("again (a pagination loop); stopped after 1 pages"),
        "{err}"
    );
    let ls = sb.oras(&format!("repo ls {}", looping.host()));
    let (out, err) = text(&ls);
    assert_eq!(ls.code, 1, "{out}{err}");
    assert!(err.contains("catalog: the registry sent the page"), "{err}");
    assert!(
        looping.requests() <= 6,
        "{} requests for two listings",
        looping.requests()
    );
}

#[test]
fn pretty_on_hostile_json_fails_like_oras_in_linear_memory() {
    // 4 MiB: an object whose value opens arrays far past Go's 10 000 levels
    let mut body = br#"{"schemaVersion":2,"x":"#.to_vec();
    body.resize((4 << 20) - 16, b'[');
    let server = HostileServer::start(Behaviour::Manifest {
        media_type: "application/vnd.oci.image.manifest.v1+json".into(),
        body: body.clone(),
    });
    let sb = Sandbox::new();
    let pretty = sb.oras(&format!("manifest fetch --pretty {}/app:v1", server.host()));
    let (out, err) = text(&pretty);
    assert_eq!(pretty.code, 1);
    assert_eq!(out, "", "nothing printed");
    assert_eq!(
        err,
        "Error: failed to prettify: invalid character '[' exceeded max depth\n"
    );
    // without --pretty the bytes are printed as they are, as oras does
    let raw = sb.oras(&format!("manifest fetch {}/app:v1", server.host()));
    assert_eq!(raw.code, 0, "{}", text(&raw).1);
    assert_eq!(raw.stdout, body);
}
