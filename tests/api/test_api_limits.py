"""Rate limits per customer: across gunicorn's worker processes, across hosts (Redis), and
the client named by X-Forwarded-For only behind a trusted proxy."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from api_helpers import ORIGIN, start_server, stop

from feedback_api import create_app
from feedback_api.clients import TrustedProxies
from feedback_api.limitstore import SharedFileStorage

LIMIT = "30/minute;300/hour"


def vote(i: int) -> dict:
    return {"page": "orders/track-order.md", "lang": "el", "helpful": i % 2 == 0,
            "visitor": f"limit-visitor-{i:05d}"}


def post_votes(urls: list[str], n: int, forwarded: list[str | None]) -> list[int]:
    """n votes, spread over the servers and 8 concurrent connections; status codes."""
    def one(i: int) -> int:
        headers = {"Origin": ORIGIN}
        if forwarded[i % len(forwarded)]:
            headers["X-Forwarded-For"] = forwarded[i % len(forwarded)]
        return requests.post(urls[i % len(urls)] + "/api/v1/votes", json=vote(i),
                             headers=headers, timeout=30).status_code
    with ThreadPoolExecutor(8) as pool:
        return list(pool.map(one, range(n)))


@pytest.mark.parametrize("workers", [2, 4])
def test_one_client_gets_its_limit_once_across_all_workers(workers, tmp_path):
    proc, url = start_server(f"sqlite:///{tmp_path / 'feedback.sqlite3'}", tmp_path,
                             workers=workers, FEEDBACK_RATE_LIMIT=LIMIT,
                             FEEDBACK_TRUSTED_PROXIES="127.0.0.1")
    try:
        # the reverse proxy (here: the test, on loopback) names one customer 150 times
        codes = post_votes([url], 150, ["203.0.113.5"])
        assert codes.count(201) == 30, codes
        assert set(codes) == {201, 429}
        # 40 other customers through the same proxy: each its own bucket
        codes = post_votes([url], 40, [f"198.51.100.{i}" for i in range(40)])
        assert codes == [201] * 40
    finally:
        stop(proc)


def test_forwarded_addresses_from_an_untrusted_peer_are_ignored(tmp_path):
    proc, url = start_server(f"sqlite:///{tmp_path / 'feedback.sqlite3'}", tmp_path,
                             workers=2, FEEDBACK_RATE_LIMIT=LIMIT)
    try:
        # no trusted proxy configured: 40 invented addresses are one client
        codes = post_votes([url], 40, [f"198.51.100.{i}" for i in range(40)])
        assert codes.count(201) == 30 and codes.count(429) == 10
    finally:
        stop(proc)


def test_two_hosts_sharing_redis_share_the_limit(redis_url, tmp_path):
    # two instances (as on two hosts: each its own database and counter file) with Redis
    servers = [start_server(f"sqlite:///{tmp_path / f'host{i}.sqlite3'}", tmp_path, workers=2,
                            FEEDBACK_RATE_LIMIT=LIMIT, FEEDBACK_TRUSTED_PROXIES="127.0.0.1",
                            FEEDBACK_RATE_LIMIT_STORAGE=redis_url) for i in range(2)]
    try:
        codes = post_votes([u for _, u in servers], 150, ["203.0.113.77"])
        assert codes.count(201) == 30, codes
        codes = post_votes([u for _, u in servers], 40, [f"198.51.100.{i}" for i in range(40)])
        assert codes == [201] * 40
    finally:
        for proc, _ in servers:
            stop(proc)


def test_redis_down_is_a_503_in_the_error_shape(tmp_path):
    app = create_app({"TESTING": True, "DATABASE_URL": f"sqlite:///{tmp_path / 'f.sqlite3'}",
                      "FEEDBACK_RATE_LIMIT_STORAGE": "redis://127.0.0.1:9/0",
                      "FEEDBACK_ALLOWED_ORIGINS": [ORIGIN]})
    try:
        resp = app.test_client().post("/api/v1/votes", json=vote(1), headers={"Origin": ORIGIN})
        assert resp.status_code == 503
        assert resp.get_json()["ok"] is False and "FEEDBACK_RATE_LIMIT_STORAGE" in \
            resp.get_json()["error"]
    finally:
        app.extensions["kb_engine"].dispose()


@pytest.mark.parametrize(("setting", "peer", "forwarded", "client"), [
    ("", "192.0.2.1", "203.0.113.9", "192.0.2.1"),  # nothing trusted: the peer
    ("127.0.0.1", "127.0.0.1", "203.0.113.9", "203.0.113.9"),
    ("127.0.0.1", "192.0.2.1", "203.0.113.9", "192.0.2.1"),  # not through the proxy
    # a client's own X-Forwarded-For is left of what the proxy appended: never reached
    ("10.0.0.0/8", "10.0.0.2", "6.6.6.6, 203.0.113.9, 10.1.2.3", "203.0.113.9"),
    ("10.0.0.0/8,127.0.0.1", "127.0.0.1", "10.9.9.9", "10.9.9.9"),  # all trusted: first
    ("1", "10.0.0.2", "6.6.6.6, 203.0.113.9", "203.0.113.9"),  # a count: that many hops
    ("2", "10.0.0.2", "6.6.6.6, 203.0.113.9, 10.0.0.1", "203.0.113.9"),
    ("2", "10.0.0.2", "203.0.113.9", "10.0.0.2"),  # shorter than the count: the peer
    ("127.0.0.1", "127.0.0.1", "[2001:db8:1:2:3:4:5:6]:443", "2001:db8:1:2::/64"),
    ("127.0.0.1", "127.0.0.1", "unknown", "unknown"),
])
def test_the_client_behind_trusted_proxies(setting, peer, forwarded, client):
    assert TrustedProxies.parse(setting).client(peer, forwarded) == client


def test_a_bad_trusted_proxies_setting_stops_the_start(tmp_path):
    from feedback_api.config import ConfigError, from_env

    with pytest.raises(ConfigError, match="FEEDBACK_TRUSTED_PROXIES: 'proxy.local' is neither"):
        from_env(str(tmp_path), {"FEEDBACK_TRUSTED_PROXIES": "10.0.0.1, proxy.local"})
    with pytest.raises(ConfigError, match="FEEDBACK_RATE_LIMIT_STORAGE: 'memcached://x'"):
        from_env(str(tmp_path), {"FEEDBACK_RATE_LIMIT_STORAGE": "memcached://x"})
    with pytest.raises(ConfigError, match="FEEDBACK_RATE_LIMIT: 'lots' is not a limit"):
        from_env(str(tmp_path), {"FEEDBACK_RATE_LIMIT": "lots"})


def test_the_counter_file_keeps_counts_and_forgets_the_oldest_when_full(tmp_path):
    path = tmp_path / "limits"
    store = SharedFileStorage(f"kbfile://{path}?slots=32")
    other = SharedFileStorage(f"kbfile://{path}")  # another process's view: the same file
    assert other.slots == 32
    assert [store.hit([("a", 60)])[0][0] for _ in range(3)] == [1, 2, 3]
    assert other.hit([("a", 60), ("b", 1)])[0][0] == 4
    for i in range(40):  # more keys than slots: the table keeps its size
        store.hit([(f"k{i}", 600)])
    assert path.stat().st_size == 64 + 32 * 32
    assert store.get("k39") == 1
    store.clear("k39")
    assert store.get("k39") == 0


def test_the_default_counter_file_sits_beside_the_database(tmp_path, monkeypatch):
    from feedback_api.ratelimit import default_storage

    monkeypatch.chdir(tmp_path)
    assert default_storage("sqlite:///feedback.sqlite3", "/srv/instance") == \
        f"file://{tmp_path}/feedback.sqlite3.rate-limits"  # a relative database path
    assert default_storage("sqlite:////var/lib/kb/f.sqlite3", "/i") == \
        "file:///var/lib/kb/f.sqlite3.rate-limits"
    assert default_storage("postgresql://kb@db/feedback", "/srv/instance") == \
        "file:///srv/instance/rate-limits"
    app = create_app({"TESTING": True, "DATABASE_URL": "sqlite:///feedback.sqlite3",
                      "FEEDBACK_ALLOWED_ORIGINS": [ORIGIN]})
    try:
        resp = app.test_client().post("/api/v1/votes", json=vote(1), headers={"Origin": ORIGIN})
        assert resp.status_code == 201 and resp.headers["X-RateLimit-Remaining"] == "29"
        assert (tmp_path / "feedback.sqlite3.rate-limits").stat().st_size > 4_000_000
    finally:
        app.extensions["kb_engine"].dispose()
