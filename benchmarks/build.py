#!/usr/bin/env python3
"""Build speed: kbgen against plain Material + mkdocs-static-i18n, in one run.

1. The synthetic help center from ``../shared/tools/gen_corpus.py`` (2,000
   articles per language in en and el by default), built with
   - plain mkdocs-material + mkdocs-static-i18n with ``navigation.prune`` (the anchor),
   - kbgen (the same markdown, the same theme).
2. The real Alchemy Insights corpus (``../shared/data/alchemy-insights``, five
   languages) converted to kbgen's layout and built with kbgen at about 1,000,
   5,000 and 15,000 pages.

For every build it prints wall time, time per page, peak memory of the whole
process tree, and the size of the written site, then the ratios.

    .venv/bin/python benchmarks/build.py                 # everything (about 10 minutes)
    .venv/bin/python benchmarks/build.py --n 500 --sizes 1000   # a quick look
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _measure import Run, measure, table  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
ALCHEMY = SHARED / "data" / "alchemy-insights"
ALCHEMY_LANGS = {"el": "el-GR", "en": "en-US-derived", "fr": "fr-FR", "de": "de-DE", "es": "es-ES"}
LANG_NAMES = {"el": "Ελληνικά", "en": "English", "fr": "Français", "de": "Deutsch", "es": "Español"}
MKDOCS = [sys.executable, "-m", "mkdocs"]
# Products in the Alchemy file names, used as help-center categories.
PRODUCTS = ["outlook", "teams", "sharepoint", "onedrive", "exchange", "excel", "word",
            "powerpoint", "intune", "yammer", "azure", "defender", "windows", "project",
            "planner", "forms", "bookings", "skype", "license", "domain", "password"]


def kbgen_config(docs: str, site: str, langs: list[str], default: str) -> dict:
    return {
        "site_name": "Help Center",
        "site_url": "https://help.example.com/",
        "docs_dir": docs,
        "site_dir": site,
        "theme": {"name": "material"},
        "plugins": [{"kbgen": {
            "languages": [{"code": code, "name": LANG_NAMES.get(code, code)} for code in langs],
            "default_language": default,
        }}],
    }


# ---------------------------------------------------------------- synthetic set

def synthetic(work: Path, n: int, langs: str) -> list[Run]:
    corpus = work / "synthetic"
    subprocess.run([sys.executable, str(SHARED / "tools" / "gen_corpus.py"), "--out", str(corpus),
                    "--n", str(n), "--langs", langs], check=True, stdout=subprocess.DEVNULL)
    codes = langs.split(",")
    pages = sum(1 for _ in (corpus / "docs").rglob("*.md"))
    (corpus / "mkdocs-kbgen.yml").write_text(
        yaml.safe_dump(kbgen_config("docs", "site-kbgen", codes, codes[0]), allow_unicode=True),
        encoding="utf-8")
    runs = []
    for label, cfg, site in [
        (f"plain Material + static-i18n, pruned ({n}x{len(codes)})", "mkdocs-i18n-prune.yml",
         "site-i18n-prune"),
        (f"kbgen ({n}x{len(codes)})", "mkdocs-kbgen.yml", "site-kbgen"),
    ]:
        print(f"  building: {label} ...", file=sys.stderr, flush=True)
        run = measure(label, MKDOCS + ["build", "-q", "-f", cfg], corpus, corpus / site,
                      pages=pages, log=work / f"{site}.log")
        if run.returncode:
            print((work / f"{site}.log").read_text()[-3000:], file=sys.stderr)
        runs.append(run)
        print(table([run]).splitlines()[-1], flush=True)
        shutil.rmtree(corpus / site, ignore_errors=True)
    return runs


# ---------------------------------------------------------------- Alchemy Insights

_FM = re.compile(r"\A---\n(.*?)\n---\n", re.S)
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LOCAL_LINK = re.compile(r"\[([^\]]*)\]\((?!https?:|mailto:)[^)]*\)")
_HTML_ANCHOR = re.compile(r"<a name=\"[^\"]*\"></a>")


def _category(name: str) -> str:
    low = name.lower()
    return next((p for p in PRODUCTS if p in low), "general")


def convert_alchemy(out: Path, per_lang: int) -> int:
    """Write an Alchemy subset in kbgen's layout; return the number of pages."""
    names = sorted(p.name for p in (ALCHEMY / "el-GR").glob("*.md"))
    common = [n for n in names if all((ALCHEMY / d / n).exists() for d in ALCHEMY_LANGS.values())]
    chosen = common[:per_lang]
    cats = sorted({_category(n) for n in chosen})
    categories = {c: {"order": i, "icon": "material/folder-outline",
                      "title": {lang: c.capitalize() for lang in ALCHEMY_LANGS},
                      "description": {lang: f"{c.capitalize()}" for lang in ALCHEMY_LANGS}}
                  for i, c in enumerate(cats)}
    out.mkdir(parents=True)
    (out / "categories.yml").write_text(yaml.safe_dump(categories), encoding="utf-8")
    pages = 0
    for lang, folder in ALCHEMY_LANGS.items():
        (out / lang).mkdir()
        (out / lang / "index.md").write_text(
            f"---\ntitle: Help Center\ndescription: Microsoft 365 help ({lang})\ntype: home\n---\n",
            encoding="utf-8")
        pages += 1
        for name in chosen:
            text = (ALCHEMY / folder / name).read_text(encoding="utf-8-sig")
            m = _FM.match(text)
            try:
                meta = yaml.safe_load(m.group(1)) if m else {}
            except yaml.YAMLError:  # a few source files have broken front matter
                found = re.search(r"^title:\s*(.+)$", m.group(1), re.M) if m else None
                meta = {"title": found.group(1).strip("'\" ") if found else name[:-3]}
            body = text[m.end():] if m else text
            body = _HTML_ANCHOR.sub("", body)
            body = _IMAGE.sub(r"\1", body)
            body = _LOCAL_LINK.sub(r"\1", body)
            title = str((meta or {}).get("title") or name[:-3]).strip()
            first = next((ln.strip() for ln in body.splitlines()
                          if ln.strip() and not ln.startswith("#")), title)
            fm = {"title": title, "description": first[:150], "type": "article"}
            dest = out / lang / _category(name) / name.lower()
            dest.parent.mkdir(exist_ok=True)
            dest.write_text("---\n" + yaml.safe_dump(fm, allow_unicode=True) + "---\n" + body,
                            encoding="utf-8")
            pages += 1
    return pages


