//! Replays one golden scenario with the `oras` under test and compares every recorded part.
//!
//! Per step: snapshot `W`, run `bash -c` hermetically, snapshot again, run the registry
//! checks, normalise, mask (if the scenario asks for it), and compare exit code, stdout,
//! stderr, file listing, state lines and manifest bodies. The first step that differs fails
//! the test with a report naming the scenario, step, command and the differing parts.

use std::fmt::Write as _;
use std::path::Path;
use std::time::Duration;

use super::files::{self, Snapshot};
use super::mask::{Mask, Masker};
use super::normalize::{self, Literals};
use super::report::{self, Part};
use super::scenario::{Folder, Step};
use super::state::{self, Target};
use super::workdir;
use crate::support::paths;
use crate::support::referrers_server::ReferrersServer;
use crate::support::registry::{RegistryOpts, TestRegistry};
use crate::support::sandbox::Sandbox;

/// Options chosen per scenario in code (the README's per-scenario notes).
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    pub mask: Option<Mask>,
}

/// A started registry and how it is named in commands and normalised output.
struct Registry {
    placeholder: &'static str,
    target: Target,
    server: Server,
}

/// `reg` and `auth` are docker-registry processes; `zot` is the referrers test server.
enum Server {
    Distribution(TestRegistry),
    Zot(ReferrersServer),
}

impl Server {
    fn host(&self) -> String {
        match self {
            Server::Distribution(s) => s.host(),
            Server::Zot(s) => s.host(),
        }
    }

    fn port(&self) -> u16 {
        match self {
            Server::Distribution(s) => s.port(),
            Server::Zot(s) => s.port(),
        }
    }

    fn log_tail(&self) -> String {
        match self {
            Server::Distribution(s) => s.log_tail(),
            Server::Zot(s) => s.log_tail(),
        }
    }
}

/// Replays `shared/golden/<name>/` and panics with a report at the first difference.
pub fn replay(name: &str, options: Options) {
    let folder = Folder::load(&paths::golden_dir(), name);
    let scenario = &folder.scenario;
    assert!(
        !scenario.uses_down_port,
        "{name}: `uses_down_port` ({{down}}) is not supported"
    );
    assert!(
        !scenario.mask_created,
        "{name}: `mask_created: true` is not supported"
    );

    let oras = paths::oras_bin();
    let registries: Vec<Registry> = scenario.registries.iter().map(|r| start(r)).collect();
    let dirs = workdir::sandbox(name);
    workdir::create_inputs(&dirs, &scenario.inputs);
    let literals = literals(&registries, &dirs, &oras);
    let mut masker = Masker::default();
    if let Some(mask) = options.mask {
        learn_expected_mask(&folder, mask, &mut masker);
    }

    for (index, step) in scenario.steps.iter().enumerate() {
        let n = index + 1;
        assert!(
            step.filter.is_none() && step.mask.is_none(),
            "{name} step {n}: the `filter` and `mask` step options are not supported yet"
        );
        let expected = folder.expected(n);
        let cmd = substitute(&step.cmd, &registries, &oras, &dirs.work);
        let before = files::snapshot(&dirs.work, &literals);
        let finished = dirs.sh_exact(&cmd, &expected.stdin, step_timeout());
        let after = files::snapshot(&dirs.work, &literals);

        let (state_text, bodies) = run_state_checks(step, &registries, &literals);
        if let Some(mask) = options.mask {
            learn_actual_mask(mask, step, &state_text, &bodies, &mut masker);
        }

        let mut parts = vec![Part::new(
            "exit code",
            format!("{}\n", expected.exit),
            format!(
                "{}{}\n",
                finished.code,
                if finished.timed_out {
                    " (timed out)"
                } else {
                    ""
                }
            ),
        )];
        for (what, exp, act) in [
            ("stdout", &expected.stdout, &finished.stdout),
            ("stderr", &expected.stderr, &finished.stderr),
        ] {
            let unordered = what == "stdout" && step.unordered_stdout;
            parts.push(Part::new(
                what,
                masker.expected(&String::from_utf8_lossy(exp)),
                masker.actual(&normalised_output(&literals, act, unordered)),
            ));
        }
        if step.compare_files != Some(false) {
            parts.push(Part::new(
                format!("file listing ({n:02}.files)"),
                masker.expected(&expected.files),
                masker.actual(&files::listing(&before, &after)),
            ));
        }
        parts.push(Part::new(
            format!("registry state ({n:02}.state)"),
            masker.expected(&expected.state),
            masker.actual(&state_text),
        ));
        for check in &step.state {
            let Some(body_name) = &check.name else {
                continue;
            };
            let actual = bodies
                .iter()
                .find(|(b, _)| b == body_name)
                .map(|(_, body)| body.clone());
            let recorded = folder.manifest(n, body_name);
            if recorded.is_none() && actual.is_none() {
                continue;
            }
            parts.push(Part::new(
                format!("registry body ({n:02}.manifest.{body_name}.json)"),
                masker.expected(&recorded.unwrap_or_else(|| "<not recorded>".into())),
                masker.actual(&actual.unwrap_or_else(|| "<no 200 response>".into())),
            ));
        }

        if parts.iter().any(Part::differs) {
            panic!(
                "{}",
                failure_report(&folder, n, &cmd, &parts, &after, &dirs, &registries)
            );
        }
    }
}

