//! The command-line surface as oras 1.3.0 has it, against a real docker-registry: the delete
//! confirmation prompt (one line read, only `y`/`yes`), repeated flags (the last value wins,
//! slices accumulate), `manifest index update` (remove, add, merge), attach's validation
//! order, the help keywords the upstream specs check, `repo tags` of one repository of a
//! layout, and the wordings of fidelity-gaps R17.

use crate::support::registry::TestRegistry;
use crate::support::sandbox::Sandbox;

/// A registry and a sandbox where `{h}` stands for its host.
fn setup() -> (TestRegistry, Sandbox) {
    let reg = TestRegistry::start();
    let sb = Sandbox::new().with_var("h", reg.host());
    (reg, sb)
}

fn digest_of(sb: &Sandbox, reference: &str) -> String {
    sb.ok(&format!("resolve {{h}}/{reference}"))
        .trim()
        .to_string()
}

fn manifest_json(reg: &TestRegistry, repo: &str, reference: &str) -> serde_json::Value {
    let r = reg.manifest(repo, reference);
    assert_eq!(r.status, 200, "{repo}:{reference}");
    serde_json::from_slice(&r.body).expect("manifest JSON")
}

/// The digests listed by an index.
fn listed(index: &serde_json::Value) -> Vec<String> {
    index["manifests"]
        .as_array()
        .expect("manifests")
        .iter()
        .map(|m| m["digest"].as_str().expect("digest").to_string())
        .collect()
}

/// R4: (stdin, confirms?) as oras 1.3.0 answers; one `bufio.Scanner` line, lower-cased,
/// compared with `y` and `yes`, nothing trimmed but the line ending.
const ANSWERS: &[(&[u8], bool)] = &[
    (b"", false),
    (b"\n", false),
    (b" y\n", false),
    (b"y \n", false),
    (b"y n\n", false),
    (b"yes please\n", false),
    (b"n\n", false),
    (b"no\n", false),
    (b"y\n", true),
    (b"Y\n", true),
    (b"yes\r\n", true),
    (b"YES", true),
    (b"yEs\nno\n", true),
];

#[test]
fn delete_prompts_read_one_line_and_only_yes_confirms() {
    let (reg, sb) = setup();
    sb.write("a.txt", b"prompted\n");
    // a fixed creation time: pushed again after a deletion, the manifest is the same one
    let push =
        "push {h}/del:v1 a.txt --annotation org.opencontainers.image.created=2025-01-01T00:00:00Z";
    sb.ok(push);
    let manifest = digest_of(&sb, "del:v1");
    sb.write("b.bin", b"a blob to delete\n");
    let desc: serde_json::Value =
        serde_json::from_str(&sb.ok("blob push {h}/del b.bin --descriptor")).expect("json");
    let blob = desc["digest"].as_str().expect("digest").to_string();
    let manifest_prompt = format!(
        "Are you sure you want to delete the manifest \"{manifest}\" and all tags associated with it? [y/N] "
    );
    let blob_prompt = format!("Are you sure you want to delete the blob \"{blob}\"? [y/N] ");
    let h = reg.host();
    for (stdin, confirms) in ANSWERS {
        let shown = String::from_utf8_lossy(stdin);
        // manifest delete
        let (code, out, err) = sb.oras_in("manifest delete {h}/del:v1", stdin).outcome();
        let want = if *confirms {
            format!("{manifest_prompt}Deleted [registry] {h}/del:v1\n")
        } else {
            format!("{manifest_prompt}Operation cancelled.\n")
        };
        assert_eq!((code, out, err), (0, want, String::new()), "{shown:?}");
        let status = reg.manifest("del", &manifest).status;
        assert_eq!(status, if *confirms { 404 } else { 200 }, "{shown:?}");
        if *confirms {
            sb.ok(push);
        }
        // blob delete
        let (code, out, err) = sb
            .oras_in(&format!("blob delete {{h}}/del@{blob}"), stdin)
            .outcome();
        let want = if *confirms {
            format!("{blob_prompt}Deleted [registry] {h}/del@{blob}\n")
        } else {
            format!("{blob_prompt}Operation cancelled.\n")
        };
        assert_eq!((code, out, err), (0, want, String::new()), "{shown:?}");
        let status = reg.blob_status("del", &blob);
        assert_eq!(status, if *confirms { 404 } else { 200 }, "{shown:?}");
        if *confirms {
            sb.ok("blob push {h}/del b.bin");
        }
    }
    // a line that does not fit Go's 64 KiB scanner buffer is an error, nothing deleted
    let (code, out, err) = sb
        .oras_in("manifest delete {h}/del:v1", vec![b'y'; 64 * 1024])
        .outcome();
    assert_eq!(
        (code, out, err),
        (
            1,
            manifest_prompt.clone(),
            "Error: bufio.Scanner: token too long\n".to_string()
        )
    );
    assert_eq!(reg.manifest("del", &manifest).status, 200);
}

