#!/usr/bin/env python3
"""Rate-limit counter stores shared by a host's workers: the file kbgen uses, and SQLite.

Two processes of 8 threads each (gunicorn's shape) count the two limits of a vote
(``30/minute;300/hour``) for one client, 3,000 times per process; prints hits/s and the
p99 of one hit. The SQLite store is the obvious alternative: one table, WAL,
``synchronous=OFF``, one ``BEGIN IMMEDIATE`` upsert per hit.

    .venv/bin/python benchmarks/rate_limit_store.py
"""

from __future__ import annotations

import multiprocessing as mp
import os
import sqlite3
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from feedback_api.limitstore import SharedFileStorage  # noqa: E402

HITS = 3000
THREADS = 8
KEYS = [("LIMITER/198.51.100.7/api.post_vote/30/1/minute", 60),
        ("LIMITER/198.51.100.7/api.post_vote/300/1/hour", 3600)]


class SqliteStore:
    def __init__(self, path: str) -> None:
        self.path = path
        self.local = threading.local()

    def conn(self) -> sqlite3.Connection:
        c = getattr(self.local, "c", None)
        if c is None:
            c = self.local.c = sqlite3.connect(self.path, timeout=30, isolation_level=None,
                                               check_same_thread=False)
            c.execute("PRAGMA journal_mode=WAL")
            c.execute("PRAGMA synchronous=OFF")
            c.execute("CREATE TABLE IF NOT EXISTS c (k TEXT PRIMARY KEY, n INT, e REAL)")
        return c

    def hit(self, keys: list[tuple[str, int]]) -> list[tuple[int, float]]:
        c, now, out = self.conn(), time.time(), []
        c.execute("BEGIN IMMEDIATE")
        for key, expiry in keys:
            out.append(c.execute(
                "INSERT INTO c VALUES (?, 1, ?) ON CONFLICT(k) DO UPDATE SET "
                "n = CASE WHEN e > ? THEN n + 1 ELSE 1 END, "
                "e = CASE WHEN e > ? THEN e ELSE ? END RETURNING n, e",
                (key, now + expiry, now, now, now + expiry)).fetchone())
        c.execute("COMMIT")
        return out


def worker(kind: str, path: str, queue: mp.Queue) -> None:
    store = SharedFileStorage(f"kbfile://{path}") if kind == "file" else SqliteStore(path)
    latencies: list[float] = []

    def run() -> None:
        for _ in range(HITS // THREADS):
            t0 = time.perf_counter()
            store.hit(KEYS)
            latencies.append(time.perf_counter() - t0)

    threads = [threading.Thread(target=run) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    queue.put(latencies)


def main() -> int:
    for kind in ("file", "sqlite"):
        path = os.path.join(tempfile.mkdtemp(prefix="kbgen-rl-"), "store")
        if kind == "sqlite":
            SqliteStore(path).conn()
        queue: mp.Queue = mp.Queue()
        start = time.perf_counter()
        procs = [mp.Process(target=worker, args=(kind, path, queue)) for _ in range(2)]
        for p in procs:
            p.start()
        latencies = queue.get() + queue.get()
        for p in procs:
            p.join()
        elapsed = time.perf_counter() - start
        latencies.sort()
        print(f"{kind:<7} {len(latencies) / elapsed:>9,.0f} hits/s   "
              f"p99 {latencies[int(len(latencies) * 0.99)] * 1000:.2f} ms")
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
          f"({os.cpu_count()} cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
