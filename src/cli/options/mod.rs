//! Flag groups shared by commands (oras's `option` package), flattened into clap structs.

pub mod binary_target;
pub mod cache;
pub mod common;
pub mod distribution;
pub mod format;
pub mod output;
pub mod platform;
pub mod remote;
pub mod target;

pub use common::CommonOpts;
pub use distribution::DistributionSpecOpts;
pub use format::FormatOpts;
pub use output::{ConfirmOpts, DescriptorOpts, PrettyOpts};
pub use platform::PlatformOpts;
pub use remote::RemoteOpts;
pub use target::{OpenedTarget, TargetOpts, TargetRef};
