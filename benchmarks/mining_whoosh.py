#!/usr/bin/env python3
"""Ticket-to-article ranking: kbgen's Matcher against BM25F in two whoosh forks.

The sites and tickets are those of ``benchmarks/mining_quality.py`` (Banking77: 57
FAQ articles, the test messages as tickets; StackFAQ: 80% of the threads as articles,
the rewordings as tickets); only the covered tickets (whose intent has an article)
are ranked. For each, the share whose right article comes first (top-1) and the mean
reciprocal rank of the right article among the first five (MRR@5), plus the time to
index the articles and to rank the tickets.

- kbgen: :class:`kbgen.tickets.matching.Matcher` as ``kbgen mine`` builds it (units,
  centroid plus best unit, TF-IDF over the tickets' and articles' vocabulary), before
  the tickets' own evidence (relevance feedback), which BM25F has no counterpart for.
- whoosh: each article indexed with the fields title, questions (FAQ questions and
  headings) and body (the rest), scored with BM25F (whoosh's defaults, B=0.75, K1=1.2,
  equal field weights); each ticket parsed by ``MultifieldParser`` over the three fields
  with ``OrGroup`` (any term may match). Two analyzers: ``kbgen`` (a tokenizer that
  yields :func:`kbgen.search.analysis.analyze`, the tokens kbgen's matcher and site
  search start from) and ``stemming`` (whoosh's ``StemmingAnalyzer``). The ticket text
  is reduced to its words and lower-cased first, so that "?" and "AND" are not query
  syntax.

whoosh-reloaded and whoosh3 both install the module ``whoosh``, so each lives in a
throwaway virtualenv and is run in a child process of this interpreter with that
virtualenv's site-packages on its path (both are pure Python)::

    python3 -m venv /tmp/wv-whoosh-reloaded && /tmp/wv-whoosh-reloaded/bin/pip install whoosh-reloaded
    python3 -m venv /tmp/wv-whoosh3 && /tmp/wv-whoosh3/bin/pip install whoosh3
    .venv/bin/python benchmarks/mining_whoosh.py \\
        --engine whoosh-reloaded=/tmp/wv-whoosh-reloaded --engine whoosh3=/tmp/wv-whoosh3
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from mining_quality import article_intent, banking77, stackfaq  # noqa: E402

from kbgen.core.articles import load_tree  # noqa: E402
from kbgen.search.analysis import analyze  # noqa: E402
from kbgen.tickets.matching import Matcher, article_questions  # noqa: E402
from kbgen.tickets.topics import thresholds  # noqa: E402
from kbgen.tickets.vectors import terms  # noqa: E402

SETS = (("Banking77", banking77), ("StackFAQ", stackfaq))
K = 5  # MRR@K
FIELDS = ("title", "questions", "body")

try:  # whoosh is imported in the child processes only (see the module's docstring)
    from whoosh.analysis import Token, Tokenizer
except ImportError:
    Tokenizer = object


def build(make, seed: int, docs: Path):
    """The site written to ``docs``; its articles, covered tickets and their right intent."""
    tickets, truth, missing = make(docs, seed)
    tree = load_tree(docs, ["en"], "en")
    real = [t for t in tickets if truth[t.id] != "__noise__"]
    return tree, real, truth, missing


def rank_metrics(ranked: list[list[str]], wanted: list[str],
                 ) -> tuple[float, float, list[bool]]:
    """Top-1 share and MRR@K of the right intents among ranked intents, and each
    ticket's top-1 hit (for the paired comparison)."""
    top1 = rr = 0.0
    hits = []
    for got, want in zip(ranked, wanted, strict=True):
        hits.append(got[:1] == [want])
        if hits[-1]:
            top1 += 1
        if want in got[:K]:
            rr += 1 / (got[:K].index(want) + 1)
    n = max(1, len(wanted))
    return top1 / n, rr / n, hits


