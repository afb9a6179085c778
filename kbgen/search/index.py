"""The per-language search index: built once, fetched in small pieces by the browser.

Layout, under ``search/<lang>/`` in the built site::

    manifest.json        shard keys, document count, chunk size, stop words
    t/<hex(key)>.json    one shard: every word form, stem and Greeklish key that
                         starts with ``key``, with the stems' postings
    d/<n>.json           documents n*CHUNK .. (n+1)*CHUNK-1: url, title, category,
                         type, snippet, and for a FAQ entry the number of its page

A query fetches the manifest, one shard per query word and the document chunks
of its top results, so what a customer downloads grows with the query, not with
the help center. Shard keys start at two characters and grow to three or four
where a prefix holds too much (``επ``, ``πρ``...), so every shard stays small.

Postings are impact-ordered and pruned: each stem keeps its best ``MAX_POSTINGS``
documents (BM25 impacts, quantized to 1..255), which bounds the size of common
words' shards, and also every document that has the stem in its title or in a FAQ
question (up to ``MAX_STRONG_POSTINGS``): without them a query that pairs a common
word with a rare one ("προβλήματα διαπιστευτήρια") loses the article whose title
holds both, because the common word's best 160 are other articles.
"""

from __future__ import annotations

import gzip
import json
import math
import os
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

from kbgen.search.analysis import (
    GREEKLISH_STOP_WORDS,
    STOP_WORDS,
    greeklish_key,
    is_greek,
    stem,
    tokenize,
)

CHUNK = 16
MAX_POSTINGS = 160
MAX_STRONG_POSTINGS = 1500
STRONG_FIELDS = ("title", "question")
SHARD_TARGET = 24_000  # bytes of JSON before a shard key grows by one character
FIELD_WEIGHTS = {"title": 6.0, "question": 5.0, "headings": 2.0, "tags": 2.0,
                 "description": 1.5, "body": 1.0}
K1, B = 1.2, 0.75
FORMAT_VERSION = 2  # 2: FAQ entries name their page


@dataclass
class Document:
    url: str
    title: str
    category: str
    type: str
    snippet: str
    fields: dict[str, str]
    boost: float = 1.0
    parent: int = -1  # a FAQ entry: the number of its page's document
    terms: Terms | None = None  # filled by LanguageIndex.add


@dataclass
class Terms:
    """What one document adds to its language's index, in the order it was met.

    Computed once per document (tokenizing and stemming are most of an index's cost);
    a build cache keeps it (:meth:`to_json`) so that an unchanged page is not analysed
    again, and the index built from kept terms is the same, byte for byte.
    """

    counts: dict[str, float]  # stem -> weighted count
    length: float
    strong: list[str]  # stems in the title or a FAQ question
    forms: dict[str, str]  # word -> stem, every word the document holds

    def to_json(self) -> list[object]:
        return [self.counts, self.length, self.strong, self.forms]

    @classmethod
    def from_json(cls, data: list[object]) -> Terms:
        counts, length, strong, forms = data
        return cls(dict(counts), float(length), list(strong), dict(forms))  # type: ignore[arg-type]


def analyze(doc: Document, lang: str, stems: dict[str, str] | None = None) -> Terms:
    """A document's terms: its fields tokenized, stop words dropped, words stemmed.

    ``stems`` memoizes word -> stem across the documents of one language.
    """
    stop = STOP_WORDS.get(lang, frozenset())
    stems = {} if stems is None else stems
    counts: dict[str, float] = defaultdict(float)
    forms: dict[str, str] = {}
    strong: dict[str, None] = {}
    length = 0.0
    for name, text in doc.fields.items():
        weight = FIELD_WEIGHTS.get(name, 1.0)
        strong_field = name in STRONG_FIELDS
        for word, c in Counter(tokenize(text)).items():
            if word in stop or len(word) > 40:
                continue
            s = stems.get(word)
            if s is None:
                s = stems[word] = stem(word, lang)
            forms.setdefault(word, s)
            counts[s] += weight * c
            length += c
            if strong_field:
                strong[s] = None
    return Terms(dict(counts), length, list(strong), forms)


