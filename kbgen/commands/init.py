"""``kbgen init``: a new help center that builds at once, ready to fill in."""

from __future__ import annotations

import re
from pathlib import Path

import click

from kbgen.commands._starter import language_name, starter_files

_CODE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z]{2,4})?$")


def parse_languages(value: str) -> list[str]:
    """``el,en`` -> ``["el", "en"]``, each a language code, none twice."""
    codes = [c.strip() for c in value.split(",") if c.strip()]
    if not codes:
        raise click.BadParameter("give at least one language code, e.g. --languages el,en")
    bad = [c for c in codes if not _CODE.match(c)]
    if bad:
        raise click.BadParameter(f"{', '.join(bad)}: not a language code (expected two or "
                                 "three lowercase letters, like el, en, fr or pt-BR)")
    twice = sorted({c for c in codes if codes.count(c) > 1})
    if twice:
        raise click.BadParameter(f"{', '.join(twice)} given twice")
    return codes


@click.command(name="init")
@click.argument("directory", default=".", type=click.Path(file_okay=False))
@click.option("--languages", "-l", default="en", show_default=True, metavar="CODES",
              help="Comma-separated language codes; the first is the default language.")
@click.option("--name", default=None, help="The help center's name (default: 'Help Center' "
              "in the default language).")
@click.option("--url", default="https://help.example.com/", show_default=True,
              help="The address it will be published at (site_url).")
@click.option("--force", is_flag=True, help="Overwrite files that already exist.")
def command(directory: str, languages: str, name: str | None, url: str, force: bool) -> None:
    """Create a help center in DIRECTORY (default: here) that builds at once.

    Writes mkdocs.yml (with a "Still need help?" block to fill in), the
    categories, a home page per language, a FAQ, a tutorial with an annotated
    screenshot, an article with a video, the GitHub workflow that checks and
    publishes it, and a short README for writers. Existing files are left alone
    unless --force is given.

    \b
    Examples:
      kbgen init help --languages el,en --name "Lampsi Help"
      kbgen init --languages fr,en,de --url https://aide.example.fr/
    """
    try:
        langs = parse_languages(languages)
    except click.BadParameter as exc:
        exc.param_hint = "'--languages'"
        raise
    if not re.match(r"^https?://[^/\s]+", url):
        raise click.BadParameter(f"{url!r} is not a web address (https://...)",
                                 param_hint="'--url'")
    root = Path(directory)
    files = starter_files(langs, name, url if url.endswith("/") else url + "/")
    existing = sorted(p for p in files if (root / p).exists())
    if existing and not force:
        raise click.ClickException(
            f"{len(existing)} file{'s' * (len(existing) != 1)} already exist in {root}: "
            f"{', '.join(existing[:5])}{' ...' if len(existing) > 5 else ''}. Nothing was "
            "written; choose an empty folder, or add --force to overwrite them.")
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    where = "" if root.resolve() == Path.cwd() else f"cd {directory}\n  "
    click.echo(f"Created a help center in {root.resolve()} ({len(files)} files; "
               f"{', '.join(language_name(c) for c in langs)}).\n\nNext:\n  {where}"
               "kbgen serve     # preview at http://127.0.0.1:8000/\n"
               "  kbgen build     # the site in site/, as CI builds it\n\n"
               "Then replace the examples: README.md says where they are.")
