#!/usr/bin/env python3
"""Search index size and speed, kbgen next to stock Material search and Pagefind.

For 1,000 and 10,000 synthetic articles per language (``gen_corpus.py`` with a
Zipf tail vocabulary, en and el) it builds

- kbgen's index (the same SearchIndexer the plugin uses, fed the articles' HTML) and a
  page that holds kbgen's real search box and client;
- the stock Material site over both languages (``theme: material``, its search plugin
  with ``lang: [en, el]``; the sidebar is kept to the home page so that the build does not
  spend its time on navigation);
- Pagefind (``python -m pagefind --site``) over that Material build, with Pagefind's UI,

serves each gzip-compressed on loopback (Pagefind's own files are already compressed and
are sent as they are), types first queries in headless Chromium with a cold cache and
counts the compressed bytes of search data and search code fetched from opening the page
until the first results were on screen, and the time from keystroke to results. Index
build time is kbgen's index writer, Material's whole site build (its index cannot be
built alone) and Pagefind's indexing run.

    .venv/bin/python benchmarks/search_size.py [--sizes 1000,10000] [--engines kbgen]
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import markdown
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from kbgen.search import SearchIndexer  # noqa: E402

SHARED = ROOT.parent / "shared"
QUERIES = {"en": ["order", "password", "delivery", "invoice payment", "account", "pasword"],
           "el": ["παραγγελια", "πληρωμή", "kodikos", "ΕΠΙΣΤΡΟΦΗ", "λογαριασμός",
                  "λογαριασμςο"]}
PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>search</title></head><body>
<form class="kb-search" data-kb-search data-index="search/{lang}/" data-lang="{lang}"
 data-none="none" data-count="{{n}}"><input data-kb-search-input id="q" class="kb-search__input">
<p class="kb-search__status"></p><ul class="kb-search__results" hidden></ul></form>
<script src="kb-search.js"></script></body></html>"""


PRECOMPRESSED = (".pf_meta", ".pf_index", ".pf_fragment", ".pf_filter", ".pagefind")


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Serves gzip-compressed and counts what it sent per path (the browser's own
    accounting misses requests made by Material's web worker)."""

    sent: dict[str, int]

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file():
            self.send_error(404)
            return
        data = path.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        if not path.name.endswith(PRECOMPRESSED):
            data = gzip.compress(data, 6)
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        try:
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):  # the page was closed mid-transfer
            return
        self.sent[self.path] = self.sent.get(self.path, 0) + len(data)


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False


def _articles(corpus: Path, lang: str):
    for path in sorted((corpus / "docs" / lang).rglob("*.md")):
        if path.name == "index.md":
            continue
        _, fm, body = path.read_text(encoding="utf-8").split("---", 2)
        yield path, yaml.safe_load(fm) or {}, body


def build_kbgen(corpus: Path, out: Path, langs: list[str]) -> float:
    md = markdown.Markdown(extensions=["tables"])
    indexer = SearchIndexer()
    for lang in langs:
        for path, meta, body in _articles(corpus, lang):
            html = md.reset().convert(body)
            rel = path.relative_to(corpus / "docs").with_suffix("")
            indexer.add_page(url=f"{rel.as_posix()}/", lang=lang, title=str(meta.get("title")),
                             category=path.parent.name, type="article", html=html,
                             meta={"description": meta.get("description", "")},
                             is_fallback=False)
    start = time.perf_counter()
    indexer.write(out)
    seconds = time.perf_counter() - start
    shutil.copy(ROOT / "overrides" / "assets" / "javascripts" / "kb-search.js", out)
    for lang in langs:
        (out / f"{lang}.html").write_text(PAGE.format(lang=lang), encoding="utf-8")
    return seconds


def build_material(corpus: Path, langs: list[str]) -> float:
    (corpus / "docs" / "index.md").write_text("# Help Center\n", encoding="utf-8")
    (corpus / "mkdocs-stock.yml").write_text(yaml.safe_dump({
        "site_name": "Help Center", "docs_dir": "docs", "site_dir": "site-material",
        "theme": {"name": "material", "language": langs[0]}, "nav": ["index.md"],
        "plugins": [{"search": {"lang": langs}}]}), encoding="utf-8")
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", "mkdocs-stock.yml"],
                   cwd=corpus, check=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    return time.perf_counter() - start


def build_pagefind(material_site: Path, out: Path, langs: list[str]) -> float:
    shutil.copytree(material_site, out)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pagefind", "--site", str(out)], check=True,
                   stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    for lang in langs:
        (out / f"pagefind-{lang}.html").write_text(PAGEFIND_PAGE.format(lang=lang),
                                                   encoding="utf-8")
    return seconds


