"""Ticket text as a customer meant it: no HTML, quoted replies or signatures."""

from __future__ import annotations

import html
import re

# quoted text (blockquote) and what is never shown go with their content
_HIDDEN = re.compile(r"<(script|style|head|title|blockquote)\b.*?</\1\s*>|<!--.*?-->",
                     re.S | re.I)
# a tag starts with a letter: "< 100 € και > 50" is text
_TAGS = re.compile(r"</?([a-z][a-z0-9]*)\b[^<>]*>|<![^<>]*>", re.I)
_BLOCKS = {"br", "p", "div", "li", "tr", "table", "ul", "ol", "pre", "hr",
           "h1", "h2", "h3", "h4", "h5", "h6"}
_QUOTE_START = re.compile(
    r"^(?:On .{4,200} wrote:|Στις .{4,200} έγραψε:|Le .{4,200} a écrit\s?:"
    r"|-{2,}\s*(?:Original Message|Αρχικό μήνυμα|Forwarded message|Προωθημένο μήνυμα)\s*-*"
    r"|_{8,}|From: .+|Από: .+|De : .+)\s*$", re.I)
# 300 characters without a space are machine data (an encoded attachment, a token): no words
# to match, only bytes to scan
_BLOB = re.compile(r"\S{300,}")
_SIGNATURE = re.compile(r"^(?:--\s*|Sent from my .+|Στάλθηκε από .+|Envoyé de mon .+"
                        r"|Get Outlook for .+|Αποστολή από .+)$", re.I)
# A closing on a line of its own: what follows is a signature (a name, a title, a phone)
_CLOSING = re.compile(
    r"^(?:(?:με )?(?:εκτίμηση|εκτιμηση|φιλικά|φιλικα|ευχαριστώ|ευχαριστω|ευχαριστίες|"
    r"ευχαριστιες|χαιρετισμούς|χαιρετισμους)(?: πολύ| πολυ)?|"
    r"(?:kind |best |warm )?regards|best|thanks(?: a lot)?|thank you|many thanks|cheers|"
    r"sincerely|yours(?: sincerely| truly)?|cordialement|merci(?: beaucoup)?)\s*[,.!]?$", re.I)
_NAME_LINE = re.compile(r"^[A-ZΑ-ΩΆΈ-Ώ][\w.'’-]*(?:\s+[A-ZΑ-ΩΆΈ-Ώ][\w.'’-]*){0,3}$")


def strip_html(text: str) -> str:
    if "<" not in text:
        return html.unescape(text)
    text = _HIDDEN.sub("\n", text)
    text = _TAGS.sub(lambda m: "\n" if (m.group(1) or "").lower() in _BLOCKS else " ", text)
    return html.unescape(text)


def clean(text: str) -> str:
    """Drop HTML, then everything from a quoted reply or a signature on: after "--", "Sent
    from my…", or a closing on a line of its own ("Ευχαριστώ," then a name) when what
    follows is short (at most four lines, none a question)."""
    out = []
    lines = _BLOB.sub(" ", strip_html(text or "")).splitlines()
    for k, line in enumerate(lines):
        if _CLOSING.match(line.strip()) and _signature_after(lines[k + 1:]):
            out.append(line.strip())
            break
        stripped = line.strip()
        if _QUOTE_START.match(stripped) or _SIGNATURE.match(stripped):
            break
        if stripped.startswith(">"):
            continue
        out.append(stripped)
    return re.sub(r"\s+", " ", " ".join(out)).strip()


def _signature_after(rest: list[str]) -> bool:
    """Whether the lines after a closing are a signature: a few short lines, a name among
    them or nothing but contact details, no question."""
    rest = [r.strip() for r in rest if r.strip()]
    if not rest or len(rest) > 4 or any("?" in r or ";" in r for r in rest):
        return False
    return any(_NAME_LINE.match(r) for r in rest) or all(len(r) <= 40 for r in rest)
