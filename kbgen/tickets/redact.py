"""Remove personal data before any ticket text is stored, shown or written.

Emails, phone numbers (Greek, Cypriot, international), card numbers (Luhn-checked),
IBANs (checksum), Greek tax numbers (ΑΦΜ, checksum or labelled) and street addresses.
"""

from __future__ import annotations

import re

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,4})?\b", re.I)
_CARD = re.compile(r"\b\d(?:[ -]?\d){12,18}\b")
_AFM_LABEL = re.compile(r"(?i)(?:α\.?\s?φ\.?\s?μ\.?|afm|vat(?: number)?|tax id)\s*[:.#]?\s*(?:EL|GR)?\s*\d{9}\b")
_NINE = re.compile(r"\b\d{9}\b")
_PHONE = re.compile(r"(?<![\w+])(?:(?:\+|00)\d{1,3}[ .-]?)?(?:\(?\d{2,4}\)?[ .-]?){2,4}\d{2,4}(?!\w)")
_ADDRESS = re.compile(
    r"(?i)\b(?:οδός|οδ\.|λεωφ(?:όρος|\.)|λ\.|πλατεία|πλ\.)\s+[\w\u0370-\u03ff.]+(?:\s+[\w\u0370-\u03ff.]+)?\s+\d{1,4}[α-ωa-z]?\b"
    r"|\b[\u0386-\u03ce][\u0370-\u03ff]+\s+\d{1,4}[α-ω]?,\s*\d{3}\s?\d{2}\b"
    r"|\b\d{1,5}[A-Za-z]?\s+(?:[A-Z][a-z]+\s){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Lane|Boulevard|Blvd\.?)\b"
    r"|\b\d{3}\s?\d{2}\s+[\u0386-\u03ce][\u0370-\u03ff]+\b")


def luhn(digits: str) -> bool:
    total, parity = 0, len(digits) % 2
    for i, ch in enumerate(digits):
        d = int(ch)
        if i % 2 == parity:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def iban_ok(text: str) -> bool:
    s = re.sub(r"[ -]", "", text).upper()
    if not 15 <= len(s) <= 34:
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


def redact(text: str) -> str:
    """``text`` with personal data replaced by ``[email]``, ``[phone]``, ``[card]``..."""
    text = _EMAIL.sub("[email]", text)
    text = _IBAN.sub(lambda m: "[iban]" if iban_ok(m.group()) else m.group(), text)
    text = _CARD.sub(lambda m: "[card]" if luhn(re.sub(r"\D", "", m.group())) else m.group(),
                     text)
    text = _AFM_LABEL.sub("[tax-id]", text)
    text = _NINE.sub(lambda m: "[tax-id]" if afm_ok(m.group()) else m.group(), text)
    text = _ADDRESS.sub("[address]", text)
    text = _PHONE.sub(lambda m: "[phone]" if len(re.sub(r"\D", "", m.group())) >= 8
                      else m.group(), text)
    return text
