#!/usr/bin/env python3
"""Build speed: kbgen against plain Material + mkdocs-static-i18n, in one run.

1. The synthetic help center from ``../shared/tools/gen_corpus.py`` (2,000
   articles per language in en and el by default), built with
   - plain mkdocs-material + mkdocs-static-i18n with ``navigation.prune`` (the anchor),
   - kbgen, cold: without the build cache (``KBGEN_NO_CACHE=1``), the same markdown,
     the same theme;
   ``--repeat N`` builds the pair N times, alternately, and reports the median ratio.
   With ``--floors``, what the same pages cost without kbgen: MkDocs writing only each
   page's converted HTML, MkDocs with Material's page template (and a one-page nav), and
   Python-Markdown alone with kbgen's extensions; with ``--profile RUNS``, where kbgen's
   cold build spends its CPU time, part by part (see dev/build-profile.md).
2. The real Alchemy Insights corpus (``../shared/data/alchemy-insights``, five
   languages) converted to kbgen's layout and built with kbgen (cold) at about 1,000,
   5,000 and 15,000 pages.

For every build it prints wall time, time per page, peak memory of the whole process
tree, the size of the written site and the CPU time (user + system) of the build, then
the ratios and the load average before and after the run: the machine is shared, and a
ratio is only meaningful between builds of the same run.

    .venv/bin/python benchmarks/build.py                 # everything (about 15 minutes)
    .venv/bin/python benchmarks/build.py --n 500 --sizes 1000   # a quick look
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _measure import Run, children_cpu, measure, table  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
ALCHEMY = SHARED / "data" / "alchemy-insights"
ALCHEMY_LANGS = {"el": "el-GR", "en": "en-US-derived", "fr": "fr-FR", "de": "de-DE", "es": "es-ES"}
LANG_NAMES = {"el": "Ελληνικά", "en": "English", "fr": "Français", "de": "Deutsch", "es": "Español"}
MKDOCS = [sys.executable, "-m", "mkdocs"]
# kbgen is timed cold: no build cache (a cache in the temporary folder would only be
# written, never read); MkDocs' 2.0 notice is left out of the logs.
ENV = {"NO_MKDOCS_2_WARNING": "1"}
KBGEN_ENV = {**ENV, "KBGEN_NO_CACHE": "1"}
CPU: dict[str, float] = {}
"""CPU seconds (user + system) of each build, by label: steadier than wall time when
other work shares the machine."""


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def timed(label: str, cmd: list[str], cwd: Path, out: Path, pages: int, log: Path,
          env: dict[str, str]) -> Run:
    """``measure`` with the build's CPU time and the load average before it."""
    print(f"  building: {label} (load {load()}) ...", file=sys.stderr, flush=True)
    before = children_cpu()
    run = measure(label, cmd, cwd, out, pages=pages, env=env, log=log)
    CPU[label] = children_cpu() - before
    if run.returncode:
        print(log.read_text(encoding="utf-8")[-3000:], file=sys.stderr)
    print(table([run]).splitlines()[-1] + f"  cpu {CPU[label]:.1f} s", flush=True)
    return run


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

def synthetic(work: Path, n: int, langs: str, repeat: int = 1, with_floors: bool = False,
              profile_runs: int = 0) -> tuple[list[Run], list[Run], list[str]]:
    """The anchor and kbgen, alternately, ``repeat`` times each (the ratio of each pair is
    measured under about the same load); then, with ``with_floors``, the floors, and with
    ``profile_runs``, where kbgen's build spends its time."""
    corpus = work / "synthetic"
    subprocess.run([sys.executable, str(SHARED / "tools" / "gen_corpus.py"), "--out", str(corpus),
                    "--n", str(n), "--langs", langs], check=True, stdout=subprocess.DEVNULL)
    codes = langs.split(",")
    pages = sum(1 for _ in (corpus / "docs").rglob("*.md"))
    (corpus / "mkdocs-kbgen.yml").write_text(
        yaml.safe_dump(kbgen_config("docs", "site-kbgen", codes, codes[0]), allow_unicode=True),
        encoding="utf-8")
    runs: list[Run] = []
    for i in range(repeat):
        suffix = f", run {i + 1}" if repeat > 1 else ""
        for label, cfg, site, env in [
            (f"plain Material + static-i18n, pruned ({n}x{len(codes)}){suffix}",
             "mkdocs-i18n-prune.yml", "site-i18n-prune", ENV),
            (f"kbgen, cold ({n}x{len(codes)}){suffix}", "mkdocs-kbgen.yml", "site-kbgen",
             KBGEN_ENV),
        ]:
            runs.append(timed(label, MKDOCS + ["build", "-q", "-f", cfg], corpus, corpus / site,
                              pages, work / f"{site}.log", env))
            shutil.rmtree(corpus / site, ignore_errors=True)
    return (runs, floors(work, corpus, pages) if with_floors else [],
            profile(work, corpus, pages, profile_runs) if profile_runs else [])


