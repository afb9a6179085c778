"""Sparse TF-IDF matrices over the shared search analysis (kbgen.search.analysis).

A text's terms are the stems of the site search's analysis, the stemmed bigrams of
neighbouring words (``card_arriv``: word order carries much of a short question's
meaning), and for Greek a Greeklish key prefix so that Latin-typed Greek matches too.
Texts become rows of a ``scipy.sparse`` CSR matrix (sublinear term frequency times
IDF, rows of unit length), so that similarities of thousands of tickets against
thousands of articles are one sparse product.
"""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import scipy.sparse as sp

from kbgen.search.analysis import (
    GREEKLISH_STOP_WORDS,
    STOP_WORDS,
    analyze,
    greeklish_key,
    is_greek,
    normalize,
    tokenize,
)

BIGRAM_WEIGHT = 0.3  # bigrams count a little less than the words they join


# Words customers wrap every Greek question in; with the stop words, their Greeklish keys
# are left out too (else "thelo na ..." matches the one article that says "θέλω").
TICKET_FILLER = frozenset(normalize(w) for w in """θέλω ήθελα θελω παρακαλώ καλησπέρα
    καλημέρα γεια χαίρετε ευχαριστώ ευχαριστούμε""".split())
_STOP_KEYS = frozenset(greeklish_key(w) for w in STOP_WORDS["el"] | TICKET_FILLER)
# the same as terms: "~" and the key's first six letters
STOP_KEYS = frozenset("~" + k[:6] for k in _STOP_KEYS)


def terms(text: str, lang: str) -> list[str]:
    """Stems, stemmed bigrams, plus for Greek a Greeklish key prefix of every word.

    In Greek text a word in Latin letters is mostly Greeklish: its key stands for it
    (its English stem would only lengthen the vector with a term no article has). Keys
    leave out stop words (in either script) and come with their bigrams, as stems do,
    so that a question typed in Greeklish has the same shape as one typed in Greek.
    """
    if lang != "el":
        return _with_bigrams(analyze(text, lang))
    words = tokenize(text)
    stems = analyze(" ".join(w for w in words if is_greek(w) and w not in TICKET_FILLER), lang)
    keys = [k[:6] for k in (greeklish_key(w) for w in words if len(w) >= 3 and not w.isdigit()
                            and w not in GREEKLISH_STOP_WORDS)
            if k not in _STOP_KEYS]
    return _with_bigrams(stems) + _with_bigrams(keys, "~")


def _with_bigrams(terms: list[str], mark: str = "") -> list[str]:
    """``terms`` (each prefixed with ``mark``) followed by their neighbour pairs ``a_b``."""
    return ([mark + t for t in terms]
            + [f"{mark}{a}_{b}" for a, b in zip(terms, terms[1:], strict=False)])


def greek_share(text: str) -> float:
    words = tokenize(text)
    return sum(1 for w in words if is_greek(w)) / len(words) if words else 0.0


class Space:
    """Vocabulary and IDF of one collection of term lists (articles' units, or tickets)."""

    def __init__(self, documents: list[list[str]], background: Space | None = None) -> None:
        """IDF over ``documents``, plus the documents of ``background`` if given: then both
        weigh at most alike, so that a topic that fills the tickets keeps its words' weight
        and a handful of tickets still get sensible weights from the site's articles."""
        df: Counter[str] = Counter()
        for doc in documents:
            df.update(set(doc))
        n: float = len(documents)
        if background is not None and background.size:
            w = min(1.0, background.size / max(1, len(documents)))
            if w < 1.0:
                df = Counter({t: c * w for t, c in df.items()})
                n *= w
            df.update(background.df)
            n += background.size
        n = max(1.0, n)
        self.df = df
        self.index: dict[str, int] = {t: i for i, t in enumerate(df)}
        self.names = list(df)
        self.idf = np.array([math.log((n + 1) / (c + 0.5)) for c in df.values()],
                            dtype=np.float32)
        for t, i in self.index.items():
            if "_" in t:
                self.idf[i] *= BIGRAM_WEIGHT
        self.size = n
        self.unseen_idf = math.log((n + 1) / 0.5)

    def matrix(self, documents: list[list[str]]) -> sp.csr_matrix:
        """Rows of unit length. Terms the space has never seen have no column, but they
        count in a row's length (at the highest IDF): a ticket that shares one word with
        an article and has five others is not taken for a copy of it."""
        indptr = [0]
        cols: list[int] = []
        vals: list[float] = []
        unseen = np.zeros(len(documents), dtype=np.float64)
        index = self.index
        for row, doc in enumerate(documents):
            counts = Counter(doc)
            for t, c in counts.items():
                i = index.get(t)
                if i is None:
                    w = (1.0 + math.log(c)) * self.unseen_idf * (BIGRAM_WEIGHT if "_" in t
                                                                 else 1.0)
                    unseen[row] += w * w
                else:
                    cols.append(i)
                    vals.append(1.0 + math.log(c))
            indptr.append(len(cols))
        m = sp.csr_matrix((np.asarray(vals, dtype=np.float32), np.asarray(cols, dtype=np.int32),
                           np.asarray(indptr, dtype=np.int64)),
                          shape=(len(documents), len(self.names)))
        m.data *= self.idf[m.indices]
        return normalize_rows(m, unseen)


def normalize_rows(m: sp.csr_matrix, extra: np.ndarray | None = None) -> sp.csr_matrix:
    """Rows divided by their length (plus ``extra``, squared length that has no column)."""
    squares = np.asarray(m.multiply(m).sum(axis=1)).ravel()
    norms = np.sqrt(squares + extra if extra is not None else squares)
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags((1.0 / norms).astype(np.float32)) @ m)
