//! sprig's math and type-conversion functions (`add`, `div`, `round`, `int`, `atoi`,
//! `toString`, …), with cast's lenient conversions and Go's integer wrap-around.

use super::args::{i_arg, s_arg, strslice, strval, to_float64, to_int64};
use crate::template::builtins::FnResult;
use crate::template::value::Value;

pub(in crate::template) fn add(a: &[Value]) -> FnResult {
    Ok(Value::Int64(
        a.iter().map(to_int64).fold(0i64, i64::wrapping_add),
    ))
}
pub(in crate::template) fn add1(a: &[Value]) -> FnResult {
    Ok(Value::Int64(to_int64(&a[0]).wrapping_add(1)))
}
pub(in crate::template) fn sub(a: &[Value]) -> FnResult {
    Ok(Value::Int64(to_int64(&a[0]).wrapping_sub(to_int64(&a[1]))))
}
pub(in crate::template) fn mul(a: &[Value]) -> FnResult {
    Ok(Value::Int64(
        a.iter().map(to_int64).fold(1i64, i64::wrapping_mul),
    ))
}
pub(in crate::template) fn div(a: &[Value]) -> FnResult {
    let d = to_int64(&a[1]);
    if d == 0 {
        return Err("runtime error: integer divide by zero".into());
    }
    Ok(Value::Int64(to_int64(&a[0]).wrapping_div(d)))
}
pub(in crate::template) fn modulo(a: &[Value]) -> FnResult {
    let d = to_int64(&a[1]);
    if d == 0 {
        return Err("runtime error: integer divide by zero".into());
    }
    Ok(Value::Int64(to_int64(&a[0]).wrapping_rem(d)))
}
pub(in crate::template) fn max(a: &[Value]) -> FnResult {
    Ok(Value::Int64(a.iter().map(to_int64).max().unwrap_or(0)))
}
pub(in crate::template) fn min(a: &[Value]) -> FnResult {
    Ok(Value::Int64(a.iter().map(to_int64).min().unwrap_or(0)))
}
pub(in crate::template) fn floor(a: &[Value]) -> FnResult {
    Ok(Value::Float(to_float64(&a[0]).floor()))
}
pub(in crate::template) fn ceil(a: &[Value]) -> FnResult {
    Ok(Value::Float(to_float64(&a[0]).ceil()))
}
pub(in crate::template) fn round(a: &[Value]) -> FnResult {
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
pub(in crate::template) fn to_int(a: &[Value]) -> FnResult {
    Ok(Value::Int(to_int64(&a[0])))
}
pub(in crate::template) fn to_int64_fn(a: &[Value]) -> FnResult {
    Ok(Value::Int64(to_int64(&a[0])))
}
pub(in crate::template) fn to_float64_fn(a: &[Value]) -> FnResult {
    Ok(Value::Float(to_float64(&a[0])))
}
pub(in crate::template) fn atoi(a: &[Value]) -> FnResult {
    Ok(Value::Int(s_arg(a, 0).parse::<i64>().unwrap_or(0)))
}
pub(in crate::template) fn to_string(a: &[Value]) -> FnResult {
    Ok(Value::str(strval(&a[0])))
}
pub(in crate::template) fn to_strings(a: &[Value]) -> FnResult {
    Ok(Value::strings(strslice(&a[0])))
}
