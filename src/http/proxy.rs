//! Proxies from `HTTP_PROXY`/`HTTPS_PROXY`/`NO_PROXY`, with Go's rule that loopback
//! destinations (`localhost`, `127.0.0.0/8`, `::1`) never go through a proxy.

/// The proxy environment as the CLI read it (the library never reads the environment).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProxyEnv {
    pub http_proxy: Option<String>,
    pub https_proxy: Option<String>,
    pub no_proxy: Option<String>,
}

impl ProxyEnv {
    /// Add the proxies to the client builder. reqwest's own environment lookup is turned
    /// off so that only these values (and the loopback exception) apply.
    pub fn apply(
        &self,
        mut builder: reqwest::ClientBuilder,
    ) -> Result<reqwest::ClientBuilder, String> {
        builder = builder.no_proxy();
        let mut no_proxy = String::from("localhost,127.0.0.1/8,::1");
        if let Some(extra) = &self.no_proxy {
            no_proxy.push(',');
            no_proxy.push_str(extra);
        }
        let exceptions = || reqwest::NoProxy::from_string(&no_proxy);
        if let Some(p) = &self.http_proxy {
            let proxy = reqwest::Proxy::http(with_scheme(p))
                .map_err(|e| format!("invalid proxy URL {p:?}: {e}"))?
                .no_proxy(exceptions());
            builder = builder.proxy(proxy);
        }
        if let Some(p) = &self.https_proxy {
            let proxy = reqwest::Proxy::https(with_scheme(p))
                .map_err(|e| format!("invalid proxy URL {p:?}: {e}"))?
                .no_proxy(exceptions());
            builder = builder.proxy(proxy);
        }
        Ok(builder)
    }
}

/// Go accepts `host:port` without a scheme and assumes `http://`.
fn with_scheme(p: &str) -> String {
    if p.contains("://") {
        p.to_string()
    } else {
        format!("http://{p}")
    }
}
