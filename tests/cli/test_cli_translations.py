"""``kbgen translations``: coverage per language from the git history."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli

pytest_plugins = ["writers_sites"]  # the fixture help centers


@pytest.fixture()
def in_faulty(faulty_site: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(faulty_site)
    return faulty_site


def translations(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["translations", *args], catch_exceptions=False)
    return result.exit_code, result.output


def test_table_counts_missing_outdated_and_up_to_date(in_faulty):
    code, out = translations()
    # 12 published Greek originals (the draft is not one): only-greek.md is missing,
    # track.md is outdated, stub.md is in progress, the 9 others are up to date.
    assert "en                12           9         1            1        1     83.3%" in out
    assert "en/orders/track.md: 2 commits, 41 days behind el/orders/track.md" in out
    assert "en/returns/only-greek.md  (kbgen translate el/returns/only-greek.md --to en)" in out
    assert "en: in progress (1)\n  en/orders/stub.md" in out
    assert code == 0


def test_fail_under_exits_1_below_the_threshold(in_faulty):
    assert translations("--fail-under", "80")[0] == 0
    code, out = translations("--fail-under", "90")
    assert code == 1
    assert "en 83.3% below --fail-under 90%" in out


def test_json_lists_what_needs_work(in_faulty):
    data = json.loads(translations("--format", "json")[1])
    assert data["default_language"] == "el"
    assert data["languages"] == [{"lang": "en", "total": 12, "up_to_date": 9, "outdated": 1,
                                  "in_progress": 1, "missing": 1, "coverage": 83.3}]
    outdated = next(a for a in data["articles"] if a["state"] == "outdated")
    assert (outdated["path"], outdated["commits_behind"], outdated["days_behind"]) == (
        "orders/track.md", 2, 41)
    assert outdated["source_updated"].startswith("2026-02-11")
    assert outdated["translation_updated"].startswith("2026-01-01")
    assert [a["path"] for a in data["articles"] if a["state"] == "missing"] == [
        "returns/only-greek.md"]


def test_unknown_language_is_refused(in_faulty):
    code, out = translations("--lang", "de")
    assert code == 1 and "unknown language de" in out
