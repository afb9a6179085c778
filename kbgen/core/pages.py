"""The one page model: everything a page shows, computed once per page.

:func:`page_view` turns a page of the :class:`~kbgen.core.site.HelpCenter` into a
:class:`PageView`: its language and strings, the site's name in that language, alternates
and hreflang, breadcrumbs, fallback state (notice, canonical, noindex), menus and listings
(untranslated articles marked with their language), structured data, the support block and
the widget's settings. The MkDocs adapter (``kbgen/bridge.py``) only hands it the page's
source path and URL and the site's settings as plain values; the templates in
``overrides/`` only render it. A new page type is a branch here and a template there.
"""

from __future__ import annotations

import importlib
import posixpath
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from kbgen.core import media, structured
from kbgen.core.site import HelpCenter, SitePage, fallback_chain
from kbgen.core.strings import format_date, language_in, strings_for


@dataclass(frozen=True)
class SiteSettings:
    """What page views need from the site's configuration, as plain values."""

    language_names: dict[str, str]  # code -> name, in the site's order
    default_language: str
    site_name: str  # mkdocs.yml's
    site_names: dict[str, str] = field(default_factory=dict)  # per language
    site_url: str = ""
    strings: dict[str, dict[str, str]] = field(default_factory=dict)  # overrides
    support: dict[str, Any] = field(default_factory=dict)
    fallbacks: dict[str, list[str]] = field(default_factory=dict)
    recent_count: int = 5
    feedback_api_url: str | None = None
    search_enabled: bool = True


def hreflang_alternates(site: HelpCenter, sp: SitePage, base: str) -> list[tuple[str, str]]:
    """hreflang alternates: the languages the article is written in; none on a fallback
    (it would announce one language's text as another's)."""
    if sp.fallback:
        return []
    alts = site.translations(sp.rel)
    out = [(lang, base + p.url) for lang, p in alts.items()]
    default = alts.get(site.tree.default_language)
    if default is not None:
        out.append(("x-default", base + default.url))
    return out


@dataclass
class PageView:
    """What a page shows, computed once per page; the templates read it as ``kb`` and
    only render it (no decision about language, fallback or listing is left to them)."""

    lang: str
    lang_name: str
    strings: dict[str, str]
    page_id: str
    revision: str
    updated: str | None
    type: str
    category: dict[str, str] | None
    fallback_notice: str | None
    outdated: dict[str, str] | None
    alternates: list[dict[str, str]]
    hreflang: list[tuple[str, str]]
    breadcrumbs: list[dict[str, str]]
    related: list[dict[str, str]]
    nav: list[dict[str, Any]]
    home_url: str
    jsonld: str
    og_locale: str
    feedback_api_url: str | None  # the widget's: articles only
    support: dict[str, Any] | None
    tutorial: dict[str, Any] | None
    content_lang: str = ""
    listing: list[dict[str, Any]] = field(default_factory=list)
    home: dict[str, Any] | None = None
    faq_count: int = 0
    canonical: str = ""  # a fallback's is the page it shows
    noindex: bool = False
    search_api_url: str | None = None  # where every search box reports its searches
    search_enabled: bool = True
    site_name: str = ""  # in the page's language
    updated_text: str = ""  # the date as the page's language writes it


def _link(site_url_rel: str, page_url: str) -> str:
    """A URL relative to the current page, like MkDocs' ``url`` filter.

    Both are site-relative URLs of built pages (no ``.`` or ``..`` parts), so the common
    prefix of their segments is enough; ``posixpath.relpath`` normalizes both through
    ``abspath`` and was a tenth of kbgen's build time (every page links its sidebar)."""
    start = page_url if page_url.endswith("/") else posixpath.dirname(page_url) + "/"
    t = [p for p in site_url_rel.split("/") if p]
    s = [p for p in start.split("/") if p]
    i = 0
    while i < len(t) and i < len(s) and t[i] == s[i]:
        i += 1
    rel = "/".join([".."] * (len(s) - i) + t[i:]) or "."
    return rel + ("/" if site_url_rel.endswith("/") and site_url_rel else "")


