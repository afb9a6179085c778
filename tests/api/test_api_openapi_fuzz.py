"""The API's own OpenAPI document, fuzzed with schemathesis.

The document the app serves at /api/v1/openapi.json is loaded once; every operation in it
then gets generated requests (valid and invalid), sent to a fresh app in process (WSGI),
with and without the admin token, on SQLite and PostgreSQL (the `app` fixture). Two
checks: no 5xx, and every response matches the schema the document gives for its status
code. After a request that stored something (201), every report is read back and checked
the same way, so fuzzed data also goes through the reports, the CSV files and the
suggestions merge. Derandomized and bounded (max_examples): repeatable, and a few seconds.

(schemathesis' lazy `from_fixture` loader does not run under pytest 9, so the document is
fetched from a throwaway app at import and the fixture's app is passed to each call.)
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from api_helpers import ORIGIN
from conftest import TOKEN
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from feedback_api import create_app

CHECKS = [not_a_server_error, response_schema_conformance]
ADMIN = {"Authorization": f"Bearer {TOKEN}", "Origin": ORIGIN}
READ_BACK = [("/api/v1/reports/articles", {}), ("/api/v1/reports/articles", {"format": "csv"}),
             ("/api/v1/reports/searches", {}), ("/api/v1/reports/searches", {"format": "csv"}),
             ("/api/v1/reports/overview", {}), ("/api/v1/suggestions", {})]


def served_document() -> dict[str, Any]:
    """The document exactly as the app serves it (not the Python constant behind it)."""
    with tempfile.TemporaryDirectory(prefix="kbgen-openapi-") as tmp:
        app = create_app({"TESTING": True,
                          "DATABASE_URL": f"sqlite:///{Path(tmp) / 'doc.sqlite3'}"})
        try:
            resp = app.test_client().get("/api/v1/openapi.json")
            assert resp.status_code == 200, resp.get_data(as_text=True)
            return resp.get_json()
        finally:
            app.extensions["kb_engine"].dispose()


schema = schemathesis.openapi.from_dict(served_document())


@pytest.fixture(params=["admin", "anonymous"])
def auth_headers(request: pytest.FixtureRequest) -> dict[str, str]:
    return dict(ADMIN) if request.param == "admin" else {"Origin": ORIGIN}


@schema.parametrize()
@settings(max_examples=40, derandomize=True, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))
def test_every_operation_keeps_its_documented_contract(case, app, auth_headers):  # type: ignore[no-untyped-def]
    resp = case.call_and_validate(app=app, headers=auth_headers, checks=CHECKS)
    if resp.status_code == 201:
        for path, query in READ_BACK:
            schema[path]["GET"].Case(query=query).call_and_validate(
                app=app, headers=ADMIN, checks=CHECKS)


def test_the_fuzzed_document_is_the_served_one(client):
    from feedback_api.openapi import DOCUMENT

    assert client.get("/api/v1/openapi.json").get_json() == DOCUMENT
    assert {op.path for op in (r.ok() for r in schema.get_all_operations())} == \
        set(DOCUMENT["paths"])


def test_stateful_sequences_follow_the_documented_links(app):
    """Sequences of calls along the document's links (a stored vote's page and language
    into the articles report and the suggestions, a search's language into the searches
    report, an import into the suggestions): the reports read back what the writes
    stored, and every response matches its schema."""
    links = [(path, method, name) for path, item in schema.raw_schema["paths"].items()
             for method, op in item.items() for r in op["responses"].values()
             for name in r.get("links", {})]
    assert len(links) == 5
    seen: list[tuple[str, int]] = []
    voted: set[tuple[str, str]] = set()

    class Workflow(schema.as_state_machine()):  # type: ignore[misc]
        def get_call_kwargs(self, case):  # type: ignore[no-untyped-def]
            return {"app": app, "headers": ADMIN}

        def after_call(self, response, case):  # type: ignore[no-untyped-def]
            seen.append((case.operation.label, response.status_code))
            if case.operation.label == "POST /api/v1/votes" and response.status_code == 201:
                got = response.json()["vote"]
                voted.add((got["page"], got["lang"]))
            query = case.query or {}
            if case.operation.label == "GET /api/v1/reports/articles" and \
                    response.status_code == 200 and query.get("format") != "csv" and \
                    (query.get("page"), query.get("lang")) in voted:
                rows = response.json()["articles"]
                assert [(r["page"], r["lang"]) for r in rows] == [(query["page"], query["lang"])]

        def validate_response(self, response, case, additional_checks=None,  # type: ignore[no-untyped-def]
                              **kwargs):
            case.validate_response(response, checks=CHECKS)

    Workflow.run(settings=settings(max_examples=30, derandomize=True, deadline=None,
                                   database=None, stateful_step_count=6,
                                   suppress_health_check=list(HealthCheck)))
    stored = {label for label, status in seen if status == 201}
    assert {"POST /api/v1/votes", "POST /api/v1/search-events"} <= stored, seen
    # (whether a generated run reads a vote back depends on the draws; every time it does,
    # after_call checks it; test_each_link_reads_back_what_was_written always does)


WRITES = {
    "/api/v1/votes": {"page": "orders/track-order.md", "lang": "el", "helpful": False,
                      "reason": "unclear", "visitor": "link-visitor-01"},
    "/api/v1/search-events": {"query": "δόσεις", "lang": "el", "results": 0},
    "/api/v1/suggestions/import": {"schema_version": 1, "tickets": [], "suggestions": [
        {"id": "s-el-009", "lang": "el", "title": "Πώς;", "tickets": 2}]},
    "/api/v1/suggestions/status": {"suggestion": "s-el-009", "status": "planned"},
}
FOUND = {  # what the linked read must contain after each write
    "reportArticles": lambda body: [(a["page"], a["lang"], a["votes"]) for a in body["articles"]]
    == [("orders/track-order.md", "el", 1)],
    "reportSearches": lambda body: [s["query"] for s in body["failed_searches"]] == ["δόσεις"],
    "getSuggestions": lambda body: True,
}


def pointer(body: Any, expression: str) -> Any:
    assert expression.startswith("$response.body#/"), expression
    for part in expression.split("#/", 1)[1].split("/"):
        body = body[part]
    return body


def test_each_link_reads_back_what_was_written(client):
    """Every link of the document, followed by hand: the source operation's 201/200 body
    gives the parameters, and the linked read shows what was written."""
    by_id = {op["operationId"]: (path, method) for path, item in DOCUMENT_PATHS().items()
             for method, op in item.items()}
    followed = 0
    for path, item in DOCUMENT_PATHS().items():
        for method, op in item.items():
            for code, response in op["responses"].items():
                for name, link in response.get("links", {}).items():
                    resp = client.open(path, method=method.upper(), json=WRITES[path],
                                       headers=ADMIN)
                    assert resp.status_code == int(code), (path, resp.get_data(as_text=True))
                    query = {k: pointer(resp.get_json(), v)
                             for k, v in link.get("parameters", {}).items()}
                    target, target_method = by_id[link["operationId"]]
                    got = client.open(target, method=target_method.upper(), query_string=query,
                                      headers=ADMIN)
                    assert got.status_code == 200, (name, got.get_data(as_text=True))
                    assert FOUND[link["operationId"]](got.get_json()), (name, got.get_json())
                    followed += 1
    assert followed == 5
    suggestions = client.get("/api/v1/suggestions", headers=ADMIN).get_json()["suggestions"]
    assert [(s["id"], s["status"]) for s in suggestions] == [("s-el-009", "planned")]


def DOCUMENT_PATHS() -> dict[str, Any]:  # noqa: N802 - the served document's paths
    return schema.raw_schema["paths"]
