"""Queries: every read and write of the API, parameterized through SQLAlchemy Core."""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
from collections import defaultdict
from typing import Any

from sqlalchemy import Boolean, DateTime, bindparam, case, func, insert, select, text
from sqlalchemy.engine import Engine

from feedback_api.db import Writer, search_events, suggestion_imports, suggestion_status, votes
from feedback_api.privacy import redact


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _utc(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.isoformat().replace("+00:00", "Z")


_VOTE_COLUMNS = ("page", "lang", "visitor", "helpful", "reason", "comment", "revision", "client",
                 "created_at", "updated_at")
_MANY_MAX = 64


@functools.lru_cache(maxsize=_MANY_MAX)
def _upsert_rows(n: int) -> Any:
    """The upsert for n votes in one statement (one round trip), cached per n.

    Textual, valid on SQLite (3.35+) and PostgreSQL alike, with typed parameters and
    result columns: compiled once, unlike the dialect-specific insert constructs with
    RETURNING, which SQLAlchemy recompiles on every call (measured: the compilation was
    two thirds of a vote's time)."""
    rows = ", ".join("(" + ", ".join(f":{c}_{i}" for c in _VOTE_COLUMNS) + ")" for i in range(n))
    return text(f"""
        INSERT INTO votes ({", ".join(_VOTE_COLUMNS)}) VALUES {rows}
        ON CONFLICT (page, lang, visitor) DO UPDATE SET
            helpful = excluded.helpful, reason = excluded.reason, comment = excluded.comment,
            revision = excluded.revision, client = excluded.client,
            updated_at = excluded.updated_at
        RETURNING id, page, lang, visitor, created_at
    """).bindparams(*(bindparam(f"{c}_{i}", type_=t) for i in range(n) for c, t in (
        ("helpful", Boolean()), ("created_at", DateTime(timezone=True)),
        ("updated_at", DateTime(timezone=True))))
    ).columns(votes.c.id, votes.c.page, votes.c.lang, votes.c.visitor, votes.c.created_at)


def _upsert_votes(conn: Any, values: list[dict[str, Any]]) -> list[tuple[int, dt.datetime]]:
    """Upsert several votes: one statement per run of distinct (page, lang, visitor) keys
    (a statement may not change one row twice); (id, created_at) for each, in order."""
    out: list[Any] = [None] * len(values)
    chunk: list[int] = []
    keys: set[tuple[str, str, str]] = set()

    def flush() -> None:
        if chunk:
            params = {f"{c}_{i}": values[k][c] for i, k in enumerate(chunk) for c in _VOTE_COLUMNS}
            got = {(r.page, r.lang, r.visitor): (r.id, r.created_at)
                   for r in conn.execute(_upsert_rows(len(chunk)), params)}
            for k in chunk:
                out[k] = got[(values[k]["page"], values[k]["lang"], values[k]["visitor"])]
        chunk.clear()
        keys.clear()

    for k, v in enumerate(values):
        key = (v["page"], v["lang"], v["visitor"])
        if key in keys or len(chunk) == _MANY_MAX:
            flush()
        chunk.append(k)
        keys.add(key)
    flush()
    return out


def upsert_vote(writer: Writer, vote: dict[str, Any], client: str) -> tuple[dict[str, Any], bool]:
    """Store a vote; the same visitor on the same page changes it. Returns (vote, created).

    Returns after the commit (group commit: see db.Writer)."""
    ts = now()
    values = {**vote, "client": client, "created_at": ts, "updated_at": ts}
    vote_id, created_at = writer.run_many(_upsert_votes, values)
    created_at = _utc(created_at)
    stored = {"id": vote_id, "page": vote["page"], "lang": vote["lang"],
              "helpful": bool(vote["helpful"]), "reason": vote["reason"],
              "comment": vote["comment"], "revision": vote["revision"],
              "created_at": _iso(created_at), "updated_at": _iso(ts)}
    return stored, created_at == ts


_ADD_SEARCH = insert(search_events).returning(search_events.c.id, search_events.c.created_at)


def add_search_event(writer: Writer, event: dict[str, Any], client: str) -> dict[str, Any]:
    values = {**event, "client": client, "created_at": now()}
    row = writer.run(lambda conn: conn.execute(_ADD_SEARCH, values).one())
    return {"id": row.id, **event, "created_at": _iso(row.created_at)}


def wilson(helpful: int, total: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of the helpful ratio."""
    if total == 0:
        return 0.0, 0.0
    p = helpful / total
    denom = 1 + z * z / total
    centre = (p + z * z / (2 * total)) / denom
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / denom
    return round(max(0.0, centre - half), 4), round(min(1.0, centre + half), 4)


MIN_VOTES = 5  # fewer votes than this: listed, but not ranked as most or least helpful
ORDERS = ("least_helpful", "most_helpful")


def ranked(rows: list[dict[str, Any]], order: str = "least_helpful") -> list[dict[str, Any]]:
    """Articles ordered by the evidence, not the raw ratio.

    "Least helpful" is the article whose helpful ratio is surely low: the smallest upper
    bound of its 95% interval first (one "No" vote has an interval of 0-79%, 17 votes at 6%
    one of 1-27%: the second is the worse article). "Most helpful" is the largest lower
    bound first. Articles with fewer than MIN_VOTES votes come after, most votes first."""
    for row in rows:
        row["ranked"] = row["votes"] >= MIN_VOTES
    if order == "most_helpful":
        def key(a: dict[str, Any]) -> tuple[Any, ...]:
            return (not a["ranked"], -a["ci_low"] if a["ranked"] else -a["votes"], -a["votes"])
    else:
        def key(a: dict[str, Any]) -> tuple[Any, ...]:
            return (not a["ranked"], a["ci_high"] if a["ranked"] else -a["votes"], -a["votes"])
    return sorted(rows, key=lambda a: (*key(a), a["lang"], a["page"]))


def article_report(engine: Engine, *, lang: str | None = None, page: str | None = None,
                   since: dt.datetime | None = None, comments: int = 5,
                   order: str = "least_helpful") -> list[dict[str, Any]]:
    """Per article and language: votes, ratio with interval, reasons, comments, weekly trend,
    in the order of ``ranked``."""
    cond = []
    if lang:
        cond.append(votes.c.lang == lang)
    if page:
        cond.append(votes.c.page == page)
    if since:
        cond.append(votes.c.updated_at >= since)
    helpful = func.sum(case((votes.c.helpful.is_(True), 1), else_=0))
    q = (select(votes.c.page, votes.c.lang, func.count().label("votes"), helpful.label("helpful"))
         .where(*cond).group_by(votes.c.page, votes.c.lang))
    out: dict[tuple[str, str], dict[str, Any]] = {}
    with engine.connect() as conn:
        for r in conn.execute(q):
            low, high = wilson(int(r.helpful or 0), int(r.votes))
            out[(r.page, r.lang)] = {
                "page": r.page, "lang": r.lang, "votes": int(r.votes),
                "helpful": int(r.helpful or 0), "not_helpful": int(r.votes) - int(r.helpful or 0),
                "helpful_ratio": round(int(r.helpful or 0) / int(r.votes), 4) if r.votes else 0.0,
                "ci_low": low, "ci_high": high, "reasons": {}, "comments": [], "trend": []}
        reasons = select(votes.c.page, votes.c.lang, votes.c.reason, func.count().label("n")) \
            .where(votes.c.reason.is_not(None), *cond) \
            .group_by(votes.c.page, votes.c.lang, votes.c.reason)
        for r in conn.execute(reasons):
            if (r.page, r.lang) in out:
                out[(r.page, r.lang)]["reasons"][r.reason] = int(r.n)
        latest = select(votes.c.page, votes.c.lang, votes.c.comment, votes.c.helpful,
                        votes.c.updated_at).where(votes.c.comment.is_not(None), *cond) \
            .order_by(votes.c.updated_at.desc()).limit(2000)
        for r in conn.execute(latest):
            item = out.get((r.page, r.lang))
            if item is not None and len(item["comments"]) < comments:
                item["comments"].append({"text": redact(r.comment), "helpful": bool(r.helpful),
                                         "at": _iso(r.updated_at)})
        weekly: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(dict)
        for r in conn.execute(select(votes.c.page, votes.c.lang, votes.c.helpful,
                                     votes.c.updated_at).where(*cond)):
            ts = r.updated_at
            week = (ts.date() - dt.timedelta(days=ts.weekday())).isoformat()
            cell = weekly[(r.page, r.lang)].setdefault(week, [0, 0])
            cell[0] += 1
            cell[1] += 1 if r.helpful else 0
        for key, weeks in weekly.items():
            if key in out:
                out[key]["trend"] = [{"week": w, "votes": v, "helpful": h}
                                     for w, (v, h) in sorted(weeks.items())]
    return ranked(list(out.values()), order)


def failed_searches(engine: Engine, *, lang: str | None = None, limit: int = 50,
                    ) -> list[dict[str, Any]]:
    """Searches that found nothing, most frequent first (case-insensitive)."""
    cond = [search_events.c.results == 0]
    if lang:
        cond.append(search_events.c.lang == lang)
    q = search_events.c.query
    stmt = (select(q.label("query"), search_events.c.lang, func.count().label("count"),
                   func.max(search_events.c.created_at).label("last"))
            .where(*cond).group_by(q, search_events.c.lang)
            .order_by(func.count().desc(), q).limit(limit))
    with engine.connect() as conn:
        return [{"query": redact(r.query), "lang": r.lang, "count": int(r.count),
                 "last_seen": _iso(r.last)} for r in conn.execute(stmt)]


def overview(engine: Engine) -> dict[str, Any]:
    helpful = func.sum(case((votes.c.helpful.is_(True), 1), else_=0))
    day = func.date(votes.c.updated_at)
    with engine.connect() as conn:
        total = conn.execute(select(func.count(), helpful).select_from(votes)).one()
        searches = conn.execute(select(func.count()).select_from(search_events)).scalar()
        daily = [{"day": str(r.day), "votes": int(r.n), "helpful": int(r.h or 0)}
                 for r in conn.execute(select(day.label("day"), func.count().label("n"),
                                              helpful.label("h"))
                                       .group_by(day).order_by(day))]
    return {"votes": int(total[0]), "helpful": int(total[1] or 0), "searches": int(searches or 0),
            "daily": daily}


def import_suggestions(engine: Engine, document: dict[str, Any]) -> int:
    with engine.begin() as conn:
        return int(conn.execute(insert(suggestion_imports).values(
            imported_at=now(), schema_version=int(document["schema_version"]),
            document=json.dumps(document, ensure_ascii=False))
            .returning(suggestion_imports.c.id)).scalar_one())


def latest_suggestions(engine: Engine) -> tuple[dict[str, Any] | None, str | None]:
    with engine.connect() as conn:
        row = conn.execute(select(suggestion_imports.c.document, suggestion_imports.c.imported_at)
                           .order_by(suggestion_imports.c.id.desc()).limit(1)).first()
    if row is None:
        return None, None
    return json.loads(row.document), _iso(row.imported_at)


STATUSES = ("open", "planned", "written", "dismissed")


def set_suggestion_status(engine: Engine, suggestion: str, status: str) -> str:
    """A writer's status for a suggestion (kept across imports: ids are stable)."""
    ts = now()
    with engine.begin() as conn:
        updated = conn.execute(suggestion_status.update()
                               .where(suggestion_status.c.suggestion == suggestion)
                               .values(status=status, updated_at=ts)).rowcount
        if not updated:
            conn.execute(insert(suggestion_status).values(suggestion=suggestion, status=status,
                                                          updated_at=ts))
    return _iso(ts) or ""


def suggestion_statuses(engine: Engine) -> dict[str, str]:
    with engine.connect() as conn:
        return {r.suggestion: r.status for r in conn.execute(
            select(suggestion_status.c.suggestion, suggestion_status.c.status))}
