"""Match a ticket to the article of its language that answers it.

Units: an article is matched through its *units*: the whole article (title twice,
description, headings, body), its title with its description, and each question it
says it answers (FAQ entries, question lines of the body). Vectors are TF-IDF over
stems and stemmed bigrams of the site search's analysis (:mod:`kbgen.tickets.vectors`).

Score: an article's score for a ticket is the cosine with the article's centroid (the
normalized sum of its units) plus half the cosine with its best unit, over 1.5.
Tickets are scored in blocks of ``BLOCK`` against all articles with two sparse
products (units, centroids), so 100,000 tickets take seconds.

Confidence: ``s1 + (s1 - s2)``, the best article's score plus its margin over the
second best (over the third where the two are linked with ``related``: they answer the
same topic). Whether an article answers is decided per topic, from the confidences of
all the topic's tickets: :mod:`kbgen.tickets.topics`.

Vocabulary: given the tickets to be mined, the space's columns and IDF are over the
articles' units and the tickets (``VOCABULARY``), so the scores see the customers' words.
See dev/mining.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.sparse as sp

from kbgen.core.articles import Article
from kbgen.tickets.vectors import Space, normalize_rows, terms

MARGIN_WEIGHT = 1.0  # confidence: best score plus this much of its margin over the second
MAX_WEIGHT = 0.5  # article score: its centroid's cosine plus this much of its best unit's
BLOCK = 2048  # tickets scored per sparse product
# relevance feedback (extended_centroids): an article's centroid plus this much of the
# centroid of the tickets it answers
TICKET_WEIGHT = 0.3
VOCABULARY = "tickets"  # "articles": columns and IDF from the articles' units only


@dataclass
class Match:
    article: str  # path relative to the docs folder
    score: float


class Matcher:
    """All articles of one language, indexed for cosine similarity of their units."""

    def __init__(self, lang: str, articles: list[Article],
                 tickets: list[list[str]] | None = None) -> None:
        """``tickets``: the term lists of the tickets to be mined, if known: their words
        then get columns and IDF too (see :class:`kbgen.tickets.vectors.Space`), so that
        relevance feedback can bring the customers' own words into the articles."""
        self.lang = lang
        self.articles = [a for a in articles if not a.draft and a.type != "home"
                         and not a.is_index]
        self.paths = [a.src for a in self.articles]
        self.kin = self._kin()
        unit_terms: list[list[str]] = []
        owners: list[int] = []
        self.questions: list[tuple[int, str]] = []  # (article, question)
        for k, a in enumerate(self.articles):
            questions = article_questions(a)
            self.questions += [(k, q) for q in questions]
            for text in unit_texts(a, questions):
                unit_terms.append(terms(text, lang))
                owners.append(k)
        self.article_space = Space(unit_terms)
        # every word (no bigrams) of each article, for the coverage of a topic's key words
        self.vocabularies: list[set[str]] = [set() for _ in self.articles]
        for k, ts in zip(owners, unit_terms, strict=True):
            self.vocabularies[k].update(t for t in ts if "_" not in t)
        if not tickets or VOCABULARY == "articles":
            self.space = self.article_space
        else:
            self.space = Space(unit_terms + tickets)
        self.units = self.space.matrix(unit_terms)
        self.units_t = sp.csr_matrix(self.units.T)
        self.owner = np.asarray(owners, dtype=np.int64)
        own = sp.csr_matrix((np.ones(len(owners), dtype=np.float32),
                             (self.owner, np.arange(len(owners)))),
                            shape=(len(self.articles), len(owners)))
        self.centroids_t = sp.csr_matrix(normalize_rows(sp.csr_matrix(own @ self.units)).T)
        # units are grouped by article, in order: each article's first unit
        self.starts = np.searchsorted(self.owner, np.arange(len(self.articles)))

    # ------------------------------------------------------------------ scoring

    def matrix(self, texts: list[str]) -> sp.csr_matrix:
        return self.space.matrix([terms(t, self.lang) for t in texts])

    def article_scores(self, vectors: sp.csr_matrix, centroids_t: sp.csr_matrix | None = None,
                       ) -> np.ndarray:
        """Dense (tickets x articles) scores, for one block of tickets (``centroids_t``:
        the articles' centroids extended by their tickets, see :meth:`with_tickets`)."""
        if not len(self.articles):
            return np.zeros((vectors.shape[0], 0), dtype=np.float32)
        sims = (vectors @ self.units_t).toarray()
        best = np.maximum.reduceat(sims, self.starts, axis=1)
        whole = (vectors @ (self.centroids_t if centroids_t is None else centroids_t)).toarray()
        return _mix(whole, best)

    def top(self, vectors: sp.csr_matrix, k: int = 2, centroids_t: sp.csr_matrix | None = None,
            ) -> tuple[np.ndarray, np.ndarray]:
        """Best ``k`` articles of every row (indices and scores, best first)."""
        n = vectors.shape[0]
        idx = np.full((n, k), -1, dtype=np.int64)
        val = np.zeros((n, k), dtype=np.float32)
        if not len(self.articles):
            return idx, val
        for lo in range(0, n, BLOCK):
            scores = self.article_scores(vectors[lo:lo + BLOCK], centroids_t)
            idx[lo:lo + BLOCK], val[lo:lo + BLOCK] = best_of(scores, k)
        return idx, val

    def best(self, text: str, k: int = 3) -> list[Match]:
        """The ``k`` most similar articles, best first."""
        idx, val = self.top(self.matrix([text]), k)
        return [Match(self.paths[i], round(float(s), 4)) for i, s in zip(idx[0], val[0],
                                                                        strict=True)
                if i >= 0 and s > 0]

    # ----------------------------------------------------------------- deciding

    def _kin(self) -> np.ndarray:
        """Pairs of articles that writers linked with ``related`` (either way), encoded
        ``i * n + j``: when a ticket's two best articles are kin, the second is no doubt
        about the first (return policy vs returns FAQ), so the margin is taken over the
        third."""
        where = {p: k for k, p in enumerate(self.paths)}
        n, codes = len(self.paths), []
        for i, a in enumerate(self.articles):
            for rel in a.related:
                j = where.get(f"{self.lang}/{rel}".replace("//", "/"))
                if j is not None and j != i:
                    codes += [i * n + j, j * n + i]
        return np.unique(np.asarray(codes, dtype=np.int64))

    def are_kin(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Whether articles ``a[i]`` and ``b[i]`` are linked with ``related``."""
        return np.isin(a * len(self.paths) + b, self.kin)

    def kin_confidence(self, idx: np.ndarray, val: np.ndarray) -> np.ndarray:
        """:meth:`confidence` of ``top(..., k=3)`` rows, the margin taken over the third
        article where the first two are kin (:meth:`_kin`)."""
        conf = self.confidence(val[:, :2])
        if not len(self.kin) or val.shape[1] < 3:
            return conf
        pair = self.are_kin(idx[:, 0], idx[:, 1]) & (idx[:, 1] >= 0)
        conf[pair] = val[pair, 0] + MARGIN_WEIGHT * (val[pair, 0] - val[pair, 2])
        return conf

    @staticmethod
    def confidence(val: np.ndarray) -> np.ndarray:
        """The decision figure of each row of ``top(..., k=2)`` scores: best plus margin."""
        s1 = val[:, 0]
        s2 = val[:, 1] if val.shape[1] > 1 else np.zeros_like(s1)
        return s1 + MARGIN_WEIGHT * (s1 - s2)

    def extended_centroids(self, vectors: sp.csr_matrix, best: np.ndarray, answers: np.ndarray,
                           conf: np.ndarray | None = None) -> sp.csr_matrix:
        """The articles' centroids (transposed, as in :meth:`article_scores`) plus
        ``TICKET_WEIGHT`` times the centroid of the tickets each answers (Rocchio's relevance
        feedback; the ranking benchmarks compare it: benchmarks/mining_whoosh.py)."""
        rows = np.flatnonzero(answers & (best >= 0))
        member = sp.csr_matrix((np.ones(len(rows), dtype=np.float32), (best[rows], rows)),
                               shape=(len(self.articles), vectors.shape[0]))
        tickets = normalize_rows(sp.csr_matrix(member @ vectors))
        extended = normalize_rows(sp.csr_matrix(self.centroids_t.T) + TICKET_WEIGHT * tickets)
        return sp.csr_matrix(extended.T)


def _mix(whole: Any, best: Any) -> Any:
    """An article's score: its centroid's cosine plus ``MAX_WEIGHT`` of its best unit's."""
    return (whole + MAX_WEIGHT * best) / (1 + MAX_WEIGHT)


def best_of(scores: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Indices and scores of every row's ``k`` best columns, best first (-1 and 0 where a
    row has fewer than ``k`` columns)."""
    rows, k_eff = scores.shape[0], min(k, scores.shape[1])
    idx = np.full((rows, k), -1, dtype=np.int64)
    val = np.zeros((rows, k), dtype=np.float32)
    if not k_eff:
        return idx, val
    part = np.argpartition(-scores, k_eff - 1, axis=1)[:, :k_eff] \
        if k_eff < scores.shape[1] else np.tile(np.arange(k_eff), (rows, 1))
    pv = np.take_along_axis(scores, part, axis=1)
    order = np.argsort(-pv, axis=1, kind="stable")
    idx[:, :k_eff] = np.take_along_axis(part, order, axis=1)
    val[:, :k_eff] = np.take_along_axis(pv, order, axis=1)
    return idx, val


def article_questions(a: Article) -> list[str]:
    """The questions an article says it answers: FAQ entries and question lines."""
    out, seen = [], set()
    for q in [e.question for e in a.faq] + _question_lines(a.body):
        key = q.strip()
        if key and key.lower() not in seen:
            seen.add(key.lower())
            out.append(key)
    return out


def unit_texts(a: Article, questions: list[str]) -> list[str]:
    """The texts an article is matched through: whole, title with description, questions."""
    every = article_questions(a)
    heads = " ".join(h.text for h in a.headings if h.text.strip() in questions or
                     h.text.strip() not in every)
    tags = " ".join(str(t) for t in a.tags)  # the writers' own keywords for the article
    return [f"{a.title} {a.title} {a.description} {tags} {heads} "
            f"{_answers(a, questions, every)}",
            f"{a.title} {a.description} {tags}", *questions]


def _answers(a: Article, questions: list[str], every: list[str]) -> str:
    """The body, less those of the article's questions (``every``) that are not in
    ``questions`` (held out)."""
    body = a.body
    for q in every:
        if q not in questions:
            body = body.replace(q, " ")
    return body


def _question_lines(body: str) -> list[str]:
    """Lines an FAQ-style article lists as questions it answers ("- How do I ...?")."""
    out = []
    for line in body.splitlines():
        if line.lstrip().startswith("#"):  # headings: FAQ questions are read as such
            continue
        text = line.strip().lstrip("-*0123456789. ").strip()
        if text.endswith(("?", ";")) and 3 <= len(text.split()) <= 40:
            out.append(text)
    return out
