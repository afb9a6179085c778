"""Text analysis shared by the search index, its browser client, and ticket mining.

One path for index time and query time:

    normalize  ->  tokenize  ->  drop stop words  ->  stem

- ``normalize``: Unicode NFD, strip accents and diaeresis, lower case, final
  sigma to sigma. ``επιστροφή``, ``ΕΠΙΣΤΡΟΦΗ`` and ``επιστροφη`` become one word.
- stemming: snowballstemmer (Greek, English, French, German, Spanish...), always
  applied to the normalized word, so accents never change a stem.
- Greeklish: :func:`greeklish_key` maps Greek words *and* Latin-typed Greek
  (``epistrofi``, ``xrimaton``, ``8ema``) to one Latin key.

The browser client (``overrides/assets/javascripts/kb-search.js``) ports
``normalize``, ``tokenize`` and ``greeklish_key`` line for line and is tested on
the same cases; it does not stem: the index ships the stem of every word form it
contains.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_LATIN = re.compile(r"[a-z]")

STEMMERS = {"el": "greek", "en": "english", "fr": "french", "de": "german", "es": "spanish",
            "it": "italian", "pt": "portuguese", "nl": "dutch"}

# Short, conservative stop word lists (normalized form): words that never help
# to find an answer, question words among them ("when", "πότε": every question has one,
# and "when does the shop open" found "When will my parcel be shipped?"). Negations
# are kept.
STOP_WORDS: dict[str, frozenset[str]] = {
    "el": frozenset("""ο η το οι τα του της των τον την τους τις ενα ενας μια μιας ενος και
        κι να θα με σε στο στη στην στον στα στις στους για απο ως προς που πως
        οτι αν ειναι ειμαι εχω εχει εχουν μου σου του μας σας τους αυτο αυτη αυτος
        αυτα αυτον αυτην ηδη πωσ πολυ μπορω μπορει μπορειτε τι τη ενω ομως
        ποτε ποιος ποια ποιο ποιοι ποιες ποιου ποιας ποιων ποιον γιατι ποσο ποση ποσα
        ποσοι ποσες εσεις εμεις εγω εσυ καποιος καποια καποιο καποιον""".split()),
    "en": frozenset("""a an the and or of to in on at for from by with is are was were be been
        being it its this that these those i me my we our you your he she they them their
        do does did can could would should will shall may might have has had as if so than
        there here about into what which when where why how who whom whose""".split()),
    "fr": frozenset("""le la les un une des du de d l et ou a au aux en dans par pour sur avec
        est sont etre ai as avons avez ont je tu il elle nous vous ils elles me te se mon ma
        mes ton ta tes son sa ses ce cet cette ces qui que quoi comment puis peux peut
        quand où pourquoi quel quelle quels quelles combien""".split()),
    "de": frozenset("""der die das ein eine einen einem einer und oder zu im in am an auf fur
        von mit ist sind war ich du er sie es wir ihr mein dein sein kann was wann wo warum
        wie welche welcher welches wer""".split()),
    "es": frozenset("""el la los las un una unos unas y o de del a al en por para con es son
        ser yo tu el ella nosotros mi mis su sus que como puedo puede cuándo dónde cuál
        cuáles quién cuánto cuánta""".split()),
}


# Greek function words as people type them in Latin letters ("pou einai h paraggelia mou"):
# their Greeklish keys collide with content words, so they are dropped by spelling.
GREEKLISH_STOP_WORDS = frozenset("""o h i to ta ton tin thn tis ths tou toy twn ton tous toys
    stin sthn sto sta stis stous ston kai k na tha 8a me se apo gia ja poy pou pws pos ti
    einai ine eimai mou moy sou soy mas sas tous den mh mhn oti an otan ena enas mia
    poso posa pote""".split())


def _normalized_stop_words() -> None:
    for lang, words in list(STOP_WORDS.items()):
        STOP_WORDS[lang] = frozenset(normalize(w) for w in words)


class _CombiningMarks(dict):
    """``str.translate`` table that drops combining marks (accents, diaeresis), filled as
    characters are met: one C-level lookup per character instead of a Python call (the
    search analysis of a Greek or French help center spent a tenth of its time here)."""

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.combining(chr(code)) else code
        self[code] = value
        return value


_COMBINING = _CombiningMarks()


def normalize(text: str) -> str:
    """Fold case, accents, diaeresis and final sigma: the form every match uses."""
    if text.isascii():  # nothing to decompose (most English text)
        return text.lower()
    stripped = unicodedata.normalize("NFD", text).translate(_COMBINING)
    return stripped.lower().replace("ς", "σ")


_normalized_stop_words()


def tokenize(text: str) -> list[str]:
    """Normalized words (letters and digits) of ``text``."""
    return _TOKEN.findall(normalize(text))


@lru_cache(maxsize=16)
def _stemmer(lang: str) -> snowballstemmer.stemmer | None:
    algorithm = STEMMERS.get(lang.split("-")[0])
    return snowballstemmer.stemmer(algorithm) if algorithm else None


@lru_cache(maxsize=200_000)
def stem(word: str, lang: str) -> str:
    """The stem of a normalized word; Greek words are stemmed by the Greek stemmer
    whatever the page language, Latin words by the language's own."""
    if len(word) < 3 or word.isdigit():
        return word
    if _GREEK.search(word):
        s = _stemmer("el")
    else:
        s = _stemmer(lang) if lang != "el" else _stemmer("en")
    if not s:
        return word
    greek = bool(_GREEK.search(word))
    fixed = _STEM_EXCEPTIONS["el" if greek else lang.split("-")[0]].get(word)
    if fixed:
        return fixed
    # Greek Snowball strips some whole words to nothing or one letter (ιδιο, οταν; πισω
    # and πειτε both to π): such a term would tie unrelated texts together, so such a
    # word stands for itself
    stemmed = normalize(s.stemWord(word))
    if greek:
        stemmed = _greek_stem(word, stemmed)
    return stemmed if len(stemmed) > 1 else word


