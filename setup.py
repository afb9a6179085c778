"""Build hook: the theme in ``overrides/`` ships inside the wheel as ``kbgen/theme/``.

``overrides/`` stays at the repository root (the project's layout), so it is not a
package setuptools can find; this copies it into the built package. An editable
install needs no copy: ``kbgen.bridge.theme_dir`` finds ``overrides/`` beside the
package in a checkout. Everything else about the package is in ``pyproject.toml``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

THEME = Path(__file__).resolve().parent / "overrides"


class BuildWithTheme(build_py):
    """``build_py`` that adds the theme overrides to the built ``kbgen`` package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        if not (THEME / "main.html").is_file():
            raise SystemExit(f"{THEME}: the theme overrides are missing; the wheel would "
                             "ship without templates, search or widget.")
        shutil.copytree(THEME, Path(self.build_lib) / "kbgen" / "theme", dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildWithTheme})
