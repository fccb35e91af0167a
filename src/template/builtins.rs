//! Go text/template builtin functions (`not`, `len`, `index`, comparisons, escapers, `print*`).

use super::format::{print_value, sprint, sprintf, sprintln};
use super::strconv::is_print;
use super::value::{Elem, Value};

/// Result of a template function: the value, or the message after `error calling NAME: `.
pub(super) type FnResult = Result<Value, String>;

/// `not`: the negated truth of its argument.
pub(super) fn not(a: &[Value]) -> FnResult {
    Ok(Value::Bool(!a.first().is_some_and(Value::truth)))
}

/// `len`: length of a string (bytes), slice or map.
pub(super) fn len(a: &[Value]) -> FnResult {
    match a.first().unwrap_or(&Value::Missing) {
        Value::Missing => Err("reflect: call of reflect.Value.Type on zero Value".into()),
        Value::Nil => Err("len of nil pointer".into()),
        Value::Str(s) => Ok(Value::Int(s.len() as i64)),
        Value::List(l, _) => Ok(Value::Int(l.len() as i64)),
        Value::Map(m, _) => Ok(Value::Int(m.len() as i64)),
        v => Err(format!("len of type {}", v.type_name())),
    }
}

/// Go's `indexArg`: an integer index within `0..=cap`.
fn index_arg(index: &Value, cap: usize) -> Result<usize, String> {
    let x = match index {
        Value::Int(i) | Value::Int64(i) => *i,
        Value::Uint8(u) => i64::from(*u),
        Value::Missing | Value::Nil => return Err("cannot index slice/array with nil".into()),
        v => {
            return Err(format!(
                "cannot index slice/array with type {}",
                v.type_name()
            ));
        }
    };
    if x < 0 || x as u64 > cap as u64 {
        return Err(format!("index out of range: {x}"));
    }
    Ok(x as usize)
}

/// `index item i j …`: successive indexing of slices, strings and maps.
pub(super) fn index(a: &[Value]) -> FnResult {
    let mut item = a.first().cloned().unwrap_or(Value::Missing);
    if item.is_nilish() {
        return Err("index of untyped nil".into());
    }
    for idx in a.iter().skip(1) {
        item = match &item {
            Value::Missing | Value::Nil => return Err("index of nil pointer".into()),
            Value::List(l, _) => {
                let x = index_arg(idx, l.len())?;
                l.get(x)
                    .cloned()
                    .ok_or("reflect: slice index out of range")?
            }
            Value::Str(s) => {
                let x = index_arg(idx, s.len())?;
                Value::Uint8(
                    *s.as_bytes()
                        .get(x)
                        .ok_or("reflect: string index out of range")?,
                )
            }
            Value::Map(m, elem) => {
                let key = match idx {
                    Value::Str(k) => k,
                    Value::Missing | Value::Nil => {
                        return Err("value is nil; should be of type string".into());
                    }
                    v => {
                        return Err(format!(
                            "value has type {}; should be string",
                            v.type_name()
                        ));
                    }
                };
                match m.get(&**key) {
                    Some(v) => v.clone(),
                    None if *elem == Elem::Str => Value::str(""),
                    None => Value::Nil,
                }
            }
            v => return Err(format!("can't index item of type {}", v.type_name())),
        };
    }
    Ok(item)
}

/// Comparison classes of Go's `basicKind`.
#[derive(PartialEq, Clone, Copy)]
enum BasicKind {
    Invalid,
    Bool,
    Int,
    Uint,
    Float,
    Str,
}

fn basic_kind(v: &Value) -> BasicKind {
    match v {
        Value::Bool(_) => BasicKind::Bool,
        Value::Int(_) | Value::Int64(_) => BasicKind::Int,
        Value::Uint8(_) => BasicKind::Uint,
        Value::Float(_) => BasicKind::Float,
        Value::Str(_) => BasicKind::Str,
        _ => BasicKind::Invalid,
    }
}

const BAD_TYPE: &str = "invalid type for comparison";
const INCOMPATIBLE: &str = "incompatible types for comparison";

