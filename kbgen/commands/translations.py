"""``kbgen translations``: coverage per language, and what to translate next."""

from __future__ import annotations

import json

import click

from kbgen.commands._project import config_option, load_project
from kbgen.core.history import load_history
from kbgen.core.translations import Coverage, State, TranslationStatus, coverage, translation_status


def _table(rows: list[Coverage]) -> list[str]:
    head = f"{'language':<10}{'originals':>10}{'up to date':>12}{'outdated':>10}" \
           f"{'in progress':>13}{'missing':>9}{'coverage':>10}"
    lines = [head, "-" * len(head)]
    for c in rows:
        lines.append(f"{c.lang:<10}{c.total:>10}{c.up_to_date:>12}{c.outdated:>10}"
                     f"{c.in_progress:>13}{c.missing:>9}{c.percent:>9.1f}%")
    return lines


def _details(statuses: list[TranslationStatus], limit: int) -> list[str]:
    lines: list[str] = []
    for lang in dict.fromkeys(s.lang for s in statuses):
        outdated = [s for s in statuses if s.lang == lang and s.state is State.OUTDATED]
        missing = [s for s in statuses if s.lang == lang and s.state is State.MISSING]
        started = [s for s in statuses if s.lang == lang and s.state is State.IN_PROGRESS]
        outdated.sort(key=lambda s: (-s.commits_behind, -s.days_behind, s.rel))
        if outdated:
            lines += ["", f"{lang}: outdated ({len(outdated)})"]
            lines += [f"  {lang}/{s.rel}: {s.commits_behind} commit"
                      f"{'s' if s.commits_behind != 1 else ''}, {s.days_behind} days behind "
                      f"{s.source.src}" for s in outdated[:limit]]
        if started:
            lines += ["", f"{lang}: in progress ({len(started)})"]
            lines += [f"  {lang}/{s.rel}" for s in started[:limit]]
        if missing:
            lines += ["", f"{lang}: missing ({len(missing)})"]
            lines += [f"  {lang}/{s.rel}  (kbgen translate {s.source.src} --to {lang})"
                      for s in missing[:limit]]
        listed = (outdated, started, missing)
        shown = sum(min(limit, len(group)) for group in listed)
        if shown < sum(len(group) for group in listed):
            lines.append(f"  ... and {sum(len(g) for g in listed) - shown} more "
                         "(--limit 0 shows all)")
    return lines


def _json(rows: list[Coverage], statuses: list[TranslationStatus], default: str) -> str:
    data = {
        "default_language": default,
        "languages": [{"lang": c.lang, "total": c.total, "up_to_date": c.up_to_date,
                       "outdated": c.outdated, "in_progress": c.in_progress,
                       "missing": c.missing,
                       "coverage": round(c.percent, 1)} for c in rows],
        "articles": [{
            "lang": s.lang, "path": s.rel, "source": s.source.src, "state": s.state.value,
            "commits_behind": s.commits_behind, "days_behind": s.days_behind,
            "translated_from": s.translated_from or None,
            "source_updated": s.source_updated.isoformat() if s.source_updated else None,
            "translation_updated": s.translated_updated.isoformat()
            if s.translated_updated else None,
        } for s in statuses if s.state is not State.UP_TO_DATE],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


@click.command(name="translations")
@config_option()
@click.option("--lang", "langs", multiple=True, help="Only this language (repeatable).")
@click.option("--fail-under", type=click.FloatRange(0, 100), default=None,
              help="Exit 1 when a language's coverage is below PERCENT.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
@click.option("--limit", type=int, default=20, show_default=True,
              help="Articles listed per language and state (0: all).")
def command(config_file: str, langs: tuple[str, ...], fail_under: float | None, fmt: str,
            limit: int) -> None:
    """Per language: how many originals are translated, outdated or missing.

    Coverage counts translations that exist (outdated ones included, stubs
    still marked '<!-- translate -->' not) against the published originals of
    the default language. An outdated translation
    is one whose original changed in git after the translation's last change.
    """
    project = load_project(config_file)
    unknown = [lang for lang in langs if lang not in project.languages]
    if unknown:
        raise click.ClickException(f"unknown language {', '.join(unknown)} "
                                   f"(configured: {', '.join(project.languages)})")
    tree = project.load()
    statuses = translation_status(tree, load_history(project.docs_dir), list(langs) or None)
    rows = coverage(statuses)
    if fmt == "json":
        click.echo(_json(rows, statuses, tree.default_language))
    else:
        click.echo(f"Originals: {tree.default_language} "
                   f"({len({s.rel for s in statuses})} published articles)")
        click.echo("\n".join(_table(rows) + _details(statuses, limit or 10**9)))
    failing = [c for c in rows if fail_under is not None and c.percent < fail_under]
    if failing:
        click.echo(", ".join(f"{c.lang} {c.percent:.1f}%" for c in failing)
                   + f" below --fail-under {fail_under:g}%", err=True)
        raise SystemExit(1)
