#!/usr/bin/env bash
# Benchmark of our oras against limits measured in the same run (not a test: it prints figures).
#
#   bench/run.sh [ORAS_BINARY] [SIZE_MIB]
#
# Each workload runs on fresh registry storage (Debian docker-registry on 127.0.0.1).
# Printed per workload: wall time, throughput, the client's own CPU (user+sys), peak RSS,
# and the ratio to the limit measured here (sha256sum, curl upload, curl download).
set -euo pipefail
cd "$(dirname "$0")/.."
ORAS=${1:-target/release/oras}
SIZE_MIB=${2:-1024}
[ -x "$ORAS" ] || cargo build --release
ORAS=$(realpath "$ORAS")
command -v docker-registry >/dev/null || { echo "docker-registry is missing (apt-get install docker-registry)" >&2; exit 1; }

WORK=$(mktemp -d /tmp/oras-bench.XXXXXX)
REG_PID=""
cleanup() { [ -n "$REG_PID" ] && kill "$REG_PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

start_registry() {
  [ -n "$REG_PID" ] && { kill "$REG_PID" 2>/dev/null; wait "$REG_PID" 2>/dev/null || true; }
  rm -rf "$WORK/reg"; mkdir -p "$WORK/reg"
  PORT=$(free_port)
  cat > "$WORK/reg/config.yml" <<YML
version: 0.1
log: {level: error}
storage: {filesystem: {rootdirectory: $WORK/reg/data}, delete: {enabled: true}}
http: {addr: 127.0.0.1:$PORT}
YML
  docker-registry serve "$WORK/reg/config.yml" >"$WORK/reg/log" 2>&1 &
  REG_PID=$!
  for _ in $(seq 100); do curl -fs "http://127.0.0.1:$PORT/v2/" >/dev/null && return; sleep 0.1; done
  echo "registry did not start" >&2; exit 1
}

# median of three timings of a function that calls `measure` (keeps the last CPU/RSS)
median3() {
  local f=$1 w=()
  for _ in 1 2 3; do "$f"; w+=("$WALL"); done
  WALL=$(printf '%s\n' "${w[@]}" | sort -g | sed -n 2p)
}

# run CMD under /usr/bin/time; sets WALL (s), CPU (s), RSS (KiB)
measure() {
  /usr/bin/time -f '%e %U %S %M' -o "$WORK/t" "$@" >"$WORK/out" 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
  read -r WALL U S RSS < "$WORK/t"
  CPU=$(python3 -c "print(round($U+$S,2))")
}

row() { # name bytes limit_wall
  local mbs ratio
  mbs=$(python3 -c "print(round($2/1048576/max($WALL,0.001),1))")
  ratio=${3:+$(python3 -c "print(round($WALL/max($3,0.001),2))")}
  printf '%-34s %8ss %9s MB/s %7ss cpu %8s KiB rss %s\n' "$1" "$WALL" "$mbs" "$CPU" "$RSS" "${ratio:+(${ratio}x limit)}"
}

echo "oras: $ORAS ($("$ORAS" version | head -1))"
echo "machine: $(nproc) cores; file size ${SIZE_MIB} MiB"
echo

# ---- one large file ----
BIG="$WORK/big.bin"
head -c "$((SIZE_MIB*1048576))" /dev/urandom > "$BIG"
BYTES=$(stat -c %s "$BIG")
measure sha256sum "$BIG"; DIGEST="sha256:$(cut -d' ' -f1 "$WORK/out")"; SHA_WALL=$WALL
row "limit: sha256sum" "$BYTES"

curl_up() {
  start_registry
  LOC=$(curl -fsS -X POST -D - -o /dev/null "http://127.0.0.1:$PORT/v2/bench/blobs/uploads/" | tr -d '\r' | awk -F': ' 'tolower($1)=="location"{print $2}')
  case "$LOC" in http*) ;; *) LOC="http://127.0.0.1:$PORT$LOC";; esac
  SEP='?'; case "$LOC" in *\?*) SEP='&';; esac
  measure curl -fsS -X PUT -H 'Content-Type: application/octet-stream' -T "$BIG" "$LOC${SEP}digest=$DIGEST"
}
median3 curl_up; CURL_UP=$WALL; row "limit: curl POST+PUT (median of 3)" "$BYTES"
curl_down() { measure curl -fsS -o "$WORK/curl.out" "http://127.0.0.1:$PORT/v2/bench/blobs/$DIGEST"; rm -f "$WORK/curl.out"; }
median3 curl_down; CURL_DOWN=$WALL; row "limit: curl GET to file (median of 3)" "$BYTES"

