//! sprig's dictionary functions (`dict`, `keys`, `pick`, `omit`, `get`, `pluck`, `dig`, …).

use std::collections::BTreeMap;

use super::args::{map_arg, s_arg, strval};
use crate::template::builtins::FnResult;
use crate::template::value::{Elem, Value};

pub(in crate::template) fn dict(a: &[Value]) -> FnResult {
    let mut m = BTreeMap::new();
    for pair in a.chunks(2) {
        let v = pair.get(1).cloned().unwrap_or_else(|| Value::str(""));
        m.insert(strval(&pair[0]), v);
    }
    Ok(Value::map(m))
}
pub(in crate::template) fn keys(a: &[Value]) -> FnResult {
    let mut out = Vec::new();
    for d in a {
        if let Value::Map(m, _) = d {
            out.extend(m.keys().cloned());
        }
    }
    Ok(Value::strings(out))
}
pub(in crate::template) fn values(a: &[Value]) -> FnResult {
    Ok(Value::list(map_arg(a, 0).values().cloned().collect()))
}
pub(in crate::template) fn pick(a: &[Value]) -> FnResult {
    let m = map_arg(a, 0);
    let wanted: Vec<&str> = a[1..].iter().filter_map(Value::as_str).collect();
    Ok(Value::map(
        m.iter()
            .filter(|(k, _)| wanted.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
    ))
}
pub(in crate::template) fn omit(a: &[Value]) -> FnResult {
    let m = map_arg(a, 0);
    let drop: Vec<&str> = a[1..].iter().filter_map(Value::as_str).collect();
    Ok(Value::map(
        m.iter()
            .filter(|(k, _)| !drop.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
    ))
}
pub(in crate::template) fn has_key(a: &[Value]) -> FnResult {
    Ok(Value::Bool(map_arg(a, 0).contains_key(&*s_arg(a, 1))))
}
pub(in crate::template) fn get(a: &[Value]) -> FnResult {
    Ok(map_arg(a, 0)
        .get(&*s_arg(a, 1))
        .cloned()
        .unwrap_or_else(|| Value::str("")))
}
pub(in crate::template) fn pluck(a: &[Value]) -> FnResult {
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
pub(in crate::template) fn dig(a: &[Value]) -> FnResult {
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
