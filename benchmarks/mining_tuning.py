#!/usr/bin/env python3
"""Tune the matcher's weights on the articles' own FAQ questions.

No ticket label is used: the site is the Banking77 benchmark's 57 FAQ articles (ten
training messages each as their questions; the test messages, the benchmark's tickets,
are never read). For each split, a quarter of the articles are removed and half of the
questions of the others held out; the held-out questions are the tickets (those of a
removed article are unanswered). kbgen then decides them one by one (the confidence
that answers set from the tickets' own null, as :mod:`kbgen.tickets.topics` does for a
topic), and the script prints, per setting, the
right article first (answered), the AUC of the confidence (right article vs unanswered),
accuracy on answered and "unanswered" precision / recall, averaged over the splits.

StackFAQ has one question per article (its title): held out, nothing of the article would
stand for it, so it cannot be tuned this way.

    .venv/bin/python benchmarks/mining_tuning.py [--splits N]
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from mining_quality import banking77_site, write_article  # noqa: E402

from kbgen.core.articles import load_tree  # noqa: E402
from kbgen.tickets import matching  # noqa: E402
from kbgen.tickets.matching import Matcher  # noqa: E402
from kbgen.tickets.topics import thresholds  # noqa: E402
from kbgen.tickets.vectors import terms  # noqa: E402

GRID = {"VOCABULARY": ["articles", "tickets"], "MARGIN_WEIGHT": [0.5, 1.0, 1.5],
        "MAX_WEIGHT": [0.25, 0.5, 1.0]}


def site_questions(seed: int = 7) -> dict[str, list[str]]:
    """The benchmark's articles: 57 intents with 10 training messages each (as there)."""
    return banking77_site(seed)[0]


def split(site: dict[str, list[str]], docs: Path, seed: int, kept: int = 5,
          ) -> tuple[list[str], list[str | None]]:
    rng = random.Random(seed)
    removed = set(rng.sample(sorted(site), len(site) // 4))
    texts: list[str] = []
    truth: list[str | None] = []
    for intent, questions in site.items():
        qs = questions[:]
        rng.shuffle(qs)
        if intent in removed:
            texts += qs
            truth += [None] * len(qs)
            continue
        keep, held = qs[:kept], qs[kept:]
        write_article(docs, intent, intent.replace("_", " ").capitalize(), keep,
                      "Our team explains what to do here.")
        texts += held
        truth += [intent] * len(held)
    return texts, truth


def auc(pos: np.ndarray, neg: np.ndarray) -> float:
    ranks = np.concatenate([pos, neg]).argsort().argsort() + 1
    return float((ranks[:len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def measure(docs: Path, texts: list[str], truth: list[str | None]) -> np.ndarray:
    tree = load_tree(docs, ["en"], "en")
    ticket_terms = [terms(t, "en") for t in texts]
    matcher = Matcher("en", tree.by_lang("en"), ticket_terms)
    idx, val = matcher.top(matcher.space.matrix(ticket_terms), 4)
    conf = matcher.kin_confidence(idx, val)
    best = idx[:, 0]
    answers = conf >= thresholds(matcher.kin_confidence(idx[:, 1:], val[:, 1:]))[1]
    missing = np.array([t is None for t in truth])
    right = np.array([t is not None and Path(matcher.paths[b]).stem == t
                      for b, t in zip(best, truth, strict=True)])
    flagged = ~answers
    return np.array([right[~missing].mean(), auc(conf[right], conf[missing]),
                     (right & answers).sum() / (~missing).sum(),
                     (flagged & missing).sum() / max(1, flagged.sum()),
                     (flagged & missing).sum() / missing.sum()])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--splits", type=int, default=5)
    ap.add_argument("--kept", type=int, default=5,
                    help="questions each article keeps (1: no answered examples to calibrate)")
    ap.add_argument("--grid", default=None, help="JSON object of settings to compare")
    args = ap.parse_args()
    site = site_questions()
    data = []
    for seed in range(args.splits):
        docs = Path(tempfile.mkdtemp()) / "docs"
        data.append((docs, *split(site, docs, seed, args.kept)))
    print("setting: ranking / AUC / accuracy / unanswered precision / recall (mean of "
          f"{args.splits} splits)")
    grid = json.loads(args.grid) if args.grid else GRID
    for combo in itertools.product(*grid.values()):
        setting = dict(zip(grid, combo, strict=True))
        if setting.get("VOCABULARY") == "articles" and setting.get("FEEDBACK_SHARE", 1) < 1:
            continue
        for name, value in setting.items():
            setattr(matching, name, value)
        figures = np.mean([measure(*d) for d in data], axis=0)
        print(" ".join(f"{k.lower()}={v}" for k, v in setting.items()) + ": "
              + " / ".join(f"{v:.3f}" for v in figures), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
