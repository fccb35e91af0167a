//! Token scopes (`repository:<name>:<actions>`): merged, de-duplicated and sorted like oras-go.

use std::collections::{BTreeMap, BTreeSet};

/// A set of scopes, keyed by `type:name`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Scopes(BTreeMap<String, BTreeSet<String>>);

impl Scopes {
    pub fn new() -> Self {
        Self::default()
    }

    /// `repository:<repo>:<actions>`.
    pub fn repository(repo: &str, actions: &[&str]) -> Self {
        let mut s = Self::new();
        s.add_repository(repo, actions);
        s
    }

    pub fn add_repository(&mut self, repo: &str, actions: &[&str]) {
        let set = self.0.entry(format!("repository:{repo}")).or_default();
        set.extend(actions.iter().map(|a| a.to_string()));
    }

    /// Add scopes written as in a challenge: space-separated `type:name:actions`.
    pub fn add_raw(&mut self, raw: &str) {
        for scope in raw.split(' ').filter(|s| !s.is_empty()) {
            let Some((resource, actions)) = scope.rsplit_once(':') else {
                continue;
            };
            let set = self.0.entry(resource.to_string()).or_default();
            set.extend(
                actions
                    .split(',')
                    .filter(|a| !a.is_empty())
                    .map(str::to_string),
            );
        }
    }

    /// Union of two sets.
    pub fn merged(&self, other: &Scopes) -> Scopes {
        let mut out = self.clone();
        for (k, v) in &other.0 {
            out.0
                .entry(k.clone())
                .or_default()
                .extend(v.iter().cloned());
        }
        out
    }

    /// The scopes as strings, sorted; `*` swallows other actions.
    pub fn to_strings(&self) -> Vec<String> {
        self.0
            .iter()
            .filter(|(_, a)| !a.is_empty())
            .map(|(r, a)| {
                if a.contains("*") {
                    format!("{r}:*")
                } else {
                    format!("{r}:{}", a.iter().cloned().collect::<Vec<_>>().join(","))
                }
            })
            .collect()
    }

    /// Cache key of this scope set.
    pub fn key(&self) -> String {
        self.to_strings().join(" ")
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// True when every scope is a repository scope asking for `pull` only (a read).
    pub fn is_pull_only(&self) -> bool {
        !self.0.is_empty()
            && self.0.iter().all(|(r, a)| {
                r.starts_with("repository:") && a.iter().all(|x| x == "pull") && !a.is_empty()
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_and_sorts() {
        let mut s = Scopes::repository("hello", &["push", "pull"]);
        s.add_raw("repository:hello:pull repository:other:pull registry:catalog:*");
        assert_eq!(
            s.to_strings(),
            vec![
                "registry:catalog:*",
                "repository:hello:pull,push",
                "repository:other:pull"
            ]
        );
    }

    #[test]
    fn pull_only() {
        assert!(Scopes::repository("a", &["pull"]).is_pull_only());
        assert!(!Scopes::repository("a", &["pull", "push"]).is_pull_only());
        assert!(!Scopes::new().is_pull_only());
        let mut s = Scopes::repository("a", &["pull"]);
        s.add_raw("registry:catalog:*");
        assert!(!s.is_pull_only());
    }
}
