"""``kbgen new``: the scaffolded article validates, lands at the right path, never overwrites."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from writers_sites import CATEGORIES, MKDOCS_YML, write

from kbgen.cli import cli
from kbgen.core.articles import load_article, load_tree
from kbgen.core.categories import load_categories
from kbgen.core.checks import check_tree


@pytest.fixture()
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write(tmp_path, {"mkdocs.yml": MKDOCS_YML, "docs/categories.yml": CATEGORIES})
    monkeypatch.chdir(tmp_path)
    return tmp_path


def new(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["new", *args], catch_exceptions=False)
    return result.exit_code, result.output


@pytest.mark.parametrize("kind", ["faq", "tutorial", "article"])
@pytest.mark.parametrize("lang", ["el", "en"])
def test_new_article_front_matter_validates_against_the_schema(site, kind, lang):
    code, out = new("Πώς επιστρέφω ένα προϊόν;", "--lang", lang, "--category", "returns",
                    "--type", kind, "--owner", "maria")
    assert code == 0, out
    path = site / "docs" / lang / "returns" / "pos-epistrefo-ena-proion.md"
    assert out.startswith(f"Created docs/{lang}/returns/pos-epistrefo-ena-proion.md")
    categories, _ = load_categories(site / "docs" / "categories.yml")
    article, diags = load_article(path, site / "docs", categories)
    assert diags == []
    assert article is not None
    assert (article.title, article.type, article.category, article.owner) == (
        "Πώς επιστρέφω ένα προϊόν;", kind, "returns", "maria")
    assert article.review_by is not None


def test_faq_template_has_example_questions(site):
    new("Πώς επιστρέφω ένα προϊόν;", "--category", "returns", "--type", "faq")
    article, _ = load_article(site / "docs/el/returns/pos-epistrefo-ena-proion.md", site / "docs")
    assert len(article.faq) >= 2
    assert all(q.question.endswith(";") for q in article.faq)  # Greek question mark


def test_tutorial_template_has_time_prerequisites_and_steps(site):
    new("Set up two-factor sign-in", "--lang", "en", "--category", "returns", "--type", "tutorial")
    article, _ = load_article(site / "docs/en/returns/set-up-two-factor-sign-in.md", site / "docs")
    assert article.time == 10
    assert len(article.prerequisites) == 1
    assert len(article.steps) >= 2


def test_placeholders_are_reported_until_replaced(site):
    new("Where is my refund?", "--lang", "en", "--category", "returns", "--type", "faq")
    tree = load_tree(site / "docs", ["el", "en"], "el")
    found = [(d.code, d.line, d.message) for d in check_tree(tree, translations=False)]
    assert found == [("KB604", 3, "8 template placeholders (TODO) still in the article "
                                  "(front matter: description)")]  # line 3: description


def test_new_refuses_to_overwrite(site):
    assert new("Where is my refund?", "--lang", "en", "-c", "returns")[0] == 0
    path = site / "docs/en/returns/where-is-my-refund.md"
    path.write_text("my work", encoding="utf-8")
    code, out = new("Where is my refund?", "--lang", "en", "-c", "returns")
    assert code == 1
    assert "docs/en/returns/where-is-my-refund.md already exists" in out
    assert path.read_text(encoding="utf-8") == "my work"


def test_unknown_category_is_refused_with_a_suggestion(site):
    code, out = new("Where is my refund?", "--lang", "en", "-c", "retruns")
    assert code == 1
    assert "'retruns' is not a known category" in out and "Did you mean 'returns'?" in out
    assert not (site / "docs/en/retruns").exists()


def test_unknown_language_is_refused(site):
    code, out = new("Où est ma commande ?", "--lang", "fr", "-c", "orders")
    assert code == 1 and "'fr' is not one of the help center's languages (el, en)" in out


def test_slug_option_overrides_the_title(site):
    new("Πού είναι η παραγγελία μου;", "-c", "orders", "--slug", "track order")
    assert (site / "docs/el/orders/track-order.md").is_file()