/// R5: pflag keeps the last value of a flag given twice, booleans included; slices
/// (`-a`, `--add`, …) accumulate.
#[test]
fn a_repeated_flag_keeps_its_last_value() {
    let (reg, sb) = setup();
    sb.write("a.txt", b"repeated\n");
    // `--plain-http=false` first: were the first value kept, localhost would be tried over
    // TLS and fail
    sb.ok(
        "push {h}/rep:v1 a.txt --artifact-type x/ignored --artifact-type x/used \
         --concurrency 9 --concurrency 1 -a k1=v1 -a k2=v2 --plain-http=false --plain-http",
    );
    let m = manifest_json(&reg, "rep", "v1");
    assert_eq!(m["artifactType"], "x/used");
    assert_eq!(m["annotations"]["k1"], "v1");
    assert_eq!(m["annotations"]["k2"], "v2");
    let digest = digest_of(&sb, "rep:v1");
    assert_eq!(
        sb.ok("resolve {h}/rep:v1 --plain-http --plain-http"),
        format!("{digest}\n")
    );
    assert_eq!(
        sb.ok("repo tags {h}/rep --format text --format json"),
        "{\n  \"tags\": [\n    \"v1\"\n  ]\n}\n"
    );
    assert_eq!(
        sb.oras_in("manifest fetch {h}/rep:v1 --format json --format =", b"")
            .outcome(),
        (
            1,
            String::new(),
            "Error: invalid format type: \"=\"\nsupported types: json, go-template, text\n"
                .to_string()
        )
    );
    sb.ok("pull {h}/rep:v1 -o first -o second");
    assert!(sb.path("second/a.txt").exists());
    assert!(!sb.path("first").exists());
    // a boolean given again with `=false`: no debug log
    let (code, _, err) = sb
        .oras_in("resolve {h}/rep:v1 --debug --debug=false", b"")
        .outcome();
    assert_eq!((code, err.as_str()), (0, ""));
    let (code, _, err) = sb.oras_in("resolve {h}/rep:v1 -d=false -d", b"").outcome();
    assert_eq!(code, 0);
    assert!(err.contains("Request #0"), "{err}");
    // nested subcommands too
    sb.ok("manifest index create {h}/rep:ix v1 --artifact-type x/ignored --artifact-type x/used");
    assert_eq!(manifest_json(&reg, "rep", "ix")["artifactType"], "x/used");
    // a value pflag refuses while parsing names the flag as pflag does
    for (args, want) in [
        (
            "resolve {h}/rep:v1 --insecure=maybe",
            "Error: invalid argument \"maybe\" for \"--insecure\" flag: strconv.ParseBool: parsing \"maybe\": invalid syntax\n",
        ),
        (
            "resolve {h}/rep:v1 -d=x",
            "Error: invalid argument \"x\" for \"-d, --debug\" flag: strconv.ParseBool: parsing \"x\": invalid syntax\n",
        ),
        (
            "pull {h}/rep:v1 --verbose=x",
            "Error: invalid argument \"x\" for \"-v, --verbose\" flag: strconv.ParseBool: parsing \"x\": invalid syntax\n",
        ),
        (
            "resolve {h}/rep:v1 --plain-http=2",
            "Error: invalid argument \"2\" for \"--plain-http\" flag: strconv.ParseBool: parsing \"2\": invalid syntax\n",
        ),
    ] {
        assert_eq!(
            sb.oras_in(args, b"").outcome(),
            (1, String::new(), want.to_string()),
            "{args}"
        );
    }
    // Go's other spellings of true and false
    assert_eq!(
        sb.ok("resolve {h}/rep:v1 --plain-http=T --insecure=0 -d=F"),
        format!("{digest}\n")
    );
}

