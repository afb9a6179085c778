"""The "Was this helpful?" widget, clicked in real Chromium against the real API."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from feedback_api.db import votes

pytestmark = pytest.mark.browser


def stored_votes(api) -> list:
    engine = api.app.extensions["kb_engine"]
    with engine.connect() as conn:
        return list(conn.execute(select(votes)))


def wait_for_votes(page, api, n: int, timeout_ms: int = 10000) -> list:
    for _ in range(timeout_ms // 100):
        rows = stored_votes(api)
        if len(rows) >= n:
            return rows
        page.wait_for_timeout(100)
    return stored_votes(api)


def wait_for_reason(page, api, timeout_ms: int = 10000) -> list:
    """The stored votes once the reason has arrived (the "No" itself is sent on the click,
    the reason updates it a moment later)."""
    for _ in range(timeout_ms // 100):
        rows = stored_votes(api)
        if rows and all(r.reason for r in rows):
            return rows
        page.wait_for_timeout(100)
    return stored_votes(api)


def test_no_with_reason_and_comment_reaches_the_database_in_greek(page, mini_site, feedback_api):
    page.goto(mini_site.url + "/el/returns/return-faq/")
    widget = page.locator("[data-kb-feedback]")
    widget.get_by_role("heading", name="Σας βοήθησε αυτό το άρθρο;").wait_for()
    widget.get_by_role("button", name="Όχι").click()
    widget.get_by_label("Δεν είναι κατανοητό").check()
    box = widget.get_by_label("Πείτε μας περισσότερα (προαιρετικά, χωρίς προσωπικά στοιχεία)")
    box.fill("Δεν λέει πόσο κοστίζει η επιστροφή")
    assert "Απομένουν 966 χαρακτήρες" in widget.locator(".kb-feedback__count").inner_text()
    widget.get_by_role("button", name="Αποστολή").click()
    widget.get_by_role("status").filter(has_text="Ευχαριστούμε").wait_for()
    [row] = wait_for_reason(page, feedback_api)
    assert (row.page, row.lang, row.helpful, row.reason) == \
        ("returns/return-faq.md", "el", False, "unclear")
    assert row.comment == "Δεν λέει πόσο κοστίζει η επιστροφή"
    assert len(row.revision or "") == 40  # the git commit of the article's file


def test_vote_while_api_is_down_arrives_once_when_it_is_back(page, mini_site, feedback_api):
    feedback_api.stop()
    page.goto(mini_site.url + "/en/returns/return-faq/")
    page.get_by_role("button", name="Yes").click()
    page.get_by_role("status").filter(has_text="Thank you").wait_for()
    page.wait_for_timeout(500)
    queued = page.evaluate("JSON.parse(localStorage.getItem('kb-feedback-queue') || '[]')")
    assert len(queued) == 1 and queued[0]["vote"]["helpful"] is True
    assert stored_votes(feedback_api) == []
    feedback_api.start()
    page.reload()  # the next visit sends what is queued
    rows = wait_for_votes(page, feedback_api, 1)
    page.reload()
    page.wait_for_timeout(800)
    rows = stored_votes(feedback_api)
    assert [(r.page, r.lang, r.helpful) for r in rows] == [("returns/return-faq.md", "en", True)]
    assert page.evaluate("localStorage.getItem('kb-feedback-queue')") == "[]"


def test_widget_is_keyboard_operable(page, mini_site, feedback_api):
    page.goto(mini_site.url + "/en/returns/return-faq/")
    page.get_by_role("button", name="No").focus()
    page.keyboard.press("Enter")
    focused = page.evaluate("document.activeElement.getAttribute('value')")
    assert focused == "outdated"  # focus moved to the first reason
    page.keyboard.press("Space")
    page.get_by_role("button", name="Send").focus()
    page.keyboard.press("Enter")
    rows = wait_for_reason(page, feedback_api)
    assert [(r.helpful, r.reason) for r in rows] == [(False, "outdated")]


def test_no_without_a_reason_is_counted_and_the_buttons_hide(page, mini_site, feedback_api):
    page.goto(mini_site.url + "/en/returns/return-faq/")
    widget = page.locator("[data-kb-feedback]")
    widget.get_by_role("button", name="No").click()
    rows = wait_for_votes(page, feedback_api, 1)
    assert [(r.page, r.lang, r.helpful, r.reason) for r in rows] == \
        [("returns/return-faq.md", "en", False, None)]
    assert not widget.get_by_role("button", name="Yes").is_visible()
    assert not widget.get_by_role("button", name="No").is_visible()
    assert widget.get_by_text("Your answer: No").is_visible()
    # the reason then updates the same vote instead of adding one
    widget.get_by_label("It is out of date").check()
    widget.get_by_role("button", name="Send").click()
    widget.get_by_role("status").filter(has_text="Thank you").wait_for()
    rows = wait_for_reason(page, feedback_api)
    assert [(r.helpful, r.reason) for r in rows] == [(False, "outdated")]


def test_the_answer_is_remembered_across_reloads_and_revisions(page, mini_site, feedback_api):
    page.goto(mini_site.url + "/el/returns/return-faq/")
    widget = page.locator("[data-kb-feedback]")
    widget.get_by_role("button", name="Ναι").click()
    assert widget.get_by_text("Η απάντησή σας: Ναι").is_visible()
    assert not widget.get_by_role("button", name="Ναι").is_visible()
    wait_for_votes(page, feedback_api, 1)
    page.reload()
    widget.get_by_text("Η απάντησή σας: Ναι").wait_for()
    assert not widget.get_by_role("button", name="Όχι").is_visible()
    # a new revision of the article (another commit) still shows the answer given
    def new_revision(route):
        html = route.fetch().text()
        assert 'data-revision="' in html
        route.fulfill(body=re.sub(r'data-revision="\w*"', 'data-revision="' + "f" * 40 + '"',
                                  html), content_type="text/html; charset=utf-8")
    page.route("**/el/returns/return-faq/", new_revision)
    page.reload()
    assert widget.get_attribute("data-revision") == "f" * 40
    widget.get_by_text("Η απάντησή σας: Ναι").wait_for()
    assert not widget.get_by_role("button", name="Ναι").is_visible()
    # another language's page of the same article asks again
    page.goto(mini_site.url + "/en/returns/return-faq/")
    assert page.get_by_role("button", name="Yes").is_visible()
    assert len(stored_votes(feedback_api)) == 1


def test_a_no_clicked_while_the_api_is_down_arrives_without_a_reason(page, mini_site,
                                                                     feedback_api):
    feedback_api.stop()
    page.goto(mini_site.url + "/en/returns/return-faq/")
    page.get_by_role("button", name="No").click()
    page.wait_for_timeout(300)
    assert page.get_by_text("Your answer: No").is_visible()
    queued = page.evaluate("JSON.parse(localStorage.getItem('kb-feedback-queue') || '[]')")
    assert [q["vote"]["helpful"] for q in queued] == [False]
    feedback_api.start()
    page.reload()  # the visitor leaves without giving a reason; the next page sends the vote
    rows = wait_for_votes(page, feedback_api, 1)
    assert [(r.helpful, r.reason) for r in rows] == [(False, None)]
