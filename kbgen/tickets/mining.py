"""The mining run: tickets in, one outcome per ticket and ranked suggestions out."""

from __future__ import annotations

import datetime as dt
import random
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from kbgen.core.articles import ContentTree
from kbgen.tickets.clean import clean
from kbgen.tickets.clustering import (
    DEFAULT_CUT,
    calibrate_cut,
    central,
    cluster,
    key_terms,
    majority,
)
from kbgen.tickets.language import LanguageGuesser
from kbgen.tickets.matching import DEFAULT_THRESHOLD, Matcher
from kbgen.tickets.noise import is_reply, noise_reason, strip_greeting
from kbgen.tickets.redact import redact
from kbgen.tickets.sources import Ticket
from kbgen.tickets.vectors import Space, terms

MIN_CLUSTER = 2
LONG_TICKET = 40  # words; a longer ticket is matched on its subject and what it asks
CUT_SAMPLE = 1500  # FAQ questions used to calibrate the clustering cut, at most


@dataclass
class MiningResult:
    outcomes: list[dict[str, Any]] = field(default_factory=list)
    suggestions: list[dict[str, Any]] = field(default_factory=list)
    improve: list[dict[str, Any]] = field(default_factory=list)
    # per language: the decision's threshold and what it was calibrated on
    calibration: dict[str, dict[str, Any]] = field(default_factory=dict)


def mine(tickets: Iterable[Ticket], tree: ContentTree, *, threshold: float | None = DEFAULT_THRESHOLD,
         cluster_threshold: float | None = None, unhelpful: set[str] | None = None,
         progress: Callable[[int], None] | None = None) -> MiningResult:
    """Match every ticket, cluster the unanswered, rank the suggestions.

    ``threshold`` (decision figure, see :mod:`kbgen.tickets.matching`) and
    ``cluster_threshold`` (the similarity cut of :mod:`kbgen.tickets.clustering`) are
    calibrated on the site's own articles when None.
    """
    languages = tree.languages
    matchers: dict[str, Matcher] = {}
    result = MiningResult()
    pending: dict[str, list[tuple[int, list[str], str, str]]] = defaultdict(list)
    matched_by_article: dict[str, list[str]] = defaultdict(list)
    language = LanguageGuesser(tree)
    for n, ticket in enumerate(tickets, 1):
        # subject and body on their own lines: a title is cut from one, not across both
        text = "\n".join(p for p in (redact(clean(ticket.subject)), redact(clean(ticket.body)))
                         if p)
        lang = ticket.language if ticket.language in languages else \
            language(text)
        outcome: dict[str, Any] = {"id": ticket.id, "lang": lang}
        reason = noise_reason(text)
        if not reason and is_reply(ticket.subject):
            reason = noise_reason(redact(clean(ticket.body)))
        if reason:
            outcome.update(outcome="noise", reason=reason)
        else:
            outcome["outcome"] = "unanswered"  # until matched or grouped below
            typed = _matched_text(ticket, text, lang, language)
            pending[lang].append((len(result.outcomes), terms(typed, lang), text,
                                  ticket.created_at[:7]))
        result.outcomes.append(outcome)
        if progress and n % 500 == 0:
            progress(500)
    for lang, items in pending.items():
        matchers[lang] = Matcher(lang, tree.by_lang(lang), [t for _, t, _, _ in items])
    # languages that can calibrate first: one too small to (a translated subset, say)
    # borrows their thresholds, which fit this site's articles better than a fixed one
    calibrated: list[tuple[str, float]] = []
    order = sorted(pending, key=lambda lang: matchers[lang].calibrate().source == "fallback")
    for lang in order:
        items, matcher = pending[lang], matchers[lang]
        vectors = matcher.space.matrix([t for _, t, _, _ in items])
        cut = cluster_cut(matcher) if cluster_threshold is None else cluster_threshold
        cal, th = matcher.calibrate(), threshold
        source = "given" if threshold is not None else cal.source
        if th is None and calibrated and cal.source == "fallback":
            th = float(np.median([t for _, t in calibrated]))
            source = "borrowed from " + ", ".join(lang for lang, _ in calibrated)
        best, score, answers = matcher.decide(vectors, th, cut)
        if threshold is None and cal.source != "fallback":
            calibrated.append((lang, matcher.last_threshold))
        share = matcher.last_share if th is None else float("nan")  # estimated, or not
        result.calibration[lang] = {
            "threshold": round(float(matcher.last_threshold), 3), "source": source,
            "questions": cal.questions,
            "unanswered_share": None if np.isnan(share) else round(float(share), 3)}
        unanswered = []
        for j, (k, _, _, _) in enumerate(items):
            if answers[j]:
                article = matcher.paths[best[j]]
                result.outcomes[k].update(outcome="matched", article=article,
                                          score=round(float(score[j]), 4))
                matched_by_article[article].append(result.outcomes[k]["id"])
            else:
                unanswered.append(items[j])
        del vectors
        if unanswered:
            _suggest(result, lang, unanswered, matcher, tree, cut)
    # topics by the tickets they would have prevented; the various single questions last
    result.suggestions.sort(key=lambda s: (s["misc"], -s["tickets"], s["id"]))
    for rank, s in enumerate(result.suggestions, 1):
        s["rank"] = rank
    for article, ids in sorted(matched_by_article.items(), key=lambda kv: -len(kv[1])):
        if unhelpful is not None and article in unhelpful:
            result.improve.append({"article": article, "tickets": len(ids), "ticket_ids": ids})
    return result


