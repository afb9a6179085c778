"""Nothing personal at rest: queries and comments are redacted before they are written.

The checks read the SQLite database itself (its file and its write-ahead log, byte by
byte), not the API's reports, which redact again when they are read."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_api_votes import VOTE

from feedback_api import create_app
from feedback_api.db import make_engine, migrate, search_events, votes
from feedback_api.payloads import normalize_query
from kbgen.tickets.redact import redact

SECRETS = ["maria.papadopoulou@example.gr", "6912345678", "+30 210 123 4567",
           "4111 1111 1111 1111"]
QUERIES = ["Επιστροφή maria.papadopoulou@example.gr", "call me 6912345678",
           "ΑΛΛΑΓΗ ΚΑΡΤΑΣ 4111 1111 1111 1111", "Τηλέφωνο +30 210 123 4567 δεν απαντά",
           "Δόσεις χωρίς κάρτα"]


@pytest.fixture()
def sqlite_app(tmp_path: Path):  # type: ignore[no-untyped-def]
    app = create_app({"TESTING": True, "DATABASE_URL": f"sqlite:///{tmp_path / 'f.sqlite3'}",
                      "FEEDBACK_RATE_LIMIT": "1000/minute", "FEEDBACK_REQUIRE_ORIGIN": False})
    yield app
    app.extensions["kb_engine"].dispose()


def database_bytes(tmp_path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in tmp_path.glob("f.sqlite3*")
                    if not p.name.endswith(("-lock", ".rate-limits")))


def test_queries_and_comments_reach_the_database_file_redacted(sqlite_app, tmp_path):
    client = sqlite_app.test_client()
    for q in QUERIES:
        assert client.post("/api/v1/search-events",
                           json={"query": q, "lang": "el", "results": 0}).status_code == 201
    resp = client.post("/api/v1/votes", json={**VOTE, "comment": "γράψτε μου στο "
                                              "maria.papadopoulou@example.gr ή 6912345678"})
    assert resp.status_code == 201
    raw = database_bytes(tmp_path)
    for secret in SECRETS:
        for form in {secret, secret.lower(), secret.replace(" ", "")}:
            assert form.encode() not in raw, f"{form!r} is in the database file"
    with sqlite3.connect(tmp_path / "f.sqlite3") as db:
        stored = [r[0] for r in db.execute("SELECT query FROM search_events ORDER BY id")]
        [comment] = [r[0] for r in db.execute("SELECT comment FROM votes")]
    # exactly what the mining redactor leaves, then normalized
    assert stored == [normalize_query(redact(q)) for q in QUERIES]
    assert stored[0] == "επιστροφή [email]" and stored[-1] == "δόσεις χωρίς κάρτα"
    assert comment == "γράψτε μου στο [email] ή [phone]"


def test_a_query_is_redacted_whole_before_it_is_cut(sqlite_app, tmp_path):
    client = sqlite_app.test_client()
    query = "x" * 190 + " maria.papadopoulou@example.gr"  # the email crosses character 200
    assert client.post("/api/v1/search-events",
                       json={"query": query, "lang": "el", "results": 0}).status_code == 201
    assert b"maria.papad" not in database_bytes(tmp_path)


def test_an_older_database_is_redacted_by_its_migration(tmp_path):
    from sqlalchemy import insert

    from feedback_api import db
    from feedback_api.store import now

    engine = make_engine(f"sqlite:///{tmp_path / 'f.sqlite3'}")
    saved = db.MIGRATIONS
    db.MIGRATIONS = [m for m in saved if m[0] < 4]
    try:
        migrate(engine)
    finally:
        db.MIGRATIONS = saved
    with engine.begin() as conn:  # what an earlier release stored
        conn.execute(insert(search_events).values(query="call me 6912345678", lang="el",
                                                  results=0, client="c", created_at=now()))
        conn.execute(insert(votes).values(page="a.md", lang="el", visitor="visitor-1",
                                          helpful=False, comment="maria@example.gr",
                                          client="c", created_at=now(), updated_at=now()))
    assert migrate(engine)[0] == 4  # (and any later migrations)
    engine.dispose()
    with sqlite3.connect(tmp_path / "f.sqlite3") as conn:
        assert conn.execute("SELECT query FROM search_events").fetchall() == [("call me [phone]",)]
        assert conn.execute("SELECT comment FROM votes").fetchall() == [("[email]",)]
