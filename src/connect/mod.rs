//! How to talk to a registry: the one place every command asks. From the connection flags
//! of one target ([`Settings`]) and the container tools' configuration
//! (`crate::containers`) it answers, for a reference, which location to use
//! (registries.conf `location` rewrite, reads only, as containers/image), whether it is
//! `blocked`, which mirrors a read may try, and for each endpoint the client: TLS (flags,
//! then `certs.d/<host[:port]>/`, then registries.conf `insecure`), credentials (flags for
//! the primary location only; else docker's config, then the containers auth files) and
//! plain HTTP (`--plain-http`, else `localhost`, else for an `insecure` endpoint whatever
//! it speaks).
//!
//! Writes never go to a mirror and never follow a rewrite. Mirrors get no `-H` header,
//! no flag credential and no `--ca-file`/`--cert-file`: those are for the registry the
//! user named.

mod credentials;

pub use credentials::StoredCredentials;

use crate::auth::client::AuthClient;
use crate::auth::docker_config::{ConfigPaths, CredentialStore};
use crate::auth::{Credential, CredentialSource, StaticCredential};
use crate::containers::auth_file::AuthFiles;
use crate::containers::registries_conf::{RegistriesConf, Registry};
use crate::containers::{ContainersEnv, certs_d};
use crate::error::{Error, Result};
use crate::http::ClientOptions;
use crate::reference::Reference;
use crate::targets::remote::mirror::Mirror;
use crate::targets::remote::{Repository, api_host};
use std::path::PathBuf;
use std::sync::Arc;

/// What the flags of one target say about reaching registries.
#[derive(Clone, Default)]
pub struct Settings {
    /// Transport options of the flags (TLS, `--resolve`, `-H`, `--debug`, proxies, notices).
    pub client: ClientOptions,
    /// `-u/-p` or an identity token: given to the registry the user named only.
    pub credential: Option<Credential>,
    /// `--registry-config` files (none: docker's default file).
    pub registry_configs: Vec<PathBuf>,
    pub docker_paths: ConfigPaths,
    /// `--plain-http`, when given.
    pub plain_http: Option<bool>,
    /// Where the container tools' files are.
    pub containers: ContainersEnv,
}

/// What a target is opened for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Reads may use the location rewrite and the mirrors.
    Read,
    /// Writes go to the name as given.
    Write,
}

/// A client for one registry host.
pub struct Connection {
    pub client: Arc<AuthClient>,
    pub plain_http: bool,
}

/// docker's credential store and the containers auth files, shared by the endpoints.
type Stores = (Arc<CredentialStore>, Arc<AuthFiles>);

/// One place to reach: a reference and how.
struct Endpoint {
    reference: Reference,
    insecure: bool,
    mirror: bool,
}

impl Settings {
    /// The repository of `reference`, opened for `access`: mirrors attached for reads.
    pub async fn repository(&self, reference: &Reference, access: Access) -> Result<Repository> {
        let conf = RegistriesConf::load(&self.containers)?;
        let name = format!("{}/{}", reference.registry, reference.repository);
        let entry = conf.find(&name);
        if let Some(e) = entry {
            refuse_blocked(e)?;
        }
        let primary = match (entry, access) {
            (Some(e), Access::Read) => Endpoint {
                reference: rewrite(e, reference, &name, &e.location)?,
                insecure: e.insecure,
                mirror: false,
            },
            (e, _) => Endpoint {
                reference: reference.clone(),
                insecure: e.is_some_and(|e| e.insecure),
                mirror: false,
            },
        };
        let mut mirrors = Vec::new();
        if let (Some(e), Access::Read) = (entry, access) {
            let by_digest = reference.digest().is_some();
            for m in e.mirrors_for(by_digest) {
                mirrors.push(Endpoint {
                    reference: rewrite(e, reference, &name, &m.location)?,
                    insecure: m.insecure,
                    mirror: true,
                });
            }
        }
        // docker's config is read only when a stored credential may be needed
        let stores = if self.credential.is_none() || !mirrors.is_empty() {
            Some((
                Arc::new(self.docker_store()?),
                Arc::new(AuthFiles::new(
                    &self.containers,
                    self.client.notices.clone(),
                )),
            ))
        } else {
            None
        };
        let mut repo = self.open(&primary, stores.as_ref()).await?;
        let mut list = Vec::new();
        for m in mirrors {
            let label = format!("{}/{}", m.reference.registry, m.reference.repository);
            list.push(Mirror {
                repo: self.open(&m, stores.as_ref()).await?,
                label,
            });
        }
        repo.set_mirrors(list);
        Ok(repo)
    }

