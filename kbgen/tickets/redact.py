"""Remove personal data before any ticket text is stored, shown or written.

Emails (also spelled out: "name at example dot com", "name(at)example(dot)gr"), phone
numbers (Greek, Cypriot, international; spaced or dotted), card numbers (Luhn-checked),
IBANs (checksum), Greek tax numbers (ΑΦΜ, checksum or labelled), identity card numbers
(two capitals and six digits), ΑΜΚΑ (eleven digits opening with a date of birth, or
labelled) and street addresses (with or without a street word, in Greek or Latin letters,
Cypriot four-digit postcodes, a floor instead of a postcode), a customer's or contract
number given as such, and a name given as such ("my name is…", "Ονοματεπώνυμο:").

Order of the passes matters: the strict, checksummed kinds first (IBAN, card, ΑΦΜ), so
that the looser phone and address patterns never see their digits. Harmless numbers
stay: order and ticket numbers (a number right after "order", "παραγγελία"...), dates,
times, prices, product codes and barcodes. ``benchmarks/pii_recall.py`` measures both.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# "maria at gmail dot com", "nikos(at)otenet(dot)gr", "eleni [at] yahoo [dot] gr"
_AT = r"(?:\s*[(\[{]\s*(?:at|παπάκι|papaki)\s*[)\]}]\s*|\s+(?:at|παπάκι|papaki)\s+)"
_DOT = r"(?:\s*[(\[{]\s*(?:dot|τελεία)\s*[)\]}]\s*|\s+(?:dot|τελεία)\s+|\.)"
_EMAIL_SPELLED = re.compile(
    r"(?i)(?<![\w.+-])[\w.+-]+" + _AT + r"[\w-]+(?:" + _DOT + r"[\w-]+)*" + _DOT
    + r"(?:com|gr|net|org|eu|cy|info|biz|io|de|fr|it|uk|us|edu|gov)\b")
# Country code, check digits, then groups of up to four; the match may run into the next
# short word, so the longest prefix that passes the checksum is taken (_longest_valid).
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[A-Z0-9]{11,30}|(?:[ -]?[A-Z0-9]{4}){2,7}"
                   r"(?:[ -]?[A-Z0-9]{1,4})?)\b", re.I)
_CARD = re.compile(r"(?<![\w-])\d(?:[ -]?\d){12,22}(?![\w-])")
_AFM_LABEL = re.compile(
    r"(?i)(?:α\.?\s?φ\.?\s?μ\.?|afm|vat(?:\s+(?:number|no\.?|id))?|tax\s+(?:id|number)|tin"
    r"|αριθμ[οό]ς\s+φορολογικο[υύ]\s+μητρ[ωώ]ου)(?:\s+(?:is|είναι|ειναι))?\s*[:.#]?\s*"
    r"(?:EL|GR)?\s*\d{3}\s?\d{3}\s?\d{3}\b")
# a European VAT number of Greece without its label: EL094014201
_VAT_EL = re.compile(r"\b(?:EL|GR)\s?(\d{9})\b")
# Greek identity card: two capital letters (Greek, or Latin ones that look Greek) and six
# digits: "ΑΚ 123456", "AK123456". "LA-248193" (L is no Greek letter) is an order number.
_ID_CARD = re.compile(r"(?<![\w-])[ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩABEZHIKMNOPTYX]{2}[ -]?\d{6}(?![\w-])")
# ΑΜΚΑ (social security number): 11 digits, the first six a date of birth (DDMMYY)
_ELEVEN = re.compile(r"(?<![\w#-])\d{11}(?![\w-])")
_AMKA_LABEL = re.compile(r"(?i)(?:α\.?\s?μ\.?\s?κ\.?\s?α\.?|amka)\s*[:.#]?\s*\d{11}\b")
# Shapes that are personal data even when a digit is mistyped (the checksum then fails, but
# the customer still gave their account or card): a Greek or Cypriot IBAN, a card number in
# four groups of four
_IBAN_SHAPE = re.compile(r"\b(?:GR|CY)\d{2}(?:[ -]?\d{4}){5}[ -]?\d{3}(?:\d{1,4})?\b", re.I)
_CARD_SHAPE = re.compile(r"(?<![\w-])\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?![\w-])")
# a name signed after a closing on the same line: "Ευχαριστώ, Νίκος Π."
_SIGNED = re.compile(r"(?i:ευχαριστώ|ευχαριστω|ευχαριστούμε|thanks|thank you|regards|φιλικά|"
                     r"φιλικα|με εκτίμηση|με εκτιμηση|cordialement|merci)[,!.]?\s+"
                     r"([A-ZΑ-ΩΆΈ-Ώ][\w'’-]*\.?(?:\s+[A-ZΑ-ΩΆΈ-Ώ][\w'’-]*\.?)?)\s*$", re.M)
# A name the customer gives: "my name is Maria K.", "Ονοματεπώνυμο: Νίκος Π."
_NAME = re.compile(r"(?:(?i:my name is|name\s*:|full name\s*:|ονοματεπώνυμο\s*:?|ονοματεπωνυμο\s*:?|"
                   r"όνομα\s*:|ονομα\s*:|ονομάζομαι|ονομαζομαι|με λένε|με λενε|"
                   r"je m'appelle|je suis|i am|i'm|this is|είμαι (?:ο|η)|ειμαι (?:ο|η)|"
                   r"εδώ (?:ο|η)|εδω (?:ο|η))\s+)"
                   r"([A-ZΑ-ΩΆΈ-Ώ][\w'’.-]*(?:\s+[A-ZΑ-ΩΆΈ-Ώ][\w'’.-]*){0,2})")
# A customer's, subscriber's or contract number (an order number stays: it is not a person's)
_CUSTOMER_ID = re.compile(
    r"(?i:(?:customer|client|account|contract|subscriber|member)\s+(?:number|no\.?|id|#)|"
    r"(?:αριθμ[οό]ς|αρ\.|κωδικ[οό]ς)\s+(?:πελ[αά]τη|συμβολα[ιί]ου|συνδρομητ[ηή]|"
    r"λογαριασμο[υύ]|μέλους|μελους))\s*[:#.]?\s*(?=[A-Z-]*\d)[A-Z0-9][A-Z0-9-]{3,}\b")
_NINE = re.compile(r"(?<![\w#-])\d{9}(?![\w-])")
# Any run of digit groups (with +/00 country code, brackets, spaces, dots, dashes);
# _phone() decides from its digits whether it is a phone number.
_PHONE = re.compile(r"(?<![\w+/.,#-])(?:(?:\+|00)\d{1,3}[ .-]?(?:\(0\)[ .-]?)?)?"
                    r"(?:\(?\d{1,5}\)?[ .-]?){1,5}\d{2,5}(?![\w/-])")
_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")
# A number right after one of these is an order, ticket or parcel number, not a phone
# or a tax number.
_HARMLESS_LABEL = re.compile(
    r"(?i)(?:order|ticket|voucher|tracking|awb|reference|ref\.?|"
    r"παραγγελ\w*|αιτ[ηή]μα(?:τος)?|paraggel\w*|parangel\w*)"
    r"(?:\s+(?:number|no\.?|id|αρ\.?|αριθμ[οό]ς))?\s*[:#.]?\s*$")

_WORD = r"[^\W\d_][\w'’.-]*"  # a word of any script (street names)
_GREEK_CAP = r"[\u0386\u0388-\u038f\u0391-\u03a9]"
_POSTCODE = r"(?:(?:Τ\.?\s?Κ\.?|ΤΚ|T\.?K\.?)\s*:?\s*)?\d{3}\s?\d{2}"
_NOT_A_NAME = (r"(?:the|a|an|on|in|at|of|to|my|your|our|down|up|from|for|and|or|by|per|very|"
               r"so|too|days?|weeks?|hours?|items?|times?|more|other|same|blocks?|miles?|km)")
_ADDRESS = re.compile(
    # Οδός Ερμού 25, Λεωφ. Βασιλίσσης Σοφίας αρ. 45, ΤΚ 10563 (accents optional)
    r"(?i:\b(?:οδ[οό]ς|οδ\.|λεωφ[οό]ρος|λεωφ\.|λ\.|πλατε[ιί]α|πλ\.)\s+(?:" + _WORD + r"\s+){1,3}"
    r"(?:αρ\.?\s*|αριθμ[οό]ς\s*)?\d{1,4}[α-ωa-z]?\b(?:(?:,\s*|\s+)" + _POSTCODE + r"\b)?)"
    # Ερμού 25, 105 63 / Εγνατίας 154, ΤΚ 54636
    r"|\b" + _GREEK_CAP + r"[\u0370-\u03ff]+(?:\s+[\u0370-\u03ff]+){0,2}\s+\d{1,4}[α-ω]?(?:,\s*|\s+)"
    + _POSTCODE + r"\b"
    # ΤΚ 10563, 105 63 Αθήνα
    r"|(?:Τ\.?\s?Κ\.?|ΤΚ)\s*:?\s*\d{3}\s?\d{2}\b"
    r"|\b\d{3}\s?\d{2}\s+" + _GREEK_CAP + r"[\u0370-\u03ff]+"
    # 12 Main Street, 221B Baker St., Flat 3, 27 Queen's Road
    r"|\b\d{1,5}[A-Za-z]?,?\s+(?:[A-Z][\w'’-]*\.?\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|"
    r"Lane|Ln|Boulevard|Blvd|Drive|Dr|Way|Court|Ct|Place|Pl|Square|Sq|Close|Crescent|"
    r"Terrace|Gardens)\b\.?"
    # 14 rue Oberkampf, 75011 Paris; 3 bis avenue de la République ("place", "route",
    # "cours" and "chemin" are English words too: a capitalised name or "de la" after them)
    r"|\b\d{1,4}(?:\s?(?i:bis|ter))?,?\s+(?:(?i:rue|avenue|av\.|boulevard|bd|all[ée]e|impasse|"
    r"quai)|(?i:place|route|cours|chemin)(?=\s+(?:(?i:de|du|des|la|le|l'|d')\b|[A-ZÀ-Ý])))"
    r"\s+(?:" + _WORD + r"\s*){1,4}(?:,?\s*\d{5}(?:\s+" + _WORD + r")?)?"
    # 12 main street, 16 oak close (typed in lower case: not "2 blocks down the road")
    r"|(?i:\b\d{1,5}[a-z]?\s+(?:(?!" + _NOT_A_NAME + r"\b)[a-z'’-]+\s+){1,3}"
    r"(?:street|st|avenue|ave|road|rd|lane|drive|close|boulevard)\b)"
    # Via Roma 12, Calle Mayor 5, Carrer de Mallorca 401 (a number last)
    r"|(?i:\b(?:via|viale|piazza|corso|calle|avenida|plaza|carrer|rua)\s+(?:" + _WORD
    + r"\s+){1,3}\d{1,4}[a-z]?\b)"
    # Hauptstraße 12, Lindenweg 3a, Kirchgasse 7
    r"|\b[A-ZÄÖÜ][\wäöüß-]*(?:straße|strasse|str\.|weg|gasse|platz|allee)\s+\d{1,4}[a-z]?\b"
    # Greek streets typed in Latin letters: Leof. Kifisias 230, Odos Aiolou 10
    r"|(?i:\b(?:leof(?:oros)?\.?|odos|od\.|plateia|pl\.)\s+(?:" + _WORD + r"\s+){1,3}"
    r"\d{1,4}[a-z]?\b)"
    # a name and a number before a postcode: Patision 12, 11257 Athens; Μακαριου 25, 1065
    # Λευκωσια (Cyprus: four digits); Αρχ. Μακαριου 30, 3030 Λεμεσος
    r"|\b(?:[A-ZΑ-ΩΆΈ-Ώ][\w'’.-]*\s+){1,3}\d{1,4}[A-Za-zα-ω]?,\s*"
    r"(?:\d{3}\s?\d{2}\b(?:\s+[A-ZΑ-ΩΆΈ-Ώ][\w'’-]+)?"
    r"|\d{4}\s+[A-ZΑ-ΩΆΈ-Ώ][\w'’-]+)"  # four digits (Cyprus) with the town: not a year
    # a street and number with a floor: Ερμού 5, 3ος όροφος; Solonos 8, 2nd floor
    r"|\b[A-ZΑ-ΩΆΈ-Ώ][\w'’.-]*\s+(?:[\w'’.-]+\s+){0,2}\d{1,4}[A-Za-zα-ω]?,?\s+\d{1,2}"
    r"(?:ος|ο|ος\.|ου)?\s+(?i:[οό]ροφος|ορόφου|οροφου|floor)\b"
    r"|\b[A-ZΑ-ΩΆΈ-Ώ][\w'’.-]*\s+(?:[\w'’.-]+\s+){0,2}\d{1,4}[A-Za-z]?,?\s+\d{1,2}"
    r"(?:st|nd|rd|th)\s+floor\b")


def luhn(digits: str) -> bool:
    total, parity = 0, len(digits) % 2
    for i, ch in enumerate(digits):
        d = int(ch)
        if i % 2 == parity:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def card_ok(text: str) -> bool:
    """A payment card number: 14-19 digits from a card network (2-6), Luhn-valid.
    (13-digit numbers are EAN barcodes far more often than old Visa cards.)"""
    digits = re.sub(r"\D", "", text)
    return 14 <= len(digits) <= 19 and digits[0] in "23456" and luhn(digits)


def iban_ok(text: str) -> bool:
    s = re.sub(r"[ -]", "", text).upper()
    if not 15 <= len(s) <= 34 or not s[:2].isalpha():
        return False
    moved = s[4:] + s[:4]
    try:
        return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1
    except ValueError:
        return False


def afm_ok(digits: str) -> bool:
    if len(digits) != 9 or digits == "000000000":
        return False
    total = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(digits[:8]))
    return total % 11 % 10 == int(digits[8])


def amka_date(digits: str) -> bool:
    """Whether 11 digits open with a date of birth (DDMMYY), as a ΑΜΚΑ does."""
    day, month = int(digits[:2]), int(digits[2:4])
    return 1 <= day <= 31 and 1 <= month <= 12


def phone_ok(text: str) -> bool:
    """Whether a run of digit groups is a phone number.

    With a country code (+30, 0030, +357, +44...): 7-15 digits. Without: a Greek number
    (10 digits from 2 or 69), a Cypriot one (8 digits from 22-26 or 94-99), a number with
    a trunk zero (UK 020 7946 0958, DE 030 12345678) or a US (415) 555-2671. Dates are not.
    """
    if _DATE.fullmatch(text.strip()):
        return False
    digits = re.sub(r"\D", "", text)
    if text.startswith(("+", "00")):
        return 7 <= len(digits) - (2 if text.startswith("00") else 0) <= 15
    return ((len(digits) == 10 and digits.startswith(("2", "69")))
            or (len(digits) == 8 and digits[:2] in {"22", "23", "24", "25", "26",
                                                     "94", "95", "96", "97", "99"})
            or (10 <= len(digits) <= 11 and digits[0] == "0")
            or bool(re.fullmatch(r"\(\d{3}\)\s?\d{3}[ .-]\d{4}", text)))


def _replace(ok: Callable[[str], bool], tag: str, *, anywhere: bool = False,
             labels: bool = False) -> Callable[[re.Match[str]], str]:
    """Replace the longest run of whole groups of the match that passes ``ok`` (the
    match may run into a neighbouring number or word): from its start, or ``anywhere``
    in it. With ``labels``, a number right after "order", "παραγγελία"... is kept."""
    def sub(m: re.Match[str]) -> str:
        text = m.group()
        cuts = [0] + [i for i in range(1, len(text)) if text[i] in " -."
                      and text[i - 1].isalnum()] + [len(text)]
        spans = [(a, b) for a in (cuts[:-1] if anywhere else cuts[:1]) for b in cuts if b > a]
        for a, b in sorted(spans, key=lambda ab: ab[0] - ab[1]):
            head, part = text[:a], text[a:b].strip(" -.")
            if not ok(part):
                continue
            before = m.string[max(0, m.start() - 40):m.start()] + head
            if labels and _HARMLESS_LABEL.search(before):
                return text
            return head + text[a:b].replace(part, tag, 1) + text[b:]
        return text
    return sub


def redact(text: str) -> str:
    """``text`` with personal data replaced by ``[email]``, ``[phone]``, ``[card]``..."""
    text = _EMAIL.sub("[email]", text)
    text = _EMAIL_SPELLED.sub("[email]", text)
    # anywhere: the valid IBAN may start inside the match, after groups that are not its own
    text = _IBAN.sub(_replace(iban_ok, "[iban]", anywhere=True), text)
    text = _IBAN_SHAPE.sub("[iban]", text)
    text = _CARD.sub(_replace(card_ok, "[card]"), text)
    text = _CARD_SHAPE.sub(_replace(_any, "[card]", labels=True), text)
    text = _CUSTOMER_ID.sub(lambda m: m.group()[:len(m.group()) - len(m.group().split()[-1])]
                            + "[customer-id]", text)
    text = _AMKA_LABEL.sub("[amka]", text)
    text = _ELEVEN.sub(lambda m: "[amka]" if amka_date(m.group()) else m.group(), text)
    text = _ID_CARD.sub(_replace(_any, "[id-card]", labels=True), text)
    text = _AFM_LABEL.sub("[tax-id]", text)
    text = _VAT_EL.sub(lambda m: "[tax-id]" if afm_ok(m.group(1)) else m.group(), text)
    text = _NINE.sub(_replace(afm_ok, "[tax-id]", labels=True), text)
    text = _ADDRESS.sub("[address]", text)
    text = _NAME.sub(_name, text)
    text = _SIGNED.sub(_name, text)
    return _PHONE.sub(_replace(phone_ok, "[phone]", anywhere=True, labels=True), text)


def _any(_: str) -> bool:
    """Any run of the match: its shape alone says what it is."""
    return True


def _name(m: re.Match[str]) -> str:
    """The match with its name (group 1) replaced, the words before it kept."""
    return m.group()[:m.start(1) - m.start()] + "[name]"
