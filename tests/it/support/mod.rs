//! Test support shared by every integration test: nothing here knows about oras itself.

// Hermetic `bash -c` commands with a cleared environment, stdin bytes and a timeout.
pub mod command;
// The global allocator of this binary: measures a thread's peak heap use (property tests).
pub mod alloc_meter;
// A tiny HTTP/1.1 client over `std::net::TcpStream` for checking registry state.
pub mod http;
// Where the binary under test and the steering repo's `shared/` folder are.
pub mod paths;
// TEST SERVER standing in for zot (OCI 1.1 referrers API), which distribution 2.8.2 lacks.
pub mod referrers_server;
// `docker-registry` (CNCF distribution 2.8.2) processes on 127.0.0.1, one per test.
pub mod registry;
// A per-test sandbox (work dir, HOME, TMPDIR) and the oras runner.
pub mod env;
// Registry fixtures written with raw HTTP, independent of the code under test.
pub mod seed;
// A fault-injection reverse proxy (cut bodies, ignored Range, 413/429/503) for cmd_net.
pub mod fault_proxy;
// A test token endpoint signing JWTs for docker-registry's `auth.token`.
pub mod token_server;
