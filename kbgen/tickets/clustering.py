"""Group unanswered tickets by topic: each group becomes a suggested article.

Tickets are TF-IDF rows (stems and stemmed bigrams, IDF over the tickets being
grouped). Up to ``SAMPLE`` tickets are grouped by average-linkage agglomerative
clustering of their cosine distances, cut at a calibrated similarity; beyond that,
a sample is grouped the same way, every other ticket joins the group whose centroid
is nearest if it is close enough, and the tickets left over go round again (a few
rounds at most), so 100,000 tickets stay linear in tickets times groups.

The cut is calibrated on the site's own FAQ questions when enough articles list
several (each article's questions are one topic: the cut that best recovers the
articles, by adjusted Rand index), else :data:`DEFAULT_CUT`; see dev/mining.md.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from math import comb

import numpy as np
import scipy.sparse as sp
from scipy.cluster.hierarchy import fcluster, linkage

from kbgen.tickets.vectors import normalize_rows

DEFAULT_CUT = 0.30  # cosine similarity at which average linkage stops merging
SAMPLE = 3000  # tickets clustered exactly at once
ROUNDS = 4
CALIBRATION_MIN_ARTICLES = 8  # articles with at least 3 questions, to calibrate the cut


@dataclass
class Cluster:
    members: list[int] = field(default_factory=list)
    centroid: np.ndarray | None = None  # dense, over the space's terms


def agglomerate(x: sp.csr_matrix, cut: float) -> np.ndarray:
    """Average-linkage labels (0..k-1) of the rows of ``x`` (unit length), cut at ``cut``."""
    n = x.shape[0]
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    if n == 1:
        return np.zeros(1, dtype=np.int64)
    sims = (x @ x.T).toarray()
    dist = np.clip(1.0 - sims, 0.0, 2.0)
    iu = np.triu_indices(n, 1)
    tree = linkage(dist[iu].astype(np.float64), method="average")
    return fcluster(tree, t=1.0 - cut, criterion="distance") - 1


def cluster(x: sp.csr_matrix, cut: float = DEFAULT_CUT, seed: int = 0) -> list[Cluster]:
    """Groups of the rows of ``x``, largest first (singletons included)."""
    n = x.shape[0]
    labels = np.full(n, -1, dtype=np.int64)
    pending = np.arange(n)
    rng = np.random.default_rng(seed)
    next_label = 0
    for _ in range(ROUNDS):
        if not len(pending):
            break
        if len(pending) <= SAMPLE:
            sub = agglomerate(x[pending], cut)
            labels[pending] = sub + next_label
            pending = pending[:0]
            break
        sample = np.sort(rng.choice(pending, SAMPLE, replace=False))
        sub = agglomerate(x[sample], cut)
        k = int(sub.max()) + 1
        member = sp.csr_matrix((np.ones(len(sample), dtype=np.float32), (sub, np.arange(
            len(sample)))), shape=(k, len(sample)))
        centroids = normalize_rows(sp.csr_matrix(member @ x[sample]))
        rest = np.setdiff1d(pending, sample)
        labels[sample] = sub + next_label
        best = np.full(len(rest), -1, dtype=np.int64)
        best_sim = np.zeros(len(rest), dtype=np.float32)
        for lo in range(0, len(rest), 4096):
            sims = (x[rest[lo:lo + 4096]] @ centroids.T).toarray()
            best[lo:lo + 4096] = sims.argmax(axis=1)
            best_sim[lo:lo + 4096] = sims.max(axis=1)
        sizes = np.bincount(sub, minlength=k)
        # a ticket joins a group of the sample (not a lone sampled ticket) close enough
        joins = (best_sim >= cut) & (sizes[best] >= 2)
        labels[rest[joins]] = best[joins] + next_label
        next_label += k
        pending = rest[~joins]
    if len(pending):  # left over after every round: alone
        labels[pending] = np.arange(len(pending)) + next_label
    groups: dict[int, list[int]] = {}
    for i, lab in enumerate(labels.tolist()):
        groups.setdefault(lab, []).append(i)
    out = []
    for members in groups.values():
        rows = x[members]
        c = np.asarray(rows.sum(axis=0)).ravel()
        out.append(Cluster(members, c / (np.linalg.norm(c) or 1.0)))
    out.sort(key=lambda c: (-len(c.members), c.members[0]))
    return out


def calibrate_cut(x: sp.csr_matrix, topics: list[int]) -> float | None:
    """The cut that best recovers ``topics`` (the article of each FAQ question) from ``x``."""
    count = Counter(topics)
    if sum(1 for c in count.values() if c >= 3) < CALIBRATION_MIN_ARTICLES:
        return None
    best, best_ari = None, -1.0
    for cut in np.arange(0.10, 0.62, 0.02):
        score = adjusted_rand(topics, agglomerate(x, float(cut)).tolist())
        if score > best_ari:
            best, best_ari = round(float(cut), 2), score
    return best


def adjusted_rand(a: list, b: list) -> float:
    pairs = Counter(zip(a, b, strict=True))
    index = sum(comb(c, 2) for c in pairs.values())
    sa = sum(comb(c, 2) for c in Counter(a).values())
    sb = sum(comb(c, 2) for c in Counter(b).values())
    n = len(a)
    expected = sa * sb / comb(n, 2) if n > 1 else 0
    top = (sa + sb) / 2
    return (index - expected) / (top - expected) if top != expected else 1.0


def key_terms(c: Cluster, names: list[str], n: int = 6) -> list[str]:
    """The cluster's heaviest words, bigrams written with a space; Greeklish keys (``~``)
    only when the tickets have no other words (Greek typed in Latin letters)."""
    if c.centroid is None:
        return []
    ranked = [i for i in np.argsort(-c.centroid)[: n * 6] if c.centroid[i] > 0]
    words = [names[i] for i in ranked if not names[i].startswith("~")] or \
        [names[i][1:] for i in ranked]
    out: list[str] = []
    for t in words:
        t = t.replace("_", " ")
        if t not in out and not any(t in o.split(" ") for o in out):
            out.append(t)
        if len(out) == n:
            break
    return out


def central(c: Cluster, x: sp.csr_matrix, n: int = 3) -> list[int]:
    """The ``n`` members closest to the cluster's centroid."""
    if c.centroid is None or len(c.members) <= n:
        return c.members[:n]
    sims = x[c.members] @ c.centroid
    order = np.argsort(-np.asarray(sims).ravel(), kind="stable")[:n]
    return [c.members[i] for i in order]


def majority(values: list[str]) -> str:
    return Counter(values).most_common(1)[0][0] if values else ""
