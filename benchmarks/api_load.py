#!/usr/bin/env python3
"""Feedback API throughput: votes/s and p50/p99 latency at 32 concurrent clients.

Runs on loopback, each under gunicorn with 2 workers (loaded one at a time, in
alternating rounds):
  1. a bare Flask endpoint inserting into SQLite (WAL, synchronous=FULL): the anchor,
  2. kbgen's feedback API on SQLite (same durability, all protections on: the rate limits
     counted in the counter file both workers share, the Origin check, the site manifest
     of 50 pages every vote is checked against, redaction),
  3. kbgen's feedback API on PostgreSQL (a throwaway server started here),
  4. with --redis, kbgen on SQLite with its rate limits in a throwaway redis-server,
and prints the figures and the ratio of each to the anchor. The load generator is
wrk (Debian's `wrk` package; `bash scripts/dev.sh bench` installs it) with a Lua script
that posts votes with a new visitor id each time, over keep-alive connections; without
wrk, a Python thread pool does the same (it needs much more CPU than wrk and shares the
two cores with the server, so its absolute figures are lower; the ratio is the figure).

    .venv/bin/python benchmarks/api_load.py [--seconds 10] [--rounds 3] [--clients 32]
                                            [--no-postgres] [--redis] [--generator wrk|python]
"""

from __future__ import annotations

import argparse
import glob
import http.client
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORIGIN = "https://help.example.com"
PAGES = 50  # orders/article-<n>.md, in the manifest the kbgen servers check votes against
BARE_APP = textwrap.dedent('''
    import json, sqlite3, threading
    from flask import Flask, request
    app = Flask(__name__)
    local = threading.local()
    def db():
        if not hasattr(local, "c"):
            local.c = sqlite3.connect(DB, timeout=30, check_same_thread=False)
            local.c.execute("PRAGMA journal_mode=WAL")
            local.c.execute("PRAGMA synchronous=FULL")
            local.c.execute("CREATE TABLE IF NOT EXISTS votes (id INTEGER PRIMARY KEY, "
                            "page TEXT, lang TEXT, helpful INT, visitor TEXT)")
        return local.c
    @app.post("/api/v1/votes")
    def vote():
        d = request.get_json()
        c = db()
        with c:
            c.execute("INSERT INTO votes (page, lang, helpful, visitor) VALUES (?,?,?,?)",
                      (d["page"], d["lang"], int(d["helpful"]), d["visitor"]))
        return json.dumps({"ok": True}), 201, {"Content-Type": "application/json"}
    @app.get("/healthz")
    def health():
        return "ok"
''')


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait(port: int, proc: subprocess.Popen) -> None:
    for _ in range(200):
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {proc.stdout.read().decode()[-2000:]}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            conn.request("GET", "/healthz")
            if conn.getresponse().status < 500:
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("server did not start")


def serve(app: str, env: dict[str, str], cwd: Path) -> tuple[subprocess.Popen, int]:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-w", "2", "-k", "gthread", "--threads", "8",
         "-b", f"127.0.0.1:{port}", "--log-level", "warning", app],
        cwd=cwd, env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        start_new_session=True)
    wait(port, proc)
    return proc, port


def load(port: int, seconds: float, clients: int) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop = time.perf_counter() + seconds

    def client(n: int) -> None:
        nonlocal errors
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        mine, bad, i = [], 0, 0
        while time.perf_counter() < stop:
            i += 1
            body = json.dumps({"page": f"orders/article-{i % 50}.md", "lang": "el",
                               "helpful": i % 3 != 0, "visitor": f"load-{n:03d}-{i:07d}"})
            t0 = time.perf_counter()
            try:
                conn.request("POST", "/api/v1/votes", body,
                             {"Content-Type": "application/json", "Origin": ORIGIN})
                resp = conn.getresponse()
                resp.read()
                ok = resp.status == 201
            except OSError:
                ok = False
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            if ok:
                mine.append(time.perf_counter() - t0)
            else:
                bad += 1
        with lock:
            latencies.extend(mine)
            errors += bad

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    latencies.sort()
    q = statistics.quantiles(latencies, n=100) if len(latencies) > 100 else [0.0] * 99
    return {"rps": len(latencies) / elapsed, "p50": q[49] * 1000, "p99": q[98] * 1000,
            "errors": errors}


