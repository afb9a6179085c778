"""The OpenAPI 3.1 document of the API, served at /api/v1/openapi.json."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, jsonify

from feedback_api.payloads import COMMENT_MAX, REASONS

bp = Blueprint("openapi", __name__)

_ERROR = {"type": "object", "required": ["ok", "status", "error", "errors"],
          "properties": {"ok": {"const": False}, "status": {"type": "integer"},
                         "error": {"type": "string"},
                         "errors": {"type": "array", "items": {
                             "type": "object", "properties": {"field": {"type": "string"},
                                                              "message": {"type": "string"}}}}}}
_LANG = {"type": "string", "pattern": "^[a-z]{2,3}(?:-[A-Za-z]{2,4})?$", "example": "el"}


def _err(*codes: int) -> dict[str, Any]:
    return {str(c): {"description": "error", "content": {"application/json": {
        "schema": {"$ref": "#/components/schemas/Error"}}}} for c in codes}


def _ok(schema: dict[str, Any], code: int = 200, desc: str = "ok") -> dict[str, Any]:
    return {str(code): {"description": desc, "content": {"application/json": {"schema": schema}}}}


_ADMIN = [{"bearer": []}]
_REPORT_PARAMS = [
    {"name": "lang", "in": "query", "schema": _LANG},
    {"name": "format", "in": "query", "schema": {"enum": ["json", "csv"]}},
]

DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "kbgen feedback API", "version": "1.0.0",
             "description": "Votes from the help center's 'Was this helpful?' widget, searches "
                            "that found nothing, and reports for writers."},
    "paths": {
        "/api/v1/votes": {"post": {
            "summary": "Record a vote (the same visitor on the same page changes it)",
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/VoteIn"}}}},
            "responses": {**_ok({"type": "object", "required": ["ok", "vote"], "properties": {
                "ok": {"const": True}, "vote": {"$ref": "#/components/schemas/Vote"},
                "created": {"type": "boolean"}}}, 201, "stored and committed"),
                **_err(400, 403, 413, 415, 422, 429)}}},
        "/api/v1/search-events": {"post": {
            "summary": "Record a search (searches with no result become content gaps)",
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/SearchEventIn"}}}},
            "responses": {**_ok({"type": "object", "required": ["ok"], "properties": {
                "ok": {"const": True}, "event": {"type": "object"}}}, 201, "stored"),
                **_err(400, 403, 413, 415, 422, 429)}}},
        "/api/v1/reports/articles": {"get": {
            "summary": "Per article and language: votes, helpful ratio with 95% interval, "
                       "reasons, comments (personal data removed), weekly trend",
            "security": _ADMIN,
            "parameters": [*_REPORT_PARAMS, {"name": "page", "in": "query",
                                             "schema": {"type": "string"}},
                           {"name": "days", "in": "query", "schema": {"type": "string"}}],
            "responses": {**_ok({"type": "object"}), **_err(400, 401, 403)}}},
        "/api/v1/reports/searches": {"get": {
            "summary": "Searches that found nothing, most frequent first",
            "security": _ADMIN, "parameters": _REPORT_PARAMS,
            "responses": {**_ok({"type": "object"}), **_err(400, 401, 403)}}},
        "/api/v1/reports/overview": {"get": {
            "summary": "Totals and votes per day", "security": _ADMIN,
            "responses": {**_ok({"type": "object"}), **_err(401, 403)}}},
        "/api/v1/suggestions/import": {"post": {
            "summary": "Import a 'kbgen mine' result (suggestions.json)", "security": _ADMIN,
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": {"type": "object"}}}},
            "responses": {**_ok({"type": "object"}, 201, "imported"),
                          **_err(400, 401, 403, 413, 415, 422)}}},
        "/api/v1/suggestions": {"get": {
            "summary": "Missing articles (from tickets), articles to improve (tickets and "
                       "votes), and searches that found nothing",
            "security": _ADMIN, "parameters": [{"name": "lang", "in": "query", "schema": _LANG}],
            "responses": {**_ok({"type": "object"}), **_err(400, 401, 403)}}},
        "/healthz": {"get": {"summary": "Liveness and database check",
                             "responses": {**_ok({"type": "object"}), **_err(503)}}},
    },
    "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Error": _ERROR,
            "VoteIn": {"type": "object", "additionalProperties": False,
                       "required": ["page", "lang", "helpful", "visitor"],
                       "properties": {
                           "page": {"type": "string", "pattern": "^[^\\s<>\"'\\\\]{1,300}$",
                                    "example": "payments/payment-methods.md"},
                           "lang": _LANG, "helpful": {"type": "boolean"},
                           "reason": {"enum": list(REASONS)},
                           "comment": {"type": "string", "maxLength": COMMENT_MAX},
                           "visitor": {"type": "string", "pattern": "^[A-Za-z0-9-]{8,64}$"},
                           "revision": {"type": "string", "pattern": "^[0-9a-f]{4,64}$"}}},
            "Vote": {"type": "object", "properties": {
                "id": {"type": "integer"}, "page": {"type": "string"}, "lang": {"type": "string"},
                "helpful": {"type": "boolean"}, "reason": {"type": ["string", "null"]},
                "comment": {"type": ["string", "null"]}, "revision": {"type": ["string", "null"]},
                "created_at": {"type": "string"}, "updated_at": {"type": "string"}}},
            "SearchEventIn": {"type": "object", "additionalProperties": False,
                              "required": ["query", "lang", "results"], "properties": {
                                  "query": {"type": "string", "minLength": 1},
                                  "lang": _LANG,
                                  "results": {"type": "integer", "minimum": 0, "maximum": 10000},
                                  "clicked": {"type": "string"}}},
        },
    },
}


@bp.get("/api/v1/openapi.json")
def document() -> Any:
    return jsonify(DOCUMENT)
