//! The HTTP transport under the registry client: TLS (`--ca-file`, `--insecure`, client
//! certificates), custom DNS (`--resolve`), proxies from the environment, the redirect
//! policy, and the retry policy. Nothing here knows about registries or credentials.

pub mod builder;
pub mod proxy;
pub mod resolve;
pub mod retry;

pub use builder::{ClientOptions, build_client};
pub use proxy::ProxyEnv;
pub use resolve::ResolveRule;
