"""``kbgen new``: scaffold an article with filled front matter and a body to complete."""

from __future__ import annotations

import datetime as dt
import difflib
import subprocess
from pathlib import Path

import click
import yaml

from kbgen.commands._project import Project, config_option, load_project
from kbgen.core.categories import infer_categories, load_categories
from kbgen.core.slugs import slugify_title

# Bodies per type and language; every placeholder says TODO so 'kbgen check' finds leftovers.
TEMPLATES: dict[str, dict[str, str]] = {
    "faq": {
        "el": """TODO: Μία πρόταση για το τι απαντά αυτή η σελίδα.

## TODO: Η πρώτη ερώτηση, όπως τη ρωτά ο πελάτης;

TODO: Η απάντηση πρώτα, σε μία πρόταση. Μετά οι λεπτομέρειες: προθεσμίες, ποσά, βήματα.

## TODO: Η δεύτερη ερώτηση;

TODO: Η απάντηση.

## TODO: Η τρίτη ερώτηση;

TODO: Η απάντηση.

<!-- Σύνδεσμος σε άλλο άρθρο, σχετικά με αυτό το αρχείο: [τίτλος](../returns/refund-times.md) -->
""",
        "en": """TODO: One sentence on what this page answers.

## TODO: The first question, as a customer asks it?

TODO: The answer first, in one sentence. Then the details: deadlines, amounts, steps.

## TODO: The second question?

TODO: The answer.

## TODO: The third question?

TODO: The answer.

<!-- Link another article relative to this file: [title](../returns/refund-times.md) -->
""",
        "fr": """TODO : Une phrase sur ce à quoi répond cette page.

## TODO : La première question, telle qu'un client la pose ?

TODO : La réponse d'abord, en une phrase. Puis les détails : délais, montants, étapes.

## TODO : La deuxième question ?

TODO : La réponse.
""",
    },
    "tutorial": {
        "el": """TODO: Τι θα έχει καταφέρει ο πελάτης στο τέλος, σε μία πρόταση.

## TODO: Πρώτο βήμα

TODO: Τι κάνει ο πελάτης και τι βλέπει.

<!-- Στιγμιότυπο: ![Τι δείχνει η εικόνα](../../assets/images/CATEGORY/όνομα.png) -->

## TODO: Δεύτερο βήμα

TODO: Μία ενέργεια ανά βήμα.

## TODO: Τελευταίο βήμα

TODO: Πώς καταλαβαίνει ο πελάτης ότι τα κατάφερε.
""",
        "en": """TODO: What the customer will have done at the end, in one sentence.

## TODO: First step

TODO: What the customer does and what they see.

<!-- Screenshot: ![What the screenshot shows](../../assets/images/CATEGORY/name.png) -->

## TODO: Second step

TODO: One action per step.

## TODO: Last step

TODO: How the customer knows it worked.
""",
        "fr": """TODO : Ce que le client aura fait à la fin, en une phrase.

## TODO : Première étape

TODO : Ce que fait le client et ce qu'il voit.

<!-- Capture : ![Ce que montre la capture](../../assets/images/CATEGORY/nom.png) -->

## TODO : Deuxième étape

TODO : Une action par étape.
""",
    },
    "article": {
        "el": """TODO: Η απάντηση πρώτα, σε μία ή δύο προτάσεις.

## TODO: Λεπτομέρειες

TODO: Σύντομες παράγραφοι, συγκεκριμένοι αριθμοί, αριθμημένα βήματα όπου χρειάζεται.
""",
        "en": """TODO: The answer first, in one or two sentences.

## TODO: Details

TODO: Short paragraphs, concrete numbers, numbered steps where they help.
""",
        "fr": """TODO : La réponse d'abord, en une ou deux phrases.

## TODO : Détails

TODO : Des paragraphes courts, des chiffres précis, des étapes numérotées si utile.
""",
    },
}
_DESCRIPTION = {"el": "TODO: Μία πρόταση που εμφανίζεται στις λίστες και στην αναζήτηση.",
                "en": "TODO: One sentence shown in listings and search results.",
                "fr": "TODO : Une phrase affichée dans les listes et la recherche."}
