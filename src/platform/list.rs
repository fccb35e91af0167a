//! `--platform` lists (beyond oras 1.3.0): `linux/amd64,linux/arm64`, `linux/*`.
//!
//! A value without `,` and `*` is one platform and keeps oras's exact behaviour
//! ([`Selection::One`]); anything else is a list of patterns whose components may be `*`
//! (any value). `os` alone still means the host architecture, as in oras.

use super::Platform;

/// What `--platform` asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Selection {
    /// Exactly one platform, oras semantics.
    One(Platform),
    /// Several patterns (a list, or wildcards).
    Many(Vec<Platform>),
}

impl Selection {
    /// Parse a `--platform` value that may be a list.
    pub fn parse(spec: &str) -> Result<Selection, String> {
        if !spec.contains(',') && !spec.contains('*') {
            return Platform::parse(spec).map(Selection::One);
        }
        let mut patterns = Vec::new();
        for (n, item) in spec.split(',').enumerate() {
            let item = item.trim();
            if item.is_empty() {
                return Err(format!(
                    "invalid platform list {spec:?}: item {} is empty",
                    n + 1
                ));
            }
            let p = Platform::parse(item)
                .map_err(|e| format!("invalid platform {item:?} in list {spec:?}: {e}"))?;
            if p.os_version.contains('*') || p.os_version.contains('/') {
                return Err(format!(
                    "invalid platform {item:?} in list {spec:?}: bad OS version"
                ));
            }
            patterns.push(p);
        }
        Ok(Selection::Many(patterns))
    }
}

/// Whether `got` matches `pattern` (`*` components match anything; an empty variant or
/// OS version in the pattern matches any, as in oras).
pub fn matches(got: &Platform, pattern: &Platform) -> bool {
    let eq = |want: &str, have: &str| want == "*" || want == have;
    eq(&pattern.os, &got.os)
        && eq(&pattern.architecture, &got.architecture)
        && (pattern.variant.is_empty() || eq(&pattern.variant, &got.variant))
        && (pattern.os_version.is_empty() || eq(&pattern.os_version, &got.os_version))
}

/// Whether `got` matches any of the patterns.
pub fn matches_any(got: &Platform, patterns: &[Platform]) -> bool {
    patterns.iter().any(|p| matches(got, p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(os: &str, arch: &str, variant: &str) -> Platform {
        Platform {
            os: os.into(),
            architecture: arch.into(),
            variant: variant.into(),
            ..Default::default()
        }
    }

    #[test]
    fn single_keeps_oras_parsing() {
        assert_eq!(
            Selection::parse("linux/amd64").unwrap(),
            Selection::One(p("linux", "amd64", ""))
        );
    }

    #[test]
    fn lists_and_wildcards() {
        let Selection::Many(ps) = Selection::parse("linux/amd64, linux/arm64/v8").unwrap() else {
            panic!()
        };
        assert_eq!(ps, vec![p("linux", "amd64", ""), p("linux", "arm64", "v8")]);
        let Selection::Many(ps) = Selection::parse("linux/*").unwrap() else {
            panic!()
        };
        assert!(matches_any(&p("linux", "s390x", ""), &ps));
        assert!(matches_any(&p("linux", "arm", "v7"), &ps));
        assert!(!matches_any(&p("windows", "amd64", ""), &ps));
        let Selection::Many(ps) = Selection::parse("*/arm64").unwrap() else {
            panic!()
        };
        assert!(matches_any(&p("darwin", "arm64", ""), &ps));
    }

    #[test]
    fn bad_lists() {
        assert_eq!(
            Selection::parse("linux/amd64,").unwrap_err(),
            "invalid platform list \"linux/amd64,\": item 2 is empty"
        );
        assert!(
            Selection::parse("linux/amd64,a/b/c/d")
                .unwrap_err()
                .starts_with("invalid platform \"a/b/c/d\" in list")
        );
        assert!(Selection::parse("linux/amd64,/arm64").is_err());
    }
}
