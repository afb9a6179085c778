"""Structured data (schema.org JSON-LD) from an article's front matter and body.

FAQPage for FAQ articles (every question), HowTo for tutorials (every step),
VideoObject for videos, BreadcrumbList for every article.
"""

from __future__ import annotations

import json
import re
from typing import Any

from kbgen.core.articles import Article

_MD_NOISE = re.compile(r"!\[[^\]]*\]\([^)]*\)|```.*?```|<[^>]+>|[*_`>#]|\{[^}]*\}", re.S)
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def plain_text(markdown: str, limit: int = 1000) -> str:
    text = _MD_LINK.sub(r"\1", markdown)
    text = _MD_NOISE.sub("", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text[:limit]


def breadcrumbs_ld(crumbs: list[tuple[str, str]]) -> dict[str, Any]:
    return {"@context": "https://schema.org", "@type": "BreadcrumbList",
            "itemListElement": [{"@type": "ListItem", "position": i, "name": name, "item": url}
                                for i, (name, url) in enumerate(crumbs, 1)]}


def faq_ld(article: Article) -> dict[str, Any] | None:
    if article.type != "faq" or not article.faq:
        return None
    return {"@context": "https://schema.org", "@type": "FAQPage",
            "inLanguage": article.lang,
            "mainEntity": [{"@type": "Question", "name": q.question,
                            "acceptedAnswer": {"@type": "Answer",
                                               "text": plain_text(q.answer) or q.question}}
                           for q in article.faq]}


def howto_ld(article: Article, url: str) -> dict[str, Any] | None:
    if article.type != "tutorial" or not article.steps:
        return None
    lines = article.body.split("\n")
    steps = article.steps
    items = []
    for k, step in enumerate(steps):
        start = step.line - article.body_line + 1
        end = steps[k + 1].line - article.body_line if k + 1 < len(steps) else len(lines)
        text = plain_text("\n".join(lines[start:end]), 500) or step.text
        items.append({"@type": "HowToStep", "position": k + 1, "name": step.text, "text": text,
                      "url": f"{url}#{step.anchor}"})
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "HowTo",
                            "name": article.title, "description": article.description,
                            "inLanguage": article.lang, "step": items}
    if article.time:
        data["totalTime"] = f"PT{article.time}M"
    if article.prerequisites:
        data["supply"] = [{"@type": "HowToSupply", "name": p} for p in article.prerequisites]
    return data


def video_ld(article: Article, video_url: str, thumbnail: str, updated: str | None,
             ) -> dict[str, Any]:
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "VideoObject",
                            "name": article.title, "description": article.description,
                            "inLanguage": article.lang, "thumbnailUrl": thumbnail,
                            "contentUrl": video_url}
    if updated:
        data["uploadDate"] = updated
    return data


def to_script(data: list[dict[str, Any]]) -> str:
    """JSON-LD ``<script>`` tags, safe to embed in HTML."""
    out = []
    for item in data:
        text = json.dumps(item, ensure_ascii=False).replace("</", "<\\/")
        out.append(f'<script type="application/ld+json">{text}</script>')
    return "\n".join(out)
