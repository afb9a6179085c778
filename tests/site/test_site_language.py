"""Every string of a built page's interface is in the page's language."""

from __future__ import annotations

import re
from pathlib import Path

from site_helpers import build, soup

from kbgen.core.strings import STRINGS, strings_for

GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
# What stays the same in every language: names of the shop, the product, the theme.
PROPER = re.compile(r"Material for MkDocs|Mini|Lampsi|[\w.+-]+@[\w.-]+|https?://\S+")
# Material's and MkDocs' own English, should the theme's language ever fall back to it.
ENGLISH_UI = ["Permanent link", "Made with", "Back to top", "Skip to content",
              "Type to start searching", "Table of contents", "Copy to clipboard",
              "Initializing search", "Lampsi Help Center", "Mini Help"]


def ui_text(doc, lang: str) -> str:
    """The page's own text outside the article body and outside anything marked with
    another language (a fallback article, a language's name in the switcher)."""
    h1 = doc.select_one("h1")
    marked = h1 is not None and h1.get("lang") not in (None, lang)
    for el in doc.select("script, style, noscript, svg, .kb-body, [data-kb-languages]"):
        el.decompose()
    for el in doc.select("[lang]"):
        if el.name != "html" and el.get("lang") != lang:
            el.decompose()
    # <title> cannot carry a lang attribute: it repeats the page's heading, which is marked
    # when it is in another language (a fallback article, an untranslated category)
    parts = [doc.title.text if doc.title and not marked else ""]
    parts += [el.get(a, "") for el in doc.find_all(True) for a in ("title", "aria-label",
                                                                   "placeholder", "alt")]
    parts += [doc.body.get_text(" ") if doc.body else ""]
    for el in doc.select("[data-none], [data-count], [data-thanks], [data-queued], [data-yes]"):
        parts += [el.get(a, "") for a in ("data-none", "data-count", "data-thanks",
                                          "data-queued", "data-yes", "data-no")]
    return PROPER.sub(" ", " ".join(parts))


def foreign_strings(lang: str) -> set[str]:
    own = set(strings_for(lang).values())
    out = set()
    for other in STRINGS:
        if other == lang:
            continue
        for value in strings_for(other).values():
            for piece in re.split(r"\{\w+\}|\|", value):
                piece = piece.strip(" .:;,?!()")
                if len(piece) >= 8 and not any(piece in mine for mine in own):
                    out.add(piece)
    if lang != "en":
        out |= set(ENGLISH_UI)
    return out


def pages(site: Path) -> list[tuple[str, Path]]:
    out = []
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        lang = rel.split("/")[0]
        if lang in STRINGS:
            out.append((lang, path))
    return out


def test_every_pages_interface_is_in_its_language(mini):
    found = pages(mini)
    assert {lang for lang, _ in found} == {"el", "en", "fr"}
    problems = []
    for lang, path in found:
        text = ui_text(soup(path), lang)
        for piece in foreign_strings(lang):
            if piece in text:
                problems.append(f"{path.relative_to(mini)}: {piece!r}")
        if lang != "el":
            for word in sorted(set(re.findall(r"\w*[\u0370-\u03ff\u1f00-\u1fff]\w*", text))):
                problems.append(f"{path.relative_to(mini)}: Greek {word!r}")
        else:
            latin = [w for w in re.findall(r"\b[A-Za-z]{3,}\b", text)]
            if latin:
                problems.append(f"{path.relative_to(mini)}: Latin words {sorted(set(latin))}")
    assert problems == []


def test_site_name_footer_permalinks_and_dates_follow_the_language(mini):
    el = soup(mini / "el/orders/track/index.html")
    assert el.title.text.endswith(" - Μίνι Βοήθεια")
    assert el.select_one(".md-header__topic .md-ellipsis").text.strip() == "Μίνι Βοήθεια"
    assert "Δημιουργήθηκε με το" in el.select_one(".md-copyright").text
    assert {a["title"] for a in el.select("a.headerlink")} == {"Σύνδεσμος σε αυτή την ενότητα"}
    date = el.select_one(".kb-updated time")
    y, m, d = date["datetime"].split("-")
    assert date.text == f"{int(d)}/{int(m)}/{y}"
    en = soup(mini / "en/returns/return-faq/index.html")
    assert en.title.text.endswith(" - Mini Help")  # no English name given: mkdocs.yml's
    fr = soup(mini / "fr/orders/track/index.html")
    assert fr.title.text.endswith(" - Aide Mini")
    assert "Réalisé avec" in fr.select_one(".md-copyright").text
    support = fr.select_one(".kb-support").text
    assert "heure de la Grèce" in support and "grec, anglais" in support


def test_every_language_material_translates_has_every_kbgen_string():
    import material

    theirs = {p.stem for p in (Path(material.__file__).parent / "templates" / "partials" /
                               "languages").glob("*.html")}
    eu = {"bg", "hr", "cs", "da", "nl", "en", "et", "fi", "fr", "de", "el", "hu", "it", "lv",
          "lt", "pl", "pt", "ro", "sk", "sl", "es", "sv"}
    assert eu <= theirs
    keys = set(STRINGS["en"])
    for lang in sorted(eu):
        assert lang in STRINGS, f"kbgen has no strings for '{lang}'"
        missing = keys - set(STRINGS[lang])
        assert not missing, f"'{lang}' misses {sorted(missing)}"
        assert all(STRINGS[lang][k].count("{") == STRINGS["en"][k].count("{") for k in keys), lang


def test_a_german_language_of_fallbacks_only_speaks_german(site_copy, tmp_path):
    config = site_copy / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "        - {code: fr, name: Français}\n",
        "        - {code: fr, name: Français}\n        - {code: de, name: Deutsch}\n"),
        encoding="utf-8")
    done = build(config, tmp_path / "out")
    assert done.returncode == 0, done.stderr
    site = tmp_path / "out"
    de = [(lang, p) for lang, p in pages(site) if lang == "de"]
    assert len(de) >= 5  # home, categories, the fallback articles, the 404
    problems = []
    for lang, path in de:
        text = ui_text(soup(path), lang)
        problems += [f"{path.name}: {p!r}" for p in foreign_strings(lang) if p in text]
        problems += [f"{path.name}: Greek {w!r}" for w in re.findall(r"\w*[\u0370-\u03ff]\w*",
                                                                     text)]
    assert problems == []
    home = soup(site / "de" / "index.html")
    assert home.select_one("[data-kb-search-input]")["placeholder"] == "Antworten suchen"
    assert (site / "search" / "de" / "manifest.json").is_file()
