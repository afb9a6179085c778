"""The writers' guide documents every finding, and the CI workflow calls real commands."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import click
import pytest
import yaml

from kbgen.cli import cli

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "help-center.yml"


def emitted_codes() -> set[str]:
    """Content codes writers meet: KB1xx front matter, KB2xx links and media,
    KB3xx translations, KB6xx editorial (KB4xx search and KB5xx tickets are not content)."""
    codes: set[str] = set()
    for path in (ROOT / "kbgen").rglob("*.py"):
        codes |= set(re.findall(r"\bKB[1236]\d{2}\b", path.read_text(encoding="utf-8")))
    return codes


def test_every_diagnostic_code_is_explained_in_the_writers_guide():
    guide = (ROOT / "dev" / "writers-guide.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| (KB\d{3}) \|", guide, flags=re.M))
    missing = sorted(emitted_codes() - documented)
    assert not missing, f"add these codes to dev/writers-guide.md with how to fix: {missing}"


def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def run_lines(job: str) -> list[str]:
    lines = []
    for step in workflow()["jobs"][job]["steps"]:
        for line in step.get("run", "").splitlines():
            lines.append(line.strip())
    return lines


@pytest.mark.parametrize("line", [ln for ln in run_lines("site") if ln.startswith("kbgen ")])
def test_workflow_kbgen_commands_parse(line):
    args = shlex.split(line.split(">>")[0])[1:]
    command = cli.get_command(click.Context(cli), args[0])
    assert command is not None, f"no such command: {args[0]}"
    command.make_context(args[0], args[1:])  # raises on an unknown option or bad value


def test_pull_requests_are_checked_built_tested_and_previewed():
    site = run_lines("site")
    assert "kbgen check --format github" in site
    assert "mkdocs build --strict --site-dir site" in site
    assert "bash scripts/dev.sh test" in run_lines("test")
    steps = {s.get("uses", "").split("@")[0]: s for s in workflow()["jobs"]["site"]["steps"]}
    assert steps["actions/checkout"]["with"]["fetch-depth"] == 0  # git dates need history
    assert steps["actions/setup-python"]["with"] == {
        "python-version": "3.11", "cache": "pip", "cache-dependency-path": "pyproject.toml"}
    assert steps["actions/upload-artifact"]["if"] == "github.event_name == 'pull_request'"
    # the build cache is restored before the build and saved after it
    names = [s.get("uses", "").split("@")[0] or s.get("run", "") for s in
             workflow()["jobs"]["site"]["steps"]]
    assert names.index("actions/cache") < names.index("mkdocs build --strict --site-dir site")
    # the build cache, and the last build's pages that the next build keeps
    assert steps["actions/cache"]["with"]["path"].split() == [".kbgen-cache", "site"]
    assert "${{ github.sha }}" in steps["actions/cache"]["with"]["key"]


def test_main_deploys_to_pages_with_least_privilege():
    flow = workflow()
    assert flow["permissions"] == {"contents": "read"}
    deploy = flow["jobs"]["deploy"]
    assert deploy["needs"] == ["site", "test"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert deploy["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    assert deploy["steps"][-1]["uses"].startswith("actions/deploy-pages@")
    assert "refs/heads/main" in deploy["if"]