@dataclass
class LanguageIndex:
    lang: str
    docs: list[Document] = field(default_factory=list)
    _stems: dict[str, str] = field(default_factory=dict, repr=False)

    def add(self, doc: Document) -> None:
        """Add a document, analysing it now unless it comes with its terms."""
        if doc.terms is None:
            doc.terms = self.analyze(doc)
        self.docs.append(doc)

    def analyze(self, doc: Document) -> Terms:
        """``doc``'s terms in this language (word stems are remembered across documents)."""
        return analyze(doc, self.lang, self._stems)

    # ------------------------------------------------------------ build

    def build(self) -> tuple[dict[str, object], dict[str, dict[str, object]], list[list[list]]]:
        """Return (manifest, shards by key, document chunks)."""
        stop = STOP_WORDS.get(self.lang, frozenset())
        forms: dict[str, str] = {}
        tf: list[dict[str, float]] = []
        lengths: list[float] = []
        strong: list[set[str]] = []
        for doc in self.docs:
            terms = doc.terms if doc.terms is not None else analyze(doc, self.lang, self._stems)
            for word, s in terms.forms.items():
                forms.setdefault(word, s)
            tf.append(terms.counts)
            lengths.append(terms.length)
            strong.append(set(terms.strong))
        n = max(1, len(self.docs))
        avg = (sum(lengths) / n) or 1.0
        df: dict[str, int] = defaultdict(int)
        for counts in tf:
            for s in counts:
                df[s] += 1
        idf = {s: math.log(1 + (n - d + 0.5) / (d + 0.5)) for s, d in df.items()}
        k1 = K1 + 1
        postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for i, counts in enumerate(tf):
            # A FAQ entry is short by nature: being short does not make it more about the
            # query than the article that is (its length counts as at least the average).
            length = max(lengths[i], avg) if self.docs[i].parent >= 0 else lengths[i]
            norm = K1 * (1 - B + B * length / avg)
            boost = self.docs[i].boost
            for s, f in counts.items():
                postings[s].append((i, idf[s] * f * k1 / (f + norm) * boost))
        by_impact = itemgetter(1)
        for plist in postings.values():
            plist.sort(key=by_impact, reverse=True)  # stable: ties keep document order
        top = max((plist[0][1] for plist in postings.values()), default=1.0)
        quantized: dict[str, list[list[int]]] = {}
        for s, plist in postings.items():
            kept = plist[:MAX_POSTINGS]
            if len(plist) > MAX_POSTINGS:
                kept += [p for p in plist[MAX_POSTINGS:] if s in strong[p[0]]
                         ][:MAX_STRONG_POSTINGS - MAX_POSTINGS]
            quantized[s] = [[i, max(1, round(255 * sc / top))] for i, sc in kept]
        greeklish: dict[str, set[str]] = defaultdict(set)
        if self.lang == "el":
            for word, s in forms.items():
                if is_greek(word):
                    greeklish[greeklish_key(word)].add(s)
        shards = _shard(forms, quantized, greeklish)
        chunks = [[_row(d) for d in self.docs[k:k + CHUNK]]
                  for k in range(0, len(self.docs), CHUNK)]
        manifest = {"version": FORMAT_VERSION, "lang": self.lang, "docs": len(self.docs),
                    "chunk": CHUNK, "keys": sorted(shards),
                    # a Greek query typed in Latin letters drops "pou einai mou" too
                    "stop": sorted(stop | (GREEKLISH_STOP_WORDS if self.lang == "el"
                                           else frozenset()))}
        return manifest, shards, chunks


def _row(doc: Document) -> list[object]:
    """A document as the browser reads it; a FAQ entry adds its page's number."""
    row: list[object] = [doc.url, doc.title, doc.category, doc.type, doc.snippet]
    if doc.parent >= 0:
        row.append(doc.parent)
    return row