    /// A client for the registry `host` itself (login, catalog): its certs.d folder and
    /// registries.conf's `insecure`/`blocked` apply; `credentials` replaces the stored
    /// ones when given.
    pub async fn registry(
        &self,
        host: &str,
        credentials: Option<Arc<dyn CredentialSource>>,
    ) -> Result<Connection> {
        let conf = RegistriesConf::load(&self.containers)?;
        let entry = conf.find(host);
        if let Some(e) = entry {
            refuse_blocked(e)?;
        }
        let insecure = entry.is_some_and(|e| e.insecure);
        let credentials = match (credentials, &self.credential) {
            (Some(c), _) => c,
            (None, Some(c)) => Arc::new(StaticCredential(c.clone())),
            (None, None) => {
                let auth_files = AuthFiles::new(&self.containers, self.client.notices.clone());
                self.credentials_for(
                    host,
                    host,
                    &Arc::new(self.docker_store()?),
                    &Arc::new(auth_files),
                )
            }
        };
        let options = self.options_for(host, insecure, false)?;
        let client = Arc::new(AuthClient::new(&options, credentials)?);
        let plain_http = self.plain_http_for(&client, host, insecure, false).await;
        Ok(Connection { client, plain_http })
    }

    /// The docker-compatible credential store of these settings.
    pub fn docker_store(&self) -> Result<CredentialStore> {
        CredentialStore::open(&self.registry_configs, &self.docker_paths)
            .map_err(|e| Error::msg(e.to_string()))
    }

    async fn open(&self, e: &Endpoint, stores: Option<&Stores>) -> Result<Repository> {
        let host = e.reference.registry.as_str();
        let key = format!("{}/{}", e.reference.registry, e.reference.repository);
        let credentials: Arc<dyn CredentialSource> = match (&self.credential, e.mirror, stores) {
            (Some(c), false, _) => Arc::new(StaticCredential(c.clone())),
            (_, _, Some((docker, auth_files))) => {
                self.credentials_for(host, &key, docker, auth_files)
            }
            (None, _, None) | (Some(_), true, None) => {
                return Err(Error::msg("internal error: no credential store"));
            }
        };
        let options = self.options_for(host, e.insecure, e.mirror)?;
        let client = Arc::new(AuthClient::new(&options, credentials)?);
        let plain = self
            .plain_http_for(&client, host, e.insecure, e.mirror)
            .await;
        Ok(Repository::new(e.reference.clone(), client, plain))
    }

    fn credentials_for(
        &self,
        host: &str,
        key: &str,
        docker: &Arc<CredentialStore>,
        auth_files: &Arc<AuthFiles>,
    ) -> Arc<dyn CredentialSource> {
        Arc::new(StoredCredentials::new(
            docker.clone(),
            auth_files.clone(),
            api_host(host),
            key,
            self.client.trace,
            self.client.notices.clone(),
        ))
    }

    /// The transport options for `host`: the flags' (a mirror keeps only `--resolve`,
    /// `--debug` and proxies), plus its certs.d folder and registries.conf `insecure`.
    fn options_for(&self, host: &str, insecure: bool, mirror: bool) -> Result<ClientOptions> {
        let certs = certs_d::for_host(&self.containers, host, &self.client.notices)?;
        let mut options = if mirror {
            ClientOptions {
                resolve: self.client.resolve.clone(),
                trace: self.client.trace,
                notices: self.client.notices.clone(),
                proxy: self.client.proxy.clone(),
                idle_timeout: self.client.idle_timeout,
                no_retries: true,
                ..Default::default()
            }
        } else {
            self.client.clone()
        };
        options.insecure |= insecure;
        options.extra_roots.extend(certs.roots);
        if options.client_cert.is_none() {
            options.client_cert = certs.client;
        }
        Ok(options)
    }

    /// `--plain-http` (not for a mirror), else `localhost[:port]`, else for an `insecure`
    /// endpoint: plain HTTP when HTTPS gets no answer (containers/image
    /// `detectProperties`), else HTTPS.
    async fn plain_http_for(
        &self,
        client: &AuthClient,
        host: &str,
        insecure: bool,
        mirror: bool,
    ) -> bool {
        if let (Some(flag), false) = (self.plain_http, mirror) {
            return flag;
        }
        if host == "localhost" || host.starts_with("localhost:") {
            return true;
        }
        if !insecure {
            return false;
        }
        let url = format!("https://{}/v2/", api_host(host));
        matches!(client.probe(&url).await, Err(Error::Transport(_)))
    }
}

/// `registry <prefix> is blocked in <file>`.
fn refuse_blocked(e: &Registry) -> Result<()> {
    if e.blocked {
        return Err(Error::msg(format!(
            "registry {} is blocked in {}",
            e.prefix,
            e.file.display()
        )));
    }
    Ok(())
}

/// `reference` with the table's prefix replaced by `location`; a result that is no
/// reference is an error naming the file.
fn rewrite(e: &Registry, reference: &Reference, name: &str, location: &str) -> Result<Reference> {
    let rewritten = e.rewrite(name, location)?;
    let mut r = Reference::parse(&rewritten).map_err(|err| {
        Error::msg(format!(
            "the [[registry]] prefix {:?} of {} rewrites {name:?} to {rewritten:?}: {err}",
            e.prefix,
            e.file.display()
        ))
    })?;
    r.reference = reference.reference.clone();
    Ok(r)
}
