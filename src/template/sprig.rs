//! Implementations of the sprig (v3) functions oras exposes to templates.
//!
//! Date/time (`now`, `date`, `toDate`, …), crypto, random, regex, semver and network functions
//! are not implemented: they are registered so templates parse, but calling them fails.

use std::collections::BTreeMap;
use std::rc::Rc;

use super::builtins::FnResult;
use super::format::{print_value, sprintf};
use super::json::{JsonOpts, decode, encode};
use super::strconv::quote;
use super::value::{Elem, Value};

/// Message of Go's nil-dereference runtime panic (reflect on a nil interface).
const NIL_DEREF: &str = "runtime error: invalid memory address or nil pointer dereference";

/// Largest string a function may build (guards against runaway `repeat`/`indent`).
const MAX_OUTPUT: usize = 1 << 28;

fn arg(a: &[Value], i: usize) -> Value {
    a.get(i).cloned().unwrap_or(Value::Missing)
}

fn s_arg(a: &[Value], i: usize) -> Rc<str> {
    match a.get(i) {
        Some(Value::Str(s)) => s.clone(),
        _ => Rc::from(""),
    }
}

fn i_arg(a: &[Value], i: usize) -> i64 {
    match a.get(i) {
        Some(Value::Int(n) | Value::Int64(n)) => *n,
        _ => 0,
    }
}

fn map_arg(a: &[Value], i: usize) -> Rc<BTreeMap<String, Value>> {
    match a.get(i) {
        Some(Value::Map(m, _)) => m.clone(),
        _ => Rc::new(BTreeMap::new()),
    }
}

/// sprig's `strval`: strings as is, everything else through `%v`.
pub(super) fn strval(v: &Value) -> String {
    match v {
        Value::Str(s) => s.to_string(),
        v => print_value(&v.clone().boxed()),
    }
}

/// sprig's `strslice`: list elements (nils dropped) or a one-element list.
fn strslice(v: &Value) -> Vec<String> {
    match v {
        Value::List(l, _) => l.iter().filter(|x| !x.is_nilish()).map(strval).collect(),
        v if v.is_nilish() => Vec::new(),
        v => vec![strval(v)],
    }
}

/// cast's `trimZeroDecimal`: "12.000" → "12".
fn trim_zero_decimal(s: &str) -> &str {
    let b = s.as_bytes();
    let mut found_zero = false;
    for i in (1..=b.len()).rev() {
        match b[i - 1] {
            b'.' if found_zero => return &s[..i - 1],
            b'.' => {}
            b'0' => found_zero = true,
            _ => return s,
        }
    }
    s
}

/// `cast.ToInt64` (errors become 0).
pub(super) fn to_int64(v: &Value) -> i64 {
    match v {
        Value::Int(i) | Value::Int64(i) => *i,
        Value::Uint8(u) => i64::from(*u),
        Value::Float(f) => *f as i64,
        Value::Str(s) => super::strconv::parse_int(trim_zero_decimal(s)).unwrap_or(0),
        Value::Bool(b) => i64::from(*b),
        _ => 0,
    }
}

/// `cast.ToFloat64` (errors become 0).
fn to_float64(v: &Value) -> f64 {
    match v {
        Value::Int(i) | Value::Int64(i) => *i as f64,
        Value::Uint8(u) => f64::from(*u),
        Value::Float(f) => *f,
        Value::Str(s) => s
            .trim()
            .parse::<f64>()
            .ok()
            .filter(|_| !s.is_empty())
            .unwrap_or(0.0),
        Value::Bool(b) => f64::from(u8::from(*b)),
        _ => 0.0,
    }
}

/// sprig's `empty`: zero values and empty containers.
fn is_empty(v: &Value) -> bool {
    !v.truth()
}

/// Requires a list argument; errors like sprig's `must*` helpers.
fn need_list<'a>(v: &'a Value, what: &str) -> Result<(&'a Rc<Vec<Value>>, Elem), String> {
    match v {
        Value::List(l, e) => Ok((l, *e)),
        v if v.is_nilish() => Err(NIL_DEREF.into()),
        v => Err(format!("{what} {}", v.kind_name())),
    }
}

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

