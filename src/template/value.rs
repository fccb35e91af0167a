//! The runtime value model: Go values as seen through `reflect` after a JSON round trip.

use std::collections::BTreeMap;
use std::rc::Rc;

/// Static element type of a list or map, used for Go type names (`[]string` vs `[]interface {}`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Elem {
    /// `interface {}` elements.
    Any,
    /// `string` elements.
    Str,
    /// `int` elements.
    Int,
}

impl Elem {
    fn go_name(self) -> &'static str {
        match self {
            Elem::Any => "interface {}",
            Elem::Str => "string",
            Elem::Int => "int",
        }
    }
}

/// A Go value. `Missing` is the invalid `reflect.Value`; `Nil` is a nil `interface {}`.
#[derive(Clone, Debug)]
pub(super) enum Value {
    /// Invalid reflect.Value (missing map key); prints `<no value>`.
    Missing,
    /// A nil interface value (JSON null).
    Nil,
    Bool(bool),
    /// Go `int`.
    Int(i64),
    /// Go `int64` (sprig arithmetic results).
    Int64(i64),
    /// Go `uint8` (indexing a string).
    Uint8(u8),
    Float(f64),
    Str(Rc<str>),
    List(Rc<Vec<Value>>, Elem),
    Map(Rc<BTreeMap<String, Value>>, Elem),
}

impl Value {
    /// Builds a string value.
    pub(super) fn str(s: impl Into<Rc<str>>) -> Value {
        Value::Str(s.into())
    }

    /// Builds a `[]interface {}`.
    pub(super) fn list(v: Vec<Value>) -> Value {
        Value::List(Rc::new(v), Elem::Any)
    }

    /// Builds a `[]string`.
    pub(super) fn strings(v: Vec<String>) -> Value {
        Value::List(Rc::new(v.into_iter().map(Value::str).collect()), Elem::Str)
    }

    /// Builds a `map[string]interface {}`.
    pub(super) fn map(m: BTreeMap<String, Value>) -> Value {
        Value::Map(Rc::new(m), Elem::Any)
    }

    /// Converts decoded JSON into the value Go's `encoding/json` would produce for `any`.
    pub(super) fn from_json(v: &serde_json::Value) -> Value {
        match v {
            serde_json::Value::Null => Value::Nil,
            serde_json::Value::Bool(b) => Value::Bool(*b),
            serde_json::Value::Number(n) => Value::Float(n.as_f64().unwrap_or(0.0)),
            serde_json::Value::String(s) => Value::str(s.as_str()),
            serde_json::Value::Array(a) => Value::list(a.iter().map(Value::from_json).collect()),
            serde_json::Value::Object(o) => Value::map(
                o.iter()
                    .map(|(k, v)| (k.clone(), Value::from_json(v)))
                    .collect(),
            ),
        }
    }

    /// Whether the value is missing or nil (`reflect.ValueOf(x)` would be invalid).
    pub(super) fn is_nilish(&self) -> bool {
        matches!(self, Value::Missing | Value::Nil)
    }

    /// Go's `%T` / `reflect.Type.String()` of the value.
    pub(super) fn type_name(&self) -> String {
        match self {
            Value::Missing | Value::Nil => "<nil>".into(),
            Value::Bool(_) => "bool".into(),
            Value::Int(_) => "int".into(),
            Value::Int64(_) => "int64".into(),
            Value::Uint8(_) => "uint8".into(),
            Value::Float(_) => "float64".into(),
            Value::Str(_) => "string".into(),
            Value::List(_, e) => format!("[]{}", e.go_name()),
            Value::Map(_, e) => format!("map[string]{}", e.go_name()),
        }
    }

    /// Go's `reflect.Kind.String()` of the value.
    pub(super) fn kind_name(&self) -> &'static str {
        match self {
            Value::Missing | Value::Nil => "invalid",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Int64(_) => "int64",
            Value::Uint8(_) => "uint8",
            Value::Float(_) => "float64",
            Value::Str(_) => "string",
            Value::List(..) => "slice",
            Value::Map(..) => "map",
        }
    }

    /// Template truthiness (`isTrue`): zero values and empty containers are false.
    pub(super) fn truth(&self) -> bool {
        match self {
            Value::Missing | Value::Nil => false,
            Value::Bool(b) => *b,
            Value::Int(i) | Value::Int64(i) => *i != 0,
            Value::Uint8(u) => *u != 0,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::List(l, _) => !l.is_empty(),
            Value::Map(m, _) => !m.is_empty(),
        }
    }

    /// The string payload, if this is a Go string.
    pub(super) fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// Converts a nil-ish value into a nil interface (what an `interface{}` parameter receives).
    pub(super) fn boxed(self) -> Value {
        match self {
            Value::Missing => Value::Nil,
            v => v,
        }
    }

    /// Go's `reflect.DeepEqual` on two interface values.
    pub(super) fn deep_equal(&self, other: &Value) -> bool {
        match (self, other) {
            (a, b) if a.is_nilish() && b.is_nilish() => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) | (Value::Int64(a), Value::Int64(b)) => a == b,
            (Value::Uint8(a), Value::Uint8(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a == b,
            (Value::Str(a), Value::Str(b)) => a == b,
            (Value::List(a, ea), Value::List(b, eb)) => {
                ea == eb
                    && a.len() == b.len()
                    && a.iter().zip(b.iter()).all(|(x, y)| x.deep_equal(y))
            }
            (Value::Map(a, ea), Value::Map(b, eb)) => {
                ea == eb
                    && a.len() == b.len()
                    && a.iter()
                        .all(|(k, v)| b.get(k).is_some_and(|w| v.deep_equal(w)))
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_conversion_and_names() {
        let v = Value::from_json(&serde_json::json!({"a": [1, "x", null], "b": true}));
        assert_eq!(v.type_name(), "map[string]interface {}");
        assert!(v.truth());
        assert_eq!(Value::strings(vec!["a".into()]).type_name(), "[]string");
        assert!(!Value::Float(0.0).truth());
        assert!(Value::list(vec![Value::Nil]).deep_equal(&Value::list(vec![Value::Missing])));
        assert!(!Value::Int(1).deep_equal(&Value::Float(1.0)));
    }
}
