"""A content-addressed build cache: keys from inputs, JSON values in SQLite on disk.

Nothing here knows about MkDocs. A key is the SHA-256 of a canonical description
of everything a result depends on (:func:`fingerprint` turns settings, including
the functions in Markdown extension configs, into stable text). The store keeps
the entries of one kind in one SQLite file, ``<dir>/<kind>.sqlite3``, written in
transactions, so a build that stops half-way or two builds at once never leave a
torn entry; a damaged entry reads as a miss.

After a full build, :meth:`Store.sweep` removes the entries the build did not
use, so the cache holds one build's worth of results and no more.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import json
import sqlite3
import types
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FORMAT = 1
"""Bumped whenever what an entry holds, or how keys are made, changes."""


class Unstable(ValueError):
    """A setting has no stable description (e.g. an object known only by its address)."""


def fingerprint(value: Any, _depth: int = 0) -> str:
    """Stable text for ``value``: equal settings give equal text in every process.

    Functions are described by module, name, arguments, defaults and closure, so a
    ``slugify(case="lower")`` partial reads the same in every build.

    Raises:
        Unstable: ``value`` holds something without a stable description.
    """
    if _depth > 12:
        raise Unstable("settings nested too deeply to describe")
    deeper = functools.partial(fingerprint, _depth=_depth + 1)
    if value is None or isinstance(value, (bool, int, float, str, bytes)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(deeper(v) for v in value) + "]"
    if isinstance(value, (set, frozenset)):
        return "{" + ",".join(sorted(deeper(v) for v in value)) + "}"
    if isinstance(value, Mapping):
        items = sorted((deeper(k), deeper(v)) for k, v in value.items())
        return "{" + ",".join(f"{k}:{v}" for k, v in items) + "}"
    if isinstance(value, functools.partial):
        return (f"partial({deeper(value.func)},{deeper(value.args)},"
                f"{deeper(value.keywords)})")
    if callable(value) and hasattr(value, "__qualname__") and hasattr(value, "__module__"):
        name = f"{value.__module__}.{value.__qualname__}"
        owner = getattr(value, "__self__", None)
        if owner is not None and not isinstance(owner, (types.ModuleType, type)):
            name += f"@{deeper(owner)}"  # a bound method: its object's settings count
        cells = [c.cell_contents for c in getattr(value, "__closure__", None) or ()]
        defaults = getattr(value, "__defaults__", None) or ()
        kwdefaults = getattr(value, "__kwdefaults__", None) or {}
        return f"fn({name},{deeper(list(defaults))},{deeper(kwdefaults)},{deeper(cells)})"
    state = getattr(value, "__dict__", None)
    if state is not None:
        cls = type(value)
        return f"obj({cls.__module__}.{cls.__qualname__},{deeper(state)})"
    raise Unstable(f"cannot describe {type(value).__name__} {value!r} stably")


def encode(value: Any) -> Any:
    """Plain data (dicts with string keys, lists, scalars, dates) as JSON-ready values
    that :func:`decode` turns back into the same types.

    Raises:
        TypeError: ``value`` holds something else.
    """
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            raise TypeError("dict with a key that is not a string")
        return {"d": {k: encode(v) for k, v in value.items()}}
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    if isinstance(value, dt.datetime):
        return {"dt": value.isoformat()}
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(type(value).__name__)


def decode(value: Any) -> Any:
    """The value :func:`encode` was given (tuples come back as lists)."""
    if isinstance(value, list):
        return [decode(v) for v in value]
    if isinstance(value, dict):
        if "d" in value:
            return {k: decode(v) for k, v in value["d"].items()}
        if "dt" in value:
            return dt.datetime.fromisoformat(value["dt"])
        return dt.date.fromisoformat(value["date"])
    return value


def code_digest(package_dir: Path, skip: tuple[str, ...] = ()) -> str:
    """A hash of a package's code and data files (not its caches, nor the sub-packages
    in ``skip``): a changed kbgen, even one installed from a working copy without a new
    version, makes new keys."""
    h = hashlib.sha256()
    for path in sorted(package_dir.rglob("*")):
        rel = path.relative_to(package_dir).parts
        if path.suffix in (".py", ".json", ".yml") and "__pycache__" not in rel \
                and rel[0] not in skip:
            h.update(path.relative_to(package_dir).as_posix().encode() + b"\0")
            h.update(path.read_bytes())
    return h.hexdigest()


class Memo:
    """What one build used, kept in memory for the next build in the same process
    (``kbgen serve`` rebuilds on every save): values by key, as the build made them.

    :meth:`get` and :meth:`put` fill this build's generation; :meth:`rotate` (at the end of
    a build) makes it the one the next build reads, so memory holds one build's worth.
    Off unless ``Memo.active`` is set (``kbgen serve`` sets it): a single build would only
    hold its values longer.
    """

    active = False

    def __init__(self) -> None:
        self._last: dict[str, Any] = {}
        self._now: dict[str, Any] = {}

    def get(self, k: str) -> Any | None:
        value = self._now.get(k)
        if value is None:
            value = self._last.get(k)
            if value is not None:
                self._now[k] = value
        return value

    def put(self, k: str, value: Any) -> None:
        if Memo.active:
            self._now[k] = value

    def rotate(self) -> None:
        self._last, self._now = self._now, {}

    def clear(self) -> None:
        self._last, self._now = {}, {}


@functools.cache
def kbgen_code() -> str:
    """:func:`code_digest` of the installed kbgen's build code (computed once per process;
    the commands and the ticket miner do not change what a build writes)."""
    return code_digest(Path(__file__).resolve().parent.parent, skip=("commands", "tickets"))


def plain(value: Any) -> Any:
    """JSON's ``default`` for values without a JSON form (dates, sets, dataclasses)."""
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=repr)
    state = getattr(value, "__dict__", None)
    if state is not None:
        return {"__type__": type(value).__qualname__, **state}
    return {"__type__": type(value).__qualname__, "repr": str(value)}


