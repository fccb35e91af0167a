//! Go `strconv` equivalents for templates: float formatting, number parsing and unquoting
//! (quoting itself lives in `crate::go::quote`).

/// Digits of |f| as ASCII bytes plus the decimal-point position (Go's `decimalSlice`).
struct Digits {
    d: Vec<u8>,
    dp: i32,
}

/// Parses Rust's `{:e}` output (`d.ddde±x`) into digits and decimal-point position.
fn parse_exp_repr(s: &str) -> Digits {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let d: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    if d.iter().all(|&c| c == b'0') {
        return Digits {
            d: Vec::new(),
            dp: 0,
        };
    }
    Digits { d, dp: exp + 1 }
}

/// Shortest digits that round-trip (Go's `shortest` mode).
fn shortest(a: f64) -> Digits {
    parse_exp_repr(&format!("{a:e}"))
}

/// Exactly `n` significant digits, correctly rounded, trailing zeros trimmed.
fn fixed(a: f64, n: usize) -> Digits {
    let mut dg = parse_exp_repr(&format!("{:.*e}", n.saturating_sub(1), a));
    while dg.d.last() == Some(&b'0') {
        dg.d.pop();
    }
    dg
}

/// `%e` formatting of digits with `prec` decimals.
fn fmt_e(out: &mut String, dg: &Digits, prec: i32, fmt: char) {
    let nd = dg.d.len() as i32;
    out.push(if nd == 0 { '0' } else { dg.d[0] as char });
    if prec > 0 {
        out.push('.');
        let mut i = 1;
        let m = nd.min(prec + 1);
        while i < m {
            out.push(dg.d[i as usize] as char);
            i += 1;
        }
        while i <= prec {
            out.push('0');
            i += 1;
        }
    }
    out.push(fmt);
    let mut exp = if nd == 0 { 0 } else { dg.dp - 1 };
    if exp < 0 {
        out.push('-');
        exp = -exp;
    } else {
        out.push('+');
    }
    if exp < 10 {
        out.push('0');
    }
    out.push_str(&exp.to_string());
}

/// `%f` formatting of digits with `prec` decimals.
fn fmt_f(out: &mut String, dg: &Digits, prec: i32) {
    let nd = dg.d.len() as i32;
    if dg.dp > 0 {
        let m = nd.min(dg.dp);
        for &c in &dg.d[..m as usize] {
            out.push(c as char);
        }
        for _ in m..dg.dp {
            out.push('0');
        }
    } else {
        out.push('0');
    }
    if prec > 0 {
        out.push('.');
        for i in 1..=prec {
            let j = dg.dp + i - 1;
            let c = if j >= 0 && j < nd {
                dg.d[j as usize]
            } else {
                b'0'
            };
            out.push(c as char);
        }
    }
}

/// Go's `%b` for floats: `mantissa p exponent`.
fn fmt_b(out: &mut String, a: f64) {
    let bits = a.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mut mant = bits & ((1 << 52) - 1);
    let e = if exp == 0 {
        -1074
    } else {
        mant |= 1 << 52;
        exp - 1075
    };
    out.push_str(&format!("{mant}p{}{}", if e >= 0 { "+" } else { "" }, e));
}

/// Go's `%x` / `%X` for floats with shortest precision (hexadecimal mantissa, binary exponent).
fn fmt_x(out: &mut String, a: f64, upper: bool) {
    let bits = a.to_bits();
    let bexp = ((bits >> 52) & 0x7ff) as i32;
    let mut mant = bits & ((1 << 52) - 1);
    let mut exp = if bexp == 0 {
        -1022
    } else {
        mant |= 1 << 52;
        bexp - 1023
    };
    mant <<= 8; // leading bit at position 60
    if mant == 0 {
        exp = 0;
    }
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    let hex = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    out.push_str(if upper { "0X" } else { "0x" });
    out.push((b'0' + ((mant >> 60) & 1) as u8) as char);
    mant <<= 4;
    if mant != 0 {
        out.push('.');
        while mant != 0 {
            out.push(hex[((mant >> 60) & 15) as usize] as char);
            mant <<= 4;
        }
    }
    out.push(if upper { 'P' } else { 'p' });
    if exp < 0 {
        out.push('-');
        exp = -exp;
    } else {
        out.push('+');
    }
    if exp < 10 {
        out.push('0');
    }
    out.push_str(&exp.to_string());
}

