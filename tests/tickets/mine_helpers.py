"""`kbgen mine` run as a writer runs it, on tickets written to a JSON lines export."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kbgen.cli import cli


def mine_rows(rows: list[dict], site: Path, tmp: Path, *extra: str) -> tuple[dict, str]:
    """Write ``rows`` as an export in ``tmp``, mine it against ``site`` (a folder with
    mkdocs.yml); return suggestions.json and what the command printed."""
    path = tmp / "tickets.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    out = tmp / "suggestions.json"
    result = CliRunner().invoke(cli, ["mine", str(path), "--config", str(site / "mkdocs.yml"),
                                      "--out", str(out), *extra])
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text(encoding="utf-8")), result.output
