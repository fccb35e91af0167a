//! Go `archive/tar` header bytes: what `Writer.WriteHeader` writes for a header with an
//! unspecified format (USTAR, falling back to PAX records only for what USTAR cannot hold),
//! for the fields oras-go fills in (uid/gid 0, no user/group names, no atime/ctime).

use std::collections::BTreeMap;
use std::io::{self, Write};

use crate::go::path::clean_bytes as clean;

/// Buffer for copying entry data in and out of archives (oras-go uses a 1 MiB pooled buffer
/// as well).
pub(super) const BUF_SIZE: usize = 1 << 20;

const BLOCK: usize = 512;
const NAME_SIZE: usize = 100;
const PREFIX_SIZE: usize = 155;
const MAX_SPECIAL_FILE_SIZE: usize = 1 << 20;

pub(super) const TYPE_REG: u8 = b'0';
pub(super) const TYPE_SYMLINK: u8 = b'2';
pub(super) const TYPE_CHAR: u8 = b'3';
pub(super) const TYPE_BLOCK: u8 = b'4';
pub(super) const TYPE_DIR: u8 = b'5';
pub(super) const TYPE_FIFO: u8 = b'6';
const TYPE_XHEADER: u8 = b'x';

/// Header fields as oras-go fills them in (uid/gid 0, empty names, no atime/ctime).
pub(super) struct TarHeader<'a> {
    pub name: &'a [u8],
    pub linkname: &'a [u8],
    pub typeflag: u8,
    pub mode: i64,
    pub size: u64,
    pub mtime: i64,
    pub devmajor: i64,
    pub devminor: i64,
}

fn fits_in_octal(n: usize, x: i64) -> bool {
    let oct_bits = (n as u32 - 1) * 3;
    x >= 0 && (n >= 22 || x < (1i64 << oct_bits))
}

fn is_ascii(s: &[u8]) -> bool {
    s.iter().all(|&c| c != 0 && c < 0x80)
}

fn to_ascii(s: &[u8]) -> Vec<u8> {
    s.iter().copied().filter(|&c| c != 0 && c < 0x80).collect()
}

/// Go `formatter.formatString`.
fn format_string(b: &mut [u8], s: &[u8]) {
    let n = s.len().min(b.len());
    b[..n].copy_from_slice(&s[..n]);
    if s.len() < b.len() {
        b[s.len()] = 0;
    }
    if s.len() > b.len() && b[b.len() - 1] == b'/' {
        let mut end = b.len() - 1;
        while end > 0 && s[end - 1] == b'/' {
            end -= 1;
        }
        b[end] = 0;
    }
}

/// Go `formatter.formatOctal` (zero-padded, NUL-terminated; 0 when it does not fit).
fn format_octal(b: &mut [u8], x: i64) {
    let x = if fits_in_octal(b.len(), x) { x } else { 0 };
    let s = format!("{:0width$o}", x, width = b.len() - 1);
    format_string(b, s.as_bytes());
}

/// Go `splitUSTARPath`.
fn split_ustar_path(name: &[u8]) -> Option<(&[u8], &[u8])> {
    let mut length = name.len();
    if length <= NAME_SIZE || !is_ascii(name) {
        return None;
    } else if length > PREFIX_SIZE + 1 {
        length = PREFIX_SIZE + 1;
    } else if name[length - 1] == b'/' {
        length -= 1;
    }
    let i = name[..length].iter().rposition(|&c| c == b'/')?;
    let nlen = name.len() - i - 1;
    if i == 0 || nlen > NAME_SIZE || nlen == 0 || i > PREFIX_SIZE {
        return None;
    }
    Some((&name[..i], &name[i + 1..]))
}

/// Go `formatPAXRecord`.
pub(super) fn format_pax_record(k: &str, v: &[u8]) -> Vec<u8> {
    let padding = 3;
    let mut size = k.len() + v.len() + padding;
    size += size.to_string().len();
    let build = |size: usize| {
        let mut r = size.to_string().into_bytes();
        r.push(b' ');
        r.extend_from_slice(k.as_bytes());
        r.push(b'=');
        r.extend_from_slice(v);
        r.push(b'\n');
        r
    };
    let rec = build(size);
    if rec.len() != size {
        return build(rec.len());
    }
    rec
}

/// Go `block.setFormat` for USTAR/PAX: magic, version and checksum (`%06o\0 `).
fn set_ustar_format(blk: &mut [u8; BLOCK]) {
    blk[257..263].copy_from_slice(b"ustar\0");
    blk[263..265].copy_from_slice(b"00");
    let sum: i64 = blk
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            if (148..156).contains(&i) {
                32
            } else {
                c as i64
            }
        })
        .sum();
    format_octal(&mut blk[148..155], sum);
    blk[155] = b' ';
}

/// Go `path.Split` + `path.Join(dir, "PaxHeaders.0", file)`.
fn pax_header_name(name: &[u8]) -> Vec<u8> {
    let (dir, file) = match name.iter().rposition(|&c| c == b'/') {
        Some(i) => (&name[..=i], &name[i + 1..]),
        None => (&name[..0], name),
    };
    let mut joined = Vec::with_capacity(name.len() + 14);
    joined.extend_from_slice(dir);
    if !joined.is_empty() && !joined.ends_with(b"/") {
        joined.push(b'/');
    }
    joined.extend_from_slice(b"PaxHeaders.0");
    if !file.is_empty() {
        joined.push(b'/');
        joined.extend_from_slice(file);
    }
    clean(&joined)
}

