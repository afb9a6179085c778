"""The help center's own interface strings, per language.

Material translates its own strings; these are the ones kbgen adds. A site can
override any of them under the plugin option ``strings: {<lang>: {key: text}}``.
Languages not listed fall back to English. The other EU languages Material translates
are in ``strings_eu.py``.
"""

from __future__ import annotations

from datetime import date

from kbgen.core.strings_eu import MORE_LANGUAGE_IN, MORE_LANGUAGE_NAMES, MORE_STRINGS

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "search_none": "No results. Try other words.",
        "search_contact": "Ask our team",
        "search_count": "{n} results",
        "fb_question": "Was this article helpful?",
        "fb_yes": "Yes",
        "fb_no": "No",
        "fb_reason_legend": "What went wrong?",
        "fb_reason_outdated": "It is out of date",
        "fb_reason_unclear": "It is hard to understand",
        "fb_reason_missing_information": "Information is missing",
        "fb_reason_did_not_solve": "It did not solve my problem",
        "fb_reason_other": "Something else",
        "fb_comment": "Tell us more (optional, please no personal data)",
        "fb_chars_left": "{n} characters left",
        "fb_send": "Send",
        "fb_answered_yes": "Your answer: Yes",
        "fb_answered_no": "Your answer: No",
        "fb_thanks": "Thank you! Your feedback helps us improve this article.",
        "fb_queued": "Thank you! We will send your feedback as soon as you are back online.",
        "home": "Help Center",
        "search_placeholder": "Search for answers",
        "categories": "Browse by topic",
        "articles_count": "{n} articles",
        "article_count_one": "1 article",
        "most_helpful": "Most helpful",
        "recently_updated": "Recently updated",
        "updated": "Updated",
        "related": "Related articles",
        "time": "Estimated time",
        "minutes": "{n} min",
        "prerequisites": "Before you start",
        "steps": "Steps",
        "fallback_notice": "This article is not yet available in English. "
                           "You are reading the {source} version.",
        "outdated_notice": "This translation may be out of date. "
                           "The {source} original was updated on {date}.",
        "outdated_link": "Read the original",
        "still_need_help": "Still need help?",
        "contact_us": "Contact us",
        "hours": "Support hours",
        "response_time": "Response time",
        "languages_spoken": "Languages",
        "good_request": "Help us solve it on the first reply",
        "good_request_items": "What happened, step by step|What you expected to happen|"
                              "Your order number, if it is about an order|"
                              "A screenshot or photo of the problem",
        "not_found_title": "Page not found",
        "not_found_text": "The page you are looking for does not exist or has moved. "
                          "Try searching, or go back to the help center.",
        "back_home": "Back to the help center",
        "play_video": "Play video: {title}",
        "video_privacy": "Playing loads the video from {host}.",
        "transcript": "Transcript",
        "faq_questions": "Questions",
        "in_this_category": "In this category",
        "breadcrumb": "You are here",
        "all_articles": "All articles",
        "tutorial": "Tutorial",
        "faq": "FAQ",
        "permalink": "Link to this section",
        "made_with": "Made with Material for MkDocs",
        "untranslated": "Not yet translated",
    },
    "el": {
        "search_none": "Δεν βρέθηκαν αποτελέσματα. Δοκιμάστε άλλες λέξεις.",
        "search_contact": "Ρωτήστε την ομάδα μας",
        "search_count": "{n} αποτελέσματα",
        "fb_question": "Σας βοήθησε αυτό το άρθρο;",
        "fb_yes": "Ναι",
        "fb_no": "Όχι",
        "fb_reason_legend": "Τι δεν πήγε καλά;",
        "fb_reason_outdated": "Δεν είναι ενημερωμένο",
        "fb_reason_unclear": "Δεν είναι κατανοητό",
        "fb_reason_missing_information": "Λείπουν πληροφορίες",
        "fb_reason_did_not_solve": "Δεν έλυσε το πρόβλημά μου",
        "fb_reason_other": "Κάτι άλλο",
        "fb_comment": "Πείτε μας περισσότερα (προαιρετικά, χωρίς προσωπικά στοιχεία)",
        "fb_chars_left": "Απομένουν {n} χαρακτήρες",
        "fb_send": "Αποστολή",
        "fb_answered_yes": "Η απάντησή σας: Ναι",
        "fb_answered_no": "Η απάντησή σας: Όχι",
        "fb_thanks": "Ευχαριστούμε! Η γνώμη σας μας βοηθά να βελτιώσουμε το άρθρο.",
        "fb_queued": "Ευχαριστούμε! Θα στείλουμε τη γνώμη σας μόλις συνδεθείτε ξανά.",
        "home": "Κέντρο βοήθειας",
        "search_placeholder": "Αναζητήστε απαντήσεις",
        "categories": "Θέματα",
        "articles_count": "{n} άρθρα",
        "article_count_one": "1 άρθρο",
        "most_helpful": "Τα πιο χρήσιμα",
        "recently_updated": "Πρόσφατες ενημερώσεις",
        "updated": "Ενημερώθηκε",
        "related": "Σχετικά άρθρα",
        "time": "Εκτιμώμενος χρόνος",
        "minutes": "{n} λεπτά",
        "prerequisites": "Πριν ξεκινήσετε",
        "steps": "Βήματα",
        "fallback_notice": "Αυτό το άρθρο δεν είναι ακόμη διαθέσιμο στα ελληνικά. "
                           "Διαβάζετε την έκδοση στα {source}.",
        "outdated_notice": "Αυτή η μετάφραση ίσως δεν είναι ενημερωμένη. "
                           "Το πρωτότυπο ({source}) άλλαξε στις {date}.",
        "outdated_link": "Διαβάστε το πρωτότυπο",
        "still_need_help": "Χρειάζεστε ακόμη βοήθεια;",
        "contact_us": "Επικοινωνήστε μαζί μας",
        "hours": "Ώρες εξυπηρέτησης",
        "response_time": "Χρόνος απάντησης",
        "languages_spoken": "Γλώσσες",
        "good_request": "Βοηθήστε μας να το λύσουμε με την πρώτη απάντηση",
        "good_request_items": "Τι συνέβη, βήμα βήμα|Τι περιμένατε να συμβεί|"
                              "Τον αριθμό παραγγελίας, αν αφορά παραγγελία|"
                              "Ένα στιγμιότυπο οθόνης ή μια φωτογραφία του προβλήματος",
        "not_found_title": "Η σελίδα δεν βρέθηκε",
        "not_found_text": "Η σελίδα που ζητήσατε δεν υπάρχει ή έχει μετακινηθεί. "
                          "Δοκιμάστε την αναζήτηση ή επιστρέψτε στο κέντρο βοήθειας.",
        "back_home": "Επιστροφή στο κέντρο βοήθειας",
        "play_video": "Αναπαραγωγή βίντεο: {title}",
        "video_privacy": "Με την αναπαραγωγή το βίντεο φορτώνεται από το {host}.",
        "transcript": "Απομαγνητοφώνηση",
        "faq_questions": "Ερωτήσεις",
        "in_this_category": "Σε αυτή την κατηγορία",
        "breadcrumb": "Βρίσκεστε εδώ",
        "all_articles": "Όλα τα άρθρα",
        "tutorial": "Οδηγός",
        "faq": "Συχνές ερωτήσεις",
        "permalink": "Σύνδεσμος σε αυτή την ενότητα",
        "made_with": "Δημιουργήθηκε με το Material for MkDocs",
        "untranslated": "Δεν έχει μεταφραστεί ακόμη",
    },
    "fr": {
        "search_none": "Aucun résultat. Essayez d'autres mots.",
        "search_contact": "Demandez à notre équipe",
        "search_count": "{n} résultats",
        "fb_question": "Cet article vous a-t-il aidé ?",
        "fb_yes": "Oui",
        "fb_no": "Non",
        "fb_reason_legend": "Qu'est-ce qui n'allait pas ?",
        "fb_reason_outdated": "Il n'est pas à jour",
        "fb_reason_unclear": "Il est difficile à comprendre",
        "fb_reason_missing_information": "Il manque des informations",
        "fb_reason_did_not_solve": "Il n'a pas résolu mon problème",
        "fb_reason_other": "Autre chose",
        "fb_comment": "Dites-nous en plus (facultatif, sans données personnelles)",
        "fb_chars_left": "{n} caractères restants",
        "fb_send": "Envoyer",
        "fb_answered_yes": "Votre réponse : Oui",
        "fb_answered_no": "Votre réponse : Non",
        "fb_thanks": "Merci ! Votre avis nous aide à améliorer cet article.",
        "fb_queued": "Merci ! Votre avis sera envoyé dès votre retour en ligne.",
        "home": "Centre d'aide",
        "search_placeholder": "Rechercher une réponse",
        "categories": "Parcourir par thème",
        "articles_count": "{n} articles",
        "article_count_one": "1 article",
        "most_helpful": "Les plus utiles",
        "recently_updated": "Mis à jour récemment",
        "updated": "Mis à jour le",
        "related": "Articles liés",
        "time": "Durée estimée",
        "minutes": "{n} min",
        "prerequisites": "Avant de commencer",
        "steps": "Étapes",
        "fallback_notice": "Cet article n'est pas encore disponible en français. "
                           "Vous lisez la version en {source}.",
        "outdated_notice": "Cette traduction n'est peut-être pas à jour. "
                           "L'original ({source}) a été modifié le {date}.",
        "outdated_link": "Lire l'original",
        "still_need_help": "Besoin d'aide supplémentaire ?",
        "contact_us": "Nous contacter",
        "hours": "Horaires du service client",
        "response_time": "Délai de réponse",
        "languages_spoken": "Langues",
        "good_request": "Aidez-nous à résoudre votre demande dès la première réponse",
        "good_request_items": "Ce qui s'est passé, étape par étape|Ce que vous attendiez|"
                              "Votre numéro de commande, s'il s'agit d'une commande|"
                              "Une capture d'écran ou une photo du problème",
        "not_found_title": "Page introuvable",
        "not_found_text": "La page demandée n'existe pas ou a été déplacée. "
                          "Essayez la recherche ou revenez au centre d'aide.",
        "back_home": "Retour au centre d'aide",
        "play_video": "Lire la vidéo : {title}",
        "video_privacy": "La lecture charge la vidéo depuis {host}.",
        "transcript": "Transcription",
        "faq_questions": "Questions",
        "in_this_category": "Dans cette catégorie",
        "breadcrumb": "Vous êtes ici",
        "all_articles": "Tous les articles",
        "tutorial": "Tutoriel",
        "faq": "FAQ",
        "permalink": "Lien vers cette section",
        "made_with": "Réalisé avec Material for MkDocs",
        "untranslated": "Pas encore traduit",
    },
}

