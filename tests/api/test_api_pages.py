"""Only real pages: votes and search clicks are checked against the site's kb-pages.json
(a file or a URL, reloaded when the site is republished); without one, against the shape
of the site's paths. And only from the site: an allowed Origin is required."""

from __future__ import annotations

import functools
import http.server
import json
import os
import threading
from pathlib import Path

import pytest
from api_helpers import ORIGIN
from conftest import TOKEN
from test_api_votes import VOTE, assert_error

from feedback_api import create_app
from feedback_api.pages import ManifestError

ADMIN = {"Authorization": f"Bearer {TOKEN}"}


def manifest(*pages: tuple[str, str, str], site_url: str | None = None) -> dict:
    return {"schema_version": 1, "site_url": site_url, "languages": ["el", "en"],
            "pages": [{"path": path, "language": lang, "revision": "", "title": title,
                       "url": f"{lang}/{path[:-3]}/", "fallback": False}
                      for lang, path, title in pages]}


PAGES = [("el", "payments/payment-methods.md", "Τρόποι πληρωμής"),
         ("en", "payments/payment-methods.md", "Payment methods")]


def make_app(tmp_path: Path, **config: object):  # type: ignore[no-untyped-def]
    app = create_app({"TESTING": True, "DATABASE_URL": f"sqlite:///{tmp_path / 'f.sqlite3'}",
                      "FEEDBACK_ADMIN_TOKEN": TOKEN, "FEEDBACK_ALLOWED_ORIGINS": [ORIGIN],
                      "FEEDBACK_RATE_LIMIT": "1000/minute", "FEEDBACK_SITE_MANIFEST_CHECK": 0,
                      **config})
    client = app.test_client()
    client.environ_base["HTTP_ORIGIN"] = ORIGIN
    return app, client


