#!/usr/bin/env python3
"""Benchmark of our oras against limits measured in the same run (not a test: it prints
figures). Usually started through bench/run.sh; see README "Benchmark".

Eight workloads (W1-W8), each on fresh registry storage (Debian docker-registry on
127.0.0.1), each beside its limit measured in the same run, alternating with our runs:

  W1 push one large file             limit: curl POST + PUT of the blob
  W2 pull it into an empty folder    limit: curl GET to a file
  W3 push 1000 files of 4 KiB        limit: floor.py, 5 keep-alive connections, HEAD+POST+PUT each
  W4 pull those 1000 files           limit: floor.py, 3 keep-alive connections, GET each to a file
  W5 push a folder of 2000 files     limit: tar | gzip -6 of the same folder (one core)
  W6 cp -r of 20 blobs + 5 referrers limit: floor.py copy, GET -> PUT streamed, 3 connections
                                     (referrers through the tag schema's index, copied too)
  W7 oras version / --help / completion bash, per call  limit: spawning /bin/true
  W8 backup to a tar, then restore   limit: floor.py backup to files + restore from them

Per workload: wall (median, min-max), client CPU (user+sys, median), peak RSS (max), the
limit's wall and our median as a percentage of it, the same run by run against the limit
measured just before (paired: median and range), the slowest/fastest ratio of our runs,
and the 1-minute load average before.
"""
import argparse
import hashlib
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
FLOOR = os.path.join(HERE, "floor.py")
PY = sys.executable


TRASH = None


def discard(path):
    """Remove a tree between runs without making the next run pay for it.

    On ext4 the inode allocator skips inodes freed in the last minute or more
    (`recently_deleted` in the kernel), one inode-table read each: after a run's 10,000
    files are deleted, creating 1000 files costs 0.6 s of kernel CPU instead of 0.03 s, in
    whichever client runs next (the registry storing blobs or a pull writing files). Trees
    of many entries are therefore renamed into a trash folder, deleted when the benchmark
    ends, after their large files were cut to nothing (that frees their data without
    freeing their inodes); small trees (a large blob's few files) are deleted at once.
    """
    if not os.path.lexists(path):
        return
    if os.path.isdir(path) and not os.path.islink(path):
        tree = list(os.walk(path))
        if sum(len(dirs) + len(files) for _, dirs, files in tree) <= 64:
            shutil.rmtree(path, ignore_errors=True)
            return
        for root, _, files in tree:
            for name in files:
                f = os.path.join(root, name)
                if not os.path.islink(f) and os.path.getsize(f) >= 1 << 20:
                    try:
                        os.truncate(f, 0)
                    except OSError:
                        pass  # read-only to a non-root user: it stays whole in the trash
        os.makedirs(TRASH, exist_ok=True)
        os.rename(path, os.path.join(TRASH, f"{len(os.listdir(TRASH))}"))
    else:
        os.remove(path)


def loadavg():
    return float(open("/proc/loadavg").read().split()[0])


