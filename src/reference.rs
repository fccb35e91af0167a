//! Artifact references: `registry/repository[:tag|@digest]` with oras-go's grammar and error
//! text (no docker.io or `latest` defaulting), and `path[:tag|@digest]` for OCI layouts.

use crate::content::Digest;
use crate::error::{Error, Result};
use std::fmt;

/// A parsed remote reference.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reference {
    /// `host[:port]` exactly as written.
    pub registry: String,
    pub repository: String,
    /// Tag or digest; empty when none was given.
    pub reference: String,
}

impl Reference {
    /// oras-go `registry.ParseReference`.
    pub fn parse(artifact: &str) -> Result<Self> {
        let Some((registry, path)) = artifact.split_once('/') else {
            return Err(Error::InvalidReference(
                "missing registry or repository".into(),
            ));
        };
        let (repository, reference, is_tag) = if let Some(at) = path.find('@') {
            let repo = &path[..at];
            // form B: `repo:tag@digest`, the tag is dropped
            let repo = repo.split_once(':').map_or(repo, |(r, _)| r);
            (repo, &path[at + 1..], false)
        } else if let Some((repo, tag)) = path.split_once(':') {
            (repo, tag, true)
        } else {
            (path, "", false)
        };
        let r = Reference {
            registry: registry.to_string(),
            repository: repository.to_string(),
            reference: reference.to_string(),
        };
        r.validate_registry()?;
        if !is_valid_repository(&r.repository) {
            return Err(Error::InvalidReference(format!(
                "invalid repository {:?}",
                r.repository
            )));
        }
        if r.reference.is_empty() {
            return Ok(r);
        }
        if is_tag {
            if !is_valid_tag(&r.reference) {
                return Err(Error::InvalidReference(format!(
                    "invalid tag {:?}",
                    r.reference
                )));
            }
        } else if let Err(e) = Digest::parse(&r.reference) {
            return Err(Error::InvalidReference(format!(
                "invalid digest {:?}: {e}",
                r.reference
            )));
        }
        Ok(r)
    }

    fn validate_registry(&self) -> Result<()> {
        if is_valid_host(&self.registry) {
            Ok(())
        } else {
            Err(Error::InvalidReference(format!(
                "invalid registry {:?}",
                self.registry
            )))
        }
    }

    /// The digest, when the reference is one.
    pub fn digest(&self) -> Option<Digest> {
        Digest::parse(&self.reference).ok()
    }

    /// The tag, when the reference is one.
    pub fn tag(&self) -> Option<&str> {
        (!self.reference.is_empty() && self.digest().is_none()).then_some(self.reference.as_str())
    }

    /// `registry/repository`, what oras calls the path of a remote target.
    pub fn path(&self) -> String {
        format!("{}/{}", self.registry, self.repository)
    }

    /// A copy pointing at another tag or digest.
    pub fn with_reference(&self, reference: &str) -> Reference {
        Reference {
            reference: reference.to_string(),
            ..self.clone()
        }
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.reference.is_empty() {
            write!(f, "{}/{}", self.registry, self.repository)
        } else if self.digest().is_some() {
            write!(
                f,
                "{}/{}@{}",
                self.registry, self.repository, self.reference
            )
        } else {
            write!(
                f,
                "{}/{}:{}",
                self.registry, self.repository, self.reference
            )
        }
    }
}

/// Approximates Go's `url.ParseRequestURI("dummy://" + host)` host check: a host name,
/// IPv4 or bracketed IPv6 address, optionally followed by `:digits`.
fn is_valid_host(host: &str) -> bool {
    if host.is_empty() {
        return false;
    }
    let (name, port) = if let Some(rest) = host.strip_prefix('[') {
        let Some(end) = rest.find(']') else {
            return false;
        };
        let inner = &rest[..end];
        if inner.is_empty()
            || !inner
                .bytes()
                .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.' || b == b'%')
        {
            return false;
        }
        let after = &rest[end + 1..];
        match after.strip_prefix(':') {
            Some(p) => ("x", Some(p)),
            None if after.is_empty() => ("x", None),
            None => return false,
        }
    } else {
        match host.rsplit_once(':') {
            Some((n, p)) => (n, Some(p)),
            None => (host, None),
        }
    };
    if let Some(p) = port
        && !p.bytes().all(|b| b.is_ascii_digit())
    {
        return false;
    }
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~!$'()*+,;=%".contains(&b))
}