_PREREQUISITES = {"el": "TODO: Τι χρειάζεται ο πελάτης πριν ξεκινήσει",
                  "en": "TODO: What the customer needs before starting",
                  "fr": "TODO : Ce dont le client a besoin avant de commencer"}


def render_article(*, title: str, lang: str, category: str, kind: str, owner: str | None,
                   draft: bool, today: dt.date) -> str:
    """The text of a new article: front matter and the body template of its type."""
    key = lang if lang in _DESCRIPTION else "en"
    meta: dict[str, object] = {"title": title, "description": _DESCRIPTION[key], "type": kind,
                               "category": category}
    if kind == "tutorial":
        meta["time"] = 10
        meta["prerequisites"] = [_PREREQUISITES[key]]
    if owner:
        meta["owner"] = owner
    meta["review_by"] = today.replace(year=today.year + 1) if not (
        today.month == 2 and today.day == 29) else today + dt.timedelta(days=365)
    if draft:
        meta["draft"] = True
    head = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    body = TEMPLATES[kind][key].replace("CATEGORY", category)
    return f"---\n{head}---\n\n{body}"


def _git_user(cwd: Path) -> str | None:
    try:
        out = subprocess.run(["git", "config", "user.name"], cwd=cwd, capture_output=True,
                             text=True, check=False).stdout.strip()
    except OSError:
        return None
    return out or None


def _check_category(project: Project, category: str) -> None:
    categories, _ = load_categories(project.docs_dir / project.categories_file,
                                    project.categories_file)
    if not categories.items:
        categories = infer_categories(project.docs_dir, project.languages)
    if not categories.items or category in categories:
        return
    close = difflib.get_close_matches(category, list(categories.items), n=1)
    hint = f" Did you mean '{close[0]}'?" if close else ""
    raise click.ClickException(
        f"'{category}' is not a known category (known: {', '.join(sorted(categories.items))})."
        f"{hint} Declare new categories in {project.categories_file} first.")


@click.command(name="new")
@click.argument("title")
@config_option()
@click.option("--lang", help="Language of the article (default: the default language).")
@click.option("--category", "-c", required=True, help="Category slug from categories.yml.")
@click.option("--type", "kind", type=click.Choice(["faq", "tutorial", "article"]),
              default="article", show_default=True)
@click.option("--slug", help="File name without .md (default: from the title, in Latin letters).")
@click.option("--owner", help="Who keeps the article right (default: git config user.name).")
@click.option("--draft", is_flag=True, help="Mark it 'draft: true' (never published).")
def command(title: str, config_file: str, lang: str | None, category: str, kind: str,
            slug: str | None, owner: str | None, draft: bool) -> None:
    """Create docs/<lang>/<category>/<slug>.md for TITLE, ready to fill in.

    \b
    Example:
      kbgen new "Πώς επιστρέφω ένα προϊόν;" --lang el --category returns --type faq
    """
    project = load_project(config_file)
    lang = lang or project.default_language
    if lang not in project.languages:
        raise click.ClickException(f"'{lang}' is not one of the help center's languages "
                                   f"({', '.join(project.languages)}); add it in mkdocs.yml")
    _check_category(project, category)
    slug = slugify_title(slug or title)
    path = project.docs_dir / lang / category / f"{slug}.md"
    if path.exists():
        shown = project.docs_prefix() + path.relative_to(project.docs_dir).as_posix()
        raise click.ClickException(f"{shown} already exists; kbgen new never overwrites. "
                                   "Choose another --slug or edit the existing article")
    text = render_article(title=title, lang=lang, category=category, kind=kind,
                          owner=owner or _git_user(project.root), draft=draft,
                          today=dt.date.today())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    shown = project.docs_prefix() + path.relative_to(project.docs_dir).as_posix()
    click.echo(f"Created {shown}")
    click.echo("Replace every TODO, then run 'kbgen check' (it reports leftover TODOs as KB604).")
