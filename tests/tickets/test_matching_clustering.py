"""Ticket mining: vectorized matching, the calibrated decision and topic clustering."""

from __future__ import annotations

import json
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


def test_decision_is_calibrated_on_held_out_faq_questions(matcher):
    cal = matcher.calibrate()
    assert cal.source == "held-out questions" and cal.questions == 27
    # held out with its article still there, a question finds its own article mostly
    assert cal.right.mean() > 0.5
    # and scores higher than with its article removed
    assert np.median(cal.pos) > np.median(cal.neg)


def test_paraphrases_are_matched_and_unrelated_questions_are_not(matcher):
    texts = ["I forgot my password and need to reset it",
             "how many days to return a product",
             "what time does your shop in Athens open on Sunday"]
    best, _, answers = matcher.decide(matcher.matrix(texts))
    assert answers.tolist() == [True, True, False]
    assert matcher.paths[best[0]].endswith("password.md")


def test_share_of_unanswered_is_estimated_from_the_tickets(matcher, monkeypatch):
    # this site's 27 questions are below PRIOR_MIN_QUESTIONS (one half would be used)
    monkeypatch.setattr(matching, "PRIOR_MIN_QUESTIONS", 10)
    answered = [q for _, (_, qs) in FAQ.items() for q in qs] * 3
    unrelated = [f"what time does the {w} shop open on {d}" for w in
                 ("Athens", "Patras", "Larissa", "Volos", "Chania") for d in
                 ("Sunday", "Monday", "holidays", "Easter", "Christmas", "Saturday")]
    conf_mostly_answered = matcher.confidence(matcher.top(matcher.matrix(answered), 2)[1])
    matcher.threshold_for(conf_mostly_answered)
    low = matcher.last_share
    mixed = matcher.confidence(matcher.top(matcher.matrix(answered[:27] + unrelated * 2), 2)[1])
    matcher.threshold_for(mixed)
    assert matcher.last_share > low


def test_an_explicit_threshold_overrides_the_calibration(tree):
    tickets = [Ticket("1", "", "how do I reset my password", language="en"),
               Ticket("2", "", "opening hours of the Athens shop", language="en")]
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


def test_an_article_learns_the_words_of_the_tickets_it_answers(tree):
    # customers who "cannot get into my account" mean the password article, not deletion
    texts = ["I forgot my password and cannot get into my account"] * 20 + \
        ["I cannot get into my account"]
    matcher = Matcher("en", tree.by_lang("en"), [terms(t, "en") for t in texts])
    vectors = matcher.matrix(texts)
    password = next(i for i, p in enumerate(matcher.paths) if p.endswith("password.md"))
    assert matcher.top(vectors[-1:], 1)[0][0, 0] != password
    answers = np.ones(len(texts), dtype=bool)
    answers[-1] = False
    best, score, _ = matcher.with_tickets(vectors, np.full(len(texts), password), answers, 0.3)
    assert best[-1] == password and score[-1] > 0


def test_a_ticket_like_a_group_of_unanswered_tickets_is_left_unanswered(matcher):
    hours = TOPICS["hours"] * 3  # no article: a group of unanswered tickets
    answered = [q for _, (_, qs) in FAQ.items() for q in qs] * 2
    texts = answered + hours
    vectors = matcher.matrix(texts)
    idx, val = matcher.top(vectors, 2)
    # a first decision took three of the group for answered, three questions for not
    first = np.ones(len(texts), dtype=bool)
    first[len(answered) + 3:] = False
    first[np.argsort(matcher.confidence(val)[:len(answered)])[:3]] = False
    _, _, answers = matcher.with_tickets(vectors, idx[:, 0], first, 0.3)
    assert not answers[len(answered):].any()  # the group's similarity leaves them out
    assert (~answers).sum() == (~first).sum()  # as many unanswered as first decided


def test_similarity_to_a_group_leaves_the_ticket_itself_out():
    from kbgen.tickets.matching import group_similarity
    vectors = _vectors(["store opening hours"] * 3 + ["recycle old batteries"])
    among = np.array([True, True, True, True])
    sims = group_similarity(vectors, among, 0.3)
    assert np.allclose(sims[:3], 1.0, atol=1e-5)
    assert sims[3] == 0  # alone: no group of three
    # two alike are no group; the third, outside, is not compared with itself
    assert group_similarity(vectors, np.array([True, True, False, True]), 0.3).max() == 0


def test_the_tickets_evidence_keeps_the_calibrated_number_of_unanswered(matcher):
    answered = [q for _, (_, qs) in FAQ.items() for q in qs] * 3
    texts = answered + TOPICS["hours"] * 3 + TOPICS["recycling"] * 3
    vectors = matcher.matrix(texts)
    idx, val = matcher.top(vectors, 2)
    conf = matcher.confidence(val)
    expected = int((conf < matcher.threshold_for(conf)).sum())
    _, _, answers = matcher.decide(vectors)
    assert int((~answers).sum()) == expected
    assert not answers[len(answered):].any()


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
        best, score, _ = m.decide(m.space.matrix(ticket_terms), threshold=0.01)
        return m.paths[best[-1]] if score[-1] > 0 else None

    # the word "refund" is in no article: only the tickets answered by "returns" bring it in
    assert best_for_last("articles") is None
    assert best_for_last("tickets").endswith("returns.md")


def test_too_few_answered_examples_leave_the_share_at_one_half(matcher):
    assert len(matcher.calibrate().pos) < matching.PRIOR_MIN_QUESTIONS
    unrelated = [f"what time does the {w} shop open" for w in ("Athens", "Patras", "Volos")] * 30
    matcher.threshold_for(matcher.confidence(matcher.top(matcher.matrix(unrelated), 2)[1]))
    assert np.isnan(matcher.last_share)  # not estimated: one half is used


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
    assert suggestion["title"] in ("ΩΡΑΡΙΟ ΚΑΤΑΣΤΗΜΑΤΟΣ ΠΑΤΡΑΣ;", "ΩΡΑΡΙΟ ΚΑΤΑΣΤΗΜΑΤΟΣ ΛΑΡΙΣΑΣ;")


def test_a_small_sites_threshold_does_not_jump_when_a_few_tickets_come_or_go(demo):
    # the demo's 11 English FAQ questions calibrate it; the step function of their expected
    # errors made a ticket more or less move the threshold by up to 0.11
    holdout = Path(__file__).resolve().parents[2] / "benchmarks/data/lampsi_tickets_holdout.jsonl"
    rows = [json.loads(line) for line in holdout.read_text(encoding="utf-8").splitlines()]
    base = [Ticket(r["id"], r["subject"], r["body"], language="en") for r in rows
            if r["lang"] == "en" and r["truth"] != "noise"]
    extra = [Ticket("x1", "", "do you sell refurbished laptops with a warranty", language="en"),
             Ticket("x2", "", "can I collect my fridge from your warehouse", language="en")]
    thresholds = [mine(base[:len(base) - k] + extra[:k % 3], demo).calibration["en"]["threshold"]
                  for k in range(6)]
    assert max(thresholds) - min(thresholds) < 0.03, thresholds
