//! The function table: names, Go parameter types and implementations of builtins and sprig.

use super::builtins::{self as b, FnResult};
use super::sprig as s;

/// Go parameter types, which decide how arguments are converted and checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Ty {
    /// `reflect.Value`: receives the value untouched (missing stays missing).
    Reflect,
    /// `interface {}`.
    Any,
    Str,
    Int,
    Float,
    Bool,
    /// `map[string]interface {}`.
    Map,
}

impl Ty {
    /// The Go spelling of the type, for error messages.
    pub(super) fn go_name(self) -> &'static str {
        match self {
            Ty::Reflect => "reflect.Value",
            Ty::Any => "interface {}",
            Ty::Str => "string",
            Ty::Int => "int",
            Ty::Float => "float64",
            Ty::Bool => "bool",
            Ty::Map => "map[string]interface {}",
        }
    }
}

/// A callable template function.
#[derive(Clone, Copy)]
pub(super) struct Func {
    /// Parameter types; with `variadic` the last one repeats.
    pub params: &'static [Ty],
    pub variadic: bool,
    /// Go builtin (matters for `and`/`or` short-circuit and `call`).
    pub builtin: bool,
    pub imp: fn(&[super::value::Value]) -> FnResult,
}

use Ty::{Any, Bool, Float, Int, Map, Reflect, Str};

const fn f(
    params: &'static [Ty],
    variadic: bool,
    imp: fn(&[super::value::Value]) -> FnResult,
) -> Func {
    Func {
        params,
        variadic,
        builtin: false,
        imp,
    }
}

const fn builtin(
    params: &'static [Ty],
    variadic: bool,
    imp: fn(&[super::value::Value]) -> FnResult,
) -> Func {
    Func {
        params,
        variadic,
        builtin: true,
        imp,
    }
}

/// Placeholder for `and`/`or`/`call`, which the executor implements itself.
fn special(_: &[super::value::Value]) -> FnResult {
    Err("internal error: special builtin called directly".into())
}

/// Sprig functions that are recognised but not implemented here.
fn unsupported(_: &[super::value::Value]) -> FnResult {
    Err("function is not supported by this oras implementation".into())
}

/// Names of sprig functions that parse but fail when called.
const UNSUPPORTED: &[&str] = &[
    "hello",
    "date",
    "date_in_zone",
    "date_modify",
    "now",
    "htmlDate",
    "htmlDateInZone",
    "dateInZone",
    "dateModify",
    "ago",
    "toDate",
    "unixEpoch",
    "duration",
    "durationRound",
    "mustDateModify",
    "mustToDate",
    "abbrev",
    "abbrevboth",
    "untitle",
    "initials",
    "randAlphaNum",
    "randAlpha",
    "randAscii",
    "randNumeric",
    "swapcase",
    "shuffle",
    "snakecase",
    "camelcase",
    "kebabcase",
    "wrap",
    "wrapWith",
    "sha1sum",
    "sha256sum",
    "adler32sum",
    "seq",
    "toDecimal",
    "randInt",
    "add1f",
    "addf",
    "subf",
    "divf",
    "mulf",
    "maxf",
    "minf",
    "deepCopy",
    "mustDeepCopy",
    "expandenv",
    "getHostByName",
    "osBase",
    "osClean",
    "osDir",
    "osExt",
    "osIsAbs",
    "b32enc",
    "b32dec",
    "set",
    "unset",
    "merge",
    "mergeOverwrite",
    "mustMerge",
    "mustMergeOverwrite",
    "chunk",
    "mustChunk",
    "bcrypt",
    "htpasswd",
    "genPrivateKey",
    "derivePassword",
    "buildCustomCert",
    "genCA",
    "genCAWithKey",
    "genSelfSignedCert",
    "genSelfSignedCertWithKey",
    "genSignedCert",
    "genSignedCertWithKey",
    "encryptAES",
    "decryptAES",
    "randBytes",
    "uuidv4",
    "semver",
    "semverCompare",
    "regexMatch",
    "mustRegexMatch",
    "regexFindAll",
    "mustRegexFindAll",
    "regexFind",
    "mustRegexFind",
    "regexReplaceAll",
    "mustRegexReplaceAll",
    "regexReplaceAllLiteral",
    "mustRegexReplaceAllLiteral",
    "regexSplit",
    "mustRegexSplit",
    "regexQuoteMeta",
    "urlParse",
    "urlJoin",
];

