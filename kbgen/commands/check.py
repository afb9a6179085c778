"""``kbgen check``: everything wrong with the content, without building the site."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import click

from kbgen.commands._project import Project, config_option, load_project
from kbgen.core.checks import check_tree, summary
from kbgen.core.history import load_history
from kbgen.diagnostics import Diagnostic, Severity, sort_key


def _counts(diags: list[Diagnostic], articles: int) -> str:
    counts = summary(diags)
    parts = [f"{n} {label}{'s' if n != 1 else ''}" for label, n in (
        ("error", counts[Severity.ERROR]), ("warning", counts[Severity.WARNING]),
        ("note", counts[Severity.INFO])) if n]
    noun = "article" if articles == 1 else "articles"
    if not parts:
        return f"No problems in {articles} {noun}."
    lead = "Failed" if counts[Severity.ERROR] else "Checked"
    return f"{lead}: {', '.join(parts)} in {articles} {noun}."


def _text(diags: list[Diagnostic], show_notes: bool) -> list[str]:
    lines = []
    for d in diags:
        if d.severity is Severity.INFO and not show_notes:
            continue
        label = {Severity.ERROR: "error", Severity.WARNING: "warning"}.get(d.severity, "note")
        lines.append(f"{d.format()} [{label}]")
    return lines


def _selected(d: Diagnostic, langs: tuple[str, ...], files: set[str]) -> bool:
    if langs and d.path.partition("/")[0] not in langs:
        return False
    return not files or d.path in files


def _docs_relative(project: Project, paths: tuple[str, ...]) -> set[str]:
    out = set()
    for given in paths:
        path = Path(given).resolve()
        try:
            out.add(path.relative_to(project.docs_dir).as_posix())
        except ValueError:
            out.add(Path(given).as_posix())  # already relative to the docs folder
    return out


@click.command(name="check")
@click.argument("paths", nargs=-1, type=click.Path())
@config_option()
@click.option("--format", "fmt", type=click.Choice(["text", "github", "json"]), default="text",
              show_default=True, help="text for people, github for workflow annotations, "
              "json for tools.")
@click.option("--strict", is_flag=True, help="Fail on warnings too (as 'mkdocs build --strict').")
@click.option("--notes/--no-notes", default=True, show_default=True,
              help="Show notes (missing or outdated translations, stale articles) in text output.")
@click.option("--lang", "langs", multiple=True,
              help="Only report findings in this language's files (repeatable).")
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Check review_by dates against this day instead of today (YYYY-MM-DD).")
def command(paths: tuple[str, ...], config_file: str, fmt: str, strict: bool, notes: bool,
            langs: tuple[str, ...], today: dt.datetime | None) -> None:
    """Check front matter, links, anchors, images, videos, translations and review dates.

    Every finding is printed as 'path:line: CODE message. hint'; the codes are
    explained in dev/writers-guide.md. Exits 1 when there are errors (or
    warnings with --strict), 0 otherwise.

    With PATHS (markdown files), only their findings are reported; the whole
    help center is still read, so links between articles are checked.
    """
    project = load_project(config_file)
    tree = project.load()
    history = load_history(project.docs_dir)
    found = tree.diagnostics + check_tree(tree, history=history,
                                          today=today.date() if today else None,
                                          categories_file=project.categories_file)
    files = _docs_relative(project, paths)
    found = [d for d in found if _selected(d, langs, files)]
    prefix = project.docs_prefix()
    diags = sorted((dataclasses.replace(d, path=prefix + d.path) for d in found), key=sort_key)
    if fmt == "json":
        click.echo(json.dumps([d.to_dict() for d in diags], ensure_ascii=False, indent=2))
    elif fmt == "github":
        for d in diags:
            click.echo(d.format_github())
        click.echo(_counts(diags, len(tree.articles)), err=True)
    else:
        for line in _text(diags, notes):
            click.echo(line)
        click.echo(_counts(diags, len(tree.articles)))
    counts = summary(diags)
    if counts[Severity.ERROR] or (strict and counts[Severity.WARNING]):
        raise SystemExit(1)