/// distribution's repository grammar: lowercase path components joined by `/`, each
/// `[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*`.
pub fn is_valid_repository(repo: &str) -> bool {
    !repo.is_empty() && repo.split('/').all(is_valid_component)
}

fn is_valid_component(c: &str) -> bool {
    let b = c.as_bytes();
    let alnum = |x: u8| x.is_ascii_lowercase() || x.is_ascii_digit();
    if b.is_empty() || !alnum(b[0]) || !alnum(b[b.len() - 1]) {
        return false;
    }
    let mut i = 0;
    while i < b.len() {
        if alnum(b[i]) {
            i += 1;
            continue;
        }
        // a separator run between two alphanumerics
        let start = i;
        while i < b.len() && !alnum(b[i]) {
            i += 1;
        }
        let sep = &c[start..i];
        let ok = sep == "." || sep == "_" || sep == "__" || sep.bytes().all(|x| x == b'-');
        if !ok {
            return false;
        }
    }
    true
}

/// Tag grammar `[\w][\w.-]{0,127}`.
pub fn is_valid_tag(tag: &str) -> bool {
    let b = tag.as_bytes();
    let word = |x: u8| x.is_ascii_alphanumeric() || x == b'_';
    !b.is_empty()
        && b.len() <= 128
        && word(b[0])
        && b[1..].iter().all(|&x| word(x) || x == b'.' || x == b'-')
}

/// An OCI layout reference `<path>[:<tag>|@<digest>]`: split at the last `@`, else the last `:`.
pub fn parse_layout_reference(raw: &str) -> (String, String) {
    if let Some(i) = raw.rfind('@') {
        return (raw[..i].to_string(), raw[i + 1..].to_string());
    }
    match raw.rfind(':') {
        Some(i) => (raw[..i].to_string(), raw[i + 1..].to_string()),
        None => (raw.to_string(), String::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(s: &str) -> String {
        Reference::parse(s).unwrap_err().to_string()
    }

    #[test]
    fn grammar_matches_oras_go() {
        let r = Reference::parse("localhost:5000/hello/world:v1").unwrap();
        assert_eq!(
            (
                r.registry.as_str(),
                r.repository.as_str(),
                r.reference.as_str()
            ),
            ("localhost:5000", "hello/world", "v1")
        );
        let d = "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a";
        let r = Reference::parse(&format!("reg.io/a:tag@{d}")).unwrap();
        assert_eq!(r.reference, d);
        assert_eq!(r.repository, "a");
        assert_eq!(r.to_string(), format!("reg.io/a@{d}"));
        assert_eq!(Reference::parse("reg.io/a").unwrap().reference, "");
        assert_eq!(err("/oras"), r#"invalid reference: invalid registry """#);
        assert_eq!(
            err("ubuntu:latest"),
            "invalid reference: missing registry or repository"
        );
        assert_eq!(
            err("localhost:5000/Hello"),
            r#"invalid reference: invalid repository "Hello""#
        );
        assert_eq!(
            err("localhost:5000/a:-x"),
            r#"invalid reference: invalid tag "-x""#
        );
        assert_eq!(
            err("localhost:5000/a@sha256:abc"),
            r#"invalid reference: invalid digest "sha256:abc": invalid checksum digest length"#
        );
        assert_eq!(
            err("local host/a"),
            r#"invalid reference: invalid registry "local host""#
        );
        assert!(Reference::parse("[::1]:5000/a").is_ok());
        assert!(Reference::parse("reg.io:x/a").is_err());
    }

    #[test]
    fn repository_components() {
        for ok in ["a", "a/b", "a.b", "a_b", "a__b", "a---b", "a0/b-c.d"] {
            assert!(is_valid_repository(ok), "{ok}");
        }
        for bad in [
            "", "A", "a/", "/a", "a..b", "a___b", "-a", "a-", "a//b", "a._b",
        ] {
            assert!(!is_valid_repository(bad), "{bad}");
        }
    }

    #[test]
    fn layout_refs() {
        assert_eq!(
            parse_layout_reference("dir:v1"),
            ("dir".into(), "v1".into())
        );
        assert_eq!(
            parse_layout_reference("a:b/dir:v1"),
            ("a:b/dir".into(), "v1".into())
        );
        assert_eq!(
            parse_layout_reference("dir@sha256:x"),
            ("dir".into(), "sha256:x".into())
        );
        assert_eq!(parse_layout_reference("dir"), ("dir".into(), String::new()));
    }
}