def digest(value: Any) -> str:
    """A hash of plain data (dicts, lists, dates, dataclasses), quicker than :func:`key`
    for the site's whole content model."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=plain)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def folder_digest(root: Path) -> str:
    """A hash of every file under ``root``: names and contents, not dates."""
    h = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        data = path.read_bytes()
        name = path.relative_to(root).as_posix().encode("utf-8")
        h.update(len(name).to_bytes(8, "big") + name + len(data).to_bytes(8, "big") + data)
    return h.hexdigest()


def key(*parts: Any) -> str:
    """The cache key of a result that depends on exactly ``parts``."""
    digest = hashlib.sha256(f"kbgen-cache-{FORMAT}".encode())
    for part in parts:
        data = part if isinstance(part, bytes) else fingerprint(part).encode("utf-8")
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


@dataclass
class Store:
    """Entries of one kind (``pages``, ...) in ``<root>/<kind>.sqlite3``.

    One SQLite file rather than a file per entry: creating thousands of small files cost
    a cold build a quarter of its time on this project's machines, inserting rows in a
    few transactions costs almost nothing. Writes are committed every
    ``BATCH`` entries and by :meth:`close`; a build that stops half-way loses only
    its uncommitted entries. Any SQLite error turns the store off for the build (a miss,
    never a failure); a file that is not a database is replaced.
    """

    root: Path
    kind: str
    hits: int = 0
    misses: int = 0
    written: int = 0
    used: set[str] = field(default_factory=set)
    broken: str | None = None
    _db: sqlite3.Connection | None = field(default=None, repr=False)
    _pending: int = field(default=0, repr=False)

    BATCH = 256

    @property
    def path(self) -> Path:
        return self.root / f"{self.kind}.sqlite3"

    def _connect(self) -> sqlite3.Connection:
        self.root.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")  # readers never wait for a writer
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("CREATE TABLE IF NOT EXISTS entries "
                       "(key TEXT PRIMARY KEY, value BLOB NOT NULL)")
        except sqlite3.Error:
            db.close()
            raise
        return db

    def _conn(self) -> sqlite3.Connection | None:
        if self._db is not None or self.broken is not None:
            return self._db
        try:
            self._db = self._connect()
        except sqlite3.DatabaseError:
            for suffix in ("", "-wal", "-shm"):  # not a database: start a new one
                with contextlib.suppress(OSError):
                    Path(f"{self.path}{suffix}").unlink()
            try:
                self._db = self._connect()
            except (sqlite3.Error, OSError) as exc:
                self.broken = str(exc)
        except OSError as exc:
            self.broken = str(exc)
        return self._db

    def _fail(self, exc: Exception) -> None:
        self.broken = str(exc)
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
        self._db = None

    def get(self, k: str) -> Any | None:
        """The value stored under ``k``, or None (missing or unreadable)."""
        db = self._conn()
        row = None
        if db is not None:
            try:
                row = db.execute("SELECT value FROM entries WHERE key = ?", (k,)).fetchone()
            except sqlite3.Error as exc:
                self._fail(exc)
        try:
            value = json.loads(row[0]) if row else None
        except ValueError:
            value = None
        if value is None:
            self.misses += 1
            return None
        self.hits += 1
        self.used.add(k)
        return value

    def has(self, k: str) -> bool:
        """Whether an entry is stored under ``k`` (without reading it)."""
        db = self._conn()
        if db is None:
            return False
        try:
            return db.execute("SELECT 1 FROM entries WHERE key = ?", (k,)).fetchone() is not None
        except sqlite3.Error as exc:
            self._fail(exc)
            return False

    def put(self, k: str, value: Any) -> None:
        """Store ``value`` (JSON-serializable) under ``k``."""
        self.put_json(k, json.dumps(value, ensure_ascii=False, separators=(",", ":")
                                    ).encode("utf-8"))

    def put_json(self, k: str, data: bytes) -> None:
        """Store a value already serialized as JSON (UTF-8) under ``k``."""
        db = self._conn()
        if db is None:
            return  # a read-only or full disk costs speed, never the build
        try:
            if not db.in_transaction:
                db.execute("BEGIN")
            db.execute("INSERT OR REPLACE INTO entries (key, value) VALUES (?, ?)", (k, data))
            self._pending += 1
            if self._pending >= self.BATCH:
                db.execute("COMMIT")
                self._pending = 0
        except sqlite3.Error as exc:
            self._fail(exc)
            return
        self.written += len(data)
        self.used.add(k)

    def keys(self) -> list[str]:
        db = self._conn()
        if db is None:
            return []
        try:
            return [row[0] for row in db.execute("SELECT key FROM entries ORDER BY key")]
        except sqlite3.Error as exc:
            self._fail(exc)
            return []

    def size(self) -> int:
        """Bytes the store takes on disk (the database and its write-ahead log)."""
        total = 0
        for suffix in ("", "-wal"):
            with contextlib.suppress(OSError):
                total += Path(f"{self.path}{suffix}").stat().st_size
        return total

    def close(self) -> None:
        """Commit what was written and close the file."""
        if self._db is None:
            return
        try:
            if self._db.in_transaction:
                self._db.execute("COMMIT")
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # one file to keep in CI
        except sqlite3.Error as exc:
            self._fail(exc)
            return
        self._db.close()
        self._db = None
        self._pending = 0

    def sweep(self) -> int:
        """Remove the entries this build did not use, then close.

        Returns:
            The number of entries removed.
        """
        db = self._conn()
        if db is None:
            return 0
        try:
            if not db.in_transaction:
                db.execute("BEGIN")
            db.execute("CREATE TEMP TABLE IF NOT EXISTS used (key TEXT PRIMARY KEY)")
            db.execute("DELETE FROM used")
            db.executemany("INSERT OR IGNORE INTO used VALUES (?)", ((k,) for k in self.used))
            removed = db.execute("DELETE FROM entries WHERE key NOT IN (SELECT key FROM used)"
                                 ).rowcount
            db.execute("COMMIT")
            # Deleted rows leave free pages that the next build reuses; when they are more
            # than a third of the file (after a change that touched every page), give them
            # back, so the file stays about one build's worth.
            free = db.execute("PRAGMA freelist_count").fetchone()[0]
            if free * 3 > db.execute("PRAGMA page_count").fetchone()[0]:
                db.execute("VACUUM")
        except sqlite3.Error as exc:
            self._fail(exc)
            return 0
        self.close()
        return removed