def _shared_start(here: str) -> tuple[str, str]:
    """Where a listing for ``here`` can be linked from once for its sibling pages too, and
    the prefix of the URLs it then has to link again from ``here`` ("" for none).

    With directory URLs each page is its own folder: a link from it to a URL outside that
    folder is the same from every page in the same parent folder (the relative path climbs
    out of the last segment either way), so a stand-in whose last segment matches no URL
    serves them all, except for the URLs inside the page's folder (the page itself).
    Otherwise the pages of a folder link everything alike from the folder."""
    if not here.endswith("/"):
        return posixpath.dirname(here) + "/", ""
    segments = [p for p in here.split("/") if p]
    if not segments:
        return "", ""
    return "/".join(segments[:-1] + ["\0"]) + "/", "/".join(segments) + "/"


class _Shared:
    """What every page of a build shares, computed once per build (not once per page):
    each language's strings, support block and categories with their titles, and the
    navigation of each category seen from each folder. Kept on the ``HelpCenter`` (a new
    one is made for every build) for the ``SiteSettings`` it was made with; everything in
    it comes from the help center and the settings, as a page's own view would."""

    def __init__(self, site: HelpCenter, settings: SiteSettings | None) -> None:
        self.site, self.settings = site, settings
        self.strings: dict[str, dict[str, str]] = {}
        self.support: dict[str, dict[str, Any] | None] = {}
        self.categories: dict[str, list[dict[str, Any]]] = {}
        self.navs: dict[tuple[str, str, str], tuple[list[dict[str, Any]], Any, list[str]]] = {}
        self.pages_by_url: dict[tuple[str, str], dict[str, int]] = {}

    def strings_for(self, lang: str) -> dict[str, str]:
        if lang not in self.strings:
            self.strings[lang] = strings_for(lang, self.settings.strings if self.settings
                                             else None)
        return self.strings[lang]

    def support_for(self, lang: str) -> dict[str, Any] | None:
        if lang not in self.support:
            self.support[lang] = _support(self.settings, lang) if self.settings else None
        return self.support[lang]

    def category_list(self, lang: str) -> list[dict[str, Any]]:
        """(slug, count, title and its language, icon) of each category listed in ``lang``."""
        if lang not in self.categories:
            site, out = self.site, []
            for slug, count in site.categories(lang):
                cat = site.tree.categories.get(slug)
                title, title_lang = category_text(site, self.settings, cat, lang, "titles") \
                    if cat else (slug, lang)
                out.append({"slug": slug, "count": count, "title": title,
                            "lang": title_lang if title_lang != lang else "",
                            "icon": cat.icon if cat else ""})
            self.categories[lang] = out
        return self.categories[lang]

    def position(self, lang: str, category: str) -> dict[str, int]:
        """Where each article of a category is in its list, by URL."""
        key = (lang, category)
        if key not in self.pages_by_url:
            self.pages_by_url[key] = {p.url: i for i, p in
                                      enumerate(self.site.category_pages(lang, category))}
        return self.pages_by_url[key]


def _shared(site: HelpCenter, settings: SiteSettings | None) -> _Shared:
    views = site.__dict__.setdefault("_shared_views", {})
    found = views.get(id(settings))
    if found is None or found.settings is not settings:
        found = views[id(settings)] = _Shared(site, settings)
    return found


def _item(sp: SitePage, here: str, site: HelpCenter) -> dict[str, str]:
    """An article in a listing; an untranslated one carries the language it is shown in."""
    return {"title": sp.article.title, "url": _link(sp.url, here),
            "description": sp.article.description, "type": sp.article.type,
            "fallback": "1" if sp.fallback else "", "lang": sp.article.lang if sp.fallback else ""}