def measure(argv, cwd=None, env=None, rss=True):
    """Run argv once (stdout/stderr to a log); returns (wall s, cpu s, peak RSS KiB).

    The peak RSS comes from GNU time around the command (a child spawned straight from
    Python would report Python's own peak); its exec adds well under a millisecond of wall,
    so start-up timings (W7) are taken without it (rss=False) and the RSS in a separate run.
    """
    if rss:
        argv = ["/usr/bin/time", "-f", "%M", "-o", RSS_FILE, *argv]
    fa = [(os.POSIX_SPAWN_OPEN, 0, "/dev/null", os.O_RDONLY, 0),
          (os.POSIX_SPAWN_OPEN, 1, LOG, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
          (os.POSIX_SPAWN_DUP2, 1, 2)]
    old = os.getcwd()
    if cwd:
        os.chdir(cwd)
    try:
        t0 = time.perf_counter()
        pid = os.posix_spawnp(argv[0], argv, env or os.environ, file_actions=fa)
        _, status, ru = os.wait4(pid, 0)
        wall = time.perf_counter() - t0
    finally:
        os.chdir(old)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed ({status}): {' '.join(argv)}\n{open(LOG).read()[-2000:]}")
    peak = int(open(RSS_FILE).read().split()[-1]) if rss else 0
    return wall, ru.ru_utime + ru.ru_stime, peak


def measure_n(argv, n):
    """n runs of a short command: (wall per call, cpu per call, peak RSS of one more run)."""
    walls, cpus = 0.0, 0.0
    for _ in range(n):
        w, c, _ = measure(argv, rss=False)
        walls, cpus = walls + w, cpus + c
    return walls / n, cpus / n, measure(argv)[2]


class Registry:
    """A docker-registry on a free port of 127.0.0.1 with its own storage."""

    def __init__(self, work, name):
        self.dir = os.path.join(work, name)
        self.proc = None

    def start(self):
        self.stop()
        discard(self.dir)
        os.makedirs(self.dir)
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        self.port = s.getsockname()[1]
        s.close()
        cfg = os.path.join(self.dir, "config.yml")
        with open(cfg, "w") as f:
            f.write(f"version: 0.1\nlog: {{level: error}}\n"
                    f"storage: {{filesystem: {{rootdirectory: {self.dir}/data}}, delete: {{enabled: true}}}}\n"
                    f"http: {{addr: 127.0.0.1:{self.port}}}\n")
        self.proc = subprocess.Popen(["docker-registry", "serve", cfg], stdout=subprocess.DEVNULL,
                                     stderr=open(os.path.join(self.dir, "log"), "w"))
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.1).close()
                return self
            except OSError:
                time.sleep(0.05)
        sys.exit("registry did not start")

    @property
    def host(self):
        return f"localhost:{self.port}"

    @property
    def addr(self):
        return f"127.0.0.1:{self.port}"

    def stop(self):
        if self.proc:
            self.proc.send_signal(signal.SIGTERM)
            self.proc.wait()
            self.proc = None


def fmt_s(x):
    return f"{x*1000:.1f}ms" if x < 0.1 else f"{x:.2f}s"


class Row:
    """The runs of one command of one workload."""

    def __init__(self):
        self.runs = []

    def add(self, m):
        self.runs.append(m)

    def wall(self):
        return statistics.median(r[0] for r in self.runs)

    def cpu(self):
        return statistics.median(r[1] for r in self.runs)

    def rss(self):
        return max(r[2] for r in self.runs)

    def spread(self):
        w = [r[0] for r in self.runs]
        return f"{fmt_s(min(w))}-{fmt_s(max(w))}"


def report(name, load, rows, limit, note=""):
    lim = limit.wall()
    print(f"{name}  (load {load:.2f}, {len(limit.runs)} runs)")
    print(f"  {'limit':<6} {fmt_s(lim):>8} [{limit.spread():>15}] cpu {fmt_s(limit.cpu()):>8}"
          f"  rss {limit.rss()/1024:7.1f} MiB  {note}")
    for label, row in rows:
        pct = 100 * row.wall() / max(lim, 1e-9)
        # run by run against the limit measured just before it (robust to a drifting load)
        paired = [100 * r[0] / max(l[0], 1e-9) for r, l in zip(row.runs, limit.runs)]
        worst = max(r[0] for r in row.runs) / max(min(r[0] for r in row.runs), 1e-9)
        print(f"  {label:<6} {fmt_s(row.wall()):>8} [{row.spread():>15}] cpu {fmt_s(row.cpu()):>8}"
              f"  rss {row.rss()/1024:7.1f} MiB  {pct:5.0f}% of limit"
              f" (paired {statistics.median(paired):.0f}% [{min(paired):.0f}-{max(paired):.0f}%])"
              f"  slowest/fastest {worst:.2f}")
    sys.stdout.flush()


def settle():
    """Flush dirty pages of the previous run so that runs do not pay for each other."""
    os.sync()


