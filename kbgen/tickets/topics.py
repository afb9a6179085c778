"""Topics first: a language's real tickets are grouped, and each group is decided on the
evidence of all its tickets.

Why: one ticket is a handful of words, and whether an article answers it cannot be told
from its own similarity score on a small site (a threshold guessed from a few FAQ
questions sent three covered tickets in four to "unanswered" on shops the team had not
seen). Ten tickets about one thing say much more: the words they share are what the
customers ask about, and either an article holds those words or none does.

Evidence, per topic (:func:`weigh`):

- *confidence*: each ticket's best score plus its margin over the runner-up
  (:mod:`kbgen.tickets.matching`); the topic's is its tickets' mean;
- *lead article*: the article most of its tickets rank first (articles that writers linked
  with ``related`` count as one), and the *agreement*, the share of tickets that do;
- *key words*: the words its tickets share, each weighed by the share of the topic's
  tickets that use it times how much it tells (:func:`key_words`), and the *coverage*, the
  share of their weight that the lead article holds: shown to writers, with the key words
  the article lacks.

The limits come from the tickets themselves (:func:`thresholds`): each ticket's *null* is
the confidence it would have if its best article (and its kin) did not exist, which is
what an unanswered ticket looks like on this site with these customers' words.

Status (:func:`decide`):

- ``answered`` when the topic's confidence reaches the ``NULL_QUANTILE`` of the null;
- ``not_found`` when it is only above the null's median but at least ``NOT_FOUND_MIN``
  tickets mostly (``AGREEMENT``) rank one article first: an article is about it, but
  customers use words it lacks (:attr:`Topic.missing_words`);
- ``missing_translation`` (decided in :mod:`kbgen.tickets.mining`) when an article of
  another language answers it and this language has no translation of it;
- ``missing`` otherwise.

A ticket whose own confidence reaches the ``STRONG_QUANTILE`` of the null keeps its own best
article, whatever its topic says: a stray question in a topic of others is still answered.
See dev/mining.md for the figures.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

NULL_QUANTILE = 0.7  # a topic is answered above this quantile of the null confidences
STRONG_QUANTILE = 0.95  # a ticket this sure of its own article overrides a missing topic
ANSWER_FLOOR = 0.08  # the confidence that answers is never below this
AGREEMENT = 0.8  # share of a topic's tickets that rank the lead article first: not found
NOT_FOUND_MIN = 3  # tickets a topic needs to be called "not found"
KEY_SHARE = 0.2  # share of a topic's tickets a word must be in to be a key word (from 3 on)


@dataclass
class Topic:
    """One group of tickets of a language and what its evidence says."""

    members: list[int]  # indices into the language's tickets
    status: str = "missing"
    article: int = -1  # lead article (index into the matcher's articles), -1: none
    agreement: float = 0.0
    coverage: float = 0.0
    score: float = 0.0  # its tickets' mean confidence in their best article
    key_words: list[tuple[str, float]] = field(default_factory=list)  # (term, weight)
    missing_words: list[str] = field(default_factory=list)  # key terms the article lacks


def unigrams(terms: Iterable[str]) -> set[str]:
    """The words of a term list (no bigrams)."""
    return {t for t in terms if "_" not in t}


def coverage(weights: dict[str, float], vocabulary: set[str] | frozenset[str]) -> float:
    """The share of ``weights`` that ``vocabulary`` holds."""
    total = sum(weights.values())
    if total <= 0:
        return 0.0
    return sum(w for t, w in weights.items() if t in vocabulary) / total


def key_words(members: Sequence[set[str]], idf: dict[str, float], default: float,
              ) -> dict[str, float]:
    """A topic's key words: those in at least ``KEY_SHARE`` of its tickets (every word of a
    topic of one or two), weighed by that share times their IDF."""
    n = len(members)
    count: Counter[str] = Counter()
    for words in members:
        count.update(words)
    need = 1 if n <= 2 else max(2, math.ceil(KEY_SHARE * n))
    weights = {t: c / n * idf.get(t, default) for t, c in count.items() if c >= need}
    if not weights:  # no word shared by enough of them: every word at its share
        weights = {t: c / n * idf.get(t, default) for t, c in count.items()}
    return weights


def lead(best: Sequence[int], family: dict[int, int]) -> tuple[int, float]:
    """The article most of ``best`` rank first (kin counted as one: ``family`` maps an
    article to its family's representative) and the share that do."""
    votes = Counter(family.get(b, b) for b in best if b >= 0)
    if not votes:
        return -1, 0.0
    rep, n = votes.most_common(1)[0]
    # the family's most voted member stands for it
    inner = Counter(b for b in best if b >= 0 and family.get(b, b) == rep)
    return inner.most_common(1)[0][0], n / len(best)


def thresholds(null: np.ndarray) -> tuple[float, float, float]:
    """(low, answer, strong): the median, ``NULL_QUANTILE`` and ``STRONG_QUANTILE`` of the
    tickets' confidence without their best article (and its kin)."""
    if not len(null):
        return ANSWER_FLOOR, ANSWER_FLOOR, ANSWER_FLOOR
    low, answer, strong = np.quantile(null, [0.5, NULL_QUANTILE, STRONG_QUANTILE])
    # a few tickets on a site of a few articles give a null of nearly nothing: one word in
    # common would then answer
    return (max(float(low), ANSWER_FLOOR / 2), max(float(answer), ANSWER_FLOOR),
            max(float(strong), 2 * ANSWER_FLOOR))


def weigh(topic: Topic, conf: np.ndarray, best: Sequence[int], family: dict[int, int],
          words: Sequence[set[str]], vocabularies: Sequence[set[str]], idf: dict[str, float],
          default: float) -> Topic:
    """Fill ``topic``'s evidence: lead article and agreement, mean confidence, key words,
    their coverage by the lead article and the ones it lacks."""
    members = topic.members
    article, agreement = lead([best[m] for m in members], family)
    topic.article, topic.agreement = article, agreement
    topic.score = float(np.mean(conf[members])) if members else 0.0
    weights = key_words([words[m] for m in members], idf, default)
    ranked = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))  # ties by word: stable
    topic.key_words = ranked[:12]
    if article >= 0:
        topic.coverage = coverage(weights, vocabularies[article])
        topic.missing_words = [t for t, _ in ranked if t not in vocabularies[article]][:8]
    return topic


def decide(topic: Topic, limits: tuple[float, float, float]) -> Topic:
    """``topic``'s status from its evidence (:func:`weigh`) and the language's limits."""
    low, answer, _ = limits
    if topic.article >= 0 and topic.score >= answer:
        topic.status = "answered"
    elif (topic.article >= 0 and len(topic.members) >= NOT_FOUND_MIN
          and topic.agreement >= AGREEMENT and topic.score > low):
        topic.status = "not_found"
    else:
        topic.status = "missing"
    return topic


def families(kin_pairs: Iterable[tuple[int, int]], n: int) -> dict[int, int]:
    """Articles linked with ``related`` (either way, transitively) mapped to one of them."""
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in kin_pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {i: root(i) for i in range(n)}
