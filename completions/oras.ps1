
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'oras' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'oras'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'oras' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Push files to a registry or an OCI image layout')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Pull files from a registry or an OCI image layout')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Show the oras version information')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, '[Preview] Resolves digest of the target artifact')
            [CompletionResult]::new('digest', 'digest', [CompletionResultType]::ParameterValue, '[Preview] Resolves digest of the target artifact')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Tag a manifest in a registry or an OCI image layout')
            [CompletionResult]::new('repo', 'repo', [CompletionResultType]::ParameterValue, 'Repository operations')
            [CompletionResult]::new('repository', 'repository', [CompletionResultType]::ParameterValue, 'Repository operations')
            [CompletionResult]::new('manifest', 'manifest', [CompletionResultType]::ParameterValue, 'Manifest operations')
            [CompletionResult]::new('blob', 'blob', [CompletionResultType]::ParameterValue, 'Blob operations')
            [CompletionResult]::new('cp', 'cp', [CompletionResultType]::ParameterValue, 'Copy artifacts from one target to another')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy artifacts from one target to another')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in to a remote registry')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Log out from a remote registry')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, '[Preview] Attach files to an existing artifact')
            [CompletionResult]::new('discover', 'discover', [CompletionResultType]::ParameterValue, '[Preview] Discover referrers of a manifest in a registry or an OCI image layout')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, '[Experimental] Back up artifacts from a registry into an OCI image layout')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, '[Experimental] Restore artifacts to a registry from an OCI image layout')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for the specified shell')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oras;push' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'path of image config file')
            [CompletionResult]::new('--artifact-type', '--artifact-type', [CompletionResultType]::ParameterName, 'artifact type')
            [CompletionResult]::new('--artifact-platform', '--artifact-platform', [CompletionResultType]::ParameterName, '[Experimental] set artifact platform in the form of `os[/arch][/variant][:os_version]`')
            [CompletionResult]::new('--image-spec', '--image-spec', [CompletionResultType]::ParameterName, '[Preview] specify manifest type for building artifact. Options: v1.1, v1.0 (default v1.1, overridden to v1.0 if --config is used without --artifact-type)')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'manifest annotations')
            [CompletionResult]::new('--annotation', '--annotation', [CompletionResultType]::ParameterName, 'manifest annotations')
            [CompletionResult]::new('--annotation-file', '--annotation-file', [CompletionResultType]::ParameterName, 'path of the annotation file')
            [CompletionResult]::new('--export-manifest', '--export-manifest', [CompletionResultType]::ParameterName, 'path of the pushed manifest')
            [CompletionResult]::new('--stdin-name', '--stdin-name', [CompletionResultType]::ParameterName, 'title (file name) of the layer read from stdin with the file argument "-"')
            [CompletionResult]::new('--stdin-media-type', '--stdin-media-type', [CompletionResultType]::ParameterName, 'media type of the layer read from stdin (default: application/vnd.oci.image.layer.v1.tar)')
            [CompletionResult]::new('--stdin-size', '--stdin-size', [CompletionResultType]::ParameterName, 'exact size in bytes of the layer read from stdin; a shorter or longer stdin fails the push before any manifest is written')
            [CompletionResult]::new('--chunk-size', '--chunk-size', [CompletionResultType]::ParameterName, 'upload blobs in chunks of this size (e.g. 4MiB, 512KiB, 1048576) for registries or proxies that refuse large uploads; also ORAS_CHUNK_SIZE. Without it, an upload refused with 413 is retried in chunks automatically')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'concurrency level')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '[Experimental] Format output using a custom template: ''text'': Print in text format; ''json'': Print in JSON format; ''go-template'': Print output using the given Go template')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, '[Experimental] template string used to format output')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('--oci-layout-path', '--oci-layout-path', [CompletionResultType]::ParameterName, '[Experimental] set the path for the OCI image layout target')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--disable-path-validation', '--disable-path-validation', [CompletionResultType]::ParameterName, 'skip path validation')
            [CompletionResult]::new('--reproducible', '--reproducible', [CompletionResultType]::ParameterName, '[Experimental] byte-identical pushes: the created annotation is pinned (SOURCE_DATE_EPOCH, else 1970-01-01T00:00:00Z) and directory tarballs are normalised (sorted entries, uid/gid 0, no owner names, modes 0644/0755, mtimes clamped to SOURCE_DATE_EPOCH or zeroed, fixed gzip header and level); a set SOURCE_DATE_EPOCH (whole seconds) implies this flag')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('--oci-layout', '--oci-layout', [CompletionResultType]::ParameterName, 'set target as an OCI image layout')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;pull' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'output directory; "-" writes the artifact to stdout (the single titled file as is, several files as a tar stream) and prints no status')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'output directory; "-" writes the artifact to stdout (the single titled file as is, several files as a tar stream) and prints no status')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'output manifest config file')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'request platform in the form of `os[/arch][/variant][:os_version]`; a comma-separated list or `*` wildcards (e.g. `linux/amd64,linux/arm64`, `linux/*`) pull each matching platform into its own folder `<output>/<os>_<arch>[_<variant>]`')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'concurrency level')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '[Experimental] Format output using a custom template: ''text'': Print in text format; ''json'': Print in JSON format; ''go-template'': Print output using the given Go template')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, '[Experimental] template string used to format output')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('--oci-layout-path', '--oci-layout-path', [CompletionResultType]::ParameterName, '[Experimental] set the path for the OCI image layout target')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'do not replace existing files when pulling, treat them as errors')
            [CompletionResult]::new('--keep-old-files', '--keep-old-files', [CompletionResultType]::ParameterName, 'do not replace existing files when pulling, treat them as errors')
            [CompletionResult]::new('-T', '-T ', [CompletionResultType]::ParameterName, 'allow storing files out of the output directory')
            [CompletionResult]::new('--allow-path-traversal', '--allow-path-traversal', [CompletionResultType]::ParameterName, 'allow storing files out of the output directory')
            [CompletionResult]::new('--include-subject', '--include-subject', [CompletionResultType]::ParameterName, '[Preview] recursively pull the subject of artifacts')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('--oci-layout', '--oci-layout', [CompletionResultType]::ParameterName, 'set target as an OCI image layout')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;version' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;resolve' {
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'request platform in the form of `os[/arch][/variant][:os_version]`')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('--oci-layout-path', '--oci-layout-path', [CompletionResultType]::ParameterName, '[Experimental] set the path for the OCI image layout target')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'print the full artifact reference with digest')
            [CompletionResult]::new('--full-reference', '--full-reference', [CompletionResultType]::ParameterName, 'print the full artifact reference with digest')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('--oci-layout', '--oci-layout', [CompletionResultType]::ParameterName, 'set target as an OCI image layout')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;digest' {
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'request platform in the form of `os[/arch][/variant][:os_version]`')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('--oci-layout-path', '--oci-layout-path', [CompletionResultType]::ParameterName, '[Experimental] set the path for the OCI image layout target')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'print the full artifact reference with digest')
            [CompletionResult]::new('--full-reference', '--full-reference', [CompletionResultType]::ParameterName, 'print the full artifact reference with digest')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('--oci-layout', '--oci-layout', [CompletionResultType]::ParameterName, 'set target as an OCI image layout')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;tag' {
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'concurrency level')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('--oci-layout-path', '--oci-layout-path', [CompletionResultType]::ParameterName, '[Experimental] set the path for the OCI image layout target')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('--oci-layout', '--oci-layout', [CompletionResultType]::ParameterName, 'set target as an OCI image layout')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;repo' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the repositories under the registry')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the repositories under the registry')
            [CompletionResult]::new('tags', 'tags', [CompletionResultType]::ParameterValue, 'Show tags of the target repository')
            [CompletionResult]::new('show-tags', 'show-tags', [CompletionResultType]::ParameterValue, 'Show tags of the target repository')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oras;repository' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the repositories under the registry')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the repositories under the registry')
            [CompletionResult]::new('tags', 'tags', [CompletionResultType]::ParameterValue, 'Show tags of the target repository')
            [CompletionResult]::new('show-tags', 'show-tags', [CompletionResultType]::ParameterValue, 'Show tags of the target repository')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oras;repo;ls' {
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'start after the repository specified by `last`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '[Experimental] Format output using a custom template: ''text'': Print in text format; ''json'': Print in JSON format; ''go-template'': Print output using the given Go template')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, '[Experimental] template string used to format output')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;repo;list' {
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'start after the repository specified by `last`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '[Experimental] Format output using a custom template: ''text'': Print in text format; ''json'': Print in JSON format; ''go-template'': Print output using the given Go template')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, '[Experimental] template string used to format output')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;repository;ls' {
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'start after the repository specified by `last`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '[Experimental] Format output using a custom template: ''text'': Print in text format; ''json'': Print in JSON format; ''go-template'': Print output using the given Go template')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, '[Experimental] template string used to format output')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;repository;list' {
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'start after the repository specified by `last`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '[Experimental] Format output using a custom template: ''text'': Print in text format; ''json'': Print in JSON format; ''go-template'': Print output using the given Go template')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, '[Experimental] template string used to format output')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;repo;tags' {
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'start after the tag specified by `last`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '[Experimental] Format output using a custom template: ''text'': Print in text format; ''json'': Print in JSON format; ''go-template'': Print output using the given Go template')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, '[Experimental] template string used to format output')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('--oci-layout-path', '--oci-layout-path', [CompletionResultType]::ParameterName, '[Experimental] set the path for the OCI image layout target')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--exclude-digest-tags', '--exclude-digest-tags', [CompletionResultType]::ParameterName, '[Preview] exclude all digest-like tags such as ''sha256-aaaa...''')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('--oci-layout', '--oci-layout', [CompletionResultType]::ParameterName, 'set target as an OCI image layout')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;repo;show-tags' {
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'start after the tag specified by `last`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '[Experimental] Format output using a custom template: ''text'': Print in text format; ''json'': Print in JSON format; ''go-template'': Print output using the given Go template')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, '[Experimental] template string used to format output')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('--oci-layout-path', '--oci-layout-path', [CompletionResultType]::ParameterName, '[Experimental] set the path for the OCI image layout target')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--exclude-digest-tags', '--exclude-digest-tags', [CompletionResultType]::ParameterName, '[Preview] exclude all digest-like tags such as ''sha256-aaaa...''')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('--oci-layout', '--oci-layout', [CompletionResultType]::ParameterName, 'set target as an OCI image layout')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;repository;tags' {
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'start after the tag specified by `last`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '[Experimental] Format output using a custom template: ''text'': Print in text format; ''json'': Print in JSON format; ''go-template'': Print output using the given Go template')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, '[Experimental] template string used to format output')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('--oci-layout-path', '--oci-layout-path', [CompletionResultType]::ParameterName, '[Experimental] set the path for the OCI image layout target')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--exclude-digest-tags', '--exclude-digest-tags', [CompletionResultType]::ParameterName, '[Preview] exclude all digest-like tags such as ''sha256-aaaa...''')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('--oci-layout', '--oci-layout', [CompletionResultType]::ParameterName, 'set target as an OCI image layout')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;repository;show-tags' {
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'start after the tag specified by `last`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '[Experimental] Format output using a custom template: ''text'': Print in text format; ''json'': Print in JSON format; ''go-template'': Print output using the given Go template')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, '[Experimental] template string used to format output')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('--oci-layout-path', '--oci-layout-path', [CompletionResultType]::ParameterName, '[Experimental] set the path for the OCI image layout target')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--exclude-digest-tags', '--exclude-digest-tags', [CompletionResultType]::ParameterName, '[Preview] exclude all digest-like tags such as ''sha256-aaaa...''')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('--oci-layout', '--oci-layout', [CompletionResultType]::ParameterName, 'set target as an OCI image layout')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;repo;help' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the repositories under the registry')
            [CompletionResult]::new('tags', 'tags', [CompletionResultType]::ParameterValue, 'Show tags of the target repository')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oras;repo;help;ls' {
            break
        }
        'oras;repo;help;tags' {
            break
        }
        'oras;repo;help;help' {
            break
        }
        'oras;repository;help' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the repositories under the registry')
            [CompletionResult]::new('tags', 'tags', [CompletionResultType]::ParameterValue, 'Show tags of the target repository')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oras;repository;help;ls' {
            break
        }
        'oras;repository;help;tags' {
            break
        }
        'oras;repository;help;help' {
            break
        }
        'oras;manifest' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('fetch', 'fetch', [CompletionResultType]::ParameterValue, 'Fetch manifest of the target artifact')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Fetch manifest of the target artifact')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Fetch manifest of the target artifact')
            [CompletionResult]::new('fetch-config', 'fetch-config', [CompletionResultType]::ParameterValue, 'Fetch the config of a manifest from a registry or an OCI image layout')
            [CompletionResult]::new('get-config', 'get-config', [CompletionResultType]::ParameterValue, 'Fetch the config of a manifest from a registry or an OCI image layout')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Push a manifest to a registry or an OCI image layout')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a manifest from remote registry')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a manifest from remote registry')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a manifest from remote registry')
            [CompletionResult]::new('index', 'index', [CompletionResultType]::ParameterValue, '[Experimental] Index operations')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oras;manifest;fetch' {
            [CompletionResult]::new('--media-type', '--media-type', [CompletionResultType]::ParameterName, 'accepted media types')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'file `path` to write the fetched manifest to, use - for stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'file `path` to write the fetched manifest to, use - for stdout')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'request platform in the form of `os[/arch][/variant][:os_version]`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '[Experimental] Format output using a custom template: ''text'': Print in text format; ''json'': Print in JSON format; ''go-template'': Print output using the given Go template')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, '[Experimental] template string used to format output')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('--oci-layout-path', '--oci-layout-path', [CompletionResultType]::ParameterName, '[Experimental] set the path for the OCI image layout target')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--descriptor', '--descriptor', [CompletionResultType]::ParameterName, 'output the descriptor')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'prettify JSON objects printed to stdout')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('--oci-layout', '--oci-layout', [CompletionResultType]::ParameterName, 'set target as an OCI image layout')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;manifest;get' {
            [CompletionResult]::new('--media-type', '--media-type', [CompletionResultType]::ParameterName, 'accepted media types')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'file `path` to write the fetched manifest to, use - for stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'file `path` to write the fetched manifest to, use - for stdout')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'request platform in the form of `os[/arch][/variant][:os_version]`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '[Experimental] Format output using a custom template: ''text'': Print in text format; ''json'': Print in JSON format; ''go-template'': Print output using the given Go template')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, '[Experimental] template string used to format output')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('--oci-layout-path', '--oci-layout-path', [CompletionResultType]::ParameterName, '[Experimental] set the path for the OCI image layout target')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--descriptor', '--descriptor', [CompletionResultType]::ParameterName, 'output the descriptor')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'prettify JSON objects printed to stdout')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('--oci-layout', '--oci-layout', [CompletionResultType]::ParameterName, 'set target as an OCI image layout')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;manifest;show' {
            [CompletionResult]::new('--media-type', '--media-type', [CompletionResultType]::ParameterName, 'accepted media types')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'file `path` to write the fetched manifest to, use - for stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'file `path` to write the fetched manifest to, use - for stdout')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'request platform in the form of `os[/arch][/variant][:os_version]`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '[Experimental] Format output using a custom template: ''text'': Print in text format; ''json'': Print in JSON format; ''go-template'': Print output using the given Go template')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, '[Experimental] template string used to format output')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('--oci-layout-path', '--oci-layout-path', [CompletionResultType]::ParameterName, '[Experimental] set the path for the OCI image layout target')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--descriptor', '--descriptor', [CompletionResultType]::ParameterName, 'output the descriptor')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'prettify JSON objects printed to stdout')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('--oci-layout', '--oci-layout', [CompletionResultType]::ParameterName, 'set target as an OCI image layout')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;manifest;fetch-config' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'file `path` to write the fetched config to, use - for stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'file `path` to write the fetched config to, use - for stdout')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'request platform in the form of `os[/arch][/variant][:os_version]`')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('--oci-layout-path', '--oci-layout-path', [CompletionResultType]::ParameterName, '[Experimental] set the path for the OCI image layout target')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--descriptor', '--descriptor', [CompletionResultType]::ParameterName, 'output the descriptor')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'prettify JSON objects printed to stdout')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('--oci-layout', '--oci-layout', [CompletionResultType]::ParameterName, 'set target as an OCI image layout')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;manifest;get-config' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'file `path` to write the fetched config to, use - for stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'file `path` to write the fetched config to, use - for stdout')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'request platform in the form of `os[/arch][/variant][:os_version]`')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('--oci-layout-path', '--oci-layout-path', [CompletionResultType]::ParameterName, '[Experimental] set the path for the OCI image layout target')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--descriptor', '--descriptor', [CompletionResultType]::ParameterName, 'output the descriptor')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'prettify JSON objects printed to stdout')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('--oci-layout', '--oci-layout', [CompletionResultType]::ParameterName, 'set target as an OCI image layout')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;manifest;push' {
            [CompletionResult]::new('--media-type', '--media-type', [CompletionResultType]::ParameterName, 'media type of manifest')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'concurrency level')
            [CompletionResult]::new('--distribution-spec', '--distribution-spec', [CompletionResultType]::ParameterName, '[Preview] set OCI distribution spec version and API option for target. Options: v1.1-referrers-tag, v1.1-referrers-api')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('--oci-layout-path', '--oci-layout-path', [CompletionResultType]::ParameterName, '[Experimental] set the path for the OCI image layout target')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--descriptor', '--descriptor', [CompletionResultType]::ParameterName, 'output the descriptor')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'prettify JSON objects printed to stdout')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('--oci-layout', '--oci-layout', [CompletionResultType]::ParameterName, 'set target as an OCI image layout')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;manifest;delete' {
            [CompletionResult]::new('--distribution-spec', '--distribution-spec', [CompletionResultType]::ParameterName, '[Preview] set OCI distribution spec version and API option for target. Options: v1.1-referrers-tag, v1.1-referrers-api')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('--oci-layout-path', '--oci-layout-path', [CompletionResultType]::ParameterName, '[Experimental] set the path for the OCI image layout target')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'ignore nonexistent references, never prompt')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'ignore nonexistent references, never prompt')
            [CompletionResult]::new('--descriptor', '--descriptor', [CompletionResultType]::ParameterName, 'output the descriptor')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'prettify JSON objects printed to stdout')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('--oci-layout', '--oci-layout', [CompletionResultType]::ParameterName, 'set target as an OCI image layout')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;manifest;remove' {
            [CompletionResult]::new('--distribution-spec', '--distribution-spec', [CompletionResultType]::ParameterName, '[Preview] set OCI distribution spec version and API option for target. Options: v1.1-referrers-tag, v1.1-referrers-api')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('--oci-layout-path', '--oci-layout-path', [CompletionResultType]::ParameterName, '[Experimental] set the path for the OCI image layout target')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'ignore nonexistent references, never prompt')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'ignore nonexistent references, never prompt')
            [CompletionResult]::new('--descriptor', '--descriptor', [CompletionResultType]::ParameterName, 'output the descriptor')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'prettify JSON objects printed to stdout')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('--oci-layout', '--oci-layout', [CompletionResultType]::ParameterName, 'set target as an OCI image layout')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;manifest;rm' {
            [CompletionResult]::new('--distribution-spec', '--distribution-spec', [CompletionResultType]::ParameterName, '[Preview] set OCI distribution spec version and API option for target. Options: v1.1-referrers-tag, v1.1-referrers-api')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('--oci-layout-path', '--oci-layout-path', [CompletionResultType]::ParameterName, '[Experimental] set the path for the OCI image layout target')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'ignore nonexistent references, never prompt')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'ignore nonexistent references, never prompt')
            [CompletionResult]::new('--descriptor', '--descriptor', [CompletionResultType]::ParameterName, 'output the descriptor')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'prettify JSON objects printed to stdout')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('--oci-layout', '--oci-layout', [CompletionResultType]::ParameterName, 'set target as an OCI image layout')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;manifest;index' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, '[Experimental] Create and push an index from provided manifests')
            [CompletionResult]::new('pack', 'pack', [CompletionResultType]::ParameterValue, '[Experimental] Create and push an index from provided manifests')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, '[Experimental] Update and push an image index')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oras;manifest;index;create' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'manifest annotations')
            [CompletionResult]::new('--annotation', '--annotation', [CompletionResultType]::ParameterName, 'manifest annotations')
            [CompletionResult]::new('--artifact-type', '--artifact-type', [CompletionResultType]::ParameterName, 'index artifact type')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'file `path` to write the created index to, use - for stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'file `path` to write the created index to, use - for stdout')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('--oci-layout-path', '--oci-layout-path', [CompletionResultType]::ParameterName, '[Experimental] set the path for the OCI image layout target')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'prettify JSON objects printed to stdout')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('--oci-layout', '--oci-layout', [CompletionResultType]::ParameterName, 'set target as an OCI image layout')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;manifest;index;pack' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'manifest annotations')
            [CompletionResult]::new('--annotation', '--annotation', [CompletionResultType]::ParameterName, 'manifest annotations')
            [CompletionResult]::new('--artifact-type', '--artifact-type', [CompletionResultType]::ParameterName, 'index artifact type')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'file `path` to write the created index to, use - for stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'file `path` to write the created index to, use - for stdout')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('--oci-layout-path', '--oci-layout-path', [CompletionResultType]::ParameterName, '[Experimental] set the path for the OCI image layout target')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'prettify JSON objects printed to stdout')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('--oci-layout', '--oci-layout', [CompletionResultType]::ParameterName, 'set target as an OCI image layout')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;manifest;index;update' {
            [CompletionResult]::new('--add', '--add', [CompletionResultType]::ParameterName, 'manifests to add to the index')
            [CompletionResult]::new('--merge', '--merge', [CompletionResultType]::ParameterName, 'indexes to be merged into the index')
            [CompletionResult]::new('--remove', '--remove', [CompletionResultType]::ParameterName, 'manifests to remove from the index, must be digests')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'extra tags for the updated index')
            [CompletionResult]::new('--artifact-type', '--artifact-type', [CompletionResultType]::ParameterName, 'index artifact type')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'file `path` to write the created index to, use - for stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'file `path` to write the created index to, use - for stdout')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('--oci-layout-path', '--oci-layout-path', [CompletionResultType]::ParameterName, '[Experimental] set the path for the OCI image layout target')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'prettify JSON objects printed to stdout')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('--oci-layout', '--oci-layout', [CompletionResultType]::ParameterName, 'set target as an OCI image layout')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;manifest;index;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, '[Experimental] Create and push an index from provided manifests')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, '[Experimental] Update and push an image index')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oras;manifest;index;help;create' {
            break
        }
        'oras;manifest;index;help;update' {
            break
        }
        'oras;manifest;index;help;help' {
            break
        }
        'oras;manifest;help' {
            [CompletionResult]::new('fetch', 'fetch', [CompletionResultType]::ParameterValue, 'Fetch manifest of the target artifact')
            [CompletionResult]::new('fetch-config', 'fetch-config', [CompletionResultType]::ParameterValue, 'Fetch the config of a manifest from a registry or an OCI image layout')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Push a manifest to a registry or an OCI image layout')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a manifest from remote registry')
            [CompletionResult]::new('index', 'index', [CompletionResultType]::ParameterValue, '[Experimental] Index operations')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oras;manifest;help;fetch' {
            break
        }
        'oras;manifest;help;fetch-config' {
            break
        }
        'oras;manifest;help;push' {
            break
        }
        'oras;manifest;help;delete' {
            break
        }
        'oras;manifest;help;index' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, '[Experimental] Create and push an index from provided manifests')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, '[Experimental] Update and push an image index')
            break
        }
        'oras;manifest;help;index;create' {
            break
        }
        'oras;manifest;help;index;update' {
            break
        }
        'oras;manifest;help;help' {
            break
        }
        'oras;blob' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('fetch', 'fetch', [CompletionResultType]::ParameterValue, 'Fetch a blob from a registry or an OCI image layout')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Fetch a blob from a registry or an OCI image layout')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Push a blob to a registry or an OCI image layout')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a blob from a remote registry')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a blob from a remote registry')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a blob from a remote registry')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oras;blob;fetch' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'output file `path`, use - for stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'output file `path`, use - for stdout')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('--oci-layout-path', '--oci-layout-path', [CompletionResultType]::ParameterName, '[Experimental] set the path for the OCI image layout target')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--descriptor', '--descriptor', [CompletionResultType]::ParameterName, 'output the descriptor')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'prettify JSON objects printed to stdout')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('--oci-layout', '--oci-layout', [CompletionResultType]::ParameterName, 'set target as an OCI image layout')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;blob;get' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'output file `path`, use - for stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'output file `path`, use - for stdout')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('--oci-layout-path', '--oci-layout-path', [CompletionResultType]::ParameterName, '[Experimental] set the path for the OCI image layout target')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--descriptor', '--descriptor', [CompletionResultType]::ParameterName, 'output the descriptor')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'prettify JSON objects printed to stdout')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('--oci-layout', '--oci-layout', [CompletionResultType]::ParameterName, 'set target as an OCI image layout')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;blob;push' {
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'provide the blob size')
            [CompletionResult]::new('--media-type', '--media-type', [CompletionResultType]::ParameterName, 'specify the returned media type in the descriptor if --descriptor is used')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('--oci-layout-path', '--oci-layout-path', [CompletionResultType]::ParameterName, '[Experimental] set the path for the OCI image layout target')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--descriptor', '--descriptor', [CompletionResultType]::ParameterName, 'output the descriptor')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'prettify JSON objects printed to stdout')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('--oci-layout', '--oci-layout', [CompletionResultType]::ParameterName, 'set target as an OCI image layout')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;blob;delete' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('--oci-layout-path', '--oci-layout-path', [CompletionResultType]::ParameterName, '[Experimental] set the path for the OCI image layout target')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'ignore nonexistent references, never prompt')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'ignore nonexistent references, never prompt')
            [CompletionResult]::new('--descriptor', '--descriptor', [CompletionResultType]::ParameterName, 'output the descriptor')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'prettify JSON objects printed to stdout')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('--oci-layout', '--oci-layout', [CompletionResultType]::ParameterName, 'set target as an OCI image layout')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;blob;remove' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('--oci-layout-path', '--oci-layout-path', [CompletionResultType]::ParameterName, '[Experimental] set the path for the OCI image layout target')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'ignore nonexistent references, never prompt')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'ignore nonexistent references, never prompt')
            [CompletionResult]::new('--descriptor', '--descriptor', [CompletionResultType]::ParameterName, 'output the descriptor')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'prettify JSON objects printed to stdout')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('--oci-layout', '--oci-layout', [CompletionResultType]::ParameterName, 'set target as an OCI image layout')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;blob;rm' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('--oci-layout-path', '--oci-layout-path', [CompletionResultType]::ParameterName, '[Experimental] set the path for the OCI image layout target')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'ignore nonexistent references, never prompt')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'ignore nonexistent references, never prompt')
            [CompletionResult]::new('--descriptor', '--descriptor', [CompletionResultType]::ParameterName, 'output the descriptor')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'prettify JSON objects printed to stdout')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('--oci-layout', '--oci-layout', [CompletionResultType]::ParameterName, 'set target as an OCI image layout')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;blob;help' {
            [CompletionResult]::new('fetch', 'fetch', [CompletionResultType]::ParameterValue, 'Fetch a blob from a registry or an OCI image layout')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Push a blob to a registry or an OCI image layout')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a blob from a remote registry')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oras;blob;help;fetch' {
            break
        }
        'oras;blob;help;push' {
            break
        }
        'oras;blob;help;delete' {
            break
        }
        'oras;blob;help;help' {
            break
        }
        'oras;cp' {
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'concurrency level')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'request platform in the form of `os[/arch][/variant][:os_version]`; a comma-separated list or `*` wildcards (e.g. `linux/amd64,linux/arm64`, `linux/*`) copy the matching manifests and a new index of just them')
            [CompletionResult]::new('--from-username', '--from-username', [CompletionResultType]::ParameterName, 'source registry username')
            [CompletionResult]::new('--from-password', '--from-password', [CompletionResultType]::ParameterName, 'source registry password or identity token')
            [CompletionResult]::new('--from-identity-token', '--from-identity-token', [CompletionResultType]::ParameterName, 'source registry identity token')
            [CompletionResult]::new('--from-plain-http', '--from-plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to source registry without SSL check')
            [CompletionResult]::new('--from-ca-file', '--from-ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote source registry')
            [CompletionResult]::new('--from-cert-file', '--from-cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote source registry')
            [CompletionResult]::new('--from-key-file', '--from-key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote source registry')
            [CompletionResult]::new('--from-registry-config', '--from-registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for source registry')
            [CompletionResult]::new('--from-resolve', '--from-resolve', [CompletionResultType]::ParameterName, 'customized DNS for source registry, formatted in host:port:address[:address_port]')
            [CompletionResult]::new('--from-header', '--from-header', [CompletionResultType]::ParameterName, 'add custom headers to source requests')
            [CompletionResult]::new('--from-oci-layout-path', '--from-oci-layout-path', [CompletionResultType]::ParameterName, '[Experimental] set the path for the OCI image layout source target')
            [CompletionResult]::new('--from-distribution-spec', '--from-distribution-spec', [CompletionResultType]::ParameterName, '[Preview] set OCI distribution spec version and API option for source target. Options: v1.1-referrers-tag, v1.1-referrers-api')
            [CompletionResult]::new('--to-username', '--to-username', [CompletionResultType]::ParameterName, 'destination registry username')
            [CompletionResult]::new('--to-password', '--to-password', [CompletionResultType]::ParameterName, 'destination registry password or identity token')
            [CompletionResult]::new('--to-identity-token', '--to-identity-token', [CompletionResultType]::ParameterName, 'destination registry identity token')
            [CompletionResult]::new('--to-plain-http', '--to-plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to destination registry without SSL check')
            [CompletionResult]::new('--to-ca-file', '--to-ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote destination registry')
            [CompletionResult]::new('--to-cert-file', '--to-cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote destination registry')
            [CompletionResult]::new('--to-key-file', '--to-key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote destination registry')
            [CompletionResult]::new('--to-registry-config', '--to-registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for destination registry')
            [CompletionResult]::new('--to-resolve', '--to-resolve', [CompletionResultType]::ParameterName, 'customized DNS for destination registry, formatted in host:port:address[:address_port]')
            [CompletionResult]::new('--to-header', '--to-header', [CompletionResultType]::ParameterName, 'add custom headers to destination requests')
            [CompletionResult]::new('--to-oci-layout-path', '--to-oci-layout-path', [CompletionResultType]::ParameterName, '[Experimental] set the path for the OCI image layout destination target')
            [CompletionResult]::new('--to-distribution-spec', '--to-distribution-spec', [CompletionResultType]::ParameterName, '[Preview] set OCI distribution spec version and API option for destination target. Options: v1.1-referrers-tag, v1.1-referrers-api')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'base DNS rules formatted in `host:port:address[:address_port]` for --from-resolve and --to-resolve')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for source and destination registries (read after --from-registry-config / --to-registry-config)')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, '[Preview] recursively copy the artifact and its referrer artifacts')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, '[Preview] recursively copy the artifact and its referrer artifacts')
            [CompletionResult]::new('--from-insecure', '--from-insecure', [CompletionResultType]::ParameterName, 'allow connections to source SSL registry without certs')
            [CompletionResult]::new('--from-oci-layout', '--from-oci-layout', [CompletionResultType]::ParameterName, 'set source target as an OCI image layout')
            [CompletionResult]::new('--to-insecure', '--to-insecure', [CompletionResultType]::ParameterName, 'allow connections to destination SSL registry without certs')
            [CompletionResult]::new('--to-oci-layout', '--to-oci-layout', [CompletionResultType]::ParameterName, 'set destination target as an OCI image layout')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;copy' {
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'concurrency level')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'request platform in the form of `os[/arch][/variant][:os_version]`; a comma-separated list or `*` wildcards (e.g. `linux/amd64,linux/arm64`, `linux/*`) copy the matching manifests and a new index of just them')
            [CompletionResult]::new('--from-username', '--from-username', [CompletionResultType]::ParameterName, 'source registry username')
            [CompletionResult]::new('--from-password', '--from-password', [CompletionResultType]::ParameterName, 'source registry password or identity token')
            [CompletionResult]::new('--from-identity-token', '--from-identity-token', [CompletionResultType]::ParameterName, 'source registry identity token')
            [CompletionResult]::new('--from-plain-http', '--from-plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to source registry without SSL check')
            [CompletionResult]::new('--from-ca-file', '--from-ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote source registry')
            [CompletionResult]::new('--from-cert-file', '--from-cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote source registry')
            [CompletionResult]::new('--from-key-file', '--from-key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote source registry')
            [CompletionResult]::new('--from-registry-config', '--from-registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for source registry')
            [CompletionResult]::new('--from-resolve', '--from-resolve', [CompletionResultType]::ParameterName, 'customized DNS for source registry, formatted in host:port:address[:address_port]')
            [CompletionResult]::new('--from-header', '--from-header', [CompletionResultType]::ParameterName, 'add custom headers to source requests')
            [CompletionResult]::new('--from-oci-layout-path', '--from-oci-layout-path', [CompletionResultType]::ParameterName, '[Experimental] set the path for the OCI image layout source target')
            [CompletionResult]::new('--from-distribution-spec', '--from-distribution-spec', [CompletionResultType]::ParameterName, '[Preview] set OCI distribution spec version and API option for source target. Options: v1.1-referrers-tag, v1.1-referrers-api')
            [CompletionResult]::new('--to-username', '--to-username', [CompletionResultType]::ParameterName, 'destination registry username')
            [CompletionResult]::new('--to-password', '--to-password', [CompletionResultType]::ParameterName, 'destination registry password or identity token')
            [CompletionResult]::new('--to-identity-token', '--to-identity-token', [CompletionResultType]::ParameterName, 'destination registry identity token')
            [CompletionResult]::new('--to-plain-http', '--to-plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to destination registry without SSL check')
            [CompletionResult]::new('--to-ca-file', '--to-ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote destination registry')
            [CompletionResult]::new('--to-cert-file', '--to-cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote destination registry')
            [CompletionResult]::new('--to-key-file', '--to-key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote destination registry')
            [CompletionResult]::new('--to-registry-config', '--to-registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for destination registry')
            [CompletionResult]::new('--to-resolve', '--to-resolve', [CompletionResultType]::ParameterName, 'customized DNS for destination registry, formatted in host:port:address[:address_port]')
            [CompletionResult]::new('--to-header', '--to-header', [CompletionResultType]::ParameterName, 'add custom headers to destination requests')
            [CompletionResult]::new('--to-oci-layout-path', '--to-oci-layout-path', [CompletionResultType]::ParameterName, '[Experimental] set the path for the OCI image layout destination target')
            [CompletionResult]::new('--to-distribution-spec', '--to-distribution-spec', [CompletionResultType]::ParameterName, '[Preview] set OCI distribution spec version and API option for destination target. Options: v1.1-referrers-tag, v1.1-referrers-api')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'base DNS rules formatted in `host:port:address[:address_port]` for --from-resolve and --to-resolve')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for source and destination registries (read after --from-registry-config / --to-registry-config)')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, '[Preview] recursively copy the artifact and its referrer artifacts')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, '[Preview] recursively copy the artifact and its referrer artifacts')
            [CompletionResult]::new('--from-insecure', '--from-insecure', [CompletionResultType]::ParameterName, 'allow connections to source SSL registry without certs')
            [CompletionResult]::new('--from-oci-layout', '--from-oci-layout', [CompletionResultType]::ParameterName, 'set source target as an OCI image layout')
            [CompletionResult]::new('--to-insecure', '--to-insecure', [CompletionResultType]::ParameterName, 'allow connections to destination SSL registry without certs')
            [CompletionResult]::new('--to-oci-layout', '--to-oci-layout', [CompletionResultType]::ParameterName, 'set destination target as an OCI image layout')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;login' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs (deprecated, no effect)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs (deprecated, no effect)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;logout' {
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'auth config path')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'debug mode')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'debug mode')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;attach' {
            [CompletionResult]::new('--artifact-type', '--artifact-type', [CompletionResultType]::ParameterName, 'artifact type')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'concurrency level')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, '[Preview] attach to an arch-specific subject in the form of `os[/arch][/variant][:os_version]`')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'manifest annotations')
            [CompletionResult]::new('--annotation', '--annotation', [CompletionResultType]::ParameterName, 'manifest annotations')
            [CompletionResult]::new('--annotation-file', '--annotation-file', [CompletionResultType]::ParameterName, 'path of the annotation file')
            [CompletionResult]::new('--export-manifest', '--export-manifest', [CompletionResultType]::ParameterName, 'path of the pushed manifest')
            [CompletionResult]::new('--stdin-name', '--stdin-name', [CompletionResultType]::ParameterName, 'title (file name) of the layer read from stdin with the file argument "-"')
            [CompletionResult]::new('--stdin-media-type', '--stdin-media-type', [CompletionResultType]::ParameterName, 'media type of the layer read from stdin (default: application/vnd.oci.image.layer.v1.tar)')
            [CompletionResult]::new('--stdin-size', '--stdin-size', [CompletionResultType]::ParameterName, 'exact size in bytes of the layer read from stdin; a shorter or longer stdin fails the push before any manifest is written')
            [CompletionResult]::new('--chunk-size', '--chunk-size', [CompletionResultType]::ParameterName, 'upload blobs in chunks of this size (e.g. 4MiB, 512KiB, 1048576) for registries or proxies that refuse large uploads; also ORAS_CHUNK_SIZE. Without it, an upload refused with 413 is retried in chunks automatically')
            [CompletionResult]::new('--distribution-spec', '--distribution-spec', [CompletionResultType]::ParameterName, '[Preview] set OCI distribution spec version and API option for target. Options: v1.1-referrers-tag, v1.1-referrers-api')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '[Experimental] Format output using a custom template: ''text'': Print in text format; ''json'': Print in JSON format; ''go-template'': Print output using the given Go template')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, '[Experimental] template string used to format output')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('--oci-layout-path', '--oci-layout-path', [CompletionResultType]::ParameterName, '[Experimental] set the path for the OCI image layout target')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--disable-path-validation', '--disable-path-validation', [CompletionResultType]::ParameterName, 'skip path validation')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('--oci-layout', '--oci-layout', [CompletionResultType]::ParameterName, 'set target as an OCI image layout')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;discover' {
            [CompletionResult]::new('--artifact-type', '--artifact-type', [CompletionResultType]::ParameterName, 'artifact type')
            [CompletionResult]::new('--depth', '--depth', [CompletionResultType]::ParameterName, '[Experimental] depth of referrers to discover, 0 means unlimited')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, '[Deprecated] format in which to display referrers (table, json, or tree). tree format will also show indirect referrers')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, '[Deprecated] format in which to display referrers (table, json, or tree). tree format will also show indirect referrers')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'request platform in the form of `os[/arch][/variant][:os_version]`')
            [CompletionResult]::new('--distribution-spec', '--distribution-spec', [CompletionResultType]::ParameterName, '[Preview] set OCI distribution spec version and API option for target. Options: v1.1-referrers-tag, v1.1-referrers-api')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '[Experimental] Format output using a custom template: ''text'': Print in text format; ''json'': Print in JSON format; ''go-template'': Print output using the given Go template')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, '[Experimental] template string used to format output')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('--oci-layout-path', '--oci-layout-path', [CompletionResultType]::ParameterName, '[Experimental] set the path for the OCI image layout target')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('--oci-layout', '--oci-layout', [CompletionResultType]::ParameterName, 'set target as an OCI image layout')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;backup' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'path to the target output, either a tar archive (*.tar) or a directory')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'path to the target output, either a tar archive (*.tar) or a directory')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'concurrency level')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'back up only this platform of each tag (`os[/arch][/variant][:os_version]`); a comma-separated list or `*` wildcards keep the matching manifests and an index of just them under the tag')
            [CompletionResult]::new('--distribution-spec', '--distribution-spec', [CompletionResultType]::ParameterName, '[Preview] set OCI distribution spec version and API option for target. Options: v1.1-referrers-tag, v1.1-referrers-api')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--include-referrers', '--include-referrers', [CompletionResultType]::ParameterName, 'back up the artifact with its referrers (e.g., attestations, SBOMs)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;restore' {
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'path to the OCI layout, either a tar archive (*.tar) or a directory')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'concurrency level')
            [CompletionResult]::new('--distribution-spec', '--distribution-spec', [CompletionResultType]::ParameterName, '[Preview] set OCI distribution spec version and API option for target. Options: v1.1-referrers-tag, v1.1-referrers-api')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'registry username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'registry password or identity token')
            [CompletionResult]::new('--identity-token', '--identity-token', [CompletionResultType]::ParameterName, 'registry identity token')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'allow insecure connections to registry without SSL check')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'server certificate authority file for the remote registry')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'client certificate file for the remote registry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'client private key file for the remote registry')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'path of the authentication file for registry')
            [CompletionResult]::new('--resolve', '--resolve', [CompletionResultType]::ParameterName, 'customized DNS for registry, formatted in `host:port:address[:address_port]`')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'add custom headers to requests')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'print status output for unnamed blobs')
            [CompletionResult]::new('--exclude-referrers', '--exclude-referrers', [CompletionResultType]::ParameterName, 'restore artifacts excluding their referrers')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'simulate the restore process without actually uploading any artifacts')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'read password from stdin')
            [CompletionResult]::new('--identity-token-stdin', '--identity-token-stdin', [CompletionResultType]::ParameterName, 'read identity token from stdin')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'allow connections to SSL registry without certs')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'output debug logs (implies --no-tty)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, '[Preview] disable progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;completion' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('bash', 'bash', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for bash')
            [CompletionResult]::new('zsh', 'zsh', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for zsh')
            [CompletionResult]::new('fish', 'fish', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for fish')
            [CompletionResult]::new('powershell', 'powershell', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for powershell')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oras;completion;bash' {
            [CompletionResult]::new('--no-descriptions', '--no-descriptions', [CompletionResultType]::ParameterName, 'disable completion descriptions')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;completion;zsh' {
            [CompletionResult]::new('--no-descriptions', '--no-descriptions', [CompletionResultType]::ParameterName, 'disable completion descriptions')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;completion;fish' {
            [CompletionResult]::new('--no-descriptions', '--no-descriptions', [CompletionResultType]::ParameterName, 'disable completion descriptions')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;completion;powershell' {
            [CompletionResult]::new('--no-descriptions', '--no-descriptions', [CompletionResultType]::ParameterName, 'disable completion descriptions')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'oras;completion;help' {
            [CompletionResult]::new('bash', 'bash', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for bash')
            [CompletionResult]::new('zsh', 'zsh', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for zsh')
            [CompletionResult]::new('fish', 'fish', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for fish')
            [CompletionResult]::new('powershell', 'powershell', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for powershell')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oras;completion;help;bash' {
            break
        }
        'oras;completion;help;zsh' {
            break
        }
        'oras;completion;help;fish' {
            break
        }
        'oras;completion;help;powershell' {
            break
        }
        'oras;completion;help;help' {
            break
        }
        'oras;help' {
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Push files to a registry or an OCI image layout')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Pull files from a registry or an OCI image layout')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Show the oras version information')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, '[Preview] Resolves digest of the target artifact')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Tag a manifest in a registry or an OCI image layout')
            [CompletionResult]::new('repo', 'repo', [CompletionResultType]::ParameterValue, 'Repository operations')
            [CompletionResult]::new('manifest', 'manifest', [CompletionResultType]::ParameterValue, 'Manifest operations')
            [CompletionResult]::new('blob', 'blob', [CompletionResultType]::ParameterValue, 'Blob operations')
            [CompletionResult]::new('cp', 'cp', [CompletionResultType]::ParameterValue, 'Copy artifacts from one target to another')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in to a remote registry')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Log out from a remote registry')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, '[Preview] Attach files to an existing artifact')
            [CompletionResult]::new('discover', 'discover', [CompletionResultType]::ParameterValue, '[Preview] Discover referrers of a manifest in a registry or an OCI image layout')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, '[Experimental] Back up artifacts from a registry into an OCI image layout')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, '[Experimental] Restore artifacts to a registry from an OCI image layout')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for the specified shell')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oras;help;push' {
            break
        }
        'oras;help;pull' {
            break
        }
        'oras;help;version' {
            break
        }
        'oras;help;resolve' {
            break
        }
        'oras;help;tag' {
            break
        }
        'oras;help;repo' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the repositories under the registry')
            [CompletionResult]::new('tags', 'tags', [CompletionResultType]::ParameterValue, 'Show tags of the target repository')
            break
        }
        'oras;help;repo;ls' {
            break
        }
        'oras;help;repo;tags' {
            break
        }
        'oras;help;manifest' {
            [CompletionResult]::new('fetch', 'fetch', [CompletionResultType]::ParameterValue, 'Fetch manifest of the target artifact')
            [CompletionResult]::new('fetch-config', 'fetch-config', [CompletionResultType]::ParameterValue, 'Fetch the config of a manifest from a registry or an OCI image layout')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Push a manifest to a registry or an OCI image layout')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a manifest from remote registry')
            [CompletionResult]::new('index', 'index', [CompletionResultType]::ParameterValue, '[Experimental] Index operations')
            break
        }
        'oras;help;manifest;fetch' {
            break
        }
        'oras;help;manifest;fetch-config' {
            break
        }
        'oras;help;manifest;push' {
            break
        }
        'oras;help;manifest;delete' {
            break
        }
        'oras;help;manifest;index' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, '[Experimental] Create and push an index from provided manifests')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, '[Experimental] Update and push an image index')
            break
        }
        'oras;help;manifest;index;create' {
            break
        }
        'oras;help;manifest;index;update' {
            break
        }
        'oras;help;blob' {
            [CompletionResult]::new('fetch', 'fetch', [CompletionResultType]::ParameterValue, 'Fetch a blob from a registry or an OCI image layout')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Push a blob to a registry or an OCI image layout')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a blob from a remote registry')
            break
        }
        'oras;help;blob;fetch' {
            break
        }
        'oras;help;blob;push' {
            break
        }
        'oras;help;blob;delete' {
            break
        }
        'oras;help;cp' {
            break
        }
        'oras;help;login' {
            break
        }
        'oras;help;logout' {
            break
        }
        'oras;help;attach' {
            break
        }
        'oras;help;discover' {
            break
        }
        'oras;help;backup' {
            break
        }
        'oras;help;restore' {
            break
        }
        'oras;help;completion' {
            [CompletionResult]::new('bash', 'bash', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for bash')
            [CompletionResult]::new('zsh', 'zsh', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for zsh')
            [CompletionResult]::new('fish', 'fish', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for fish')
            [CompletionResult]::new('powershell', 'powershell', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for powershell')
            break
        }
        'oras;help;completion;bash' {
            break
        }
        'oras;help;completion;zsh' {
            break
        }
        'oras;help;completion;fish' {
            break
        }
        'oras;help;completion;powershell' {
            break
        }
        'oras;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
