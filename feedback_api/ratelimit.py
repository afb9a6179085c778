"""Rate limits per client on the API's POST endpoints, the same on every worker and host.

Flask-Limiter, which this service used first, resolves on every request which limits
apply (blueprint ancestry, exemptions, decorated, default and meta limits, the limit
string parsed again) and builds its header data afterwards; even for a route it skips,
its hooks run: measured, a third of a vote's CPU time. ``PostLimits`` does the same check
with `limits`, the library under Flask-Limiter: the FEEDBACK_RATE_LIMIT string (same
syntax, e.g. ``30/minute;300/hour``) parsed once, a fixed window per client and endpoint.

The counters live where FEEDBACK_RATE_LIMIT_STORAGE says (``feedback_api/limitstore.py``):

- ``file:///path`` (the default, a file beside the SQLite database or in the instance
  folder): shared by every worker process of the host, so a client gets its limit once
  per host, not once per worker.
- ``redis://host:6379/0``: shared by every host (several instances behind a balancer).
- ``memory://``: this process only (tests; a single-process server).

The client is the address from ``feedback_api/clients.py`` (the peer, or the forwarded
address behind a trusted proxy). A breach gets the API's 429 error; every limited
response carries ``X-RateLimit-Limit``, ``X-RateLimit-Remaining``, ``X-RateLimit-Reset``
and ``Retry-After`` for the tightest limit. If the counter store cannot be reached
(Redis down), the request gets a 503: the widget keeps the vote and sends it again later.
"""

from __future__ import annotations

import math
import os
import time
from typing import Any

from flask import Flask, g
from limits import RateLimitItem, parse_many
from limits.storage import storage_from_string

from feedback_api import limitstore
from feedback_api.errors import ApiError


def storage_uri(configured: str) -> str:
    """The `limits` URI for a configured value (``memory://`` and ``file://`` are ours)."""
    if configured.rstrip("/") in ("memory:", "memory://"):
        return f"{limitstore.MEMORY_SCHEME}://"
    if configured.startswith("file://"):
        return f"{limitstore.FILE_SCHEME}://" + configured[len("file://"):]
    return configured


def default_storage(database_url: str, instance_path: str) -> str:
    """Beside the SQLite database (the workers that share it share the counters), or in
    the instance folder."""
    if database_url.startswith("sqlite:///") and database_url != "sqlite:///:memory:":
        database = database_url[len("sqlite:///"):].split("?", 1)[0]
        return f"file://{os.path.abspath(database)}.rate-limits"  # sqlite:///x is relative
    return f"file://{os.path.abspath(os.path.join(instance_path, 'rate-limits'))}"


class PostLimits:
    def __init__(self, app: Flask, spec: str, storage: str, blueprint: str) -> None:
        self.items: list[RateLimitItem] = parse_many(spec)
        self.blueprint = blueprint
        self.enabled = bool(app.config.get("RATELIMIT_ENABLED", True))
        self.storage = storage_from_string(storage_uri(storage))
        self._hit = getattr(self.storage, "hit", None)
        if self._hit is None and hasattr(self.storage, "lua_incr_expire"):  # Redis
            self._hit = limitstore.redis_hit(self.storage)
        self.logger = app.logger

    def check(self, client: str, endpoint: str) -> None:
        """Count one request of ``client`` on ``endpoint``; 429 when over a limit."""
        if not self.enabled:
            return
        keys = [(item.key_for(client, endpoint), item.get_expiry()) for item in self.items]
        try:
            counts = self._hit(keys) if self._hit is not None else self._hit_each(keys)
        except Exception as exc:  # noqa: BLE001 - Redis down, a broken file: not a 500
            self.logger.warning("rate-limit storage unavailable: %s", exc)
            raise ApiError(503, "the rate-limit store is unavailable; try again shortly "
                                "(FEEDBACK_RATE_LIMIT_STORAGE)") from None
        tightest: tuple[RateLimitItem, int, float] | None = None
        for item, (count, reset) in zip(self.items, counts, strict=True):
            if count > item.amount:
                g.kb_rate = (item, 0, reset)
                raise ApiError(429, f"too many requests: limit is {item}")
            if tightest is None or item.amount - count < tightest[1]:
                tightest = (item, item.amount - count, reset)
        g.kb_rate = tightest

    def _hit_each(self, keys: list[tuple[str, int]]) -> list[tuple[int, float]]:
        # a fixed window, as limits' FixedWindowRateLimiter.hit, keeping the count
        out = []
        for key, expiry in keys:
            count = self.storage.incr(key, expiry)
            out.append((count, self.storage.get_expiry(key)))
        return out

    @staticmethod
    def headers(resp: Any) -> Any:
        rate = g.get("kb_rate")
        if rate is not None:
            item, remaining, reset = rate
            headers = resp.headers  # nothing else sets these: add, no search to replace
            headers.add("X-RateLimit-Limit", str(item.amount))
            headers.add("X-RateLimit-Remaining", str(max(0, int(remaining))))
            headers.add("X-RateLimit-Reset", str(int(reset)))
            headers.add("Retry-After", str(max(0, math.ceil(reset - time.time()))))
        return resp
