"""The mining run: tickets in, one outcome per ticket and ranked suggestions out."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from kbgen.core.articles import ContentTree
from kbgen.search.analysis import detect_language
from kbgen.tickets.clean import clean
from kbgen.tickets.clustering import central, cluster, key_terms, majority
from kbgen.tickets.matching import DEFAULT_THRESHOLD, Matcher
from kbgen.tickets.noise import noise_reason
from kbgen.tickets.redact import redact
from kbgen.tickets.sources import Ticket

MIN_CLUSTER = 2


@dataclass
class MiningResult:
    outcomes: list[dict[str, Any]] = field(default_factory=list)
    suggestions: list[dict[str, Any]] = field(default_factory=list)
    improve: list[dict[str, Any]] = field(default_factory=list)


def mine(tickets: Iterable[Ticket], tree: ContentTree, *, threshold: float = DEFAULT_THRESHOLD,
         cluster_threshold: float = 0.35, unhelpful: set[str] | None = None,
         progress: Callable[[int], None] | None = None) -> MiningResult:
    """Match every ticket, cluster the unanswered, rank the suggestions."""
    languages = tree.languages
    matchers = {lang: Matcher(lang, tree.by_lang(lang)) for lang in languages}
    result = MiningResult()
    unanswered: dict[str, list[tuple[int, str, str]]] = defaultdict(list)  # lang -> (outcome idx,..)
    matched_by_article: dict[str, list[str]] = defaultdict(list)
    for n, ticket in enumerate(tickets, 1):
        text = redact(clean(ticket.text))
        lang = ticket.language if ticket.language in languages else \
            detect_language(text, languages)
        outcome: dict[str, Any] = {"id": ticket.id, "lang": lang}
        reason = noise_reason(text)
        if reason:
            outcome.update(outcome="noise", reason=reason)
        else:
            best = matchers[lang].best(text, k=1)
            if best and best[0].score >= threshold:
                outcome.update(outcome="matched", article=best[0].article, score=best[0].score)
                matched_by_article[best[0].article].append(ticket.id)
            else:
                unanswered[lang].append((len(result.outcomes), text, ticket.created_at[:7]))
        result.outcomes.append(outcome)
        if progress and n % 500 == 0:
            progress(500)
    for lang, items in unanswered.items():
        _suggest(result, lang, items, matchers[lang], tree, cluster_threshold)
    result.suggestions.sort(key=lambda s: (-s["tickets"], s["id"]))
    for rank, s in enumerate(result.suggestions, 1):
        s["rank"] = rank
    for article, ids in sorted(matched_by_article.items(), key=lambda kv: -len(kv[1])):
        if unhelpful is not None and article in unhelpful:
            result.improve.append({"article": article, "tickets": len(ids), "ticket_ids": ids})
    return result


def _suggest(result: MiningResult, lang: str, items: list[tuple[int, str, str]],
             matcher: Matcher, tree: ContentTree, threshold: float) -> None:
    vectors = [matcher.vector(text) for _, text, _ in items]
    groups = cluster(vectors, threshold)
    misc: list[int] = []
    serial = 0
    for group in groups:
        if len(group.members) < MIN_CLUSTER:
            misc += group.members
            continue
        serial += 1
        _add_suggestion(result, f"s-{lang}-{serial:03d}", lang, group.members, items, vectors,
                        matcher, tree, key_terms(group), central(group, vectors))
    if misc:
        _add_suggestion(result, f"s-{lang}-misc", lang, misc, items, vectors, matcher, tree, [],
                        misc[:3], title_hint="(various single questions)")


def _add_suggestion(result: MiningResult, sid: str, lang: str, members: list[int],
                    items: list[tuple[int, str, str]], vectors: list, matcher: Matcher,
                    tree: ContentTree, terms: list[str], examples: list[int],
                    title_hint: str | None = None) -> None:
    ids = []
    for m in members:
        outcome = result.outcomes[items[m][0]]
        outcome.update(outcome="suggestion", suggestion=sid)
        ids.append(outcome["id"])
    texts = [items[m][1] for m in examples]
    nearest: Counter[str] = Counter()
    for m in examples:
        for match in matcher.best(items[m][1], k=2):
            nearest[match.article] = max(nearest[match.article], match.score)
    near = [{"article": a, "score": round(s, 3)} for a, s in nearest.most_common(3)]
    categories = [a.category for a in tree.articles if a.src in nearest]
    trend = Counter(items[m][2] for m in members if items[m][2])
    result.suggestions.append({
        "id": sid, "lang": lang, "title": title_hint or _title(texts[0] if texts else ""),
        "category": majority(categories), "tickets": len(members), "ticket_ids": ids,
        "trend": dict(sorted(trend.items())), "terms": terms, "examples": texts[:3],
        "nearest_articles": near, "misc": title_hint is not None,
    })


def _title(text: str) -> str:
    first = re.split(r"(?<=[.?;!])\s", text.strip(), maxsplit=1)[0]
    first = first if len(first) <= 90 else first[:90].rsplit(" ", 1)[0] + "…"
    return first[:1].upper() + first[1:]


def document(result: MiningResult, source: dict[str, Any], errors: list[dict[str, Any]],
             ) -> dict[str, Any]:
    """The versioned ``suggestions.json`` document (schema_version 1)."""
    return {"schema_version": 1,
            "generated_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "source": source, "tickets": result.outcomes, "suggestions": result.suggestions,
            "improve": result.improve, "errors": errors}
