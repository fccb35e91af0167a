//! registries.conf (containers-registries.conf(5), version 2 TOML; version 1 tables are
//! converted): `[[registry]]` prefixes with their location rewrite, `insecure`, `blocked`
//! and `[[registry.mirror]]`s. Short names, aliases and search registries are not read
//! (oras references are always fully qualified).
//!
//! Which files (containers/image `newConfigWrapper`): only `$CONTAINERS_REGISTRIES_CONF`
//! when it is set (it must exist); else `~/.config/containers/registries.conf` when it
//! exists, with the drop-ins of `~/.config/containers/registries.conf.d/`; else
//! `/etc/containers/registries.conf` (when it exists) with the drop-ins of
//! `/etc/containers/registries.conf.d/` then of the user's folder. Drop-ins (`*.conf`, in
//! name order, version 2 only) replace the tables of the same prefix. A file that is not
//! valid is an error naming it.

mod entry;

pub use entry::{Mirror, PullFrom, Registry, matching_prefix};

use super::{ContainersEnv, shown};
use crate::error::{Error, Result};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The merged `[[registry]]` tables of this machine.
#[derive(Clone, Debug, Default)]
pub struct RegistriesConf {
    /// One table per prefix, sorted by prefix.
    registries: Vec<Registry>,
}

impl RegistriesConf {
    /// Read the files `env` points at (none when the container tools' files are ignored).
    pub fn load(env: &ContainersEnv) -> Result<Self> {
        if env.disabled {
            return Ok(Self::default());
        }
        let (main, required, dirs) = match &env.registries_conf {
            Some(p) => (p.clone(), true, Vec::new()),
            None => {
                let user = env.in_home(".config/containers/registries.conf");
                let user_dir = env.in_home(".config/containers/registries.conf.d");
                match user {
                    Some(u) if u.exists() => (u, false, user_dir.into_iter().collect()),
                    _ => {
                        let mut dirs = vec![env.system("/etc/containers/registries.conf.d")];
                        dirs.extend(user_dir);
                        (env.system("/etc/containers/registries.conf"), false, dirs)
                    }
                }
            }
        };
        let mut by_prefix: BTreeMap<String, Registry> = BTreeMap::new();
        match std::fs::read_to_string(&main) {
            Ok(text) => {
                for r in parse(&main, &text, false)? {
                    by_prefix.entry(r.prefix.clone()).or_insert(r);
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => {}
            Err(e) => return Err(file_error(&main, &crate::go::error::os_error_text(&e))),
        }
        for dir in dirs {
            for path in drop_ins(&dir)? {
                let text = match std::fs::read_to_string(&path) {
                    Ok(t) => t,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                    Err(e) => return Err(file_error(&path, &crate::go::error::os_error_text(&e))),
                };
                let mut own: BTreeMap<String, Registry> = BTreeMap::new();
                for r in parse(&path, &text, true)? {
                    own.entry(r.prefix.clone()).or_insert(r);
                }
                by_prefix.extend(own);
            }
        }
        Ok(RegistriesConf {
            registries: by_prefix.into_values().collect(),
        })
    }

    /// Tables built in code (tests).
    pub fn from_registries(mut registries: Vec<Registry>) -> Self {
        registries.sort_by(|a, b| a.prefix.cmp(&b.prefix));
        RegistriesConf { registries }
    }

    /// The table with the longest prefix matching `name` (`host/repository` or `host`).
    pub fn find(&self, name: &str) -> Option<&Registry> {
        self.registries
            .iter()
            .filter(|r| r.matches(name).is_some())
            .max_by_key(|r| r.prefix.len())
    }

    pub fn is_empty(&self) -> bool {
        self.registries.is_empty()
    }
}

/// `invalid registries configuration <file>: <why>`.
fn file_error(path: &Path, why: &str) -> Error {
    Error::msg(format!(
        "invalid registries configuration {}: {why}",
        shown(path)
    ))
}

/// The `*.conf` files of a drop-in folder, in name order (none when it is missing).
fn drop_ins(dir: &Path) -> Result<Vec<PathBuf>> {
    let rd = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => {
            return Err(Error::msg(format!(
                "reading registries.conf.d {}: {}",
                shown(dir),
                crate::go::error::os_error_text(&e)
            )));
        }
    };
    let mut out: Vec<PathBuf> = rd
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| !t.is_dir()))
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "conf"))
        .collect();
    out.sort();
    Ok(out)
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
struct RawFile {
    #[serde(default)]
    registry: Vec<RawRegistry>,
    /// Version 1: `[registries.search]`, `[registries.insecure]`, `[registries.block]`.
    #[serde(default)]
    registries: Option<RawV1>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
struct RawRegistry {
    #[serde(default)]
    prefix: String,
    #[serde(default)]
    location: String,
    #[serde(default)]
    insecure: bool,
    #[serde(default)]
    blocked: bool,
    #[serde(default)]
    mirror_by_digest_only: bool,
    #[serde(default)]
    pull_from_mirror: String,
    #[serde(default)]
    mirror: Vec<RawMirror>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
struct RawMirror {
    #[serde(default)]
    location: String,
    #[serde(default)]
    insecure: bool,
    #[serde(default)]
    pull_from_mirror: String,
}

#[derive(Deserialize, Default)]
struct RawV1 {
    #[serde(default)]
    search: V1List,
    #[serde(default)]
    insecure: V1List,
    #[serde(default)]
    block: V1List,
}

#[derive(Deserialize, Default)]
struct V1List {
    #[serde(default)]
    registries: Vec<String>,
}

/// The `[[registry]]` tables of one file, checked as containers/image checks them.
pub fn parse(path: &Path, text: &str, drop_in: bool) -> Result<Vec<Registry>> {
    let bad = |why: String| file_error(path, &why);
    let raw: RawFile = toml::from_str(text).map_err(|e| bad(toml_error(text, &e)))?;
    let v1 = raw.registries.as_ref().is_some_and(|v| {
        !(v.search.registries.is_empty()
            && v.insecure.registries.is_empty()
            && v.block.registries.is_empty())
    });
    let tables = if v1 {
        if drop_in {
            return Err(bad("registry must be in v2 format but is in v1".into()));
        }
        if !raw.registry.is_empty() {
            return Err(bad("mixing sysregistry v1/v2 is not supported".into()));
        }
        from_v1(raw.registries.unwrap_or_default())
    } else {
        raw.registry
    };
    let mut out = Vec::new();
    for t in tables {
        out.push(check(t, path).map_err(bad)?);
    }
    for a in &out {
        for b in out
            .iter()
            .filter(|b| b.location == a.location && !a.location.is_empty())
        {
            for (what, differs) in [
                ("insecure", a.insecure != b.insecure),
                ("blocked", a.blocked != b.blocked),
            ] {
                if differs {
                    return Err(bad(format!(
                        "registry '{}' is defined multiple times with conflicting '{what}' setting",
                        a.location
                    )));
                }
            }
        }
    }
    Ok(out)
}

/// Version 1 lists as tables (containers/image `ConvertToV2`).
fn from_v1(v1: RawV1) -> Vec<RawRegistry> {
    let mut out: Vec<RawRegistry> = Vec::new();
    fn slot<'a>(out: &'a mut Vec<RawRegistry>, loc: &str) -> &'a mut RawRegistry {
        let loc = loc.trim_end_matches('/');
        let i = match out.iter().position(|r| r.location == loc) {
            Some(i) => i,
            None => {
                out.push(RawRegistry {
                    prefix: loc.to_string(),
                    location: loc.to_string(),
                    ..Default::default()
                });
                out.len() - 1
            }
        };
        &mut out[i]
    }
    for b in &v1.block.registries {
        slot(&mut out, b).blocked = true;
    }
    for i in &v1.insecure.registries {
        slot(&mut out, i).insecure = true;
    }
    out
}