# ---------------------------------------------------------------- floors

# A page template that writes only the page's converted HTML (an empty one would make MkDocs
# skip writing the file).
FLOOR_THEME = {"main.html": "{{ page.content }}"}


def floor_config(site: str, custom_dir: str | None, home: str | None = None) -> dict:
    """Plain MkDocs + Material on the same pages with kbgen's Markdown extensions (the toc's
    default slugify) and no plugin (not even search); ``custom_dir`` has the page template
    (``FLOOR_THEME``); with ``home``, the nav is that one page (no nav, MkDocs would list
    every page in every page's sidebar)."""
    from types import SimpleNamespace

    from kbgen.bridge import ensure_markdown_extensions

    md = SimpleNamespace(markdown_extensions=["toc", "tables", "fenced_code"], mdx_configs={})
    ensure_markdown_extensions(md)
    cfg: dict = {"site_name": "Help Center", "site_url": "https://help.example.com/",
                 "docs_dir": "docs", "site_dir": site,
                 "theme": {"name": "material", **({"custom_dir": custom_dir} if custom_dir
                                                 else {})},
                 "plugins": [],
                 "markdown_extensions": [{name: {k: v for k, v in md.mdx_configs.get(name, {})
                                                 .items() if k != "slugify"}}
                                         for name in md.markdown_extensions]}
    if home:
        cfg["nav"] = [home]
    return cfg


