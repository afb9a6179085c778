"""Counter stores for the rate limits: one host's workers share a file, hosts share Redis.

**file://** (the default): a fixed-size hash table of fixed-window counters in a file that
every worker process of the host maps into memory (``mmap``). An update takes the
process's own lock and then an exclusive ``flock`` on the file, so two workers never
count the same hit twice or lose one; nothing is flushed to disk (a counter that dies
with the machine is harmless). Each slot is 32 bytes: a 16-byte hash of the key, the
count and the end of its window. A key lives in the first free or expired slot of its
probe run (at most ``PROBE`` slots from its home slot); when all of them hold live
counters, the one whose window ends first is reused: under a flood of distinct clients
the table forgets the clients closest to being forgiven anyway, and its size (and the
memory it takes) stays fixed. A lookup stops at a slot never used, which stays so: slots
are only ever overwritten, never emptied.

**memory://**: counters in the process only (tests, a single process). `limits`' own
``memory://`` storage starts a ``threading.Timer`` thread from ``incr`` every few
requests and sweeps every key under per-key locks (measured: 4.5% of a vote's time);
this one checks expiry when a key is read and sweeps at most once a second, inline.

Both answer ``hit``: every limit of a request counted under one lock, each with the end
of its window, which the rate-limit check uses instead of one ``incr`` and one
``get_expiry`` per limit. For Redis, ``redis_hit`` does the same in one script: one round
trip per request instead of two per limit (measured: 59% of the anchor's votes/s with
`limits`' calls, see dev/feedback-api.md). Any other URI goes to `limits` unchanged.
"""

from __future__ import annotations

import ctypes
import fcntl
import hashlib
import mmap
import os
import struct
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from limits.storage import Storage

MEMORY_SCHEME = "kbmemory"
FILE_SCHEME = "kbfile"
SWEEP_EVERY = 1.0

_MAGIC = b"KBRATE01"
_HEADER = struct.Struct("<8sQ")  # magic, slot count
_HEADER_SIZE = 64
_SLOT = struct.Struct("<16sqd")  # key hash, count, window end (epoch seconds)
_EMPTY = bytes(16)
PROBE = 32
DEFAULT_SLOTS = 1 << 17  # 4 MB: every limit of ~30,000 clients at once


class FixedWindowMemoryStorage(Storage):
    """Fixed-window counters in this process only."""

    STORAGE_SCHEME = [MEMORY_SCHEME]

    def __init__(self, uri: str | None = None, wrap_exceptions: bool = False,
                 **options: float | str | bool) -> None:
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)
        self._lock = threading.Lock()
        self._counters: dict[str, list[float]] = {}  # key -> [count, window end]
        self._next_sweep = 0.0

    @property
    def base_exceptions(self) -> type[Exception] | tuple[type[Exception], ...]:
        return ValueError

    def hit(self, keys: list[tuple[str, int]]) -> list[tuple[int, float]]:
        now = time.time()
        out = []
        with self._lock:
            if now >= self._next_sweep:
                self._sweep(now)
            for key, expiry in keys:
                entry = self._counters.get(key)
                if entry is None or entry[1] <= now:
                    entry = self._counters[key] = [0, now + expiry]
                entry[0] += 1
                out.append((int(entry[0]), entry[1]))
        return out

    def incr(self, key: str, expiry: int | float, amount: int = 1) -> int:
        now = time.time()
        with self._lock:
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


