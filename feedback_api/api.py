"""The public endpoints (votes, search events) and the writers' reports."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from typing import Any

from flask import Blueprint, Response, current_app, g, jsonify, request

from feedback_api import payloads, store
from feedback_api.auth import require_admin
from feedback_api.db import get_engine, get_writer, schema_version
from feedback_api.errors import ApiError
from feedback_api.pages import SitePages
from feedback_api.privacy import client_hash, redact

bp = Blueprint("api", __name__)
_DAYS = re.compile(r"[0-9]{1,4}")  # not str.isdigit(): it accepts '²', which int() refuses


def _json_body(limits: payloads.BodyLimits = payloads.PUBLIC) -> Any:
    if not request.is_json:
        raise ApiError(415, "send JSON with Content-Type: application/json")
    return payloads.parse_json(request.get_data(cache=True), limits)


def _client() -> str:
    """The salted daily hash of the client (the address the rate limits counted)."""
    address = g.get("kb_client") or request.remote_addr or "-"
    return client_hash(address, current_app.config["FEEDBACK_IP_SALT"])


def _site_pages() -> SitePages | None:
    return current_app.extensions.get("kb_pages")


def _not_on_site(field: str, value: str, what: str) -> ApiError:
    message = f"not {what} of the site (kb-pages.json)"
    return ApiError(422, f"{field}: '{value[:100]}' is {message}",
                    [{"field": field, "message": message}])


@bp.post("/api/v1/votes")
def post_vote() -> Any:
    vote = payloads.vote(_json_body())
    if (pages := _site_pages()) is not None and \
            pages.current().page(vote["lang"], vote["page"]) is None:
        raise _not_on_site("page", f"{vote['lang']}/{vote['page']}", "a page")
    if vote["comment"]:
        vote["comment"] = redact(vote["comment"])  # personal data is never stored
    stored, created = store.upsert_vote(get_writer(), vote, _client())
    return jsonify({"ok": True, "vote": stored, "created": created}), 201


@bp.post("/api/v1/search-events")
def post_search_event() -> Any:
    event = payloads.search_event(_json_body())
    if (pages := _site_pages()) is not None:
        site = pages.current()
        if event["lang"] not in site.languages:
            raise _not_on_site("lang", event["lang"], "a language")
        if event["clicked"] is not None and not site.has_url(event["clicked"]):
            raise _not_on_site("clicked", event["clicked"], "a page")
    # personal data is never stored: removed from the whole query, then normalized and cut
    event["query"] = payloads.normalize_query(redact(event["query"]))
    return jsonify({"ok": True, "event": store.add_search_event(get_writer(), event, _client())}), \
        201


@bp.get("/healthz")
def healthz() -> Any:
    try:
        version = schema_version(get_engine())
    except Exception as exc:  # noqa: BLE001 - health must answer, not raise
        current_app.logger.warning("health check failed: %s", exc)
        return jsonify({"ok": False, "status": 503, "error": "database unavailable",
                        "errors": []}), 503
    return jsonify({"ok": True, "database": get_engine().dialect.name, "schema_version": version})


def _since() -> dt.datetime | None:
    days = request.args.get("days")
    if days is None:
        return None
    if not _DAYS.fullmatch(days) or not 0 < int(days) <= 3650:
        raise ApiError(400, "days: expected a whole number of days (1-3650)",
                       [{"field": "days", "message": "expected 1-3650"}])
    return store.now() - dt.timedelta(days=int(days))


def _checked_arg(name: str, pattern: re.Pattern[str], expected: str, example: str,
                 ) -> str | None:
    value = request.args.get(name)
    if value is not None and not pattern.fullmatch(value):
        raise ApiError(400, f"{name}: expected {expected} such as {example}",
                       [{"field": name, "message": f"expected {expected}"}])
    return value


def _lang_arg() -> str | None:
    return _checked_arg("lang", payloads._LANG, "a language code", "el")


def _page_arg() -> str | None:
    return _checked_arg("page", payloads._PAGE, "an article path", "payments/refunds.md")


def _csv(rows: list[dict[str, Any]], columns: list[str], name: str) -> Response:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return Response(buf.getvalue(), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})


def _cell(value: Any) -> Any:
    if isinstance(value, dict):
        return "; ".join(f"{k}={v}" for k, v in value.items())
    if isinstance(value, list):
        return len(value)
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text  # no CSV formula injection


def _format() -> str:
    fmt = request.args.get("format", "json")
    if fmt not in ("json", "csv"):
        raise ApiError(400, "format: expected json or csv",
                       [{"field": "format", "message": "expected json or csv"}])
    return fmt


def _titled(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each article's title and live URL from the site manifest (None without one, or
    for a page the site no longer has)."""
    pages = _site_pages()
    site = pages.current() if pages is not None else None
    base = pages.base_url if pages is not None else None
    if base is None and current_app.config["FEEDBACK_ALLOWED_ORIGINS"]:
        base = current_app.config["FEEDBACK_ALLOWED_ORIGINS"][0] + "/"  # the site's origin
    for row in rows:
        page = site.page(row["lang"], row["page"]) if site is not None else None
        row["title"] = page.get("title") if page and isinstance(page.get("title"), str) \
            else None
        row["url"] = base + page["url"] if page and base else None
    return rows


