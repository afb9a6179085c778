"""Translation status: which articles are missing, outdated or up to date in each language.

The default language holds the originals. A translation is the file at the
same relative path under another language folder. It is *outdated* when its
original changed in git after the translation's last change: the source has
commits newer than the translation's last commit (an uncommitted translation
counts from its file's modification time). ``translated_from`` (written by
``kbgen translate``) records the source revision a translation started from;
it is reported, but the translation's own last change is what counts, so a
translator who brings a translation up to date only has to commit it.

Used by ``kbgen translations`` (the coverage table), ``kbgen check`` (KB301,
KB302) and the site (:func:`outdated_notice`: the notice on an outdated page).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from kbgen.core.articles import Article, ContentTree
from kbgen.core.history import History


class State(StrEnum):
    MISSING = "missing"
    IN_PROGRESS = "in-progress"  # a 'kbgen translate' stub with parts still to translate
    OUTDATED = "outdated"
    UP_TO_DATE = "up-to-date"


TRANSLATE_MARK = "<!-- translate -->"


@dataclass(frozen=True)
class TranslationStatus:
    """One original in one target language.

    Attributes:
        rel: path relative to the language folder, e.g. ``returns/refund-times.md``.
        lang: the target language.
        source: the original (in the default language).
        translation: the translation, or None when it is missing.
        state: missing, outdated or up-to-date.
        commits_behind: commits to the original after the translation's last change.
        days_behind: days between the translation's last change and the original's.
        source_updated: when the original last changed.
        translated_updated: when the translation last changed.
        translated_from: the source revision recorded by ``kbgen translate`` ("" if none).
    """

    rel: str
    lang: str
    source: Article
    translation: Article | None
    state: State
    commits_behind: int = 0
    days_behind: int = 0
    source_updated: dt.datetime | None = None
    translated_updated: dt.datetime | None = None
    translated_from: str = ""


@dataclass(frozen=True)
class Coverage:
    """Counts for one language."""

    lang: str
    total: int
    up_to_date: int
    outdated: int
    missing: int
    in_progress: int = 0

    @property
    def translated(self) -> int:
        return self.up_to_date + self.outdated

    @property
    def percent(self) -> float:
        """Share of originals that have a translation (outdated ones included, stubs not)."""
        return 100.0 * self.translated / self.total if self.total else 100.0

    @property
    def up_to_date_percent(self) -> float:
        return 100.0 * self.up_to_date / self.total if self.total else 100.0


@dataclass(frozen=True)
class OutdatedNotice:
    """What the site shows on an outdated translation.

    Attributes:
        source_lang: language of the newer original (e.g. ``el``).
        source_src: its path relative to docs_dir (``el/returns/refund-times.md``),
            for the page link (the plugin turns it into a URL).
        source_updated: the date the original last changed.
        commits_behind: commits to the original since the translation's last change.
        days_behind: how many days newer the original is.
    """

    source_lang: str
    source_src: str
    source_updated: dt.date | None
    commits_behind: int
    days_behind: int


def _translated_from(article: Article) -> str:
    value = article.meta.get("translated_from")
    if isinstance(value, dict):
        return str(value.get("revision") or "")
    return ""


def compare(source: Article, translation: Article | None, history: History,
            lang: str = "") -> TranslationStatus:
    """The status of ``translation`` (None: missing in ``lang``) against its original."""
    source_last = history.last(source.src)
    source_updated = source_last.date if source_last else None
    if translation is None:
        return TranslationStatus(source.rel, lang, source, None, State.MISSING,
                                 source_updated=source_updated)
    mine = history.last(translation.src)
    if TRANSLATE_MARK in translation.body:
        return TranslationStatus(source.rel, translation.lang, source, translation,
                                 State.IN_PROGRESS, source_updated=source_updated,
                                 translated_updated=mine.date if mine else None,
                                 translated_from=_translated_from(translation))
    newer = history.commits_after(source.src, mine.date) if mine else []
    days = 0
    if newer and mine is not None:
        days = max(0, (newer[0].date - mine.date).days)
    return TranslationStatus(
        source.rel, translation.lang, source, translation,
        State.OUTDATED if newer else State.UP_TO_DATE,
        commits_behind=len(newer), days_behind=days, source_updated=source_updated,
        translated_updated=mine.date if mine else None,
        translated_from=_translated_from(translation))


def _originals(tree: ContentTree) -> list[Article]:
    return [a for a in tree.by_lang(tree.default_language) if not a.draft]


def translation_status(tree: ContentTree, history: History,
                       languages: list[str] | None = None) -> list[TranslationStatus]:
    """The status of every published original in every other language, sorted by language."""
    targets = [lang for lang in (languages or tree.languages) if lang != tree.default_language]
    out: list[TranslationStatus] = []
    for lang in targets:
        for source in _originals(tree):
            out.append(compare(source, tree.get(lang, source.rel), history, lang))
    return out


def coverage(statuses: list[TranslationStatus]) -> list[Coverage]:
    """Counts per target language, in the order of ``statuses``."""
    out = []
    for lang in dict.fromkeys(s.lang for s in statuses):
        mine = [s for s in statuses if s.lang == lang]
        out.append(Coverage(
            lang, len(mine),
            up_to_date=sum(s.state is State.UP_TO_DATE for s in mine),
            outdated=sum(s.state is State.OUTDATED for s in mine),
            missing=sum(s.state is State.MISSING for s in mine),
            in_progress=sum(s.state is State.IN_PROGRESS for s in mine)))
    return out


def outdated_notice(tree: ContentTree, history: History, article: Article) -> OutdatedNotice | None:
    """Notice data for ``article`` when it is an outdated translation, else None.

    The plugin calls this for every page in a non-default language and, when it
    gets a notice, renders the localized ``outdated_notice`` string with a link
    to ``source_src``'s page.
    """
    if article.lang == tree.default_language or article.type == "home":
        return None
    source = tree.get(tree.default_language, article.rel)
    if source is None or source.draft:
        return None
    status = compare(source, article, history)
    if status.state is not State.OUTDATED:
        return None
    updated = status.source_updated.date() if status.source_updated else None
    return OutdatedNotice(source.lang, source.src, updated, status.commits_behind,
                          status.days_behind)
