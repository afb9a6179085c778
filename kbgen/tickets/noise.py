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
_FILLER = frozenset(normalize(w) for w in """very much so lot again all team guys everyone kind regards best now
    today sorted fixed received works working
    help support reply answer quick fast prompt response service excellent nice have day
    you are great wonderful amazing awesome lovely guys best παρα ειστε υπεροχοι υπεροχη
    φοβεροι τελειοι καταπληκτικοι
    weekend πολυ πολλα για την τη βοηθεια απαντηση γρηγορη αμεση αμεσα εξυπηρετηση ομαδα
    φιλικα σας παιδια καλη μερα συνεχεια καλο para poly poli polu beaucoup pour votre aide
    cordialement bonne journee""".split())  # normalized: "σας" is "σασ" in folded text
_AUTO = re.compile(r"out of office|automatic reply|auto-?reply|αυτόματη απάντηση|αυτοματη απαντηση|"
                   r"absence du bureau|réponse automatique|delivery status notification|"
                   r"mail delivery (?:failed|subsystem)|undeliverable|returned mail|"
                   r"failure notice|εκτός γραφείου|εκτος γραφειου|"
                   r"δεν (?:θα )?βρ[ιί]σκομαι στο γραφε[ιί]ο|returned to sender|"
                   r"this is the mail system at host|could not be delivered to one or more|"
                   r"message (?:was not|wasn't|could not be) delivered|"
                   r"δεν ήταν δυνατή η παράδοση του μηνύματος", re.I)
# Not a question for the help center: wishes, tests, job applications, phishing, ads
# (matched on normalized text)
_WISHES = re.compile(r"\b(?:χρονια πολλα|καλα χριστουγεννα|καλεσ γιορτεσ|καλη χρονια|"
                     r"ευτυχισμενο το νεο ετοσ|καλο πασχα|καλη ανασταση|χρονια polla|"
                     r"xronia polla|kales giortes|kali xronia|kalo pasxa|merry christmas|"
                     r"happy (?:new year|holidays|easter)|season'?s greetings|bonne annee|"
                     r"joyeux noel|bonnes fetes)\b")
_TEST = re.compile(r"^\W*(?:test(?:ing)?|τεστ|δοκιμη)(?:\W+(?:test(?:ing)?|τεστ|δοκιμη|"
                   r"\d+|message|μηνυματοσ|μηνυμα|please|ignore|αγνοηστε|παρακαλω))*\W*$")
_JOB = re.compile(r"\b(?:(?:job|employment) application|application for (?:the|a)? ?"
                  r"(?:position|job|role)|my (?:cv|resume)|curriculum vitae|"
                  r"αιτηση (?:για )?(?:εργασια|προσληψη)|θεση εργασιασ|βιογραφικο μου|"
                  r"συνημμενο (?:θα βρειτε )?(?:το )?βιογραφικο|biografiko mou)\b")
_PHISHING = re.compile(r"\b(?:(?:account|mailbox) (?:will be|has been) (?:suspended|closed|"
                       r"locked|deactivated)|verify your (?:account|identity|mailbox)|"
                       r"confirm your (?:account|password|billing)|"
                       r"ο λογαριασμοσ σασ (?:θα )?(?:ανασταλει|απενεργοποιηθει|κλειδωθει|"
                       r"εχει ανασταλει)|επιβεβαιωστε (?:τα στοιχεια|τον λογαριασμο)|"
                       r"επαληθευστε (?:τα στοιχεια|τον λογαριασμο))")
_ADS = re.compile(r"\b(?:webinar|sms marketing|(?:bulk|μαζικα) sms|seo|google ads|"
                  r"digital marketing|ψηφιακο μαρκετινγκ|προωθηση τησ επιχειρησησ σασ|"
                  r"προσφορα για την επιχειρηση σασ|for your business|partnership proposal|"
                  r"προταση συνεργασιασ|unsubscribe|διαγραφη απο τη λιστα)\b")
