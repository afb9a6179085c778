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
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from mkdocs.structure.files import File, Files

from kbgen.config import KbgenConfig
from kbgen.core import media, pages, transform
from kbgen.core.articles import ContentTree
from kbgen.core.history import History
from kbgen.core.pages import PageView, SiteSettings
from kbgen.core.site import HelpCenter, SitePage
from kbgen.core.strings import strings_for
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


def run_checks(tree: ContentTree, history: History, store: Any = None) -> list[Diagnostic]:
    """The writers' content checks (``kbgen check``), so a strict build fails on them."""
    try:
        checks = importlib.import_module("kbgen.core.checks")
    except ModuleNotFoundError:
        return []
    return list(checks.check_tree(tree, history=history, store=store))


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
            size = _image_size(_resolve(docs, src_dir, page.url, src, config))
            if size:
                attrs.setdefault("width", str(size[0]))
                attrs.setdefault("height", str(size[1]))
        rendered = " ".join(f'{k}="{v}"' for k, v in attrs.items())
        return f"<img {rendered}>"

    return _IMG.sub(fix, html), missing_alt


_SIZES: dict[tuple[Path, int, int], tuple[int, int] | None] = {}


def _image_size(path: Path) -> tuple[int, int] | None:
    """``media.image_size``, read once per file version (a build's pages share a few images;
    the file's modification time and size tell a changed one, e.g. under ``kbgen serve``)."""
    try:
        stat = path.stat()
    except OSError:
        return None
    key = (path, stat.st_mtime_ns, stat.st_size)
    if key not in _SIZES:
        if len(_SIZES) > 10_000:
            _SIZES.clear()
        _SIZES[key] = media.image_size(path)
    return _SIZES[key]


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
    return pages.hreflang_alternates(site, sp, config.site_url or "")


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


def site_settings(options: KbgenConfig, config: Any) -> SiteSettings:
    """The plugin's and MkDocs' settings a page view needs, as plain values."""
    return SiteSettings(
        language_names=options.language_names(), default_language=options.default_language,
        site_name=config.site_name, site_names=dict(options.site_name or {}),
        site_url=config.site_url or "", strings=options.strings or {},
        support=options.support or {}, fallbacks=dict(options.fallbacks or {}),
        recent_count=options.recent_count, feedback_api_url=options.feedback.api_url,
        search_enabled=options.search.enabled)


def _build_settings(site: HelpCenter, options: KbgenConfig, config: Any,
                    light: bool = False) -> SiteSettings:
    """The build's ``SiteSettings``, made once: a new ``HelpCenter`` is made for every build,
    and page views share what they compute once per build for the same settings object."""
    key = "_kb_settings_light" if light else "_kb_settings"
    made = site.__dict__.get(key)
    if made is None or made[0] is not options or made[1] is not config:
        settings = site_settings_light(options) if light else site_settings(options, config)
        made = site.__dict__[key] = (options, config, settings)
    return made[2]


def page_context(site: HelpCenter, page: Any, options: KbgenConfig, config: Any,
                 ) -> PageView | None:
    """The page model of a MkDocs page (``kbgen.core.pages`` computes it)."""
    return pages.page_view(site, _build_settings(site, options, config), page.file.src_uri,
                           page.url)


def not_found_context(site: HelpCenter, lang: str, options: KbgenConfig, config: Any,
                      ) -> PageView:
    return pages.not_found_view(site, _build_settings(site, options, config), lang)


def category_text(site: HelpCenter, options: KbgenConfig, cat: Any, lang: str,
                  kind: str) -> tuple[str, str]:
    return pages.category_text(site, _build_settings(site, options, None, light=True), cat,
                               lang, kind)


def site_settings_light(options: KbgenConfig) -> SiteSettings:
    """Settings for lookups that need only the languages and fallbacks."""
    return SiteSettings(language_names=options.language_names(),
                        default_language=options.default_language, site_name="",
                        fallbacks=dict(options.fallbacks or {}))


def page_config(config: Any, kb: PageView) -> Any:
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


def to_json(kb: PageView) -> str:
    return json.dumps({"lang": kb.lang, "page": kb.page_id, "revision": kb.revision},
                      ensure_ascii=False)


def escape(text: str) -> str:
    return htmlmod.escape(text, quote=True)


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
