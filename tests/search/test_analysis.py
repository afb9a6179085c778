"""The text analysis that index time and query time share."""

from __future__ import annotations

import pytest

from kbgen.search.analysis import analyze, detect_language, greeklish_key, normalize, tokenize


@pytest.mark.parametrize("word", ["επιστροφή", "ΕΠΙΣΤΡΟΦΗ", "επιστροφη", "Επιστροφή"])
def test_accents_case_and_capitals_fold_to_one_form(word):
    assert normalize(word) == "επιστροφη"


def test_final_sigma_and_diaeresis_fold():
    assert normalize("προϊόντος") == normalize("ΠΡΟΙΟΝΤΟΣ") == "προιοντοσ"


def test_stems_do_not_depend_on_accents():
    assert analyze("επιστροφές προϊόντων", "el") == analyze("ΕΠΙΣΤΡΟΦΕΣ προιοντων", "el")
    assert analyze("πληρωμή", "el") == analyze("πληρωμές", "el")


@pytest.mark.parametrize("text", ["ιδιο", "ίδια", "όταν", "ΟΤΑΝ ΗΡΘΕ ΙΔΙΟ", "πίσω", "πείτε"])
def test_no_word_is_stemmed_to_nothing_or_one_letter(text):
    terms = analyze(text, "el")
    assert terms and all(len(t) > 1 for t in terms)


def test_unrelated_words_do_not_share_a_one_letter_stem():
    assert analyze("πίσω", "el") != analyze("πείτε", "el")


def test_stop_words_are_dropped_but_meaning_stays():
    assert analyze("Πώς επιστρέφω ένα προϊόν που δεν μου κάνει;", "el") == [
        "επιστρεφ", "προιον", "δεν", "καν"]
    # question words are in every question: they find nothing ("when" found "When will my
    # parcel be shipped?" for "when does the shop open")
    assert analyze("How do I return a product?", "en") == ["return", "product"]
    assert analyze("Πότε θα έρθει;", "el") == analyze("θα έρθει", "el")


@pytest.mark.parametrize(("latin", "greek"), [
    ("epistrofi", "επιστροφή"), ("epistrofh", "επιστροφή"), ("xrimaton", "χρημάτων"),
    ("xrhmatwn", "χρημάτων"), ("chrimaton", "χρημάτων"), ("kodikos", "κωδικός"),
    ("8ema", "θέμα"), ("thema", "θέμα"), ("eyxaristw", "ευχαριστώ"), ("mpataria", "μπαταρία"),
    ("efarmoges", "εφαρμογές"), ("efcharisto", "ευχαριστώ"), ("allilografia", "αλληλογραφία"),
    ("epanengrafi", "επανεγγραφή"),
])
def test_greeklish_and_greek_share_a_key(latin, greek):
    assert greeklish_key(latin) == greeklish_key(greek)


def test_tokenize_keeps_letters_and_digits_only():
    assert tokenize("Order #12345: <b>late</b>!") == ["order", "12345", "b", "late", "b"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Θέλω να επιστρέψω την παραγγελία μου", "el"),
    ("thelo na epistrepsw thn paraggelia mou", "el"),
    ("I want to return my order", "en"),
    ("Je veux retourner ma commande", "fr"),
    ("how many days to deliver to Crete?", "en"),  # "to" is English here, not το
    ("shipping cost to Limassol?", "en"),
    ("pote tha erthei to paketo", "el"),
])
def test_language_detection_counts_greeklish_as_greek(text, lang):
    assert detect_language(text, ["el", "en", "fr"]) == lang


@pytest.mark.parametrize(("lang", "one", "other"), [
    ("en", "installation", "installments"), ("en", "business", "busy"),
    ("el", "μεταφορικά", "μεταφορά"), ("el", "μεταφορικών", "μεταφορές"),
    ("fr", "livres", "livrer"), ("fr", "fraise", "frais")])
def test_unrelated_words_do_not_share_a_stem(lang, one, other):
    assert analyze(one, lang) != analyze(other, lang)


@pytest.mark.parametrize(("lang", "one", "other"), [
    ("el", "επιδημία", "επιδημίες"), ("el", "κατηγορία", "κατηγοριών"),
    ("el", "διαγράψω", "διαγραφή"), ("el", "επιστρέψω", "επιστρέφω"),
    ("el", "μεταφορικά", "μεταφορικό"), ("en", "instalments", "installment"),
    ("fr", "livre", "livres")])
def test_forms_of_one_word_share_a_stem(lang, one, other):
    assert analyze(one, lang) == analyze(other, lang)
