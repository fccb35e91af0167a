# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_oras_global_optspecs
    string join \n h/help
end

function __fish_oras_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_oras_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_oras_using_subcommand
    set -l cmd (__fish_oras_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c oras -n "__fish_oras_needs_command" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_needs_command" -f -a "push" -d 'Push files to a registry or an OCI image layout'
complete -c oras -n "__fish_oras_needs_command" -f -a "pull" -d 'Pull files from a registry or an OCI image layout'
complete -c oras -n "__fish_oras_needs_command" -f -a "version" -d 'Show the oras version information'
complete -c oras -n "__fish_oras_needs_command" -f -a "resolve" -d '[Preview] Resolves digest of the target artifact'
complete -c oras -n "__fish_oras_needs_command" -f -a "digest" -d '[Preview] Resolves digest of the target artifact'
complete -c oras -n "__fish_oras_needs_command" -f -a "tag" -d 'Tag a manifest in a registry or an OCI image layout'
complete -c oras -n "__fish_oras_needs_command" -f -a "repo" -d 'Repository operations'
complete -c oras -n "__fish_oras_needs_command" -f -a "repository" -d 'Repository operations'
complete -c oras -n "__fish_oras_needs_command" -f -a "manifest" -d 'Manifest operations'
complete -c oras -n "__fish_oras_needs_command" -f -a "blob" -d 'Blob operations'
complete -c oras -n "__fish_oras_needs_command" -f -a "cp" -d 'Copy artifacts from one target to another'
complete -c oras -n "__fish_oras_needs_command" -f -a "copy" -d 'Copy artifacts from one target to another'
complete -c oras -n "__fish_oras_needs_command" -f -a "login" -d 'Log in to a remote registry'
complete -c oras -n "__fish_oras_needs_command" -f -a "logout" -d 'Log out from a remote registry'
complete -c oras -n "__fish_oras_needs_command" -f -a "attach" -d '[Preview] Attach files to an existing artifact'
complete -c oras -n "__fish_oras_needs_command" -f -a "discover" -d '[Preview] Discover referrers of a manifest in a registry or an OCI image layout'
complete -c oras -n "__fish_oras_needs_command" -f -a "backup" -d '[Experimental] Back up artifacts from a registry into an OCI image layout'
complete -c oras -n "__fish_oras_needs_command" -f -a "restore" -d '[Experimental] Restore artifacts to a registry from an OCI image layout'
complete -c oras -n "__fish_oras_needs_command" -f -a "completion" -d 'Generate the autocompletion script for the specified shell'
complete -c oras -n "__fish_oras_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oras -n "__fish_oras_using_subcommand push" -l config -d 'path of image config file' -r
complete -c oras -n "__fish_oras_using_subcommand push" -l artifact-type -d 'artifact type' -r
complete -c oras -n "__fish_oras_using_subcommand push" -l artifact-platform -d '[Experimental] set artifact platform in the form of `os[/arch][/variant][:os_version]`' -r
complete -c oras -n "__fish_oras_using_subcommand push" -l image-spec -d '[Preview] specify manifest type for building artifact. Options: v1.1, v1.0 (default v1.1, overridden to v1.0 if --config is used without --artifact-type)' -r
complete -c oras -n "__fish_oras_using_subcommand push" -s a -l annotation -d 'manifest annotations' -r
complete -c oras -n "__fish_oras_using_subcommand push" -l annotation-file -d 'path of the annotation file' -r
complete -c oras -n "__fish_oras_using_subcommand push" -l export-manifest -d 'path of the pushed manifest' -r -F
complete -c oras -n "__fish_oras_using_subcommand push" -l stdin-name -d 'title (file name) of the layer read from stdin with the file argument "-"' -r
complete -c oras -n "__fish_oras_using_subcommand push" -l stdin-media-type -d 'media type of the layer read from stdin (default: application/vnd.oci.image.layer.v1.tar)' -r
complete -c oras -n "__fish_oras_using_subcommand push" -l stdin-size -d 'exact size in bytes of the layer read from stdin; a shorter or longer stdin fails the push before any manifest is written' -r
complete -c oras -n "__fish_oras_using_subcommand push" -l chunk-size -d 'upload blobs in chunks of this size (e.g. 4MiB, 512KiB, 1048576) for registries or proxies that refuse large uploads; also ORAS_CHUNK_SIZE. Without it, an upload refused with 413 is retried in chunks automatically' -r
complete -c oras -n "__fish_oras_using_subcommand push" -l concurrency -d 'concurrency level' -r
complete -c oras -n "__fish_oras_using_subcommand push" -l format -d '[Experimental] Format output using a custom template: \'text\': Print in text format; \'json\': Print in JSON format; \'go-template\': Print output using the given Go template' -r
complete -c oras -n "__fish_oras_using_subcommand push" -l template -d '[Experimental] template string used to format output' -r
complete -c oras -n "__fish_oras_using_subcommand push" -s u -l username -d 'registry username' -r
complete -c oras -n "__fish_oras_using_subcommand push" -s p -l password -d 'registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand push" -l identity-token -d 'registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand push" -l plain-http -d 'allow insecure connections to registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand push" -l ca-file -d 'server certificate authority file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand push" -l cert-file -d 'client certificate file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand push" -l key-file -d 'client private key file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand push" -l registry-config -d 'path of the authentication file for registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand push" -l resolve -d 'customized DNS for registry, formatted in `host:port:address[:address_port]`' -r
complete -c oras -n "__fish_oras_using_subcommand push" -s H -l header -d 'add custom headers to requests' -r
complete -c oras -n "__fish_oras_using_subcommand push" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand push" -l oci-layout-path -d '[Experimental] set the path for the OCI image layout target' -r
complete -c oras -n "__fish_oras_using_subcommand push" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand push" -l disable-path-validation -d 'skip path validation'
complete -c oras -n "__fish_oras_using_subcommand push" -l reproducible -d '[Experimental] byte-identical pushes: the created annotation is pinned (SOURCE_DATE_EPOCH, else 1970-01-01T00:00:00Z) and directory tarballs are normalised (sorted entries, uid/gid 0, no owner names, modes 0644/0755, mtimes clamped to SOURCE_DATE_EPOCH or zeroed, fixed gzip header and level); a set SOURCE_DATE_EPOCH (whole seconds) implies this flag'
complete -c oras -n "__fish_oras_using_subcommand push" -l password-stdin -d 'read password from stdin'
complete -c oras -n "__fish_oras_using_subcommand push" -l identity-token-stdin -d 'read identity token from stdin'
complete -c oras -n "__fish_oras_using_subcommand push" -l insecure -d 'allow connections to SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand push" -l oci-layout -d 'set target as an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand push" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand push" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand push" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand pull" -s o -l output -d 'output directory; "-" writes the artifact to stdout (the single titled file as is, several files as a tar stream) and prints no status' -r
complete -c oras -n "__fish_oras_using_subcommand pull" -l config -d 'output manifest config file' -r
complete -c oras -n "__fish_oras_using_subcommand pull" -l platform -d 'request platform in the form of `os[/arch][/variant][:os_version]`; a comma-separated list or `*` wildcards (e.g. `linux/amd64,linux/arm64`, `linux/*`) pull each matching platform into its own folder `<output>/<os>_<arch>[_<variant>]`' -r
complete -c oras -n "__fish_oras_using_subcommand pull" -l concurrency -d 'concurrency level' -r
complete -c oras -n "__fish_oras_using_subcommand pull" -l format -d '[Experimental] Format output using a custom template: \'text\': Print in text format; \'json\': Print in JSON format; \'go-template\': Print output using the given Go template' -r
complete -c oras -n "__fish_oras_using_subcommand pull" -l template -d '[Experimental] template string used to format output' -r
complete -c oras -n "__fish_oras_using_subcommand pull" -s u -l username -d 'registry username' -r
complete -c oras -n "__fish_oras_using_subcommand pull" -s p -l password -d 'registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand pull" -l identity-token -d 'registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand pull" -l plain-http -d 'allow insecure connections to registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand pull" -l ca-file -d 'server certificate authority file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand pull" -l cert-file -d 'client certificate file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand pull" -l key-file -d 'client private key file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand pull" -l registry-config -d 'path of the authentication file for registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand pull" -l resolve -d 'customized DNS for registry, formatted in `host:port:address[:address_port]`' -r
complete -c oras -n "__fish_oras_using_subcommand pull" -s H -l header -d 'add custom headers to requests' -r
complete -c oras -n "__fish_oras_using_subcommand pull" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand pull" -l oci-layout-path -d '[Experimental] set the path for the OCI image layout target' -r
complete -c oras -n "__fish_oras_using_subcommand pull" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand pull" -s k -l keep-old-files -d 'do not replace existing files when pulling, treat them as errors'
complete -c oras -n "__fish_oras_using_subcommand pull" -s T -l allow-path-traversal -d 'allow storing files out of the output directory'
complete -c oras -n "__fish_oras_using_subcommand pull" -l include-subject -d '[Preview] recursively pull the subject of artifacts'
complete -c oras -n "__fish_oras_using_subcommand pull" -l password-stdin -d 'read password from stdin'
complete -c oras -n "__fish_oras_using_subcommand pull" -l identity-token-stdin -d 'read identity token from stdin'
complete -c oras -n "__fish_oras_using_subcommand pull" -l insecure -d 'allow connections to SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand pull" -l oci-layout -d 'set target as an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand pull" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand pull" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand pull" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand version" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand resolve" -l platform -d 'request platform in the form of `os[/arch][/variant][:os_version]`' -r
complete -c oras -n "__fish_oras_using_subcommand resolve" -s u -l username -d 'registry username' -r
complete -c oras -n "__fish_oras_using_subcommand resolve" -s p -l password -d 'registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand resolve" -l identity-token -d 'registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand resolve" -l plain-http -d 'allow insecure connections to registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand resolve" -l ca-file -d 'server certificate authority file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand resolve" -l cert-file -d 'client certificate file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand resolve" -l key-file -d 'client private key file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand resolve" -l registry-config -d 'path of the authentication file for registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand resolve" -l resolve -d 'customized DNS for registry, formatted in `host:port:address[:address_port]`' -r
complete -c oras -n "__fish_oras_using_subcommand resolve" -s H -l header -d 'add custom headers to requests' -r
complete -c oras -n "__fish_oras_using_subcommand resolve" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand resolve" -l oci-layout-path -d '[Experimental] set the path for the OCI image layout target' -r
complete -c oras -n "__fish_oras_using_subcommand resolve" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand resolve" -s l -l full-reference -d 'print the full artifact reference with digest'
complete -c oras -n "__fish_oras_using_subcommand resolve" -l password-stdin -d 'read password from stdin'
complete -c oras -n "__fish_oras_using_subcommand resolve" -l identity-token-stdin -d 'read identity token from stdin'
complete -c oras -n "__fish_oras_using_subcommand resolve" -l insecure -d 'allow connections to SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand resolve" -l oci-layout -d 'set target as an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand resolve" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand resolve" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand resolve" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand digest" -l platform -d 'request platform in the form of `os[/arch][/variant][:os_version]`' -r
complete -c oras -n "__fish_oras_using_subcommand digest" -s u -l username -d 'registry username' -r
complete -c oras -n "__fish_oras_using_subcommand digest" -s p -l password -d 'registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand digest" -l identity-token -d 'registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand digest" -l plain-http -d 'allow insecure connections to registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand digest" -l ca-file -d 'server certificate authority file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand digest" -l cert-file -d 'client certificate file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand digest" -l key-file -d 'client private key file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand digest" -l registry-config -d 'path of the authentication file for registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand digest" -l resolve -d 'customized DNS for registry, formatted in `host:port:address[:address_port]`' -r
complete -c oras -n "__fish_oras_using_subcommand digest" -s H -l header -d 'add custom headers to requests' -r
complete -c oras -n "__fish_oras_using_subcommand digest" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand digest" -l oci-layout-path -d '[Experimental] set the path for the OCI image layout target' -r
complete -c oras -n "__fish_oras_using_subcommand digest" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand digest" -s l -l full-reference -d 'print the full artifact reference with digest'
complete -c oras -n "__fish_oras_using_subcommand digest" -l password-stdin -d 'read password from stdin'
complete -c oras -n "__fish_oras_using_subcommand digest" -l identity-token-stdin -d 'read identity token from stdin'
complete -c oras -n "__fish_oras_using_subcommand digest" -l insecure -d 'allow connections to SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand digest" -l oci-layout -d 'set target as an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand digest" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand digest" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand digest" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand tag" -l concurrency -d 'concurrency level' -r
complete -c oras -n "__fish_oras_using_subcommand tag" -s u -l username -d 'registry username' -r
complete -c oras -n "__fish_oras_using_subcommand tag" -s p -l password -d 'registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand tag" -l identity-token -d 'registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand tag" -l plain-http -d 'allow insecure connections to registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand tag" -l ca-file -d 'server certificate authority file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand tag" -l cert-file -d 'client certificate file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand tag" -l key-file -d 'client private key file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand tag" -l registry-config -d 'path of the authentication file for registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand tag" -l resolve -d 'customized DNS for registry, formatted in `host:port:address[:address_port]`' -r
complete -c oras -n "__fish_oras_using_subcommand tag" -s H -l header -d 'add custom headers to requests' -r
complete -c oras -n "__fish_oras_using_subcommand tag" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand tag" -l oci-layout-path -d '[Experimental] set the path for the OCI image layout target' -r
complete -c oras -n "__fish_oras_using_subcommand tag" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand tag" -l password-stdin -d 'read password from stdin'
complete -c oras -n "__fish_oras_using_subcommand tag" -l identity-token-stdin -d 'read identity token from stdin'
complete -c oras -n "__fish_oras_using_subcommand tag" -l insecure -d 'allow connections to SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand tag" -l oci-layout -d 'set target as an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand tag" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand tag" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand tag" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand repo; and not __fish_seen_subcommand_from ls list tags show-tags help" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand repo; and not __fish_seen_subcommand_from ls list tags show-tags help" -f -a "ls" -d 'List the repositories under the registry'
complete -c oras -n "__fish_oras_using_subcommand repo; and not __fish_seen_subcommand_from ls list tags show-tags help" -f -a "list" -d 'List the repositories under the registry'
complete -c oras -n "__fish_oras_using_subcommand repo; and not __fish_seen_subcommand_from ls list tags show-tags help" -f -a "tags" -d 'Show tags of the target repository'
complete -c oras -n "__fish_oras_using_subcommand repo; and not __fish_seen_subcommand_from ls list tags show-tags help" -f -a "show-tags" -d 'Show tags of the target repository'
complete -c oras -n "__fish_oras_using_subcommand repo; and not __fish_seen_subcommand_from ls list tags show-tags help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from ls" -l last -d 'start after the repository specified by `last`' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from ls" -l format -d '[Experimental] Format output using a custom template: \'text\': Print in text format; \'json\': Print in JSON format; \'go-template\': Print output using the given Go template' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from ls" -l template -d '[Experimental] template string used to format output' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from ls" -s u -l username -d 'registry username' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from ls" -s p -l password -d 'registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from ls" -l identity-token -d 'registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from ls" -l plain-http -d 'allow insecure connections to registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from ls" -l ca-file -d 'server certificate authority file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from ls" -l cert-file -d 'client certificate file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from ls" -l key-file -d 'client private key file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from ls" -l registry-config -d 'path of the authentication file for registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from ls" -l resolve -d 'customized DNS for registry, formatted in `host:port:address[:address_port]`' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from ls" -s H -l header -d 'add custom headers to requests' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from ls" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from ls" -l password-stdin -d 'read password from stdin'
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from ls" -l identity-token-stdin -d 'read identity token from stdin'
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from ls" -l insecure -d 'allow connections to SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from ls" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from ls" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from list" -l last -d 'start after the repository specified by `last`' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from list" -l format -d '[Experimental] Format output using a custom template: \'text\': Print in text format; \'json\': Print in JSON format; \'go-template\': Print output using the given Go template' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from list" -l template -d '[Experimental] template string used to format output' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from list" -s u -l username -d 'registry username' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from list" -s p -l password -d 'registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from list" -l identity-token -d 'registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from list" -l plain-http -d 'allow insecure connections to registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from list" -l ca-file -d 'server certificate authority file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from list" -l cert-file -d 'client certificate file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from list" -l key-file -d 'client private key file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from list" -l registry-config -d 'path of the authentication file for registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from list" -l resolve -d 'customized DNS for registry, formatted in `host:port:address[:address_port]`' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from list" -s H -l header -d 'add custom headers to requests' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from list" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from list" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from list" -l password-stdin -d 'read password from stdin'
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from list" -l identity-token-stdin -d 'read identity token from stdin'
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from list" -l insecure -d 'allow connections to SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from list" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from list" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from tags" -l last -d 'start after the tag specified by `last`' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from tags" -l format -d '[Experimental] Format output using a custom template: \'text\': Print in text format; \'json\': Print in JSON format; \'go-template\': Print output using the given Go template' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from tags" -l template -d '[Experimental] template string used to format output' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from tags" -s u -l username -d 'registry username' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from tags" -s p -l password -d 'registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from tags" -l identity-token -d 'registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from tags" -l plain-http -d 'allow insecure connections to registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from tags" -l ca-file -d 'server certificate authority file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from tags" -l cert-file -d 'client certificate file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from tags" -l key-file -d 'client private key file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from tags" -l registry-config -d 'path of the authentication file for registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from tags" -l resolve -d 'customized DNS for registry, formatted in `host:port:address[:address_port]`' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from tags" -s H -l header -d 'add custom headers to requests' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from tags" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from tags" -l oci-layout-path -d '[Experimental] set the path for the OCI image layout target' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from tags" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from tags" -l exclude-digest-tags -d '[Preview] exclude all digest-like tags such as \'sha256-aaaa...\''
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from tags" -l password-stdin -d 'read password from stdin'
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from tags" -l identity-token-stdin -d 'read identity token from stdin'
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from tags" -l insecure -d 'allow connections to SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from tags" -l oci-layout -d 'set target as an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from tags" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from tags" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from tags" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from show-tags" -l last -d 'start after the tag specified by `last`' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from show-tags" -l format -d '[Experimental] Format output using a custom template: \'text\': Print in text format; \'json\': Print in JSON format; \'go-template\': Print output using the given Go template' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from show-tags" -l template -d '[Experimental] template string used to format output' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from show-tags" -s u -l username -d 'registry username' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from show-tags" -s p -l password -d 'registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from show-tags" -l identity-token -d 'registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from show-tags" -l plain-http -d 'allow insecure connections to registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from show-tags" -l ca-file -d 'server certificate authority file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from show-tags" -l cert-file -d 'client certificate file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from show-tags" -l key-file -d 'client private key file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from show-tags" -l registry-config -d 'path of the authentication file for registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from show-tags" -l resolve -d 'customized DNS for registry, formatted in `host:port:address[:address_port]`' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from show-tags" -s H -l header -d 'add custom headers to requests' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from show-tags" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from show-tags" -l oci-layout-path -d '[Experimental] set the path for the OCI image layout target' -r
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from show-tags" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from show-tags" -l exclude-digest-tags -d '[Preview] exclude all digest-like tags such as \'sha256-aaaa...\''
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from show-tags" -l password-stdin -d 'read password from stdin'
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from show-tags" -l identity-token-stdin -d 'read identity token from stdin'
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from show-tags" -l insecure -d 'allow connections to SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from show-tags" -l oci-layout -d 'set target as an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from show-tags" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from show-tags" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from show-tags" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List the repositories under the registry'
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from help" -f -a "tags" -d 'Show tags of the target repository'
complete -c oras -n "__fish_oras_using_subcommand repo; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oras -n "__fish_oras_using_subcommand repository; and not __fish_seen_subcommand_from ls list tags show-tags help" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand repository; and not __fish_seen_subcommand_from ls list tags show-tags help" -f -a "ls" -d 'List the repositories under the registry'
complete -c oras -n "__fish_oras_using_subcommand repository; and not __fish_seen_subcommand_from ls list tags show-tags help" -f -a "list" -d 'List the repositories under the registry'
complete -c oras -n "__fish_oras_using_subcommand repository; and not __fish_seen_subcommand_from ls list tags show-tags help" -f -a "tags" -d 'Show tags of the target repository'
complete -c oras -n "__fish_oras_using_subcommand repository; and not __fish_seen_subcommand_from ls list tags show-tags help" -f -a "show-tags" -d 'Show tags of the target repository'
complete -c oras -n "__fish_oras_using_subcommand repository; and not __fish_seen_subcommand_from ls list tags show-tags help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from ls" -l last -d 'start after the repository specified by `last`' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from ls" -l format -d '[Experimental] Format output using a custom template: \'text\': Print in text format; \'json\': Print in JSON format; \'go-template\': Print output using the given Go template' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from ls" -l template -d '[Experimental] template string used to format output' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from ls" -s u -l username -d 'registry username' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from ls" -s p -l password -d 'registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from ls" -l identity-token -d 'registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from ls" -l plain-http -d 'allow insecure connections to registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from ls" -l ca-file -d 'server certificate authority file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from ls" -l cert-file -d 'client certificate file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from ls" -l key-file -d 'client private key file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from ls" -l registry-config -d 'path of the authentication file for registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from ls" -l resolve -d 'customized DNS for registry, formatted in `host:port:address[:address_port]`' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from ls" -s H -l header -d 'add custom headers to requests' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from ls" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from ls" -l password-stdin -d 'read password from stdin'
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from ls" -l identity-token-stdin -d 'read identity token from stdin'
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from ls" -l insecure -d 'allow connections to SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from ls" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from ls" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from list" -l last -d 'start after the repository specified by `last`' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from list" -l format -d '[Experimental] Format output using a custom template: \'text\': Print in text format; \'json\': Print in JSON format; \'go-template\': Print output using the given Go template' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from list" -l template -d '[Experimental] template string used to format output' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from list" -s u -l username -d 'registry username' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from list" -s p -l password -d 'registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from list" -l identity-token -d 'registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from list" -l plain-http -d 'allow insecure connections to registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from list" -l ca-file -d 'server certificate authority file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from list" -l cert-file -d 'client certificate file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from list" -l key-file -d 'client private key file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from list" -l registry-config -d 'path of the authentication file for registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from list" -l resolve -d 'customized DNS for registry, formatted in `host:port:address[:address_port]`' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from list" -s H -l header -d 'add custom headers to requests' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from list" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from list" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from list" -l password-stdin -d 'read password from stdin'
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from list" -l identity-token-stdin -d 'read identity token from stdin'
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from list" -l insecure -d 'allow connections to SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from list" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from list" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from tags" -l last -d 'start after the tag specified by `last`' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from tags" -l format -d '[Experimental] Format output using a custom template: \'text\': Print in text format; \'json\': Print in JSON format; \'go-template\': Print output using the given Go template' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from tags" -l template -d '[Experimental] template string used to format output' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from tags" -s u -l username -d 'registry username' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from tags" -s p -l password -d 'registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from tags" -l identity-token -d 'registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from tags" -l plain-http -d 'allow insecure connections to registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from tags" -l ca-file -d 'server certificate authority file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from tags" -l cert-file -d 'client certificate file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from tags" -l key-file -d 'client private key file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from tags" -l registry-config -d 'path of the authentication file for registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from tags" -l resolve -d 'customized DNS for registry, formatted in `host:port:address[:address_port]`' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from tags" -s H -l header -d 'add custom headers to requests' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from tags" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from tags" -l oci-layout-path -d '[Experimental] set the path for the OCI image layout target' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from tags" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from tags" -l exclude-digest-tags -d '[Preview] exclude all digest-like tags such as \'sha256-aaaa...\''
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from tags" -l password-stdin -d 'read password from stdin'
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from tags" -l identity-token-stdin -d 'read identity token from stdin'
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from tags" -l insecure -d 'allow connections to SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from tags" -l oci-layout -d 'set target as an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from tags" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from tags" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from tags" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from show-tags" -l last -d 'start after the tag specified by `last`' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from show-tags" -l format -d '[Experimental] Format output using a custom template: \'text\': Print in text format; \'json\': Print in JSON format; \'go-template\': Print output using the given Go template' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from show-tags" -l template -d '[Experimental] template string used to format output' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from show-tags" -s u -l username -d 'registry username' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from show-tags" -s p -l password -d 'registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from show-tags" -l identity-token -d 'registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from show-tags" -l plain-http -d 'allow insecure connections to registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from show-tags" -l ca-file -d 'server certificate authority file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from show-tags" -l cert-file -d 'client certificate file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from show-tags" -l key-file -d 'client private key file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from show-tags" -l registry-config -d 'path of the authentication file for registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from show-tags" -l resolve -d 'customized DNS for registry, formatted in `host:port:address[:address_port]`' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from show-tags" -s H -l header -d 'add custom headers to requests' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from show-tags" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from show-tags" -l oci-layout-path -d '[Experimental] set the path for the OCI image layout target' -r
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from show-tags" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from show-tags" -l exclude-digest-tags -d '[Preview] exclude all digest-like tags such as \'sha256-aaaa...\''
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from show-tags" -l password-stdin -d 'read password from stdin'
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from show-tags" -l identity-token-stdin -d 'read identity token from stdin'
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from show-tags" -l insecure -d 'allow connections to SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from show-tags" -l oci-layout -d 'set target as an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from show-tags" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from show-tags" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from show-tags" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List the repositories under the registry'
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from help" -f -a "tags" -d 'Show tags of the target repository'
complete -c oras -n "__fish_oras_using_subcommand repository; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oras -n "__fish_oras_using_subcommand manifest; and not __fish_seen_subcommand_from fetch get show fetch-config get-config push delete remove rm index help" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand manifest; and not __fish_seen_subcommand_from fetch get show fetch-config get-config push delete remove rm index help" -f -a "fetch" -d 'Fetch manifest of the target artifact'
complete -c oras -n "__fish_oras_using_subcommand manifest; and not __fish_seen_subcommand_from fetch get show fetch-config get-config push delete remove rm index help" -f -a "get" -d 'Fetch manifest of the target artifact'
complete -c oras -n "__fish_oras_using_subcommand manifest; and not __fish_seen_subcommand_from fetch get show fetch-config get-config push delete remove rm index help" -f -a "show" -d 'Fetch manifest of the target artifact'
complete -c oras -n "__fish_oras_using_subcommand manifest; and not __fish_seen_subcommand_from fetch get show fetch-config get-config push delete remove rm index help" -f -a "fetch-config" -d 'Fetch the config of a manifest from a registry or an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand manifest; and not __fish_seen_subcommand_from fetch get show fetch-config get-config push delete remove rm index help" -f -a "get-config" -d 'Fetch the config of a manifest from a registry or an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand manifest; and not __fish_seen_subcommand_from fetch get show fetch-config get-config push delete remove rm index help" -f -a "push" -d 'Push a manifest to a registry or an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand manifest; and not __fish_seen_subcommand_from fetch get show fetch-config get-config push delete remove rm index help" -f -a "delete" -d 'Delete a manifest from remote registry'
complete -c oras -n "__fish_oras_using_subcommand manifest; and not __fish_seen_subcommand_from fetch get show fetch-config get-config push delete remove rm index help" -f -a "remove" -d 'Delete a manifest from remote registry'
complete -c oras -n "__fish_oras_using_subcommand manifest; and not __fish_seen_subcommand_from fetch get show fetch-config get-config push delete remove rm index help" -f -a "rm" -d 'Delete a manifest from remote registry'
complete -c oras -n "__fish_oras_using_subcommand manifest; and not __fish_seen_subcommand_from fetch get show fetch-config get-config push delete remove rm index help" -f -a "index" -d '[Experimental] Index operations'
complete -c oras -n "__fish_oras_using_subcommand manifest; and not __fish_seen_subcommand_from fetch get show fetch-config get-config push delete remove rm index help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch" -l media-type -d 'accepted media types' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch" -s o -l output -d 'file `path` to write the fetched manifest to, use - for stdout' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch" -l platform -d 'request platform in the form of `os[/arch][/variant][:os_version]`' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch" -l format -d '[Experimental] Format output using a custom template: \'text\': Print in text format; \'json\': Print in JSON format; \'go-template\': Print output using the given Go template' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch" -l template -d '[Experimental] template string used to format output' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch" -s u -l username -d 'registry username' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch" -s p -l password -d 'registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch" -l identity-token -d 'registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch" -l plain-http -d 'allow insecure connections to registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch" -l ca-file -d 'server certificate authority file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch" -l cert-file -d 'client certificate file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch" -l key-file -d 'client private key file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch" -l registry-config -d 'path of the authentication file for registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch" -l resolve -d 'customized DNS for registry, formatted in `host:port:address[:address_port]`' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch" -s H -l header -d 'add custom headers to requests' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch" -l oci-layout-path -d '[Experimental] set the path for the OCI image layout target' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch" -l descriptor -d 'output the descriptor'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch" -l pretty -d 'prettify JSON objects printed to stdout'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch" -l password-stdin -d 'read password from stdin'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch" -l identity-token-stdin -d 'read identity token from stdin'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch" -l insecure -d 'allow connections to SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch" -l oci-layout -d 'set target as an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get" -l media-type -d 'accepted media types' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get" -s o -l output -d 'file `path` to write the fetched manifest to, use - for stdout' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get" -l platform -d 'request platform in the form of `os[/arch][/variant][:os_version]`' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get" -l format -d '[Experimental] Format output using a custom template: \'text\': Print in text format; \'json\': Print in JSON format; \'go-template\': Print output using the given Go template' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get" -l template -d '[Experimental] template string used to format output' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get" -s u -l username -d 'registry username' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get" -s p -l password -d 'registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get" -l identity-token -d 'registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get" -l plain-http -d 'allow insecure connections to registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get" -l ca-file -d 'server certificate authority file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get" -l cert-file -d 'client certificate file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get" -l key-file -d 'client private key file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get" -l registry-config -d 'path of the authentication file for registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get" -l resolve -d 'customized DNS for registry, formatted in `host:port:address[:address_port]`' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get" -s H -l header -d 'add custom headers to requests' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get" -l oci-layout-path -d '[Experimental] set the path for the OCI image layout target' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get" -l descriptor -d 'output the descriptor'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get" -l pretty -d 'prettify JSON objects printed to stdout'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get" -l password-stdin -d 'read password from stdin'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get" -l identity-token-stdin -d 'read identity token from stdin'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get" -l insecure -d 'allow connections to SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get" -l oci-layout -d 'set target as an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from show" -l media-type -d 'accepted media types' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from show" -s o -l output -d 'file `path` to write the fetched manifest to, use - for stdout' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from show" -l platform -d 'request platform in the form of `os[/arch][/variant][:os_version]`' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from show" -l format -d '[Experimental] Format output using a custom template: \'text\': Print in text format; \'json\': Print in JSON format; \'go-template\': Print output using the given Go template' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from show" -l template -d '[Experimental] template string used to format output' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from show" -s u -l username -d 'registry username' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from show" -s p -l password -d 'registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from show" -l identity-token -d 'registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from show" -l plain-http -d 'allow insecure connections to registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from show" -l ca-file -d 'server certificate authority file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from show" -l cert-file -d 'client certificate file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from show" -l key-file -d 'client private key file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from show" -l registry-config -d 'path of the authentication file for registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from show" -l resolve -d 'customized DNS for registry, formatted in `host:port:address[:address_port]`' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from show" -s H -l header -d 'add custom headers to requests' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from show" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from show" -l oci-layout-path -d '[Experimental] set the path for the OCI image layout target' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from show" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from show" -l descriptor -d 'output the descriptor'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from show" -l pretty -d 'prettify JSON objects printed to stdout'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from show" -l password-stdin -d 'read password from stdin'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from show" -l identity-token-stdin -d 'read identity token from stdin'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from show" -l insecure -d 'allow connections to SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from show" -l oci-layout -d 'set target as an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from show" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from show" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch-config" -s o -l output -d 'file `path` to write the fetched config to, use - for stdout' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch-config" -l platform -d 'request platform in the form of `os[/arch][/variant][:os_version]`' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch-config" -s u -l username -d 'registry username' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch-config" -s p -l password -d 'registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch-config" -l identity-token -d 'registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch-config" -l plain-http -d 'allow insecure connections to registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch-config" -l ca-file -d 'server certificate authority file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch-config" -l cert-file -d 'client certificate file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch-config" -l key-file -d 'client private key file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch-config" -l registry-config -d 'path of the authentication file for registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch-config" -l resolve -d 'customized DNS for registry, formatted in `host:port:address[:address_port]`' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch-config" -s H -l header -d 'add custom headers to requests' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch-config" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch-config" -l oci-layout-path -d '[Experimental] set the path for the OCI image layout target' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch-config" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch-config" -l descriptor -d 'output the descriptor'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch-config" -l pretty -d 'prettify JSON objects printed to stdout'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch-config" -l password-stdin -d 'read password from stdin'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch-config" -l identity-token-stdin -d 'read identity token from stdin'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch-config" -l insecure -d 'allow connections to SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch-config" -l oci-layout -d 'set target as an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch-config" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch-config" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from fetch-config" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get-config" -s o -l output -d 'file `path` to write the fetched config to, use - for stdout' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get-config" -l platform -d 'request platform in the form of `os[/arch][/variant][:os_version]`' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get-config" -s u -l username -d 'registry username' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get-config" -s p -l password -d 'registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get-config" -l identity-token -d 'registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get-config" -l plain-http -d 'allow insecure connections to registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get-config" -l ca-file -d 'server certificate authority file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get-config" -l cert-file -d 'client certificate file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get-config" -l key-file -d 'client private key file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get-config" -l registry-config -d 'path of the authentication file for registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get-config" -l resolve -d 'customized DNS for registry, formatted in `host:port:address[:address_port]`' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get-config" -s H -l header -d 'add custom headers to requests' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get-config" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get-config" -l oci-layout-path -d '[Experimental] set the path for the OCI image layout target' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get-config" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get-config" -l descriptor -d 'output the descriptor'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get-config" -l pretty -d 'prettify JSON objects printed to stdout'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get-config" -l password-stdin -d 'read password from stdin'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get-config" -l identity-token-stdin -d 'read identity token from stdin'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get-config" -l insecure -d 'allow connections to SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get-config" -l oci-layout -d 'set target as an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get-config" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get-config" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from get-config" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from push" -l media-type -d 'media type of manifest' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from push" -l concurrency -d 'concurrency level' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from push" -l distribution-spec -d '[Preview] set OCI distribution spec version and API option for target. Options: v1.1-referrers-tag, v1.1-referrers-api' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from push" -s u -l username -d 'registry username' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from push" -s p -l password -d 'registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from push" -l identity-token -d 'registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from push" -l plain-http -d 'allow insecure connections to registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from push" -l ca-file -d 'server certificate authority file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from push" -l cert-file -d 'client certificate file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from push" -l key-file -d 'client private key file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from push" -l registry-config -d 'path of the authentication file for registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from push" -l resolve -d 'customized DNS for registry, formatted in `host:port:address[:address_port]`' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from push" -s H -l header -d 'add custom headers to requests' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from push" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from push" -l oci-layout-path -d '[Experimental] set the path for the OCI image layout target' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from push" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from push" -l descriptor -d 'output the descriptor'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from push" -l pretty -d 'prettify JSON objects printed to stdout'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from push" -l password-stdin -d 'read password from stdin'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from push" -l identity-token-stdin -d 'read identity token from stdin'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from push" -l insecure -d 'allow connections to SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from push" -l oci-layout -d 'set target as an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from push" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from push" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from delete" -l distribution-spec -d '[Preview] set OCI distribution spec version and API option for target. Options: v1.1-referrers-tag, v1.1-referrers-api' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from delete" -s u -l username -d 'registry username' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from delete" -s p -l password -d 'registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from delete" -l identity-token -d 'registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from delete" -l plain-http -d 'allow insecure connections to registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from delete" -l ca-file -d 'server certificate authority file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from delete" -l cert-file -d 'client certificate file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from delete" -l key-file -d 'client private key file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from delete" -l registry-config -d 'path of the authentication file for registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from delete" -l resolve -d 'customized DNS for registry, formatted in `host:port:address[:address_port]`' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from delete" -s H -l header -d 'add custom headers to requests' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from delete" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from delete" -l oci-layout-path -d '[Experimental] set the path for the OCI image layout target' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from delete" -s f -l force -d 'ignore nonexistent references, never prompt'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from delete" -l descriptor -d 'output the descriptor'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from delete" -l pretty -d 'prettify JSON objects printed to stdout'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from delete" -l password-stdin -d 'read password from stdin'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from delete" -l identity-token-stdin -d 'read identity token from stdin'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from delete" -l insecure -d 'allow connections to SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from delete" -l oci-layout -d 'set target as an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from delete" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from delete" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l distribution-spec -d '[Preview] set OCI distribution spec version and API option for target. Options: v1.1-referrers-tag, v1.1-referrers-api' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from remove" -s u -l username -d 'registry username' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from remove" -s p -l password -d 'registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l identity-token -d 'registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l plain-http -d 'allow insecure connections to registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l ca-file -d 'server certificate authority file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l cert-file -d 'client certificate file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l key-file -d 'client private key file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l registry-config -d 'path of the authentication file for registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l resolve -d 'customized DNS for registry, formatted in `host:port:address[:address_port]`' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from remove" -s H -l header -d 'add custom headers to requests' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l oci-layout-path -d '[Experimental] set the path for the OCI image layout target' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from remove" -s f -l force -d 'ignore nonexistent references, never prompt'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l descriptor -d 'output the descriptor'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l pretty -d 'prettify JSON objects printed to stdout'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l password-stdin -d 'read password from stdin'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l identity-token-stdin -d 'read identity token from stdin'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l insecure -d 'allow connections to SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l oci-layout -d 'set target as an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from remove" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l distribution-spec -d '[Preview] set OCI distribution spec version and API option for target. Options: v1.1-referrers-tag, v1.1-referrers-api' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from rm" -s u -l username -d 'registry username' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from rm" -s p -l password -d 'registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l identity-token -d 'registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l plain-http -d 'allow insecure connections to registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l ca-file -d 'server certificate authority file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l cert-file -d 'client certificate file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l key-file -d 'client private key file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l registry-config -d 'path of the authentication file for registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l resolve -d 'customized DNS for registry, formatted in `host:port:address[:address_port]`' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from rm" -s H -l header -d 'add custom headers to requests' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l oci-layout-path -d '[Experimental] set the path for the OCI image layout target' -r
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from rm" -s f -l force -d 'ignore nonexistent references, never prompt'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l descriptor -d 'output the descriptor'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l pretty -d 'prettify JSON objects printed to stdout'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l password-stdin -d 'read password from stdin'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l identity-token-stdin -d 'read identity token from stdin'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l insecure -d 'allow connections to SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l oci-layout -d 'set target as an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from rm" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from index" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from index" -f -a "create" -d '[Experimental] Create and push an index from provided manifests'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from index" -f -a "pack" -d '[Experimental] Create and push an index from provided manifests'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from index" -f -a "update" -d '[Experimental] Update and push an image index'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from index" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "fetch" -d 'Fetch manifest of the target artifact'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "fetch-config" -d 'Fetch the config of a manifest from a registry or an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "push" -d 'Push a manifest to a registry or an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a manifest from remote registry'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "index" -d '[Experimental] Index operations'
complete -c oras -n "__fish_oras_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oras -n "__fish_oras_using_subcommand blob; and not __fish_seen_subcommand_from fetch get push delete remove rm help" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand blob; and not __fish_seen_subcommand_from fetch get push delete remove rm help" -f -a "fetch" -d 'Fetch a blob from a registry or an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand blob; and not __fish_seen_subcommand_from fetch get push delete remove rm help" -f -a "get" -d 'Fetch a blob from a registry or an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand blob; and not __fish_seen_subcommand_from fetch get push delete remove rm help" -f -a "push" -d 'Push a blob to a registry or an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand blob; and not __fish_seen_subcommand_from fetch get push delete remove rm help" -f -a "delete" -d 'Delete a blob from a remote registry'
complete -c oras -n "__fish_oras_using_subcommand blob; and not __fish_seen_subcommand_from fetch get push delete remove rm help" -f -a "remove" -d 'Delete a blob from a remote registry'
complete -c oras -n "__fish_oras_using_subcommand blob; and not __fish_seen_subcommand_from fetch get push delete remove rm help" -f -a "rm" -d 'Delete a blob from a remote registry'
complete -c oras -n "__fish_oras_using_subcommand blob; and not __fish_seen_subcommand_from fetch get push delete remove rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from fetch" -s o -l output -d 'output file `path`, use - for stdout' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from fetch" -s u -l username -d 'registry username' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from fetch" -s p -l password -d 'registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from fetch" -l identity-token -d 'registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from fetch" -l plain-http -d 'allow insecure connections to registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from fetch" -l ca-file -d 'server certificate authority file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from fetch" -l cert-file -d 'client certificate file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from fetch" -l key-file -d 'client private key file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from fetch" -l registry-config -d 'path of the authentication file for registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from fetch" -l resolve -d 'customized DNS for registry, formatted in `host:port:address[:address_port]`' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from fetch" -s H -l header -d 'add custom headers to requests' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from fetch" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from fetch" -l oci-layout-path -d '[Experimental] set the path for the OCI image layout target' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from fetch" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from fetch" -l descriptor -d 'output the descriptor'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from fetch" -l pretty -d 'prettify JSON objects printed to stdout'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from fetch" -l password-stdin -d 'read password from stdin'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from fetch" -l identity-token-stdin -d 'read identity token from stdin'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from fetch" -l insecure -d 'allow connections to SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from fetch" -l oci-layout -d 'set target as an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from fetch" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from fetch" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from fetch" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from get" -s o -l output -d 'output file `path`, use - for stdout' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from get" -s u -l username -d 'registry username' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from get" -s p -l password -d 'registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from get" -l identity-token -d 'registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from get" -l plain-http -d 'allow insecure connections to registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from get" -l ca-file -d 'server certificate authority file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from get" -l cert-file -d 'client certificate file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from get" -l key-file -d 'client private key file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from get" -l registry-config -d 'path of the authentication file for registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from get" -l resolve -d 'customized DNS for registry, formatted in `host:port:address[:address_port]`' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from get" -s H -l header -d 'add custom headers to requests' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from get" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from get" -l oci-layout-path -d '[Experimental] set the path for the OCI image layout target' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from get" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from get" -l descriptor -d 'output the descriptor'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from get" -l pretty -d 'prettify JSON objects printed to stdout'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from get" -l password-stdin -d 'read password from stdin'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from get" -l identity-token-stdin -d 'read identity token from stdin'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from get" -l insecure -d 'allow connections to SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from get" -l oci-layout -d 'set target as an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from get" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from get" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from push" -l size -d 'provide the blob size' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from push" -l media-type -d 'specify the returned media type in the descriptor if --descriptor is used' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from push" -s u -l username -d 'registry username' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from push" -s p -l password -d 'registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from push" -l identity-token -d 'registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from push" -l plain-http -d 'allow insecure connections to registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from push" -l ca-file -d 'server certificate authority file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from push" -l cert-file -d 'client certificate file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from push" -l key-file -d 'client private key file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from push" -l registry-config -d 'path of the authentication file for registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from push" -l resolve -d 'customized DNS for registry, formatted in `host:port:address[:address_port]`' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from push" -s H -l header -d 'add custom headers to requests' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from push" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from push" -l oci-layout-path -d '[Experimental] set the path for the OCI image layout target' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from push" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from push" -l descriptor -d 'output the descriptor'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from push" -l pretty -d 'prettify JSON objects printed to stdout'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from push" -l password-stdin -d 'read password from stdin'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from push" -l identity-token-stdin -d 'read identity token from stdin'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from push" -l insecure -d 'allow connections to SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from push" -l oci-layout -d 'set target as an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from push" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from push" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from delete" -s u -l username -d 'registry username' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from delete" -s p -l password -d 'registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from delete" -l identity-token -d 'registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from delete" -l plain-http -d 'allow insecure connections to registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from delete" -l ca-file -d 'server certificate authority file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from delete" -l cert-file -d 'client certificate file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from delete" -l key-file -d 'client private key file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from delete" -l registry-config -d 'path of the authentication file for registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from delete" -l resolve -d 'customized DNS for registry, formatted in `host:port:address[:address_port]`' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from delete" -s H -l header -d 'add custom headers to requests' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from delete" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from delete" -l oci-layout-path -d '[Experimental] set the path for the OCI image layout target' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from delete" -s f -l force -d 'ignore nonexistent references, never prompt'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from delete" -l descriptor -d 'output the descriptor'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from delete" -l pretty -d 'prettify JSON objects printed to stdout'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from delete" -l password-stdin -d 'read password from stdin'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from delete" -l identity-token-stdin -d 'read identity token from stdin'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from delete" -l insecure -d 'allow connections to SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from delete" -l oci-layout -d 'set target as an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from delete" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from delete" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from remove" -s u -l username -d 'registry username' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from remove" -s p -l password -d 'registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from remove" -l identity-token -d 'registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from remove" -l plain-http -d 'allow insecure connections to registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from remove" -l ca-file -d 'server certificate authority file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from remove" -l cert-file -d 'client certificate file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from remove" -l key-file -d 'client private key file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from remove" -l registry-config -d 'path of the authentication file for registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from remove" -l resolve -d 'customized DNS for registry, formatted in `host:port:address[:address_port]`' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from remove" -s H -l header -d 'add custom headers to requests' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from remove" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from remove" -l oci-layout-path -d '[Experimental] set the path for the OCI image layout target' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from remove" -s f -l force -d 'ignore nonexistent references, never prompt'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from remove" -l descriptor -d 'output the descriptor'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from remove" -l pretty -d 'prettify JSON objects printed to stdout'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from remove" -l password-stdin -d 'read password from stdin'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from remove" -l identity-token-stdin -d 'read identity token from stdin'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from remove" -l insecure -d 'allow connections to SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from remove" -l oci-layout -d 'set target as an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from remove" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from remove" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from rm" -s u -l username -d 'registry username' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from rm" -s p -l password -d 'registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from rm" -l identity-token -d 'registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from rm" -l plain-http -d 'allow insecure connections to registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from rm" -l ca-file -d 'server certificate authority file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from rm" -l cert-file -d 'client certificate file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from rm" -l key-file -d 'client private key file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from rm" -l registry-config -d 'path of the authentication file for registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from rm" -l resolve -d 'customized DNS for registry, formatted in `host:port:address[:address_port]`' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from rm" -s H -l header -d 'add custom headers to requests' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from rm" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from rm" -l oci-layout-path -d '[Experimental] set the path for the OCI image layout target' -r
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from rm" -s f -l force -d 'ignore nonexistent references, never prompt'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from rm" -l descriptor -d 'output the descriptor'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from rm" -l pretty -d 'prettify JSON objects printed to stdout'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from rm" -l password-stdin -d 'read password from stdin'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from rm" -l identity-token-stdin -d 'read identity token from stdin'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from rm" -l insecure -d 'allow connections to SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from rm" -l oci-layout -d 'set target as an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from rm" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from rm" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from help" -f -a "fetch" -d 'Fetch a blob from a registry or an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from help" -f -a "push" -d 'Push a blob to a registry or an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a blob from a remote registry'
complete -c oras -n "__fish_oras_using_subcommand blob; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oras -n "__fish_oras_using_subcommand cp" -l concurrency -d 'concurrency level' -r
complete -c oras -n "__fish_oras_using_subcommand cp" -l platform -d 'request platform in the form of `os[/arch][/variant][:os_version]`; a comma-separated list or `*` wildcards (e.g. `linux/amd64,linux/arm64`, `linux/*`) copy the matching manifests and a new index of just them' -r
complete -c oras -n "__fish_oras_using_subcommand cp" -l from-username -d 'source registry username' -r
complete -c oras -n "__fish_oras_using_subcommand cp" -l from-password -d 'source registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand cp" -l from-identity-token -d 'source registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand cp" -l from-plain-http -d 'allow insecure connections to source registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand cp" -l from-ca-file -d 'server certificate authority file for the remote source registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand cp" -l from-cert-file -d 'client certificate file for the remote source registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand cp" -l from-key-file -d 'client private key file for the remote source registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand cp" -l from-registry-config -d 'path of the authentication file for source registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand cp" -l from-resolve -d 'customized DNS for source registry, formatted in host:port:address[:address_port]' -r
complete -c oras -n "__fish_oras_using_subcommand cp" -l from-header -d 'add custom headers to source requests' -r
complete -c oras -n "__fish_oras_using_subcommand cp" -l from-oci-layout-path -d '[Experimental] set the path for the OCI image layout source target' -r
complete -c oras -n "__fish_oras_using_subcommand cp" -l from-distribution-spec -d '[Preview] set OCI distribution spec version and API option for source target. Options: v1.1-referrers-tag, v1.1-referrers-api' -r
complete -c oras -n "__fish_oras_using_subcommand cp" -l to-username -d 'destination registry username' -r
complete -c oras -n "__fish_oras_using_subcommand cp" -l to-password -d 'destination registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand cp" -l to-identity-token -d 'destination registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand cp" -l to-plain-http -d 'allow insecure connections to destination registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand cp" -l to-ca-file -d 'server certificate authority file for the remote destination registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand cp" -l to-cert-file -d 'client certificate file for the remote destination registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand cp" -l to-key-file -d 'client private key file for the remote destination registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand cp" -l to-registry-config -d 'path of the authentication file for destination registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand cp" -l to-resolve -d 'customized DNS for destination registry, formatted in host:port:address[:address_port]' -r
complete -c oras -n "__fish_oras_using_subcommand cp" -l to-header -d 'add custom headers to destination requests' -r
complete -c oras -n "__fish_oras_using_subcommand cp" -l to-oci-layout-path -d '[Experimental] set the path for the OCI image layout destination target' -r
complete -c oras -n "__fish_oras_using_subcommand cp" -l to-distribution-spec -d '[Preview] set OCI distribution spec version and API option for destination target. Options: v1.1-referrers-tag, v1.1-referrers-api' -r
complete -c oras -n "__fish_oras_using_subcommand cp" -l resolve -d 'base DNS rules formatted in `host:port:address[:address_port]` for --from-resolve and --to-resolve' -r
complete -c oras -n "__fish_oras_using_subcommand cp" -l registry-config -d 'path of the authentication file for source and destination registries (read after --from-registry-config / --to-registry-config)' -r -F
complete -c oras -n "__fish_oras_using_subcommand cp" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand cp" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand cp" -s r -l recursive -d '[Preview] recursively copy the artifact and its referrer artifacts'
complete -c oras -n "__fish_oras_using_subcommand cp" -l from-insecure -d 'allow connections to source SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand cp" -l from-oci-layout -d 'set source target as an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand cp" -l to-insecure -d 'allow connections to destination SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand cp" -l to-oci-layout -d 'set destination target as an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand cp" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand cp" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand cp" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand copy" -l concurrency -d 'concurrency level' -r
complete -c oras -n "__fish_oras_using_subcommand copy" -l platform -d 'request platform in the form of `os[/arch][/variant][:os_version]`; a comma-separated list or `*` wildcards (e.g. `linux/amd64,linux/arm64`, `linux/*`) copy the matching manifests and a new index of just them' -r
complete -c oras -n "__fish_oras_using_subcommand copy" -l from-username -d 'source registry username' -r
complete -c oras -n "__fish_oras_using_subcommand copy" -l from-password -d 'source registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand copy" -l from-identity-token -d 'source registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand copy" -l from-plain-http -d 'allow insecure connections to source registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand copy" -l from-ca-file -d 'server certificate authority file for the remote source registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand copy" -l from-cert-file -d 'client certificate file for the remote source registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand copy" -l from-key-file -d 'client private key file for the remote source registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand copy" -l from-registry-config -d 'path of the authentication file for source registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand copy" -l from-resolve -d 'customized DNS for source registry, formatted in host:port:address[:address_port]' -r
complete -c oras -n "__fish_oras_using_subcommand copy" -l from-header -d 'add custom headers to source requests' -r
complete -c oras -n "__fish_oras_using_subcommand copy" -l from-oci-layout-path -d '[Experimental] set the path for the OCI image layout source target' -r
complete -c oras -n "__fish_oras_using_subcommand copy" -l from-distribution-spec -d '[Preview] set OCI distribution spec version and API option for source target. Options: v1.1-referrers-tag, v1.1-referrers-api' -r
complete -c oras -n "__fish_oras_using_subcommand copy" -l to-username -d 'destination registry username' -r
complete -c oras -n "__fish_oras_using_subcommand copy" -l to-password -d 'destination registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand copy" -l to-identity-token -d 'destination registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand copy" -l to-plain-http -d 'allow insecure connections to destination registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand copy" -l to-ca-file -d 'server certificate authority file for the remote destination registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand copy" -l to-cert-file -d 'client certificate file for the remote destination registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand copy" -l to-key-file -d 'client private key file for the remote destination registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand copy" -l to-registry-config -d 'path of the authentication file for destination registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand copy" -l to-resolve -d 'customized DNS for destination registry, formatted in host:port:address[:address_port]' -r
complete -c oras -n "__fish_oras_using_subcommand copy" -l to-header -d 'add custom headers to destination requests' -r
complete -c oras -n "__fish_oras_using_subcommand copy" -l to-oci-layout-path -d '[Experimental] set the path for the OCI image layout destination target' -r
complete -c oras -n "__fish_oras_using_subcommand copy" -l to-distribution-spec -d '[Preview] set OCI distribution spec version and API option for destination target. Options: v1.1-referrers-tag, v1.1-referrers-api' -r
complete -c oras -n "__fish_oras_using_subcommand copy" -l resolve -d 'base DNS rules formatted in `host:port:address[:address_port]` for --from-resolve and --to-resolve' -r
complete -c oras -n "__fish_oras_using_subcommand copy" -l registry-config -d 'path of the authentication file for source and destination registries (read after --from-registry-config / --to-registry-config)' -r -F
complete -c oras -n "__fish_oras_using_subcommand copy" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand copy" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand copy" -s r -l recursive -d '[Preview] recursively copy the artifact and its referrer artifacts'
complete -c oras -n "__fish_oras_using_subcommand copy" -l from-insecure -d 'allow connections to source SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand copy" -l from-oci-layout -d 'set source target as an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand copy" -l to-insecure -d 'allow connections to destination SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand copy" -l to-oci-layout -d 'set destination target as an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand copy" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand copy" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand copy" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand login" -s u -l username -d 'registry username' -r
complete -c oras -n "__fish_oras_using_subcommand login" -s p -l password -d 'registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand login" -l identity-token -d 'registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand login" -l plain-http -d 'allow insecure connections to registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand login" -l ca-file -d 'server certificate authority file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand login" -l cert-file -d 'client certificate file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand login" -l key-file -d 'client private key file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand login" -l registry-config -d 'path of the authentication file for registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand login" -l resolve -d 'customized DNS for registry, formatted in `host:port:address[:address_port]`' -r
complete -c oras -n "__fish_oras_using_subcommand login" -s H -l header -d 'add custom headers to requests' -r
complete -c oras -n "__fish_oras_using_subcommand login" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand login" -s v -l verbose -d 'print status output for unnamed blobs (deprecated, no effect)' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand login" -l password-stdin -d 'read password from stdin'
complete -c oras -n "__fish_oras_using_subcommand login" -l identity-token-stdin -d 'read identity token from stdin'
complete -c oras -n "__fish_oras_using_subcommand login" -l insecure -d 'allow connections to SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand login" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand login" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand logout" -l registry-config -d 'auth config path' -r -F
complete -c oras -n "__fish_oras_using_subcommand logout" -s d -l debug -d 'debug mode'
complete -c oras -n "__fish_oras_using_subcommand logout" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand attach" -l artifact-type -d 'artifact type' -r
complete -c oras -n "__fish_oras_using_subcommand attach" -l concurrency -d 'concurrency level' -r
complete -c oras -n "__fish_oras_using_subcommand attach" -l platform -d '[Preview] attach to an arch-specific subject in the form of `os[/arch][/variant][:os_version]`' -r
complete -c oras -n "__fish_oras_using_subcommand attach" -s a -l annotation -d 'manifest annotations' -r
complete -c oras -n "__fish_oras_using_subcommand attach" -l annotation-file -d 'path of the annotation file' -r
complete -c oras -n "__fish_oras_using_subcommand attach" -l export-manifest -d 'path of the pushed manifest' -r -F
complete -c oras -n "__fish_oras_using_subcommand attach" -l stdin-name -d 'title (file name) of the layer read from stdin with the file argument "-"' -r
complete -c oras -n "__fish_oras_using_subcommand attach" -l stdin-media-type -d 'media type of the layer read from stdin (default: application/vnd.oci.image.layer.v1.tar)' -r
complete -c oras -n "__fish_oras_using_subcommand attach" -l stdin-size -d 'exact size in bytes of the layer read from stdin; a shorter or longer stdin fails the push before any manifest is written' -r
complete -c oras -n "__fish_oras_using_subcommand attach" -l chunk-size -d 'upload blobs in chunks of this size (e.g. 4MiB, 512KiB, 1048576) for registries or proxies that refuse large uploads; also ORAS_CHUNK_SIZE. Without it, an upload refused with 413 is retried in chunks automatically' -r
complete -c oras -n "__fish_oras_using_subcommand attach" -l distribution-spec -d '[Preview] set OCI distribution spec version and API option for target. Options: v1.1-referrers-tag, v1.1-referrers-api' -r
complete -c oras -n "__fish_oras_using_subcommand attach" -l format -d '[Experimental] Format output using a custom template: \'text\': Print in text format; \'json\': Print in JSON format; \'go-template\': Print output using the given Go template' -r
complete -c oras -n "__fish_oras_using_subcommand attach" -l template -d '[Experimental] template string used to format output' -r
complete -c oras -n "__fish_oras_using_subcommand attach" -s u -l username -d 'registry username' -r
complete -c oras -n "__fish_oras_using_subcommand attach" -s p -l password -d 'registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand attach" -l identity-token -d 'registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand attach" -l plain-http -d 'allow insecure connections to registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand attach" -l ca-file -d 'server certificate authority file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand attach" -l cert-file -d 'client certificate file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand attach" -l key-file -d 'client private key file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand attach" -l registry-config -d 'path of the authentication file for registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand attach" -l resolve -d 'customized DNS for registry, formatted in `host:port:address[:address_port]`' -r
complete -c oras -n "__fish_oras_using_subcommand attach" -s H -l header -d 'add custom headers to requests' -r
complete -c oras -n "__fish_oras_using_subcommand attach" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand attach" -l oci-layout-path -d '[Experimental] set the path for the OCI image layout target' -r
complete -c oras -n "__fish_oras_using_subcommand attach" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand attach" -l disable-path-validation -d 'skip path validation'
complete -c oras -n "__fish_oras_using_subcommand attach" -l password-stdin -d 'read password from stdin'
complete -c oras -n "__fish_oras_using_subcommand attach" -l identity-token-stdin -d 'read identity token from stdin'
complete -c oras -n "__fish_oras_using_subcommand attach" -l insecure -d 'allow connections to SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand attach" -l oci-layout -d 'set target as an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand attach" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand attach" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand attach" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand discover" -l artifact-type -d 'artifact type' -r
complete -c oras -n "__fish_oras_using_subcommand discover" -l depth -d '[Experimental] depth of referrers to discover, 0 means unlimited' -r
complete -c oras -n "__fish_oras_using_subcommand discover" -s o -l output -d '[Deprecated] format in which to display referrers (table, json, or tree). tree format will also show indirect referrers' -r
complete -c oras -n "__fish_oras_using_subcommand discover" -l platform -d 'request platform in the form of `os[/arch][/variant][:os_version]`' -r
complete -c oras -n "__fish_oras_using_subcommand discover" -l distribution-spec -d '[Preview] set OCI distribution spec version and API option for target. Options: v1.1-referrers-tag, v1.1-referrers-api' -r
complete -c oras -n "__fish_oras_using_subcommand discover" -l format -d '[Experimental] Format output using a custom template: \'text\': Print in text format; \'json\': Print in JSON format; \'go-template\': Print output using the given Go template' -r
complete -c oras -n "__fish_oras_using_subcommand discover" -l template -d '[Experimental] template string used to format output' -r
complete -c oras -n "__fish_oras_using_subcommand discover" -s u -l username -d 'registry username' -r
complete -c oras -n "__fish_oras_using_subcommand discover" -s p -l password -d 'registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand discover" -l identity-token -d 'registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand discover" -l plain-http -d 'allow insecure connections to registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand discover" -l ca-file -d 'server certificate authority file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand discover" -l cert-file -d 'client certificate file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand discover" -l key-file -d 'client private key file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand discover" -l registry-config -d 'path of the authentication file for registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand discover" -l resolve -d 'customized DNS for registry, formatted in `host:port:address[:address_port]`' -r
complete -c oras -n "__fish_oras_using_subcommand discover" -s H -l header -d 'add custom headers to requests' -r
complete -c oras -n "__fish_oras_using_subcommand discover" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand discover" -l oci-layout-path -d '[Experimental] set the path for the OCI image layout target' -r
complete -c oras -n "__fish_oras_using_subcommand discover" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand discover" -l password-stdin -d 'read password from stdin'
complete -c oras -n "__fish_oras_using_subcommand discover" -l identity-token-stdin -d 'read identity token from stdin'
complete -c oras -n "__fish_oras_using_subcommand discover" -l insecure -d 'allow connections to SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand discover" -l oci-layout -d 'set target as an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand discover" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand discover" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand discover" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand backup" -s o -l output -d 'path to the target output, either a tar archive (*.tar) or a directory' -r
complete -c oras -n "__fish_oras_using_subcommand backup" -l concurrency -d 'concurrency level' -r
complete -c oras -n "__fish_oras_using_subcommand backup" -l platform -d 'back up only this platform of each tag (`os[/arch][/variant][:os_version]`); a comma-separated list or `*` wildcards keep the matching manifests and an index of just them under the tag' -r
complete -c oras -n "__fish_oras_using_subcommand backup" -l distribution-spec -d '[Preview] set OCI distribution spec version and API option for target. Options: v1.1-referrers-tag, v1.1-referrers-api' -r
complete -c oras -n "__fish_oras_using_subcommand backup" -s u -l username -d 'registry username' -r
complete -c oras -n "__fish_oras_using_subcommand backup" -s p -l password -d 'registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand backup" -l identity-token -d 'registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand backup" -l plain-http -d 'allow insecure connections to registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand backup" -l ca-file -d 'server certificate authority file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand backup" -l cert-file -d 'client certificate file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand backup" -l key-file -d 'client private key file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand backup" -l registry-config -d 'path of the authentication file for registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand backup" -l resolve -d 'customized DNS for registry, formatted in `host:port:address[:address_port]`' -r
complete -c oras -n "__fish_oras_using_subcommand backup" -s H -l header -d 'add custom headers to requests' -r
complete -c oras -n "__fish_oras_using_subcommand backup" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand backup" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand backup" -l include-referrers -d 'back up the artifact with its referrers (e.g., attestations, SBOMs)'
complete -c oras -n "__fish_oras_using_subcommand backup" -l password-stdin -d 'read password from stdin'
complete -c oras -n "__fish_oras_using_subcommand backup" -l identity-token-stdin -d 'read identity token from stdin'
complete -c oras -n "__fish_oras_using_subcommand backup" -l insecure -d 'allow connections to SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand backup" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand backup" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand backup" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand restore" -l input -d 'path to the OCI layout, either a tar archive (*.tar) or a directory' -r
complete -c oras -n "__fish_oras_using_subcommand restore" -l concurrency -d 'concurrency level' -r
complete -c oras -n "__fish_oras_using_subcommand restore" -l distribution-spec -d '[Preview] set OCI distribution spec version and API option for target. Options: v1.1-referrers-tag, v1.1-referrers-api' -r
complete -c oras -n "__fish_oras_using_subcommand restore" -s u -l username -d 'registry username' -r
complete -c oras -n "__fish_oras_using_subcommand restore" -s p -l password -d 'registry password or identity token' -r
complete -c oras -n "__fish_oras_using_subcommand restore" -l identity-token -d 'registry identity token' -r
complete -c oras -n "__fish_oras_using_subcommand restore" -l plain-http -d 'allow insecure connections to registry without SSL check' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand restore" -l ca-file -d 'server certificate authority file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand restore" -l cert-file -d 'client certificate file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand restore" -l key-file -d 'client private key file for the remote registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand restore" -l registry-config -d 'path of the authentication file for registry' -r -F
complete -c oras -n "__fish_oras_using_subcommand restore" -l resolve -d 'customized DNS for registry, formatted in `host:port:address[:address_port]`' -r
complete -c oras -n "__fish_oras_using_subcommand restore" -s H -l header -d 'add custom headers to requests' -r
complete -c oras -n "__fish_oras_using_subcommand restore" -l idle-timeout -d 'retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0 waits forever); default 30s, also ORAS_IDLE_TIMEOUT' -r
complete -c oras -n "__fish_oras_using_subcommand restore" -s v -l verbose -d 'print status output for unnamed blobs' -r -f -a "true\t''
false\t''"
complete -c oras -n "__fish_oras_using_subcommand restore" -l exclude-referrers -d 'restore artifacts excluding their referrers'
complete -c oras -n "__fish_oras_using_subcommand restore" -l dry-run -d 'simulate the restore process without actually uploading any artifacts'
complete -c oras -n "__fish_oras_using_subcommand restore" -l password-stdin -d 'read password from stdin'
complete -c oras -n "__fish_oras_using_subcommand restore" -l identity-token-stdin -d 'read identity token from stdin'
complete -c oras -n "__fish_oras_using_subcommand restore" -l insecure -d 'allow connections to SSL registry without certs'
complete -c oras -n "__fish_oras_using_subcommand restore" -s d -l debug -d 'output debug logs (implies --no-tty)'
complete -c oras -n "__fish_oras_using_subcommand restore" -l no-tty -d '[Preview] disable progress bars'
complete -c oras -n "__fish_oras_using_subcommand restore" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -f -a "bash" -d 'Generate the autocompletion script for bash'
complete -c oras -n "__fish_oras_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -f -a "zsh" -d 'Generate the autocompletion script for zsh'
complete -c oras -n "__fish_oras_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -f -a "fish" -d 'Generate the autocompletion script for fish'
complete -c oras -n "__fish_oras_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -f -a "powershell" -d 'Generate the autocompletion script for powershell'
complete -c oras -n "__fish_oras_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oras -n "__fish_oras_using_subcommand completion; and __fish_seen_subcommand_from bash" -l no-descriptions -d 'disable completion descriptions'
complete -c oras -n "__fish_oras_using_subcommand completion; and __fish_seen_subcommand_from bash" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l no-descriptions -d 'disable completion descriptions'
complete -c oras -n "__fish_oras_using_subcommand completion; and __fish_seen_subcommand_from zsh" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand completion; and __fish_seen_subcommand_from fish" -l no-descriptions -d 'disable completion descriptions'
complete -c oras -n "__fish_oras_using_subcommand completion; and __fish_seen_subcommand_from fish" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l no-descriptions -d 'disable completion descriptions'
complete -c oras -n "__fish_oras_using_subcommand completion; and __fish_seen_subcommand_from powershell" -s h -l help -d 'Print help'
complete -c oras -n "__fish_oras_using_subcommand completion; and __fish_seen_subcommand_from help" -f -a "bash" -d 'Generate the autocompletion script for bash'
complete -c oras -n "__fish_oras_using_subcommand completion; and __fish_seen_subcommand_from help" -f -a "zsh" -d 'Generate the autocompletion script for zsh'
complete -c oras -n "__fish_oras_using_subcommand completion; and __fish_seen_subcommand_from help" -f -a "fish" -d 'Generate the autocompletion script for fish'
complete -c oras -n "__fish_oras_using_subcommand completion; and __fish_seen_subcommand_from help" -f -a "powershell" -d 'Generate the autocompletion script for powershell'
complete -c oras -n "__fish_oras_using_subcommand completion; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oras -n "__fish_oras_using_subcommand help; and not __fish_seen_subcommand_from push pull version resolve tag repo manifest blob cp login logout attach discover backup restore completion help" -f -a "push" -d 'Push files to a registry or an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand help; and not __fish_seen_subcommand_from push pull version resolve tag repo manifest blob cp login logout attach discover backup restore completion help" -f -a "pull" -d 'Pull files from a registry or an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand help; and not __fish_seen_subcommand_from push pull version resolve tag repo manifest blob cp login logout attach discover backup restore completion help" -f -a "version" -d 'Show the oras version information'
complete -c oras -n "__fish_oras_using_subcommand help; and not __fish_seen_subcommand_from push pull version resolve tag repo manifest blob cp login logout attach discover backup restore completion help" -f -a "resolve" -d '[Preview] Resolves digest of the target artifact'
complete -c oras -n "__fish_oras_using_subcommand help; and not __fish_seen_subcommand_from push pull version resolve tag repo manifest blob cp login logout attach discover backup restore completion help" -f -a "tag" -d 'Tag a manifest in a registry or an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand help; and not __fish_seen_subcommand_from push pull version resolve tag repo manifest blob cp login logout attach discover backup restore completion help" -f -a "repo" -d 'Repository operations'
complete -c oras -n "__fish_oras_using_subcommand help; and not __fish_seen_subcommand_from push pull version resolve tag repo manifest blob cp login logout attach discover backup restore completion help" -f -a "manifest" -d 'Manifest operations'
complete -c oras -n "__fish_oras_using_subcommand help; and not __fish_seen_subcommand_from push pull version resolve tag repo manifest blob cp login logout attach discover backup restore completion help" -f -a "blob" -d 'Blob operations'
complete -c oras -n "__fish_oras_using_subcommand help; and not __fish_seen_subcommand_from push pull version resolve tag repo manifest blob cp login logout attach discover backup restore completion help" -f -a "cp" -d 'Copy artifacts from one target to another'
complete -c oras -n "__fish_oras_using_subcommand help; and not __fish_seen_subcommand_from push pull version resolve tag repo manifest blob cp login logout attach discover backup restore completion help" -f -a "login" -d 'Log in to a remote registry'
complete -c oras -n "__fish_oras_using_subcommand help; and not __fish_seen_subcommand_from push pull version resolve tag repo manifest blob cp login logout attach discover backup restore completion help" -f -a "logout" -d 'Log out from a remote registry'
complete -c oras -n "__fish_oras_using_subcommand help; and not __fish_seen_subcommand_from push pull version resolve tag repo manifest blob cp login logout attach discover backup restore completion help" -f -a "attach" -d '[Preview] Attach files to an existing artifact'
complete -c oras -n "__fish_oras_using_subcommand help; and not __fish_seen_subcommand_from push pull version resolve tag repo manifest blob cp login logout attach discover backup restore completion help" -f -a "discover" -d '[Preview] Discover referrers of a manifest in a registry or an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand help; and not __fish_seen_subcommand_from push pull version resolve tag repo manifest blob cp login logout attach discover backup restore completion help" -f -a "backup" -d '[Experimental] Back up artifacts from a registry into an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand help; and not __fish_seen_subcommand_from push pull version resolve tag repo manifest blob cp login logout attach discover backup restore completion help" -f -a "restore" -d '[Experimental] Restore artifacts to a registry from an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand help; and not __fish_seen_subcommand_from push pull version resolve tag repo manifest blob cp login logout attach discover backup restore completion help" -f -a "completion" -d 'Generate the autocompletion script for the specified shell'
complete -c oras -n "__fish_oras_using_subcommand help; and not __fish_seen_subcommand_from push pull version resolve tag repo manifest blob cp login logout attach discover backup restore completion help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oras -n "__fish_oras_using_subcommand help; and __fish_seen_subcommand_from repo" -f -a "ls" -d 'List the repositories under the registry'
complete -c oras -n "__fish_oras_using_subcommand help; and __fish_seen_subcommand_from repo" -f -a "tags" -d 'Show tags of the target repository'
complete -c oras -n "__fish_oras_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "fetch" -d 'Fetch manifest of the target artifact'
complete -c oras -n "__fish_oras_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "fetch-config" -d 'Fetch the config of a manifest from a registry or an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "push" -d 'Push a manifest to a registry or an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "delete" -d 'Delete a manifest from remote registry'
complete -c oras -n "__fish_oras_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "index" -d '[Experimental] Index operations'
complete -c oras -n "__fish_oras_using_subcommand help; and __fish_seen_subcommand_from blob" -f -a "fetch" -d 'Fetch a blob from a registry or an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand help; and __fish_seen_subcommand_from blob" -f -a "push" -d 'Push a blob to a registry or an OCI image layout'
complete -c oras -n "__fish_oras_using_subcommand help; and __fish_seen_subcommand_from blob" -f -a "delete" -d 'Delete a blob from a remote registry'
complete -c oras -n "__fish_oras_using_subcommand help; and __fish_seen_subcommand_from completion" -f -a "bash" -d 'Generate the autocompletion script for bash'
complete -c oras -n "__fish_oras_using_subcommand help; and __fish_seen_subcommand_from completion" -f -a "zsh" -d 'Generate the autocompletion script for zsh'
complete -c oras -n "__fish_oras_using_subcommand help; and __fish_seen_subcommand_from completion" -f -a "fish" -d 'Generate the autocompletion script for fish'
complete -c oras -n "__fish_oras_using_subcommand help; and __fish_seen_subcommand_from completion" -f -a "powershell" -d 'Generate the autocompletion script for powershell'