def page_view(site: HelpCenter, settings: SiteSettings, src_uri: str, url: str,
              ) -> PageView | None:
    """Everything the page at ``src_uri`` (built at ``url``) shows, computed once."""
    lang, _, rel_path = src_uri.partition("/")
    sp = site.get(lang, rel_path)
    tree = site.tree
    if lang not in tree.languages:
        return None
    shared = _shared(site, settings)
    strings = shared.strings_for(lang)
    names = settings.language_names
    here = url
    home_url = _link(f"{lang}/", here)
    base = settings.site_url
    rel = sp.rel if sp else rel_path
    art = sp.article if sp else None
    category_slug = art.category if art else (rel.split("/")[0] if "/" in rel else "")
    cat = tree.categories.get(category_slug)
    category = None
    if category_slug and (cat or site.category_pages(lang, category_slug)):
        title, title_lang = category_text(site, settings, cat, lang, "titles") if cat else \
            (category_slug, lang)
        text, text_lang = category_text(site, settings, cat, lang, "descriptions") if cat else \
            ("", lang)
        category = {"slug": category_slug, "title": title,
                    "lang": title_lang if title_lang != lang else "",
                    "description": text, "description_lang": text_lang if text_lang != lang else "",
                    "url": _link(f"{lang}/{category_slug}/", here),
                    "icon": cat.icon if cat else "material/folder-outline"}
    is_category_index = rel.endswith("index.md") and rel != "index.md"
    is_home = rel == "index.md"
    # breadcrumbs
    crumbs = [{"title": strings["home"], "url": home_url, "abs": f"{base}{lang}/"}]
    if category and not is_home:
        crumbs.append({"title": category["title"], "url": category["url"],
                       "lang": category["lang"],
                       "abs": f"{base}{lang}/{category_slug}/"})
    if art and not art.is_index:
        crumbs.append({"title": art.title, "url": "", "abs": f"{base}{url}",
                       "lang": art.lang if art.lang != lang else ""})
    # alternates for the switcher
    alternates = []
    for code, name in names.items():
        target = site.get(code, rel) if sp else None
        where = target.url if target else (f"{code}/{rel[:-8]}" if rel.endswith("index.md")
                                           else f"{code}/")
        alternates.append({"lang": code, "name": name, "url": _link(where, here),
                           "current": "1" if code == lang else ""})
    hreflang = hreflang_alternates(site, sp, base) if sp else [
        (a["lang"], base + (f"{a['lang']}/{rel[:-8]}" if rel.endswith("index.md") else "")
         ) for a in alternates] + [("x-default", f"{base}{tree.default_language}/"
                                    f"{rel[:-8] if rel.endswith('index.md') else ''}")]
    fallback_notice = None
    if sp and sp.fallback:
        fallback_notice = strings["fallback_notice"].format(
            source=language_in(lang, sp.article.lang))
    outdated = _outdated(site, sp, strings, here, lang) if sp else None
    updated = site.history.updated(art.src) if art else None
    related = [_item(p, here, site) for p in site.related(sp)] if sp and not art.is_index else []
    nav = _nav(site, lang, category_slug, here, strings, settings)
    ld: list[dict[str, Any]] = [structured.breadcrumbs_ld(
        [(c["title"], c["abs"]) for c in crumbs])]
    tutorial = None
    if art and not art.is_index:
        if (faq := structured.faq_ld(art)) is not None:
            ld.append(faq)
        if (howto := structured.howto_ld(art, base + url)) is not None:
            ld.append(howto)
            tutorial = {"time": strings["minutes"].format(n=art.time) if art.time else "",
                        "prerequisites": art.prerequisites, "steps": len(art.steps)}
        video = art.video if isinstance(art.video, str) else \
            (art.video or {}).get("src") if isinstance(art.video, dict) else None
        video = video or _first_video(art.body)
        if video:
            kind = media.classify_video(video).kind
            thumb = _yt_thumb(video) if kind == "youtube" else base + "assets/images/video.png"
            ld.append(structured.video_ld(art, urljoin(base + url, video), thumb,
                                          updated.date().isoformat() if updated else None))
    listing = []
    if is_category_index and category:
        listing = [_item(p, here, site) for p in site.category_pages(lang, category_slug)]
    home = _home(site, lang, here, settings, strings) if is_home else None
    return PageView(
        lang=lang, lang_name=names.get(lang, lang), strings=strings,
        page_id=rel, revision=site.history.revision(art.src) if art else "",
        updated=updated.date().isoformat() if updated else None,
        type="home" if is_home else ("category" if is_category_index else
                                     (art.type if art else "article")),
        category=category, fallback_notice=fallback_notice, outdated=outdated,
        alternates=alternates, hreflang=hreflang, breadcrumbs=crumbs, related=related, nav=nav,
        home_url=home_url, jsonld=structured.to_script(ld),
        og_locale={"el": "el_GR", "en": "en_US", "fr": "fr_FR", "de": "de_DE",
                   "es": "es_ES"}.get(lang, lang),
        feedback_api_url=settings.feedback_api_url if art and not art.is_index else None,
        support=shared.support_for(lang), tutorial=tutorial, listing=listing, home=home,
        faq_count=len(art.faq) if art else 0, content_lang=art.lang if art else lang,
        search_api_url=settings.feedback_api_url, search_enabled=settings.search_enabled,
        site_name=site_name(settings, lang),
        canonical=base + site.source(sp).url if sp and sp.fallback and base else "",
        noindex=bool(sp and sp.fallback),
        updated_text=format_date(updated.date(), lang) if updated else "")


