"""Match a ticket to the article of its language that answers it.

An article is matched through its best *unit*: the whole article (title,
description, headings and body, title weighted most) or one of its FAQ
questions with its answer. Similarity is the cosine of TF-IDF vectors built with
the site search's analysis; a ticket is answered when the best similarity
reaches the threshold (calibrated on Banking77 and StackFAQ; see dev/mining.md).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from kbgen.core.articles import Article
from kbgen.tickets.vectors import Space, Vector, terms

DEFAULT_THRESHOLD = 0.30


@dataclass
class Match:
    article: str  # path relative to the docs folder
    score: float


class Matcher:
    """All articles of one language, indexed for cosine similarity."""

    def __init__(self, lang: str, articles: list[Article]) -> None:
        self.lang = lang
        self.articles = [a for a in articles if not a.draft and a.type != "home"
                         and not a.is_index]
        units: list[tuple[str, list[str]]] = []
        for a in self.articles:
            heads = " ".join(h.text for h in a.headings)
            whole = f"{a.title} {a.title} {a.title} {a.description} {a.description} {heads} " \
                    f"{a.body}"
            units.append((a.src, terms(whole, lang)))
            units.append((a.src, terms(f"{a.title} {a.description}", lang)))
            for q in a.faq:
                units.append((a.src, terms(f"{q.question} {q.question} {q.answer}", lang)))
            for line in _question_lines(a.body):
                units.append((a.src, terms(line, lang)))
        self.space = Space([t for _, t in units])
        self.units: list[tuple[str, Vector]] = [(src, self.space.vector(t)) for src, t in units]
        self.postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for i, (_, vec) in enumerate(self.units):
            for term, w in vec.items():
                self.postings[term].append((i, w))

    def vector(self, text: str) -> Vector:
        return self.space.vector(terms(text, self.lang), known_only=True)

    def best(self, text: str, k: int = 3) -> list[Match]:
        """The ``k`` most similar articles, best first."""
        vec = self.vector(text)
        scores: dict[int, float] = defaultdict(float)
        for term, w in vec.items():
            for i, uw in self.postings.get(term, ()):
                scores[i] += w * uw
        per_article: dict[str, float] = {}
        for i, s in scores.items():
            src = self.units[i][0]
            if s > per_article.get(src, 0.0):
                per_article[src] = s
        ranked = sorted(per_article.items(), key=lambda kv: -kv[1])[:k]
        return [Match(src, round(score, 4)) for src, score in ranked]


def _question_lines(body: str) -> list[str]:
    """Lines an FAQ-style article lists as questions it answers ("- How do I ...?")."""
    out = []
    for line in body.splitlines():
        text = line.strip().lstrip("-*0123456789. ").strip()
        if text.endswith(("?", ";")) and 3 <= len(text.split()) <= 40:
            out.append(text)
    return out
