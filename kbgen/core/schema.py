"""The JSON Schema of article front matter.

Published as ``kbgen/schema/frontmatter.schema.json`` (and by ``kbgen schema``)
so that editors validate front matter while writers type; the same schema is
used by the build and by ``kbgen check``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ARTICLE_TYPES = ("faq", "tutorial", "article", "home")

_STR_LIST = {"type": "array", "items": {"type": "string", "minLength": 1}}

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://kbgen.dev/schema/frontmatter.schema.json",
    "title": "kbgen article front matter",
    "type": "object",
    "required": ["title", "description"],
    "additionalProperties": False,
    "properties": {
        "title": {"type": "string", "minLength": 1,
                  "description": "The question or task, as a customer would ask it."},
        "description": {"type": "string", "minLength": 1,
                        "description": "One sentence shown in listings, search and link previews."},
        "type": {"enum": list(ARTICLE_TYPES), "default": "article",
                 "description": "faq: every '## heading' is a question. tutorial: every "
                                "'## heading' is a numbered step."},
        "category": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$",
                     "description": "A slug from categories.yml; default: the article's folder."},
        "tags": {**_STR_LIST, "description": "A list: tags: [delivery, courier]."},
        "order": {"type": "integer", "description": "Sort key inside the category."},
        "video": {"oneOf": [
            {"type": "string", "minLength": 1},
            {"type": "object", "required": ["src"], "additionalProperties": False,
             "properties": {"src": {"type": "string"}, "title": {"type": "string"},
                            "duration": {"type": "string"}}},
        ], "description": "A YouTube/Vimeo URL or a local .mp4/.webm path."},
        "related": {**_STR_LIST, "description": "Paths relative to the language folder."},
        "owner": {"type": "string", "description": "Who keeps this article right."},
        "review_by": {"type": "string", "format": "date",
                      "pattern": r"^\d{4}-\d{2}-\d{2}$",
                      "description": "YYYY-MM-DD; after it the article is reported as stale."},
        "draft": {"type": "boolean", "description": "Drafts are never published."},
        "time": {"type": "integer", "minimum": 1,
                 "description": "Tutorials: estimated minutes."},
        "prerequisites": {**_STR_LIST, "description": "Tutorials: what the customer needs first."},
        "translated_from": {"type": "object", "additionalProperties": False,
                            "properties": {"lang": {"type": "string"},
                                           "revision": {"type": "string"}},
                            "description": "Set by 'kbgen translate': the source it was made from."},
        "source_tickets": {**_STR_LIST, "description": "Set by 'kbgen mine --drafts'."},
        # mkdocs / Material keys writers may use
        "template": {"type": "string"},
        "hide": _STR_LIST,
        "search": {"type": "object"},
        "status": {"type": "string"},
        "icon": {"type": "string"},
    },
}


def schema_json() -> str:
    return json.dumps(SCHEMA, ensure_ascii=False, indent=2) + "\n"


SCHEMA_FILE = Path(__file__).resolve().parent.parent / "schema" / "frontmatter.schema.json"
