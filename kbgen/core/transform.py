"""Markdown rewrites applied before Python-Markdown sees an article.

- FAQ articles: every ``##`` question becomes an expandable ``<details>`` entry
  with its own id (deep link) and a permalink.
- ``![type:video](url)`` and the front matter ``video:`` become video HTML.
- ```` ```callouts ```` fences become annotated screenshots.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from kbgen.core.articles import Article
from kbgen.core.media import CALLOUTS_FENCE, VIDEO_MARKDOWN, CalloutError, callouts_html


def faq_markdown(article: Article, body: str, permalink_label: str) -> str:
    """Wrap each question and its answer in ``<details>`` (needs md_in_html)."""
    if article.type != "faq" or not article.faq:
        return body
    lines = body.split("\n")
    offset = article.body_line
    first_q = article.faq[0].line - offset
    out = lines[:first_q]
    for k, q in enumerate(article.faq):
        start = q.line - offset
        end = article.faq[k + 1].line - offset if k + 1 < len(article.faq) else len(lines)
        answer = "\n".join(lines[start + 1:end]).strip("\n")
        anchor = html.escape(q.anchor, quote=True)
        out += [
            f'<details class="kb-faq" id="{anchor}" markdown="1">',
            # the deep link sits beside the question, not inside it: a link in a <summary>
            # is a control inside a control (axe: nested-interactive)
            f'<summary><span class="kb-faq__q">{html.escape(q.question)}</span></summary>'
            f'<a class="kb-faq__link" href="#{anchor}" '
            f'title="{html.escape(permalink_label, quote=True)}" '
            f'aria-label="{html.escape(permalink_label, quote=True)}">#</a>',
            "",
            answer,
            "",
            "</details>",
            "",
        ]
    return "\n".join(out)


def media_markdown(body: str, video: Callable[[str], str],
                   on_error: Callable[[int, str], None],
                   link: Callable[[str], str] = str) -> str:
    """Replace video images and callouts fences with their HTML."""
    def _callouts(m: object) -> str:
        match = m  # type: ignore[assignment]
        try:
            return match.group("indent") + callouts_html(match.group("body"), link)  # type: ignore
        except CalloutError as exc:
            line = body[:match.start()].count("\n") + 1  # type: ignore
            on_error(line, str(exc))
            return ""

    body = CALLOUTS_FENCE.sub(_callouts, body)
    return VIDEO_MARKDOWN.sub(lambda m: video(m.group(1)), body)
