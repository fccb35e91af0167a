//! Recursive-descent parser, a port of Go's `text/template/parse/parse.go`.

use std::collections::HashMap;

use super::ast::{Arg, Branch, Command, Decl, List, Node, Number, Pipe};
use super::lexer::{Kind, Token, lex};
use super::strconv::{parse_float, parse_int, parse_uint, quote, unquote, unquote_char};

/// The template name used in every message (what oras passes to `template.New`).
pub(super) const NAME: &str = "format output";

/// Maximum nesting of parenthesised pipelines and control structures.
const MAX_DEPTH: usize = 10_000;

/// A parsed template: the main body and the `define`/`block` templates.
#[derive(Debug)]
pub(super) struct Tree {
    pub root: List,
    pub defs: HashMap<String, List>,
}

type PResult<T> = Result<T, String>;

struct Parser<'f> {
    toks: Vec<Token>,
    idx: usize,
    furthest: usize,
    vars: Vec<String>,
    range_depth: usize,
    action_line: usize,
    depth: usize,
    defs: HashMap<String, List>,
    has_func: &'f dyn Fn(&str) -> bool,
}

/// Parses template text; `has_func` says which function names exist.
pub(super) fn parse(text: &str, has_func: &dyn Fn(&str) -> bool) -> PResult<Tree> {
    let mut p = Parser {
        toks: lex(text),
        idx: 0,
        furthest: 0,
        vars: vec!["$".into()],
        range_depth: 0,
        action_line: 0,
        depth: 0,
        defs: HashMap::new(),
        has_func,
    };
    let root = p.parse_root()?;
    Ok(Tree { root, defs: p.defs })
}

/// Go's `IsEmptyTree`: only whitespace text.
fn is_empty_list(list: &List) -> bool {
    list.iter().all(|n| match n {
        Node::Text(t) => t.trim_matches([' ', '\t', '\r', '\n']).is_empty(),
        _ => false,
    })
}

