//! Properties of reading OCI layout tars in place (`oras cp --from-oci-layout x.tar`):
//! `index.json` and blobs are found by name and served by offset, never extracted.

use super::{Case, block_on, bounded, config};
use crate::support::alloc_meter::measure;
use oras::content::Digest;
use oras::content::descriptor::{ANNOTATION_REF_NAME, Annotations, Descriptor};
use oras::content::manifest::{Index, Manifest};
use oras::go::json;
use oras::media_type;
use oras::targets::layout::LayoutStore;
use oras::targets::layout::tarfs::TarFs;
use oras::targets::{ReadOnlyTarget, fetch_all};
use proptest::prelude::*;
use std::path::Path;

/// A layout: its tag, manifest bytes and blobs.
#[derive(Clone, Debug)]
struct Layout {
    tag: String,
    manifest: Vec<u8>,
    blobs: Vec<Vec<u8>>,
    dot_slash: bool,
    dirs: bool,
}

fn layout() -> impl Strategy<Value = Layout> {
    (
        "[a-zA-Z0-9_][a-zA-Z0-9_.-]{0,10}",
        prop::collection::vec(prop::collection::vec(any::<u8>(), 0..300), 0..4),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(tag, blobs, dot_slash, dirs)| {
            let config = Descriptor::empty_json();
            let layers: Vec<Descriptor> = blobs
                .iter()
                .map(|b| Descriptor::of_bytes(media_type::IMAGE_LAYER, b))
                .collect();
            let m = Manifest {
                schema_version: 2,
                media_type: media_type::IMAGE_MANIFEST.into(),
                artifact_type: "application/x.test".into(),
                config,
                layers,
                subject: None,
                annotations: Annotations::new(),
            };
            Layout {
                tag,
                manifest: json::to_vec(&m),
                blobs,
                dot_slash,
                dirs,
            }
        })
}

/// The tar bytes of a layout, written the way `tar -C dir -cf x.tar .` would.
fn layout_tar(l: &Layout) -> Vec<u8> {
    let mut b = tar::Builder::new(Vec::new());
    let prefix = if l.dot_slash { "./" } else { "" };
    let mut add = |name: &str, data: &[u8]| {
        let mut h = tar::Header::new_ustar();
        h.set_size(data.len() as u64);
        h.set_mode(0o644);
        h.set_entry_type(tar::EntryType::Regular);
        b.append_data(&mut h, format!("{prefix}{name}"), data)
            .unwrap();
    };
    let mdesc = Descriptor::of_bytes(media_type::IMAGE_MANIFEST, &l.manifest);
    let mut tagged = mdesc.clone();
    tagged.annotations = Some(Annotations::from([(
        ANNOTATION_REF_NAME.to_string(),
        l.tag.clone(),
    )]));
    add("oci-layout", br#"{"imageLayoutVersion":"1.0.0"}"#);
    add("index.json", &json::to_vec(&Index::new(vec![tagged])));
    let mut blobs: Vec<&[u8]> = vec![b"{}", &l.manifest];
    blobs.extend(l.blobs.iter().map(Vec::as_slice));
    for blob in blobs {
        let d = Digest::sha256_of(blob);
        add(&format!("blobs/sha256/{}", d.hex()), blob);
    }
    let mut out = b.into_inner().unwrap();
    if l.dirs {
        // a directory entry at the end must not hide anything
        let mut b = tar::Builder::new(Vec::new());
        let mut h = tar::Header::new_ustar();
        h.set_entry_type(tar::EntryType::Directory);
        h.set_size(0);
        h.set_mode(0o755);
        b.append_data(&mut h, "blobs/", &[][..]).unwrap();
        let extra = b.into_inner().unwrap();
        // splice it in before the end-of-archive blocks
        let end = out.len() - 1024;
        out.splice(end..end, extra[..extra.len() - 1024].iter().copied());
    }
    out
}

/// Reads everything a layout tar offers through the store; errors are fine, panics not.
async fn read_through(path: &Path) -> Result<Vec<Vec<u8>>, String> {
    let store = LayoutStore::open_read_only(path)
        .await
        .map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    for tag in store.tag_list().await {
        let desc = store.resolve(&tag).await.map_err(|e| e.to_string())?;
        let bytes = fetch_all(&store, &desc).await.map_err(|e| e.to_string())?;
        let succ = oras::content::manifest::successors(&desc.media_type, &bytes)
            .map_err(|e| e.to_string())?;
        for child in succ.all() {
            if child.size > 1 << 20 {
                continue;
            }
            let b = fetch_all(&store, &child).await.map_err(|e| e.to_string())?;
            out.push(b);
        }
    }
    Ok(out)
}

proptest! {
    #![proptest_config(config(256))]

    /// A well-formed layout tar: the tag resolves and every blob reads back verified.
    #[test]
    fn layout_tar_round_trips(l in layout()) {
        bounded(move || -> Case {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("layout.tar");
            std::fs::write(&path, layout_tar(&l)).unwrap();
            let got = block_on(read_through(&path)).map_err(TestCaseError::fail)?;
            let mut want = vec![b"{}".to_vec()];
            want.extend(l.blobs.iter().cloned());
            prop_assert_eq!(got, want);
            Ok(())
        })?;
    }

    /// A damaged layout tar (bytes changed, cut short, or replaced): opening and reading it
    /// never panics, and indexing it holds memory in proportion to the file, not to the
    /// sizes its headers claim.
    #[test]
    fn layout_tar_damaged(
        l in layout(),
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..6),
        header_edits in prop::collection::vec((0usize..512, any::<u8>()), 0..4),
        cut in prop::option::of(any::<prop::sample::Index>()),
        junk in prop::option::of(prop::collection::vec(any::<u8>(), 0..2048)),
    ) {
        bounded(move || -> Case {
            let mut bytes = layout_tar(&l);
            for (at, b) in edits {
                let i = at.index(bytes.len());
                bytes[i] = b;
            }
            // the first header (oci-layout) and the second (index.json): sizes, types, names
            for (at, b) in header_edits {
                let block = if at % 2 == 0 { 0 } else { 1024 };
                if block + at < bytes.len() {
                    bytes[block + at] = b;
                }
            }
            if let Some(c) = cut {
                bytes.truncate(c.index(bytes.len() + 1));
            }
            if let Some(j) = junk {
                bytes = j;
            }
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("layout.tar");
            std::fs::write(&path, &bytes).unwrap();
            let (fs, peak) = measure(|| TarFs::open(&path).map(|fs| {
                let index = fs.read_small("index.json");
                (fs, index)
            }));
            prop_assert!(peak <= 4 * bytes.len() + (256 << 10), "{} bytes of tar held {} bytes", bytes.len(), peak);
            if let Ok((fs, Ok(index))) = &fs {
                prop_assert!(index.len() <= bytes.len());
                let d = Digest::sha256_of(b"{}");
                if let Some(n) = fs.blob_size(&d) {
                    prop_assert!(n <= bytes.len() as u64);
                }
            }
            let _ = block_on(read_through(&path));
            Ok(())
        })?;
    }
}