oras_push() { start_registry; cd "$WORK"; measure "$ORAS" push "localhost:$PORT/bench:big" big.bin --no-tty; cd - >/dev/null; }
median3 oras_push; row "oras push 1 file (median of 3)" "$BYTES" "$CURL_UP"
cd "$WORK"
measure "$ORAS" push "localhost:$PORT/bench:big2" big.bin --no-tty -a again=1; row "oras push again (blob exists)" 0
cd - >/dev/null
oras_pull() { rm -rf "$WORK/pull"; measure "$ORAS" pull "localhost:$PORT/bench:big" -o "$WORK/pull" --no-tty; }
median3 oras_pull; row "oras pull 1 file (median of 3)" "$BYTES" "$CURL_DOWN"
cmp -s "$BIG" "$WORK/pull/big.bin" || { echo "pulled bytes differ" >&2; exit 1; }
rm -rf "$WORK/pull" "$BIG"

# ---- 1000 files of 4 KiB ----
mkdir -p "$WORK/many"
python3 - "$WORK/many" <<'PY'
import os, sys
for i in range(1000):
    with open(os.path.join(sys.argv[1], f"f{i:04}.bin"), "wb") as f:
        f.write(os.urandom(4096))
PY
measure python3 -c 'import os,sys
d=sys.argv[1]; os.makedirs(d)
for i in range(1000):
    p=os.path.join(d,".t%d"%i); f=os.open(p,os.O_CREAT|os.O_EXCL|os.O_WRONLY,0o666); os.write(f,os.urandom(4096)); os.close(f); os.rename(p,os.path.join(d,"f%d"%i))' "$WORK/fs-limit"
FS_CPU=$CPU; row "limit: create 1000 x 4 KiB files" $((1000*4096)); rm -rf "$WORK/fs-limit"
start_registry
cd "$WORK/many"
measure "$ORAS" push "localhost:$PORT/bench:many" $(ls) --no-tty; cd - >/dev/null; row "oras push 1000 x 4 KiB" $((1000*4096))
measure "$ORAS" pull "localhost:$PORT/bench:many" -o "$WORK/many-out" --no-tty; row "oras pull 1000 x 4 KiB" $((1000*4096))
echo "  pull CPU beyond creating the files: $(python3 -c "print(round($CPU-$FS_CPU,2))")s"
rm -rf "$WORK/many-out"

# ---- a folder of 2000 small files ----
mkdir -p "$WORK/folder"
python3 - "$WORK/folder" <<'PY'
import os, sys, random
random.seed(1)
words = [bytes(random.choice(b"abcdefghij ") for _ in range(64)) for _ in range(200)]
for i in range(2000):
    d = os.path.join(sys.argv[1], f"d{i % 20:02}")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, f"f{i:04}.txt"), "wb") as f:
        f.write(b"\n".join(random.choice(words) for _ in range(64)))
PY
FOLDER_BYTES=$(du -sb "$WORK/folder" | cut -f1)
start_registry
cd "$WORK"
measure "$ORAS" push "localhost:$PORT/bench:folder" folder --no-tty; cd - >/dev/null; row "oras push folder (2000 files)" "$FOLDER_BYTES"
measure "$ORAS" pull "localhost:$PORT/bench:folder" -o "$WORK/folder-out" --no-tty; row "oras pull folder (unpack)" "$FOLDER_BYTES"
echo
echo "ratios: push vs curl upload, pull vs curl download; sha256sum took ${SHA_WALL}s"