def alchemy(work: Path, sizes: list[int]) -> list[Run]:
    runs = []
    for size in sizes:
        per_lang = max(1, size // len(ALCHEMY_LANGS))
        site = work / f"alchemy-{size}"
        pages = convert_alchemy(site / "docs", per_lang)
        cfg = kbgen_config("docs", "site", list(ALCHEMY_LANGS), "el")
        (site / "mkdocs.yml").write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
        label = f"kbgen, Alchemy Insights ({per_lang}x{len(ALCHEMY_LANGS)})"
        print(f"  building: {label} ...", file=sys.stderr, flush=True)
        run = measure(label, MKDOCS + ["build", "-q"], site, site / "site", pages=pages,
                      log=work / f"alchemy-{size}.log")
        if run.returncode:
            print((work / f"alchemy-{size}.log").read_text()[-3000:], file=sys.stderr)
        runs.append(run)
        print(table([run]).splitlines()[-1], flush=True)
        shutil.rmtree(site, ignore_errors=True)
    return runs


def ratios(synth: list[Run], real: list[Run]) -> list[str]:
    out = []
    if len(synth) == 2 and all(r.returncode == 0 for r in synth):
        plain, kb = synth
        out.append(f"synthetic: kbgen time / pruned plain time = {kb.seconds / plain.seconds:.2f} "
                   f"(goal <= 0.50); site size ratio = {kb.out_mb / plain.out_mb:.2f}; "
                   f"peak memory ratio = {kb.peak_mb / plain.peak_mb:.2f}")
    ok = [r for r in real if r.returncode == 0]
    if len(ok) >= 2:
        a, b = ok[0], ok[-1]
        out.append(f"Alchemy: {b.pages / a.pages:.1f}x the pages took {b.seconds / a.seconds:.1f}x "
                   f"the time and {b.out_mb / a.out_mb:.1f}x the output "
                   f"(ms/page {a.ms_per_page:.2f} -> {b.ms_per_page:.2f}; linear means equal)")
        out.append(f"Alchemy largest: {b.pages} pages in {b.seconds:.0f} s (goal < 120), "
                   f"peak {b.peak_mb:.0f} MB (goal < 2048), site {b.out_mb:.0f} MB (goal < 1536)")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=2000, help="synthetic articles per language")
    ap.add_argument("--langs", default="en,el", help="synthetic languages")
    ap.add_argument("--sizes", default="1000,5000,15000", help="Alchemy page counts")
    ap.add_argument("--skip-synthetic", action="store_true")
    ap.add_argument("--skip-alchemy", action="store_true")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kbgen-build-bench-"))
    try:
        synth = [] if args.skip_synthetic else synthetic(work, args.n, args.langs)
        sizes = [int(s) for s in args.sizes.split(",") if s]
        real = [] if args.skip_alchemy else alchemy(work, sizes)
        print(table(synth + real))
        print()
        for line in ratios(synth, real):
            print(line)
        return 0 if all(r.returncode == 0 for r in synth + real) else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
