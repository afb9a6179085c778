"""The index a browser downloads: what it keeps for common words."""

from __future__ import annotations

from kbgen.search import SearchIndexer
from kbgen.search.analysis import stem
from kbgen.search.index import MAX_POSTINGS, Document, LanguageIndex


def _doc(n: int, title: str, body: str) -> Document:
    return Document(f"a{n}/", title, "general", "article", "", {"title": title, "body": body})


def _postings(index: LanguageIndex, word: str) -> dict[int, int]:
    _, shards, _ = index.build()
    s = stem(word, index.lang)
    for shard in shards.values():
        if s in shard["p"]:
            return dict(shard["p"][s])
    return {}


def test_a_common_word_keeps_every_article_that_has_it_in_the_title():
    index = LanguageIndex("el")
    # Far more articles than a stem keeps, all saying "προβλήματα" often in their body...
    for n in range(MAX_POSTINGS * 2):
        index.add(_doc(n, f"Οδηγός {n}", "προβλήματα προβλήματα προβλήματα σύνδεσης"))
    # ...and the one article whose title is the customer's two words, with a long body.
    index.add(_doc(999, "Προβλήματα με διαπιστευτήρια",
                   " ".join(["κείμενο"] * 400) + " προβλήματα"))
    kept = _postings(index, "προβλήματα")
    assert len(kept) > MAX_POSTINGS
    assert MAX_POSTINGS * 2 in kept  # the title article (added last) is still there


def test_body_only_mentions_of_a_common_word_are_pruned_to_the_best():
    index = LanguageIndex("en")
    for n in range(MAX_POSTINGS * 2):
        index.add(_doc(n, f"Guide {n}", "account " * (1 + n % 5) + "words " * 50))
    kept = _postings(index, "account")
    assert len(kept) == MAX_POSTINGS


def test_an_articles_tags_find_it():
    indexer = SearchIndexer()
    indexer.add_page(url="el/account/newsletter/", lang="el", title="Πώς σταματώ τα email;",
                     category="Λογαριασμός", type="article",
                     html="<p>Πατήστε Διαγραφή στο κάτω μέρος του email.</p>",
                     meta={"tags": ["newsletter", "προσωπικά δεδομένα"]}, is_fallback=False)
    assert _postings(indexer.languages["el"], "newsletter")


def test_a_greek_index_tells_the_browser_to_skip_greeklish_and_question_words():
    index = LanguageIndex("el")
    index.add(_doc(1, "Πού είναι η παραγγελία μου;", "Η παραγγελία σας."))
    manifest, _, _ = index.build()
    # "pou einai h paraggelia mou" searches for paraggelia; "πότε" finds no article by itself
    assert {"pou", "einai", "mou", "h", "ποτε"} <= set(manifest["stop"])
    english, _, _ = LanguageIndex("en").build()
    assert "when" in english["stop"] and "einai" not in english["stop"]


def test_a_snippet_reads_as_the_page_does_around_bold_and_links():
    indexer = SearchIndexer()
    entries = indexer.entries(
        url="en/billing/invoices/", lang="en", title="Where are my invoices?",
        category="Billing", type="article",
        html='<p>In <strong>Settings › Billing › Invoices</strong>, as PDF files. See '
             '<a href="../x/">the guide</a>.</p><p>Next paragraph</p>',
        meta={}, is_fallback=False)
    snippet = entries[0][4]
    assert snippet == "In Settings › Billing › Invoices, as PDF files."
