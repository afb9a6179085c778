"""Group unanswered tickets by topic: each group becomes a suggested article.

Single-pass leader clustering on TF-IDF vectors (centroids keep their top terms),
then a merge pass; linear in tickets times clusters touched through an inverted
index of centroid terms, so 100,000 tickets stay well under two minutes.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kbgen.tickets.vectors import Vector, cosine

TOP_TERMS = 25


@dataclass
class Cluster:
    members: list[int] = field(default_factory=list)
    sums: dict[str, float] = field(default_factory=dict)
    centroid: Vector = field(default_factory=dict)

    def add(self, i: int, vec: Vector) -> None:
        self.members.append(i)
        for t, w in vec.items():
            self.sums[t] = self.sums.get(t, 0.0) + w
        top = sorted(self.sums.items(), key=lambda kv: -kv[1])[:TOP_TERMS]
        norm = math.sqrt(sum(v * v for _, v in top)) or 1.0
        self.centroid = {t: v / norm for t, v in top}


def cluster(vectors: list[Vector], threshold: float = 0.35) -> list[Cluster]:
    clusters: list[Cluster] = []
    index: dict[str, set[int]] = defaultdict(set)
    for i, vec in enumerate(vectors):
        candidates: set[int] = set()
        for t in sorted(vec, key=lambda t: -vec[t])[:8]:
            candidates |= index.get(t, set())
        best, best_sim = -1, threshold
        for c in candidates:
            sim = cosine(vec, clusters[c].centroid)
            if sim >= best_sim:
                best, best_sim = c, sim
        if best < 0:
            clusters.append(Cluster())
            best = len(clusters) - 1
        before = set(clusters[best].centroid)
        clusters[best].add(i, vec)
        for t in set(clusters[best].centroid) - before:
            index[t].add(best)
    return _merge(clusters, threshold)


def _merge(clusters: list[Cluster], threshold: float) -> list[Cluster]:
    """Merge clusters whose centroids are close (order effects of one pass)."""
    clusters = sorted(clusters, key=lambda c: -len(c.members))
    kept: list[Cluster] = []
    for c in clusters:
        target = next((k for k in kept if len(c.members) > 0 and
                       cosine(c.centroid, k.centroid) >= threshold + 0.1), None)
        if target is None:
            kept.append(c)
            continue
        target.members += c.members
        for t, w in c.sums.items():
            target.sums[t] = target.sums.get(t, 0.0) + w
        top = sorted(target.sums.items(), key=lambda kv: -kv[1])[:TOP_TERMS]
        norm = math.sqrt(sum(v * v for _, v in top)) or 1.0
        target.centroid = {t: v / norm for t, v in top}
    return kept


def key_terms(c: Cluster, n: int = 6) -> list[str]:
    return [t for t, _ in sorted(c.sums.items(), key=lambda kv: -kv[1])
            if not t.startswith("~")][:n]


def central(c: Cluster, vectors: list[Vector], n: int = 3) -> list[int]:
    ranked = sorted(c.members, key=lambda i: -cosine(vectors[i], c.centroid))
    return ranked[:n]


def majority(values: list[str]) -> str:
    return Counter(values).most_common(1)[0][0] if values else ""
