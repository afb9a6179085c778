"""``kbgen check``: everything wrong with the content, without building the site."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import click

from kbgen.commands._project import config_option, load_project
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


@click.command(name="check")
@config_option()
@click.option("--format", "fmt", type=click.Choice(["text", "github", "json"]), default="text",
              show_default=True, help="text for people, github for workflow annotations, "
              "json for tools.")
@click.option("--strict", is_flag=True, help="Fail on warnings too (as 'mkdocs build --strict').")
@click.option("--notes/--no-notes", default=True, show_default=True,
              help="Show notes (missing or outdated translations, stale articles) in text output.")
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Check review_by dates against this day instead of today (YYYY-MM-DD).")
def command(config_file: str, fmt: str, strict: bool, notes: bool,
            today: dt.datetime | None) -> None:
    """Check front matter, links, anchors, images, videos, translations and review dates.

    Every finding is printed as 'path:line: CODE message. hint'; the codes are
    explained in dev/writers-guide.md. Exits 1 when there are errors (or
    warnings with --strict), 0 otherwise.
    """
    project = load_project(config_file)
    tree = project.load()
    history = load_history(project.docs_dir)
    found = tree.diagnostics + check_tree(tree, history=history,
                                          today=today.date() if today else None)
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
