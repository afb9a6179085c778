"""The sidebar a page model computes from lists shared by sibling pages is the one it
would compute for the page alone (every page of the demo and the mini site, with and
without directory URLs, with the current article inside and beyond the first N)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kbgen.core import pages
from kbgen.core.articles import load_tree
from kbgen.core.history import History
from kbgen.core.pages import SiteSettings, _item, _link, category_text, page_view
from kbgen.core.site import HelpCenter, page_url

ROOT = Path(__file__).resolve().parents[2]
SITES = {"demo": (ROOT / "docs", ["el", "en", "fr"], "el", {"fr": ["en", "el"]}),
         "mini": (ROOT / "tests" / "sites" / "mini" / "docs", ["el", "en", "fr"], "el",
                  {"fr": ["en", "el"]})}


def reference_nav(site: HelpCenter, lang: str, current: str, here: str,
                  strings: dict[str, str], settings: SiteSettings) -> list[dict[str, Any]]:
    """The navigation as kbgen computed it for each page on its own (before it was shared)."""
    out = []
    for slug, count in site.categories(lang):
        cat = site.tree.categories.get(slug)
        title, title_lang = category_text(site, settings, cat, lang, "titles") if cat else \
            (slug, lang)
        entry: dict[str, Any] = {
            "title": title, "lang": title_lang if title_lang != lang else "",
            "url": _link(f"{lang}/{slug}/", here), "count": count,
            "icon": cat.icon if cat else "", "active": slug == current, "children": []}
        if slug == current:
            category = site.category_pages(lang, slug)
            shown = category[:pages.NAV_ARTICLES]
            now = next((p for p in category if p.url == here), None)
            if now is not None and now not in shown:
                shown = shown[:-1] + [now]
            entry["children"] = [{**_item(p, here, site), "active": p.url == here}
                                 for p in shown]
            if count > pages.NAV_ARTICLES:
                entry["more"] = {"title": strings["all_articles"] + f" ({count})",
                                 "url": entry["url"]}
        out.append(entry)
    return out


def nested(root: Path) -> Path:
    """Articles in a folder named like an article of the same category (``guide.md`` and
    ``guide/*.md``): from the page ``guide/`` the others are inside its folder."""
    docs = root / "docs"
    for lang in ("el", "en"):
        for rel in ["setup/guide.md", "setup/guide/step-one.md", "setup/guide/step-two.md",
                    "setup/other.md", "billing/invoices.md"]:
            if lang == "en" and rel.endswith("step-two.md"):
                continue  # a fallback too
            path = docs / lang / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            title = rel.rsplit("/", 1)[-1][:-3].replace("-", " ").capitalize()
            path.write_text(f"---\ntitle: {title} {lang}\ndescription: About {title}.\n"
                            f"category: {rel.split('/')[0]}\n---\nText.\n", encoding="utf-8")
    return docs


@pytest.mark.parametrize("name", [*sorted(SITES), "nested"])
@pytest.mark.parametrize("directory_urls", [True, False])
@pytest.mark.parametrize("shown", [1, 2, 25])
def test_shared_nav_is_each_pages_own(name: str, directory_urls: bool, shown: int,
                                      monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(pages, "NAV_ARTICLES", shown)
    docs, languages, default, fallbacks = SITES[name] if name in SITES else \
        (nested(tmp_path), ["el", "en"], "el", {})
    tree = load_tree(docs, languages, default)
    site = HelpCenter.build(tree, History(docs), directory_urls, fallbacks=fallbacks)
    settings = SiteSettings(language_names={c: c for c in languages},
                            default_language=default, site_name="Help", fallbacks=fallbacks)
    sources = {p.src for p in site.pages.values()}
    for lang in languages:
        sources.add(f"{lang}/index.md")
        sources.update(f"{lang}/{slug}/index.md" for slug, _ in site.categories(lang))
    checked = 0
    for src in sorted(sources):
        url = page_url(src, directory_urls)
        view = page_view(site, settings, src, url)
        assert view is not None
        lang, _, rel = src.partition("/")
        sp = site.get(lang, rel)
        current = sp.article.category if sp else (rel.split("/")[0] if "/" in rel else "")
        assert view.nav == reference_nav(site, lang, current, url, view.strings, settings), src
        checked += 1
    assert checked >= 8
    not_found = pages.not_found_view(site, settings, default)
    assert [e["url"] for e in not_found.nav] == \
        ["/" + e["url"] for e in reference_nav(site, default, "", "", not_found.strings,
                                                settings)]