PAGEFIND_PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8">
<title>Search</title><link href="pagefind/pagefind-ui.css" rel="stylesheet">
<script src="pagefind/pagefind-ui.js"></script></head><body><div id="search"></div>
<script>new PagefindUI({{ element: "#search", showImages: false }});</script></body></html>"""

# engine -> (page for a language, search box, "results are on screen" in JS,
#            what counts as search data and code)
ENGINES = {
    "kbgen": (lambda lang: f"{lang}.html", "#q",
              "document.querySelector('[data-kb-search-result], .kb-search__empty')",
              ("/search/", "kb-search.js")),
    "material": (lambda lang: "", ".md-search__input",
                 "document.querySelector('.md-search-result__item') || /^No matching/.test("
                 "document.querySelector('.md-search-result__meta').textContent)",
                 ("search_index.json", "/workers/search", "/lunr/")),
    "pagefind": (lambda lang: f"pagefind-{lang}.html", ".pagefind-ui__search-input",
                 "document.querySelector('.pagefind-ui__result-link') || (!document."
                 "querySelector('.pagefind-ui__result') && (document.querySelector("
                 "'.pagefind-ui__message') || {}).textContent)",
                 ("/pagefind/",)),
}


def measure(sites: dict[str, Path], langs: list[str]) -> list[tuple[str, str, str, int, float]]:
    from playwright.sync_api import sync_playwright

    rows = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium",
                                     args=["--headless=new", "--no-sandbox", "--disable-gpu"])
        for engine, site in sites.items():
            page_of, box, result, patterns = ENGINES[engine]
            sent: dict[str, int] = {}
            handler = type("Handler", (GzipHandler,), {"sent": sent})
            server = Server(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
            threading.Thread(target=server.serve_forever, daemon=True).start()
            base = f"http://127.0.0.1:{server.server_address[1]}"
            for lang in langs:
                for query in QUERIES[lang]:
                    page = browser.new_page(viewport={"width": 1280, "height": 900})
                    sent.clear()  # from opening the page: Material loads its index early
                    page.goto(f"{base}/{page_of(lang)}")
                    page.click(box)
                    start = time.perf_counter()
                    page.fill(box, query)
                    page.press(box, "End")  # Material reads the box on keyup
                    try:
                        page.wait_for_function(result, timeout=30000, polling=10)
                        seconds = time.perf_counter() - start
                    except Exception:  # noqa: BLE001 - reported as a failed query
                        seconds = float("nan")
                    nbytes = sum(n for path, n in sent.items() if any(p in path for p in patterns))
                    rows.append((engine, lang, query, nbytes, seconds))
                    page.close()
            server.shutdown()
        browser.close()
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--langs", default="en,el")
    ap.add_argument("--engines", default="kbgen,material,pagefind")
    args = ap.parse_args()
    langs = args.langs.split(",")
    engines = [e for e in ENGINES if e in args.engines.split(",")]
    summary = []
    for size in (int(s) for s in args.sizes.split(",")):
        tmp = Path(tempfile.mkdtemp(prefix="kbgen-search-size-"))
        try:
            corpus = tmp / "corpus"
            subprocess.run([sys.executable, str(SHARED / "tools" / "gen_corpus.py"), "--out",
                            str(corpus), "--n", str(size), "--langs", args.langs,
                            "--tail-vocab", "20000"], check=True, stdout=subprocess.DEVNULL)
            sites, build = {}, {}
            if "kbgen" in engines:
                sites["kbgen"] = tmp / "kbgen"
                build["kbgen"] = build_kbgen(corpus, sites["kbgen"], langs)
            if "material" in engines or "pagefind" in engines:
                print(f"  {size}: building the stock Material site ...", file=sys.stderr,
                      flush=True)
                seconds = build_material(corpus, langs)
                if "material" in engines:
                    sites["material"], build["material"] = corpus / "site-material", seconds
                if "pagefind" in engines:
                    sites["pagefind"] = tmp / "pagefind"
                    build["pagefind"] = build_pagefind(corpus / "site-material",
                                                       sites["pagefind"], langs)
            rows = measure(sites, langs)
            print(f"{'articles/lang':>13} {'engine':<9} {'lang':>4} {'query':<16} "
                  f"{'kB before results':>18} {'keystroke->results ms':>22}")
            for engine, lang, query, nbytes, t in rows:
                print(f"{size:>13} {engine:<9} {lang:>4} {query:<16} {nbytes / 1024:>18.1f} "
                      f"{t * 1000:>22.0f}")
            for engine in sites:
                for lang in langs:
                    mine = [r for r in rows if r[0] == engine and r[1] == lang]
                    kb = [r[3] / 1024 for r in mine]
                    ms = [r[4] * 1000 for r in mine]
                    summary.append((size, engine, lang, min(kb), max(kb), statistics.median(ms),
                                    build[engine]))
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"\n{'articles/lang':>13} {'engine':<9} {'lang':>4} {'kB before results':>18} "
          f"{'median ms':>10} {'index build s':>14}")
    for size, engine, lang, lo, hi, ms, seconds in summary:
        shown = "none in 30 s" if ms != ms else f"{ms:.0f}"  # NaN: no result on screen
        print(f"{size:>13} {engine:<9} {lang:>4} {f'{lo:.0f}-{hi:.0f}':>18} {shown:>10} "
              f"{seconds:>14.1f}")
    print()
    for size, engine, lang, _lo, hi, ms, _seconds in summary:
        if engine == "kbgen":
            continue
        kb = next((r for r in summary if r[:3] == (size, "kbgen", lang)), None)
        if kb:
            print(f"{size:>6} {lang}: kbgen / {engine}: largest first-query download "
                  f"{kb[4] / hi:.2f}x, median keystroke->results {kb[5] / ms:.2f}x")
    worst = max((r[4] for r in summary if r[1] == "kbgen"), default=0)
    print(f"kbgen's largest first query: {worst:.0f} kB (goal <= 300 kB at 10,000 articles "
          "per language)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
