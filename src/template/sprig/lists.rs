//! sprig's list functions (`first`, `rest`, `uniq`, `slice`, `until`, `sortAlpha`, …).

use std::rc::Rc;

use super::args::{NIL_DEREF, arg, i_arg, is_empty, need_list, strslice, strval, to_int64};
use crate::template::builtins::FnResult;
use crate::template::value::{Elem, Value};

pub(in crate::template) fn list(a: &[Value]) -> FnResult {
    Ok(Value::list(a.to_vec()))
}
pub(in crate::template) fn first(a: &[Value]) -> FnResult {
    let (l, _) = need_list(&a[0], "Cannot find first on type")?;
    Ok(l.first().cloned().unwrap_or(Value::Nil))
}
pub(in crate::template) fn last(a: &[Value]) -> FnResult {
    let (l, _) = need_list(&a[0], "Cannot find last on type")?;
    Ok(l.last().cloned().unwrap_or(Value::Nil))
}
pub(in crate::template) fn rest(a: &[Value]) -> FnResult {
    let (l, e) = need_list(&a[0], "Cannot find rest on type")?;
    if l.is_empty() {
        return Ok(Value::Nil);
    }
    Ok(Value::List(Rc::new(l[1..].to_vec()), e))
}
pub(in crate::template) fn initial(a: &[Value]) -> FnResult {
    let (l, e) = need_list(&a[0], "Cannot find initial on type")?;
    if l.is_empty() {
        return Ok(Value::Nil);
    }
    Ok(Value::List(Rc::new(l[..l.len() - 1].to_vec()), e))
}
pub(in crate::template) fn reverse(a: &[Value]) -> FnResult {
    let (l, e) = need_list(&a[0], "Cannot find reverse on type")?;
    Ok(Value::List(Rc::new(l.iter().rev().cloned().collect()), e))
}
pub(in crate::template) fn compact(a: &[Value]) -> FnResult {
    let (l, _) = need_list(&a[0], "Cannot compact on type")?;
    Ok(Value::list(
        l.iter().filter(|v| !is_empty(v)).cloned().collect(),
    ))
}
pub(in crate::template) fn uniq(a: &[Value]) -> FnResult {
    let (l, _) = need_list(&a[0], "Cannot find uniq on type")?;
    let mut out: Vec<Value> = Vec::new();
    for v in l.iter() {
        if !out.iter().any(|x| x.deep_equal(v)) {
            out.push(v.clone());
        }
    }
    Ok(Value::list(out))
}
pub(in crate::template) fn without(a: &[Value]) -> FnResult {
    let (l, _) = need_list(&a[0], "Cannot find without on type")?;
    let omit = &a[1..];
    Ok(Value::list(
        l.iter()
            .filter(|v| !omit.iter().any(|o| o.deep_equal(v)))
            .cloned()
            .collect(),
    ))
}
pub(in crate::template) fn push(a: &[Value]) -> FnResult {
    let (l, _) = need_list(&a[0], "Cannot push on type")?;
    let mut v = l.to_vec();
    v.push(arg(a, 1));
    Ok(Value::list(v))
}
pub(in crate::template) fn prepend(a: &[Value]) -> FnResult {
    let (l, _) = need_list(&a[0], "Cannot prepend on type")?;
    let mut v = vec![arg(a, 1)];
    v.extend(l.iter().cloned());
    Ok(Value::list(v))
}
pub(in crate::template) fn concat(a: &[Value]) -> FnResult {
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
pub(in crate::template) fn has(a: &[Value]) -> FnResult {
    match &a[1] {
        v if v.is_nilish() => Ok(Value::Bool(false)),
        Value::List(l, _) => Ok(Value::Bool(l.iter().any(|x| x.deep_equal(&a[0])))),
        v => Err(format!("Cannot find has on type {}", v.kind_name())),
    }
}
/// sprig's `slice list [start [end]]` (overrides Go's builtin `slice`).
pub(in crate::template) fn slice(a: &[Value]) -> FnResult {
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
pub(in crate::template) fn sort_alpha(a: &[Value]) -> FnResult {
    let v = arg(a, 0);
    let mut s = match &v {
        Value::List(..) => strslice(&v),
        v => vec![strval(v)],
    };
    s.sort();
    Ok(Value::strings(s))
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
pub(in crate::template) fn until(a: &[Value]) -> FnResult {
    let c = i_arg(a, 0);
    until_step(0, c, if c < 0 { -1 } else { 1 })
}
pub(in crate::template) fn until_step_fn(a: &[Value]) -> FnResult {
    until_step(i_arg(a, 0), i_arg(a, 1), i_arg(a, 2))
}
