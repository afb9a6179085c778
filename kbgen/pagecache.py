"""The build cache's MkDocs side: reuse a page's Markdown → HTML conversion.

MkDocs converts every page's Markdown on every build (``Page.render``), the
largest share of a build's time. What it produces depends only on:

- the page's Markdown as the plugins left it (``on_page_markdown`` has run, so
  kbgen's FAQ, video and callout markup, and any other plugin's, is in it),
- the page's source path and URL, and every file's path and URL (links and
  images are rewritten against them, or reported when missing),
- the Markdown extensions, their settings, the installed versions of MkDocs and
  Python-Markdown, and the code of each extension module,
- the log levels (the warnings the conversion reports are kept and replayed).

The key is the hash of all of these (``kbgen.core.cache``), so a page whose
inputs did not change is taken from the cache and every other page is converted
as before. Extensions that read other files (snippets, includes, inlined images)
would make the result depend on files the key does not see: with one of them
the cache is off.

MkDocs has no event that can skip the conversion, so :meth:`PageCache.attach`
gives the page object its own ``render`` (the class and other pages are left
alone), which looks up the key and calls MkDocs' ``Page.render`` on a miss.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
from importlib import metadata
from pathlib import Path
from typing import Any

from kbgen import __version__
from kbgen.core import cache

FILE_READING_EXTENSIONS = ("pymdownx.snippets", "pymdownx.b64", "markdown_include",
                           "mdx_include")
"""Extensions whose output depends on other files' contents: the cache is off with them."""

_LOGGERS = ("mkdocs", "markdown")
_PACKAGES = ("mkdocs", "markdown", "pymdown-extensions", "mkdocs-material")
log = logging.getLogger("mkdocs.plugins.kbgen")


def disabled_reason(options: Any, config: Any) -> str | None:
    """Why this build runs without the cache, or None to use it."""
    if os.environ.get("KBGEN_NO_CACHE", "").strip() not in ("", "0"):
        return "KBGEN_NO_CACHE is set"
    if not options.cache:
        return "cache: false"
    for ext in config.markdown_extensions:
        name = ext if isinstance(ext, str) else type(ext).__module__
        if name.startswith(FILE_READING_EXTENSIONS):
            return f"markdown extension '{name}' reads other files"
    return None


def cache_root(options: Any, config: Any) -> Path:
    """``cache_dir``, relative to the folder of ``mkdocs.yml``."""
    return Path(config.config_file_path).parent / options.cache_dir


def template_cache(root: Path) -> Any:
    """Jinja's own cache of compiled templates, in ``<cache_dir>/templates``: a build
    that renders few pages (most kept) would otherwise spend much of its time compiling
    Material's templates."""
    from jinja2 import FileSystemBytecodeCache

    folder = root / "templates"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return FileSystemBytecodeCache(str(folder))


def _versions(config: Any) -> dict[str, Any]:
    """Versions of MkDocs and Markdown, and each extension module's code.

    ``importlib.metadata.packages_distributions`` would name the extensions' packages,
    but it reads every installed package's file list (seconds on a large environment).
    """
    out: dict[str, Any] = {}
    for dist in _PACKAGES:
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = ""
    for ext in config.markdown_extensions:
        name = ext if isinstance(ext, str) else type(ext).__module__
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        origin = spec.origin if spec else None
        try:  # its code, not its path or date: a fresh install in CI keeps the cache
            out[name] = hashlib.sha256(Path(origin).read_bytes()).hexdigest() if origin \
                else None
        except OSError:
            out[name] = None
    return out


def _toc_tokens(items: Any) -> list[dict[str, Any]]:
    return [{"level": a.level, "id": a.id, "name": a.title, "children": _toc_tokens(a.children)}
            for a in items]


def page_state(page: Any) -> dict[str, Any]:
    """What ``Page.render`` leaves on a page, as JSON-ready values."""
    links = page.links_to_anchors
    return {
        "content": page.content,
        "toc": _toc_tokens(page.toc),
        "title": page._title_from_render,
        # raw HTML's <a name> or id without a value gives MkDocs a None anchor: kept as is
        "anchors": sorted(page.present_anchor_ids or (), key=lambda a: (a is None, a or "")),
        "links": None if links is None else
        {f.src_uri: dict(v) for f, v in sorted(links.items(), key=lambda i: i[0].src_uri)},
    }


