"""``kbgen serve``: a live preview of every language that rebuilds on save, keeping the
pages that did not change, with listings and search current."""

from __future__ import annotations

import shutil
import socket
import urllib.error
from pathlib import Path

import pytest
from click.testing import CliRunner
from serve_helpers import Preview, get, search_finds
from writers_sites import MKDOCS_YML, write

from kbgen.commands import serve
from kbgen.commands._project import load_project
from kbgen.commands.serve import language_overrides

MINI = Path(__file__).resolve().parents[1] / "sites" / "mini"


def test_lang_option_builds_that_language_and_the_default_only(tmp_path):
    config = MKDOCS_YML.replace("        - {code: en, name: English}\n",
                                "        - {code: en, name: English}\n"
                                "        - {code: fr, name: Français}\n")
    write(tmp_path, {"mkdocs.yml": config + "exclude_docs: |\n  drafts/\n"})
    (tmp_path / "docs").mkdir(exist_ok=True)
    overrides = language_overrides(load_project(tmp_path / "mkdocs.yml"), ["fr"])
    kbgen = next(p["kbgen"] for p in overrides["plugins"] if isinstance(p, dict) and "kbgen" in p)
    assert [lang["code"] for lang in kbgen["languages"]] == ["el", "fr"]
    assert kbgen["default_language"] == "el"
    assert overrides["exclude_docs"] == "drafts/\n/en/"


def _mini(tmp_path: Path) -> Path:
    """A copy of the mini help center without the build cache other tests leave in it."""
    site = tmp_path / "mini"
    shutil.copytree(MINI, site, ignore=shutil.ignore_patterns(".kbgen-cache", "site"))
    return site


def test_a_save_rebuilds_only_what_changed_and_search_and_listings_follow(tmp_path):
    site = _mini(tmp_path)
    article = site / "docs/el/orders/track.md"
    original = article.read_text(encoding="utf-8")
    preview = Preview(site)
    try:
        preview.wait_for_builds(1)
        preview.wait_for_text("/el/orders/track/", "Πώς παρακολουθώ την παραγγελία μου;")
        kept, built = preview.builds()[0]
        assert kept == 0 and built > 10  # a new preview folder: every page built
        folder = site / ".kbgen-cache" / serve.PREVIEW_FOLDER
        other = folder / "en/returns/return-faq/index.html"  # shows nothing of track.md
        before = other.stat().st_mtime_ns

        article.write_text(original + "\nΝέα πρόταση με τη λέξη kbgenpreviewword.\n",
                           encoding="utf-8")
        preview.wait_for_text("/el/orders/track/", "kbgenpreviewword")
        preview.wait_for_builds(2)
        kept, built_again = preview.builds()[1]
        assert kept + built_again == built
        assert 0 < built_again < kept  # the article and the pages that show its text
        assert other.stat().st_mtime_ns == before  # the kept page's file was not written
        assert search_finds(preview.url, "el", "kbgenpreviewword", "/el/orders/track/")
        assert not search_finds(preview.url, "en", "kbgenpreviewword", "/en/returns/return-faq/")

        # a title shows on other pages (the category's listing): every page is built
        article.write_text(original.replace("title: Πώς παρακολουθώ την παραγγελία μου;",
                                            "title: Πού είναι το δέμα kbgenpreviewtitle;"),
                           encoding="utf-8")
        preview.wait_for_text("/el/orders/", "kbgenpreviewtitle")
        assert "kbgenpreviewtitle" in get(preview.url + "/el/")
        assert search_finds(preview.url, "el", "kbgenpreviewtitle", "/el/orders/track/")
    finally:
        preview.stop()
    assert "Traceback" not in preview.output
    # a note is shown once in a session, not again on every save (three builds here)
    assert preview.output.count("KB301 no fr translation (expected fr/orders/track.md)") == 1

    # the next session starts from this one's pages (the folder is in the cache)
    again = Preview(site, "--dirty", port=preview.port)  # the same address, the same pages
    try:
        again.wait_for_builds(1)
        kept, built_now = again.builds()[0]
        assert kept + built_now == built and built_now < kept
        assert "--dirty is no longer needed" in again.output
        again.wait_for_text("/el/orders/", "kbgenpreviewtitle")
    finally:
        again.stop()


def test_lang_serves_that_language_and_the_default_and_tidies_up(tmp_path):
    site = _mini(tmp_path)
    preview = Preview(site, "--lang", "fr")
    try:
        preview.wait_for_builds(1)
        preview.wait_for_text("/fr/orders/track/", "Πώς παρακολουθώ την παραγγελία μου;")
        assert (site / ".kbgen-serve-preview.yml").is_file()
        with pytest.raises(urllib.error.HTTPError):
            get(preview.url + "/en/returns/return-faq/")
    finally:
        preview.stop()
    assert not list(site.glob(".kbgen-serve-*.yml"))


def test_a_second_preview_of_the_same_site_builds_in_a_folder_of_its_own(tmp_path):
    folder = tmp_path / ".kbgen-cache" / serve.PREVIEW_FOLDER
    with serve.site_folder(folder) as (first, kept_first):
        with serve.site_folder(folder) as (second, kept_second):
            assert (first, kept_first) == (folder, True)
            assert second != folder and not kept_second and second.is_dir()
        assert not second.exists()  # a temporary folder is removed at the end
    with serve.site_folder(folder) as (third, kept_third):  # the lock was let go
        assert (third, kept_third) == (folder, True)
    assert folder.is_dir()


def test_no_cache_means_a_temporary_folder(tmp_path, monkeypatch):
    write(tmp_path, {"mkdocs.yml": MKDOCS_YML})
    (tmp_path / "docs").mkdir(exist_ok=True)
    project = load_project(tmp_path / "mkdocs.yml")
    assert serve.preview_folder(project) == tmp_path / ".kbgen-cache" / "preview-site"
    monkeypatch.setenv("KBGEN_NO_CACHE", "1")
    assert serve.preview_folder(project) is None


def test_a_taken_address_is_reported_before_building(tmp_path):
    site = _mini(tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(serve.command, ["-f", str(site / "mkdocs.yml"),
                                                    "-a", f"127.0.0.1:{port}"])
    assert result.exit_code == 1
    assert f"cannot serve at 127.0.0.1:{port}" in result.output
    assert "-a 127.0.0.1:" in result.output
    assert not (site / ".kbgen-cache" / serve.PREVIEW_FOLDER / "index.html").exists()


@pytest.mark.browser
def test_the_open_page_reloads_itself_after_a_save(tmp_path, page):
    site = _mini(tmp_path)
    article = site / "docs/en/returns/return-faq.md"
    preview = Preview(site)
    try:
        preview.wait_for_builds(1)
        page.goto(preview.url + "/en/returns/return-faq/")
        article.write_text(article.read_text(encoding="utf-8") + "\nSaved a moment ago.\n",
                           encoding="utf-8")
        # (a FAQ: the new line is the last entry's, folded, so in the text, not on screen)
        page.wait_for_function("document.body.textContent.includes('Saved a moment ago.')",
                               timeout=30000)
    finally:
        preview.stop()
