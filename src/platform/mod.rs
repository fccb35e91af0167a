//! The platform of an image (image-spec `Platform`): the type, `--platform
//! os[/arch[/variant]][:os_version]` parsing and matching as oras does it; `list` adds the
//! lists and wildcards beyond oras 1.3.0.

pub mod list;

use serde::{Deserialize, Serialize};
use std::fmt;

/// The platform of an image manifest (image-spec `Platform`), Go field order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Platform {
    pub architecture: String,
    pub os: String,
    #[serde(
        rename = "os.version",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub os_version: String,
    #[serde(rename = "os.features", default, skip_serializing_if = "Vec::is_empty")]
    pub os_features: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub variant: String,
}

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

impl Platform {
    /// Parse one `--platform` value, with oras's errors.
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

    /// oras-go `platform.Match`: OS and architecture equal; variant and OS version only
    /// when `want` names them.
    pub fn matches(&self, want: &Platform) -> bool {
        self.architecture == want.architecture
            && self.os == want.os
            && (want.variant.is_empty() || self.variant == want.variant)
            && (want.os_version.is_empty() || self.os_version == want.os_version)
    }
}

/// `os/arch[/variant][:os_version]` as printed in messages.
impl fmt::Display for Platform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.os, self.architecture)?;
        if !self.variant.is_empty() {
            write!(f, "/{}", self.variant)?;
        }
        if !self.os_version.is_empty() {
            write!(f, ":{}", self.os_version)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_forms() {
        let p = Platform::parse("linux/arm64/v8:1.0").unwrap();
        assert_eq!(
            (p.os.as_str(), p.architecture.as_str(), p.variant.as_str()),
            ("linux", "arm64", "v8")
        );
        assert_eq!(p.os_version, "1.0");
        assert_eq!(Platform::parse("linux").unwrap().architecture, host_arch());
        assert!(
            Platform::parse("a/b/c/d")
                .unwrap_err()
                .contains("expected format os[/arch[/variant]]")
        );
        assert!(
            Platform::parse("/amd64")
                .unwrap_err()
                .contains("OS cannot be empty")
        );
        assert!(
            Platform::parse("linux/")
                .unwrap_err()
                .contains("Architecture cannot be empty")
        );
    }

    #[test]
    fn displays_as_parsed() {
        for s in ["linux/amd64", "linux/arm64/v8", "windows/amd64:10.0.1"] {
            assert_eq!(Platform::parse(s).unwrap().to_string(), s);
        }
    }
}