/// A tar stream writer producing Go `archive/tar`'s bytes.
pub(super) struct GoTarWriter<W: Write> {
    w: W,
}

impl<W: Write> GoTarWriter<W> {
    pub(super) fn new(w: W) -> Self {
        GoTarWriter { w }
    }

    /// Entry data, after its header (the caller pads it with [`Self::pad`]).
    pub(super) fn write_data(&mut self, data: &[u8]) -> io::Result<()> {
        self.w.write_all(data)
    }

    /// `templateV7Plus`: the fields shared by USTAR and PAX main headers.
    fn template(h: &TarHeader<'_>, name: &[u8], linkname: &[u8]) -> [u8; BLOCK] {
        let mut blk = [0u8; BLOCK];
        blk[156] = h.typeflag;
        format_string(&mut blk[0..100], name);
        format_string(&mut blk[157..257], linkname);
        format_octal(&mut blk[100..108], h.mode);
        format_octal(&mut blk[108..116], 0);
        format_octal(&mut blk[116..124], 0);
        format_octal(&mut blk[124..136], i64::try_from(h.size).unwrap_or(-1));
        format_octal(&mut blk[136..148], h.mtime);
        format_string(&mut blk[265..297], b"");
        format_string(&mut blk[297..329], b"");
        format_octal(&mut blk[329..337], h.devmajor);
        format_octal(&mut blk[337..345], h.devminor);
        blk
    }

    /// `Writer.WriteHeader` with `Format` unspecified: USTAR when every field fits, else PAX.
    pub(super) fn write_header(&mut self, h: &TarHeader<'_>) -> io::Result<()> {
        let mut pax: BTreeMap<&'static str, Vec<u8>> = BTreeMap::new();
        let mut ustar = true;
        if !is_ascii(h.name) || h.name.len() > NAME_SIZE {
            if split_ustar_path(h.name).is_none() {
                ustar = false;
            }
            pax.insert("path", h.name.to_vec());
        }
        if !is_ascii(h.linkname) || h.linkname.len() > NAME_SIZE {
            ustar = false;
            pax.insert("linkpath", h.linkname.to_vec());
        }
        let size = i64::try_from(h.size).unwrap_or(i64::MAX);
        if !fits_in_octal(12, size) {
            ustar = false;
            pax.insert("size", size.to_string().into_bytes());
        }
        if !fits_in_octal(12, h.mtime) {
            ustar = false;
            pax.insert("mtime", h.mtime.to_string().into_bytes());
        }

        if ustar {
            let (prefix, name) = split_ustar_path(h.name).unwrap_or((b"", h.name));
            let mut blk = Self::template(h, name, h.linkname);
            format_string(&mut blk[345..500], prefix);
            set_ustar_format(&mut blk);
            return self.w.write_all(&blk);
        }

        // PAX: extended header file, then the main header with ASCII-only names.
        let mut data = Vec::new();
        for (k, v) in &pax {
            data.extend_from_slice(&format_pax_record(k, v));
        }
        if data.len() > MAX_SPECIAL_FILE_SIZE {
            return Err(io::Error::other("archive/tar: header field too long"));
        }
        let mut xname = to_ascii(&pax_header_name(h.name));
        xname.truncate(NAME_SIZE);
        while xname.last() == Some(&b'/') {
            xname.pop();
        }
        let mut xblk = [0u8; BLOCK];
        xblk[156] = TYPE_XHEADER;
        format_string(&mut xblk[0..100], &xname);
        format_octal(&mut xblk[100..108], 0);
        format_octal(&mut xblk[108..116], 0);
        format_octal(&mut xblk[116..124], 0);
        format_octal(&mut xblk[124..136], data.len() as i64);
        format_octal(&mut xblk[136..148], 0);
        set_ustar_format(&mut xblk);
        self.w.write_all(&xblk)?;
        self.w.write_all(&data)?;
        self.pad(data.len() as u64)?;

        let mut blk = Self::template(h, &to_ascii(h.name), &to_ascii(h.linkname));
        set_ustar_format(&mut blk);
        self.w.write_all(&blk)
    }

    /// Zero bytes up to the next 512-byte block after `size` bytes of data.
    pub(super) fn pad(&mut self, size: u64) -> io::Result<()> {
        let rem = (size % BLOCK as u64) as usize;
        if rem != 0 {
            self.w.write_all(&[0u8; BLOCK][..BLOCK - rem])?;
        }
        Ok(())
    }

    /// Two zero blocks, no record padding (Go `Writer.Close`).
    pub(super) fn finish(mut self) -> io::Result<W> {
        self.w.write_all(&[0u8; 2 * BLOCK])?;
        Ok(self.w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pax_record_length_adjusts() {
        // "9 k=vvv\n" style: the length prefix counts itself.
        assert_eq!(format_pax_record("path", b"a"), b"9 path=a\n");
        let v = vec![b'a'; 91];
        let rec = format_pax_record("path", &v);
        assert_eq!(rec.len(), 101);
        assert!(rec.starts_with(b"101 path="));
        let v = vec![b'a'; 89];
        assert!(format_pax_record("path", &v).starts_with(b"98 path="));
    }
}