fn start(kind: &str) -> Registry {
    let (placeholder, token, server, basic_auth) = match kind {
        "reg" => (
            "{reg}",
            "[REGISTRY]",
            Server::Distribution(TestRegistry::start()),
            false,
        ),
        "auth" => (
            "{auth}",
            "[AUTH]",
            Server::Distribution(TestRegistry::start_with(RegistryOpts::with_test_user())),
            true,
        ),
        // zot v2.1.1 in the recording: our in-memory stand-in with the referrers API
        "zot" => (
            "{zot}",
            "[ZOT]",
            Server::Zot(ReferrersServer::start()),
            false,
        ),
        other => panic!("unknown registry kind {other:?} in scenario.json"),
    };
    Registry {
        placeholder,
        target: Target {
            port: server.port(),
            token,
            basic_auth,
        },
        server,
    }
}

/// Rule 1's table: registry hosts, `W` (and its realpath), `ROOT` (and its realpath), binary.
fn literals(registries: &[Registry], dirs: &Sandbox, oras: &Path) -> Literals {
    let mut pairs = Vec::new();
    for registry in registries {
        pairs.extend(normalize::registry_literals(
            registry.target.port,
            registry.target.token,
        ));
    }
    let with_real = |path: &Path| {
        let real = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        [path.display().to_string(), real.display().to_string()]
    };
    for path in with_real(&dirs.work) {
        pairs.push((path, "[TMP]".to_string()));
    }
    for path in with_real(&dirs.root_path) {
        pairs.push((path, "[ROOT]".to_string()));
    }
    for path in with_real(oras) {
        pairs.push((path, "[ORAS]".to_string()));
    }
    Literals::new(pairs)
}

/// Puts real values in place of `{oras}`, `{reg}`, `{zot}`, `{auth}` and `{tmp}`.
fn substitute(text: &str, registries: &[Registry], oras: &Path, work: &Path) -> String {
    for unsupported in ["{fixtures}", "{down}"] {
        assert!(
            !text.contains(unsupported),
            "placeholder {unsupported} is not supported: {text}"
        );
    }
    let mut out = text.replace("{oras}", &shell_quote(&oras.display().to_string()));
    for registry in registries {
        out = out.replace(registry.placeholder, &registry.server.host());
    }
    out.replace("{tmp}", &work.display().to_string())
}

