//! `oras backup` / `oras restore` between two real docker-registry processes: round trips
//! through a folder and a tar (with referrers attached by `oras attach`, restored into a
//! registry without the referrers API, so through the tag schema), the layout on disk, and
//! bad input: each failure exits 1 with a clear error and leaves nothing behind (no output
//! file or folder, no temp files, nothing pushed to the registry).

use crate::support::command::CREATED;
use crate::support::fault_proxy::{Action, FaultProxy, Rule, subject_fails_after_referrers};
use crate::support::registry::{TestRegistry, closed_port};
use crate::support::sandbox::Sandbox;
use crate::support::seed;
use std::path::Path;

/// Runs a command that must fail with an `Error…` line; returns its stderr.
fn fails(sb: &Sandbox, args: &str) -> String {
    let stderr = sb.fails(args);
    assert!(stderr.starts_with("Error"), "{stderr}");
    stderr
}

/// Three tagged versions of `config`, two referrers on v1.0.
fn seed(sb: &Sandbox, reg: &TestRegistry) {
    let h = reg.host();
    for (tag, body) in [("v1.0", "one"), ("v1.1", "one-one"), ("v1.2", "one-two")] {
        sb.write("app.conf", format!("setting={body}\n").as_bytes());
        sb.ok(&format!("push {h}/config:{tag} app.conf {CREATED}"));
    }
    sb.write("app.conf", b"setting=one\n");
    sb.write("sig.txt", b"signature\n");
    sb.write("sbom.json", b"{\"sbom\":true}\n");
    sb.ok(&format!(
        "attach {h}/config:v1.0 sig.txt --artifact-type application/vnd.example.sig {CREATED}"
    ));
    sb.ok(&format!(
        "attach {h}/config:v1.0 sbom.json --artifact-type application/vnd.example.sbom {CREATED}"
    ));
}

/// A standard OCI layout: `oci-layout`, an `index.json` naming present manifests, every
/// blob named by its sha256, no `ingest/` left over.
fn assert_layout(dir: &Path, tags: &[&str]) {
    assert_eq!(
        std::fs::read_to_string(dir.join("oci-layout")).unwrap(),
        r#"{"imageLayoutVersion":"1.0.0"}"#
    );
    assert!(!dir.join("ingest").exists(), "ingest/ left in {dir:?}");
    let index: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("index.json")).unwrap()).unwrap();
    assert_eq!(index["schemaVersion"], 2);
    let manifests = index["manifests"].as_array().unwrap();
    let mut names: Vec<&str> = manifests
        .iter()
        .filter_map(|m| m["annotations"]["org.opencontainers.image.ref.name"].as_str())
        .collect();
    names.sort_unstable();
    assert_eq!(names, tags);
    let blobs = dir.join("blobs/sha256");
    for m in manifests {
        let hex = m["digest"].as_str().unwrap().trim_start_matches("sha256:");
        assert!(
            blobs.join(hex).is_file(),
            "index.json names a missing {hex}"
        );
    }
    for entry in std::fs::read_dir(&blobs).unwrap() {
        let entry = entry.unwrap();
        let bytes = std::fs::read(entry.path()).unwrap();
        assert_eq!(
            seed::digest(&bytes),
            format!("sha256:{}", entry.file_name().to_string_lossy()),
            "blob content does not match its name"
        );
    }
}

/// Nothing under `tmp` is left by a backup (the `oras-backup-*` staging dirs).
fn assert_no_staging_left(sb: &Sandbox) {
    let left: Vec<_> = std::fs::read_dir(&sb.tmp)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(left.is_empty(), "left in TMPDIR: {left:?}");
}

/// The work dir holds exactly `names` (no half-written output, no temp files).
fn assert_work_dir(sb: &Sandbox, names: &[&str]) {
    let mut got: Vec<String> = std::fs::read_dir(&sb.work)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    got.sort();
    let mut want: Vec<String> = names.iter().map(|s| s.to_string()).collect();
    want.sort();
    assert_eq!(got, want);
}

fn repos(sb: &Sandbox, reg: &TestRegistry) -> String {
    sb.ok(&format!("repo ls {}", reg.host()))
}

