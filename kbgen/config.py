"""Typed configuration of the ``kbgen`` MkDocs plugin (``plugins: - kbgen: ...``)."""

from __future__ import annotations

import os
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c


class LanguagesOption(c.BaseConfigOption[list[dict[str, str]]]):
    """``[el, en]`` or ``[{code: el, name: Ελληνικά}, ...]``, normalized to dicts.

    ``locale`` is read as ``code`` (mkdocs-static-i18n's spelling), and a missing
    name is the language's own name (``Ελληνικά``), or its code.
    """

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
            if isinstance(item, dict) and "code" not in item and "locale" in item:
                item = {**item, "code": item["locale"]}
            if not isinstance(item, dict) or not isinstance(item.get("code"), str) \
                    or not item["code"].strip():
                raise c.ValidationError(f"Each language needs a 'code' (got {item!r}), "
                                        "e.g. [el, en] or [{code: el, name: Ελληνικά}].")
            code = item["code"].strip()
            if code in (lang["code"] for lang in out):
                raise c.ValidationError(f"Language '{code}' is listed twice.")
            out.append({"code": code, "name": str(item.get("name") or
                                                  LANGUAGE_NAMES.get(code, code))})
        return out


class DefaultLanguageOption(c.Optional[str]):
    """One of ``languages``; the first one when not given."""

    def __init__(self) -> None:
        super().__init__(c.Type(str))

    def post_validation(self, config: base.Config, key_name: str) -> None:
        codes = [lang["code"] for lang in config["languages"]]
        if config[key_name] is None:
            config[key_name] = codes[0]
        elif config[key_name] not in codes:
            raise c.ValidationError(f"'{config[key_name]}' is not one of the site languages "
                                    f"({', '.join(codes)}). Add it to 'languages' or pick "
                                    "one of those.")


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
    default_language = DefaultLanguageOption()
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
    cache = c.Type(bool, default=True)
    """Reuse each page's Markdown to HTML conversion from earlier builds when nothing it
    depends on changed. KBGEN_NO_CACHE=1 turns it off for one build."""
    cache_dir = c.Type(str, default=".kbgen-cache")
    """Where the build cache is kept, relative to the folder of mkdocs.yml."""
    fallbacks = c.Type(dict, default={})
    """Where a missing translation comes from, per language ({fr: [en, el]}): the first
    language of the chain that has the article. Default: the default language."""

    def feedback_api_url(self) -> str | None:
        """The widget's API address: KBGEN_FEEDBACK_API_URL, else feedback.api_url."""
        api = os.environ.get("KBGEN_FEEDBACK_API_URL") or self.feedback.api_url
        return api.rstrip("/") if api else None

    def language_codes(self) -> list[str]:
        return [lang["code"] for lang in self.languages]

    def language_names(self) -> dict[str, Any]:
        return {lang["code"]: lang["name"] for lang in self.languages}
