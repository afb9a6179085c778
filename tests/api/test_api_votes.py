"""Votes, search events and reports, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from typing import Any

VOTE = {"page": "payments/payment-methods.md", "lang": "el", "helpful": False,
        "reason": "unclear", "comment": "Δεν βρήκα τις δόσεις", "visitor": "visitor-0001",
        "revision": "04cfefc50db9d09ae267757b2f596948fb33c3e4"}


def assert_error(resp: Any, status: int) -> dict[str, Any]:
    assert resp.status_code == status, resp.get_data(as_text=True)
    body = resp.get_json()
    assert body["ok"] is False and body["status"] == status
    assert isinstance(body["error"], str) and body["error"]
    assert isinstance(body["errors"], list)
    return body


def test_vote_is_stored_and_returned_with_201(client):
    resp = client.post("/api/v1/votes", json=VOTE)
    assert resp.status_code == 201
    vote = resp.get_json()["vote"]
    assert vote["page"] == VOTE["page"] and vote["helpful"] is False
    assert vote["reason"] == "unclear" and vote["comment"] == "Δεν βρήκα τις δόσεις"
    assert vote["revision"] == VOTE["revision"]


def test_same_visitor_voting_again_changes_the_vote(client, admin):
    client.post("/api/v1/votes", json=VOTE)
    again = client.post("/api/v1/votes", json={**VOTE, "helpful": True, "reason": None,
                                               "comment": None})
    assert again.status_code == 201 and again.get_json()["created"] is False
    report = client.get("/api/v1/reports/articles", headers=admin).get_json()["articles"]
    assert [(a["page"], a["votes"], a["helpful"]) for a in report] == [(VOTE["page"], 1, 1)]


def test_other_visitors_and_languages_count_separately(client, admin):
    for i, lang in enumerate(["el", "el", "en"]):
        client.post("/api/v1/votes", json={**VOTE, "visitor": f"visitor-{i:04d}", "lang": lang})
    rows = {(a["lang"], a["votes"]) for a in
            client.get("/api/v1/reports/articles", headers=admin).get_json()["articles"]}
    assert rows == {("el", 2), ("en", 1)}


def test_bad_fields_get_422_naming_each_field(client):
    body = assert_error(client.post("/api/v1/votes", json={**VOTE, "helpful": "yes",
                                                            "lang": "Greek!", "extra": 1}), 422)
    fields = {e["field"] for e in body["errors"]}
    assert fields == {"helpful", "lang", "extra"}
    assert "helpful: expected true or false" in body["error"]


def test_reason_on_a_helpful_vote_is_refused(client):
    assert_error(client.post("/api/v1/votes", json={**VOTE, "helpful": True}), 422)


def test_non_json_gets_415_and_broken_json_400(client):
    assert_error(client.post("/api/v1/votes", data="helpful=1"), 415)
    assert_error(client.post("/api/v1/votes", data="{oops", content_type="application/json"), 400)
    assert_error(client.post("/api/v1/votes", json=[1, 2]), 400)


def test_huge_body_gets_413(client):
    assert_error(client.post("/api/v1/votes", json={**VOTE, "comment": "x" * 100_000}), 413)


def test_long_comment_gets_422_with_the_limit(client):
    body = assert_error(client.post("/api/v1/votes", json={**VOTE, "comment": "x" * 1001}), 422)
    assert "1000" in body["error"]


def test_personal_data_in_comments_is_never_stored(client, admin):
    client.post("/api/v1/votes", json={**VOTE, "comment": "email me at maria@example.gr or "
                                                          "call 6912345678, card 4111 1111 1111 1111"})
    text = client.get("/api/v1/reports/articles", headers=admin).get_data(as_text=True)
    # the card's groups, not a bare "4111" (a timestamp's microseconds may hold it)
    for secret in ("maria@example.gr", "6912345678", "4111 1111", "4111111111111111"):
        assert secret not in text


def test_script_in_comment_is_kept_as_plain_text(client, admin):
    client.post("/api/v1/votes", json={**VOTE, "comment": "<script>alert(1)</script>"})
    rows = client.get("/api/v1/reports/articles", headers=admin).get_json()["articles"]
    assert rows[0]["comments"][0]["text"] == "<script>alert(1)</script>"  # JSON, not HTML
    dash = client.get("/admin")
    assert "<script>alert(1)" not in dash.get_data(as_text=True)
    assert "default-src 'self'" in dash.headers["Content-Security-Policy"]


def test_reports_need_the_admin_token(client, admin):
    assert_error(client.get("/api/v1/reports/articles"), 401)
    assert_error(client.get("/api/v1/reports/articles",
                            headers={"Authorization": "Bearer wrong-token-123456789"}), 401)
    assert client.get("/api/v1/reports/articles", headers=admin).status_code == 200


def test_report_has_ratio_interval_reasons_and_trend(client, admin):
    for i in range(10):
        client.post("/api/v1/votes", json={**VOTE, "visitor": f"visitor-{i:04d}",
                                           "helpful": i < 7,
                                           "reason": None if i < 7 else "outdated"})
    [row] = client.get("/api/v1/reports/articles", headers=admin).get_json()["articles"]
    assert (row["votes"], row["helpful"], row["helpful_ratio"]) == (10, 7, 0.7)
    assert 0.39 < row["ci_low"] < 0.7 < row["ci_high"] < 0.92
    assert row["reasons"] == {"outdated": 3}
    assert sum(w["votes"] for w in row["trend"]) == 10


def test_reports_as_csv(client, admin):
    client.post("/api/v1/votes", json=VOTE)
    resp = client.get("/api/v1/reports/articles?format=csv", headers=admin)
    assert resp.mimetype == "text/csv"
    lines = resp.get_data(as_text=True).splitlines()
    assert lines[0].startswith("page,lang,title,url,votes")
    # no site manifest here: no title or link
    assert lines[1].startswith("payments/payment-methods.md,el,,,1,0,1")


def test_searches_with_no_result_become_content_gaps(client, admin):
    for q, n in [("δόσεις", 0), ("Δόσεις", 0), ("επιστροφή", 4), ("iris", 0)]:
        assert client.post("/api/v1/search-events",
                           json={"query": q, "lang": "el", "results": n}).status_code == 201
    gaps = client.get("/api/v1/reports/searches", headers=admin).get_json()["failed_searches"]
    assert [(g["query"], g["count"]) for g in gaps] == [("δόσεις", 2), ("iris", 1)]


def test_search_event_validation(client):
    body = assert_error(client.post("/api/v1/search-events", json={"query": "", "lang": "el",
                                                                   "results": -1}), 422)
    assert {e["field"] for e in body["errors"]} == {"query", "results"}


def test_forged_origin_is_refused_and_allowed_origin_gets_cors(client):
    assert_error(client.post("/api/v1/votes", json=VOTE,
                             headers={"Origin": "https://evil.example"}), 403)
    ok = client.post("/api/v1/votes", json=VOTE, headers={"Origin": "https://help.example.com"})
    assert ok.status_code == 201
    assert ok.headers["Access-Control-Allow-Origin"] == "https://help.example.com"
    pre = client.options("/api/v1/votes", headers={
        "Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
    assert "Access-Control-Allow-Origin" not in pre.headers


def test_unknown_route_and_method_use_the_error_shape(client):
    assert_error(client.get("/api/v1/nothing"), 404)
    assert_error(client.get("/api/v1/votes"), 405)


def test_health_and_openapi(client):
    health = client.get("/healthz").get_json()
    assert health["ok"] is True and health["schema_version"] >= 3
    doc = client.get("/api/v1/openapi.json").get_json()
    assert doc["openapi"].startswith("3.1")
    assert {"/api/v1/votes", "/api/v1/search-events", "/api/v1/suggestions"} <= set(doc["paths"])


def test_suggestions_import_and_merge_with_votes_and_gaps(client, admin):
    doc = {"schema_version": 1, "generated_at": "2026-11-24T10:00:00Z",
           "source": {"file": "t.csv", "format": "csv", "tickets": 3},
           "tickets": [{"id": "1", "lang": "el", "outcome": "matched",
                        "article": "el/payments/payment-methods.md", "score": 0.7},
                       {"id": "2", "lang": "el", "outcome": "suggestion", "suggestion": "s-el-001"},
                       {"id": "3", "lang": "el", "outcome": "noise", "reason": "thanks"}],
           "suggestions": [{"id": "s-el-001", "lang": "el", "title": "Πώς αλλάζω διεύθυνση;",
                            "tickets": 1, "ticket_ids": ["2"], "rank": 1}],
           "improve": [{"article": "el/payments/payment-methods.md", "tickets": 1,
                        "ticket_ids": ["1"]}]}
    assert_error(client.post("/api/v1/suggestions/import", json=doc), 401)
    assert_error(client.post("/api/v1/suggestions/import", json={"schema_version": 9},
                             headers=admin), 422)
    assert client.post("/api/v1/suggestions/import", json=doc, headers=admin).status_code == 201
    client.post("/api/v1/votes", json=VOTE)
    client.post("/api/v1/search-events", json={"query": "iris", "lang": "el", "results": 0})
    got = client.get("/api/v1/suggestions", headers=admin).get_json()
    assert [s["id"] for s in got["suggestions"]] == ["s-el-001"]
    assert got["improve"][0]["article"] == "el/payments/payment-methods.md"
    assert got["improve"][0]["votes"] == 1 and got["improve"][0]["helpful_ratio"] == 0.0
    assert got["failed_searches"][0]["query"] == "iris"


def test_inputs_the_fuzzer_found_get_4xx_not_500(client, admin):
    # an unpaired surrogate escape parses as JSON but cannot be stored or sent as UTF-8
    for url, body in [("/api/v1/votes", '{"page": "a\\ud800", "lang": "el", "helpful": true, '
                                        '"visitor": "visitor-0001"}'),
                      ("/api/v1/search-events", '{"query": "x\\udc00", "lang": "el", "results": 0}')]:
        assert_error(client.post(url, data=body, content_type="application/json"), 400)
    ok = client.post("/api/v1/votes", data='{"page": "a.md", "lang": "el", "helpful": false, '
                     '"visitor": "visitor-0001", "comment": "\\ud83d\\ude00"}',
                     content_type="application/json")
    assert ok.status_code == 201 and ok.get_json()["vote"]["comment"] == "\U0001F600"
    # NUL and other control characters in a page (PostgreSQL refuses NUL in text)
    for page in ["a\x00b.md", "a\x85.md", "a\x7f.md"]:
        assert_error(client.post("/api/v1/votes", json={**VOTE, "page": page}), 422)
    assert_error(client.post("/api/v1/search-events", json={
        "query": "x", "lang": "el", "results": 0, "clicked": "a\x00"}), 422)
    # Python's `$` matches before a final newline
    assert_error(client.post("/api/v1/votes", json={**VOTE, "lang": "el\n"}), 422)
    assert_error(client.get("/api/v1/reports/articles?days=%C2%B2", headers=admin), 400)
    assert_error(client.get("/api/v1/reports/articles?page=a%00b", headers=admin), 400)
    assert client.post("/api/v1/search-events", json={"query": "x", "lang": "el",
                                                      "results": 3.0}).status_code == 201


def test_suggestion_imports_with_odd_shapes_are_refused(client, admin):
    base = {"schema_version": 1, "tickets": [], "suggestions": []}
    for doc in [{**base, "suggestions": [1]}, {**base, "suggestions": True},
                {**base, "improve": "abc"}, {**base, "improve": None},
                {**base, "improve": [{"article": 5}]},
                {**base, "improve": [{"article": "el/a.md", "tickets": "3"}]},
                {**base, "schema_version": True}]:
        assert_error(client.post("/api/v1/suggestions/import", json=doc, headers=admin), 422)
    assert client.post("/api/v1/suggestions/import", json={**base, "schema_version": 1.0},
                       headers=admin).status_code == 201
    assert client.get("/api/v1/suggestions", headers=admin).status_code == 200


def test_vote_flood_from_one_client_gets_429_with_limit_headers(database_url, tmp_path):
    from feedback_api import create_app

    app = create_app({"TESTING": True, "DATABASE_URL": database_url,
                      "FEEDBACK_RATE_LIMIT": "3/minute;100/hour",
                      "FEEDBACK_ALLOWED_ORIGINS": ["https://help.example.com"],
                      "FEEDBACK_RATE_LIMIT_STORAGE": f"file://{tmp_path / 'limits'}"})
    try:
        client = app.test_client()
        client.environ_base["HTTP_ORIGIN"] = "https://help.example.com"
        codes = []
        for i in range(5):
            resp = client.post("/api/v1/votes", json={**VOTE, "visitor": f"flood-{i:04d}"})
            codes.append(resp.status_code)
        assert codes == [201, 201, 201, 429, 429]
        body = assert_error(resp, 429)
        assert body["error"] == "too many requests: limit is 3 per 1 minute"
        assert resp.headers["X-RateLimit-Limit"] == "3"
        assert resp.headers["X-RateLimit-Remaining"] == "0"
        assert 0 < int(resp.headers["Retry-After"]) <= 60
        # each endpoint has its own budget; other clients are not affected
        assert client.post("/api/v1/search-events", json={"query": "x", "lang": "el",
                                                          "results": 0}).status_code == 201
        other = client.post("/api/v1/votes", json={**VOTE, "visitor": "flood-other"},
                            environ_base={"REMOTE_ADDR": "192.0.2.7"})
        assert other.status_code == 201 and other.headers["X-RateLimit-Remaining"] == "2"
    finally:
        app.extensions["kb_engine"].dispose()


def test_votes_committed_together_keep_each_their_own_result(app, client, admin):
    """The group commit path: several votes in one transaction, one statement per run of
    distinct keys (the same visitor twice changes the vote), nulls next to values."""
    import datetime as dt

    from feedback_api import store

    ts = [dt.datetime(2026, 11, 2, 10, 0, i, tzinfo=dt.UTC) for i in range(5)]
    rows = [{**VOTE, "visitor": "group-0001", "client": "c", "created_at": ts[0],
             "updated_at": ts[0]},
            {**VOTE, "visitor": "group-0002", "helpful": True, "reason": None, "comment": None,
             "revision": None, "client": "c", "created_at": ts[1], "updated_at": ts[1]},
            {**VOTE, "visitor": "group-0001", "helpful": True, "reason": None,
             "client": "c", "created_at": ts[2], "updated_at": ts[2]},
            {**VOTE, "visitor": "group-0003", "lang": "en", "client": "c", "created_at": ts[3],
             "updated_at": ts[3]}]
    writer = app.extensions["kb_writer"]
    got = writer.run(lambda conn: store._upsert_votes(conn, rows))
    assert [i for i, _ in got][0] == got[2][0]  # the same row, changed
    assert len({i for i, _ in got}) == 3
    assert [store._utc(c) for _, c in got] == [ts[0], ts[1], ts[0], ts[3]]
    report = {(a["lang"], a["votes"], a["helpful"]) for a in
              client.get("/api/v1/reports/articles", headers=admin).get_json()["articles"]}
    assert report == {("el", 2, 2), ("en", 1, 0)}


def cast(client, page: str, helpful: int, total: int) -> None:
    for i in range(total):
        resp = client.post("/api/v1/votes", json={
            "page": page, "lang": "el", "helpful": i < helpful,
            "visitor": f"rank-{abs(hash(page)) % 10**8}-{i:04d}"})
        assert resp.status_code == 201, resp.get_data(as_text=True)


def test_least_helpful_is_ranked_by_the_upper_bound_with_enough_votes(client, admin):
    for n in range(10):  # ten articles with one "No" each: interval 0-79%
        cast(client, f"orders/single-no-{n}.md", 0, 1)
    cast(client, "payments/instalments.md", 1, 17)  # 6% helpful, interval 1-27%
    cast(client, "returns/five-noes.md", 0, 5)  # 0%, interval 0-43%
    cast(client, "shipping/forty-votes.md", 8, 40)  # 20%, interval 10-35%
    rows = client.get("/api/v1/reports/articles", headers=admin).get_json()["articles"]
    assert [r["page"] for r in rows[:3]] == [
        "payments/instalments.md", "shipping/forty-votes.md", "returns/five-noes.md"]
    assert all(not r["ranked"] and r["votes"] == 1 for r in rows[3:])
    assert rows[0]["ci_low"] < 0.06 < rows[0]["ci_high"] < 0.3


def test_most_helpful_is_ranked_by_the_lower_bound(client, admin):
    cast(client, "orders/one-yes.md", 1, 1)  # 100%, interval 21-100%: not ranked
    cast(client, "orders/six-yes.md", 6, 6)  # 100%, interval 61-100%
    cast(client, "orders/many-yes.md", 18, 20)  # 90%, interval 70-97%
    rows = client.get("/api/v1/reports/articles?sort=most_helpful",
                      headers=admin).get_json()["articles"]
    assert [(r["page"], r["ranked"]) for r in rows] == [
        ("orders/many-yes.md", True), ("orders/six-yes.md", True), ("orders/one-yes.md", False)]
    assert_error(client.get("/api/v1/reports/articles?sort=best", headers=admin), 400)


def test_writers_set_a_suggestions_status(client, admin):
    doc = {"schema_version": 1, "tickets": [], "suggestions": [
        {"id": "s-el-001", "lang": "el", "title": "Πώς αλλάζω διεύθυνση;", "tickets": 4}],
        "improve": [{"article": "el/payments/payment-methods.md", "tickets": 2}]}
    assert client.post("/api/v1/suggestions/import", json=doc, headers=admin).status_code == 201
    got = client.get("/api/v1/suggestions", headers=admin).get_json()
    assert [s["status"] for s in got["suggestions"] + got["improve"]] == ["open", "open"]
    for target, status in [("s-el-001", "planned"), ("s-el-001", "written"),
                           ("improve:el/payments/payment-methods.md", "dismissed")]:
        resp = client.post("/api/v1/suggestions/status", headers=admin,
                           json={"suggestion": target, "status": status})
        assert resp.status_code == 200 and resp.get_json()["status"] == status
    # a new import of the same mining keeps what the writers decided
    assert client.post("/api/v1/suggestions/import", json=doc, headers=admin).status_code == 201
    got = client.get("/api/v1/suggestions", headers=admin).get_json()
    assert [s["status"] for s in got["suggestions"] + got["improve"]] == ["written", "dismissed"]
    assert_error(client.post("/api/v1/suggestions/status", json={"suggestion": "s-el-001",
                                                                  "status": "done"},
                             headers=admin), 422)
    assert_error(client.post("/api/v1/suggestions/status",
                             json={"suggestion": "s-el-001", "status": "open"}), 401)
