"""Ticket mining: vectorized matching, topics decided on all their tickets, clustering."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from kbgen.core.articles import load_tree
from kbgen.tickets import clustering, matching
from kbgen.tickets.clustering import calibrate_cut, cluster
from kbgen.tickets.matching import Matcher
from kbgen.tickets.mining import asked, cluster_cut, mine
from kbgen.tickets.sources import Ticket
from kbgen.tickets.vectors import Space, terms

FAQ = {
    "returns": ("Returns", ["How many days do I have to return a product?",
                            "Can I send back an item I bought?",
                            "How do I return an order that arrived damaged?"]),
    "shipping": ("Shipping", ["How long does delivery take?",
                              "When will my parcel be shipped?",
                              "Do you ship abroad to other countries?"]),
    "password": ("Password", ["I forgot my password, how do I reset it?",
                              "How can I change my account password?",
                              "The password reset email never arrived"]),
    "invoice": ("Invoices", ["Where can I download my invoice?",
                             "Can I get an invoice with my company tax details?",
                             "The invoice shows the wrong billing address"]),
    "warranty": ("Warranty", ["How long is the warranty on a laptop?",
                              "My phone broke, is it covered by the warranty?",
                              "How do I make a warranty claim for a faulty device?"]),
    "giftcards": ("Gift cards", ["Do you sell gift cards?",
                                 "How do I use a gift card at checkout?",
                                 "My gift card balance is wrong"]),
    "installments": ("Installments", ["Can I pay in monthly installments?",
                                      "How many installments can I split a payment into?",
                                      "Is there interest on installment payments?"]),
    "coupons": ("Coupons", ["Where do I enter a coupon code?",
                            "My discount coupon does not work",
                            "Can I use two coupons on one order?"]),
    "deletion": ("Delete account", ["How do I delete my account?",
                                    "Please remove my account and personal data",
                                    "Can I close my customer account for good?"]),
}


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    docs = tmp_path_factory.mktemp("site") / "docs"
    for slug, (title, questions) in FAQ.items():
        path = docs / "en" / "help" / f"{slug}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        body = "\n\n".join(f"## {q}\n\nOur team explains what to do." for q in questions)
        path.write_text(f"---\ntitle: {title}\ndescription: {title} questions.\ntype: faq\n---\n"
                        f"{body}\n", encoding="utf-8")
    return load_tree(docs, ["en"], "en")


@pytest.fixture(scope="module")
def matcher(tree):
    return Matcher("en", tree.by_lang("en"))


def test_many_tickets_are_scored_at_once_like_one_by_one(matcher):
    texts = ["how do I reset my password", "is the laptop under warranty",
             "enter the coupon code where", "completely unrelated words zebra"]
    idx, val = matcher.top(matcher.matrix(texts), 2)
    for row, text in enumerate(texts):
        one = matcher.best(text, k=2)
        assert [m.article for m in one] == [matcher.paths[i] for i in idx[row] if val[row][
            list(idx[row]).index(i)] > 0]
    assert matcher.paths[idx[0, 0]].endswith("password.md")
    assert matcher.paths[idx[1, 0]].endswith("warranty.md")


def test_an_article_is_matched_through_its_best_faq_question(matcher):
    [best] = matcher.best("my gift card balance looks wrong", k=1)
    assert best.article.endswith("giftcards.md") and best.score > 0.5


def _answered_and(tree, *extra: str):
    """Every FAQ question of the site asked again (answered), then ``extra`` tickets."""
    answered = [q for _, (_, qs) in FAQ.items() for q in qs]
    tickets = [Ticket(f"a{n}", "", q.lower().rstrip("?"), language="en")
               for n, q in enumerate(answered)]
    tickets += [Ticket(f"x{n}", "", text, language="en") for n, text in enumerate(extra)]
    return tickets, mine(tickets, tree)


def test_paraphrases_are_matched_and_a_topic_no_article_covers_is_not(tree):
    hours = ["what are your shop opening hours", "shop opening hours on sunday",
             "when does the shop open", "opening hours of the shop on holidays"]
    tickets, result = _answered_and(tree, *hours)
    got = {o["id"]: o for o in result.outcomes}
    answered = [got[t.id] for t in tickets if t.id.startswith("a")]
    assert sum(o["outcome"] == "matched" for o in answered) >= 0.8 * len(answered)
    assert got["a6"]["article"].endswith("password.md")
    assert {got[f"x{n}"]["outcome"] for n in range(4)} == {"suggestion"}
    assert len({got[f"x{n}"]["suggestion"] for n in range(4)}) == 1


def test_a_topic_is_decided_on_the_evidence_of_all_its_tickets(tree):
    hours = ["what are your shop opening hours", "shop opening hours on sunday",
             "when does the shop open", "opening hours of the shop on holidays"]
    _, result = _answered_and(tree, *hours)
    [topic] = [t for t in result.topics if t["status"] == "missing"]
    assert topic["tickets"] == 4
    evidence = topic["evidence"]
    # the numbers it was decided on: its tickets' mean confidence is below what answers
    assert evidence["mean_confidence"] < result.decision["en"]["confidence_to_answer"]
    assert "hours" in evidence["key_words"] or "opening" in evidence["key_words"]
    answered = [t for t in result.topics if t["status"] == "answered"]
    assert answered and all(t["evidence"]["mean_confidence"] >=
                            result.decision["en"]["confidence_to_answer"] for t in answered)
    statuses = {o.get("status") for o in result.outcomes if o["outcome"] == "matched"}
    assert statuses <= {"answered", "not_found"}


def test_a_ticket_sure_of_its_own_article_keeps_it_whatever_its_topic(tree):
    tickets, result = _answered_and(tree)
    strong = result.decision["en"]["confidence_strong"]
    matched = [o for o in result.outcomes if o["outcome"] == "matched"]
    assert all(o["confidence"] < strong or o["status"] in ("answered", "not_found")
               for o in matched)
    assert any(o["confidence"] >= strong for o in matched)


def test_an_explicit_threshold_overrides_the_tickets_own(tree):
    tickets = [Ticket("1", "", "how do I reset my password", language="en"),
               Ticket("2", "", "do you have a loyalty card for orders", language="en")]
    everything = mine(tickets, tree, threshold=-10.0)
    nothing = mine(tickets, tree, threshold=10.0)
    assert {o["outcome"] for o in everything.outcomes} == {"matched"}
    assert {o["outcome"] for o in nothing.outcomes} == {"suggestion"}


def _vectors(texts: list[str]):
    docs = [terms(t, "en") for t in texts]
    return Space(docs).matrix(docs)


TOPICS = {
    "hours": ["what are the opening hours of the store", "store opening times today",
              "store opening hours on sunday", "is the store open on holidays opening hours"],
    "pickup": ["can I pick up my order in the store", "collect order from store pickup",
               "store pickup of an online order", "pick up the order myself"],
    "recycling": ["do you recycle old batteries", "where can I recycle batteries",
                  "battery recycling bin", "recycle my old batteries please"],
}


def test_tickets_of_one_topic_end_in_one_cluster():
    texts = [t for group in TOPICS.values() for t in group]
    topic = [k for k, group in TOPICS.items() for _ in group]
    groups = cluster(_vectors(texts), cut=0.1)
    labels = {i: n for n, g in enumerate(groups) for i in g.members}
    assert sorted(labels) == list(range(len(texts)))  # every ticket exactly once
    for name in TOPICS:
        members = [i for i, t in enumerate(topic) if t == name]
        assert len({labels[i] for i in members}) == 1, name
    assert len({labels[i] for i in range(len(texts))}) == 3


def test_many_tickets_are_clustered_in_rounds_from_a_sample(monkeypatch):
    monkeypatch.setattr(clustering, "SAMPLE", 30)
    rng = np.random.default_rng(1)
    texts, topic = [], []
    for name, group in TOPICS.items():
        for _ in range(40):
            texts.append(group[rng.integers(len(group))])
            topic.append(name)
    groups = cluster(_vectors(texts), cut=0.1)
    members = sorted(i for g in groups for i in g.members)
    assert members == list(range(len(texts)))
    big = [g for g in groups if len(g.members) >= 10]
    assert len(big) == 3
    for g in big:
        assert len({topic[i] for i in g.members}) == 1


def test_clustering_cut_is_calibrated_on_the_articles_questions(matcher):
    cut = cluster_cut(matcher)
    assert 0.05 <= cut <= 0.6
    qs = [terms(q, "en") for _, q in matcher.questions]
    # too few articles with several questions: no calibration
    assert calibrate_cut(Space(qs[:9]).matrix(qs[:9]), [k for k, _ in matcher.questions][:9]) \
        is None


def test_suggestion_key_terms_are_words_not_greeklish_keys():
    texts = ["Ανακυκλώνετε παλιές μπαταρίες;", "Πού ανακυκλώνω τις μπαταρίες μου;",
             "Κάδος ανακύκλωσης για μπαταρίες", "Θέλω να ανακυκλώσω παλιές μπαταρίες"]
    others = ["Πότε ανοίγει το κατάστημα;", "Ωράριο καταστήματος την Κυριακή",
              "Πώς παραλαμβάνω την παραγγελία από το κατάστημα;"]
    background = Space([terms(t, "el") for t in others])
    space = Space([terms(t, "el") for t in texts], background=background)
    x = space.matrix([terms(t, "el") for t in texts])
    [group] = cluster(x, cut=0.0)
    keys = clustering.key_terms(group, space.names)
    assert keys and not any(k.startswith("~") for k in keys)
    assert keys[0].startswith("μπαταρ") or keys[0].startswith("ανακυκλ")


def test_mining_a_large_export_gives_every_ticket_one_outcome(tree):
    rng = np.random.default_rng(3)
    pool = [q for _, (_, qs) in FAQ.items() for q in qs] + TOPICS["hours"] + ["thanks!"]
    tickets = [Ticket(str(i), "", pool[rng.integers(len(pool))], language="en")
               for i in range(3000)]
    result = mine(tickets, tree)
    assert [o["id"] for o in result.outcomes] == [str(i) for i in range(3000)]
    assert {o["outcome"] for o in result.outcomes} <= {"matched", "suggestion", "noise"}
    hours = [o for t, o in zip(tickets, result.outcomes, strict=True)
             if t.body in TOPICS["hours"]]
    assert all(o["outcome"] == "suggestion" for o in hours)
    assert len({o["suggestion"] for o in hours}) <= 2


if __name__ == "__main__":  # pragma: no cover
    pytest.main([str(Path(__file__))])


def test_tickets_in_a_language_without_articles_become_suggestions(tmp_path):
    docs = tmp_path / "docs"
    (docs / "en" / "help").mkdir(parents=True)
    (docs / "en" / "help" / "returns.md").write_text(
        "---\ntitle: Returns\ndescription: Returns.\ntype: faq\n---\n## How do I return it?\n\n"
        "Like this.\n", encoding="utf-8")
    tree = load_tree(docs, ["en", "fr"], "en")
    tickets = [Ticket("1", "", "Comment retourner un produit ?", language="fr"),
               Ticket("2", "", "Je veux retourner un produit", language="fr")]
    result = mine(tickets, tree)
    assert [o["outcome"] for o in result.outcomes] == ["suggestion", "suggestion"]
    [suggestion] = result.suggestions
    assert suggestion["lang"] == "fr" and suggestion["nearest_articles"] == []


def test_words_only_tickets_use_get_columns_in_the_matching_space(tree):
    tickets = [terms(t, "en") for t in ["I want a refund for the product I sent back",
                                        "refund for my returned item please"]]
    with_tickets = Matcher("en", tree.by_lang("en"), tickets)
    assert "refund" in with_tickets.space.index
    assert "refund" not in with_tickets.article_space.index
    assert "refund" not in Matcher("en", tree.by_lang("en")).space.index


def test_feedback_brings_the_customers_words_into_the_articles(tree, monkeypatch):
    texts = ["How many days do I have to return a product for a refund?"] * 30 + \
        ["Can I send back an item I bought and get a refund?"] * 30 + ["refund"]
    ticket_terms = [terms(t, "en") for t in texts]

    def best_for_last(vocabulary: str) -> str | None:
        monkeypatch.setattr(matching, "VOCABULARY", vocabulary)
        m = Matcher("en", tree.by_lang("en"), ticket_terms)
        vectors = m.space.matrix(ticket_terms)
        idx, val = m.top(vectors, 1)
        extended = m.extended_centroids(vectors, idx[:, 0], val[:, 0] > 0.2)
        idx, val = m.top(vectors[-1:], 1, extended)
        return m.paths[idx[0, 0]] if val[0, 0] > 0 else None

    # the word "refund" is in no article: only the tickets answered by "returns" bring it in
    assert best_for_last("articles") is None
    assert best_for_last("tickets").endswith("returns.md")


DEMO = Path(__file__).resolve().parents[2] / "docs"


@pytest.fixture(scope="module")
def demo():
    return load_tree(DEMO, ["el", "en", "fr"], "el")


def test_an_articles_tags_count_as_its_words(demo):
    # "newsletter" is only in the Greek newsletter article's tags
    best = Matcher("el", demo.by_lang("el")).best("πως κανω unsubscribe απο το newsletter σας;")
    assert best[0].article == "el/account/newsletter.md"


LONG_STORY = ("Hi there, I hope you are well. I bought a kettle as a present for my brother and it "
              "was delivered on Tuesday, very quick, the courier was lovely. Sadly my brother had "
              "already bought the same kettle himself last week, so now we have two of them and "
              "it is still unopened in the box. How do I return a product? Do I have to take it "
              "to the post office myself? I work long hours so weekends suit me best. Thanks")


def test_a_long_ticket_is_matched_on_what_it_asks(demo):
    assert asked(LONG_STORY) == ("How do I return a product? Do I have to take it to the post "
                                 "office myself?")
    question = "How do I return a product? Do I have to take it to the post office myself?"
    tickets = [Ticket("story", "Re: Your order", LONG_STORY, language="en"),
               Ticket("question", "Re: Your order", question, language="en")]
    story, short = mine(tickets, demo, threshold=0.0).outcomes
    # the story around it does not weaken the match: it scores as the bare question does
    assert story["article"] == short["article"] == "en/returns/return-policy.md"
    assert story["score"] == short["score"]


def test_greek_question_marks_end_a_question_and_english_semicolons_do_not():
    assert asked("Το παρέλαβα χθες. Πώς το στέλνω πίσω; Ευχαριστώ.") == "Πώς το στέλνω πίσω;"
    assert asked("It came quickly; thanks. Where is it now?") == "Where is it now?"


def test_a_suggestion_is_titled_by_its_question_without_the_greeting(demo):
    tickets = [Ticket(str(n), "Παλιό κινητό", f"{greeting} δέχεστε παλιά κινητά για ανταλλαγή; "
                      "Έχω ένα iPhone 11.", language="el")
               for n, greeting in enumerate(["Καλημέρα σας,", "Καλησπέρα,", "Γεια σας!"])]
    [suggestion] = mine(tickets, demo, threshold=10.0).suggestions
    assert suggestion["title"] == "Δέχεστε παλιά κινητά για ανταλλαγή;"


def test_topics_rank_before_the_various_single_questions(demo):
    topic = [f"do you accept old phones for trade in {w}?" for w in ("iphone", "samsung")]
    single = ["what time does the Glyfada store open", "do you sell concert tickets",
              "can I pay with crypto", "is there a student discount", "do you rent drones"]
    tickets = [Ticket(str(n), "", text, language="en") for n, text in enumerate(topic + single)]
    suggestions = mine(tickets, demo, threshold=10.0).suggestions
    assert [s["misc"] for s in suggestions] == [False, True]
    assert suggestions[1]["tickets"] > suggestions[0]["tickets"]
    assert [s["rank"] for s in suggestions] == [1, 2]


def test_a_suggestions_title_is_not_run_across_subject_and_body(demo):
    tickets = [Ticket(str(n), "ΩΡΑΡΙΟ", f"ΩΡΑΡΙΟ ΚΑΤΑΣΤΗΜΑΤΟΣ {city};", language="el")
               for n, city in enumerate(["ΠΑΤΡΑΣ", "ΛΑΡΙΣΑΣ"])]
    [suggestion] = mine(tickets, demo, threshold=10.0).suggestions
    # one line, not shouted (the demo has no accented «ωράριο» to restore)
    assert suggestion["title"] in ("Ωραριο καταστηματος πατρας;", "Ωραριο καταστηματος λαρισας;")


def test_a_title_gets_its_accents_back_from_the_customers_own_spelling(demo):
    texts = ["δεχεστε το παλιο μου κινητο για ανταλλαγη με εκπτωση;",
             "Δέχεστε παλιό κινητό για ανταλλαγή;", "ανταλλαγή παλιού κινητού με έκπτωση;"]
    tickets = [Ticket(str(n), "", text, language="el") for n, text in enumerate(texts)]
    [suggestion] = mine(tickets, demo, threshold=10.0).suggestions
    assert "ανταλλαγή" in suggestion["title"] and "κινητ" in suggestion["title"]
    assert "ανταλλαγη " not in suggestion["title"]


def test_a_vague_question_is_not_a_title(demo):
    texts = ["Πως το κανω?", "Δέχεστε παλιά κινητά για ανταλλαγή; Πως το κανω?",
             "παλιό κινητό για ανταλλαγή, πως γίνεται;"]
    tickets = [Ticket(str(n), "", text, language="el") for n, text in enumerate(texts)]
    titles = [s["title"] for s in mine(tickets, demo, threshold=10.0).suggestions]
    assert "Πως το κανω?" not in titles




def test_a_word_list_is_learnt_from_the_sites_own_translations(demo):
    from kbgen.tickets.lexicon import Lexicon
    lexicon = Lexicon(demo, "en", "el")
    assert len(lexicon) >= 50  # the demo's nine translated articles, piece by piece
    assert "επιστροφ" in lexicon.words["return"]
    assert "παραγγελ" in lexicon.words["order"] or "παραγγελι" in lexicon.words["order"]
    # by elimination in a category's title: "Warranty and repairs" / "Εγγύηση και επισκευές"
    assert lexicon.words["repair"] == ["επισκευ"]
    translated = lexicon.translate("How do I cancel my order?")
    assert any(t.startswith("ακυρωσ") for t in translated)


def test_a_topic_that_came_in_lately_is_flagged_as_growing(demo):
    months = [f"2026-{m:02d}" for m in range(1, 13)]
    old = [Ticket(f"o{n}", "", f"do you sell concert tickets for {w}?", created_at=months[n])
           for n, w in enumerate(["rock", "jazz"])]
    new = [Ticket(f"n{n}", "", f"is there a student discount on {w}?",
                  created_at=months[8 + n % 4]) for n, w in
           enumerate(["laptops", "tablets", "phones", "laptops", "headphones", "printers"])]
    spread = [Ticket(f"s{n}", "", f"do you buy old phones for trade in {w}?",
                     created_at=months[n * 2]) for n, w in
              enumerate(["iphone", "samsung", "xiaomi", "nokia", "oneplus", "pixel"])]
    for t in old + new + spread:
        t.language = "en"
    suggestions = mine(old + new + spread, demo, threshold=10.0).suggestions
    growing = {s["title"]: s["growing"] for s in suggestions if not s["misc"]}
    assert any(v for k, v in growing.items() if "student" in k.lower())
    assert not any(v for k, v in growing.items() if "trade" in k.lower())