/// R6: `manifest index update` removes, then adds, then merges (every manifest of a merged
/// index, those already listed included); `--artifact-type ''` drops the field; oras's
/// errors and the absent `Fetched` line before `is not an index`.
#[test]
fn manifest_index_update_as_oras() {
    let (reg, sb) = setup();
    sb.write("a.txt", b"a\n");
    sb.write("b.txt", b"b\n");
    sb.ok("push {h}/iu:a a.txt");
    sb.ok("push {h}/iu:b b.txt");
    let (a, b) = (digest_of(&sb, "iu:a"), digest_of(&sb, "iu:b"));
    sb.ok("manifest index create {h}/iu:i1 a b b");
    sb.ok("manifest index create {h}/iu:i3 b");
    let i3 = digest_of(&sb, "iu:i3");
    assert_eq!(
        listed(&manifest_json(&reg, "iu", "i1")),
        [a.as_str(), b.as_str(), b.as_str()]
    );

    // --merge appends all of the merged index, duplicates too; --add b twice keeps both
    sb.ok("manifest index update {h}/iu:i1 --merge i3");
    assert_eq!(
        listed(&manifest_json(&reg, "iu", "i1")),
        [a.as_str(), b.as_str(), b.as_str(), b.as_str()]
    );
    sb.ok("manifest index update {h}/iu:i1 --add b --add b");
    assert_eq!(
        listed(&manifest_json(&reg, "iu", "i1")),
        [
            a.as_str(),
            b.as_str(),
            b.as_str(),
            b.as_str(),
            b.as_str(),
            b.as_str()
        ]
    );

    // order: remove, add, merge
    sb.ok("manifest index create {h}/iu:o a b");
    let o = digest_of(&sb, "iu:o");
    let out = sb.ok(&format!(
        "manifest index update {{h}}/iu:o --merge i3 --add a --remove {a}"
    ));
    let updated = digest_of(&sb, "iu:o");
    let h = reg.host();
    assert_eq!(
        out,
        format!(
            "Fetching  o\nFetched   {o} o\nRemoved   {a}\nFetching  a\nFetched   {a} a\n\
             Added     {a} a\nFetching  i3\nFetched   {i3} i3\nMerged    {i3} i3\n\
             Updated   {updated}\nPushed    [registry] {h}/iu:o\nDigest: {updated}\n"
        )
    );
    assert_eq!(
        listed(&manifest_json(&reg, "iu", "o")),
        [b.as_str(), a.as_str(), b.as_str()]
    );

    // --artifact-type '' removes the field; a non-empty one is still checked
    sb.ok("manifest index create {h}/iu:t a --artifact-type application/vnd.example.set");
    assert_eq!(
        manifest_json(&reg, "iu", "t")["artifactType"],
        "application/vnd.example.set"
    );
    sb.ok("manifest index update {h}/iu:t --artifact-type ''");
    let t = manifest_json(&reg, "iu", "t");
    assert!(t.get("artifactType").is_none(), "{t}");
    assert_eq!(listed(&t), [a.as_str()]);
    assert_eq!(
        sb.oras_in(
            "manifest index update {h}/iu:t --artifact-type 'not a type'",
            b""
        )
        .outcome()
        .2,
        "Error: invalid artifactType format: not a type: invalid media type\n"
    );

    // --remove of a digest the index does not list: fails before pushing anything
    let before = digest_of(&sb, "iu:o");
    assert_eq!(
        sb.oras_in(
            &format!("manifest index update {{h}}/iu:o --remove {i3}"),
            b""
        )
        .outcome(),
        (
            1,
            format!("Fetching  o\nFetched   {before} o\n"),
            format!("Error: {i3} does not exist in the index o\n")
        )
    );
    assert_eq!(digest_of(&sb, "iu:o"), before);

    // oras's words for what cannot be found or is of the wrong kind
    assert_eq!(
        sb.oras_in("manifest index update {h}/iu:nope --add b", b"")
            .outcome(),
        (
            1,
            "Fetching  nope\n".to_string(),
            format!(
                "Error response from registry: could not find the index nope: {h}/iu:nope: not found\n"
            )
        )
    );
    let (code, _, err) = sb
        .oras_in("manifest index update {h}/iu:o --merge nope", b"")
        .outcome();
    assert_eq!(code, 1);
    assert!(
        err.starts_with("Error response from registry: could not find the index nope: "),
        "{err}"
    );
    let (code, out, err) = sb
        .oras_in("manifest index update {h}/iu:o --merge a", b"")
        .outcome();
    assert_eq!((code, err.as_str()), (1, "Error: a is not an index\n"));
    assert!(out.ends_with("Fetching  a\n"), "{out}");
    assert_eq!(
        sb.oras_in("manifest index update {h}/iu:a --add b", b"")
            .outcome(),
        (
            1,
            "Fetching  a\n".to_string(),
            "Error: a is not an index\n".to_string()
        )
    );
    let (code, _, err) = sb
        .oras_in("manifest index update {h}/iu:o --add nope", b"")
        .outcome();
    assert_eq!(code, 1);
    assert!(
        err.starts_with("Error response from registry: could not find the manifest nope: "),
        "{err}"
    );
    assert_eq!(digest_of(&sb, "iu:o"), before);
}

