"""Tickets that ask nothing: thanks, greetings, auto-replies, spam, empty."""

from __future__ import annotations

import re

from kbgen.search.analysis import is_stop_word, normalize, tokenize

# Courtesy: thanks and acknowledgements (matched on normalized text: no accents, lower case)
_THANKS = re.compile(r"\b(?:thanks?|thank you|thx|ty|many thanks|cheers|ευχαριστω|ευχαριστουμε|"
                     r"e[fvuy](?:x|ch|h)arist(?:o|w|oume|ume)|merci|ok|okay|οκ|ενταξει|great|"
                     r"perfect|τελεια|resolved|solved|λυθηκε|all good|got it)\b")
# and greetings (with or without accents: also cut from the titles of suggestions)
_GREETING_WORDS = (r"(?:καλημ[εέ]ρα|καλησπ[εέ]ρα|γει[αά](?: ?σας)?|χα[ιί]ρετε|kalimera|kalispera"
                   r"|geia|hello|hi(?: there)?|hey|dear \w+|good (?:morning|afternoon|evening)"
                   r"|bonjour|bonsoir|salut)(?: σας)?")
_GREETING = re.compile(rf"\b{_GREETING_WORDS}\b", re.I)
# words that say nothing on their own next to thanks or a greeting
_FILLER = frozenset("""very much so lot again all team guys everyone kind regards best now
    today sorted fixed received works working
    help support reply answer quick fast prompt response service excellent nice have day
    weekend πολυ πολλα για την τη βοηθεια απαντηση γρηγορη αμεση αμεσα εξυπηρετηση ομαδα
    φιλικα σας παιδια καλη μερα συνεχεια καλο para poly poli polu beaucoup pour votre aide
    cordialement bonne journee""".split())
_AUTO = re.compile(r"out of office|automatic reply|auto-?reply|αυτόματη απάντηση|αυτοματη απαντηση|"
                   r"absence du bureau|réponse automatique|delivery status notification|"
                   r"mail delivery failed|undeliverable", re.I)
# spam by itself; and words that are spam only next to a link or to each other (a shop or a
# bank may well be asked about crypto top-ups or a loan offer)
_SPAM = re.compile(r"\b(?:casino|viagra|escort|seo (?:services|experts?|agency|packages?)|"
                   r"first page of google|backlinks|lottery|"
                   r"you(?: have|'ve)? won (?:a|an|the|\d)|claim your (?:prize|reward|gift)|"
                   r"κερδισατε|κερδιστε|vous avez gagne|δανειο χωρις)\b", re.I)
_SPAM_NEAR_LINK = re.compile(r"\b(?:crypto|bitcoin|forex|winner|click here|loan offer|"
                             r"πατηστε εδω|cliquez ici)\b", re.I)
_URL = re.compile(r"https?://\S+")
_REPLY = re.compile(r"^\s*(?:re|fwd?|aw|απ|σχετ)\s*:", re.I)


def noise_reason(text: str) -> str | None:
    """Why a ticket is noise (``empty``, ``thanks``, ``auto-reply``, ``spam``) or None."""
    words = tokenize(text)
    if len(words) < 2 and not any(len(w) > 3 for w in words):
        return "empty"
    if _AUTO.search(text):
        return "auto-reply"
    links, folded = len(_URL.findall(text)), normalize(text)
    promo = len(set(_SPAM_NEAR_LINK.findall(folded)))
    if links >= 3 or _SPAM.search(folded) or promo >= 2 or (promo and links):
        return "spam"
    if _courtesy_only(words, text):
        return "thanks"
    return None


def _courtesy_only(words: list[str], text: str) -> bool:
    """Thanks or a greeting and (almost) nothing else: no question, no "but", at most one
    word of content after thanks (a name, "received"), none after a bare greeting."""
    if not words or len(words) > 12 or re.search("[?;\u037e]", text):
        return False
    joined = " ".join(words)
    thanks = _THANKS.search(joined)
    if not thanks and not _GREETING.search(joined):
        return False
    rest = _GREETING.sub(" ", _THANKS.sub(" ", joined)).split()
    if any(w in ("but", "αλλα", "mais", "δεν", "not", "pas", "still", "ακομα") for w in rest):
        return False
    content = [w for w in rest if w not in _FILLER and not w.isdigit() and
               not any(is_stop_word(w, lang) for lang in ("en", "el", "fr"))]
    return len(content) <= (1 if thanks else 0)


_LEADING_GREETING = re.compile(rf"^(?:{_GREETING_WORDS}[\s,.!:;-]*)+", re.I)
# after a subject line: "Παλιό κινητό Καλημέρα σας, δέχεστε ..."
_INNER_GREETING = re.compile(rf"^.{{0,60}}?\b{_GREETING_WORDS}\s*[,.!:]\s*", re.I)


def strip_greeting(text: str) -> str:
    """``text`` without the greeting it opens with ("Καλημέρα σας, ..." -> "..."), and
    without a subject line before such a greeting."""
    text = _INNER_GREETING.sub("", text.strip(), count=1)
    return _LEADING_GREETING.sub("", text).strip()


def is_reply(subject: str) -> bool:
    """A subject like "Re: παραγγελία": the body alone says whether the reply is noise
    (a "ευχαριστώ πολύ" under it is a thank-you, whatever the subject)."""
    return bool(_REPLY.match(subject or ""))