def sign_test(a: list[bool], b: list[bool]) -> str:
    """Tickets only ``b`` ranks right first vs only ``a``, and the two-sided exact
    sign-test p-value of that split (McNemar's test)."""
    only_b = sum(1 for x, y in zip(a, b, strict=True) if y and not x)
    only_a = sum(1 for x, y in zip(a, b, strict=True) if x and not y)
    n, k = only_a + only_b, min(only_a, only_b)
    p = min(1.0, 2 * sum(math.comb(n, i) for i in range(k + 1)) / 2 ** n) if n else 1.0
    return f"+{only_b}/-{only_a} p={p:.2g}"


def run_kbgen(name: str, tree, real, truth, missing) -> dict[str, dict]:
    """kbgen's ranking: the articles alone, and with the tickets' evidence (the articles
    extended by the tickets a first, calibrated decision answered, as ``kbgen mine`` does;
    every ticket, covered or not, takes part, as in a real run)."""
    covered = np.array([truth[t.id] not in missing for t in real])
    wanted = [truth[t.id] for t, c in zip(real, covered, strict=True) if c]
    t0 = time.perf_counter()
    ticket_terms = [terms(t.text, "en") for t in real]
    matcher = Matcher("en", tree.by_lang("en"), ticket_terms)  # the space kbgen mine uses
    t1 = time.perf_counter()
    vectors = matcher.space.matrix(ticket_terms)
    idx, val = matcher.top(vectors, K)
    t2 = time.perf_counter()
    conf = matcher.kin_confidence(idx[:, :3], val[:, :3])
    null = matcher.kin_confidence(idx[:, 1:4], val[:, 1:4])  # without the best article
    answers = (idx[:, 0] >= 0) & (conf >= thresholds(null)[1])
    extended = matcher.extended_centroids(vectors, idx[:, 0], answers, conf)
    idx2, _ = matcher.top(vectors, K, extended)
    t3 = time.perf_counter()
    out = {}
    for label, rows, query_s in (("articles", idx, t2 - t1), ("evidence", idx2, t3 - t1)):
        ranked = [[article_intent(matcher.paths[i], name.lower()) for i in row if i >= 0]
                  for row in rows[covered]]
        top1, mrr, hits = rank_metrics(ranked, wanted)
        out[label] = {"top1": top1, "mrr": mrr, "hits": hits, "index_s": t1 - t0,
                      "query_s": query_s, "articles": len(matcher.articles),
                      "tickets": len(wanted)}
    return out


# ------------------------------------------------------------------ whoosh (child)

def article_fields(a) -> dict[str, str]:
    questions = article_questions(a)
    heads = [h.text for h in a.headings if h.text.strip() not in questions]
    body = "\n".join(line for line in a.body.splitlines() if not line.lstrip().startswith("#"))
    return {"title": a.title, "questions": "\n".join(questions + heads), "body": body}


class KbgenTokenizer(Tokenizer):
    """kbgen's search analysis (English) as a whoosh tokenizer (module level: whoosh
    pickles the schema)."""

    def __call__(self, value, positions=False, chars=False, keeporiginal=False,
                 removestops=True, start_pos=0, start_char=0, mode="", **kwargs):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for pos, stem in enumerate(analyze(value, "en")):
            t.text = stem
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = stem
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar = t.endchar = start_char
            yield t


def run_whoosh(name: str, analyzer_name: str, tree, real, truth, missing) -> dict:
    from whoosh import scoring
    from whoosh.analysis import StemmingAnalyzer
    from whoosh.fields import ID, TEXT, Schema
    from whoosh.filedb.filestore import RamStorage
    from whoosh.qparser import MultifieldParser, OrGroup

    covered = [t for t in real if truth[t.id] not in missing]
    analyzer = KbgenTokenizer() if analyzer_name == "kbgen" else StemmingAnalyzer()
    t0 = time.perf_counter()
    schema = Schema(path=ID(stored=True, unique=True),
                    **{f: TEXT(analyzer=analyzer) for f in FIELDS})
    index = RamStorage().create_index(schema)
    writer = index.writer()
    articles = [a for a in tree.by_lang("en") if not a.draft and a.type != "home"
                and not a.is_index]
    for a in articles:
        writer.add_document(path=a.src, **article_fields(a))
    writer.commit()
    t1 = time.perf_counter()
    parser = MultifieldParser(list(FIELDS), schema=index.schema, group=OrGroup)
    ranked = []
    with index.searcher(weighting=scoring.BM25F()) as searcher:
        for t in covered:
            text = re.sub(r"[^\w']+", " ", t.text).lower()
            hits = searcher.search(parser.parse(text), limit=K)
            ranked.append([article_intent(h["path"], name.lower()) for h in hits])
    t2 = time.perf_counter()
    top1, mrr, hits = rank_metrics(ranked, [truth[t.id] for t in covered])
    return {"top1": top1, "mrr": mrr, "hits": hits, "index_s": t1 - t0, "query_s": t2 - t1,
            "articles": len(articles), "tickets": len(covered)}


