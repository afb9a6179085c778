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
        if lang == "fr":  # a fallback announces no alternates of its own
            assert alts == {}
            continue
        assert alts == {  # only the languages the article is written in
            "el": "https://help.mini.example/el/returns/return-faq/",
            "en": "https://help.mini.example/en/returns/return-faq/",
            "x-default": "https://help.mini.example/el/returns/return-faq/"}
        assert doc.select_one('link[rel="canonical"]')["href"].endswith(
            f"/{lang}/returns/return-faq/")
        assert doc.select_one("meta[name=robots]") is None


def test_a_fallback_is_noindex_and_canonical_to_the_page_it_shows(mini):
    # fr falls back to en, then el (plugins.kbgen.fallbacks)
    faq = page(mini, "fr/returns/return-faq")
    assert faq.select_one('link[rel="canonical"]')["href"] == \
        "https://help.mini.example/en/returns/return-faq/"
    assert faq.select_one("meta[name=robots]")["content"] == "noindex, follow"
    assert faq.select_one(".kb-body")["lang"] == "en"
    track = page(mini, "fr/orders/track")  # no English version: Greek
    assert track.select_one('link[rel="canonical"]')["href"] == \
        "https://help.mini.example/el/orders/track/"
    assert track.select_one("h1")["lang"] == "el"
    en_track = page(mini, "en/orders/track")  # en's chain is the default language
    assert en_track.select_one(".kb-body")["lang"] == "el"


def test_sitemap_lists_alternates_for_every_url(mini):
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9",
          "x": "http://www.w3.org/1999/xhtml"}
    urls = ElementTree.parse(mini / "sitemap.xml").getroot().findall("s:url", ns)
    locs = [u.find("s:loc", ns).text for u in urls]
    # fallback copies are not listed, nor announced as alternates
    assert "https://help.mini.example/fr/returns/return-faq/" not in locs
    assert "https://help.mini.example/en/orders/track/" not in locs
    assert "https://help.mini.example/fr/" in locs and "https://help.mini.example/fr/orders/" in locs
    faq = next(u for u in urls if u.find("s:loc", ns).text.endswith("/en/returns/return-faq/"))
    langs = {x.get("hreflang") for x in faq.findall("x:link", ns)}
    assert langs == {"el", "en", "x-default"}
    # <lastmod> is the git date shown on the page, not the build date
    track = next(u for u in urls if u.find("s:loc", ns).text.endswith("/el/orders/track/"))
    shown = page(mini, "el/orders/track").select_one(".kb-updated time")["datetime"]
    assert track.find("s:lastmod", ns).text == shown


def test_missing_translation_shows_default_language_with_localized_notice(mini):
    doc = page(mini, "fr/returns/return-faq")
    notice = doc.select_one(".kb-notice--fallback")
    assert notice is not None
    assert "pas encore disponible en français" in notice.text and "anglais" in notice.text
    assert "How many days" in doc.select_one(".kb-body").text
    assert doc.select_one(".kb-body")["lang"] == "en"
    greek = page(mini, "fr/orders/track").select_one(".kb-notice--fallback")
    assert "grec" in greek.text
    assert page(mini, "en/returns/return-faq").select_one(".kb-notice--fallback") is None


def test_fallback_article_is_listed_once_in_its_category(mini):
    items = page(mini, "fr/returns").select(".kb-listing__item")
    assert [i.select_one(".kb-listing__title").text.strip() for i in items] == ["Returns FAQ"]
    assert items[0].select_one(".kb-listing__title")["lang"] == "en"
    assert "Pas encore traduit" in items[0].text
    nav = page(mini, "fr/returns/return-faq").select(".kb-nav__articles a")
    assert [a.select_one(".md-ellipsis").text.strip() for a in nav] == ["Returns FAQ"]
    assert nav[0].select_one(".md-ellipsis")["lang"] == "en"
    assert nav[0].select_one(".kb-untranslated").text.strip().startswith("EN")


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
        assert d.select_one("a.kb-faq__link")["href"] == "#" + d["id"]
        assert d.select_one("summary a") is None  # no control inside the question's control
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
    assert "ώρα Ελλάδας" in support.text and "αριθμό παραγγελίας" in support.text


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


def test_every_language_has_a_search_index_fallbacks_included(mini):
    for lang in ("el", "en", "fr"):  # fr has no article of its own
        manifest = json.loads((mini / "search" / lang / "manifest.json").read_text())
        assert manifest["lang"] == lang
        docs = [row for chunk in sorted((mini / "search" / lang / "d").glob("*.json"))
                for row in json.loads(chunk.read_text())]
        urls = [row[0] for row in docs]
        # each article once (the FAQ page and its two questions, the tutorial)
        assert sorted(u for u in urls if "#" not in u) == [f"{lang}/orders/track/",
                                                           f"{lang}/returns/return-faq/"]
        assert len(urls) == 4


def test_support_block_shows_response_times_and_a_time_zone_per_language(site_copy, tmp_path):
    config = site_copy / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace(
        "        timezone: {el: ώρα Ελλάδας, en: Greece time, fr: heure de la Grèce}\n",
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


def test_local_video_has_a_poster_and_youtube_captions_in_the_pages_language(mini):
    for lang in ("el", "fr"):
        doc = page(mini, f"{lang}/orders/track")
        video = doc.select_one("video")
        assert video["poster"].endswith("assets/videos/track.png")
        assert (mini / lang / "orders" / "track" / video["poster"]).resolve().is_file()
        embed = doc.select_one("[data-kb-embed]")["data-kb-embed"]
        assert f"cc_lang_pref={lang}" in embed and "cc_load_policy=1" in embed


def test_category_page_shows_its_description(mini):
    doc = page(mini, "en/orders")
    assert doc.select_one(".kb-lead").text == "Tracking orders"
    assert page(mini, "el/returns").select_one(".kb-lead").text == "Επιστροφές και αλλαγές"
