//! Servers that are not registries, or registries that send hostile data: an HTML page for
//! every path is refused by `pull`, `manifest fetch` and `login`; a `Link` that points back
//! to the same page stops `repo tags` and `repo ls` at once; a 4 MiB `[[[…` manifest
//! fetched with `--pretty` fails as oras fails, without the memory blow-up; a redirect loop
//! and an endless referrer graph stop at their bounds with errors naming them.

use super::hostile_server::{Behaviour, HostileServer};
use crate::support::sandbox::Sandbox;

#[test]
fn an_html_page_for_every_path_is_not_a_registry() {
    let html = HostileServer::start(Behaviour::Html);
    let sb = Sandbox::new();
    let host = html.host();

    let fetch = sb.oras(&format!("manifest fetch {host}/app:v1"));
    let (out, err) = fetch.text();
    assert_eq!(fetch.code, 1, "{out}{err}");
    assert_eq!(out, "", "the page is not printed");
    assert!(
        err.contains("does not look like an OCI registry")
            && err.contains("text/html; charset=utf-8 content that is not a manifest"),
        "{err}"
    );

    let pull = sb.oras(&format!("pull {host}/app:v1 -o out"));
    let (out, err) = pull.text();
    assert_eq!(pull.code, 1, "{out}{err}");
    assert!(err.contains("does not look like an OCI registry"), "{err}");
    assert!(!sb.path("out").exists() || std::fs::read_dir(sb.path("out")).unwrap().count() == 0);

    let login = sb.oras(&format!("login {host} -u u -p p"));
    let (out, err) = login.text();
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
    assert_eq!(asked.code, 0, "{:?}", asked.text());
    assert_eq!(asked.text().0, super::hostile_server::PAGE);
}

#[test]
fn a_link_back_to_the_same_page_stops_the_listing() {
    let looping = HostileServer::start(Behaviour::LoopingLink);
    let sb = Sandbox::new();
    let tags = sb.oras(&format!("repo tags {}/app", looping.host()));
    let (out, err) = tags.text();
    assert_eq!(tags.code, 1, "{out}{err}");
    assert!(
        err.contains("tag list: the registry sent the page")
            && err.contains("again (a pagination loop); stopped after 1 pages"),
        "{err}"
    );
    let ls = sb.oras(&format!("repo ls {}", looping.host()));
    let (out, err) = ls.text();
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
    let (out, err) = pretty.text();
    assert_eq!(pretty.code, 1);
    assert_eq!(out, "", "nothing printed");
    assert_eq!(
        err,
        "Error: failed to prettify: invalid character '[' exceeded max depth\n"
    );
    // without --pretty the bytes are printed as they are, as oras does
    let raw = sb.oras(&format!("manifest fetch {}/app:v1", server.host()));
    assert_eq!(raw.code, 0, "{}", raw.text().1);
    assert_eq!(raw.stdout, body);
}

#[test]
fn a_redirect_loop_stops_after_ten_hops() {
    let server = HostileServer::start(Behaviour::RedirectLoop);
    let sb = Sandbox::new();
    let fetch = sb.oras(&format!("manifest fetch {}/app:v1", server.host()));
    let (out, err) = fetch.text();
    assert_eq!(fetch.code, 1, "{out}{err}");
    assert_eq!(
        err,
        format!(
            "Error: failed to fetch the content of \"{0}/app:v1\": Get \"http://{0}/v2/app/manifests/v1\": stopped after 10 redirects\n",
            server.host()
        )
    );
    assert_eq!(server.requests(), 10, "Go's client sends 10 requests");
}

#[test]
fn an_endless_referrer_graph_stops_at_the_depth_bound() {
    let server = HostileServer::start(Behaviour::EndlessReferrers);
    let sb = Sandbox::new();
    let discover = sb.oras(&format!("discover {}/app:v1 --format json", server.host()));
    let (out, err) = discover.text();
    assert_eq!(discover.code, 1, "{out}{err}");
    assert!(
        err.contains("the referrer graph is deeper than 128 levels (the discover depth bound)"),
        "{err}"
    );
    assert!(server.requests() < 200, "{} requests", server.requests());
    let before = server.requests();
    let copy = sb.oras(&format!(
        "cp -r {}/app:v1 --to-oci-layout out:v1",
        server.host()
    ));
    let (out, err) = copy.text();
    assert_eq!(copy.code, 1, "{out}{err}");
    assert!(
        err.contains("more than 128 levels of referrers above")
            && err.contains("(the referrer depth bound)"),
        "{err}"
    );
    assert!(
        server.requests() - before < 200,
        "{} requests",
        server.requests()
    );
}

#[test]
fn an_index_nested_past_the_graph_depth_bound_is_refused() {
    use super::hostile_server::{SUBJECT, sha256};
    let index_mt = "application/vnd.oci.image.index.v1+json";
    let manifest_mt = "application/vnd.oci.image.manifest.v1+json";
    let mut store = std::collections::HashMap::new();
    let mut child = (manifest_mt, SUBJECT.as_bytes().to_vec());
    store.insert(sha256(&child.1), (child.0.to_string(), child.1.clone()));
    // 130 indexes, each listing the one below
    for _ in 0..130 {
        let body = format!(
            r#"{{"schemaVersion":2,"mediaType":"{index_mt}","manifests":[{{"mediaType":"{}","digest":"{}","size":{}}}]}}"#,
            child.0,
            sha256(&child.1),
            child.1.len()
        )
        .into_bytes();
        store.insert(sha256(&body), (index_mt.to_string(), body.clone()));
        child = (index_mt, body);
    }
    store.insert("v1".into(), (index_mt.to_string(), child.1));
    let server = HostileServer::start(Behaviour::Store(store));
    let sb = Sandbox::new();
    let copy = sb.oras(&format!(
        "cp {}/deep:v1 --to-oci-layout out:v1",
        server.host()
    ));
    let (out, err) = copy.text();
    assert_eq!(copy.code, 1, "{out}{err}");
    assert!(
        err.contains("the graph is nested deeper than 128 levels (the graph depth bound)"),
        "{err}"
    );
}
