"""The build cache never changes what a build writes.

A copy of the mini help center (in its own git repository) is built with the
cache, then edited step by step; after each edit the cached build is compared,
file by file and byte by byte, with a build of the same tree without the cache
(``KBGEN_NO_CACHE=1``).
"""

from __future__ import annotations

import filecmp
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
MINI = ROOT / "tests" / "sites" / "mini"
TRACK = "docs/el/orders/track.md"
# Dates in the output must come from the tree, not the clock (sitemap.xml.gz's header).
ENV = {"NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1767225600",
       "GIT_AUTHOR_NAME": "Writer", "GIT_AUTHOR_EMAIL": "writer@example.com",
       "GIT_COMMITTER_NAME": "Writer", "GIT_COMMITTER_EMAIL": "writer@example.com"}


def build(site: Path, out: Path, *, cache: bool, strict: bool = False, verbose: bool = True,
          ) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **ENV}
    env.pop("KBGEN_NO_CACHE", None)
    if not cache:
        env["KBGEN_NO_CACHE"] = "1"
    args = (["-v"] if verbose else []) + (["--strict"] if strict else [])
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", *args, "-d", str(out)],
                          cwd=site, capture_output=True, text=True, env=env, timeout=300)


def reused(proc: subprocess.CompletedProcess[str]) -> tuple[int, int]:
    """(pages reused, pages converted) from the build's debug log."""
    m = re.search(r"build cache: (\d+) pages reused, (\d+) converted", proc.stderr)
    assert m, proc.stderr[-3000:]
    return int(m.group(1)), int(m.group(2))


def kept(proc: subprocess.CompletedProcess[str]) -> tuple[int, int]:
    """(pages kept whole from the previous build, pages built) from the debug log."""
    m = re.search(r"build cache: (\d+) pages kept, (\d+) built", proc.stderr)
    assert m, proc.stderr[-3000:]
    return int(m.group(1)), int(m.group(2))


def differences(a: Path, b: Path) -> list[str]:
    """Every file that is missing on one side or differs in a single byte."""
    files_a = {p.relative_to(a) for p in a.rglob("*") if p.is_file()}
    files_b = {p.relative_to(b) for p in b.rglob("*") if p.is_file()}
    out = [f"only in cached build: {p}" for p in sorted(files_a - files_b)]
    out += [f"only in clean build: {p}" for p in sorted(files_b - files_a)]
    out += [f"differs: {p}" for p in sorted(files_a & files_b)
            if not filecmp.cmp(a / p, b / p, shallow=False)]
    return out


def git(site: Path, *args: str, date: str = "2026-01-05T10:00:00+00:00") -> None:
    env = {**os.environ, **ENV, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    subprocess.run(["git", *args], cwd=site, check=True, capture_output=True, env=env)


@pytest.fixture()
def site(tmp_path: Path) -> Path:
    """The mini help center with a custom_dir template, committed in a fresh repository."""
    dest = tmp_path / "site"
    shutil.copytree(MINI, dest, ignore=shutil.ignore_patterns(".kbgen-cache"))
    config = yaml.safe_load((dest / "mkdocs.yml").read_text(encoding="utf-8"))
    config["theme"]["custom_dir"] = "theme"
    write(dest, "mkdocs.yml", yaml.safe_dump(config, allow_unicode=True))
    write(dest, "theme/partials/copyright.html", "<div class=\"md-copyright\">Mini</div>\n")
    git(dest, "init", "-q", "-b", "main")
    git(dest, "add", ".")
    git(dest, "commit", "-q", "-m", "content", date="2026-01-02T10:00:00+00:00")
    return dest


def write(site: Path, rel: str, text: str) -> None:
    path = site / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def edit(site: Path, rel: str, old: str, new: str) -> None:
    text = (site / rel).read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {rel}"
    write(site, rel, text.replace(old, new, 1))


def set_plugin_option(site: Path, key: str, value: object) -> None:
    config = yaml.safe_load((site / "mkdocs.yml").read_text(encoding="utf-8"))
    config["plugins"][0]["kbgen"][key] = value
    write(site, "mkdocs.yml", yaml.safe_dump(config, allow_unicode=True))


def add_translation(site: Path) -> None:
    write(site, "docs/fr/orders/track.md",
          "---\ntitle: Comment suivre ma commande ?\ndescription: Où est votre colis.\n"
          "type: tutorial\n---\n## Ouvrez votre compte\n\nSuivi du colis.\n")


EDITS = [
    ("unchanged", lambda s: None),
    ("body", lambda s: edit(s, TRACK, "## Πατήστε", "Λέξηδοκιμής εδώ.\n\n## Πατήστε")),
    ("title", lambda s: edit(s, TRACK, "title: Πώς παρακολουθώ", "title: Πώς βρίσκω")),
    ("category", lambda s: edit(s, TRACK, "type: tutorial\n", "type: tutorial\ncategory: returns\n")),
    ("translation added", add_translation),
    ("translation deleted", lambda s: (s / "docs/fr/orders/track.md").unlink()),
    ("template", lambda s: write(s, "theme/partials/copyright.html", "<div>Mini 2</div>\n")),
    ("plugin setting", lambda s: set_plugin_option(s, "strings", {"el": {"permalink": "Σύνδεσμος"}})),
    ("extension setting", lambda s: edit(s, "mkdocs.yml", "theme:",
                                         "markdown_extensions:\n- toc:\n    permalink: '#'\ntheme:")),
    ("git date", lambda s: (edit(s, TRACK, "## Πατήστε", "Νέο.\n\n## Πατήστε"),
                            git(s, "commit", "-q", "-am", "edit", date="2026-02-03T10:00:00+00:00"))),
    ("unchanged again", lambda s: None),
    ("a built page deleted from the site folder",
     lambda s: (s.parent / "cached/el/orders/track/index.html").unlink()),
    ("an article deleted", lambda s: (s / "docs/en/returns/return-faq.md").unlink()),
]


def test_cached_builds_equal_clean_builds_after_every_edit(site: Path, tmp_path: Path):
    first = build(site, tmp_path / "cached", cache=True)
    assert first.returncode == 0, first.stderr[-3000:]
    hits, converted = reused(first)
    assert hits == 0 and converted > 10
    for name, change in EDITS:
        change(site)
        cached = build(site, tmp_path / "cached", cache=True)
        clean = build(site, tmp_path / "clean", cache=False)
        assert cached.returncode == 0 and clean.returncode == 0, (name, cached.stderr[-3000:])
        assert differences(tmp_path / "cached", tmp_path / "clean") == [], name
        hits, converted = reused(cached)
        pages_kept, built = kept(cached)
        if name.startswith("unchanged"):  # every page kept: nothing converted or rendered
            assert converted == 0 and built == 0 and pages_kept > 10, name
        if name == "body":  # the article and its fallback copies, nothing else
            assert 1 <= converted <= 3 and 1 <= built <= 3 and pages_kept > 10
            assert "Λέξηδοκιμής" in (tmp_path / "cached/el/orders/track/index.html").read_text(
                encoding="utf-8")
        if name == "title":  # listings and navigation show it: every page is built again
            assert pages_kept == 0 and hits > 10
        if name.startswith("a built page deleted"):
            assert built == 1 and converted == 0
        assert not (tmp_path / "cached" / ".kbgen-previous").exists()


def test_a_reused_page_still_reports_its_broken_link_under_strict(site: Path, tmp_path: Path):
    set_plugin_option(site, "validation", {"errors": "warn"})  # kbgen's own check only warns
    edit(site, TRACK, "## Πατήστε", "Δείτε [εδώ](missing.md).\n\n## Πατήστε")
    runs = [build(site, tmp_path / "out", cache=True, strict=True) for _ in range(2)]
    assert reused(runs[1])[1] == 0  # the second build converted nothing
    for proc in runs:
        assert proc.returncode == 1
        assert "contains a link 'missing.md', but the target 'el/orders/missing.md' " \
               "is not found" in proc.stderr


def test_no_cache_writes_no_cache_folder(site: Path, tmp_path: Path):
    assert build(site, tmp_path / "a", cache=False).returncode == 0
    assert not (site / ".kbgen-cache").exists()
    set_plugin_option(site, "cache", False)
    assert build(site, tmp_path / "b", cache=True).returncode == 0
    assert not (site / ".kbgen-cache").exists()
    set_plugin_option(site, "cache", True)
    set_plugin_option(site, "cache_dir", "build/cache")
    assert build(site, tmp_path / "c", cache=True).returncode == 0
    assert (site / "build" / "cache" / "pages.sqlite3").stat().st_size > 10_000


def test_raw_html_with_an_empty_id_is_cached_and_reused(site: Path, tmp_path: Path):
    # <div id> and <a name> without a value give MkDocs a None anchor; a page with one
    # broke the cached build (it could not sort its anchors)
    edit(site, TRACK, "## Πατήστε", '<div id markdown="0">box</div>\n\n<a name>x</a>\n\n'
                                   "## Πατήστε")
    runs = [build(site, tmp_path / "out", cache=True) for _ in range(2)]
    for proc in runs:
        assert proc.returncode == 0, proc.stderr[-3000:]
    assert reused(runs[1])[1] == 0
    clean = build(site, tmp_path / "clean", cache=False)
    assert clean.returncode == 0, clean.stderr[-3000:]
    assert differences(tmp_path / "out", tmp_path / "clean") == []


def test_outside_git_an_edit_rebuilds_its_page_and_what_shows_its_date(tmp_path: Path):
    # Outside git a page's date is its file's: the edited article becomes the newest, so
    # the home pages' "recently updated" lists change too, and nothing else.
    site = tmp_path / "site"
    shutil.copytree(MINI, site, ignore=shutil.ignore_patterns(".kbgen-cache"))
    assert build(site, tmp_path / "cached", cache=True).returncode == 0
    os.utime(site / TRACK, (1_600_000_000, 1_600_000_000))  # an old article...
    assert build(site, tmp_path / "cached", cache=True).returncode == 0
    edit(site, TRACK, "## Πατήστε", "Λέξηδοκιμής εδώ.\n\n## Πατήστε")  # ...edited now
    cached = build(site, tmp_path / "cached", cache=True)
    clean = build(site, tmp_path / "clean", cache=False)
    assert cached.returncode == 0 and clean.returncode == 0, cached.stderr[-3000:]
    assert differences(tmp_path / "cached", tmp_path / "clean") == []
    pages_kept, built = kept(cached)
    assert pages_kept > built > 0
    home = (tmp_path / "cached/el/index.html").read_text(encoding="utf-8")
    assert "track/" in home.split("kb-recent", 1)[-1]


def test_a_cache_restored_from_an_archive_keeps_the_pages(site: Path, tmp_path: Path):
    # What CI does between runs: the cache and the last build's pages go into an archive
    # (modification times in whole seconds) and come back in the next run.
    first = build(site, site / "site", cache=True)
    assert first.returncode == 0, first.stderr[-3000:]
    archive = tmp_path / "cache.tar"
    subprocess.run(["tar", "--format=gnu", "-cf", str(archive), ".kbgen-cache", "site"],
                   cwd=site, check=True)
    shutil.rmtree(site / ".kbgen-cache")
    shutil.rmtree(site / "site")
    subprocess.run(["tar", "-xf", str(archive)], cwd=site, check=True)
    edit(site, TRACK, "## Πατήστε", "Λέξηδοκιμής εδώ.\n\n## Πατήστε")
    again = build(site, site / "site", cache=True)
    assert again.returncode == 0, again.stderr[-3000:]
    pages_kept, built = kept(again)
    assert pages_kept > 10 and 1 <= built <= 3
    clean = build(site, tmp_path / "clean", cache=False)
    assert clean.returncode == 0 and differences(site / "site", tmp_path / "clean") == []


def test_two_site_folders_share_the_cache_without_undoing_each_other(site: Path, tmp_path: Path):
    # `kbgen serve` previews into its own folder while `mkdocs build` writes site/: each
    # full build removes only its own folder's records.
    for out in ("a", "b", "a", "b"):
        proc = build(site, tmp_path / out, cache=True)
        assert proc.returncode == 0, proc.stderr[-3000:]
    assert kept(proc)[1] == 0  # b's second build kept every page
    edit(site, TRACK, "## Πατήστε", "Λέξηδοκιμής εδώ.\n\n## Πατήστε")
    again = build(site, tmp_path / "a", cache=True)
    assert again.returncode == 0, again.stderr[-3000:]
    assert 1 <= kept(again)[1] <= 3
    clean = build(site, tmp_path / "clean", cache=False)
    assert clean.returncode == 0 and differences(tmp_path / "a", tmp_path / "clean") == []


def test_a_verbose_build_keeps_what_a_default_build_made(site: Path, tmp_path: Path):
    # -v is how a writer looks at what the cache did: it must not throw the cache away
    assert build(site, tmp_path / "out", cache=True, verbose=False).returncode == 0
    verbose = build(site, tmp_path / "out", cache=True)
    assert verbose.returncode == 0, verbose.stderr[-3000:]
    pages_kept, built = kept(verbose)
    assert pages_kept > 10 and built == 0


def test_a_failed_build_leaves_the_last_good_site_and_its_pages_kept(site: Path,
                                                                      tmp_path: Path):
    out = tmp_path / "out"
    assert build(site, out, cache=True).returncode == 0
    before = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
    good = (site / TRACK).read_text(encoding="utf-8")
    (site / TRACK).write_text(good.replace("title:", "title: [broken", 1), encoding="utf-8")
    failed = build(site, out, cache=True)
    assert failed.returncode != 0 and "KB101" in failed.stderr
    assert sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file()) == before
    (site / TRACK).write_text(good, encoding="utf-8")
    fixed = build(site, out, cache=True)
    assert fixed.returncode == 0, fixed.stderr[-3000:]
    pages_kept, built = kept(fixed)
    assert pages_kept > 10 and built == 0
    clean = build(site, tmp_path / "clean", cache=False)
    assert clean.returncode == 0 and differences(out, tmp_path / "clean") == []
