"""Render the demo's mock screenshots (shop pages) to PNG with headless Chromium.

    .venv/bin/python dev/demo-media/make_screenshots.py
"""

from pathlib import Path

from playwright.sync_api import sync_playwright

OUT = Path(__file__).resolve().parents[2] / "docs" / "assets" / "images"
STYLE = """<style>body{font:15px system-ui,sans-serif;margin:0;background:#f4f5f7;color:#1f2937}
header{background:#1e3a8a;color:#fff;padding:14px 24px;font-weight:700;font-size:18px}
main{padding:24px;display:grid;gap:16px}.card{background:#fff;border-radius:8px;padding:18px;
box-shadow:0 1px 2px #0002}.row{display:flex;justify-content:space-between;align-items:center;
margin:8px 0}.btn{background:#ea580c;color:#fff;border-radius:6px;padding:10px 18px;font-weight:700}
.muted{color:#6b7280}.bar{height:8px;background:#e5e7eb;border-radius:4px}.bar i{display:block;
height:8px;width:60%;background:#16a34a;border-radius:4px}input{border:1px solid #cbd5e1;
border-radius:6px;padding:9px;width:260px}</style>"""
PAGES = {
    "orders/order-history.png": """<header>Lampsi · Ο λογαριασμός μου</header><main>
      <div class=card><b>Οι παραγγελίες μου</b>
      <div class=row><span>#LA-248193 · 12/11 · Τηλεόραση 55"</span><span class=btn>Παρακολούθηση</span></div>
      <div class=row><span class=muted>#LA-240077 · 02/10 · Φρυγανιέρα</span><span class=muted>Παραδόθηκε</span></div>
      </div></main>""",
    "orders/tracking.png": """<header>Lampsi · Παρακολούθηση παραγγελίας #LA-248193</header><main>
      <div class=card><div class=row><b>Σε μεταφορά</b><span class=muted>ACS · 7281 9930 112</span></div>
      <div class=bar><i></i></div><div class=row class=muted><span>Συσκευασία</span><span>Αποστολή</span>
      <span>Παράδοση</span></div><p>Εκτιμώμενη παράδοση: <b>Πέμπτη 14/11, 09:00–17:00</b></p></div></main>""",
    "returns/return-form.png": """<header>Lampsi · Επιστροφή προϊόντος</header><main>
      <div class=card><b>Παραγγελία #LA-248193</b><div class=row><span>☑ Τηλεόραση 55" 4K</span>
      <span class=muted>649,00 €</span></div><div class=row><span>Λόγος επιστροφής</span>
      <input value="Δεν μου κάνει το μέγεθος"></div><div class=row><span>Παραλαβή από courier</span>
      <span>Δευτέρα 18/11</span></div><div class=row><span></span><span class=btn>Υποβολή αιτήματος</span></div>
      </div></main>""",
    "account/password.png": """<header>Lampsi · Σύνδεση</header><main><div class=card>
      <div class=row><span>Email</span><input value="maria@example.gr"></div>
      <div class=row><span>Κωδικός</span><input type=password value="........"></div>
      <div class=row><a href=#>Ξεχάσατε τον κωδικό;</a><span class=btn>Σύνδεση</span></div>
      </div></main>""",
}

with sync_playwright() as pw:
    browser = pw.chromium.launch(executable_path="/usr/bin/chromium",
                                 args=["--headless=new", "--no-sandbox", "--disable-gpu"])
    page = browser.new_page(viewport={"width": 800, "height": 420})
    for name, body in PAGES.items():
        page.set_content("<!doctype html><meta charset=utf-8>" + STYLE + body)
        target = OUT / name
        target.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(target))
    browser.close()
