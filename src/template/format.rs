//! Go `fmt` equivalents over template values: `Sprint`, `Sprintln`, `Sprintf` and `%v` printing.

use super::strconv::{can_backquote, format_float, quote, quote_rune};
use super::value::Value;

/// Formatting flags of one verb (Go's `fmtFlags` plus width/precision).
#[derive(Clone, Copy, Default)]
struct Flags {
    plus: bool,
    minus: bool,
    sharp: bool,
    space: bool,
    zero: bool,
    sharp_v: bool,
    wid: Option<usize>,
    prec: Option<usize>,
}

/// Go's fmt refuses widths and precisions beyond this.
const TOO_LARGE: usize = 1_000_000;

/// Accumulates output for one `Sprint*` call (Go's `pp`).
struct Printer {
    buf: String,
    f: Flags,
    /// The verb currently being printed (restored after nested elements).
    cur_verb: char,
}

impl Printer {
    fn new() -> Self {
        Printer {
            buf: String::new(),
            f: Flags::default(),
            cur_verb: 'v',
        }
    }

    /// Writes `n` padding characters (zeros if the zero flag is set).
    fn write_padding(&mut self, n: usize) {
        let c = if self.f.zero { '0' } else { ' ' };
        self.buf.extend(std::iter::repeat_n(c, n));
    }

    /// Pads `s` to the width, honouring the minus flag (Go's `fmt.padString`).
    fn pad(&mut self, s: &str) {
        let Some(wid) = self.f.wid else {
            self.buf.push_str(s);
            return;
        };
        let n = wid.saturating_sub(s.chars().count());
        if self.f.minus {
            self.buf.push_str(s);
            let zero = self.f.zero;
            self.f.zero = false;
            self.write_padding(n);
            self.f.zero = zero;
        } else {
            self.write_padding(n);
            self.buf.push_str(s);
        }
    }

    /// `%!verb(type=value)` for a verb that does not fit the operand.
    fn bad_verb(&mut self, verb: char, v: &Value) {
        self.buf.push_str("%!");
        self.buf.push(verb);
        self.buf.push('(');
        if v.is_nilish() {
            self.buf.push_str("<nil>");
        } else {
            self.buf.push_str(&v.type_name());
            self.buf.push('=');
            self.print_arg(v, 'v', 0);
        }
        self.buf.push(')');
    }

    /// Go's `fmt.fmtInteger`.
    fn fmt_integer(&mut self, u: u64, negative: bool, base: u32, verb: char, upper: bool) {
        let digits: &[u8] = if upper {
            b"0123456789ABCDEF"
        } else {
            b"0123456789abcdef"
        };
        let mut prec = 0usize;
        if let Some(p) = self.f.prec {
            prec = p;
            if p == 0 && u == 0 {
                let zero = self.f.zero;
                self.f.zero = false;
                let w = self.f.wid.unwrap_or(0);
                self.write_padding(w);
                self.f.zero = zero;
                return;
            }
        } else if self.f.zero
            && !self.f.minus
            && let Some(w) = self.f.wid
        {
            prec = w;
            if negative || self.f.plus || self.f.space {
                prec = prec.saturating_sub(1);
            }
        }
        let mut rev: Vec<u8> = Vec::new();
        let mut n = u;
        loop {
            rev.push(digits[(n % u64::from(base)) as usize]);
            n /= u64::from(base);
            if n == 0 {
                break;
            }
        }
        while rev.len() < prec {
            rev.push(b'0');
        }
        if self.f.sharp {
            match base {
                2 => rev.extend_from_slice(b"b0"),
                8 if rev.last() != Some(&b'0') => rev.push(b'0'),
                16 => rev.extend_from_slice(if upper { b"X0" } else { b"x0" }),
                _ => {}
            }
        }
        if verb == 'O' {
            rev.extend_from_slice(b"o0");
        }
        if negative {
            rev.push(b'-');
        } else if self.f.plus {
            rev.push(b'+');
        } else if self.f.space {
            rev.push(b' ');
        }
        rev.reverse();
        let s = String::from_utf8_lossy(&rev).into_owned();
        let zero = self.f.zero;
        self.f.zero = false;
        self.pad(&s);
        self.f.zero = zero;
    }

