"""``mkdocs build --strict`` runs the same content checks as ``kbgen check``."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli

pytest_plugins = ["writers_sites"]  # the fixture help centers


def build(site: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d",
                           str(out)], cwd=site, capture_output=True, text=True,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, timeout=300)


def test_clean_content_builds_strictly(clean_site, tmp_path):
    proc = build(clean_site, tmp_path / "site")
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert (tmp_path / "site" / "en" / "orders" / "track" / "index.html").is_file()


def test_strict_build_fails_with_the_findings_of_kbgen_check(faulty_site, tmp_path,
                                                           monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(faulty_site)
    result = CliRunner().invoke(cli, ["check", "--format", "json"], catch_exceptions=False)
    expected = {(d["path"].removeprefix("docs/"), d["line"], d["code"])
                for d in json.loads(result.output) if d["severity"] in ("error", "warning")}
    proc = build(faulty_site, tmp_path / "site")
    assert proc.returncode == 1
    logged = {(m[0], int(m[1]) if m[1] else None, m[2]) for m in re.findall(
        r"kbgen: ([\w/.-]+\.(?:md|yml))(?::(\d+))?: (KB\d{3}) ", proc.stderr)}
    assert expected <= logged, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr
