"""The "Was this helpful?" widget, clicked in real Chromium against the real API."""

from __future__ import annotations

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
    [row] = wait_for_votes(page, feedback_api, 1)
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
    rows = wait_for_votes(page, feedback_api, 1)
    assert [(r.helpful, r.reason) for r in rows] == [(False, "outdated")]