class Bench:
    def __init__(self, args):
        self.a = args
        self.work = tempfile.mkdtemp(prefix="oras-bench.")
        global TRASH
        TRASH = os.path.join(self.work, "trash")
        self.bins = [("ours", args.oras)] + ([("other", args.compare)] if args.compare else [])
        self.regs = []

    def reg(self, name):
        r = Registry(self.work, name)
        self.regs.append(r)
        return r

    def close(self):
        for r in self.regs:
            r.stop()
        shutil.rmtree(self.work, ignore_errors=True)

    def p(self, *parts):
        return os.path.join(self.work, *parts)

    def oras(self, binary, *args, cwd=None):
        return measure([binary, *args, "--no-tty"], cwd=cwd)

    def setup_oras(self, *args, cwd=None):
        subprocess.run([self.a.oras, *args], cwd=cwd, check=True, stdout=subprocess.DEVNULL)

    def loop(self, runs, limit_fn, ours_fn):
        """Alternate limit and each binary, `runs` times; returns (limit Row, [(label, Row)])."""
        limit, rows = Row(), [(label, Row()) for label, _ in self.bins]
        for _ in range(runs):
            settle()
            limit.add(limit_fn())
            for (label, binary), (_, row) in zip(self.bins, rows):
                settle()
                row.add(ours_fn(binary))
        return limit, rows

    # ---- W1, W2: one large file ----
    def w1_w2(self):
        size = self.a.size << 20
        big = self.p("big.bin")
        with open(big, "wb") as f:
            for _ in range(size >> 20):
                f.write(os.urandom(1 << 20))
        h = hashlib.sha256()
        with open(big, "rb") as f:
            while c := f.read(1 << 22):
                h.update(c)
        digest = "sha256:" + h.hexdigest()
        reg = self.reg("r1")

        def curl_up():
            reg.start()
            out = subprocess.run(["curl", "-fsS", "-X", "POST", "-D", "-", "-o", "/dev/null",
                                  f"http://{reg.addr}/v2/bench/blobs/uploads/"],
                                 check=True, capture_output=True, text=True).stdout
            loc = next(l.split(":", 1)[1].strip() for l in out.splitlines()
                       if l.lower().startswith("location:"))
            if not loc.startswith("http"):
                loc = f"http://{reg.addr}{loc}"
            sep = "&" if "?" in loc else "?"
            return measure(["curl", "-fsS", "-X", "PUT", "-H", "Content-Type: application/octet-stream",
                            "-T", big, f"{loc}{sep}digest={digest}"])

        def push(binary):
            reg.start()
            return self.oras(binary, "push", f"{reg.host}/bench:big", "big.bin", cwd=self.work)

        if "W1" in self.a.only:
            load = loadavg()
            limit, rows = self.loop(self.a.runs, curl_up, push)
            report(f"W1 push one {self.a.size} MiB file", load, rows, limit, "curl POST+PUT")
        if "W2" not in self.a.only:
            return
        reg.start()
        self.setup_oras("push", f"{reg.host}/bench:big", "big.bin", cwd=self.work)
        out = self.p("pull")

        def curl_down():
            shutil.rmtree(out, ignore_errors=True)
            os.makedirs(out)
            settle()
            return measure(["curl", "-fsS", "-o", os.path.join(out, "big.bin"),
                            f"http://{reg.addr}/v2/bench/blobs/{digest}"])

        def pull(binary):
            shutil.rmtree(out, ignore_errors=True)
            settle()
            m = self.oras(binary, "pull", f"{reg.host}/bench:big", "-o", out)
            if os.path.getsize(os.path.join(out, "big.bin")) != size:
                sys.exit("pulled file has the wrong size")
            return m

        load = loadavg()
        limit, rows = self.loop(max(self.a.runs, 5) if not self.a.quick else 1, curl_down, pull)
        report(f"W2 pull it into an empty folder", load, rows, limit, "curl GET to a file")
        shutil.rmtree(out, ignore_errors=True)
        os.remove(big)

    # ---- W3, W4: many small files ----
    def w3_w4(self):
        n = self.a.files
        many = self.p("many")
        os.makedirs(many)
        for i in range(n):
            with open(os.path.join(many, f"f{i:04}.bin"), "wb") as f:
                f.write(os.urandom(4096))
        names = sorted(os.listdir(many))
        reg = self.reg("r3")

        def floor_push():
            reg.start()
            return measure([PY, FLOOR, "push-many", reg.addr, "bench", many, "5"])

        def push(binary):
            reg.start()
            return self.oras(binary, "push", f"{reg.host}/bench:many", *names, cwd=many)

        if "W3" in self.a.only:
            load = loadavg()
            limit, rows = self.loop(self.a.runs, floor_push, push)
            report(f"W3 push {n} files of 4 KiB", load, rows, limit,
                   "HEAD+POST+PUT each, 5 connections")
        if "W4" not in self.a.only:
            return
        reg.start()
        self.setup_oras("push", f"{reg.host}/bench:many", *names, cwd=many)
        out = self.p("many-out")

        def floor_pull():
            discard(out)
            return measure([PY, FLOOR, "pull-many", reg.addr, "bench", "many", out, "3"])

        def pull(binary):
            discard(out)
            m = self.oras(binary, "pull", f"{reg.host}/bench:many", "-o", out)
            if len(os.listdir(out)) != n:
                sys.exit("pull wrote the wrong number of files")
            return m

        load = loadavg()
        limit, rows = self.loop(self.a.runs, floor_pull, pull)
        report(f"W4 pull those {n} files", load, rows, limit, "GET each to a file, 3 connections")
        discard(out)

    # ---- W5: a folder ----
    def w5(self):
        import random
        folder = self.p("folder")
        rnd = random.Random(1)
        words = [bytes(rnd.choice(b"abcdefghij ") for _ in range(64)) for _ in range(200)]
        for i in range(2000):
            d = os.path.join(folder, f"d{i % 20:02}")
            os.makedirs(d, exist_ok=True)
            with open(os.path.join(d, f"f{i:04}.txt"), "wb") as f:
                f.write(b"\n".join(rnd.choice(words) for _ in range(64)))
        reg = self.reg("r5")

        def tar_gzip():
            return measure(["sh", "-c", "tar -cf - folder | gzip -6 -n > /dev/null"], cwd=self.work)

        def push(binary):
            reg.start()
            return self.oras(binary, "push", f"{reg.host}/bench:folder", "folder", cwd=self.work)

        load = loadavg()
        limit, rows = self.loop(self.a.runs, tar_gzip, push)
        report("W5 push a folder of 2000 files (tar+gzip)", load, rows, limit,
               "tar | gzip -6, one core")

    # ---- W6, W8: a graph with referrers ----
    def graph(self):
        src = self.reg("src").start()
        g = self.p("graph")
        os.makedirs(g)
        names = []
        for i in range(20):
            names.append(f"b{i:02}.bin")
            with open(os.path.join(g, names[-1]), "wb") as f:
                for _ in range(self.a.blob_mib):
                    f.write(os.urandom(1 << 20))
        self.setup_oras("push", f"{src.host}/graph:bench", *names, cwd=g)
        for i in range(5):
            r = os.path.join(g, f"r{i}.json")
            with open(r, "w") as f:
                f.write('{"referrer": %d}' % i)
            self.setup_oras("attach", "--artifact-type", f"application/vnd.bench.r{i}",
                            f"{src.host}/graph:bench", f"r{i}.json", cwd=g)
        return src

    def w6(self, src):
        dst = self.reg("dst6")

        def floor_copy():
            dst.start()
            return measure([PY, FLOOR, "copy", src.addr, dst.addr, "graph", "bench", "3"])

        def cp(binary):
            dst.start()
            return self.oras(binary, "cp", "-r", f"{src.host}/graph:bench", f"{dst.host}/graph:bench")

        load = loadavg()
        limit, rows = self.loop(self.a.runs, floor_copy, cp)
        report(f"W6 cp -r of 20 x {self.a.blob_mib} MiB blobs + 5 referrers", load, rows, limit,
               "GET->PUT streamed, 3 connections")

    def w8(self, src):
        dst = self.reg("dst8")
        tar = self.p("backup.tar")
        files = self.p("backup-files")

        def floor_both():
            discard(files)
            dst.start()
            b = measure([PY, FLOOR, "backup", src.addr, "graph", "bench", files, "3"])
            settle()
            r = measure([PY, FLOOR, "restore", files, dst.addr, "graph", "5"])
            return b[0] + r[0], b[1] + r[1], max(b[2], r[2])

        def both(binary):
            if os.path.exists(tar):
                os.remove(tar)
            dst.start()
            b = self.oras(binary, "backup", "--output", tar, "--include-referrers",
                          f"{src.host}/graph:bench")
            settle()
            r = self.oras(binary, "restore", "--input", tar, f"{dst.host}/graph:bench")
            return b[0] + r[0], b[1] + r[1], max(b[2], r[2])

        load = loadavg()
        limit, rows = self.loop(self.a.runs, floor_both, both)
        report("W8 backup to a tar + restore into a fresh registry", load, rows, limit,
               "GET to files + POST/PUT from them")

    # ---- W7: start-up ----
    def w7(self):
        n = self.a.calls
        for title, args in [("version", ["version"]), ("--help", ["--help"]),
                            ("completion bash", ["completion", "bash"])]:
            load = loadavg()
            limit, rows = self.loop(self.a.runs, lambda: measure_n(["/bin/true"], n),
                                    lambda b, args=args: measure_n([b, *args], n))
            report(f"W7 oras {title}, per call ({n} calls a run)", load, rows, limit,
                   "spawning /bin/true")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("oras", nargs="?", default="target/release/oras")
    ap.add_argument("--compare", metavar="OTHER_ORAS", help="a second binary, run alternately")
    ap.add_argument("--quick", action="store_true", help="small sizes, one run")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--size", type=int, help="MiB of the W1/W2 file (default 1024)")
    ap.add_argument("--only", default="W1,W2,W3,W4,W5,W6,W7,W8", help="e.g. W2,W4")
    a = ap.parse_args()
    a.only = set(a.only.upper().split(","))
    if a.quick:
        a.runs, a.size, a.files, a.blob_mib, a.calls = 1, a.size or 64, 200, 1, 10
    else:
        a.size, a.files, a.blob_mib, a.calls = a.size or 1024, 1000, 8, 50
    a.oras = os.path.realpath(a.oras)
    if a.compare:
        a.compare = os.path.realpath(a.compare)
    global LOG, RSS_FILE
    b = Bench(a)
    LOG, RSS_FILE = b.p("last.log"), b.p("rss")
    try:
        ver = subprocess.run([a.oras, "version"], capture_output=True, text=True).stdout.split("\n")[0]
        print(f"ours: {a.oras} ({ver})" + (f"\nother: {a.compare}" if a.compare else ""))
        print(f"machine: {os.cpu_count()} cores; load {loadavg():.2f}; runs {a.runs}"
              f"{' (quick)' if a.quick else ''}; figures: median wall [min-max], median cpu, max rss\n")
        if a.only & {"W1", "W2"}:
            b.w1_w2()
        if a.only & {"W3", "W4"}:
            b.w3_w4()
        if "W5" in a.only:
            b.w5()
        if a.only & {"W6", "W8"}:
            src = b.graph()
            if "W6" in a.only:
                b.w6(src)
            if "W8" in a.only:
                b.w8(src)
        if "W7" in a.only:
            b.w7()
    finally:
        b.close()


LOG = RSS_FILE = "/dev/null"
if __name__ == "__main__":
    main()
