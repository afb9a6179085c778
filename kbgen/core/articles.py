"""Articles: one markdown file each, with front matter, in ``docs/<lang>/<category>/``.

Loading never raises for content problems: it returns an :class:`Article` (or
None when the file cannot be used at all) and a list of KB1xx diagnostics.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from pymdownx.slugs import slugify as _slugify_factory

from kbgen.core import cache
from kbgen.core.categories import Categories, infer_categories, load_categories
from kbgen.core.frontmatter import parse
from kbgen.core.schema import SCHEMA
from kbgen.diagnostics import Diagnostic, Severity

_slug = _slugify_factory(case="lower")
_VALIDATOR = Draft202012Validator(SCHEMA)
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_ATTR_LIST = re.compile(r"\s*\{[^}]*\}\s*$")


def slugify(text: str) -> str:
    """The anchor of a heading, exactly as the built site writes it."""
    return _slug(text, "-")


@dataclass
class Heading:
    level: int
    text: str
    anchor: str
    line: int


@dataclass
class FaqEntry:
    question: str
    anchor: str
    answer: str
    line: int


@dataclass
class Article:
    src: str
    lang: str
    rel: str
    title: str
    description: str
    type: str
    category: str
    tags: list[str] = field(default_factory=list)
    order: int | None = None
    video: Any = None
    related: list[str] = field(default_factory=list)
    owner: str | None = None
    review_by: dt.date | None = None
    draft: bool = False
    time: int | None = None
    prerequisites: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    body: str = ""
    body_line: int = 1
    headings: list[Heading] = field(default_factory=list)
    faq: list[FaqEntry] = field(default_factory=list)

    @property
    def is_index(self) -> bool:
        return self.rel == "index.md" or self.rel.endswith("/index.md")

    @property
    def anchors(self) -> set[str]:
        return {h.anchor for h in self.headings} | {f.anchor for f in self.faq}

    @property
    def steps(self) -> list[Heading]:
        return [h for h in self.headings if h.level == 2] if self.type == "tutorial" else []


def scan_headings(body: str, first_line: int) -> list[Heading]:
    """ATX headings outside code fences, with anchors and file line numbers."""
    out: list[Heading] = []
    in_fence = False
    seen: dict[str, int] = {}
    for i, line in enumerate(body.split("\n")):
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        m = None if in_fence else _HEADING.match(line)
        if not m:
            continue
        text = _ATTR_LIST.sub("", m.group(2)).strip()
        anchor = slugify(text)
        if anchor in seen:  # same rule as Python-Markdown's toc: -1, -2 ...
            seen[anchor] += 1
            anchor = f"{anchor}_{seen[anchor]}"
        else:
            seen[anchor] = 0
        out.append(Heading(len(m.group(1)), text, anchor, first_line + i))
    return out


def scan_faq(body: str, headings: list[Heading], first_line: int) -> list[FaqEntry]:
    """Every level-2 heading of a FAQ article is a question; its answer runs to the next."""
    lines = body.split("\n")
    h2 = [h for h in headings if h.level == 2]
    out = []
    for k, h in enumerate(h2):
        start = h.line - first_line + 1
        end = h2[k + 1].line - first_line if k + 1 < len(h2) else len(lines)
        out.append(FaqEntry(h.text, h.anchor, "\n".join(lines[start:end]).strip(), h.line))
    return out


def _plain(value: Any) -> Any:
    """YAML dates to ISO strings, so the JSON Schema sees what a writer typed."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _schema_diagnostics(data: dict[str, Any], src: str, line_of: Any,
                        is_index: bool = False) -> list[Diagnostic]:
    diags: list[Diagnostic] = []
    known = list(SCHEMA["properties"])
    for key in data:
        if key not in SCHEMA["properties"]:
            close = difflib.get_close_matches(str(key), known, n=1)
            hint = f"Did you mean '{close[0]}'?" if close else f"Known keys: {', '.join(known[:12])}"
            diags.append(Diagnostic(src, line_of(key), "KB105", f"unknown front matter key '{key}'",
                                    hint, Severity.WARNING))
    for key in SCHEMA["required"]:
        if key not in data or data[key] in (None, ""):
            # Index pages may go without; elsewhere a missing title or description
            # still builds (a warning) but fails `--strict` and `kbgen check`.
            if is_index:
                continue
            diags.append(Diagnostic(src, 1 if key not in data else line_of(key), "KB102",
                                    f"front matter has no '{key}'",
                                    f"Add '{key}: ...' between the '---' lines",
                                    Severity.WARNING))
    for key, limit in (("title", 120), ("description", 300)):
        value = data.get(key)
        if isinstance(value, str) and len(value) > limit:
            diags.append(Diagnostic(src, line_of(key), "KB108",
                                    f"'{key}' is {len(value)} characters long",
                                    f"Keep it under {limit}: search results and phones cut it",
                                    Severity.WARNING))
    for err in sorted(_VALIDATOR.iter_errors(data), key=lambda e: list(map(str, e.path))):
        if err.validator in ("additionalProperties", "required"):
            continue
        key = str(err.path[0]) if err.path else ""
        if key in SCHEMA["required"] and data.get(key) in (None, ""):
            continue
        prop = SCHEMA["properties"].get(key, {})
        found = repr(err.instance) if not isinstance(err.instance, (dict, list)) else \
            type(err.instance).__name__
        expected = _expected(prop, err)
        diags.append(Diagnostic(src, line_of(key), "KB103",
                                f"front matter '{key}': {found} is not valid ({expected})",
                                prop.get("description", "See the front matter reference")))
    return diags


