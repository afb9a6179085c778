"""The ``kbgen`` MkDocs plugin: a thin adapter from MkDocs events to kbgen.core.

One build for every language (no re-entering ``build()`` per language): pages
live in ``docs/<lang>/``, missing translations get generated fallback pages, and
each page is rendered with its own language, alternates and a small
per-language navigation, so build time grows linearly with the pages.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import Files

from kbgen import bridge, pagecache, settings, sitecache
from kbgen.config import KbgenConfig
from kbgen.core import cache, manifest
from kbgen.core.articles import load_tree
from kbgen.core.history import load_history
from kbgen.core.site import HelpCenter
from kbgen.diagnostics import Diagnostic, Severity, sort_key

log = get_plugin_logger(__name__)
THEME_DIR = bridge.theme_dir()
_NOTED: set[str] = set()
"""The notes (KB301 and the like) the last build in this process showed."""


def _check_theme(config: Any) -> None:
    """Stop with one message when kbgen's theme cannot be used.

    kbgen's templates extend mkdocs-material's; on another theme, or without the
    templates installed, the build would pass and ship a site without search,
    widget, home or category pages.
    """
    name = config.theme.name
    if name != "material":
        raise PluginError(f"theme.name: '{name}' is not supported; kbgen's templates extend "
                          "mkdocs-material. Set 'theme: {name: material}' in mkdocs.yml "
                          "(your own templates still go in theme.custom_dir).")
    if not (THEME_DIR / "main.html").is_file():
        raise PluginError(f"kbgen's theme is missing ({THEME_DIR} has no main.html): the "
                          "installed kbgen package is incomplete. Reinstall it "
                          "(pip install --force-reinstall kbgen).")


class KbgenPlugin(BasePlugin[KbgenConfig]):
    """Turns ``docs/<lang>/<category>/<article>.md`` into a multilingual help center."""

    supports_multiple_instances = False

    def __init__(self) -> None:
        self.site: HelpCenter | None = None
        self.indexer: Any = None
        self.diagnostics: list[Diagnostic] = []
        self._env: Any = None
        self._not_found: dict[str, Any] | None = None  # the 404 template's context
        self.page_cache: pagecache.PageCache | None = None
        self.site_cache: sitecache.SiteCache | None = None
        self.content_cache: cache.Store | None = None
        self._pages_seen = self._pages_total = 0

    # ------------------------------------------------------------ config

    @event_priority(50)
    def on_config(self, config: Any) -> Any:
        """Add kbgen's theme overrides, markdown extensions and language settings."""
        if not self.config.enabled:
            return config
        # The same settings every kbgen command reads (languages and the default one
        # were checked by KbgenConfig's validation).
        self.settings = settings.from_plugin(self.config, config.config_file_path,
                                             config.docs_dir)
        codes = self.settings.languages
        _check_theme(config)
        bridge.add_theme_dir(config, THEME_DIR)
        bridge.ensure_markdown_extensions(config)
        config.theme["language"] = self.config.default_language
        # No request to a third party unless the site asks for it: Material's default
        # font comes from Google Fonts; kbgen uses the system fonts instead.
        if config.theme.get("font") == {"text": "Roboto", "code": "Roboto Mono"}:
            config.theme["font"] = False
        # A non-empty 'alternate' makes Material render the language switcher;
        # kbgen's partials/alternate.html fills it per page.
        if len(codes) > 1:
            config.extra["alternate"] = [{"name": n, "lang": c, "link": f"/{c}/"}
                                         for c, n in self.config.language_names().items()]
        self.config.feedback.api_url = self.settings.feedback_api_url
        return config

    # ------------------------------------------------------------ build cache

    def on_pre_build(self, *, config: Any) -> None:
        """Open the build cache (every plugin's markdown extensions are known by now)."""
        if self.page_cache is not None:  # `mkdocs serve` may reuse the plugin
            self.page_cache.close()
        self.page_cache, self._pages_seen = None, 0
        if not self.config.enabled:
            return
        reason = pagecache.disabled_reason(self.config, config)
        if reason:
            log.debug(f"build cache off: {reason}")
            return
        root = pagecache.cache_root(self.config, config)
        self.page_cache = pagecache.PageCache(root, config)
        if self.page_cache.broken:
            log.info(f"build cache off: {self.page_cache.broken}")
            self.page_cache.close()
            self.page_cache = None
            return
        reason = sitecache.disabled_reason(config)
        if reason:
            log.info(f"build cache: {reason}")
            return
        self.site_cache = sitecache.SiteCache(root, Path(config.site_dir))
        self.site_cache.open()

    def on_pre_page(self, page: Any, *, config: Any, files: Files) -> Any:
        if self.page_cache is None:
            return page
        self._pages_seen += 1
        cached = self.site_cache
        if cached is not None and not cached.broken:
            if cached.needs_base():
                cached.set_base(*cached.base_parts(
                    config, files, self.site.digest() if self.site else "",
                    self.page_cache.settings))
            lang, _, rel = page.file.src_uri.partition("/")
            history = self.site.history_shown(lang, rel, self.config.recent_count) \
                if self.site else None
            if cached.try_keep(page, files, history):
                self.page_cache.keep(cached.conversion(page))
                return page
        self.page_cache.attach(page, files)
        return page

    def _kept(self, page: Any) -> bool:
        return self.site_cache is not None and self.site_cache.is_kept(page)

    # ------------------------------------------------------------ files

    @event_priority(-50)
    def on_files(self, files: Files, *, config: Any) -> Files:
        """Load the content, check it, and add fallback, category and home pages."""
        if not self.config.enabled:
            return files
        docs = Path(config.docs_dir)
        store = None  # the build cache's parsed articles and body scans
        if self.page_cache is not None:
            store = self.content_cache = cache.Store(self.page_cache.store.root, "content")
        tree = load_tree(docs, self.config.language_codes(), self.config.default_language,
                         self.config.categories_file, store)
        history = load_history(docs)
        stats = Path(config.config_file_path).parent / self.config.helpful_stats \
            if self.config.helpful_stats else None
        self.site = HelpCenter.build(tree, history, config.use_directory_urls, stats,
                                     fallbacks=self.config.fallbacks)
        self.diagnostics = list(tree.diagnostics) + bridge.run_checks(tree, history, store)
        self._report()
        bridge.drop_unpublished(files, tree, self.config.categories_file)
        for file in bridge.generated_pages(self.site, config, self.config, files):
            files.append(file)
        self.indexer = bridge.make_indexer(self.config) if self.config.search.enabled else None
        self._pages_total = len(files.documentation_pages())
        return files

    def _report(self) -> None:
        global _NOTED
        errors = 0
        noted = set()
        for d in sorted(self.diagnostics, key=sort_key):
            if d.severity is Severity.ERROR and self.config.validation.errors == "error":
                errors += 1
                log.error(d.format())
            elif d.severity is Severity.INFO:
                text = d.format()
                noted.add(text)
                if not (cache.Memo.active and text in _NOTED):
                    log.info(text)  # kbgen serve: a note is shown once, not on every save
            else:
                log.warning(d.format())
        _NOTED = noted
        if errors:
            raise PluginError(f"Aborted: {errors} content error{'s' * (errors != 1)} (listed "
                              "above). Fix them, or run 'kbgen check' for details.")

    # ------------------------------------------------------------ pages

    def on_page_markdown(self, markdown: str, *, page: Any, config: Any, files: Files) -> str:
        if not self.config.enabled or self.site is None or self._kept(page):
            return markdown
        sp = bridge.site_page(self.site, page.file.src_uri)
        if sp is None:
            return markdown
        page.meta.setdefault("description", sp.article.description)
        if sp.fallback:
            page.meta.setdefault("title", sp.article.title)
        problems: list[tuple[int, str]] = []
        out = bridge.article_markdown(sp, markdown, self.site, self.config, config, problems)
        for line, message in problems:
            log.error(f"{sp.article.src}:{line + sp.article.body_line - 1}: KB220 {message}.")
        if problems:
            raise PluginError(f"Aborted: {len(problems)} broken callouts block(s) (listed above).")
        return out

    def on_page_content(self, html: str, *, page: Any, config: Any, files: Files) -> str:
        if not self.config.enabled or self.site is None:
            return html
        if self._kept(page):
            assert self.site_cache is not None
            sp = bridge.site_page(self.site, page.file.src_uri)
            if self.indexer is not None and sp is not None and not sp.article.is_index:
                self.site_cache.note_search(sp.lang, page, None)
            return html
        html, missing_alt = bridge.enhance_images(html, page, config)
        html = bridge.localize_permalinks(html, page.file.src_uri.partition("/")[0], self.config)
        for src in missing_alt:
            log.warning(f"{page.file.src_uri}: KB205 image '{src}' has no alt text. "
                        "Describe what the image shows between the [ ] of ![...](...).")
        sp = bridge.site_page(self.site, page.file.src_uri)
        if self.indexer is not None and sp is not None and not sp.article.is_index:
            cat = self.site.tree.categories.get(sp.article.category)
            title = bridge.category_text(self.site, self.config, cat, sp.lang, "titles")[0] \
                if cat else sp.article.category
            entries = self.indexer.entries(
                url=page.url, lang=sp.lang, title=sp.article.title, category=title,
                type=sp.article.type, html=html, meta={**page.meta, "kb_page_id": sp.rel},
                is_fallback=sp.fallback)
            if self.site_cache is not None:
                self.site_cache.note_search(sp.lang, page, entries)
            else:
                self.indexer.restore_page(sp.lang, entries)
        return html

    def on_env(self, env: Any, *, config: Any, files: Files) -> Any:
        self._env = env
        if self.page_cache is not None and env.bytecode_cache is None:
            # compiled templates, kept by Jinja under their name and source's checksum
            env.bytecode_cache = pagecache.template_cache(self.page_cache.store.root)
        if self.site_cache is not None:
            self.site_cache.stop_capture()  # the last page's conversion is done
        if self.config.enabled and self.site is not None:
            site = self.site
            env.globals["kb_sitemap_alternates"] = lambda page: bridge.sitemap_alternates(
                site, page, config)
            env.globals["kb_in_sitemap"] = lambda page: bridge.in_sitemap(site, page)
            env.globals["kb_sitemap_lastmod"] = lambda page: bridge.sitemap_lastmod(site, page)
        return env

    def on_template_context(self, context: dict[str, Any], *, template_name: str,
                            config: Any) -> dict[str, Any]:
        """The 404 page in the default language (each language's is written after the build)."""
        if template_name == "404.html" and self.config.enabled and self.site is not None:
            self._not_found = dict(context)
            kb = bridge.not_found_context(self.site, self.config.default_language,
                                          self.config, config)
            context["kb"], context["config"] = kb, bridge.page_config(config, kb)
        return context

    def on_page_context(self, context: dict[str, Any], *, page: Any, config: Any,
                        nav: Any) -> dict[str, Any]:
        if self._kept(page):
            return context  # its template is kbgen's empty one: the file is kept
        if self.site_cache is not None:
            self.site_cache.start_capture(page)
        if self.config.enabled and self.site is not None:
            kb = bridge.page_context(self.site, page, self.config, config)
            context["kb"] = kb
            if kb is not None:  # the site's name in the page's language
                context["config"] = bridge.page_config(config, kb)
        return context

    @event_priority(-100)  # after every other plugin: the page as MkDocs writes it
    def on_post_page(self, output: str, *, page: Any, config: Any) -> str:
        if self.site_cache is not None and not self._kept(page):
            self.site_cache.page_built(page)
        return output

    def on_post_build(self, *, config: Any) -> None:
        if not self.config.enabled or self.site is None:
            return
        full_build = self._pages_seen >= self._pages_total
        if self.page_cache is not None:  # a --dirty build saw only some pages: keep the rest
            self.page_cache.finish(full_build=full_build)
        if self.content_cache is not None:  # every article was loaded: drop the others
            self.content_cache.sweep()
            self.content_cache = None
        bridge.write_root_redirect(Path(config.site_dir), self.config)
        # the pages that exist, for the feedback API (FEEDBACK_SITE_MANIFEST)
        (Path(config.site_dir) / manifest.FILE_NAME).write_text(
            manifest.dumps(manifest.build(self.site, config.site_url)), encoding="utf-8")
        if getattr(self, "_not_found", None) is not None and self._env is not None:
            bridge.write_not_found_pages(self.site, self.config, config, self._env,
                                         self._not_found)
        keep: set[str] = set()
        if self.indexer is not None and self.site_cache is not None:
            for lang, pages in self.site_cache.search_plan(self.indexer.boosts).items():
                if pages is None:
                    keep.add(lang)
                    continue
                for entries in pages:
                    self.indexer.restore_page(lang, entries)
        if self.indexer is not None:
            self.indexer.write(config.site_dir, frozenset(keep))
        if self.site_cache is not None:
            self.site_cache.finish(full_build=full_build)
            self.site_cache = None

    def on_build_error(self, *, error: Exception) -> None:
        if self.page_cache is not None:
            self.page_cache.close()
        if self.content_cache is not None:
            self.content_cache.close()
            self.content_cache = None
        if self.site_cache is not None:  # the last good site stays in place
            self.site_cache.restore_previous()
            self.site_cache = None
        logging.getLogger("mkdocs").debug("kbgen: build failed: %s", error)