pub(super) fn to_json(a: &[Value]) -> FnResult {
    json_with(a, true, false, false)
}
pub(super) fn to_pretty_json(a: &[Value]) -> FnResult {
    json_with(a, true, true, false)
}
pub(super) fn to_raw_json(a: &[Value]) -> FnResult {
    json_with(a, false, false, false)
}
pub(super) fn must_to_json(a: &[Value]) -> FnResult {
    json_with(a, true, false, true)
}
pub(super) fn must_to_pretty_json(a: &[Value]) -> FnResult {
    json_with(a, true, true, true)
}
pub(super) fn must_to_raw_json(a: &[Value]) -> FnResult {
    json_with(a, false, false, true)
}

pub(super) fn from_json(a: &[Value]) -> FnResult {
    Ok(decode(&s_arg(a, 0)).unwrap_or(Value::Nil))
}
pub(super) fn must_from_json(a: &[Value]) -> FnResult {
    decode(&s_arg(a, 0))
}

pub(super) fn first(a: &[Value]) -> FnResult {
    let (l, _) = need_list(&a[0], "Cannot find first on type")?;
    Ok(l.first().cloned().unwrap_or(Value::Nil))
}
pub(super) fn last(a: &[Value]) -> FnResult {
    let (l, _) = need_list(&a[0], "Cannot find last on type")?;
    Ok(l.last().cloned().unwrap_or(Value::Nil))
}
pub(super) fn rest(a: &[Value]) -> FnResult {
    let (l, e) = need_list(&a[0], "Cannot find rest on type")?;
    if l.is_empty() {
        return Ok(Value::Nil);
    }
    Ok(Value::List(Rc::new(l[1..].to_vec()), e))
}
pub(super) fn initial(a: &[Value]) -> FnResult {
    let (l, e) = need_list(&a[0], "Cannot find initial on type")?;
    if l.is_empty() {
        return Ok(Value::Nil);
    }
    Ok(Value::List(Rc::new(l[..l.len() - 1].to_vec()), e))
}
pub(super) fn reverse(a: &[Value]) -> FnResult {
    let (l, e) = need_list(&a[0], "Cannot find reverse on type")?;
    Ok(Value::List(Rc::new(l.iter().rev().cloned().collect()), e))
}
pub(super) fn compact(a: &[Value]) -> FnResult {
    let (l, _) = need_list(&a[0], "Cannot compact on type")?;
    Ok(Value::list(
        l.iter().filter(|v| !is_empty(v)).cloned().collect(),
    ))
}
pub(super) fn uniq(a: &[Value]) -> FnResult {
    let (l, _) = need_list(&a[0], "Cannot find uniq on type")?;
    let mut out: Vec<Value> = Vec::new();
    for v in l.iter() {
        if !out.iter().any(|x| x.deep_equal(v)) {
            out.push(v.clone());
        }
    }
    Ok(Value::list(out))
}
pub(super) fn without(a: &[Value]) -> FnResult {
    let (l, _) = need_list(&a[0], "Cannot find without on type")?;
    let omit = &a[1..];
    Ok(Value::list(
        l.iter()
            .filter(|v| !omit.iter().any(|o| o.deep_equal(v)))
            .cloned()
            .collect(),
    ))
}
pub(super) fn push(a: &[Value]) -> FnResult {
    let (l, _) = need_list(&a[0], "Cannot push on type")?;
    let mut v = l.to_vec();
    v.push(arg(a, 1));
    Ok(Value::list(v))
}
pub(super) fn prepend(a: &[Value]) -> FnResult {
    let (l, _) = need_list(&a[0], "Cannot prepend on type")?;
    let mut v = vec![arg(a, 1)];
    v.extend(l.iter().cloned());
    Ok(Value::list(v))
}
pub(super) fn concat(a: &[Value]) -> FnResult {
    let mut out = Vec::new();
    for v in a {
        match v {
            Value::List(l, _) => out.extend(l.iter().cloned()),
            v if v.is_nilish() => return Err(NIL_DEREF.into()),
            v => return Err(format!("Cannot concat type {} as list", v.kind_name())),
        }
    }
    Ok(Value::list(out))
}
pub(super) fn has(a: &[Value]) -> FnResult {
    match &a[1] {
        v if v.is_nilish() => Ok(Value::Bool(false)),
        Value::List(l, _) => Ok(Value::Bool(l.iter().any(|x| x.deep_equal(&a[0])))),
        v => Err(format!("Cannot find has on type {}", v.kind_name())),
    }
}
/// sprig's `slice list [start [end]]` (overrides Go's builtin `slice`).
pub(super) fn slice(a: &[Value]) -> FnResult {
    let (l, e) = match &a[0] {
        Value::List(l, e) => (l, *e),
        v if v.is_nilish() => return Err(NIL_DEREF.into()),
        v => {
            return Err(format!(
                "list should be type of slice or array but {}",
                v.kind_name()
            ));
        }
    };
    if l.is_empty() {
        return Ok(Value::Nil);
    }
    let start = a.get(1).map_or(0, to_int64);
    let end = if a.len() < 3 {
        l.len() as i64
    } else {
        to_int64(&a[2])
    };
    if start < 0 || end < start || end > l.len() as i64 {
        return Err("reflect.Value.Slice: slice index out of bounds".into());
    }
    Ok(Value::List(
        Rc::new(l[start as usize..end as usize].to_vec()),
        e,
    ))
}

