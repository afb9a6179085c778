"""Fixtures: help centers in temporary git repositories (see writers_sites.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from writers_sites import clean_files, commit, faulty_files, new_repo


@pytest.fixture(scope="module")
def clean_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = new_repo(tmp_path_factory.mktemp("clean"))
    commit(root, clean_files(), "Help center", "2026-01-01T10:00:00+00:00")
    return root


@pytest.fixture(scope="module")
def faulty_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """History: everything on Jan 1; the Greek FAQ changes on Feb 1 and Feb 11 (2 commits,
    41 days after its English translation); the Greek media page changes on Feb 1 and its
    English translation follows on Feb 5 (up to date again). The English stub is added after."""
    root = new_repo(tmp_path_factory.mktemp("faulty"))
    files = faulty_files()
    stub = files.pop("docs/en/orders/stub.md")
    commit(root, files, "Help center", "2026-01-01T10:00:00+00:00")
    track = str(files["docs/el/orders/track.md"])
    media_el, media_en = str(files["docs/el/orders/media.md"]), str(files["docs/en/orders/media.md"])
    commit(root, {"docs/el/orders/track.md": track + "\nΝέα παράγραφος.\n",
                  "docs/el/orders/media.md": media_el + "\nΝέο.\n"},
           "Greek FAQ: delivery times", "2026-02-01T10:00:00+00:00")
    commit(root, {"docs/en/orders/media.md": media_en + "\nNew.\n"},
           "English media page follows", "2026-02-05T10:00:00+00:00")
    commit(root, {"docs/el/orders/track.md": track + "\nΝέα παράγραφος.\nΚαι άλλη.\n"},
           "Greek FAQ: address changes", "2026-02-11T10:00:00+00:00")
    commit(root, {"docs/en/orders/stub.md": stub}, "English stub", "2026-02-12T10:00:00+00:00")
    return root


@pytest.fixture()
def line_of() -> Callable[[Path, str, str | None], int | None]:
    """The 1-based line of the first line of ``docs/<path>`` containing ``text``."""
    def find(root: Path, path: str, text: str | None) -> int | None:
        if text is None:
            return None
        lines = (root / "docs" / path).read_text(encoding="utf-8").split("\n")
        return next(i for i, line in enumerate(lines, start=1) if text in line)
    return find
