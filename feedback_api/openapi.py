"""The OpenAPI 3.1 document of the API, served at /api/v1/openapi.json."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, jsonify

from feedback_api.payloads import (
    COMMENT_MAX,
    LANG_PATTERN,
    PAGE_PATTERN,
    REASONS,
    REVISION_PATTERN,
    SUGGESTION_PATTERN,
    URL_PATTERN,
    VISITOR_PATTERN,
)

bp = Blueprint("openapi", __name__)


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _obj(required: list[str], **properties: Any) -> dict[str, Any]:
    return {"type": "object", "required": required, "properties": properties}


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


_INT = {"type": "integer"}
_STR = {"type": "string"}
_TIME = {"type": "string", "format": "date-time"}
_RATIO = {"type": "number", "minimum": 0, "maximum": 1}
_LANG = {"type": "string", "pattern": LANG_PATTERN, "example": "el"}
_PAGE = {"type": "string", "pattern": PAGE_PATTERN, "example": "payments/payment-methods.md",
         "maxLength": 300, "description": "the article's path inside its language folder; with "
         "a site manifest (FEEDBACK_SITE_MANIFEST) one of its pages, else 422"}
_URL = {"type": "string", "pattern": URL_PATTERN, "minLength": 1, "maxLength": 300,
        "example": "el/payments/payment-methods/",
        "description": "with a site manifest one of its pages' URLs, else 422; never '..'"}
_ERROR = _obj(["ok", "status", "error", "errors"], ok={"const": False}, status=_INT,
              error=_STR, errors={"type": "array", "items": _obj(
                  ["field", "message"], field=_STR, message=_STR)})


def _err(*codes: int) -> dict[str, Any]:
    return {str(c): {"description": "error", "content": {"application/json": {
        "schema": _ref("Error")}}} for c in codes}


def _ok(schema: dict[str, Any], code: int = 200, desc: str = "ok",
        csv: bool = False) -> dict[str, Any]:
    content: dict[str, Any] = {"application/json": {"schema": schema}}
    if csv:
        content["text/csv"] = {"schema": {"type": "string"}}
    return {str(code): {"description": desc, "content": content}}


def _link(responses: dict[str, Any], links: dict[str, Any]) -> dict[str, Any]:
    """OpenAPI links from the one success response to the operations that read it back."""
    [response] = responses.values()
    response["links"] = links
    return responses


_ADMIN = [{"bearer": []}]
_STATUS = {"enum": ["open", "planned", "written", "dismissed"]}
_LANG_PARAM = {"name": "lang", "in": "query", "schema": _LANG}
_FORMAT_PARAM = {"name": "format", "in": "query", "schema": {"enum": ["json", "csv"]},
                 "description": "csv: a spreadsheet-safe CSV file instead of JSON"}

DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "kbgen feedback API", "version": "1.0.0",
             "description": "Votes from the help center's 'Was this helpful?' widget, searches "
                            "that found nothing, and reports for writers. Every error has the "
                            "shape of the Error schema."},
    "paths": {
        "/api/v1/votes": {"post": {
            "operationId": "postVote",
            "summary": "Record a vote (the same visitor on the same page changes it)",
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": _ref("VoteIn")}}},
            "responses": {**_link(_ok(_obj(["ok", "vote", "created"], ok={"const": True},
                                           vote=_ref("Vote"), created={"type": "boolean"}),
                                      201, "stored and committed"), {
                "ArticleReport": {"operationId": "reportArticles", "parameters": {
                    "page": "$response.body#/vote/page", "lang": "$response.body#/vote/lang"}},
                "Suggestions": {"operationId": "getSuggestions", "parameters": {
                    "lang": "$response.body#/vote/lang"}}}),
                          **_err(400, 403, 413, 415, 422, 429, 503)}}},
        "/api/v1/search-events": {"post": {
            "operationId": "postSearchEvent",
            "summary": "Record a search (searches with no result become content gaps)",
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": _ref("SearchEventIn")}}},
            "responses": {**_link(_ok(_obj(["ok", "event"], ok={"const": True},
                                           event=_ref("SearchEvent")), 201, "stored"), {
                "FailedSearches": {"operationId": "reportSearches", "parameters": {
                    "lang": "$response.body#/event/lang"}}}),
                          **_err(400, 403, 413, 415, 422, 429, 503)}}},
        "/api/v1/reports/articles": {"get": {
            "operationId": "reportArticles",
            "summary": "Per article and language: votes, helpful ratio with 95% interval, "
                       "reasons, comments (personal data removed), weekly trend",
            "security": _ADMIN,
            "parameters": [_LANG_PARAM, _FORMAT_PARAM,
                           {"name": "page", "in": "query", "schema": _PAGE},
                           {"name": "sort", "in": "query", "description":
                            "least_helpful: smallest upper bound of the 95% interval first; "
                            "most_helpful: largest lower bound first; articles with fewer than "
                            "5 votes after the others (ranked: false)",
                            "schema": {"enum": ["least_helpful", "most_helpful"]}},
                           {"name": "days", "in": "query", "description": "only the last N days",
                            "schema": {"type": "integer", "minimum": 1, "maximum": 3650}}],
            "responses": {**_ok(_obj(["ok", "articles"], ok={"const": True}, articles={
                "type": "array", "items": _ref("ArticleReport")}), csv=True),
                **_err(400, 401, 403)}}},
        "/api/v1/reports/searches": {"get": {
            "operationId": "reportSearches",
            "summary": "Searches that found nothing, most frequent first",
            "security": _ADMIN, "parameters": [_LANG_PARAM, _FORMAT_PARAM],
            "responses": {**_ok(_obj(["ok", "failed_searches"], ok={"const": True},
                                     failed_searches={"type": "array",
                                                      "items": _ref("FailedSearch")}), csv=True),
                          **_err(400, 401, 403)}}},
        "/api/v1/reports/overview": {"get": {
            "operationId": "reportOverview",
            "summary": "Totals and votes per day", "security": _ADMIN,
            "responses": {**_ok(_obj(
                ["ok", "votes", "helpful", "searches", "daily"], ok={"const": True},
                votes=_INT, helpful=_INT, searches=_INT,
                daily={"type": "array", "items": _obj(
                    ["day", "votes", "helpful"], day={"type": "string", "format": "date"},
                    votes=_INT, helpful=_INT)})),
                **_err(401, 403)}}},
        "/api/v1/suggestions/import": {"post": {
            "operationId": "importSuggestions",
            "summary": "Import a 'kbgen mine' result (suggestions.json)", "security": _ADMIN,
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": _ref("SuggestionsDocument")}}},
            "responses": {**_link(_ok(_obj(["ok", "import", "suggestions", "tickets"],
                                           ok={"const": True}, **{"import": _INT},
                                           suggestions=_INT, tickets=_INT), 201, "imported"), {
                "Suggestions": {"operationId": "getSuggestions"}}),
                          **_err(400, 401, 403, 413, 415, 422, 429, 503)}}},
        "/api/v1/suggestions": {"get": {
            "operationId": "getSuggestions",
            "summary": "Missing articles (from tickets), articles to improve (tickets and "
                       "votes), and searches that found nothing",
            "security": _ADMIN, "parameters": [_LANG_PARAM],
            "responses": {**_ok(_obj(
                ["ok", "imported_at", "suggestions", "improve", "failed_searches"],
                ok={"const": True}, imported_at=_nullable(_TIME),
                suggestions={"type": "array", "items": {
                    "type": "object", "required": ["status"], "properties": {"status": _STATUS}}},
                improve={"type": "array", "items": _obj(
                    ["article", "tickets", "votes", "helpful_ratio", "reasons", "status",
                     "title"],
                    article=_STR, tickets=_INT, votes=_INT, helpful_ratio=_nullable(_RATIO),
                    reasons=_ref("Reasons"), status=_STATUS, title=_nullable(_STR))},
                failed_searches={"type": "array", "items": _ref("FailedSearch")})),
                **_err(400, 401, 403)}}},
        "/api/v1/suggestions/status": {"post": {
            "operationId": "setSuggestionStatus",
            "summary": "A writer's status for a suggestion (open, planned, written, dismissed)",
            "security": _ADMIN,
            "requestBody": {"required": True, "content": {"application/json": {"schema": {
                "type": "object", "additionalProperties": False,
                "required": ["suggestion", "status"], "properties": {
                    "suggestion": {"type": "string", "pattern": SUGGESTION_PATTERN,
                                   "description": "a suggestion's id, or improve:<article>"},
                    "status": {"enum": ["open", "planned", "written", "dismissed"]}}}}}},
            "responses": {**_link(_ok(_obj(["ok", "suggestion", "status", "updated_at"],
                                           ok={"const": True}, suggestion=_STR,
                                           status=_STR, updated_at=_TIME)), {
                "Suggestions": {"operationId": "getSuggestions"}}),
                **_err(400, 401, 403, 413, 415, 422, 429, 503)}}},
        "/healthz": {"get": {"operationId": "health", "summary": "Liveness and database check",
                             "responses": {**_ok(_obj(["ok", "database", "schema_version"],
                                                      ok={"const": True}, database=_STR,
                                                      schema_version=_INT)),
                                           **_err(503)}}},
    },
    "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Error": _ERROR,
            "VoteIn": {"type": "object", "additionalProperties": False,
                       "required": ["page", "lang", "helpful", "visitor"],
                       "if": {"required": ["helpful"], "properties": {"helpful": {"const": True}}},
                       "then": {"properties": {"reason": {"type": "null"}}},
                       "properties": {
                           "page": _PAGE, "lang": _LANG, "helpful": {"type": "boolean"},
                           "reason": {"enum": [*REASONS, None],
                                      "description": "only on a 'not helpful' vote"},
                           "comment": _nullable({"type": "string", "maxLength": COMMENT_MAX}),
                           "visitor": {"type": "string", "pattern": VISITOR_PATTERN},
                           "revision": _nullable({"type": "string",
                                                  "pattern": REVISION_PATTERN})}},
            "Vote": _obj(["id", "page", "lang", "helpful", "reason", "comment", "revision",
                          "created_at", "updated_at"],
                         id=_INT, page=_STR, lang=_STR, helpful={"type": "boolean"},
                         reason=_nullable({"enum": list(REASONS)}), comment=_nullable(_STR),
                         revision=_nullable(_STR), created_at=_TIME, updated_at=_TIME),
            "SearchEventIn": {"type": "object", "additionalProperties": False,
                              "required": ["query", "lang", "results"], "properties": {
                                  "query": {"type": "string", "pattern": "\\S", "maxLength": 2000,
                                            "description": "cut to 200 characters"},
                                  "lang": _LANG,
                                  "results": {"type": "integer", "minimum": 0, "maximum": 10000},
                                  "clicked": _nullable(_URL)}},
            "SearchEvent": _obj(["id", "query", "lang", "results", "clicked", "created_at"],
                                id=_INT, query=_STR, lang=_STR, results=_INT,
                                clicked=_nullable(_STR), created_at=_TIME),
            "Reasons": {"type": "object", "propertyNames": {"enum": list(REASONS)},
                        "additionalProperties": _INT},
            "ArticleReport": _obj(
                ["page", "lang", "title", "url", "votes", "helpful", "not_helpful",
                 "helpful_ratio", "ci_low", "ci_high", "ranked", "reasons", "comments", "trend"],
                page=_STR, lang=_STR, title=_nullable(_STR), url=_nullable(_STR),
                votes=_INT, helpful=_INT, not_helpful=_INT,
                helpful_ratio=_RATIO, ci_low=_RATIO, ci_high=_RATIO,
                ranked={"type": "boolean", "description": "at least 5 votes"},
                reasons=_ref("Reasons"),
                comments={"type": "array", "items": _obj(
                    ["text", "helpful", "at"], text=_STR, helpful={"type": "boolean"},
                    at=_TIME)},
                trend={"type": "array", "items": _obj(
                    ["week", "votes", "helpful"], week={"type": "string", "format": "date"},
                    votes=_INT, helpful=_INT)}),
            "FailedSearch": _obj(["query", "lang", "count", "last_seen"], query=_STR,
                                 lang=_STR, count=_INT, last_seen=_TIME),
            "SuggestionsDocument": {
                "type": "object", "description": "the suggestions.json 'kbgen mine' writes",
                "required": ["schema_version", "tickets", "suggestions"],
                "properties": {
                    "schema_version": {"const": 1},
                    "tickets": {"type": "array", "items": {"type": "object"}},
                    "suggestions": {"type": "array", "items": {
                        "type": "object", "properties": {"lang": _STR}}},
                    "improve": {"type": "array", "items": {
                        "type": "object", "required": ["article"],
                        "properties": {"article": _STR, "tickets": _INT}}}}},
        },
    },
}


@bp.get("/api/v1/openapi.json")
def document() -> Any:
    return jsonify(DOCUMENT)
