#!/usr/bin/env python3
"""Legacy encodings of helpdesk exports: kbgen's detector against charset-normalizer.

Greek exports from older helpdesks and Excel come in Windows-1253 or ISO-8859-7, French ones
in Windows-1252. The two Greek code pages differ only in a few bytes (Ά, curly quotes,
0x80-0x9F), which general-purpose detectors weigh on statistics that short texts do not
have. Samples of 60, 200 and 1,000 characters are cut from the Alchemy Insights articles
(el-GR, fr-FR; ``../shared/data/alchemy-insights``), encoded, and decoded with each
detector's choice; a sample counts as right when it decodes to the original text.

    .venv/bin/python benchmarks/encoding_detection.py   (needs the bench extra)
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from charset_normalizer import from_bytes

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from kbgen.tickets.sources import legacy_encoding  # noqa: E402

ALCHEMY = ROOT.parent / "shared" / "data" / "alchemy-insights"


def texts(folder: str, limit: int) -> list[str]:
    return [" ".join(p.read_text(encoding="utf-8").split())
            for p in sorted((ALCHEMY / folder).glob("*.md"))[:limit]]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    greek, french = texts("el-GR", args.articles), texts("fr-FR", args.articles)
    print(f"{'chars':>5} {'encoding':<10} {'samples':>7} {'charset-normalizer':>19} "
          f"{'kbgen':>7} {'ms, c-n / kbgen':>16}")
    for n in (60, 200, 1000):
        for encoding, source in (("cp1253", greek), ("iso8859_7", greek), ("cp1252", french)):
            right = {"cn": 0, "kb": 0}
            took = {"cn": 0.0, "kb": 0.0}
            total = 0
            for text in source:
                if len(text) < n:
                    continue
                start = rng.randrange(0, len(text) - n + 1)
                sample = text[start:start + n]
                try:
                    data = sample.encode(encoding)
                except UnicodeEncodeError:
                    continue
                if data.isascii():
                    continue
                total += 1
                t = time.perf_counter()
                best = from_bytes(data).best()
                took["cn"] += time.perf_counter() - t
                right["cn"] += best is not None and str(best) == sample
                t = time.perf_counter()
                chosen = legacy_encoding(data)
                took["kb"] += time.perf_counter() - t
                right["kb"] += data.decode(chosen, errors="replace") == sample
            print(f"{n:>5} {encoding:<10} {total:>7} {right['cn'] / total:>19.3f} "
                  f"{right['kb'] / total:>7.3f} "
                  f"{took['cn'] / total * 1000:>8.2f} / {took['kb'] / total * 1000:.2f}")


if __name__ == "__main__":
    main()
