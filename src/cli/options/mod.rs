//! Flag groups shared by commands (oras's `option` package), flattened into clap structs.

pub mod common;
pub mod distribution;
pub mod format;
pub mod remote;
pub mod target;

pub use common::CommonOpts;
pub use distribution::DistributionSpecOpts;
pub use format::FormatOpts;
pub use remote::RemoteOpts;
pub use target::{OpenedTarget, TargetOpts, TargetRef};
