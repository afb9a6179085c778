"""Articles and body scans read from the build cache equal those read from the files."""

from __future__ import annotations

import shutil
from pathlib import Path

from kbgen.core import articles, cache, checks
from kbgen.core.articles import load_tree
from kbgen.core.history import load_history

ROOT = Path(__file__).resolve().parents[2]


def _demo(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    return docs


def _load(docs: Path, store: cache.Store | None):
    return load_tree(docs, ["el", "en", "fr"], "el", "categories.yml", store)


def test_the_demo_help_center_loads_the_same_from_the_cache(tmp_path: Path, monkeypatch):
    docs = _demo(tmp_path)
    # a review date (a YAML date) and a front matter mistake, both kept by the cache
    article = docs / "el/orders/track-order.md"
    assert "review_by" in article.read_text(encoding="utf-8")
    broken = docs / "en/orders/broken.md"
    broken.write_text("---\ntitle: Broken\ntype: guide\n---\nBody.\n", encoding="utf-8")
    fresh = _load(docs, None)
    history = load_history(docs)
    expected = checks.check_tree(fresh, history=history)
    store = cache.Store(tmp_path / "cache", "content")
    filled = _load(docs, store)
    assert checks.check_tree(filled, history=history, store=store) == expected
    store.close()
    articles.LOADED.clear()  # a new process: from the cache's file
    checks.SCANNED.clear()
    store = cache.Store(tmp_path / "cache", "content")
    again = _load(docs, store)
    assert store.hits == len(fresh.articles) and store.misses == 0
    assert again.articles == fresh.articles == filled.articles
    assert again.diagnostics == fresh.diagnostics
    assert any(d.path == "en/orders/broken.md" for d in again.diagnostics)
    assert checks.check_tree(again, history=history, store=store) == expected
    # the next build in the same process (kbgen serve): from memory, the same
    monkeypatch.setattr(cache.Memo, "active", True)
    _load(docs, store)
    hits = store.hits
    in_memory = _load(docs, store)
    assert store.hits == hits and store.misses == 0
    assert in_memory.articles == fresh.articles and in_memory.diagnostics == fresh.diagnostics
    assert checks.check_tree(in_memory, history=history, store=store) == expected
    store.close()


def test_an_edited_article_is_read_from_its_file_again(tmp_path: Path):
    docs = _demo(tmp_path)
    store = cache.Store(tmp_path / "cache", "content")
    _load(docs, store)
    path = docs / "en/orders/track-order.md"
    path.write_text(path.read_text(encoding="utf-8").replace("\n## ", "\nTODO new step.\n\n## ", 1),
                    encoding="utf-8")
    tree = _load(docs, store)
    assert store.misses > 0
    edited = next(a for a in tree.articles if a.src == "en/orders/track-order.md")
    assert "TODO new step." in edited.body
    found = checks.check_tree(tree, history=load_history(docs), store=store)
    assert any(d.code == "KB604" and d.path == "en/orders/track-order.md" for d in found)
    store.close()