/// `strconv.FormatFloat(f, fmt, prec, 64)` for fmt in `e E f F g G b x X`; prec < 0 means shortest.
pub(super) fn format_float(f: f64, fmt: char, prec: i32) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    let mut out = String::new();
    if f.is_sign_negative() {
        out.push('-');
    }
    let a = f.abs();
    match fmt {
        'b' => {
            fmt_b(&mut out, a);
            return out;
        }
        'x' | 'X' => {
            // Explicit precision (mantissa rounding) is not implemented; shortest form is used.
            fmt_x(&mut out, a, fmt == 'X');
            return out;
        }
        'f' | 'F' if prec >= 0 => {
            out.push_str(&format!("{:.*}", prec as usize, a));
            return out;
        }
        _ => {}
    }
    let short = prec < 0;
    let (dg, mut prec) = if short {
        let dg = shortest(a);
        let nd = dg.d.len() as i32;
        let p = match fmt {
            'e' | 'E' => nd - 1,
            'f' | 'F' => (nd - dg.dp).max(0),
            _ => nd,
        };
        (dg, p)
    } else {
        let n = match fmt {
            'e' | 'E' => prec + 1,
            _ => prec.max(1),
        };
        let p = if matches!(fmt, 'g' | 'G') {
            prec.max(1)
        } else {
            prec
        };
        (fixed(a, n as usize), p)
    };
    match fmt {
        'e' | 'E' => fmt_e(&mut out, &dg, prec, if fmt == 'E' { 'E' } else { 'e' }),
        'f' | 'F' => fmt_f(&mut out, &dg, prec),
        _ => {
            let nd = dg.d.len() as i32;
            let mut eprec = prec;
            if eprec > nd && nd >= dg.dp {
                eprec = nd;
            }
            if short {
                eprec = 6;
            }
            let exp = dg.dp - 1;
            if exp < -4 || exp >= eprec {
                if prec > nd {
                    prec = nd;
                }
                fmt_e(&mut out, &dg, prec - 1, if fmt == 'G' { 'E' } else { 'e' });
            } else {
                if prec > dg.dp {
                    prec = nd;
                }
                fmt_f(&mut out, &dg, (prec - dg.dp).max(0));
            }
        }
    }
    out
}

/// `strconv.Quote` (or `QuoteToASCII` when `ascii_only`).
pub(super) fn quote(s: &str, ascii_only: bool) -> String {
    if ascii_only {
        crate::go::quote::quote_to_ascii(s)
    } else {
        crate::go::quote::quote(s)
    }
}

pub(super) use crate::go::quote::{can_backquote, is_print, quote_rune};

/// Reads `n` hex digits from `it` as a number.
fn hex_digits(it: &mut std::iter::Peekable<std::str::Chars<'_>>, n: usize) -> Option<u32> {
    let mut v = 0u32;
    for _ in 0..n {
        v = v * 16 + it.next()?.to_digit(16)?;
    }
    Some(v)
}

/// Decodes one escape sequence after a backslash into bytes (Go `UnquoteChar`).
fn unescape(
    it: &mut std::iter::Peekable<std::str::Chars<'_>>,
    quote: char,
    out: &mut Vec<u8>,
) -> Option<()> {
    let c = it.next()?;
    let simple = match c {
        'a' => Some(7u8),
        'b' => Some(8),
        'f' => Some(12),
        'n' => Some(b'\n'),
        'r' => Some(b'\r'),
        't' => Some(b'\t'),
        'v' => Some(11),
        '\\' => Some(b'\\'),
        _ => None,
    };
    if let Some(b) = simple {
        out.push(b);
        return Some(());
    }
    match c {
        'x' => out.push(hex_digits(it, 2)? as u8),
        'u' | 'U' => {
            let v = hex_digits(it, if c == 'u' { 4 } else { 8 })?;
            let ch = char::from_u32(v)?;
            let mut buf = [0u8; 4];
            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
        }
        '0'..='7' => {
            let mut v = c.to_digit(8)?;
            for _ in 0..2 {
                v = v * 8 + it.next()?.to_digit(8)?;
            }
            if v > 255 {
                return None;
            }
            out.push(v as u8);
        }
        '\'' | '"' if c == quote => out.push(c as u8),
        _ => return None,
    }
    Some(())
}

