"""Typed configuration of the ``kbgen`` MkDocs plugin (``plugins: - kbgen: ...``)."""

from __future__ import annotations

from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c


class LanguagesOption(c.BaseConfigOption[list[dict[str, str]]]):
    """``[el, en]`` or ``[{code: el, name: Ελληνικά}, ...]``, normalized to dicts."""

    def __init__(self, default: list[str] | None = None) -> None:
        super().__init__()
        self.default = default or ["en"]

    def run_validation(self, value: object) -> list[dict[str, str]]:
        from kbgen.core.strings import LANGUAGE_NAMES

        if not isinstance(value, list) or not value:
            raise c.ValidationError("Expected a list of language codes, e.g. [el, en, fr].")
        out = []
        for item in value:
            if isinstance(item, str):
                item = {"code": item}
            if not isinstance(item, dict) or not isinstance(item.get("code"), str):
                raise c.ValidationError(f"Each language needs a 'code' (got {item!r}).")
            code = item["code"]
            out.append({"code": code, "name": str(item.get("name") or
                                                  LANGUAGE_NAMES.get(code, code))})
        return out


class FeedbackConfig(base.Config):
    api_url = c.Optional(c.Type(str))
    """Base URL of the feedback API; the widget is shown only when this is set.
    The environment variable KBGEN_FEEDBACK_API_URL overrides it."""


class SearchConfig(base.Config):
    enabled = c.Type(bool, default=True)
    """Build kbgen's per-language search index."""
    boost_file = c.Optional(c.Type(str))
    """Optional helpful-votes stats (JSON exported by the feedback API) used to boost results."""


class ValidationConfig(base.Config):
    errors = c.Choice(("error", "warn"), default="error")
    """'error': content errors abort the build; 'warn': they are logged as warnings."""


class KbgenConfig(base.Config):
    enabled = c.Type(bool, default=True)
    """Turn the plugin off without removing its configuration."""
    languages = LanguagesOption(default=["en"])
    """Site languages; content lives in docs/<code>/."""
    default_language = c.Optional(c.Type(str))
    """Language shown when a translation is missing, and for x-default (default: the first)."""
    categories_file = c.Type(str, default="categories.yml")
    """Categories declared per language, relative to docs_dir. Optional: without it,
    top-level folders are the categories."""
    helpful_stats = c.Optional(c.Type(str))
    """JSON stats exported by the feedback API, for the home page's "most helpful" list."""
    support = c.Type(dict, default={})
    """The "Still need help?" block: channels, hours, response times, per language."""
    strings = c.Type(dict, default={})
    """Override kbgen's interface strings: {lang: {key: text}}."""
    feedback = c.SubConfig(FeedbackConfig)
    search = c.SubConfig(SearchConfig)
    validation = c.SubConfig(ValidationConfig)
    recent_count = c.Type(int, default=5)
    """How many recently updated articles the home page lists."""
    site_name = c.Type(dict, default={})
    """The site's name per language ({el: Κέντρο βοήθειας, en: Help Center}); a language
    not listed shows mkdocs.yml's site_name."""
    fallbacks = c.Type(dict, default={})
    """Where a missing translation comes from, per language ({fr: [en, el]}): the first
    language of the chain that has the article. Default: the default language."""

    def language_codes(self) -> list[str]:
        return [lang["code"] for lang in self.languages]

    def language_names(self) -> dict[str, Any]:
        return {lang["code"]: lang["name"] for lang in self.languages}