WRK_SCRIPT = textwrap.dedent('''
    -- POST /api/v1/votes with a new visitor id on every request (so every vote is an
    -- insert), 50 pages, 2 of 3 votes helpful; prints one JSON line at the end.
    local threads = {}
    function setup(thread)
        table.insert(threads, thread)
        thread:set("tid", #threads)
    end
    local n, run = 0, "0"
    function init(args)
        run = args[1] or "0"  -- a new run id for each run: its votes are new rows too
    end
    local headers = {["Content-Type"] = "application/json", ["Origin"] = "https://help.example.com"}
    function request()
        n = n + 1
        local body = string.format(
            '{"page":"orders/article-%d.md","lang":"el","helpful":%s,"visitor":"wrk-%s-%02d-%010d"}',
            n % 50, (n % 3 ~= 0) and "true" or "false", run, tid, n)
        return wrk.format("POST", "/api/v1/votes", headers, body)
    end
    function done(summary, latency, requests)
        local e = summary.errors
        io.write(string.format(
            'RESULT {"requests":%d,"duration_us":%d,"p50_us":%d,"p99_us":%d,"errors":%d}\\n',
            summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
            e.status + e.connect + e.read + e.write + e.timeout))
    end
''')


def load_wrk(port: int, seconds: float, clients: int, script: Path) -> dict[str, float]:
    out = subprocess.run(
        ["wrk", "-t", "2", "-c", str(clients), "-d", f"{seconds:g}s", "--timeout", "10s",
         "-s", str(script), f"http://127.0.0.1:{port}/", "--", f"{time.time_ns() % 10**9}"],
        check=True, capture_output=True, text=True).stdout
    line = next(x for x in out.splitlines() if x.startswith("RESULT "))
    r = json.loads(line[len("RESULT "):])
    ok = r["requests"] - r["errors"]
    return {"rps": ok / (r["duration_us"] / 1e6), "p50": r["p50_us"] / 1000,
            "p99": r["p99_us"] / 1000, "errors": r["errors"]}


