"""Rate limits per client on the API's POST endpoints, and in-process counters.

**The check.** Flask-Limiter, which this service used first, resolves on every request
which limits apply (blueprint ancestry, exemptions, decorated, default and meta limits,
the limit string parsed again) and builds its header data afterwards; even for a route
it skips, its hooks run: measured, a third of a vote's CPU time. ``PostLimits`` does the
same check with `limits`, the library under Flask-Limiter: the FEEDBACK_RATE_LIMIT
string (same syntax, e.g. ``30/minute;300/hour``) parsed once, a fixed window per client
address and endpoint, on the storage that RATELIMIT_STORAGE_URI names (``memory://`` or
``redis://host:6379`` when several instances run). A breach gets the API's 429 error;
every limited response carries ``X-RateLimit-Limit``, ``X-RateLimit-Remaining``,
``X-RateLimit-Reset`` and ``Retry-After`` for the tightest limit, as before.

**Counters.** `limits`' own ``memory://`` storage starts a ``threading.Timer`` thread
from ``incr`` whenever the previous one (which runs 10 ms after it starts) has finished,
and that thread walks every key under per-key locks: under load, a thread start every
few requests and a sweep of all clients (measured: 4.5% of a vote's time).
``FixedWindowMemoryStorage`` keeps the same fixed-window semantics (a counter per key
that resets when its window ends) with one lock, expiry checked when a key is read, and
a sweep of expired keys at most once a second, inline. ``memory://`` (the default) uses
it; any other URI goes to `limits` unchanged.
"""

from __future__ import annotations

import math
import threading
import time
from typing import Any

from flask import Flask, g, request
from limits import RateLimitItem, parse_many
from limits.storage import Storage, storage_from_string

from feedback_api.errors import ApiError

SCHEME = "kbmemory"
SWEEP_EVERY = 1.0


class FixedWindowMemoryStorage(Storage):
    STORAGE_SCHEME = [SCHEME]

    def __init__(self, uri: str | None = None, wrap_exceptions: bool = False,
                 **options: float | str | bool) -> None:
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)
        self._lock = threading.Lock()
        self._counters: dict[str, list[float]] = {}  # key -> [count, window end]
        self._next_sweep = 0.0

    @property
    def base_exceptions(self) -> type[Exception] | tuple[type[Exception], ...]:
        return ValueError

    def incr(self, key: str, expiry: int | float, amount: int = 1) -> int:
        now = time.time()
        with self._lock:
            if now >= self._next_sweep:
                self._sweep(now)
            entry = self._counters.get(key)
            if entry is None or entry[1] <= now:
                entry = self._counters[key] = [0, now + expiry]
            entry[0] += amount
            return int(entry[0])

    def get(self, key: str) -> int:
        entry = self._counters.get(key)
        return int(entry[0]) if entry is not None and entry[1] > time.time() else 0

    def get_expiry(self, key: str) -> float:
        now = time.time()
        entry = self._counters.get(key)
        return entry[1] if entry is not None and entry[1] > now else now

    def check(self) -> bool:
        return True

    def reset(self) -> int | None:
        with self._lock:
            count = len(self._counters)
            self._counters.clear()
        return count

    def clear(self, key: str) -> None:
        with self._lock:
            self._counters.pop(key, None)

    def _sweep(self, now: float) -> None:
        expired = [k for k, (_, end) in self._counters.items() if end <= now]
        for key in expired:
            del self._counters[key]
        self._next_sweep = now + SWEEP_EVERY


def storage_uri(configured: str) -> str:
    return f"{SCHEME}://" if configured.rstrip("/") in ("memory:", "memory://") else configured


class PostLimits:
    def __init__(self, app: Flask, spec: str, storage: str, blueprint: str) -> None:
        self.items: list[RateLimitItem] = parse_many(spec)
        self.blueprint = blueprint
        self.enabled = bool(app.config.get("RATELIMIT_ENABLED", True))
        self.storage = storage_from_string(storage_uri(storage))
        app.before_request(self.check)
        app.after_request(self.headers)

    def check(self) -> None:
        if not self.enabled or request.method != "POST" or request.blueprint != self.blueprint:
            return
        client, endpoint = request.remote_addr or "-", request.endpoint or "-"
        storage = self.storage
        tightest: tuple[RateLimitItem, int, str] | None = None
        for item in self.items:
            # a fixed window, as limits' FixedWindowRateLimiter.hit, keeping the count
            key = item.key_for(client, endpoint)
            count = storage.incr(key, item.get_expiry())
            if count > item.amount:
                g.kb_rate = (item, 0, storage.get_expiry(key))
                raise ApiError(429, f"too many requests: limit is {item}")
            if tightest is None or item.amount - count < tightest[1]:
                tightest = (item, item.amount - count, key)
        if tightest is not None:
            item, remaining, key = tightest
            g.kb_rate = (item, remaining, storage.get_expiry(key))

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
