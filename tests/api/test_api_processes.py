"""Real server processes: two instances sharing PostgreSQL, and SIGKILL under load."""

from __future__ import annotations

import signal
import threading
import time

import pytest
import requests
from api_helpers import ORIGIN, reset_postgres, start_server, stop
from sqlalchemy import create_engine, func, select

from feedback_api.db import normalize_url, votes


def count_votes(database_url: str) -> int:
    engine = create_engine(normalize_url(database_url))
    with engine.connect() as conn:
        n = conn.execute(select(func.count()).select_from(votes)).scalar_one()
    engine.dispose()
    return int(n)


def vote(i: int, page: str = "orders/track.md") -> dict:
    return {"page": page, "lang": "el", "helpful": i % 3 != 0, "visitor": f"proc-visitor-{i:06d}"}


@pytest.mark.postgres
def test_two_api_processes_sharing_postgresql_both_count(postgres_url, tmp_path):
    reset_postgres(postgres_url)
    a, url_a = start_server(postgres_url, tmp_path)
    b, url_b = start_server(postgres_url, tmp_path)
    try:
        for i in range(40):
            resp = requests.post((url_a if i % 2 else url_b) + "/api/v1/votes", json=vote(i),
                                 headers={"Origin": ORIGIN}, timeout=10)
            assert resp.status_code == 201, resp.text
        # the same visitor through the other instance changes, not adds
        assert requests.post(url_a + "/api/v1/votes", json=vote(0), headers={"Origin": ORIGIN},
                             timeout=10).status_code == 201
    finally:
        stop(a)
        stop(b)
    assert count_votes(postgres_url) == 40


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql",
                                                            marks=pytest.mark.postgres)])
def test_every_acknowledged_vote_survives_sigkill(backend, tmp_path, request):
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'feedback.sqlite3'}"
    else:
        url = request.getfixturevalue("postgres_url")
        reset_postgres(url)
    proc, base = start_server(url, tmp_path, workers=2)
    acknowledged: set[str] = set()
    lock = threading.Lock()
    stop_at = time.time() + 1.5
    counter = iter(range(10**6))

    def sender() -> None:
        session = requests.Session()
        session.headers["Origin"] = ORIGIN
        while time.time() < stop_at + 5:
            i = next(counter)
            try:
                resp = session.post(base + "/api/v1/votes", json=vote(i), timeout=5)
            except requests.RequestException:
                return  # the server is gone
            if resp.status_code == 201:
                with lock:
                    acknowledged.add(resp.json()["vote"]["page"] + vote(i)["visitor"])

    threads = [threading.Thread(target=sender) for _ in range(8)]
    for t in threads:
        t.start()
    time.sleep(1.5)
    stop(proc, signal.SIGKILL)  # master and workers, mid-request
    for t in threads:
        t.join(timeout=30)
    assert len(acknowledged) > 20, "the load did not get going before the kill"
    proc2, _ = start_server(url, tmp_path)
    stop(proc2)
    engine = create_engine(normalize_url(url))
    with engine.connect() as conn:
        stored = {r.page + r.visitor for r in conn.execute(select(votes.c.page, votes.c.visitor))}
    engine.dispose()
    lost = acknowledged - stored
    assert not lost, f"{len(lost)} acknowledged votes were lost"
