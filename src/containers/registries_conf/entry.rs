//! One `[[registry]]` table of registries.conf: its prefix (matched as containers/image
//! `refMatchingPrefix`, `*.example.com` wildcards included), the location it rewrites the
//! prefix to, `insecure`, `blocked`, and its mirrors with their `pull-from-mirror` rule.

use crate::error::{Error, Result};
use std::path::PathBuf;

/// When a mirror may serve a read (`pull-from-mirror`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PullFrom {
    /// `all` (the default): reads by tag and by digest.
    All,
    /// `digest-only`: only reads of a reference given by digest; never resolves a tag.
    DigestOnly,
    /// `tag-only`: only reads of a reference given by tag.
    TagOnly,
}

impl PullFrom {
    pub(super) fn parse(raw: &str) -> Option<PullFrom> {
        match raw {
            "" | "all" => Some(PullFrom::All),
            "digest-only" => Some(PullFrom::DigestOnly),
            "tag-only" => Some(PullFrom::TagOnly),
            _ => None,
        }
    }

    /// Whether a read of a reference given by digest (`by_digest`) or by tag may use it.
    pub fn allows(self, by_digest: bool) -> bool {
        match self {
            PullFrom::All => true,
            PullFrom::DigestOnly => by_digest,
            PullFrom::TagOnly => !by_digest,
        }
    }
}

/// A `[[registry.mirror]]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mirror {
    /// `host[:port][/namespace…]` standing in for the prefix.
    pub location: String,
    /// TLS is not verified and plain HTTP is allowed.
    pub insecure: bool,
    pub pull_from: PullFrom,
}

/// A `[[registry]]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Registry {
    /// What it matches: `host[:port][/namespace…]`, or `*.domain`.
    pub prefix: String,
    /// Where the prefix really lives (empty only for a wildcard prefix: no rewrite).
    pub location: String,
    pub insecure: bool,
    pub blocked: bool,
    /// `mirror-by-digest-only`: every mirror is `digest-only`.
    pub mirror_by_digest_only: bool,
    pub mirrors: Vec<Mirror>,
    /// The file the table came from.
    pub file: PathBuf,
}

impl Registry {
    /// How much of `name` (`host/repository`) the prefix matches, or `None`.
    pub fn matches(&self, name: &str) -> Option<usize> {
        matching_prefix(name, &self.prefix)
    }

    /// `name` with the matched prefix replaced by `location` (a wildcard entry without a
    /// location keeps `name`).
    pub fn rewrite(&self, name: &str, location: &str) -> Result<String> {
        let len = self
            .matches(name)
            .ok_or_else(|| Error::msg(format!("invalid prefix {:?} for {name:?}", self.prefix)))?;
        if location.is_empty() {
            return Ok(name.to_string());
        }
        Ok(format!("{location}{}", &name[len..]))
    }

    /// The mirrors a read of a reference given by digest (`by_digest`) or tag may use, in
    /// order.
    pub fn mirrors_for(&self, by_digest: bool) -> impl Iterator<Item = &Mirror> {
        self.mirrors.iter().filter(move |m| {
            if self.mirror_by_digest_only {
                by_digest
            } else {
                m.pull_from.allows(by_digest)
            }
        })
    }
}

/// containers/image `refMatchingPrefix`: the length of `name` the prefix matches, when
/// `name` equals the prefix or continues it with `/`, `:` or `@`; `*.domain` matches any
/// subdomain of `domain` in the host part.
pub fn matching_prefix(name: &str, prefix: &str) -> Option<usize> {
    if let Some(domain) = prefix.strip_prefix('*') {
        let index = name.find(domain)?;
        if name[..index].contains('/') {
            return None;
        }
        let end = index + domain.len();
        return match name.as_bytes().get(end) {
            None | Some(b':' | b'/' | b'@') => Some(end),
            _ => None,
        };
    }
    if name == prefix {
        return Some(prefix.len());
    }
    if name.starts_with(prefix)
        && matches!(name.as_bytes().get(prefix.len()), Some(b':' | b'/' | b'@'))
    {
        return Some(prefix.len());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reg(prefix: &str, location: &str) -> Registry {
        Registry {
            prefix: prefix.into(),
            location: location.into(),
            insecure: false,
            blocked: false,
            mirror_by_digest_only: false,
            mirrors: vec![],
            file: "/f".into(),
        }
    }

    #[test]
    fn prefixes_match_whole_components() {
        assert_eq!(matching_prefix("r.io/ns/app", "r.io/ns"), Some(7));
        assert_eq!(matching_prefix("r.io/ns", "r.io/ns"), Some(7));
        assert_eq!(matching_prefix("r.io/nsx/app", "r.io/ns"), None);
        assert_eq!(matching_prefix("r.io:5000/app", "r.io"), Some(4));
        assert_eq!(
            matching_prefix("a.b.example.com/app", "*.example.com"),
            Some(15)
        );
        assert_eq!(matching_prefix("example.com/app", "*.example.com"), None);
        assert_eq!(matching_prefix("x.io/a.example.com", "*.example.com"), None);
        assert_eq!(matching_prefix("a.example.comx/app", "*.example.com"), None);
    }

    #[test]
    fn rewrites_and_mirror_rules() {
        let r = reg("r.io/ns", "m.io:5000/cache/ns");
        assert_eq!(
            r.rewrite("r.io/ns/app", &r.location).unwrap(),
            "m.io:5000/cache/ns/app"
        );
        let w = reg("*.example.com", "");
        assert_eq!(
            w.rewrite("a.example.com/app", "").unwrap(),
            "a.example.com/app"
        );
        let mut m = reg("r.io", "r.io");
        m.mirrors = vec![
            Mirror {
                location: "a".into(),
                insecure: false,
                pull_from: PullFrom::All,
            },
            Mirror {
                location: "d".into(),
                insecure: false,
                pull_from: PullFrom::DigestOnly,
            },
            Mirror {
                location: "t".into(),
                insecure: false,
                pull_from: PullFrom::TagOnly,
            },
        ];
        let names = |m: &Registry, d| {
            m.mirrors_for(d)
                .map(|x| x.location.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(names(&m, true), ["a", "d"]);
        assert_eq!(names(&m, false), ["a", "t"]);
        m.mirror_by_digest_only = true;
        assert_eq!(names(&m, false), Vec::<String>::new());
        assert_eq!(names(&m, true).len(), 3);
    }
}
