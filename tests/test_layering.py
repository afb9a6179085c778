"""The dependency rule: domain code stays free of MkDocs, Flask and Click."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PURE = ["kbgen/core", "kbgen/search", "kbgen/tickets", "kbgen/diagnostics.py"]
FORBIDDEN = ("mkdocs", "flask", "click", "material")


def imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


@pytest.mark.parametrize("area", PURE)
def test_domain_code_imports_no_framework(area):
    base = ROOT / area
    files = [base] if base.is_file() else sorted(base.rglob("*.py"))
    problems = [f"{f.relative_to(ROOT)}:{line}: imports '{name}'; {area} must stay free of "
                f"{', '.join(FORBIDDEN)}. Move this into kbgen/bridge.py or kbgen/commands/."
                for f in files for line, name in imports(f)
                if name.split(".")[0] in FORBIDDEN]
    assert not problems, "\n".join(problems)


def test_feedback_api_runs_without_mkdocs():
    code = ("import sys; sys.modules['mkdocs'] = None; sys.modules['material'] = None\n"
            "import feedback_api, feedback_api.wsgi\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          env={"DATABASE_URL": "sqlite:///:memory:", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