def _expected(prop: dict[str, Any], err: Any) -> str:
    if "enum" in prop:
        return "expected one of: " + ", ".join(prop["enum"])
    if err.validator == "pattern" and "review_by" in list(map(str, err.path)):
        return "expected a date YYYY-MM-DD"
    if err.validator == "pattern":
        return "expected lowercase letters, digits and '-'"
    if err.validator == "type":
        return f"expected {err.validator_value}"
    if err.validator in ("maxLength", "minLength", "minimum"):
        return err.message
    return err.message


def load_article(path: Path, docs_dir: Path, categories: Categories | None = None,
                 data: bytes | None = None) -> tuple[Article | None, list[Diagnostic]]:
    """Read one article (``data``: its bytes, when already read); return it (None if
    unusable) and its KB1xx diagnostics."""
    src = path.relative_to(docs_dir).as_posix()
    lang, _, rel = src.partition("/")
    try:
        text = (path.read_bytes() if data is None else data).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, [Diagnostic(src, None, "KB100", f"file is not UTF-8 ({exc.reason} at byte "
                                 f"{exc.start})", "Save the file as UTF-8")]
    fm, diags = parse(text, src)
    if diags:
        return None, diags
    data = _plain(fm.data)
    diags += _schema_diagnostics(data, src, fm.line_of,
                                 rel == "index.md" or rel.endswith("/index.md"))
    parts = rel.split("/")
    folder = parts[0] if len(parts) > 1 else ""
    category = data.get("category") if isinstance(data.get("category"), str) else folder
    if categories is not None and categories.items and category and category not in categories \
            and not rel == "index.md":
        close = difflib.get_close_matches(category, list(categories.items), n=1)
        hint = f"Did you mean '{close[0]}'?" if close else "Declare it in categories.yml"
        line = fm.line_of("category") if "category" in data else 1
        diags.append(Diagnostic(src, line, "KB104",
                                f"'{category}' is not a known category (expected one of: "
                                f"{', '.join(sorted(categories.items))})", hint))
    headings = scan_headings(fm.body, fm.body_line)
    a_type = data.get("type") if data.get("type") in ("faq", "tutorial", "article", "home") \
        else ("home" if rel == "index.md" else "article")
    review = fm.data.get("review_by")
    if isinstance(review, str):
        try:
            review = dt.date.fromisoformat(review)
        except ValueError:
            review = None
    article = Article(
        src=src, lang=lang, rel=rel,
        title=str(data.get("title") or _first_h1(headings) or Path(rel).stem),
        description=str(data.get("description") or ""),
        type=a_type, category=category or "",
        tags=[str(t) for t in data.get("tags") or [] if isinstance(data.get("tags"), list)],
        order=data.get("order") if isinstance(data.get("order"), int) else None,
        video=data.get("video"),
        related=[str(r) for r in data.get("related") or []
                 if isinstance(data.get("related"), list)],
        owner=data.get("owner"), review_by=review if isinstance(review, dt.date) else None,
        draft=data.get("draft") is True,
        time=data.get("time") if isinstance(data.get("time"), int) else None,
        prerequisites=[str(p) for p in data.get("prerequisites") or []
                       if isinstance(data.get("prerequisites"), list)],
        meta=fm.data, body=fm.body, body_line=fm.body_line, headings=headings,
    )
    if article.type == "faq":
        article.faq = scan_faq(fm.body, headings, fm.body_line)
        if not article.faq:
            diags.append(Diagnostic(src, fm.line_of("type"), "KB106",
                                    "FAQ article has no questions",
                                    "Write each question as a '## ' heading, its answer below it",
                                    Severity.WARNING))
    if article.type == "tutorial" and not article.steps:
        diags.append(Diagnostic(src, fm.line_of("type"), "KB107", "tutorial has no steps",
                                "Write each step as a '## ' heading", Severity.WARNING))
    return article, diags


