"""Build tickets.jsonl for the Kipos set from the hand-written data in src/.
Deterministic (fixed seed). Run: python3 make_tickets.py"""
import calendar
import json
import os
import random
import sys
from collections import Counter
from datetime import date, datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
import common  # noqa: E402
import data_covered_a, data_covered_b, data_extra, data_missing_a, data_missing_b, data_noise  # noqa: E402,F401

rng = random.Random(20251201)
START, END = date(2025, 12, 1), date(2026, 11, 30)
EL_DAYS = ["Δευ", "Τρί", "Τετ", "Πέμ", "Παρ", "Σάβ", "Κυρ"]
EL_MON = ["Ιαν", "Φεβ", "Μαρ", "Απρ", "Μαΐ", "Ιουν", "Ιουλ", "Αυγ", "Σεπ", "Οκτ", "Νοε", "Δεκ"]


def month_bounds(ym):
    y, m = map(int, ym.split("-"))
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def pick_day(when):
    if when is None:
        lo, hi = START, END
    elif isinstance(when, tuple):
        lo, hi = month_bounds(when[0])[0], month_bounds(when[1])[1]
    elif len(when) == 7:
        lo, hi = month_bounds(when)
    else:
        return date.fromisoformat(when)
    return lo + timedelta(days=rng.randrange((hi - lo).days + 1))


def pick_time(ch, d):
    if ch == "p":
        while d.weekday() >= 5:
            d -= timedelta(days=1)
        h = rng.randint(9, 16)
    elif ch == "c":
        h = rng.choice([9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22])
    else:
        h = rng.choice([7, 8, 9, 9, 10, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23])
    return datetime(d.year, d.month, d.day, h, rng.randrange(60))


def quote_header(created, lang):
    q = created - timedelta(days=rng.choice([1, 1, 2, 3]), hours=rng.randint(0, 5))
    q = q.replace(hour=rng.randint(8, 18), minute=rng.randrange(60))
    if lang == "el":
        h12 = q.hour % 12 or 12
        ampm = "π.μ." if q.hour < 12 else "μ.μ."
        return f"Στις {EL_DAYS[q.weekday()]}, {q.day} {EL_MON[q.month-1]} {q.year} στις {h12}:{q.minute:02d} {ampm}"
    return f"On {q.strftime('%a')}, {q.day} {q.strftime('%b')} {q.year} at {q.hour:02d}:{q.minute:02d}"


def subject(t):
    if t["ch"] == "c":
        if t["lang"] == "en":
            return "Live chat"
        return "Ζωντανή συνομιλία" if rng.random() < 0.4 else "Live chat"
    if t["ch"] == "w":
        return ("Web form: " if t["lang"] == "en" else "Φόρμα επικοινωνίας: ") + t["subj"]
    if t["ch"] == "p":
        return "Σημείωμα τηλεφωνικής κλήσης"
    return t["subj"]


def truth_and_topic(t):
    tr = t["truth"]
    if isinstance(tr, str) and tr.startswith("m:"):
        return "missing:" + tr[2:], t["topic"] or tr[2:]
    if isinstance(tr, str) and tr.startswith("noise:"):
        return "noise", t["topic"] or "noise-" + tr[6:]
    keys = [tr] if isinstance(tr, str) else tr
    paths = [("en/" if t["lang"] == "en" and k in common.EN else "el/") + common.ART[k] for k in keys]
    topic = t["topic"] or os.path.splitext(os.path.basename(common.ART[keys[0]]))[0]
    return (paths[0] if len(paths) == 1 else paths), topic


CHANNEL = {"e": "email", "c": "chat", "w": "web", "p": "phone"}
rows = []
for t in common.TICKETS:
    created = pick_time(t["ch"], pick_day(t["when"]))
    body = t["body"]
    if "{QEL}" in body or "{QEN}" in body:
        body = body.replace("{QEL}", quote_header(created, "el")).replace("{QEN}", quote_header(created, "en"))
    truth, topic = truth_and_topic(t)
    subj = subject(t)
    for v in t["pii"]:
        assert v in subj or v in body, (v, body[:60])
    rows.append({"channel": CHANNEL[t["ch"]], "subject": subj, "body": body,
                 "created_at": created.isoformat(timespec="seconds"),
                 "truth": truth, "lang": t["lang"], "style": t["style"], "pii": t["pii"], "topic": topic})

rows.sort(key=lambda r: r["created_at"])
with open(os.path.join(HERE, "tickets.jsonl"), "w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        f.write(json.dumps({"id": f"K-{i:04d}", **r}, ensure_ascii=False) + "\n")


def kind(r):
    tr = r["truth"]
    if isinstance(tr, list):
        return "covered (2 articles)"
    if tr == "noise":
        return "noise"
    if tr.startswith("missing:"):
        return "missing"
    return "covered"


print("total", len(rows))
for name, key in [("truth kind", kind), ("lang", lambda r: r["lang"]), ("style", lambda r: r["style"]),
                  ("channel", lambda r: r["channel"])]:
    print(name, dict(Counter(key(r) for r in rows).most_common()))
print("missing", dict(Counter(r["truth"] for r in rows if kind(r) == "missing").most_common()))
print("with pii", sum(1 for r in rows if r["pii"]))
print("en tickets on el-only article", sum(1 for r in rows if r["lang"] == "en" and kind(r).startswith("covered")
      and any(p.startswith("el/") for p in ([r["truth"]] if isinstance(r["truth"], str) else r["truth"]))))
art = Counter()
for r in rows:
    if kind(r).startswith("covered"):
        for p in ([r["truth"]] if isinstance(r["truth"], str) else r["truth"]):
            art[p.split("/", 1)[1]] += 1
print("per article", dict(art.most_common()))
g = [r for r in rows if r["truth"] == "missing:locker-delivery"]
print("locker last5", sum(1 for r in g if r["created_at"] >= "2026-07"), "of", len(g))
