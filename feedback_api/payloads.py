"""Request validation: pure functions from JSON to clean values or field messages."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from feedback_api.errors import ApiError

REASONS = ("outdated", "unclear", "missing_information", "did_not_solve", "other")
COMMENT_MAX = 1000
QUERY_MAX = 200
# Matched with fullmatch (Python's `$` also matches before a final newline). The same
# patterns, as strings, are in the OpenAPI document (feedback_api/openapi.py).
LANG_PATTERN = r"^[a-z]{2,3}(?:-[A-Za-z]{2,4})?$"
# The shape of an article's path inside its language folder (what the widget sends):
# folders and a file name of letters, digits, '_', '-' and '.', not starting with '.',
# ending in .md. No '..', no absolute path, no formula. Without a site manifest this is
# all that is checked; with one, the page must be in it.
PAGE_PATTERN = r"^(?:[\w-][\w.-]{0,99}/){0,8}[\w-][\w.-]{0,99}\.md$"
# Free text with no whitespace, quotes, angle brackets, backslashes or control characters
# (PostgreSQL refuses NUL in text). \x85 and \ufeff are named because Python's and
# JavaScript's \s disagree on them: the pattern means the same in the OpenAPI document.
SUGGESTION_PATTERN = r"^[^\s<>" + "\"'" + r"\\\x00-\x1f\x7f-\x9f\ufeff]{1,320}$"  # improve:<article>
# A clicked search result: the page's URL as the search box has it, relative to the site's
# root or absolute (http(s), a host, an optional port), path segments of URL characters
# (non-ASCII letters percent-encoded or as they are), an optional fragment. No query, no
# '..' (refused in code: a lookahead would not carry over to every JSON Schema tool).
URL_PATTERN = (r"^(?:https?://[A-Za-z0-9.-]+(?::[0-9]{1,5})?)?/?(?:[\w%.~-]+/)*[\w%.~-]*"
               r"(?:#[\w%.~:-]*)?$")
VISITOR_PATTERN = r"^[A-Za-z0-9-]{8,64}$"
REVISION_PATTERN = r"^[0-9a-f]{4,64}$"
_LANG = re.compile(LANG_PATTERN)
_PAGE = re.compile(PAGE_PATTERN)
_URL = re.compile(URL_PATTERN)
SUGGESTION = re.compile(SUGGESTION_PATTERN)
_VISITOR = re.compile(VISITOR_PATTERN)
_REVISION = re.compile(REVISION_PATTERN)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


@dataclass(frozen=True)
class BodyLimits:
    """Bounds on a JSON body, checked before and after parsing (each breach a 4xx)."""

    depth: int = 8  # nesting of arrays and objects
    items: int = 100  # entries of one array or object
    string: int = 2000  # characters of one string (object keys included)


PUBLIC = BodyLimits()  # votes and search events: flat objects
IMPORT = BodyLimits(depth=16, items=200_000, string=100_000)  # a `kbgen mine` result
_BRACKETS = re.compile(rb"[\[\]{}]")
_STRINGS = re.compile(rb'"(?:[^"\\]|\\.)*"', re.S)


def parse_json(raw: bytes, limits: BodyLimits = PUBLIC) -> Any:
    """The body as JSON, or an ApiError: 400 when it is not JSON or nests deeper than
    ``limits.depth`` (checked on the raw bytes first: the parser recurses, and about
    1,000 levels exhaust Python's stack), 422 naming the field of an array, object or
    string over its bound, 400 for an unpaired UTF-16 surrogate escape."""
    if raw.count(b"[") + raw.count(b"{") > limits.depth:
        _check_depth(raw, limits.depth)
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        raise ApiError(400, "request body is not valid JSON",
                       [{"field": "", "message": "could not parse the body as JSON"}]) from None
    _check_sizes(data, limits, bool(_SURROGATE_ESCAPE.search(raw)))
    return data


def _check_depth(raw: bytes, limit: int) -> None:
    depth = 0
    for m in _BRACKETS.finditer(_STRINGS.sub(b"", raw)):
        if m.group() in (b"[", b"{"):
            depth += 1
            if depth > limit:
                raise ApiError(400, f"request body nests deeper than {limit} levels",
                               [{"field": "", "message": f"at most {limit} levels of nesting"}])
        else:
            depth -= 1


def _check_sizes(data: Any, limits: BodyLimits, surrogates: bool) -> None:
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        item, path = stack.pop()
        if isinstance(item, str):
            if len(item) > limits.string:
                _too_large(path, f"at most {limits.string} characters (got {len(item)})")
            # JSON parsers accept "\ud800", but the text cannot be stored or sent as UTF-8
            if surrogates and _LONE_SURROGATE.search(item):
                raise ApiError(400, "request body is not valid JSON text: unpaired "
                                    "surrogate escape (\\ud800-\\udfff)",
                               [{"field": path, "message": "unpaired surrogate escape"}])
        elif isinstance(item, dict):
            if len(item) > limits.items:
                _too_large(path, f"at most {limits.items} fields (got {len(item)})")
            for key, value in item.items():
                field = f"{path}.{key}" if path else str(key)
                stack.append((key, field))
                stack.append((value, field))
        elif isinstance(item, list):
            if len(item) > limits.items:
                _too_large(path, f"at most {limits.items} items (got {len(item)})")
            stack.extend((v, f"{path}[{i}]") for i, v in enumerate(item))


def _too_large(path: str, message: str) -> None:
    field = path[:80]
    raise ApiError(422, f"{field or 'body'}: {message}", [{"field": field, "message": message}])


def _object(data: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ApiError(400, "request body must be a JSON object",
                       [{"field": "", "message": "expected a JSON object"}])
    return data


def _fail(errors: list[dict[str, str]]) -> None:
    if errors:
        raise ApiError(422, "; ".join(f"{e['field']}: {e['message']}" for e in errors), errors)


def _unknown(data: dict[str, Any], allowed: set[str], errors: list[dict[str, str]]) -> None:
    for key in data:
        if key not in allowed:
            errors.append({"field": str(key)[:40], "message": "unknown field"})


def _string(data: dict[str, Any], key: str, pattern: re.Pattern[str] | None, errors: list,
            required: bool, what: str, max_len: int = 300) -> str | None:
    value = data.get(key)
    if value is None:
        if required:
            errors.append({"field": key, "message": f"required ({what})"})
        return None
    if not isinstance(value, str):
        errors.append({"field": key, "message": f"expected a string ({what}), "
                                                f"got {type(value).__name__}"})
        return None
    if len(value) > max_len or (pattern is not None and not pattern.fullmatch(value)):
        errors.append({"field": key, "message": f"expected {what}"})
        return None
    return value


def vote(data: Any) -> dict[str, Any]:
    data = _object(data)
    errors: list[dict[str, str]] = []
    _unknown(data, {"page", "lang", "helpful", "reason", "comment", "visitor", "revision"}, errors)
    out: dict[str, Any] = {
        "page": _string(data, "page", _PAGE, errors, True,
                        "the article's path, e.g. payments/payment-methods.md"),
        "lang": _string(data, "lang", _LANG, errors, True, "a language code such as el"),
        "visitor": _string(data, "visitor", _VISITOR, errors, True,
                           "a random id of 8-64 letters, digits or '-'"),
        "revision": _string(data, "revision", _REVISION, errors, False, "a git commit hash"),
    }
    helpful = data.get("helpful")
    if not isinstance(helpful, bool):
        errors.append({"field": "helpful", "message": "expected true or false"})
    out["helpful"] = helpful
    reason = data.get("reason")
    if reason is not None and reason not in REASONS:
        errors.append({"field": "reason", "message": f"expected one of {', '.join(REASONS)}"})
    if reason is not None and helpful is True:
        errors.append({"field": "reason", "message": "only a 'not helpful' vote has a reason"})
    out["reason"] = reason
    comment = data.get("comment")
    if comment is not None:
        if not isinstance(comment, str):
            errors.append({"field": "comment", "message": "expected a string"})
            comment = None
        elif len(comment) > COMMENT_MAX:
            errors.append({"field": "comment",
                           "message": f"at most {COMMENT_MAX} characters (got {len(comment)})"})
            comment = None
        else:
            comment = _CONTROL.sub("", comment).strip() or None
    out["comment"] = comment
    _fail(errors)
    return out


def search_event(data: Any) -> dict[str, Any]:
    data = _object(data)
    errors: list[dict[str, str]] = []
    _unknown(data, {"query", "lang", "results", "clicked"}, errors)
    query = data.get("query")
    if not isinstance(query, str) or not query.strip():
        errors.append({"field": "query", "message": "required: the text the customer searched"})
        query = None
    lang = _string(data, "lang", _LANG, errors, True, "a language code such as el")
    results = data.get("results")
    if isinstance(results, float) and results.is_integer():
        results = int(results)  # 3.0 is an integer in JSON Schema too
    if not isinstance(results, int) or isinstance(results, bool) or not 0 <= results <= 10000:
        errors.append({"field": "results", "message": "expected the number of results (0-10000)"})
    clicked = _string(data, "clicked", _URL, errors, False, "the URL of the clicked result")
    if clicked is not None and (not clicked or "/../" in f"/{clicked.split('#')[0]}/"):
        errors.append({"field": "clicked", "message": "expected the URL of the clicked result"})
        clicked = None
    _fail(errors)
    return {"query": query, "lang": lang, "results": results, "clicked": clicked}


def normalize_query(query: str) -> str:
    """Lower-cased, space-normalized and cut to 200 characters, so "Δόσεις" and "δόσεις "
    count as one gap (SQLite's lower() only folds ASCII). Personal data is removed before
    this: the redactor reads capitals (addresses) and needs the whole text."""
    return " ".join(_CONTROL.sub("", query).lower().split())[:QUERY_MAX]


def suggestions_document(data: Any) -> dict[str, Any]:
    """A `kbgen mine` result (suggestions.json, schema_version 1): the parts the API reads
    are checked, the rest is stored as it came."""
    version = data.get("schema_version") if isinstance(data, dict) else None
    if isinstance(version, bool) or not isinstance(version, int | float) or version != 1:
        raise ApiError(422, "not a kbgen mining result (expected schema_version 1 with "
                            "'tickets' and 'suggestions' lists, as written by 'kbgen mine')",
                       [{"field": "schema_version", "message": "expected 1"}])
    errors: list[dict[str, str]] = []
    lists: dict[str, list[dict[str, Any]]] = {}
    for key in ("tickets", "suggestions", "improve"):
        if key == "improve" and key not in data:
            continue
        items = data.get(key)
        if isinstance(items, list) and all(isinstance(i, dict) for i in items):
            lists[key] = items
        else:
            errors.append({"field": key, "message": "expected a list of objects"})
    for i, item in enumerate(lists.get("suggestions", [])):
        if not isinstance(item.get("lang", ""), str):
            errors.append({"field": f"suggestions[{i}].lang", "message": "expected a string"})
    for i, item in enumerate(lists.get("improve", [])):
        if not isinstance(item.get("article"), str):
            errors.append({"field": f"improve[{i}].article",
                           "message": "expected a string such as el/payments/refunds.md"})
        tickets = item.get("tickets", 0)
        if not isinstance(tickets, int) or isinstance(tickets, bool):
            errors.append({"field": f"improve[{i}].tickets", "message": "expected a number"})
    _fail(errors[:20])
    return data
