"""Sparse TF-IDF vectors over the shared search analysis (kbgen.search.analysis)."""

from __future__ import annotations

import math
from collections import Counter

from kbgen.search.analysis import analyze, greeklish_key, is_greek, tokenize

Vector = dict[str, float]


def terms(text: str, lang: str) -> list[str]:
    """Stems, plus for Greek a Greeklish key prefix so Latin-typed Greek matches too."""
    out = analyze(text, lang)
    if lang == "el":
        for word in tokenize(text):
            if len(word) >= 3 and not word.isdigit():
                out.append("~" + greeklish_key(word)[:6])
    return out


def greek_share(text: str) -> float:
    words = tokenize(text)
    return sum(1 for w in words if is_greek(w)) / len(words) if words else 0.0


class Space:
    """IDF statistics of one language's units (articles and FAQ questions)."""

    def __init__(self, documents: list[list[str]]) -> None:
        df: Counter[str] = Counter()
        for doc in documents:
            df.update(set(doc))
        n = max(1, len(documents))
        self.idf = {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}
        self.default_idf = math.log((n + 1) / 0.5)

    def vector(self, tokens: list[str], known_only: bool = False) -> Vector:
        counts = Counter(tokens)
        vec = {}
        for t, c in counts.items():
            idf = self.idf.get(t)
            if idf is None:
                if known_only:
                    continue
                idf = self.default_idf
            vec[t] = (1 + math.log(c)) * idf
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {t: v / norm for t, v in vec.items()}


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())
