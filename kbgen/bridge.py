"""Between MkDocs objects (File, Page, config) and kbgen.core's plain data.

Everything the plugin does per page lives here as small functions, so
``plugin.py`` stays a list of events.
"""

from __future__ import annotations

import html as htmlmod
import importlib
import json
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from mkdocs.structure.files import File, Files

from kbgen.config import KbgenConfig
from kbgen.core import media, structured, transform
from kbgen.core.articles import ContentTree
from kbgen.core.history import History
from kbgen.core.site import HelpCenter, SitePage, fallback_chain
from kbgen.core.strings import format_date, language_in, strings_for
from kbgen.diagnostics import Diagnostic

_IMG = re.compile(r"<img\b([^>]*?)\s*/?>", re.I)
_ATTR = re.compile(r'([\w:-]+)\s*=\s*"([^"]*)"')


# ---------------------------------------------------------------- setup

def theme_dir() -> Path:
    """The theme overrides: ``overrides/`` in a checkout, ``kbgen/theme`` in a wheel."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "theme", here.parent / "overrides"):
        if (candidate / "main.html").is_file():
            return candidate
    return here.parent / "overrides"


def add_theme_dir(config: Any, path: Path) -> None:
    """Put kbgen's templates after the site's own custom_dir and before Material's."""
    dirs = config.theme.dirs
    resolved = [str(Path(d).resolve()) for d in dirs]
    if str(path.resolve()) in resolved:
        return
    custom = config.theme.custom_dir
    at = 1 if custom and str(Path(custom).resolve()) == resolved[0] else 0
    dirs.insert(at, str(path))


_EXTENSIONS: dict[str, dict[str, Any]] = {
    "attr_list": {},
    "md_in_html": {},
    "admonition": {},
    "pymdownx.details": {},
    "pymdownx.superfences": {},
    "tables": {},
}


def ensure_markdown_extensions(config: Any) -> None:
    """The extensions kbgen's markup needs, and a toc that keeps Greek anchors readable."""
    from pymdownx.slugs import slugify

    exts = config.markdown_extensions
    for name, options in _EXTENSIONS.items():
        if name not in exts:
            exts.append(name)
            if options:
                config.mdx_configs[name] = options
    if "toc" not in exts:
        exts.append("toc")
    toc = config.mdx_configs.setdefault("toc", {})
    toc.setdefault("permalink", True)
    toc.setdefault("slugify", slugify(case="lower"))


def run_checks(tree: ContentTree, history: History) -> list[Diagnostic]:
    """The writers' content checks (``kbgen check``), so a strict build fails on them."""
    try:
        checks = importlib.import_module("kbgen.core.checks")
    except ModuleNotFoundError:
        return []
    return list(checks.check_tree(tree, history=history))


def drop_unpublished(files: Files, tree: ContentTree, categories_file: str) -> None:
    drafts = {a.src for a in tree.articles if a.draft}
    for file in list(files):
        if file.src_uri in drafts or file.src_uri == categories_file or \
                file.src_uri.endswith((".vtt.md", ".transcript.md")):
            files.remove(file)
        elif file.src_uri.startswith("assets/videos/") and file.src_uri.endswith(".md"):
            files.remove(file)  # transcripts are read by the video markup, not published


def make_indexer(options: KbgenConfig) -> Any:
    try:
        search = importlib.import_module("kbgen.search")
    except ModuleNotFoundError:
        return None
    cls = getattr(search, "SearchIndexer", None)
    return cls(dict(options.search)) if cls else None


# ---------------------------------------------------------------- generated pages