/// `strconv.Unquote` for `"…"` and `` `…` `` literals; `None` means "invalid syntax".
pub(super) fn unquote(s: &str) -> Option<String> {
    if s.len() >= 2 && s.starts_with('`') && s.ends_with('`') {
        let inner = &s[1..s.len() - 1];
        if inner.contains('`') {
            return None;
        }
        return Some(inner.replace('\r', ""));
    }
    if s.len() < 2 || !s.starts_with('"') || !s.ends_with('"') {
        return None;
    }
    let inner = &s[1..s.len() - 1];
    let mut out = Vec::with_capacity(inner.len());
    let mut it = inner.chars().peekable();
    while let Some(c) = it.next() {
        match c {
            '"' | '\n' => return None,
            '\\' => unescape(&mut it, '"', &mut out)?,
            _ => {
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
    Some(String::from_utf8_lossy(&out).into_owned())
}

/// Decodes a character literal `'x'` into its code point (Go `UnquoteChar` + tail check).
pub(super) fn unquote_char(s: &str) -> Result<u32, String> {
    let body = s.strip_prefix('\'').ok_or("invalid syntax")?;
    let mut it = body.chars().peekable();
    let c = it.next().ok_or("invalid syntax")?;
    let value = match c {
        '\'' | '\n' => return Err("invalid syntax".into()),
        '\\' => {
            let mut out = Vec::new();
            let Some(&esc) = it.peek() else {
                return Err("invalid syntax".into());
            };
            unescape(&mut it, '\'', &mut out).ok_or("invalid syntax")?;
            if matches!(esc, 'x' | '0'..='7') {
                u32::from(out.first().copied().unwrap_or(0))
            } else {
                let st = String::from_utf8_lossy(&out).into_owned();
                st.chars().next().map(u32::from).unwrap_or(0)
            }
        }
        _ => u32::from(c),
    };
    let tail: String = it.collect();
    if tail != "'" {
        return Err(format!("malformed character constant: {s}"));
    }
    Ok(value)
}

/// Go's `underscoreOK`: underscores only between digits (or after a base prefix).
fn underscore_ok(s: &str) -> bool {
    let s = s.strip_prefix(['+', '-']).unwrap_or(s);
    let b = s.as_bytes();
    let mut saw = b'^';
    let mut i = 0;
    let mut hex = false;
    if b.len() >= 2 && b[0] == b'0' && matches!(b[1].to_ascii_lowercase(), b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = b[1].eq_ignore_ascii_case(&b'x');
    }
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_digit() || (hex && c.is_ascii_hexdigit()) {
            saw = b'0';
        } else if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
        } else {
            if saw == b'_' {
                return false;
            }
            saw = b'!';
        }
        i += 1;
    }
    saw != b'_'
}

/// `strconv.ParseUint(s, 0, 64)`.
pub(super) fn parse_uint(s: &str) -> Option<u64> {
    if s.is_empty() || s.starts_with(['+', '-']) {
        return None;
    }
    if s.contains('_') && !underscore_ok(s) {
        return None;
    }
    let clean: String = s.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = lower.strip_prefix("0x") {
        (r, 16)
    } else if let Some(r) = lower.strip_prefix("0o") {
        (r, 8)
    } else if let Some(r) = lower.strip_prefix("0b") {
        (r, 2)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (&lower[1..], 8)
    } else {
        (lower.as_str(), 10)
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    u64::from_str_radix(digits, radix).ok()
}

/// `strconv.ParseInt(s, 0, 64)`.
pub(super) fn parse_int(s: &str) -> Option<i64> {
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let u = parse_uint(body)?;
    if neg {
        if u <= i64::MAX as u64 + 1 {
            Some((u as i64).wrapping_neg())
        } else {
            None
        }
    } else {
        i64::try_from(u).ok()
    }
}

/// `strconv.ParseFloat(s, 64)` for decimal literals (hex floats are not supported).
pub(super) fn parse_float(s: &str) -> Option<f64> {
    if s.contains('_') && !underscore_ok(s) {
        return None;
    }
    let clean: String = s.chars().filter(|&c| c != '_').collect();
    let body = clean.trim_start_matches(['+', '-']);
    if !body.starts_with(|c: char| c.is_ascii_digit() || c == '.')
        || body.to_ascii_lowercase().starts_with("0x")
    {
        return None;
    }
    clean.parse::<f64>().ok().filter(|f| f.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortest_g_matches_go_v() {
        let cases = [
            (820.0, "820"),
            (1234567.0, "1.234567e+06"),
            (1000000.0, "1e+06"),
            (100000.0, "100000"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.5, "1.5"),
            (0.0, "0"),
            (-2.5, "-2.5"),
            (1e100, "1e+100"),
            (123456.0, "123456"),
        ];
        for (f, want) in cases {
            assert_eq!(format_float(f, 'g', -1), want, "{f}");
        }
    }

    #[test]
    fn fixed_precision() {
        assert_eq!(format_float(1.23456, 'f', 2), "1.23");
        assert_eq!(format_float(2.5, 'f', 0), "2");
        assert_eq!(format_float(1234.5678, 'e', 2), "1.23e+03");
        assert_eq!(format_float(1.0, 'g', 3), "1");
        assert_eq!(format_float(100.0, 'g', 3), "100");
        assert_eq!(format_float(1234.0, 'g', 3), "1.23e+03");
        assert_eq!(format_float(585.0, 'f', -1), "585");
        assert_eq!(format_float(1e21, 'e', -1), "1e+21");
        assert_eq!(format_float(3.0, 'x', -1), "0x1.8p+01");
        assert_eq!(format_float(1.0, 'b', -1), "4503599627370496p-52");
        assert_eq!(format_float(0.000001234, 'e', -1), "1.234e-06");
    }

    #[test]
    fn quoting() {
        assert_eq!(quote("a\"b\n\u{e9}\x01", false), "\"a\\\"b\\n\u{e9}\\x01\"");
        assert_eq!(quote("\u{e9}", true), "\"\\u00e9\"");
        assert_eq!(unquote("\"\\u00e9\\t\\\"\"").as_deref(), Some("\u{e9}\t\""));
        assert_eq!(unquote("`a\\n`").as_deref(), Some("a\\n"));
        assert_eq!(unquote("\"\\q\""), None);
        assert_eq!(unquote_char("'a'"), Ok(97));
        assert_eq!(unquote_char("'\\n'"), Ok(10));
        assert!(unquote_char("'ab'").is_err());
    }
}
