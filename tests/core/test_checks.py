"""Content checks on small trees: what is a finding and what is not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kbgen.core.articles import load_tree
from kbgen.core.checks import check_tree


def site(tmp_path: Path, files: dict[str, str]) -> list[tuple[str, int | None, str]]:
    for rel, text in files.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    tree = load_tree(tmp_path, ["el", "en"], "el")
    assert tree.diagnostics == []
    return [(d.path, d.line, d.code) for d in
            check_tree(tree, today=dt.date(2026, 6, 1), translations=False)]


def md(title: str, body: str, extra: str = "") -> str:
    return f"---\ntitle: {title}\ndescription: {title}.\n{extra}---\n{body}\n"


def test_link_to_a_page_only_in_the_default_language_uses_the_fallback(tmp_path):
    found = site(tmp_path, {
        "el/a/one.md": md("Ένα", "## Ερώτηση\n"),
        "en/a/two.md": md("Two", "[fallback](one.md#ερώτηση) [bad](one.md#question)"),
    })
    assert found == [("en/a/two.md", 5, "KB202")]


def test_explicit_ids_and_html_anchors_are_link_targets(tmp_path):
    found = site(tmp_path, {
        "el/a/one.md": md("Ένα", '## Ερώτηση {#question}\n\n<a id="legal"></a>\n'),
        "el/a/two.md": md("Δύο", "[a](one.md#question) [b](one.md#legal) [c](#top)"),
    })
    assert found == [("el/a/two.md", 5, "KB202")]


def test_links_to_other_files_and_languages_are_checked_on_disk(tmp_path):
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "terms.pdf").write_bytes(b"%PDF")
    found = site(tmp_path, {
        "el/a/one.md": md("Ένα", "[pdf](../../assets/terms.pdf)\n[gone](../../assets/old.pdf)\n"
                                 "[english](../../en/a/two.md)\n[folder](../a/)"),
        "el/a/index.md": md("Α", ""),
        "en/a/two.md": md("Two", "Text."),
    })
    assert found == [("el/a/one.md", 6, "KB201")]


def test_code_comments_and_reference_links(tmp_path):
    found = site(tmp_path, {
        "el/a/one.md": md("Ένα", "`[x](no.md)` <!-- [y](no.md) -->\n<!--\n[z](no.md)\n-->\n"
                                 "~~~\n[w](no.md)\n~~~\n[ref]: missing.md\n"),
    })
    assert found == [("el/a/one.md", 12, "KB201")]


def test_html_images_need_alt_text_and_a_file(tmp_path):
    found = site(tmp_path, {
        "el/a/one.md": md("Ένα", '<img src="../../x.png">\n\n<img src="https://e.com/x.png" '
                                 'alt="Photo">\n'),
    })
    assert sorted(found) == [("el/a/one.md", 5, "KB204"), ("el/a/one.md", 5, "KB205")]


def test_front_matter_video_needs_captions_in_the_page_language(tmp_path):
    videos = tmp_path / "assets" / "videos"
    videos.mkdir(parents=True)
    (videos / "setup.mp4").write_bytes(b"mp4")
    (videos / "setup.el.vtt").write_text("WEBVTT\n")
    found = site(tmp_path, {
        "el/a/one.md": md("Ένα", "Text.", "video: ../../assets/videos/setup.mp4\n"),
        "en/a/one.md": md("One", "Text.", "video: ../../assets/videos/setup.mp4\n"),
        "en/a/two.md": md("Two", "![type:video](https://www.youtube.com/watch?v=abc)"),
    })
    assert found == [("en/a/one.md", 4, "KB207")]


def test_drafts_may_link_to_drafts(tmp_path):
    found = site(tmp_path, {
        "el/a/one.md": md("Ένα", "[d](two.md)", "draft: true\n"),
        "el/a/two.md": md("Δύο", "Text.", "draft: true\n"),
        "el/a/three.md": md("Τρία", "Text.", "related: [a/two.md]\n"),
    })
    assert found == [("el/a/three.md", 4, "KB603")]


def test_declared_tags_in_tags_yml(tmp_path):
    found = site(tmp_path, {
        "tags.yml": "el: [επιστροφές]\nen: [returns]\n",
        "el/a/one.md": md("Ένα", "Text.", "tags: [επιστροφές, επιστροφη]\n"),
        "en/a/one.md": md("One", "Text.", "tags: [returns]\n"),
    })
    assert found == [("el/a/one.md", 4, "KB605")]


def test_titles_differing_only_in_case_and_question_mark_are_duplicates(tmp_path):
    found = site(tmp_path, {
        "el/a/one.md": md("Πού είναι η παραγγελία μου;", "Text."),
        "el/a/two.md": md("ΠΟΎ ΕΊΝΑΙ Η ΠΑΡΑΓΓΕΛΊΑ ΜΟΥ", "Text."),
        "en/a/one.md": md("Πού είναι η παραγγελία μου;", "Same title, other language."),
    })
    assert found == [("el/a/two.md", 2, "KB602")]


def test_links_to_generated_home_and_category_pages_and_folder_urls(tmp_path):
    found = site(tmp_path, {
        "el/a/one.md": md("Ένα", "[home](../index.md) [home](../) [category](../a/) "
                                 "[category](index.md) [article](two/) [nope](../b/)"),
        "el/a/two.md": md("Δύο", "Text."),
    })
    assert found == [("el/a/one.md", 5, "KB201")]


def test_a_broken_tags_yml_is_one_finding_not_one_per_tag(tmp_path):
    found = site(tmp_path, {
        "tags.yml": "el: [επιστροφές\n",
        "el/a/one.md": md("Ένα", "Text.", "tags: [άλλο]\n"),
        "el/a/two.md": md("Δύο", "Text.", "tags: [κάτι]\n"),
    })
    assert found == [("tags.yml", 2, "KB606")]


def test_category_without_a_title_in_a_language_is_a_note(tmp_path):
    found = site(tmp_path, {
        "categories.yml": "a:\n  title: {el: Α, en: A}\nb:\n  title: {el: Β}\n",
        "el/a/one.md": md("Ένα", "Text."),
        "en/a/one.md": md("One", "Text."),
        "el/b/two.md": md("Δύο", "Text."),
    })
    assert found == [("categories.yml", 3, "KB304")]


def test_findings_in_drafts_are_notes_that_never_block_a_build(tmp_path):
    for rel, text in {"el/a/one.md": md("Ένα", "[x](nowhere.md) ![](x.png)", "draft: true\n")
                      }.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    tree = load_tree(tmp_path, ["el"], "el")
    found = check_tree(tree, translations=False)
    assert sorted(d.code for d in found) == ["KB201", "KB204", "KB205"]
    assert all(d.severity.value == "info" and d.message.startswith("draft: ") for d in found)


def test_a_translation_with_broken_front_matter_is_not_called_missing(tmp_path):
    # its own KB101 says what is wrong; "no en translation, run kbgen translate" would
    # send the writer to a command that refuses (the file exists)
    for rel, text in {"el/a/x.md": md("Άρθρο", "Κείμενο."),
                      "en/a/x.md": "---\ntitle: Broken: yes\n---\nText.\n",
                      "el/a/y.md": md("Άλλο", "Κείμενο.")}.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    tree = load_tree(tmp_path, ["el", "en"], "el")
    assert [d.code for d in tree.diagnostics] == ["KB101"]
    found = [(d.path, d.code) for d in check_tree(tree, today=dt.date(2026, 6, 1))]
    assert ("el/a/y.md", "KB301") in found  # really missing
    assert ("el/a/x.md", "KB301") not in found
