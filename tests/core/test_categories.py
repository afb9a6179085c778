"""categories.yml: a comma inside a flow mapping is caught, not silently cut."""

from __future__ import annotations

from kbgen.core.categories import load_categories


def test_unquoted_comma_in_a_title_is_reported_with_its_line(tmp_path):
    path = tmp_path / "categories.yml"
    path.write_text("shipping:\n  icon: material/truck\n"
                    "  description: {el: Χρόνοι, κόστος, en: Times and costs}\n",
                    encoding="utf-8")
    cats, diags = load_categories(path)
    assert [d.format() for d in diags] == [
        "categories.yml:3: KB111 category 'shipping' description: 'κόστος' has no value. "
        'A comma inside {...} starts a new entry: put the text in quotes, e.g. '
        '{el: "Χρόνοι, κόστος"}.']
    assert cats.get("shipping").descriptions["el"] == "Χρόνοι"


def test_quoted_commas_are_fine(tmp_path):
    path = tmp_path / "categories.yml"
    path.write_text('shipping:\n  description: {el: "Χρόνοι, κόστος", en: "Times, costs"}\n',
                    encoding="utf-8")
    cats, diags = load_categories(path)
    assert diags == [] and cats.get("shipping").descriptions["el"] == "Χρόνοι, κόστος"
