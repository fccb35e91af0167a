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

/// Go's wording for a failed file operation: `open <path>: no such file or directory`.
pub fn go_io_error(op: &str, path: &std::path::Path, e: &std::io::Error) -> String {
    let text = e.to_string();
    let text = match text.find(" (os error") {
        Some(i) => &text[..i],
        None => &text,
    };
    let mut chars = text.chars();
    let text = chars
        .next()
        .map(|c| c.to_ascii_lowercase().to_string() + chars.as_str())
        .unwrap_or_default();
    format!("{op} {}: {text}", path.display())
}
