"""Reading the facts writers' commands need from mkdocs.yml."""

from __future__ import annotations

import pytest
from click import ClickException

from kbgen.commands._project import load_project


def test_reads_languages_docs_dir_and_tolerates_mkdocs_tags(tmp_path, monkeypatch):
    monkeypatch.setenv("KBGEN_SITE_URL", "https://example.github.io/help/")
    (tmp_path / "content" / "fr").mkdir(parents=True)
    (tmp_path / "mkdocs.yml").write_text("""\
site_name: Help
site_url: !ENV [KBGEN_SITE_URL, "https://help.example.com/"]
docs_dir: content
markdown_extensions:
  - pymdownx.emoji:
      emoji_generator: !!python/name:material.extensions.emoji.to_svg
  - pymdownx.snippets:
      base_path: !relative $config_dir
plugins:
  - search
  - kbgen:
      languages: [fr, en]
      categories_file: topics.yml
""", encoding="utf-8")
    project = load_project(tmp_path / "mkdocs.yml")
    assert project.docs_dir == tmp_path / "content"
    assert (project.languages, project.default_language) == (["fr", "en"], "fr")
    assert project.categories_file == "topics.yml"


def test_without_the_kbgen_plugin_the_commands_say_how_to_add_it(tmp_path):
    (tmp_path / "docs" / "el").mkdir(parents=True)
    (tmp_path / "mkdocs.yml").write_text("site_name: Help\n", encoding="utf-8")
    with pytest.raises(ClickException, match=r"the kbgen plugin is not enabled\. Add it"):
        load_project(tmp_path / "mkdocs.yml")


def test_a_default_language_outside_the_languages_is_refused_as_the_build_refuses_it(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Help\nplugins:\n  - kbgen:\n      languages: [el, en]\n"
        "      default_language: fr\n", encoding="utf-8")
    with pytest.raises(ClickException, match=r"plugins\.kbgen\.default_language: 'fr' is not "
                                              r"one of the site languages \(el, en\)"):
        load_project(tmp_path / "mkdocs.yml")


def test_broken_yaml_is_reported_with_the_file_name(tmp_path):
    (tmp_path / "mkdocs.yml").write_text("site_name: [unclosed\n", encoding="utf-8")
    with pytest.raises(ClickException, match="mkdocs.yml: cannot be read: .*parsing"):
        load_project(tmp_path / "mkdocs.yml")