/// R12: cobra's order for attach: argument count, then the reference (its hint prefixed
/// when no file is given), then the required `--artifact-type`, then the command itself.
#[test]
fn attach_checks_in_cobras_order() {
    let (reg, sb) = setup();
    sb.write("a.txt", b"subject\n");
    sb.ok("push {h}/at:v1 a.txt");
    let usage = "Usage: oras attach [flags] --artifact-type=<type> <name>{:<tag>|@<digest>} {<file>[:<layer_media_type>]|--annotation <key>=<value>} [...]\n";
    let h = reg.host();
    let no_ref = |hint: &str| {
        format!(
            "Error: \"{h}/at\": no tag or digest specified\n{usage}{hint}Please specify a reference in the form of \"<name>:<tag>\" or \"<name>@<digest>\". Run \"oras attach -h\" for more options and examples\n"
        )
    };
    for (args, want) in [
        (
            "attach".to_string(),
            format!(
                "Error: \"oras attach\" requires at least 1 argument but got 0\n{usage}Please specify at least 1 argument as the destination artifact for attaching.. Run \"oras attach -h\" for more options and examples\n"
            ),
        ),
        // no --artifact-type either: the reference is checked first
        (
            "attach {h}/at".to_string(),
            no_ref("Are you missing an artifact reference to attach to? "),
        ),
        (
            "attach --artifact-type oras/test {h}/at".to_string(),
            no_ref("Are you missing an artifact reference to attach to? "),
        ),
        // with a file, the reference was not forgotten: no prefix
        (
            "attach --artifact-type oras/test {h}/at a.txt".to_string(),
            no_ref(""),
        ),
        (
            "attach {h}/at:v1 a.txt".to_string(),
            "Error: required flag(s) \"artifact-type\" not set\n".to_string(),
        ),
        (
            "attach --artifact-type oras/test {h}/at:v1".to_string(),
            format!(
                "Error: neither file nor annotation provided in the command\n{usage}To attach to an existing artifact, please provide files via argument or annotations via flag \"--annotation\". Run \"oras attach -h\" for more options and examples\n"
            ),
        ),
    ] {
        assert_eq!(
            sb.oras_in(&args, b"").outcome(),
            (1, String::new(), want),
            "oras {args}"
        );
    }
    // nothing was attached by the refused runs
    let (code, out, _) = sb
        .oras_in("discover {h}/at:v1 --format json", b"")
        .outcome();
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["referrers"], serde_json::json!([]));
}