fn as_i64(v: &Value) -> i64 {
    match v {
        Value::Int(i) | Value::Int64(i) => *i,
        Value::Uint8(u) => i64::from(*u),
        _ => 0,
    }
}

fn as_f64(v: &Value) -> f64 {
    if let Value::Float(f) = v { *f } else { 0.0 }
}

/// Go's `eq arg1 arg2 …`: true if arg1 equals any of the others.
pub(super) fn eq(a: &[Value]) -> FnResult {
    let a1 = a.first().cloned().unwrap_or(Value::Missing);
    if a.len() < 2 {
        return Err("missing argument for comparison".into());
    }
    let k1 = basic_kind(&a1);
    for arg in &a[1..] {
        let k2 = basic_kind(arg);
        let truth = if k1 != k2 {
            match (k1, k2) {
                (BasicKind::Int, BasicKind::Uint) | (BasicKind::Uint, BasicKind::Int) => {
                    as_i64(&a1) == as_i64(arg)
                }
                _ if !a1.is_nilish() && !arg.is_nilish() => return Err(INCOMPATIBLE.into()),
                _ => false,
            }
        } else {
            match k1 {
                BasicKind::Bool => matches!((&a1, arg), (Value::Bool(x), Value::Bool(y)) if x == y),
                BasicKind::Int | BasicKind::Uint => as_i64(&a1) == as_i64(arg),
                BasicKind::Float => as_f64(&a1) == as_f64(arg),
                BasicKind::Str => a1.as_str() == arg.as_str(),
                BasicKind::Invalid => {
                    let (n1, n2) = (a1.is_nilish(), arg.is_nilish());
                    if !n1 && !n2 {
                        if a1.kind_name() != arg.kind_name() {
                            return Err(format!(
                                "non-comparable types {}: {}, {}: {}",
                                print_value(&a1),
                                a1.type_name(),
                                arg.type_name(),
                                print_value(arg)
                            ));
                        }
                        return Err(format!(
                            "non-comparable type {}: {}",
                            print_value(arg),
                            arg.type_name()
                        ));
                    }
                    n1 == n2
                }
            }
        };
        if truth {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// `ne a b`.
pub(super) fn ne(a: &[Value]) -> FnResult {
    let Value::Bool(b) = eq(a)? else {
        return Ok(Value::Bool(true));
    };
    Ok(Value::Bool(!b))
}

/// Go's `lt` core.
fn less(a: &Value, b: &Value) -> Result<bool, String> {
    let (k1, k2) = (basic_kind(a), basic_kind(b));
    if k1 == BasicKind::Invalid || k2 == BasicKind::Invalid {
        return Err(BAD_TYPE.into());
    }
    if k1 != k2 {
        return match (k1, k2) {
            (BasicKind::Int, BasicKind::Uint) | (BasicKind::Uint, BasicKind::Int) => {
                Ok(as_i64(a) < as_i64(b))
            }
            _ => Err(INCOMPATIBLE.into()),
        };
    }
    match k1 {
        BasicKind::Float => Ok(as_f64(a) < as_f64(b)),
        BasicKind::Int | BasicKind::Uint => Ok(as_i64(a) < as_i64(b)),
        BasicKind::Str => Ok(a.as_str() < b.as_str()),
        _ => Err(BAD_TYPE.into()),
    }
}

fn two(a: &[Value]) -> (Value, Value) {
    (
        a.first().cloned().unwrap_or(Value::Missing),
        a.get(1).cloned().unwrap_or(Value::Missing),
    )
}

fn less_or_equal(a: &[Value]) -> Result<bool, String> {
    let (x, y) = two(a);
    if less(&x, &y)? {
        return Ok(true);
    }
    Ok(matches!(eq(&[x, y])?, Value::Bool(true)))
}

/// `lt a b`.
pub(super) fn lt(a: &[Value]) -> FnResult {
    let (x, y) = two(a);
    Ok(Value::Bool(less(&x, &y)?))
}

/// `le a b`.
pub(super) fn le(a: &[Value]) -> FnResult {
    Ok(Value::Bool(less_or_equal(a)?))
}

/// `gt a b`.
pub(super) fn gt(a: &[Value]) -> FnResult {
    Ok(Value::Bool(!less_or_equal(a)?))
}

/// `ge a b`.
pub(super) fn ge(a: &[Value]) -> FnResult {
    let (x, y) = two(a);
    Ok(Value::Bool(!less(&x, &y)?))
}

/// Go's `evalArgs` for the escapers: a lone string as is, otherwise `fmt.Sprint`.
fn eval_args(a: &[Value]) -> String {
    if let [Value::Str(s)] = a {
        return s.to_string();
    }
    let args: Vec<Value> = a
        .iter()
        .map(|v| {
            if v.is_nilish() {
                Value::str("<no value>")
            } else {
                v.clone()
            }
        })
        .collect();
    sprint(&args)
}

/// `html`: HTML-escapes the textual form of its arguments.
pub(super) fn html(a: &[Value]) -> FnResult {
    let s = eval_args(a);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("&#34;"),
            '\'' => out.push_str("&#39;"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\0' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    Ok(Value::str(out))
}

/// `js`: JavaScript-escapes the textual form of its arguments.
pub(super) fn js(a: &[Value]) -> FnResult {
    let s = eval_args(a);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '"' => out.push_str("\\\""),
            '<' => out.push_str("\\u003C"),
            '>' => out.push_str("\\u003E"),
            '&' => out.push_str("\\u0026"),
            '=' => out.push_str("\\u003D"),
            c if c < ' ' => out.push_str(&format!("\\u{:04X}", c as u32)),
            c if !c.is_ascii() && !is_print(c) => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    Ok(Value::str(out))
}

/// `urlquery`: `url.QueryEscape` of the textual form of its arguments.
pub(super) fn urlquery(a: &[Value]) -> FnResult {
    let s = eval_args(a);
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            b => out.push_str(&format!("%{b:02X}")),
        }
    }
    Ok(Value::str(out))
}

/// `print`.
pub(super) fn print(a: &[Value]) -> FnResult {
    Ok(Value::str(sprint(a)))
}

/// `println`.
pub(super) fn println(a: &[Value]) -> FnResult {
    Ok(Value::str(sprintln(a)))
}

/// `printf format args…`.
pub(super) fn printf(a: &[Value]) -> FnResult {
    let f = a.first().and_then(Value::as_str).unwrap_or("");
    Ok(Value::str(sprintf(f, a.get(1..).unwrap_or(&[]))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comparisons() {
        let t = Value::Bool(true);
        assert!(matches!(
            eq(&[Value::Int(1), Value::Int(2), Value::Int(1)]),
            Ok(Value::Bool(true))
        ));
        assert_eq!(
            eq(&[Value::Float(1.0), Value::Int(1)]).err().as_deref(),
            Some(INCOMPATIBLE)
        );
        assert!(matches!(
            eq(&[Value::Missing, Value::str("x")]),
            Ok(Value::Bool(false))
        ));
        assert!(matches!(
            eq(&[Value::Nil, Value::Missing]),
            Ok(Value::Bool(true))
        ));
        assert!(matches!(
            lt(&[Value::str("a"), Value::str("b")]),
            Ok(Value::Bool(true))
        ));
        assert_eq!(lt(&[t.clone(), t]).err().as_deref(), Some(BAD_TYPE));
        assert!(matches!(
            ge(&[Value::Float(2.0), Value::Float(2.0)]),
            Ok(Value::Bool(true))
        ));
    }

    #[test]
    fn escapers() {
        let r = html(&[Value::str("<a href=\"x\">&'")])
            .ok()
            .map(|v| print_value(&v));
        assert_eq!(r.as_deref(), Some("&lt;a href=&#34;x&#34;&gt;&amp;&#39;"));
        let r = js(&[Value::str("a'b<=\n")]).ok().map(|v| print_value(&v));
        assert_eq!(r.as_deref(), Some("a\\'b\\u003C\\u003D\\u000A"));
        let r = urlquery(&[Value::str("a b&c/d")])
            .ok()
            .map(|v| print_value(&v));
        assert_eq!(r.as_deref(), Some("a+b%26c%2Fd"));
    }
}
