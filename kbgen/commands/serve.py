"""``kbgen serve``: preview the help center, rebuilt and reloaded on every save.

``mkdocs serve`` with kbgen, every language, always a whole build: listings,
navigation, alternates and search are current after each save. It is quick
because of the build cache (``dev/build-cache.md``): a rebuild keeps every page
whose inputs did not change from the previous build and builds only the rest.

The preview is built into ``<cache_dir>/preview-site`` (next to the cache, kept
between sessions), not into a new temporary folder as ``mkdocs serve`` does, so
a second ``kbgen serve`` starts from the first one's pages too. Without the cache
(``cache: false``, ``KBGEN_NO_CACHE=1``), or while another ``kbgen serve`` of the
same help center uses that folder, it is a temporary folder, removed at the end.

``--lang`` still builds fewer languages; it is not needed for speed any more.
``--dirty`` (MkDocs' partial rebuild, whose listings lagged) is gone: the flag is
accepted and ignored, so old scripts keep working.
"""

from __future__ import annotations

import contextlib
import copy
import logging
import os
import shutil
import signal
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import click
import yaml

from kbgen.commands._project import Project, config_option, load_project, read_config
from kbgen.core import cache

try:
    import fcntl
except ImportError:  # Windows: the folder is used without a lock
    fcntl = None  # type: ignore[assignment]

PREVIEW_FOLDER = "preview-site"
"""The preview's site folder, inside the build cache's folder."""


def language_overrides(project: Project, langs: list[str]) -> dict[str, Any]:
    """mkdocs config overrides that build only ``langs`` (plus the default language).

    The kbgen plugin's ``languages`` shrink to those languages, and the other
    language folders are excluded with ``exclude_docs`` so MkDocs never reads them.
    """
    keep = [project.default_language] + [lang for lang in langs
                                         if lang != project.default_language]
    dropped = [lang for lang in project.languages if lang not in keep]
    names = project.site.language_names if project.site else {}
    raw = read_config(project.config_file)
    plugins = copy.deepcopy(raw.get("plugins") or [])
    entries = plugins.items() if isinstance(plugins, dict) else \
        [next(iter(p.items())) for p in plugins if isinstance(p, dict) and len(p) == 1]
    for name, options in entries:
        if name == "kbgen" and isinstance(options, dict):
            # The languages as the site's settings read them (aliases, names filled in).
            options["languages"] = [{"code": lang, "name": names.get(lang, lang)}
                                    for lang in project.languages if lang in keep]
            options["default_language"] = project.default_language
    excluded = str(raw.get("exclude_docs") or "").rstrip("\n")
    excluded += "".join(f"\n/{lang}/" for lang in dropped)
    return {"plugins": plugins, "exclude_docs": excluded.lstrip("\n")}


def preview_folder(project: Project) -> Path | None:
    """Where the preview is built between sessions, or None when the build cache is off."""
    plugin = project.site.plugin if project.site else None
    if plugin is None or not plugin.cache or \
            os.environ.get("KBGEN_NO_CACHE", "").strip() not in ("", "0"):
        return None
    return project.root / plugin.cache_dir / PREVIEW_FOLDER


@contextlib.contextmanager
def site_folder(preferred: Path | None) -> Iterator[tuple[Path, bool]]:
    """The folder to build the preview into, and whether it is kept afterwards.

    ``preferred`` when it can be created and no other ``kbgen serve`` holds it (a
    lock on ``<folder>.lock``, released when the process ends, however it ends);
    else a temporary folder, removed when the preview stops.
    """
    lock = None
    if preferred is not None:
        try:
            preferred.mkdir(parents=True, exist_ok=True)
            lock = open(preferred.with_name(preferred.name + ".lock"), "w")  # noqa: SIM115
            if fcntl is not None:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if lock is not None:
                lock.close()
                lock = None
            reason = "another kbgen serve uses it" if isinstance(exc, BlockingIOError) \
                else str(exc)
            click.echo(f"{preferred}: {reason}; this preview starts from an empty folder.",
                       err=True)
    if lock is not None:
        assert preferred is not None
        try:
            yield preferred, True
        finally:
            lock.close()
        return
    temp = Path(tempfile.mkdtemp(prefix="kbgen_serve_"))
    try:
        yield temp, False
    finally:
        shutil.rmtree(temp, ignore_errors=True)