/// R13/R25: what the upstream help specs check (discover.go:54/59, repo.go:62/101), the
/// deprecated `discover -o` listed, logout's `--registry-config stringArray`; the new
/// go-template examples run as written.
#[test]
fn help_keywords_of_the_upstream_specs() {
    let (reg, sb) = setup();
    let (code, help, err) = sb.oras_in("discover --help", b"").outcome();
    assert_eq!((code, err.as_str()), (0, ""));
    for keyword in [
        "[Preview] Discover",
        "** This command is in preview and under development. **",
        "\nExample - ",
    ] {
        assert!(help.contains(keyword), "{keyword}: {help}");
    }
    // `--distribution-spec string\s+\[Preview\]`
    let spec = help
        .split("--distribution-spec string")
        .nth(1)
        .expect("--distribution-spec listed");
    assert!(spec.trim_start().starts_with("[Preview]"), "{spec}");
    let no_tty = help
        .lines()
        .find(|l| l.trim_start().starts_with("--no-tty"))
        .expect("--no-tty listed");
    assert!(no_tty.contains("disable colors"), "{no_tty}");
    assert!(!help.contains("disable progress bars"), "{help}");
    let output = help
        .lines()
        .find(|l| l.trim_start().starts_with("-o, --output string"))
        .expect("-o, --output listed");
    assert!(output.contains("[Deprecated]"), "{output}");
    assert!(output.ends_with("(default \"tree\")"), "{output}");
    // the marker is the same on every preview command
    for cmd in ["attach", "resolve"] {
        let help = sb.ok(&format!("{cmd} --help"));
        assert!(
            help.contains("\n** This command is in preview and under development. **\n"),
            "{cmd}: {help}"
        );
    }
    let logout = sb.ok("logout --help");
    assert!(
        logout.contains("      --registry-config stringArray   "),
        "{logout}"
    );

    // repo ls / repo tags: the words and both example command lines
    sb.write("a.txt", b"x\n");
    sb.ok("push {h}/hello:v1 a.txt");
    sb.ok("tag {h}/hello:v1 v2");
    for (cmd, base, want) in [
        ("repo ls", "oras repo ls localhost:5000", "hello\n"),
        ("repo tags", "oras repo tags localhost:5000/hello", "v1 v2"),
    ] {
        let help = sb.ok(&format!("{cmd} --help"));
        for keyword in ["--format", "json", "text", "go-template"] {
            assert!(help.contains(keyword), "{cmd}: {keyword}");
        }
        let json = format!("{base} --format json");
        assert!(help.contains(&json), "{cmd}: {json}");
        let template = format!("{base} --format go-template");
        let line = help
            .lines()
            .map(str::trim)
            .find(|l| l.starts_with(&template))
            .unwrap_or_else(|| panic!("{cmd}: {template}"));
        // the example works as written
        let args = line
            .trim_start_matches("oras ")
            .replace("localhost:5000", &reg.host());
        assert_eq!(sb.ok(&args), want, "{line}");
    }
}

/// R15: `repo tags --oci-layout-path DIR <registry>/<repo>`: that repository's tags of the
/// layout, prefix removed, digest-like ones dropped with `--exclude-digest-tags`.
#[test]
fn repo_tags_of_one_repository_in_a_layout() {
    let sb = Sandbox::new();
    sb.write("hi.txt", b"hi\n");
    let run = |args: &str| sb.ok(args);
    run("push --oci-layout lay:foobar hi.txt");
    let dtag = "sha256-e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    run(&format!(
        "tag --oci-layout lay:foobar example.registry.com/foo:latest example.registry.com/foo:v1.2.6 test.com/bar:v1 example.registry.com/foo:{dtag}"
    ));
    let mut tags: Vec<String> = run("repo tags --oci-layout-path lay example.registry.com/foo")
        .lines()
        .map(str::to_string)
        .collect();
    tags.sort();
    assert_eq!(tags, ["latest", dtag, "v1.2.6"]);
    let mut tags: Vec<String> =
        run("repo tags --oci-layout-path lay example.registry.com/foo --exclude-digest-tags")
            .lines()
            .map(str::to_string)
            .collect();
    tags.sort();
    assert_eq!(tags, ["latest", "v1.2.6"]);
    assert_eq!(run("repo tags --oci-layout-path lay test.com/bar"), "v1\n");
    assert_eq!(
        run("repo tags --oci-layout-path lay test.com/bar --format json"),
        "{\n  \"tags\": [\n    \"v1\"\n  ]\n}\n"
    );
    // with a tag: the tags naming the same manifest, as before
    let all = run("repo tags --oci-layout-path lay example.registry.com/foo:latest");
    assert!(
        all.contains("foobar\n") && all.contains("test.com/bar:v1\n"),
        "{all}"
    );
}