_ADS_STRONG = re.compile(r"\b(?:webinar|sms marketing|seo (?:services|experts?|agency|packages?)|"
                         r"first page of google|δωρεαν webinar|εγγραφειτε (?:δωρεαν|τωρα)|"
                         r"πρωτη στο google|πρωτεσ θεσεισ (?:στο|του) google|αναλαμβανουμε seo|"
                         r"ψηφιακου μαρκετινγκ|ψηφιακο μαρκετινγκ|digital marketing agency|"
                         r"we are an? (?:digital )?agency|schedule a (?:quick |short )?call|"
                         r"παρουσιασουμε τισ υπηρεσιεσ μασ|grow your (?:business|sales))\b")
# spam by itself; and words that are spam only next to a link or to each other (a shop or a
# bank may well be asked about crypto top-ups or a loan offer)
_SPAM = re.compile(r"\b(?:casino|viagra|escort|seo (?:services|experts?|agency|packages?)|"
                   r"first page of google|backlinks|lottery|"
                   r"you(?: have|'ve)? won (?:a|an|the|\d)|claim your (?:prize|reward|gift)|"
                   r"κερδισατε|κερδιστε|vous avez gagne|δανειο χωρις)\b", re.I)
_SPAM_NEAR_LINK = re.compile(r"\b(?:crypto|bitcoin|forex|winner|click here|loan offer|"
                             r"πατηστε εδω|cliquez ici)\b", re.I)
_URL = re.compile(r"https?://\S+")
# "Re:", "Fwd:", "ΑΠ:", one or more of them
_REPLY = re.compile(r"^(?:\s*(?:re|fwd?|aw|απ|σχετ)\s*:)+", re.I)


def noise_reason(text: str) -> str | None:
    """Why a ticket is noise (``empty``, ``thanks``, ``auto-reply``, ``spam``) or None."""
    words = tokenize(text)
    if len(words) < 2 and not any(len(w) > 3 for w in words):
        return "empty"
    if _AUTO.search(text):
        return "auto-reply"
    links, folded = len(_URL.findall(text)), normalize(text)
    if _TEST.match(folded):
        return "test"
    if _JOB.search(folded):
        return "job application"
    if _PHISHING.search(folded):
        return "phishing"
    if _WISHES.search(folded) and not re.search("[?;\u037e]", text) and len(words) <= 40:
        return "wishes"
    promo = len(set(_SPAM_NEAR_LINK.findall(folded)))
    if links >= 3 or _SPAM.search(folded) or promo >= 2 or (promo and links):
        return "spam"
    if _ADS_STRONG.search(folded) or len(set(_ADS.findall(folded))) >= 2 or (
            _ADS.search(folded) and links):
        return "advertising"
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


# "Web form: Billing", "Φόρμα επικοινωνίας: Παραγγελία": the helpdesk's own prefix
_SUBJECT_PREFIX = re.compile(r"^([^:\n]{2,40}):\s*\S")
SYSTEM_SHARE = 0.2  # of one channel's tickets with the same subject (or prefix): the helpdesk's
SYSTEM_MIN = 4  # tickets, at least


def _subject_keys(subject: str) -> list[str]:
    folded = " ".join(normalize(_REPLY.sub("", subject or "")).split())
    if not folded:
        return []
    m = _SUBJECT_PREFIX.match(folded)
    return [folded, m.group(1).strip() + ":"] if m else [folded]




class HelpdeskSubjects:
    """Subjects the helpdesk writes itself, not the customer: the same subject, or subject
    prefix, on at least ``SYSTEM_SHARE`` of one channel's tickets ("Live chat", "Web form:
    Billing", an agent's "Σημείωμα τηλεφωνικής κλήσης"). Such a subject says nothing about
    the question: joined to "ok thanks" it would hide the thanks, and as a suggestion's
    title it is useless."""

    def __init__(self, tickets: list[tuple[str, str]]) -> None:
        """``tickets``: (channel, subject) of every ticket of the export."""
        per_channel: dict[str, int] = {}
        counts: dict[tuple[str, str], int] = {}
        for channel, subject in tickets:
            per_channel[channel] = per_channel.get(channel, 0) + 1
            for key in set(_subject_keys(subject)):
                counts[channel, key] = counts.get((channel, key), 0) + 1
        self.system = {(c, k) for (c, k), n in counts.items()
                       if n >= max(SYSTEM_MIN, SYSTEM_SHARE * per_channel[c])}

    def __call__(self, channel: str, subject: str) -> bool:
        return any((channel, k) in self.system for k in _subject_keys(subject))
