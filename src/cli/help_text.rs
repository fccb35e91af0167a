//! The per-command texts of the help screens: each command's `Use` string (the one its
//! argument-count errors print too) and its long description with examples; plus the
//! `--format` flag text, which depends on the command.

/// Help texts of one command, keyed by its path below `oras` (`"manifest fetch"`).
pub struct Entry {
    pub path: &'static str,
    /// The arguments part of cobra's `Use` (after the command name); empty for groups.
    pub args: &'static str,
    pub long: &'static str,
}

/// The entry of `path`, if the command has one.
pub fn entry(path: &str) -> Option<&'static Entry> {
    ENTRIES.iter().find(|e| e.path == path)
}

/// The `Use` line of `path`: `oras manifest fetch [flags] <name>{:<tag>|@<digest>}`.
pub fn use_line(path: &str) -> String {
    match entry(path) {
        Some(e) if !e.args.is_empty() => format!("oras {path} {}", e.args),
        _ => format!("oras {path}"),
    }
}

/// `--format` of commands printing text by default.
const FORMAT_TEXT: &str = "[Experimental] format output using a custom template:
'json':         Print in JSON format
'go-template':  Print output using the given Go template
'text':         Print in text format";

/// `--format` of `discover`.
const FORMAT_TREE: &str = "[Experimental] format output using a custom template:
'table':        Get direct referrers and output in table format
'json':         Get direct referrers and output in JSON format
'go-template':  Print direct referrers using the given Go template
'tree':         Get referrers recursively and print in tree format";

/// What a command changes in how one of its flags is listed.
pub struct FlagText {
    /// The usage text (`None`: the flag's own).
    pub usage: Option<&'static str>,
    /// The default shown (`None`: the flag's own).
    pub default: Option<&'static str>,
}

/// How `--<flag>` is listed on `path`, when that depends on the command.
pub fn flag_override(path: &str, flag: &str) -> Option<FlagText> {
    let text = |usage, default| Some(FlagText { usage, default });
    match (path, flag) {
        ("discover", "format") => text(Some(FORMAT_TREE), Some("tree")),
        (_, "format") => text(Some(FORMAT_TEXT), Some("text")),
        // discover draws no progress bars; what the flag turns off there is colour
        ("discover", "no-tty") => text(Some("[Preview] disable colors"), None),
        // deprecated but listed; when it is not given, --format's default applies
        ("discover", "output") => text(None, Some("tree")),
        _ => None,
    }
}

/// The root command's long text (oras has none).
pub const ROOT_LONG: &str = "";

/// cobra's `help` command.
pub const HELP_SHORT: &str = "Help about any command";
pub const HELP_LONG: &str = "Help shows the help text of any command.
Type oras help [path to command] to read all about it.";

use super::{attach, backup, blob, cp, discover, login, logout, manifest, pull, push, repo};
use super::{resolve, restore, tag};

