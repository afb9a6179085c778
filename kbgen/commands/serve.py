"""``kbgen serve``: preview the help center, rebuilt and reloaded on every save.

A thin wrapper over ``mkdocs serve``. For a quicker loop on a large help
center, ``--lang`` builds only the languages a writer works on (the default
language is always built, since other languages fall back to it) and
``--dirty`` re-renders only the pages that changed.
"""

from __future__ import annotations

import copy
import logging
import os
import signal
from typing import Any

import click
import yaml

from kbgen.commands._project import Project, config_option, load_project, read_config


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


def _stop(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _log_like_mkdocs() -> None:
    """Show MkDocs' messages (serving address, rebuilds, warnings) as ``mkdocs serve`` does."""
    logger = logging.getLogger("mkdocs")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)


@click.command(name="serve")
@config_option()
@click.option("--lang", "langs", multiple=True,
              help="Build only this language and the default one (repeatable).")
@click.option("--dirty", is_flag=True, help="Re-render only the changed pages (fastest; "
              "listings on other pages may lag until a full rebuild).")
@click.option("--dev-addr", "-a", default="127.0.0.1:8000", show_default=True,
              metavar="IP:PORT", help="Where to serve the preview.")
@click.option("--open", "open_in_browser", is_flag=True, help="Open the preview in a browser.")
def command(config_file: str, langs: tuple[str, ...], dirty: bool, dev_addr: str,
            open_in_browser: bool) -> None:
    """Serve a live preview that rebuilds and reloads the page when you save.

    \b
    Examples:
      kbgen serve                 # every language
      kbgen serve --lang en       # Greek originals and the English translation only
      kbgen serve --dirty         # re-render only what changed
    """
    from mkdocs.commands import serve as mkdocs_serve

    _log_like_mkdocs()
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # a banner for site developers, not writers
    project = load_project(config_file)
    unknown = [lang for lang in langs if lang not in project.languages]
    if unknown:
        raise click.ClickException(f"unknown language {', '.join(unknown)} "
                                   f"(configured: {', '.join(project.languages)})")
    click.echo(f"Preview of {', '.join(langs) if langs else 'every language'} at "
               f"http://{dev_addr}/ (Ctrl+C to stop)", err=True)
    serve_file = project.config_file
    if langs:
        # MkDocs re-reads its configuration on every rebuild, so the overrides live in a
        # small config file that inherits the site's own (removed when the preview stops).
        serve_file = project.root / f".kbgen-serve-{os.getpid()}.yml"
        overrides = {"INHERIT": project.config_file.name,
                     **language_overrides(project, list(langs))}
        serve_file.write_text(yaml.safe_dump(overrides, allow_unicode=True, sort_keys=False),
                              encoding="utf-8")
    signal.signal(signal.SIGTERM, _stop)  # stop cleanly (and tidy up) when terminated too
    try:
        mkdocs_serve.serve(config_file=str(serve_file), livereload=True,
                           build_type="dirty" if dirty else None,
                           watch=[str(project.config_file)] if langs else [],
                           open_in_browser=open_in_browser, dev_addr=dev_addr)
    finally:
        if serve_file != project.config_file:
            serve_file.unlink(missing_ok=True)
