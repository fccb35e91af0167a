//! Properties of content handling: manifest/index decoding (and its 4 MiB bound), the
//! verifying reader under any chunking, and the Go-compatible JSON encoder.

use super::{Case, block_on, bounded, config};
use crate::support::alloc_meter::measure;
use oras::content::Digest;
use oras::content::descriptor::{Annotations, Descriptor};
use oras::content::digest::Hasher;
use oras::content::manifest::{self, Index, MAX_MANIFEST_BYTES, Manifest};
use oras::content::verify::{VerifyReader, read_all};
use oras::error::Error;
use oras::go::json;
use oras::media_type;
use oras::platform::Platform;
use proptest::prelude::*;
use serde_json::Value;
use std::collections::VecDeque;
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use tokio::io::{AsyncRead, AsyncReadExt, ReadBuf};

fn digest() -> impl Strategy<Value = Digest> {
    prop::collection::vec(any::<u8>(), 0..16).prop_map(|b| Digest::sha256_of(&b))
}

fn annotations() -> impl Strategy<Value = Annotations> {
    prop::collection::btree_map(any::<String>(), any::<String>(), 0..3)
}

fn descriptor() -> impl Strategy<Value = Descriptor> {
    (
        prop::sample::select(vec![
            media_type::IMAGE_LAYER,
            media_type::IMAGE_MANIFEST,
            media_type::EMPTY_JSON,
            "text/plain<&>",
            "",
        ]),
        digest(),
        any::<i64>(),
        prop::option::of(annotations()),
        prop::option::of(prop::collection::vec(any::<u8>(), 0..8)),
        prop::option::of(
            ("[a-z0-9]{1,6}", "[a-z0-9]{1,6}", "[a-z0-9]{0,3}").prop_map(
                |(os, architecture, variant)| Platform {
                    os,
                    architecture,
                    variant,
                    ..Default::default()
                },
            ),
        ),
        prop::option::of("[a-z/.+]{1,20}"),
    )
        .prop_map(
            |(mt, digest, size, annotations, data, platform, artifact_type)| {
                let mut d = Descriptor::new(mt, digest, size);
                // an empty map is not written, so it reads back as none
                d.annotations = annotations.filter(|a| !a.is_empty());
                d.data = data;
                d.platform = platform;
                d.artifact_type = artifact_type;
                d
            },
        )
}

/// A manifest or an index, its media type, and the successors it must decode to.
fn graph_node() -> impl Strategy<Value = (String, Vec<u8>, Vec<Descriptor>)> {
    let image = (
        descriptor(),
        prop::collection::vec(descriptor(), 0..5),
        prop::option::of(descriptor()),
        annotations(),
        prop::sample::select(vec![
            media_type::IMAGE_MANIFEST,
            media_type::DOCKER_MANIFEST,
        ]),
    )
        .prop_map(|(config, layers, subject, annotations, mt)| {
            let m = Manifest {
                schema_version: 2,
                media_type: mt.to_string(),
                artifact_type: String::new(),
                config: config.clone(),
                layers: layers.clone(),
                subject: subject.clone(),
                annotations,
            };
            let mut want: Vec<Descriptor> = subject.into_iter().collect();
            want.push(config);
            want.extend(layers);
            (mt.to_string(), json::to_vec(&m), want)
        });
    let index = (
        prop::collection::vec(descriptor(), 0..6),
        prop::option::of(descriptor()),
        prop::sample::select(vec![
            media_type::IMAGE_INDEX,
            media_type::DOCKER_MANIFEST_LIST,
        ]),
    )
        .prop_map(|(manifests, subject, mt)| {
            let mut i = Index::new(manifests.clone());
            i.media_type = mt.to_string();
            i.subject = subject.clone();
            let mut want: Vec<Descriptor> = subject.into_iter().collect();
            want.extend(manifests);
            (mt.to_string(), json::to_vec(&i), want)
        });
    prop_oneof![image, index]
}