# Where Snowball ties unrelated words together, or splits one word's forms (tested pair by
# pair in tests/search/test_analysis.py). Normalized word -> stem.
_STEM_EXCEPTIONS: dict[str, dict[str, str]] = {
    # "installation" and "instalments" were both "instal": installation-service tickets
    # matched the instalments article
    "en": {w: "instalment" for w in ("installment", "installments", "instalment",
                                     "instalments")} | {"business": "business",
                                                        "businesses": "business"},
    "fr": {"fraise": "fraise", "fraises": "fraise",  # not "frais" (fees)
           "livre": "livre", "livres": "livre"},  # a book, not "livrer" (deliver)
    "de": {}, "es": {}, "el": {}, "it": {}, "pt": {}, "nl": {},
}
# Greek adjectives in -ικός keep their -ικ (μεταφορικά, shipping costs, is not μεταφορά,
# transport)
_GREEK_ADJECTIVE = re.compile(r"^(.{3,})ικ(?:α|ων|ο|η|οσ|εσ|οι|ου|ησ|ουσ)$")


def _greek_stem(word: str, stemmed: str) -> str:
    """Snowball's Greek stem, with three fixes: -ικ adjectives keep their suffix; the
    plural -ιες of a noun in -ια keeps the singular's stem (επιδημίες / επιδημία, not
    επιδημι / επιδημ); a verb's aorist in -ψ takes the noun's -φ (διαγράψω / διαγραφή)."""
    m = _GREEK_ADJECTIVE.match(word)
    if m and not stemmed.endswith("ικ"):
        return m.group(1) + "ικ"
    if stemmed.endswith("ι") and word.endswith(("ιεσ", "ιων")) and len(word) > 4 and \
            word[-4] not in "εοαυ":
        return stemmed[:-1]
    if stemmed.endswith("ψ") and len(stemmed) >= 5:
        return stemmed[:-1] + "φ"
    return stemmed


def is_stop_word(word: str, lang: str) -> bool:
    return word in STOP_WORDS.get(lang.split("-")[0], frozenset())


def analyze(text: str, lang: str) -> list[str]:
    """Stems of the meaningful words of ``text``, in order."""
    return [stem(w, lang) for w in tokenize(text) if not is_stop_word(w, lang)]


# ---------------------------------------------------------------- Greeklish

# Greek letters (normalized) to a Latin key. Digraphs first. Vowels that sound
# alike collapse (η, ι, υ, ει, οι -> i; ω, ο -> o; αι, ε -> e), since people
# typing Greeklish write them every which way.
_GREEK_DIGRAPHS = [("ου", "u"), ("ει", "i"), ("οι", "i"), ("υι", "i"), ("αι", "e"),
                   ("μπ", "b"), ("ντ", "d"), ("γκ", "g"), ("γγ", "g"), ("τσ", "ts"),
                   ("τζ", "tz"), ("αυ", "av"), ("ευ", "ev")]
