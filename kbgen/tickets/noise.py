"""Tickets that ask nothing: thanks, greetings, auto-replies, spam, empty."""

from __future__ import annotations

import re

from kbgen.search.analysis import normalize, tokenize

_THANKS = re.compile(r"^(?:thanks?|thank you|thx|many thanks|ευχαριστω|ευχαριστουμε|"
                     r"efxaristo|eyxaristw|merci|ok|okay|εντάξει|ενταξει|great|perfect|τελεια|"
                     r"hello|hi|γεια|γεια σας|bonjour|resolved|λυθηκε|solved)\b")
_AUTO = re.compile(r"out of office|automatic reply|auto-?reply|αυτόματη απάντηση|αυτοματη απαντηση|"
                   r"absence du bureau|réponse automatique|delivery status notification|"
                   r"mail delivery failed|undeliverable", re.I)
_SPAM = re.compile(r"\b(?:casino|viagra|crypto|bitcoin|seo services|backlinks|loan offer|"
                   r"lottery|winner|click here|forex|escort|δανειο χωρις)\b", re.I)
_URL = re.compile(r"https?://\S+")
_REPLY = re.compile(r"^\s*(?:re|fwd?|aw|απ|σχετ)\s*:", re.I)


def noise_reason(text: str) -> str | None:
    """Why a ticket is noise (``empty``, ``thanks``, ``auto-reply``, ``spam``) or None."""
    words = tokenize(text)
    if len(words) < 2 and not any(len(w) > 3 for w in words):
        return "empty"
    if _AUTO.search(text):
        return "auto-reply"
    if _SPAM.search(normalize(text)) or len(_URL.findall(text)) >= 3:
        return "spam"
    if len(words) <= 8 and _THANKS.match(" ".join(words)) and "?" not in text \
            and not re.search(r"\b(?:but|αλλα|mais|δεν|not|pas)\b", " ".join(words)):
        return "thanks"
    return None


def is_reply(subject: str) -> bool:
    """A subject like "Re: παραγγελία": the body alone says whether the reply is noise
    (a "ευχαριστώ πολύ" under it is a thank-you, whatever the subject)."""
    return bool(_REPLY.match(subject or ""))
