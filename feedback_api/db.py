"""Storage: SQLAlchemy Core tables, the engine, and versioned migrations.

SQLite (the default) runs in WAL mode with ``synchronous=FULL``: a 201 is sent
only after the commit is on disk, so an acknowledged vote survives a crash or a
power cut. PostgreSQL is used when DATABASE_URL says so.
"""

from __future__ import annotations

import datetime as dt
import fcntl
from collections.abc import Callable
from typing import Any

from flask import Flask, current_app
from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    insert,
    select,
    text,
)
from sqlalchemy.engine import Connection, Engine

metadata = MetaData()

migrations_table = Table(
    "schema_migrations", metadata,
    Column("version", Integer, primary_key=True),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

votes = Table(
    "votes", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("page", String(300), nullable=False),
    Column("lang", String(16), nullable=False),
    Column("visitor", String(64), nullable=False),
    Column("helpful", Boolean, nullable=False),
    Column("reason", String(32)),
    Column("comment", Text),
    Column("revision", String(64)),
    Column("client", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("page", "lang", "visitor", name="uq_votes_page_lang_visitor"),
)

search_events = Table(
    "search_events", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("query", String(200), nullable=False),
    Column("lang", String(16), nullable=False),
    Column("results", Integer, nullable=False),
    Column("clicked", String(300)),
    Column("client", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

suggestion_imports = Table(
    "suggestion_imports", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("imported_at", DateTime(timezone=True), nullable=False),
    Column("schema_version", Integer, nullable=False),
    Column("document", Text, nullable=False),
)


def _v1(conn: Connection) -> None:
    for table in (votes, search_events):
        table.create(conn)


def _v2(conn: Connection) -> None:
    conn.execute(text("CREATE INDEX ix_votes_page_lang ON votes (page, lang)"))
    conn.execute(text("CREATE INDEX ix_votes_updated ON votes (updated_at)"))
    conn.execute(text("CREATE INDEX ix_search_lang_results ON search_events (lang, results)"))


def _v3(conn: Connection) -> None:
    suggestion_imports.create(conn)


# Append only: a migration, once released, is never edited.
MIGRATIONS: list[tuple[int, Callable[[Connection], None]]] = [(1, _v1), (2, _v2), (3, _v3)]


def normalize_url(url: str) -> str:
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


def make_engine(url: str) -> Engine:
    url = normalize_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")  # a 201 means on disk
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10)


def migrate(engine: Engine) -> list[int]:
    """Apply pending migrations; safe when several processes start at once.

    PostgreSQL serializes migrators with an advisory lock; SQLite with a lock
    file beside the database.
    """
    if engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        with open(engine.url.database + ".migrate-lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            return _migrate(engine)
    return _migrate(engine)


def _migrate(engine: Engine) -> list[int]:
    applied: list[int] = []
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(727274)"))
        migrations_table.create(conn, checkfirst=True)
        done = {row[0] for row in conn.execute(select(migrations_table.c.version))}
        for version, step in MIGRATIONS:
            if version in done:
                continue
            step(conn)
            conn.execute(insert(migrations_table).values(
                version=version, applied_at=dt.datetime.now(dt.UTC)))
            applied.append(version)
    return applied


def schema_version(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(migrations_table.c.version)
                                .order_by(migrations_table.c.version.desc())).scalar() or 0)


def get_engine() -> Engine:
    return current_app.extensions["kb_engine"]


def init_app(app: Flask) -> None:
    engine = make_engine(app.config["DATABASE_URL"])
    migrate(engine)
    app.extensions["kb_engine"] = engine

    @app.cli.command("migrate")
    def _migrate_command() -> None:
        """Apply pending schema migrations."""
        print(f"schema version {schema_version(engine)}")
