"""Every command the docs name exists, explains itself, and does what it says."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen import __version__
from kbgen.cli import COMMANDS, cli

ROOT = Path(__file__).resolve().parents[2]
MINI = ROOT / "tests" / "sites" / "mini"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_loads_and_has_help(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"Usage: cli {name} [OPTIONS]")


def test_the_group_lists_every_command_with_its_summary():
    result = CliRunner().invoke(cli, ["--help"])
    for name in COMMANDS:
        assert f"  {name} " in result.output


def test_version():
    result = CliRunner().invoke(cli, ["--version"])
    assert result.output == f"cli, version {__version__}\n".replace("cli,", "kbgen,")


def test_schema_prints_the_published_front_matter_schema(tmp_path):
    result = CliRunner().invoke(cli, ["schema"])
    schema = json.loads(result.output)
    assert schema["required"] == ["title", "description"]
    assert set(schema["properties"]["type"]["enum"]) >= {"faq", "tutorial", "article"}
    shipped = ROOT / "kbgen" / "schema" / "frontmatter.schema.json"
    assert result.output == shipped.read_text(encoding="utf-8")


def test_schema_out_writes_the_file(tmp_path):
    out = tmp_path / "editor" / "frontmatter.schema.json"
    result = CliRunner().invoke(cli, ["schema", "--out", str(out)])
    assert result.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["required"] == ["title", "description"]
    assert result.stdout == ""


def kbgen(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kbgen", *args], cwd=cwd, capture_output=True,
                          text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, timeout=300)


def test_build_writes_the_site(tmp_path):
    site = tmp_path / "help"
    shutil.copytree(MINI, site)
    done = kbgen("build", "--site-dir", "public", cwd=site)
    assert done.returncode == 0, done.stderr
    assert (site / "public" / "el" / "index.html").is_file()
    assert "Documentation built" in done.stderr


def test_build_is_strict_and_names_the_finding(tmp_path):
    site = tmp_path / "help"
    shutil.copytree(MINI, site)
    article = next((site / "docs" / "el").rglob("*.md"))
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("title:", "reveiw_by: 2027-01-01\ntitle:", 1),
                       encoding="utf-8")
    done = kbgen("build", cwd=site)
    assert done.returncode == 1
    assert "KB105 unknown front matter key 'reveiw_by'" in done.stderr
    assert "Aborted with 1 warnings in strict mode!" in done.stdout + done.stderr
    assert kbgen("build", "--no-strict", cwd=site).returncode == 0


def test_build_outside_a_help_center_says_where_to_run_it(tmp_path):
    done = kbgen("build", cwd=tmp_path)
    assert done.returncode == 1
    assert "mkdocs.yml: no such file" in done.stderr
