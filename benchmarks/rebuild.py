#!/usr/bin/env python3
"""Rebuild speed with the build cache: cold, unchanged, and one article edited.

On a synthetic help center from ``../shared/tools/gen_corpus.py`` (1,000 articles
in each of en, el and fr by default) it times, with ``_measure.measure``:

1. a cold build without the cache (``KBGEN_NO_CACHE=1``; after one warm-up build),
2. a cold build with an empty cache (it fills ``.kbgen-cache/``), for the cache's own cost,
3. an unchanged rebuild,
4. a rebuild after one article's body gains a new word,

prints each as a ratio of the cold build (1.), and checks that the new word is in the
article's page and in its language's search index, and that a clean build
(``KBGEN_NO_CACHE=1``) of the edited tree writes the same files, byte for byte.

    .venv/bin/python benchmarks/rebuild.py               # 1,000 x 3 (a few minutes)
    .venv/bin/python benchmarks/rebuild.py --n 200       # a quick look
    .venv/bin/python benchmarks/rebuild.py --alchemy 3011   # Alchemy Insights, 13,575 pages
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _measure import Run, children_cpu, measure, table  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
MKDOCS = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", "mkdocs-kbgen.yml"]
LANG_NAMES = {"el": "Ελληνικά", "en": "English", "fr": "Français"}
NEW_WORD = "quokkabridge"
ENV = {"NO_MKDOCS_2_WARNING": "1"}
LOAD = ""


def make_site(work: Path, n: int, langs: list[str]) -> tuple[Path, int]:
    corpus = work / "corpus"
    subprocess.run([sys.executable, str(SHARED / "tools" / "gen_corpus.py"), "--out",
                    str(corpus), "--n", str(n), "--langs", ",".join(langs)], check=True,
                   stdout=subprocess.DEVNULL)
    config = {"site_name": "Help Center", "site_url": "https://help.example.com/",
              "docs_dir": "docs", "theme": {"name": "material"},
              "plugins": [{"kbgen": {"languages": [{"code": c, "name": LANG_NAMES.get(c, c)}
                                                   for c in langs],
                                     "default_language": langs[0]}}]}
    (corpus / "mkdocs-kbgen.yml").write_text(yaml.safe_dump(config, allow_unicode=True),
                                             encoding="utf-8")
    return corpus, sum(1 for _ in (corpus / "docs").rglob("*.md"))


CPU: dict[str, float] = {}
"""CPU seconds (user + system) of each build, by label: steadier than wall time when
other work shares the machine."""


def build(label: str, corpus: Path, out: str, pages: int, *, cache: bool = True) -> Run:
    print(f"  building: {label} ...", file=sys.stderr, flush=True)
    env = dict(ENV) if cache else {**ENV, "KBGEN_NO_CACHE": "1"}
    log = corpus / f"{out}.log"
    before = children_cpu()
    run = measure(label, MKDOCS + ["-d", out], corpus, corpus / out, pages=pages, env=env,
                  log=log)
    CPU[label] = children_cpu() - before
    if run.returncode:
        print(log.read_text(encoding="utf-8")[-3000:], file=sys.stderr)
    return run


def alchemy_site(work: Path, per_lang: int) -> tuple[Path, int]:
    """The real Alchemy Insights articles in kbgen's layout, as ``benchmarks/build.py``
    converts them (every language, Greek the default)."""
    import build as build_bench  # benchmarks/build.py

    corpus = work / "alchemy"
    pages = build_bench.convert_alchemy(corpus / "docs", per_lang)
    config = build_bench.kbgen_config("docs", "site", list(build_bench.ALCHEMY_LANGS), "el")
    (corpus / "mkdocs-kbgen.yml").write_text(yaml.safe_dump(config, allow_unicode=True),
                                             encoding="utf-8")
    return corpus, pages


def edit_one_article(corpus: Path, lang: str) -> Path:
    """Add NEW_WORD to the body of one article, after its front matter; return its source."""
    article = sorted(p for p in (corpus / "docs" / lang).rglob("*.md")
                     if p.name != "index.md")[0]
    text = article.read_text(encoding="utf-8")
    end = text.index("\n---\n", 4) + 5
    article.write_text(text[:end] + f"\nThe {NEW_WORD} is new.\n\n" + text[end:],
                       encoding="utf-8")
    return article


def checks(corpus: Path, article: Path, lang: str, out: str) -> list[str]:
    """What a reader would notice: the word on the page and in search; equal output."""
    rel = article.relative_to(corpus / "docs" / lang).with_suffix("")
    page = corpus / out / lang / rel / "index.html"
    index = corpus / out / "search" / lang
    found = any(NEW_WORD in p.read_text(encoding="utf-8") for p in index.rglob("*.json"))
    lines = [f"new word in {page.relative_to(corpus)}: "
             f"{NEW_WORD in page.read_text(encoding='utf-8')}",
             f"new word in the {lang} search index: {found}"]
    clean = build("clean build of the edited tree (KBGEN_NO_CACHE=1)", corpus, "site-clean",
                  0, cache=False)
    a, b = corpus / out, corpus / "site-clean"
    files = sorted({p.relative_to(a) for p in a.rglob("*") if p.is_file()} |
                   {p.relative_to(b) for p in b.rglob("*") if p.is_file()})
    differ = [f for f in files if not ((a / f).is_file() and (b / f).is_file()
                                       and filecmp.cmp(a / f, b / f, shallow=False))]
    lines.append(f"cached rebuild == clean build: {not differ and clean.returncode == 0} "
                 f"({len(files)} files, {len(differ)} differ{': ' + str(differ[:5]) if differ else ''})")
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1000, help="synthetic articles per language")
    ap.add_argument("--langs", default="en,el,fr")
    ap.add_argument("--alchemy", type=int, metavar="PER_LANG", default=0,
                    help="the real Alchemy Insights articles instead, PER_LANG in each of 5 "
                         "languages (3011: all of them, 13,575 pages)")
    args = ap.parse_args()
    langs = args.langs.split(",") if not args.alchemy else ["el", "en", "fr", "de", "es"]
    global LOAD
    LOAD = " ".join(f"{x:.1f}" for x in os.getloadavg())
    work = Path(tempfile.mkdtemp(prefix="kbgen-rebuild-bench-"))
    try:
        if args.alchemy:
            corpus, pages = alchemy_site(work, args.alchemy)
            size = f"Alchemy {args.alchemy}x{len(langs)}"
        else:
            corpus, pages = make_site(work, args.n, langs)
            size = f"{args.n}x{len(langs)}"
        # The first build of a run pays for cold disk and import caches: not counted.
        build("warm-up (not counted)", corpus, "site-warmup", pages, cache=False)
        cold = build(f"cold, KBGEN_NO_CACHE=1 ({size})", corpus, "site-nocache", pages,
                     cache=False)
        runs = [cold, build(f"cold, empty cache ({size})", corpus, "site", pages)]
        cache_mb = sum(p.stat().st_size for p in (corpus / ".kbgen-cache").rglob("*")
                       if p.is_file()) / 1e6
        runs.append(build(f"unchanged rebuild ({size})", corpus, "site", pages))
        article = edit_one_article(corpus, langs[0])
        runs.append(build(f"one article edited ({size})", corpus, "site", pages))
        print(table(runs))
        print()
        print(f"load average before the run: {LOAD}")
        for run in runs:
            print(f"{run.label}: wall {run.seconds:.1f} s = {run.seconds / cold.seconds:.2f} "
                  f"of the cold build; CPU {CPU[run.label]:.1f} s = "
                  f"{CPU[run.label] / CPU[cold.label]:.2f}")
        print(f"cache on disk: {cache_mb:.1f} MB; site: {cold.out_mb:.1f} MB")
        for line in checks(corpus, article, langs[0], "site"):
            print(line)
        return 0 if all(r.returncode == 0 for r in runs) else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
