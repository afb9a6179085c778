"""Recall of the ticket redactor on planted personal data, and what it wrongly removes.

    .venv/bin/python benchmarks/pii_recall.py [--tickets 3000] [--clean 1000] [--seed 2026]

Generates (seeded) Greek and English tickets with planted personal data of every kind
that kbgen/tickets/redact.py claims (emails, also spelled out; phones, also spaced or
dotted; cards, IBANs, ΑΦΜ, identity card numbers, ΑΜΚΑ, street addresses with and
without a street word, in Latin letters, Cypriot, with a floor), in the forms customers
type them, plus tickets without personal data but
full of harmless numbers (order numbers, dates, prices, product codes, barcodes).

1. The redactor itself (``redact(clean(text))``, as ``kbgen mine`` runs it): recall per
   kind = planted values none of whose identifying fragments (the value as written, its
   digits without spaces, the street and number of an address) is left.
2. The whole ``kbgen mine --drafts`` path on a JSON lines file of the same tickets, on a
   temporary copy of tests/sites/mini: the same check over suggestions.json and every
   draft written.
3. Harmless numbers: the share that survives the redactor unchanged, per kind.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from click.testing import CliRunner  # noqa: E402

from kbgen.cli import cli  # noqa: E402
from kbgen.tickets.clean import clean  # noqa: E402
from kbgen.tickets.redact import redact  # noqa: E402

KINDS = ("email", "phone", "card", "iban", "tax-id", "id-card", "amka", "address")

# ------------------------------------------------------------------ personal data

FIRST = ["maria", "giorgos", "nikos", "eleni", "kostas", "dimitra", "john", "sarah", "anna",
         "panagiotis", "vasiliki", "chris", "katerina", "michalis", "sophie", "alex"]
LAST = ["papadopoulos", "georgiou", "nikolaou", "smith", "ioannou", "konstantinou", "brown",
        "pappas", "antoniou", "miller", "christodoulou", "vlachou"]
DOMAINS = ["gmail.com", "yahoo.gr", "otenet.gr", "hotmail.com", "windowslive.gr", "uoa.gr",
           "cytanet.com.cy", "outlook.com", "lampsi-partner.gr", "mail.co.uk", "web.de",
           "forthnet.gr", "auth.gr", "company.com.gr"]
GREEK_EMAILS = ["γιώργος@παράδειγμα.ελ", "μαρία.κ@εταιρεία.ελ", "νίκος_π@δοκιμή.ελ"]


def email(r: random.Random) -> tuple[str, list[str]]:
    if r.random() < 0.05:
        value = r.choice(GREEK_EMAILS)
        return value, [value]
    first, last = r.choice(FIRST), r.choice(LAST)
    local = r.choice([f"{first}.{last}", f"{first}{r.randint(1, 99)}", f"{first[0]}{last}",
                      f"{first}_{last}", f"{first}.{last[0]}"])
    if r.random() < 0.3:
        local += "+" + r.choice(["lampsi", "orders", "shop", "2026"])
    value = f"{local}@{r.choice(DOMAINS)}"
    if r.random() < 0.1:
        value = value.capitalize()
    if r.random() < 0.15:  # spelled out, as customers do to fool spam filters
        user, domain = value.split("@")
        at, dot = r.choice([(" at ", " dot "), ("(at)", "(dot)"), (" [at] ", " [dot] "),
                            (" AT ", " DOT ")])
        value = user + at + domain.replace(".", dot)
        return value, [value, user]
    return value, [value, value.split("@")[0]]


def _digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def _group(digits: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for s in sizes:
        out.append(digits[i:i + s])
        i += s
    if i < len(digits):
        out.append(digits[i:])
    return sep.join(p for p in out if p)


def phone(r: random.Random) -> tuple[str, list[str]]:
    kind = r.choice(["gr-mobile", "gr-mobile", "gr-land", "gr-land", "cy", "uk", "de", "us"])
    if kind.startswith("gr"):
        if kind == "gr-mobile":
            national = "69" + str(r.choice([0, 3, 4, 5, 7, 8, 9])) + _digits(r, 7)
            sizes = r.choice([[10], [3, 3, 4], [3, 7], [4, 3, 3], [2, 4, 4], [3, 2, 2, 3],
                              [2, 2, 2, 2, 2]])
        else:
            national = r.choice(["210", "2310", "2810", "2610", "2410", "22890"])
            national += _digits(r, 10 - len(national))
            sizes = r.choice([[10], [3, 7], [3, 3, 4], [4, 6], [len(national) - 7 + 3, 7 - 3]])
        body = _group(national, sizes, r.choice([" ", " ", "-", ".", ""]))
        if r.random() < 0.15 and national.startswith("2"):
            body = f"({national[:3]}) {national[3:]}"
        prefix = r.choice(["", "", "+30 ", "+30", "0030 ", "(+30) ", "+30-"])
        value = prefix + body
        return value, [value, national]
    if kind == "cy":
        national = r.choice(["99", "97", "96", "22", "25", "24"]) + _digits(r, 6)
        value = r.choice(["+357 ", "+357", "00357 ", "(+357) "]) + _group(
            national, r.choice([[8], [2, 6], [2, 3, 3], [4, 4]]), " ")
        return value, [value, national]
    if kind == "uk":
        national = r.choice(["20" + _digits(r, 8), "7911" + _digits(r, 6), "161" + _digits(r, 7)])
        spaced = _group(national, [2, 4, 4] if national.startswith("20") else [4, 6], " ")
        value = r.choice([f"+44 {spaced}", f"+44 (0){spaced}", f"+44{national}",
                          f"0044 {spaced}", f"+44 (0) {spaced}"])
        return value, [value, national]
    if kind == "de":
        national = r.choice(["30" + _digits(r, 8), "151" + _digits(r, 8), "89" + _digits(r, 7)])
        value = r.choice([f"+49 {national[:2]} {national[2:]}", f"+49 {national[:3]} "
                          f"{national[3:7]} {national[7:]}", f"+49{national}",
                          f"0049 {national[:3]} {national[3:]}", f"+49 (0){national}"])
        return value, [value, national]
    national = str(r.randint(201, 989)) + str(r.randint(200, 999)) + _digits(r, 4)
    a, b, c = national[:3], national[3:6], national[6:]
    value = r.choice([f"+1 ({a}) {b}-{c}", f"+1 {a}-{b}-{c}", f"+1 {a} {b} {c}",
                      f"+1-{a}-{b}-{c}", f"+1{national}", f"+1 {a}.{b}.{c}"])
    return value, [value, national]


def _luhn_complete(partial: str) -> str:
    for d in "0123456789":
        digits = partial + d
        total, parity = 0, len(digits) % 2
        for i, ch in enumerate(digits):
            n = int(ch)
            if i % 2 == parity:
                n = n * 2 - 9 if n > 4 else n * 2
            total += n
        if total % 10 == 0:
            return digits
    raise AssertionError


def card(r: random.Random) -> tuple[str, list[str]]:
    network = r.choice(["visa", "visa", "mc", "mc2", "amex", "discover", "maestro"])
    prefix, length = {"visa": ("4", 16), "mc": (str(r.randint(51, 55)), 16),
                      "mc2": (str(r.randint(2221, 2720)), 16), "amex": (r.choice(["34", "37"]), 15),
                      "discover": ("6011", 16), "maestro": ("6759", r.choice([16, 18, 19]))}[network]
    digits = _luhn_complete(prefix + _digits(r, length - len(prefix) - 1))
    sizes = [4, 6, 5] if length == 15 else [4, 4, 4, 4, 3]
    value = r.choice([digits, _group(digits, sizes, " "), _group(digits, sizes, "-"),
                      _group(digits, sizes, " ")])
    return value, [value, digits, digits[-8:]]


IBAN_FORMATS = {  # country: (length of BBAN, letters allowed at these BBAN positions)
    "GR": (23, ()), "CY": (24, ()), "DE": (18, ()), "FR": (23, (21,)), "IT": (23, (0,)),
    "GB": (18, (0, 1, 2, 3)), "ES": (20, ()), "NL": (14, (0, 1, 2, 3)), "BG": (18, (0, 1, 2, 3)),
    "AT": (16, ()), "BE": (12, ()), "MT": (27, (0, 1, 2, 3)),
}


def iban(r: random.Random) -> tuple[str, list[str]]:
    country = r.choice(["GR", "GR", "GR", "CY", *IBAN_FORMATS])
    length, letters = IBAN_FORMATS[country]
    bban = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if i in letters else str(r.randint(0, 9))
                   for i in range(length))
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    compact = f"{country}{check:02d}{bban}"
    spaced = " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))
    value = r.choice([compact, spaced, spaced, spaced.lower() if r.random() < 0.2 else spaced])
    return value, [value, compact, bban[-10:]]


def _afm(r: random.Random) -> str:
    while True:
        head = _digits(r, 8)
        check = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(head)) % 11 % 10
        if head != "00000000":
            return head + str(check)


def tax_id(r: random.Random) -> tuple[str, list[str]]:
    number = _afm(r)
    label = r.choice(["ΑΦΜ: ", "ΑΦΜ ", "Α.Φ.Μ. ", "αφμ ", "Αφμ:", "AFM ", "VAT number EL",
                      "VAT: ", "Tax ID ", "", "", ""])
    value = label + number
    return value, [value, number]


GREEK_STREETS = ["Ερμού", "Σταδίου", "Πανεπιστημίου", "Αγίου Δημητρίου", "Βασιλίσσης Σοφίας",
                 "Κηφισίας", "Συγγρού", "Εγνατίας", "Τσιμισκή", "Αλεξάνδρας", "Μεσογείων",
                 "Ελευθερίου Βενιζέλου", "Πατησίων", "Ακαδημίας", "Μακεδονίας", "Αθηνάς"]
CITIES = ["Αθήνα", "Θεσσαλονίκη", "Πάτρα", "Ηράκλειο", "Λάρισα", "Χαλάνδρι", "Λευκωσία"]
EN_STREETS = ["Main", "Baker", "Oak", "High", "Church", "Queen's", "Elm", "Victoria",
              "Park", "King Edward", "Mill", "Station"]
EN_TYPES = ["Street", "Street", "Road", "Avenue", "Lane", "St", "Rd", "Drive", "Close"]


def _strip_accents(text: str) -> str:
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


LATIN_STREETS = ["Patision", "Aiolou", "Ermou", "Kifisias", "Alexandras", "Stadiou", "Egnatias"]
LATIN_CITIES = ["Athens", "Athina", "Thessaloniki", "Marousi", "Glyfada", ""]
CY_STREETS = ["Μακαριου", "Αρχ. Μακαριου", "Γρηγορη Αυξεντιου", "Λεωφ. Ευαγορου"]
CY_TOWNS = ["Λευκωσια", "Λεμεσος", "Λαρνακα", "Παφος"]


def address(r: random.Random) -> tuple[str, list[str]]:
    if r.random() < 0.25:  # the forms a shop's tickets showed that have no street word
        number = str(r.randint(1, 250))
        form = r.choice(["latin", "leof", "cyprus", "floor", "floor-en"])
        if form == "latin":
            street = r.choice(LATIN_STREETS)
            value = f"{street} {number}, {r.randint(100, 851)}{r.randint(0, 99):02d} " \
                f"{r.choice(LATIN_CITIES)}".strip()
        elif form == "leof":
            street = r.choice(["Kifisias", "Alexandras", "Syngrou", "Vouliagmenis"])
            value = f"{r.choice(['Leof.', 'Leof', 'Leoforos'])} {street} {number}"
        elif form == "cyprus":
            street = r.choice(CY_STREETS)
            value = f"{street} {number}, {r.randint(1000, 8999)} {r.choice(CY_TOWNS)}"
        elif form == "floor":
            street = r.choice(GREEK_STREETS)
            value = f"{street} {number}, {r.randint(1, 7)}ος όροφος"
        else:
            street = r.choice(EN_STREETS)
            value = f"{street.capitalize()} {number}, {r.choice(['2nd', '3rd', '4th'])} floor"
        return value, [value, f"{street} {number}"]
    if r.random() < 0.65:
        street, number = r.choice(GREEK_STREETS), str(r.randint(1, 250))
        if r.random() < 0.1:
            number += r.choice("αβγ")
        pc = f"{r.randint(100, 851)}{r.randint(0, 99):02d}"
        pc = r.choice([pc, f"{pc[:3]} {pc[3:]}"])
        prefix = r.choice(["Οδός ", "οδός ", "Οδ. ", "Λεωφόρος ", "Λεωφ. ", "", ""])
        core = f"{street} {r.choice(['', 'αρ. '])if prefix else ''}{number}"
        tail = r.choice([f", ΤΚ {pc}", f", Τ.Κ. {pc}", f", {pc}", f" {pc}", ""] if prefix
                        else [f", ΤΚ {pc}", f", {pc}", f", Τ.Κ. {pc}"])
        value = prefix + core + tail
        if r.random() < 0.2:  # typed without accents
            value, core = _strip_accents(value), _strip_accents(core)
        city = r.choice(["", f" {r.choice(CITIES)}"]) if tail else ""
        return value + city, [value, core]
    if r.random() < 0.3:  # customers abroad: French, Italian, German forms
        number = str(r.randint(1, 200))
        street = r.choice(["Oberkampf", "de la République", "Victor Hugo", "des Lilas"])
        roma, haupt = r.choice(["Roma", "Garibaldi"]), r.choice(["Haupt", "Linden", "Schiller"])
        return r.choice([
            (f"{number} rue {street}, 750{r.randint(10, 20)} Paris", [f"{number} rue", street]),
            (f"{number} avenue {street}", [f"{number} avenue", street]),
            (f"{number} bis boulevard {street}", [f"{number} bis", street]),
            (f"Via {roma} {number}", [f"{roma} {number}"]),
            (f"{haupt}straße {number}", [f"{haupt}straße {number}"])])
    number = str(r.randint(1, 400)) + (r.choice("AB") if r.random() < 0.1 else "")
    value = f"{number} {r.choice(EN_STREETS)} {r.choice(EN_TYPES)}"
    if r.random() < 0.15:
        value = value.lower()
    return value, [value]


_ID_LETTERS = "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"  # Greek capitals Greek identity cards use
_ID_LATIN = "ABEZHIKMNOPTYX"  # the same, typed on a Latin keyboard


def id_card(r: random.Random) -> tuple[str, list[str]]:
    """A Greek identity card number: two capitals and six digits."""
    letters = "".join(r.choice(r.choice([_ID_LETTERS, _ID_LATIN])) for _ in range(2))
    digits = f"{r.randint(0, 999999):06d}"
    value = r.choice([f"{letters} {digits}", f"{letters}{digits}", f"{letters}-{digits}"])
    return value, [value, digits]


def amka(r: random.Random) -> tuple[str, list[str]]:
    """ΑΜΚΑ: the date of birth (DDMMYY) and five digits."""
    value = f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(40, 99):02d}" \
        f"{r.randint(0, 99999):05d}"
    return r.choice([value, f"ΑΜΚΑ {value}", f"AMKA: {value}"]), [value]


GENERATORS = {"email": email, "phone": phone, "card": card, "iban": iban, "tax-id": tax_id,
              "id-card": id_card, "amka": amka, "address": address}

# ------------------------------------------------------------------ tickets

EL_TOPICS = [
    "Η παραγγελία μου {order} δεν έχει φτάσει ακόμα, πότε θα έρθει;",
    "Θέλω να επιστρέψω την τηλεόραση που παρέλαβα στις {date}.",
    "Χρεώθηκα δύο φορές για την παραγγελία {order}, ποσό {price}.",
    "Πότε θα πάρω πίσω τα χρήματά μου για την επιστροφή;",
    "Το πλυντήριο ήρθε χαλασμένο, μπορείτε να το αλλάξετε;",
    "Ξέχασα τον κωδικό μου και δεν μπορώ να μπω στον λογαριασμό.",
    "θελω τιμολογιο για την παραγγελια {order}",
    "ΚΑΛΗΣΠΕΡΑ, ΠΟΤΕ ΘΑ ΠΑΡΑΔΟΘΕΙ Η ΠΑΡΑΓΓΕΛΙΑ {order};",
    "Ο courier δεν ήρθε στις {date}, τι γίνεται τώρα;",
    "Θέλω να πληρώσω με άτοκες δόσεις το {product}.",
]
EN_TOPICS = [
    "My order {order} has not arrived yet, when will it come?",
    "I want to return the TV I received on {date}.",
    "I was charged twice for order {order}, amount {price}.",
    "When do I get my money back for the return?",
    "The washing machine arrived damaged, can you replace it?",
    "I forgot my password and cannot log in.",
    "Can I pay the {product} in instalments?",
    "the courier missed me on {date}, what now?",
]
EL_LEAD = {
    "email": ["Το email μου είναι {v}.", "Στείλτε μου στο {v}", "email: {v}",
              "Απαντήστε στο {v} παρακαλώ."],
    "phone": ["Το τηλέφωνό μου είναι {v}.", "τηλ: {v}", "Κινητό {v}", "Καλέστε με στο {v}!",
              "τηλ. επικοινωνίας {v}, ευχαριστώ"],
    "card": ["Η κάρτα μου {v} χρεώθηκε δύο φορές.", "Πλήρωσα με την κάρτα {v}.",
             "αριθμός κάρτας: {v}"],
    "iban": ["IBAN για την επιστροφή χρημάτων: {v}", "Ο λογαριασμός μου είναι {v}.",
             "Επιστροφή στο {v} παρακαλώ"],
    "tax-id": ["Για τιμολόγιο: {v}, ΔΟΥ Αθηνών.", "Στοιχεία εταιρείας {v}",
               "Τιμολόγιο με {v} παρακαλώ."],
    "id-card": ["Αριθμός ταυτότητας {v}.", "Η ταυτότητά μου είναι {v}", "ΑΔΤ: {v}",
                "για επιβεβαίωση {v}"],
    "amka": ["Ο ΑΜΚΑ μου: {v}", "{v} είναι ο αριθμός μου", "Στοιχεία: {v}."],
    "address": ["Διεύθυνση αποστολής: {v}.", "Μένω στην {v} και ο courier δεν ήρθε.",
                "Στείλτε το στη διεύθυνση {v}"],
}
EN_LEAD = {
    "email": ["My email is {v}.", "Please reply to {v}", "email: {v}"],
    "phone": ["My phone number is {v}.", "Call me on {v}!", "tel: {v}", "mobile {v}, thanks"],
    "card": ["My card {v} was charged twice.", "I paid with card {v}.", "card number: {v}"],
    "iban": ["Refund to IBAN {v} please.", "My bank account is {v}."],
    "tax-id": ["For the invoice: {v}.", "Company details {v}"],
    "id-card": ["My ID card number is {v}.", "ID {v}", "to verify it's me: {v}"],
    "amka": ["My social security number is {v}.", "AMKA {v}"],
    "address": ["Shipping address: {v}.", "I live at {v} and the courier never came.",
                "Send it to {v}"],
}

# Harmless numbers that must survive (kind: generator).
HARMLESS = {
    "order number": lambda r: r.choice([f"LA-{r.randint(100000, 999999)}",
                                        f"#{r.randint(100000, 99999999)}",
                                        f"παραγγελία {r.randint(100000, 9999999999)}",
                                        f"order {r.randint(1000000, 9999999999)}",
                                        f"αριθμός παραγγελίας {r.randint(100000000, 999999999)}"]),
    "date": lambda r: r.choice([f"{r.randint(1, 28)}/{r.randint(1, 12)}/2026",
                                f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                                f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2026",
                                f"{r.randint(1, 28)}/{r.randint(1, 12)}",
                                f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-2026"]),
    "time": lambda r: f"{r.randint(8, 21)}:{r.choice(['00', '15', '30', '45'])}",
    "price": lambda r: r.choice([f"{r.randint(10, 2999)},{r.randint(0, 99):02d} €",
                                 f"€{r.randint(1, 3)}.{r.randint(100, 999)},00",
                                 f"{r.randint(1, 2)},{r.randint(100, 999)}.00 EUR",
                                 f"{r.randint(5, 999)}€"]),
    "product code": lambda r: r.choice(["SM-A546B", "KD-55X85L", "MQD32GR/A", "WH-1000XM5",
                                        "RTX 4070", "WW90T554DAW", "OLED55C36LC",
                                        f"SKU {r.randint(10000, 999999)}"]),
    "barcode (EAN-13)": lambda r: "520" + _digits(r, 10),
    "tracking number": lambda r: r.choice([f"RE{r.randint(100000000, 999999999)}GR",
                                           f"voucher {r.randint(1000000000, 9999999999)}",
                                           f"AWB {r.randint(1000000000, 1999999999)}"]),
    "quantity": lambda r: r.choice([f"{r.randint(2, 5)} τεμάχια", f"{r.choice([43, 55, 65])} ιντσών",
                                    f"{r.choice([3, 6, 12, 24])} δόσεις", "14 ημέρες",
                                    f"{r.randint(2, 9)} x {r.randint(2, 9)}", "4K 120 Hz"]),
    "bare 9-digit number (no label)": lambda r: _digits(r, 9),
}


def _fill(r: random.Random, template: str) -> str:
    return template.format(order=HARMLESS["order number"](r), date=HARMLESS["date"](r),
                           price=HARMLESS["price"](r), product=HARMLESS["product code"](r))


def make_tickets(n: int, seed: int) -> list[dict]:
    """Tickets with 1-3 pieces of planted personal data each, Greek and English."""
    r = random.Random(seed)
    out = []
    for i in range(n):
        greek = r.random() < 0.6
        topics, leads = (EL_TOPICS, EL_LEAD) if greek else (EN_TOPICS, EN_LEAD)
        planted = []
        sentences = [_fill(r, r.choice(topics))]
        for _ in range(r.choice([1, 1, 2, 3])):
            kind = KINDS[(i + len(planted)) % len(KINDS)] if r.random() < 0.7 else r.choice(KINDS)
            value, fragments = GENERATORS[kind](r)
            planted.append((kind, value, [f for f in fragments if len(f) >= 4]))
            sentences.append(r.choice(leads[kind]).format(v=value))
        subject = ""
        if r.random() < 0.25:  # personal data in the subject too
            subject, sentences = sentences[1], [sentences[0], *sentences[2:]]
        else:
            subject = r.choice(["Παραγγελία", "Επιστροφή", "Βοήθεια", "ΕΠΕΙΓΟΝ"] if greek
                               else ["Order", "Refund", "Help", "URGENT"])
        body = " ".join(sentences)
        if r.random() < 0.2:
            body = body.replace(". ", ".\n")
        out.append({"id": f"p{i:05d}", "subject": subject, "body": body,
                    "created_at": f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                    "planted": planted})
    return out


def make_clean(n: int, seed: int) -> list[dict]:
    """Tickets without personal data, each with three or four harmless numbers."""
    r = random.Random(seed + 1)
    out = []
    for i in range(n):
        greek = r.random() < 0.6
        kinds = r.sample(list(HARMLESS), r.choice([3, 4]))
        values = [(k, HARMLESS[k](r)) for k in kinds]
        topic = _fill(r, r.choice(EL_TOPICS if greek else EN_TOPICS))
        join = " — " if r.random() < 0.5 else ". "
        body = topic + " " + join.join(v for _, v in values)
        out.append({"id": f"c{i:05d}", "subject": "Ερώτηση" if greek else "Question",
                    "body": body, "created_at": "2026-05-01", "harmless": values})
    return out


def left(fragments: list[str], text: str) -> bool:
    """Whether any identifying fragment of a planted value is still in ``text``."""
    low = text.lower()
    return any(f.lower() in low for f in fragments)


def run_mine(tickets: list[dict]) -> tuple[str, int, float]:
    """``kbgen mine --drafts`` on a temporary copy of tests/sites/mini; all its output."""
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        shutil.copytree(ROOT / "tests" / "sites" / "mini", site)
        before = {p: p.read_bytes() for p in (site / "docs").rglob("*") if p.is_file()}
        path = Path(tmp) / "tickets.jsonl"
        path.write_text("\n".join(json.dumps({k: t[k] for k in ("id", "subject", "body",
                                                                "created_at")},
                                             ensure_ascii=False) for t in tickets) + "\n",
                        encoding="utf-8")
        out = Path(tmp) / "suggestions.json"
        start = time.perf_counter()
        result = CliRunner().invoke(cli, ["mine", str(path), "--config", str(site / "mkdocs.yml"),
                                          "--out", str(out), "--drafts"])
        took = time.perf_counter() - start
        if result.exit_code != 0:
            raise SystemExit(f"kbgen mine failed:\n{result.output}")
        outputs = [out.read_text(encoding="utf-8"), result.output]
        drafts = [p for p in (site / "docs").rglob("*") if p.is_file()
                  and before.get(p) != p.read_bytes()]
        outputs += [p.read_text(encoding="utf-8") + "\n" + p.name for p in drafts]
        # JSON escapes nothing of ours (ensure_ascii=False), but unescape to be sure
        text = "\n".join(outputs)
        return text + "\n" + json.dumps(json.loads(outputs[0]), ensure_ascii=False), \
            len(drafts), took


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tickets", type=int, default=3000)
    ap.add_argument("--clean", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--show", type=int, default=5, help="missed values to print per kind")
    args = ap.parse_args()
    tickets = make_tickets(args.tickets, args.seed)
    clean_tickets = make_clean(args.clean, args.seed)

    planted: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for t in tickets:
        out = redact(clean(f"{t['subject']}\n{t['body']}"))
        for kind, value, fragments in t["planted"]:
            planted[kind] += 1
            if left(fragments, out):
                missed[kind] += 1
                examples[kind].append(f"{value!r} -> …{out[:160]!r}")

    kept: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    tagged = 0
    fp_examples: dict[str, list[str]] = defaultdict(list)
    for t in clean_tickets:
        out = redact(clean(f"{t['subject']}\n{t['body']}"))
        tagged += bool(re.search(r"\[(?:email|phone|card|iban|tax-id|address)\]", out))
        for kind, value in t["harmless"]:
            seen[kind] += 1
            if value in out:
                kept[kind] += 1
            else:
                fp_examples[kind].append(f"{value!r} -> {out!r}")

    text, drafts, took = run_mine(tickets + clean_tickets)
    mine_missed: Counter[str] = Counter()
    for t in tickets:
        for kind, value, fragments in t["planted"]:
            if left(fragments, text):
                mine_missed[kind] += 1
                examples["mine " + kind].append(repr(value))

    print(f"{len(tickets)} tickets with {sum(planted.values())} planted values, "
          f"{len(clean_tickets)} without personal data (seed {args.seed})\n")
    print(f"{'kind':<10} {'planted':>8} {'redactor recall':>16} {'kbgen mine recall':>18}")
    for kind in KINDS:
        n = planted[kind]
        print(f"{kind:<10} {n:>8} {1 - missed[kind] / n:>16.4f} {1 - mine_missed[kind] / n:>18.4f}")
    total = sum(planted.values())
    print(f"{'all':<10} {total:>8} {1 - sum(missed.values()) / total:>16.4f} "
          f"{1 - sum(mine_missed.values()) / total:>18.4f}")
    print(f"\nkbgen mine --drafts: {len(tickets) + len(clean_tickets)} tickets in {took:.1f} s, "
          f"{drafts} draft files checked with suggestions.json\n")
    print(f"{'harmless numbers':<32} {'planted':>8} {'kept':>8}")
    for kind in HARMLESS:
        print(f"{kind:<32} {seen[kind]:>8} {kept[kind] / max(1, seen[kind]):>8.4f}")
    print(f"\ntickets without personal data that got a [tag]: {tagged} / {len(clean_tickets)}")
    # a pasted log or attachment: one long run without spaces, an email at its end
    for n in (10_000, 60_000):
        paste = "α" * n + " maria@example.gr"
        start = time.perf_counter()
        assert "maria@" not in redact(paste)
        print(f"redacting {n:,} characters without a space: {time.perf_counter() - start:.3f} s")
    for kind, rows in list(examples.items()) + [("harmless " + k, v)
                                                 for k, v in fp_examples.items()]:
        for row in rows[:args.show]:
            print(f"  missed/changed {kind}: {row}")


if __name__ == "__main__":
    main()