def _check_address(host: str, port: int) -> None:
    """Fail now if the preview's address is taken (MkDocs would find out after building)."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server does
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise click.ClickException(
                f"cannot serve at {host}:{port}: {exc.strerror or exc}. Is another preview "
                f"running there? Choose another address: -a {host}:{port + 1}") from exc


def _native_observer() -> Any:
    """A watchdog observer told of changes by the system (inotify on Linux, FSEvents on
    macOS), for the folders MkDocs' live-reload server watches.

    MkDocs polls instead: it lists and stats every watched file twice a second, which
    adds a quarter of a second on average before a save is noticed and, at ten
    thousand pages, keeps a third of a core busy while nothing happens. Only changes
    count: a native observer also reports files being opened and read, and the build
    reads every page.
    """
    from watchdog import events
    from watchdog.observers import Observer

    changes = [events.FileCreatedEvent, events.FileModifiedEvent, events.FileDeletedEvent,
               events.FileMovedEvent, events.FileClosedEvent, events.DirCreatedEvent,
               events.DirDeletedEvent, events.DirMovedEvent]

    class ChangesOnly(Observer):  # type: ignore[misc, valid-type]
        def schedule(self, event_handler: Any, path: Any, *, recursive: bool = False,
                     event_filter: Any = None, follow_symlink: bool = False) -> Any:
            return super().schedule(event_handler, path, recursive=recursive,
                                    event_filter=event_filter or changes,
                                    follow_symlink=follow_symlink)

    return ChangesOnly()


def serve(config_file: str, site_dir: Path, dev_addr: str, watch: list[str],
          open_in_browser: bool, poll: bool = False) -> None:
    """``mkdocs.commands.serve.serve`` with the site folder chosen by the caller.

    MkDocs' own function always builds into a new temporary folder and deletes it;
    the rest is the same: the same builder (the configuration read again on every
    rebuild, never a dirty build), live reload, watched paths and error pages. Saves
    are noticed by a native observer unless ``poll`` (MkDocs' polling, which also works
    where the system does not report changes, as on some network or shared folders).
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.livereload import LiveReloadServer

    def get_config() -> Any:
        config = load_config(config_file=config_file, site_dir=str(site_dir),
                             dev_addr=dev_addr)
        config.watch.extend(watch)
        return config

    config = get_config()
    host, port = config.dev_addr
    _check_address(host, port)  # before the first build, which may take a while
    config.plugins.on_startup(command="serve", dirty=False)
    mount_path = ("/" + urlsplit(config.site_url or "/").path.lstrip("/")).rstrip("/") + "/"
    config.site_url = serve_url = f"http://{host}:{port}{mount_path}"
    log = logging.getLogger("mkdocs.commands.serve")

    def builder(config: Any = None) -> None:
        log.info("Building documentation...")
        if config is None:
            config = get_config()
            config.site_url = serve_url
        build(config, serve_url=serve_url)

    server = LiveReloadServer(builder=builder, host=host, port=port, root=str(site_dir),
                              mount_path=mount_path)
    if not poll:  # before anything is watched (watch() schedules on this observer)
        server.observer = _native_observer()

    def error_handler(code: int) -> bytes | None:
        if code in (404, 500):
            page = site_dir / f"{code}.html"
            if page.is_file():
                return page.read_bytes()
        return None

    server.error_handler = error_handler
    try:
        builder(config)
        server.watch(config.docs_dir)
        if config.config_file_path:
            server.watch(config.config_file_path)
        server = config.plugins.on_serve(server, config=config, builder=builder)
        for item in config.watch:
            server.watch(item)
        try:
            server.serve(open_in_browser=open_in_browser)
        except KeyboardInterrupt:
            log.info("Shutting down...")
        finally:
            server.shutdown()
    finally:
        config.plugins.on_shutdown()


