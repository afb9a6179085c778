"""``kbgen translate``: a stub with the original's structure and the revision it came from."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from writers_sites import git

from kbgen.cli import cli
from kbgen.core.articles import load_article, load_tree
from kbgen.core.categories import load_categories
from kbgen.core.checks import check_tree

pytest_plugins = ["writers_sites"]  # the fixture help centers


@pytest.fixture()
def site(clean_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy = tmp_path / "site"
    shutil.copytree(clean_site, copy)  # with its git history; tests change files
    monkeypatch.chdir(copy)
    return copy


def translate(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["translate", *args],
                                                catch_exceptions=False)
    return result.exit_code, result.output


def add_french(site: Path) -> None:
    text = (site / "mkdocs.yml").read_text(encoding="utf-8")
    if "code: fr" not in text:
        (site / "mkdocs.yml").write_text(
            text.replace(
                "        - {code: en, name: English}\n",
                "        - {code: en, name: English}\n        - {code: fr, name: Français}\n"),
            encoding="utf-8")


def test_stub_keeps_structure_and_records_the_source_revision(site):
    add_french(site)
    code, out = translate("docs/el/returns/how.md", "--to", "fr")
    assert code == 0, out
    stub = site / "docs/fr/returns/how.md"
    revision = git(site, "log", "-1", "--format=%H", "--", "docs/el/returns/how.md").strip()
    assert f"from el/returns/how.md @ {revision[:10]}" in out
    categories, _ = load_categories(site / "docs/categories.yml")
    article, diags = load_article(stub, site / "docs", categories)
    source, _ = load_article(site / "docs/el/returns/how.md", site / "docs", categories)
    assert diags == []  # validates against the front matter schema
    assert article.meta["translated_from"] == {"lang": "el", "revision": revision}
    assert [h.text for h in article.headings] == [h.text for h in source.headings]
    assert (article.type, article.time, article.related) == (source.type, source.time,
                                                           source.related)
    body = stub.read_text(encoding="utf-8")
    assert "```callouts" in body and "![type:video](../../assets/videos/setup.mp4)" in body
    assert body.count("<!-- translate -->") == 5  # intro, heading, image, callouts, code note


def test_stub_is_reported_until_translated(site):
    add_french(site)
    translate("el/returns/how.md", "--to", "fr")  # a docs-relative path works too
    tree = load_tree(site / "docs", ["el", "en", "fr"], "el")
    found = [(d.path, d.line, d.code) for d in check_tree(tree) if d.code == "KB303"]
    assert found == [("fr/returns/how.md", 2, "KB303")]


def test_translate_refuses_to_overwrite(site):
    code, out = translate("docs/el/orders/track.md", "--to", "en")
    assert code == 1
    assert "docs/en/orders/track.md already exists" in out


def test_translate_refuses_unknown_language_and_same_language(site):
    assert "'de' is not one of the help center's languages" in translate(
        "docs/el/orders/track.md", "--to", "de")[1]
    assert "already in 'el'" in translate("docs/el/orders/track.md", "--to", "el")[1]


def test_translate_explains_a_wrong_path(site):
    code, out = translate("docs/el/orders/nope.md", "--to", "en")
    assert code == 1 and "docs/el/orders/nope.md: no such article" in out
