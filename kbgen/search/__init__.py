"""kbgen's search: a per-language static index and its browser client.

The MkDocs plugin feeds every built page to :class:`SearchIndexer` (or, for a page
the build cache kept, the entries :meth:`SearchIndexer.add_page` returned when it was
built) and calls :meth:`SearchIndexer.write` once; nothing here imports MkDocs.
"""

from __future__ import annotations

import html as htmlmod
import json
import re
from pathlib import Path
from typing import Any

from kbgen.search.index import Document, LanguageIndex, Terms, write_language

_TAG = re.compile(r"<[^>]+>")
# Inline elements sit inside a sentence: removed without a space, so "<b>Invoices</b>, as"
# reads "Invoices, as" (block elements still separate words)
_INLINE = re.compile(r"</?(?:a|abbr|b|code|em|i|kbd|mark|s|small|span|strong|sub|sup|u)\b[^>]*>",
                     re.I)
_SCRIPT = re.compile(r"<(script|style|template)\b.*?</\1>", re.S | re.I)
_HEADING = re.compile(r"<h([23])\b[^>]*>(.*?)</h\1>", re.S | re.I)
_FAQ = re.compile(r'<details class="kb-faq" id="([^"]+)"[^>]*>\s*<summary>(.*?)</summary>(.*?)'
                  r"</details>", re.S)
_QUESTION = re.compile(r'<span class="kb-faq__q">(.*?)</span>', re.S)
_PERMALINK = re.compile(r'<a class="(?:headerlink|kb-faq__link)"[^>]*>.*?</a>', re.S)
_VIDEO_NOTE = re.compile(r'<figcaption class="kb-video__note">.*?</figcaption>', re.S)


def text_of(fragment: str) -> str:
    fragment = _SCRIPT.sub(" ", fragment)
    fragment = _PERMALINK.sub("", fragment)
    fragment = _VIDEO_NOTE.sub("", fragment)
    fragment = _INLINE.sub("", fragment)
    return " ".join(htmlmod.unescape(_TAG.sub(" ", fragment)).split())


def first_line(text: str, limit: int = 180) -> str:
    text = text.strip()
    cut = re.split(r"(?<=[.;!?·])\s", text, maxsplit=1)[0]
    return (cut if len(cut) <= limit else cut[:limit].rsplit(" ", 1)[0] + "…")


class SearchIndexer:
    """Collects pages during a build and writes ``search/<lang>/`` at the end."""

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        self.options = options or {}
        self.languages: dict[str, LanguageIndex] = {}
        self.boosts = _load_boosts(self.options.get("boost_file"))
        self.sizes: dict[str, dict[str, int]] = {}

    def add_page(self, *, url: str, lang: str, title: str, category: str, type: str, html: str,
                 meta: dict[str, Any], is_fallback: bool) -> list[list[Any]]:
        """Index a built page; return its entries (see :meth:`entries`)."""
        entries = self.entries(url=url, lang=lang, title=title, category=category, type=type,
                               html=html, meta=meta, is_fallback=is_fallback)
        self.restore_page(lang, entries)
        return entries

    def entries(self, *, url: str, lang: str, title: str, category: str, type: str, html: str,
                meta: dict[str, Any], is_fallback: bool) -> list[list[Any]]:
        """A built page's entries in its language's index, analysed, as JSON-ready values
        for :meth:`restore_page`: the page's document first, then its FAQ entries."""
        # A fallback is indexed in its page's language: that language's box finds it (a
        # language whose pages are all fallbacks has an index too). Each (language, article)
        # is one page, so results never repeat an article.
        if meta.get("search", {}).get("exclude"):
            return []
        index = self.languages.setdefault(lang, LanguageIndex(lang))
        boost = 1.0 + 0.5 * self.boosts.get((lang, str(meta.get("kb_page_id", ""))), 0.0)
        description = str(meta.get("description") or "")
        entries = []
        if type == "faq":
            for anchor, summary, answer in _FAQ.findall(html):
                q = _QUESTION.search(summary)
                entries.append((anchor, text_of(q.group(1) if q else summary), text_of(answer)))
        questions = [question for _, question, _ in entries]
        headings = " ".join(text_of(h) for _, h in _HEADING.findall(html))
        body = text_of(_FAQ.sub(" ", html)) if questions else text_of(html)
        snippet = description or first_line(body)
        tags = meta.get("tags") or []
        docs = [Document(url, title, category, type, snippet,
                         {"title": title, "description": description,
                          "question": " ".join(questions), "headings": headings,
                          "tags": " ".join(str(t) for t in tags)
                          if isinstance(tags, list) else str(tags),
                          "body": body}, boost)]
        for anchor, question, answer_text in entries:  # results group them under the page
            docs.append(Document(f"{url}#{anchor}", question, category, "faq-entry",
                                 first_line(answer_text), {"question": question,
                                                           "body": answer_text}, boost))
        for doc in docs:
            doc.terms = index.analyze(doc)
        return [_entry(doc) for doc in docs]

    def restore_page(self, lang: str, entries: list[list[Any]]) -> None:
        """Index a page from the entries :meth:`add_page` returned for it in an earlier
        build (the same page, the same HTML): nothing is analysed again."""
        if not entries:
            return
        index = self.languages.setdefault(lang, LanguageIndex(lang))
        page_number = len(index.docs)
        for k, (url, title, category, type_, snippet, boost, terms) in enumerate(entries):
            index.add(Document(url, title, category, type_, snippet, {}, boost,
                               parent=page_number if k else -1,
                               terms=Terms.from_json(terms)))

    def write(self, site_dir: str | Path, keep: frozenset[str] = frozenset()) -> None:
        """Write ``search/<lang>/`` for every language but those in ``keep`` (whose
        index from an earlier build is known to be the same and is kept as it is)."""
        out = Path(site_dir) / "search"
        for lang, index in self.languages.items():
            if lang not in keep:
                self.sizes[lang] = write_language(index, out)


def _entry(doc: Document) -> list[Any]:
    assert doc.terms is not None
    return [doc.url, doc.title, doc.category, doc.type, doc.snippet, doc.boost,
            doc.terms.to_json()]


def _load_boosts(path: str | None) -> dict[tuple[str, str], float]:
    if not path:
        return {}
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    rows = data.get("articles", []) if isinstance(data, dict) else data
    out = {}
    for row in rows if isinstance(rows, list) else []:
        if isinstance(row, dict) and isinstance(row.get("ci_low"), (int, float)):
            out[(str(row.get("lang")), str(row.get("page")))] = float(row["ci_low"])
    return out
