#!/usr/bin/env python3
"""Floor clients of the benchmark: plain keep-alive HTTP clients (stdlib http.client and
threads) doing the requests a workload needs and nothing else. A reference for what the
registry allows on this machine, not a proof of the limit.

  floor.py push-many HOST REPO DIR CONNS      HEAD+POST+PUT per file, then the manifest
  floor.py pull-many HOST REPO TAG OUT CONNS  GET the manifest, GET every layer into a file
  floor.py copy SRC DST REPO TAG CONNS        the graph (manifests, blobs, referrers) GET->PUT
  floor.py backup HOST REPO TAG OUT CONNS     the graph into files under OUT
  floor.py restore OUT HOST REPO CONNS        those files back: blobs POST+PUT, manifests PUT
"""
import hashlib
import http.client
import json
import os
import queue
import sys
import threading

MANIFEST_TYPES = (
    "application/vnd.oci.image.manifest.v1+json,application/vnd.oci.image.index.v1+json,"
    "application/vnd.docker.distribution.manifest.v2+json"
)
CHUNK = 1 << 20


class Pool:
    """One keep-alive connection per thread."""

    def __init__(self, host):
        self.host = host
        self.local = threading.local()

    def conn(self):
        c = getattr(self.local, "c", None)
        if c is None:
            c = self.local.c = http.client.HTTPConnection(self.host, blocksize=CHUNK)
        return c

    def request(self, method, path, body=None, headers=None, keep=False):
        c = self.conn()
        c.request(method, path, body=body, headers=headers or {})
        r = c.getresponse()
        if keep:
            return r
        data = r.read()
        return r.status, r.getheader("Location"), data