def _entry(shards: dict[str, dict[str, dict]], key: str) -> dict[str, dict]:
    return shards.setdefault(key, {"f": {}, "p": {}, "g": {}})


def _shard(forms: dict[str, str], postings: dict[str, list[list[int]]],
           greeklish: dict[str, set[str]]) -> dict[str, dict[str, object]]:
    """Group terms by prefix, growing the prefix where a group is too large."""
    items: list[tuple[str, str, object]] = []  # (sort key, kind, payload)
    for word, s in forms.items():
        items.append((word, "f", s))
    for s, plist in postings.items():
        items.append((s, "p", plist))
    for key, stems in greeklish.items():
        items.append(("~" + key, "g", sorted(stems)))
    shards: dict[str, dict[str, dict]] = {}

    def place(group: list[tuple[str, str, object]], depth: int) -> None:
        by_key: dict[str, list[tuple[str, str, object]]] = defaultdict(list)
        for item in group:
            by_key[_prefix(item[0], depth)].append(item)
        for key, members in by_key.items():
            size = sum(len(m[0]) + len(json.dumps(m[2], ensure_ascii=False)) + 6
                       for m in members)
            longer = any(len(m[0]) > len(key) for m in members)
            if size > SHARD_TARGET and depth < 5 and longer:
                place(members, depth + 1)
                continue
            shard = _entry(shards, key)
            for term, kind, payload in members:
                target = term[1:] if kind == "g" else term
                shard[kind][target] = payload  # type: ignore[index]

    place(items, 2)
    return shards  # type: ignore[return-value]


def _prefix(term: str, depth: int) -> str:
    if term.startswith("~"):
        return "~" + term[1:1 + depth]
    return term[:depth]


def shard_file(key: str) -> str:
    """A file name for a shard key that every static host serves (hex of its UTF-8)."""
    return key.encode("utf-8").hex() + ".json"


def write_language(index: LanguageIndex, out_dir: Path) -> dict[str, int]:
    """Write one language's index; return sizes (raw and gzip) for reporting."""
    manifest, shards, chunks = index.build()
    root = out_dir / index.lang
    (root / "t").mkdir(parents=True, exist_ok=True)
    (root / "d").mkdir(parents=True, exist_ok=True)
    sizes = {"files": 0, "bytes": 0, "gzip": 0}

    def dump(path: Path, data: object) -> None:
        raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        path.write_bytes(raw)
        sizes["files"] += 1
        sizes["bytes"] += len(raw)
        if os.environ.get("KBGEN_SEARCH_SIZES"):
            sizes["gzip"] += len(gzip.compress(raw, 6))

    dump(root / "manifest.json", manifest)
    for key, shard in shards.items():
        dump(root / "t" / shard_file(key), shard)
    for n, chunk in enumerate(chunks):
        dump(root / "d" / f"{n}.json", chunk)
    return sizes


def urls_for(word: str, lang: str, read: Callable[[str], Any]) -> list[str]:
    """The URLs of the documents that ``lang``'s built index gives for one ``word``, looked
    up as the browser's client does, through ``read(path)`` (the parsed JSON of a file
    under ``search/<lang>/``): the manifest names the shards, the word's shard maps it to
    its stem, the stem's shard lists the documents, the document chunks give their URLs."""
    manifest = read("manifest.json")

    def shard(term: str) -> dict[str, Any]:
        key = max((k for k in manifest["keys"] if term.startswith(k)), key=len, default=None)
        return read(f"t/{shard_file(key)}") if key else {}

    form = tokenize(word)[0]
    s = stem(form, lang)
    if shard(form).get("f", {}).get(form) != s:
        return []
    chunk, chunks = manifest["chunk"], {}
    urls = []
    for number, _impact in shard(s).get("p", {}).get(s, []):
        if number // chunk not in chunks:
            chunks[number // chunk] = read(f"d/{number // chunk}.json")
        urls.append(chunks[number // chunk][number % chunk][0])
    return urls