_GREEK_LETTERS = dict(zip("αβγδεζηθικλμνξοπρστυφχψω",
                          ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "ks",
                           "o", "p", "r", "s", "t", "i", "f", "x", "ps", "o"], strict=True))
# Latin as typed, to the same key. Order matters: longer patterns first.
_LATIN_RULES = [("8", "th"), ("4", "ps"), ("3", "ks"), ("ch", "x"), ("kh", "x"), ("ph", "f"),
                ("th", "th"), ("ey", "ev"), ("ay", "av"),
                ("ps", "ps"), ("ks", "ks"), ("ou", "u"), ("ei", "i"), ("oi", "i"), ("yi", "i"),
                ("ai", "e"), ("mp", "b"), ("nt", "d"), ("gk", "g"), ("gg", "g"), ("ng", "g"),
                ("au", "av"), ("af", "av"), ("eu", "ev"), ("ef", "ev"), ("w", "o"), ("y", "i"), ("h", "i"),
                ("q", "k"), ("c", "k"), ("j", "g"), ("x", "x"), ("u", "u")]
_LATIN_RE = re.compile("|".join(re.escape(a) for a, _ in _LATIN_RULES))
_LATIN_MAP = dict(_LATIN_RULES)


def _collapse(key: str) -> str:
    return re.sub(r"(.)\1+", r"\1", key)


def greeklish_key(word: str) -> str:
    """A Latin key shared by a Greek word and the ways people type it in Latin letters.

    ``επιστροφή`` and ``epistrofi``/``epistrofh`` give ``epistrofi``;
    ``χρημάτων`` and ``xrimaton``/``xrhmatwn``/``chrimaton`` give ``xrimaton``.
    """
    w = normalize(word)
    if _GREEK.search(w):
        for a, b in _GREEK_DIGRAPHS:
            w = w.replace(a, b)
        w = "".join(_GREEK_LETTERS.get(ch, ch) for ch in w)
        # αυ/ευ sound af/ef and are typed either way, so af/ef and av/ev share a key:
        # εφαρμογή and efarmogi (or evarmogi) must meet.
        w = w.replace("af", "av").replace("ef", "ev")
    else:
        w = _LATIN_RE.sub(lambda m: _LATIN_MAP[m.group(0)], w)
    return _collapse(w)


def is_greek(text: str) -> bool:
    return bool(_GREEK.search(text))


def is_latin(text: str) -> bool:
    return bool(_LATIN.search(normalize(text)))


def detect_language(text: str, candidates: list[str]) -> str:
    """The most likely of ``candidates`` for ``text``: script first, then stop words.

    Greeklish (Greek typed in Latin letters) counts as Greek when Greek is a
    candidate and the text has no stop words of the other languages.
    """
    words = tokenize(text)
    if not words or not candidates:
        return candidates[0] if candidates else "en"
    greek = sum(1 for w in words if _GREEK.search(w))
    if "el" in candidates and greek >= max(1, len(words) // 3):
        return "el"
    latin = [c for c in candidates if c != "el"]
    scores = {c: sum(1 for w in words if w in STOP_WORDS.get(c, ())) for c in latin}
    if "el" in candidates:  # a word the other languages use too ("to") is no Greeklish hint
        scores["el"] = sum(1 for w in words if greeklish_word(w) and
                           not any(w in STOP_WORDS.get(c, ()) for c in latin))
    best = max(scores, key=lambda c: (scores[c], -candidates.index(c))) if scores else None
    if best is None or scores[best] == 0:
        return latin[0] if latin else candidates[0]
    return best


_GREEKLISH_HINTS = frozenset(greeklish_key(w) for w in """και να θα το τα της του την με για
    δεν πως που ειναι εχω θελω μου σας παραγγελια παραγγελιας επιστροφη χρηματα λογαριασμος
    κωδικος πληρωμη αποστολη ακυρωση προιον καρτα τιμολογιο δοσεις παρακαλω ευχαριστω γεια
    ποτε γιατι ακομα""".split())


def greeklish_word(word: str) -> bool:
    """True for a Latin word that is common Greek typed in Latin letters."""
    return not _GREEK.search(word) and greeklish_key(word) in _GREEKLISH_HINTS
