"""Built-site fixtures: real `mkdocs build` runs of the fixture sites, shared per session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from site_helpers import ROOT, build


@pytest.fixture(scope="session")
def mini(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mini fixture help center (el default, en partly, fr missing), built once."""
    out = tmp_path_factory.mktemp("mini")
    done = build(ROOT / "tests" / "sites" / "mini" / "mkdocs.yml", out)
    assert done.returncode == 0, done.stderr
    return out


@pytest.fixture()
def site_copy(tmp_path: Path) -> Path:
    """A writable copy of the mini site's sources, for breaking it on purpose."""
    dest = tmp_path / "site"
    shutil.copytree(ROOT / "tests" / "sites" / "mini", dest)
    return dest
