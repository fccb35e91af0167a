//! The content model: digests, descriptors, manifests, Go-compatible JSON and verified reading.
//!
//! Invariant: every byte that crosses a store boundary is checked against its descriptor
//! (size, digest, end of stream) before it is trusted or lands under a final name.

pub mod descriptor;
pub mod digest;
pub mod manifest;
pub mod pack;
pub mod tally;
pub mod verify;

pub use descriptor::Descriptor;
pub use digest::Digest;