pub(super) fn join(a: &[Value]) -> FnResult {
    Ok(Value::str(strslice(&a[1]).join(&s_arg(a, 0))))
}
/// Go's `strings.Split` (empty separator splits into characters).
fn go_split(s: &str, sep: &str, n: i64) -> Vec<String> {
    if n == 0 {
        return Vec::new();
    }
    if sep.is_empty() {
        let chars: Vec<String> = s.chars().map(String::from).collect();
        if n > 0 && chars.len() as i64 > n {
            let mut head = chars[..n as usize - 1].to_vec();
            head.push(chars[n as usize - 1..].concat());
            return head;
        }
        return chars;
    }
    if n < 0 {
        s.split(sep).map(String::from).collect()
    } else {
        s.splitn(n as usize, sep).map(String::from).collect()
    }
}
fn indexed_map(parts: Vec<String>) -> Value {
    let m = parts
        .into_iter()
        .enumerate()
        .map(|(i, p)| (format!("_{i}"), Value::str(p)))
        .collect();
    Value::Map(Rc::new(m), Elem::Str)
}
pub(super) fn split(a: &[Value]) -> FnResult {
    Ok(indexed_map(go_split(&s_arg(a, 1), &s_arg(a, 0), -1)))
}
pub(super) fn splitn(a: &[Value]) -> FnResult {
    Ok(indexed_map(go_split(
        &s_arg(a, 2),
        &s_arg(a, 0),
        i_arg(a, 1),
    )))
}
pub(super) fn split_list(a: &[Value]) -> FnResult {
    Ok(Value::strings(go_split(&s_arg(a, 1), &s_arg(a, 0), -1)))
}