#[test]
fn seed_commands_round_trip_through_a_folder_and_a_tar() {
    let a = TestRegistry::start();
    let b = TestRegistry::start();
    let (ha, hb) = (a.host(), b.host());
    let sb = Sandbox::new();
    seed(&sb, &a);

    // the commands of the user's tutorial, as written
    let out = sb.ok(&format!("backup --output ./backup-dir {ha}/config:v1.0"));
    assert!(
        out.starts_with(&format!("Found 1 tag(s) in {ha}/config: v1.0\n")),
        "{out}"
    );
    assert!(
        out.contains("Pulled tag v1.0 with 0 referrer(s)\n"),
        "{out}"
    );
    assert!(
        out.ends_with(&format!(
            "Successfully backed up 1 tag(s) from \"{ha}/config\" to \"./backup-dir\" in {}.\n",
            out.rsplit(" in ").next().unwrap().trim_end_matches(".\n")
        )),
        "{out}"
    );
    assert_layout(&sb.path("backup-dir"), &["v1.0"]);

    let out = sb.ok(&format!(
        "backup --output backup.tar --include-referrers {ha}/config:v1.0"
    ));
    assert!(
        out.contains("Pulled tag v1.0 with 2 referrer(s)\n"),
        "{out}"
    );
    assert!(
        out.contains("Exporting to backup.tar\nExported to backup.tar ("),
        "{out}"
    );
    let size = std::fs::metadata(sb.path("backup.tar")).unwrap().len();
    assert!(size > 0 && size % 512 == 0, "{size}");

    let out = sb.ok(&format!(
        "backup --output all-dir {ha}/config:v1.0,v1.1,v1.2"
    ));
    assert!(
        out.starts_with(&format!(
            "Found 3 tag(s) in {ha}/config: v1.0, v1.1, v1.2\n"
        )),
        "{out}"
    );
    assert_layout(&sb.path("all-dir"), &["v1.0", "v1.1", "v1.2"]);
    assert_no_staging_left(&sb);

    // the tar holds the same kind of layout: unpack and check it
    std::fs::create_dir(sb.path("unpacked")).unwrap();
    sb.sh_ok("tar -xf backup.tar -C unpacked");
    assert_layout(&sb.path("unpacked"), &["v1.0"]);

    let out = sb.ok(&format!("restore --from ./backup-dir {hb}/config:v1.0"));
    assert!(
        out.starts_with("Found 1 tag(s) in the backup: v1.0\n"),
        "{out}"
    );
    assert!(
        out.contains("Pushed tag v1.0 with 0 referrer(s)\n"),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "Successfully restored 1 tag(s) to \"{hb}/config\" in "
        )),
        "{out}"
    );
    assert!(!out.trim_end().ends_with('.'), "{out}");

    let out = sb.ok(&format!("restore --from backup.tar {hb}/fromtar:v1.0"));
    assert!(
        out.starts_with("Loaded backup archive: backup.tar ("),
        "{out}"
    );
    assert!(
        out.contains("Pushed tag v1.0 with 2 referrer(s)\n"),
        "{out}"
    );

    let out = sb.ok(&format!("restore --input all-dir {hb}/all"));
    assert!(
        out.starts_with("Found 3 tag(s) in the backup: v1.0, v1.1, v1.2\n"),
        "{out}"
    );

    // same manifests, same bytes
    for (src, dst) in [
        ("config:v1.0", "config:v1.0"),
        ("config:v1.0", "fromtar:v1.0"),
        ("config:v1.2", "all:v1.2"),
    ] {
        assert_eq!(
            sb.ok(&format!("resolve {ha}/{src}")),
            sb.ok(&format!("resolve {hb}/{dst}"))
        );
    }
    sb.ok(&format!("pull {hb}/fromtar:v1.0 -o pulled"));
    assert_eq!(sb.read("pulled/app.conf"), b"setting=one\n");
    sb.ok(&format!("pull {hb}/all:v1.2 -o pulled12"));
    assert_eq!(sb.read("pulled12/app.conf"), b"setting=one-two\n");
    // the referrers came along, through the tag schema of the destination
    let refs = sb.ok(&format!("discover {hb}/fromtar:v1.0 --format json"));
    let refs: serde_json::Value = serde_json::from_str(&refs).unwrap();
    let mut types: Vec<&str> = refs["referrers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["artifactType"].as_str().unwrap())
        .collect();
    types.sort_unstable();
    assert_eq!(
        types,
        [
            "application/vnd.example.sbom",
            "application/vnd.example.sig"
        ]
    );
    let refs = sb.ok(&format!("discover {hb}/config:v1.0 --format json"));
    assert!(!refs.contains("application/vnd.example.sig"), "{refs}");

    // no tags ⇒ every tag, including the tag-schema index of the referrers
    let out = sb.ok(&format!("backup --output every.TAR {ha}/config"));
    assert!(out.starts_with("Found 4 tag(s) in "), "{out}");
    assert!(out.contains(", sha256-"), "{out}");
    let out = sb.ok(&format!("restore --input every.TAR {hb}/every --dry-run"));
    assert!(
        out.contains("Dry run: would push tag v1.1 with 0 referrer(s)\n"),
        "{out}"
    );
    assert!(
        out.ends_with(&format!(
            "Dry run complete: 4 tag(s) would be restored to \"{hb}/every\" (no data pushed)\n"
        )),
        "{out}"
    );
    assert!(!repos(&sb, &b).contains("every"));
    assert_no_staging_left(&sb);
}

