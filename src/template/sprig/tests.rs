//! Unit tests of the sprig functions, called directly.

use super::*;
use crate::template::builtins::FnResult;
use crate::template::format::print_value;
use crate::template::value::Value;

fn s(x: &str) -> Value {
    Value::str(x)
}

fn show(r: FnResult) -> String {
    match r {
        Ok(v) => print_value(&v),
        Err(e) => format!("ERR {e}"),
    }
}

#[test]
fn strings() {
    assert_eq!(show(title(&[s("hello wORLD-x_y")])), "Hello WORLD-X_y");
    assert_eq!(show(trim_all(&[s("$"), s("$$5$")])), "5");
    assert_eq!(
        show(substr(&[Value::Int(1), Value::Int(3), s("abcdef")])),
        "bc"
    );
    assert_eq!(
        show(substr(&[Value::Int(4), Value::Int(2), s("abcdef")])),
        "ERR runtime error: slice bounds out of range [4:2]"
    );
    assert_eq!(show(trunc(&[Value::Int(-2), s("abcdef")])), "ef");
    assert_eq!(show(indent(&[Value::Int(2), s("a\nb")])), "  a\n  b");
    assert_eq!(show(split(&[s(":"), s("a:b")])), "map[_0:a _1:b]");
    assert_eq!(
        show(quote_fn(&[s("a\"b"), Value::Nil, Value::Float(2.0)])),
        "\"a\\\"b\" \"2\""
    );
    assert_eq!(show(b64enc(&[s("hello!?")])), "aGVsbG8hPw==");
    assert_eq!(show(b64dec(&[s("aGVsbG8hPw==")])), "hello!?");
    assert_eq!(
        show(b64dec(&[s("a$")])),
        "illegal base64 data at input byte 1"
    );
    assert_eq!(show(cat(&[s("a"), Value::Int(1), Value::Nil])), "a 1");
    assert_eq!(show(path_dir(&[s("a/b/c.txt")])), "a/b");
    assert_eq!(show(path_ext(&[s("a/b/c.tar.gz")])), ".gz");
}

#[test]
fn lists_and_math() {
    let l = Value::from_json(&serde_json::json!(["b", "a", "b"]));
    assert_eq!(show(uniq(std::slice::from_ref(&l))), "[b a]");
    assert_eq!(show(sort_alpha(std::slice::from_ref(&l))), "[a b b]");
    assert_eq!(show(rest(std::slice::from_ref(&l))), "[a b]");
    assert_eq!(
        show(first(&[s("x")])),
        "ERR Cannot find first on type string"
    );
    assert_eq!(show(add(&[Value::Int(1), Value::Float(2.7), s("3")])), "6");
    assert_eq!(
        show(div(&[Value::Int(1), Value::Int(0)])),
        "ERR runtime error: integer divide by zero"
    );
    assert_eq!(
        show(max(&[Value::Int(1), Value::Float(7.0), Value::Int(3)])),
        "7"
    );
    assert_eq!(show(until(&[Value::Int(3)])), "[0 1 2]");
    assert_eq!(show(to_int(&[s("12.00")])), "12");
    assert_eq!(show(default(&[s("d"), s("")])), "d");
    assert_eq!(show(default(&[s("d")])), "d");
}