const ENTRIES: &[Entry] = &[
    Entry {
        path: "attach",
        args: attach::USAGE,
        long: r#"[Preview] Attach files to an existing artifact

** This command is in preview and under development. **

Example - Attach "hi.txt" as an artifact of type "doc/example" to "hello:v1" in localhost:5000:
  oras attach --artifact-type doc/example localhost:5000/hello:v1 hi.txt

Example - Attach "hi.txt" to the linux/amd64 image of the multi-platform index "hello:v1":
  oras attach --artifact-type doc/example --platform linux/amd64 localhost:5000/hello:v1 hi.txt

Example - Attach "hi.txt" with the layer media type "application/vnd.me.hi":
  oras attach --artifact-type doc/example localhost:5000/hello:v1 hi.txt:application/vnd.me.hi

Example - Choose how the referrer is recorded (referrers API or tag schema):
  oras attach --artifact-type doc/example --distribution-spec v1.1-referrers-api localhost:5000/hello:v1 hi.txt
  oras attach --artifact-type doc/example --distribution-spec v1.1-referrers-tag localhost:5000/hello:v1 hi.txt

Example - Attach an artifact with no files, only manifest annotations:
  oras attach --artifact-type doc/example --annotation "k1=v1" --annotation "k2=v2" localhost:5000/hello:v1

Example - Attach "hi.txt" with annotations read from "annotation.json":
  oras attach --artifact-type doc/example --annotation-file annotation.json localhost:5000/hello:v1 hi.txt

Example - Attach "hi.txt" and print the result as JSON:
  oras attach --artifact-type doc/example localhost:5000/hello:v1 hi.txt --format json

Example - Attach "hi.txt" and print only the digest with a Go template:
  oras attach --artifact-type doc/example localhost:5000/hello:v1 hi.txt --format go-template --template "{{.digest}}"

Example - Attach "hi.txt" and save the new manifest as "manifest.json":
  oras attach --artifact-type doc/example --export-manifest manifest.json localhost:5000/hello:v1 hi.txt

Example - Attach "hi.txt" to the manifest tagged "v1" in the OCI image layout "layout-dir":
  oras attach --oci-layout --artifact-type doc/example layout-dir:v1 hi.txt
"#,
    },
    Entry {
        path: "backup",
        args: backup::USAGE,
        long: r#"[Experimental] Back up artifacts from a registry into an OCI image layout

Saves the tagged artifacts of a repository, or the listed tags only, as an OCI image
layout directory, or as a tar archive of one when the output path ends in ".tar".

Example - Back up every tag of "hello" into the directory "hello-backup":
  oras backup --output hello-backup localhost:5000/hello

Example - Back up the tags "v1" and "v2" into the archive "hello.tar":
  oras backup --output hello.tar localhost:5000/hello:v1,v2

Example - Back up "hello:v1" together with the artifacts referring to it:
  oras backup --output hello-backup --include-referrers localhost:5000/hello:v1
"#,
    },
    Entry {
        path: "blob",
        args: "",
        long: "Blob operations",
    },
    Entry {
        path: "blob delete",
        args: blob::delete::USAGE,
        long: r#"Delete a blob from a remote registry

Example - Delete a blob, asking for confirmation first:
  oras blob delete localhost:5000/hello@sha256:9a201d228ebd966211f7d1131be19f152be428bd373a92071c71d8deaf83b3e5

Example - Delete a blob without a prompt; a missing blob is not an error:
  oras blob delete --force localhost:5000/hello@sha256:9a201d228ebd966211f7d1131be19f152be428bd373a92071c71d8deaf83b3e5

Example - Delete a blob and print its descriptor:
  oras blob delete --descriptor --force localhost:5000/hello@sha256:9a201d228ebd966211f7d1131be19f152be428bd373a92071c71d8deaf83b3e5
"#,
    },
    Entry {
        path: "blob fetch",
        args: blob::fetch::USAGE,
        long: r#"Fetch a blob from a registry or an OCI image layout

Example - Save a blob as the file "blob.tar.gz":
  oras blob fetch --output blob.tar.gz localhost:5000/hello@sha256:9a201d228ebd966211f7d1131be19f152be428bd373a92071c71d8deaf83b3e5

Example - Write a blob to standard output:
  oras blob fetch --output - localhost:5000/hello@sha256:9a201d228ebd966211f7d1131be19f152be428bd373a92071c71d8deaf83b3e5

Example - Print the descriptor of a blob without downloading it:
  oras blob fetch --descriptor localhost:5000/hello@sha256:9a201d228ebd966211f7d1131be19f152be428bd373a92071c71d8deaf83b3e5

Example - Save a blob and print its descriptor:
  oras blob fetch --output blob.tar.gz --descriptor localhost:5000/hello@sha256:9a201d228ebd966211f7d1131be19f152be428bd373a92071c71d8deaf83b3e5

Example - Fetch a blob from the OCI image layout "layout-dir":
  oras blob fetch --oci-layout --output blob.tar.gz layout-dir@sha256:9a201d228ebd966211f7d1131be19f152be428bd373a92071c71d8deaf83b3e5
"#,
    },
    Entry {
        path: "blob push",
        args: blob::push::USAGE,
        long: r#"Push a blob to a registry or an OCI image layout

Example - Upload the file "layer.tar":
  oras blob push localhost:5000/hello layer.tar

Example - Upload from standard input (the size is then required):
  oras blob push --size 12 localhost:5000/hello@sha256:9a201d228ebd966211f7d1131be19f152be428bd373a92071c71d8deaf83b3e5 -

Example - Upload "layer.tar" and print its descriptor with a chosen media type:
  oras blob push --descriptor --media-type application/vnd.me.layer localhost:5000/hello layer.tar

Example - Upload "layer.tar" into the OCI image layout "layout-dir":
  oras blob push --oci-layout layout-dir layer.tar
"#,
    },
    Entry {
        path: "cp",
        args: cp::USAGE,
        long: r#"Copy artifacts from one target to another. An image index is copied with all of its manifests

Example - Copy an artifact from one registry to another:
  oras cp localhost:5000/net-monitor:v1 localhost:6000/net-monitor-copy:v1

Example - Save an artifact into the OCI image layout "downloaded":
  oras cp --to-oci-layout localhost:5000/net-monitor:v1 ./downloaded:v1

Example - Upload an artifact from the OCI image layout "to-upload":
  oras cp --from-oci-layout ./to-upload:v1 localhost:5000/net-monitor:v1

Example - Upload an artifact from the OCI layout archive "to-upload.tar":
  oras cp --from-oci-layout ./to-upload.tar:v1 localhost:5000/net-monitor:v1

Example - Copy an artifact with the artifacts referring to it:
  oras cp -r localhost:5000/net-monitor:v1 localhost:6000/net-monitor-copy:v1

Example - Copy with referrers, reading them via the API and writing them via the tag schema:
  oras cp -r --from-distribution-spec v1.1-referrers-api --to-distribution-spec v1.1-referrers-tag \
    localhost:5000/net-monitor:v1 localhost:6000/net-monitor-copy:v1

Example - Copy only the linux/arm/v5 image of a multi-platform artifact:
  oras cp --platform linux/arm/v5 localhost:5000/net-monitor:v1 localhost:6000/net-monitor-copy:v1

Example - Copy an artifact and give it three tags, with ten transfers at once:
  oras cp --concurrency 10 localhost:5000/net-monitor:v1 localhost:6000/net-monitor-copy:tag1,tag2,tag3
"#,
    },
    Entry {
        path: "discover",
        args: discover::USAGE,
        long: r#"[Preview] Discover referrers of a manifest in a registry or an OCI image layout

** This command is in preview and under development. **

Example - Show the artifacts referring to "hello:v1" as a tree:
  oras discover localhost:5000/hello:v1

Example - Look up referrers through the referrers API, or through the tag schema:
  oras discover --distribution-spec v1.1-referrers-api localhost:5000/hello:v1
  oras discover --distribution-spec v1.1-referrers-tag localhost:5000/hello:v1

Example - Print the direct referrers as JSON:
  oras discover localhost:5000/hello:v1 --format json

Example - Print the direct referrers with a Go template:
  oras discover localhost:5000/hello:v1 --format go-template --template "{{.manifests}}"

Example - Show only the referrers of type "test-artifact":
  oras discover --artifact-type test-artifact localhost:5000/hello:v1

Example - Stop the tree after the direct referrers:
  oras discover --depth 1 localhost:5000/hello:v1

Example - Show the referrers of the manifest tagged "v1" in the OCI image layout "layout-dir":
  oras discover --oci-layout layout-dir:v1
"#,
    },
    Entry {
        path: "login",
        args: login::USAGE,
        long: r#"Log in to a remote registry

Example - Log in and be asked for the username and the password:
  oras login localhost:5000

Example - Log in with a username, typing the password at the prompt:
  oras login -u username localhost:5000

Example - Log in with a password read from standard input:
  oras login -u username --password-stdin localhost:5000

Example - Log in with an identity token:
  oras login --identity-token token localhost:5000

Example - Log in with an identity token read from standard input:
  oras login --identity-token-stdin localhost:5000

Example - Log in to a registry served over plain HTTP:
  oras login -u username -p password --plain-http localhost:5000

Example - Store the credentials in a custom file instead of the default one:
  oras login --registry-config path/to/config.json -u username localhost:5000
"#,
    },
    Entry {
        path: "logout",
        args: logout::USAGE,
        long: r#"Log out from a remote registry

Example - Remove the stored credentials of localhost:5000:
  oras logout localhost:5000

Example - Remove them from a custom credentials file:
  oras logout --registry-config path/to/config.json localhost:5000
"#,
    },
    Entry {
        path: "manifest",
        args: "",
        long: "Manifest operations",
    },
    Entry {
        path: "manifest delete",
        args: manifest::delete::USAGE,
        long: r#"Delete a manifest from remote registry

Example - Delete the manifest tagged "v1", asking for confirmation first:
  oras manifest delete localhost:5000/hello:v1

Example - Delete it without a prompt; a missing manifest is not an error:
  oras manifest delete --force localhost:5000/hello:v1

Example - Delete it and print its descriptor:
  oras manifest delete --descriptor --force localhost:5000/hello:v1

Example - Delete a manifest by digest:
  oras manifest delete localhost:5000/hello@sha256:99e4703fbf30916f549cd6bfa9cdbab614b5392fbe64fdee971359a77073cdf9
"#,
    },
    Entry {
        path: "manifest fetch",
        args: manifest::fetch::USAGE,
        long: r#"Fetch manifest of the target artifact

Example - Print the manifest tagged "v1":
  oras manifest fetch localhost:5000/hello:v1

Example - Print it indented:
  oras manifest fetch --pretty localhost:5000/hello:v1

Example - Print only its descriptor:
  oras manifest fetch --descriptor localhost:5000/hello:v1

Example - Accept only OCI image manifests:
  oras manifest fetch --media-type application/vnd.oci.image.manifest.v1+json localhost:5000/hello:v1

Example - Fetch the linux/arm/v5 manifest of a multi-platform index:
  oras manifest fetch --platform linux/arm/v5 localhost:5000/hello:v1

Example - Save the manifest as "manifest.json":
  oras manifest fetch --output manifest.json localhost:5000/hello:v1

Example - Print the manifest with a Go template:
  oras manifest fetch localhost:5000/hello:v1 --format go-template --template "{{.content}}"

Example - Print the manifest tagged "v1" of the OCI image layout "layout-dir":
  oras manifest fetch --oci-layout layout-dir:v1
"#,
    },
    Entry {
        path: "manifest fetch-config",
        args: manifest::fetch_config::USAGE,
        long: r#"Fetch the config of a manifest from a registry or an OCI image layout

Example - Print the config of the manifest tagged "v1":
  oras manifest fetch-config localhost:5000/hello:v1

Example - Save the config as "config.json":
  oras manifest fetch-config --output config.json localhost:5000/hello:v1

Example - Print only the descriptor of the config:
  oras manifest fetch-config --descriptor localhost:5000/hello:v1

Example - Print the config of the linux/arm/v5 image:
  oras manifest fetch-config --platform linux/arm/v5 localhost:5000/hello:v1

Example - Print the config from the OCI image layout "layout-dir":
  oras manifest fetch-config --oci-layout layout-dir:v1
"#,
    },
    Entry {
        path: "manifest index",
        args: "",
        long: "[Experimental] Index operations",
    },
    Entry {
        path: "manifest index create",
        args: manifest::index::CREATE_USAGE,
        long: r#"[Experimental] Create and push an index from provided manifests

Example - Build an index of the manifests tagged "linux-amd64" and "linux-arm64", untagged:
  oras manifest index create localhost:5000/hello linux-amd64 linux-arm64

Example - Build the index and tag it "v1":
  oras manifest index create localhost:5000/hello:v1 linux-amd64 linux-arm64

Example - Mix tags and digests, and give the index two tags:
  oras manifest index create localhost:5000/hello:v1,latest linux-amd64 sha256:99e4703fbf30916f549cd6bfa9cdbab614b5392fbe64fdee971359a77073cdf9

Example - Add annotations to the index:
  oras manifest index create localhost:5000/hello:v1 linux-amd64 --annotation "key=val"

Example - Write the index to "index.json" instead of pushing it:
  oras manifest index create --output index.json localhost:5000/hello linux-amd64 linux-arm64

Example - Build an index in the OCI image layout "layout-dir":
  oras manifest index create --oci-layout layout-dir:v1 linux-amd64 linux-arm64
"#,
    },
    Entry {
        path: "manifest index update",
        args: manifest::index::UPDATE_USAGE,
        long: r#"[Experimental] Update and push an image index

Example - Add a manifest to the index tagged "v1":
  oras manifest index update localhost:5000/hello:v1 --add linux-riscv64

Example - Add the entries of another index:
  oras manifest index update localhost:5000/hello:v1 --merge other-index

Example - Drop a manifest, given by digest:
  oras manifest index update localhost:5000/hello:v1 --remove sha256:99e4703fbf30916f549cd6bfa9cdbab614b5392fbe64fdee971359a77073cdf9

Example - Update the index and tag the result "v2" as well:
  oras manifest index update localhost:5000/hello:v1 --add linux-riscv64 --tag v2

Example - Write the updated index to "updated.json" instead of pushing it:
  oras manifest index update localhost:5000/hello:v1 --add linux-riscv64 --output updated.json

Example - Update an index in the OCI image layout "layout-dir":
  oras manifest index update --oci-layout layout-dir:v1 --add linux-riscv64
"#,
    },
    Entry {
        path: "manifest push",
        args: manifest::push::USAGE,
        long: r#"Push a manifest to a registry or an OCI image layout

Example - Push "manifest.json" without a tag:
  oras manifest push localhost:5000/hello manifest.json

Example - Push "manifest.json" and tag it "v1":
  oras manifest push localhost:5000/hello:v1 manifest.json

Example - Push a manifest read from standard input:
  oras manifest push localhost:5000/hello:v1 -

Example - Push a manifest with three tags:
  oras manifest push localhost:5000/hello:tag1,tag2,tag3 manifest.json

Example - Push a manifest whose media type is not in the file:
  oras manifest push --media-type application/vnd.docker.distribution.manifest.v2+json localhost:5000/hello:v1 manifest.json

Example - Push a manifest and print its descriptor:
  oras manifest push --descriptor localhost:5000/hello:v1 manifest.json

Example - Push a manifest into the OCI image layout "layout-dir":
  oras manifest push --oci-layout layout-dir:v1 manifest.json
"#,
    },
    Entry {
        path: "pull",
        args: pull::USAGE,
        long: r#"Pull files from a registry or an OCI image layout

Example - Download the files of "hello:v1":
  oras pull localhost:5000/hello:v1

Example - Download them, following the subjects of the artifact too:
  oras pull --include-subject localhost:5000/hello:v1

Example - Download from a registry with an untrusted certificate:
  oras pull --insecure localhost:5000/hello:v1

Example - Download from a registry served over plain HTTP:
  oras pull --plain-http localhost:5000/hello:v1

Example - Keep downloaded blobs in a local cache:
  export ORAS_CACHE=~/.oras/cache
  oras pull localhost:5000/hello:v1

Example - Download the linux/arm/v5 image of a multi-platform artifact:
  oras pull --platform linux/arm/v5 localhost:5000/hello:v1

Example - Download with six transfers at once:
  oras pull --concurrency 6 localhost:5000/hello:v1

Example - Print the result as JSON:
  oras pull localhost:5000/hello:v1 --format json

Example - Print the result with a Go template:
  oras pull localhost:5000/hello:v1 --format go-template="{{.reference}}"

Example - Download from the OCI image layout "layout-dir", or from the archive "layout.tar":
  oras pull --oci-layout layout-dir:v1
  oras pull --oci-layout layout.tar:v1

Example - Download the artifact tagged "example.com:v1" from the OCI image layout "layout-dir":
  oras pull example.com:v1 --oci-layout-path layout-dir
"#,
    },
    Entry {
        path: "push",
        args: push::USAGE,
        long: r#"Push files to a registry or an OCI image layout

Example - Upload "hi.txt" with the default media type "application/vnd.oci.image.layer.v1.tar":
  oras push localhost:5000/hello:v1 hi.txt

Example - Upload "hi.txt" and save the resulting manifest as "manifest.json":
  oras push --export-manifest manifest.json localhost:5000/hello:v1 hi.txt

Example - Upload "hi.txt" with the media type "application/vnd.me.hi":
  oras push localhost:5000/hello:v1 hi.txt:application/vnd.me.hi

Example - Upload two files with their own media types:
  oras push localhost:5000/hello:v1 hi.txt:application/vnd.me.hi bye.txt:application/vnd.me.bye

Example - Upload the file "hi:txt" (a trailing colon keeps the colon in the name):
  oras push localhost:5000/hello:v1 hi:txt:

Example - Upload "hi.txt" as an artifact of type "application/vnd.example+type":
  oras push --artifact-type application/vnd.example+type localhost:5000/hello:v1 hi.txt

Example - Upload "hi.txt" in an image-spec v1.0 manifest whose config type is "application/vnd.me.config":
  oras push --image-spec v1.0 --artifact-type application/vnd.me.config localhost:5000/hello:v1 hi.txt

Example - Upload "hi.txt" with the config file "config.json" of type "application/vnd.me.config":
  oras push --config config.json:application/vnd.me.config localhost:5000/hello:v1 hi.txt

Example - Print the result as JSON:
  oras push localhost:5000/hello:v1 hi.txt --format json

Example - Print the result with a Go template:
  oras push localhost:5000/hello:v1 hi.txt --format go-template="{{.digest}}"

Example - Upload to a registry with an untrusted certificate, or over plain HTTP:
  oras push --insecure localhost:5000/hello:v1 hi.txt
  oras push --plain-http localhost:5000/hello:v1 hi.txt

Example - Push an artifact with manifest annotations, given inline or in a file:
  oras push --annotation "key=val" localhost:5000/hello:v1
  oras push --annotation-file annotation.json localhost:5000/hello:v1

Example - Push an artifact for the linux/arm/v5 platform:
  oras push --artifact-platform linux/arm/v5 localhost:5000/hello:v1

Example - Upload "hi.txt" under three tags, with six transfers at once:
  oras push --concurrency 6 localhost:5000/hello:tag1,tag2,tag3 hi.txt

Example - Upload "hi.txt" into the OCI image layout "layout-dir" with the tag "test":
  oras push --oci-layout layout-dir:test hi.txt

Example - Use the tag "example.com:test" in the OCI image layout "layout-dir":
  oras push example.com:test hi.txt --oci-layout-path layout-dir
"#,
    },
    Entry {
        path: "repo",
        args: "",
        long: "Repository operations",
    },
    Entry {
        path: "repo ls",
        args: repo::ls::USAGE,
        long: r#"List the repositories under the registry

Example - List every repository of the registry:
  oras repo ls localhost:5000

Example - List the repositories under the namespace "example.com/projects":
  oras repo ls localhost:5000/example.com/projects

Example - List the repositories that sort after "hello":
  oras repo ls --last hello localhost:5000

Example - Print the list as JSON:
  oras repo ls localhost:5000 --format json

Example - Print one repository per line with a Go template:
  oras repo ls localhost:5000 --format go-template --template '{{range .repositories}}{{println .}}{{end}}'
"#,
    },
    Entry {
        path: "repo tags",
        args: repo::tags::USAGE,
        long: r#"Show tags of the target repository

Example - List the tags of "hello":
  oras repo tags localhost:5000/hello

Example - List the tags that sort after "v1":
  oras repo tags --last v1 localhost:5000/hello

Example - List the tags pointing to the manifest tagged "v1":
  oras repo tags localhost:5000/hello:v1

Example - Leave out tags that look like digests:
  oras repo tags --exclude-digest-tags localhost:5000/hello

Example - List the tags of the OCI image layout "layout-dir":
  oras repo tags --oci-layout layout-dir

Example - Print the tags as JSON:
  oras repo tags localhost:5000/hello --format json

Example - Print the tags on one line with a Go template:
  oras repo tags localhost:5000/hello --format go-template --template '{{join " " .tags}}'
"#,
    },
    Entry {
        path: "resolve",
        args: resolve::USAGE,
        long: r#"[Preview] Resolves digest of the target artifact

** This command is in preview and under development. **

Example - Print the digest of "hello:v1":
  oras resolve localhost:5000/hello:v1

Example - Print the full reference, digest included:
  oras resolve --full-reference localhost:5000/hello:v1

Example - Resolve the linux/arm/v5 image of a multi-platform index:
  oras resolve --platform linux/arm/v5 localhost:5000/hello:v1

Example - Resolve "v1" in the OCI image layout "layout-dir":
  oras resolve --oci-layout layout-dir:v1
"#,
    },
    Entry {
        path: "restore",
        args: restore::USAGE,
        long: r#"[Experimental] Restore artifacts to a registry from an OCI image layout

Uploads artifacts saved by "oras backup" (a layout directory, or a tar archive of one)
into a repository.

Example - Restore every tag kept in "hello-backup":
  oras restore --input hello-backup localhost:5000/hello

Example - Restore only the tags "v1" and "v2" from the archive "hello.tar":
  oras restore --input hello.tar localhost:5000/hello:v1,v2

Example - Restore without the artifacts referring to the tagged ones:
  oras restore --input hello-backup --exclude-referrers localhost:5000/hello

Example - Show what would be uploaded, without uploading:
  oras restore --input hello-backup --dry-run localhost:5000/hello
"#,
    },
    Entry {
        path: "tag",
        args: tag::USAGE,
        long: r#"Tag a manifest in a registry or an OCI image layout

Example - Give the manifest tagged "v1" the extra tag "v2":
  oras tag localhost:5000/hello:v1 v2

Example - Tag a manifest given by digest:
  oras tag localhost:5000/hello@sha256:99e4703fbf30916f549cd6bfa9cdbab614b5392fbe64fdee971359a77073cdf9 v1

Example - Add several tags at once:
  oras tag localhost:5000/hello:v1 v2 v3 latest

Example - Add several tags with six requests at once:
  oras tag --concurrency 6 localhost:5000/hello:v1 v2 v3 latest

Example - Tag a manifest in the OCI image layout "layout-dir":
  oras tag --oci-layout layout-dir:v1 v2
"#,
    },
    Entry {
        path: "version",
        args: "",
        long: r#"Show the oras version information

Example - Print the version of oras, the toolchain it was built with and its platform:
  oras version
"#,
    },
    Entry {
        path: "completion",
        args: "",
        long: "Generate the autocompletion script of oras for the specified shell.
The help of each sub-command tells how to load the script it prints.",
    },
    Entry {
        path: "completion bash",
        args: "",
        long: r#"Generate the autocompletion script for the bash shell.

The script needs the 'bash-completion' package; install it with your
operating system's package manager if it is missing.

Load the completions in the current shell session:

	source <(oras completion bash)

Load them in every new session:

#### Linux:

	oras completion bash > /etc/bash_completion.d/oras

#### macOS:

	oras completion bash > $(brew --prefix)/etc/bash_completion.d/oras

Start a new shell for the setup to take effect.
"#,
    },
    Entry {
        path: "completion fish",
        args: "",
        long: r#"Generate the autocompletion script for the fish shell.

Load the completions in the current shell session:

	oras completion fish | source

Load them in every new session:

	oras completion fish > ~/.config/fish/completions/oras.fish

Start a new shell for the setup to take effect.
"#,
    },
    Entry {
        path: "completion powershell",
        args: "",
        long: r#"Generate the autocompletion script for powershell.

Load the completions in the current shell session:

	oras completion powershell | Out-String | Invoke-Expression

To load them in every new session, add the output of the command above
to your powershell profile.
"#,
    },
    Entry {
        path: "completion zsh",
        args: "",
        long: r#"Generate the autocompletion script for the zsh shell.

When shell completion is not yet turned on in your environment, turn it
on once with:

	echo "autoload -U compinit; compinit" >> ~/.zshrc

Load the completions in the current shell session:

	source <(oras completion zsh)

Load them in every new session:

#### Linux:

	oras completion zsh > "${fpath[1]}/_oras"

#### macOS:

	oras completion zsh > $(brew --prefix)/share/zsh/site-functions/_oras

Start a new shell for the setup to take effect.
"#,
    },
];
