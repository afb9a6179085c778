"""A word list between two of the site's languages, learnt from its own translations.

An English ticket about an article that exists only in Greek shares no word with it, so
it cannot be matched, and a missing translation looks like a missing article. But the
site holds its own parallel text: every article translated into both languages, aligned
title to title, description to description, heading to heading and FAQ entry to FAQ entry.
Two words that keep turning up in the same aligned pieces translate each other
("refund" / "επιστροφ", "delivery" / "παραδοσ"): their Dice coefficient over the pieces is
high. A ticket's words are then written in the other language's terms, word by word, and
matched against that language's articles.

No dictionary and no model: the list knows the site's own vocabulary, which is what
tickets about it use, and nothing else. Words it cannot translate (brands, product names
in Latin letters) are kept as their Greeklish keys, which Greek articles have too.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import product

from kbgen.core.articles import Article, ContentTree
from kbgen.search.analysis import greeklish_key, tokenize
from kbgen.tickets.vectors import terms

MIN_PAIRS = 2  # aligned pieces two words must share
MIN_DICE = 0.4
MAX_TRANSLATIONS = 2  # target words kept for a source word
SHORT_PIECE = 4  # words: a piece short enough to pair its last unknown words by elimination


def _aligned(a: Article, b: Article) -> list[tuple[str, str]]:
    pairs = [(a.title, b.title), (a.description, b.description)]
    if a.tags and b.tags:
        pairs.append((" ".join(map(str, a.tags)), " ".join(map(str, b.tags))))
    for xs, ys in (([h.text for h in a.headings], [h.text for h in b.headings]),
                   ([f"{e.question} {e.answer}" for e in a.faq],
                    [f"{e.question} {e.answer}" for e in b.faq]),
                   ([p for p in re.split(r"\n\s*\n", a.body) if p.strip()],
                    [p for p in re.split(r"\n\s*\n", b.body) if p.strip()])):
        if xs and len(xs) == len(ys):
            pairs += list(zip(xs, ys, strict=True))
    return pairs


def _words(text: str, lang: str) -> set[str]:
    return {t for t in terms(text, lang) if "_" not in t and not t.startswith("~")}


class Lexicon:
    """Words of ``source`` to words (analysis terms) of ``target``."""

    def __init__(self, tree: ContentTree, source: str, target: str) -> None:
        self.source, self.target = source, target
        pairs: list[tuple[set[str], set[str]]] = []
        # the categories' titles and descriptions (categories.yml): the one text written in
        # every language, including the categories whose articles are not translated
        categories = getattr(tree, "categories", None)
        for c in getattr(categories, "items", {}).values():
            for texts in (c.titles, c.descriptions):
                if texts.get(source) and texts.get(target):
                    pairs.append((_words(texts[source], source), _words(texts[target], target)))
        for b in tree.by_lang(target):
            a = tree.translations(b).get(source)
            if a is None:
                continue
            pairs += [(_words(x, source), _words(y, target)) for x, y in _aligned(a, b)]
        n_src: Counter[str] = Counter()
        n_tgt: Counter[str] = Counter()
        both: Counter[tuple[str, str]] = Counter()
        for xs, ys in pairs:
            n_src.update(xs)
            n_tgt.update(ys)
            both.update(product(xs, ys))
        best: dict[str, list[tuple[float, str]]] = {}
        for (x, y), c in both.items():
            if c < MIN_PAIRS:
                continue
            dice = 2 * c / (n_src[x] + n_tgt[y])
            if dice >= MIN_DICE:
                best.setdefault(x, []).append((dice, y))
        self.words = {x: [y for _, y in sorted(ys, reverse=True)[:MAX_TRANSLATIONS]]
                      for x, ys in best.items()}
        # by elimination: in a short aligned piece ("Warranty and repairs" / "Εγγύηση και
        # επισκευές") where every word but one on each side is already paired, the two left
        # translate each other, even seen once
        for xs, ys in pairs:
            if not xs or not ys or max(len(xs), len(ys)) > SHORT_PIECE:
                continue
            known = {y for x in xs for y in self.words.get(x, [])}
            left_x = [x for x in xs if x not in self.words]
            left_y = [y for y in ys if y not in known]
            if len(left_x) == 1 and len(left_y) == 1:
                self.words[left_x[0]] = [left_y[0]]
        self.pairs = len(pairs)

    def __len__(self) -> int:
        return len(self.words)

    def translate(self, text: str) -> list[str]:
        """``text`` (in ``source``) as ``target`` terms: each word it knows translated,
        the others kept as Greeklish keys when the target is Greek."""
        out: list[str] = []
        for t in terms(text, self.source):
            if "_" in t:
                continue
            if t in self.words:
                out += self.words[t]
        if self.target == "el":
            out += ["~" + greeklish_key(w)[:6] for w in tokenize(text)
                    if len(w) >= 3 and not w.isdigit()]
        return out
