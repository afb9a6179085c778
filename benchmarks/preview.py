#!/usr/bin/env python3
"""Preview speed: from a writer's save to the reloaded page in the browser.

Starts ``kbgen serve`` on a copy of a help center, opens an article in headless
Chromium (Debian's, through Playwright) with the live-reload script, then
appends a unique sentence to the article's markdown and measures the time
until the browser shows it. Each mode is measured ``--repeat`` times; the
median is printed with the time of the first build.

Help centers:
  demo     the repository's docs/ and mkdocs.yml (copied to a temp dir)
  alchemy  ../shared/data/alchemy-insights converted to kbgen's layout
           (el-GR->el, en-US-derived->en, fr-FR->fr, de-DE->de, es-ES->es; title and
           a description from the first line, as in benchmarks/build.py)

Modes: every language; ``--lang <one>`` (that language and the default); ``--dirty``;
both.

    .venv/bin/python benchmarks/preview.py                       # demo + alchemy 600/lang
    .venv/bin/python benchmarks/preview.py --sites alchemy --per-lang 3011   # all of it
"""

from __future__ import annotations

import argparse
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
CHROMIUM = os.environ.get("KBGEN_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--no-first-run", "--disable-background-networking", "--disable-component-update"]


@dataclass
class Result:
    site: str
    mode: str
    pages: int
    first_build: float
    reloads: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.reloads) if self.reloads else float("nan")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def demo_site(work: Path) -> tuple[Path, str, str]:
    """Copy the demo; return (folder, Greek article rel, English article rel)."""
    site = work / "demo"
    site.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", site / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", site / "docs")
    if (ROOT / "overrides").is_dir():
        shutil.copytree(ROOT / "overrides", site / "overrides")
    return (site, *_article_pair(site / "docs"))


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
            dest.write_text("---\n" + yaml.safe_dump(fm, allow_unicode=True) + "---\n" + body,
                            encoding="utf-8")
            pages += 1
    return pages


def alchemy_site(work: Path, per_lang: int) -> tuple[Path, str, str]:
    site = work / "alchemy"
    convert_alchemy(site / "docs", per_lang)
    cfg = {"site_name": "Help Center", "site_url": "https://help.example.com/",
           "docs_dir": "docs", "theme": {"name": "material"},
           "plugins": [{"kbgen": {"languages": list(ALCHEMY_LANGS), "default_language": "el"}}]}
    (site / "mkdocs.yml").write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    return (site, *_article_pair(site / "docs"))


def _article_pair(docs: Path) -> tuple[str, str]:
    """An article present in el and en (relative to the language folder)."""
    for path in sorted((docs / "el").rglob("*.md")):
        rel = path.relative_to(docs / "el").as_posix()
        if "/" in rel and not rel.endswith("index.md") and (docs / "en" / rel).is_file() \
                and "draft: true" not in path.read_text(encoding="utf-8"):
            return rel, rel
    raise SystemExit(f"no article in both el and en under {docs}")


def url_of(lang: str, rel: str) -> str:
    return f"/{lang}/{rel[:-3]}/"


class Server:
    """``kbgen serve`` in its own process group, with its output kept for errors."""

    def __init__(self, site: Path, args: list[str]) -> None:
        self.port = free_port()
        self.output: list[str] = []
        self.ready = threading.Event()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kbgen", "serve", "-a", f"127.0.0.1:{self.port}", *args],
            cwd=site, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            start_new_session=True)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.output.append(line)
            if "Serving on" in line:
                self.ready.set()

    def wait(self, timeout: float) -> float:
        start = time.perf_counter()
        if not self.ready.wait(timeout):
            self.stop()
            raise SystemExit("kbgen serve did not start:\n" + "".join(self.output[-40:]))
        return time.perf_counter() - start

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGINT)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)


def measure(browser: object, site: Path, label: str, mode: str, args: list[str], lang: str,
            rel: str, repeat: int, pages: int) -> Result:
    server = Server(site, args)
    first = server.wait(timeout=900)
    page = browser.new_page()  # type: ignore[attr-defined]
    reloads = []
    try:
        page.goto(f"http://127.0.0.1:{server.port}{url_of(lang, rel)}", wait_until="load")
        path = site / "docs" / lang / rel
        original = path.read_text(encoding="utf-8")
        for i in range(repeat):
            marker = f"kbgen-preview-{os.getpid()}-{i}-{time.time_ns()}"
            time.sleep(1.0)  # let the watcher settle after the previous build
            start = time.perf_counter()
            path.write_text(original + f"\n\n{marker}\n", encoding="utf-8")
            page.wait_for_function(f"document.body && document.body.innerText.includes("
                                   f"'{marker}')", timeout=600_000, polling=50)
            reloads.append(time.perf_counter() - start)
        path.write_text(original, encoding="utf-8")
    finally:
        page.close()
        server.stop()
    return Result(label, mode, pages, first, reloads)


MODES = [
    ("all languages", []),
    ("--lang en", ["--lang", "en"]),
    ("--dirty", ["--dirty"]),
    ("--lang en --dirty", ["--lang", "en", "--dirty"]),
]


def table(results: list[Result]) -> str:
    head = f"{'help center':<28}{'mode':<20}{'pages':>7}{'first build s':>15}" \
           f"{'save->reload s (median)':>25}{'runs':>20}"
    lines = [head, "-" * len(head)]
    for r in results:
        runs = " ".join(f"{x:.2f}" for x in r.reloads)
        lines.append(f"{r.site:<28}{r.mode:<20}{r.pages:>7}{r.first_build:>15.1f}"
                     f"{r.median:>25.2f}{runs:>20}")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sites", default="demo,alchemy", help="demo, alchemy or both")
    ap.add_argument("--per-lang", type=int, default=600,
                    help="Alchemy articles per language (all: 3011)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--modes", default=",".join(str(i) for i in range(len(MODES))),
                    help="indexes into: " + "; ".join(f"{i}={m}" for i, (m, _) in
                                                      enumerate(MODES)))
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

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
            for label, site, rel_el, rel_en in sites:
                pages = sum(1 for _ in (site / "docs").rglob("*.md"))
                for index in (int(i) for i in args.modes.split(",")):
                    mode, extra = MODES[index]
                    lang, rel = ("en", rel_en) if "--lang" in extra else ("el", rel_el)
                    print(f"  {label}: {mode} ...", file=sys.stderr, flush=True)
                    results.append(measure(browser, site, label, mode, extra, lang, rel,
                                           args.repeat, pages))
            browser.close()
        print(table(results))
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
