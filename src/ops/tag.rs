//! Tagging one manifest under several tags, a few at a time (oras-go `TagBytesN`).

use crate::content::Descriptor;
use crate::error::Result;
use crate::targets::Target;
use futures_util::{TryStreamExt, stream};

/// PUT the same manifest bytes under every tag; `on_tagged` runs as each one lands.
pub async fn tag_bytes_n(
    dst: &dyn Target,
    desc: &Descriptor,
    bytes: &[u8],
    tags: &[String],
    concurrency: usize,
    on_tagged: &(dyn Fn(&str) + Sync),
) -> Result<()> {
    stream::iter(tags.iter().map(Ok::<_, crate::error::Error>))
        .try_for_each_concurrent(concurrency.max(1), |tag| async move {
            dst.push_reference(desc, bytes.to_vec(), tag).await?;
            on_tagged(tag);
            Ok(())
        })
        .await?;
    Ok(())
}
