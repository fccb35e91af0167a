//! The one integration-test binary of the `oras` package (`cargo test --test it`).

mod cmd_graph;
