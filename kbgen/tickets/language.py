"""A ticket's language among the site's, Greeklish counted as Greek.

The site search's :func:`kbgen.search.analysis.detect_language` decides by script and
stop words, and counts Greek typed in Latin letters only through a short list of common
words. Customers' Greeklish is mostly content words ("poso kairo kanei i paradosi stin
kypro"), and its one-letter words (``i`` for η) are English stop words, so such a ticket
was taken for English. Here a Latin word also counts for Greek when its Greeklish key is
the key of a word of the site's Greek articles (``paradosi`` ~ παράδοση) and it is not a
word of the other languages (their stop words or their articles' words).

:meth:`LanguageGuesser.to_greek` then writes such a word as the site's Greek word with
the same key (``epistrepso`` -> επιστρέψω), so that a Greeklish ticket gets the same
stems as one typed in Greek, not only the coarser keys.
"""

from __future__ import annotations

import re
from collections import Counter

from kbgen.core.articles import ContentTree
from kbgen.search.analysis import (
    STOP_WORDS,
    detect_language,
    greeklish_key,
    greeklish_word,
    is_greek,
    tokenize,
)


class LanguageGuesser:
    def __init__(self, tree: ContentTree) -> None:
        self.languages = list(tree.languages)
        self.greek_words: dict[str, str] = {}  # Greeklish key -> the site's commonest word
        self.latin_words: set[str] = set()
        for lang in self.languages:
            words = Counter(w for a in tree.by_lang(lang)
                            for w in tokenize(f"{a.title} {a.description} {a.body}"))
            if lang == "el":
                greek = Counter({w: c for w, c in words.items() if is_greek(w) and len(w) > 1})
                for w, _ in greek.most_common():
                    self.greek_words.setdefault(greeklish_key(w), w)
            else:
                self.latin_words |= {w for w in words if not is_greek(w)}
                self.latin_words |= STOP_WORDS.get(lang, frozenset())

    def __call__(self, text: str) -> str:
        lang = detect_language(text, self.languages)
        if lang == "el" or "el" not in self.languages:
            return lang
        greek = other = 0
        for w in tokenize(text):
            if w.isdigit():
                continue
            hint = greeklish_word(w)
            site_word = greeklish_key(w) in self.greek_words
            if w not in self.latin_words:
                greek += hint or (len(w) > 2 and site_word)
            elif not (hint or site_word):  # a word of both ("to", and το typed) counts for neither
                other += 1
        return "el" if greek > other else lang

    def to_greek(self, text: str) -> str:
        """``text`` with its Greeklish words written as the site's Greek words."""
        def word(m: re.Match[str]) -> str:
            w = m.group()
            if is_greek(w) or w.isdigit() or len(w) < 3 or w.lower() in self.latin_words:
                return w
            return self.greek_words.get(greeklish_key(w), w)
        return re.sub(r"[^\W_]+", word, text)
