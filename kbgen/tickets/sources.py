"""Helpdesk exports in: Zendesk JSON, Freshdesk CSV, plain CSV or JSON lines.

Every reader streams the file (gunzipping a ``.gz`` on the way) and yields :class:`Ticket`
objects; a broken row is reported (:class:`RowError` with its line) and skipped, never dropped
silently, and so is a ticket id seen before (the first is mined). A file that cannot be read
at all, or that holds no ticket, raises :class:`SourceError` with the reason. The formats and
the edge cases are in dev/mining.md (Import).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import functools
import gzip
import io
import itertools
import json
import re
import unicodedata
import zlib
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

FORMATS = ("zendesk", "freshdesk", "csv", "jsonl")
CHUNK = 1 << 16  # bytes read at a time; the head that tells the format
SAMPLE = 1 << 20  # bytes of non-ASCII text that choose the encoding
MAX_FIELD = 1 << 23  # characters: a longer CSV field or JSON ticket is reported, not read


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
    channel: str = ""  # email, chat, web, phone... as the helpdesk names it

    @property
    def text(self) -> str:
        return f"{self.subject}\n{self.body}".strip()


@dataclass
class RowError:
    line: int
    message: str


class _Stop(Exception):
    """The rest of the file cannot be read (a cut-off or broken JSON document)."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line, self.message = line, message


def read_tickets(path: Path, fmt: str = "auto") -> tuple[Iterator[Ticket], list[RowError], str]:
    """Open an export; return (tickets, errors filled while iterating, format).

    Whatever makes the whole file unreadable (not found, binary, empty, no id column, no
    ticket at all) raises SourceError here, before the first ticket is handed out.
    """
    path = Path(path)
    if fmt != "auto" and fmt not in FORMATS:
        raise SourceError(f"unknown format '{fmt}' (expected one of: {', '.join(FORMATS)})")
    encoding, head = _sniff(path)
    fmt = detect_format(path, head) if fmt == "auto" else fmt
    errors: list[RowError] = []
    stream = io.TextIOWrapper(_open_bytes(path), encoding=encoding, errors=_ESCAPE,
                              newline="")
    try:
        if fmt in ("zendesk", "jsonl"):
            lines = _first_line_value(path, head) is not None
            objects = (_json_lines(stream, errors, encoding) if lines
                       else _json_document(stream, errors, encoding))
            rows: Iterator[Ticket] = (t for obj, line in objects
                                      for t in _json_tickets(obj, line, errors))
        else:
            rows = iter(_CsvRows(stream, errors, path, encoding))
        tickets = _checked(rows, errors, path, stream)
        first = next(tickets)
    except BaseException:
        stream.close()
        raise
    return itertools.chain([first], tickets), errors, fmt


def _checked(rows: Iterator[Ticket], errors: list[RowError], path: Path,
             stream: TextIO) -> Iterator[Ticket]:
    """One ticket per id (later ones reported); SourceError if there is none at all."""
    seen: dict[str, int] = {}
    last = 0
    try:
        try:
            for ticket in rows:
                last = ticket.line
                first = seen.get(ticket.id)
                if first is not None:
                    errors.append(RowError(ticket.line, f"duplicate ticket id {ticket.id} "
                                                        f"(first on line {first})"))
                    continue
                seen[ticket.id] = ticket.line
                yield ticket
        except _Stop as stop:
            if not seen:
                message = stop.message.removesuffix("; the rest of the file is not read")
                raise SourceError(f"{path}:{stop.line}: {message}") from None
            errors.append(RowError(stop.line, stop.message))
        damage = stream.buffer.raw.damage  # type: ignore[attr-defined]
        if damage and seen:
            errors.append(RowError(max([last, *(e.line for e in errors)]),
                                   f"the gzip file is cut off or damaged ({damage}); "
                                   "the tickets after this line are missing"))
        elif damage:
            raise SourceError(f"{path}: the gzip file is cut off or damaged ({damage})")
        if not seen and errors:
            count = f"{len(errors)} row{'s' if len(errors) > 1 else ''}"
            raise SourceError(f"{path}: no ticket could be read: {count} skipped (first: "
                              f"line {errors[0].line}: {errors[0].message})")
        if not seen:
            raise SourceError(f"{path}: no tickets in the file (a header and no rows, or an "
                              "empty list); is it the right export?")
    finally:
        stream.close()