def site_name(settings: SiteSettings, lang: str) -> str:
    names = settings.site_names
    return str(names.get(lang) or settings.site_name)


_VIDEO_MD = re.compile(r"!\[type:video\]\(\s*<?([^)\s>]+)")


def _first_video(body: str) -> str | None:
    m = _VIDEO_MD.search(body)
    return m.group(1) if m else None


def _yt_thumb(url: str) -> str:
    m = re.search(r"(?:v=|youtu\.be/|embed/)([\w-]{6,})", url)
    return f"https://i.ytimg.com/vi/{m.group(1)}/hqdefault.jpg" if m else url


def _outdated(site: HelpCenter, sp: SitePage, strings: dict[str, str], here: str,
              lang: str) -> dict[str, str] | None:
    try:
        translations = importlib.import_module("kbgen.core.translations")
        notice = translations.outdated_notice(site.tree, site.history, sp.article)
    except (ModuleNotFoundError, AttributeError):
        notice = None
    if sp.fallback or notice is None:
        return None
    source = site.get(notice.source_lang, sp.rel) if hasattr(notice, "source_lang") else None
    source = source or site.get(site.tree.default_language, sp.rel)
    if source is None:
        return None
    when = getattr(notice, "updated", None) or getattr(notice, "source_updated", None)
    if hasattr(when, "year"):
        when = format_date(when if not hasattr(when, "date") else when.date(), lang)
    text = strings["outdated_notice"].format(source=language_in(lang, source.lang),
                                             date=str(when or ""))
    return {"text": text, "url": _link(source.url, here), "link": strings["outdated_link"]}


def category_text(site: HelpCenter, settings: SiteSettings | None, cat: Any, lang: str,
                  kind: str) -> tuple[str, str]:
    """A category's title or description (``kind``: titles, descriptions) and the language
    it is in: the page's, else the first of its fallback chain that has one."""
    values = getattr(cat, kind, {}) or {}
    chain = fallback_chain(lang, site.tree.languages, site.tree.default_language,
                           settings.fallbacks if settings else None)
    for code in [lang, *chain]:
        if values.get(code):
            return values[code], code
    if kind == "titles":
        return cat.slug.replace("-", " ").capitalize(), lang
    return "", lang