def start_postgres(tmp: Path) -> tuple[str, callable]:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        raise RuntimeError("PostgreSQL not installed")
    bin_dir = Path(found[-1]).parent
    root = tmp / "pg"
    root.mkdir()
    owner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if os.geteuid() == 0:
        os.chmod(tmp, 0o755)  # the postgres user must reach its data folder
        shutil.chown(root, "postgres", "postgres")
    port = free_port()
    subprocess.run([*owner, str(bin_dir / "initdb"), "-D", str(root / "data"), "-U", "kb",
                    "-A", "trust", "--no-locale", "-E", "UTF8"], check=True, capture_output=True)
    subprocess.run([*owner, str(bin_dir / "pg_ctl"), "-D", str(root / "data"), "-l",
                    str(root / "log"), "-w", "-o", f"-p {port} -k {root} -c fsync=on "
                    "-c max_connections=200", "start"], check=True, capture_output=True)
    subprocess.run([str(bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "kb",
                    "feedback"], check=True, capture_output=True)

    def stop() -> None:
        subprocess.run([*owner, str(bin_dir / "pg_ctl"), "-D", str(root / "data"), "-m",
                        "fast", "stop"], capture_output=True)
    return f"postgresql://kb@127.0.0.1:{port}/feedback", stop


def write_manifest(path: Path) -> None:
    pages = [{"path": f"orders/article-{n}.md", "language": "el", "revision": "",
              "title": f"Article {n}", "url": f"el/orders/article-{n}/", "fallback": False}
             for n in range(PAGES)]
    path.write_text(json.dumps({"schema_version": 1, "site_url": ORIGIN + "/",
                                "languages": ["el"], "pages": pages}))


def start_redis(tmp: Path) -> tuple[str, callable]:
    port = free_port()
    proc = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1",
                             "--save", "", "--appendonly", "no", "--dir", str(tmp),
                             "--logfile", str(tmp / "redis.log")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            time.sleep(0.05)

    def stop() -> None:
        proc.terminate()
        proc.wait(timeout=10)
    return f"redis://127.0.0.1:{port}/0", stop


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--clients", type=int, default=32)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--no-postgres", action="store_true")
    ap.add_argument("--redis", action="store_true",
                    help="also kbgen on SQLite with its rate limits in Redis")
    ap.add_argument("--generator", choices=["wrk", "python"],
                    default="wrk" if shutil.which("wrk") else "python")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kbgen-api-load-"))
    results: dict[str, dict[str, float]] = {}
    stop_pg = stop_redis = None
    try:
        (tmp / "bare.py").write_text(f"DB = {str(tmp / 'bare.sqlite3')!r}\n" + BARE_APP)
        write_manifest(tmp / "kb-pages.json")
        (tmp / "votes.lua").write_text(WRK_SCRIPT)
        if args.generator == "wrk":
            def run_load(port: int, seconds: float) -> dict[str, float]:
                return load_wrk(port, seconds, args.clients, tmp / "votes.lua")
        else:
            def run_load(port: int, seconds: float) -> dict[str, float]:
                return load(port, seconds, args.clients)
        runs = [("bare Flask + SQLite (anchor)", "bare:app", {}, tmp),
                ("kbgen API, SQLite", "feedback_api.wsgi:app",
                 {"DATABASE_URL": f"sqlite:///{tmp / 'kb.sqlite3'}",
                  "FEEDBACK_RATE_LIMIT_STORAGE": f"file://{tmp / 'kb.rate-limits'}"}, ROOT)]
        if not args.no_postgres:
            url, stop_pg = start_postgres(tmp)
            runs.append(("kbgen API, PostgreSQL", "feedback_api.wsgi:app",
                         {"DATABASE_URL": url,
                          "FEEDBACK_RATE_LIMIT_STORAGE": f"file://{tmp / 'pg.rate-limits'}"},
                         ROOT))
        if args.redis:
            redis_url, stop_redis = start_redis(tmp)
            runs.append(("kbgen API, SQLite, Redis limits", "feedback_api.wsgi:app",
                         {"DATABASE_URL": f"sqlite:///{tmp / 'kb-redis.sqlite3'}",
                          "FEEDBACK_RATE_LIMIT_STORAGE": redis_url}, ROOT))
        servers: dict[str, tuple[subprocess.Popen, int]] = {}
        try:
            for label, app, env, cwd in runs:
                env = {**env, "FEEDBACK_RATE_LIMIT": "1000000/minute;10000000/hour",
                       "FEEDBACK_ALLOWED_ORIGINS": ORIGIN,
                       "FEEDBACK_SITE_MANIFEST": str(tmp / "kb-pages.json"),
                       "FEEDBACK_ADMIN_TOKEN": "benchmark-token-0123456789"}
                servers[label] = serve(app, env, cwd)
            for _, port in servers.values():
                run_load(port, 2)  # warm up
            # Rounds alternate between the servers (all started, only one loaded at a
            # time), so a slow spell on the machine does not land on one server only;
            # the median round of each is reported.
            rounds: dict[str, list[dict[str, float]]] = {label: [] for label in servers}
            for _ in range(args.rounds):
                for label, (_, port) in servers.items():
                    rounds[label].append(run_load(port, args.seconds))
            for label, got in rounds.items():
                got.sort(key=lambda r: r["rps"])
                results[label] = got[len(got) // 2]
                results[label]["rounds"] = [f"{r['rps']:.0f}/{r['p99']:.0f}" for r in got]
        finally:
            for proc, _ in servers.values():
                os.killpg(proc.pid, signal.SIGTERM)
            for proc, _ in servers.values():
                proc.wait(timeout=20)
    finally:
        if stop_pg:
            stop_pg()
        if stop_redis:
            stop_redis()
        shutil.rmtree(tmp, ignore_errors=True)
    anchor = results["bare Flask + SQLite (anchor)"]["rps"]
    print(f"{'server':<32} {'votes/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} "
          f"{'vs anchor':>10}  each round: votes/s / p99 ms")
    for label, r in results.items():
        print(f"{label:<32} {r['rps']:>9.0f} {r['p50']:>8.1f} {r['p99']:>8.1f} "
              f"{r['errors']:>7.0f} {r['rps'] / anchor:>9.0%}  {' '.join(r['rounds'])}")
    print(f"\n{args.clients} clients ({args.generator}), median of {args.rounds} rounds of "
          f"{args.seconds:g} s, gunicorn 2 workers x 8 threads; kbgen with two rate limits per "
          "vote in the storage named, the Origin check and a 50-page site manifest; goal: "
          ">= 80% of the anchor with p99 < 50 ms")
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
          f"({os.cpu_count()} cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
