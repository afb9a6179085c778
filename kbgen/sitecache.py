"""The build cache's second level: keep a page's built file when nothing it shows changed.

:mod:`kbgen.pagecache` saves a page's Markdown → HTML conversion; a build still
ran the templates, kbgen's page model and the search analysis for every page, about
three quarters of an unchanged rebuild. This module skips them for every page whose
inputs did not change, and keeps the file the previous build wrote for it.

**A page's key** is the hash of:

- its source (the bytes MkDocs reads, or a generated page's text), path, URL and
  destination, and whether it is published, drafted or excluded;
- the site's content model without the bodies (:meth:`HelpCenter.digest`: every
  article's front matter and place, the categories, git dates, helpful-vote ranking),
  which is all a page shows of other pages (listings, navigation, alternates,
  breadcrumbs, related articles, dates);
- every file's path and URL; the whole ``mkdocs.yml`` as loaded, with every plugin's
  settings and the theme's; the templates (each theme folder's files, or for an
  installed theme its version); the conversion settings and versions of
  :mod:`kbgen.pagecache`; the log levels; the site folder.

So editing one article's body changes one key (and its fallback copies' in other
languages, whose source it is); a title, a category, a date, a template or a setting
changes them all, and the build is as a cold one, which is correct.

**Reusing a page.** Before MkDocs cleans the site folder, :meth:`SiteCache.open` moves
its contents into a hidden folder inside it (``.kbgen-previous``; MkDocs keeps hidden
entries). A page whose key has a record, and whose previous file is still there as it
was written (same size and modification time), is *kept*: MkDocs still walks it, but
reading its source, the conversion, kbgen's events and the template are replaced by
the record (its title, front matter, table of contents, anchors, links, log records to
replay, search entries) and an empty template, and at the end of the build its file is
moved back. Everything else is built as before and recorded. What is left in the hidden
folder (deleted pages) is removed. A language's search index is kept the same way when
every one of its pages was kept.

MkDocs has no event to skip a page: the page object gets its own ``read_source`` and
``render`` (as in :mod:`kbgen.pagecache`) and its front matter names kbgen's empty
template ``kb/unchanged.html``; MkDocs' "Page skipped" line for it is filtered out.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import types
from pathlib import Path
from typing import Any

from kbgen import pagecache
from kbgen.core import cache

ASIDE = ".kbgen-previous"
UNCHANGED_TEMPLATE = "kb/unchanged.html"
_INSTALLED_THEMES = ("material", "mkdocs")  # their templates are known by version
PER_PAGE_PLUGINS = frozenset({"kbgen", "glightbox", "minify", "material/glightbox"})
"""Plugins that change each page on its own. Another plugin may collect something from
every page (a search index, a tag list, a blog's archive) and would miss a kept page's
content, so with it every page is built again (the conversion cache still applies)."""
log = logging.getLogger("mkdocs.plugins.kbgen")


def encode_meta(meta: dict[str, Any]) -> Any | None:
    """Front matter as JSON-ready values (dates kept as dates), or None when a value
    would not come back the same (the page is then built on every build)."""
    try:
        value = cache.encode(meta)
    except TypeError:
        return None
    return value if cache.decode(value) == meta else None


def _theme_digest(config: Any) -> list[str]:
    """The templates: a hash of each theme folder's files, or for an installed theme
    (Material's, MkDocs') its name; its version is in the conversion settings' part of
    the key (``pagecache._versions``)."""
    out = []
    for folder in config.theme.dirs:
        path = Path(folder).resolve()
        known = None
        for package in _INSTALLED_THEMES:
            try:
                root = Path(__import__(package).__file__).resolve().parent
            except (ImportError, TypeError):
                continue
            if path == root or root in path.parents:
                known = f"installed:{package}"
        if known is None:
            known = cache.folder_digest(path) if path.is_dir() else f"missing:{path}"
        out.append(known)
    return out


def _config_description(config: Any) -> dict[str, Any]:
    """``mkdocs.yml`` as loaded: every setting, each plugin's settings, the theme's."""
    plain = {k: v for k, v in config.items() if k not in ("plugins", "theme")}
    plugins: dict[str, Any] = {}
    for name, plugin in config.plugins.items():
        if isinstance(plugin, types.ModuleType):  # a hook: its code
            origin = getattr(plugin, "__file__", None)
            plugins[name] = Path(origin).read_bytes() if origin else name
        else:
            plugins[name] = dict(getattr(plugin, "config", {}) or {})
    plain["plugins"] = plugins
    plain["theme"] = {**dict(config.theme), "dirs": list(config.theme.dirs)}
    # exclude_docs and draft_docs are parsed patterns: their text describes them
    for name in ("exclude_docs", "draft_docs", "not_in_nav"):
        value = plain.get(name)
        if value is not None and not isinstance(value, str):
            plain[name] = [str(getattr(p, "pattern", p)) for p in getattr(value, "patterns", [])]
    return plain


def disabled_reason(config: Any) -> str | None:
    """Why no page can be kept in this build, or None."""
    others = sorted(name for name in config.plugins if name not in PER_PAGE_PLUGINS
                    and not name.startswith("hooks/"))  # hooks: hashed, assumed per page
    if others:
        return (f"plugin{'s' * (len(others) > 1)} {', '.join(others)} may collect from "
                "every page, so every page is built again (conversions are still reused)")
    return None


RECORDS = cache.Memo()
"""Page records of the last build in this process (``kbgen serve`` rebuilds on each save)."""


def _stat(st: os.stat_result) -> list[int]:
    """What tells a built file is still the one a build wrote: its size and modification
    time in whole seconds (what a CI cache's archive keeps of it)."""
    return [st.st_size, int(st.st_mtime)]


def _search_key(k: str) -> str:
    return "search:" + k


class _SkipFilter(logging.Filter):
    """Drops MkDocs' "Page skipped ... empty output" line for the pages kbgen kept."""

    def __init__(self, kept: dict[str, Any]) -> None:
        super().__init__()
        self.kept = kept

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if message.startswith("Page skipped: '"):
            return message[len("Page skipped: '"):].split("'", 1)[0] not in self.kept
        return True


class SiteCache:
    """The pages of one build: which are kept from the previous one, and records of the rest."""

    def __init__(self, root: Path, site_dir: Path) -> None:
        # One store per site folder: records name files in it, and a full build removes
        # the records it did not use (a build into site/ while `kbgen serve` previews into
        # another folder must not remove the preview's).
        folder = hashlib.sha256(str(site_dir.resolve()).encode("utf-8")).hexdigest()[:12]
        self.store = cache.Store(root, f"outputs-{folder}")
        self.site_dir = site_dir
        self.aside = site_dir / ASIDE
        self.kept: dict[str, dict[str, Any]] = {}  # src_uri -> record
        self.built: dict[str, tuple[str, bytes, dict[str, Any]]] = {}  # src -> key, search JSON, record
        self.keys: dict[str, str] = {}  # src_uri -> key
        self.broken: str | None = None
        self._base: str | None = None
        self._captures: dict[str, pagecache.Capture] = {}
        self._active: pagecache.Capture | None = None
        self._filter = _SkipFilter(self.kept)
        self._search: dict[str, list[tuple[str | None, list[Any] | None, str | None]]] = {}
        self._search_digests: dict[str, str] = {}
        self._search_json: dict[str, bytes] = {}
        self._search_records: dict[str, str] = {}

    # ------------------------------------------------------------ build start

    def open(self) -> None:
        """Move the previous build's files aside (MkDocs is about to clean the folder)."""
        with contextlib.suppress(FileNotFoundError):
            shutil.rmtree(self.aside)  # a build that failed half-way: start afresh
        try:
            entries = [e for e in os.scandir(self.site_dir) if not e.name.startswith(".")]
        except FileNotFoundError:
            entries = []
        except OSError as exc:
            self.broken = str(exc)
            return
        try:
            if entries:
                self.aside.mkdir()
            for entry in entries:
                os.rename(entry.path, self.aside / entry.name)
        except OSError as exc:
            self.broken = f"cannot move the previous build aside: {exc}"
        logging.getLogger("mkdocs.commands.build").addFilter(self._filter)

    def needs_base(self) -> bool:
        return self._base is None and self.broken is None

    def set_base(self, *parts: Any) -> None:
        """What every page's key shares (see the module's docs)."""
        try:
            self._base = cache.key(*parts)
        except cache.Unstable as exc:
            self.broken = f"a setting cannot be described stably: {exc}"

    @staticmethod
    def base_parts(config: Any, files: Any, site_digest: str, conversion: Any) -> list[Any]:
        return [conversion, cache.kbgen_code(), _config_description(config), _theme_digest(config),
                sorted((f.src_uri, f.dest_uri, f.url) for f in files), site_digest,
                pagecache.log_levels(), str(Path(config.site_dir).resolve())]

    # ------------------------------------------------------------ pages

    def page_key(self, page: Any, history: Any) -> str | None:
        """``history``: what the page shows of git history (``HelpCenter.history_shown``)."""
        if self._base is None or self.broken:
            return None
        try:
            source = page.file.content_bytes
        except OSError:
            return None
        k = cache.key(self._base, page.file.src_uri, page.file.dest_uri, page.url,
                      str(page.file.inclusion), source,
                      json.dumps(history, ensure_ascii=False).encode("utf-8"))
        self.keys[page.file.src_uri] = k
        return k

    def try_keep(self, page: Any, files: Any, history: Any) -> bool:
        """Keep ``page`` from the previous build if its key and its file match; else
        start recording what building it logs."""
        k = self.page_key(page, history)
        record = RECORDS.get(k) if k else None
        if record is not None:
            self.store.used.add(k)
        elif k:
            record = self.store.get(k)
            if record is not None and not self.store.has(_search_key(k)):
                record = None  # its search entries are gone: build it again
            if record is not None:
                RECORDS.put(k, record)
        if record is not None and self._previous_file_is(record):
            # its search entries were written just before it (see finish): keep them too
            self.store.used.add(_search_key(k))
            meta = cache.decode(record["meta"])
            self.kept[page.file.src_uri] = record

            def read_source(config: Any) -> None:
                page.markdown = ""
                page.meta = {**meta, "template": UNCHANGED_TEMPLATE}

            def render(config: Any, files: Any = files) -> None:
                pagecache.restore_state(page, {**record, "content": "", "toc": []}, files)

            page.read_source, page.render = read_source, render
            return True
        if k is not None:
            self.start_capture(page)
        return False

    def start_capture(self, page: Any) -> None:
        """Record what is logged for ``page`` from now until :meth:`stop_capture`."""
        self.stop_capture()
        src = page.file.src_uri
        if src in self.keys and src not in self.kept:
            capture = self._captures.setdefault(src, pagecache.Capture())
            self._active = capture.__enter__()

    def stop_capture(self) -> None:
        if self._active is not None:
            self._active.__exit__()
            self._active = None

    def is_kept(self, page: Any) -> bool:
        return page.file.src_uri in self.kept

    def conversion(self, page: Any) -> str | None:
        return self.kept[page.file.src_uri].get("conversion")

    def note_search(self, lang: str, page: Any, entries: list[Any] | None) -> None:
        """The page feeds ``lang``'s search index (in this order): its entries, or None
        for a kept page (read from the cache only if the index must be built again)."""
        src = page.file.src_uri
        if entries is None:
            digest = self.kept[src].get("search_digest")
        else:
            # the bytes the cache keeps, hashed: one serialization per page
            data = self._search_json[src] = json.dumps(
                entries, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            digest = self._search_digests[src] = hashlib.sha256(data).hexdigest()
        self._search.setdefault(lang, []).append((self.keys.get(src), entries, digest))

    def page_built(self, page: Any) -> None:
        """Record a page MkDocs is about to write (after the last plugin's ``on_post_page``)."""
        self.stop_capture()
        src = page.file.src_uri
        capture = self._captures.pop(src, None)
        if capture is None:
            return
        k = self.keys.get(src)
        meta = encode_meta(page.meta)
        if k is None or meta is None:
            return
        record = {**pagecache.page_state(page), "log": capture.records, "meta": meta,
                  "dest": page.file.dest_uri, "search_digest": self._search_digests.get(src),
                  "conversion": getattr(page, "kbgen_conversion", None)}
        del record["content"], record["toc"]  # no template shows a kept page's
        self.built[src] = (k, self._search_json.pop(src, b"[]"), record)

    def _previous_file_is(self, record: dict[str, Any]) -> bool:
        try:
            st = os.stat(self.aside / record["dest"])
        except OSError:
            return False
        return _stat(st) == record["stat"]

    # ------------------------------------------------------------ search

    def search_plan(self, boosts: Any) -> dict[str, list[list[Any]] | None]:
        """Each language's index: None when it is the previous build's (every page's
        entries the same, in the same order, and its files there as written; moved back
        now), else every page's entries in order, to build it from."""
        plan: dict[str, list[list[Any]] | None] = {}
        for lang, items in self._search.items():
            digests = [digest for _, _, digest in items]
            if None not in digests:
                k = self._search_records[lang] = cache.key("search", lang, digests,
                                                            sorted(boosts.items()))
                record = self.store.get(k)
                if record is not None and self._previous_file_is(record):
                    try:
                        (self.site_dir / "search").mkdir(parents=True, exist_ok=True)
                        os.rename(self.aside / "search" / lang, self.site_dir / "search" / lang)
                        plan[lang] = None
                        continue
                    except OSError:
                        pass
            pages = []
            for k, entries, _ in items:
                if entries is None:
                    entries = self.store.get(_search_key(k)) if k else None
                    if entries is None:  # checked when the page was kept (the cache
                        RECORDS.clear()  # folder deleted since?): the next build rebuilds
                        raise RuntimeError(f"build cache: search entries of {k} are missing "
                                           f"from {self.store.path}; delete it and build again")
                pages.append(entries)
            plan[lang] = pages
        return plan

    # ------------------------------------------------------------ build end

    def finish(self, full_build: bool) -> None:
        """Move kept pages' files back, record the built ones, drop the rest."""
        moved = self._move_back({record["dest"] for record in self.kept.values()})
        for k, search, record in self.built.values():
            try:
                st = os.stat(self.site_dir / record["dest"])
            except OSError:
                continue  # MkDocs wrote nothing (an empty page)
            self.store.put_json(_search_key(k), search)  # first: a record implies its entries
            record = {**record, "stat": _stat(st)}
            self.store.put(k, record)
            RECORDS.put(k, record)
        for lang, k in self._search_records.items():
            try:
                st = os.stat(self.site_dir / "search" / lang / "manifest.json")
            except OSError:
                continue
            self.store.put(k, {"dest": f"search/{lang}/manifest.json",
                               "stat": _stat(st)})
        RECORDS.rotate()
        removed = self.store.sweep() if full_build else 0
        self.close()
        log.debug(f"build cache: {moved} pages kept, {len(self.built)} built and recorded, "
                  f"{removed} stale records removed, {self.store.size()} bytes on disk "
                  f"({self.store.path})")

    def _move_back(self, dests: set[str]) -> int:
        """Move the kept pages' files back from the previous build's folder: a whole
        folder at once where it holds only kept files and the new build wrote nothing
        there (one rename instead of a folder and a rename per page). Returns the count."""
        pure: dict[str, bool] = {}  # folder (relative) -> holds only kept files

        def scan(rel: str) -> bool:
            ok = True
            with os.scandir(self.aside / rel if rel else self.aside) as it:
                for entry in it:
                    child = f"{rel}/{entry.name}" if rel else entry.name
                    if entry.is_dir(follow_symlinks=False):
                        ok = scan(child) and ok
                    elif child not in dests:
                        ok = False
            pure[rel] = ok
            return ok

        def restore(rel: str) -> None:
            with os.scandir(self.aside / rel) as it:
                entries = [(e.name, e.is_dir(follow_symlinks=False)) for e in it]
            (self.site_dir / rel).mkdir(exist_ok=True)
            for name, is_dir in entries:
                child = f"{rel}/{name}"
                target = self.site_dir / child
                if is_dir:
                    if pure[child] and not target.exists():
                        os.rename(self.aside / child, target)
                    else:
                        restore(child)
                elif child in dests:
                    os.rename(self.aside / child, target)

        if not dests or not self.aside.is_dir():
            return 0
        try:
            scan("")
            with os.scandir(self.aside) as it:
                tops = [(e.name, e.is_dir(follow_symlinks=False)) for e in it]
            for name, is_dir in tops:
                target = self.site_dir / name
                if is_dir and pure[name] and not target.exists():
                    os.rename(self.aside / name, target)
                elif is_dir:
                    restore(name)
                elif name in dests:
                    os.rename(self.aside / name, target)
        except OSError as exc:  # the files were checked when the pages were kept
            raise RuntimeError(f"build cache: could not move kept pages back from "
                               f"{self.aside}: {exc}; delete it and build again") from exc
        return len(dests)

    def restore_previous(self) -> None:
        """After a failed build: put the previous build's files back as they were (its
        pages stay kept for the next build), and let go of the store."""
        try:
            entries = list(os.scandir(self.aside))
        except OSError:
            entries = []
        for entry in entries:
            target = self.site_dir / entry.name
            with contextlib.suppress(OSError):
                if target.is_dir() and not target.is_symlink():
                    shutil.rmtree(target)
                elif target.exists() or target.is_symlink():
                    target.unlink()
                os.rename(entry.path, target)
        self.close()

    def close(self) -> None:
        """Let go of the store, the log filter and the previous build's leftovers."""
        self.stop_capture()
        self._captures.clear()
        logging.getLogger("mkdocs.commands.build").removeFilter(self._filter)
        self.store.close()
        with contextlib.suppress(FileNotFoundError):
            shutil.rmtree(self.aside)
