//! sprig's string functions (`split`, `upper`, `title`, `trim*`, `replace`, `quote`, `repeat`,
//! `indent`, `substr`, `trunc`, …), with Go's `strings` semantics and runtime panic texts.

use super::args::{MAX_OUTPUT, i_arg, s_arg, strslice, strval};
use crate::template::builtins::FnResult;
use crate::template::format::{print_value, sprintf};
use crate::template::strconv::quote;
use crate::template::value::{Elem, Value};
use std::rc::Rc;

pub(in crate::template) fn join(a: &[Value]) -> FnResult {
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
pub(in crate::template) fn split(a: &[Value]) -> FnResult {
    Ok(indexed_map(go_split(&s_arg(a, 1), &s_arg(a, 0), -1)))
}
pub(in crate::template) fn splitn(a: &[Value]) -> FnResult {
    Ok(indexed_map(go_split(
        &s_arg(a, 2),
        &s_arg(a, 0),
        i_arg(a, 1),
    )))
}
pub(in crate::template) fn split_list(a: &[Value]) -> FnResult {
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
pub(in crate::template) fn upper(a: &[Value]) -> FnResult {
    Ok(Value::str(
        s_arg(a, 0)
            .chars()
            .map(|c| map_case(c, true))
            .collect::<String>(),
    ))
}
pub(in crate::template) fn lower(a: &[Value]) -> FnResult {
    Ok(Value::str(
        s_arg(a, 0)
            .chars()
            .map(|c| map_case(c, false))
            .collect::<String>(),
    ))
}
/// Go's `strings.Title`: upper-cases letters that start words.
pub(in crate::template) fn title(a: &[Value]) -> FnResult {
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
pub(in crate::template) fn trim(a: &[Value]) -> FnResult {
    Ok(Value::str(s_arg(a, 0).trim()))
}
pub(in crate::template) fn nospace(a: &[Value]) -> FnResult {
    Ok(Value::str(
        s_arg(a, 0)
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>(),
    ))
}
pub(in crate::template) fn trim_all(a: &[Value]) -> FnResult {
    let cut = s_arg(a, 0);
    Ok(Value::str(s_arg(a, 1).trim_matches(|c| cut.contains(c))))
}
pub(in crate::template) fn trim_prefix(a: &[Value]) -> FnResult {
    let (p, s) = (s_arg(a, 0), s_arg(a, 1));
    Ok(Value::str(s.strip_prefix(&*p).unwrap_or(&s)))
}
pub(in crate::template) fn trim_suffix(a: &[Value]) -> FnResult {
    let (p, s) = (s_arg(a, 0), s_arg(a, 1));
    Ok(Value::str(s.strip_suffix(&*p).unwrap_or(&s)))
}
pub(in crate::template) fn replace(a: &[Value]) -> FnResult {
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
pub(in crate::template) fn contains(a: &[Value]) -> FnResult {
    Ok(Value::Bool(s_arg(a, 1).contains(&*s_arg(a, 0))))
}
pub(in crate::template) fn has_prefix(a: &[Value]) -> FnResult {
    Ok(Value::Bool(s_arg(a, 1).starts_with(&*s_arg(a, 0))))
}
pub(in crate::template) fn has_suffix(a: &[Value]) -> FnResult {
    Ok(Value::Bool(s_arg(a, 1).ends_with(&*s_arg(a, 0))))
}
pub(in crate::template) fn quote_fn(a: &[Value]) -> FnResult {
    let parts: Vec<String> = a
        .iter()
        .filter(|v| !v.is_nilish())
        .map(|v| quote(&strval(v), false))
        .collect();
    Ok(Value::str(parts.join(" ")))
}
pub(in crate::template) fn squote(a: &[Value]) -> FnResult {
    let parts: Vec<String> = a
        .iter()
        .filter(|v| !v.is_nilish())
        .map(|v| format!("'{}'", print_value(v)))
        .collect();
    Ok(Value::str(parts.join(" ")))
}
pub(in crate::template) fn cat(a: &[Value]) -> FnResult {
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
pub(in crate::template) fn repeat(a: &[Value]) -> FnResult {
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
pub(in crate::template) fn indent(a: &[Value]) -> FnResult {
    Ok(Value::str(indent_str(a)?))
}
pub(in crate::template) fn nindent(a: &[Value]) -> FnResult {
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
pub(in crate::template) fn substr(a: &[Value]) -> FnResult {
    let (start, end, s) = (i_arg(a, 0), i_arg(a, 1), s_arg(a, 2));
    if start < 0 {
        return byte_slice(&s, None, Some(end));
    }
    if end < 0 || end > s.len() as i64 {
        return byte_slice(&s, Some(start), None);
    }
    byte_slice(&s, Some(start), Some(end))
}
pub(in crate::template) fn trunc(a: &[Value]) -> FnResult {
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
pub(in crate::template) fn plural(a: &[Value]) -> FnResult {
    Ok(Value::Str(if i_arg(a, 2) == 1 {
        s_arg(a, 0)
    } else {
        s_arg(a, 1)
    }))
}