def _nav(site: HelpCenter, lang: str, current: str, here: str, strings: dict[str, str],
         settings: SiteSettings | None = None) -> list[dict[str, Any]]:
    """The sidebar: every category of ``lang``, and the current one's first articles.

    Built once per category for a stand-in of ``here`` that its sibling pages share (see
    ``_shared_start``); a page gets its own copy only of what differs: its category's entry
    and the items linked from inside its own folder (itself, marked active). A page whose
    folder holds a category's URL (a home or a category page) gets its own lists."""
    shared = _shared(site, settings)
    stand_in, inside = _shared_start(here)
    key = (lang, current, stand_in)
    if key not in shared.navs:
        shared.navs[key] = _nav_for(site, shared, lang, current, stand_in, strings)
    out, children, targets = shared.navs[key]
    if inside and any(t.startswith(inside) for t in targets):
        out, children, _ = _nav_for(site, shared, lang, current, here, strings)
        inside = ""  # linked from here already
    if children is None:
        return out
    entry, items = children
    shown = _nav_children(site, lang, current, items, here, inside, shared)
    return [{**entry, "children": shown} if e is entry else e for e in out]


def _nav_for(site: HelpCenter, shared: _Shared, lang: str, current: str, here: str,
             strings: dict[str, str]) -> tuple[list[dict[str, Any]], Any, list[str]]:
    """The navigation linked from ``here``; the current category's entry with its first
    articles kept aside (none active: each page marks its own); the categories' URLs."""
    out: list[dict[str, Any]] = []
    children = None
    targets = []
    for cat in shared.category_list(lang):
        slug, count = cat["slug"], cat["count"]
        target = f"{lang}/{slug}/"
        entry: dict[str, Any] = {
            "title": cat["title"], "lang": cat["lang"], "url": _link(target, here),
            "count": count, "icon": cat["icon"], "active": slug == current, "children": []}
        if slug == current:
            pages = site.category_pages(lang, slug)[:NAV_ARTICLES]
            children = (entry, [{**_item(p, here, site), "active": False} for p in pages])
            if count > NAV_ARTICLES:
                entry["more"] = {"title": strings["all_articles"] + f" ({count})",
                                 "url": entry["url"]}
        out.append(entry)
        targets.append(target)
    return out, children, targets


NAV_ARTICLES = 25  # articles of the current category in the sidebar; the rest are one click away


def _nav_children(site: HelpCenter, lang: str, category: str, items: list[dict[str, Any]],
                  here: str, inside: str, shared: _Shared) -> list[dict[str, Any]]:
    """The first articles of a category, and the current one: constant work per page.

    ``items`` are the first articles, none active; the current one is marked (and takes
    the last place when it is further down), and with ``inside`` (the prefix of ``here``'s
    folder, when ``items`` were linked from a stand-in) every item in that folder is
    linked again from ``here``."""
    pages = site.category_pages(lang, category)
    at = shared.position(lang, category).get(here)
    shown: list[dict[str, Any] | None] = list(items)
    if at is not None and at >= len(items):
        shown[-1] = None
        pages = pages[:len(items) - 1] + [pages[at]]
    out = []
    for p, item in zip(pages, shown, strict=False):
        if item is None or p.url == here or (inside and p.url.startswith(inside)):
            item = {**_item(p, here, site), "active": p.url == here}
        out.append(item)
    return out