_SENTENCE = re.compile("[^.!?;\u037e\n]+[.!?;\u037e]*")
_GREEK_LETTER = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")


def _matched_text(ticket: Ticket, text: str, lang: str, language: LanguageGuesser) -> str:
    """What a ticket is matched on: its (redacted) text, Greeklish written in Greek; for a
    ticket of more than ``LONG_TICKET`` words that asks something, its subject and the
    sentences that ask: the story around them would drown them."""
    typed = language.to_greek(text) if lang == "el" else text
    question = asked(typed) if len(typed.split()) > LONG_TICKET else ""
    if not question:
        return typed
    subject = redact(clean(ticket.subject))
    return f"{language.to_greek(subject) if lang == 'el' else subject} {question}"


def asked(text: str) -> str:
    """The sentences of ``text`` that ask something (:func:`questions`), joined."""
    return " ".join(questions(text))


def questions(text: str) -> list[str]:
    """The sentences of ``text`` that ask something: a long ticket tells a story around
    its question ("…it arrived on Monday… What do I need to do to send it back?"), and
    the story's words outweigh the question's. A sentence asks when it ends in a question
    mark (";" too, in Greek). Measured on benchmarks/mining_demo.py: accuracy 0.53 -> 0.55;
    Banking77 and StackFAQ (short tickets) unchanged."""
    out = []
    for m in _SENTENCE.finditer(text):
        sentence = m.group().strip()
        if sentence.endswith(("?", "\u037e")) or (sentence.endswith(";") and
                                                   _GREEK_LETTER.search(sentence)):
            out.append(sentence)
    return out


def cluster_cut(matcher: Matcher) -> float:
    """The clustering cut calibrated on the articles' FAQ questions, or the default."""
    questions = matcher.questions
    if len(questions) > CUT_SAMPLE:  # whole articles, so each keeps all its questions
        keep = set(random.Random(0).sample(range(len(matcher.articles)),
                                           len(matcher.articles) * CUT_SAMPLE // len(questions)))
        questions = [q for q in questions if q[0] in keep]
    qterms = [terms(q, matcher.lang) for _, q in questions]
    if not qterms:
        return DEFAULT_CUT
    x = Space(qterms).matrix(qterms)
    cut = calibrate_cut(x, [k for k, _ in questions])
    return DEFAULT_CUT if cut is None else cut


def _suggest(result: MiningResult, lang: str, items: list[tuple[int, list[str], str, str]],
             matcher: Matcher, tree: ContentTree, cut: float) -> None:
    space = Space([t for _, t, _, _ in items], background=matcher.article_space)
    vectors = space.matrix([t for _, t, _, _ in items])
    groups = cluster(vectors, cut)
    misc: list[int] = []
    serial = 0
    for group in groups:
        if len(group.members) < MIN_CLUSTER:
            misc += group.members
            continue
        serial += 1
        _add_suggestion(result, f"s-{lang}-{serial:03d}", lang, group.members, items, matcher,
                        tree, key_terms(group, space.names), central(group, vectors))
    if misc:
        _add_suggestion(result, f"s-{lang}-misc", lang, misc, items, matcher, tree, [],
                        misc[:3], title_hint="(various single questions)")


def _add_suggestion(result: MiningResult, sid: str, lang: str, members: list[int],
                    items: list[tuple[int, list[str], str, str]], matcher: Matcher,
                    tree: ContentTree, terms: list[str], examples: list[int],
                    title_hint: str | None = None) -> None:
    ids = []
    for m in members:
        outcome = result.outcomes[items[m][0]]
        outcome.update(outcome="suggestion", suggestion=sid)
        ids.append(outcome["id"])
    texts = [items[m][2] for m in examples]
    nearest: Counter[str] = Counter()
    if texts and matcher.articles:
        idx, val = matcher.top(matcher.matrix(texts), 2)
        for row_idx, row_val in zip(idx, val, strict=True):
            for i, s in zip(row_idx, row_val, strict=True):
                if i >= 0 and s > 0:
                    path = matcher.paths[i]
                    nearest[path] = max(nearest[path], float(s))
    near = [{"article": a, "score": round(s, 3)} for a, s in nearest.most_common(3)]
    categories = [a.category for a in tree.articles if a.src in nearest]
    trend = Counter(items[m][3] for m in members if items[m][3])
    result.suggestions.append({
        "id": sid, "lang": lang, "title": title_hint or _title(texts[0] if texts else ""),
        "category": majority(categories), "tickets": len(members), "ticket_ids": ids,
        "trend": dict(sorted(trend.items())), "terms": terms, "examples": texts[:3],
        "nearest_articles": near, "misc": title_hint is not None,
    })


def _title(text: str) -> str:
    """A proposed title: the example's first question (else its first sentence), without
    the greeting it opens with."""
    asking = [q for q in map(strip_greeting, questions(text)) if len(q.split()) >= 3]
    first = asking[0] if asking else \
        re.split(r"(?<=[.?;!])\s", strip_greeting(text), maxsplit=1)[0]
    first = first if len(first) <= 90 else first[:90].rsplit(" ", 1)[0] + "…"
    return first[:1].upper() + first[1:]


def document(result: MiningResult, source: dict[str, Any], errors: list[dict[str, Any]],
             ) -> dict[str, Any]:
    """The versioned ``suggestions.json`` document (schema_version 1)."""
    return {"schema_version": 1,
            "generated_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "source": source, "tickets": result.outcomes, "suggestions": result.suggestions,
            "improve": result.improve, "calibration": result.calibration, "errors": errors}
