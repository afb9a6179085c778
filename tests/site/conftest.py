"""Built-site fixtures: real `mkdocs build` runs of the fixture sites, shared per session."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[2]


def build(config: Path, out: Path, *args: str, env: dict[str, str] | None = None,
          ) -> subprocess.CompletedProcess:
    import os

    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d",
                           str(out), *args], capture_output=True, text=True,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})})


@pytest.fixture(scope="session")
def mini(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mini fixture help center (el default, en partly, fr missing), built once."""
    out = tmp_path_factory.mktemp("mini")
    done = build(ROOT / "tests" / "sites" / "mini" / "mkdocs.yml", out)
    assert done.returncode == 0, done.stderr
    return out


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


@pytest.fixture()
def site_copy(tmp_path: Path) -> Path:
    """A writable copy of the mini site's sources, for breaking it on purpose."""
    dest = tmp_path / "site"
    shutil.copytree(ROOT / "tests" / "sites" / "mini", dest)
    return dest
