"""File names for new articles: Greek (and any Latin script) to a short ASCII slug.

Greek is transliterated the ELOT 743 way (the Greek standard also used for
passports and road signs), so "Πώς επιστρέφω ένα προϊόν;" becomes
``pos-epistrefo-ena-proion``: readable in a URL, stable, and easy to type.

The rules applied, in order of precedence:

- digraphs: ``ου`` -> ou, ``μπ`` -> b at the start of a word and mp inside it,
  ``γγ`` -> ng, ``γξ`` -> nx, ``γχ`` -> nch;
- ``αυ``, ``ευ``, ``ηυ`` -> av/ev/iv before a vowel or a voiced consonant,
  af/ef/if before a voiceless consonant (θ κ ξ π σ τ φ χ ψ) or at the end of a word;
- single letters: θ th, χ ch, ψ ps, ξ x, η i, υ y, ω o, β v, φ f, ...
- accents and diaeresis are dropped (ϊ, ΐ -> i); other Latin letters lose their
  accents (é -> e); everything else becomes a hyphen.
"""

from __future__ import annotations

import re
import unicodedata

# υ with a diaeresis (ϋ, ΰ) is never part of a digraph: "προϋπόθεση" -> proypothesi.
_DIAERESIS_Y = "\ue000"
_LETTERS = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
    "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p",
    "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps",
    "ω": "o",
    _DIAERESIS_Y: "y",
}
_DIGRAPHS = {"ου": "ou", "γγ": "ng", "γξ": "nx", "γχ": "nch"}
_U_DIPHTHONG = {"α": "a", "ε": "e", "η": "i"}
_VOICELESS = set("θκξπστφχψ")
_GREEK_VOWELS = set("αεηιουω")

MAX_LENGTH = 60


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed
                                                if not unicodedata.combining(c)))


def _is_greek_letter(ch: str) -> bool:
    return ch in _LETTERS


def transliterate(text: str) -> str:
    """Greek letters to Latin (ELOT 743); other characters are kept, lowercased."""
    text = text.lower().replace("ϋ", _DIAERESIS_Y).replace("ΰ", _DIAERESIS_Y)
    text = _strip_accents(text)
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        pair = text[i:i + 2]
        nxt = text[i + 2] if i + 2 < n else ""
        prev = text[i - 1] if i > 0 else ""
        if pair in _DIGRAPHS:
            out.append(_DIGRAPHS[pair])
            i += 2
        elif pair == "μπ":
            word_start = not _is_greek_letter(prev)
            word_end = not _is_greek_letter(nxt)
            out.append("b" if word_start or word_end else "mp")
            i += 2
        elif len(pair) == 2 and pair[0] in _U_DIPHTHONG and pair[1] == "υ":
            voiceless = nxt in _VOICELESS or not _is_greek_letter(nxt)
            out.append(_U_DIPHTHONG[pair[0]] + ("f" if voiceless else "v"))
            i += 2
        else:
            out.append(_LETTERS.get(ch, ch))
            i += 1
    return "".join(out)


def slugify_title(title: str, max_length: int = MAX_LENGTH) -> str:
    """A file-name slug for ``title``: ASCII letters, digits and single hyphens.

    Long titles are cut at a word boundary so the slug stays under
    ``max_length`` characters. An empty result (a title of only punctuation)
    gives ``article``.
    """
    latin = _strip_accents(transliterate(title))
    latin = unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", latin.lower()).strip("-")
    if len(slug) > max_length:
        cut = slug[:max_length + 1]
        slug = cut[:cut.rfind("-")] if "-" in cut else slug[:max_length]
    return slug.strip("-") or "article"