def markdown_alone(corpus: Path, pages: int, reuse: bool) -> Run:
    """Python-Markdown with kbgen's extensions on every page's Markdown, in this process
    (CPU time): a new converter per page as MkDocs makes, or one reset between pages."""
    from types import SimpleNamespace

    import markdown

    from kbgen.bridge import ensure_markdown_extensions

    md_cfg = SimpleNamespace(markdown_extensions=["toc", "tables", "fenced_code"], mdx_configs={})
    ensure_markdown_extensions(md_cfg)
    texts = []
    for path in sorted((corpus / "docs").rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        m = _FM.match(text)
        texts.append(text[m.end():] if m else text)
    label = f"Markdown alone, {'one converter reset' if reuse else 'a converter'} per page"
    print(f"  measuring: {label} (load {load()}) ...", file=sys.stderr, flush=True)
    start = time.process_time()
    one = markdown.Markdown(extensions=md_cfg.markdown_extensions,
                            extension_configs=md_cfg.mdx_configs)
    for text in texts:
        if reuse:
            one.reset().convert(text)
        else:
            markdown.Markdown(extensions=md_cfg.markdown_extensions,
                              extension_configs=md_cfg.mdx_configs).convert(text)
    seconds = time.process_time() - start
    CPU[label] = seconds
    run = Run(label, seconds, 0.0, 0.0, 0, 0, pages)
    print(table([run]).splitlines()[-1] + f"  cpu {seconds:.1f} s", flush=True)
    return run


def floors(work: Path, corpus: Path, pages: int) -> list[Run]:
    """What building the same pages costs without kbgen: MkDocs writing only each page's
    converted HTML, MkDocs with Material's page template (a one-page nav), Markdown alone."""
    theme = corpus / "floor-theme"
    theme.mkdir(exist_ok=True)
    for name, text in FLOOR_THEME.items():
        (theme / name).write_text(text, encoding="utf-8")
    runs = []
    home = sorted(p.relative_to(corpus / "docs").as_posix()
                  for p in (corpus / "docs").glob("*/index.md"))[0]
    for label, cfg in [
        ("MkDocs, content only (no page template)", floor_config("site-floor", "floor-theme")),
        ("MkDocs + Material's page template, nav of 1", floor_config("site-floor", None, home)),
    ]:
        (corpus / "mkdocs-floor.yml").write_text(yaml.safe_dump(cfg, allow_unicode=True),
                                                 encoding="utf-8")
        runs.append(timed(label, MKDOCS + ["build", "-q", "-f", "mkdocs-floor.yml"], corpus,
                          corpus / "site-floor", pages, work / "site-floor.log", ENV))
        shutil.rmtree(corpus / "site-floor", ignore_errors=True)
    runs.append(markdown_alone(corpus, pages, reuse=False))
    runs.append(markdown_alone(corpus, pages, reuse=True))
    return runs


# ---------------------------------------------------------------- profile

# Where a kbgen build's CPU time goes: the build runs in a child process in which each part
# (a function of MkDocs or kbgen) is wrapped to add up its CPU time (time.process_time; a
# cProfile run costs twice the time and weighs Jinja's many small calls much more). A part
# inside another (indented) is counted in both.
PROFILE_PARTS = [
    ("mkdocs.commands.build", "build", "the build (MkDocs' build())"),
    ("mkdocs.utils", "clean_directory", "  MkDocs: clean site_dir"),
    ("kbgen.plugin:KbgenPlugin", "on_files", "  kbgen on_files: content"),
    ("kbgen.plugin", "load_tree", "    load and check front matter (load_tree)"),
    ("kbgen.plugin", "load_history", "    git history"),
    ("kbgen.bridge", "run_checks", "    writers' checks (KB2xx-6xx)"),
    ("mkdocs.commands.build", "get_navigation", "  MkDocs: navigation"),
    ("mkdocs.commands.build", "_populate_page", "  every page: read, convert"),
    ("mkdocs.structure.pages:Page", "read_source", "    MkDocs: read source, front matter"),
    ("kbgen.bridge", "article_markdown", "    kbgen on_page_markdown (FAQ, media)"),
    ("mkdocs.structure.pages:Page", "render", "    Markdown -> HTML (Page.render)"),
    ("kbgen.plugin:KbgenPlugin", "on_page_content", "    kbgen on_page_content"),
    ("kbgen.bridge", "enhance_images", "      images: lazy, sizes"),
    ("kbgen.bridge", "localize_permalinks", "      permalink titles"),
    ("kbgen.search:SearchIndexer", "entries", "      search: analyse the page"),
    ("mkdocs.commands.build", "_build_page", "  every page: template, write"),
    ("kbgen.bridge", "page_context", "    kbgen page model (page_view)"),
    ("jinja2:Template", "render", "    templates (Jinja)"),
    ("mkdocs.utils", "write_file", "    MkDocs: write the file"),
    ("mkdocs.commands.build", "_build_theme_template", "  sitemap.xml, 404.html"),
    ("kbgen.plugin:KbgenPlugin", "on_post_build", "  kbgen on_post_build"),
    ("kbgen.search:SearchIndexer", "write", "    search: build and write the indexes"),
]
PROFILE_CHILD = """
import atexit, importlib, json, os, sys, time
start = time.process_time()
spent = {}
def wrap(where, name, label):
    module, _, cls = where.partition(":")
    owner = importlib.import_module(module)
    owner = getattr(owner, cls) if cls else owner
    inner = getattr(owner, name)
    def timed(*args, **kwargs):
        t = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + time.process_time() - t
    setattr(owner, name, timed)
for part in json.loads(os.environ["KB_PROFILE_PARTS"]):
    wrap(*part)
spent["imports (before the build)"] = time.process_time() - start
@atexit.register
def report():
    spent["the process"] = time.process_time() - start
    with open(os.environ["KB_PROFILE_OUT"], "w") as fh:
        json.dump(spent, fh)
from mkdocs.__main__ import cli
sys.argv = ["mkdocs"] + sys.argv[1:]
cli()
"""


def profile(work: Path, corpus: Path, pages: int, runs: int) -> list[str]:
    """kbgen's cold build ``runs`` times with its parts timed; each part's least CPU time."""
    import json

    best: dict[str, float] = {}
    out = work / "profile.json"
    for i in range(runs):
        print(f"  profiling kbgen's build, run {i + 1} (load {load()}) ...", file=sys.stderr,
              flush=True)
        env = {**os.environ, **KBGEN_ENV, "KB_PROFILE_OUT": str(out),
               "KB_PROFILE_PARTS": json.dumps(PROFILE_PARTS)}
        subprocess.run([sys.executable, "-c", PROFILE_CHILD, "build", "-q", "-f",
                        "mkdocs-kbgen.yml", "-d", "site-profile"], cwd=corpus, env=env,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for label, seconds in json.loads(out.read_text()).items():
            best[label] = min(seconds, best.get(label, seconds))
        shutil.rmtree(corpus / "site-profile", ignore_errors=True)
    total = best["the process"]
    lines = [f"where kbgen's cold build spends its CPU time ({pages} pages; least of {runs} "
             f"runs per part; indented parts are inside the one above):",
             f"{'part':<46} {'CPU s':>7} {'share':>6} {'ms/page':>8}"]
    order = ["the process", "imports (before the build)"] + [label for *_, label in
                                                              PROFILE_PARTS]
    for label in order:
        if label in best:
            lines.append(f"{label:<46} {best[label]:>7.2f} {best[label] / total:>6.1%} "
                         f"{1000 * best[label] / pages:>8.2f}")
    return lines


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
        runs.append(timed(label, MKDOCS + ["build", "-q"], site, site / "site", pages,
                          work / f"alchemy-{size}.log", KBGEN_ENV))
        shutil.rmtree(site, ignore_errors=True)
    return runs


def ratios(synth: list[Run], real: list[Run], floor: list[Run] | None = None) -> list[str]:
    out = []
    pairs = list(zip(synth[0::2], synth[1::2], strict=True))
    if pairs and all(r.returncode == 0 for r in synth):
        wall = sorted(kb.seconds / plain.seconds for plain, kb in pairs)
        cpu = sorted(CPU[kb.label] / CPU[plain.label] for plain, kb in pairs)
        plain, kb = pairs[0]
        many = f" (median of {len(pairs)} pairs; each: {', '.join(f'{r:.2f}' for r in wall)})" \
            if len(pairs) > 1 else ""
        out.append(f"synthetic: kbgen cold time / pruned plain time = "
                   f"{wall[len(wall) // 2]:.2f}{many} (goal <= 0.45); CPU time ratio = "
                   f"{cpu[len(cpu) // 2]:.2f}; site size ratio = {kb.out_mb / plain.out_mb:.2f}; "
                   f"peak memory ratio = {kb.peak_mb / plain.peak_mb:.2f}")
        kb_cpu = sorted(CPU[k.label] for _, k in pairs)[len(pairs) // 2]
        for run in floor or []:
            out.append(f"floor: {run.label}: CPU {CPU[run.label]:.1f} s = "
                       f"{CPU[run.label] / kb_cpu:.2f} of kbgen's")
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
    ap.add_argument("--repeat", type=int, default=1,
                    help="build the synthetic anchor and kbgen this many times each, alternately")
    ap.add_argument("--floors", action="store_true",
                    help="also time the floors on the synthetic pages: MkDocs writing only the "
                    "converted HTML, MkDocs + Material's page template, Markdown alone")
    ap.add_argument("--profile", type=int, default=0, metavar="RUNS",
                    help="also build kbgen RUNS more times with its parts timed, and print the "
                    "least CPU time of each part")
    ap.add_argument("--skip-synthetic", action="store_true")
    ap.add_argument("--skip-alchemy", action="store_true")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kbgen-build-bench-"))
    start_load = load()
    try:
        synth, floor, parts = ([], [], []) if args.skip_synthetic else \
            synthetic(work, args.n, args.langs, args.repeat, args.floors, args.profile)
        sizes = [int(s) for s in args.sizes.split(",") if s]
        real = [] if args.skip_alchemy else alchemy(work, sizes)
        print(table(synth + floor + real))
        print()
        print(f"load average (1, 5, 15 min): {start_load} before the run, {load()} after it")
        for line in ratios(synth, real, floor):
            print(line)
        if parts:
            print()
            print("\n".join(parts))
        return 0 if all(r.returncode == 0 for r in synth + floor + real) else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
