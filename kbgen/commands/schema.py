"""``kbgen schema``: the JSON Schema of article front matter, for editors and tools."""

from __future__ import annotations

from pathlib import Path

import click

from kbgen.core.schema import schema_json


@click.command(name="schema")
@click.option("--out", "-o", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write the schema to this file instead of printing it.")
def command(out: str | None) -> None:
    """Print the JSON Schema that every article's front matter is checked against.

    \b
    Point your editor's YAML extension at it to check front matter while you type:
      kbgen schema --out .vscode/kbgen-frontmatter.schema.json
    """
    text = schema_json()
    if out is None:
        click.echo(text, nl=False)
        return
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    click.echo(f"Wrote {path}", err=True)