LANGUAGE_NAMES = {
    "el": "Ελληνικά", "en": "English", "fr": "Français", "de": "Deutsch", "es": "Español",
    "it": "Italiano", "pt": "Português", "nl": "Nederlands", "tr": "Türkçe", "bg": "Български",
}

# How a language is named inside a sentence of another language ("the Greek version").
LANGUAGE_IN: dict[str, dict[str, str]] = {
    "en": {"el": "Greek", "en": "English", "fr": "French", "de": "German", "es": "Spanish"},
    "el": {"el": "ελληνικά", "en": "αγγλικά", "fr": "γαλλικά", "de": "γερμανικά",
           "es": "ισπανικά"},
    "fr": {"el": "grec", "en": "anglais", "fr": "français", "de": "allemand", "es": "espagnol"},
}


STRINGS.update(MORE_STRINGS)
LANGUAGE_IN.update(MORE_LANGUAGE_IN)
LANGUAGE_NAMES.update(MORE_LANGUAGE_NAMES)
for _lang, _names in (("en", {"it": "Italian"}), ("el", {"it": "ιταλικά"}),
                      ("fr", {"it": "italien"})):
    LANGUAGE_IN[_lang].update(_names)


def strings_for(lang: str, overrides: dict[str, dict[str, str]] | None = None) -> dict[str, str]:
    """All kbgen strings for ``lang``: overrides, then built-ins, then English."""
    merged = dict(STRINGS["en"])
    merged.update(STRINGS.get(lang, {}))
    if overrides:
        merged.update(overrides.get(lang, {}))
    return merged