def _home(site: HelpCenter, lang: str, here: str, settings: SiteSettings,
          strings: dict[str, str]) -> dict[str, Any]:
    tree = site.tree
    cards = []
    for slug, count in site.categories(lang):
        cat = tree.categories.get(slug)
        title, title_lang = category_text(site, settings, cat, lang, "titles") if cat else \
            (slug, lang)
        text, text_lang = category_text(site, settings, cat, lang, "descriptions") if cat else \
            ("", lang)
        cards.append({
            "title": title, "lang": title_lang if title_lang != lang else "",
            "description": text, "description_lang": text_lang if text_lang != lang else "",
            "icon": cat.icon if cat else "material/folder-outline",
            "url": _link(f"{lang}/{slug}/", here),
            "count": strings["article_count_one"] if count == 1 else
            strings["articles_count"].format(n=count)})
    recent = []
    for p in site.recent(lang, settings.recent_count):
        item = _item(p, here, site)
        d = site.history.updated(p.article.src)
        item["updated"] = d.date().isoformat() if d else ""
        item["updated_text"] = format_date(d.date(), lang) if d else ""
        recent.append(item)
    helpful = [_item(p, here, site) for p in site.most_helpful(lang, settings.recent_count)]
    return {"cards": cards, "recent": recent, "helpful": helpful}


def _support(settings: SiteSettings, lang: str) -> dict[str, Any] | None:
    """The "Still need help?" block for ``lang``: each per-language value in the page's
    language, else the first of its fallback chain; ``<key>_lang`` names the language of a
    value that is not the page's, so the template marks it."""
    support = settings.support
    if not support:
        return None
    codes = list(settings.language_names)
    chain = [lang, *fallback_chain(lang, codes, settings.default_language, settings.fallbacks)]

    def pick(value: Any) -> tuple[Any, str]:
        if isinstance(value, dict) and any(code in value for code in chain):
            code = next(c for c in chain if c in value)
            return value[code], ("" if code == lang else code)
        return value, ""

    def entry(item: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, v in item.items():
            out[k], other = pick(v)
            if other:
                out[f"{k}_lang"] = other
        return out

    channels = [entry(ch) for ch in support.get("channels") or [] if isinstance(ch, dict)]
    hours = [entry(h) for h in support.get("hours") or [] if isinstance(h, dict)]
    times = pick(support.get("response_times"))[0] or []  # a line, or {channel, time} entries
    if isinstance(times, list):
        times = [entry(t) if isinstance(t, dict) else pick(t)[0] for t in times]
    return entry({"intro": support.get("intro"), "channels": channels, "hours": hours,
                  "timezone": support.get("timezone") or "", "response_times": times,
                  "advice": support.get("advice")})


def not_found_view(site: HelpCenter, settings: SiteSettings, lang: str) -> PageView:
    """The 404 page of ``lang``: served at any wrong URL, so every link is root-relative."""
    root = urlsplit(settings.site_url or "/").path or "/"
    root = root if root.endswith("/") else root + "/"
    strings = strings_for(lang, settings.strings)
    names = settings.language_names
    home = _absolute(_home(site, lang, "", settings, strings), root)
    nav = _absolute(_nav(site, lang, "", "", strings, settings), root)
    alternates = [{"lang": code, "name": name, "url": f"{root}{code}/",
                   "current": "1" if code == lang else ""} for code, name in names.items()]
    return PageView(
        lang=lang, lang_name=names.get(lang, lang), strings=strings, page_id="404",
        revision="", updated=None, type="not_found", category=None, fallback_notice=None,
        outdated=None, alternates=alternates, hreflang=[], breadcrumbs=[], related=[], nav=nav,
        home_url=f"{root}{lang}/", jsonld="", og_locale=lang, feedback_api_url=None,
        support=_support(settings, lang), tutorial=None, content_lang=lang,
        home={**home, "recent": [], "helpful": []}, search_api_url=settings.feedback_api_url,
        search_enabled=settings.search_enabled, site_name=site_name(settings, lang))


def _absolute(value: Any, root: str) -> Any:
    """Every ``url`` of a listing, made root-relative (it was relative to the site root)."""
    if isinstance(value, list):
        return [_absolute(v, root) for v in value]
    if isinstance(value, dict):
        return {k: (root + v.lstrip("./") if k == "url" and isinstance(v, str) and v != "."
                    else root if k == "url" else _absolute(v, root)) for k, v in value.items()}
    return value
