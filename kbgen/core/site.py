"""The help center as customers see it: pages per language, fallbacks, listings.

Built once per build from the loaded :class:`ContentTree`; every per-page
question (which languages have this article? what is in this category? which
page is the fallback of which?) is then a dictionary lookup, so the work per
page stays constant however large the help center grows.
"""

from __future__ import annotations

import json
import posixpath
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from kbgen.core import cache
from kbgen.core.articles import Article, ContentTree
from kbgen.core.history import History


def page_url(src: str, directory_urls: bool = True) -> str:
    """The site-relative URL MkDocs gives a markdown source path."""
    stem = src[:-3] if src.endswith(".md") else src
    if stem == "index" or stem.endswith("/index"):
        return stem[:-5]
    return stem + "/" if directory_urls else stem + ".html"


@dataclass
class SitePage:
    """One published page of one language (an article, or the fallback of one)."""

    lang: str
    rel: str
    article: Article  # the article shown (for a fallback: from the language's chain)
    url: str
    fallback: bool = False

    @property
    def src(self) -> str:
        return f"{self.lang}/{self.rel}"


@dataclass
class HelpCenter:
    tree: ContentTree
    history: History
    directory_urls: bool = True
    helpful: dict[tuple[str, str], float] = field(default_factory=dict)
    pages: dict[tuple[str, str], SitePage] = field(default_factory=dict)

    @classmethod
    def build(cls, tree: ContentTree, history: History, directory_urls: bool = True,
              helpful_stats: Path | None = None,
              fallbacks: dict[str, list[str]] | None = None) -> HelpCenter:
        """Every language's pages; a missing translation is shown from the first language of
        its chain (``fallbacks``, e.g. ``{"fr": ["en", "el"]}``; default: the default
        language) that has the article."""
        site = cls(tree, history, directory_urls)
        native: dict[str, dict[str, Article]] = {lang: {} for lang in tree.languages}
        for a in tree.articles:
            if not a.draft:
                site.pages[(a.lang, a.rel)] = SitePage(
                    a.lang, a.rel, a, page_url(a.src, directory_urls))
                native.setdefault(a.lang, {})[a.rel] = a
        for lang in tree.languages:
            for source in fallback_chain(lang, tree.languages, tree.default_language, fallbacks):
                for rel, a in native.get(source, {}).items():
                    if (lang, rel) not in site.pages:
                        site.pages[(lang, rel)] = SitePage(
                            lang, rel, a, page_url(f"{lang}/{rel}", directory_urls), True)
        if helpful_stats and helpful_stats.is_file():
            site.helpful = load_helpful(helpful_stats)
        return site

    def digest(self) -> str:
        """A hash of everything a page shows about other pages but their dates: every
        article's front matter, place and language (not its body), the categories and the
        helpful-votes ranking. Two builds with the same digest list and link every page
        alike; the dates and history a page shows are :meth:`history_shown`."""
        articles = [[a.src, a.lang, a.rel, a.title, a.description, a.type, a.category,
                     a.tags, a.order, a.video, a.related, a.owner, a.review_by, a.draft,
                     a.time, a.prerequisites, a.meta] for a in self.tree.articles]
        pages = sorted((lang, rel, p.article.src, p.url, p.fallback)
                       for (lang, rel), p in self.pages.items())
        return cache.digest([articles, pages, self.tree.languages, self.tree.default_language,
                             self.tree.categories, self.history.in_git,
                             sorted(self.helpful.items()), self.directory_urls])

    def history_shown(self, lang: str, rel: str, recent_count: int) -> list[Any]:
        """The git facts (outside git, file dates) that the page ``lang``/``rel`` shows or
        decides on: its date and revision; for a translation, the commits of its original
        (whether it is outdated); for a home page, its "recently updated" list."""
        page = self.pages.get((lang, rel))
        out: list[Any] = [str(self.lastmod(lang, rel))]
        sources = [page.article.src] if page is not None else []
        original = self.pages.get((self.tree.default_language, rel))
        if page is not None and original is not None:
            sources.append(original.article.src)
        for src in sources:
            last = self.history.last(src)
            out.append([last.sha, str(last.date)] if last else None)
            out.append([(c.sha, str(c.date)) for c in self.history.commits.get(src, [])])
        if rel == "index.md":
            out.append([(p.rel, str(self.history.updated(p.article.src)))
                        for p in self.recent(lang, recent_count)])
        return out

    # ------------------------------------------------------------ lookups

    def get(self, lang: str, rel: str) -> SitePage | None:
        return self.pages.get((lang, rel))

    def fallbacks(self) -> list[SitePage]:
        return [p for p in self.pages.values() if p.fallback]

    def alternates(self, rel: str) -> dict[str, SitePage]:
        """Every language's version of ``rel`` (fallbacks included: all are reachable)."""
        return {lang: p for lang in self.tree.languages if (p := self.pages.get((lang, rel)))}

    def translations(self, rel: str) -> dict[str, SitePage]:
        """The languages ``rel`` is written in (no fallback: what hreflang and sitemaps list)."""
        return {lang: p for lang, p in self.alternates(rel).items() if not p.fallback}

    def source(self, page: SitePage) -> SitePage:
        """The page a fallback shows (its canonical); a translation is its own."""
        if not page.fallback:
            return page
        return self.pages.get((page.article.lang, page.rel), page)

    def lastmod(self, lang: str, rel: str) -> datetime | None:
        """When a page last changed in git: an article's file; for a home or category page
        (written or generated), the newest of it and its articles."""
        page = self.pages.get((lang, rel))
        if page is not None and not page.article.is_index and page.article.type != "home":
            return self.history.updated(page.article.src)
        if rel == "index.md":
            members = [p for p in self.articles(lang) if not p.fallback]
        else:
            members = [p for p in self.category_pages(lang, rel.split("/")[0]) if not p.fallback]
        dates = [d for p in members if (d := self.history.updated(p.article.src))]
        if page is not None and (own := self.history.updated(page.article.src)):
            dates.append(own)
        return max(dates, default=None)

    def articles(self, lang: str) -> list[SitePage]:
        """Listable articles of a language: each once, fallbacks included, no index pages."""
        return [p for (lg, _), p in self.pages.items()
                if lg == lang and not p.article.is_index and p.article.type != "home"]

    def category_pages(self, lang: str, category: str) -> list[SitePage]:
        """A category's articles in order (sorted once per build, not once per page)."""
        cache = self.__dict__.setdefault("_sorted_cache", {})
        key = (lang, category)
        if key not in cache:
            items = list(self._by_category(lang).get(category, []))
            cache[key] = sorted(items, key=lambda p: (
                p.article.order if p.article.order is not None else 10**6,
                p.article.title.casefold()))
        return cache[key]

    def _by_category(self, lang: str) -> dict[str, list[SitePage]]:
        cache = self.__dict__.setdefault("_cat_cache", {})
        if lang not in cache:
            groups: dict[str, list[SitePage]] = {}
            for p in self.articles(lang):
                groups.setdefault(p.article.category, []).append(p)
            cache[lang] = groups
        return cache[lang]

    def categories(self, lang: str) -> list[tuple[str, int]]:
        """(slug, article count) of the categories that have articles in ``lang``."""
        groups = self._by_category(lang)
        ordered = [c.slug for c in self.tree.categories.ordered()]
        ordered += sorted(set(groups) - set(ordered))
        return [(slug, len(groups[slug])) for slug in ordered if groups.get(slug)]

    def recent(self, lang: str, count: int) -> list[SitePage]:
        def when(p: SitePage) -> str:
            d = self.history.updated(p.article.src)
            return d.isoformat() if d else ""
        native = [p for p in self.articles(lang) if not p.fallback]
        return sorted(native, key=when, reverse=True)[:count]

    def most_helpful(self, lang: str, count: int) -> list[SitePage]:
        scored = [(self.helpful.get((lang, p.rel), -1.0), p) for p in self.articles(lang)]
        scored = [(s, p) for s, p in scored if s >= 0]
        scored.sort(key=lambda sp: -sp[0])
        return [p for _, p in scored[:count]]

    def related(self, page: SitePage) -> list[SitePage]:
        out = []
        for rel in page.article.related:
            rel = posixpath.normpath(rel.lstrip("/"))
            if found := self.pages.get((page.lang, rel)):
                out.append(found)
        if not out:  # same category, FAQ and tutorials first
            same = [p for p in self.category_pages(page.lang, page.article.category)
                    if p.rel != page.rel]
            out = same[:3]
        return out

    def outdated(self, page: SitePage) -> tuple[SitePage, str] | None:
        """(original, date) when the default-language source changed after this translation."""
        if page.fallback or page.lang == self.tree.default_language:
            return None
        source = self.pages.get((self.tree.default_language, page.rel))
        if source is None or source.fallback:
            return None
        mine = self.history.updated(page.article.src)
        theirs = self.history.updated(source.article.src)
        if mine and theirs and theirs > mine and self.history.in_git:
            return source, theirs.date().isoformat()
        return None


def fallback_chain(lang: str, languages: list[str], default: str,
                   fallbacks: dict[str, list[str]] | None = None) -> list[str]:
    """Where ``lang``'s missing articles come from, in order; the default language last."""
    chain = [c for c in (fallbacks or {}).get(lang) or [] if c in languages and c != lang]
    if default != lang and default not in chain:
        chain.append(default)
    return chain


def load_helpful(path: Path) -> dict[tuple[str, str], float]:
    """Read helpful-vote stats: ``{"articles": [{"page", "lang", "helpful_ratio" ...}]}``.

    The lower bound of the confidence interval is preferred to the raw ratio, so
    one "yes" does not outrank a hundred.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    rows = data.get("articles", data) if isinstance(data, dict) else data
    out: dict[tuple[str, str], float] = {}
    for row in rows if isinstance(rows, list) else []:
        if not isinstance(row, dict):
            continue
        page, lang = row.get("page"), row.get("lang")
        score = row.get("ci_low", row.get("helpful_ratio"))
        if isinstance(page, str) and isinstance(lang, str) and isinstance(score, (int, float)):
            out[(lang, page)] = float(score)
    return out