def _stop(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _log_like_mkdocs(verbose: bool) -> None:
    """Show MkDocs' messages (serving address, rebuilds, warnings) as ``mkdocs serve`` does;
    ``verbose`` adds kbgen's own details (what each build kept from the previous one)."""
    logger = logging.getLogger("mkdocs")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    if verbose:  # only kbgen's logger: MkDocs' debug output is for its own developers
        logging.getLogger("mkdocs.plugins.kbgen").setLevel(logging.DEBUG)


@click.command(name="serve")
@config_option()
@click.option("--lang", "langs", multiple=True,
              help="Build only this language and the default one (repeatable). Not needed "
              "for speed: every rebuild keeps the pages that did not change.")
@click.option("--dirty", is_flag=True, hidden=True)
@click.option("--dev-addr", "-a", default="127.0.0.1:8000", show_default=True,
              metavar="IP:PORT", help="Where to serve the preview.")
@click.option("--open", "open_in_browser", is_flag=True, help="Open the preview in a browser.")
@click.option("--poll", is_flag=True,
              help="Look for saved files twice a second instead of being told by the "
              "system: for folders where saves go unnoticed (some network or shared folders).")
@click.option("--verbose", "-v", is_flag=True,
              help="After each build, say how many pages it kept and how many it built.")
def command(config_file: str, langs: tuple[str, ...], dirty: bool, dev_addr: str,
            open_in_browser: bool, poll: bool, verbose: bool) -> None:
    """Serve a live preview that rebuilds and reloads the page when you save.

    Every language is built, and each save rebuilds the whole site: listings, menus
    and search show the change everywhere. Only the pages that changed (and the pages
    that show them) are built again, so a save shows up in a few seconds, not in the
    time of a whole build. The preview is kept in the build cache's folder, so the next
    kbgen serve starts quickly too.

    \b
    Examples:
      kbgen serve                 # every language, at http://127.0.0.1:8000/
      kbgen serve -v              # also say how many pages each rebuild kept
      kbgen serve --lang en       # Greek originals and the English translation only
    """
    _log_like_mkdocs(verbose)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # a banner for site developers, not writers
    cache.Memo.active = True  # each rebuild reuses the last one's articles and records
    if dirty:
        click.echo("--dirty is no longer needed: every rebuild keeps the pages that did not "
                   "change, and listings and search stay current.", err=True)
    project = load_project(config_file)
    unknown = [lang for lang in langs if lang not in project.languages]
    if unknown:
        raise click.ClickException(f"unknown language {', '.join(unknown)} "
                                   f"(configured: {', '.join(project.languages)})")
    click.echo(f"Preview of {', '.join(langs) if langs else 'every language'} at "
               f"http://{dev_addr}/ (Ctrl+C to stop)", err=True)
    signal.signal(signal.SIGTERM, _stop)  # stop cleanly (and tidy up) when terminated too
    with site_folder(preview_folder(project)) as (site_dir, kept):
        serve_file = project.config_file
        if langs:
            # MkDocs re-reads its configuration on every rebuild, so the overrides live in a
            # small config file that inherits the site's own (removed when the preview
            # stops). Its path is part of the configuration, so the build cache's pages
            # match the next session's only if it is the same: one name for the session
            # that holds the kept folder, the process id for any other.
            serve_file = project.root / (".kbgen-serve-preview.yml" if kept
                                         else f".kbgen-serve-{os.getpid()}.yml")
            overrides = {"INHERIT": project.config_file.name,
                         **language_overrides(project, list(langs))}
            serve_file.write_text(yaml.safe_dump(overrides, allow_unicode=True,
                                                 sort_keys=False), encoding="utf-8")
        try:
            serve(str(serve_file), site_dir, dev_addr,
                  [str(project.config_file)] if langs else [], open_in_browser, poll)
        finally:
            if serve_file != project.config_file:
                serve_file.unlink(missing_ok=True)
