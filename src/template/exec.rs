//! Tree-walking executor, a port of Go's `text/template/exec.go`.

use std::collections::BTreeMap;

use super::ast::{Arg, Branch, Command, List, Node, Number, Pipe};
use super::format::print_value;
use super::funcs::{self, Func, Ty};
use super::parse::{NAME, Tree};
use super::strconv::quote;
use super::value::{Elem, Value};

/// Maximum nesting of `{{template}}` calls before giving up (Go reports 100000).
const MAX_TEMPLATE_DEPTH: usize = 10_000;

type R<T> = Result<T, String>;

/// The node execution is "at", for error locations (Go's `state.node`).
#[derive(Clone, Copy)]
enum At<'t> {
    Node(&'t Node),
    Pipe(&'t Pipe),
    Cmd(&'t Command),
    Arg(&'t Arg),
}

impl At<'_> {
    fn pos(&self) -> usize {
        match self {
            At::Node(
                Node::Action { pos, .. } | Node::Template { pos, .. } | Node::Else { pos },
            ) => *pos,
            At::Node(Node::If(b) | Node::Range(b) | Node::With(b)) => b.pos,
            At::Node(_) => 0,
            At::Pipe(p) => p.pos,
            At::Cmd(c) => c.pos,
            At::Arg(a) => a.pos(),
        }
    }

    fn text(&self) -> String {
        match self {
            At::Node(n) => n.to_string(),
            At::Pipe(p) => p.to_string(),
            At::Cmd(c) => c.to_string(),
            At::Arg(a) => a.to_string(),
        }
    }
}

/// Control flow out of a list walk.
#[derive(PartialEq, Eq)]
enum Ctl {
    Next,
    Break,
    Continue,
}

/// A variable on the stack; `boxed` marks values read out of `interface {}` containers.
struct Var {
    name: String,
    value: Value,
    boxed: bool,
}

struct State<'t> {
    tree: &'t Tree,
    text: &'t str,
    name: String,
    node: Option<At<'t>>,
    vars: Vec<Var>,
    depth: usize,
    dot_boxed: bool,
    out: String,
}

/// Executes a parsed template over `data`, returning the output or a Go-style error.
pub(super) fn execute(tree: &Tree, text: &str, data: &serde_json::Value) -> R<String> {
    let root = match Value::from_json(data) {
        Value::Nil => Value::Missing,
        v => v,
    };
    let mut s = State {
        tree,
        text,
        name: NAME.to_string(),
        node: None,
        vars: vec![Var {
            name: "$".into(),
            value: root.clone(),
            boxed: false,
        }],
        depth: 0,
        dot_boxed: false,
        out: String::new(),
    };
    s.walk_list(&root, &tree.root)?;
    Ok(s.out)
}

impl<'t> State<'t> {
    fn at(&mut self, at: At<'t>) {
        self.node = Some(at);
    }

    /// Formats an execution error at the current node.
    fn errorf(&self, msg: impl std::fmt::Display) -> String {
        let name = quote(&self.name, false);
        let Some(at) = self.node else {
            return format!("template: {}: {msg}", self.name);
        };
        let pos = at.pos();
        let before = self.text.get(..pos).unwrap_or(self.text);
        let line = 1 + before.matches('\n').count();
        let col = before.rfind('\n').map_or(pos, |i| pos - i - 1);
        let mut ctx = at.text();
        if ctx.chars().count() > 20 {
            ctx = ctx.chars().take(20).collect::<String>() + "...";
        }
        format!("template: {NAME}:{line}:{col}: executing {name} at <{ctx}>: {msg}")
    }

    fn fail<T>(&self, msg: impl std::fmt::Display) -> R<T> {
        Err(self.errorf(msg))
    }

    fn set_var(&mut self, name: &str, value: Value) -> R<()> {
        match self.vars.iter_mut().rev().find(|v| v.name == name) {
            Some(v) => {
                v.value = value;
                v.boxed = false;
                Ok(())
            }
            None => self.fail(format!("undefined variable: {name}")),
        }
    }

    fn set_top_var(&mut self, n: usize, value: Value, boxed: bool) {
        if let Some(i) = self.vars.len().checked_sub(n)
            && let Some(v) = self.vars.get_mut(i)
        {
            v.value = value;
            v.boxed = boxed;
        }
    }

    fn var_value(&self, name: &str) -> R<(Value, bool)> {
        match self.vars.iter().rev().find(|v| v.name == name) {
            Some(v) => Ok((v.value.clone(), v.boxed)),
            None => self.fail(format!("undefined variable: {name}")),
        }
    }

    fn walk_list(&mut self, dot: &Value, list: &'t List) -> R<Ctl> {
        for n in list {
            let c = self.walk(dot, n)?;
            if c != Ctl::Next {
                return Ok(c);
            }
        }
        Ok(Ctl::Next)
    }

    fn walk(&mut self, dot: &Value, node: &'t Node) -> R<Ctl> {
        self.at(At::Node(node));
        match node {
            Node::Text(t) => self.out.push_str(t),
            Node::Action { pipe, .. } => {
                let v = self.eval_pipeline(dot, pipe)?;
                if pipe.decl.is_empty() {
                    self.at(At::Node(node));
                    if v.is_nilish() {
                        self.out.push_str("<no value>");
                    } else {
                        self.out.push_str(&print_value(&v));
                    }
                }
            }
            Node::If(b) => return self.walk_if_or_with(false, dot, b),
            Node::With(b) => return self.walk_if_or_with(true, dot, b),
            Node::Range(b) => return self.walk_range(dot, node, b),
            Node::Template { name, pipe, .. } => {
                self.walk_template(dot, node, name, pipe.as_ref())?
            }
            Node::Break => return Ok(Ctl::Break),
            Node::Continue => return Ok(Ctl::Continue),
            Node::Else { .. } | Node::End => {}
        }
        Ok(Ctl::Next)
    }

    fn walk_if_or_with(&mut self, with: bool, dot: &Value, b: &'t Branch) -> R<Ctl> {
        let mark = self.vars.len();
        let r = self.walk_if_or_with_inner(with, dot, b);
        self.vars.truncate(mark);
        r
    }

    fn walk_if_or_with_inner(&mut self, with: bool, dot: &Value, b: &'t Branch) -> R<Ctl> {
        let val = self.eval_pipeline(dot, &b.pipe)?;
        if val.truth() {
            if with {
                let saved = std::mem::replace(&mut self.dot_boxed, false);
                let r = self.walk_list(&val, &b.list);
                self.dot_boxed = saved;
                return r;
            }
            return self.walk_list(dot, &b.list);
        }
        match &b.else_list {
            Some(e) => self.walk_list(dot, e),
            None => Ok(Ctl::Next),
        }
    }

    fn walk_range(&mut self, dot: &Value, node: &'t Node, b: &'t Branch) -> R<Ctl> {
        self.at(At::Node(node));
        let mark = self.vars.len();
        let r = self.walk_range_inner(dot, b);
        self.vars.truncate(mark);
        r.map(|_| Ctl::Next)
    }

    fn walk_range_inner(&mut self, dot: &Value, b: &'t Branch) -> R<Ctl> {
        let val = self.eval_pipeline(dot, &b.pipe)?;
        let mark = self.vars.len();
        let mut ran = false;
        match &val {
            Value::List(l, elem) => {
                for (i, e) in l.iter().enumerate() {
                    ran = true;
                    if self.one_iteration(b, mark, Value::Int(i as i64), e, *elem == Elem::Any)?
                        == Ctl::Break
                    {
                        break;
                    }
                }
            }
            Value::Map(m, elem) => {
                for (k, v) in m.iter() {
                    ran = true;
                    if self.one_iteration(b, mark, Value::str(k.as_str()), v, *elem == Elem::Any)?
                        == Ctl::Break
                    {
                        break;
                    }
                }
            }
            Value::Int(n) | Value::Int64(n) => {
                if b.pipe.decl.len() > 1 {
                    return self.fail(format!(
                        "can't use {} to iterate over more than one variable",
                        print_value(&val)
                    ));
                }
                let int64 = matches!(val, Value::Int64(_));
                for i in 0..*n {
                    ran = true;
                    let e = if int64 {
                        Value::Int64(i)
                    } else {
                        Value::Int(i)
                    };
                    if self.one_iteration(b, mark, Value::Missing, &e, false)? == Ctl::Break {
                        break;
                    }
                }
            }
            Value::Missing | Value::Nil => {}
            v => return self.fail(format!("range can't iterate over {}", print_value(v))),
        }
        if ran {
            return Ok(Ctl::Next);
        }
        match &b.else_list {
            Some(e) => self.walk_list(dot, e),
            None => Ok(Ctl::Next),
        }
    }

    fn one_iteration(
        &mut self,
        b: &'t Branch,
        mark: usize,
        index: Value,
        elem: &Value,
        boxed: bool,
    ) -> R<Ctl> {
        let decl = &b.pipe.decl;
        if let Some(first) = decl.first() {
            if b.pipe.is_assign {
                let v = if decl.len() > 1 {
                    index.clone()
                } else {
                    elem.clone()
                };
                self.set_var(&first.name, v)?;
            } else {
                self.set_top_var(1, elem.clone(), boxed);
            }
        }
        if let Some(second) = decl.get(1) {
            if b.pipe.is_assign {
                self.set_var(&second.name, elem.clone())?;
            } else {
                self.set_top_var(2, index, false);
            }
        }
        let saved = std::mem::replace(&mut self.dot_boxed, boxed);
        let r = self.walk_list(elem, &b.list);
        self.dot_boxed = saved;
        self.vars.truncate(mark);
        r
    }

    fn walk_template(
        &mut self,
        dot: &Value,
        node: &'t Node,
        name: &str,
        pipe: Option<&'t Pipe>,
    ) -> R<()> {
        self.at(At::Node(node));
        let tree = self.tree;
        let list = match tree.defs.get(name) {
            Some(l) => l,
            None if name == NAME => &tree.root,
            None => return self.fail(format!("template {} not defined", quote(name, false))),
        };
        if self.depth >= MAX_TEMPLATE_DEPTH {
            return self.fail("exceeded maximum template depth (100000)");
        }
        let new_dot = match pipe {
            Some(p) => self.eval_pipeline(dot, p)?,
            None => Value::Missing,
        };
        let saved_vars = std::mem::replace(
            &mut self.vars,
            vec![Var {
                name: "$".into(),
                value: new_dot.clone(),
                boxed: false,
            }],
        );
        let saved_name = std::mem::replace(&mut self.name, name.to_string());
        let saved_boxed = std::mem::replace(&mut self.dot_boxed, false);
        self.depth += 1;
        let r = self.walk_list(&new_dot, list);
        self.depth -= 1;
        self.vars = saved_vars;
        self.name = saved_name;
        self.dot_boxed = saved_boxed;
        r.map(|_| ())
    }

    fn eval_pipeline(&mut self, dot: &Value, pipe: &'t Pipe) -> R<Value> {
        self.at(At::Pipe(pipe));
        let mut value: Option<Value> = None;
        for cmd in &pipe.cmds {
            let v = self.eval_command(dot, cmd, value.as_ref())?;
            // A nil interface result is dug out to the invalid value, as Go does.
            value = Some(if matches!(v, Value::Nil) {
                Value::Missing
            } else {
                v
            });
        }
        let value = value.unwrap_or(Value::Missing);
        for d in &pipe.decl {
            if pipe.is_assign {
                self.set_var(&d.name, value.clone())?;
            } else {
                self.vars.push(Var {
                    name: d.name.clone(),
                    value: value.clone(),
                    boxed: false,
                });
            }
        }
        Ok(value)
    }

    fn not_a_function(&self, args: &[Arg], fin: Option<&Value>) -> R<()> {
        if args.len() > 1 || fin.is_some() {
            let first = args.first().map(ToString::to_string).unwrap_or_default();
            return self.fail(format!("can't give argument to non-function {first}"));
        }
        Ok(())
    }

    fn eval_command(&mut self, dot: &Value, cmd: &'t Command, fin: Option<&Value>) -> R<Value> {
        let Some(first) = cmd.args.first() else {
            return self.fail("empty command");
        };
        match first {
            Arg::Field { .. } => return self.eval_field_node(dot, first, Some(&cmd.args), fin),
            Arg::Chain { .. } => return self.eval_chain_node(dot, first, Some(&cmd.args), fin),
            Arg::Identifier { name, .. } => {
                return self.eval_function(dot, first, name, At::Cmd(cmd), Some(&cmd.args), fin);
            }
            Arg::Pipe(p) => {
                self.not_a_function(&cmd.args, fin)?;
                return self.eval_pipeline(dot, p);
            }
            Arg::Variable { .. } => return self.eval_variable_node(first, Some(&cmd.args), fin),
            _ => {}
        }
        self.at(At::Arg(first));
        self.not_a_function(&cmd.args, fin)?;
        match first {
            Arg::Bool { val, .. } => Ok(Value::Bool(*val)),
            Arg::Dot { .. } => Ok(dot.clone()),
            Arg::Nil { .. } => self.fail("nil is not a command"),
            Arg::Number { num, .. } => self.ideal_constant(first, num),
            Arg::Str { text, .. } => Ok(Value::str(text.as_str())),
            other => self.fail(format!(
                "can't evaluate command {}",
                quote(&other.to_string(), false)
            )),
        }
    }

    /// Types an untyped numeric literal from its syntax (Go's `idealConstant`).
    fn ideal_constant(&mut self, node: &'t Arg, num: &Number) -> R<Value> {
        self.at(At::Arg(node));
        let t = &num.text;
        let hex_int = t.len() > 2
            && t.starts_with('0')
            && t[1..].starts_with(['x', 'X'])
            && !t.contains(['p', 'P']);
        let rune_int = t.starts_with('\'');
        if num.is_float && !hex_int && !rune_int && t.contains(['.', 'e', 'E', 'p', 'P']) {
            return Ok(Value::Float(num.float));
        }
        if num.is_int {
            return Ok(Value::Int(num.int));
        }
        if num.is_uint {
            return self.fail(format!("{t} overflows int"));
        }
        Ok(Value::Missing)
    }

    fn eval_field_node(
        &mut self,
        dot: &Value,
        field: &'t Arg,
        args: Option<&'t [Arg]>,
        fin: Option<&Value>,
    ) -> R<Value> {
        self.at(At::Arg(field));
        let Arg::Field { idents, .. } = field else {
            return Ok(Value::Missing);
        };
        self.eval_field_chain(dot.clone(), self.dot_boxed, idents, args, fin)
    }

    fn eval_chain_node(
        &mut self,
        dot: &Value,
        chain: &'t Arg,
        args: Option<&'t [Arg]>,
        fin: Option<&Value>,
    ) -> R<Value> {
        self.at(At::Arg(chain));
        let Arg::Chain { node, fields, .. } = chain else {
            return Ok(Value::Missing);
        };
        if matches!(**node, Arg::Nil { .. }) {
            return self.fail(format!("indirection through explicit nil in {chain}"));
        }
        let base = self.eval_arg(dot, None, node)?;
        self.eval_field_chain(base, false, fields, args, fin)
    }

    fn eval_variable_node(
        &mut self,
        var: &'t Arg,
        args: Option<&'t [Arg]>,
        fin: Option<&Value>,
    ) -> R<Value> {
        self.at(At::Arg(var));
        let Arg::Variable { idents, .. } = var else {
            return Ok(Value::Missing);
        };
        let Some((name, rest)) = idents.split_first() else {
            return Ok(Value::Missing);
        };
        let (value, boxed) = self.var_value(name)?;
        if rest.is_empty() {
            self.not_a_function(args.unwrap_or(&[]), fin)?;
            return Ok(value);
        }
        self.eval_field_chain(value, boxed, rest, args, fin)
    }

    fn eval_field_chain(
        &mut self,
        mut receiver: Value,
        mut boxed: bool,
        idents: &[String],
        args: Option<&'t [Arg]>,
        fin: Option<&Value>,
    ) -> R<Value> {
        let Some((last, init)) = idents.split_last() else {
            return Ok(receiver);
        };
        for id in init {
            receiver = self.eval_field(id, None, None, &receiver, boxed)?;
            boxed = true;
        }
        self.eval_field(last, args, fin, &receiver, boxed)
    }

    fn eval_field(
        &mut self,
        name: &str,
        args: Option<&[Arg]>,
        fin: Option<&Value>,
        receiver: &Value,
        boxed: bool,
    ) -> R<Value> {
        match receiver {
            Value::Missing => Ok(Value::Missing),
            Value::Nil => self.fail(format!("nil pointer evaluating interface {{}}.{name}")),
            Value::Map(m, _) => {
                if args.is_some_and(|a| a.len() > 1) || fin.is_some() {
                    return self.fail(format!("{name} is not a method but has arguments"));
                }
                Ok(m.get(name).cloned().unwrap_or(Value::Missing))
            }
            v => {
                let typ = if boxed {
                    "interface {}".to_string()
                } else {
                    v.type_name()
                };
                self.fail(format!("can't evaluate field {name} in type {typ}"))
            }
        }
    }

    fn eval_function(
        &mut self,
        dot: &Value,
        ident: &'t Arg,
        name: &str,
        node: At<'t>,
        args: Option<&'t [Arg]>,
        fin: Option<&Value>,
    ) -> R<Value> {
        self.at(At::Arg(ident));
        let Some(f) = funcs::lookup(name) else {
            return self.fail(format!("{} is not a defined function", quote(name, false)));
        };
        self.eval_call(dot, f, node, name, args, fin)
    }

    fn eval_call(
        &mut self,
        dot: &Value,
        f: Func,
        node: At<'t>,
        name: &str,
        args: Option<&'t [Arg]>,
        fin: Option<&Value>,
    ) -> R<Value> {
        let args: &'t [Arg] = args.and_then(|a| a.get(1..)).unwrap_or(&[]);
        let num_in = args.len() + usize::from(fin.is_some());
        let nparams = f.params.len();
        let num_fixed = if f.variadic {
            nparams.saturating_sub(1)
        } else {
            args.len()
        };
        if f.variadic {
            if num_in < num_fixed {
                return self.fail(format!(
                    "wrong number of args for {name}: want at least {num_fixed} got {}",
                    args.len()
                ));
            }
        } else if num_in != nparams {
            return self.fail(format!(
                "wrong number of args for {name}: want {nparams} got {num_in}"
            ));
        }
        if f.builtin && (name == "and" || name == "or") {
            let mut v = Value::Missing;
            for a in args {
                v = self.eval_arg(dot, Some(Ty::Reflect), a)?;
                if v.truth() == (name == "or") {
                    return Ok(v);
                }
            }
            if let Some(fv) = fin {
                v = fv.clone();
            }
            return Ok(v);
        }
        let last_ty = f.params.last().copied().unwrap_or(Ty::Any);
        let mut argv = Vec::with_capacity(num_in);
        for (i, a) in args.iter().enumerate() {
            let ty = if i < num_fixed {
                f.params.get(i).copied().unwrap_or(last_ty)
            } else {
                last_ty
            };
            argv.push(self.eval_arg(dot, Some(ty), a)?);
        }
        if let Some(fv) = fin {
            let ty = if f.variadic && num_in - 1 < num_fixed {
                f.params.get(num_in - 1).copied().unwrap_or(last_ty)
            } else {
                last_ty
            };
            argv.push(self.validate_type(fv.clone(), Some(ty))?);
        }
        let result = if f.builtin && name == "call" {
            let callee = args.first().map(ToString::to_string).unwrap_or_default();
            match argv.first() {
                Some(v) if !v.is_nilish() => {
                    Err(format!("non-function {callee} of type {}", v.type_name()))
                }
                _ => Err("call of nil".to_string()),
            }
        } else {
            (f.imp)(&argv)
        };
        result.or_else(|e| {
            self.at(node);
            self.fail(format!("error calling {name}: {e}"))
        })
    }

    /// Go's `validateType`: checks a computed value against a parameter type.
    fn validate_type(&self, value: Value, ty: Option<Ty>) -> R<Value> {
        let Some(t) = ty else {
            return Ok(value);
        };
        if let Value::Missing = value {
            return match t {
                Ty::Reflect => Ok(Value::Missing),
                Ty::Any => Ok(Value::Nil),
                Ty::Map => Ok(Value::map(BTreeMap::new())),
                t => self.fail(format!("invalid value; expected {}", t.go_name())),
            };
        }
        let ok = match t {
            Ty::Reflect | Ty::Any => true,
            Ty::Str => matches!(value, Value::Str(_)),
            Ty::Int => matches!(value, Value::Int(_)),
            Ty::Float => matches!(value, Value::Float(_)),
            Ty::Bool => matches!(value, Value::Bool(_)),
            Ty::Map => matches!(value, Value::Map(_, Elem::Any)),
        };
        if ok {
            return Ok(value);
        }
        let got = if matches!(value, Value::Nil) {
            "interface {}".to_string()
        } else {
            value.type_name()
        };
        self.fail(format!(
            "wrong type for value; expected {}; got {got}",
            t.go_name()
        ))
    }

    /// Evaluates an argument for a parameter of type `ty` (`None` = untyped chain base).
    fn eval_arg(&mut self, dot: &Value, ty: Option<Ty>, n: &'t Arg) -> R<Value> {
        self.at(At::Arg(n));
        let v = match n {
            Arg::Dot { .. } => dot.clone(),
            Arg::Nil { .. } => {
                return match ty {
                    Some(Ty::Reflect) => Ok(Value::Missing),
                    Some(Ty::Any) | None => Ok(Value::Nil),
                    Some(Ty::Map) => Ok(Value::map(BTreeMap::new())),
                    Some(t) => self.fail(format!("cannot assign nil to {}", t.go_name())),
                };
            }
            Arg::Field { .. } => {
                self.eval_field_node(dot, n, Some(std::slice::from_ref(n)), None)?
            }
            Arg::Variable { .. } => self.eval_variable_node(n, None, None)?,
            Arg::Pipe(p) => self.eval_pipeline(dot, p)?,
            Arg::Identifier { name, .. } => {
                self.eval_function(dot, n, name, At::Arg(n), None, None)?
            }
            Arg::Chain { .. } => self.eval_chain_node(dot, n, None, None)?,
            _ => return self.eval_literal(ty, n),
        };
        self.validate_type(v, ty)
    }

    /// Literal arguments converted to the parameter type (Go's `evalBool`, `evalString`, …).
    fn eval_literal(&mut self, ty: Option<Ty>, n: &'t Arg) -> R<Value> {
        match (ty, n) {
            (Some(Ty::Bool), Arg::Bool { val, .. }) => Ok(Value::Bool(*val)),
            (Some(Ty::Bool), _) => self.fail(format!("expected bool; found {n}")),
            (Some(Ty::Float), Arg::Number { num, .. }) if num.is_float => {
                Ok(Value::Float(num.float))
            }
            (Some(Ty::Float), _) => self.fail(format!("expected float; found {n}")),
            (Some(Ty::Int), Arg::Number { num, .. }) if num.is_int => Ok(Value::Int(num.int)),
            (Some(Ty::Int), _) => self.fail(format!("expected integer; found {n}")),
            (Some(Ty::Str), Arg::Str { text, .. }) => Ok(Value::str(text.as_str())),
            (Some(Ty::Str), _) => self.fail(format!("expected string; found {n}")),
            (Some(Ty::Any | Ty::Reflect), Arg::Bool { val, .. }) => Ok(Value::Bool(*val)),
            (Some(Ty::Any | Ty::Reflect), Arg::Number { num, .. }) => self.ideal_constant(n, num),
            (Some(Ty::Any | Ty::Reflect), Arg::Str { text, .. }) => Ok(Value::str(text.as_str())),
            (Some(Ty::Any | Ty::Reflect), _) => self.fail(format!(
                "can't handle assignment of {n} to empty interface argument"
            )),
            (Some(Ty::Map), _) => self.fail(format!(
                "can't handle {n} for arg of type map[string]interface {{}}"
            )),
            (None, _) => self.fail(format!("can't handle {n} for arg of type <nil>")),
        }
    }
}
