//! Test certificates made at test time with rcgen: a CA, a server certificate for
//! `localhost`/127.0.0.1 and a client certificate, as PEM files (TLS and mutual TLS).

use super::registry::Tls;
use std::path::{Path, PathBuf};

/// PEM files in one folder: `ca.pem`, `server.pem`, `server.key`, `client.pem`, `client.key`.
pub struct TestCerts {
    pub ca: PathBuf,
    pub server_cert: PathBuf,
    pub server_key: PathBuf,
    pub client_cert: PathBuf,
    pub client_key: PathBuf,
}

impl TestCerts {
    /// Generates fresh keys and certificates into `dir`.
    pub fn generate(dir: &Path) -> TestCerts {
        use rcgen::{
            BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, KeyPair,
        };
        let ca_key = KeyPair::generate().expect("CA key");
        let mut ca_params = CertificateParams::new(Vec::<String>::new()).expect("CA params");
        ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca_params
            .distinguished_name
            .push(DnType::CommonName, "oras test CA");
        let ca = ca_params.self_signed(&ca_key).expect("CA certificate");

        let server_key = KeyPair::generate().expect("server key");
        let mut sp = CertificateParams::new(vec!["localhost".to_string(), "127.0.0.1".to_string()])
            .expect("server params");
        sp.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        let server = sp
            .signed_by(&server_key, &ca, &ca_key)
            .expect("server certificate");

        let client_key = KeyPair::generate().expect("client key");
        let mut cp = CertificateParams::new(Vec::<String>::new()).expect("client params");
        cp.distinguished_name
            .push(DnType::CommonName, "oras test client");
        cp.extended_key_usages = vec![ExtendedKeyUsagePurpose::ClientAuth];
        let client = cp
            .signed_by(&client_key, &ca, &ca_key)
            .expect("client certificate");

        let certs = TestCerts {
            ca: dir.join("ca.pem"),
            server_cert: dir.join("server.pem"),
            server_key: dir.join("server.key"),
            client_cert: dir.join("client.pem"),
            client_key: dir.join("client.key"),
        };
        for (path, pem) in [
            (&certs.ca, ca.pem()),
            (&certs.server_cert, server.pem()),
            (&certs.server_key, server_key.serialize_pem()),
            (&certs.client_cert, client.pem()),
            (&certs.client_key, client_key.serialize_pem()),
        ] {
            std::fs::write(path, pem)
                .unwrap_or_else(|err| panic!("writing {}: {err}", path.display()));
        }
        certs
    }

    /// The registry's `http.tls`: this server certificate, and (when `verify_clients`) the
    /// CA that client certificates must chain to.
    pub fn server_tls(&self, verify_clients: bool) -> Tls {
        Tls {
            certificate: self.server_cert.clone(),
            key: self.server_key.clone(),
            client_cas: if verify_clients {
                vec![self.ca.clone()]
            } else {
                Vec::new()
            },
        }
    }
}