# --- bytes: gzip, binary files, encodings ---------------------------------------------------

class _Bytes(io.RawIOBase):
    """The file's bytes, gunzipped if it is gzip; a cut-off gzip ends them early (``damage``)."""

    def __init__(self, path: Path):
        self.file = path.open("rb")
        magic = self.file.read(2)
        self.file.seek(0)
        self.gzip = gzip.GzipFile(fileobj=self.file) if magic == b"\x1f\x8b" else None
        self.damage: str | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        if self.gzip is None:
            return self.file.readinto(buffer)
        try:
            return self.gzip.readinto(buffer)
        except (EOFError, OSError, zlib.error) as exc:  # gzip.BadGzipFile is an OSError
            self.damage = str(exc) or type(exc).__name__
            return 0

    def close(self) -> None:
        if self.gzip is not None:
            self.gzip.close()
        self.file.close()
        super().close()


def _open_bytes(path: Path) -> io.BufferedReader:
    try:
        return io.BufferedReader(_Bytes(path), CHUNK)
    except OSError as exc:
        raise SourceError(f"{path}: cannot read the file ({exc.strerror or exc})") from exc


def _escape(exc: UnicodeError) -> tuple[str, int]:
    """Undecodable bytes become U+DC00 + byte: the row is then reported, not garbled."""
    assert isinstance(exc, UnicodeDecodeError)
    return "".join(chr(0xDC00 + b) for b in exc.object[exc.start:exc.end]), exc.end


_ESCAPE = "kbgen.tickets.escape"
codecs.register_error(_ESCAPE, _escape)
_ESCAPED = re.compile("[\udc00-\udcff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_MAGIC = ((b"PK\x03\x04", "a ZIP archive (an Excel .xlsx workbook, or a zipped export?)"),
          (b"PK\x05\x06", "an empty ZIP archive"),
          (b"\xd0\xcf\x11\xe0", "an Excel .xls workbook (or another old Office file)"),
          (b"%PDF", "a PDF document"), (b"\x89PNG", "a PNG image"),
          (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
          (b"7z\xbc\xaf", "a 7-Zip archive"), (b"Rar!", "a RAR archive"),
          (b"SQLite format 3", "an SQLite database"), (b"{\\rtf", "an RTF document"))
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_LABELS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-16-le": "UTF-16",
           "utf-16-be": "UTF-16", "utf-32": "UTF-32", "cp1253": "Windows-1253",
           "iso8859_7": "ISO-8859-7", "cp1252": "Windows-1252"}