@pytest.fixture()
def site(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "site" / "kb-pages.json"
    path.parent.mkdir()
    path.write_text(json.dumps(manifest(*PAGES, site_url="https://help.example.com/")))
    app, client = make_app(tmp_path, FEEDBACK_SITE_MANIFEST=str(path))
    yield path, client
    app.extensions["kb_engine"].dispose()


@pytest.mark.parametrize("page", ["../../../../etc/passwd", "=1+2", "orders/invented.md",
                                  "payments/payment-methods"])
def test_a_vote_for_a_page_the_site_does_not_have_is_a_422(site, page):
    _, client = site
    body = assert_error(client.post("/api/v1/votes", json={**VOTE, "page": page}), 422)
    assert body["errors"][0]["field"] == "page"


def test_votes_for_the_sites_pages_are_stored_and_reported_with_title_and_link(site):
    _, client = site
    assert client.post("/api/v1/votes", json=VOTE).status_code == 201
    body = assert_error(client.post("/api/v1/votes", json={**VOTE, "lang": "fr"}), 422)
    assert body["error"] == ("page: 'fr/payments/payment-methods.md' is not a page of the site "
                             "(kb-pages.json)")
    [row] = client.get("/api/v1/reports/articles", headers=ADMIN).get_json()["articles"]
    assert row["title"] == "Τρόποι πληρωμής"
    assert row["url"] == "https://help.example.com/el/payments/payment-methods/"


def test_search_clicks_and_languages_are_checked_against_the_site(site):
    _, client = site
    search = {"query": "δόσεις", "lang": "el", "results": 1}
    for clicked in ["el/payments/payment-methods/", "el/payments/payment-methods/#cards",
                    "https://help.example.com/el/payments/payment-methods/"]:
        resp = client.post("/api/v1/search-events", json={**search, "clicked": clicked})
        assert resp.status_code == 201, clicked
    for clicked in ["el/invented/", "https://evil.example/=1+2", "../../../../etc/passwd"]:
        body = assert_error(client.post("/api/v1/search-events",
                                        json={**search, "clicked": clicked}), 422)
        assert body["errors"][0]["field"] == "clicked"
    assert_error(client.post("/api/v1/search-events", json={**search, "lang": "de"}), 422)


def test_a_republished_site_is_read_again(site):
    path, client = site
    new = {**VOTE, "page": "payments/instalments.md"}
    assert_error(client.post("/api/v1/votes", json=new), 422)
    path.write_text(json.dumps(manifest(*PAGES, ("el", "payments/instalments.md", "Δόσεις"))))
    os.utime(path, (path.stat().st_atime, path.stat().st_mtime + 5))
    assert client.post("/api/v1/votes", json=new).status_code == 201
    # a half-written manifest is not taken: the last good one stays
    path.write_text('{"schema_version": 1, "pages": [')
    os.utime(path, (path.stat().st_atime, path.stat().st_mtime + 10))
    assert client.post("/api/v1/votes", json=new).status_code == 201


def test_a_manifest_served_by_the_site_is_asked_again_when_it_changes(tmp_path):
    folder = tmp_path / "site"
    folder.mkdir()
    path = folder / "kb-pages.json"
    path.write_text(json.dumps(manifest(*PAGES)))
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/kb-pages.json"
    app, client = make_app(tmp_path, FEEDBACK_SITE_MANIFEST=url)
    try:
        new = {**VOTE, "page": "payments/instalments.md"}
        assert_error(client.post("/api/v1/votes", json=new), 422)
        assert client.post("/api/v1/votes", json=VOTE).status_code == 201
        _Quiet.asked.clear()
        assert client.post("/api/v1/votes", json=VOTE).status_code == 201
        assert _Quiet.asked == [304]  # unchanged: asked, not downloaded again
        path.write_text(json.dumps(manifest(*PAGES, ("el", "payments/instalments.md", "Δ"))))
        os.utime(path, (path.stat().st_atime, path.stat().st_mtime + 5))
        assert client.post("/api/v1/votes", json=new).status_code == 201
        # no site_url in the manifest: links start where the manifest is served
        [row] = [r for r in client.get("/api/v1/reports/articles", headers=ADMIN)
                 .get_json()["articles"] if r["page"] == "payments/instalments.md"]
        assert row["url"] == url.rsplit("/", 1)[0] + "/el/payments/instalments/"
    finally:
        server.shutdown()
        server.server_close()
        app.extensions["kb_engine"].dispose()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    asked: list[int] = []

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        _Quiet.asked.append(int(code) if str(code).isdigit() else 0)


def test_a_missing_or_broken_manifest_stops_the_start(tmp_path):
    with pytest.raises(ManifestError, match="FEEDBACK_SITE_MANIFEST: .*build the site first"):
        make_app(tmp_path, FEEDBACK_SITE_MANIFEST=str(tmp_path / "nothing.json"))
    (tmp_path / "bad.json").write_text('{"pages": []}')
    with pytest.raises(ManifestError, match="not a kb-pages.json of schema_version 1"):
        make_app(tmp_path, FEEDBACK_SITE_MANIFEST=str(tmp_path / "bad.json"))


def test_without_a_manifest_only_paths_of_the_sites_shape(tmp_path):
    app, client = make_app(tmp_path)
    try:
        assert client.post("/api/v1/votes", json={**VOTE, "page": "orders/invented.md"}
                           ).status_code == 201
        for page in ["../../../../etc/passwd", "=1+2", "/etc/passwd.md", "a/../b.md"]:
            assert_error(client.post("/api/v1/votes", json={**VOTE, "page": page}), 422)
    finally:
        app.extensions["kb_engine"].dispose()


def test_browser_endpoints_need_an_allowed_origin_unless_configured_otherwise(tmp_path):
    app, client = make_app(tmp_path)
    try:
        del client.environ_base["HTTP_ORIGIN"]
        body = assert_error(client.post("/api/v1/votes", json=VOTE), 403)
        assert body["error"].startswith("a request without an Origin may not send feedback")
        assert_error(client.post("/api/v1/search-events",
                                 json={"query": "x", "lang": "el", "results": 0}), 403)
    finally:
        app.extensions["kb_engine"].dispose()
    app, client = make_app(tmp_path, FEEDBACK_REQUIRE_ORIGIN=False)
    try:
        del client.environ_base["HTTP_ORIGIN"]
        assert client.post("/api/v1/votes", json=VOTE).status_code == 201
        assert_error(client.post("/api/v1/votes", json=VOTE,
                                 headers={"Origin": "https://evil.example"}), 403)
    finally:
        app.extensions["kb_engine"].dispose()


def test_without_a_manifest_a_click_must_look_like_a_page_url(tmp_path):
    app, client = make_app(tmp_path)
    search = {"query": "δόσεις", "lang": "el", "results": 1}
    try:
        for clicked in ["el/payments/payment-methods/", "el/returns/return-faq/#how-long",
                        "https://help.example.com/el/%CE%B4/"]:
            resp = client.post("/api/v1/search-events", json={**search, "clicked": clicked})
            assert resp.status_code == 201, clicked
        for clicked in ["=1+2", "../../../../etc/passwd", "el/../../x/", "javascript:alert(1)",
                        ""]:
            body = assert_error(client.post("/api/v1/search-events",
                                            json={**search, "clicked": clicked}), 422)
            assert body["errors"][0]["field"] == "clicked", clicked
    finally:
        app.extensions["kb_engine"].dispose()
