"""Slugs for new articles: Greek transliterated the ELOT 743 way."""

from __future__ import annotations

import pytest

from kbgen.core.slugs import slugify_title, transliterate


@pytest.mark.parametrize(("title", "slug"), [
    ("Πώς επιστρέφω ένα προϊόν;", "pos-epistrefo-ena-proion"),
    ("Πού είναι η παραγγελία μου;", "pou-einai-i-parangelia-mou"),
    ("Αυτόματη ανανέωση", "aftomati-ananeosi"),         # αυ before voiceless τ -> af
    ("Αύριο", "avrio"),                                  # αυ before voiced ρ -> av
    ("Ευχαριστούμε", "efcharistoume"),                   # ευ before χ -> ef
    ("Δουλειά με μπαταρία", "douleia-me-bataria"),       # μπ at the start -> b
    ("Λάμπα", "lampa"),                                  # μπ inside -> mp
    ("Άγγελος και σφουγγάρι", "angelos-kai-sfoungari"),  # γγ -> ng
    ("Προϋπόθεση", "proypothesi"),                       # ϋ is not a diphthong
    ("Θήκη ψυγείου", "thiki-psygeiou"),
    ("ΞΕΧΑΣΑ ΤΟΝ ΚΩΔΙΚΟ", "xechasa-ton-kodiko"),
    ("Comment retourner un article ?", "comment-retourner-un-article"),
    ("Où est ma commande ?", "ou-est-ma-commande"),
    ("Τιμολόγιο ή απόδειξη (ΑΦΜ);", "timologio-i-apodeixi-afm"),
    ("???", "article"),
])
def test_titles_become_readable_latin_slugs(title, slug):
    assert slugify_title(title) == slug


def test_long_titles_are_cut_at_a_word_boundary():
    slug = slugify_title("Πώς αλλάζω τη διεύθυνση παράδοσης μιας παραγγελίας που έχει ήδη "
                         "σταλεί με courier στα νησιά")
    assert len(slug) <= 60
    assert not slug.endswith("-")
    assert slug.startswith("pos-allazo-ti-diefthynsi-paradosis")
    assert "pos-allazo-ti-diefthynsi-paradosis-mias-parangelias" in slug


def test_transliteration_keeps_digits_and_latin():
    assert transliterate("Wi-Fi 6 router") == "wi-fi 6 router"