# Dates as each language writes them (day, month, year); English spells the month out, so
# 03/04 is never read the American way.
DATE_FORMATS: dict[str, str] = {
    "el": "{d}/{m}/{y}", "fr": "{d:02}/{m:02}/{y}", "de": "{d}.{m}.{y}", "es": "{d}/{m}/{y}",
    "it": "{d}/{m}/{y}", "pt": "{d:02}/{m:02}/{y}", "nl": "{d}-{m}-{y}", "pl": "{d}.{m:02}.{y}",
    "cs": "{d}. {m}. {y}", "sk": "{d}. {m}. {y}", "sl": "{d}. {m}. {y}", "hr": "{d}. {m}. {y}.",
    "hu": "{y}. {m:02}. {d:02}.", "ro": "{d:02}.{m:02}.{y}", "bg": "{d}.{m:02}.{y} г.",
    "da": "{d}.{m}.{y}", "sv": "{y}-{m:02}-{d:02}", "fi": "{d}.{m}.{y}", "et": "{d}.{m:02}.{y}",
    "lv": "{d:02}.{m:02}.{y}.", "lt": "{y}-{m:02}-{d:02}", "mt": "{d}/{m}/{y}",
    "ga": "{d}/{m}/{y}",
}
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")


def format_date(when: date | None, lang: str) -> str:
    """``when`` as the page's language writes a date (24/11/2026, 24.11.2026, 24 November 2026)."""
    if when is None:
        return ""
    pattern = DATE_FORMATS.get(lang)
    if pattern is None:
        return f"{when.day} {_EN_MONTHS[when.month - 1]} {when.year}"
    return pattern.format(d=when.day, m=when.month, y=when.year)


def language_in(lang: str, other: str) -> str:
    return LANGUAGE_IN.get(lang, LANGUAGE_IN["en"]).get(other) or LANGUAGE_NAMES.get(other, other)