@bp.get("/api/v1/reports/articles")
@require_admin
def report_articles() -> Any:
    order = request.args.get("sort", "least_helpful")
    if order not in store.ORDERS:
        raise ApiError(400, "sort: expected least_helpful or most_helpful",
                       [{"field": "sort", "message": "expected least_helpful or most_helpful"}])
    rows = _titled(store.article_report(get_engine(), lang=_lang_arg(), page=_page_arg(),
                                        since=_since(), order=order))
    if _format() == "csv":
        return _csv(rows, ["page", "lang", "title", "url", "votes", "helpful", "not_helpful", "helpful_ratio",
                           "ci_low", "ci_high", "ranked", "reasons"], "articles")
    return jsonify({"ok": True, "articles": rows})


@bp.get("/api/v1/reports/searches")
@require_admin
def report_searches() -> Any:
    rows = store.failed_searches(get_engine(), lang=_lang_arg())
    if _format() == "csv":
        return _csv(rows, ["query", "lang", "count", "last_seen"], "failed-searches")
    return jsonify({"ok": True, "failed_searches": rows})


@bp.get("/api/v1/reports/overview")
@require_admin
def report_overview() -> Any:
    return jsonify({"ok": True, **store.overview(get_engine())})


@bp.post("/api/v1/suggestions/import")
@require_admin
def import_suggestions() -> Any:
    request.max_content_length = current_app.config["FEEDBACK_MAX_IMPORT"]
    doc = payloads.suggestions_document(_json_body(payloads.IMPORT))
    import_id = store.import_suggestions(get_engine(), doc)
    return jsonify({"ok": True, "import": import_id, "suggestions": len(doc["suggestions"]),
                    "tickets": len(doc["tickets"])}), 201


def _objects(doc: dict[str, Any] | None, key: str) -> list[dict[str, Any]]:
    items = (doc or {}).get(key)
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []


@bp.get("/api/v1/suggestions")
@require_admin
def get_suggestions() -> Any:
    engine = get_engine()
    doc, imported_at = store.latest_suggestions(engine)
    lang = _lang_arg()
    articles = {(a["lang"], a["page"]): a for a in store.article_report(engine, comments=0)}
    suggestions = [s for s in _objects(doc, "suggestions") if not lang or s.get("lang") == lang]
    improve = []
    for item in _objects(doc, "improve"):
        art = str(item.get("article", ""))
        a_lang, _, page = art.partition("/")
        if lang and a_lang != lang:
            continue
        stats = articles.get((a_lang, page))
        tickets = item.get("tickets")
        improve.append({**item, "tickets": tickets if isinstance(tickets, int) else 0,
                        "votes": stats["votes"] if stats else 0,
                        "helpful_ratio": stats["helpful_ratio"] if stats else None,
                        "reasons": stats["reasons"] if stats else {}})
    for (a_lang, page), stats in articles.items():  # unhelpful articles no ticket pointed at
        if (lang and a_lang != lang) or not stats["ranked"] or stats["ci_high"] >= 0.5:
            continue
        if not any(i.get("article") == f"{a_lang}/{page}" for i in improve):
            improve.append({"article": f"{a_lang}/{page}", "tickets": 0, "ticket_ids": [],
                            "votes": stats["votes"], "helpful_ratio": stats["helpful_ratio"],
                            "reasons": stats["reasons"]})
    improve.sort(key=lambda i: (-(i.get("tickets") or 0), i.get("helpful_ratio") or 0))
    statuses = store.suggestion_statuses(engine)
    suggestions = [{**s, "status": statuses.get(str(s.get("id")), "open")} for s in suggestions]
    pages = _site_pages()
    site = pages.current() if pages is not None else None
    for item in improve:
        item["status"] = statuses.get(f"improve:{item['article']}", "open")
        a_lang, _, page = str(item["article"]).partition("/")
        found = site.page(a_lang, page) if site is not None else None
        item["title"] = found.get("title") if found else None
    gaps = store.failed_searches(engine, lang=lang)
    return jsonify({"ok": True, "imported_at": imported_at, "suggestions": suggestions,
                    "improve": improve, "failed_searches": gaps})


@bp.post("/api/v1/suggestions/status")
@require_admin
def set_suggestion_status() -> Any:
    """A writer marks a suggestion (or "improve:<article>") open, planned, written or
    dismissed; the dashboard shows it with the suggestion."""
    data = _json_body()
    errors = []
    if not isinstance(data, dict):
        raise ApiError(400, "request body must be a JSON object",
                       [{"field": "", "message": "expected a JSON object"}])
    suggestion, status = data.get("suggestion"), data.get("status")
    if not isinstance(suggestion, str) or not payloads.SUGGESTION.fullmatch(suggestion):
        errors.append({"field": "suggestion", "message": "expected a suggestion's id "
                                                         "(or improve:<article>)"})
    if status not in store.STATUSES:
        errors.append({"field": "status", "message": f"expected one of {', '.join(store.STATUSES)}"})
    errors += [{"field": str(k)[:40], "message": "unknown field"} for k in data
               if k not in ("suggestion", "status")]
    if errors:
        raise ApiError(422, "; ".join(f"{e['field']}: {e['message']}" for e in errors), errors)
    at = store.set_suggestion_status(get_engine(), suggestion, status)
    return jsonify({"ok": True, "suggestion": suggestion, "status": status, "updated_at": at})
