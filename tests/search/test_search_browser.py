"""Search typed into the real search box of a built site, in Chromium."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from kbgen.search.analysis import greeklish_key, normalize, tokenize

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "browser"))
from browser_helpers import ROOT, StaticSite, build_site  # noqa: E402

pytestmark = pytest.mark.browser

CASES = ["επιστροφή", "ΕΠΙΣΤΡΟΦΗ", "Προϊόντος", "ΆΈΉΊΌΎΏ ΪΫ ς", "épée Ça", "xrhmatwn",
         "8ema", "eyxaristw", "Order #123!", "mpataria", "ντουλάπα", "Straße",
         "εφαρμογές efarmoges", "αλληλογραφία allilografia", "επανεγγραφή epanengrafi"]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("search-site")
    done = build_site(ROOT / "tests" / "sites" / "mini" / "mkdocs.yml", out)
    assert done.returncode == 0, done.stderr
    server = StaticSite(out)
    yield server
    server.close()


def results(page, query: str, selector: str = "[data-kb-search-result]") -> list[str]:
    box = page.locator("[data-kb-search-input]")
    box.fill(query)
    page.wait_for_function("() => { const v = document.querySelector('[data-kb-search-input]').value;"
                           " return !v.trim() || document.querySelector('[data-kb-search]')"
                           ".getAttribute('data-kb-search-done') === v; }")
    return page.eval_on_selector_all(selector,
                                     "els => els.map(e => decodeURIComponent(e.pathname + e.hash))")


def entries(page, query: str) -> list[str]:
    return results(page, query, "[data-kb-search-entry]")


def test_browser_normalization_matches_python(page, site):
    page.goto(site.url + "/el/")
    page.wait_for_function("window.kbSearchAnalysis !== undefined")
    for case in CASES:
        js = page.evaluate("t => [kbSearchAnalysis.normalize(t), kbSearchAnalysis.tokenize(t), "
                           "kbSearchAnalysis.tokenize(t).map(kbSearchAnalysis.greeklishKey)]", case)
        assert js == [normalize(case), tokenize(case), [greeklish_key(w) for w in tokenize(case)]]


@pytest.mark.parametrize("query", ["επιστροφή", "επιστροφη", "ΕΠΙΣΤΡΟΦΗ", "επιστροφές"])
def test_greek_word_found_with_or_without_accents_and_in_capitals(page, site, query):
    page.goto(site.url + "/el/")
    assert results(page, query)[0] == "/el/returns/return-faq/"


@pytest.mark.parametrize(("query", "expected"), [
    ("xrhmata", "/el/returns/return-faq/#πότε-θα-πάρω-τα-χρήματά-μου-πίσω"),
    ("paraggelia", "/el/orders/track/"),
    ("parakolouthisi", "/el/orders/track/"),
])
def test_greeklish_queries_find_greek_articles(page, site, query, expected):
    page.goto(site.url + "/el/")
    assert expected in (entries(page, query) if "#" in expected else results(page, query))


def test_typo_and_prefix_while_typing(page, site):
    page.goto(site.url + "/el/")
    assert "/el/orders/track/" in results(page, "παρακολουθιση")  # one letter wrong
    assert "/el/orders/track/" in results(page, "παρακολ")  # still typing


@pytest.mark.parametrize("query", ["πραακολουθηση", "απρακολουθηση",
                                   "παακολουθηση", "παρρακολουθηση"])
def test_a_typo_in_the_first_letters_still_finds_the_article(page, site, query):
    # swapped, missing or doubled letters at the start move the word to another index shard
    page.goto(site.url + "/el/")
    assert "/el/orders/track/" in results(page, query)


def test_full_question_finds_the_faq_entry_under_its_page_first(page, site):
    page.goto(site.url + "/el/")
    query = "πόσες μέρες έχω για να επιστρέψω κάτι που δεν μου κάνει"
    assert results(page, query)[0] == "/el/returns/return-faq/"
    got = page.eval_on_selector_all(
        ".kb-search__results a", "els => els.map(e => decodeURIComponent(e.pathname + e.hash))")
    # the entry is listed right under its page, with its deep link
    assert got[1] == "/el/returns/return-faq/#πόσες-μέρες-έχω-για-να-επιστρέψω-ένα-προϊόν"


def test_one_result_per_page_with_its_matching_entries_under_it(page, site):
    page.goto(site.url + "/el/")
    pages = results(page, "χρήματα επιστροφή μέρες")
    assert len(pages) == len(set(u.split("#")[0] for u in pages))
    assert all("#" not in u for u in pages)
    assert pages.count("/el/returns/return-faq/") == 1
    found = entries(page, "χρήματα επιστροφή μέρες")
    assert found and all(u.startswith("/el/returns/return-faq/#") for u in found)


def test_no_result_offers_a_contact_link_and_no_bullets_show(page, site):
    page.goto(site.url + "/el/")
    results(page, "ζζζζζζ ξξξξξξ")
    empty = page.locator(".kb-search__empty")
    assert "Δεν βρέθηκαν αποτελέσματα" in empty.inner_text()
    contact = empty.get_by_role("link", name="Ρωτήστε την ομάδα μας")
    assert contact.get_attribute("href") == "#kb-support"
    contact.click()
    assert page.evaluate("location.hash") == "#kb-support"
    results(page, "επιστροφή")
    styles = page.eval_on_selector_all(
        ".kb-search__results > li",
        "els => els.map(e => [getComputedStyle(e).listStyleType, getComputedStyle(e, '::before').content])")
    assert styles and all(t == "none" and b in ("none", "normal") for t, b in styles)


def test_a_search_is_counted_once_when_enter_is_pressed(page, site):
    events: list[dict] = []
    page.route("http://127.0.0.1:9/**", lambda route: (
        events.append(route.request.post_data_json), route.fulfill(status=201, body="{}")))
    # the site as built with a feedback API (searches are reported to it)
    page.route(site.url + "/en/", lambda route: route.fulfill(
        body=route.fetch().text().replace('role="search"', 'role="search" data-api="http://127.0.0.1:9"', 1),
        content_type="text/html; charset=utf-8"))
    page.goto(site.url + "/en/")
    box = page.locator("[data-kb-search-input]")
    box.fill("zzqx nothing here")
    page.wait_for_timeout(2000)  # the customer reads "no results" (the idle report goes out)
    box.press("Enter")
    page.wait_for_timeout(2000)
    assert [e["query"] for e in events] == ["zzqx nothing here"]
    assert events[0]["results"] == 0
    box.fill("refund")
    with page.expect_navigation():
        box.press("Enter")  # before the idle report: counted once, with the result taken
    page.wait_for_timeout(500)
    assert [(e["query"], e.get("clicked")) for e in events[1:]] == \
        [("refund", "en/returns/return-faq/")]


def test_results_are_per_language(page, site):
    page.goto(site.url + "/en/")
    got = results(page, "refund money back days")
    assert got and all(u.startswith("/en/") for u in got)


def test_keyboard_alone_finds_and_opens_a_result(page, site):
    page.goto(site.url + "/el/")
    for _ in range(30):  # Tab from the top of the page to the search box
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('[data-kb-search-input]')"):
            break
    assert page.evaluate("document.activeElement.matches('[data-kb-search-input]')")
    page.keyboard.type("χρήματα πίσω")
    page.wait_for_function("document.querySelector('[data-kb-search]')"
                           ".getAttribute('data-kb-search-done') === 'χρήματα πίσω'")
    steps = 0
    while steps < 12:  # down the results to the first FAQ entry
        steps += 1
        page.keyboard.press("ArrowDown")
        if page.evaluate("document.activeElement.hasAttribute('data-kb-search-entry')"):
            break
    focused = page.evaluate("[document.activeElement.hasAttribute('data-kb-search-entry'), "
                            "document.activeElement.href]")
    assert focused[0] is True
    for _ in range(steps):
        page.keyboard.press("ArrowUp")
    assert page.evaluate("document.activeElement.matches('[data-kb-search-input]')")
    for _ in range(steps):
        page.keyboard.press("ArrowDown")
    with page.expect_navigation(timeout=10000):
        page.keyboard.press("Enter")
    assert page.url == focused[1]
    assert page.locator("details.kb-faq[open]").count() == 1  # the deep link opened it


@pytest.mark.parametrize("query", ["", "   ", "a" * 5000, ".*+?^${}()|[]\\", "((((((((((",
                                   "<img src=x onerror=window.__pwned=1>",
                                   "<script>window.__pwned=1</script>", "\"'><b>bold</b>"])
def test_hostile_queries_answer_quickly_and_inject_nothing(page, site, query):
    page.goto(site.url + "/el/")
    start = time.perf_counter()
    results(page, query)
    assert time.perf_counter() - start < 3
    assert page.evaluate("window.__pwned") is None
    assert page.locator(".kb-search__results img, .kb-search__results script, "
                        ".kb-search__results b").count() == 0


def test_a_query_of_many_unknown_words_downloads_a_bounded_number_of_index_files(
        page, tmp_path):
    # A help center large enough that the index splits "α..." words into many shards.
    import random
    import shutil

    from kbgen.search import SearchIndexer

    rng = random.Random(3)
    letters = "αβγδεζηθικλμνξοπρστυφχψω"
    indexer = SearchIndexer()
    for n in range(300):
        body = " ".join("α" + "".join(rng.choice(letters) for _ in range(7)) for _ in range(60))
        indexer.add_page(url=f"a{n}/", lang="el", title=f"Άρθρο {n}", category="c",
                         type="article", html=f"<p>{body}</p>", meta={}, is_fallback=False)
    indexer.write(tmp_path)
    shutil.copy(ROOT / "overrides" / "assets" / "javascripts" / "kb-search.js", tmp_path)
    (tmp_path / "index.html").write_text(
        '<!doctype html><meta charset="utf-8"><form data-kb-search data-index="search/el/" '
        'data-lang="el" data-none="-" data-count="{n}"><input data-kb-search-input>'
        '<p class="kb-search__status"></p><ul class="kb-search__results"></ul></form>'
        '<script src="kb-search.js"></script>', encoding="utf-8")
    manifest = (tmp_path / "search" / "el" / "manifest.json").read_text(encoding="utf-8")
    assert manifest.count('"α') > 30  # many shard keys under one first letter
    server = StaticSite(tmp_path)
    try:
        page.goto(server.url + "/")
        fetched = []
        page.on("request", lambda r: fetched.append(r.url) if "/search/el/t/" in r.url else None)
        words = " ".join("α" + "".join(rng.choice(letters) for _ in range(7)) + "ω"
                         for _ in range(12))  # 12 words of 9 letters, none in the index
        results(page, words + " ")
        page.wait_for_timeout(500)
    finally:
        server.close()
    # one shard per word at most, plus the shared budget of 8 for typo neighbours
    assert len(set(fetched)) <= 12 + 8
