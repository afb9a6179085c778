"""``kbgen check`` on a help center with planted faults, and on its clean twin."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from writers_sites import FAULTS

from kbgen.cli import cli

TODAY = "2026-06-01"

pytest_plugins = ["writers_sites"]  # the fixture help centers


def run(root: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["check", "--today", TODAY, *args], catch_exceptions=False)
    return result.exit_code, result.output


@pytest.fixture()
def in_faulty(faulty_site: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(faulty_site)
    return faulty_site


@pytest.fixture()
def in_clean(clean_site: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(clean_site)
    return clean_site


def test_every_planted_fault_is_reported_once_at_its_file_and_line(in_faulty, line_of):
    code, out = run(in_faulty, "--format", "json")
    found = sorted((d["path"], d["line"], d["code"]) for d in json.loads(out))
    expected = sorted((f"docs/{path}", line_of(in_faulty, path, text), kb)
                      for path, kb, text in FAULTS)
    assert found == expected
    assert code == 1


def test_text_output_says_where_what_and_how_to_fix(in_faulty, line_of):
    _, out = run(in_faulty)
    line = line_of(in_faulty, "el/orders/links.md", "[missing page]")
    assert (f"docs/el/orders/links.md:{line}: KB201 link to '../returns/nothing.md': "
            "no article el/returns/nothing.md.") in out
    assert "Anchors of el/orders/track.md: μπορώ-να-αλλάξω-τη-διεύθυνση, " \
           "πότε-θα-φτάσει-η-παραγγελία-μου." in out  # KB202 hint
    assert "docs/en/orders/track.md: KB302 translation is outdated: el/orders/track.md changed " \
           "in 2 commits over 41 days since this file's last change (2026-01-01)" in out
    assert out.strip().endswith("Failed: 14 errors, 13 warnings, 4 notes in 25 articles.")


def test_notes_can_be_hidden_in_text_output(in_faulty):
    _, out = run(in_faulty, "--no-notes")
    assert "KB301" not in out and "KB302" not in out and "KB601" not in out
    assert "KB201" in out


def test_github_format_prints_workflow_annotations(in_faulty, line_of):
    _, out = run(in_faulty, "--format", "github")
    line = line_of(in_faulty, "en/orders/media.md", "![Missing screenshot]")
    assert (f"::error file=docs/en/orders/media.md,line={line},title=KB204::image "
            "'../../assets/images/orders/nope.png' not found") in out
    assert "::warning file=docs/el/orders/media.md," in out
    assert "::notice file=docs/el/returns/only-greek.md,title=KB301::no en translation" in out
    assert sum(ln.startswith("::") for ln in out.splitlines()) == len(FAULTS)


def test_clean_content_has_no_findings_and_exits_0(in_clean):
    code, out = run(in_clean)
    assert out.strip() == "No problems in 6 articles."
    assert code == 0


def test_clean_content_json_is_an_empty_list(in_clean):
    code, out = run(in_clean, "--format", "json")
    assert json.loads(out) == []
    assert code == 0


def test_warnings_alone_exit_0_and_fail_with_strict(tmp_path, monkeypatch):
    from writers_sites import clean_files, write

    files = clean_files()
    files["docs/el/orders/track.md"] = str(files["docs/el/orders/track.md"]).replace(
        "Σε 1-2", "![](../../assets/images/orders/real.png)\n\nΣε 1-2")
    write(tmp_path, files)  # not a git repository: translation dates come from mtimes
    monkeypatch.chdir(tmp_path)
    code, out = run(tmp_path, "--no-notes")
    assert "KB205" in out and "[warning]" in out
    assert code == 0
    assert run(tmp_path, "--strict")[0] == 1


def test_review_dates_are_measured_against_today_option(in_clean):
    _, out = run(in_clean, "--today", "2031-01-01")
    assert "docs/el/returns/how.md:" in out and "KB601 stale: review_by 2030-01-01 has passed" in out


def test_missing_config_says_how_to_fix(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out = run(tmp_path)
    assert code == 1
    assert "mkdocs.yml: no such file" in out and "--config" in out


def test_kbgen_check_runs_as_a_command(clean_site):
    proc = subprocess.run([sys.executable, "-m", "kbgen", "check", "--config",
                           str(clean_site / "mkdocs.yml"), "--today", TODAY],
                          capture_output=True, text=True, cwd=clean_site)
    assert proc.returncode == 0, proc.stderr
    assert "No problems" in proc.stdout


def test_paths_and_lang_limit_what_is_reported(in_faulty):
    _, out = run(in_faulty, "docs/en/orders/links.md", "--no-notes")
    lines = [ln for ln in out.splitlines() if ln.startswith("docs/")]
    assert len(lines) == 4 and all(ln.startswith("docs/en/orders/links.md:") for ln in lines)
    _, out = run(in_faulty, "--lang", "el", "--format", "json")
    paths = {d["path"] for d in json.loads(out)}
    assert paths and all(p.startswith("docs/el/") for p in paths)