/// Go's rune-wise case mapping (one rune in, one rune out).
fn map_case(c: char, upper: bool) -> char {
    let mut it: Vec<char> = if upper {
        c.to_uppercase().collect()
    } else {
        c.to_lowercase().collect()
    };
    match it.len() {
        1 => it.remove(0),
        _ if !upper => it.first().copied().unwrap_or(c),
        _ => c,
    }
}
pub(super) fn upper(a: &[Value]) -> FnResult {
    Ok(Value::str(
        s_arg(a, 0)
            .chars()
            .map(|c| map_case(c, true))
            .collect::<String>(),
    ))
}
pub(super) fn lower(a: &[Value]) -> FnResult {
    Ok(Value::str(
        s_arg(a, 0)
            .chars()
            .map(|c| map_case(c, false))
            .collect::<String>(),
    ))
}
/// Go's `strings.Title`: upper-cases letters that start words.
pub(super) fn title(a: &[Value]) -> FnResult {
    let is_sep = |c: char| {
        if c.is_ascii() {
            !(c.is_ascii_alphanumeric() || c == '_')
        } else if c.is_alphabetic() || c.is_numeric() {
            false
        } else {
            c.is_whitespace()
        }
    };
    let mut prev = ' ';
    let out: String = s_arg(a, 0)
        .chars()
        .map(|c| {
            let r = if is_sep(prev) { map_case(c, true) } else { c };
            prev = c;
            r
        })
        .collect();
    Ok(Value::str(out))
}
pub(super) fn trim(a: &[Value]) -> FnResult {
    Ok(Value::str(s_arg(a, 0).trim()))
}
pub(super) fn nospace(a: &[Value]) -> FnResult {
    Ok(Value::str(
        s_arg(a, 0)
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>(),
    ))
}
pub(super) fn trim_all(a: &[Value]) -> FnResult {
    let cut = s_arg(a, 0);
    Ok(Value::str(s_arg(a, 1).trim_matches(|c| cut.contains(c))))
}
pub(super) fn trim_prefix(a: &[Value]) -> FnResult {
    let (p, s) = (s_arg(a, 0), s_arg(a, 1));
    Ok(Value::str(s.strip_prefix(&*p).unwrap_or(&s)))
}
pub(super) fn trim_suffix(a: &[Value]) -> FnResult {
    let (p, s) = (s_arg(a, 0), s_arg(a, 1));
    Ok(Value::str(s.strip_suffix(&*p).unwrap_or(&s)))
}
pub(super) fn replace(a: &[Value]) -> FnResult {
    let (old, new, src) = (s_arg(a, 0), s_arg(a, 1), s_arg(a, 2));
    if old.is_empty() {
        // Go inserts `new` before every rune and at the end.
        let mut out = String::new();
        for c in src.chars() {
            out.push_str(&new);
            out.push(c);
        }
        out.push_str(&new);
        return Ok(Value::str(out));
    }
    Ok(Value::str(src.replace(&*old, &new)))
}
pub(super) fn contains(a: &[Value]) -> FnResult {
    Ok(Value::Bool(s_arg(a, 1).contains(&*s_arg(a, 0))))
}
pub(super) fn has_prefix(a: &[Value]) -> FnResult {
    Ok(Value::Bool(s_arg(a, 1).starts_with(&*s_arg(a, 0))))
}
pub(super) fn has_suffix(a: &[Value]) -> FnResult {
    Ok(Value::Bool(s_arg(a, 1).ends_with(&*s_arg(a, 0))))
}
pub(super) fn quote_fn(a: &[Value]) -> FnResult {
    let parts: Vec<String> = a
        .iter()
        .filter(|v| !v.is_nilish())
        .map(|v| quote(&strval(v), false))
        .collect();
    Ok(Value::str(parts.join(" ")))
}
pub(super) fn squote(a: &[Value]) -> FnResult {
    let parts: Vec<String> = a
        .iter()
        .filter(|v| !v.is_nilish())
        .map(|v| format!("'{}'", print_value(v)))
        .collect();
    Ok(Value::str(parts.join(" ")))
}
pub(super) fn cat(a: &[Value]) -> FnResult {
    let v: Vec<Value> = a.iter().filter(|v| !v.is_nilish()).cloned().collect();
    let f = vec!["%v"; v.len()].join(" ");
    Ok(Value::str(sprintf(&f, &v)))
}
/// Go's `strings.Repeat` with a size guard.
fn repeat_str(s: &str, count: i64) -> Result<String, String> {
    if count < 0 {
        return Err("strings: negative Repeat count".into());
    }
    if (count as u128) * (s.len() as u128) > MAX_OUTPUT as u128 {
        return Err("strings: Repeat output length overflow".into());
    }
    Ok(s.repeat(count as usize))
}
pub(super) fn repeat(a: &[Value]) -> FnResult {
    Ok(Value::str(repeat_str(&s_arg(a, 1), i_arg(a, 0))?))
}
fn indent_str(a: &[Value]) -> Result<String, String> {
    let pad = repeat_str(" ", i_arg(a, 0))?;
    let s = s_arg(a, 1);
    if (s.matches('\n').count() as u128 + 1) * pad.len() as u128 > MAX_OUTPUT as u128 {
        return Err("strings: Repeat output length overflow".into());
    }
    Ok(format!("{pad}{}", s.replace('\n', &format!("\n{pad}"))))
}
pub(super) fn indent(a: &[Value]) -> FnResult {
    Ok(Value::str(indent_str(a)?))
}
pub(super) fn nindent(a: &[Value]) -> FnResult {
    Ok(Value::str(format!("\n{}", indent_str(a)?)))
}
/// Byte slice `s[from..to]` as a (lossy) string, with Go's runtime panic messages.
fn byte_slice(s: &str, from: Option<i64>, to: Option<i64>) -> FnResult {
    let n = s.len() as i64;
    let (lo, hi) = (from.unwrap_or(0), to.unwrap_or(n));
    match (from, to) {
        (None, Some(h)) if h < 0 => {
            return Err(format!("runtime error: slice bounds out of range [:{h}]"));
        }
        (None, Some(h)) if h > n => {
            return Err(format!(
                "runtime error: slice bounds out of range [:{h}] with length {n}"
            ));
        }
        _ if lo < 0 || lo > hi => {
            return Err(format!(
                "runtime error: slice bounds out of range [{lo}:{hi}]"
            ));
        }
        _ => {}
    }
    Ok(Value::str(
        String::from_utf8_lossy(&s.as_bytes()[lo as usize..hi as usize]).into_owned(),
    ))
}
pub(super) fn substr(a: &[Value]) -> FnResult {
    let (start, end, s) = (i_arg(a, 0), i_arg(a, 1), s_arg(a, 2));
    if start < 0 {
        return byte_slice(&s, None, Some(end));
    }
    if end < 0 || end > s.len() as i64 {
        return byte_slice(&s, Some(start), None);
    }
    byte_slice(&s, Some(start), Some(end))
}
pub(super) fn trunc(a: &[Value]) -> FnResult {
    let (c, s) = (i_arg(a, 0), s_arg(a, 1));
    let n = s.len() as i64;
    if c < 0 && n + c > 0 {
        return byte_slice(&s, Some(n + c), None);
    }
    if c >= 0 && n > c {
        return byte_slice(&s, None, Some(c));
    }
    Ok(Value::Str(s))
}
pub(super) fn plural(a: &[Value]) -> FnResult {
    Ok(Value::Str(if i_arg(a, 2) == 1 {
        s_arg(a, 0)
    } else {
        s_arg(a, 1)
    }))
}

