//! Multi-step workflows on top of targets and the copy engine. No clap, no direct printing:
//! output goes through the hooks and printer handed in.

pub mod attach;
pub mod backup;
pub mod backup_archive;
pub mod backup_plan;
pub mod copy;
pub mod discover;
pub mod index;
pub mod platform;
pub mod pull;
pub mod push;
pub mod tag;
