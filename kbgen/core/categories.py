"""Categories: declared once, per language, in ``categories.yml``.

```yaml
orders:
  icon: material/package-variant-closed
  order: 1
  title: {el: Παραγγελίες, en: Orders, fr: Commandes}
  description: {el: ..., en: ..., fr: ...}
```

A help center without ``categories.yml`` still works: every top-level folder of
a language becomes a category, titled by its ``index.md`` (or its folder name).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from kbgen.diagnostics import Diagnostic, Severity


@dataclass
class Category:
    slug: str
    icon: str = "material/folder-outline"
    order: int = 1000
    titles: dict[str, str] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)

    def title(self, lang: str, default_lang: str) -> str:
        return (self.titles.get(lang) or self.titles.get(default_lang)
                or self.slug.replace("-", " ").capitalize())

    def description(self, lang: str, default_lang: str) -> str:
        return self.descriptions.get(lang) or self.descriptions.get(default_lang) or ""


@dataclass
class Categories:
    items: dict[str, Category] = field(default_factory=dict)
    declared: bool = False  # False when inferred from folders

    def __contains__(self, slug: str) -> bool:
        return slug in self.items

    def get(self, slug: str) -> Category | None:
        return self.items.get(slug)

    def ordered(self) -> list[Category]:
        return sorted(self.items.values(), key=lambda c: (c.order, c.slug))


def _per_lang(value: object) -> dict[str, str]:
    if isinstance(value, dict):
        return {str(k): str(v) for k, v in value.items() if v is not None}
    if isinstance(value, str):
        return {"*": value}
    return {}


def load_categories(path: Path, rel: str = "categories.yml") -> tuple[Categories, list[Diagnostic]]:
    """Read ``categories.yml``; a missing file gives an empty, undeclared set."""
    if not path.is_file():
        return Categories(), []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        return Categories(), [Diagnostic(rel, line, "KB110", f"categories file is not valid YAML: "
                                         f"{getattr(exc, 'problem', exc)}",
                                         "Fix the indentation or quoting on that line")]
    if not isinstance(data, dict):
        return Categories(), [Diagnostic(rel, 1, "KB110", "categories file must map a category "
                                         "slug to its settings", "See dev/writers-guide.md")]
    items: dict[str, Category] = {}
    diags: list[Diagnostic] = []
    for i, (slug, spec) in enumerate(data.items()):
        spec = spec or {}
        if not isinstance(spec, dict):
            diags.append(Diagnostic(rel, 1, "KB110", f"category '{slug}' must be a mapping",
                                    "Give it title, description, icon and order"))
            continue
        titles = _per_lang(spec.get("title"))
        descriptions = _per_lang(spec.get("description"))
        for key in ("title", "description"):
            value = spec.get(key)
            if isinstance(value, dict):
                broken = [str(k) for k, v in value.items() if v is None]
                if broken:
                    diags.append(Diagnostic(
                        rel, _line_of(path, str(slug), key), "KB111",
                        f"category '{slug}' {key}: '{broken[0]}' has no value",
                        "A comma inside {...} starts a new entry: put the text in quotes, "
                        'e.g. {el: "Χρόνοι, κόστος"}', Severity.WARNING))
        order = spec.get("order", i)
        items[str(slug)] = Category(
            slug=str(slug), icon=str(spec.get("icon") or "material/folder-outline"),
            order=order if isinstance(order, int) else i, titles=titles, descriptions=descriptions)
    return Categories(items, declared=True), diags


def infer_categories(docs_dir: Path, languages: list[str]) -> Categories:
    """Categories from folders, for help centers without ``categories.yml``."""
    items: dict[str, Category] = {}
    for lang in languages:
        root = docs_dir / lang
        if not root.is_dir():
            continue
        for folder in sorted(p for p in root.iterdir() if p.is_dir()):
            if folder.name.startswith((".", "_")) or folder.name in ("assets", "images", "img"):
                continue
            if not any(folder.glob("*.md")):
                continue
            cat = items.setdefault(folder.name, Category(folder.name, order=len(items)))
            index = folder / "index.md"
            if index.is_file():
                cat.titles.setdefault(lang, _index_title(index) or folder.name)
    return Categories(items, declared=False)


def _index_title(path: Path) -> str | None:
    for line in path.read_text(encoding="utf-8-sig").splitlines()[:30]:
        if line.startswith("title:"):
            return line.split(":", 1)[1].strip().strip("\"'") or None
        if line.startswith("# "):
            return line[2:].strip()
    return None


def _line_of(path: Path, slug: str, key: str) -> int:
    """The line of ``key`` under ``slug`` in the categories file (1 if not found)."""
    inside = False
    for n, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        if line.startswith(f"{slug}:"):
            inside = True
        elif inside and line and not line[0].isspace():
            break
        elif inside and line.strip().startswith(f"{key}:"):
            return n
    return 1