def restore_state(page: Any, entry: dict[str, Any], files: Any) -> bool:
    """Put back what :func:`page_state` kept and replay the log records kept with it;
    False (nothing changed) when a linked page no longer exists."""
    from mkdocs.structure.toc import get_toc

    links = None
    if entry["links"] is not None:
        links = {}
        for src, anchors in entry["links"].items():
            target = files.get_file_from_path(src)
            if target is None:
                return False  # cannot happen with the same files; convert again
            links[target] = anchors
    replay(entry["log"])
    page.content = entry["content"]
    page.toc = get_toc(entry["toc"])
    page._title_from_render = entry["title"]
    page.present_anchor_ids = set(entry["anchors"])
    if links is not None:
        page.links_to_anchors = links
    return True


def replay(records: list[list[Any]]) -> None:
    for name, level, message in records:
        logging.getLogger(name).log(level, message)


class Capture(logging.Handler):
    """The log records that MkDocs and Markdown emit while it is attached, to replay
    when a result is reused (so ``--strict`` fails the same way)."""

    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.records: list[list[Any]] = []
        self._seen: set[int] = set()

    def emit(self, record: logging.LogRecord) -> None:
        # debug records are not replayed: a -v build then shares its keys with a default one
        if record.levelno >= logging.INFO and id(record) not in self._seen:
            self._seen.add(id(record))
            self.records.append([record.name, record.levelno, record.getMessage()])

    def __enter__(self) -> Capture:
        for name in _LOGGERS:
            logging.getLogger(name).addHandler(self)
        return self

    def __exit__(self, *exc: object) -> None:
        for name in _LOGGERS:
            logging.getLogger(name).removeHandler(self)


def log_levels() -> list[int]:
    """The levels that decide which records a conversion emits and :class:`Capture` keeps
    (debug and info alike: debug records are not kept)."""
    return [max(logging.getLogger(n).getEffectiveLevel(), logging.INFO) for n in _LOGGERS]


class PageCache:
    """Markdown → HTML results of one build, read from and written to a ``cache.Store``."""

    def __init__(self, root: Path, config: Any) -> None:
        self.store = cache.Store(root, "pages")
        self.config = config
        self._base: str | None = None
        self._files_seen: Any = None
        self.broken: str | None = None
        try:
            self.settings = cache.key(
                __version__, cache.kbgen_code(), _versions(config), config.markdown_extensions,
                config.mdx_configs, config.use_directory_urls, dict(config.validation))
        except cache.Unstable as exc:
            self.broken = str(exc)

    def _base_key(self, files: Any) -> str:
        """The part of every page's key that is the same for the whole build."""
        if self._base is None or self._files_seen is not files:
            urls = sorted((f.src_uri, f.dest_uri, f.url) for f in files)
            self._base = cache.key(self.settings, urls, log_levels())
            self._files_seen = files
        return self._base

    def attach(self, page: Any, files: Any) -> None:
        """Make ``page.render`` use the cache (MkDocs calls it after ``on_page_markdown``)."""
        if self.broken:
            return
        original = type(page).render

        def render(config: Any, files: Any = files) -> None:
            k = cache.key(self._base_key(files), page.file.src_uri, page.url, page.markdown)
            page.kbgen_conversion = k  # a kept page's record names it (see keep())
            entry = self.store.get(k)
            if entry is not None and restore_state(page, entry, files):
                return
            with Capture() as capture:
                original(page, config, files)
            self.store.put(k, {**page_state(page), "log": capture.records})

        page.render = render

    def keep(self, k: str | None) -> None:
        """A page kept whole by :mod:`kbgen.sitecache` still needs its conversion's entry
        (for the build after a change that touches every page): keep it from the sweep."""
        if k:
            self.store.used.add(k)

    def finish(self, full_build: bool) -> None:
        """Log what the cache did; after a full build, drop entries this build did not use."""
        removed = self.store.sweep() if full_build else 0
        self.store.close()
        off = f"; store off: {self.store.broken}" if self.store.broken else ""
        log.debug(f"build cache: {self.store.hits} pages reused, {self.store.misses} converted, "
                  f"{self.store.written} bytes written, {removed} stale entries removed, "
                  f"{self.store.size()} bytes on disk ({self.store.path}){off}")

    def close(self) -> None:
        """Keep what a failed build converted, and let go of the file."""
        self.store.close()
