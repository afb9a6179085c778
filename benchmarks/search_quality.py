#!/usr/bin/env python3
"""Search quality, side by side: kbgen, stock mkdocs-material search and Pagefind.

Two test collections, each built three times from the same markdown:

- **StackFAQ** (``../shared/data/stackfaq``, English): one article per thread (the question as
  title, its answers as body); the 1,249 customer rewordings are the queries, and a query's
  own thread is the relevant article.
- **Alchemy el** (``../shared/data/alchemy-insights/el-GR``, 3,011 Greek help articles): a
  query set typed the way customers type, made from a seeded sample of article titles:
  two or three of the title's words without accents (``plain``), in capitals (``caps``),
  with one typo in a word of 5+ letters (``typo``), in Greeklish (``greeklish``, a common
  customer transliteration, not kbgen's own key), and the whole title typed as a question
  without accents (``question``). Relevant: every article with that title.

Sites: kbgen (``mkdocs build`` with the kbgen plugin), stock Material (``theme: material``
with its built-in search plugin and the site's language, so lunr's Greek stemmer is on) and
Pagefind (``python -m pagefind --site`` over the stock Material build, searched through
Pagefind's own UI with 10 results per page). Every query is typed into each site's real
search box in headless Chromium (``/usr/bin/chromium``); the ranked result links are read
from the page. Reported: MRR@10, Recall@5 and Recall@10 per collection and query style, and
kbgen's ratio to each of the other two.

    .venv/bin/python benchmarks/search_quality.py                 # everything (about 20 min)
    .venv/bin/python benchmarks/search_quality.py --sample 200    # a quick look
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import http.server
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse

import yaml

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
STACKFAQ = SHARED / "data" / "stackfaq"
ALCHEMY_EL = SHARED / "data" / "alchemy-insights" / "el-GR"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from build import _FM, _HTML_ANCHOR, _IMAGE, _LOCAL_LINK  # noqa: E402

ALL_ENGINES = ("kbgen", "material", "pagefind")
ENGINES = ALL_ENGINES
GREEK_STOP = set("""ο η το οι τα του της των τον την τους τις ένα ένας μια μία ενός μιας και
να σε στο στη στην στον στα στους στις με για από ή δεν μη μην που πως πώς τι είναι θα
ως κατά μετά προς σας σου μου μας αν όταν έχει έχετε""".split())
# A customer transliteration (phonetic, as people type on a phone), deliberately not kbgen's key.
GREEKLISH = [("ου", "ou"), ("αι", "e"), ("ει", "i"), ("οι", "i"), ("μπ", "b"), ("ντ", "nt"),
             ("γγ", "ng"), ("α", "a"), ("β", "v"), ("γ", "g"), ("δ", "d"), ("ε", "e"),
             ("ζ", "z"), ("η", "i"), ("θ", "th"), ("ι", "i"), ("κ", "k"), ("λ", "l"),
             ("μ", "m"), ("ν", "n"), ("ξ", "x"), ("ο", "o"), ("π", "p"), ("ρ", "r"),
             ("σ", "s"), ("ς", "s"), ("τ", "t"), ("υ", "y"), ("φ", "f"), ("χ", "x"),
             ("ψ", "ps"), ("ω", "o")]


@dataclass
class Collection:
    name: str
    lang: str
    articles: dict[str, tuple[str, str]]  # key -> (title, markdown body)
    queries: list[tuple[str, str, set[str]]] = field(default_factory=list)  # style, text, keys


# ---------------------------------------------------------------- collections

def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80]


def stackfaq() -> Collection:
    coll = Collection("StackFAQ (en)", "en", {})
    for line in (STACKFAQ / "threads.jsonl").read_text(encoding="utf-8").splitlines():
        t = json.loads(line)
        key = f"thread-{t['thread_id']}"
        body = "\n\n".join(a.strip() for a in t["answers"])
        coll.articles[key] = (t["question"].strip(), body)
    for line in (STACKFAQ / "queries.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        _, thread, query = line.split("\t", 2)
        coll.queries.append(("reworded", query.strip(), {f"thread-{thread}"}))
    return coll


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text)
                   if unicodedata.category(c) != "Mn").lower()


def _greeklish(text: str) -> str:
    out = _strip_accents(text)
    for src, dst in GREEKLISH:
        out = out.replace(src, dst)
    return out


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("drop", "swap", "double"))
    if kind == "drop":
        return word[:i] + word[i + 1:]
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i] + word[i] + word[i:]


def alchemy_el(n_titles: int, seed: int = 7) -> Collection:
    coll = Collection("Alchemy (el)", "el", {})
    by_title: dict[str, set[str]] = {}
    for path in sorted(ALCHEMY_EL.glob("*.md")):
        text = path.read_text(encoding="utf-8-sig")
        m = _FM.match(text)
        found = re.search(r"^title:\s*(.+)$", m.group(1), re.M) if m else None
        title = found.group(1).strip().strip("'\"") if found else path.stem
        body = text[m.end():] if m else text
        body = _LOCAL_LINK.sub(r"\1", _IMAGE.sub(r"\1", _HTML_ANCHOR.sub("", body)))
        key = _slug(path.stem) or "article"
        while key in coll.articles:
            key += "-2"
        coll.articles[key] = (title, body)
        by_title.setdefault(_strip_accents(title), set()).add(key)
    rng = random.Random(seed)
    titles = sorted(by_title)
    candidates = []
    for title in titles:
        words = [w for w in re.findall(r"\w+", title) if len(w) >= 3 and not w.isdigit()
                 and _strip_accents(w) not in {_strip_accents(s) for s in GREEK_STOP}]
        greek = [w for w in words if re.search(r"[α-ω]", _strip_accents(w))]
        if len(words) >= 2 and greek:
            candidates.append((title, words))
    for title, words in rng.sample(candidates, min(n_titles, len(candidates))):
        keys = by_title[title]
        k = min(len(words), rng.choice((2, 3)))
        picked = [words[i] for i in sorted(rng.sample(range(len(words)), k))]
        plain = " ".join(_strip_accents(w) for w in picked)
        long_words = [i for i, w in enumerate(picked) if len(w) >= 5]
        typo = list(picked)
        if long_words:
            i = rng.choice(long_words)
            typo[i] = _typo(_strip_accents(typo[i]), rng)
        coll.queries += [
            ("plain", plain, keys),
            ("caps", plain.upper(), keys),
            ("typo", " ".join(_strip_accents(w) for w in typo), keys),
            ("greeklish", _greeklish(" ".join(picked)), keys),
            ("question", rng.choice(("πως ", "βοηθεια ", "προβλημα με ")) + _strip_accents(title),
             keys),
        ]
    return coll


# ---------------------------------------------------------------- sites

def _write_docs(coll: Collection, docs: Path, kbgen_layout: bool) -> None:
    base = docs / coll.lang / "articles" if kbgen_layout else docs
    base.mkdir(parents=True, exist_ok=True)
    home = docs / coll.lang / "index.md" if kbgen_layout else docs / "index.md"
    home.write_text("---\ntitle: Help Center\ndescription: Help\ntype: home\n---\n# Help Center\n",
                    encoding="utf-8")
    for key, (title, body) in coll.articles.items():
        first = next((ln.strip() for ln in body.splitlines()
                      if ln.strip() and not ln.startswith("#")), title)
        fm = {"title": title, "description": first[:150]}
        if kbgen_layout:
            fm["type"] = "article"
        text = "---\n" + yaml.safe_dump(fm, allow_unicode=True) + "---\n" + body
        (base / f"{key}.md").write_text(text, encoding="utf-8")
    if kbgen_layout:
        (docs / "categories.yml").write_text(yaml.safe_dump({"articles": {
            "order": 0, "icon": "material/folder-outline",
            "title": {coll.lang: "Articles"}, "description": {coll.lang: "Articles"}}}),
            encoding="utf-8")


def build_sites(coll: Collection, work: Path) -> dict[str, tuple[Path, str, float]]:
    """Build the three sites; return engine -> (site dir, search page, index build seconds)."""
    mkdocs = [sys.executable, "-m", "mkdocs", "build", "-q"]
    env = {"NO_MKDOCS_2_WARNING": "1"}
    import os
    env = {**os.environ, **env}
    out: dict[str, tuple[Path, str, float]] = {}

    kb = work / "kbgen"
    _write_docs(coll, kb / "docs", kbgen_layout=True)
    (kb / "mkdocs.yml").write_text(yaml.safe_dump({
        "site_name": "Help Center", "site_url": "https://help.example.com/",
        "theme": {"name": "material", "language": coll.lang},
        "plugins": [{"kbgen": {"languages": [{"code": coll.lang, "name": coll.lang}],
                               "default_language": coll.lang}}]}), encoding="utf-8")
    start = time.perf_counter()
    subprocess.run(mkdocs, cwd=kb, check=True, env=env)
    out["kbgen"] = (kb / "site", f"{coll.lang}/", time.perf_counter() - start)

    if ENGINES == ("kbgen",):
        return out
    mat = work / "material"
    _write_docs(coll, mat / "docs", kbgen_layout=False)
    (mat / "mkdocs.yml").write_text(yaml.safe_dump({
        "site_name": "Help Center", "site_url": "https://help.example.com/",
        "theme": {"name": "material", "language": coll.lang},
        "nav": ["index.md"],  # a flat sidebar of thousands of links would only slow the build
        "plugins": ["search"]}), encoding="utf-8")
    start = time.perf_counter()
    subprocess.run(mkdocs, cwd=mat, check=True, env=env)
    out["material"] = (mat / "site", "", time.perf_counter() - start)

    pf = work / "pagefind-site"
    shutil.copytree(mat / "site", pf)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pagefind", "--site", str(pf)], check=True,
                   stdout=subprocess.DEVNULL, env=env)
    seconds = time.perf_counter() - start
    (pf / "pagefind-search.html").write_text(PAGEFIND_PAGE.format(lang=coll.lang),
                                             encoding="utf-8")
    out["pagefind"] = (pf, "pagefind-search.html", seconds)
    return out


PAGEFIND_PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8">
<title>Search</title><link href="pagefind/pagefind-ui.css" rel="stylesheet">
<script src="pagefind/pagefind-ui.js"></script></head><body><div id="search"></div>
<script>new PagefindUI({{ element: "#search", pageSize: 10, showSubResults: false,
showImages: false }});</script></body></html>"""