/// Single-quotes `s` for bash unless it only has safe characters.
fn shell_quote(s: &str) -> String {
    let safe = |c: char| c.is_ascii_alphanumeric() || "/._-+:=@%,".contains(c);
    if !s.is_empty() && s.chars().all(safe) {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

fn normalised_output(literals: &Literals, bytes: &[u8], unordered: bool) -> String {
    match std::str::from_utf8(bytes) {
        Ok(text) => normalize::output(literals, text, unordered),
        // Not UTF-8: compared raw (the lossy form shows where it differs).
        Err(_) => String::from_utf8_lossy(bytes).into_owned(),
    }
}

/// The `NN.state` text and the `(name, body)` pairs of the step's checks.
fn run_state_checks(
    step: &Step,
    registries: &[Registry],
    literals: &Literals,
) -> (String, Vec<(String, String)>) {
    let mut text = String::new();
    let mut bodies = Vec::new();
    for check in &step.state {
        let registry = registries
            .iter()
            .find(|r| r.placeholder == check.registry)
            .unwrap_or_else(|| panic!("state check on {} which is not started", check.registry));
        let checked = state::check(check, &registry.target, literals);
        text.push_str(&checked.line);
        text.push('\n');
        bodies.extend(checked.body);
    }
    (text, bodies)
}

fn learn_expected_mask(folder: &Folder, mask: Mask, masker: &mut Masker) {
    let name = mask.manifest_name();
    let n = folder
        .scenario
        .steps
        .iter()
        .position(|s| s.state.iter().any(|c| c.name.as_deref() == Some(name)))
        .map(|i| i + 1)
        .unwrap_or_else(|| panic!("mask: no state check named {name:?} in the scenario"));
    let state = folder.expected(n).state;
    let line = state
        .lines()
        .find(|l| l.ends_with(&format!("=> {name}.json")))
        .unwrap_or_else(|| panic!("mask: {n:02}.state has no line for {name}.json"));
    let body = folder
        .manifest(n, name)
        .unwrap_or_else(|| panic!("mask: {n:02}.manifest.{name}.json is missing"));
    masker.learn_expected(mask, line, &body);
}

fn learn_actual_mask(
    mask: Mask,
    step: &Step,
    state_text: &str,
    bodies: &[(String, String)],
    masker: &mut Masker,
) {
    let name = mask.manifest_name();
    if !step.state.iter().any(|c| c.name.as_deref() == Some(name)) {
        return;
    }
    let line = state_text
        .lines()
        .find(|l| l.ends_with(&format!("=> {name}.json")));
    let body = bodies
        .iter()
        .find(|(b, _)| b == name)
        .map(|(_, body)| body.as_str());
    if let (Some(line), Some(body)) = (line, body) {
        masker.learn_actual(mask, line, body);
    }
}

fn step_timeout() -> Duration {
    let secs = std::env::var("ORAS_GOLDEN_STEP_TIMEOUT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(120);
    Duration::from_secs(secs)
}

fn failure_report(
    folder: &Folder,
    n: usize,
    cmd: &str,
    parts: &[Part],
    after: &Snapshot,
    dirs: &Sandbox,
    registries: &[Registry],
) -> String {
    let scenario = &folder.scenario.name;
    let differing: Vec<&str> = parts
        .iter()
        .filter(|p| p.differs())
        .map(|p| p.name.as_str())
        .collect();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "\ngolden scenario `{scenario}`, step {n:02} of {} differs",
        folder.scenario.steps.len()
    );
    let _ = writeln!(out, "  command: {}", folder.scenario.steps[n - 1].cmd);
    let _ = writeln!(out, "  ran:     {cmd}");
    let _ = writeln!(out, "  differs: {}", differing.join(", "));
    let _ = writeln!(out, "  recorded in {}/{n:02}.*", folder.dir.display());
    for part in parts.iter().filter(|p| p.differs()) {
        let _ = writeln!(out, "\n--- {} (- expected, + actual):", part.name);
        out.push_str(&report::diff(&part.expected, &part.actual));
        if part.name.starts_with("file listing") {
            out.push_str(&file_contents(
                folder,
                n,
                &part.expected,
                &part.actual,
                after,
            ));
        }
    }
    // A failing step often left stderr that explains everything.
    if !differing.contains(&"stderr") {
        if let Some(stderr) = parts
            .iter()
            .find(|p| p.name == "stderr")
            .filter(|p| !p.actual.is_empty())
        {
            let _ = writeln!(
                out,
                "\n--- stderr (matches the recording):\n{}",
                stderr.actual
            );
        }
    }
    if std::env::var_os("ORAS_GOLDEN_REGISTRY_LOG").is_some() {
        for registry in registries {
            let _ = writeln!(
                out,
                "\n--- log of {}:\n{}",
                registry.placeholder,
                registry.server.log_tail()
            );
        }
    } else {
        let _ = writeln!(
            out,
            "\n(set ORAS_GOLDEN_REGISTRY_LOG=1 to see the registries' logs)"
        );
    }
    if dirs.kept() {
        let _ = writeln!(out, "\nwork dir kept at {}", dirs.work.display());
    } else {
        let _ = writeln!(out, "\n(set ORAS_GOLDEN_KEEP=1 to keep the work dir)");
    }
    out
}

/// For text files whose listing line differs, the recorded `NN.file.*` against ours.
fn file_contents(
    folder: &Folder,
    n: usize,
    expected: &str,
    actual: &str,
    after: &Snapshot,
) -> String {
    let mut out = String::new();
    let path_of = |line: &str| line.rsplit(' ').next().map(str::to_string);
    let exp_lines: Vec<&str> = expected.lines().collect();
    for line in actual.lines().filter(|l| !exp_lines.contains(l)) {
        let Some(path) = path_of(line) else { continue };
        let (Some(recorded), Some(ours)) = (folder.file(n, &path), after.texts.get(&path)) else {
            continue;
        };
        let _ = writeln!(
            out,
            "\n--- content of {path} ({n:02}.file.*, - expected, + actual):"
        );
        out.push_str(&report::diff(&recorded, ours));
    }
    out
}