/// Looks a function up by name (sprig entries shadow Go builtins, as with `Funcs`).
pub(super) fn lookup(name: &str) -> Option<Func> {
    Some(match name {
        // Go builtins.
        "and" | "or" => builtin(&[Reflect, Reflect], true, special),
        "call" => builtin(&[Reflect, Reflect], true, special),
        "not" => builtin(&[Reflect], false, b::not),
        "len" => builtin(&[Reflect], false, b::len),
        "index" => builtin(&[Reflect, Reflect], true, b::index),
        "print" => builtin(&[Any], true, b::print),
        "println" => builtin(&[Any], true, b::println),
        "printf" => builtin(&[Str, Any], true, b::printf),
        "html" => builtin(&[Any], true, b::html),
        "js" => builtin(&[Any], true, b::js),
        "urlquery" => builtin(&[Any], true, b::urlquery),
        "eq" => builtin(&[Reflect, Reflect], true, b::eq),
        "ne" => builtin(&[Reflect, Reflect], false, b::ne),
        "lt" => builtin(&[Reflect, Reflect], false, b::lt),
        "le" => builtin(&[Reflect, Reflect], false, b::le),
        "gt" => builtin(&[Reflect, Reflect], false, b::gt),
        "ge" => builtin(&[Reflect, Reflect], false, b::ge),
        // Sprig: JSON.
        "toJson" => f(&[Any], false, s::to_json),
        "toPrettyJson" => f(&[Any], false, s::to_pretty_json),
        "toRawJson" => f(&[Any], false, s::to_raw_json),
        "mustToJson" => f(&[Any], false, s::must_to_json),
        "mustToPrettyJson" => f(&[Any], false, s::must_to_pretty_json),
        "mustToRawJson" => f(&[Any], false, s::must_to_raw_json),
        "fromJson" => f(&[Str], false, s::from_json),
        "mustFromJson" => f(&[Str], false, s::must_from_json),
        // Sprig: lists.
        "first" | "mustFirst" => f(&[Any], false, s::first),
        "last" | "mustLast" => f(&[Any], false, s::last),
        "rest" | "mustRest" => f(&[Any], false, s::rest),
        "initial" | "mustInitial" => f(&[Any], false, s::initial),
        "reverse" | "mustReverse" => f(&[Any], false, s::reverse),
        "compact" | "mustCompact" => f(&[Any], false, s::compact),
        "uniq" | "mustUniq" => f(&[Any], false, s::uniq),
        "without" | "mustWithout" => f(&[Any, Any], true, s::without),
        "append" | "push" | "mustAppend" | "mustPush" => f(&[Any, Any], false, s::push),
        "prepend" | "mustPrepend" => f(&[Any, Any], false, s::prepend),
        "concat" => f(&[Any], true, s::concat),
        "has" | "mustHas" => f(&[Any, Any], false, s::has),
        "slice" | "mustSlice" => f(&[Any, Any], true, s::slice),
        "list" | "tuple" => f(&[Any], true, s::list),
        "sortAlpha" => f(&[Any], false, s::sort_alpha),
        "until" => f(&[Int], false, s::until),
        "untilStep" => f(&[Int, Int, Int], false, s::until_step_fn),
        // Sprig: dicts.
        "dict" => f(&[Any], true, s::dict),
        "keys" => f(&[Map], true, s::keys),
        "values" => f(&[Map], false, s::values),
        "pick" => f(&[Map, Str], true, s::pick),
        "omit" => f(&[Map, Str], true, s::omit),
        "hasKey" => f(&[Map, Str], false, s::has_key),
        "get" => f(&[Map, Str], false, s::get),
        "pluck" => f(&[Str, Map], true, s::pluck),
        "dig" => f(&[Any], true, s::dig),
        // Sprig: strings.
        "join" => f(&[Str, Any], false, s::join),
        "split" => f(&[Str, Str], false, s::split),
        "splitn" => f(&[Str, Int, Str], false, s::splitn),
        "splitList" => f(&[Str, Str], false, s::split_list),
        "upper" => f(&[Str], false, s::upper),
        "lower" => f(&[Str], false, s::lower),
        "title" => f(&[Str], false, s::title),
        "trim" => f(&[Str], false, s::trim),
        "nospace" => f(&[Str], false, s::nospace),
        "trimAll" | "trimall" => f(&[Str, Str], false, s::trim_all),
        "trimPrefix" => f(&[Str, Str], false, s::trim_prefix),
        "trimSuffix" => f(&[Str, Str], false, s::trim_suffix),
        "replace" => f(&[Str, Str, Str], false, s::replace),
        "contains" => f(&[Str, Str], false, s::contains),
        "hasPrefix" => f(&[Str, Str], false, s::has_prefix),
        "hasSuffix" => f(&[Str, Str], false, s::has_suffix),
        "quote" => f(&[Any], true, s::quote_fn),
        "squote" => f(&[Any], true, s::squote),
        "cat" => f(&[Any], true, s::cat),
        "repeat" => f(&[Int, Str], false, s::repeat),
        "substr" => f(&[Int, Int, Str], false, s::substr),
        "trunc" => f(&[Int, Str], false, s::trunc),
        "indent" => f(&[Int, Str], false, s::indent),
        "nindent" => f(&[Int, Str], false, s::nindent),
        "plural" => f(&[Str, Str, Int], false, s::plural),
        "toString" => f(&[Any], false, s::to_string),
        "toStrings" => f(&[Any], false, s::to_strings),
        "b64enc" => f(&[Str], false, s::b64enc),
        "b64dec" => f(&[Str], false, s::b64dec),
        // Sprig: defaults and logic.
        "default" => f(&[Any, Any], true, s::default),
        "empty" => f(&[Any], false, s::empty),
        "coalesce" => f(&[Any], true, s::coalesce),
        "all" => f(&[Any], true, s::all),
        "any" => f(&[Any], true, s::any),
        "ternary" => f(&[Any, Any, Bool], false, s::ternary),
        "fail" => f(&[Str], false, s::fail),
        // Sprig: math and conversion.
        "add" => f(&[Any], true, s::add),
        "add1" => f(&[Any], false, s::add1),
        "sub" => f(&[Any, Any], false, s::sub),
        "mul" => f(&[Any, Any], true, s::mul),
        "div" => f(&[Any, Any], false, s::div),
        "mod" => f(&[Any, Any], false, s::modulo),
        "max" | "biggest" => f(&[Any, Any], true, s::max),
        "min" => f(&[Any, Any], true, s::min),
        "floor" => f(&[Any], false, s::floor),
        "ceil" => f(&[Any], false, s::ceil),
        "round" => f(&[Any, Int, Float], true, s::round),
        "int" => f(&[Any], false, s::to_int),
        "int64" => f(&[Any], false, s::to_int64_fn),
        "float64" => f(&[Any], false, s::to_float64_fn),
        "atoi" => f(&[Str], false, s::atoi),
        // Sprig: reflection.
        "typeOf" => f(&[Any], false, s::type_of),
        "kindOf" => f(&[Any], false, s::kind_of),
        "typeIs" => f(&[Str, Any], false, s::type_is),
        "typeIsLike" => f(&[Str, Any], false, s::type_is_like),
        "kindIs" => f(&[Str, Any], false, s::kind_is),
        "deepEqual" => f(&[Any, Any], false, s::deep_equal),
        // Sprig: OS and paths.
        "env" => f(&[Str], false, s::env),
        "base" => f(&[Str], false, s::path_base),
        "dir" => f(&[Str], false, s::path_dir),
        "clean" => f(&[Str], false, s::path_clean),
        "ext" => f(&[Str], false, s::path_ext),
        "isAbs" => f(&[Str], false, s::path_is_abs),
        n if UNSUPPORTED.contains(&n) => f(&[Any], true, unsupported),
        _ => return None,
    })
}

/// Whether `name` is a known function (checked at parse time).
pub(super) fn exists(name: &str) -> bool {
    lookup(name).is_some()
}
