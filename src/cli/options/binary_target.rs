//! `cp`'s two targets (oras `BinaryTarget`): every Target flag with a `--from-` and a `--to-`
//! prefix (no short forms, no `*-stdin` flags), plus the unprefixed `--resolve` applied to
//! both sides. Each side converts into the ordinary [`TargetOpts`] so the remote/layout
//! logic is shared; validation names the prefixed flags and prints no password warnings.

use super::target::open_repository;
use super::{OpenedTarget, RemoteOpts, TargetOpts, TargetRef};
use crate::cli::error::CliError;
use crate::connect::Access;
use crate::targets::remote::Repository;
use clap::Args;
use std::path::PathBuf;
use std::sync::Arc;

/// Declares the flag struct of one side.
macro_rules! side_opts {
    ($name:ident, $p:literal, $side:literal) => {
        #[derive(Args, Debug, Clone, Default)]
        pub struct $name {
            #[arg(id = concat!($p, "-username"), long = concat!($p, "-username"), value_name = "string",
                  help = concat!($side, " registry username"))]
            pub username: Option<String>,
            #[arg(id = concat!($p, "-password"), long = concat!($p, "-password"), value_name = "string",
                  help = concat!($side, " registry password or identity token"))]
            pub password: Option<String>,
            #[arg(id = concat!($p, "-identity-token"), long = concat!($p, "-identity-token"), value_name = "string",
                  help = concat!($side, " registry identity token"))]
            pub identity_token: Option<String>,
            #[arg(id = concat!($p, "-insecure"), long = concat!($p, "-insecure"),
                  help = concat!("allow connections to ", $side, " SSL registry without certs"))]
            pub insecure: bool,
            #[arg(id = concat!($p, "-plain-http"), long = concat!($p, "-plain-http"), num_args = 0..=1, require_equals = true,
                  default_missing_value = "true",
                  help = concat!("allow insecure connections to ", $side, " registry without SSL check"))]
            pub plain_http: Option<bool>,
            #[arg(id = concat!($p, "-ca-file"), long = concat!($p, "-ca-file"), value_name = "string",
                  help = concat!("server certificate authority file for the remote ", $side, " registry"))]
            pub ca_file: Option<PathBuf>,
            #[arg(id = concat!($p, "-cert-file"), long = concat!($p, "-cert-file"), value_name = "string",
                  help = concat!("client certificate file for the remote ", $side, " registry"))]
            pub cert_file: Option<PathBuf>,
            #[arg(id = concat!($p, "-key-file"), long = concat!($p, "-key-file"), value_name = "string",
                  help = concat!("client private key file for the remote ", $side, " registry"))]
            pub key_file: Option<PathBuf>,
            #[arg(id = concat!($p, "-registry-config"), long = concat!($p, "-registry-config"), value_name = "path",
                  help = concat!("path of the authentication file for ", $side, " registry"))]
            pub registry_config: Vec<PathBuf>,
            #[arg(id = concat!($p, "-resolve"), long = concat!($p, "-resolve"), value_name = "host:port:address[:address_port]",
                  help = concat!("customized DNS for ", $side, " registry, formatted in host:port:address[:address_port]"))]
            pub resolve: Vec<String>,
            #[arg(id = concat!($p, "-header"), long = concat!($p, "-header"), value_name = "stringArray",
                  help = concat!("add custom headers to ", $side, " requests"))]
            pub header: Vec<String>,
            #[arg(id = concat!($p, "-oci-layout"), long = concat!($p, "-oci-layout"),
                  help = concat!("set ", $side, " target as an OCI image layout"))]
            pub oci_layout: bool,
            #[arg(id = concat!($p, "-oci-layout-path"), long = concat!($p, "-oci-layout-path"), value_name = "string",
                  help = concat!("[Experimental] set the path for the OCI image layout ", $side, " target"))]
            pub oci_layout_path: Option<String>,
            #[arg(id = concat!($p, "-distribution-spec"), long = concat!($p, "-distribution-spec"), value_name = "string",
                  value_parser = super::distribution::spec_value,
                  help = concat!("[Preview] set OCI distribution spec version and API option for ", $side,
                                 " target. Options: v1.1-referrers-tag, v1.1-referrers-api"))]
            pub distribution_spec: Option<String>,
        }

        impl $name {
            /// The flag prefix, with its dashes: `--from-` / `--to-`.
            pub const PREFIX: &'static str = concat!("--", $p, "-");

            /// The same flags as an ordinary target (base `--resolve` rules first; this
            /// side's `--*-registry-config` files before the base `--registry-config` ones,
            /// so that its own credentials win; the shared `--idle-timeout`).
            pub fn side(
                &self,
                base_resolve: &[String],
                base_configs: &[PathBuf],
                idle_timeout: Option<crate::http::IdleTimeout>,
            ) -> Side {
                Side {
                    prefix: Self::PREFIX,
                    distribution_spec: self.distribution_spec.clone(),
                    target: TargetOpts {
                        remote: RemoteOpts {
                            username: self.username.clone(),
                            password: self.password.clone(),
                            identity_token: self.identity_token.clone(),
                            password_stdin: false,
                            identity_token_stdin: false,
                            insecure: self.insecure,
                            plain_http: self.plain_http,
                            ca_file: self.ca_file.clone(),
                            cert_file: self.cert_file.clone(),
                            key_file: self.key_file.clone(),
                            registry_config: self
                                .registry_config
                                .iter()
                                .chain(base_configs.iter())
                                .cloned()
                                .collect(),
                            resolve: base_resolve
                                .iter()
                                .chain(self.resolve.iter())
                                .cloned()
                                .collect(),
                            header: self.header.clone(),
                            idle_timeout,
                        },
                        oci_layout: self.oci_layout,
                        oci_layout_path: self.oci_layout_path.clone(),
                    },
                }
            }
        }
    };
}

