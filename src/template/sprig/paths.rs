//! sprig's path functions (`base`, `dir`, `clean`, `ext`, `isAbs`, Go's `path` package on
//! `/`-separated strings) and `env`.

use super::args::s_arg;
use crate::template::builtins::FnResult;
use crate::template::value::Value;

pub(in crate::template) fn env(a: &[Value]) -> FnResult {
    Ok(Value::str(std::env::var(&*s_arg(a, 0)).unwrap_or_default()))
}
pub(in crate::template) fn path_base(a: &[Value]) -> FnResult {
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
pub(in crate::template) fn path_dir(a: &[Value]) -> FnResult {
    let p = s_arg(a, 0);
    let dir = p.rfind('/').map_or("", |i| &p[..=i]);
    Ok(Value::str(crate::go::path::clean(dir)))
}
pub(in crate::template) fn path_clean(a: &[Value]) -> FnResult {
    Ok(Value::str(crate::go::path::clean(&s_arg(a, 0))))
}
pub(in crate::template) fn path_ext(a: &[Value]) -> FnResult {
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
pub(in crate::template) fn path_is_abs(a: &[Value]) -> FnResult {
    Ok(Value::Bool(s_arg(a, 0).starts_with('/')))
}
