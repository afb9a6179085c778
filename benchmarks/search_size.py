#!/usr/bin/env python3
"""Search index size and speed: bytes downloaded before the first result, in Chromium.

For 1,000 and 10,000 synthetic articles per language (``gen_corpus.py`` with a
Zipf tail vocabulary, en and el), builds kbgen's index (the same SearchIndexer the
plugin uses, fed the articles' HTML), serves it gzip-compressed on loopback with
a page that holds kbgen's real search box and client, types first queries in
headless Chromium and counts the compressed bytes the page fetched until the
results appeared, and the time from keystroke to results.

    .venv/bin/python benchmarks/search_size.py [--sizes 1000,10000]
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import shutil
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
QUERIES = {"en": ["order", "password", "delivery", "invoice payment", "account"],
           "el": ["παραγγελια", "πληρωμή", "kodikos", "ΕΠΙΣΤΡΟΦΗ", "λογαριασμός"]}
PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>search</title></head><body>
<form class="kb-search" data-kb-search data-index="search/{lang}/" data-lang="{lang}"
 data-none="none" data-count="{{n}}"><input data-kb-search-input id="q" class="kb-search__input">
<p class="kb-search__status"></p><ul class="kb-search__results" hidden></ul></form>
<script src="kb-search.js"></script></body></html>"""


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        path = Path(self.translate_path(self.path))
        if not path.is_file():
            self.send_error(404)
            return
        data = path.read_bytes()
        body = gzip.compress(data, 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False


def build_index(corpus: Path, out: Path, langs: list[str]) -> float:
    md = markdown.Markdown(extensions=["tables"])
    indexer = SearchIndexer()
    for lang in langs:
        for path in sorted((corpus / "docs" / lang).rglob("*.md")):
            if path.name == "index.md":
                continue
            text = path.read_text(encoding="utf-8")
            _, fm, body = text.split("---", 2)
            meta = yaml.safe_load(fm) or {}
            html = md.reset().convert(body)
            rel = path.relative_to(corpus / "docs").with_suffix("")
            indexer.add_page(url=f"{rel.as_posix()}/", lang=lang, title=str(meta.get("title")),
                             category=path.parent.name, type="article", html=html,
                             meta={"description": meta.get("description", "")},
                             is_fallback=False)
    start = time.perf_counter()
    indexer.write(out)
    return time.perf_counter() - start


def measure(site: Path, langs: list[str]) -> list[tuple[str, str, int, float]]:
    from playwright.sync_api import sync_playwright

    shutil.copy(ROOT / "overrides" / "assets" / "javascripts" / "kb-search.js", site)
    for lang in langs:
        (site / f"{lang}.html").write_text(PAGE.format(lang=lang), encoding="utf-8")
    server = Server(("127.0.0.1", 0), functools.partial(GzipHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    rows = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium",
                                     args=["--headless=new", "--no-sandbox", "--disable-gpu"])
        for lang in langs:
            for query in QUERIES[lang]:
                page = browser.new_page()  # a cold cache for every first query
                page.goto(f"{base}/{lang}.html")
                transferred = {"bytes": 0}
                page.on("response", lambda r, t=transferred: t.__setitem__(
                    "bytes", t["bytes"] + int(r.headers.get("content-length", "0")))
                    if "/search/" in r.url else None)
                start = time.perf_counter()
                page.fill("#q", query)
                page.wait_for_selector("[data-kb-search-result], .kb-search__empty",
                                       state="attached", timeout=15000)
                rows.append((lang, query, transferred["bytes"], time.perf_counter() - start))
                page.close()
        browser.close()
    server.shutdown()
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--langs", default="en,el")
    args = ap.parse_args()
    langs = args.langs.split(",")
    print(f"{'articles/lang':>13} {'lang':>4} {'query':<16} {'kB before results':>18} "
          f"{'keystroke->results ms':>22}")
    for size in (int(s) for s in args.sizes.split(",")):
        tmp = Path(tempfile.mkdtemp(prefix="kbgen-search-size-"))
        try:
            subprocess.run([sys.executable, str(SHARED / "tools" / "gen_corpus.py"), "--out",
                            str(tmp / "corpus"), "--n", str(size), "--langs", args.langs,
                            "--tail-vocab", "20000"], check=True, stdout=subprocess.DEVNULL)
            site = tmp / "site"
            seconds = build_index(tmp / "corpus", site, langs)
            rows = measure(site, langs)
            for lang, query, size_b, t in rows:
                print(f"{size:>13} {lang:>4} {query:<16} {size_b / 1024:>18.1f} {t * 1000:>22.0f}")
            worst = max(r[2] for r in rows) / 1024
            print(f"{size:>13}: index written in {seconds:.1f} s; largest first query "
                  f"{worst:.0f} kB (goal <= 300 kB at 10,000 articles per language)\n")
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
