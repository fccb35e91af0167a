//! Content digests (`<algorithm>:<hex>`): validation as go-digest does it, and streaming hashers.
//!
//! A validated digest contains only `[a-z0-9]` around one `:`, so it is also safe to use as a
//! file name (`blobs/<alg>/<hex>`): validation doubles as path-traversal defence.

use sha2::Digest as _;
use std::fmt;

/// A validated content digest.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Digest(String);

/// Why a digest string was refused (go-digest wording).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DigestError {
    #[error("invalid checksum digest format")]
    InvalidFormat,
    #[error("invalid checksum digest length")]
    InvalidLength,
    #[error("unsupported digest algorithm")]
    Unsupported,
}

fn hex_len(algorithm: &str) -> Option<usize> {
    match algorithm {
        "sha256" => Some(64),
        "sha384" => Some(96),
        "sha512" => Some(128),
        _ => None,
    }
}

fn is_algorithm_component(s: &str) -> bool {
    // go-digest: algorithm = [a-z0-9]+ (?:[.+_-][a-z0-9]+)*
    !s.is_empty()
        && s.split(['.', '+', '_', '-']).all(|p| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

impl Digest {
    /// Parse and validate `<alg>:<hex>`.
    pub fn parse(s: &str) -> Result<Self, DigestError> {
        let Some(i) = s.find(':') else {
            return Err(DigestError::InvalidFormat);
        };
        if i == 0 || i + 1 == s.len() {
            return Err(DigestError::InvalidFormat);
        }
        let (alg, enc) = (&s[..i], &s[i + 1..]);
        let Some(len) = hex_len(alg) else {
            let encoded_ok = !enc.is_empty()
                && enc
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"=_-".contains(&b));
            return Err(if is_algorithm_component(alg) && encoded_ok {
                DigestError::Unsupported
            } else {
                DigestError::InvalidFormat
            });
        };
        if enc.len() != len {
            return Err(DigestError::InvalidLength);
        }
        if !enc
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        {
            return Err(DigestError::InvalidFormat);
        }
        Ok(Digest(s.to_string()))
    }

    /// sha256 digest of a byte slice.
    pub fn sha256_of(bytes: &[u8]) -> Self {
        Digest(format!(
            "sha256:{}",
            hex::encode(sha2::Sha256::digest(bytes))
        ))
    }

    /// The whole `<alg>:<hex>` text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The algorithm part (`sha256`).
    pub fn algorithm(&self) -> &str {
        self.0.split_once(':').map(|(a, _)| a).unwrap_or_default()
    }

    /// The encoded (hex) part.
    pub fn hex(&self) -> &str {
        self.0.split_once(':').map(|(_, h)| h).unwrap_or_default()
    }

    /// What oras prints in status lines: 12 hex chars for sha256, the whole digest otherwise.
    pub fn short(&self) -> &str {
        if self.algorithm() == "sha256" {
            &self.hex()[..12]
        } else {
            &self.0
        }
    }

    /// A hasher for this digest's algorithm.
    pub fn hasher(&self) -> Hasher {
        Hasher::new(self.algorithm())
    }
}

impl fmt::Display for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.0)
    }
}

impl serde::Serialize for Digest {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for Digest {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Digest::parse(&s)
            .map_err(|e| serde::de::Error::custom(format!("invalid digest {s:?}: {e}")))
    }
}

/// A streaming hasher for one of the supported algorithms.
#[derive(Clone)]
pub enum Hasher {
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
}

impl Hasher {
    /// A hasher for `algorithm` (sha256 when unknown; unknown algorithms never validate).
    pub fn new(algorithm: &str) -> Self {
        match algorithm {
            "sha384" => Hasher::Sha384(sha2::Sha384::new()),
            "sha512" => Hasher::Sha512(sha2::Sha512::new()),
            _ => Hasher::Sha256(sha2::Sha256::new()),
        }
    }

    /// A sha256 hasher.
    pub fn sha256() -> Self {
        Hasher::Sha256(sha2::Sha256::new())
    }

    /// Feed bytes.
    pub fn update(&mut self, bytes: &[u8]) {
        match self {
            Hasher::Sha256(h) => h.update(bytes),
            Hasher::Sha384(h) => h.update(bytes),
            Hasher::Sha512(h) => h.update(bytes),
        }
    }

    /// The digest of everything fed so far.
    pub fn finish(self) -> Digest {
        match self {
            Hasher::Sha256(h) => Digest(format!("sha256:{}", hex::encode(h.finalize()))),
            Hasher::Sha384(h) => Digest(format!("sha384:{}", hex::encode(h.finalize()))),
            Hasher::Sha512(h) => Digest(format!("sha512:{}", hex::encode(h.finalize()))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_rejects_like_go_digest() {
        let ok = "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a";
        let d = Digest::parse(ok).unwrap();
        assert_eq!(d.short(), "44136fa355b3");
        assert_eq!(d.hex().len(), 64);
        assert_eq!(Digest::parse("sha256:abc"), Err(DigestError::InvalidLength));
        assert_eq!(Digest::parse("sha256"), Err(DigestError::InvalidFormat));
        assert_eq!(Digest::parse(":abc"), Err(DigestError::InvalidFormat));
        assert_eq!(Digest::parse("md5:abc"), Err(DigestError::Unsupported));
        let upper = ok.to_uppercase().replace("SHA256", "sha256");
        assert_eq!(Digest::parse(&upper), Err(DigestError::InvalidFormat));
        assert_eq!(
            Digest::parse("sha256:../../etc/passwd"),
            Err(DigestError::InvalidLength)
        );
        assert_eq!(Digest::sha256_of(b"{}").as_str(), ok);
    }
}
