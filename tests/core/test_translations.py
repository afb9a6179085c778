"""Translation status from git facts: missing, outdated (by how much), up to date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kbgen.core.articles import Article, ContentTree
from kbgen.core.categories import Categories
from kbgen.core.history import Commit, History
from kbgen.core.translations import (
    State,
    compare,
    coverage,
    outdated_notice,
    translation_status,
)


def day(n: int) -> dt.datetime:
    return dt.datetime(2026, 1, 1, 12, tzinfo=dt.UTC) + dt.timedelta(days=n)


def article(src: str, **kw: object) -> Article:
    lang, _, rel = src.partition("/")
    return Article(src=src, lang=lang, rel=rel, title=rel, description="d", type="article",
                   category=rel.split("/")[0], **kw)


def tree(*articles: Article, languages: tuple[str, ...] = ("el", "en", "fr")) -> ContentTree:
    return ContentTree(Path("/nonexistent"), list(languages), "el", Categories(),
                       list(articles), [])


def history(**files: list[tuple[str, int]]) -> History:
    """``el__a_md=[("c3", 20), ("c1", 0)]`` -> commits of el/a.md, newest first."""
    commits = {name.replace("__", "/").replace("_md", ".md"): [Commit(sha, day(d)) for sha, d in c]
               for name, c in files.items()}
    return History(Path("/nonexistent"), commits, in_git=True)


def test_source_changed_after_translation_is_outdated_by_commits_and_days():
    h = history(el__a_md=[("c3", 30), ("c2", 10), ("c1", 0)], en__a_md=[("c1", 0)])
    status = compare(article("el/a.md"), article("en/a.md"), h)
    assert status.state is State.OUTDATED
    assert (status.commits_behind, status.days_behind) == (2, 30)
    assert status.source_updated == day(30) and status.translated_updated == day(0)


def test_translation_changed_after_source_is_up_to_date():
    h = history(el__a_md=[("c2", 10), ("c1", 0)], en__a_md=[("c3", 12), ("c1", 0)])
    status = compare(article("el/a.md"), article("en/a.md"), h)
    assert status.state is State.UP_TO_DATE
    assert (status.commits_behind, status.days_behind) == (0, 0)


def test_translated_from_revision_is_reported():
    h = history(el__a_md=[("c1", 0)], en__a_md=[("c2", 1)])
    en = article("en/a.md", meta={"translated_from": {"lang": "el", "revision": "c1"}})
    assert compare(article("el/a.md"), en, h).translated_from == "c1"


def test_status_covers_every_published_original_in_every_other_language():
    t = tree(article("el/a.md"), article("el/b.md"), article("el/draft.md", draft=True),
             article("en/a.md"), article("en/b.md"), article("fr/a.md"))
    h = history(el__a_md=[("c2", 5), ("c1", 0)], el__b_md=[("c1", 0)], en__a_md=[("c1", 0)],
                en__b_md=[("c1", 0)], fr__a_md=[("c3", 6)])
    states = {(s.lang, s.rel): s.state for s in translation_status(t, h)}
    assert states == {("en", "a.md"): State.OUTDATED, ("en", "b.md"): State.UP_TO_DATE,
                      ("fr", "a.md"): State.UP_TO_DATE, ("fr", "b.md"): State.MISSING}
    rows = {c.lang: (c.total, c.up_to_date, c.outdated, c.missing, c.percent)
            for c in coverage(translation_status(t, h))}
    assert rows == {"en": (2, 1, 1, 0, 100.0), "fr": (2, 1, 0, 1, 50.0)}


def test_notice_data_for_an_outdated_page_only():
    el, en, fr = article("el/a.md"), article("en/a.md"), article("fr/a.md")
    t = tree(el, en, fr)
    h = history(el__a_md=[("c2", 40), ("c1", 0)], en__a_md=[("c1", 0)], fr__a_md=[("c3", 41)])
    notice = outdated_notice(t, h, en)
    assert notice is not None
    assert (notice.source_lang, notice.source_src, notice.source_updated) == (
        "el", "el/a.md", dt.date(2026, 2, 10))
    assert (notice.commits_behind, notice.days_behind) == (1, 40)
    assert outdated_notice(t, h, fr) is None  # translated after the change
    assert outdated_notice(t, h, el) is None  # the original itself


def test_a_stub_with_translate_marks_is_in_progress_not_translated():
    h = history(el__a_md=[("c1", 0)], en__a_md=[("c2", 1)])
    stub = article("en/a.md", body="<!-- translate -->\n\nΚείμενο.\n")
    status = compare(article("el/a.md"), stub, h)
    assert status.state is State.IN_PROGRESS
    [row] = coverage([status])
    assert (row.in_progress, row.translated, row.percent) == (1, 0, 0.0)
