"""The writers' dashboard in Chromium at 390 px: in Greek for a Greek browser, switchable to
English, titles linking to the live pages, reasons in words, local dates, a chart that
reads with one day and with a year of votes, nothing wider than the phone."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator

import pytest
from browser_helpers import ApiServer, free_port
from sqlalchemy import insert

from feedback_api import create_app
from feedback_api.db import votes

pytestmark = pytest.mark.browser
TOKEN = "dashboard-token-0123456789"
LONG_QUERY = "πώςμπορώναεπιστρέψωέναπροϊόνπουαγόρασαστοκατάστημα" * 4  # 200 letters, no space


@pytest.fixture()
def dashboard(tmp_path, mini_site, browser) -> Iterator[tuple[object, object, dict]]:  # type: ignore[no-untyped-def]
    pages = json.loads((mini_site.root / "kb-pages.json").read_text(encoding="utf-8"))
    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path / 'feedback.sqlite3'}",
                      "FEEDBACK_ADMIN_TOKEN": TOKEN, "FEEDBACK_ALLOWED_ORIGINS": [mini_site.url],
                      "FEEDBACK_SITE_MANIFEST": str(mini_site.root / "kb-pages.json"),
                      "FEEDBACK_RATE_LIMIT": "1000/minute"})
    server = ApiServer(app, free_port())
    server.start()
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="el-GR",
                                  timezone_id="Europe/Athens")
    page = context.new_page()
    try:
        yield app, page, {"url": f"http://127.0.0.1:{server.port}", "pages": pages["pages"]}
    finally:
        context.close()
        server.stop()
        app.extensions["kb_engine"].dispose()


def seed(app, origin: str) -> None:  # type: ignore[no-untyped-def]
    client = app.test_client()
    client.environ_base["HTTP_ORIGIN"] = origin
    for i in range(6):
        assert client.post("/api/v1/votes", json={
            "page": "returns/return-faq.md", "lang": "el", "helpful": i == 0,
            "reason": None if i == 0 else "missing_information", "visitor": f"dash-vote-{i:04d}",
            "comment": "Δεν λέει αν πληρώνω τα μεταφορικά" if i == 1 else None}).status_code == 201
    for _ in range(3):
        assert client.post("/api/v1/search-events", json={
            "query": LONG_QUERY, "lang": "el", "results": 0}).status_code == 201
    admin = {"Authorization": f"Bearer {TOKEN}"}
    assert client.post("/api/v1/suggestions/import", headers=admin, json={
        "schema_version": 1, "tickets": [], "suggestions": [
            {"id": "s-el-001", "lang": "el", "title": "Πώς αλλάζω τη διεύθυνση αποστολής;",
             "tickets": 7}]}).status_code == 201


def open_dashboard(page, base: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base + "/admin")
    page.get_by_label("Κλειδί διαχειριστή").fill(TOKEN)
    page.get_by_role("button", name="Εμφάνιση αναφορών").click()
    page.locator("#worst li").first.wait_for()


def test_the_dashboard_on_a_greek_phone(dashboard, mini_site):
    app, page, env = dashboard
    seed(app, mini_site.url)
    open_dashboard(page, env["url"])
    assert page.locator("html").get_attribute("lang") == "el"
    page.get_by_role("heading", name="Τα λιγότερο χρήσιμα άρθρα").wait_for()
    # the article's title from the site, linking to the live page
    [faq] = [p for p in env["pages"] if (p["language"], p["path"]) == ("el", "returns/return-faq.md")]
    first = page.locator("#worst li").first
    link = first.get_by_role("link", name=faq["title"])
    assert link.get_attribute("href") == "https://help.mini.example/" + faq["url"]
    assert "Λείπουν πληροφορίες (5)" in first.inner_text()
    assert "17%" in first.inner_text()  # 1 of 6, in the reader's number format
    text = page.locator("main").inner_text()
    assert "missing_information" not in text and not re.search(r"\d{4}-\d\d-\d\d", text)
    # local dates, in Greek
    today = dt.datetime.now(dt.UTC).date()
    greek_day = page.evaluate("d => new Intl.DateTimeFormat('el-GR', {day: 'numeric', month: "
                              "'short', year: 'numeric', timeZone: 'UTC'}).format(new Date(d))",
                              today.isoformat())
    assert greek_day in page.locator("#chart-summary").inner_text()
    # one day of votes: one bar of its own width, not a block across the chart
    bars = page.locator("#chart svg g")
    assert bars.count() == 1
    width = float(bars.locator("rect").first.get_attribute("width"))
    assert width <= 40
    assert "Κάθε στήλη είναι μία ημέρα" in page.locator("#chart-summary").inner_text()
    # the failed search: its count, and a 200-letter word wrapped inside the phone's width
    search = page.locator("#searches li").first
    assert "3 φορές" in search.inner_text()
    box = search.locator(".query").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    # the comment, and the suggestion with its status, which a writer changes
    assert "Δεν λέει αν πληρώνω τα μεταφορικά" in page.locator("#comments").inner_text()
    suggestion = page.locator("#suggestions li").first
    assert "Πώς αλλάζω τη διεύθυνση αποστολής;" in suggestion.inner_text()
    assert "7 αιτήματα" in suggestion.inner_text()
    suggestion.get_by_label("Κατάσταση").select_option(label="Γράφτηκε")
    suggestion.get_by_text("Αποθηκεύτηκε").wait_for()
    page.reload()
    page.locator("#suggestions li").first.wait_for()
    assert page.locator("#suggestions select").first.input_value() == "written"
    # switched to English, and remembered
    page.get_by_role("button", name="English").click()
    assert page.locator("html").get_attribute("lang") == "en"
    page.get_by_role("heading", name="Least helpful articles").wait_for()
    assert "Information is missing (5)" in page.locator("#worst li").first.inner_text()
    page.reload()
    page.get_by_role("heading", name="Least helpful articles").wait_for()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_a_year_of_votes_reads_week_by_week(dashboard):
    app, page, env = dashboard
    start = dt.datetime.now(dt.UTC) - dt.timedelta(days=364)
    rows = [{"page": "returns/return-faq.md", "lang": "el", "visitor": f"year-{d:04d}-{k}",
             "helpful": k == 0, "client": "c", "created_at": start + dt.timedelta(days=d),
             "updated_at": start + dt.timedelta(days=d)} for d in range(0, 365, 3) for k in range(2)]
    with app.extensions["kb_engine"].begin() as conn:
        conn.execute(insert(votes), rows)
    open_dashboard(page, env["url"])
    bars = page.locator("#chart svg g")
    assert 52 <= bars.count() <= 54
    assert "Κάθε στήλη είναι μία εβδομάδα" in page.locator("#chart-summary").inner_text()
    labels = page.locator("#chart svg > text[text-anchor]").all_text_contents()
    assert len([x for x in labels if re.search(r"[α-ωά-ώ]", x)]) == 3  # start, middle, end dates
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
