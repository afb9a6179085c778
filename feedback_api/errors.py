"""One error shape for every error the API returns.

``{"ok": false, "status": 422, "error": "helpful: expected true or false", "errors": [...]}``
"""

from __future__ import annotations

from typing import Any

from flask import Flask, jsonify
from werkzeug.exceptions import HTTPException


class ApiError(Exception):
    def __init__(self, status: int, message: str, errors: list[dict[str, str]] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.errors = errors or []


def error_body(status: int, message: str, errors: list[dict[str, str]] | None = None,
               ) -> dict[str, Any]:
    return {"ok": False, "status": status, "error": message, "errors": errors or []}


def _response(status: int, message: str, errors: list[dict[str, str]] | None = None) -> Any:
    resp = jsonify(error_body(status, message, errors))
    resp.status_code = status
    return resp


def init_app(app: Flask) -> None:
    @app.errorhandler(ApiError)
    def _api_error(exc: ApiError) -> Any:
        return _response(exc.status, exc.message, exc.errors)

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException) -> Any:
        status = exc.code or 500
        message = {413: "request body is too large", 429: "too many requests; slow down",
                   404: "no such endpoint", 405: "method not allowed on this endpoint",
                   415: "send JSON with Content-Type: application/json"}.get(
                       status, exc.description or exc.name)
        if status == 429 and exc.description:
            message = f"too many requests: limit is {exc.description}"
        resp = _response(status, message)
        if status == 405 and hasattr(exc, "valid_methods") and exc.valid_methods:
            resp.headers["Allow"] = ", ".join(exc.valid_methods)
        return resp

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception) -> Any:
        app.logger.exception("unhandled error")
        return _response(500, "internal error; it has been logged")
