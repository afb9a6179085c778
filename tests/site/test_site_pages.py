"""The built help center, page by page: languages, fallbacks, FAQ, tutorials, media, data."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree

from site_helpers import build, soup


def page(site: Path, url: str):
    return soup(site / url / "index.html")


def test_every_page_has_its_language_and_alternates(mini):
    for lang in ("el", "en", "fr"):
        doc = page(mini, f"{lang}/returns/return-faq")
        assert doc.html["lang"] == lang
        alts = {link["hreflang"]: link["href"] for link in
                doc.select('head link[rel="alternate"][hreflang]')}
        assert alts == {
            "el": "https://help.mini.example/el/returns/return-faq/",
            "en": "https://help.mini.example/en/returns/return-faq/",
            "fr": "https://help.mini.example/fr/returns/return-faq/",
            "x-default": "https://help.mini.example/el/returns/return-faq/"}
        assert doc.select_one('link[rel="canonical"]')["href"].endswith(
            f"/{lang}/returns/return-faq/")


def test_sitemap_lists_alternates_for_every_url(mini):
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9",
          "x": "http://www.w3.org/1999/xhtml"}
    urls = ElementTree.parse(mini / "sitemap.xml").getroot().findall("s:url", ns)
    assert len(urls) >= 12
    faq = next(u for u in urls if u.find("s:loc", ns).text.endswith("/fr/returns/return-faq/"))
    langs = {x.get("hreflang") for x in faq.findall("x:link", ns)}
    assert langs == {"el", "en", "fr", "x-default"}


def test_missing_translation_shows_default_language_with_localized_notice(mini):
    doc = page(mini, "fr/returns/return-faq")
    notice = doc.select_one(".kb-notice--fallback")
    assert notice is not None
    assert "pas encore disponible en français" in notice.text and "grec" in notice.text
    assert "Πόσες μέρες έχω" in doc.select_one(".kb-body").text
    assert doc.select_one(".kb-body")["lang"] == "el"
    assert page(mini, "en/returns/return-faq").select_one(".kb-notice--fallback") is None


def test_fallback_article_is_listed_once_in_its_category(mini):
    listing = page(mini, "fr/returns").select(".kb-listing__item a")
    assert [a.text.strip() for a in listing] == ["Συχνές ερωτήσεις για επιστροφές"]
    nav_links = [a.text.strip() for a in page(mini, "fr/returns/return-faq").select(
        ".kb-nav__articles a")]
    assert nav_links.count("Συχνές ερωτήσεις για επιστροφές") == 1


def test_language_switcher_points_to_the_same_article(mini):
    links = {a["lang"]: a["href"] for a in page(mini, "el/orders/track").select(
        "[data-kb-languages] a")}
    assert links == {"el": "./", "en": "../../../en/orders/track/",
                     "fr": "../../../fr/orders/track/"}


def test_faq_questions_are_expandable_entries_with_deep_links(mini):
    doc = page(mini, "el/returns/return-faq")
    entries = doc.select("details.kb-faq")
    assert [d["id"] for d in entries] == ["πόσες-μέρες-έχω-για-να-επιστρέψω-ένα-προϊόν",
                                          "πότε-θα-πάρω-τα-χρήματά-μου-πίσω"]
    for d in entries:
        assert d.select_one("summary a.kb-faq__link")["href"] == "#" + d["id"]
    assert "14 ημέρες" in entries[0].text


def test_json_ld_is_valid_and_has_every_faq_question(mini):
    doc = page(mini, "el/returns/return-faq")
    data = [json.loads(s.string) for s in doc.select('script[type="application/ld+json"]')]
    types = {d["@type"] for d in data}
    assert {"FAQPage", "BreadcrumbList"} <= types
    faq = next(d for d in data if d["@type"] == "FAQPage")
    assert [q["name"] for q in faq["mainEntity"]] == [
        "Πόσες μέρες έχω για να επιστρέψω ένα προϊόν;", "Πότε θα πάρω τα χρήματά μου πίσω;"]
    assert all(q["acceptedAnswer"]["text"] for q in faq["mainEntity"])


def test_tutorial_has_steps_time_prerequisites_and_howto(mini):
    doc = page(mini, "el/orders/track")
    meta = doc.select_one(".kb-tutorial-meta").text
    assert "3 λεπτά" in meta and "Αριθμός παραγγελίας" in meta
    assert doc.select_one(".kb-body--tutorial") is not None
    data = [json.loads(s.string) for s in doc.select('script[type="application/ld+json"]')]
    howto = next(d for d in data if d["@type"] == "HowTo")
    assert howto["totalTime"] == "PT3M" and len(howto["step"]) == 2
    assert any(d["@type"] == "VideoObject" for d in data)


def test_every_image_has_alt_lazy_loading_and_size(mini):
    for html in mini.rglob("*.html"):
        for img in soup(html).select("article img"):
            assert img.get("alt"), f"{html}: {img}"
            assert img.get("loading") == "lazy", f"{html}: {img}"
            assert img.get("width") and img.get("height"), f"{html}: {img}"


def test_local_video_has_caption_tracks_per_language(mini):
    doc = page(mini, "el/orders/track")
    tracks = doc.select("video track[kind=captions]")
    assert {(t["srclang"], t.has_attr("default")) for t in tracks} == {("el", True),
                                                                      ("en", False)}
    for t in tracks:
        assert (mini / "el" / "orders" / "track" / t["src"]).resolve().is_file()


def test_youtube_becomes_a_privacy_enhanced_click_to_load_facade(mini):
    doc = page(mini, "el/orders/track")
    button = doc.select_one("[data-kb-embed]")
    assert button["data-kb-embed"].startswith("https://www.youtube-nocookie.com/embed/")
    assert not doc.select("iframe")


def test_screenshot_callouts_scale_and_have_a_text_legend(mini):
    fig = page(mini, "el/orders/track").select_one("figure.kb-callouts")
    markers = fig.select(".kb-callout")
    assert [m["style"] for m in markers] == ["left:30%;top:40%", "left:80%;top:70%"]
    assert all(m["aria-hidden"] == "true" for m in markers)
    assert [li.text for li in fig.select("ol.kb-callouts__legend li")] == [
        "Ο αριθμός παραγγελίας", "Το κουμπί «Παρακολούθηση»"]


def test_home_page_has_search_categories_and_support(mini):
    doc = page(mini, "el")
    assert doc.select_one("[data-kb-search-input]") is not None
    cards = [(c.select_one(".kb-card__title").text, c.select_one(".kb-card__count").text)
             for c in doc.select(".kb-card")]
    assert cards == [("Επιστροφές", "1 άρθρο"), ("Παραγγελίες", "1 άρθρο")]
    support = doc.select_one(".kb-support")
    assert "Χρειάζεστε ακόμη βοήθεια;" in support.text and "09:00–21:00" in support.text
    assert "Europe/Athens" in support.text and "αριθμό παραγγελίας" in support.text


def test_breadcrumbs_and_last_updated(mini):
    doc = page(mini, "el/orders/track")
    crumbs = [li.text.strip() for li in doc.select(".kb-breadcrumbs li")]
    assert crumbs == ["Κέντρο βοήθειας", "Παραγγελίες", "Πώς παρακολουθώ την παραγγελία μου;"]
    assert doc.select_one(".kb-updated time")["datetime"][:2] == "20"


def test_localized_404_and_root_redirect(mini):
    assert 'url=el/' in (mini / "index.html").read_text()
    assert (mini / "404.html").read_bytes() == (mini / "el" / "404.html").read_bytes()
    for lang, title, category in [("el", "Η σελίδα δεν βρέθηκε", "Επιστροφές"),
                                  ("fr", "Page introuvable", None),
                                  ("en", "Page not found", "Returns")]:
        doc = soup(mini / lang / "404.html")
        assert doc.html["lang"] == lang
        assert doc.h1.text == title and doc.title.text.startswith(title)
        assert doc.select_one("meta[name=robots]")["content"] == "noindex"
        # served at any wrong URL: search, categories, assets and home are root-relative
        assert doc.select_one("[data-kb-search]")["data-index"] == f"/search/{lang}/"
        cards = [a["href"] for a in doc.select(".kb-card a")]
        assert cards and all(h.startswith(f"/{lang}/") for h in cards)
        if category:
            assert category in doc.select_one(".kb-cards").text
        assert all(link["href"].startswith("/") for link in doc.select("link[rel=stylesheet]"))
        assert not doc.select("link[rel=alternate][hreflang]")


def test_widget_is_absent_without_an_api_url(mini):
    assert page(mini, "el/returns/return-faq").select_one("[data-kb-feedback]") is None


def test_search_index_per_language_skips_fallbacks(mini):
    for lang in ("el", "en"):
        manifest = json.loads((mini / "search" / lang / "manifest.json").read_text())
        assert manifest["lang"] == lang
    docs = json.loads((mini / "search" / "en" / "manifest.json").read_text())["docs"]
    assert docs == 3  # the English FAQ page and its two questions; no Greek fallback
    assert not (mini / "search" / "fr").exists()


def test_support_block_shows_response_times_and_a_time_zone_per_language(site_copy, tmp_path):
    config = site_copy / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace(
        "        timezone: Europe/Athens\n",
        "        timezone: {el: Ώρα Ελλάδας, en: Athens time}\n"
        "        response_times: [{channel: {el: Email, en: Email}, time: {el: 1 ημέρα, "
        "en: 1 day}}]\n")
    config.write_text(text, encoding="utf-8")
    done = build(config, tmp_path / "out")
    assert done.returncode == 0, done.stderr
    el = page(tmp_path / "out", "el").select_one(".kb-support").text
    en = page(tmp_path / "out", "en").select_one(".kb-support").text
    assert "Ώρα Ελλάδας" in el and "1 ημέρα" in el and "{" not in el
    assert "Athens time" in en and "1 day" in en


def test_every_search_box_reports_to_the_api_and_none_shows_when_search_is_off(
        site_copy, tmp_path):
    done = build(site_copy / "mkdocs.yml", tmp_path / "on",
                 env={"KBGEN_FEEDBACK_API_URL": "https://feedback.mini.example"})
    assert done.returncode == 0, done.stderr
    for rel in ("el", "el/orders/track"):  # the home page's box too, not only articles'
        box = page(tmp_path / "on", rel).select_one("[data-kb-search]")
        assert box["data-api"] == "https://feedback.mini.example"
    config = site_copy / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "      default_language: el\n", "      default_language: el\n      search: {enabled: false}\n"),
        encoding="utf-8")
    done = build(config, tmp_path / "off")
    assert done.returncode == 0, done.stderr
    assert page(tmp_path / "off", "el").select_one("[data-kb-search-input]") is None
    assert not (tmp_path / "off" / "search").exists()
