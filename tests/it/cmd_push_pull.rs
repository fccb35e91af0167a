//! push and pull against a real registry and OCI layouts: round trips, pull safety, the
//! blob cache, large-file uploads and oras's error texts.

use crate::support::command::CREATED;
use crate::support::registry::TestRegistry;
use crate::support::sandbox::Sandbox;
use crate::support::seed;

#[test]
fn files_and_folders_round_trip_through_a_registry() {
    let reg = TestRegistry::start();
    let sb = Sandbox::new();
    sb.write("a.txt", b"content of a\n");
    sb.write("dir/sub/b.txt", b"content of b\n");
    sb.write("dir/c.bin", &[0u8, 1, 2, 3]);
    let push = sb.oras(&format!(
        "push {}/rt:v1,v2 a.txt dir {CREATED} --concurrency 1",
        reg.host()
    ));
    let (out, err) = push.text();
    assert_eq!(push.code, 0, "{out}{err}");
    assert!(
        out.contains("Pushed [registry] localhost:") && out.contains("Tagged v2\n"),
        "{out}"
    );
    sb.ok(&format!("pull {}/rt:v2 -o out", reg.host()));
    assert_eq!(sb.read("out/a.txt"), b"content of a\n");
    assert_eq!(sb.read("out/dir/sub/b.txt"), b"content of b\n");
    assert_eq!(sb.read("out/dir/c.bin"), [0u8, 1, 2, 3]);
}

#[test]
fn pull_refuses_titles_that_leave_the_output_folder() {
    let reg = TestRegistry::start();
    let sb = Sandbox::new();
    for (tag, title) in [("dotdot", "../evil.txt"), ("abs", "/tmp/oras-evil-abs.txt")] {
        let annotations = format!(r#"{{"org.opencontainers.image.title":"{title}"}}"#);
        seed::artifact(
            reg.port(),
            "evil",
            tag,
            &[("text/plain", b"pwned", &annotations)],
        );
        let pull = sb.oras(&format!("pull {}/evil:{tag} -o out", reg.host()));
        let (_, err) = pull.text();
        assert_eq!(pull.code, 1, "{err}");
        assert!(
            err.starts_with("Error: failed to resolve path for writing: path traversal disallowed"),
            "{err}"
        );
    }
    assert!(
        sb.outside_entries().is_empty(),
        "{:?}",
        sb.outside_entries()
    );
    assert!(!std::path::Path::new("/tmp/oras-evil-abs.txt").exists());
}

#[test]
fn pull_refuses_hostile_directory_archives() {
    let reg = TestRegistry::start();
    let sb = Sandbox::new();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        (
            "dotdot",
            seed::gzip_tar(&[("t/../../escape.txt", tar::EntryType::Regular, b"x", None)]),
        ),
        (
            "outside",
            seed::gzip_tar(&[("other/file.txt", tar::EntryType::Regular, b"x", None)]),
        ),
        (
            "symlink",
            seed::gzip_tar(&[
                ("t", tar::EntryType::Directory, b"", None),
                ("t/link", tar::EntryType::Symlink, b"", Some("../..")),
                ("t/link/escape.txt", tar::EntryType::Regular, b"x", None),
            ]),
        ),
        (
            "hardlink",
            seed::gzip_tar(&[("t/passwd", tar::EntryType::Link, b"", Some("/etc/passwd"))]),
        ),
    ];
    for (tag, blob) in cases {
        let annotations =
            r#"{"org.opencontainers.image.title":"t","io.deis.oras.content.unpack":"true"}"#;
        seed::artifact(
            reg.port(),
            "hostile",
            tag,
            &[(
                "application/vnd.oci.image.layer.v1.tar+gzip",
                &blob,
                annotations,
            )],
        );
        let pull = sb.oras(&format!("pull {}/hostile:{tag} -o out", reg.host()));
        let (out, err) = pull.text();
        assert_eq!(pull.code, 1, "{tag}: {out}{err}");
        assert!(err.starts_with("Error: "), "{tag}: {err}");
    }
    assert!(
        sb.outside_entries().is_empty(),
        "{:?}",
        sb.outside_entries()
    );
    assert!(!sb.work.join("escape.txt").exists());
}

#[test]
fn keep_old_files_refuses_to_overwrite() {
    let reg = TestRegistry::start();
    let sb = Sandbox::new();
    sb.write("hi.txt", b"hello world\n");
    assert_eq!(sb.oras(&format!("push {}/k:v1 hi.txt", reg.host())).code, 0);
    sb.write("out/hi.txt", b"mine\n");
    let pull = sb.oras(&format!("pull {}/k:v1 -o out -k", reg.host()));
    let (_, err) = pull.text();
    assert_eq!(pull.code, 1);
    assert_eq!(
        err,
        "Error: failed to resolve path for writing: overwrite disallowed\n"
    );
    assert_eq!(sb.read("out/hi.txt"), b"mine\n");
}

