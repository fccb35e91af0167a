//! `--resolve host:port:address[:address_port]`: parsing with oras's messages, and the
//! DNS overrides handed to the HTTP client.

use std::net::{IpAddr, SocketAddr};

/// One `--resolve` rule: connections to `host:port` go to `address:address_port`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolveRule {
    pub host: String,
    pub port: u16,
    pub address: IpAddr,
    pub address_port: u16,
}

impl ResolveRule {
    /// Parse one flag value (oras `parseResolve`: split into at most 4 parts on `:`, so
    /// IPv6 addresses are not supported, as in oras).
    pub fn parse(raw: &str) -> Result<ResolveRule, String> {
        let fail = |why: &str| format!("failed to parse resolve flag {raw:?}: {why}");
        let parts: Vec<&str> = raw.splitn(4, ':').collect();
        if parts.len() < 3 {
            return Err(fail("expecting host:port:address[:address_port]"));
        }
        let port = parse_port(parts[1]).ok_or_else(|| fail("expecting uint64 host port"))?;
        let address: IpAddr = parts[2].parse().map_err(|_| fail("invalid IP address"))?;
        let address_port = match parts.get(3) {
            Some(p) => parse_port(p).ok_or_else(|| fail("expecting uint64 address port"))?,
            None => port,
        };
        Ok(ResolveRule {
            host: parts[0].to_string(),
            port,
            address,
            address_port,
        })
    }

    /// The address handed to the client's DNS override for `host`.
    ///
    /// The HTTP client keys overrides by host name and always dials the port written in
    /// the URL when there is one; `address_port` is used when the URL has none (the
    /// scheme's default port). Rules for the same host with different ports: the last wins.
    pub fn socket_addr(&self) -> SocketAddr {
        SocketAddr::new(self.address, self.address_port)
    }
}

/// Go's `strconv.Atoi` accepts a sign; a port must still fit in 16 bits.
fn parse_port(s: &str) -> Option<u16> {
    let s = s.strip_prefix('+').unwrap_or(s);
    s.parse::<u16>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rules_and_reports_oras_errors() {
        let r = ResolveRule::parse("reg.example:5000:127.0.0.1").unwrap();
        assert_eq!(r.port, 5000);
        assert_eq!(r.address_port, 5000);
        assert_eq!(
            ResolveRule::parse("reg.example:443:127.0.0.1:8443")
                .unwrap()
                .socket_addr(),
            "127.0.0.1:8443".parse().unwrap()
        );
        let err = |s: &str| ResolveRule::parse(s).unwrap_err();
        assert_eq!(
            err("a:1"),
            "failed to parse resolve flag \"a:1\": expecting host:port:address[:address_port]"
        );
        assert_eq!(
            err("a:x:127.0.0.1"),
            "failed to parse resolve flag \"a:x:127.0.0.1\": expecting uint64 host port"
        );
        assert_eq!(
            err("a:1:nope"),
            "failed to parse resolve flag \"a:1:nope\": invalid IP address"
        );
        assert_eq!(
            err("a:1:::1"),
            "failed to parse resolve flag \"a:1:::1\": invalid IP address"
        );
        assert_eq!(
            err("a:1:127.0.0.1:y"),
            "failed to parse resolve flag \"a:1:127.0.0.1:y\": expecting uint64 address port"
        );
    }
}
