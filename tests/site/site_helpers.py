"""Helpers for the built-site tests: run `mkdocs build`, parse its HTML."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[2]


def build(config: Path, out: Path, *args: str, env: dict[str, str] | None = None,
          ) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d",
                           str(out), *args], capture_output=True, text=True,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1",
                               # no build cache in the source tree, none from an earlier run
                               "KBGEN_NO_CACHE": "1", **(env or {})})


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