def _sniff(path: Path) -> tuple[str, str]:
    """The export's encoding and its first characters; SourceError for binary or empty files."""
    with _open_bytes(path) as f:
        head = f.read(CHUNK)
        damage = f.raw.damage  # type: ignore[attr-defined]
        if not head and damage:
            raise SourceError(f"{path}: a damaged gzip file ({damage})")
        encoding = next((enc for bom, enc in _BOMS if head.startswith(bom)), None)
        if encoding is None:
            for magic, what in _MAGIC:
                if head.startswith(magic):
                    raise SourceError(f"{path}: this is {what}, not a ticket export; export "
                                      "the tickets as CSV or JSON")
            encoding = _utf16_without_bom(head)
        if encoding is None:
            if len(_CONTROL.findall(head)) > max(16, len(head) // 100):
                raise SourceError(f"{path}: binary data, not a ticket export (CSV or JSON text;"
                                  " of compressed files only gzip is read)")
            encoding = _text_encoding(head, f)
    text = codecs.getincrementaldecoder(encoding)("replace").decode(head)
    if len(head) < CHUNK and not text.strip(" \t\r\n\x00\ufeff"):
        raise SourceError(f"{path}: the file is empty")
    return encoding, text


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte is zero for the ASCII (digits, separators)."""
    n = len(head) // 2
    for codec, zeros, other in (("utf-16-le", head[1::2], head[0::2]),
                                ("utf-16-be", head[0::2], head[1::2])):
        if n >= 8 and zeros.count(0) >= n // 5 and other.count(0) <= n // 100:
            return codec
    return None


def _text_encoding(head: bytes, f: io.BufferedReader) -> str:
    """UTF-8 or a legacy code page, decided on up to 1 MB from the first non-ASCII byte on."""
    found = re.search(rb"[\x80-\xff]", head)
    sample = head[found.start():] if found else b""
    while found is None:
        chunk = f.read(SAMPLE)
        if not chunk:
            return "utf-8"  # plain ASCII
        found = re.search(rb"[\x80-\xff]", chunk)
        sample = chunk[found.start():] if found else b""
    sample += f.read(max(0, SAMPLE - len(sample)))
    text = codecs.getincrementaldecoder("utf-8")(_ESCAPE).decode(sample)
    bad = len(_ESCAPED.findall(text))
    good = len(text) - len(text.encode("ascii", "ignore")) - bad
    return "utf-8" if good > bad else legacy_encoding(sample)


_LETTER = rb"[\xb8-\xba\xbc\xbe-\xd1\xd3-\xfe]"  # Greek letters, the same in both code pages
_ISO_ALPHA = re.compile(rb"(?<!%s)\xb6%s" % (_LETTER, _LETTER))
_ISO_QUOTES = re.compile(rb"%s\xa2|\xa1" % _LETTER)
_WIN_ALPHA = re.compile(rb"(?<!%s)\xa2%s" % (_LETTER, _LETTER))
_LATIN_HIGH = re.compile(rb"[\xc0-\xff]")
_PAIRED = re.compile(rb"(?<=[\xc0-\xff])[\xc0-\xff]|[\xc0-\xff](?=[\xc0-\xff])")
_IN_WORD = re.compile(rb"(?<=[A-Za-z])[\xc0-\xff]|[\xc0-\xff](?=[A-Za-z])")


def legacy_encoding(data: bytes) -> str:
    """Windows-1253, ISO-8859-7, or Windows-1252 for accented Latin text.

    Greek letters come in words of Greek letters, accented Latin ones inside Latin words.
    The Greek code pages differ where it shows on Ά (0xA2 in Windows-1253, 0xB6 in
    ISO-8859-7, where 0xA2 is ’ and 0xA1 ‘), and bytes 0x80-0x9F (€, curly quotes, dashes)
    exist only in Windows-1253. Where neither shows, the two decode the letters alike.
    """
    high = len(_LATIN_HIGH.findall(data))
    if high and len(_PAIRED.findall(data)) * 2 < high <= len(_IN_WORD.findall(data)) * 3:
        return "cp1252"
    if re.search(rb"[\x80-\x9f]", data):
        return "cp1253"
    iso = len(_ISO_ALPHA.findall(data)) + len(_ISO_QUOTES.findall(data))
    return "iso8859_7" if iso > len(_WIN_ALPHA.findall(data)) else "cp1253"


def _lines(stream: TextIO) -> Iterator[str]:
    """Text lines ending in \\n, \\r\\n or a lone \\r (kept), without NUL characters."""
    for line in stream:
        yield line.replace("\x00", "") if "\x00" in line else line


def _bad_bytes(text: str, encoding: str, ticket_id: str = "") -> str:
    found = " ".join(f"0x{ord(c) - 0xDC00:02X}" for c in _ESCAPED.findall(text)[:4])
    who = f"ticket {_ESCAPED.sub('?', ticket_id)}: " if ticket_id else ""
    return f"{who}not valid {_LABELS.get(encoding, encoding)} text (bytes {found})"


# --- format, names and values ---------------------------------------------------------------

_DECODER = json.JSONDecoder()
_SEP_LINE = re.compile(r'\s*"?sep=(.)"?\s*$', re.I)


def detect_format(path: Path, text: str) -> str:
    head = text.lstrip("\ufeff \t\r\n")
    if head.startswith("{"):
        first = _first_line_value(path, head)
        if first is None or (isinstance(first, dict) and "tickets" in first):
            return "zendesk"
        return "jsonl"
    if head.startswith("[") or _suffix(path) == ".json":
        return "zendesk"
    if _suffix(path) in (".jsonl", ".ndjson"):
        return "jsonl"
    lines = re.split(r"\r\n|\r|\n", head, maxsplit=2)
    header = lines[1] if _SEP_LINE.match(lines[0]) and len(lines) > 1 else lines[0]
    names = {_name(n) for n in re.split(r"[,;\t|]", header)}
    return "freshdesk" if names & {"ticket id", "created time"} else "csv"


def _first_line_value(path: Path, head: str) -> object | None:
    """The first line's JSON value when the file is JSON lines; None for one JSON document."""
    head = head.lstrip("\ufeff \t\r\n")
    first, _, rest = head.partition("\n")
    value = _line_value(first)
    if value is not None:
        return value
    if first.strip() in ("{", "[") or re.match(r'\[|\{\s*"(tickets|count|next_page)"', first):
        return None  # one document (a page of tickets, a list), cut or broken
    if _suffix(path) in (".jsonl", ".ndjson"):
        return {}  # a broken first line of JSON lines
    # a broken first line, followed by lines that are tickets of their own
    later = (_line_value(line) for line in rest.split("\n")[:50] if line.startswith("{"))
    return {} if any(v is not None for v in later) else None


def _suffix(path: Path) -> str:
    """The file's type by its name: .csv for tickets.csv and tickets.csv.gz."""
    suffixes = [s.lower() for s in path.suffixes if s.lower() != ".gz"]
    return suffixes[-1] if suffixes else ""


def _line_value(line: str) -> object | None:
    line = line.strip()
    try:
        value, end = _DECODER.raw_decode(line)
    except json.JSONDecodeError:
        return None
    return value if end == len(line) and isinstance(value, dict | list) else None


@functools.lru_cache(maxsize=4096)
def _name(name: str) -> str:
    """A column or key name as compared: no case, accents, quotes, underscores or dots."""
    name = unicodedata.normalize("NFKD", name.replace("\ufeff", "")).casefold()
    name = "".join(c for c in name if not unicodedata.combining(c))
    return " ".join(re.sub(r"[\s_.\-\"']+", " ", name).split())


_ALIASES = {role: tuple(_name(a) for a in names) for role, names in {  # in order of preference
    "id": ("id", "ticket id", "ticketid", "ticket #", "ticket no", "ticket number", "ticket nr",
           "#", "request id", "case id", "case number", "conversation id", "αριθμος",
           "αριθμος αιτηματος", "κωδικος", "κωδικος αιτηματος"),
    "subject": ("subject", "raw subject", "title", "summary", "ticket subject", "θεμα",
                "τιτλος"),
    "body": ("body", "description text", "description", "text", "message", "content", "comment",
             "first comment", "details", "question", "περιγραφη", "μηνυμα", "κειμενο"),
    "created": ("created at", "created", "created time", "created date", "created on",
                "creation date", "date created", "date", "submitted at", "ημερομηνια",
                "ημερομηνια δημιουργιας"),
    "language": ("language", "lang", "locale", "requester language", "γλωσσα"),
    "channel": ("channel", "via", "source", "medium", "ticket source", "καναλι"),
}.items()}
_LANGUAGE_NAMES = {"greek": "el", "ελληνικα": "el", "english": "en", "αγγλικα": "en",
                   "french": "fr", "francais": "fr", "german": "de", "italian": "it",
                   "spanish": "es"}


def _text(value: object) -> str:
    """A field as text: numbers as written, lists and objects as nothing, no lone surrogates."""
    if value is None or isinstance(value, dict | list | bool):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return _SURROGATE.sub("\ufffd", str(value))


def _language(value: str) -> str | None:
    name = _name(value)
    if name in _LANGUAGE_NAMES:
        return _LANGUAGE_NAMES[name]
    code = re.fullmatch(r"([a-z]{2,3})(?: [a-z0-9]{2,8})*", name)
    return code.group(1) if code else None


def _date(value: str) -> str:
    """ISO dates as they are; 01/11/2026 (day first unless that cannot be) as 2026-11-01,
    Unix times (seconds or milliseconds) as ISO, in UTC."""
    value = value.strip()
    if re.match(r"\d{4}-\d{2}", value):
        return value
    if re.fullmatch(r"\d{10}|\d{13}", value):
        seconds = int(value) / (1000 if len(value) == 13 else 1)
        return dt.datetime.fromtimestamp(seconds, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if m := re.match(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b(.*)", value):
        year, month, day, rest = m.groups()
    elif m := re.match(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b(.*)", value):
        day, month, year, rest = m.groups()
        if int(month) > 12 >= int(day):
            day, month = month, day
    else:
        return value
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return value
    return f"{year}-{int(month):02d}-{int(day):02d}{rest}"


def _ticket(get: dict[str, str], line: int, errors: list[RowError]) -> Ticket | None:
    ticket_id = get["id"].strip()
    if not ticket_id:
        errors.append(RowError(line, "no ticket id"))
        return None
    if len(ticket_id) > 100 or "\n" in ticket_id or "\r" in ticket_id:
        errors.append(RowError(line, f"not a ticket id: {ticket_id[:40]!r}"))
        return None
    return Ticket(ticket_id, get["subject"].strip(), get["body"].strip(),
                  _date(get["created"]), _language(get["language"]), line,
                  _name(get.get("channel", ""))[:40])


# --- CSV ------------------------------------------------------------------------------------

class _Lines:
    """Numbered text lines; the lines of a record that went wrong can be read again."""

    def __init__(self, lines: Iterator[str]):
        self.source, self.count = lines, 0
        self.back: deque[tuple[int, str]] = deque()
        self.taken: list[tuple[int, str]] = []

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.back:
            item = self.back.popleft()
        else:
            text = next(self.source)
            self.count += 1
            item = (self.count, text)
        self.taken.append(item)
        return item[1]

    def put_back(self, items: list[tuple[int, str]]) -> None:
        self.back.extendleft(reversed(items))


class _CsvRows:
    """Rows of a CSV export (comma, semicolon, tab or bar separated) as tickets.

    Parsed strictly, so that a quote that does not pair up is noticed: a record whose quoted
    field runs on into a line that reads as a row of its own is reported and that line read
    again, so one missing quote costs one ticket, not the rest of the file.
    """

    def __init__(self, stream: TextIO, errors: list[RowError], path: Path, encoding: str):
        if csv.field_size_limit() < MAX_FIELD:
            csv.field_size_limit(MAX_FIELD)
        self.errors, self.encoding = errors, encoding
        self.lines = _Lines(_lines(stream))
        first = next(self.lines, "")
        while first.strip() == "" and self.lines.count < 50:  # blank lines before the header
            first = next(self.lines, None)
            if first is None:
                raise SourceError(f"{path}: the file is empty")
        sep = _SEP_LINE.match(first)  # Excel's "sep=;" line
        if sep:
            self.delimiter = sep.group(1)
        else:
            self.delimiter = _delimiter(first)
            self.lines.put_back(self.lines.taken[-1:])
        self.reader = csv.reader(self.lines, delimiter=self.delimiter, strict=True)
        try:
            header = next(self.reader, [])
        except csv.Error as exc:
            raise SourceError(f"{path}:{self.lines.taken[0][0]}: the header row is not valid "
                              f"CSV ({exc})") from exc
        self.width = len(header)
        names = [_name(_ESCAPED.sub("", h)) for h in header]
        self.columns = {role: [names.index(a) for a in aliases if a in names]
                        for role, aliases in _ALIASES.items()}
        if not self.columns["id"]:
            found = ", ".join(_ESCAPED.sub("?", h).strip() for h in header)
            hint = (f"; read with {self.delimiter!r} as the separator, it is one column"
                    if len(header) == 1 else "")
            raise SourceError(f"{path}: no ticket id column (such as 'id' or 'Ticket ID'); "
                              f"the header has: {found[:300]}{hint}")
        self.id_column = self.columns["id"][0]
        self.numeric_ids: bool | None = None

    def __iter__(self) -> Iterator[Ticket]:
        while True:
            self.lines.taken.clear()
            try:
                fields: list[str] | None = next(self.reader)
            except StopIteration:
                return
            except csv.Error as exc:
                fields = self._recover(exc)
            if fields is None or not any(f.strip() for f in fields):
                continue  # blank or separators-only rows hold no ticket
            ticket = self._ticket(fields, self.lines.taken[0][0])
            if ticket:
                if self.numeric_ids is not False:
                    self.numeric_ids = ticket.id.isdigit()
                yield ticket

    def _ticket(self, fields: list[str], line: int) -> Ticket | None:
        extra = fields[self.width:]
        if any(f.strip() for f in extra):
            self.errors.append(RowError(line, f"more fields than the header has "
                                              f"({len(extra)} extra)"))
            return None
        if len(fields) == 1 and self.width >= 3:
            self.errors.append(RowError(line, f"one field where the header has {self.width} "
                                              "(a line break outside quotes?)"))
            return None
        get = {role: next((fields[i] for i in cols if i < len(fields) and fields[i].strip()), "")
               for role, cols in self.columns.items()}
        if any(_ESCAPED.search(f) for f in fields):
            self.errors.append(RowError(line, _bad_bytes("".join(fields), self.encoding,
                                                         get["id"].strip())))
            return None
        return _ticket(get, line, self.errors)

    def _recover(self, exc: csv.Error) -> list[str] | None:
        taken = list(self.lines.taken)
        start, problem = taken[0][0], str(exc)
        for i in range(1, len(taken)):
            if self._row_start(taken[i][1]):
                self.errors.append(RowError(start, f"its quoted field runs on into line "
                                                   f"{taken[i][0]} (a closing quote missing?); "
                                                   f"line {taken[i][0]} on is read again"))
                self.lines.put_back(taken[i:])
                return None
        if "end of data" in problem:
            why = "a quoted field is never closed (the file ends inside its quotes)"
        elif "field limit" in problem:
            why = f"a field longer than {MAX_FIELD:,} characters"
        else:  # a stray quote: read the record leniently, as most CSV readers would
            rows = list(csv.reader([text for _, text in taken], delimiter=self.delimiter))
            if len(rows) == 1 and self._plausible(rows[0]):
                return rows[0]
            why = f"quotes do not pair up ({problem})"
        self.errors.append(RowError(start, why))
        return None

    def _plausible(self, fields: list[str]) -> bool:
        """A row of the header's width whose id looks like the ids read so far."""
        if not (min(2, self.width) <= len(fields) and self.id_column < len(fields)):
            return False
        if any(f.strip() for f in fields[self.width:]):
            return False
        ticket_id = fields[self.id_column].strip()
        if self.numeric_ids:
            return ticket_id.isdigit()
        return bool(re.fullmatch(r"[\w#.:/-]{1,64}", ticket_id))

    def _row_start(self, text: str) -> bool:
        return self._plausible(next(csv.reader([text], delimiter=self.delimiter), []))


def _delimiter(header: str) -> str:
    """The separator the header uses most, outside quotes: comma, semicolon, tab or bar."""
    bare = re.sub(r'"[^"]*"', "", header)
    counts = {d: bare.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


# --- JSON -----------------------------------------------------------------------------------

def _json_tickets(obj: object, line: int, errors: list[RowError]) -> Iterator[Ticket]:
    """Tickets from a JSON value: a ticket, a list of them, or a {"tickets": [...]} page."""
    if isinstance(obj, list):
        for item in obj:
            yield from _json_tickets(item, line, errors)
        return
    if isinstance(obj, dict) and isinstance(obj.get("tickets"), list):
        yield from _json_tickets(obj["tickets"], line, errors)
        return
    if isinstance(obj, dict) and isinstance(obj.get("ticket"), dict):
        obj = obj["ticket"]
    if not isinstance(obj, dict):
        errors.append(RowError(line, "expected a JSON object per ticket"))
        return
    fields = {_name(k): v for k, v in obj.items() if isinstance(k, str)}
    get = {role: next((text for a in aliases if a in fields
                       if (text := _text(fields[a])).strip()), "")
           for role, aliases in _ALIASES.items()}
    if not get["id"] and "id" not in fields:
        keys = ", ".join(list(obj)[:8])
        errors.append(RowError(line, f"neither a ticket (no 'id') nor a list of 'tickets' "
                                     f"(keys: {keys})"))
        return
    if not get["body"]:
        get["body"] = _first_comment(obj.get("comments") or [obj.get("comment")])
    if not get["channel"] and isinstance(obj.get("via"), dict):  # Zendesk: via.channel
        get["channel"] = _text(obj["via"].get("channel"))
    ticket = _ticket(get, line, errors)
    if ticket:
        yield ticket


def _first_comment(comments: object) -> str:
    """Zendesk: the customer's question is the first comment (plain text, else HTML)."""
    first = comments[0] if isinstance(comments, list) and comments else None
    if isinstance(first, dict):
        for key in ("plain_body", "body", "html_body", "value", "text"):
            if _text(first.get(key)).strip():
                return _text(first[key])
    return _text(first)


def _why(exc: json.JSONDecodeError) -> str:
    return exc.msg.removesuffix(" at")  # "Invalid control character at"


def _json_lines(stream: TextIO, errors: list[RowError],
                encoding: str) -> Iterator[tuple[object, int]]:
    """JSON lines: one ticket (or page of tickets) a line; a broken line costs that line."""
    for n, raw in enumerate(_lines(stream), 1):
        text = raw.strip(" \t\r\n\ufeff")
        if not text:
            continue
        if _ESCAPED.search(text):
            found = re.search(r'"id"\s*:\s*"?([\w-]{1,40})', text)
            errors.append(RowError(n, _bad_bytes(text, encoding, found[1] if found else "")))
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            errors.append(RowError(n, f"not valid JSON ({_why(exc)})"))
            continue
        yield obj, n


_WS = re.compile(r"[ \t\r\n\ufeff]*")
_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[][{}]|"', re.S)


class _JsonText:
    """A JSON document held a piece at a time: about one ticket in memory, not the file."""

    def __init__(self, stream: TextIO):
        self.stream, self.buf, self.pos, self.line, self.eof = stream, "", 0, 1, False

    def more(self) -> bool:
        """Read as much again as is held (at least CHUNK); False at the end of the file."""
        self.buf, self.pos = self.buf[self.pos:], 0
        chunk = "" if self.eof else self.stream.read(max(CHUNK, len(self.buf)))
        self.eof = not chunk
        self.buf += chunk.replace("\x00", "")
        return bool(chunk)

    def to(self, end: int) -> None:
        self.line += self.buf.count("\n", self.pos, end)
        self.pos = end

    def peek(self) -> str:
        """The next character that is not white space; '' at the end of the file."""
        while True:
            self.to(_WS.match(self.buf, self.pos).end())  # type: ignore[union-attr]
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self.more():
                return ""

    def value(self) -> tuple[object, int]:
        """The JSON value at pos and where it ends; JSONDecodeError if broken or cut off."""
        while True:
            try:
                return _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                waiting = exc.pos >= len(self.buf) - 16 or exc.msg.startswith("Unterminated")
                if not (waiting and len(self.buf) - self.pos < MAX_FIELD and self.more()):
                    raise

    def end_of_value(self) -> int | None:
        """Where the object at pos ends, by its brackets; None if the file ends first."""
        while True:
            depth = 0
            for token in _TOKEN.finditer(self.buf, self.pos):
                text = token.group()
                if text == '"':
                    break  # a string the held text cuts
                if text[0] != '"':
                    depth += 1 if text in "[{" else -1
                    if depth == 0:
                        return token.end()
            if len(self.buf) - self.pos >= MAX_FIELD or not self.more():
                return None


def _json_document(stream: TextIO, errors: list[RowError],
                   encoding: str) -> Iterator[tuple[object, int]]:
    """One JSON document (or several in a row): a list of tickets or {"tickets": [...]}."""
    doc = _JsonText(stream)
    hint = "; if it is CSV, use --format csv"
    while first := doc.peek():
        if first == "[":
            yield from _json_array(doc, errors, encoding)
        elif first == "{":
            yield from _json_page(doc, errors, encoding)
        else:
            shown = doc.buf[doc.pos:doc.pos + 20].split("\n")[0]
            raise _Stop(doc.line, f"not JSON tickets (found {shown!r}{hint}); the rest of the "
                                  "file is not read")
        hint = ""


def _cut(line: int, what: str) -> _Stop:
    return _Stop(line, f"not valid JSON: the file ends in the middle of {what} (a cut-off "
                       "export?)")


def _json_array(doc: _JsonText, errors: list[RowError],
                encoding: str) -> Iterator[tuple[object, int]]:
    doc.to(doc.pos + 1)
    for item in itertools.count(1):
        char = doc.peek()
        while char == ",":  # also forgives a doubled or trailing comma
            doc.to(doc.pos + 1)
            char = doc.peek()
        if not char:
            raise _cut(doc.line, "the list of tickets")
        if char == "]":
            doc.to(doc.pos + 1)
            return
        line = doc.line
        try:
            obj, end = doc.value()
        except json.JSONDecodeError as exc:
            if doc.eof and (exc.pos >= len(doc.buf) - 16 or exc.msg.startswith("Unterminated")):
                raise _cut(line, "a ticket") from None
            where = line + doc.buf.count("\n", doc.pos, exc.pos)
            broken = f"not valid JSON ({_why(exc)}, line {where}, list item {item})"
            skip = doc.end_of_value() if char in "[{" else None
            if skip is not None:
                doc.to(skip)
            if skip is None or doc.peek() not in (",", "]", "{"):
                raise _Stop(line, f"{broken}; the rest of the file is not read") from None
            errors.append(RowError(line, broken))
            continue
        if _ESCAPED.search(doc.buf, doc.pos, end):
            text = doc.buf[doc.pos:end]
            ticket_id = _text(obj.get("id")) if isinstance(obj, dict) else ""
            errors.append(RowError(line, _bad_bytes(text, encoding, ticket_id)))
        else:
            yield obj, line
        doc.to(end)


def _json_page(doc: _JsonText, errors: list[RowError],
               encoding: str) -> Iterator[tuple[object, int]]:
    """{"tickets": [...], ...} streamed; any other object is one ticket, read whole."""
    line = doc.line
    doc.to(doc.pos + 1)
    rest: dict[str, object] = {}
    listed = False
    while (char := doc.peek()) != "}":
        if char == ",":
            doc.to(doc.pos + 1)
            continue
        try:
            if char != '"':
                raise json.JSONDecodeError("Expecting property name", doc.buf, doc.pos)
            key, end = doc.value()
            doc.to(end)
            if doc.peek() != ":":
                raise json.JSONDecodeError("Expecting ':' delimiter", doc.buf, doc.pos)
            doc.to(doc.pos + 1)
            if doc.peek() == "[" and key == "tickets":
                listed = True
                yield from _json_array(doc, errors, encoding)
                continue
            rest[str(key)], end = doc.value()
            doc.to(end)
        except json.JSONDecodeError as exc:
            if doc.eof:
                raise _cut(doc.line, "the document") from None
            where = doc.line + doc.buf.count("\n", doc.pos, exc.pos)
            raise _Stop(where, f"not valid JSON ({_why(exc)}, or larger than {MAX_FIELD:,} "
                               "characters); the rest of the file is not read") from None
    doc.to(doc.pos + 1)
    if not listed:
        yield rest, line

