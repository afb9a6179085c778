"""Match a ticket to the article of its language that answers it.

Units: an article is matched through its *units*: the whole article (title twice,
description, headings, body), its title with its description, and each question it
says it answers (FAQ entries, question lines of the body). Vectors are TF-IDF over
stems and stemmed bigrams of the site search's analysis (:mod:`kbgen.tickets.vectors`).

Score: an article's score for a ticket is the cosine with the article's centroid (the
normalized sum of its units) plus half the cosine with its best unit, over 1.5.
Tickets are scored in blocks of ``BLOCK`` against all articles with two sparse
products (units, centroids), so 100,000 tickets take seconds.

Decision: "an article answers this" when the ticket's *confidence*
``s1 + (s1 - s2)`` (best article's score plus its margin over the second best)
reaches the threshold. The threshold is calibrated on the articles, never on ticket
labels (:meth:`Matcher.calibrate`, :meth:`Matcher.threshold_for`):

- every FAQ question is held out and scored twice: against the site with its article
  rebuilt without it (an *answered* example, where the article has other questions
  left) and against the site without its article (an *unanswered* example);
- the share of unanswered among the tickets being mined is estimated from the
  tickets' own confidences, as a mixture of those two distributions (EM);
- the threshold is the one with the fewest expected errors at that share.

Where no article has two questions (nothing to stand for an answered ticket), the
threshold flags ``NEG_RECALL`` of the unanswered examples; where there are fewer than
``CALIBRATION_MIN`` questions at all, ``FALLBACK_THRESHOLD``.

Vocabulary: given the tickets to be mined, the space's columns and IDF are over the
articles' units and the tickets (``VOCABULARY``), so the calibration, the scores and the
feedback below all see the customers' words.

The tickets' own evidence (:meth:`Matcher.with_tickets`, from ``EVIDENCE_MIN_TICKETS``
tickets on): each article is extended by the centroid of the tickets it answered
(Rocchio), a ticket close to a group of unanswered tickets loses confidence, and the
calibrated number of unanswered tickets is kept: the threshold decides how many, the
evidence which. See dev/mining.md.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import scipy.sparse as sp
from scipy.special import ndtr

from kbgen.core.articles import Article
from kbgen.tickets.clustering import DEFAULT_CUT, cluster
from kbgen.tickets.vectors import Space, normalize_rows, terms

DEFAULT_THRESHOLD: float | None = None  # None: calibrated (see the module's docstring)
FALLBACK_THRESHOLD = 0.42  # fewer than CALIBRATION_MIN FAQ questions in every language
CALIBRATION_MIN = 10
PRIOR_MIN_TICKETS = 50  # tickets needed to estimate the share of unanswered
# answered examples needed for that estimate: with fewer, their histogram is too rough
# (the demo's 19 Greek questions put the share at 0.67 where it is 0.2)
PRIOR_MIN_QUESTIONS = 50
# Without answered examples (one question per article): flag this share of the held-out
# questions whose article is missing (the recall goal of "unanswered").
NEG_RECALL = 0.8
CALIBRATION_SAMPLE = 3000  # held-out questions at most
# the kernel that smooths the calibration's expected errors, as a share of Silverman's
# bandwidth (0: the empirical step function); see threshold_for
THRESHOLD_SMOOTHING = 0.3
MARGIN_WEIGHT = 1.0  # confidence: best score plus this much of its margin over the second
MAX_WEIGHT = 0.5  # article score: its centroid's cosine plus this much of its best unit's
BLOCK = 2048  # tickets scored per sparse product
# The tickets' own evidence (Matcher.with_tickets), from this many tickets of a language on:
EVIDENCE_MIN_TICKETS = 50
# an article's centroid plus this much of its answered tickets' centroid (tuned on held-out
# FAQ questions: benchmarks/mining_tuning.py)
TICKET_WEIGHT = 0.3
GROUP_WEIGHT = 1.0  # confidence less this much of the similarity to a group of unanswered
GROUP_MIN = 3  # unanswered tickets that make a group
FEEDBACK_ROUNDS = 1  # rounds of relevance feedback (each re-decides which tickets feed it)
FEEDBACK_SHARE = 1.0  # share of the answered tickets (the surest) that feed the articles
VOCABULARY = "tickets"  # "articles": columns and IDF from the articles' units only


@dataclass
class Match:
    article: str  # path relative to the docs folder
    score: float


@dataclass
class Calibration:
    threshold: float  # used when there are no answered examples (pos is None)
    questions: int  # held-out questions
    source: str  # "held-out questions", "held-out questions, unanswered only", "fallback"
    pos: np.ndarray | None = None  # confidence of each, its article rebuilt without it
    neg: np.ndarray | None = None  # confidence of each, its article removed
    right: np.ndarray | None = None  # whether the rebuilt article came first
    candidates: np.ndarray = field(default_factory=lambda: np.zeros(0))


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
        self._calibration: Calibration | None = None
        self.last_share = 0.5  # estimated share of unanswered in the last tickets decided
        self.last_confidence = np.zeros(0)  # confidence of each of the last tickets decided
        self.last_threshold = FALLBACK_THRESHOLD  # the threshold of the last decision

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

    def decide(self, vectors: sp.csr_matrix, threshold: float | None = None,
               cut: float = DEFAULT_CUT) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Best article index, its score, and whether it answers, for every row.

        Without ``threshold``, the calibrated one for these tickets (:meth:`threshold_for`).
        With at least ``EVIDENCE_MIN_TICKETS`` rows, the other tickets then re-decide which
        rows are answered (:meth:`with_tickets`); ``cut`` is the clustering cut.
        """
        idx, val = self.top(vectors, 3)
        conf = self.kin_confidence(idx, val)
        self.last_confidence = conf
        th = self.threshold_for(conf) if threshold is None else threshold
        self.last_threshold = th
        answers = (idx[:, 0] >= 0) & (conf >= th)
        if vectors.shape[0] < EVIDENCE_MIN_TICKETS or answers.all() or not answers.any():
            return idx[:, 0], val[:, 0], answers
        return self.with_tickets(vectors, idx[:, 0], answers, cut, conf)

    def with_tickets(self, vectors: sp.csr_matrix, best: np.ndarray, answers: np.ndarray,
                     cut: float, conf: np.ndarray | None = None,
                     ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The tickets' own evidence, after a first decision (``best``, ``answers``).

        1. Each article is extended by the tickets it answered: its centroid plus
           ``TICKET_WEIGHT`` times their centroid (Rocchio's relevance feedback); every
           ticket is scored again against the extended articles (``FEEDBACK_ROUNDS``
           times, each round fed by the tickets the previous one answered). Where the
           matcher was built with the tickets, their words have columns too, so an article
           gains customer words that no article uses.
        2. The unanswered tickets are grouped (:func:`kbgen.tickets.clustering.cluster` at
           ``cut``); a ticket close to a group of at least ``GROUP_MIN`` unanswered tickets
           (cosine with the group's centroid, the ticket itself left out) is less likely to
           be answered: its confidence loses ``GROUP_WEIGHT`` times that similarity.
        3. As many tickets as the first decision left unanswered (its calibrated count)
           are left unanswered again: those of lowest confidence now.
        """
        unanswered = int((~answers).sum())
        first = answers
        for _ in range(max(1, FEEDBACK_ROUNDS)):
            extended = self.extended_centroids(vectors, best, answers, conf)
            idx, val = self.top(vectors, 3, extended)
            conf = self.kin_confidence(idx, val)
            best = idx[:, 0]
            answers = np.ones(len(conf), dtype=bool)
            answers[np.argsort(conf, kind="stable")[:unanswered]] = False
        conf = conf - GROUP_WEIGHT * group_similarity(vectors, ~first, cut)
        order = np.argsort(conf, kind="stable")
        decided = np.ones(len(conf), dtype=bool)
        decided[order[:unanswered]] = False
        self.last_confidence = conf
        return best, val[:, 0], decided & (best >= 0)

    def extended_centroids(self, vectors: sp.csr_matrix, best: np.ndarray, answers: np.ndarray,
                           conf: np.ndarray | None = None) -> sp.csr_matrix:
        """The articles' centroids (transposed, as in :meth:`article_scores`) plus
        ``TICKET_WEIGHT`` times the centroid of the tickets each answers (Rocchio); only
        the surest ``FEEDBACK_SHARE`` of the answered tickets (by ``conf``) feed them."""
        rows = np.flatnonzero(answers & (best >= 0))
        if conf is not None and FEEDBACK_SHARE < 1.0 and len(rows):
            keep = max(1, int(round(len(rows) * FEEDBACK_SHARE)))
            rows = rows[np.argsort(-conf[rows], kind="stable")[:keep]]
        member = sp.csr_matrix((np.ones(len(rows), dtype=np.float32), (best[rows], rows)),
                               shape=(len(self.articles), vectors.shape[0]))
        tickets = normalize_rows(sp.csr_matrix(member @ vectors))
        extended = normalize_rows(sp.csr_matrix(self.centroids_t.T) + TICKET_WEIGHT * tickets)
        return sp.csr_matrix(extended.T)

    def calibrate(self) -> Calibration:
        """Held-out questions of the articles, scored with and without their article."""
        if self._calibration is None:
            self._calibration = self._calibrate()
        return self._calibration

    def threshold_for(self, conf: np.ndarray) -> float:
        """The threshold that makes the fewest expected errors on tickets scoring ``conf``.

        The share of unanswered tickets is estimated from the tickets' own scores: their
        distribution is taken for a mixture of the held-out questions' distributions with
        and without their article (histograms), and the share fitted by expectation
        maximisation. With fewer than ``PRIOR_MIN_TICKETS`` tickets or
        ``PRIOR_MIN_QUESTIONS`` answered examples it is one half.
        """
        cal = self.calibrate()
        self.last_share = float("nan")
        if cal.pos is None or cal.neg is None or cal.right is None:
            return cal.threshold
        pos, neg, right = cal.pos, cal.neg, cal.right
        enough = len(conf) >= PRIOR_MIN_TICKETS and len(pos) >= PRIOR_MIN_QUESTIONS
        share = mixture_share(pos, neg, conf) if enough else 0.5
        # the expected errors at each candidate threshold, each example's indicator smoothed
        # by a normal kernel: with a few dozen examples the empirical step function's minimum
        # jumps with any change of the vocabulary (two tickets more moved it 0.21 -> 0.28)
        th = cal.candidates[:, None]
        if THRESHOLD_SMOOTHING > 0:
            answered = (right * ndtr((pos - th) / _bandwidth(pos))).mean(axis=1)
            flagged = ndtr((neg - th) / _bandwidth(neg)).mean(axis=1)
        else:
            answered, flagged = (right & (pos >= th)).mean(axis=1), (neg >= th).mean(axis=1)
        loss = (1 - share) * (1 - answered) + share * flagged
        self.last_share = share if enough else float("nan")  # nan: not estimated
        return float(cal.candidates[int(np.argmin(loss))])

    def _calibrate(self) -> Calibration:
        qs = list(self.questions)
        if len(qs) > CALIBRATION_SAMPLE:
            qs = random.Random(0).sample(qs, CALIBRATION_SAMPLE)
        if len(qs) < CALIBRATION_MIN or len(self.articles) < 3:
            return Calibration(FALLBACK_THRESHOLD, len(qs), "fallback")
        pos_scores, neg_scores, owner_of = self.held_out_scores(qs)
        neg = self.kin_confidence(*_held_out_best(neg_scores))
        # a question stands for an answered ticket only where its article has other
        # questions left to answer it (else only its answer text is left: too hard)
        per_article = np.bincount([k for k, _ in self.questions], minlength=len(self.articles))
        several = per_article[owner_of] >= 2
        if several.sum() < CALIBRATION_MIN:
            th = float(np.quantile(neg, NEG_RECALL))
            return Calibration(round(th, 3), len(qs), "held-out questions, unanswered only",
                               neg=neg)
        idx, val = _held_out_best(pos_scores[several])
        pos = self.kin_confidence(idx, val)
        owner = owner_of[several]
        # an article the writers linked to the question's own answers it too
        right = (idx[:, 0] == owner) | self.are_kin(owner, idx[:, 0])
        candidates = np.unique(np.round(np.concatenate([pos, neg]), 3))
        return Calibration(FALLBACK_THRESHOLD, len(qs), "held-out questions", pos, neg, right,
                           candidates)

    def held_out_scores(self, qs: list[tuple[int, str]],
                        ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Article scores of held-out questions: with their article rebuilt without the
        question (answered), and with their article removed (unanswered). Articles that
        writers linked to it with ``related`` are removed too: they answer the same topic
        (a returns FAQ without the return policy is no missing article)."""
        owner_of = np.asarray([k for k, _ in qs])
        q = self.matrix([text for _, text in qs])
        pos = np.zeros((len(qs), len(self.articles)), dtype=np.float32)
        for lo in range(0, len(qs), BLOCK):
            pos[lo:lo + BLOCK] = self.article_scores(q[lo:lo + BLOCK])
        for row, (k, text) in enumerate(qs):
            a = self.articles[k]
            rest = [x for x in article_questions(a) if x != text]
            units = [u.replace(text, " ") for u in unit_texts(a, rest)]
            m = self.space.matrix([terms(u, self.lang) for u in units])
            centroid = normalize_rows(sp.csr_matrix(m.sum(axis=0)))
            best = (q[row] @ m.T).toarray().max(initial=0.0)
            whole = (q[row] @ centroid.T).toarray()[0, 0]
            pos[row, k] = _mix(whole, best)
        neg = pos.copy()
        neg[np.arange(len(qs)), owner_of] = -1.0  # the article is missing
        n = len(self.articles)
        for code in self.kin:  # and so are its kin
            neg[owner_of == code // n, code % n] = -1.0
        return pos, neg, owner_of


def group_similarity(vectors: sp.csr_matrix, among: np.ndarray, cut: float) -> np.ndarray:
    """Each row's cosine with the nearest group of at least ``GROUP_MIN`` rows of ``among``
    (grouped at ``cut``); a row of a group is left out of its own group's centroid."""
    n = vectors.shape[0]
    out = np.zeros(n, dtype=np.float32)
    rows = np.flatnonzero(among)
    if len(rows) < GROUP_MIN:
        return out
    labels = np.full(n, -1, dtype=np.int64)
    k = 0
    for group in cluster(vectors[rows], cut):
        if len(group.members) >= GROUP_MIN:
            labels[rows[group.members]] = k
            k += 1
    if not k:
        return out
    grouped = np.flatnonzero(labels >= 0)
    member = sp.csr_matrix((np.ones(len(grouped), dtype=np.float32), (labels[grouped], grouped)),
                           shape=(k, n))
    sums = sp.csr_matrix(member @ vectors)  # unnormalized: a row can be taken out of its own
    sums_t = sp.csr_matrix(sums.T)
    norms2 = np.asarray(sums.multiply(sums).sum(axis=1)).ravel()
    for lo in range(0, n, BLOCK):
        dots = (vectors[lo:lo + BLOCK] @ sums_t).toarray()
        sims = dots / np.sqrt(np.maximum(norms2, 1e-12))
        own = labels[lo:lo + BLOCK]
        mine = np.flatnonzero(own >= 0)
        if len(mine):
            d = dots[mine, own[mine]]
            rest = norms2[own[mine]] - 2 * d + 1.0  # |sum - x|^2, x of unit length
            sims[mine, own[mine]] = np.where(rest > 1e-6, (d - 1.0) / np.sqrt(np.maximum(
                rest, 1e-12)), 0.0)
        out[lo:lo + BLOCK] = sims.max(axis=1)
    return out


def _bandwidth(values: np.ndarray) -> float:
    """Silverman's rule of thumb for a normal kernel over ``values``."""
    spread = min(np.std(values), (np.quantile(values, 0.75) - np.quantile(values, 0.25)) / 1.34)
    return max(float(THRESHOLD_SMOOTHING * spread * len(values) ** -0.2), 1e-3)


def mixture_share(pos: np.ndarray, neg: np.ndarray, values: np.ndarray, bins: int = 24,
                  ) -> float:
    """The weight of ``neg`` in ``values`` seen as a mixture of ``pos`` and ``neg`` (EM)."""
    edges = np.linspace(min(pos.min(), neg.min()), max(pos.max(), neg.max()), bins + 1)[1:-1]
    f_pos = np.bincount(np.searchsorted(edges, pos), minlength=bins) + 0.5
    f_neg = np.bincount(np.searchsorted(edges, neg), minlength=bins) + 0.5
    f_pos, f_neg = f_pos / f_pos.sum(), f_neg / f_neg.sum()
    counts = np.bincount(np.searchsorted(edges, values), minlength=bins)
    share = 0.5
    for _ in range(200):
        post = share * f_neg / (share * f_neg + (1 - share) * f_pos)
        new = float(counts @ post / counts.sum())
        if abs(new - share) < 1e-5:
            break
        share = new
    return float(np.clip(share, 0.02, 0.9))


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


def _held_out_best(scores: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """:func:`best_of` three for held-out questions; a removed article (-1) scores 0."""
    idx, val = best_of(scores, 3)
    return idx, np.maximum(val, 0.0)


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
