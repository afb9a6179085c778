"""Broken content: a clear `file:line` message and a failed build, never a traceback."""

from __future__ import annotations

from pathlib import Path

from site_helpers import build


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def assert_fails_with(site: Path, tmp_path: Path, expected: str, *args: str) -> None:
    done = build(site / "mkdocs.yml", tmp_path / "out", *args)
    assert done.returncode != 0
    assert expected in done.stderr, done.stderr
    assert "Traceback" not in done.stderr


def test_bad_yaml_names_file_and_line(site_copy, tmp_path):
    write(site_copy / "docs/el/orders/broken.md",
          "---\ntitle: Σπασμένο\ndescription: x: y\n---\nΚείμενο\n")
    assert_fails_with(site_copy, tmp_path, "el/orders/broken.md:3: KB101 front matter is not "
                                           "valid YAML")


def test_unknown_category_suggests_the_closest(site_copy, tmp_path):
    write(site_copy / "docs/el/orders/cat.md",
          "---\ntitle: Κατηγορία\ndescription: Λάθος κατηγορία\ncategory: retuns\n---\nΚείμενο\n")
    assert_fails_with(site_copy, tmp_path, "el/orders/cat.md:4: KB104 'retuns' is not a known "
                                           "category")


def test_missing_image_fails_the_strict_build(site_copy, tmp_path):
    write(site_copy / "docs/el/orders/img.md",
          "---\ntitle: Εικόνα\ndescription: Λείπει\n---\n![Οθόνη](../../assets/images/none.png)\n")
    done = build(site_copy / "mkdocs.yml", tmp_path / "out", "--strict")
    assert done.returncode != 0 and "el/orders/img.md:5" in done.stderr
    assert "Traceback" not in done.stderr


def test_link_to_missing_article_fails_the_strict_build(site_copy, tmp_path):
    write(site_copy / "docs/el/orders/link.md",
          "---\ntitle: Σύνδεσμος\ndescription: Σπασμένος\n---\nΔείτε [εδώ](../returns/nothing.md).\n")
    done = build(site_copy / "mkdocs.yml", tmp_path / "out", "--strict")
    assert done.returncode != 0 and "el/orders/link.md:5" in done.stderr
    assert "Traceback" not in done.stderr


def test_clean_site_builds_strict_without_warnings(site_copy, tmp_path):
    done = build(site_copy / "mkdocs.yml", tmp_path / "out", "--strict")
    assert done.returncode == 0, done.stderr
    assert "WARNING" not in done.stderr