def run_threads(n, jobs, work):
    q = queue.Queue()
    for j in jobs:
        q.put(j)
    errors = []

    def loop():
        while True:
            try:
                j = q.get_nowait()
            except queue.Empty:
                return
            try:
                work(j)
            except Exception as e:  # noqa: BLE001 - reported below
                errors.append(e)
                return

    ts = [threading.Thread(target=loop) for _ in range(n)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    if errors:
        raise errors[0]


def upload(pool, repo, digest, body, size):
    """POST then PUT ?digest= (body: bytes or an iterable of chunks of `size` bytes)."""
    st, loc, _ = pool.request("POST", f"/v2/{repo}/blobs/uploads/")
    assert st == 202, st
    sep = "&" if "?" in loc else "?"
    loc = loc.split("://", 1)[-1].split("/", 1)[-1] if "://" in loc else loc.lstrip("/")
    hdr = {"Content-Type": "application/octet-stream", "Content-Length": str(size)}
    st, _, _ = pool.request("PUT", f"/{loc}{sep}digest={digest}", body=body, headers=hdr)
    assert st == 201, st


def push_many(host, repo, folder, conns):
    pool = Pool(host)
    names = sorted(os.listdir(folder))
    layers = [None] * len(names)

    def one(i):
        data = open(os.path.join(folder, names[i]), "rb").read()
        d = "sha256:" + hashlib.sha256(data).hexdigest()
        layers[i] = {
            "mediaType": "application/vnd.oci.image.layer.v1.tar",
            "digest": d,
            "size": len(data),
            "annotations": {"org.opencontainers.image.title": names[i]},
        }
        st, _, _ = pool.request("HEAD", f"/v2/{repo}/blobs/{d}")
        if st != 200:
            upload(pool, repo, d, data, len(data))

    run_threads(conns, range(len(names)), one)
    config = b"{}"
    cd = "sha256:" + hashlib.sha256(config).hexdigest()
    if pool.request("HEAD", f"/v2/{repo}/blobs/{cd}")[0] != 200:
        upload(pool, repo, cd, config, len(config))
    put_manifest(pool, repo, "many", {
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "artifactType": "application/vnd.unknown.artifact.v1",
        "config": {"mediaType": "application/vnd.oci.empty.v1+json", "digest": cd, "size": 2},
        "layers": layers,
    })


def put_manifest(pool, repo, ref, manifest, raw=None):
    raw = raw or json.dumps(manifest).encode()
    st, _, _ = pool.request("PUT", f"/v2/{repo}/manifests/{ref}", body=raw,
                            headers={"Content-Type": manifest["mediaType"]})
    assert st == 201, st


def get_manifest(pool, repo, ref):
    r = pool.request("GET", f"/v2/{repo}/manifests/{ref}", headers={"Accept": MANIFEST_TYPES},
                     keep=True)
    raw = r.read()
    assert r.status == 200, (r.status, ref)
    return raw


def pull_many(host, repo, tag, out, conns):
    pool = Pool(host)
    m = json.loads(get_manifest(pool, repo, tag))
    os.makedirs(out, exist_ok=True)

    def one(layer):
        r = pool.request("GET", f"/v2/{repo}/blobs/{layer['digest']}", keep=True)
        data = r.read()
        assert r.status == 200
        assert hashlib.sha256(data).hexdigest() == layer["digest"][7:]
        with open(os.path.join(out, layer["annotations"]["org.opencontainers.image.title"]), "wb") as f:
            f.write(data)

    run_threads(conns, m["layers"], one)


def graph(pool, repo, tag):
    """Every manifest (children first, each as (digest, media type, bytes, tag or None)) and
    blob of the tag and its referrers: from the referrers API, else from the tag schema's
    `sha256-<hex>` index, which is copied too (docker-registry 2.8 has no referrers API)."""
    manifests, blobs, seen = [], [], set()

    def walk(ref):
        raw = get_manifest(pool, repo, ref)
        d = "sha256:" + hashlib.sha256(raw).hexdigest()
        if d in seen:
            return d
        seen.add(d)
        m = json.loads(raw)
        for c in m.get("manifests", []):
            walk(c["digest"])
        for b in [m.get("config")] + m.get("layers", []):
            if b and b["digest"] not in seen:
                seen.add(b["digest"])
                blobs.append(b)
        manifests.append((d, m["mediaType"], raw, None))
        r = pool.request("GET", f"/v2/{repo}/referrers/{d}", keep=True)
        body = r.read()
        if r.status != 200:
            index_tag = "sha256-" + d[7:]
            r = pool.request("GET", f"/v2/{repo}/manifests/{index_tag}",
                             headers={"Accept": MANIFEST_TYPES}, keep=True)
            body = r.read()
            if r.status == 200:
                manifests.append(("sha256:" + hashlib.sha256(body).hexdigest(),
                                  json.loads(body)["mediaType"], body, index_tag))
        if r.status == 200:
            for c in json.loads(body).get("manifests", []):
                walk(c["digest"])
        return d

    root = walk(tag)
    return manifests, blobs, root


def put_all(pool, repo, manifests, root, tag):
    """The manifests children first; the root under `tag`, tag-schema indexes last."""
    for d, mt, raw, index_tag in manifests:
        if index_tag is None:
            put_manifest(pool, repo, tag if d == root else d, {"mediaType": mt}, raw)
    for d, mt, raw, index_tag in manifests:
        if index_tag is not None:
            put_manifest(pool, repo, index_tag, {"mediaType": mt}, raw)


def copy(src, dst, repo, tag, conns):
    sp, dp = Pool(src), Pool(dst)
    manifests, blobs, root = graph(sp, repo, tag)

    def one(b):
        r = sp.request("GET", f"/v2/{repo}/blobs/{b['digest']}", keep=True)
        assert r.status == 200

        def body():
            while True:
                c = r.read(CHUNK)
                if not c:
                    return
                yield c

        upload(dp, repo, b["digest"], body(), b["size"])

    run_threads(conns, blobs, one)
    put_all(dp, repo, manifests, root, tag)


def backup(host, repo, tag, out, conns):
    pool = Pool(host)
    manifests, blobs, root = graph(pool, repo, tag)
    os.makedirs(os.path.join(out, "blobs"), exist_ok=True)

    def one(b):
        r = pool.request("GET", f"/v2/{repo}/blobs/{b['digest']}", keep=True)
        assert r.status == 200
        h = hashlib.sha256()
        with open(os.path.join(out, "blobs", b["digest"][7:]), "wb") as f:
            while True:
                c = r.read(CHUNK)
                if not c:
                    break
                h.update(c)
                f.write(c)
        assert h.hexdigest() == b["digest"][7:]

    run_threads(conns, blobs, one)
    with open(os.path.join(out, "manifests.json"), "w") as f:
        json.dump({"root": root, "manifests": [[d, mt, raw.decode(), t]
                                                for d, mt, raw, t in manifests]}, f)


def restore(out, host, repo, conns):
    pool = Pool(host)
    names = os.listdir(os.path.join(out, "blobs"))

    def one(hexd):
        p = os.path.join(out, "blobs", hexd)
        size = os.path.getsize(p)
        with open(p, "rb") as f:
            upload(pool, repo, "sha256:" + hexd, f, size)

    run_threads(conns, names, one)
    saved = json.load(open(os.path.join(out, "manifests.json")))
    manifests = [(d, mt, raw.encode(), t) for d, mt, raw, t in saved["manifests"]]
    put_all(pool, repo, manifests, saved["root"], "bench")


def main(argv):
    cmd, args = argv[1], argv[2:]
    if cmd == "push-many":
        push_many(args[0], args[1], args[2], int(args[3]))
    elif cmd == "pull-many":
        pull_many(args[0], args[1], args[2], args[3], int(args[4]))
    elif cmd == "copy":
        copy(args[0], args[1], args[2], args[3], int(args[4]))
    elif cmd == "backup":
        backup(args[0], args[1], args[2], args[3], int(args[4]))
    elif cmd == "restore":
        restore(args[0], args[1], args[2], int(args[3]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