    /// Integer verbs (Go's `pp.fmtInteger`).
    fn print_integer(&mut self, v: &Value, i: i64, signed: bool) {
        let (u, neg) = if signed && i < 0 {
            (i.unsigned_abs(), true)
        } else {
            (i as u64, false)
        };
        match self.cur_verb {
            'v' | 'd' => self.fmt_integer(u, neg, 10, 'd', false),
            'b' => self.fmt_integer(u, neg, 2, 'b', false),
            'o' | 'O' => self.fmt_integer(u, neg, 8, self.cur_verb, false),
            'x' => self.fmt_integer(u, neg, 16, 'x', false),
            'X' => self.fmt_integer(u, neg, 16, 'X', true),
            'c' => {
                let c = char::from_u32(i as u32).filter(|_| (0..=0x10FFFF).contains(&i));
                self.pad(&c.unwrap_or('\u{FFFD}').to_string());
            }
            'q' => {
                let c = char::from_u32(i as u32)
                    .filter(|_| (0..=0x10FFFF).contains(&i))
                    .unwrap_or('\u{FFFD}');
                let s = if self.f.sharp && c != '\'' && c != '`' && super::strconv::is_print(c) {
                    format!("'{c}'")
                } else {
                    quote_rune(c, self.f.plus)
                };
                self.pad(&s);
            }
            'U' => {
                let mut s = format!("U+{:04X}", u);
                if self.f.sharp
                    && let Some(c) =
                        char::from_u32(i as u32).filter(|c| super::strconv::is_print(*c))
                {
                    s.push_str(&format!(" '{c}'"));
                }
                self.pad(&s);
            }
            verb => self.bad_verb(verb, v),
        }
    }

    /// Go's `fmt.fmtFloat` sign and padding handling around `strconv.FormatFloat`.
    fn fmt_float(&mut self, f: f64, verb: char, prec: i32) {
        let prec = self.f.prec.map(|p| p as i32).unwrap_or(prec);
        let s = format_float(f, verb, prec);
        let mut num: String = if s.starts_with('-') || s.starts_with('+') {
            s
        } else {
            format!("+{s}")
        };
        if self.f.space && num.starts_with('+') && !self.f.plus {
            num.replace_range(0..1, " ");
        }
        if num[1..].starts_with('I') || num[1..].starts_with('N') {
            let zero = self.f.zero;
            self.f.zero = false;
            if num[1..].starts_with('N') && !self.f.space && !self.f.plus {
                num.remove(0);
            }
            self.pad(&num);
            self.f.zero = zero;
            return;
        }
        if self.f.plus || !num.starts_with('+') {
            if self.f.zero
                && !self.f.minus
                && let Some(w) = self.f.wid
                && w > num.len()
            {
                self.buf.push_str(&num[..1]);
                self.write_padding(w - num.len());
                self.buf.push_str(&num[1..]);
                return;
            }
            self.pad(&num);
            return;
        }
        self.pad(&num[1..]);
    }

    /// String verbs (Go's `pp.fmtString`).
    fn print_string(&mut self, v: &Value, s: &str) {
        let s: String = match self.f.prec {
            Some(p) if !matches!(self.cur_verb, 'x' | 'X') => s.chars().take(p).collect(),
            _ => s.to_string(),
        };
        match self.cur_verb {
            'v' if self.f.sharp_v => self.pad(&quote(&s, false)),
            'v' | 's' => self.pad(&s),
            'q' => {
                let q = if self.f.sharp && can_backquote(&s) {
                    format!("`{s}`")
                } else {
                    quote(&s, self.f.plus)
                };
                self.pad(&q);
            }
            'x' | 'X' => {
                let upper = self.cur_verb == 'X';
                let bytes = s.as_bytes();
                let n = self.f.prec.map_or(bytes.len(), |p| p.min(bytes.len()));
                let mut out = String::new();
                for (i, b) in bytes[..n].iter().enumerate() {
                    if self.f.space && i > 0 {
                        out.push(' ');
                    }
                    if self.f.sharp && (self.f.space || i == 0) {
                        out.push_str(if upper { "0X" } else { "0x" });
                    }
                    if upper {
                        out.push_str(&format!("{b:02X}"));
                    } else {
                        out.push_str(&format!("{b:02x}"));
                    }
                }
                self.pad(&out);
            }
            verb => self.bad_verb(verb, v),
        }
    }

