"""The built site in Chromium: privacy of video embeds, language switching, FAQ deep links."""

from __future__ import annotations

import pytest
from browser_helpers import StaticSite, demo_handler

pytestmark = pytest.mark.browser


def test_no_request_leaves_the_site_before_a_video_is_clicked(page, mini_site):
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url)
            if not r.url.startswith((mini_site.url, "data:")) else None)
    page.goto(mini_site.url + "/el/orders/track/")
    page.wait_for_load_state("networkidle")
    assert outside == []
    page.route("**/*youtube-nocookie.com/**", lambda route: route.abort())
    page.get_by_role("button", name="Αναπαραγωγή βίντεο: Πώς παρακολουθώ την παραγγελία μου;"
                     ).click()
    frame = page.locator("iframe.kb-video__frame")
    assert frame.get_attribute("src").startswith("https://www.youtube-nocookie.com/embed/")
    page.wait_for_timeout(300)
    assert outside and all("youtube-nocookie.com" in u for u in outside)


def test_language_switcher_lands_on_the_same_article(page, mini_site):
    page.goto(mini_site.url + "/el/returns/return-faq/")
    page.locator("[data-kb-languages] a[lang=en]").dispatch_event("click")
    page.wait_for_url("**/en/returns/return-faq/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").first.inner_text() == "Returns FAQ"


def test_faq_deep_link_opens_its_question(page, mini_site):
    page.goto(mini_site.url + "/el/returns/return-faq/#πότε-θα-πάρω-τα-χρήματά-μου-πίσω")
    opened = page.locator("details.kb-faq[open]")
    opened.first.wait_for()
    assert opened.count() == 1
    assert "Πότε θα πάρω" in opened.locator("summary").inner_text()


def test_phone_layout_has_no_horizontal_scroll(page, mini_site):
    for url in ("/el/", "/el/orders/track/", "/fr/returns/return-faq/"):
        page.goto(mini_site.url + url)
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), url


@pytest.mark.parametrize(("url", "lang", "title", "query", "found"), [
    ("/en/no/such/page/", "en", "Page not found", "refund", "/en/returns/return-faq/"),
    ("/el/παλιό-άρθρο", "el", "Η σελίδα δεν βρέθηκε", "επιστροφή", "/el/returns/return-faq/"),
    ("/nothing-here", "el", "Η σελίδα δεν βρέθηκε", "παραγγελία", "/el/orders/track/"),
])
def test_the_demo_answers_a_wrong_url_with_the_localized_404(page, mini_site, url, lang, title,
                                                               query, found):
    server = StaticSite(mini_site.root, demo_handler())
    try:
        response = page.goto(server.url + url)
        assert response.status == 404
        assert page.locator("html").get_attribute("lang") == lang
        assert page.locator("h1").first.inner_text() == title
        assert page.locator(".kb-card").count() >= 2  # the categories, to go on from
        page.locator("[data-kb-search-input]").fill(query)
        hits = page.locator("[data-kb-search-result]")
        hits.first.wait_for()
        links = hits.evaluate_all("els => els.map(e => decodeURIComponent(e.pathname))")
        assert found in links
        assert page.evaluate("document.documentElement.scrollWidth <= innerWidth + 1")
    finally:
        server.close()


def test_faq_entries_open_from_the_keyboard(page, mini_site):
    page.goto(mini_site.url + "/el/returns/return-faq/")
    first = page.locator("details.kb-faq").first
    for _ in range(40):  # Tab through the page to the first question
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('details.kb-faq > summary')"):
            break
    assert page.evaluate("document.activeElement.closest('details') === "
                         "document.querySelector('details.kb-faq')")
    page.keyboard.press("Enter")
    assert first.evaluate("d => d.open") is True
    page.keyboard.press("Tab")  # its deep link comes next, then the answer's content
    assert page.evaluate("document.activeElement.matches('a.kb-faq__link')")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Space")
    assert first.evaluate("d => d.open") is False
