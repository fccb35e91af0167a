//! sprig's encoding functions: `toJson` and friends, `fromJson`, `b64enc`/`b64dec`.

use super::args::{arg, s_arg};
use crate::template::builtins::FnResult;
use crate::template::json::{JsonOpts, decode, encode};
use crate::template::value::Value;

fn json_with(a: &[Value], escape_html: bool, indent: bool, must: bool) -> FnResult {
    match encode(
        &arg(a, 0),
        JsonOpts {
            escape_html,
            indent,
        },
    ) {
        Some(s) => Ok(Value::str(s)),
        None if must => Err("json: unsupported value".into()),
        None => Ok(Value::str("")),
    }
}
pub(in crate::template) fn to_json(a: &[Value]) -> FnResult {
    json_with(a, true, false, false)
}
pub(in crate::template) fn to_pretty_json(a: &[Value]) -> FnResult {
    json_with(a, true, true, false)
}
pub(in crate::template) fn to_raw_json(a: &[Value]) -> FnResult {
    json_with(a, false, false, false)
}
pub(in crate::template) fn must_to_json(a: &[Value]) -> FnResult {
    json_with(a, true, false, true)
}
pub(in crate::template) fn must_to_pretty_json(a: &[Value]) -> FnResult {
    json_with(a, true, true, true)
}
pub(in crate::template) fn must_to_raw_json(a: &[Value]) -> FnResult {
    json_with(a, false, false, true)
}
pub(in crate::template) fn from_json(a: &[Value]) -> FnResult {
    Ok(decode(&s_arg(a, 0)).unwrap_or(Value::Nil))
}
pub(in crate::template) fn must_from_json(a: &[Value]) -> FnResult {
    decode(&s_arg(a, 0))
}
const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
pub(in crate::template) fn b64enc(a: &[Value]) -> FnResult {
    let s = s_arg(a, 0);
    let mut out = String::new();
    for chunk in s.as_bytes().chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(B64[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    Ok(Value::str(out))
}
/// Standard base64 decoding; like sprig, a failure returns the error text as the result.
pub(in crate::template) fn b64dec(a: &[Value]) -> FnResult {
    let s = s_arg(a, 0);
    let chars: Vec<(usize, u8)> = s
        .bytes()
        .enumerate()
        .filter(|(_, b)| *b != b'\n' && *b != b'\r')
        .collect();
    let mut out = Vec::new();
    let bad = |i: usize| Ok(Value::str(format!("illegal base64 data at input byte {i}")));
    for (q, quad) in chars.chunks(4).enumerate() {
        let mut n = 0u32;
        let mut pad = 0;
        for (j, &(pos, c)) in quad.iter().enumerate() {
            let v = match c {
                b'=' if j >= 2 => {
                    pad += 1;
                    0
                }
                _ if pad > 0 => return bad(pos),
                _ => match B64.iter().position(|&x| x == c) {
                    Some(v) => v as u32,
                    None => return bad(pos),
                },
            };
            n = (n << 6) | v;
        }
        if quad.len() < 4 || (pad > 0 && q != chars.len().div_ceil(4) - 1) {
            let at = quad.last().map_or(s.len(), |(p, _)| *p);
            return bad(if quad.len() < 4 { s.len() } else { at });
        }
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&bytes[..3 - pad]);
    }
    Ok(Value::str(String::from_utf8_lossy(&out).into_owned()))
}
