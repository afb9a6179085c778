"""``kb-pages.json``: the pages a build published, for the feedback API.

The build writes it at the site's root; the API reads it (``FEEDBACK_SITE_MANIFEST``) to
accept votes and search clicks only for pages that exist, and the writers' dashboard
shows each page's title with a link to it. One entry per page and language (a fallback
page too: customers vote on it in their language)::

    {"schema_version": 1, "site_url": "https://help.example.com/", "languages": ["el", "en"],
     "pages": [{"path": "returns/return-faq.md", "language": "el", "revision": "04cfefc…",
                "title": "Επιστροφές: συχνές ερωτήσεις", "url": "el/returns/return-faq/",
                "fallback": false}]}

``path`` is what the widget sends as ``page`` (the article's path inside its language
folder), ``url`` is relative to the site's root, ``revision`` the last git commit of the
file shown ("" outside git).
"""

from __future__ import annotations

import json
import posixpath
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from kbgen.core.site import HelpCenter

FILE_NAME = "kb-pages.json"
SCHEMA_VERSION = 1


def build(site: HelpCenter, site_url: str | None = None) -> dict[str, Any]:
    """The manifest of a built help center."""
    pages = [{"path": rel, "language": lang, "revision": site.history.revision(p.article.src),
              "title": p.article.title, "url": p.url, "fallback": p.fallback}
             for (lang, rel), p in sorted(site.pages.items())]
    return {"schema_version": SCHEMA_VERSION, "site_url": site_url or None,
            "languages": list(site.tree.languages), "pages": pages}


def dumps(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=None, separators=(",", ":")) + "\n"


@dataclass(frozen=True)
class Manifest:
    """A parsed manifest: lookups by (language, path) and by URL."""

    site_url: str | None
    languages: frozenset[str]
    pages: dict[tuple[str, str], dict[str, Any]] = field(repr=False)
    urls: frozenset[str] = field(repr=False)

    def page(self, language: str, path: str) -> dict[str, Any] | None:
        return self.pages.get((language, path))

    def has_url(self, url: str) -> bool:
        """Whether ``url`` (absolute, root-relative or site-relative; a fragment or query
        ignored) is one of the pages, also when the site lives under a sub-path."""
        path = urlsplit(url).path.lstrip("/")
        path = posixpath.normpath(path) + ("/" if path.endswith("/") else "") if path else ""
        for _ in range(4):
            if path in self.urls:
                return True
            if "/" not in path.rstrip("/"):
                return False
            path = path.split("/", 1)[1]
        return False


def parse(data: Any) -> Manifest:
    """Check a loaded manifest; ValueError says what is wrong."""
    if not isinstance(data, dict) or data.get("schema_version") != SCHEMA_VERSION:
        raise ValueError(f"not a {FILE_NAME} of schema_version {SCHEMA_VERSION} (written by "
                         "the kbgen plugin at the site's root)")
    pages = data.get("pages")
    if not isinstance(pages, list):
        raise ValueError("'pages': expected a list")
    by_key: dict[tuple[str, str], dict[str, Any]] = {}
    for i, page in enumerate(pages):
        if not isinstance(page, dict) or not all(
                isinstance(page.get(k), str) for k in ("path", "language", "url")):
            raise ValueError(f"pages[{i}]: expected path, language and url as text")
        by_key[(page["language"], page["path"])] = page
    site_url = data.get("site_url")
    languages = {lang for lang, _ in by_key} | {
        x for x in data.get("languages") or [] if isinstance(x, str)}
    return Manifest(site_url if isinstance(site_url, str) and site_url else None,
                    frozenset(languages), by_key,
                    frozenset(p["url"].lstrip("/") for p in by_key.values()))