def _first_h1(headings: list[Heading]) -> str | None:
    return next((h.text for h in headings if h.level == 1), None)


@dataclass
class ContentTree:
    docs_dir: Path
    languages: list[str]
    default_language: str
    categories: Categories
    articles: list[Article]
    diagnostics: list[Diagnostic]

    def __post_init__(self) -> None:
        self._index = {(a.lang, a.rel): a for a in self.articles}

    def by_lang(self, lang: str) -> list[Article]:
        return [a for a in self.articles if a.lang == lang]

    def get(self, lang: str, rel: str) -> Article | None:
        return self._index.get((lang, rel))

    def translations(self, article: Article) -> dict[str, Article]:
        return {lang: a for lang in self.languages
                if (a := self._index.get((lang, article.rel))) is not None}


def load_tree(docs_dir: Path, languages: list[str], default_language: str,
              categories_file: str = "categories.yml", store: cache.Store | None = None,
              ) -> ContentTree:
    """Load every article of every language under ``docs_dir``.

    With a ``store`` (the build cache), an article whose bytes, path and known
    categories are those of an earlier load is taken from it, not parsed again.
    """
    docs_dir = Path(docs_dir)
    categories, diags = load_categories(docs_dir / categories_file, categories_file)
    if not categories.items:
        categories = infer_categories(docs_dir, languages)
    salt = cache.key("article", cache.kbgen_code(), sorted(categories.items)) if store else ""
    articles: list[Article] = []
    for lang in languages:
        root = docs_dir / lang
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*.md")):
            if any(part.startswith((".", "_")) for part in path.relative_to(root).parts):
                continue
            if store is None:
                article, found = load_article(path, docs_dir, categories)
            else:
                article, found = _load_kept(path, docs_dir, categories, store, salt)
            diags += found
            if article is not None:
                articles.append(article)
    if store is not None:
        LOADED.rotate()
    return ContentTree(docs_dir, list(languages), default_language, categories, articles, diags)


LOADED = cache.Memo()
"""Articles loaded by the last build in this process (``kbgen serve``): the same file
bytes give the same (never modified) :class:`Article` without reading the cache."""


def _load_kept(path: Path, docs_dir: Path, categories: Categories, store: cache.Store,
               salt: str) -> tuple[Article | None, list[Diagnostic]]:
    data = path.read_bytes()
    k = cache.key(salt, path.relative_to(docs_dir).as_posix(), data)
    loaded = LOADED.get(k)
    if loaded is not None:
        store.used.add(k)
        return loaded[0], list(loaded[1])
    entry = store.get(k)
    if entry is not None:
        article = _article_from(entry["article"]) if entry["article"] is not None else None
        found = [Diagnostic(*d[:5], Severity(d[5])) for d in entry["diags"]]
        LOADED.put(k, (article, found))
        return article, list(found)
    article, found = load_article(path, docs_dir, categories, data)
    LOADED.put(k, (article, list(found)))
    try:
        value = {"article": None if article is None else _article_to(article),
                 "diags": [[d.path, d.line, d.code, d.message, d.hint, d.severity.value]
                           for d in found]}
    except TypeError:  # front matter that JSON cannot hold: load it every time
        return article, found
    store.put(k, value)
    return article, found


_ENCODED = ("meta", "video", "review_by", "owner")  # front matter values: may hold dates


def _article_to(a: Article) -> dict[str, Any]:
    """An article as JSON-ready values (front matter through ``cache.encode``).

    Raises:
        TypeError: its front matter holds a value JSON cannot keep.
    """
    out = {f.name: getattr(a, f.name) for f in fields(Article)}
    for name in _ENCODED:
        out[name] = cache.encode(out[name])
    out["headings"] = [[h.level, h.text, h.anchor, h.line] for h in a.headings]
    out["faq"] = [[f.question, f.anchor, f.answer, f.line] for f in a.faq]
    return out


def _article_from(value: dict[str, Any]) -> Article:
    value = dict(value)
    for name in _ENCODED:
        value[name] = cache.decode(value[name])
    value["headings"] = [Heading(*h) for h in value["headings"]]
    value["faq"] = [FaqEntry(*f) for f in value["faq"]]
    return Article(**value)
