"""Every request body parsed within bounds: nesting, array, object and string sizes, each
a 4xx in the one error shape (never a 500)."""

from __future__ import annotations

import json

import pytest
from test_api_votes import VOTE, assert_error

SEARCH = {"query": "δόσεις", "lang": "el", "results": 0}
ENDPOINTS = ["/api/v1/votes", "/api/v1/search-events", "/api/v1/suggestions/import"]


def post(client, admin, url: str, body: bytes | str):  # type: ignore[no-untyped-def]
    return client.post(url, data=body, content_type="application/json", headers=admin)


@pytest.mark.parametrize("url", ENDPOINTS)
def test_980_levels_of_brackets_are_a_400_not_a_500(client, admin, url):
    body = assert_error(post(client, admin, url, "[" * 980 + "]" * 980), 400)
    assert body["error"].startswith("request body nests deeper than")
    # the same, unbalanced and inside an object
    assert_error(post(client, admin, url, '{"page": ' + "[" * 2000), 400)


def test_nesting_up_to_the_bound_is_parsed(client, admin):
    deep8 = {"x": [[[[[[[1]]]]]]]}  # 8 levels: refused as a field, not as a body
    body = assert_error(client.post("/api/v1/votes", json={**VOTE, **deep8}), 422)
    assert body["errors"] == [{"field": "x", "message": "unknown field"}]
    deep9 = {"x": [[[[[[[[1]]]]]]]]}
    assert_error(client.post("/api/v1/votes", json={**VOTE, **deep9}), 400)
    # brackets inside strings are text, not nesting
    ok = client.post("/api/v1/search-events", json={**SEARCH, "query": "[[[[[[[[[[{{{{{{{{"})
    assert ok.status_code == 201


def test_a_long_array_is_a_422_naming_it(client, admin):
    body = assert_error(client.post("/api/v1/votes", json={**VOTE, "comment": list(range(101))}),
                        422)
    assert body["errors"] == [{"field": "comment", "message": "at most 100 items (got 101)"}]
    doc = {"schema_version": 1, "tickets": [{}] * 200_001, "suggestions": []}
    body = assert_error(client.post("/api/v1/suggestions/import", json=doc, headers=admin), 422)
    assert body["errors"][0]["field"] == "tickets"


def test_an_object_with_too_many_fields_is_a_422(client):
    body = assert_error(client.post("/api/v1/search-events",
                                    json={**SEARCH, **{f"f{i}": 1 for i in range(100)}}), 422)
    assert body["errors"][0]["message"] == "at most 100 fields (got 103)"


def test_a_long_string_is_a_422_naming_its_field(client):
    body = assert_error(client.post("/api/v1/search-events",
                                    json={**SEARCH, "query": "α" * 2001}), 422)
    assert body["errors"] == [{"field": "query",
                               "message": "at most 2000 characters (got 2001)"}]
    body = assert_error(client.post("/api/v1/votes", json={**VOTE, "k" * 2001: 1}), 422)
    assert "at most 2000 characters" in body["error"]


def test_body_size_bounds(client, admin):
    assert_error(client.post("/api/v1/votes", json={**VOTE, "comment": "x" * 20_000}), 413)
    # a mining result may be larger than a vote, up to its own bound
    doc = {"schema_version": 1, "tickets": [{"id": str(i), "text": "x" * 100}
                                            for i in range(1000)], "suggestions": []}
    assert len(json.dumps(doc)) > 100_000
    assert client.post("/api/v1/suggestions/import", json=doc, headers=admin).status_code == 201
    huge = {**doc, "tickets": [{"text": "x" * 90_000}] * 100}
    assert_error(client.post("/api/v1/suggestions/import", json=huge, headers=admin), 413)
    # without the token, the larger bound does not apply: a 401 before anything is read
    assert_error(client.post("/api/v1/suggestions/import", json=doc), 401)


def test_numbers_the_parser_refuses_are_a_400(client):
    assert_error(client.post("/api/v1/search-events", data='{"query": "x", "lang": "el", '
                             '"results": ' + "9" * 5000 + "}", content_type="application/json"),
                 400)
