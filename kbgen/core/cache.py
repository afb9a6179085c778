"""A content-addressed build cache: keys from inputs, values as JSON files on disk.

Nothing here knows about MkDocs. A key is the SHA-256 of a canonical description
of everything a result depends on (:func:`fingerprint` turns settings, including
the functions in Markdown extension configs, into stable text). The store keeps
one file per key under ``<dir>/<kind>/<2 hex>/<key>.json``, written atomically
(a temporary file, then ``os.replace``), so a build that stops half-way or two
builds at once never leave a torn entry; a damaged entry reads as a miss.

After a full build, :meth:`Store.sweep` removes the entries the build did not
use, so the cache holds one build's worth of results and no more.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
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
    """Entries of one kind (``pages``, ...) under ``root``; counts hits, misses and bytes."""

    root: Path
    kind: str
    hits: int = 0
    misses: int = 0
    written: int = 0
    used: set[str] = field(default_factory=set)
    _dirs: set[Path] = field(default_factory=set, repr=False)
    _count: int = field(default=0, repr=False)

    @property
    def folder(self) -> Path:
        return self.root / self.kind

    def _path(self, k: str) -> Path:
        return self.folder / k[:2] / f"{k}.json"

    def get(self, k: str) -> Any | None:
        """The value stored under ``k``, or None (missing or unreadable)."""
        try:
            data = self._path(k).read_bytes()
            value = json.loads(data)
        except (OSError, ValueError):
            self.misses += 1
            return None
        self.hits += 1
        self.used.add(k)
        return value

    def put(self, k: str, value: Any) -> None:
        """Store ``value`` (JSON-serializable) under ``k``, atomically."""
        path = self._path(k)
        data = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        # A name no other writer uses (this process, this store, a counter): cheaper than
        # tempfile.mkstemp's random names, which cost a third of a cold build's cache work.
        self._count += 1
        tmp = path.parent / f".tmp-{os.getpid()}-{id(self):x}-{self._count}"
        try:
            if path.parent not in self._dirs:
                path.parent.mkdir(parents=True, exist_ok=True)
                self._dirs.add(path.parent)
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except OSError:  # a read-only or full disk costs speed, never the build
            with contextlib.suppress(OSError):
                tmp.unlink()
            return
        self.written += len(data)
        self.used.add(k)

    def entries(self) -> list[Path]:
        return sorted(self.folder.glob("*/*.json")) if self.folder.is_dir() else []

    def size(self) -> int:
        """Bytes the entries of this kind take on disk."""
        total = 0
        for path in self.entries():
            try:
                total += path.stat().st_size
            except OSError:
                pass
        return total

    def sweep(self) -> int:
        """Remove the entries this build did not use (and stray temporary files).

        Returns:
            The number of files removed.
        """
        removed = 0
        if not self.folder.is_dir():
            return 0
        for path in list(self.entries()) + sorted(self.folder.glob("*/.tmp-*")):
            if path.stem in self.used:
                continue
            try:
                path.unlink()
                removed += 1
            except OSError:
                pass
        return removed