#[test]
fn reference_errors_match_oras() {
    let sb = Sandbox::new();
    let r = sb.oras("pull /oras");
    assert_eq!(r.code, 1);
    assert_eq!(
        r.text().1,
        "Error: \"/oras\": invalid reference: invalid registry \"\"\nPlease make sure the provided reference is in the form of <registry>/<repo>[:tag|@digest]\n"
    );
    let r = sb.oras("pull localhost:5000/repo");
    assert_eq!(
        r.text().1,
        "Error: \"localhost:5000/repo\": no tag or digest specified\nUsage: oras pull [flags] <name>{:<tag>|@<digest>}\nPlease specify a reference in the form of \"<name>:<tag>\" or \"<name>@<digest>\". Run \"oras pull -h\" for more options and examples\n"
    );
    let r = sb.oras("pull");
    assert_eq!(r.code, 1);
    assert!(
        r.text()
            .1
            .starts_with("Error: \"oras pull\" requires exactly 1 argument but got 0\n")
    );
    let r = sb.oras("push localhost:5000/repo:v1 --nope");
    assert_eq!(
        (r.code, r.text().1),
        (1, "Error: unknown flag: --nope\n".to_string())
    );
}

#[test]
fn blob_cache_serves_second_pull_and_repairs_damage() {
    let reg = TestRegistry::start();
    let sb = Sandbox::new();
    sb.write("hi.txt", b"hello world\n");
    assert_eq!(sb.oras(&format!("push {}/c:v1 hi.txt", reg.host())).code, 0);
    let cache = sb.tmp.join("cache");
    let env = format!("ORAS_CACHE='{}'", cache.display());
    assert_eq!(
        sb.oras_env(&format!("pull {}/c:v1 -o o1", reg.host()), &env, b"")
            .code,
        0
    );
    let blob =
        cache.join("blobs/sha256/a948904f2f0f479b8f8197694b30184b0d2ed1c1cd2a1ec0fb85d299a192a447");
    assert_eq!(std::fs::read(&blob).unwrap(), b"hello world\n");
    // damage the cached copy: the next pull must still write the right bytes and repair it
    std::fs::set_permissions(&blob, std::os::unix::fs::PermissionsExt::from_mode(0o644)).unwrap();
    std::fs::write(&blob, b"tampered!!!\n").unwrap();
    assert_eq!(
        sb.oras_env(&format!("pull {}/c:v1 -o o2", reg.host()), &env, b"")
            .code,
        0
    );
    assert_eq!(sb.read("o2/hi.txt"), b"hello world\n");
    assert_eq!(std::fs::read(&blob).unwrap(), b"hello world\n");
}

#[test]
fn large_files_upload_in_one_streamed_session() {
    let reg = TestRegistry::start();
    let sb = Sandbox::new();
    let big: Vec<u8> = (0..65 * 1024 * 1024 + 7).map(|i| (i % 251) as u8).collect();
    sb.write("big.bin", &big);
    let push = sb.oras(&format!("push {}/big:v1 big.bin", reg.host()));
    assert_eq!(push.code, 0, "{:?}", push.text());
    // pushed again under another tag: the blob exists, the speculative session is cancelled
    let again = sb.oras(&format!(
        "push {}/big:v2 big.bin -a second=push --concurrency 1",
        reg.host()
    ));
    let (out, _) = again.text();
    assert!(out.contains("Exists    "), "{out}");
    let pull = sb.oras(&format!("pull {}/big:v2 -o out", reg.host()));
    assert_eq!(pull.code, 0);
    assert!(sb.read("out/big.bin") == big);
}

#[test]
fn oci_layout_directory_and_tar_round_trip() {
    let sb = Sandbox::new();
    sb.write("hi.txt", b"hello world\n");
    sb.ok(&format!("push --oci-layout store:v1 hi.txt {CREATED}"));
    let index = std::fs::read_to_string(sb.path("store/index.json")).unwrap();
    assert!(
        index.contains(r#""org.opencontainers.image.ref.name":"v1""#),
        "{index}"
    );
    sb.ok("pull --oci-layout store:v1 -o out");
    assert_eq!(sb.read("out/hi.txt"), b"hello world\n");
    assert_eq!(sb.sh("tar -C store -cf store.tar .", b"").code, 0);
    sb.ok("pull --oci-layout store.tar:v1 -o out-tar");
    assert_eq!(sb.read("out-tar/hi.txt"), b"hello world\n");
}
