"""Suggestions as draft articles in git: ``draft: true``, never published."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from kbgen.core.slugs import slugify_title


def write_drafts(suggestions: list[dict[str, Any]], docs_dir: Path) -> list[Path]:
    written = []
    for s in suggestions:
        if s.get("misc"):
            continue
        category = s.get("category") or "uncategorized"
        slug = slugify_title(s["title"]) or s["id"]
        path = docs_dir / s["lang"] / category / f"{slug}.md"
        n = 2
        while path.exists():
            path = path.with_name(f"{slug}-{n}.md")
            n += 1
        front = {"title": s["title"], "description": "TODO: one sentence that answers it.",
                 "type": "faq", "category": category, "draft": True,
                 "source_tickets": [str(i) for i in s["ticket_ids"][:50]]}
        # inside an HTML comment: a customer's "-->" must not close it
        examples = "\n".join(f"> {e.replace('--', '- -')}\n" for e in s.get("examples", []))
        body = (f"<!-- Suggested from {s['tickets']} tickets ({s['id']}). Key terms: "
                f"{', '.join(s.get('terms', []))} -->\n\n## {s['title']}\n\nTODO: the answer.\n\n"
                f"<!-- What customers wrote (personal data removed):\n{examples}-->\n")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False) +
                        "---\n" + body, encoding="utf-8")
        written.append(path)
    return written
