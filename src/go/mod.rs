//! The exact text Go's standard library and oras-go print, in one place: `%q` quoting,
//! `encoding/json` strings, `time.RFC3339Nano`, and the shapes of OS, network and oras-go
//! errors. Every command that shows one of these goes through here, so a failure is worded
//! the same way whichever command hits it.

pub mod error;
pub mod json;
pub mod path;
pub mod quote;
pub mod time;