def child(args) -> int:
    import whoosh

    out = {"version": whoosh.versionstring(), "results": {}}
    for name, make in SETS:
        with tempfile.TemporaryDirectory() as tmp:
            site = build(make, args.seed, Path(tmp) / "docs")
            for analyzer_name in ("kbgen", "stemming"):
                out["results"][f"{name}/{analyzer_name}"] = run_whoosh(name, analyzer_name,
                                                                       *site)
    print(json.dumps(out))
    return 0


# ------------------------------------------------------------------------ parent

def site_packages(venv: str) -> str:
    found = sorted(Path(venv).glob("lib/python*/site-packages"))
    if not found:
        raise SystemExit(f"no site-packages under {venv}")
    return str(found[0])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--engine", action="append", default=[], metavar="LABEL=VENV",
                    help="a virtualenv with a whoosh fork installed (repeatable)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child(args)
    kb: dict[str, dict] = {}
    for name, make in SETS:
        with tempfile.TemporaryDirectory() as tmp:
            kb[name] = run_kbgen(name, *build(make, args.seed, Path(tmp) / "docs"))
    base = {name: kb[name]["articles"] for name, _ in SETS}
    rows = [("kbgen Matcher, articles alone", "kbgen", base),
            ("kbgen Matcher + tickets' evidence", "kbgen",
             {name: kb[name]["evidence"] for name, _ in SETS})]
    for spec in args.engine:
        label, _, venv = spec.partition("=")
        env = dict(os.environ, PYTHONPATH=site_packages(venv))
        proc = subprocess.run([sys.executable, __file__, "--child", "--seed", str(args.seed)],
                              env=env, capture_output=True, text=True, check=False)
        if proc.returncode:
            print(f"{label}: failed\n{proc.stderr[-2000:]}", file=sys.stderr)
            continue
        data = json.loads(proc.stdout.strip().splitlines()[-1])
        for analyzer_name in ("kbgen", "stemming"):
            rows.append((f"{label} {data['version']} BM25F", analyzer_name,
                         {name: data["results"][f"{name}/{analyzer_name}"] for name, _ in SETS}))
    for name, _ in SETS:
        b = base[name]
        print(f"\n== {name}: {b['articles']} articles, {b['tickets']} covered tickets "
              f"(ratios against kbgen's articles-alone ranking; paired top-1: tickets won/lost "
              f"against kbgen, sign-test p; kbgen's evidence rank time includes calibration)")
        print(f"{'engine':34} {'analyzer':9} {'top-1':>13} {'MRR@5':>13} {'index s':>15} "
              f"{'rank s':>15}  paired top-1 vs alone | vs evidence")
        for label, analyzer_name, res in rows:
            r = res[name]
            print(f"{label:34} {analyzer_name:9} "
                  f"{r['top1']:.3f} x{r['top1'] / b['top1']:.2f}  "
                  f"{r['mrr']:.3f} x{r['mrr'] / b['mrr']:.2f}  "
                  f"{r['index_s']:7.3f} x{r['index_s'] / b['index_s']:5.1f}  "
                  f"{r['query_s']:7.3f} x{r['query_s'] / b['query_s']:5.1f}  "
                  f"{sign_test(b['hits'], r['hits'])} | "
                  f"{sign_test(kb[name]['evidence']['hits'], r['hits'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
