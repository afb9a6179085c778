"""Helpdesk exports in: Zendesk JSON, Freshdesk CSV, plain CSV or JSON lines.

Every reader streams rows and yields :class:`Ticket` objects; a broken row is
reported (:class:`RowError` with its line) and skipped, never dropped silently.
A file that cannot be read at all raises :class:`SourceError` with the reason.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

FORMATS = ("zendesk", "freshdesk", "csv", "jsonl")


class SourceError(Exception):
    """The export cannot be read; the message says why and what to do."""


@dataclass
class Ticket:
    id: str
    subject: str
    body: str
    created_at: str = ""
    language: str | None = None
    line: int = 0

    @property
    def text(self) -> str:
        return f"{self.subject}\n{self.body}".strip()


@dataclass
class RowError:
    line: int
    message: str


def read_text(path: Path) -> tuple[str, str]:
    """Decode UTF-8 (with or without BOM), Windows-1253 or ISO-8859-7."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"{path}: cannot read the file ({exc.strerror})") from exc
    if not data.strip():
        raise SourceError(f"{path}: the file is empty")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    encoding = legacy_greek_encoding(data)
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as exc:
        raise SourceError(f"{path}: not UTF-8, Windows-1253 or ISO-8859-7 text "
                          f"(byte {exc.start}); export it again as UTF-8") from exc


def legacy_greek_encoding(data: bytes) -> str:
    """Windows-1253 or ISO-8859-7: they differ where it shows, on Ά and a few symbols.

    Ά is 0xA2 in Windows-1253 and 0xB6 in ISO-8859-7 (where 0xB6 in Windows-1253 is
    the pilcrow ¶); bytes 0x80-0x9F (€, curly quotes) exist only in Windows-1253.
    """
    if re.search(rb"[\x80-\x9f]", data):
        return "cp1253"
    iso = len(re.findall(rb"\xb6[\xdc-\xfe]", data))
    win = len(re.findall(rb"\xa2[\xdc-\xfe]", data))
    if iso > win:
        return "iso8859_7"
    if win:
        return "cp1253"
    best = from_bytes(data, cp_isolation=["cp1253", "iso8859_7"]).best()
    return best.encoding if best else "cp1253"


def detect_format(path: Path, text: str) -> str:
    head = text.lstrip()[:2000]
    if head.startswith("{") or head.startswith("["):
        first = head.splitlines()[0].strip()
        if head.startswith("[") or '"tickets"' in head[:200] or not first.endswith("}"):
            return "zendesk"
        return "jsonl"
    header = head.splitlines()[0] if head else ""
    if "Ticket ID" in header or "Created time" in header:
        return "freshdesk"
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        return "jsonl"
    return "csv"


def read_tickets(path: Path, fmt: str = "auto") -> tuple[Iterator[Ticket], list[RowError], str]:
    """Open an export; return (tickets, errors filled while iterating, format)."""
    path = Path(path)
    text, _encoding = read_text(path)
    fmt = detect_format(path, text) if fmt == "auto" else fmt
    if fmt not in FORMATS:
        raise SourceError(f"unknown format '{fmt}' (expected one of: {', '.join(FORMATS)})")
    errors: list[RowError] = []
    reader = {"zendesk": _zendesk, "freshdesk": _freshdesk, "csv": _csv, "jsonl": _jsonl}[fmt]
    return reader(text, errors, path), errors, fmt


def _pick(row: dict, *names: str) -> str:
    for name in names:
        for key in (name, name.lower(), name.title()):
            if row.get(key) not in (None, ""):
                return str(row[key])
    return ""


def _csv(text: str, errors: list[RowError], path: Path) -> Iterator[Ticket]:
    return _csv_rows(text, errors, path, ("id",), ("subject",), ("body", "description", "text"),
                     ("created_at", "created"), ("language", "lang"))


def _freshdesk(text: str, errors: list[RowError], path: Path) -> Iterator[Ticket]:
    return _csv_rows(text, errors, path, ("Ticket ID",), ("Subject",),
                     ("Description", "Description text"), ("Created time",), ("Language",))


def _csv_rows(text: str, errors: list[RowError], path: Path, ids: tuple, subjects: tuple,
              bodies: tuple, dates: tuple, langs: tuple) -> Iterator[Ticket]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames:
        raise SourceError(f"{path}: no header row")
    fields = {f.strip().lower() for f in reader.fieldnames if f}
    if not any(n.lower() in fields for n in ids):
        raise SourceError(f"{path}: no '{ids[0]}' column (found: "
                          f"{', '.join(reader.fieldnames)[:200]}); use --format to say what it is")
    line = 1
    for row in reader:
        line = reader.line_num
        if None in row:
            errors.append(RowError(line, f"more fields than the header has ({len(row[None])} extra)"))
            continue
        row = {(k or "").strip(): v for k, v in row.items()}
        ticket_id = _pick(row, *ids)
        if not ticket_id:
            errors.append(RowError(line, "no ticket id"))
            continue
        yield Ticket(ticket_id, _pick(row, *subjects), _pick(row, *bodies), _pick(row, *dates),
                     _pick(row, *langs) or None, line)


def _from_json(obj: object, line: int, errors: list[RowError]) -> Ticket | None:
    if not isinstance(obj, dict):
        errors.append(RowError(line, "expected a JSON object per ticket"))
        return None
    ticket_id = obj.get("id")
    if ticket_id in (None, ""):
        errors.append(RowError(line, "no ticket id"))
        return None
    body = obj.get("body") or obj.get("description") or obj.get("text") or ""
    comments = obj.get("comments")
    if not body and isinstance(comments, list) and comments:
        first = comments[0]
        body = first.get("body") or first.get("plain_body") or "" if isinstance(first, dict) else ""
    lang = obj.get("language") or obj.get("locale") or None
    return Ticket(str(ticket_id), str(obj.get("subject") or obj.get("raw_subject") or ""),
                  str(body), str(obj.get("created_at") or ""),
                  str(lang)[:2] if lang else None, line)


def _jsonl(text: str, errors: list[RowError], path: Path) -> Iterator[Ticket]:
    for n, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            errors.append(RowError(n, f"not valid JSON ({exc.msg})"))
            continue
        ticket = _from_json(obj, n, errors)
        if ticket:
            yield ticket


def _zendesk(text: str, errors: list[RowError], path: Path) -> Iterator[Ticket]:
    stripped = text.lstrip()
    if stripped.startswith("{") and not stripped.rstrip().endswith("]}") and "\n{" in stripped:
        yield from _jsonl(text, errors, path)  # Zendesk incremental exports are JSON lines
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg}); "
                          "is it a complete Zendesk export?") from exc
    rows = data.get("tickets") if isinstance(data, dict) else data
    if not isinstance(rows, list):
        raise SourceError(f"{path}: expected a 'tickets' list")
    for n, obj in enumerate(rows, 1):
        ticket = _from_json(obj, n, errors)
        if ticket:
            yield ticket
