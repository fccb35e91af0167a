//! Implementations of the sprig (v3) functions oras exposes to templates, one file per
//! family of sprig's documentation; `funcs` registers them by name.
//!
//! Date/time (`now`, `date`, `toDate`, …), crypto, random, regex, semver and network functions
//! are not implemented: they are registered so templates parse, but calling them fails.

mod args;
mod defaults;
mod dicts;
mod encoding;
mod lists;
mod numbers;
mod paths;
mod reflect;
mod strings;
#[cfg(test)]
mod tests;

pub(super) use defaults::*;
pub(super) use dicts::*;
pub(super) use encoding::*;
pub(super) use lists::*;
pub(super) use numbers::*;
pub(super) use paths::*;
pub(super) use reflect::*;
pub(super) use strings::*;