class SharedFileStorage(Storage):
    """Fixed-window counters in a memory-mapped file shared by the processes of a host.

    URI: ``kbfile:///path/to/file`` (``file://`` in the configuration), optionally
    ``?slots=N`` (a power of two; the file is created with it and keeps it).
    """

    STORAGE_SCHEME = [FILE_SCHEME]

    def __init__(self, uri: str | None = None, wrap_exceptions: bool = False,
                 **options: float | str | bool) -> None:
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)
        parts = urlsplit(uri or "")
        self.path = unquote(parts.path)
        if not self.path:
            raise ValueError(f"{uri}: expected file:///path/to/counters")
        wanted = int(parse_qs(parts.query).get("slots", [str(DEFAULT_SLOTS)])[0])
        if wanted < PROBE or wanted & (wanted - 1):
            raise ValueError(f"{uri}: slots must be a power of two >= {PROBE}")
        self._wanted = wanted
        self._lock = threading.Lock()
        self._pid = 0
        self._fd = -1
        self._map: Any = None
        self.slots = 0
        self._open()

    @property
    def base_exceptions(self) -> type[Exception] | tuple[type[Exception], ...]:
        return OSError

    def _open(self) -> None:
        """Open (creating it at the full size) and map the file; once per process, so
        that a forked worker takes its own ``flock`` instead of sharing its parent's."""
        if self._map is not None:
            self._map.close()
            os.close(self._fd)
        os.makedirs(os.path.dirname(os.path.abspath(self.path)), exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                size = os.fstat(fd).st_size
                if size < _HEADER_SIZE:
                    os.ftruncate(fd, _HEADER_SIZE + self._wanted * _SLOT.size)
                    os.pwrite(fd, _HEADER.pack(_MAGIC, self._wanted), 0)
                magic, slots = _HEADER.unpack(os.pread(fd, _HEADER.size, 0))
                if magic != _MAGIC or slots < PROBE or slots & (slots - 1) or \
                        os.fstat(fd).st_size < _HEADER_SIZE + slots * _SLOT.size:
                    raise ValueError(f"{self.path}: not a rate-limit counter file (remove it "
                                     "or choose another path)")
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
            self._map = mmap.mmap(fd, _HEADER_SIZE + slots * _SLOT.size)
        except BaseException:
            os.close(fd)
            raise
        self._fd, self.slots, self._pid = fd, slots, os.getpid()

    def _locked(self) -> _FileLock:
        if self._pid != os.getpid():
            self._open()
        return _FileLock(self._lock, self._fd)

    def _find(self, digest: bytes, now: float) -> tuple[int, bool]:
        """(offset of the key's slot, found): the key's own slot, or the slot to take."""
        mask = self.slots - 1
        home = int.from_bytes(digest[:8], "little") & mask
        mem = self._map
        free = -1
        oldest, oldest_end = -1, float("inf")
        for i in range(PROBE):
            off = _HEADER_SIZE + ((home + i) & mask) * _SLOT.size
            h, _count, end = _SLOT.unpack_from(mem, off)
            if h == digest:
                return off, True
            if h == _EMPTY:
                return (free if free >= 0 else off), False
            if end <= now:
                if free < 0:
                    free = off
            elif free < 0 and end < oldest_end:
                oldest, oldest_end = off, end
        return (free if free >= 0 else oldest), False

    def hit(self, keys: list[tuple[str, int]]) -> list[tuple[int, float]]:
        digests = [(_digest(k), e) for k, e in keys]
        out = []
        with self._locked():
            now = time.time()
            mem = self._map
            for digest, expiry in digests:
                off, found = self._find(digest, now)
                count, end = 0, now + expiry
                if found:
                    _, old, old_end = _SLOT.unpack_from(mem, off)
                    if old_end > now:
                        count, end = old, old_end
                count += 1
                _SLOT.pack_into(mem, off, digest, count, end)
                out.append((count, end))
        return out

    def incr(self, key: str, expiry: int | float, amount: int = 1) -> int:
        digest = _digest(key)
        with self._locked():
            now = time.time()
            off, found = self._find(digest, now)
            count, end = 0, now + expiry
            if found:
                _, old, old_end = _SLOT.unpack_from(self._map, off)
                if old_end > now:
                    count, end = old, old_end
            count += amount
            _SLOT.pack_into(self._map, off, digest, count, end)
            return int(count)

    def _read(self, key: str) -> tuple[int, float]:
        digest = _digest(key)
        with self._locked():
            now = time.time()
            off, found = self._find(digest, now)
            if not found:
                return 0, now
            _, count, end = _SLOT.unpack_from(self._map, off)
            return (int(count), end) if end > now else (0, now)

    def get(self, key: str) -> int:
        return self._read(key)[0]

    def get_expiry(self, key: str) -> float:
        return self._read(key)[1]

    def check(self) -> bool:
        return self._map is not None

    def reset(self) -> int | None:
        with self._locked():
            self._map[_HEADER_SIZE:] = bytes(self.slots * _SLOT.size)
        return None

    def clear(self, key: str) -> None:
        digest = _digest(key)
        with self._locked():
            off, found = self._find(digest, time.time())
            if found:  # expired, not emptied: a lookup must not stop here
                _SLOT.pack_into(self._map, off, digest, 0, 0.0)


def _libc_flock() -> Callable[[int, int], int] | None:
    """libc's flock, called *without* releasing the GIL (``ctypes.PyDLL``), or None."""
    try:
        flock = ctypes.PyDLL(None).flock
    except (OSError, AttributeError):
        return None
    flock.argtypes, flock.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    return flock  # type: ignore[no-any-return]


_FLOCK = _libc_flock()
SPINS = 200


class _FileLock:
    """The process's lock (threads share the file's ``flock``), then the file's.

    The file lock is taken without letting go of the GIL: ``fcntl.flock`` releases it for
    the system call, and the thread that then holds the file lock must wait for the GIL
    again (up to the 5 ms switch interval) while every other worker waits for the file
    lock: under load, counting a hit cost about a fifth of the throughput. A failed try
    yields the processor (and the GIL) and tries again; after ``SPINS`` tries it blocks."""

    __slots__ = ("lock", "fd")

    def __init__(self, lock: threading.Lock, fd: int) -> None:
        self.lock, self.fd = lock, fd

    def __enter__(self) -> None:
        self.lock.acquire()
        try:
            if _FLOCK is not None:
                for _ in range(SPINS):
                    if _FLOCK(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB) == 0:
                        return
                    os.sched_yield()
            fcntl.flock(self.fd, fcntl.LOCK_EX)
        except BaseException:
            self.lock.release()
            raise

    def __exit__(self, *exc: object) -> None:
        try:
            if _FLOCK is None or _FLOCK(self.fd, fcntl.LOCK_UN) != 0:
                fcntl.flock(self.fd, fcntl.LOCK_UN)
        finally:
            self.lock.release()


def _digest(key: str) -> bytes:
    digest = hashlib.blake2b(key.encode(), digest_size=16).digest()
    return digest if digest != _EMPTY else b"\x01" + digest[1:]


# Each key: counted, given its window on the first hit (or if it lost its expiry), and its
# remaining time returned with the count: the same keys and semantics as `limits`' own
# fixed window (its "incr_expire" script), for every limit of a request at once.
_REDIS_HIT = """
local out = {}
for i, key in ipairs(KEYS) do
    local n = redis.call('INCRBY', key, 1)
    local ttl = redis.call('PTTL', key)
    if n == 1 or ttl < 0 then
        redis.call('EXPIRE', key, ARGV[i])
        ttl = tonumber(ARGV[i]) * 1000
    end
    out[2 * i - 1] = n
    out[2 * i] = ttl
end
return out
"""


def redis_hit(storage: Any) -> Callable[[list[tuple[str, int]]], list[tuple[int, float]]]:
    """``hit`` for `limits`' RedisStorage (redis://, rediss://, redis+unix://, sentinel)."""
    script = storage.get_connection().register_script(_REDIS_HIT)

    def hit(keys: list[tuple[str, int]]) -> list[tuple[int, float]]:
        got = script([storage.prefixed_key(k) for k, _ in keys], [e for _, e in keys])
        now = time.time()
        return [(int(got[2 * i]), now + int(got[2 * i + 1]) / 1000) for i in range(len(keys))]
    return hit