# How each site's real UI is typed into and read: input, result links in rank order, and the
# element that says "nothing found" (so an empty result is recognised without a long wait).
UI = {
    "kbgen": ("[data-kb-search-input]", "[data-kb-search-result]", ".kb-search__empty"),
    "material": (".md-search__input", ".md-search-result__item > .md-search-result__link",
                 ".md-search-result__meta"),
    "pagefind": (".pagefind-ui__search-input", ".pagefind-ui__result-link",
                 ".pagefind-ui__message"),
}
READ = """([sel, empty, inp]) => {
  const links = [...document.querySelectorAll(sel)].map(a => a.getAttribute('href'));
  const e = document.querySelector(empty);
  // kbgen says which query its results answer; the others are read once they settle.
  const form = document.querySelector('[data-kb-search]');
  const box = document.querySelector(inp);
  const done = !!form && !!box && form.getAttribute('data-kb-search-done') === box.value;
  return [links, e ? e.textContent.trim() : '', done];
}"""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def serve(root: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def _key(href: str) -> str:
    path = unquote(urlparse(href).path).rstrip("/")
    last = path.rsplit("/", 1)[-1]
    return last[:-5] if last.endswith(".html") else last


async def run_engine(browser, engine: str, url: str, queries: list[str]) -> list[list[str]]:
    """Type every query into the engine's search box; return the ranked article keys."""
    inp, result_sel, empty_sel = UI[engine]
    page = await browser.new_page(viewport={"width": 1280, "height": 900})
    await page.goto(url)
    await page.wait_for_selector(inp, state="visible", timeout=10000)
    await page.click(inp)
    # Warm up: the first query loads index data; not counted.
    await page.fill(inp, "help")
    await page.press(inp, "End")
    await page.wait_for_timeout(1500)
    ranked = []
    for query in queries:
        await page.fill(inp, "")
        await page.press(inp, "End")
        for _ in range(40):  # until the previous results are gone
            links, _, _ = await page.evaluate(READ, [result_sel, empty_sel, inp])
            if not links:
                break
            await page.wait_for_timeout(25)
        await page.fill(inp, query)
        await page.press(inp, "End")  # a real key event: Material reads the box on keyup
        start = time.perf_counter()
        last, stable_since = None, time.perf_counter()
        while True:
            await page.wait_for_timeout(20)
            links, message, done = await page.evaluate(READ, [result_sel, empty_sel, inp])
            now = time.perf_counter()
            if done:
                last = links
                break
            if links != last:
                last, stable_since = links, now
            settled = now - stable_since >= 0.35 and now - start >= 0.45
            if links and settled:
                break
            if not links and settled and (message or now - start >= 2.5):
                break
            if now - start > 6:
                break
        keys: list[str] = []
        for href in last or []:
            k = _key(href)
            if k not in keys:
                keys.append(k)
        ranked.append(keys[:10])
    await page.close()
    return ranked


async def run_all(sites: dict[str, tuple[Path, str, float]], queries: list[str]
                  ) -> dict[str, list[list[str]]]:
    from playwright.async_api import async_playwright

    servers = {e: serve(sites[e][0]) for e in ENGINES}
    try:
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(
                executable_path="/usr/bin/chromium",
                args=["--headless=new", "--no-sandbox", "--disable-gpu"])
            results = await asyncio.gather(*(
                run_engine(browser, e, servers[e][1] + sites[e][1], queries) for e in ENGINES))
            await browser.close()
    finally:
        for server, _ in servers.values():
            server.shutdown()
    return dict(zip(ENGINES, results, strict=True))


# ---------------------------------------------------------------- scoring

def score(ranked: list[list[str]], relevant: list[set[str]]) -> tuple[float, float, float]:
    mrr = r5 = r10 = 0.0
    for keys, rel in zip(ranked, relevant, strict=True):
        for i, k in enumerate(keys[:10]):
            if k in rel:
                mrr += 1 / (i + 1)
                break
        r5 += len(rel & set(keys[:5])) / len(rel)
        r10 += len(rel & set(keys[:10])) / len(rel)
    n = max(1, len(ranked))
    return mrr / n, r5 / n, r10 / n


def report(coll: Collection, results: dict[str, list[list[str]]]) -> list[str]:
    lines = []
    styles = sorted({s for s, _, _ in coll.queries}, key=[s for s, _, _ in coll.queries].index)
    groups = [("all", list(range(len(coll.queries))))]
    if len(styles) > 1:
        groups += [(s, [i for i, q in enumerate(coll.queries) if q[0] == s]) for s in styles]
    head = f"{coll.name:<16} {'queries':>7} " + " ".join(
        f"{e + ' MRR@10':>16} {'R@5':>6} {'R@10':>6}" for e in ENGINES)
    lines.append(head)
    lines.append("-" * len(head))
    for label, idx in groups:
        rel = [coll.queries[i][2] for i in idx]
        cells = []
        for e in ENGINES:
            m, r5, r10 = score([results[e][i] for i in idx], rel)
            cells.append(f"{m:>16.3f} {r5:>6.3f} {r10:>6.3f}")
        lines.append(f"{label:<16} {len(idx):>7} " + " ".join(cells))
    rel = [q[2] for q in coll.queries]
    kb = score(results.get("kbgen", []), rel)
    for other in [e for e in ("material", "pagefind") if e in results]:
        o = score(results[other], rel)
        lines.append(f"  kbgen / {other}: MRR@10 {kb[0] / max(o[0], 1e-9):.2f}x, "
                     f"Recall@5 {kb[1] / max(o[1], 1e-9):.2f}x")
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--collections", default="stackfaq,alchemy-el")
    ap.add_argument("--greek-titles", type=int, default=120,
                    help="Alchemy titles to make Greek queries from (5 queries each)")
    ap.add_argument("--sample", type=int, default=0, help="use only N queries per collection")
    ap.add_argument("--show-misses", type=int, default=0, help="print N queries kbgen missed")
    ap.add_argument("--engines", default=",".join(ALL_ENGINES),
                    help="a subset, to iterate on one engine (ratios need all three)")
    ap.add_argument("--keep", action="store_true", help="keep the built sites")
    args = ap.parse_args()
    global ENGINES
    ENGINES = tuple(e for e in ALL_ENGINES if e in args.engines.split(","))
    makers = {"stackfaq": stackfaq, "alchemy-el": lambda: alchemy_el(args.greek_titles)}
    work = Path(tempfile.mkdtemp(prefix="kbgen-search-quality-"))
    out = []
    try:
        for name in args.collections.split(","):
            coll = makers[name]()
            if args.sample and len(coll.queries) > args.sample:
                coll.queries = random.Random(1).sample(coll.queries, args.sample)
            print(f"{coll.name}: {len(coll.articles)} articles, {len(coll.queries)} queries; "
                  "building the three sites ...", file=sys.stderr, flush=True)
            sites = build_sites(coll, work / name)
            start = time.perf_counter()
            results = run_all(sites, [q[1] for q in coll.queries])
            results = asyncio.run(results)
            print(f"  typed {len(coll.queries)} queries x 3 engines in "
                  f"{time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
            lines = report(coll, results)
            print("\n".join(lines), flush=True)
            out += lines + [""]
            if args.show_misses and "kbgen" in results:
                misses = [(q, r) for q, r in zip(coll.queries, results["kbgen"], strict=True)
                          if not q[2] & set(r[:5])]
                for (style, text, rel), r in misses[:args.show_misses]:
                    print(f"   miss [{style}] {text!r} -> want {sorted(rel)[:2]} got {r[:3]}")
            print()
        return 0
    finally:
        if args.keep:
            print(f"sites kept in {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