def generated_pages(site: HelpCenter, config: Any, options: KbgenConfig, files: Files,
                    ) -> list[File]:
    """Fallbacks for missing translations, and missing home and category pages."""
    out = []
    existing = {f.src_uri for f in files}
    docs = Path(config.docs_dir)
    for page in site.fallbacks():
        if page.src not in existing:
            text = (docs / page.article.src).read_text(encoding="utf-8-sig")
            out.append(File.generated(config, page.src, content=text))
    tree = site.tree
    for lang in tree.languages:
        strings = strings_for(lang, options.strings)
        if f"{lang}/index.md" not in existing:
            out.append(File.generated(config, f"{lang}/index.md", content=(
                f"---\ntitle: {json.dumps(strings['home'], ensure_ascii=False)}\n"
                f"type: home\n---\n")))
        for slug, _count in site.categories(lang):
            src = f"{lang}/{slug}/index.md"
            if src in existing:
                continue
            cat = tree.categories.get(slug)
            title = category_text(site, options, cat, lang, "titles")[0] if cat else slug
            out.append(File.generated(config, src, content=(
                f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n---\n")))
    return out


def write_root_redirect(site_dir: Path, options: KbgenConfig) -> None:
    """``/`` sends customers to their browser's language, or the default one."""
    target = site_dir / "index.html"
    if target.exists():
        return
    codes = options.language_codes()
    default = options.default_language
    target.write_text(
        "<!doctype html><html><head><meta charset=\"utf-8\">"
        f"<title>{htmlmod.escape(default)}</title>"
        f"<meta http-equiv=\"refresh\" content=\"0; url={default}/\">"
        f"<link rel=\"canonical\" href=\"{default}/\">"
        "<script>(function(){var c=" + json.dumps(codes) + ";var l=(navigator.languages||"
        "[navigator.language||'']).map(function(x){return String(x).slice(0,2).toLowerCase()});"
        "for(var i=0;i<l.length;i++){if(c.indexOf(l[i])>=0){location.replace(l[i]+'/');return}}"
        f"location.replace('{default}/')}})()</script></head><body>"
        f"<a href=\"{default}/\">{htmlmod.escape(default)}</a></body></html>",
        encoding="utf-8")


# ---------------------------------------------------------------- per page

def site_page(site: HelpCenter, src_uri: str) -> SitePage | None:
    lang, _, rel = src_uri.partition("/")
    return site.get(lang, rel)


def article_markdown(sp: SitePage, markdown: str, site: HelpCenter, options: KbgenConfig,
                     config: Any, problems: list[tuple[int, str]]) -> str:
    """FAQ entries, videos and callouts, for the page's language."""
    art = sp.article
    strings = strings_for(sp.lang, options.strings)
    names = options.language_names()
    source_file = Path(config.docs_dir) / art.src  # fallbacks resolve media like the original
    link = asset_linker(sp.src, sp.url)

    def video(url: str) -> str:
        return media.video_html(url, title=art.title, page_file=source_file, lang=sp.lang,
                                languages=options.language_codes(), strings=strings,
                                language_names=names, link=link)

    body = transform.faq_markdown(art, markdown, strings["permalink"])
    body = transform.media_markdown(body, video, lambda line, msg: problems.append((line, msg)),
                                    link)
    if art.video:
        url = art.video if isinstance(art.video, str) else art.video.get("src", "")
        if url and url not in markdown:
            body = video(url) + "\n\n" + body
    return body


def asset_linker(src: str, url: str) -> Any:
    """Map a path written relative to the markdown file to one relative to the page URL."""
    src_dir = posixpath.dirname(src)
    url_dir = url if url.endswith("/") or not url else posixpath.dirname(url) + "/"

    def link(path: str) -> str:
        if urlsplit(path).scheme or path.startswith(("/", "#", "//")):
            return path
        target = posixpath.normpath(posixpath.join(src_dir, path))
        return posixpath.relpath(target, url_dir.rstrip("/") or ".")
    return link


def enhance_images(html: str, page: Any, config: Any) -> tuple[str, list[str]]:
    """``loading="lazy"``, ``decoding="async"`` and intrinsic width/height on every image."""
    docs = Path(config.docs_dir)
    src_dir = posixpath.dirname(page.file.src_uri)
    if page.file.generated_by:  # fallback: media paths are relative to the same folder depth
        src_dir = posixpath.dirname(page.file.src_uri)
    missing_alt: list[str] = []

    def fix(m: re.Match[str]) -> str:
        attrs = dict(_ATTR.findall(m.group(1)))
        src = attrs.get("src", "")
        if not attrs.get("alt", "").strip():
            missing_alt.append(src)
        attrs.setdefault("loading", "lazy")
        attrs.setdefault("decoding", "async")
        if ("width" not in attrs or "height" not in attrs) and src and \
                not urlsplit(src).scheme and not src.startswith("//"):
            size = media.image_size(_resolve(docs, src_dir, page.url, src, config))
            if size:
                attrs.setdefault("width", str(size[0]))
                attrs.setdefault("height", str(size[1]))
        rendered = " ".join(f'{k}="{v}"' for k, v in attrs.items())
        return f"<img {rendered}>"

    return _IMG.sub(fix, html), missing_alt


def _resolve(docs: Path, src_dir: str, page_url: str, src: str, config: Any) -> Path:
    """The file behind an image URL of a rendered page."""
    src = src.split("#")[0].split("?")[0]
    # MkDocs has already rewritten .md-relative paths to URL-relative ones.
    base = "/" + page_url if config.use_directory_urls else "/" + posixpath.dirname(page_url) + "/"
    url_path = urljoin(base, src).lstrip("/")
    return docs / url_path


def sitemap_alternates(site: HelpCenter, page: Any, config: Any) -> list[tuple[str, str]]:
    sp = site_page(site, page.file.src_uri) if getattr(page, "file", None) else None
    if sp is None:
        return []
    return _alternates(site, sp, config.site_url or "")


def in_sitemap(site: HelpCenter, page: Any) -> bool:
    """A fallback copy is not a page of its own: search engines get the original."""
    sp = site_page(site, page.file.src_uri) if getattr(page, "file", None) else None
    return sp is None or not sp.fallback


def sitemap_lastmod(site: HelpCenter, page: Any) -> str:
    """``<lastmod>``: the git date of what the page shows (never the build date)."""
    lang, _, rel = page.file.src_uri.partition("/")
    if lang not in site.tree.languages:
        return ""
    when = site.lastmod(lang, rel)
    return when.date().isoformat() if when else ""


def _alternates(site: HelpCenter, sp: SitePage, base: str) -> list[tuple[str, str]]:
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
class KbPage:
    """What kbgen's templates read as ``kb``."""

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


def _item(sp: SitePage, here: str, site: HelpCenter) -> dict[str, str]:
    """An article in a listing; an untranslated one carries the language it is shown in."""
    return {"title": sp.article.title, "url": _link(sp.url, here),
            "description": sp.article.description, "type": sp.article.type,
            "fallback": "1" if sp.fallback else "", "lang": sp.article.lang if sp.fallback else ""}


def page_context(site: HelpCenter, page: Any, options: KbgenConfig, config: Any) -> KbPage | None:
    sp = site_page(site, page.file.src_uri)
    lang = page.file.src_uri.partition("/")[0]
    tree = site.tree
    if lang not in tree.languages:
        return None
    strings = strings_for(lang, options.strings)
    names = options.language_names()
    here = page.url
    home_url = _link(f"{lang}/", here)
    base = config.site_url or ""
    rel = sp.rel if sp else page.file.src_uri.partition("/")[2]
    art = sp.article if sp else None
    category_slug = art.category if art else (rel.split("/")[0] if "/" in rel else "")
    cat = tree.categories.get(category_slug)
    category = None
    if category_slug and (cat or site.category_pages(lang, category_slug)):
        title, title_lang = category_text(site, options, cat, lang, "titles") if cat else \
            (category_slug, lang)
        text, text_lang = category_text(site, options, cat, lang, "descriptions") if cat else \
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
        crumbs.append({"title": art.title, "url": "", "abs": f"{base}{page.url}",
                       "lang": art.lang if art.lang != lang else ""})
    # alternates for the switcher
    alternates = []
    for code, name in names.items():
        target = site.get(code, rel) if sp else None
        url = target.url if target else (f"{code}/{rel[:-8]}" if rel.endswith("index.md")
                                         else f"{code}/")
        alternates.append({"lang": code, "name": name, "url": _link(url, here),
                           "current": "1" if code == lang else ""})
    hreflang = _alternates(site, sp, base) if sp else [
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
    nav = _nav(site, lang, category_slug, here, strings, options)
    ld: list[dict[str, Any]] = [structured.breadcrumbs_ld(
        [(c["title"], c["abs"]) for c in crumbs])]
    tutorial = None
    if art and not art.is_index:
        if (faq := structured.faq_ld(art)) is not None:
            ld.append(faq)
        if (howto := structured.howto_ld(art, base + page.url)) is not None:
            ld.append(howto)
            tutorial = {"time": strings["minutes"].format(n=art.time) if art.time else "",
                        "prerequisites": art.prerequisites, "steps": len(art.steps)}
        video = art.video if isinstance(art.video, str) else \
            (art.video or {}).get("src") if isinstance(art.video, dict) else None
        video = video or _first_video(art.body)
        if video:
            kind = media.classify_video(video).kind
            thumb = _yt_thumb(video) if kind == "youtube" else base + "assets/images/video.png"
            ld.append(structured.video_ld(art, urljoin(base + page.url, video), thumb,
                                          updated.date().isoformat() if updated else None))
    listing = []
    if is_category_index and category:
        listing = [_item(p, here, site) for p in site.category_pages(lang, category_slug)]
    home = _home(site, lang, here, options, strings) if is_home else None
    return KbPage(
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
        feedback_api_url=options.feedback.api_url if art and not art.is_index else None,
        support=_support(options, lang), tutorial=tutorial, listing=listing, home=home,
        faq_count=len(art.faq) if art else 0, content_lang=art.lang if art else lang,
        search_api_url=options.feedback.api_url, search_enabled=options.search.enabled,
        site_name=site_name(options, config, lang),
        canonical=base + site.source(sp).url if sp and sp.fallback and base else "",
        noindex=bool(sp and sp.fallback),
        updated_text=format_date(updated.date(), lang) if updated else "")


def site_name(options: KbgenConfig, config: Any, lang: str) -> str:
    names = options.site_name or {}
    return str(names.get(lang) or config.site_name)


def page_config(config: Any, kb: KbPage) -> Any:
    """The config the templates see for one page: the site's name in the page's language,
    and the logo leading to the language's home (a copy; the build's config is unchanged)."""
    import copy

    mine = copy.copy(config)
    mine["site_name"] = kb.site_name
    mine["extra"] = {**config.extra, "homepage": f"{kb.lang}/"}
    return mine


_PERMALINK_TITLE = re.compile(r'(<a class="headerlink" href="[^"]*") title="[^"]*"')


def localize_permalinks(html: str, lang: str, options: KbgenConfig) -> str:
    """Heading permalinks titled in the page's language (the toc extension has one title)."""
    title = escape(strings_for(lang, options.strings)["permalink"])
    return _PERMALINK_TITLE.sub(lambda m: f'{m.group(1)} title="{title}"', html)


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


def category_text(site: HelpCenter, options: KbgenConfig | None, cat: Any, lang: str,
                  kind: str) -> tuple[str, str]:
    """A category's title or description (``kind``: titles, descriptions) and the language
    it is in: the page's, else the first of its fallback chain that has one."""
    values = getattr(cat, kind, {}) or {}
    chain = fallback_chain(lang, site.tree.languages, site.tree.default_language,
                           options.fallbacks if options else None)
    for code in [lang, *chain]:
        if values.get(code):
            return values[code], code
    if kind == "titles":
        return cat.slug.replace("-", " ").capitalize(), lang
    return "", lang


def _nav(site: HelpCenter, lang: str, current: str, here: str, strings: dict[str, str],
         options: KbgenConfig | None = None) -> list[dict[str, Any]]:
    out = []
    tree = site.tree
    for slug, count in site.categories(lang):
        cat = tree.categories.get(slug)
        title, title_lang = category_text(site, options, cat, lang, "titles") if cat else \
            (slug, lang)
        entry: dict[str, Any] = {
            "title": title, "lang": title_lang if title_lang != lang else "",
            "url": _link(f"{lang}/{slug}/", here), "count": count,
            "icon": cat.icon if cat else "", "active": slug == current, "children": []}
        if slug == current:
            entry["children"] = _nav_children(site.category_pages(lang, slug), here, site)
            if count > NAV_ARTICLES:
                entry["more"] = {"title": strings["all_articles"] + f" ({count})",
                                 "url": entry["url"]}
        out.append(entry)
    return out


NAV_ARTICLES = 25  # articles of the current category in the sidebar; the rest are one click away


def _nav_children(pages: list[SitePage], here: str, site: HelpCenter) -> list[dict[str, Any]]:
    """The first articles of a category, and the current one: constant work per page."""
    shown = pages[:NAV_ARTICLES]
    current = next((p for p in pages if p.url == here), None)
    if current is not None and current not in shown:
        shown = shown[:-1] + [current]
    return [{**_item(p, here, site), "active": p.url == here} for p in shown]


def _home(site: HelpCenter, lang: str, here: str, options: KbgenConfig,
          strings: dict[str, str]) -> dict[str, Any]:
    tree = site.tree
    cards = []
    for slug, count in site.categories(lang):
        cat = tree.categories.get(slug)
        title, title_lang = category_text(site, options, cat, lang, "titles") if cat else \
            (slug, lang)
        text, text_lang = category_text(site, options, cat, lang, "descriptions") if cat else \
            ("", lang)
        cards.append({
            "title": title, "lang": title_lang if title_lang != lang else "",
            "description": text, "description_lang": text_lang if text_lang != lang else "",
            "icon": cat.icon if cat else "material/folder-outline",
            "url": _link(f"{lang}/{slug}/", here),
            "count": strings["article_count_one"] if count == 1 else
            strings["articles_count"].format(n=count)})
    recent = []
    for p in site.recent(lang, options.recent_count):
        item = _item(p, here, site)
        d = site.history.updated(p.article.src)
        item["updated"] = d.date().isoformat() if d else ""
        item["updated_text"] = format_date(d.date(), lang) if d else ""
        recent.append(item)
    helpful = [_item(p, here, site) for p in site.most_helpful(lang, options.recent_count)]
    return {"cards": cards, "recent": recent, "helpful": helpful}


def _support(options: KbgenConfig, lang: str) -> dict[str, Any] | None:
    """The "Still need help?" block for ``lang``: each per-language value in the page's
    language, else the first of its fallback chain; ``<key>_lang`` names the language of a
    value that is not the page's, so the template marks it."""
    support = options.support or {}
    if not support:
        return None
    codes = options.language_codes()
    chain = [lang, *fallback_chain(lang, codes, options.default_language, options.fallbacks)]

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


def to_json(kb: KbPage) -> str:
    return json.dumps({"lang": kb.lang, "page": kb.page_id, "revision": kb.revision},
                      ensure_ascii=False)


def escape(text: str) -> str:
    return htmlmod.escape(text, quote=True)


def not_found_context(site: HelpCenter, lang: str, options: KbgenConfig, config: Any) -> KbPage:
    """The 404 page of ``lang``: served at any wrong URL, so every link is root-relative."""
    root = urlsplit(config.site_url or "/").path or "/"
    root = root if root.endswith("/") else root + "/"
    strings = strings_for(lang, options.strings)
    names = options.language_names()
    home = _absolute(_home(site, lang, "", options, strings), root)
    nav = _absolute(_nav(site, lang, "", "", strings, options), root)
    alternates = [{"lang": code, "name": name, "url": f"{root}{code}/",
                   "current": "1" if code == lang else ""} for code, name in names.items()]
    return KbPage(
        lang=lang, lang_name=names.get(lang, lang), strings=strings, page_id="404",
        revision="", updated=None, type="not_found", category=None, fallback_notice=None,
        outdated=None, alternates=alternates, hreflang=[], breadcrumbs=[], related=[], nav=nav,
        home_url=f"{root}{lang}/", jsonld="", og_locale=lang, feedback_api_url=None,
        support=_support(options, lang), tutorial=None, content_lang=lang,
        home={**home, "recent": [], "helpful": []}, search_api_url=options.feedback.api_url,
        search_enabled=options.search.enabled, site_name=site_name(options, config, lang))


def _absolute(value: Any, root: str) -> Any:
    """Every ``url`` of a listing, made root-relative (it was relative to the site root)."""
    if isinstance(value, list):
        return [_absolute(v, root) for v in value]
    if isinstance(value, dict):
        return {k: (root + v.lstrip("./") if k == "url" and isinstance(v, str) and v != "."
                    else root if k == "url" else _absolute(v, root)) for k, v in value.items()}
    return value


def write_not_found_pages(site: HelpCenter, options: KbgenConfig, config: Any, env: Any,
                          context: dict[str, Any]) -> None:
    """``<lang>/404.html`` for every language; ``404.html`` is the default language's."""
    template = env.get_template("404.html")
    out = Path(config.site_dir)
    for lang in site.tree.languages:
        kb = not_found_context(site, lang, options, config)
        html = template.render({**context, "kb": kb, "config": page_config(config, kb)})
        target = out / lang / "404.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
        if lang == site.tree.default_language:
            (out / "404.html").write_text(html, encoding="utf-8")