    /// Prints one operand with `verb` (Go's `printArg` / `printValue`).
    fn print_arg(&mut self, v: &Value, verb: char, depth: usize) {
        let saved = self.cur_verb;
        self.cur_verb = verb;
        self.print_arg_inner(v, verb, depth);
        self.cur_verb = saved;
    }

    fn print_arg_inner(&mut self, v: &Value, verb: char, depth: usize) {
        if v.is_nilish() {
            match verb {
                'T' | 'v' => self.pad("<nil>"),
                _ if depth > 0 => self.pad("<nil>"),
                _ => self.bad_verb(verb, v),
            }
            return;
        }
        if verb == 'T' {
            let t: String = match self.f.prec {
                Some(p) => v.type_name().chars().take(p).collect(),
                None => v.type_name(),
            };
            self.pad(&t);
            return;
        }
        match v {
            Value::Missing | Value::Nil => {}
            Value::Bool(b) => match verb {
                't' | 'v' => self.pad(if *b { "true" } else { "false" }),
                _ => self.bad_verb(verb, v),
            },
            Value::Int(i) | Value::Int64(i) => self.print_integer(v, *i, true),
            Value::Uint8(u) => self.print_integer(v, i64::from(*u), false),
            Value::Float(f) => match verb {
                'v' => self.fmt_float(*f, 'g', -1),
                'b' | 'g' | 'G' | 'x' | 'X' => self.fmt_float(*f, verb, -1),
                'f' | 'e' | 'E' | 'F' => self.fmt_float(*f, verb, 6),
                _ => self.bad_verb(verb, v),
            },
            Value::Str(s) => self.print_string(v, s),
            Value::List(items, _) => {
                self.buf.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        self.buf.push(' ');
                    }
                    self.print_arg(item, verb, depth + 1);
                }
                self.buf.push(']');
            }
            Value::Map(m, _) => {
                self.buf.push_str("map[");
                for (i, (k, item)) in m.iter().enumerate() {
                    if i > 0 {
                        self.buf.push(' ');
                    }
                    self.print_arg(&Value::str(k.as_str()), verb, depth + 1);
                    self.buf.push(':');
                    self.print_arg(item, verb, depth + 1);
                }
                self.buf.push(']');
            }
        }
    }
}

impl Printer {
    /// Clears all flags before the next verb.
    fn reset_flags(&mut self) {
        self.f = Flags::default();
    }
}

/// `fmt.Sprint`: spaces between operands when neither side is a string.
pub(super) fn sprint(args: &[Value]) -> String {
    let mut p = Printer::new();
    let mut prev_string = false;
    for (i, a) in args.iter().enumerate() {
        let is_string = matches!(a, Value::Str(_));
        if i > 0 && !is_string && !prev_string {
            p.buf.push(' ');
        }
        p.print_arg(a, 'v', 0);
        prev_string = is_string;
    }
    p.buf
}

/// `fmt.Sprintln`: operands always separated by spaces, newline appended.
pub(super) fn sprintln(args: &[Value]) -> String {
    let mut p = Printer::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            p.buf.push(' ');
        }
        p.print_arg(a, 'v', 0);
    }
    p.buf.push('\n');
    p.buf
}

/// `fmt.Sprint` of a single value (`%v`).
pub(super) fn print_value(v: &Value) -> String {
    sprint(std::slice::from_ref(v))
}

/// Parses a decimal number at `i` (Go's `parsenum`); `None` on overflow past 1e6.
fn parse_num(fmt: &[u8], mut i: usize) -> (Option<usize>, usize) {
    let start = i;
    let mut num = 0usize;
    while i < fmt.len() && fmt[i].is_ascii_digit() {
        if num > TOO_LARGE {
            return (None, fmt.len());
        }
        num = num * 10 + usize::from(fmt[i] - b'0');
        i += 1;
    }
    if i == start {
        (None, i)
    } else {
        (Some(num), i)
    }
}

/// Integer operand for `*` width/precision (Go's `intFromArg`).
fn int_from_arg(args: &[Value], arg_num: usize) -> (Option<i64>, usize) {
    if arg_num >= args.len() {
        return (None, arg_num);
    }
    let n = match &args[arg_num] {
        Value::Int(i) | Value::Int64(i) => Some(*i),
        Value::Uint8(u) => Some(i64::from(*u)),
        _ => None,
    };
    let n = n.filter(|n| n.unsigned_abs() <= TOO_LARGE as u64);
    (n, arg_num + 1)
}