/// The entries of a tar: (name, mode, owner, group, user name, group name, content).
type Entry = (String, u32, u64, u64, String, String, Vec<u8>);

fn tar_entries(path: &Path) -> Vec<Entry> {
    let mut archive = tar::Archive::new(std::fs::File::open(path).unwrap());
    archive
        .entries()
        .unwrap()
        .map(|e| {
            let mut e = e.unwrap();
            let h = e.header().clone();
            let mut content = Vec::new();
            std::io::Read::read_to_end(&mut e, &mut content).unwrap();
            (
                e.path().unwrap().to_string_lossy().to_string(),
                h.mode().unwrap(),
                h.uid().unwrap(),
                h.gid().unwrap(),
                h.username().unwrap().unwrap_or_default().to_string(),
                h.groupname().unwrap().unwrap_or_default().to_string(),
                content,
            )
        })
        .collect()
}

/// What oras's archive of the layout folder `dir` holds (Go `tar.Writer.AddFS`): every
/// entry in walk order (names sorted at each level, directories with a `/`), with the
/// folder's modes and bytes, owned by root.
fn archive_of(dir: &Path) -> Vec<Entry> {
    fn walk(dir: &Path, rel: &str, out: &mut Vec<Entry>) {
        use std::os::unix::fs::PermissionsExt;
        let mut names: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
            .collect();
        names.sort();
        for name in names {
            let path = dir.join(&name);
            let meta = std::fs::metadata(&path).unwrap();
            let mode = meta.permissions().mode() & 0o7777;
            let root = || "root".to_string();
            if meta.is_dir() {
                let name = format!("{rel}{name}/");
                out.push((name.clone(), mode, 0, 0, root(), root(), Vec::new()));
                walk(&path, &name, out);
            } else {
                let bytes = std::fs::read(&path).unwrap();
                out.push((format!("{rel}{name}"), mode, 0, 0, root(), root(), bytes));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, "", &mut out);
    out
}

/// A backup to a tar writes each blob straight into its place in the archive, yet the
/// archive is the one oras makes of the same backup to a folder: same entries in the same
/// order, modes, owners and bytes. And planning those places asks the registry nothing
/// more: the backup to a tar sends exactly the requests of the backup to a folder.
#[test]
fn a_tar_backup_is_the_archive_of_the_folder_backup_for_the_same_requests() {
    let reg = TestRegistry::start();
    let sb = Sandbox::new();
    seed(&sb, &reg);
    // a blob large enough for the streaming path (not read whole first)
    let big: Vec<u8> = (0..3u32 << 20).map(|i| (i * 7 % 251) as u8).collect();
    sb.write("big.bin", &big);
    sb.ok(&format!("push {}/config:big big.bin {CREATED}", reg.host()));
    let proxy = FaultProxy::start(reg.port(), Vec::new());
    let h = proxy.host();
    let requests = |from: usize| {
        let mut r: Vec<String> = proxy.requests()[from..]
            .iter()
            .map(|s| format!("{} {}", s.method, s.target))
            .collect();
        r.sort();
        r
    };

    let args = format!("--include-referrers {h}/config:v1.0,v1.2,big");
    sb.ok(&format!("backup --output folder {args}"));
    let folder_requests = requests(0);
    let before = proxy.requests().len();
    sb.ok(&format!("backup --output backup.tar {args}"));
    assert_eq!(requests(before), folder_requests);
    assert!(
        folder_requests
            .iter()
            .any(|r| r.starts_with("GET /v2/config/blobs/")),
        "{folder_requests:?}"
    );

    let got = tar_entries(&sb.path("backup.tar"));
    let want = archive_of(&sb.path("folder"));
    let names = |e: &[Entry]| e.iter().map(|e| e.0.clone()).collect::<Vec<_>>();
    assert_eq!(names(&got), names(&want));
    assert_eq!(got, want);
    assert_eq!(&names(&got)[..2], ["blobs/", "blobs/sha256/"]);
    assert!(got.iter().any(|e| e.6 == big));
    // GNU tar reads it too
    let listing = sb.sh_ok("tar -tf backup.tar");
    assert_eq!(listing.lines().count(), got.len(), "{listing}");
    assert_no_staging_left(&sb);
}

/// A restore watches the referrers index it wrote for one quiet interval (250 ms at
/// least) counted from its write, not from the end of its other work: the next tag's
/// copy, held here for a second, is waited for together with it.
#[test]
fn a_restore_counts_the_quiet_interval_of_an_index_from_its_write() {
    let a = TestRegistry::start();
    let b = TestRegistry::start();
    let sb = Sandbox::new();
    seed(&sb, &a);
    sb.ok(&format!(
        "backup --output folder --include-referrers {}/config:v1.0,v1.1",
        a.host()
    ));
    let hold = std::time::Duration::from_secs(1);
    let proxy = FaultProxy::start(
        b.port(),
        vec![Rule::new("PUT", "/manifests/v1.1", Action::Delay(hold))],
    );
    let out = sb.ok(&format!("restore --input folder {}/restored", proxy.host()));
    assert!(
        out.contains("Pushed tag v1.0 with 2 referrer(s)\n"),
        "{out}"
    );
    let seen = proxy.requests();
    let held = proxy.requests_where(|r| r.method == "PUT" && r.target.ends_with("/manifests/v1.1"));
    let index_puts =
        proxy.requests_where(|r| r.method == "PUT" && r.target.contains("/manifests/sha256-"));
    let checks =
        proxy.requests_where(|r| r.method == "HEAD" && r.target.contains("/manifests/sha256-"));
    assert_eq!(held.len(), 1, "{seen:?}");
    assert!(!index_puts.is_empty() && !checks.is_empty(), "{seen:?}");
    let answered = held[0].at + hold;
    assert!(index_puts.iter().all(|p| p.at < held[0].at), "{seen:?}");
    // from the end of the work, the check would wait another 250 ms or more
    let after = checks[0].at.saturating_duration_since(answered);
    assert!(
        after < std::time::Duration::from_millis(125),
        "the index was checked {after:?} after the last tag"
    );
}

/// A restore into a registry without the referrers API pushes the referrers ahead of their
/// subject; one that then fails on the subject (its layer held 500 ms, its manifest
/// refused) leaves them and their index without it. The next restore finds the referrers
/// in place and still pushes and tags the subject.
#[test]
fn a_restore_that_failed_after_the_referrers_is_completed_by_the_next() {
    let (a, b, sb) = (TestRegistry::start(), TestRegistry::start(), Sandbox::new());
    seed(&sb, &a);
    sb.ok(&format!(
        "backup --output folder --include-referrers {}/config:v1.0",
        a.host()
    ));
    let subject = sb.ok(&format!("resolve {}/config:v1.0", a.host()));
    let subject = subject.trim();
    let layer = seed::digest(b"setting=one\n");
    let proxy = FaultProxy::start(b.port(), subject_fails_after_referrers(&layer, subject));
    let failed = sb.oras(&format!("restore --input folder {}/config", proxy.host()));
    let (out, err) = failed.text();
    assert_eq!(failed.code, 1, "{out}{err}");
    assert_eq!(b.manifest("config", subject).status, 404);
    let index_tag = format!("sha256-{}", subject.trim_start_matches("sha256:"));
    assert_eq!(b.manifest("config", &index_tag).status, 200);

    let out = sb.ok(&format!("restore --input folder {}/config", b.host()));
    assert!(
        out.contains("Pushed tag v1.0 with 2 referrer(s)\n"),
        "{out}"
    );
    let resolved = sb.ok(&format!("resolve {}/config:v1.0", b.host()));
    assert_eq!(resolved.trim(), subject);
    let listed = sb.ok(&format!("discover {}/config:v1.0 --format json", b.host()));
    let listed: serde_json::Value = serde_json::from_str(&listed).unwrap();
    assert_eq!(listed["referrers"].as_array().unwrap().len(), 2, "{listed}");
}

/// A blob that fails halfway through a tar backup (others may be in the archive by then):
/// exit 1 with the error of that tag, no archive, no temporary file, an earlier backup
/// under that name untouched.
#[test]
fn a_tar_backup_that_fails_midway_leaves_nothing_behind() {
    let reg = TestRegistry::start();
    let sb = Sandbox::new();
    let big: Vec<u8> = (0..2u32 << 20).map(|i| (i * 13 % 241) as u8).collect();
    sb.write("big.bin", &big);
    sb.write("small.txt", b"small\n");
    sb.ok(&format!(
        "push {}/config:v1 big.bin small.txt {CREATED}",
        reg.host()
    ));
    let digest = seed::digest(&big);
    let proxy = FaultProxy::start(
        reg.port(),
        vec![Rule::new(
            "GET",
            &format!("/blobs/{digest}"),
            Action::status(404),
        )],
    );
    sb.write("kept.tar", b"previous backup");
    let start = ["big.bin", "kept.tar", "small.txt"];
    let err = fails(
        &sb,
        &format!("backup --output kept.tar {}/config:v1", proxy.host()),
    );
    assert!(
        err.starts_with(&format!(
            "Error: failed to back up tag \"v1\" from \"{}/config\" to \"kept.tar\": ",
            proxy.host()
        )),
        "{err}"
    );
    assert_eq!(sb.read("kept.tar"), b"previous backup");
    assert_work_dir(&sb, &start);
    assert_no_staging_left(&sb);
}

#[test]
fn failed_backups_leave_nothing_behind() {
    let reg = TestRegistry::start();
    let h = reg.host();
    let sb = Sandbox::new();
    sb.write("app.conf", b"setting=one\n");
    sb.ok(&format!("push {h}/config:v1.0 app.conf {CREATED}"));
    sb.write("plain-file", b"x");
    let start = ["app.conf", "plain-file"];

    // a missing tag, to a folder and to a tar
    let err = fails(
        &sb,
        &format!("backup --output out-dir {h}/config:v1.0,nope"),
    );
    assert_eq!(
        err,
        format!("Error: failed to resolve tag \"nope\": {h}/config:nope: not found\n")
    );
    let err = fails(&sb, &format!("backup --output deep/er/out {h}/config:nope"));
    assert!(err.contains("failed to resolve tag \"nope\""), "{err}");
    fails(&sb, &format!("backup --output out.tar {h}/config:nope"));
    assert_work_dir(&sb, &start);

    // an existing tar is not touched by a failed backup
    sb.write("kept.tar", b"previous backup");
    fails(&sb, &format!("backup --output kept.tar {h}/config:nope"));
    assert_eq!(sb.read("kept.tar"), b"previous backup");
    std::fs::remove_file(sb.path("kept.tar")).unwrap();

    // an unreachable registry (a port nobody listens on)
    let closed = closed_port();
    let err = fails(
        &sb,
        &format!("backup --output gone.tar localhost:{closed}/config:v1"),
    );
    assert!(err.contains("failed to resolve tag \"v1\""), "{err}");
    fails(
        &sb,
        &format!("backup --output gone localhost:{closed}/config"),
    );

    // an output below a regular file cannot be created
    let err = fails(
        &sb,
        &format!("backup --output plain-file/x.tar {h}/config:v1.0"),
    );
    assert_eq!(
        err,
        "Error: unable to create output file plain-file/x.tar: open plain-file/x.tar: not a directory\n"
    );
    let err = fails(
        &sb,
        &format!("backup --output plain-file/dir {h}/config:v1.0"),
    );
    assert!(
        err.starts_with("Error: failed to prepare OCI store for backup: "),
        "{err}"
    );
    assert_work_dir(&sb, &start);

    // a tar output that is a directory
    std::fs::create_dir(sb.path("dir.tar")).unwrap();
    let err = fails(&sb, &format!("backup --output dir.tar {h}/config:v1.0"));
    assert_eq!(
        err,
        "Error: the output path \"dir.tar\" already exists and is a directory\n\
         To back up to a tar archive, please specify a different output file name or remove the existing directory.\n"
    );
    std::fs::remove_dir(sb.path("dir.tar")).unwrap();

    // references oras refuses
    assert_eq!(
        fails(
            &sb,
            &format!("backup --output o {h}/config@sha256:{}", "a".repeat(64))
        ),
        format!(
            "Error: digest references are not supported: \"{h}/config@sha256:{}\"\n",
            "a".repeat(64)
        )
    );
    assert_eq!(
        fails(&sb, &format!("backup --output o {h}/config:v1,bad!tag")),
        format!(
            "Error: invalid tag \"bad!tag\" in reference \"{h}/config:v1,bad!tag\": invalid reference: invalid tag \"bad!tag\"\n"
        )
    );
    assert_eq!(
        fails(&sb, &format!("backup {h}/config:v1")),
        "Error: required flag(s) \"output\" not set\n"
    );
    // a repository the registry does not know: the registry's own words
    let err = fails(&sb, &format!("backup --output o {h}/empty"));
    assert!(err.starts_with("Error response from registry: "), "{err}");
    // a repository whose only tag was deleted
    sb.ok(&format!("push {h}/gone:v1 app.conf {CREATED}"));
    sb.ok(&format!("manifest delete --force {h}/gone:v1"));
    assert_eq!(
        fails(&sb, &format!("backup --output o {h}/gone")),
        format!(
            "Error: no tags found in repository \"{h}/gone\"\n\
             If you want to list available tags in \"{h}/gone\", use \"oras repo tags\"\n"
        )
    );
    assert_work_dir(&sb, &start);
    assert_no_staging_left(&sb);
}

#[test]
fn damaged_backups_are_refused_before_anything_is_pushed() {
    let a = TestRegistry::start();
    let b = TestRegistry::start();
    let (ha, hb) = (a.host(), b.host());
    let sb = Sandbox::new();
    seed(&sb, &a);
    sb.ok(&format!(
        "backup --output good --include-referrers {ha}/config:v1.0"
    ));
    sb.ok(&format!(
        "backup --output good.tar --include-referrers {ha}/config:v1.0"
    ));
    let layer = seed::digest(b"setting=one\n")[7..].to_string();
    let sig = seed::digest(b"signature\n")[7..].to_string();

    // a folder whose index.json names a manifest that is gone
    sb.ok(&format!("backup --output no-manifest {ha}/config:v1.0"));
    let index: serde_json::Value =
        serde_json::from_slice(&sb.read("no-manifest/index.json")).unwrap();
    let manifest = index["manifests"][0]["digest"]
        .as_str()
        .unwrap()
        .to_string();
    std::fs::remove_file(sb.path(&format!(
        "no-manifest/blobs/sha256/{}",
        manifest.trim_start_matches("sha256:")
    )))
    .unwrap();
    let err = fails(&sb, &format!("restore --input no-manifest {hb}/broken"));
    assert!(
        err.starts_with(&format!(
            "Error: failed to restore tag \"v1.0\" from \"no-manifest\" to \"{hb}/broken\": the backup is incomplete: {manifest}"
        )),
        "{err}"
    );

    // a folder missing a layer, and one missing a referrer's blob
    sb.sh_ok("cp -r good no-layer && cp -r good no-sig && chmod -R u+w no-layer no-sig");
    std::fs::remove_file(sb.path(&format!("no-layer/blobs/sha256/{layer}"))).unwrap();
    std::fs::remove_file(sb.path(&format!("no-sig/blobs/sha256/{sig}"))).unwrap();
    let err = fails(&sb, &format!("restore --input no-layer {hb}/broken:v1.0"));
    assert!(
        err.contains(&format!("the backup is incomplete: sha256:{layer} (")),
        "{err}"
    );
    let err = fails(&sb, &format!("restore --input no-sig {hb}/broken"));
    assert!(err.contains(&format!("sha256:{sig}")), "{err}");
    // without referrers, the signature is not needed
    let out = sb.ok(&format!(
        "restore --input no-sig {hb}/norefs --exclude-referrers"
    ));
    assert!(out.contains("Pushed tag v1.0 with 0 referrer(s)"), "{out}");

    // a truncated tar, a tar that is not a layout, a file that is not a tar
    let bytes = sb.read("good.tar");
    sb.write("cut.tar", &bytes[..bytes.len() / 2]);
    let err = fails(&sb, &format!("restore --input cut.tar {hb}/broken"));
    assert!(
        err.starts_with("Error: failed to prepare OCI store from tar archive \"cut.tar\": "),
        "{err}"
    );
    sb.write("junk/a.txt", b"hello\n");
    let junk = sb.sh("tar -cf junk.tar -C junk a.txt", b"");
    assert_eq!(junk.code, 0);
    let err = fails(&sb, &format!("restore --input junk.tar {hb}/broken"));
    assert!(
        err.starts_with("Error: failed to prepare OCI store from tar archive \"junk.tar\": "),
        "{err}"
    );
    // a folder without a layout: oras's empty-layout outcome (R9), never written to
    assert_eq!(
        fails(&sb, &format!("restore --input junk {hb}/broken")),
        "Error: no tags found in OCI layout \"junk\"\nIf you want to list available tags in \"junk\", use \"oras repo tags --oci-layout\"\n"
    );
    std::fs::create_dir_all(sb.path("empty-dir")).unwrap();
    let abs = sb.path("empty-dir").display().to_string();
    assert_eq!(
        fails(&sb, &format!("restore --input {abs} {hb}/broken")),
        format!(
            "Error: no tags found in OCI layout {abs:?}\nIf you want to list available tags in {abs:?}, use \"oras repo tags --oci-layout\"\n"
        )
    );
    assert_eq!(std::fs::read_dir(sb.path("empty-dir")).unwrap().count(), 0);
    // a 0-byte tar is an empty archive; a short text file named .tar ends early (Go's tar)
    sb.write("empty.tar", b"");
    assert_eq!(
        fails(&sb, &format!("restore --input empty.tar {hb}/broken")),
        "Error: failed to prepare OCI store from tar archive \"empty.tar\": invalid OCI Image Layout: failed to open OCI layout file: open oci-layout: file does not exist\n"
    );
    sb.write("bad.tar", b"not a tar\n");
    assert_eq!(
        fails(&sb, &format!("restore --input bad.tar {hb}/broken")),
        "Error: failed to prepare OCI store from tar archive \"bad.tar\": unexpected EOF\n"
    );
    assert!(
        !sb.path("junk/oci-layout").exists(),
        "the input folder was written to"
    );
    sb.write("notes.txt", b"not a tar\n");
    assert_eq!(
        fails(&sb, &format!("restore --input notes.txt {hb}/broken")),
        "Error: input path \"notes.txt\" is not a tar archive\n"
    );
    assert_eq!(
        fails(&sb, &format!("restore --input missing.tar {hb}/broken")),
        "Error: failed to access input path \"missing.tar\": stat missing.tar: no such file or directory\n"
    );
    let err = fails(&sb, &format!("restore --input good {hb}/broken:nope"));
    assert_eq!(err, "Error: failed to resolve tag \"nope\": not found\n");

    // a tar whose blob was altered: caught by the digest check while pushing, before the tag
    let mut altered = bytes.clone();
    let at = altered
        .windows(b"signature\n".len())
        .position(|w| w == b"signature\n")
        .expect("signature blob in the tar");
    altered[at] = b'S';
    sb.write("altered.tar", &altered);
    let err = fails(&sb, &format!("restore --input altered.tar {hb}/altered"));
    // the registry or our own check, whichever sees the end of the upload first
    assert!(err.contains("digest"), "{err}");
    let tags = sb.oras(&format!("repo tags {hb}/altered"));
    assert!(!tags.text().0.contains("v1.0"), "{:?}", tags.text());

    let listed = repos(&sb, &b);
    assert!(!listed.contains("broken"), "{listed}");
    assert_no_staging_left(&sb);
}
