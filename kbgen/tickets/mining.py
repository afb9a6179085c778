"""The mining run: tickets in, one outcome per ticket and ranked suggestions out."""

from __future__ import annotations

import datetime as dt
import math
import random
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import scipy.sparse as sp

from kbgen.core.articles import ContentTree
from kbgen.search.analysis import (
    GREEKLISH_STOP_WORDS,
    greeklish_key,
    is_greek,
    is_stop_word,
    normalize,
    stem,
)
from kbgen.tickets import topics
from kbgen.tickets.clean import clean
from kbgen.tickets.clustering import (
    DEFAULT_CUT,
    Cluster,
    calibrate_cut,
    central,
    cluster,
    majority,
)
from kbgen.tickets.language import LanguageGuesser
from kbgen.tickets.lexicon import Lexicon
from kbgen.tickets.matching import Matcher
from kbgen.tickets.noise import HelpdeskSubjects, is_reply, noise_reason, strip_greeting
from kbgen.tickets.redact import redact
from kbgen.tickets.sources import Ticket
from kbgen.tickets.topics import unigrams
from kbgen.tickets.vectors import STOP_KEYS, Space, greek_share, normalize_rows, terms

MIN_CLUSTER = 2
LEXICON_MIN = 20  # translated word pairs the site's own translations must give
LONG_TICKET = 40  # words; a longer ticket is matched on its subject and what it asks
CUT_SAMPLE = 1500  # FAQ questions used to calibrate the clustering cut, at most
RECENT_MONTHS = 5  # a topic is growing when most of its tickets came in these last months
GROWTH = 2.0  # ... at this many times the rate of the export's whole span
REGROUP = 0.35  # the unanswered are grouped again at this share of the clustering cut
# (demo sets: missing topics grouped 3/11 -> 5/11 and 1/8 -> 3/8, misc 25% -> 10%; ARI up on
# Banking77 and StackFAQ, purity down 0.57 -> 0.46 on Banking77)
JOIN = 0.75  # a lone unanswered ticket joins the nearest missing topic at this share of the cut


@dataclass
class MiningResult:
    outcomes: list[dict[str, Any]] = field(default_factory=list)
    suggestions: list[dict[str, Any]] = field(default_factory=list)
    improve: list[dict[str, Any]] = field(default_factory=list)
    topics: list[dict[str, Any]] = field(default_factory=list)  # every topic of 2+ tickets
    # per language: how its topics were decided (coverage to answer, clustering cut)
    decision: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass
class _Item:
    """A real (not noise) ticket of one language, as matched."""

    outcome: int  # index into MiningResult.outcomes
    terms: list[str]
    text: str  # redacted, without the helpdesk's subject
    month: str