pub(super) fn default(a: &[Value]) -> FnResult {
    match a.get(1) {
        Some(g) if !is_empty(g) => Ok(g.clone()),
        _ => Ok(arg(a, 0)),
    }
}
pub(super) fn empty(a: &[Value]) -> FnResult {
    Ok(Value::Bool(is_empty(&arg(a, 0))))
}
pub(super) fn coalesce(a: &[Value]) -> FnResult {
    Ok(a.iter()
        .find(|v| !is_empty(v))
        .cloned()
        .unwrap_or(Value::Nil))
}
pub(super) fn all(a: &[Value]) -> FnResult {
    Ok(Value::Bool(a.iter().all(|v| !is_empty(v))))
}
pub(super) fn any(a: &[Value]) -> FnResult {
    Ok(Value::Bool(a.iter().any(|v| !is_empty(v))))
}
pub(super) fn ternary(a: &[Value]) -> FnResult {
    Ok(if matches!(a.get(2), Some(Value::Bool(true))) {
        arg(a, 0)
    } else {
        arg(a, 1)
    })
}
pub(super) fn list(a: &[Value]) -> FnResult {
    Ok(Value::list(a.to_vec()))
}
pub(super) fn dict(a: &[Value]) -> FnResult {
    let mut m = BTreeMap::new();
    for pair in a.chunks(2) {
        let v = pair.get(1).cloned().unwrap_or_else(|| Value::str(""));
        m.insert(strval(&pair[0]), v);
    }
    Ok(Value::map(m))
}
pub(super) fn keys(a: &[Value]) -> FnResult {
    let mut out = Vec::new();
    for d in a {
        if let Value::Map(m, _) = d {
            out.extend(m.keys().cloned());
        }
    }
    Ok(Value::strings(out))
}
pub(super) fn values(a: &[Value]) -> FnResult {
    Ok(Value::list(map_arg(a, 0).values().cloned().collect()))
}
pub(super) fn pick(a: &[Value]) -> FnResult {
    let m = map_arg(a, 0);
    let wanted: Vec<&str> = a[1..].iter().filter_map(Value::as_str).collect();
    Ok(Value::map(
        m.iter()
            .filter(|(k, _)| wanted.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
    ))
}
pub(super) fn omit(a: &[Value]) -> FnResult {
    let m = map_arg(a, 0);
    let drop: Vec<&str> = a[1..].iter().filter_map(Value::as_str).collect();
    Ok(Value::map(
        m.iter()
            .filter(|(k, _)| !drop.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
    ))
}
pub(super) fn sort_alpha(a: &[Value]) -> FnResult {
    let v = arg(a, 0);
    let mut s = match &v {
        Value::List(..) => strslice(&v),
        v => vec![strval(v)],
    };
    s.sort();
    Ok(Value::strings(s))
}
pub(super) fn has_key(a: &[Value]) -> FnResult {
    Ok(Value::Bool(map_arg(a, 0).contains_key(&*s_arg(a, 1))))
}
pub(super) fn get(a: &[Value]) -> FnResult {
    Ok(map_arg(a, 0)
        .get(&*s_arg(a, 1))
        .cloned()
        .unwrap_or_else(|| Value::str("")))
}
pub(super) fn pluck(a: &[Value]) -> FnResult {
    let key = s_arg(a, 0);
    let out = a[1..]
        .iter()
        .filter_map(|d| match d {
            Value::Map(m, _) => m.get(&*key).cloned(),
            _ => None,
        })
        .collect();
    Ok(Value::list(out))
}
/// `dig "a" "b" default dict`.
pub(super) fn dig(a: &[Value]) -> FnResult {
    if a.len() < 3 {
        return Err("dig needs at least three arguments".into());
    }
    let conv = |v: &Value, want: &str| {
        format!(
            "interface conversion: interface {{}} is {}, not {want}",
            v.type_name()
        )
    };
    let mut cur = match &a[a.len() - 1] {
        Value::Map(m, Elem::Any) => m.clone(),
        v => return Err(conv(v, "map[string]interface {}")),
    };
    let def = &a[a.len() - 2];
    let ks = &a[..a.len() - 2];
    for (i, k) in ks.iter().enumerate() {
        let Value::Str(k) = k else {
            return Err(conv(k, "string"));
        };
        let Some(step) = cur.get(&**k).cloned() else {
            return Ok(def.clone());
        };
        if i == ks.len() - 1 {
            return Ok(step);
        }
        cur = match step {
            Value::Map(m, Elem::Any) => m,
            v => return Err(conv(&v, "map[string]interface {}")),
        };
    }
    Ok(def.clone())
}

pub(super) fn add(a: &[Value]) -> FnResult {
    Ok(Value::Int64(
        a.iter().map(to_int64).fold(0i64, i64::wrapping_add),
    ))
}
pub(super) fn add1(a: &[Value]) -> FnResult {
    Ok(Value::Int64(to_int64(&a[0]).wrapping_add(1)))
}
pub(super) fn sub(a: &[Value]) -> FnResult {
    Ok(Value::Int64(to_int64(&a[0]).wrapping_sub(to_int64(&a[1]))))
}
pub(super) fn mul(a: &[Value]) -> FnResult {
    Ok(Value::Int64(
        a.iter().map(to_int64).fold(1i64, i64::wrapping_mul),
    ))
}
pub(super) fn div(a: &[Value]) -> FnResult {
    let d = to_int64(&a[1]);
    if d == 0 {
        return Err("runtime error: integer divide by zero".into());
    }
    Ok(Value::Int64(to_int64(&a[0]).wrapping_div(d)))
}
pub(super) fn modulo(a: &[Value]) -> FnResult {
    let d = to_int64(&a[1]);
    if d == 0 {
        return Err("runtime error: integer divide by zero".into());
    }
    Ok(Value::Int64(to_int64(&a[0]).wrapping_rem(d)))
}
pub(super) fn max(a: &[Value]) -> FnResult {
    Ok(Value::Int64(a.iter().map(to_int64).max().unwrap_or(0)))
}
pub(super) fn min(a: &[Value]) -> FnResult {
    Ok(Value::Int64(a.iter().map(to_int64).min().unwrap_or(0)))
}
pub(super) fn floor(a: &[Value]) -> FnResult {
    Ok(Value::Float(to_float64(&a[0]).floor()))
}
pub(super) fn ceil(a: &[Value]) -> FnResult {
    Ok(Value::Float(to_float64(&a[0]).ceil()))
}
pub(super) fn round(a: &[Value]) -> FnResult {
    let round_on = match a.get(2) {
        Some(Value::Float(f)) => *f,
        _ => 0.5,
    };
    let pow = 10f64.powf(i_arg(a, 1) as f64);
    let digit = pow * to_float64(&a[0]);
    let r = if digit.fract() >= round_on {
        digit.ceil()
    } else {
        digit.floor()
    };
    Ok(Value::Float(r / pow))
}
pub(super) fn to_int(a: &[Value]) -> FnResult {
    Ok(Value::Int(to_int64(&a[0])))
}
pub(super) fn to_int64_fn(a: &[Value]) -> FnResult {
    Ok(Value::Int64(to_int64(&a[0])))
}
pub(super) fn to_float64_fn(a: &[Value]) -> FnResult {
    Ok(Value::Float(to_float64(&a[0])))
}
pub(super) fn atoi(a: &[Value]) -> FnResult {
    Ok(Value::Int(s_arg(a, 0).parse::<i64>().unwrap_or(0)))
}
pub(super) fn to_string(a: &[Value]) -> FnResult {
    Ok(Value::str(strval(&a[0])))
}
pub(super) fn to_strings(a: &[Value]) -> FnResult {
    Ok(Value::strings(strslice(&a[0])))
}
/// Go's `untilStep` with a size guard.
fn until_step(start: i64, stop: i64, step: i64) -> FnResult {
    let (span, step_abs) = (i128::from(stop) - i128::from(start), i128::from(step).abs());
    let n = if (step > 0 && span > 0) || (step < 0 && span < 0) {
        (span.abs() + step_abs - 1) / step_abs
    } else {
        0
    };
    if n > 10_000_000 {
        return Err("runtime error: makeslice: len out of range".into());
    }
    let v = (0..n as i64)
        .map(|i| Value::Int(start + i * step))
        .collect();
    Ok(Value::List(Rc::new(v), Elem::Int))
}
pub(super) fn until(a: &[Value]) -> FnResult {
    let c = i_arg(a, 0);
    until_step(0, c, if c < 0 { -1 } else { 1 })
}
pub(super) fn until_step_fn(a: &[Value]) -> FnResult {
    until_step(i_arg(a, 0), i_arg(a, 1), i_arg(a, 2))
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pub(super) fn b64enc(a: &[Value]) -> FnResult {
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
pub(super) fn b64dec(a: &[Value]) -> FnResult {
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

pub(super) fn type_of(a: &[Value]) -> FnResult {
    Ok(Value::str(a[0].type_name()))
}
pub(super) fn kind_of(a: &[Value]) -> FnResult {
    Ok(Value::str(a[0].kind_name()))
}
pub(super) fn type_is(a: &[Value]) -> FnResult {
    Ok(Value::Bool(*s_arg(a, 0) == *a[1].type_name()))
}
pub(super) fn type_is_like(a: &[Value]) -> FnResult {
    let (t, target) = (a[1].type_name(), s_arg(a, 0));
    Ok(Value::Bool(*target == *t || format!("*{target}") == t))
}
pub(super) fn kind_is(a: &[Value]) -> FnResult {
    Ok(Value::Bool(*s_arg(a, 0) == *a[1].kind_name()))
}
pub(super) fn deep_equal(a: &[Value]) -> FnResult {
    Ok(Value::Bool(a[0].deep_equal(&a[1])))
}
pub(super) fn fail(a: &[Value]) -> FnResult {
    Err(s_arg(a, 0).to_string())
}
pub(super) fn env(a: &[Value]) -> FnResult {
    Ok(Value::str(std::env::var(&*s_arg(a, 0)).unwrap_or_default()))
}

/// Go's `path.Clean`.
fn clean_path(p: &str) -> String {
    crate::gopath::clean(p)
}
pub(super) fn path_base(a: &[Value]) -> FnResult {
    let p = s_arg(a, 0);
    if p.is_empty() {
        return Ok(Value::str("."));
    }
    let t = p.trim_end_matches('/');
    if t.is_empty() {
        return Ok(Value::str("/"));
    }
    Ok(Value::str(t.rsplit('/').next().unwrap_or(t)))
}
pub(super) fn path_dir(a: &[Value]) -> FnResult {
    let p = s_arg(a, 0);
    let dir = p.rfind('/').map_or("", |i| &p[..=i]);
    Ok(Value::str(clean_path(dir)))
}
pub(super) fn path_clean(a: &[Value]) -> FnResult {
    Ok(Value::str(clean_path(&s_arg(a, 0))))
}
pub(super) fn path_ext(a: &[Value]) -> FnResult {
    let p = s_arg(a, 0);
    for (i, c) in p.char_indices().rev() {
        match c {
            '/' => break,
            '.' => return Ok(Value::str(&p[i..])),
            _ => {}
        }
    }
    Ok(Value::str(""))
}
pub(super) fn path_is_abs(a: &[Value]) -> FnResult {
    Ok(Value::Bool(s_arg(a, 0).starts_with('/')))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(x: &str) -> Value {
        Value::str(x)
    }

    fn show(r: FnResult) -> String {
        match r {
            Ok(v) => print_value(&v),
            Err(e) => format!("ERR {e}"),
        }
    }

    #[test]
    fn strings() {
        assert_eq!(show(title(&[s("hello wORLD-x_y")])), "Hello WORLD-X_y");
        assert_eq!(show(trim_all(&[s("$"), s("$$5$")])), "5");
        assert_eq!(
            show(substr(&[Value::Int(1), Value::Int(3), s("abcdef")])),
            "bc"
        );
        assert_eq!(
            show(substr(&[Value::Int(4), Value::Int(2), s("abcdef")])),
            "ERR runtime error: slice bounds out of range [4:2]"
        );
        assert_eq!(show(trunc(&[Value::Int(-2), s("abcdef")])), "ef");
        assert_eq!(show(indent(&[Value::Int(2), s("a\nb")])), "  a\n  b");
        assert_eq!(show(split(&[s(":"), s("a:b")])), "map[_0:a _1:b]");
        assert_eq!(
            show(quote_fn(&[s("a\"b"), Value::Nil, Value::Float(2.0)])),
            "\"a\\\"b\" \"2\""
        );
        assert_eq!(show(b64enc(&[s("hello!?")])), "aGVsbG8hPw==");
        assert_eq!(show(b64dec(&[s("aGVsbG8hPw==")])), "hello!?");
        assert_eq!(
            show(b64dec(&[s("a$")])),
            "illegal base64 data at input byte 1"
        );
        assert_eq!(show(cat(&[s("a"), Value::Int(1), Value::Nil])), "a 1");
        assert_eq!(show(path_dir(&[s("a/b/c.txt")])), "a/b");
        assert_eq!(show(path_ext(&[s("a/b/c.tar.gz")])), ".gz");
    }

    #[test]
    fn lists_and_math() {
        let l = Value::from_json(&serde_json::json!(["b", "a", "b"]));
        assert_eq!(show(uniq(std::slice::from_ref(&l))), "[b a]");
        assert_eq!(show(sort_alpha(std::slice::from_ref(&l))), "[a b b]");
        assert_eq!(show(rest(std::slice::from_ref(&l))), "[a b]");
        assert_eq!(
            show(first(&[s("x")])),
            "ERR Cannot find first on type string"
        );
        assert_eq!(show(add(&[Value::Int(1), Value::Float(2.7), s("3")])), "6");
        assert_eq!(
            show(div(&[Value::Int(1), Value::Int(0)])),
            "ERR runtime error: integer divide by zero"
        );
        assert_eq!(
            show(max(&[Value::Int(1), Value::Float(7.0), Value::Int(3)])),
            "7"
        );
        assert_eq!(show(until(&[Value::Int(3)])), "[0 1 2]");
        assert_eq!(show(to_int(&[s("12.00")])), "12");
        assert_eq!(show(default(&[s("d"), s("")])), "d");
        assert_eq!(show(default(&[s("d")])), "d");
    }
}