/// A JSON value of any shape, small.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("serde_json reads it back exactly", |f| {
                serde_json::to_string(f)
                    .ok()
                    .and_then(|t| serde_json::from_str::<f64>(&t).ok())
                    == Some(*f)
            })
            .prop_map(Value::from),
        any::<String>().prop_map(Value::String),
        "[<>&\u{2028}\u{2029}a\"\\\\]{0,8}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(any::<String>(), inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(config(2048))]

    /// Generated manifests and indexes decode to exactly their children, in oras-go order
    /// (subject, config, then layers or manifests).
    #[test]
    fn manifest_successors_are_the_children((mt, bytes, want) in graph_node()) {
        bounded(move || -> Case {
            let got = manifest::successors(&mt, &bytes)
                .map_err(|e| TestCaseError::fail(e.to_string()))?
                .all();
            prop_assert_eq!(got, want);
            prop_assert!(manifest::decode(&bytes).is_ok());
            Ok(())
        })?;
    }

    /// Damaged or arbitrary manifest bytes of any manifest media type: no panic, and the
    /// memory used stays proportional to the input (nothing is sized from a claim).
    #[test]
    fn manifest_decode_arbitrary(
        (mt, bytes, _) in graph_node(),
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..4),
        cut in prop::option::of(any::<prop::sample::Index>()),
        junk in prop::option::of(prop::collection::vec(any::<u8>(), 0..512)),
        other_mt in prop::option::of(prop::sample::select(vec![
            media_type::IMAGE_INDEX, media_type::ARTIFACT_MANIFEST, media_type::IMAGE_MANIFEST,
            media_type::IMAGE_LAYER,
        ])),
    ) {
        bounded(move || -> Case {
            let mut bytes = junk.unwrap_or(bytes);
            for (at, b) in edits {
                if !bytes.is_empty() {
                    let i = at.index(bytes.len());
                    bytes[i] = b;
                }
            }
            if let Some(c) = cut {
                bytes.truncate(c.index(bytes.len() + 1));
            }
            let mt = other_mt.map_or(mt, str::to_string);
            let ((), peak) = measure(|| {
                let _ = std::hint::black_box(manifest::successors(&mt, &bytes));
                let _ = std::hint::black_box(manifest::decode(&bytes));
            });
            prop_assert!(peak <= 64 * bytes.len() + (64 << 10), "{} bytes of input held {} bytes", bytes.len(), peak);
            Ok(())
        })?;
    }
}

/// A reader that must never be read (content over the limit is refused unread).
struct Untouchable;

impl AsyncRead for Untouchable {
    fn poll_read(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
        _: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        panic!("content over the limit was read")
    }
}

/// Hands out `chunks` one per read (split further by the reader's buffer), optionally
/// answering `Pending` before every chunk.
struct Chunky {
    chunks: VecDeque<Vec<u8>>,
    pending: bool,
    was_pending: bool,
}

impl Chunky {
    fn new(bytes: &[u8], cuts: &[prop::sample::Index], pending: bool) -> Self {
        let mut at: Vec<usize> = cuts.iter().map(|i| i.index(bytes.len() + 1)).collect();
        at.sort_unstable();
        let mut chunks = VecDeque::new();
        let mut prev = 0;
        for a in at.into_iter().chain([bytes.len()]) {
            chunks.push_back(bytes[prev..a].to_vec());
            prev = a;
        }
        Chunky {
            chunks,
            pending,
            was_pending: false,
        }
    }
}

impl AsyncRead for Chunky {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        if self.pending && !self.was_pending {
            self.was_pending = true;
            cx.waker().wake_by_ref();
            return Poll::Pending;
        }
        self.was_pending = false;
        while let Some(front) = self.chunks.front_mut() {
            if front.is_empty() {
                self.chunks.pop_front();
                continue;
            }
            let n = front.len().min(buf.remaining());
            buf.put_slice(&front[..n]);
            front.drain(..n);
            return Poll::Ready(Ok(()));
        }
        Poll::Ready(Ok(()))
    }
}

/// How the delivered stream differs from the descriptor.
#[derive(Clone, Debug)]
enum Tamper {
    None,
    /// Drop this many bytes (at least one) from the end.
    Truncate(usize),
    /// Append these bytes (at least one).
    Extend(Vec<u8>),
    /// Replace one byte by a different one.
    Flip(prop::sample::Index, u8),
}

fn tamper() -> impl Strategy<Value = Tamper> {
    prop_oneof![
        2 => Just(Tamper::None),
        1 => (1usize..64).prop_map(Tamper::Truncate),
        1 => prop::collection::vec(any::<u8>(), 1..64).prop_map(Tamper::Extend),
        1 => (any::<prop::sample::Index>(), 1u8..=255).prop_map(|(i, x)| Tamper::Flip(i, x)),
    ]
}