side_opts!(FromOpts, "from", "source");
side_opts!(ToOpts, "to", "destination");

/// Both sides of `cp`.
#[derive(Args, Debug, Clone, Default)]
pub struct BinaryTargetOpts {
    #[command(flatten)]
    pub from: FromOpts,
    #[command(flatten)]
    pub to: ToOpts,
    /// base DNS rules formatted in `host:port:address[:address_port]` for --from-resolve and --to-resolve
    #[arg(long, value_name = "host:port:address[:address_port]")]
    pub resolve: Vec<String>,
    /// path of the authentication file for source and destination registries (read after --from-registry-config / --to-registry-config)
    #[arg(long = "registry-config", value_name = "path")]
    pub registry_config: Vec<PathBuf>,
    /// retry, then fail, a transfer that moves no data for this long (e.g. 30s, 2m; 0
    /// waits forever); default 30s, also ORAS_IDLE_TIMEOUT
    #[arg(long = "idle-timeout", value_name = "duration", value_parser = super::remote::parse_idle_timeout)]
    pub idle_timeout: Option<crate::http::IdleTimeout>,
}

impl BinaryTargetOpts {
    /// The source side.
    pub fn source(&self) -> Side {
        self.from
            .side(&self.resolve, &self.registry_config, self.idle_timeout)
    }

    /// The destination side.
    pub fn destination(&self) -> Side {
        self.to
            .side(&self.resolve, &self.registry_config, self.idle_timeout)
    }
}

/// One side, as ordinary target options plus its flag prefix.
pub struct Side {
    pub prefix: &'static str,
    pub target: TargetOpts,
    pub distribution_spec: Option<String>,
}

impl Side {
    /// Flag checks with prefixed names (oras names the flags as typed).
    pub fn validate(&self) -> Result<(), CliError> {
        let p = self.prefix;
        let r = &self.target.remote;
        let exclusive = |names: &[(&str, bool)]| -> Result<(), CliError> {
            let set: Vec<String> = names
                .iter()
                .filter(|(_, s)| *s)
                .map(|(n, _)| format!("{p}{n}"))
                .collect();
            if set.len() > 1 {
                return Err(CliError::new(format!(
                    "{} cannot be used at the same time",
                    set.join(", ")
                )));
            }
            Ok(())
        };
        // oras checks them in this order (`--from-oci-layout-path, --from-oci-layout`)
        exclusive(&[
            ("oci-layout-path", self.target.oci_layout_path.is_some()),
            ("oci-layout", self.target.oci_layout),
        ])?;
        let layout = self.target.oci_layout || self.target.oci_layout_path.is_some();
        if layout {
            if !r.header.is_empty() {
                return Err(CliError::new(
                    "custom header flags cannot be used on an OCI image layout target",
                ));
            }
            return Ok(());
        }
        exclusive(&[
            ("username", r.username.is_some()),
            ("identity-token", r.identity_token.is_some()),
        ])?;
        exclusive(&[
            ("password", r.password.is_some()),
            ("identity-token", r.identity_token.is_some()),
        ])?;
        if r.cert_file.is_some() != r.key_file.is_some() {
            let (a, b) = if r.cert_file.is_some() {
                ("cert-file", "key-file")
            } else {
                ("key-file", "cert-file")
            };
            return Err(CliError::new(format!(
                "{p}{a} must be used in conjunction with {p}{b}"
            )));
        }
        self.referrers_api()?;
        Ok(())
    }

    /// The forced referrers capability of this side (`Some(true)`: the referrers API).
    pub fn referrers_api(&self) -> Result<Option<bool>, CliError> {
        self.distribution_spec
            .as_deref()
            .map(|v| {
                crate::targets::remote::referrers::parse_distribution_spec(v)
                    .map_err(|(m, r)| CliError::new(m).recommend(r))
            })
            .transpose()
    }

    /// Open a remote side without the password warnings of unprefixed flags; this side's
    /// flags (and its `--*-registry-config`) alone decide how it is reached.
    pub async fn open_remote(
        &self,
        target: &TargetRef,
        actions: &[&str],
        access: Access,
        debug: bool,
    ) -> Result<Option<Arc<Repository>>, CliError> {
        let TargetRef::Remote { reference, .. } = target else {
            return Ok(None);
        };
        let settings = self.target.remote.settings(debug)?;
        Ok(Some(
            open_repository(&settings, reference, actions, access).await?,
        ))
    }

    /// Open the source: a repository, or a layout directory or tar (read-only).
    pub async fn open_source(
        &self,
        target: &TargetRef,
        debug: bool,
    ) -> Result<OpenedTarget, CliError> {
        match self
            .open_remote(target, &["pull"], Access::Read, debug)
            .await?
        {
            Some(r) => Ok(OpenedTarget::Remote(r)),
            None => self.target.open_read_only(target, debug).await,
        }
    }

    /// Open the destination: a repository (pull and push asked up front), or a layout
    /// directory, created when missing.
    pub async fn open_destination(
        &self,
        target: &TargetRef,
        debug: bool,
    ) -> Result<OpenedTarget, CliError> {
        match self
            .open_remote(target, &["pull", "push"], Access::Write, debug)
            .await?
        {
            Some(r) => Ok(OpenedTarget::Remote(r)),
            None => self.target.open(target, &[], debug).await,
        }
    }
}
