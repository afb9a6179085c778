"""kb-pages.json: the build's list of its pages, which the feedback API accepts votes for."""

from __future__ import annotations

import json

from kbgen.core import manifest


def test_the_build_writes_every_page_with_language_revision_title_and_url(mini):
    doc = json.loads((mini / "kb-pages.json").read_text(encoding="utf-8"))
    assert doc["schema_version"] == 1 and doc["site_url"] == "https://help.mini.example/"
    assert doc["languages"] == ["el", "en", "fr"]
    pages = {(p["language"], p["path"]): p for p in doc["pages"]}
    faq = pages[("el", "returns/return-faq.md")]
    assert faq["url"] == "el/returns/return-faq/" and faq["fallback"] is False
    assert faq["title"] and (faq["revision"] == "" or len(faq["revision"]) == 40)
    # a missing French translation is a page too (the fallback customers vote on)
    assert pages[("fr", "returns/return-faq.md")]["fallback"] is True
    for page in doc["pages"]:  # every listed page was published
        assert (mini / page["url"] / "index.html").is_file(), page["url"]


def test_the_manifest_answers_by_page_and_by_url(mini):
    m = manifest.parse(json.loads((mini / "kb-pages.json").read_text(encoding="utf-8")))
    assert m.page("el", "returns/return-faq.md") is not None
    assert m.page("el", "../../../../etc/passwd") is None and m.page("el", "=1+2") is None
    assert m.page("de", "returns/return-faq.md") is None
    for url in ["el/returns/return-faq/", "/el/returns/return-faq/#how-long",
                "https://help.mini.example/el/returns/return-faq/?q=1",
                "https://example.org/help/el/returns/return-faq/"]:
        assert m.has_url(url), url
    for url in ["el/returns/nothing/", "https://help.mini.example/../etc/passwd", "=1+2", ""]:
        assert not m.has_url(url), url