def mine(tickets: Iterable[Ticket], tree: ContentTree, *, threshold: float | None = None,
         cluster_threshold: float | None = None, unhelpful: set[str] | None = None,
         progress: Callable[[int], None] | None = None) -> MiningResult:
    """Group each language's real tickets into topics, decide every topic on the evidence
    of all its tickets (:mod:`kbgen.tickets.topics`), rank the missing ones.

    ``threshold``: the confidence at which a topic's lead article answers it (default:
    :func:`kbgen.tickets.topics.thresholds` of each language's tickets); ``cluster_threshold``: the
    similarity cut of :mod:`kbgen.tickets.clustering`, calibrated on the site's own FAQ
    questions when None.
    """
    languages = tree.languages
    language = LanguageGuesser(tree)
    prepared = [(t, redact(clean(t.subject)), redact(clean(t.body))) for t in tickets]
    helpdesk = HelpdeskSubjects([(t.channel, t.subject) for t, _, _ in prepared])
    result = MiningResult()
    pending: dict[str, list[_Item]] = defaultdict(list)
    for n, (ticket, subject, body) in enumerate(prepared, 1):
        if helpdesk(ticket.channel, ticket.subject):
            subject = ""  # the helpdesk wrote it, not the customer
        # subject and body on their own lines: a title is cut from one, not across both
        text = "\n".join(p for p in (subject, body) if p)
        lang = ticket.language if ticket.language in languages else language(text)
        outcome: dict[str, Any] = {"id": ticket.id, "lang": lang}
        reason = noise_reason(text)
        if not reason and is_reply(ticket.subject):
            reason = noise_reason(body)
        if reason:
            outcome.update(outcome="noise", reason=reason)
        else:
            outcome["outcome"] = "suggestion"  # until matched below
            typed = _matched_text(subject, text, lang, language)
            pending[lang].append(_Item(len(result.outcomes), terms(typed, lang), text,
                                       ticket.created_at[:7]))
        result.outcomes.append(outcome)
        if progress and n % 500 == 0:
            progress(500)
    del prepared
    months = _month_span({it.month for items in pending.values() for it in items})
    matchers = {lang: Matcher(lang, tree.by_lang(lang), [it.terms for it in items])
                for lang, items in pending.items()}
    scored = {lang: _scores(matchers[lang], pending[lang]) for lang in pending}
    # each language's limits, from its own tickets' null (the last of its scores)
    limits = {lang: topics.thresholds(s[3]) for lang, s in scored.items()}
    spellings = _spellings(tree) if "el" in pending else {}
    for lang, items in pending.items():
        matcher = matchers[lang]
        cut = cluster_cut(matcher) if cluster_threshold is None else cluster_threshold
        answers = {other: lim[1] for other, lim in limits.items() if other != lang}
        elsewhere = _Elsewhere(tree, lang, [it.text for it in items], answers)
        own = limits[lang] if threshold is None else \
            (threshold, threshold, max(limits[lang][2], threshold))  # given: what answers
        _decide(result, lang, items, matcher, tree, cut, months, scored[lang], own, elsewhere,
                spellings)
    # topics by the tickets they would have prevented; the various single questions last
    result.suggestions.sort(key=lambda s: (s["misc"], -s["tickets"], s["id"]))
    for rank, s in enumerate(result.suggestions, 1):
        s["rank"] = rank
    matched_by_article: dict[str, list[str]] = defaultdict(list)
    for o in result.outcomes:
        if o["outcome"] == "matched":
            matched_by_article[o["article"]].append(o["id"])
    for article, ids in sorted(matched_by_article.items(), key=lambda kv: -len(kv[1])):
        if unhelpful is not None and article in unhelpful:
            result.improve.append({"article": article, "tickets": len(ids), "ticket_ids": ids,
                                   "why": "voted unhelpful"})
    return result