/// Printf state for explicit argument indexes.
struct ArgIndex {
    reordered: bool,
    good: bool,
}

/// Parses `[n]` at `i` (Go's `argNumber`).
fn arg_number(
    fmt: &[u8],
    i: usize,
    arg_num: usize,
    n_args: usize,
    st: &mut ArgIndex,
) -> (usize, usize, bool) {
    if i >= fmt.len() || fmt[i] != b'[' {
        return (arg_num, i, false);
    }
    st.reordered = true;
    let rest = &fmt[i..];
    let mut parsed = None;
    let mut wid = 1;
    if rest.len() >= 3
        && let Some(close) = rest.iter().position(|&c| c == b']')
    {
        wid = close + 1;
        let (n, newi) = parse_num(rest, 1);
        if let Some(n) = n
            && newi == close
        {
            parsed = Some(n);
        }
    }
    match parsed {
        Some(n) if n >= 1 && n - 1 < n_args => (n - 1, i + wid, true),
        Some(_) => {
            st.good = false;
            (arg_num, i + wid, true)
        }
        None => {
            st.good = false;
            (arg_num, i + wid, false)
        }
    }
}

/// `fmt.Sprintf` with Go's verbs, flags, widths, precisions and error annotations.
pub(super) fn sprintf(format: &str, args: &[Value]) -> String {
    let fmt = format.as_bytes();
    let end = fmt.len();
    let mut p = Printer::new();
    let mut arg_num = 0usize;
    let mut st = ArgIndex {
        reordered: false,
        good: true,
    };
    let mut i = 0usize;
    while i < end {
        st.good = true;
        let last = i;
        while i < end && fmt[i] != b'%' {
            i += 1;
        }
        if i > last {
            p.buf.push_str(&format[last..i]);
        }
        if i >= end {
            break;
        }
        i += 1;
        p.reset_flags();
        while i < end {
            match fmt[i] {
                b'#' => p.f.sharp = true,
                b'0' => p.f.zero = !p.f.minus,
                b'+' => p.f.plus = true,
                b'-' => {
                    p.f.minus = true;
                    p.f.zero = false;
                }
                b' ' => p.f.space = true,
                _ => break,
            }
            i += 1;
        }
        let mut after_index;
        (arg_num, i, after_index) = arg_number(fmt, i, arg_num, args.len(), &mut st);
        if i < end && fmt[i] == b'*' {
            i += 1;
            let (w, next) = int_from_arg(args, arg_num);
            arg_num = next;
            match w {
                Some(w) if w < 0 => {
                    p.f.wid = Some(w.unsigned_abs() as usize);
                    p.f.minus = true;
                    p.f.zero = false;
                }
                Some(w) => p.f.wid = Some(w as usize),
                None => p.buf.push_str("%!(BADWIDTH)"),
            }
            after_index = false;
        } else {
            let (w, ni) = parse_num(fmt, i);
            p.f.wid = w;
            i = ni;
            if after_index && w.is_some() {
                st.good = false;
            }
        }
        if i + 1 < end && fmt[i] == b'.' {
            i += 1;
            if after_index {
                st.good = false;
            }
            (arg_num, i, after_index) = arg_number(fmt, i, arg_num, args.len(), &mut st);
            if i < end && fmt[i] == b'*' {
                i += 1;
                let (pr, next) = int_from_arg(args, arg_num);
                arg_num = next;
                match pr {
                    Some(pr) if pr >= 0 => p.f.prec = Some(pr as usize),
                    Some(_) => p.f.prec = None,
                    None => p.buf.push_str("%!(BADPREC)"),
                }
                after_index = false;
            } else {
                let (pr, ni) = parse_num(fmt, i);
                p.f.prec = Some(pr.unwrap_or(0));
                i = ni;
            }
        }
        if !after_index {
            (arg_num, i, _) = arg_number(fmt, i, arg_num, args.len(), &mut st);
        }
        if i >= end {
            p.buf.push_str("%!(NOVERB)");
            break;
        }
        let verb = format[i..].chars().next().unwrap_or('?');
        i += verb.len_utf8();
        if verb == '%' {
            p.buf.push('%');
        } else if !st.good {
            p.buf.push_str(&format!("%!{verb}(BADINDEX)"));
        } else if arg_num >= args.len() {
            p.buf.push_str(&format!("%!{verb}(MISSING)"));
        } else {
            if verb == 'v' {
                p.f.sharp_v = p.f.sharp;
                p.f.sharp = false;
                p.f.plus = false;
            }
            p.print_arg(&args[arg_num], verb, 0);
            arg_num += 1;
        }
    }
    if !st.reordered && arg_num < args.len() {
        p.reset_flags();
        p.buf.push_str("%!(EXTRA ");
        for (k, a) in args[arg_num..].iter().enumerate() {
            if k > 0 {
                p.buf.push_str(", ");
            }
            if a.is_nilish() {
                p.buf.push_str("<nil>");
            } else {
                p.buf.push_str(&a.type_name());
                p.buf.push('=');
                p.print_arg(a, 'v', 0);
            }
        }
        p.buf.push(')');
    }
    p.buf
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(x: &str) -> Value {
        Value::str(x)
    }

    #[test]
    fn sprint_rules() {
        assert_eq!(sprint(&[Value::Int(1), Value::Int(2)]), "1 2");
        assert_eq!(sprint(&[s("a"), Value::Int(2), s("b")]), "a2b");
        assert_eq!(sprintln(&[s("a"), s("b")]), "a b\n");
        assert_eq!(print_value(&Value::Float(1234567.0)), "1.234567e+06");
        let v = Value::from_json(&serde_json::json!({"b": [1, null, "x"], "a": {"c": true}}));
        assert_eq!(print_value(&v), "map[a:map[c:true] b:[1 <nil> x]]");
    }

    #[test]
    fn sprintf_verbs() {
        assert_eq!(
            sprintf("%s|%5s|%-5s|", &[s("a"), s("b"), s("c")]),
            "a|    b|c    |"
        );
        assert_eq!(
            sprintf(
                "%d %03d %x %X %o %b",
                &[
                    Value::Int(42),
                    Value::Int(7),
                    Value::Int(255),
                    Value::Int(255),
                    Value::Int(8),
                    Value::Int(5)
                ]
            ),
            "42 007 ff FF 10 101"
        );
        assert_eq!(sprintf("%d", &[Value::Float(3.0)]), "%!d(float64=3)");
        assert_eq!(
            sprintf(
                "%.2f %v %t %%",
                &[Value::Float(1.23456), Value::Float(2.0), Value::Bool(true)]
            ),
            "1.23 2 true %"
        );
        assert_eq!(sprintf("%q", &[s("hi\n")]), "\"hi\\n\"");
        assert_eq!(sprintf("%x", &[s("hi")]), "6869");
        assert_eq!(sprintf("%d %d", &[Value::Int(1)]), "1 %!d(MISSING)");
        assert_eq!(
            sprintf("%d", &[Value::Int(1), s("x")]),
            "1%!(EXTRA string=x)"
        );
        assert_eq!(sprintf("%s", &[Value::Nil]), "%!s(<nil>)");
        assert_eq!(sprintf("%v", &[Value::Nil]), "<nil>");
        assert_eq!(sprintf("%", &[]), "%!(NOVERB)");
        assert_eq!(
            sprintf("%[2]d %[1]d", &[Value::Int(1), Value::Int(2)]),
            "2 1"
        );
        assert_eq!(sprintf("%*d", &[Value::Int(4), Value::Int(2)]), "   2");
        assert_eq!(
            sprintf("%T %T", &[Value::Float(1.0), Value::list(vec![])]),
            "float64 []interface {}"
        );
        assert_eq!(
            sprintf(
                "%6.2f|%-8.3e|%+d",
                &[Value::Float(1.23456), Value::Float(1234.5), Value::Int(5)]
            ),
            "  1.23|1.234e+03|+5"
        );
        assert_eq!(
            sprintf("%05d|%05.1f", &[Value::Int(-42), Value::Float(-2.5)]),
            "-0042|-02.5"
        );
        assert_eq!(
            sprintf("%c%U", &[Value::Int(65), Value::Int(0x1F600)]),
            "AU+1F600"
        );
    }
}
