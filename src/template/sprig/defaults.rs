//! sprig's default and flow functions (`default`, `empty`, `coalesce`, `all`, `any`,
//! `ternary`, `fail`).

use super::args::{arg, is_empty, s_arg};
use crate::template::builtins::FnResult;
use crate::template::value::Value;

pub(in crate::template) fn default(a: &[Value]) -> FnResult {
    match a.get(1) {
        Some(g) if !is_empty(g) => Ok(g.clone()),
        _ => Ok(arg(a, 0)),
    }
}
pub(in crate::template) fn empty(a: &[Value]) -> FnResult {
    Ok(Value::Bool(is_empty(&arg(a, 0))))
}
pub(in crate::template) fn coalesce(a: &[Value]) -> FnResult {
    Ok(a.iter()
        .find(|v| !is_empty(v))
        .cloned()
        .unwrap_or(Value::Nil))
}
pub(in crate::template) fn all(a: &[Value]) -> FnResult {
    Ok(Value::Bool(a.iter().all(|v| !is_empty(v))))
}
pub(in crate::template) fn any(a: &[Value]) -> FnResult {
    Ok(Value::Bool(a.iter().any(|v| !is_empty(v))))
}
pub(in crate::template) fn ternary(a: &[Value]) -> FnResult {
    Ok(if matches!(a.get(2), Some(Value::Bool(true))) {
        arg(a, 0)
    } else {
        arg(a, 1)
    })
}
pub(in crate::template) fn fail(a: &[Value]) -> FnResult {
    Err(s_arg(a, 0).to_string())
}
