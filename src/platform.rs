//! `--platform os[/arch[/variant]][:os_version]`: parsing and matching as oras does it.

use crate::content::Platform;

/// The architecture oras assumes when `--platform` names only an OS (Go's GOARCH).
pub fn host_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        "x86" => "386",
        "arm" => "arm",
        "powerpc64" => "ppc64le",
        "s390x" => "s390x",
        "riscv64" => "riscv64",
        other => other,
    }
}

/// Parse a `--platform` value.
pub fn parse(spec: &str) -> Result<Platform, String> {
    let (rest, os_version) = match spec.split_once(':') {
        Some((r, v)) => (r, v.to_string()),
        None => (spec, String::new()),
    };
    let parts: Vec<&str> = rest.split('/').collect();
    let mut p = Platform {
        os_version,
        ..Default::default()
    };
    match parts.as_slice() {
        [os] => {
            p.os = os.to_string();
            p.architecture = host_arch().to_string();
        }
        [os, arch] => {
            p.os = os.to_string();
            p.architecture = arch.to_string();
        }
        [os, arch, variant] => {
            p.os = os.to_string();
            p.architecture = arch.to_string();
            p.variant = variant.to_string();
        }
        _ => {
            return Err(format!(
                "failed to parse platform {spec:?}: expected format os[/arch[/variant]]"
            ));
        }
    }
    if p.os.is_empty() {
        return Err("invalid platform: OS cannot be empty".to_string());
    }
    if p.architecture.is_empty() {
        return Err("invalid platform: Architecture cannot be empty".to_string());
    }
    Ok(p)
}

/// oras-go `platform.Match`: OS and architecture equal; variant and OS version only when asked.
pub fn matches(got: &Platform, want: &Platform) -> bool {
    got.architecture == want.architecture
        && got.os == want.os
        && (want.variant.is_empty() || got.variant == want.variant)
        && (want.os_version.is_empty() || got.os_version == want.os_version)
}

/// `os/arch[/variant]` as printed in messages.
pub fn display(p: &Platform) -> String {
    let mut s = format!("{}/{}", p.os, p.architecture);
    if !p.variant.is_empty() {
        s.push('/');
        s.push_str(&p.variant);
    }
    if !p.os_version.is_empty() {
        s.push(':');
        s.push_str(&p.os_version);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_forms() {
        let p = parse("linux/arm64/v8:1.0").unwrap();
        assert_eq!(
            (p.os.as_str(), p.architecture.as_str(), p.variant.as_str()),
            ("linux", "arm64", "v8")
        );
        assert_eq!(p.os_version, "1.0");
        assert_eq!(parse("linux").unwrap().architecture, host_arch());
        assert!(
            parse("a/b/c/d")
                .unwrap_err()
                .contains("expected format os[/arch[/variant]]")
        );
        assert!(parse("/amd64").unwrap_err().contains("OS cannot be empty"));
        assert!(
            parse("linux/")
                .unwrap_err()
                .contains("Architecture cannot be empty")
        );
    }
}