/// Reads `r` to its end with a `buf_len`-byte buffer; what was handed out, and the error.
async fn drain<R: AsyncRead + Unpin>(mut r: R, buf_len: usize) -> (Vec<u8>, Option<io::Error>) {
    let mut out = Vec::new();
    let mut buf = vec![0u8; buf_len];
    loop {
        match r.read(&mut buf).await {
            Ok(0) => return (out, None),
            Ok(n) => out.extend_from_slice(&buf[..n]),
            Err(e) => return (out, Some(e)),
        }
    }
}

proptest! {
    #![proptest_config(config(2048))]

    /// `VerifyReader` under any chunking and read size: exact content passes and equals the
    /// one-shot digest; a short stream, trailing bytes or a changed byte always fail with
    /// the matching error, and no byte past the declared size is ever handed out.
    #[test]
    fn verify_reader_under_any_split(
        content in prop::collection::vec(any::<u8>(), 0..4096),
        cuts in prop::collection::vec(any::<prop::sample::Index>(), 0..12),
        buf_len in 1usize..600,
        pending in any::<bool>(),
        alg in prop::sample::select(vec!["sha256", "sha384", "sha512"]),
        how in tamper(),
    ) {
        bounded(move || -> Case {
            let mut h = Hasher::new(alg);
            h.update(&content);
            let desc = Descriptor::new("application/octet-stream", h.finish(), content.len() as i64);
            let mut sent = content.clone();
            let expect: Option<(io::ErrorKind, &str)> = match &how {
                Tamper::None => None,
                Tamper::Truncate(_) if content.is_empty() => None,
                Tamper::Truncate(n) => {
                    sent.truncate(content.len().saturating_sub(*n));
                    Some((io::ErrorKind::UnexpectedEof, "unexpected EOF"))
                }
                Tamper::Extend(more) => {
                    sent.extend_from_slice(more);
                    Some((io::ErrorKind::InvalidData, "trailing data"))
                }
                Tamper::Flip(_, _) if content.is_empty() => None,
                Tamper::Flip(at, x) => {
                    let i = at.index(sent.len());
                    sent[i] ^= x;
                    Some((io::ErrorKind::InvalidData, "mismatched digest"))
                }
            };
            let reader = VerifyReader::new(Chunky::new(&sent, &cuts, pending), &desc);
            let (out, err) = block_on(drain(reader, buf_len));
            prop_assert!(out.len() <= content.len());
            prop_assert_eq!(&out[..], &sent[..out.len()]);
            match (expect, err) {
                (None, None) => prop_assert_eq!(out, content),
                (Some((kind, text)), Some(e)) => {
                    prop_assert_eq!(e.kind(), kind);
                    prop_assert!(e.to_string().contains(text), "{} for {:?}", e, how);
                }
                (None, Some(e)) => prop_assert!(false, "exact content refused: {}", e),
                (Some((_, text)), None) => prop_assert!(false, "{} not detected", text),
            }
            Ok(())
        })?;
    }

    /// A download resumed at any byte, with the hasher of the bytes before it, verifies
    /// exactly like an uninterrupted one.
    #[test]
    fn verify_reader_resumes_anywhere(
        content in prop::collection::vec(any::<u8>(), 0..4096),
        at in any::<prop::sample::Index>(),
        cuts in prop::collection::vec(any::<prop::sample::Index>(), 0..6),
        flip in any::<bool>(),
    ) {
        bounded(move || -> Case {
            let desc = Descriptor::of_bytes("application/octet-stream", &content);
            let k = at.index(content.len() + 1);
            let mut h = desc.digest.hasher();
            h.update(&content[..k]);
            let mut rest = content[k..].to_vec();
            let flipped = flip && !rest.is_empty();
            if flipped {
                rest[0] ^= 0x80;
            }
            let reader = VerifyReader::resume(Chunky::new(&rest, &cuts, false), &desc, h, k as u64);
            let (out, err) = block_on(drain(reader, 97));
            if flipped {
                prop_assert!(err.is_some_and(|e| e.to_string().contains("mismatched digest")));
            } else {
                prop_assert!(err.is_none(), "{:?}", err);
                prop_assert_eq!(&out[..], &content[k..]);
            }
            Ok(())
        })?;
    }

    /// `read_all` (how manifests and configs are read) with any claimed size: a size over
    /// the limit is refused without reading, content is accepted only when it is exactly
    /// what the descriptor says, and memory never follows the claim (at most 1 MiB up
    /// front, then what actually arrives).
    #[test]
    fn read_all_never_allocates_from_a_claimed_size(
        content in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..4),
            prop::collection::vec(any::<u8>(), 0..2048),
        ],
        claim in prop_oneof![
            Just(None),
            (-4i64..4).prop_map(Some),
            (0..=MAX_MANIFEST_BYTES).prop_map(Some),
            (MAX_MANIFEST_BYTES..=i64::MAX).prop_map(Some),
            Just(Some(i64::MAX)),
            Just(Some(i64::MIN)),
        ],
        cuts in prop::collection::vec(any::<prop::sample::Index>(), 0..4),
    ) {
        bounded(move || -> Case {
            let real = content.len() as i64;
            let size = match claim {
                None => real,
                Some(d) if (-4..4).contains(&d) => (real + d).max(-1),
                Some(s) => s,
            };
            let desc = Descriptor::new("application/vnd.oci.image.manifest.v1+json", Digest::sha256_of(&content), size);
            let rt = tokio::runtime::Builder::new_current_thread().build().unwrap();
            if size > MAX_MANIFEST_BYTES {
                let (got, peak) = measure(|| rt.block_on(read_all(Untouchable, &desc, MAX_MANIFEST_BYTES)));
                prop_assert!(matches!(got, Err(Error::SizeExceedsLimit { .. })), "{:?}", got.err());
                prop_assert!(peak < 4096, "{}", peak);
                return Ok(());
            }
            let reader = Chunky::new(&content, &cuts, false);
            let (got, peak) = measure(|| rt.block_on(read_all(reader, &desc, MAX_MANIFEST_BYTES)));
            prop_assert!(peak <= (1 << 20) + 4 * content.len() + 4096, "claim {} held {} bytes", size, peak);
            match got {
                Ok(bytes) => {
                    prop_assert_eq!(size, real, "a size mismatch went unnoticed");
                    prop_assert_eq!(bytes, content);
                }
                Err(e) => prop_assert!(size != real, "exact content refused: {}", e),
            }
            Ok(())
        })?;
    }

    /// `--pretty` re-indents raw bytes from the registry: for any bytes it only adds or drops
    /// whitespace outside strings, never changes anything else; what it refuses is not JSON
    /// (Go's scanner accepts at least all that serde_json accepts).
    #[test]
    fn indent_only_moves_whitespace(
        raw in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..512),
            json_value().prop_map(|v| serde_json::to_vec_pretty(&v).unwrap()),
            prop::collection::vec(prop::sample::select(b"{}[],:\"\\ \n\tab1".to_vec()), 0..256),
        ],
    ) {
        bounded(move || -> Case {
            match json::indent(&raw) {
                Ok(out) => prop_assert_eq!(squeeze(&out), squeeze(&raw)),
                Err(e) => prop_assert!(
                    serde_json::from_slice::<serde::de::IgnoredAny>(&raw).is_err(),
                    "refused valid JSON: {}", e
                ),
            }
            Ok(())
        })?;
    }

    /// The Go-compatible encoder writes JSON that reads back as the same value, with the
    /// characters Go escapes never raw; re-indenting keeps the value too.
    #[test]
    fn go_json_round_trips(v in json_value()) {
        bounded(move || -> Case {
            let bytes = json::to_vec(&v);
            prop_assert!(!bytes.iter().any(|b| matches!(b, b'<' | b'>' | b'&')));
            let text = String::from_utf8(bytes.clone()).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert!(!text.contains(['\u{2028}', '\u{2029}']), "raw line separator");
            let back: Value = serde_json::from_slice(&bytes).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(&back, &v);
            let indented = json::indent(&bytes).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let pretty: Value = serde_json::from_slice(&indented)
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(pretty, v);
            Ok(())
        })?;
    }
}

/// `bytes` without the ASCII whitespace that lies outside JSON strings.
fn squeeze(bytes: &[u8]) -> Vec<u8> {
    let (mut in_string, mut escaped) = (false, false);
    let mut out = Vec::with_capacity(bytes.len());
    for &c in bytes {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
        } else if !c.is_ascii_whitespace() {
            in_string = c == b'"';
            out.push(c);
        }
    }
    out
}
