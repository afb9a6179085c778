"""The demo help center as a person sees it, in Chromium at phone and desktop widths.

Each page type is opened in Greek and English at 390 and 1366 px, screenshotted (kept
under pytest's temporary folder, printed on failure) and checked for what a person would
notice: no horizontal scrolling, nothing covering the search box or the widget, and no
serious or critical WCAG 2.1 AA violation found by axe-core. axe-core is the npm package,
installed once into .cache/axe (gitignored) by the fixture below.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from browser_helpers import ROOT, StaticSite, build_site, demo_handler

pytestmark = pytest.mark.browser

AXE_VERSION = "4.14.1"
AXE_DIR = ROOT / ".cache" / "axe"
AXE_JS = AXE_DIR / "node_modules" / "axe-core" / "axe.min.js"
WIDTHS = (390, 1366)
PAGES = {  # name: (url path after /<lang>/, what to do once loaded)
    "home": ("", None),
    "category": ("returns/", None),
    "faq": ("returns/return-faq/", None),
    "tutorial": ("orders/track-order/", None),
    "fallback": ("orders/guest-checkout/", None),  # en has no translation of it
    "search": ("", "search"),
    "404": ("no/such/page/", None),
}
QUERIES = {"el": "επιστροφή χρημάτων", "en": "refund"}


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE_JS.is_file():
        npm = shutil.which("npm")
        if npm is None:
            pytest.fail("npm not found: install Debian's npm (bash scripts/dev.sh setup)")
        done = subprocess.run([npm, "install", "--no-save", "--no-audit", "--no-fund",
                               "--prefix", str(AXE_DIR), f"axe-core@{AXE_VERSION}"],
                              capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    return AXE_JS.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("demo-site")
    done = build_site(ROOT / "mkdocs.yml", out, {"KBGEN_FEEDBACK_API_URL": "http://127.0.0.1:9"})
    assert done.returncode == 0, done.stderr
    server = StaticSite(out, demo_handler())
    yield server
    server.close()


@pytest.fixture(scope="session")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


def open_page(browser, demo, lang: str, name: str, width: int):
    path, action = PAGES[name]
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15000)
    # the widget's API is down here: its requests fail fast instead of waiting
    page.route("http://127.0.0.1:9/**", lambda route: route.abort())
    page.goto(f"{demo.url}/{lang}/{path}")
    if action == "search":
        box = page.locator("[data-kb-search-input]").first
        box.fill(QUERIES[lang])
        page.locator("[data-kb-search-result]").first.wait_for()
    page.wait_for_timeout(200)
    return context, page


def axe_problems(page, axe_source: str) -> list[str]:
    page.add_script_tag(content=axe_source)
    result = page.evaluate("""() => axe.run(document, {runOnly: {type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})""")
    return [f"{v['id']} ({v['impact']}): " + "; ".join(
                n["target"][0] if isinstance(n["target"][0], str) else json.dumps(n["target"])
                for n in v["nodes"][:4])
            for v in result["violations"] if v["impact"] in ("serious", "critical")]


def covered(page, selector: str) -> list[str]:
    """Visible elements matching ``selector`` whose centre another element covers."""
    return page.evaluate("""sel => [...document.querySelectorAll(sel)].filter(el => {
        const r = el.getBoundingClientRect();
        if (!r.width || !r.height || getComputedStyle(el).visibility === 'hidden') return false;
        el.scrollIntoView({block: 'center'});
        const s = el.getBoundingClientRect();
        const top = document.elementFromPoint(s.left + s.width / 2, s.top + s.height / 2);
        return top && top !== el && !el.contains(top) && !top.contains(el);
    }).map(el => el.outerHTML.slice(0, 80))""", selector)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", ["el", "en"])
@pytest.mark.parametrize("name", list(PAGES))
def test_page_looks_right_and_passes_axe(browser, demo, axe_source, shots, name, lang, width):
    if name == "fallback" and lang == "el":
        pytest.skip("Greek is the demo's default language: it has no fallback pages")
    context, page = open_page(browser, demo, lang, name, width)
    try:
        shot = shots / f"{name}-{lang}-{width}.png"
        page.screenshot(path=str(shot), full_page=True)
        assert page.locator("html").get_attribute("lang") == lang
        overflow = page.evaluate("document.documentElement.scrollWidth - innerWidth")
        assert overflow <= 1, f"{shot}: {overflow}px wider than the screen"
        hidden = covered(page, "[data-kb-search-input], [data-kb-feedback] button, "
                               "[data-kb-search-result]")
        assert hidden == [], f"{shot}: covered {hidden}"
        problems = axe_problems(page, axe_source)
        assert problems == [], f"{shot}: {problems}"
    finally:
        context.close()
