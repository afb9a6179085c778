"""``kbgen mine TICKETS --out suggestions.json``: missing and failing articles from tickets."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kbgen.commands._project import config_option, load_project
from kbgen.tickets.drafts import write_drafts
from kbgen.tickets.mining import MiningResult, document, mine
from kbgen.tickets.redact import redact
from kbgen.tickets.sources import FORMATS, SourceError, read_tickets


def _unhelpful(path: Path | None) -> set[str] | None:
    """Articles customers vote unhelpful, from the feedback API's articles report (JSON)."""
    if path is None:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise click.ClickException(f"{path}: cannot read feedback stats ({exc})") from exc
    rows = data.get("articles", []) if isinstance(data, dict) else data
    return {f"{r['lang']}/{r['page']}" for r in rows
            if isinstance(r, dict) and r.get("votes", 0) >= 5 and r.get("ci_high", 1) < 0.6}


@click.command()
@click.argument("tickets", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@config_option()
@click.option("--format", "fmt", type=click.Choice(("auto", *FORMATS)), default="auto",
              show_default=True, help="Export format; auto detects it.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="Where to write the suggestions document (JSON).")
@click.option("--drafts", is_flag=True, help="Also write each suggestion as a draft article.")
@click.option("--threshold", type=click.FloatRange(0.0, 3.0), default=None,
              help="Confidence (best score plus its margin over the runner-up) at which a "
                   "topic's article answers it. Default: set from the tickets themselves, "
                   "as what 70% of them reach without their best article.")
@click.option("--feedback", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Feedback API articles report (JSON) for the 'improve this article' list.")
def command(tickets: Path, config_file: str, fmt: str, out: Path, drafts: bool, threshold: float,
            feedback: Path | None) -> None:
    """Mine a helpdesk export (Zendesk JSON, Freshdesk CSV, CSV, JSON lines)."""
    project = load_project(config_file)
    tree = project.load()
    try:
        rows, errors, detected = read_tickets(tickets, fmt)
        with click.progressbar(length=max(1, tickets.stat().st_size // 400), file=sys.stderr,
                               label="Mining tickets") as bar:
            result = mine(rows, tree, threshold=threshold, unhelpful=_unhelpful(feedback),
                          progress=bar.update)
    except SourceError as exc:  # it may quote the file: no personal data in the message
        raise click.ClickException(redact(str(exc))) from exc
    skipped = [{"line": e.line, "message": redact(e.message)} for e in errors]
    for err in skipped:
        click.echo(f"{tickets}:{err['line']}: skipped: {err['message']}", err=True)
    doc = document(result, {"file": tickets.name, "format": detected,
                            "tickets": len(result.outcomes)}, skipped)
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    counts = {k: sum(1 for o in result.outcomes if o["outcome"] == k)
              for k in ("matched", "suggestion", "noise")}
    click.echo(f"{len(result.outcomes)} tickets: {counts['matched']} matched, "
               f"{counts['suggestion']} in {len(result.suggestions)} suggestions, "
               f"{counts['noise']} noise, {len(errors)} rows skipped. Wrote {out}.", err=True)
    for lang, d in sorted(result.decision.items()):
        click.echo(f"{lang}: {d['tickets']} tickets, {d['topics']} topic(s) of two or more, "
                   f"{d['articles']} articles; an article answers a topic from confidence "
                   f"{d['confidence_to_answer']:.3f}", err=True)
    _summary(result)
    if drafts:
        written = write_drafts(result.suggestions, project.docs_dir)
        click.echo(f"Wrote {len(written)} draft articles (draft: true) under "
                   f"{project.docs_dir}.", err=True)


def _summary(result: MiningResult) -> None:
    """The writer's list on the terminal: missing topics first, then articles to improve."""
    shown = [s for s in result.suggestions if not s["misc"]][:10]
    if shown:
        click.echo("\nMissing articles, by the tickets they would have prevented:", err=True)
    for s in shown:
        growing = " (growing)" if s.get("growing") else ""
        click.echo(f"  {s['rank']:>2}. [{s['lang']}] {s['title']} - {s['tickets']} tickets"
                   f"{growing}; key terms: {', '.join(s['terms'][:5])}", err=True)
    fix = [i for i in result.improve if i.get("add_words")][:10]
    if fix:
        click.echo("\nArticles customers don't find (add these words to the title, FAQ "
                   "questions or tags):", err=True)
    for i in fix:
        click.echo(f"  {i['article']} - {i['tickets']} tickets; customers write: "
                   f"{', '.join(i['add_words'][:6])}", err=True)
