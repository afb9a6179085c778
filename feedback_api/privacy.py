"""Privacy: no raw IP address is stored, and comments lose personal data when shown.

A client is identified (for rate limits and spotting floods in reports) by a
salted hash of its address; the salt changes every day, so hashes from
different days cannot be linked.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import hmac

from kbgen.tickets.redact import redact as _redact


def client_hash(address: str, secret: str, today: dt.date | None = None) -> str:
    day = (today or dt.datetime.now(dt.UTC).date()).isoformat()
    mac = _keyed(secret, day).copy()  # the key schedule once a day, not per request
    mac.update(address.encode())
    return mac.hexdigest()[:32]


@functools.lru_cache(maxsize=8)
def _keyed(secret: str, day: str) -> hmac.HMAC:
    return hmac.new(f"{secret}:{day}".encode(), digestmod=hashlib.sha256)


def redact(text: str) -> str:
    """Remove emails, phones, card, IBAN and tax numbers and street addresses (shared with
    ticket mining, so a comment and a ticket lose the same personal data)."""
    return _redact(text)