def _scores(matcher: Matcher, items: list[_Item],
            ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Each ticket's four best articles (indices, scores), its confidence, and its null:
    the confidence it would have without its best article (and that article's kin)."""
    if not matcher.articles:
        n = len(items)
        return (np.full((n, 4), -1, dtype=np.int64), np.zeros((n, 4), dtype=np.float32),
                np.zeros(n), np.zeros(n))
    idx, val = matcher.top(matcher.space.matrix([it.terms for it in items]), 4)
    return (idx, val, matcher.kin_confidence(idx, val),
            matcher.kin_confidence(idx[:, 1:], val[:, 1:]))


def _decide(result: MiningResult, lang: str, items: list[_Item], matcher: Matcher,
            tree: ContentTree, cut: float, months: list[str],
            scores: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
            limits: tuple[float, float, float], elsewhere: _Elsewhere | None = None,
            spellings: dict[str, Counter[str]] | None = None) -> None:
    """Group one language's tickets into topics and give each ticket its outcome
    (``limits``: low, answer and strong confidence, :func:`kbgen.tickets.topics.thresholds`;
    ``spellings``: the site's Greek spellings, :func:`_spellings`)."""
    ticket_terms = [it.terms for it in items]
    space = Space(ticket_terms, background=matcher.article_space)
    vectors = space.matrix(ticket_terms)
    groups = cluster(vectors, cut)
    n_articles = len(matcher.articles)
    idx, val, conf, _ = scores
    best = np.where(val[:, 0] > 0, idx[:, 0], -1).tolist()  # no shared word: no article
    words = _known_words([unigrams(t) for t in ticket_terms], matcher.vocabularies)
    idf, default = _evidence_weights(words, matcher.vocabularies)
    family = topics.families([(int(c) // max(1, n_articles), int(c) % max(1, n_articles))
                              for c in matcher.kin], n_articles)
    vocab = matcher.vocabularies
    family_vocab = [set().union(*(vocab[j] for j in range(n_articles)
                                  if family[j] == family[i])) for i in range(n_articles)]
    decided = [topics.decide(topics.weigh(topics.Topic(g.members), conf, best, family, words,
                                          family_vocab, idf, default), limits)
               for g in groups]
    result.decision[lang] = {
        "confidence_to_answer": round(limits[1], 3), "confidence_low": round(limits[0], 3),
        "confidence_strong": round(limits[2], 3), "clustering_cut": round(cut, 3),
        "articles": n_articles, "tickets": len(items),
        "topics": sum(len(t.members) >= MIN_CLUSTER for t in decided)}
    missing: list[topics.Topic] = []
    lone: list[int] = []
    serial = 0
    for topic in decided:
        tid = None
        if len(topic.members) >= MIN_CLUSTER:
            serial += 1
            tid = f"t-{lang}-{serial:03d}"
        left = []
        for m in topic.members:
            o = result.outcomes[items[m].outcome]
            if tid:
                o["topic"] = tid
            o["confidence"] = round(float(conf[m]), 3)
            status = topic.status
            if status in ("answered", "not_found"):
                # the ranking is right far more often than the decision: the ticket's own
                # best article (Banking77: 0.76 against 0.60 with the topic's)
                a = best[m] if best[m] >= 0 else topic.article
            elif best[m] >= 0 and conf[m] >= limits[2]:  # its own strong match overrides
                a, status = best[m], "answered"
            else:
                left.append(m)
                continue
            o.update(outcome="matched", article=matcher.paths[a], status=status,
                     score=round(float(val[m, 0]), 4))
        answered = topic.status in ("answered", "not_found")
        if not answered:
            topic.members = left  # less the tickets sure of their own article
        if tid:
            result.topics.append(_topic_record(tid, lang, topic, matcher, items, words))
            if topic.status == "not_found":
                result.improve.append({
                    "article": matcher.paths[topic.article], "topic": tid,
                    "tickets": len(topic.members),
                    "ticket_ids": [result.outcomes[items[m].outcome]["id"]
                                   for m in topic.members],
                    "why": "customers use words the article lacks",
                    "add_words": _surface(topic.missing_words, [items[m].text
                                                                for m in topic.members],
                                          lang)})
        if answered:
            continue
        if len(left) >= MIN_CLUSTER:
            missing.append(topic)
        else:
            lone += left
    if elsewhere is not None:
        missing = [t for t in missing if not elsewhere.claim(result, items, t.members)]
        lone = [m for m in lone if not elsewhere.claim(result, items, [m])]
    missing, lone = _regroup(missing, lone, ticket_terms, matcher, cut * REGROUP, words,
                             best, family, conf, family_vocab, idf, default)
    lone = _join(missing, lone, vectors, cut)
    for k, topic in enumerate(missing, 1):
        for m in topic.members:
            o = result.outcomes[items[m].outcome]
            o["status"] = "missing"
        _add_suggestion(result, f"s-{lang}-{k:03d}", lang, topic.members, items, matcher,
                        tree, topic, vectors, months, spellings or {})
    if lone:
        for m in lone:
            result.outcomes[items[m].outcome]["status"] = "missing"
        _add_suggestion(result, f"s-{lang}-misc", lang, lone, items, matcher, tree, None,
                        vectors, months, spellings or {})


class _Elsewhere:
    """Articles of the site's other languages that ``lang`` has no translation of, and the
    tickets of ``lang`` that ask about them (a missing translation, not a missing article):
    each ticket is written in the other language's words with the site's own word list
    (:class:`kbgen.tickets.lexicon.Lexicon`) and matched there."""

    def __init__(self, tree: ContentTree, lang: str, texts: list[str],
                 answers: dict[str, float]) -> None:
        """``answers``: the confidence that answers in each other language, set by that
        language's own tickets (a language without tickets is not looked into)."""
        self.others: list[tuple[Matcher, set[str], np.ndarray, np.ndarray, float]] = []
        for other in tree.languages:
            if other == lang or other not in answers:
                continue
            untranslated = {a.src for a in tree.by_lang(other)
                            if lang not in tree.translations(a)}
            if not untranslated:
                continue
            lexicon = Lexicon(tree, lang, other)
            if len(lexicon) < LEXICON_MIN:
                continue
            matcher = Matcher(other, tree.by_lang(other))
            if not matcher.articles:
                continue
            idx, val = matcher.top(matcher.space.matrix([lexicon.translate(t) for t in texts]), 4)
            conf = matcher.kin_confidence(idx, val)
            self.others.append((matcher, untranslated, idx[:, 0], conf, answers[other]))

    def claim(self, result: MiningResult, items: list[_Item], members: list[int]) -> bool:
        """Match ``members`` (one topic, or one ticket) to an untranslated article of
        another language when their mean confidence there answers; True if they were."""
        for matcher, untranslated, best, conf, answer in self.others:
            article, _ = topics.lead([int(best[m]) for m in members], {})
            if article < 0 or matcher.paths[article] not in untranslated:
                continue
            if float(np.mean(conf[members])) < answer:
                continue
            for m in members:
                own = matcher.paths[best[m]] if best[m] >= 0 else ""
                o = result.outcomes[items[m].outcome]
                o.update(outcome="matched", status="missing_translation",
                         article=own if own in untranslated else matcher.paths[article],
                         score=round(float(conf[m]), 4), confidence=round(float(conf[m]), 3))
            return True
        return False


def _evidence_weights(words: list[set[str]], vocabularies: list[set[str]],
                      ) -> tuple[dict[str, float], float]:
    """How much a word tells: its IDF over the articles (a word every article has says
    nothing about which one answers; one that none has, that none does) times its IDF over
    the tickets (the customers' filler, "hello", "please", says little either)."""
    n, t = len(vocabularies), len(words)
    in_articles: Counter[str] = Counter()
    for v in vocabularies:
        in_articles.update(v)
    in_tickets: Counter[str] = Counter()
    for ws in words:
        in_tickets.update(ws)
    weights = {w: math.log((n + 1) / (in_articles[w] + 0.5)) * math.log((t + 1) / (c + 0.5))
               for w, c in in_tickets.items()}
    return weights, math.log((n + 1) / 0.5) * math.log((t + 1) / 0.5)


def _known_words(words: list[set[str]], vocabularies: list[set[str]]) -> list[set[str]]:
    """Each ticket's words less those that no article and no other ticket uses: a product,
    a town, a name tell nothing about which article answers it or whether one is missing
    (a missing topic is asked again by others). Measured on benchmarks/mining_demo.py."""
    site: set[str] = set().union(*vocabularies) if vocabularies else set()
    df: Counter[str] = Counter()
    for ws in words:
        df.update(ws)
    out = []
    for ws in words:
        known = {w for w in ws if df[w] >= 2 or w in site}
        out.append(known or ws)
    return out


def _regroup(missing: list[topics.Topic], lone: list[int], ticket_terms: list[list[str]],
             matcher: Matcher, cut: float, words: list[set[str]], best: list[int],
             family: dict[int, int], conf: np.ndarray, vocab: list[set[str]],
             idf: dict[str, float], default: float,
             ) -> tuple[list[topics.Topic], list[int]]:
    """The unanswered tickets grouped again among themselves: in a space of their own (IDF
    over them, the articles as background) the words a missing topic shares weigh more
    than among all tickets, where its few tickets sat between answered ones."""
    pool = [m for t in missing for m in t.members] + lone
    if len(pool) < MIN_CLUSTER:
        return missing, lone
    pool_terms = [ticket_terms[m] for m in pool]
    space = Space(pool_terms, background=matcher.article_space)
    groups = cluster(space.matrix(pool_terms), cut)
    regrouped, alone = [], []
    for g in groups:
        members = [pool[i] for i in g.members]
        if len(members) < MIN_CLUSTER:
            alone += members
            continue
        # its tickets were each decided unanswered already: only its evidence is wanted
        regrouped.append(topics.weigh(topics.Topic(members), conf, best, family, words, vocab,
                                      idf, default))
    return regrouped, alone


def _join(missing: list[topics.Topic], lone: list[int], vectors: Any, cut: float) -> list[int]:
    """Lone unanswered tickets join the nearest missing topic when close enough to it."""
    if not missing or not lone:
        return lone
    centroids = normalize_rows(sp.csr_matrix(np.vstack([
        np.asarray(vectors[t.members].sum(axis=0)).ravel() for t in missing])))
    sims = (vectors[lone] @ centroids.T).toarray()
    kept = []
    for row, m in enumerate(lone):
        k = int(sims[row].argmax())
        if sims[row, k] >= JOIN * cut:
            missing[k].members.append(m)
        else:
            kept.append(m)
    return kept


def _topic_record(tid: str, lang: str, topic: topics.Topic, matcher: Matcher,
                  items: list[_Item], words: list[set[str]]) -> dict[str, Any]:
    """A topic as suggestions.json says it: its status and the evidence, in numbers."""
    texts = [items[m].text for m in topic.members]
    return {"id": tid, "lang": lang, "status": topic.status, "tickets": len(topic.members),
            "article": matcher.paths[topic.article] if topic.article >= 0 else None,
            "evidence": {
                "lead_article_agreement": round(topic.agreement, 3),
                "mean_confidence": round(topic.score, 3),
                "key_word_coverage": round(topic.coverage, 3),
                "key_words": _surface([t for t, _ in topic.key_words[:8]], texts, lang),
                "words_the_article_lacks": _surface(topic.missing_words, texts, lang)}}


def _surface(stems: list[str], texts: list[str], lang: str) -> list[str]:
    """Terms as the customers wrote them: each stem (or Greeklish key) by its commonest
    word in ``texts``."""
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for text in texts:
        for word in re.findall(r"[^\W\d_]+", text):
            folded = normalize(word)
            if len(folded) < 2:
                continue
            seen[stem(folded, lang)][word.lower()] += 1
            seen["~" + greeklish_key(folded)[:6]][word.lower()] += 1
    out: list[str] = []
    for t in stems:
        w = seen[t].most_common(1)[0][0] if seen.get(t) else t.lstrip("~")
        folded = normalize(w)
        # a writer has no use for "thn", "re", "15": stop words in either script, numbers
        if (w not in out and len(folded) > 2 and not folded.isdigit()
                and not any(is_stop_word(folded, x) for x in (lang, "en"))
                and "~" + greeklish_key(folded)[:6] not in STOP_KEYS
                and folded not in GREEKLISH_STOP_WORDS):
            out.append(w)
    return out


_SENTENCE = re.compile("[^.!?;\u037e\n]+[.!?;\u037e]*")
_GREEK_LETTER = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")


def _matched_text(subject: str, text: str, lang: str, language: LanguageGuesser) -> str:
    """What a ticket is matched on: its (redacted) text, Greeklish written in Greek; for a
    ticket of more than ``LONG_TICKET`` words that asks something, its subject and the
    sentences that ask: the story around them would drown them."""
    typed = language.to_greek(text) if lang == "el" else text
    question = asked(typed) if len(typed.split()) > LONG_TICKET else ""
    if not question:
        return typed
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


def _add_suggestion(result: MiningResult, sid: str, lang: str, members: list[int],
                    items: list[_Item], matcher: Matcher, tree: ContentTree,
                    topic: topics.Topic | None, vectors: Any, months: list[str],
                    spellings: dict[str, Counter[str]]) -> None:
    """A missing topic (``topic``), or the lone questions (None), as a suggestion."""
    ids = []
    for m in members:
        outcome = result.outcomes[items[m].outcome]
        outcome.update(outcome="suggestion", suggestion=sid)
        ids.append(outcome["id"])
    group = _group(members, vectors)
    order = central(group, vectors, n=len(members)) if topic else members
    texts = [items[m].text for m in order]
    key = [t for t, _ in topic.key_words] if topic else []
    nearest: Counter[str] = Counter()
    if texts and matcher.articles:
        idx, val = matcher.top(matcher.matrix(texts[:3]), 2)
        for row_idx, row_val in zip(idx, val, strict=True):
            for i, s in zip(row_idx, row_val, strict=True):
                if i >= 0 and s > 0:
                    path = matcher.paths[i]
                    nearest[path] = max(nearest[path], float(s))
    near = [{"article": a, "score": round(s, 3)} for a, s in nearest.most_common(3)]
    categories = [a.category for a in tree.articles if a.src in nearest]
    trend = Counter(items[m].month for m in members if items[m].month)
    title = _title(texts, key, lang, _accents(spellings, [items[m].text for m in members])) \
        if topic else "(various single questions)"
    result.suggestions.append({
        "id": sid, "lang": lang, "title": title, "status": "missing",
        "topic": Counter(result.outcomes[items[m].outcome].get("topic")
                         for m in members).most_common(1)[0][0] if topic else None,
        "category": majority(categories), "tickets": len(members), "ticket_ids": ids,
        "trend": dict(sorted(trend.items())), "growing": _growing(trend, months),
        "terms": _surface(key[:6], texts, lang),
        "examples": texts[:3], "nearest_articles": near, "misc": topic is None,
    })


def _group(members: list[int], vectors: Any) -> Cluster:
    c = np.asarray(vectors[members].sum(axis=0)).ravel()
    return Cluster(list(members), c / (np.linalg.norm(c) or 1.0))


def _month_span(seen: set[str]) -> list[str]:
    """Every month ("2026-03") from the first to the last of ``seen``, quiet ones too."""
    valid = sorted(m for m in seen if re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", m))
    if not valid:
        return []
    year, month = map(int, valid[0].split("-"))
    out = []
    while (last := f"{year:04d}-{month:02d}") <= valid[-1]:
        out.append(last)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _growing(trend: Counter[str], months: list[str]) -> bool:
    """Most of a topic's tickets came in the export's last ``RECENT_MONTHS`` months, at
    ``GROWTH`` times the rate of its whole span."""
    total = sum(trend.values())
    if total < 4 or len(months) <= RECENT_MONTHS:
        return False
    recent = sum(n for m, n in trend.items() if m in set(months[-RECENT_MONTHS:]))
    expected = total * RECENT_MONTHS / len(months)
    return recent >= GROWTH * expected and recent * 2 > total


_VAGUE_MIN_WORDS = 3


def _title(texts: list[str], key: list[str], lang: str, accents: dict[str, str]) -> str:
    """A proposed title: a question of the most central examples that names the topic (one
    of its key words, three words at least), without its greeting, accents restored; in a
    Greek topic one typed in Greek letters before a Greeklish one, then the one naming most
    key words, a short one before a long one. Else the first sentence of the most central example."""
    keyset = set(key[:6])
    found = []
    for rank, text in enumerate(texts[:10]):
        for q in map(strip_greeting, questions(text)):
            qwords = unigrams(terms(q, lang))
            if len(q.split()) >= _VAGUE_MIN_WORDS and qwords & keyset:
                latin = lang == "el" and greek_share(q) < 0.5
                found.append((latin, -len(qwords & keyset), len(q.split()) > 14, rank, q))
    if found:
        return _tidy(min(found)[-1], accents)
    first = texts[0] if texts else ""
    sentence = re.split(r"(?<=[.?;!])\s", strip_greeting(first.split("\n")[-1]), maxsplit=1)[0]
    return _tidy(sentence, accents)


def _tidy(text: str, accents: dict[str, str]) -> str:
    """One line, capitals only where a sentence starts (a title typed in capitals is
    lowered), Greek accents restored from the site's and the customers' own spelling."""
    text = " ".join(text.split())
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
        text = text.lower()

    def accent(m: re.Match[str]) -> str:
        w = m.group()
        if not is_greek(w) or _bare(w.lower()) != w.lower():  # has accents already
            return w
        fixed = accents.get(w.lower(), w)
        return fixed[:1].upper() + fixed[1:] if w[:1].isupper() else fixed

    text = re.sub(r"[^\W\d_]+", accent, text)
    text = text if len(text) <= 90 else text[:90].rsplit(" ", 1)[0] + "…"
    return text[:1].upper() + text[1:]


def _spellings(tree: ContentTree) -> dict[str, Counter[str]]:
    """How the site's Greek articles spell each word (lower case), by its form without
    accents; read once per run."""
    return _count_spellings(f"{a.title} {a.description} {a.body}" for a in tree.by_lang("el"))


def _count_spellings(texts: Iterable[str]) -> dict[str, Counter[str]]:
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for text in texts:
        for w in re.findall(r"[^\W\d_]+", text):
            low = w.lower()
            if is_greek(low):
                seen[_bare(low)][low] += 1
    return seen


def _accents(site: dict[str, Counter[str]], texts: list[str]) -> dict[str, str]:
    """The Greek words of ``texts`` without accents (lower case) to their commonest accented
    spelling in the site's Greek articles (``site``, :func:`_spellings`) and in ``texts``,
    where that spelling is commoner than the word without accents (the article «ο» stays
    as it is, though «ό,τι» has an accent)."""
    out = {}
    for bare, spellings in _count_spellings(texts).items():
        spellings = spellings + site.get(bare, Counter())
        best, n = spellings.most_common(1)[0]
        if best != bare and n > spellings.get(bare, 0):
            out[bare] = best
    return out


def _bare(word: str) -> str:
    """A lower-case Greek word without its accents (final sigma kept)."""
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed
                                                if not unicodedata.combining(ch)))


def document(result: MiningResult, source: dict[str, Any], errors: list[dict[str, Any]],
             ) -> dict[str, Any]:
    """The versioned ``suggestions.json`` document (schema_version 1; ``topics`` and
    ``decision`` added beside the earlier keys)."""
    return {"schema_version": 1,
            "generated_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "source": source, "tickets": result.outcomes, "topics": result.topics,
            "suggestions": result.suggestions, "improve": result.improve,
            "decision": result.decision, "errors": errors}