impl Parser<'_> {
    fn tok(&mut self, i: usize) -> Token {
        let i = i.min(self.toks.len().saturating_sub(1));
        self.furthest = self.furthest.max(i);
        self.toks.get(i).cloned().unwrap_or(Token {
            kind: Kind::Eof,
            pos: 0,
            val: String::new(),
            line: 1,
        })
    }

    fn next(&mut self) -> Token {
        let t = self.tok(self.idx);
        if self.idx < self.toks.len() {
            self.idx += 1;
        }
        t
    }

    fn peek(&mut self) -> Token {
        self.tok(self.idx)
    }

    fn backup(&mut self) {
        self.idx = self.idx.saturating_sub(1);
    }

    fn next_non_space(&mut self) -> Token {
        loop {
            let t = self.next();
            if t.kind != Kind::Space {
                return t;
            }
        }
    }

    fn peek_non_space(&mut self) -> Token {
        let t = self.next_non_space();
        self.backup();
        t
    }

    /// Formats a parse error with the line of the most recently lexed token.
    fn errorf<T>(&mut self, msg: impl std::fmt::Display) -> PResult<T> {
        let line = self.toks.get(self.furthest).map_or(1, |t| t.line);
        Err(format!("template: {NAME}:{line}: {msg}"))
    }

    fn unexpected<T>(&mut self, tok: &Token, context: &str) -> PResult<T> {
        if tok.kind == Kind::Error {
            let mut extra = String::new();
            if self.action_line != 0 && self.action_line != tok.line {
                extra = format!(" in action started at {NAME}:{}", self.action_line);
                if tok.val.ends_with(" action") {
                    extra = extra[" in action".len()..].to_string();
                }
            }
            return self.errorf(format!("{}{extra}", tok.val));
        }
        self.errorf(format!("unexpected {tok} in {context}"))
    }

    fn expect(&mut self, kind: Kind, context: &str) -> PResult<Token> {
        let t = self.next_non_space();
        if t.kind != kind {
            return self.unexpected(&t, context);
        }
        Ok(t)
    }

    fn parse_root(&mut self) -> PResult<List> {
        let mut root = Vec::new();
        while self.peek().kind != Kind::Eof {
            if self.peek().kind == Kind::LeftDelim {
                let save = self.idx;
                self.next();
                if self.next_non_space().kind == Kind::Define {
                    self.parse_definition()?;
                    continue;
                }
                self.idx = save;
            }
            let n = self.text_or_action()?;
            match n {
                Node::End | Node::Else { .. } => return self.errorf(format!("unexpected {n}")),
                n => root.push(n),
            }
        }
        Ok(root)
    }

    /// Registers a named template (Go's `Tree.add`).
    fn add(&mut self, name: String, list: List) -> PResult<()> {
        match self.defs.get(&name) {
            Some(existing) if !is_empty_list(existing) => {
                if !is_empty_list(&list) {
                    return self.errorf(format!(
                        "template: multiple definition of template {}",
                        quote(&name, false)
                    ));
                }
            }
            _ => {
                self.defs.insert(name, list);
            }
        }
        Ok(())
    }

    /// Parses a body with a fresh variable scope, as Go does for a new tree.
    fn with_new_scope<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        let vars = std::mem::replace(&mut self.vars, vec!["$".into()]);
        let rd = std::mem::replace(&mut self.range_depth, 0);
        let r = f(self);
        self.vars = vars;
        self.range_depth = rd;
        r
    }

    fn parse_definition(&mut self) -> PResult<()> {
        const CONTEXT: &str = "define clause";
        let t = self.next_non_space();
        if t.kind != Kind::String && t.kind != Kind::RawString {
            return self.unexpected(&t, CONTEXT);
        }
        let Some(name) = unquote(&t.val) else {
            return self.errorf("invalid syntax");
        };
        self.expect(Kind::RightDelim, CONTEXT)?;
        let (list, end) = self.with_new_scope(|p| p.item_list())?;
        if !matches!(end, Node::End) {
            return self.errorf(format!("unexpected {end} in {CONTEXT}"));
        }
        self.add(name, list)
    }

    fn item_list(&mut self) -> PResult<(List, Node)> {
        let mut list = Vec::new();
        while self.peek_non_space().kind != Kind::Eof {
            let n = self.text_or_action()?;
            match n {
                Node::End | Node::Else { .. } => return Ok((list, n)),
                n => list.push(n),
            }
        }
        self.errorf("unexpected EOF")
    }

    fn text_or_action(&mut self) -> PResult<Node> {
        let t = self.next_non_space();
        match t.kind {
            Kind::Text => Ok(Node::Text(t.val)),
            Kind::LeftDelim => {
                self.action_line = t.line;
                let r = self.action();
                self.action_line = 0;
                r
            }
            _ => self.unexpected(&t, "input"),
        }
    }

    fn action(&mut self) -> PResult<Node> {
        let t = self.next_non_space();
        match t.kind {
            Kind::Block => return self.block_control(),
            Kind::Break => return self.loop_control(true),
            Kind::Continue => return self.loop_control(false),
            Kind::Else => return self.else_control(),
            Kind::End => {
                self.expect(Kind::RightDelim, "end")?;
                return Ok(Node::End);
            }
            Kind::If => return Ok(Node::If(self.parse_control("if")?)),
            Kind::Range => return Ok(Node::Range(self.parse_control("range")?)),
            Kind::Template => return self.template_control(),
            Kind::With => return Ok(Node::With(self.parse_control("with")?)),
            _ => {}
        }
        self.backup();
        let pos = self.peek().pos;
        let pipe = self.pipeline("command", Kind::RightDelim)?;
        Ok(Node::Action { pos, pipe })
    }

    fn loop_control(&mut self, is_break: bool) -> PResult<Node> {
        let name = if is_break {
            "{{break}}"
        } else {
            "{{continue}}"
        };
        let t = self.next_non_space();
        if t.kind != Kind::RightDelim {
            return self.unexpected(&t, name);
        }
        if self.range_depth == 0 {
            return self.errorf(format!("{name} outside {{{{range}}}}"));
        }
        Ok(if is_break {
            Node::Break
        } else {
            Node::Continue
        })
    }

    fn else_control(&mut self) -> PResult<Node> {
        let p = self.peek_non_space();
        if p.kind == Kind::If || p.kind == Kind::With {
            return Ok(Node::Else { pos: p.pos });
        }
        let t = self.expect(Kind::RightDelim, "else")?;
        Ok(Node::Else { pos: t.pos })
    }

    fn parse_control(&mut self, context: &str) -> PResult<Branch> {
        if self.depth >= MAX_DEPTH {
            return self.errorf("max expression depth exceeded");
        }
        self.depth += 1;
        let mark = self.vars.len();
        let r = self.parse_control_inner(context);
        self.vars.truncate(mark);
        self.depth -= 1;
        r
    }

    fn parse_control_inner(&mut self, context: &str) -> PResult<Branch> {
        let pipe = self.pipeline(context, Kind::RightDelim)?;
        if context == "range" {
            self.range_depth += 1;
        }
        let listed = self.item_list();
        if context == "range" {
            self.range_depth -= 1;
        }
        let (list, next) = listed?;
        let mut else_list = None;
        if let Node::Else { .. } = next {
            if context == "if" && self.peek().kind == Kind::If {
                self.next();
                else_list = Some(vec![Node::If(self.parse_control("if")?)]);
            } else if context == "with" && self.peek().kind == Kind::With {
                self.next();
                else_list = Some(vec![Node::With(self.parse_control("with")?)]);
            } else {
                let (el, nx) = self.item_list()?;
                if !matches!(nx, Node::End) {
                    return self.errorf(format!("expected end; found {nx}"));
                }
                else_list = Some(el);
            }
        }
        Ok(Branch {
            pos: pipe.pos,
            pipe,
            list,
            else_list,
        })
    }

    fn template_name(&mut self, t: &Token, context: &str) -> PResult<String> {
        match t.kind {
            Kind::String | Kind::RawString => match unquote(&t.val) {
                Some(s) => Ok(s),
                None => self.errorf("invalid syntax"),
            },
            _ => self.unexpected(t, context),
        }
    }

    fn block_control(&mut self) -> PResult<Node> {
        const CONTEXT: &str = "block clause";
        let t = self.next_non_space();
        let name = self.template_name(&t, CONTEXT)?;
        let pipe = self.pipeline(CONTEXT, Kind::RightDelim)?;
        let (list, end) = self.with_new_scope(|p| p.item_list())?;
        if !matches!(end, Node::End) {
            return self.errorf(format!("unexpected {end} in {CONTEXT}"));
        }
        self.add(name.clone(), list)?;
        Ok(Node::Template {
            pos: t.pos,
            name,
            pipe: Some(pipe),
        })
    }

    fn template_control(&mut self) -> PResult<Node> {
        const CONTEXT: &str = "template clause";
        let t = self.next_non_space();
        let name = self.template_name(&t, CONTEXT)?;
        let mut pipe = None;
        if self.next_non_space().kind != Kind::RightDelim {
            self.backup();
            pipe = Some(self.pipeline(CONTEXT, Kind::RightDelim)?);
        }
        Ok(Node::Template {
            pos: t.pos,
            name,
            pipe,
        })
    }

    /// Parses optional declarations (`$x :=`, `$i, $e :=`, `$x =`) at the start of a pipeline.
    fn declarations(&mut self, context: &str, pipe: &mut Pipe) -> PResult<()> {
        loop {
            let v = self.peek_non_space();
            if v.kind != Kind::Variable {
                return Ok(());
            }
            let v_idx = self.idx;
            self.next();
            let after = self.peek();
            let nxt = self.peek_non_space();
            if nxt.kind == Kind::Assign || nxt.kind == Kind::Declare {
                pipe.is_assign = nxt.kind == Kind::Assign;
                self.next_non_space();
                pipe.decl.push(Decl {
                    name: v.val.clone(),
                });
                self.vars.push(v.val);
                return Ok(());
            }
            if nxt.kind == Kind::Char && nxt.val == "," {
                self.next_non_space();
                pipe.decl.push(Decl {
                    name: v.val.clone(),
                });
                self.vars.push(v.val);
                if context == "range" && pipe.decl.len() < 2 {
                    match self.peek_non_space().kind {
                        Kind::Variable | Kind::RightDelim | Kind::RightParen => continue,
                        _ => return self.errorf("range can only initialize variables"),
                    }
                }
                return self.errorf(format!("too many declarations in {context}"));
            }
            let _ = after;
            self.idx = v_idx;
            return Ok(());
        }
    }

    fn pipeline(&mut self, context: &str, end: Kind) -> PResult<Pipe> {
        let pos = self.peek_non_space().pos;
        let mut pipe = Pipe {
            pos,
            is_assign: false,
            decl: Vec::new(),
            cmds: Vec::new(),
        };
        self.declarations(context, &mut pipe)?;
        loop {
            let t = self.next_non_space();
            if t.kind == end {
                self.check_pipeline(&pipe, context)?;
                return Ok(pipe);
            }
            match t.kind {
                Kind::Bool
                | Kind::CharConstant
                | Kind::Complex
                | Kind::Dot
                | Kind::Field
                | Kind::Identifier
                | Kind::Number
                | Kind::Nil
                | Kind::RawString
                | Kind::String
                | Kind::Variable
                | Kind::LeftParen => {
                    self.backup();
                    let c = self.command()?;
                    pipe.cmds.push(c);
                }
                _ => return self.unexpected(&t, context),
            }
        }
    }

    fn check_pipeline(&mut self, pipe: &Pipe, context: &str) -> PResult<()> {
        if pipe.cmds.is_empty() {
            return self.errorf(format!("missing value for {context}"));
        }
        for (i, c) in pipe.cmds.iter().enumerate().skip(1) {
            if matches!(
                c.args.first(),
                Some(
                    Arg::Bool { .. }
                        | Arg::Dot { .. }
                        | Arg::Nil { .. }
                        | Arg::Number { .. }
                        | Arg::Str { .. }
                )
            ) {
                return self.errorf(format!(
                    "non executable command in pipeline stage {}",
                    i + 1
                ));
            }
        }
        Ok(())
    }

    fn command(&mut self) -> PResult<Command> {
        let pos = self.peek_non_space().pos;
        let mut args = Vec::new();
        loop {
            self.peek_non_space();
            if let Some(op) = self.operand()? {
                args.push(op);
            }
            let t = self.next();
            match t.kind {
                Kind::Space => continue,
                Kind::RightDelim | Kind::RightParen => self.backup(),
                Kind::Pipe => {}
                _ => return self.unexpected(&t, "operand"),
            }
            break;
        }
        if args.is_empty() {
            return self.errorf("empty command");
        }
        Ok(Command { pos, args })
    }

    fn operand(&mut self) -> PResult<Option<Arg>> {
        let Some(node) = self.term()? else {
            return Ok(None);
        };
        if self.peek().kind != Kind::Field {
            return Ok(Some(node));
        }
        let pos = self.peek().pos;
        let mut fields = Vec::new();
        while self.peek().kind == Kind::Field {
            let f = self.next().val;
            fields.push(f[1..].to_string());
        }
        Ok(Some(match node {
            Arg::Field { mut idents, .. } => {
                idents.extend(fields);
                Arg::Field { pos, idents }
            }
            Arg::Variable { mut idents, .. } => {
                idents.extend(fields);
                Arg::Variable { pos, idents }
            }
            Arg::Bool { .. }
            | Arg::Str { .. }
            | Arg::Number { .. }
            | Arg::Nil { .. }
            | Arg::Dot { .. } => {
                return self.errorf(format!(
                    "unexpected . after term {}",
                    quote(&node.to_string(), false)
                ));
            }
            node => Arg::Chain {
                pos,
                node: Box::new(node),
                fields,
            },
        }))
    }

    fn term(&mut self) -> PResult<Option<Arg>> {
        let t = self.next_non_space();
        let pos = t.pos;
        Ok(Some(match t.kind {
            Kind::Identifier => {
                if !(self.has_func)(&t.val) {
                    return self.errorf(format!("function {} not defined", quote(&t.val, false)));
                }
                Arg::Identifier { pos, name: t.val }
            }
            Kind::Dot => Arg::Dot { pos },
            Kind::Nil => Arg::Nil { pos },
            Kind::Variable => {
                if !self.vars.contains(&t.val) {
                    return self.errorf(format!("undefined variable {}", quote(&t.val, false)));
                }
                Arg::Variable {
                    pos,
                    idents: vec![t.val],
                }
            }
            Kind::Field => Arg::Field {
                pos,
                idents: vec![t.val[1..].to_string()],
            },
            Kind::Bool => Arg::Bool {
                pos,
                val: t.val == "true",
            },
            Kind::CharConstant | Kind::Complex | Kind::Number => match new_number(&t.val, t.kind) {
                Ok(num) => Arg::Number { pos, num },
                Err(e) => return self.errorf(e),
            },
            Kind::LeftParen => {
                if self.depth >= MAX_DEPTH {
                    return self.errorf("max expression depth exceeded");
                }
                self.depth += 1;
                let p = self.pipeline("parenthesized pipeline", Kind::RightParen);
                self.depth -= 1;
                Arg::Pipe(Box::new(p?))
            }
            Kind::String | Kind::RawString => match unquote(&t.val) {
                Some(text) => Arg::Str {
                    pos,
                    quoted: t.val,
                    text,
                },
                None => return self.errorf("invalid syntax"),
            },
            _ => {
                self.backup();
                return Ok(None);
            }
        }))
    }
}