/// R17: oras's wordings.
#[test]
fn wordings_of_oras() {
    let (reg, sb) = setup();
    sb.write("nomt.json", br#"{"schemaVersion":2}"#);
    sb.write("data.bin", b"data\n");
    std::fs::create_dir(sb.path("adir")).expect("mkdir");
    let cases: &[(&str, &str)] = &[
        (
            "manifest push {h}/w:v1 nomt.json",
            "Error: media type is not specified via the flag \"--media-type\" nor in \"nomt.json\"\nUsage: oras manifest push [flags] <name>[:<tag>[,<tag>][...]|@<digest>] <file>\nPlease specify a valid media type in the manifest JSON or via the \"--media-type\" flag\n",
        ),
        (
            "blob push {h}/w - --identity-token-stdin --size 1",
            "Error: `-` read file from input and `--identity-token-stdin` read identity token from input cannot be both used\n",
        ),
        (
            "manifest push {h}/w:v1 - --identity-token-stdin",
            "Error: `-` read file from input and `--identity-token-stdin` read identity token from input cannot be both used\n",
        ),
        (
            "blob push {h}/w a b",
            "Error: \"oras blob push\" requires exactly 2 argument but got 3\nUsage: oras blob push [flags] <name>[@digest] <file>\nPlease specify exactly 2 argument as the destination to push to and the file to read blob content from. Run \"oras blob push -h\" for more options and examples\n",
        ),
        (
            "manifest push {h}/w:v1",
            "Error: \"oras manifest push\" requires exactly 2 argument but got 1\nUsage: oras manifest push [flags] <name>[:<tag>[,<tag>][...]|@<digest>] <file>\nPlease specify exactly 2 argument as the destination to push to and the file to read manifest content from. Run \"oras manifest push -h\" for more options and examples\n",
        ),
        (
            "resolve x --oci-layout --oci-layout-path y",
            "Error: --oci-layout-path, --oci-layout cannot be used at the same time\n",
        ),
        (
            "cp --from-oci-layout --from-oci-layout-path y a:v1 {h}/w:v1",
            "Error: --from-oci-layout-path, --from-oci-layout cannot be used at the same time\n",
        ),
        (
            "push {h}/w:v1 data.bin --image-spec v2.0",
            "Error: invalid argument \"v2.0\" for \"--image-spec\" flag: unknown image specification flag: v2.0\nAvailable options: v1.1, v1.0\n",
        ),
        // checked while the flags are parsed: before the argument count
        (
            "push --image-spec v2.0",
            "Error: invalid argument \"v2.0\" for \"--image-spec\" flag: unknown image specification flag: v2.0\nAvailable options: v1.1, v1.0\n",
        ),
        (
            "discover {h}/w:v1 --distribution-spec v9",
            "Error: invalid argument \"v9\" for \"--distribution-spec\" flag: unknown distribution specification flag: v9\nAvailable options: v1.1-referrers-tag, v1.1-referrers-api\n",
        ),
        (
            "cp {h}/w:v1 {h}/x:v1 --to-distribution-spec v9",
            "Error: invalid argument \"v9\" for \"--to-distribution-spec\" flag: unknown distribution specification flag: v9\nAvailable options: v1.1-referrers-tag, v1.1-referrers-api\n",
        ),
        (
            "blob push {h}/w missing.bin",
            "Error: failed to open missing.bin: open missing.bin: no such file or directory\n",
        ),
        ("blob push {h}/w adir", "Error: read adir: is a directory\n"),
        (
            "manifest push {h}/w:v1 missing.json",
            "Error: failed to read missing.json: open missing.json: no such file or directory\n",
        ),
        (
            "manifest push {h}/w:v1 adir",
            "Error: failed to read adir: read adir: is a directory\n",
        ),
    ];
    for (args, want) in cases {
        assert_eq!(
            sb.oras_in(args, b"").outcome(),
            (1, String::new(), want.to_string()),
            "oras {args}"
        );
    }
    // nothing reached the registry
    assert_eq!(reg.catalog(), Vec::<String>::new());
}
