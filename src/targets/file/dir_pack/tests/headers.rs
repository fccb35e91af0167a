//! Header bytes as Go's `archive/tar` writes them, read back by the tar crate and by
//! `unpack`: USTAR fields and checksum, prefix splitting, PAX records for long and non-ASCII
//! names and link targets.

use super::*;
use crate::targets::file::dir_pack::tar_header::format_pax_record;
use crate::targets::file::dir_pack::{PackOptions, pack_dir, unpack};
use std::fs::{self, File};
use std::os::unix::fs::symlink;
use std::path::PathBuf;

#[test]
fn header_bytes_follow_go_archive_tar() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("t");
    fs::create_dir(&src).unwrap();
    fs::write(src.join("f"), b"12345").unwrap();
    set_mode(&src.join("f"), 0o644);
    set_mode(&src, 0o755);
    // 0.6 s rounds up like Go's ModTime.Round(time.Second).
    set_mtime(&src.join("f"), 1_234_567_889, 600_000_000);
    set_mtime(&src, 1_234_567_890, 400_000_000);
    let packed = pack_dir(&src, "t", &PackOptions::default()).unwrap();
    let gz = read_packed(&packed);
    // gzip header: no name, mtime 0, XFL 0, OS 255 (Go compress/gzip defaults).
    assert_eq!(&gz[..10], &[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
    let tar_bytes = gunzip(&gz);
    assert_eq!(tar_bytes.len(), 512 * 5); // dir, file header, file data, 2 zero blocks
    assert!(tar_bytes[1536..].iter().all(|&b| b == 0));

    let check = |blk: &[u8], name: &[u8], typ: u8, mode: &[u8], size: &[u8], mtime: &[u8]| {
        let mut want_name = [0u8; 100];
        want_name[..name.len()].copy_from_slice(name);
        assert_eq!(&blk[0..100], &want_name[..]);
        assert_eq!(&blk[100..108], mode);
        assert_eq!(&blk[108..116], b"0000000\0");
        assert_eq!(&blk[116..124], b"0000000\0");
        assert_eq!(&blk[124..136], size);
        assert_eq!(&blk[136..148], mtime);
        assert_eq!(blk[156], typ);
        assert!(blk[157..257].iter().all(|&b| b == 0));
        assert_eq!(&blk[257..265], b"ustar\x0000");
        assert!(blk[265..329].iter().all(|&b| b == 0));
        assert_eq!(&blk[329..337], b"0000000\0");
        assert_eq!(&blk[337..345], b"0000000\0");
        assert!(blk[345..].iter().all(|&b| b == 0));
        // Checksum: six octal digits, NUL, space.
        let sum: u32 = blk
            .iter()
            .enumerate()
            .map(|(i, &c)| {
                if (148..156).contains(&i) {
                    32
                } else {
                    c as u32
                }
            })
            .sum();
        assert_eq!(&blk[148..156], format!("{sum:06o}\0 ").as_bytes());
    };
    check(
        &tar_bytes[..512],
        b"t",
        b'5',
        b"0000755\0",
        b"00000000000\0",
        format!("{:011o}\0", 1_234_567_890).as_bytes(),
    );
    check(
        &tar_bytes[512..1024],
        b"t/f",
        b'0',
        b"0000644\0",
        b"00000000005\0",
        format!("{:011o}\0", 1_234_567_890).as_bytes(),
    );
    assert_eq!(&tar_bytes[1024..1029], b"12345");
    assert!(tar_bytes[1029..1536].iter().all(|&b| b == 0));
}

#[test]
fn long_and_non_ascii_names() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("t");
    let mid = "m".repeat(60);
    let nested = src.join(&mid).join(&mid);
    fs::create_dir_all(&nested).unwrap();
    fs::write(nested.join("split.txt"), b"split").unwrap();
    let long_base = "x".repeat(120);
    fs::write(src.join(&long_base), b"pax").unwrap();
    fs::write(src.join("é.txt"), b"utf8").unwrap();
    let long_target = format!("{}/{}", mid, "y".repeat(60));
    symlink(&long_target, src.join("longlink")).unwrap();

    let packed = pack_dir(&src, "t", &PackOptions::default()).unwrap();
    let tar_bytes = gunzip(&read_packed(&packed));

    // Walk the raw blocks to see which headers were written.
    let mut raw = Vec::new();
    let mut off = 0;
    while off + 512 <= tar_bytes.len() {
        let blk = &tar_bytes[off..off + 512];
        if blk.iter().all(|&b| b == 0) {
            break;
        }
        let name_end = blk[..100].iter().position(|&b| b == 0).unwrap_or(100);
        let prefix_end = 345 + blk[345..500].iter().position(|&b| b == 0).unwrap_or(155);
        let size = u64::from_str_radix(
            std::str::from_utf8(&blk[124..135])
                .unwrap()
                .trim_start_matches('0'),
            8,
        )
        .unwrap_or(0);
        raw.push((
            lossy(&blk[345..prefix_end]),
            lossy(&blk[..name_end]),
            blk[156],
            tar_bytes[off + 512..off + 512 + size as usize].to_vec(),
        ));
        off += 512 + size.div_ceil(512) as usize * 512;
    }
    // USTAR prefix split for the long but splittable name.
    let split = raw.iter().find(|r| r.1 == "split.txt").unwrap();
    assert_eq!(split.0, format!("t/{mid}/{mid}"));
    assert_eq!(split.2, b'0');
    // PAX for the 122-byte final component.
    let long_name = format!("t/{long_base}");
    let i = raw
        .iter()
        .position(|r| r.2 == b'x' && r.1.starts_with("t/PaxHeaders.0/xxx"))
        .unwrap();
    assert_eq!(raw[i].1.len(), 100);
    assert_eq!(
        raw[i].3,
        format_pax_record("path", long_name.as_bytes()),
        "PAX record"
    );
    assert_eq!(raw[i + 1].1, &long_name[..100]);
    // PAX for the non-ASCII name; the main header keeps the ASCII characters only.
    let j = raw
        .iter()
        .position(|r| r.1 == "t/PaxHeaders.0/.txt")
        .unwrap();
    assert_eq!(raw[j].3, format_pax_record("path", "t/é.txt".as_bytes()));
    assert_eq!(raw[j + 1].1, "t/.txt");
    // PAX linkpath for the long symlink target.
    let k = raw
        .iter()
        .position(|r| r.1 == "t/PaxHeaders.0/longlink")
        .unwrap();
    assert_eq!(
        raw[k].3,
        format_pax_record("linkpath", long_target.as_bytes())
    );

    // The tar crate reads it back, and so does unpack.
    let names: Vec<String> = list(&tar_bytes).into_iter().map(|e| e.0).collect();
    assert!(names.contains(&long_name));
    assert!(names.contains(&"t/é.txt".to_string()));
    let out = tmp.path().join("out");
    unpack(
        File::open(&packed.path).unwrap(),
        &out,
        "t",
        Some(&packed.tar_digest),
        false,
    )
    .unwrap();
    assert_eq!(fs::read(out.join("t").join(&long_base)).unwrap(), b"pax");
    assert_eq!(fs::read(out.join("t/é.txt")).unwrap(), b"utf8");
    assert_eq!(
        fs::read(out.join("t").join(&mid).join(&mid).join("split.txt")).unwrap(),
        b"split"
    );
    assert_eq!(
        fs::read_link(out.join("t/longlink")).unwrap(),
        PathBuf::from(&long_target)
    );
}
