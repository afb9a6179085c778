"""Ticket text as a customer meant it: no HTML, quoted replies or signatures."""

from __future__ import annotations

import html
import re

_TAGS = re.compile(r"<(script|style)\b.*?</\1>|<br\s*/?>|</p>|<[^>]+>", re.S | re.I)
_QUOTE_START = re.compile(
    r"^(?:On .{4,200} wrote:|Στις .{4,200} έγραψε:|Le .{4,200} a écrit\s?:|-{2,}\s*Original Message"
    r"|-{2,}\s*Αρχικό μήνυμα|From: .+|Από: .+|De : .+)\s*$", re.I)
_SIGNATURE = re.compile(r"^(?:--\s*|Sent from my .+|Στάλθηκε από .+|Envoyé de mon .+"
                        r"|Get Outlook for .+)$", re.I)


def strip_html(text: str) -> str:
    if "<" not in text:
        return html.unescape(text)
    text = _TAGS.sub(lambda m: "\n" if m.group(0).lower().startswith(("<br", "</p")) else " ",
                     text)
    return html.unescape(text)


def clean(text: str) -> str:
    """Drop HTML, then everything from a quoted reply or a signature on."""
    out = []
    for line in strip_html(text or "").splitlines():
        stripped = line.strip()
        if _QUOTE_START.match(stripped) or _SIGNATURE.match(stripped):
            break
        if stripped.startswith(">"):
            continue
        out.append(stripped)
    return re.sub(r"\s+", " ", " ".join(out)).strip()
