#!/usr/bin/env bash
# Benchmark of our oras against limits measured in the same run (not a test: it prints
# figures). Eight workloads W1-W8, each beside its limit; see bench/bench.py for what each
# measures and README "Benchmark" for how to read it.
#
#   bench/run.sh                      # all workloads, 3 runs each (W2: 5), 1 GiB file
#   bench/run.sh --quick              # small sizes, one run (a minute or so)
#   bench/run.sh --only W2,W4 --runs 5
#   bench/run.sh --size 4096 --only W1,W2          # memory flat in blob size
#   bench/run.sh --compare /tmp/oras-main          # a second binary, run alternately
#   bench/run.sh path/to/oras ...     # another binary than target/release/oras
set -euo pipefail
cd "$(dirname "$0")/.."
command -v docker-registry >/dev/null || { echo "docker-registry is missing (apt-get install docker-registry)" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is missing" >&2; exit 1; }
bin=target/release/oras
for a in "$@"; do case "$a" in -*) ;; *) [ -x "$a" ] && bin=$a;; esac; done
[ -x "$bin" ] || cargo build --release
exec python3 bench/bench.py "$@"
