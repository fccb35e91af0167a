//! sprig's reflection functions (`typeOf`, `kindOf`, `typeIs`, `typeIsLike`, `kindIs`,
//! `deepEqual`), answered with Go's type and kind names.

use super::args::s_arg;
use crate::template::builtins::FnResult;
use crate::template::value::Value;

pub(in crate::template) fn type_of(a: &[Value]) -> FnResult {
    Ok(Value::str(a[0].type_name()))
}
pub(in crate::template) fn kind_of(a: &[Value]) -> FnResult {
    Ok(Value::str(a[0].kind_name()))
}
pub(in crate::template) fn type_is(a: &[Value]) -> FnResult {
    Ok(Value::Bool(*s_arg(a, 0) == *a[1].type_name()))
}
pub(in crate::template) fn type_is_like(a: &[Value]) -> FnResult {
    let (t, target) = (a[1].type_name(), s_arg(a, 0));
    Ok(Value::Bool(*target == *t || format!("*{target}") == t))
}
pub(in crate::template) fn kind_is(a: &[Value]) -> FnResult {
    Ok(Value::Bool(*s_arg(a, 0) == *a[1].kind_name()))
}
pub(in crate::template) fn deep_equal(a: &[Value]) -> FnResult {
    Ok(Value::Bool(a[0].deep_equal(&a[1])))
}