/// Builds a number node the way Go's `newNumber` does.
fn new_number(text: &str, kind: Kind) -> Result<Number, String> {
    let mut n = Number {
        text: text.to_string(),
        is_int: false,
        is_uint: false,
        is_float: false,
        int: 0,
        float: 0.0,
    };
    if kind == Kind::CharConstant {
        let r = unquote_char(text)?;
        n.is_int = true;
        n.is_uint = true;
        n.is_float = true;
        n.int = i64::from(r);
        n.float = f64::from(r);
        return Ok(n);
    }
    if kind == Kind::Complex
        || (text.ends_with('i') && parse_float(&text[..text.len() - 1]).is_some())
    {
        return Err(format!("complex constant {text} is not supported"));
    }
    let u = parse_uint(text);
    if u.is_some() {
        n.is_uint = true;
    }
    if let Some(i) = parse_int(text) {
        n.is_int = true;
        n.int = i;
        if i == 0 {
            n.is_uint = true;
        }
    }
    if n.is_int {
        n.is_float = true;
        n.float = n.int as f64;
    } else if let Some(u) = u {
        n.is_float = true;
        n.float = u as f64;
    } else if let Some(f) = parse_float(text) {
        if !text.contains(['.', 'e', 'E', 'p', 'P']) {
            return Err(format!("integer overflow: {}", quote(text, false)));
        }
        n.is_float = true;
        n.float = f;
        if f == f.trunc() && f.abs() < 9.2e18 {
            n.is_int = true;
            n.int = f as i64;
        }
        if f == f.trunc() && (0.0..1.8e19).contains(&f) {
            n.is_uint = true;
        }
    }
    if !n.is_int && !n.is_uint && !n.is_float {
        return Err(format!("illegal number syntax: {}", quote(text, false)));
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> PResult<Tree> {
        parse(s, &|n| n == "printf" || n == "len")
    }

    fn err(s: &str) -> String {
        p(s).err().unwrap_or_default()
    }

    #[test]
    fn round_trip_strings() {
        let t = p("a{{.x.y | printf \"%d\"}}{{if $v := len .}}{{$v}}{{else if .z}}z{{end}}")
            .expect("parse");
        let s: String = t.root.iter().map(|n| n.to_string()).collect();
        assert_eq!(
            s,
            "a{{.x.y | printf \"%d\"}}{{if $v := len .}}{{$v}}{{else}}{{if .z}}z{{end}}{{end}}"
        );
    }

    #[test]
    fn errors() {
        assert_eq!(
            err("{{foo}}"),
            "template: format output:1: function \"foo\" not defined"
        );
        assert_eq!(err("{{.x"), "template: format output:1: unclosed action");
        assert_eq!(
            err("{{.x\n\n"),
            "template: format output:3: unclosed action started at format output:1"
        );
        assert_eq!(
            err("{{.x }"),
            "template: format output:1: unexpected \"}\" in operand"
        );
        assert_eq!(
            err("{{if .x}}"),
            "template: format output:1: unexpected EOF"
        );
        assert_eq!(
            err("{{end}}"),
            "template: format output:1: unexpected {{end}}"
        );
        assert_eq!(
            err("{{$x}}"),
            "template: format output:1: undefined variable \"$x\""
        );
        assert_eq!(
            err("{{break}}"),
            "template: format output:1: {{break}} outside {{range}}"
        );
        assert_eq!(
            err("{{\"a\".x}}"),
            "template: format output:1: unexpected . after term \"\\\"a\\\"\""
        );
        assert_eq!(
            err("{{.x | 3}}"),
            "template: format output:1: non executable command in pipeline stage 2"
        );
        assert_eq!(
            err("{{if}}{{end}}"),
            "template: format output:1: missing value for if"
        );
        assert_eq!(
            err("{{08}}"),
            "template: format output:1: integer overflow: \"08\""
        );
        assert_eq!(err("{{/* x"), "template: format output:1: unclosed comment");
    }

    #[test]
    fn numbers() {
        let n = new_number("0x1F", Kind::Number).expect("hex");
        assert!(n.is_int && n.int == 31);
        let n = new_number("1e3", Kind::Number).expect("float");
        assert!(n.is_float && n.is_int && n.int == 1000);
        let n = new_number("'a'", Kind::CharConstant).expect("char");
        assert_eq!(n.int, 97);
        assert!(new_number("1_000", Kind::Number).is_ok_and(|n| n.int == 1000));
    }
}
