"""Storage: SQLAlchemy Core tables, the engine, and versioned migrations.

SQLite (the default) runs in WAL mode with ``synchronous=FULL``: a 201 is sent
only after the commit is on disk, so an acknowledged vote survives a crash or a
power cut. PostgreSQL is used when DATABASE_URL says so.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import os
import threading
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

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
from sqlalchemy.exc import DBAPIError

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


suggestion_status = Table(
    "suggestion_status", metadata,
    Column("suggestion", String(320), primary_key=True),  # a suggestion's id, or "improve:<article>"
    Column("status", String(16), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
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


def _v4(conn: Connection) -> None:
    """Search queries were stored as typed (personal data was removed only when a report
    was read), and comments by an older redactor: both redacted now, in place."""
    from feedback_api.payloads import normalize_query
    from feedback_api.privacy import redact

    for table, column, clean in ((search_events, search_events.c.query,
                                  lambda q: normalize_query(redact(q))),
                                 (votes, votes.c.comment, redact)):
        last = 0
        while True:
            rows = conn.execute(select(table.c.id, column).where(
                table.c.id > last, column.is_not(None)).order_by(table.c.id).limit(1000)).all()
            if not rows:
                break
            for row_id, value in rows:
                if clean(value) != value:
                    conn.execute(table.update().where(table.c.id == row_id)
                                 .values({column.name: clean(value)}))
            last = rows[-1][0]


def _v5(conn: Connection) -> None:
    suggestion_status.create(conn)


# Append only: a migration, once released, is never edited.
MIGRATIONS: list[tuple[int, Callable[[Connection], None]]] = [(1, _v1), (2, _v2), (3, _v3),
                                                               (4, _v4), (5, _v5)]


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


T = TypeVar("T")


class _Job:
    __slots__ = ("work", "many", "item", "done", "result", "error")

    def __init__(self, work: Callable[[Connection], Any] | None,
                 many: Callable[[Connection, list[Any]], list[Any]] | None = None,
                 item: Any = None) -> None:
        self.work = work
        self.many = many
        self.item = item
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None


class Writer:
    """Group commit for the public write endpoints (votes, search events).

    Each request hands its write to ``run`` and gets the result only after the
    transaction that holds it has committed (on SQLite, ``synchronous=FULL``: on disk),
    so a 201 still means committed. Writes that arrive while a commit is in flight are
    committed together by the next thread to take the lead: one transaction and one
    fsync for many votes instead of one each, and only one thread per process competing
    for the database's write lock. If a group fails, each write in it is retried alone,
    so one bad write fails only its own request. Writes given with ``run_many`` and the
    same function are handed to it together (votes: one multi-row statement).

    On SQLite the processes (gunicorn workers) also take turns through a lock file
    beside the database (``flock``, which wakes the next one at once) instead of
    SQLite's busy handler, which sleeps 1-100 ms between retries: that sleep, not the
    work, was most of the p99 latency.
    """

    MAX_GROUP = 256

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._leader = threading.Lock()
        self._queue_lock = threading.Lock()
        self._queue: list[_Job] = []
        database = engine.url.database
        self._lock_path = (database + ".write-lock"
                           if engine.dialect.name == "sqlite" and database not in (None, "",
                                                                                  ":memory:")
                           else None)
        self._lock_file: Any = None
        self._lock_pid = 0
        self._conn: Connection | None = None
        self._conn_pid = 0
        # engine.dispose() (tests, shutdown) also closes the writer's own connection
        event.listen(engine, "engine_disposed", lambda _engine: self.close())

    def close(self) -> None:
        self._drop_connection()

    def run(self, work: Callable[[Connection], T]) -> T:
        return self._run(_Job(work))  # type: ignore[no-any-return]

    def run_many(self, many: Callable[[Connection, list[Any]], list[T]], item: Any) -> T:
        """Like ``run``; ``many(conn, items)`` writes several items, returning one result
        each, in order."""
        return self._run(_Job(None, many, item))  # type: ignore[no-any-return]

    def _run(self, job: _Job) -> Any:
        with self._queue_lock:
            self._queue.append(job)
        with self._leader:
            while not job.done:
                with self._queue_lock:
                    group = self._queue[:self.MAX_GROUP]
                    del self._queue[:self.MAX_GROUP]
                self._commit(group)
        if job.error is not None:
            raise job.error
        return job.result

    def _commit(self, group: list[_Job]) -> None:
        try:
            results = self._transaction(group)
        except Exception as exc:  # noqa: BLE001 - handed to the request that caused it
            if len(group) == 1:
                group[0].error = exc
                group[0].done = True
            else:
                for job in group:
                    self._commit([job])
            return
        for job, result in zip(group, results, strict=True):
            job.result = result
            job.done = True

    def _transaction(self, group: list[_Job]) -> list[Any]:
        """One transaction for the group, on the writer's own connection (kept open: no
        pool checkout, reset or pre-ping per group). A connection the database dropped is
        replaced and the group tried once more."""
        for attempt in (1, 2):
            conn = self._connection()
            try:
                with self._process_lock(), conn.begin():
                    return self._work(conn, group)
            except DBAPIError as exc:
                if not (exc.connection_invalidated or conn.invalidated):
                    raise
                self._drop_connection()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    @staticmethod
    def _work(conn: Connection, group: list[_Job]) -> list[Any]:
        results: list[Any] = []
        i = 0
        while i < len(group):
            job = group[i]
            if job.many is None:
                assert job.work is not None
                results.append(job.work(conn))
                i += 1
                continue
            j = i + 1
            while j < len(group) and group[j].many is job.many:
                j += 1
            results.extend(job.many(conn, [g.item for g in group[i:j]]))
            i = j
        return results

    def _connection(self) -> Connection:
        if self._conn is None or self._conn_pid != os.getpid() or self._conn.closed:
            self._conn = self.engine.connect()
            self._conn_pid = os.getpid()
        return self._conn

    def _drop_connection(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()

    @contextlib.contextmanager
    def _process_lock(self) -> Iterator[None]:
        if self._lock_path is None:
            yield
            return
        if self._lock_pid != os.getpid():  # opened after fork: each worker its own
            self._lock_file = open(self._lock_path, "a")  # noqa: SIM115 - kept open
            self._lock_pid = os.getpid()
        fcntl.flock(self._lock_file, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(self._lock_file, fcntl.LOCK_UN)


def get_engine() -> Engine:
    return current_app.extensions["kb_engine"]


def get_writer() -> Writer:
    return current_app.extensions["kb_writer"]


def init_app(app: Flask) -> None:
    engine = make_engine(app.config["DATABASE_URL"])
    migrate(engine)
    app.extensions["kb_engine"] = engine
    app.extensions["kb_writer"] = Writer(engine)

    @app.cli.command("migrate")
    def _migrate_command() -> None:
        """Apply pending schema migrations."""
        print(f"schema version {schema_version(engine)}")
