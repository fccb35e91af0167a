//! Test support shared by every integration test: nothing here knows about oras itself.

// Test certificates (CA, server, client) for TLS and mutual TLS registries.
pub mod certs;
// Hermetic `bash -c` commands with a cleared environment, stdin bytes and a timeout.
pub mod command;
// The global allocator of this binary: measures a thread's peak heap use (property tests).
pub mod alloc_meter;
// A fault-injection reverse proxy (cut bodies, ignored Range, 413/429/503) for cmd_net.
pub mod fault_proxy;
// A tiny HTTP/1.1 client over `std::net::TcpStream` for checking registry state.
pub mod http;
// Where the binary under test and the steering repo's `shared/` folder are.
pub mod paths;
// TEST SERVER standing in for zot (OCI 1.1 referrers API), which distribution 2.8.2 lacks.
pub mod referrers_server;
// The one registry starter: `docker-registry` (distribution 2.8.2) processes on 127.0.0.1.
pub mod registry;
// The one sandbox: work dir, HOME, TMPDIR, hermetic `oras` and shell runs, outputs.
pub mod sandbox;
// TEST SERVER answering scripted responses (redirects, Retry-After, bare 401s).
pub mod scripted_server;
// Registry fixtures written with raw HTTP, independent of the code under test.
pub mod seed;
// A test token endpoint signing JWTs for docker-registry's `auth.token`.
pub mod token_server;
