//! Generated from the clap definitions by `help::screens_source`; do not edit (run
//! `ORAS_REGENERATE_HELP=1 cargo nextest run --lib help_screens`): every help screen.

/// The help screen of the command `words` name (below `oras`, names or aliases), and
/// whether that command is a group.
#[rustfmt::skip]
pub fn screen(words: &[&str]) -> Option<(&'static str, bool)> {
    Some(match words {
        [] => (r#"Usage:
  oras [command]

Available Commands:
  attach      [Preview] Attach files to an existing artifact
  backup      [Experimental] Back up artifacts from a registry into an OCI image layout
  blob        Blob operations
  completion  Generate the autocompletion script for the specified shell
  cp          Copy artifacts from one target to another
  discover    [Preview] Discover referrers of a manifest in a registry or an OCI image layout
  help        Help about any command
  login       Log in to a remote registry
  logout      Log out from a remote registry
  manifest    Manifest operations
  pull        Pull files from a registry or an OCI image layout
  push        Push files to a registry or an OCI image layout
  repo        Repository operations
  resolve     [Preview] Resolves digest of the target artifact
  restore     [Experimental] Restore artifacts to a registry from an OCI image layout
  tag         Tag a manifest in a registry or an OCI image layout
  version     Show the oras version information

Flags:
  -h, --help   help for oras

Use "oras [command] --help" for more information about a command.
"#, true),
        ["push"] => (r#"Push files to a registry or an OCI image layout

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

Usage:
  oras push [flags] <name>[:<tag>[,<tag>][...]] <file>[:<type>] [...]

Flags:
  -a, --annotation stringArray                               manifest annotations
      --annotation-file string                               path of the annotation file
      --artifact-platform os[/arch][/variant][:os_version]   [Experimental] set artifact platform in the form of os[/arch][/variant][:os_version]
      --artifact-type string                                 artifact type
      --ca-file string                                       server certificate authority file for the remote registry
      --cert-file string                                     client certificate file for the remote registry
      --chunk-size size                                      upload blobs in chunks of this size (e.g. 4MiB, 512KiB, 1048576) for registries or proxies that refuse large uploads; also ORAS_CHUNK_SIZE. Without it, an upload refused with 413 is retried in chunks automatically
      --concurrency int                                      concurrency level (default 5)
      --config path                                          path of image config file
  -d, --debug                                                output debug logs (implies --no-tty)
      --disable-path-validation                              skip path validation
      --export-manifest path                                 path of the pushed manifest
      --format string                                        [Experimental] format output using a custom template:
                                                             'json':         Print in JSON format
                                                             'go-template':  Print output using the given Go template
                                                             'text':         Print in text format (default "text")
  -H, --header stringArray                                   add custom headers to requests
  -h, --help                                                 help for push
      --identity-token string                                registry identity token
      --identity-token-stdin                                 read identity token from stdin
      --idle-timeout duration                                retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT
      --image-spec string                                    [Preview] specify manifest type for building artifact. Options: v1.1, v1.0 (default v1.1, overridden to v1.0 if --config is used without --artifact-type)
      --insecure                                             allow connections to SSL registry without certs
      --key-file string                                      client private key file for the remote registry
      --no-tty                                               [Preview] disable progress bars
      --oci-layout                                           set target as an OCI image layout
      --oci-layout-path string                               [Experimental] set the path for the OCI image layout target
  -p, --password string                                      registry password or identity token
      --password-stdin                                       read password from stdin
      --plain-http                                           allow insecure connections to registry without SSL check
      --registry-config path                                 path of the authentication file for registry
      --reproducible                                         [Experimental] byte-identical pushes: the created annotation is pinned (SOURCE_DATE_EPOCH, else 1970-01-01T00:00:00Z) and directory tarballs are normalised (sorted entries, uid/gid 0, no owner names, modes 0644/0755, mtimes clamped to SOURCE_DATE_EPOCH or zeroed, fixed gzip header and level); a set SOURCE_DATE_EPOCH (whole seconds) implies this flag
      --resolve host:port:address[:address_port]             customized DNS for registry, formatted in host:port:address[:address_port]
      --stdin-media-type string                              media type of the layer read from stdin (default: application/vnd.oci.image.layer.v1.tar)
      --stdin-name string                                    title (file name) of the layer read from stdin with the file argument "-" (default "stdin")
      --stdin-size int                                       exact size in bytes of the layer read from stdin; a shorter or longer stdin fails the push before any manifest is written
      --template string                                      [Experimental] template string used to format output
  -u, --username string                                      registry username
"#, false),
        ["pull"] => (r#"Pull files from a registry or an OCI image layout

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

Usage:
  oras pull [flags] <name>{:<tag>|@<digest>}

Flags:
  -T, --allow-path-traversal                        allow storing files out of the output directory
      --ca-file string                              server certificate authority file for the remote registry
      --cert-file string                            client certificate file for the remote registry
      --concurrency int                             concurrency level (default 3)
      --config string                               output manifest config file
  -d, --debug                                       output debug logs (implies --no-tty)
      --format string                               [Experimental] format output using a custom template:
                                                    'json':         Print in JSON format
                                                    'go-template':  Print output using the given Go template
                                                    'text':         Print in text format (default "text")
  -H, --header stringArray                          add custom headers to requests
  -h, --help                                        help for pull
      --identity-token string                       registry identity token
      --identity-token-stdin                        read identity token from stdin
      --idle-timeout duration                       retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT
      --include-subject                             [Preview] recursively pull the subject of artifacts
      --insecure                                    allow connections to SSL registry without certs
  -k, --keep-old-files                              do not replace existing files when pulling, treat them as errors
      --key-file string                             client private key file for the remote registry
      --no-tty                                      [Preview] disable progress bars
      --oci-layout                                  set target as an OCI image layout
      --oci-layout-path string                      [Experimental] set the path for the OCI image layout target
  -o, --output string                               output directory; "-" writes the artifact to stdout (the single titled file as is, several files as a tar stream) and prints no status (default ".")
  -p, --password string                             registry password or identity token
      --password-stdin                              read password from stdin
      --plain-http                                  allow insecure connections to registry without SSL check
      --platform os[/arch][/variant][:os_version]   request platform in the form of os[/arch][/variant][:os_version]; a comma-separated list or `*` wildcards (e.g. `linux/amd64,linux/arm64`, `linux/*`) pull each matching platform into its own folder `<output>/<os>_<arch>[_<variant>]`
      --registry-config path                        path of the authentication file for registry
      --resolve host:port:address[:address_port]    customized DNS for registry, formatted in host:port:address[:address_port]
      --template string                             [Experimental] template string used to format output
  -u, --username string                             registry username
"#, false),
        ["version"] => (r#"Show the oras version information

Example - Print the version of oras, the toolchain it was built with and its platform:
  oras version

Usage:
  oras version [flags]

Flags:
  -h, --help   help for version
"#, false),
        ["resolve" | "digest"] => (r#"[Preview] Resolves digest of the target artifact

** This command is in preview and under development. **

Example - Print the digest of "hello:v1":
  oras resolve localhost:5000/hello:v1

Example - Print the full reference, digest included:
  oras resolve --full-reference localhost:5000/hello:v1

Example - Resolve the linux/arm/v5 image of a multi-platform index:
  oras resolve --platform linux/arm/v5 localhost:5000/hello:v1

Example - Resolve "v1" in the OCI image layout "layout-dir":
  oras resolve --oci-layout layout-dir:v1

Usage:
  oras resolve [flags] <name>{:<tag>|@<digest>}

Aliases:
  resolve, digest

Flags:
      --ca-file string                              server certificate authority file for the remote registry
      --cert-file string                            client certificate file for the remote registry
  -d, --debug                                       output debug logs (implies --no-tty)
  -l, --full-reference                              print the full artifact reference with digest
  -H, --header stringArray                          add custom headers to requests
  -h, --help                                        help for resolve
      --identity-token string                       registry identity token
      --identity-token-stdin                        read identity token from stdin
      --idle-timeout duration                       retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT
      --insecure                                    allow connections to SSL registry without certs
      --key-file string                             client private key file for the remote registry
      --no-tty                                      [Preview] disable progress bars
      --oci-layout                                  set target as an OCI image layout
      --oci-layout-path string                      [Experimental] set the path for the OCI image layout target
  -p, --password string                             registry password or identity token
      --password-stdin                              read password from stdin
      --plain-http                                  allow insecure connections to registry without SSL check
      --platform os[/arch][/variant][:os_version]   request platform in the form of os[/arch][/variant][:os_version]
      --registry-config path                        path of the authentication file for registry
      --resolve host:port:address[:address_port]    customized DNS for registry, formatted in host:port:address[:address_port]
  -u, --username string                             registry username
"#, false),
        ["tag"] => (r#"Tag a manifest in a registry or an OCI image layout

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

Usage:
  oras tag [flags] <name>{:<tag>|@<digest>} <new_tag> [...]

Flags:
      --ca-file string                             server certificate authority file for the remote registry
      --cert-file string                           client certificate file for the remote registry
      --concurrency int                            concurrency level (default 5)
  -d, --debug                                      output debug logs (implies --no-tty)
  -H, --header stringArray                         add custom headers to requests
  -h, --help                                       help for tag
      --identity-token string                      registry identity token
      --identity-token-stdin                       read identity token from stdin
      --idle-timeout duration                      retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT
      --insecure                                   allow connections to SSL registry without certs
      --key-file string                            client private key file for the remote registry
      --no-tty                                     [Preview] disable progress bars
      --oci-layout                                 set target as an OCI image layout
      --oci-layout-path string                     [Experimental] set the path for the OCI image layout target
  -p, --password string                            registry password or identity token
      --password-stdin                             read password from stdin
      --plain-http                                 allow insecure connections to registry without SSL check
      --registry-config path                       path of the authentication file for registry
      --resolve host:port:address[:address_port]   customized DNS for registry, formatted in host:port:address[:address_port]
  -u, --username string                            registry username
"#, false),
        ["repo" | "repository"] => (r#"Repository operations

Usage:
  oras repo [command]

Aliases:
  repo, repository

Available Commands:
  ls          List the repositories under the registry
  tags        Show tags of the target repository

Flags:
  -h, --help   help for repo

Use "oras repo [command] --help" for more information about a command.
"#, true),
        ["repo" | "repository", "ls" | "list"] => (r#"List the repositories under the registry

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

Usage:
  oras repo ls [flags] <registry>

Aliases:
  ls, list

Flags:
      --ca-file string                             server certificate authority file for the remote registry
      --cert-file string                           client certificate file for the remote registry
  -d, --debug                                      output debug logs (implies --no-tty)
      --format string                              [Experimental] format output using a custom template:
                                                   'json':         Print in JSON format
                                                   'go-template':  Print output using the given Go template
                                                   'text':         Print in text format (default "text")
  -H, --header stringArray                         add custom headers to requests
  -h, --help                                       help for ls
      --identity-token string                      registry identity token
      --identity-token-stdin                       read identity token from stdin
      --idle-timeout duration                      retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT
      --insecure                                   allow connections to SSL registry without certs
      --key-file string                            client private key file for the remote registry
      --last last                                  start after the repository specified by last
      --no-tty                                     [Preview] disable progress bars
  -p, --password string                            registry password or identity token
      --password-stdin                             read password from stdin
      --plain-http                                 allow insecure connections to registry without SSL check
      --registry-config path                       path of the authentication file for registry
      --resolve host:port:address[:address_port]   customized DNS for registry, formatted in host:port:address[:address_port]
      --template string                            [Experimental] template string used to format output
  -u, --username string                            registry username
"#, false),
        ["repo" | "repository", "tags" | "show-tags"] => (r#"Show tags of the target repository

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

Usage:
  oras repo tags [flags] <name>

Aliases:
  tags, show-tags

Flags:
      --ca-file string                             server certificate authority file for the remote registry
      --cert-file string                           client certificate file for the remote registry
  -d, --debug                                      output debug logs (implies --no-tty)
      --exclude-digest-tags                        [Preview] exclude all digest-like tags such as 'sha256-aaaa...'
      --format string                              [Experimental] format output using a custom template:
                                                   'json':         Print in JSON format
                                                   'go-template':  Print output using the given Go template
                                                   'text':         Print in text format (default "text")
  -H, --header stringArray                         add custom headers to requests
  -h, --help                                       help for tags
      --identity-token string                      registry identity token
      --identity-token-stdin                       read identity token from stdin
      --idle-timeout duration                      retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT
      --insecure                                   allow connections to SSL registry without certs
      --key-file string                            client private key file for the remote registry
      --last last                                  start after the tag specified by last
      --no-tty                                     [Preview] disable progress bars
      --oci-layout                                 set target as an OCI image layout
      --oci-layout-path string                     [Experimental] set the path for the OCI image layout target
  -p, --password string                            registry password or identity token
      --password-stdin                             read password from stdin
      --plain-http                                 allow insecure connections to registry without SSL check
      --registry-config path                       path of the authentication file for registry
      --resolve host:port:address[:address_port]   customized DNS for registry, formatted in host:port:address[:address_port]
      --template string                            [Experimental] template string used to format output
  -u, --username string                            registry username
"#, false),
        ["manifest"] => (r#"Manifest operations

Usage:
  oras manifest [command]

Available Commands:
  delete       Delete a manifest from remote registry
  fetch        Fetch manifest of the target artifact
  fetch-config Fetch the config of a manifest from a registry or an OCI image layout
  index        [Experimental] Index operations
  push         Push a manifest to a registry or an OCI image layout

Flags:
  -h, --help   help for manifest

Use "oras manifest [command] --help" for more information about a command.
"#, true),
        ["manifest", "fetch" | "get" | "show"] => (r#"Fetch manifest of the target artifact

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

Usage:
  oras manifest fetch [flags] <name>{:<tag>|@<digest>}

Aliases:
  fetch, get, show

Flags:
      --ca-file string                              server certificate authority file for the remote registry
      --cert-file string                            client certificate file for the remote registry
  -d, --debug                                       output debug logs (implies --no-tty)
      --descriptor                                  output the descriptor
      --format string                               [Experimental] format output using a custom template:
                                                    'json':         Print in JSON format
                                                    'go-template':  Print output using the given Go template
                                                    'text':         Print in text format (default "text")
  -H, --header stringArray                          add custom headers to requests
  -h, --help                                        help for fetch
      --identity-token string                       registry identity token
      --identity-token-stdin                        read identity token from stdin
      --idle-timeout duration                       retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT
      --insecure                                    allow connections to SSL registry without certs
      --key-file string                             client private key file for the remote registry
      --media-type strings                          accepted media types
      --no-tty                                      [Preview] disable progress bars
      --oci-layout                                  set target as an OCI image layout
      --oci-layout-path string                      [Experimental] set the path for the OCI image layout target
  -o, --output path                                 file path to write the fetched manifest to, use - for stdout
  -p, --password string                             registry password or identity token
      --password-stdin                              read password from stdin
      --plain-http                                  allow insecure connections to registry without SSL check
      --platform os[/arch][/variant][:os_version]   request platform in the form of os[/arch][/variant][:os_version]
      --pretty                                      prettify JSON objects printed to stdout
      --registry-config path                        path of the authentication file for registry
      --resolve host:port:address[:address_port]    customized DNS for registry, formatted in host:port:address[:address_port]
      --template string                             [Experimental] template string used to format output
  -u, --username string                             registry username
"#, false),
        ["manifest", "fetch-config" | "get-config"] => (r#"Fetch the config of a manifest from a registry or an OCI image layout

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

Usage:
  oras manifest fetch-config [flags] <name>{:<tag>|@<digest>}

Aliases:
  fetch-config, get-config

Flags:
      --ca-file string                              server certificate authority file for the remote registry
      --cert-file string                            client certificate file for the remote registry
  -d, --debug                                       output debug logs (implies --no-tty)
      --descriptor                                  output the descriptor
  -H, --header stringArray                          add custom headers to requests
  -h, --help                                        help for fetch-config
      --identity-token string                       registry identity token
      --identity-token-stdin                        read identity token from stdin
      --idle-timeout duration                       retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT
      --insecure                                    allow connections to SSL registry without certs
      --key-file string                             client private key file for the remote registry
      --no-tty                                      [Preview] disable progress bars
      --oci-layout                                  set target as an OCI image layout
      --oci-layout-path string                      [Experimental] set the path for the OCI image layout target
  -o, --output path                                 file path to write the fetched config to, use - for stdout
  -p, --password string                             registry password or identity token
      --password-stdin                              read password from stdin
      --plain-http                                  allow insecure connections to registry without SSL check
      --platform os[/arch][/variant][:os_version]   request platform in the form of os[/arch][/variant][:os_version]
      --pretty                                      prettify JSON objects printed to stdout
      --registry-config path                        path of the authentication file for registry
      --resolve host:port:address[:address_port]    customized DNS for registry, formatted in host:port:address[:address_port]
  -u, --username string                             registry username
"#, false),
        ["manifest", "push"] => (r#"Push a manifest to a registry or an OCI image layout

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

Usage:
  oras manifest push [flags] <name>[:<tag>[,<tag>][...]|@<digest>] <file>

Flags:
      --ca-file string                             server certificate authority file for the remote registry
      --cert-file string                           client certificate file for the remote registry
      --concurrency int                            concurrency level (default 5)
  -d, --debug                                      output debug logs (implies --no-tty)
      --descriptor                                 output the descriptor
      --distribution-spec string                   [Preview] set OCI distribution spec version and API option for target. Options: v1.1-referrers-tag, v1.1-referrers-api
  -H, --header stringArray                         add custom headers to requests
  -h, --help                                       help for push
      --identity-token string                      registry identity token
      --identity-token-stdin                       read identity token from stdin
      --idle-timeout duration                      retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT
      --insecure                                   allow connections to SSL registry without certs
      --key-file string                            client private key file for the remote registry
      --media-type string                          media type of manifest
      --no-tty                                     [Preview] disable progress bars
      --oci-layout                                 set target as an OCI image layout
      --oci-layout-path string                     [Experimental] set the path for the OCI image layout target
  -p, --password string                            registry password or identity token
      --password-stdin                             read password from stdin
      --plain-http                                 allow insecure connections to registry without SSL check
      --pretty                                     prettify JSON objects printed to stdout
      --registry-config path                       path of the authentication file for registry
      --resolve host:port:address[:address_port]   customized DNS for registry, formatted in host:port:address[:address_port]
  -u, --username string                            registry username
"#, false),
        ["manifest", "delete" | "remove" | "rm"] => (r#"Delete a manifest from remote registry

Example - Delete the manifest tagged "v1", asking for confirmation first:
  oras manifest delete localhost:5000/hello:v1

Example - Delete it without a prompt; a missing manifest is not an error:
  oras manifest delete --force localhost:5000/hello:v1

Example - Delete it and print its descriptor:
  oras manifest delete --descriptor --force localhost:5000/hello:v1

Example - Delete a manifest by digest:
  oras manifest delete localhost:5000/hello@sha256:99e4703fbf30916f549cd6bfa9cdbab614b5392fbe64fdee971359a77073cdf9

Usage:
  oras manifest delete [flags] <name>{:<tag>|@<digest>}

Aliases:
  delete, remove, rm

Flags:
      --ca-file string                             server certificate authority file for the remote registry
      --cert-file string                           client certificate file for the remote registry
  -d, --debug                                      output debug logs (implies --no-tty)
      --descriptor                                 output the descriptor
      --distribution-spec string                   [Preview] set OCI distribution spec version and API option for target. Options: v1.1-referrers-tag, v1.1-referrers-api
  -f, --force                                      ignore nonexistent references, never prompt
  -H, --header stringArray                         add custom headers to requests
  -h, --help                                       help for delete
      --identity-token string                      registry identity token
      --identity-token-stdin                       read identity token from stdin
      --idle-timeout duration                      retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT
      --insecure                                   allow connections to SSL registry without certs
      --key-file string                            client private key file for the remote registry
      --no-tty                                     [Preview] disable progress bars
      --oci-layout                                 set target as an OCI image layout
      --oci-layout-path string                     [Experimental] set the path for the OCI image layout target
  -p, --password string                            registry password or identity token
      --password-stdin                             read password from stdin
      --plain-http                                 allow insecure connections to registry without SSL check
      --pretty                                     prettify JSON objects printed to stdout
      --registry-config path                       path of the authentication file for registry
      --resolve host:port:address[:address_port]   customized DNS for registry, formatted in host:port:address[:address_port]
  -u, --username string                            registry username
"#, false),
        ["manifest", "index"] => (r#"[Experimental] Index operations

Usage:
  oras manifest index [command]

Available Commands:
  create      [Experimental] Create and push an index from provided manifests
  update      [Experimental] Update and push an image index

Flags:
  -h, --help   help for index

Use "oras manifest index [command] --help" for more information about a command.
"#, true),
        ["manifest", "index", "create" | "pack"] => (r#"[Experimental] Create and push an index from provided manifests

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

Usage:
  oras manifest index create [flags] <target>[:<tag[,<tag>][...]] <sources>[{<tag>|<digest>}...]

Aliases:
  create, pack

Flags:
  -a, --annotation stringArray                     manifest annotations
      --artifact-type string                       index artifact type
      --ca-file string                             server certificate authority file for the remote registry
      --cert-file string                           client certificate file for the remote registry
  -d, --debug                                      output debug logs (implies --no-tty)
  -H, --header stringArray                         add custom headers to requests
  -h, --help                                       help for create
      --identity-token string                      registry identity token
      --identity-token-stdin                       read identity token from stdin
      --idle-timeout duration                      retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT
      --insecure                                   allow connections to SSL registry without certs
      --key-file string                            client private key file for the remote registry
      --no-tty                                     [Preview] disable progress bars
      --oci-layout                                 set target as an OCI image layout
      --oci-layout-path string                     [Experimental] set the path for the OCI image layout target
  -o, --output path                                file path to write the created index to, use - for stdout
  -p, --password string                            registry password or identity token
      --password-stdin                             read password from stdin
      --plain-http                                 allow insecure connections to registry without SSL check
      --pretty                                     prettify JSON objects printed to stdout
      --registry-config path                       path of the authentication file for registry
      --resolve host:port:address[:address_port]   customized DNS for registry, formatted in host:port:address[:address_port]
  -u, --username string                            registry username
"#, false),
        ["manifest", "index", "update"] => (r#"[Experimental] Update and push an image index

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

Usage:
  oras manifest index update <index>{:<tag>|@<digest>} [{--add|--merge|--remove} <manifest>{<tag>|<digest>}] [...] [flags]

Flags:
      --add stringArray                            manifests to add to the index
      --artifact-type string                       index artifact type
      --ca-file string                             server certificate authority file for the remote registry
      --cert-file string                           client certificate file for the remote registry
  -d, --debug                                      output debug logs (implies --no-tty)
  -H, --header stringArray                         add custom headers to requests
  -h, --help                                       help for update
      --identity-token string                      registry identity token
      --identity-token-stdin                       read identity token from stdin
      --idle-timeout duration                      retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT
      --insecure                                   allow connections to SSL registry without certs
      --key-file string                            client private key file for the remote registry
      --merge stringArray                          indexes to be merged into the index
      --no-tty                                     [Preview] disable progress bars
      --oci-layout                                 set target as an OCI image layout
      --oci-layout-path string                     [Experimental] set the path for the OCI image layout target
  -o, --output path                                file path to write the created index to, use - for stdout
  -p, --password string                            registry password or identity token
      --password-stdin                             read password from stdin
      --plain-http                                 allow insecure connections to registry without SSL check
      --pretty                                     prettify JSON objects printed to stdout
      --registry-config path                       path of the authentication file for registry
      --remove stringArray                         manifests to remove from the index, must be digests
      --resolve host:port:address[:address_port]   customized DNS for registry, formatted in host:port:address[:address_port]
      --tag stringArray                            extra tags for the updated index
  -u, --username string                            registry username
"#, false),
        ["blob"] => (r#"Blob operations

Usage:
  oras blob [command]

Available Commands:
  delete      Delete a blob from a remote registry
  fetch       Fetch a blob from a registry or an OCI image layout
  push        Push a blob to a registry or an OCI image layout

Flags:
  -h, --help   help for blob

Use "oras blob [command] --help" for more information about a command.
"#, true),
        ["blob", "fetch" | "get"] => (r#"Fetch a blob from a registry or an OCI image layout

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

Usage:
  oras blob fetch [flags] {--output <file> | --descriptor} <name>@<digest>

Aliases:
  fetch, get

Flags:
      --ca-file string                             server certificate authority file for the remote registry
      --cert-file string                           client certificate file for the remote registry
  -d, --debug                                      output debug logs (implies --no-tty)
      --descriptor                                 output the descriptor
  -H, --header stringArray                         add custom headers to requests
  -h, --help                                       help for fetch
      --identity-token string                      registry identity token
      --identity-token-stdin                       read identity token from stdin
      --idle-timeout duration                      retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT
      --insecure                                   allow connections to SSL registry without certs
      --key-file string                            client private key file for the remote registry
      --no-tty                                     [Preview] disable progress bars
      --oci-layout                                 set target as an OCI image layout
      --oci-layout-path string                     [Experimental] set the path for the OCI image layout target
  -o, --output path                                output file path, use - for stdout
  -p, --password string                            registry password or identity token
      --password-stdin                             read password from stdin
      --plain-http                                 allow insecure connections to registry without SSL check
      --pretty                                     prettify JSON objects printed to stdout
      --registry-config path                       path of the authentication file for registry
      --resolve host:port:address[:address_port]   customized DNS for registry, formatted in host:port:address[:address_port]
  -u, --username string                            registry username
"#, false),
        ["blob", "push"] => (r#"Push a blob to a registry or an OCI image layout

Example - Upload the file "layer.tar":
  oras blob push localhost:5000/hello layer.tar

Example - Upload from standard input (the size is then required):
  oras blob push --size 12 localhost:5000/hello@sha256:9a201d228ebd966211f7d1131be19f152be428bd373a92071c71d8deaf83b3e5 -

Example - Upload "layer.tar" and print its descriptor with a chosen media type:
  oras blob push --descriptor --media-type application/vnd.me.layer localhost:5000/hello layer.tar

Example - Upload "layer.tar" into the OCI image layout "layout-dir":
  oras blob push --oci-layout layout-dir layer.tar

Usage:
  oras blob push [flags] <name>[@digest] <file>

Flags:
      --ca-file string                             server certificate authority file for the remote registry
      --cert-file string                           client certificate file for the remote registry
  -d, --debug                                      output debug logs (implies --no-tty)
      --descriptor                                 output the descriptor
  -H, --header stringArray                         add custom headers to requests
  -h, --help                                       help for push
      --identity-token string                      registry identity token
      --identity-token-stdin                       read identity token from stdin
      --idle-timeout duration                      retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT
      --insecure                                   allow connections to SSL registry without certs
      --key-file string                            client private key file for the remote registry
      --media-type string                          specify the returned media type in the descriptor if --descriptor is used (default "application/vnd.oci.image.layer.v1.tar")
      --no-tty                                     [Preview] disable progress bars
      --oci-layout                                 set target as an OCI image layout
      --oci-layout-path string                     [Experimental] set the path for the OCI image layout target
  -p, --password string                            registry password or identity token
      --password-stdin                             read password from stdin
      --plain-http                                 allow insecure connections to registry without SSL check
      --pretty                                     prettify JSON objects printed to stdout
      --registry-config path                       path of the authentication file for registry
      --resolve host:port:address[:address_port]   customized DNS for registry, formatted in host:port:address[:address_port]
      --size int                                   provide the blob size (default -1)
  -u, --username string                            registry username
"#, false),
        ["blob", "delete" | "remove" | "rm"] => (r#"Delete a blob from a remote registry

Example - Delete a blob, asking for confirmation first:
  oras blob delete localhost:5000/hello@sha256:9a201d228ebd966211f7d1131be19f152be428bd373a92071c71d8deaf83b3e5

Example - Delete a blob without a prompt; a missing blob is not an error:
  oras blob delete --force localhost:5000/hello@sha256:9a201d228ebd966211f7d1131be19f152be428bd373a92071c71d8deaf83b3e5

Example - Delete a blob and print its descriptor:
  oras blob delete --descriptor --force localhost:5000/hello@sha256:9a201d228ebd966211f7d1131be19f152be428bd373a92071c71d8deaf83b3e5

Usage:
  oras blob delete [flags] <name>@<digest>

Aliases:
  delete, remove, rm

Flags:
      --ca-file string                             server certificate authority file for the remote registry
      --cert-file string                           client certificate file for the remote registry
  -d, --debug                                      output debug logs (implies --no-tty)
      --descriptor                                 output the descriptor
  -f, --force                                      ignore nonexistent references, never prompt
  -H, --header stringArray                         add custom headers to requests
  -h, --help                                       help for delete
      --identity-token string                      registry identity token
      --identity-token-stdin                       read identity token from stdin
      --idle-timeout duration                      retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT
      --insecure                                   allow connections to SSL registry without certs
      --key-file string                            client private key file for the remote registry
      --no-tty                                     [Preview] disable progress bars
      --oci-layout                                 set target as an OCI image layout
      --oci-layout-path string                     [Experimental] set the path for the OCI image layout target
  -p, --password string                            registry password or identity token
      --password-stdin                             read password from stdin
      --plain-http                                 allow insecure connections to registry without SSL check
      --pretty                                     prettify JSON objects printed to stdout
      --registry-config path                       path of the authentication file for registry
      --resolve host:port:address[:address_port]   customized DNS for registry, formatted in host:port:address[:address_port]
  -u, --username string                            registry username
"#, false),
        ["cp" | "copy"] => (r#"Copy artifacts from one target to another. An image index is copied with all of its manifests

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

Usage:
  oras cp [flags] <from>{:<tag>|@<digest>} <to>[:<tag>[,<tag>][...]]

Aliases:
  cp, copy

Flags:
      --concurrency int                                 concurrency level (default 3)
  -d, --debug                                           output debug logs (implies --no-tty)
      --from-ca-file string                             server certificate authority file for the remote source registry
      --from-cert-file string                           client certificate file for the remote source registry
      --from-distribution-spec string                   [Preview] set OCI distribution spec version and API option for source target. Options: v1.1-referrers-tag, v1.1-referrers-api
      --from-header stringArray                         add custom headers to source requests
      --from-identity-token string                      source registry identity token
      --from-insecure                                   allow connections to source SSL registry without certs
      --from-key-file string                            client private key file for the remote source registry
      --from-oci-layout                                 set source target as an OCI image layout
      --from-oci-layout-path string                     [Experimental] set the path for the OCI image layout source target
      --from-password string                            source registry password or identity token
      --from-plain-http                                 allow insecure connections to source registry without SSL check
      --from-registry-config path                       path of the authentication file for source registry
      --from-resolve host:port:address[:address_port]   customized DNS for source registry, formatted in host:port:address[:address_port]
      --from-username string                            source registry username
  -h, --help                                            help for cp
      --idle-timeout duration                           retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT
      --no-tty                                          [Preview] disable progress bars
      --platform os[/arch][/variant][:os_version]       request platform in the form of os[/arch][/variant][:os_version]; a comma-separated list or `*` wildcards (e.g. `linux/amd64,linux/arm64`, `linux/*`) copy the matching manifests and a new index of just them
  -r, --recursive                                       [Preview] recursively copy the artifact and its referrer artifacts
      --registry-config path                            path of the authentication file for source and destination registries (read after --from-registry-config / --to-registry-config)
      --resolve host:port:address[:address_port]        base DNS rules formatted in host:port:address[:address_port] for --from-resolve and --to-resolve
      --to-ca-file string                               server certificate authority file for the remote destination registry
      --to-cert-file string                             client certificate file for the remote destination registry
      --to-distribution-spec string                     [Preview] set OCI distribution spec version and API option for destination target. Options: v1.1-referrers-tag, v1.1-referrers-api
      --to-header stringArray                           add custom headers to destination requests
      --to-identity-token string                        destination registry identity token
      --to-insecure                                     allow connections to destination SSL registry without certs
      --to-key-file string                              client private key file for the remote destination registry
      --to-oci-layout                                   set destination target as an OCI image layout
      --to-oci-layout-path string                       [Experimental] set the path for the OCI image layout destination target
      --to-password string                              destination registry password or identity token
      --to-plain-http                                   allow insecure connections to destination registry without SSL check
      --to-registry-config path                         path of the authentication file for destination registry
      --to-resolve host:port:address[:address_port]     customized DNS for destination registry, formatted in host:port:address[:address_port]
      --to-username string                              destination registry username
"#, false),
        ["login"] => (r#"Log in to a remote registry

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

Usage:
  oras login [flags] <registry>

Flags:
      --ca-file string                             server certificate authority file for the remote registry
      --cert-file string                           client certificate file for the remote registry
  -d, --debug                                      output debug logs (implies --no-tty)
  -H, --header stringArray                         add custom headers to requests
  -h, --help                                       help for login
      --identity-token string                      registry identity token
      --identity-token-stdin                       read identity token from stdin
      --idle-timeout duration                      retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT
      --insecure                                   allow connections to SSL registry without certs
      --key-file string                            client private key file for the remote registry
  -p, --password string                            registry password or identity token
      --password-stdin                             read password from stdin
      --plain-http                                 allow insecure connections to registry without SSL check
      --registry-config path                       path of the authentication file for registry
      --resolve host:port:address[:address_port]   customized DNS for registry, formatted in host:port:address[:address_port]
  -u, --username string                            registry username
"#, false),
        ["logout"] => (r#"Log out from a remote registry

Example - Remove the stored credentials of localhost:5000:
  oras logout localhost:5000

Example - Remove them from a custom credentials file:
  oras logout --registry-config path/to/config.json localhost:5000

Usage:
  oras logout [flags] <registry>

Flags:
  -d, --debug                         debug mode
  -h, --help                          help for logout
      --registry-config stringArray   auth config path
"#, false),
        ["attach"] => (r#"[Preview] Attach files to an existing artifact

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

Usage:
  oras attach [flags] --artifact-type=<type> <name>{:<tag>|@<digest>} {<file>[:<layer_media_type>]|--annotation <key>=<value>} [...]

Flags:
  -a, --annotation stringArray                      manifest annotations
      --annotation-file string                      path of the annotation file
      --artifact-type string                        artifact type
      --ca-file string                              server certificate authority file for the remote registry
      --cert-file string                            client certificate file for the remote registry
      --chunk-size size                             upload blobs in chunks of this size (e.g. 4MiB, 512KiB, 1048576) for registries or proxies that refuse large uploads; also ORAS_CHUNK_SIZE. Without it, an upload refused with 413 is retried in chunks automatically
      --concurrency int                             concurrency level (default 5)
  -d, --debug                                       output debug logs (implies --no-tty)
      --disable-path-validation                     skip path validation
      --distribution-spec string                    [Preview] set OCI distribution spec version and API option for target. Options: v1.1-referrers-tag, v1.1-referrers-api
      --export-manifest path                        path of the pushed manifest
      --format string                               [Experimental] format output using a custom template:
                                                    'json':         Print in JSON format
                                                    'go-template':  Print output using the given Go template
                                                    'text':         Print in text format (default "text")
  -H, --header stringArray                          add custom headers to requests
  -h, --help                                        help for attach
      --identity-token string                       registry identity token
      --identity-token-stdin                        read identity token from stdin
      --idle-timeout duration                       retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT
      --insecure                                    allow connections to SSL registry without certs
      --key-file string                             client private key file for the remote registry
      --no-tty                                      [Preview] disable progress bars
      --oci-layout                                  set target as an OCI image layout
      --oci-layout-path string                      [Experimental] set the path for the OCI image layout target
  -p, --password string                             registry password or identity token
      --password-stdin                              read password from stdin
      --plain-http                                  allow insecure connections to registry without SSL check
      --platform os[/arch][/variant][:os_version]   [Preview] attach to an arch-specific subject in the form of os[/arch][/variant][:os_version]
      --registry-config path                        path of the authentication file for registry
      --resolve host:port:address[:address_port]    customized DNS for registry, formatted in host:port:address[:address_port]
      --stdin-media-type string                     media type of the layer read from stdin (default: application/vnd.oci.image.layer.v1.tar)
      --stdin-name string                           title (file name) of the layer read from stdin with the file argument "-" (default "stdin")
      --stdin-size int                              exact size in bytes of the layer read from stdin; a shorter or longer stdin fails the push before any manifest is written
      --template string                             [Experimental] template string used to format output
  -u, --username string                             registry username
"#, false),
        ["discover"] => (r#"[Preview] Discover referrers of a manifest in a registry or an OCI image layout

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

Usage:
  oras discover [flags] <name>{:<tag>|@<digest>}

Flags:
      --artifact-type string                        artifact type
      --ca-file string                              server certificate authority file for the remote registry
      --cert-file string                            client certificate file for the remote registry
  -d, --debug                                       output debug logs (implies --no-tty)
      --depth int                                   [Experimental] depth of referrers to discover, 0 means unlimited
      --distribution-spec string                    [Preview] set OCI distribution spec version and API option for target. Options: v1.1-referrers-tag, v1.1-referrers-api
      --format string                               [Experimental] format output using a custom template:
                                                    'table':        Get direct referrers and output in table format
                                                    'json':         Get direct referrers and output in JSON format
                                                    'go-template':  Print direct referrers using the given Go template
                                                    'tree':         Get referrers recursively and print in tree format (default "tree")
  -H, --header stringArray                          add custom headers to requests
  -h, --help                                        help for discover
      --identity-token string                       registry identity token
      --identity-token-stdin                        read identity token from stdin
      --idle-timeout duration                       retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT
      --insecure                                    allow connections to SSL registry without certs
      --key-file string                             client private key file for the remote registry
      --no-tty                                      [Preview] disable colors
      --oci-layout                                  set target as an OCI image layout
      --oci-layout-path string                      [Experimental] set the path for the OCI image layout target
  -o, --output string                               [Deprecated] format in which to display referrers (table, json, or tree). tree format will also show indirect referrers (default "tree")
  -p, --password string                             registry password or identity token
      --password-stdin                              read password from stdin
      --plain-http                                  allow insecure connections to registry without SSL check
      --platform os[/arch][/variant][:os_version]   request platform in the form of os[/arch][/variant][:os_version]
      --registry-config path                        path of the authentication file for registry
      --resolve host:port:address[:address_port]    customized DNS for registry, formatted in host:port:address[:address_port]
      --template string                             [Experimental] template string used to format output
  -u, --username string                             registry username
"#, false),
        ["backup"] => (r#"[Experimental] Back up artifacts from a registry into an OCI image layout

Saves the tagged artifacts of a repository, or the listed tags only, as an OCI image
layout directory, or as a tar archive of one when the output path ends in ".tar".

Example - Back up every tag of "hello" into the directory "hello-backup":
  oras backup --output hello-backup localhost:5000/hello

Example - Back up the tags "v1" and "v2" into the archive "hello.tar":
  oras backup --output hello.tar localhost:5000/hello:v1,v2

Example - Back up "hello:v1" together with the artifacts referring to it:
  oras backup --output hello-backup --include-referrers localhost:5000/hello:v1

Usage:
  oras backup [flags] --output <path> <registry>/<repository>[:<ref1>[,<ref2>...]]

Flags:
      --ca-file string                              server certificate authority file for the remote registry
      --cert-file string                            client certificate file for the remote registry
      --concurrency int                             concurrency level (default 3)
  -d, --debug                                       output debug logs (implies --no-tty)
      --distribution-spec string                    [Preview] set OCI distribution spec version and API option for target. Options: v1.1-referrers-tag, v1.1-referrers-api
  -H, --header stringArray                          add custom headers to requests
  -h, --help                                        help for backup
      --identity-token string                       registry identity token
      --identity-token-stdin                        read identity token from stdin
      --idle-timeout duration                       retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT
      --include-referrers                           back up the artifact with its referrers (e.g., attestations, SBOMs)
      --insecure                                    allow connections to SSL registry without certs
      --key-file string                             client private key file for the remote registry
      --no-tty                                      [Preview] disable progress bars
  -o, --output string                               path to the target output, either a tar archive (*.tar) or a directory
  -p, --password string                             registry password or identity token
      --password-stdin                              read password from stdin
      --plain-http                                  allow insecure connections to registry without SSL check
      --platform os[/arch][/variant][:os_version]   back up only this platform of each tag (os[/arch][/variant][:os_version]); a comma-separated list or `*` wildcards keep the matching manifests and an index of just them under the tag
      --registry-config path                        path of the authentication file for registry
      --resolve host:port:address[:address_port]    customized DNS for registry, formatted in host:port:address[:address_port]
  -u, --username string                             registry username
"#, false),
        ["restore"] => (r#"[Experimental] Restore artifacts to a registry from an OCI image layout

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

Usage:
  oras restore [flags] --input <path> <registry>/<repository>[:<ref1>[,<ref2>...]]

Flags:
      --ca-file string                             server certificate authority file for the remote registry
      --cert-file string                           client certificate file for the remote registry
      --concurrency int                            concurrency level (default 5)
  -d, --debug                                      output debug logs (implies --no-tty)
      --distribution-spec string                   [Preview] set OCI distribution spec version and API option for target. Options: v1.1-referrers-tag, v1.1-referrers-api
      --dry-run                                    simulate the restore process without actually uploading any artifacts
      --exclude-referrers                          restore artifacts excluding their referrers
  -H, --header stringArray                         add custom headers to requests
  -h, --help                                       help for restore
      --identity-token string                      registry identity token
      --identity-token-stdin                       read identity token from stdin
      --idle-timeout duration                      retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT
      --input string                               path to the OCI layout, either a tar archive (*.tar) or a directory
      --insecure                                   allow connections to SSL registry without certs
      --key-file string                            client private key file for the remote registry
      --no-tty                                     [Preview] disable progress bars
  -p, --password string                            registry password or identity token
      --password-stdin                             read password from stdin
      --plain-http                                 allow insecure connections to registry without SSL check
      --registry-config path                       path of the authentication file for registry
      --resolve host:port:address[:address_port]   customized DNS for registry, formatted in host:port:address[:address_port]
  -u, --username string                            registry username
"#, false),
        ["completion"] => (r#"Generate the autocompletion script of oras for the specified shell.
The help of each sub-command tells how to load the script it prints.

Usage:
  oras completion [command]

Available Commands:
  bash        Generate the autocompletion script for bash
  fish        Generate the autocompletion script for fish
  powershell  Generate the autocompletion script for powershell
  zsh         Generate the autocompletion script for zsh

Flags:
  -h, --help   help for completion

Use "oras completion [command] --help" for more information about a command.
"#, true),
        ["completion", "bash"] => (r#"Generate the autocompletion script for the bash shell.

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

Usage:
  oras completion bash

Flags:
  -h, --help              help for bash
      --no-descriptions   disable completion descriptions
"#, false),
        ["completion", "zsh"] => (r#"Generate the autocompletion script for the zsh shell.

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

Usage:
  oras completion zsh

Flags:
  -h, --help              help for zsh
      --no-descriptions   disable completion descriptions
"#, false),
        ["completion", "fish"] => (r#"Generate the autocompletion script for the fish shell.

Load the completions in the current shell session:

	oras completion fish | source

Load them in every new session:

	oras completion fish > ~/.config/fish/completions/oras.fish

Start a new shell for the setup to take effect.

Usage:
  oras completion fish

Flags:
  -h, --help              help for fish
      --no-descriptions   disable completion descriptions
"#, false),
        ["completion", "powershell"] => (r#"Generate the autocompletion script for powershell.

Load the completions in the current shell session:

	oras completion powershell | Out-String | Invoke-Expression

To load them in every new session, add the output of the command above
to your powershell profile.

Usage:
  oras completion powershell

Flags:
  -h, --help              help for powershell
      --no-descriptions   disable completion descriptions
"#, false),
        ["help"] => (r#"Help shows the help text of any command.
Type oras help [path to command] to read all about it.

Usage:
  oras help [command] [flags]

Flags:
  -h, --help   help for help
"#, false),
        _ => return None,
    })
}
