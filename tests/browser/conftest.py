"""Browser fixtures: the mini help center built with the widget pointing at a live API."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_helpers import ROOT, ApiServer, StaticSite, build_site, free_port

from feedback_api import create_app


@pytest.fixture(scope="session")
def api_port() -> int:
    return free_port()


@pytest.fixture(scope="session")
def mini_site(tmp_path_factory: pytest.TempPathFactory, api_port: int) -> Iterator[StaticSite]:
    out = tmp_path_factory.mktemp("mini-site")
    done = build_site(ROOT / "tests" / "sites" / "mini" / "mkdocs.yml", out,
                      {"KBGEN_FEEDBACK_API_URL": f"http://127.0.0.1:{api_port}"})
    assert done.returncode == 0, done.stderr
    site = StaticSite(out)
    yield site
    site.close()


@pytest.fixture()
def feedback_api(tmp_path: Path, mini_site: StaticSite, api_port: int) -> Iterator[ApiServer]:
    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path / 'feedback.sqlite3'}",
                      "FEEDBACK_ALLOWED_ORIGINS": [mini_site.url],
                      "FEEDBACK_SITE_MANIFEST": str(mini_site.root / "kb-pages.json"),
                      "FEEDBACK_RATE_LIMIT": "1000/minute"})
    server = ApiServer(app, api_port)
    server.start()
    yield server
    server.stop()
    app.extensions["kb_engine"].dispose()
