"""Privacy: no raw IP address is stored, and comments lose personal data when shown.

A client is identified (for rate limits and spotting floods in reports) by a
salted hash of its address; the salt changes every day, so hashes from
different days cannot be linked.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CARD = re.compile(r"\b(?:\d[ -]?){13,19}\b")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){3,7}(?:[ ]?[A-Z0-9]{1,3})?\b")
_PHONE = re.compile(r"(?<![\w+])(?:\+|00)?\d[\d ()./-]{7,}\d\b")
_AFM = re.compile(r"(?i)(?:ΑΦΜ|Α\.Φ\.Μ\.|afm|vat)\s*[:.]?\s*\d{9}\b")


def client_hash(address: str, secret: str, today: dt.date | None = None) -> str:
    day = (today or dt.datetime.now(dt.UTC).date()).isoformat()
    return hmac.new(f"{secret}:{day}".encode(), address.encode(), hashlib.sha256).hexdigest()[:32]


def redact(text: str) -> str:
    """Remove emails, IBANs, card, tax and phone numbers from free text."""
    text = _EMAIL.sub("[email]", text)
    text = _IBAN.sub("[iban]", text)
    text = _AFM.sub("[tax-id]", text)
    text = _CARD.sub(lambda m: "[card]" if len(re.sub(r"\D", "", m.group())) >= 13 else m.group(),
                     text)
    return _PHONE.sub("[phone]", text)
