#!/usr/bin/env python3
"""Preview speed: from a writer's save to the reloaded page in the browser.

Starts ``kbgen serve -v`` (every language, the build cache on) on a copy of a help
center and opens a Greek article and its category page in headless Chromium
(Debian's, through Playwright) with the live-reload script. Then:

1. ``--repeat`` times, appends a sentence with a new word to the article's markdown
   and measures the time until the browser shows it; after each, checks over HTTP
   that the word is in the language's search index (``search/el/``: the word's shard
   maps it to its stem, whose postings hold the article's document);
2. once, changes the article's title (which every page's key depends on, so every
   page is built again: expected to be slower) and measures the time until the
   category page, which lists the article by its title, shows the new one;
3. restores the article, stops the preview and starts a second session, timing its
   first build (the preview's site folder is kept in ``.kbgen-cache/``).

It prints the first build's time, the median save -> reloaded page over the
repeats with each run, the title edit, the second session's first build, what each
rebuild kept and built (from the plugin's ``build cache:`` line) and the load
average.

Help centers:
  demo     the repository's docs/ and mkdocs.yml (copied to a temp dir)
  alchemy  ../shared/data/alchemy-insights converted to kbgen's layout
           (el-GR->el, en-US-derived->en, fr-FR->fr, de-DE->de, es-ES->es; title and
           a description from the first line, as in benchmarks/build.py)

    .venv/bin/python benchmarks/preview.py                    # demo + alchemy 600/lang
    .venv/bin/python benchmarks/preview.py --sites alchemy --per-lang 3011  # all of it
    .venv/bin/python benchmarks/preview.py --poll             # MkDocs' polling watcher
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
ALCHEMY = ROOT.parent / "shared" / "data" / "alchemy-insights"
ALCHEMY_LANGS = {"el": "el-GR", "en": "en-US-derived", "fr": "fr-FR", "de": "de-DE", "es": "es-ES"}
# Products named in the Alchemy file names, used as help-center categories.
PRODUCTS = ["outlook", "teams", "sharepoint", "onedrive", "exchange", "excel", "word",
            "powerpoint", "intune", "yammer", "azure", "defender", "windows", "project",
            "planner", "forms", "bookings", "skype", "license", "domain", "password"]
_FM = re.compile(r"\A---\n(.*?)\n---\n", re.S)
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LOCAL_LINK = re.compile(r"\[([^\]]*)\]\((?!https?:|mailto:)[^)]*\)")
_HTML_ANCHOR = re.compile(r"<a name=\"[^\"]*\"></a>")
_TITLE = re.compile(r"^title: *(.+)\n(?! )", re.M)  # a title on one line
CHROMIUM = os.environ.get("KBGEN_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--no-first-run", "--disable-background-networking", "--disable-component-update"]


BUILD_CACHE = re.compile(r"build cache: (\d+) pages kept, (\d+) built")
BUILT_IN = re.compile(r"Documentation built in ([\d.]+) seconds")


@dataclass
class Result:
    site: str
    mode: str
    pages: int  # Markdown files
    first_build: float  # start -> serving, the first session (nothing kept)
    reloads: list[float]  # save -> the browser shows the new sentence
    phases: list[tuple[float, ...]]  # since the save: noticed, built, page requested,
    # page parsed, text found
    searchable: list[bool]  # the new word in search/el/, finding the article
    title_reload: float  # save -> the category page shows the new title
    restart: float  # start -> serving, the second session
    rebuilds: list[str]  # per build: "kept/built, built in s"
    load: str

    @property
    def median(self) -> float:
        return statistics.median(self.reloads) if self.reloads else float("nan")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def demo_site(work: Path) -> tuple[Path, str]:
    """Copy the demo; return (folder, a Greek article relative to docs/el/)."""
    site = work / "demo"
    site.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", site / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", site / "docs")
    if (ROOT / "overrides").is_dir():
        shutil.copytree(ROOT / "overrides", site / "overrides")
    return site, _article(site / "docs")


def _alchemy_meta(text: str) -> tuple[dict, str]:
    """Alchemy front matter (title, author, ms.* keys) and body; tolerant of broken YAML."""
    m = _FM.match(text)
    if not m:
        return {}, text
    try:
        meta = yaml.safe_load(m.group(1))
    except yaml.YAMLError:
        meta = {}
    return (meta if isinstance(meta, dict) else {}), text[m.end():]


def convert_alchemy(out: Path, per_lang: int) -> int:
    """Alchemy articles in kbgen's layout; return the number of pages written.

    Mapping: title -> title (else the H1), the first sentence -> description,
    author -> owner, the product in the file name -> category; images, local
    links and HTML anchors (Microsoft's docs conventions) are reduced to text.
    """
    names = sorted(p.name for p in (ALCHEMY / "el-GR").glob("*.md"))
    names = [n for n in names if all((ALCHEMY / d / n).exists() for d in ALCHEMY_LANGS.values())]
    chosen = names[:per_lang]
    category = {n: next((p for p in PRODUCTS if p in n.lower()), "general") for n in chosen}
    cats = sorted(set(category.values()))
    out.mkdir(parents=True)
    (out / "categories.yml").write_text(yaml.safe_dump(
        {c: {"order": i, "title": {lang: c.capitalize() for lang in ALCHEMY_LANGS}}
         for i, c in enumerate(cats)}), encoding="utf-8")
    pages = 0
    for lang, folder in ALCHEMY_LANGS.items():
        (out / lang).mkdir()
        (out / lang / "index.md").write_text(
            f"---\ntitle: Help Center\ndescription: Microsoft 365 help ({lang})\ntype: home\n---\n",
            encoding="utf-8")
        pages += 1
        for name in chosen:
            meta, body = _alchemy_meta((ALCHEMY / folder / name).read_text(encoding="utf-8-sig"))
            body = _LOCAL_LINK.sub(r"\1", _IMAGE.sub(r"\1", _HTML_ANCHOR.sub("", body)))
            h1 = next((ln[2:].strip() for ln in body.splitlines() if ln.startswith("# ")), "")
            title = str(meta.get("title") or h1 or name[:-3]).strip()[:120]
            first = next((ln.strip() for ln in body.splitlines()
                          if ln.strip() and not ln.startswith("#")), title)
            fm = {"title": title, "description": first[:150], "type": "article"}
            if meta.get("author"):
                fm["owner"] = str(meta["author"])
            dest = out / lang / category[name] / name.lower()
            dest.parent.mkdir(exist_ok=True)
            dest.write_text("---\n" + yaml.safe_dump(fm, allow_unicode=True, width=10**6)
                            + "---\n" + body, encoding="utf-8")
            pages += 1
    return pages


def alchemy_site(work: Path, per_lang: int) -> tuple[Path, str]:
    site = work / "alchemy"
    convert_alchemy(site / "docs", per_lang)
    cfg = {"site_name": "Help Center", "site_url": "https://help.example.com/",
           "docs_dir": "docs", "theme": {"name": "material"},
           "plugins": [{"kbgen": {"languages": list(ALCHEMY_LANGS), "default_language": "el"}}]}
    (site / "mkdocs.yml").write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    return site, _article(site / "docs")


def _article(docs: Path) -> str:
    """A published Greek article with a one-line title (relative to docs/el/)."""
    for path in sorted((docs / "el").rglob("*.md")):
        rel = path.relative_to(docs / "el").as_posix()
        text = path.read_text(encoding="utf-8")
        if "/" in rel and not rel.endswith("index.md") and "draft: true" not in text \
                and _TITLE.search(text):
            return rel
    raise SystemExit(f"no Greek article under {docs}")


def url_of(lang: str, rel: str) -> str:
    return f"/{lang}/{rel[:-3]}/"


class Server:
    """``kbgen serve -v`` in its own process group, with its output kept for errors."""

    def __init__(self, site: Path, args: list[str], port: int | None = None) -> None:
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.output: list[str] = []
        self.times: list[float] = []  # when each line of output arrived
        self.ready = threading.Event()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kbgen", "serve", "-v", "-a", f"127.0.0.1:{self.port}",
             *args], cwd=site, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            start_new_session=True)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.times.append(time.perf_counter())
            self.output.append(line)
            if "Serving on" in line:
                self.ready.set()

    def wait(self, timeout: float) -> float:
        start = time.perf_counter()
        if not self.ready.wait(timeout):
            self.stop()
            raise SystemExit("kbgen serve did not start:\n" + "".join(self.output[-40:]))
        return time.perf_counter() - start

    def seen(self, text: str, after: float) -> float:
        """When a line with ``text`` arrived after ``after`` (nan if none did)."""
        for t, line in zip(list(self.times), list(self.output), strict=False):
            if t >= after and text in line:
                return t
        return float("nan")

    def builds(self) -> list[str]:
        """Each finished build so far: "kept/built, N.NN s" (from the -v output)."""
        out, counts = [], "?"
        for line in self.output:
            if m := BUILD_CACHE.search(line):
                counts = f"{m[1]}/{m[2]}"
            elif m := BUILT_IN.search(line):
                out.append(f"{counts} {float(m[1]):.2f}s")
                counts = "?"
        return out

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGINT)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()


def _get_json(url: str) -> object:
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.loads(response.read().decode("utf-8"))


def search_finds(base: str, lang: str, word: str, page_url: str) -> bool:
    """Does the served index of ``lang`` lead from ``word`` to the page at ``page_url``,
    looked up as the browser does (``kbgen.search.index.urls_for``)?"""
    from kbgen.search.index import urls_for

    urls = urls_for(word, lang, lambda path: _get_json(f"{base}/search/{lang}/{path}"))
    return any("/" + url.split("#")[0] == page_url for url in urls)


def _new_word(tag: str) -> str:
    """A word no page has (letters only; :func:`search_finds` stems it as the index does)."""
    letters = "".join(chr(ord("a") + int(c)) for c in f"{time.time_ns() % 10**9:09d}")
    return f"kbgen{tag}{letters}"


def _wait_text(page: object, text: str, timeout_s: float) -> None:
    page.wait_for_function(  # type: ignore[attr-defined]
        "t => document.body && document.body.innerText.includes(t)", arg=text,
        timeout=timeout_s * 1000, polling=50)


def measure(browser: object, site: Path, label: str, mode: str, args: list[str], rel: str,
            repeat: int, pages: int, timeout_s: float) -> Result:
    path = site / "docs" / "el" / rel
    original = path.read_text(encoding="utf-8")
    title_match = _TITLE.search(original)
    assert title_match is not None
    title = str(yaml.safe_load(title_match[1]))
    category = rel.split("/")[0]
    server = Server(site, args)
    first = server.wait(timeout=timeout_s)
    article = browser.new_page()  # type: ignore[attr-defined]
    listing = browser.new_page()  # type: ignore[attr-defined]
    reloads: list[float] = []
    phases: list[tuple[float, ...]] = []
    found: list[bool] = []
    title_reload = float("nan")
    try:
        article.goto(server.url + url_of("el", rel), wait_until="load")
        listing.goto(server.url + f"/el/{category}/", wait_until="load")
        _wait_text(listing, title, 10)  # the category page lists the article by its title
        for _ in range(repeat):
            word = _new_word("s")
            time.sleep(1.0)  # let the watcher settle after the previous build
            start, wall = time.perf_counter(), time.time()
            path.write_text(original + f"\n\nA new sentence with {word} in it.\n",
                            encoding="utf-8")
            _wait_text(article, word, timeout_s)
            done = time.perf_counter()
            reloads.append(done - start)
            noticed = server.seen("Detected file changes", start) - start
            built = server.seen("Reloading browsers", start) - start
            # the reloaded page's own clock: when its navigation started, when it was parsed
            origin, parsed = article.evaluate(
                "[performance.timeOrigin, performance.getEntriesByType('navigation')[0]"
                ".domContentLoadedEventEnd]")
            navigation = origin / 1000 - wall
            phases.append((noticed, built, navigation, navigation + parsed / 1000,
                           done - start))
            found.append(search_finds(server.url, "el", word, url_of("el", rel)))
        # the title: every page shows the site's content model, so every page is built
        new_title = f"{title} {_new_word('t')}"
        edited = original[:title_match.start(1)] + json.dumps(new_title, ensure_ascii=False) \
            + original[title_match.end(1):]
        time.sleep(1.0)
        start = time.perf_counter()
        path.write_text(edited, encoding="utf-8")
        _wait_text(listing, new_title, timeout_s)
        title_reload = time.perf_counter() - start
        _wait_text(article, new_title, 10)
        path.write_text(original, encoding="utf-8")
        _wait_text(listing, title, timeout_s)
        article.wait_for_function(  # the restoring build is over
            "t => document.body && !document.body.innerText.includes(t)", arg=new_title,
            timeout=timeout_s * 1000, polling=50)
    finally:
        article.close()
        listing.close()
        server.stop()
        if path.read_text(encoding="utf-8") != original:  # a failed run: left edited
            path.write_text(original, encoding="utf-8")
    rebuilds = server.builds()
    second = Server(site, args, server.port)  # the same address: the same configuration
    try:
        restart = second.wait(timeout=timeout_s)
    finally:
        second.stop()
    rebuilds += [f"restart: {b}" for b in second.builds()]
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return Result(label, mode, pages, first, reloads, phases, found, title_reload, restart,
                  rebuilds, load)


def table(results: list[Result]) -> str:
    head = (f"{'help center':<30}{'mode':<10}{'pages':>7}{'first build s':>15}"
            f"{'save->reload s (median)':>25}{'title edit s':>14}{'2nd session s':>15}"
            f"{'in search':>11}  runs")
    lines = [head, "-" * len(head)]
    for r in results:
        runs = " ".join(f"{x:.2f}" for x in r.reloads)
        searchable = f"{sum(r.searchable)}/{len(r.searchable)}"
        lines.append(f"{r.site:<30}{r.mode:<10}{r.pages:>7}{r.first_build:>15.1f}"
                     f"{r.median:>25.2f}{r.title_reload:>14.2f}{r.restart:>15.1f}"
                     f"{searchable:>11}  {runs}")
    for r in results:
        if r.phases:
            m = [statistics.median(p[k] for p in r.phases) for k in range(5)]
            lines.append(f"{r.site}: a save, median s after it: noticed {m[0]:.2f}, built "
                         f"{m[1]:.2f}, page requested {m[2]:.2f}, parsed {m[3]:.2f}, "
                         f"new text found {m[4]:.2f}")
    for r in results:
        lines.append(f"\n{r.site} ({r.mode}), load average at the end {r.load}; each build "
                     "(pages kept/built, build time): first, the saves, the title edit, "
                     "the restore, the second session:")
        lines.append("  " + "; ".join(r.rebuilds))
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sites", default="demo,alchemy", help="demo, alchemy or both")
    ap.add_argument("--per-lang", type=int, default=600,
                    help="Alchemy articles per language (all of them: 3011)")
    ap.add_argument("--repeat", type=int, default=5, help="body edits per help center")
    ap.add_argument("--poll", action="store_true",
                    help="serve with --poll (MkDocs' polling watcher) instead of native events")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds per build, at most")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    mode, extra = ("--poll", ["--poll"]) if args.poll else ("native", [])
    work = Path(tempfile.mkdtemp(prefix="kbgen-preview-bench-"))
    results: list[Result] = []
    try:
        sites = []
        for name in args.sites.split(","):
            if name == "demo":
                sites.append(("demo (docs/)", *demo_site(work)))
            elif name == "alchemy":
                label = f"Alchemy ({args.per_lang}/lang x {len(ALCHEMY_LANGS)})"
                sites.append((label, *alchemy_site(work, args.per_lang)))
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for label, site, rel in sites:
                pages = sum(1 for _ in (site / "docs").rglob("*.md"))
                print(f"  {label}: {pages} pages, editing el/{rel} ...", file=sys.stderr,
                      flush=True)
                result = measure(browser, site, label, mode, extra, rel, args.repeat, pages,
                                 args.timeout)
                results.append(result)
                print(table([result]), file=sys.stderr, flush=True)
            browser.close()
        print(table(results))
        return 0 if all(all(r.searchable) for r in results) else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