/// A table as a [`Registry`], or why it is invalid.
fn check(t: RawRegistry, path: &Path) -> std::result::Result<Registry, String> {
    let location = location(&t.location)?;
    let prefix = if t.prefix.is_empty() {
        if location.is_empty() {
            return Err("invalid condition: both location and prefix are unset".into());
        }
        location.clone()
    } else {
        let p = self::location(&t.prefix)?;
        if !p.starts_with("*.") && location.is_empty() {
            return Err(
                "invalid condition: location is unset and prefix is not in the format: *.example.com"
                    .into(),
            );
        }
        p
    };
    if prefix.starts_with("*.") && prefix.contains(['/', '@', ':']) {
        return Err(format!(
            "Wildcarded prefix should be in the format: *.example.com. Current prefix {prefix:?} is incorrectly formatted"
        ));
    }
    if !t.pull_from_mirror.is_empty() {
        return Err(format!(
            "pull-from-mirror must not be set for a non-mirror registry {prefix:?}"
        ));
    }
    if !location.is_empty() {
        registry_name(&location)?;
    }
    let mut mirrors = Vec::new();
    for m in t.mirror {
        let loc = self::location(&m.location)?;
        if loc.is_empty() {
            return Err("invalid condition: mirror location is unset".into());
        }
        registry_name(&loc)?;
        if t.mirror_by_digest_only && !m.pull_from_mirror.is_empty() {
            return Err(format!(
                "cannot set mirror usage mirror-by-digest-only for the registry ({prefix:?}) and pull-from-mirror for per-mirror ({loc:?}) at the same time"
            ));
        }
        let pull_from = PullFrom::parse(&m.pull_from_mirror).ok_or_else(|| {
            format!(
                "unsupported pull-from-mirror value {:?} for mirror {loc:?}",
                m.pull_from_mirror
            )
        })?;
        mirrors.push(Mirror {
            location: loc,
            insecure: m.insecure,
            pull_from,
        });
    }
    Ok(Registry {
        prefix,
        location,
        insecure: t.insecure,
        blocked: t.blocked,
        mirror_by_digest_only: t.mirror_by_digest_only,
        mirrors,
        file: path.to_path_buf(),
    })
}

/// containers/image `parseLocation`: trailing slashes dropped, no URI scheme.
fn location(raw: &str) -> std::result::Result<String, String> {
    let trimmed = raw.trim_end_matches('/');
    if trimmed.starts_with("http://") || trimmed.starts_with("https://") {
        return Err(format!(
            "invalid location '{raw}': URI schemes are not supported"
        ));
    }
    Ok(trimmed.to_string())
}

/// A location must name a registry: `host[:port][/namespace…]`.
fn registry_name(location: &str) -> std::result::Result<(), String> {
    crate::reference::Reference::parse(&format!("{location}/x"))
        .map(|_| ())
        .map_err(|e| format!("invalid location {location:?}: {e}"))
}

/// A TOML error on one line: `line L, column C: <message>`.
fn toml_error(text: &str, e: &toml::de::Error) -> String {
    let msg = e.message().trim().replace('\n', " ");
    match e.span() {
        Some(span) => {
            let before = &text[..span.start.min(text.len())];
            let line = before.matches('\n').count() + 1;
            let col = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
            format!("line {line}, column {col}: {msg}")
        }
        None => msg,
    }
}

#[cfg(test)]
mod tests;
