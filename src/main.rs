//! The `oras` binary: hands the arguments to the CLI and returns its exit code.

fn main() -> std::process::ExitCode {
    oras::cli::run(std::env::args_os().collect())
}
