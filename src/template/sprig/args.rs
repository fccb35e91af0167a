//! What every sprig function needs: reading arguments leniently (like sprig's Go signatures
//! after template conversion), `strval`/`strslice`, and cast's `ToInt64`/`ToFloat64`.

use std::collections::BTreeMap;
use std::rc::Rc;

use crate::template::format::print_value;
use crate::template::strconv::parse_int;
use crate::template::value::{Elem, Value};

/// Message of Go's nil-dereference runtime panic (reflect on a nil interface).
pub(super) const NIL_DEREF: &str =
    "runtime error: invalid memory address or nil pointer dereference";
/// Largest string a function may build (guards against runaway `repeat`/`indent`).
pub(super) const MAX_OUTPUT: usize = 1 << 28;
pub(super) fn arg(a: &[Value], i: usize) -> Value {
    a.get(i).cloned().unwrap_or(Value::Missing)
}
pub(super) fn s_arg(a: &[Value], i: usize) -> Rc<str> {
    match a.get(i) {
        Some(Value::Str(s)) => s.clone(),
        _ => Rc::from(""),
    }
}
pub(super) fn i_arg(a: &[Value], i: usize) -> i64 {
    match a.get(i) {
        Some(Value::Int(n) | Value::Int64(n)) => *n,
        _ => 0,
    }
}
pub(super) fn map_arg(a: &[Value], i: usize) -> Rc<BTreeMap<String, Value>> {
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
pub(super) fn strslice(v: &Value) -> Vec<String> {
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
        Value::Str(s) => parse_int(trim_zero_decimal(s)).unwrap_or(0),
        Value::Bool(b) => i64::from(*b),
        _ => 0,
    }
}
/// `cast.ToFloat64` (errors become 0).
pub(super) fn to_float64(v: &Value) -> f64 {
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
pub(super) fn is_empty(v: &Value) -> bool {
    !v.truth()
}
/// Requires a list argument; errors like sprig's `must*` helpers.
pub(super) fn need_list<'a>(
    v: &'a Value,
    what: &str,
) -> Result<(&'a Rc<Vec<Value>>, Elem), String> {
    match v {
        Value::List(l, e) => Ok((l, *e)),
        v if v.is_nilish() => Err(NIL_DEREF.into()),
        v => Err(format!("{what} {}", v.kind_name())),
    }
}
