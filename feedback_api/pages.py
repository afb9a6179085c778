"""The site's pages, from the ``kb-pages.json`` the build writes (FEEDBACK_SITE_MANIFEST).

A path is checked at most once a second (its modification time, size and inode: a
republished site replaces the file); a URL is asked again at most every
``FEEDBACK_SITE_MANIFEST_CHECK`` seconds (30) with ``If-None-Match`` /
``If-Modified-Since``, so an unchanged site costs a 304. One request thread reloads
while the others go on with the manifest they have; a manifest that cannot be read or
parsed on reload is logged and the last good one kept. At start it must load: a wrong
setting stops the start naming the variable.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
import urllib.request
from typing import Any
from urllib.parse import urlsplit

from kbgen.core.manifest import Manifest, parse

MAX_BYTES = 64 * 1024 * 1024
log = logging.getLogger(__name__)


class ManifestError(RuntimeError):
    pass


class SitePages:
    def __init__(self, source: str, check_every: float = 30.0) -> None:
        self.source = source
        self.is_url = urlsplit(source).scheme in ("http", "https")
        self.check_every = check_every if self.is_url else min(check_every, 1.0)
        self._lock = threading.Lock()
        self._stamp: Any = None
        self._next_check = 0.0
        self.loaded_at = 0.0
        try:
            self.manifest = self._load()
        except ManifestError as exc:
            raise ManifestError(f"FEEDBACK_SITE_MANIFEST: {exc}") from None
        if self.manifest is None:
            raise ManifestError(f"FEEDBACK_SITE_MANIFEST: {source}: no manifest")

    def current(self) -> Manifest:
        now = time.monotonic()
        if now >= self._next_check and self._lock.acquire(blocking=False):
            try:
                self._next_check = now + self.check_every
                fresh = self._load()
                if fresh is not None:
                    self.manifest = fresh
            except ManifestError as exc:
                log.warning("FEEDBACK_SITE_MANIFEST: keeping the pages loaded before: %s", exc)
            finally:
                self._lock.release()
        return self.manifest

    @property
    def base_url(self) -> str | None:
        """Where the pages' URLs start: the manifest's site_url, or its own folder."""
        if self.manifest.site_url:
            return self.manifest.site_url.rstrip("/") + "/"
        return self.source.rsplit("/", 1)[0] + "/" if self.is_url else None

    def _load(self) -> Manifest | None:
        """The manifest if it changed since the last load (else None)."""
        raw = self._fetch() if self.is_url else self._read()
        if raw is None:
            return None
        try:
            manifest = parse(json.loads(raw))
        except (ValueError, RecursionError) as exc:
            raise ManifestError(f"{self.source}: {exc}") from None
        self.loaded_at = time.time()
        return manifest

    def _read(self) -> bytes | None:
        try:
            st = os.stat(self.source)
            stamp = (st.st_mtime_ns, st.st_size, st.st_ino)
            if stamp == self._stamp:
                return None
            if st.st_size > MAX_BYTES:
                raise ManifestError(f"{self.source}: larger than {MAX_BYTES} bytes")
            with open(self.source, "rb") as f:
                raw = f.read()
        except OSError as exc:
            raise ManifestError(f"{self.source}: {exc.strerror or exc} (build the site "
                                "first: the kbgen plugin writes kb-pages.json at its root)") \
                from None
        self._stamp = stamp
        return raw

    def _fetch(self) -> bytes | None:
        req = urllib.request.Request(self.source, headers={"Accept": "application/json"})
        etag, modified = self._stamp or (None, None)
        if etag:
            req.add_header("If-None-Match", etag)
        if modified:
            req.add_header("If-Modified-Since", modified)
        try:
            with urllib.request.urlopen(req, timeout=5) as resp:  # noqa: S310 - configured URL
                raw = resp.read(MAX_BYTES + 1)
                stamp = (resp.headers.get("ETag"), resp.headers.get("Last-Modified"))
        except urllib.error.HTTPError as exc:
            if exc.code == 304:
                return None
            raise ManifestError(f"{self.source}: HTTP {exc.code}") from None
        except (OSError, ValueError) as exc:
            raise ManifestError(f"{self.source}: {exc}") from None
        if len(raw) > MAX_BYTES:
            raise ManifestError(f"{self.source}: larger than {MAX_BYTES} bytes")
        self._stamp = stamp
        return raw
